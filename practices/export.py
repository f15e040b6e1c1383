"""The library as a table, for editors' exports (written safely by `home.spreadsheets`)."""

from html import unescape

from django.utils.html import strip_tags
from django.utils.translation import gettext as _

from workspaces.access.models import promoted

from . import library


def header():
    return [
        _("Title"), _("Town"), _("Voivodeship"), _("Programme status"), _("Networks"), _("Tags"),
        _("Funding source"), _("Budget (PLN)"), _("From an LDP grant"), _("From"), _("Until"),
        _("Public"), _("Solution"), _("Address"),
    ]  # fmt: skip


def rows(user, data):
    """Header and one row per practice matching the filters, in title order."""
    results, _searched = library.find(user, {**data, "sort": data.get("sort") or "title"})
    ids = library.ids_of(results)
    practices = (
        library.PracticePage.objects.filter(pk__in=ids)
        .select_related("town")
        .prefetch_related("tags", "networks")
        .order_by("title")
    )
    public = set(promoted(practices).values_list("pk", flat=True))
    table = [header()]
    for practice in practices:
        table.append(
            [
                practice.title,
                practice.town.name,
                practice.town.get_voivodeship_display(),
                practice.town.get_programme_status_display(),
                ", ".join(n.title for n in practice.networks.all()),
                ", ".join(t.name for t in practice.tags.all()),
                practice.get_funding_source_display(),
                float(practice.budget_pln) if practice.budget_pln is not None else "",
                _("yes") if practice.from_ldp_grant else _("no"),
                practice.period_start.isoformat() if practice.period_start else "",
                practice.period_end.isoformat() if practice.period_end else "",
                _("yes") if practice.pk in public else _("no"),
                unescape(strip_tags(practice.solution)).strip(),  # text, as it was written
                practice.full_url,
            ]
        )
    return table
