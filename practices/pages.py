"""What the library's pages' templates receive (see `home.page_context`)."""

from home.page_context import contributes_to

from . import library
from .models import PracticeIndexPage, PracticePage


@contributes_to(PracticeIndexPage)
def the_library(page, request, tag=None):
    return library.browse(request, page, tag=tag)


@contributes_to(PracticePage)
def the_practice(page, request):
    return library.practice_context(request.user, page)
