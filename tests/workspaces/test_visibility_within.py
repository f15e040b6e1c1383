"""`access.visible_pages(user, pages, within=paths)` asks only about one part of the tree (the
activity feed, an outcome's sessions) – and hides there exactly what it hides without the hint.
"""

from django.contrib.auth.models import AnonymousUser, Group

from wagtail.models import Page, PageViewRestriction

import pytest

from workspaces.access import policy
from workspaces.registry.models import NetworkPage
from workspaces.sessions.models import SessionPage

READERS = [None, "member", "observer", "coordinator"]


def _reader(demo, username):
    return AnonymousUser() if username is None else demo.user(username)


def _ids(pages):
    return set(pages.values_list("pk", flat=True))


@pytest.fixture(params=["kept", "left to the database"])
def exclusions(request, monkeypatch):
    """Both ways of excluding what a reader fails: few restrictions written into the query, or
    too many (a visitor facing every members-only practice) asked of the database."""
    if request.param == "left to the database":
        monkeypatch.setattr(policy, "INLINE_EXCLUSIONS_UP_TO", 0)
    return request.param


@pytest.mark.parametrize("username", READERS)
def test_within_each_network_the_same_sessions_are_hidden_as_without_the_hint(
    demo, exclusions, username
):
    reader = _reader(demo, username)
    sessions = SessionPage.objects.live()
    everywhere = policy.visible_pages(reader, sessions)
    hidden_somewhere = False
    for network in NetworkPage.objects.all():
        expected = _ids(everywhere.filter(path__startswith=network.path))
        within = _ids(policy.visible_pages(reader, sessions, within=[network.path]))
        assert within == expected, network.title
        hidden_somewhere |= expected != _ids(sessions.filter(path__startswith=network.path))
    assert hidden_somewhere  # the comparison is not between two unfiltered lists


def test_a_restriction_above_the_part_asked_about_still_hides_it(demo, exclusions):
    member = demo.user("member")
    network, workspace = demo.network(1), demo.workspace(1)
    sessions = SessionPage.objects.live()
    assert _ids(policy.visible_pages(member, sessions, within=[workspace.path]))
    restriction = PageViewRestriction.objects.create(
        page=network, restriction_type=PageViewRestriction.GROUPS
    )
    restriction.groups.set([Group.objects.create(name="Nikt z sieci")])

    assert not _ids(policy.visible_pages(member, sessions, within=[workspace.path]))


def test_pages_outside_the_part_asked_about_are_left_out(demo):
    editor_view = policy.visible_pages(demo.user("editor"), Page.objects.live(), within=[])
    assert not editor_view.exists()
    network = demo.network(2)
    inside = policy.visible_pages(demo.user("editor"), Page.objects.live(), within=[network.path])
    assert _ids(inside) == _ids(Page.objects.live().descendant_of(network, inclusive=True))
