"""CSV and XLSX downloads of an admin list, for the lists built on `GuardedModelAdmin`.

A download holds exactly what the list shows this reader: the same queryset (so a
coordinator's network scope applies), filters, search and ordering – wagtail-modeladmin's
index view builds it once and its `?export=` branch hands it over, so nothing is queried a
second way. What it writes goes through `home.spreadsheets`: a town's or a person's name typed
as `=HYPERLINK(…)` reaches an editor's spreadsheet as text, never as a formula. It lives in the
registry, not the access core, because the access core may not import `home` (which writes
the files with openpyxl).
"""

import datetime

from django.contrib.admin.utils import label_for_field
from django.utils import timezone
from django.utils.encoding import force_str
from django.utils.html import strip_tags
from django.utils.text import capfirst, slugify

from home.spreadsheets import csv_response, xlsx_response
from workspaces.access.admin import ShownFiltersOnlyIndexView


def _spreadsheet_value(value):
    """What a cell holds: numbers and dates as themselves (an aware time in local time, which
    a spreadsheet cannot take with its zone), anything else as its text without markup."""
    if isinstance(value, bool):
        return force_str(value)
    if isinstance(value, (int, float)):
        return value
    if isinstance(value, datetime.datetime):
        return timezone.make_naive(value) if timezone.is_aware(value) else value
    if isinstance(value, datetime.date):
        return value
    return strip_tags(force_str(value))


class SafeExportIndexView(ShownFiltersOnlyIndexView):
    """The list, plus its rows as a spreadsheet written by `home.spreadsheets`."""

    def as_spreadsheet(self, queryset, spreadsheet_format):
        rows = [self.export_headings_row(queryset), *self.export_rows(queryset)]
        filename = f"{self.get_filename()}.{spreadsheet_format}"
        if spreadsheet_format == self.FORMAT_CSV:
            return csv_response(rows, filename)
        return xlsx_response(rows, filename, sheet_title=force_str(self.verbose_name_plural))

    def export_headings_row(self, queryset):
        return [strip_tags(self.get_heading(queryset, field)) for field in self.list_export]

    def export_rows(self, queryset):
        for item in queryset:
            yield [_spreadsheet_value(value) for value in self.to_row_dict(item).values()]

    def get_heading(self, queryset, field):
        # modeladmin title-cases the label ("Started On"); the list shows it as it is written.
        heading = self.export_headings.get(field) or capfirst(
            label_for_field(field, model=self.model, model_admin=self.model_admin)
        )
        return force_str(heading)


class SafeExportAdminMixin:
    """Put first among a `GuardedModelAdmin`'s bases: the list gets "Download XLSX / CSV"
    buttons, and the downloads have the list's columns (`list_display`) unless the admin names
    others in `list_export`."""

    index_view_class = SafeExportIndexView

    def get_list_export(self, request):
        return self.list_export or self.get_list_display(request)

    @property
    def export_filename(self):
        return slugify(force_str(self.model._meta.verbose_name_plural)) or "export"
