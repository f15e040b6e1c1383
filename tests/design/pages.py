"""The page types of the site, each as (reader, path) found on the demo, for tests that check
something every page must have (footer, header, no inline code)."""

from django.urls import reverse

from bs4 import BeautifulSoup


def page_types(demo):
    """One page of each type, with a reader who may open it."""
    from practices.models import PracticeIndexPage, PracticePage
    from workspaces.access.models import Promotion
    from workspaces.sessions.models import SessionPage

    library = PracticeIndexPage.objects.get()
    promoted = PracticePage.objects.live().filter(pk__in=Promotion.objects.values("page_id"))
    session = SessionPage.objects.child_of(demo.workspace(1)).first()
    return {
        "home": (None, "/"),
        "content": (None, "/o-programie/"),
        "network_index": (None, demo.network(1).get_parent().url),
        "network": (None, demo.network(1).url),
        "workspace": ("member", demo.workspace(1).url),
        "session": ("member", session.url),
        "outcome": ("observer", demo.outcomes(3).url),
        "library": (None, library.url),
        "practice": (None, promoted.first().url),
        "search": (None, reverse("search") + "?q=miasto"),
        "login": (None, reverse("login")),
        "calendar": ("member", reverse("calendar_settings")),
        "not_found": (None, "/nie-ma-takiej-strony/"),
    }


def soup(response):
    return BeautifulSoup(response.content.decode(), "html.parser")
