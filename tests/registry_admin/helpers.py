"""Reading the registry admin's lists and downloads the way a reader gets them."""

import csv
import io
import re
from html import unescape

from django.utils.html import strip_tags

from openpyxl import load_workbook

ROOM_OF = {
    "municipality": "registry",
    "person": "registry",
    "membership": "registry",
    "observersubscription": "registry",
    "evaluation": "outcomes",
}
REFUSED = (302, 403, 404)  # Wagtail's admin turns a refusal into a redirect with a message


def list_url(model):
    return f"/admin/{ROOM_OF[model]}/{model}/"


def action_url(model, action, pk):
    return f"{list_url(model)}{action}/{pk}/"


def listed(client, model, query=""):
    """The rows the list shows for `query` (every page of it)."""
    response = client.get(list_url(model) + query)
    assert response.status_code == 200, response.status_code
    return list(response.context["view"].queryset)


def csv_rows(response):
    content = b"".join(response) if response.streaming else response.content
    text = content.decode("utf-8-sig")
    return list(csv.reader(io.StringIO(text, newline="")))


def xlsx_rows(response):
    content = b"".join(response) if response.streaming else response.content
    sheet = load_workbook(io.BytesIO(content)).active
    return [[cell.value for cell in row] for row in sheet.iter_rows()], sheet


def export(client, model, file_format, query=""):
    separator = "&" if query else "?"
    return client.get(f"{list_url(model)}{query}{separator}export={file_format}")


def column_headings(client, model, query=""):
    """The headings of the list's columns, as the reader sees them (in their language)."""
    html = client.get(list_url(model) + query).content.decode()
    thead = html.split("<thead>", 1)[1].split("</thead>", 1)[0]
    cells = re.findall(r"<th[^>]*>(.*?)</th>", thead, flags=re.S)
    return [unescape(strip_tags(cell)).strip() for cell in cells]
