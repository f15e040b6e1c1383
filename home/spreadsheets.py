"""Spreadsheets for download (CSV and XLSX), safe to open in Excel or LibreOffice.

Cells hold what people typed on the site – a practice's title, its solution. A spreadsheet
program reads a cell starting with `=`, `+`, `-` or `@` (or a tab or carriage return before
one) as a formula: `=HYPERLINK("http://…","x")` would become a live link in an editor's
export, and worse formulas can run commands or leak the sheet. Every export goes through this
module, which writes such text with a leading apostrophe (OWASP's "CSV injection" advice) and,
in XLSX, always as text. Numbers stay numbers. Wagtail's own exports (its reports: site history
names pages by the titles members gave them) are rewritten with the same rule on their way out,
by `SafeAdminExportsMiddleware`.
"""

import codecs
import csv
import io

from django.http import HttpResponse
from django.urls import reverse

from openpyxl import Workbook, load_workbook

# What a spreadsheet may take for the start of a formula (OWASP).
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def safe_cell(value):
    """`value` as a spreadsheet should hold it: text that could start a formula gets a leading
    apostrophe, so it is shown as written; anything else (numbers, dates) is left alone."""
    if isinstance(value, str) and value.startswith(FORMULA_TRIGGERS):
        return "'" + value
    return value


def safe_rows(rows):
    return [[safe_cell(value) for value in row] for row in rows]


def csv_response(rows, filename):
    """The rows as a CSV download that Excel opens with Polish letters intact."""
    response = HttpResponse(content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response.write("\ufeff")  # Excel reads UTF-8 only with a byte order mark
    csv.writer(response).writerows(safe_rows(rows))
    return response


def xlsx_bytes(rows, sheet_title):
    """The rows as an XLSX workbook, the first row frozen as the header."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = sheet_title[:31]  # Excel's limit
    for row in safe_rows(rows):
        sheet.append(row)
    for row in sheet.iter_rows():
        for cell in row:
            if cell.data_type == "f":  # never a formula, whatever openpyxl guessed
                cell.data_type = "s"
    sheet.freeze_panes = "A2"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def xlsx_response(rows, filename, sheet_title):
    response = HttpResponse(xlsx_bytes(rows, sheet_title), content_type=XLSX_CONTENT_TYPE)
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def _safe_csv_text(text):
    out = io.StringIO(newline="")
    csv.writer(out).writerows(safe_rows(csv.reader(io.StringIO(text, newline=""))))
    return out.getvalue()


def _safe_csv_chunks(chunks, charset):
    """Rewrite a streamed CSV whole rows at a time (a chunk may end inside a quoted field)."""
    decoder = codecs.getincrementaldecoder(charset)()
    pending = ""
    for chunk in chunks:
        pending += decoder.decode(chunk) if isinstance(chunk, bytes) else chunk
        if pending.endswith("\n") and pending.count('"') % 2 == 0:
            yield _safe_csv_text(pending).encode(charset)
            pending = ""
    pending += decoder.decode(b"", final=True)
    if pending:
        yield _safe_csv_text(pending).encode(charset)


def _safe_xlsx(content):
    workbook = load_workbook(io.BytesIO(content))
    for sheet in workbook.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if isinstance(cell.value, str):
                    cell.value = safe_cell(cell.value)
                    cell.data_type = "s"
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


class SafeAdminExportsMiddleware:
    """Wagtail's listing exports (`?export=csv` or `?export=xlsx` under /admin/: reports, the
    redirects list) write what they list as it is; this writes them again, safely. Only
    those: a document someone uploaded is downloaded exactly as it was uploaded."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        file_format = request.GET.get("export")
        if (
            response.status_code != 200
            or file_format not in ("csv", "xlsx")
            or not request.path_info.startswith(reverse("wagtailadmin_home"))
        ):
            return response
        content_type = response.get("Content-Type", "")
        if file_format == "csv" and content_type.startswith("text/csv"):
            if response.streaming:
                chunks = response.streaming_content
                response.streaming_content = _safe_csv_chunks(chunks, response.charset)
            else:
                text = response.content.decode(response.charset)
                _replace_content(response, _safe_csv_text(text).encode(response.charset))
        elif file_format == "xlsx" and content_type.startswith(XLSX_CONTENT_TYPE):
            content = b"".join(response) if response.streaming else response.content
            _replace_content(response, _safe_xlsx(content))
        return response


def _replace_content(response, content):
    """New content for `response`, its other headers (caching, privacy) kept."""
    if response.streaming:
        response.streaming_content = [content]
    else:
        response.content = content
    if response.has_header("Content-Length"):
        response["Content-Length"] = str(len(content))
