"""SPEC §4 as a matrix: every demo role × every kind of content × every way in.

The expectations below are copied from the access contract, not derived from the code:
"A" = the role may read it, "-" = not served, not listed, not found, not in the sitemap.
"""

from django.urls import reverse

import pytest

from tests.conftest import ROLE_USERNAMES
from workspaces.registry.demo_data import leak_check_sentence

ROLES = ["visitor", "member", "coordinator", "observer", "mayor", "editor", "admin", "former"]
USERNAMES = ROLE_USERNAMES

PUBLIC = [
    "home",
    "about",
    "networks",
    "landing_1",
    "landing_8",
    "practices",
    "outcomeindex_3",  # open, so that a promoted outcome under it can be public
    "promoted_3",  # an outcome an editor promoted to the public
]
#                 visitor member coord observer mayor editor admin former
PRIVATE = {
    "workspace_1": "-       A      A     -        -     A      A     -",
    "outcomes_1": "-       A      A     -        -     A      A     -",
    "workspace_3": "-       -      -     -        -     A      A     -",
    "outcomes_3": "-       -      -     A        -     A      A     -",
    "workspace_6": "-       -      -     -        -     A      A     -",
    "workspace_8": "-       -      -     -        A     A      A     -",
    "outcomes_8": "-       -      -     -        A     A      A     -",
    "discussions_1": "-       A      A     -        -     A      A     -",
    "discussion_1": "-       A      A     -        -     A      A     -",
}
# Discussions are not pages: a network's discussion list is linked from its workspace page, a
# thread from the list, and neither is in the site search or the sitemap, for anyone.
DISCUSSIONS = {"discussions_1", "discussion_1"}
EXPECTED = {(role, content): True for role in ROLES for content in PUBLIC}
for content, row in PRIVATE.items():
    for role, mark in zip(ROLES, row.split(), strict=True):
        EXPECTED[(role, content)] = mark == "A"

WAYS_IN = ["page", "search", "listing", "sitemap"]


def _target(demo, content):
    """(page, search term that finds it, private code word or None)."""
    from wagtail.models import Site

    from practices.models import PracticeIndexPage
    from workspaces.registry.models import NetworkIndexPage

    kind, _, number = content.partition("_")
    if kind == "home":
        return Site.objects.get(is_default_site=True).root_page.specific, "Doświadczeń", None
    if kind == "about":
        from home.models import ContentPage

        return ContentPage.objects.get(slug="o-programie"), "kwartał", None
    if kind == "networks":
        return NetworkIndexPage.objects.get(), "tematycznych", None
    if kind == "practices":
        return PracticeIndexPage.objects.get(), "praktyki", None
    if kind == "outcomeindex":
        return demo.outcome_index(int(number)), "wypracowane", None
    if kind == "promoted":
        return demo.public_outcome(), "konsultacji", None
    if kind == "landing":
        network = demo.network(int(number))
        return network, network.title.split()[0], None
    page = demo.workspace(int(number)) if kind == "workspace" else demo.outcomes(int(number))
    _sentence, code = leak_check_sentence(kind, int(number))
    return page, code, code


def _discussion_target(demo, content):
    """Network N's discussion list, or the thread carrying its leak-check code: (URL, full URL,
    URL of the page that links to it, search term, private code word shown there or None)."""
    from wagtail.models import Site

    from workspaces.collaboration.models import Thread

    kind, _, number = content.partition("_")
    workspace = demo.workspace(int(number))
    _sentence, code = leak_check_sentence("discussion", int(number))
    discussions = reverse("discussions", args=[workspace.pk])
    if kind == "discussions":
        url, listing, shown = discussions, workspace.url, None
    else:
        thread = Thread.objects.get(network=demo.network(int(number)), posts__body__contains=code)
        url, listing, shown = reverse("discussion", args=[thread.pk]), discussions, code
    root_url = Site.objects.get(is_default_site=True).root_url
    return url, root_url + url, listing, code, shown


def _ways_in(demo, content):
    """(URL, full URL, URL of the page that links to it, search term, private code word or
    None)."""
    if content in DISCUSSIONS:
        return _discussion_target(demo, content)
    page, search_term, code = _target(demo, content)
    return page.url, page.full_url, page.get_parent().url, search_term, code


def _section(html, start_marker, end_marker):
    start = html.find(start_marker)
    return "" if start < 0 else html[start : html.find(end_marker, start)]


CASES = [
    pytest.param(role, content, way, id=f"{role}-{content}-{way}")
    for role in ROLES
    for content in [*PUBLIC, *PRIVATE]
    for way in WAYS_IN
    if not (content == "home" and way == "listing")  # the root is listed nowhere
]


@pytest.mark.parametrize("role,content,way", CASES)
def test_access_contract(demo, role, content, way):
    allowed = EXPECTED[(role, content)]
    url, full_url, listing_url, search_term, code = _ways_in(demo, content)
    client = demo.client_for(USERNAMES[role])

    if way == "page":
        response = client.get(url)
        if allowed:
            assert response.status_code == 200
            if code:
                assert code in response.content.decode()
        else:
            expected_status = 302 if role == "visitor" else 404
            assert response.status_code == expected_status
            if role == "visitor":
                assert response["Location"].startswith(reverse("login"))
            if code:
                assert code not in response.content.decode()

    elif way == "search":
        html = client.get(reverse("search"), {"q": search_term}).content.decode()
        results = _section(html, '<ol class="search-results">', "</ol>")
        assert (f'href="{url}"' in results) is (allowed and content not in DISCUSSIONS)
        if code and not allowed:
            assert code not in results

    elif way == "listing":
        listing_html = client.get(listing_url).content.decode()
        body = _section(listing_html, "<body>", "</body>")
        assert (f'href="{url}"' in body) is allowed
        if code and not allowed:
            assert code not in body

    elif way == "sitemap":
        # Crawlers are visitors: the sitemap holds what a visitor may read, whoever asks.
        xml = client.get("/sitemap.xml").content.decode()
        assert (f"<loc>{full_url}</loc>" in xml) is EXPECTED[("visitor", content)]


# SPEC §4, row "N's outcome pages": observers of N "read + evaluate", members of N "read",
# coordinators of N "edit"; the evaluations report is for N's coordinators and editors (last
# row). "E" = shown the evaluation form and the evaluation posted is stored; "R" = reads the
# results (linked from the outcome and served); "-" = neither.
#                  visitor member coord observer mayor editor admin former
EVALUATION = {
    "outcomes_1": "-       -      R     -        -     R      R     -",
    "outcomes_3": "-       -      -     E        -     R      R     -",
    "outcomes_8": "-       -      -     -        -     R      R     -",
}
EVALUATION_WAYS = ["form", "post", "results"]
EVALUATION_CASES = [
    pytest.param(role, content, way, id=f"{role}-{content}-{way}")
    for content, row in EVALUATION.items()
    for role, mark in zip(ROLES, row.split(), strict=True)
    for way in EVALUATION_WAYS
]


@pytest.mark.parametrize("role,content,way", EVALUATION_CASES)
def test_evaluation_contract(demo, role, content, way):
    from workspaces.outcomes.models import Evaluation

    mark = EVALUATION[content].split()[ROLES.index(role)]
    outcome, _search_term, _code = _target(demo, content)
    username = USERNAMES[role]
    client = demo.client_for(username)
    evaluate_url = reverse("evaluate_outcome", args=[outcome.pk])
    results_url = reverse("evaluation_results", args=[outcome.pk])

    if way == "form":
        html = client.get(outcome.url).content.decode()
        assert (f'action="{evaluate_url}"' in html) is (mark == "E")
        assert ('name="usefulness"' in html) is (mark == "E")

    elif way == "post":
        mine = Evaluation.objects.filter(outcome=outcome, evaluator__username=username)
        mine.delete()
        response = client.post(evaluate_url, {"usefulness": "2", "transferability": "3"})
        assert mine.exists() is (mark == "E")
        if mark == "E":
            assert response.status_code == 302 and response["Location"] == outcome.url
        elif role == "visitor":
            assert response["Location"].startswith(reverse("login"))
        else:
            assert response.status_code in (403, 404)

    elif way == "results":
        html = client.get(outcome.url).content.decode()
        assert (f'href="{results_url}"' in html) is (mark == "R")
        response = client.get(results_url)
        if mark == "R":
            assert response.status_code == 200
        elif role == "visitor":
            assert response["Location"].startswith(reverse("login"))
        else:
            assert response.status_code in (403, 404)
