"""Site search, and the page shown when the server fails.

Wagtail's stock search view shows restricted pages' titles to anyone; this one asks the access
module first, so results hold only what the reader may open.
"""

import sys
from urllib.parse import quote, urlencode

from django.core.paginator import Paginator
from django.db import DatabaseError
from django.http import HttpResponse, HttpResponseServerError
from django.template.loader import render_to_string
from django.template.response import TemplateResponse

from wagtail.models import Page

from workspaces.access import policy as access

from . import suggestions
from .forms import SearchForm

RESULTS_PER_PAGE = 10


def search(request):
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    results, pages = Page.objects.none(), Page.objects.none()
    if query:
        pages = access.visible_pages(request.user, Page.objects.live().specific())
        results = pages.search(query)
    page_of_results = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    found_nothing = bool(query) and page_of_results.paginator.count == 0
    # The other pages of results are for the same (cleaned) query.
    query_string = urlencode({"q": query}, safe="/", quote_via=quote) if query else ""
    return TemplateResponse(
        request,
        "home/search.html",
        {
            "form": form,
            "query": query,
            "results": page_of_results,
            "query_string": query_string,
            "suggestions": suggestions.suggest(query, pages) if found_nothing else [],
        },
    )


def server_error(request):
    """Django's last resort for an uncaught exception (DEBUG off). With the database out of
    reach – down, restarting, out of connections – say so with a 503 and a time to come back,
    instead of a 500 that reads as a bug. Both pages are static: rendering them must not need
    the database."""
    if isinstance(sys.exc_info()[1], DatabaseError):
        response = HttpResponse(render_to_string("503.html"), status=503)
        response["Retry-After"] = "120"
        return response
    return HttpResponseServerError(render_to_string("500.html"))
