"""Networks as a page tree whose shape carries the access contract (SPEC §3–4).

Wagtail view restrictions stack as AND down the tree: a child can narrow access, never widen
it. So the members' workspace and the outcomes (which observers also read) are siblings under
the public network landing, never parent and child. The parent/child rules below stop editors
from building a tree that would break this.
"""

from django.core.cache import cache
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from home.bilingual import BilingualPage, IntroPage, TranslatedField
from workspaces.access import generations


class NetworkIndexPage(IntroPage):
    """The public list of the eight networks."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["registry.NetworkPage"]
    max_count = 1

    class Meta:
        verbose_name = _("network index")
        verbose_name_plural = _("network indexes")


class NetworkPage(BilingualPage):
    """A network's public landing: theme, goals, who coordinates it and which towns take part.

    Saving it keeps its three groups (members, coordinators, observers) and the restrictions
    on its workspace and outcomes in step; see `workspaces.registry.services.sync_network_access`.
    """

    number = models.PositiveSmallIntegerField(
        _("number"), help_text=_("Position of the network in the programme's list (1–8).")
    )
    theme = models.CharField(_("theme"), max_length=255)
    theme_en = models.CharField(_("theme in English"), max_length=255, blank=True)
    goals = RichTextField(_("goals"), blank=True)
    goals_en = RichTextField(_("goals in English"), blank=True)
    is_leaders_network = models.BooleanField(
        _("closed leaders network"),
        default=False,
        help_text=_(
            "Only mayors, city presidents and their deputies may be members; no observers."
        ),
    )

    display_theme = TranslatedField("theme", "theme_en")
    display_goals = TranslatedField("goals", "goals_en")

    content_panels = [
        *BilingualPage.content_panels,
        MultiFieldPanel(
            [FieldPanel("number"), FieldPanel("theme"), FieldPanel("theme_en")],
            heading=_("Network"),
        ),
        FieldPanel("goals"),
        FieldPanel("goals_en"),
        FieldPanel("is_leaders_network"),
    ]
    search_fields = [
        *BilingualPage.search_fields,
        index.SearchField("theme"),
        index.SearchField("theme_en"),
        index.SearchField("goals"),
    ]

    parent_page_types = ["registry.NetworkIndexPage"]
    subpage_types = ["registry.WorkspacePage", "outcomes.OutcomeIndexPage"]

    class Meta:
        verbose_name = _("network")
        verbose_name_plural = _("networks")


def network_of(page):
    """The network a page belongs to (the NetworkPage above it), or None outside any network.

    Several parts of one page ask (the workspace's roster, calendar, discussions and activity),
    so the answer is kept on the page object for as long as the page stays where it is."""
    known = page.__dict__.get("_network_above")
    if known is not None and known[0] == page.path:
        return known[1]
    network = _network_above(page)
    page.__dict__["_network_above"] = (page.path, network)
    return network


def _network_above(page):
    """Kept in the cache under the page tree's stamp too: every page of a network asks, and
    only a change to the tree (which replaces the stamp) can change the answer."""
    key = f"network-above:{page.path}:{generations.current(generations.PAGES)}"
    kept = cache.get(key)
    if kept is not None:
        return kept or None  # False: outside any network
    network = NetworkPage.objects.ancestor_of(page).first()
    cache.set(key, network or False, generations.VALUE_TIMEOUT)
    return network


class NetworkSectionPage(IntroPage):
    """Shared base of the two private sections of a network (workspace and outcomes)."""

    parent_page_types = ["registry.NetworkPage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True

    @property
    def network(self):
        return network_of(self)


class WorkspacePage(NetworkSectionPage):
    """The members' area of one network: restricted to its members, coordinators and editors."""

    subpage_types = ["network_sessions.SessionPage"]

    class Meta:
        verbose_name = _("workspace")
        verbose_name_plural = _("workspaces")
