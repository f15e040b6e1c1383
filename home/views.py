"""Site search. Wagtail's stock search view shows restricted pages' titles to anyone; this one
asks the access module first, so results hold only what the reader may open."""

from django.core.paginator import Paginator
from django.template.response import TemplateResponse

from wagtail.models import Page

from workspaces import access

from .forms import SearchForm

RESULTS_PER_PAGE = 10


def search(request):
    form = SearchForm(request.GET)
    query = form.cleaned_data["q"].strip() if form.is_valid() else ""
    results = Page.objects.none()
    if query:
        pages = access.visible_pages(request.user, Page.objects.live())
        results = pages.search(query)
    page_of_results = Paginator(results, RESULTS_PER_PAGE).get_page(request.GET.get("page"))
    return TemplateResponse(
        request,
        "home/search.html",
        {"form": form, "query": query, "results": page_of_results},
    )
