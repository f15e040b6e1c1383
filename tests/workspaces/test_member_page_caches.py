"""What member pages keep in the cache never outlives the change that makes it wrong.

Navigation, breadcrumbs, routes, the access core's answers and the roster are kept between
requests (docs/performance.md); each test warms them with a first request, changes something,
and checks that the very next request shows the change – and that one reader's kept answers are
never served to another reader with other rights.
"""

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction, Site

import pytest
from bs4 import BeautifulSoup

from tests.factories.home import ContentPageFactory
from tests.factories.registry import PersonFactory
from tests.factories.sessions import SessionPageFactory
from workspaces.access import generations
from workspaces.registry import services
from workspaces.registry.models import Membership, MembershipRole
from workspaces.sessions.models import SessionPage


def _first_session(demo):
    return SessionPage.objects.child_of(demo.workspace(1)).live().order_by("number").first()


def _menu_page(title, group=None):
    """A new top-level page in the main menu; with `group`, open to that group only."""
    home = Site.objects.get(is_default_site=True).root_page
    page = ContentPageFactory(parent=home, title=title, show_in_menus=True)
    if group is not None:
        restriction = PageViewRestriction.objects.create(
            page=page, restriction_type=PageViewRestriction.GROUPS
        )
        restriction.groups.set([group])
    return page


def test_a_withdrawn_membership_closes_the_workspace_and_its_session_on_the_next_request(demo):
    client = demo.client_for("member")
    session = _first_session(demo)
    assert client.get(demo.workspace(1).url).status_code == 200
    assert client.get(session.url).status_code == 200
    membership = Membership.objects.get(person__user__username="member", network=demo.network(1))

    services.end_period(membership)

    assert client.get(demo.workspace(1).url).status_code == 404
    assert client.get(session.url).status_code == 404


def test_a_new_membership_opens_the_workspace_and_names_the_member_on_the_next_request(demo):
    person = PersonFactory(user__last_name="Nowoprzyjęta")
    client = demo.client_for(person.user.username)
    colleague = demo.client_for("member")
    assert client.get(demo.workspace(1).url).status_code == 404
    assert "Nowoprzyjęta" not in colleague.get(demo.workspace(1).url).content.decode()

    services.add_membership(person, demo.network(1))

    assert client.get(demo.workspace(1).url).status_code == 200
    assert "Nowoprzyjęta" in colleague.get(demo.workspace(1).url).content.decode()


def test_a_published_menu_page_appears_and_an_unpublished_one_goes_on_the_next_request(demo):
    client = demo.client_for("member")
    assert "Nowa zakładka" not in client.get(demo.workspace(1).url).content.decode()

    page = _menu_page("Nowa zakładka")
    assert "Nowa zakładka" in client.get(demo.workspace(1).url).content.decode()

    page.unpublish()
    assert "Nowa zakładka" not in client.get(demo.workspace(1).url).content.decode()
    assert client.get(page.url).status_code == 404


def test_a_renamed_section_shows_in_the_breadcrumbs_of_the_pages_below_on_the_next_request(demo):
    client = demo.client_for("member")
    session = _first_session(demo)
    assert client.get(session.url).status_code == 200
    workspace = demo.workspace(1)
    workspace.title = "Pracownia sieci"
    workspace.save_revision().publish()

    html = client.get(session.url).content.decode()
    assert "Pracownia sieci" in html


def test_a_new_session_shows_in_the_workspace_calendar_and_a_withdrawn_one_goes(demo):
    client = demo.client_for("member")
    workspace = demo.workspace(1)
    assert "Sesja nadzwyczajna" not in client.get(workspace.url).content.decode()

    session = SessionPageFactory(parent=workspace, number=90, title="Sesja nadzwyczajna")
    assert "Sesja nadzwyczajna" in client.get(workspace.url).content.decode()

    session.unpublish()
    assert "Sesja nadzwyczajna" not in client.get(workspace.url).content.decode()


def test_a_renamed_member_shows_in_the_roster_on_the_next_request(demo):
    client = demo.client_for("member")
    membership = (
        Membership.objects.in_force()
        .filter(network=demo.network(1))
        .exclude(person__user__username="member")
    )
    colleague = membership.select_related("person__user").first().person.user
    assert client.get(demo.workspace(1).url).status_code == 200
    colleague.last_name = "Przemianowana"
    colleague.save()

    assert "Przemianowana" in client.get(demo.workspace(1).url).content.decode()


def test_an_unpublished_session_is_not_found_at_its_remembered_address(demo):
    client = demo.client_for("member")
    session = _first_session(demo)
    assert client.get(session.url).status_code == 200

    session.unpublish()

    assert client.get(session.url).status_code == 404


def test_a_moved_page_is_served_at_its_new_address_only_and_the_old_one_redirects(demo):
    client = demo.client_for("member")
    page = _menu_page("Strona do przeniesienia")
    old_url = page.url
    assert client.get(old_url).status_code == 200

    page.move(demo.network(1), pos="last-child")
    page.refresh_from_db()

    moved = client.get(old_url)
    assert moved.status_code == 301  # the redirect Wagtail records on a move, not the page
    assert moved["Location"] == page.url
    assert client.get(page.url).status_code == 200


@pytest.mark.parametrize("first", ["insider", "outsider"])
def test_a_readers_menu_and_access_answers_are_never_served_to_a_reader_with_other_rights(
    demo, first
):
    """Both readers open the same pages in turn; whoever comes first, each sees only their own."""
    insiders = Group.objects.create(name="Zespół redakcyjny")
    insider = PersonFactory().user
    insider.groups.add(insiders)
    outsider = PersonFactory().user
    page = _menu_page("Zakładka zespołu", group=insiders)
    clients = {
        "insider": demo.client_for(insider.username),
        "outsider": demo.client_for(outsider.username),
    }
    order = [first, "outsider" if first == "insider" else "insider"]

    for reader in order:
        html = clients[reader].get("/").content.decode()
        shown = "Zakładka zespołu" in html
        assert shown is (reader == "insider")
        status = clients[reader].get(page.url).status_code
        assert status == (200 if reader == "insider" else 404)


def test_a_member_leaving_a_group_loses_its_menu_page_on_the_next_request(demo):
    team = Group.objects.create(name="Zespół roboczy")
    user = PersonFactory().user
    user.groups.add(team)
    page = _menu_page("Zakładka robocza", group=team)
    client = demo.client_for(user.username)
    assert "Zakładka robocza" in client.get("/").content.decode()

    team.user_set.remove(user)

    assert "Zakładka robocza" not in client.get("/").content.decode()
    assert client.get(page.url).status_code == 404


def test_an_observer_does_not_inherit_a_members_workspace_answer(demo):
    """The member opens the workspace first (their answers are kept); an observer of the same
    network, asking right after, is still refused."""
    workspace = demo.workspace(3)
    member = Membership.objects.filter(
        network=demo.network(3), role=MembershipRole.MEMBER, ended_on__isnull=True
    ).first()
    assert demo.client_for(member.person.user.username).get(workspace.url).status_code == 200
    assert demo.client_for("observer").get(workspace.url).status_code == 404


def test_a_reset_leaves_every_kept_answer_behind_the_rooms_own_stamps_included(demo):
    """After a cache outage or bulk writes that send no signals, `generations.reset()` must
    leave behind what rooms keep under stamps of their own – the roster here."""
    client = demo.client_for("member")
    colleague = (
        Membership.objects.in_force()
        .filter(network=demo.network(1))
        .exclude(person__user__username="member")
        .select_related("person__user")
        .first()
        .person.user
    )
    assert client.get(demo.workspace(1).url).status_code == 200
    type(colleague).objects.filter(pk=colleague.pk).update(last_name="Bezsygnałowa")
    assert "Bezsygnałowa" not in _roster(client.get(demo.workspace(1).url))  # still kept

    generations.reset()

    assert "Bezsygnałowa" in _roster(client.get(demo.workspace(1).url))


def _roster(response):
    document = BeautifulSoup(response.content, "html.parser")
    return document.select_one("section[aria-labelledby=roster-heading]").get_text()
