"""The access contract (SPEC §4) on content the test builds itself with the page factories –
no demo slug, code word or account. The demo-based matrix (test_access_matrix.py) proves the
demo; this proves the rules hold for any tree editors build the same way.

The test database holds the demo (tests/conftest.py), so the tree goes under its home page and
its single network index and practice library (both max_count=1); each test is rolled back.
"""

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse

from wagtail.models import Page, PageViewRestriction, Site

import pytest

from practices.models import PracticeIndexPage
from tests.factories.home import ContentPageFactory, HomePageFactory
from tests.factories.outcomes import (
    EvaluationFactory,
    OutcomeIndexPageFactory,
    OutcomePageFactory,
)
from tests.factories.practices import PracticePageFactory, TransferFactory
from tests.factories.registry import (
    TEST_PASSWORD,
    MunicipalityFactory,
    NetworkPageFactory,
    PersonFactory,
    UserFactory,
    WorkspacePageFactory,
)
from tests.factories.sessions import SessionAttendanceFactory, SessionPageFactory
from workspaces.access import policy, promotion, restrictions
from workspaces.access.groups import EDITOR_GROUP_NAMES
from workspaces.registry import services
from workspaces.registry.demo import DEMO_PASSWORD
from workspaces.registry.models import MembershipRole, NetworkIndexPage

LOGIN = reverse("login")


class Tree:
    """home → network index → network → workspace → session, and outcome index → outcome;
    practice library → practice; plus another network, and the people who read them."""

    def __init__(self):
        self.home = Site.objects.get(is_default_site=True).root_page.specific
        network_index = NetworkIndexPage.objects.get()
        self.network = NetworkPageFactory(parent=network_index)
        self.workspace = WorkspacePageFactory(parent=self.network)
        self.session = SessionPageFactory(parent=self.workspace)
        self.outcome_index = OutcomeIndexPageFactory(parent=self.network)
        self.outcome = OutcomePageFactory(parent=self.outcome_index, sessions=[self.session])

        self.other_network = NetworkPageFactory(parent=network_index)
        self.other_workspace = WorkspacePageFactory(parent=self.other_network)

        self.member = PersonFactory()
        self.coordinator = PersonFactory()
        self.other_member = PersonFactory()
        self.observer = PersonFactory()
        services.add_membership(self.member, self.network)
        services.add_membership(self.coordinator, self.network, role=MembershipRole.COORDINATOR)
        services.add_membership(self.other_member, self.other_network)
        services.subscribe_observer(self.network, person=self.observer)
        self.editor = UserFactory()
        self.editor.groups.add(Group.objects.get(name=EDITOR_GROUP_NAMES[0]))

        self.practice = PracticePageFactory(
            parent=PracticeIndexPage.objects.get(),
            town=self.member.municipality,
            networks=[self.network],
        )

    def client(self, who):
        """A client signed in as `who` (a Person or a user), or a visitor's for None."""
        client = Client()
        if who is not None:
            client.force_login(getattr(who, "user", who))
        return client


@pytest.fixture
def tree(db):
    return Tree()


def _redirected_to_sign_in(response):
    return response.status_code == 302 and response["Location"].startswith(LOGIN)


def test_the_factories_build_every_page_where_editors_would(tree):
    assert tree.network.get_parent().specific == NetworkIndexPage.objects.get()
    assert tree.session.get_parent().specific == tree.workspace
    assert tree.outcome.get_parent().specific == tree.outcome_index
    assert list(tree.outcome.sessions.all()) == [tree.session]
    assert list(tree.practice.networks.all()) == [tree.network]
    for page in (tree.workspace, tree.session, tree.outcome, tree.practice):
        assert page.live and page.url


def test_members_and_coordinators_read_their_workspace_and_sessions(tree):
    for person in (tree.member, tree.coordinator):
        client = tree.client(person)
        for page in (tree.workspace, tree.session):
            response = client.get(page.url)
            assert response.status_code == 200
        assert tree.session.minutes in client.get(tree.session.url).content.decode()


def test_another_network_and_its_observers_find_no_workspace_or_session(tree):
    for person in (tree.other_member, tree.observer):
        client = tree.client(person)
        for page in (tree.workspace, tree.session):
            assert client.get(page.url).status_code == 404
    # and the member of this network finds nothing in the other one's workspace
    assert tree.client(tree.member).get(tree.other_workspace.url).status_code == 404


def test_visitors_are_sent_to_sign_in_for_anything_private(tree):
    visitor = tree.client(None)
    for page in (tree.workspace, tree.session, tree.outcome, tree.practice):
        assert _redirected_to_sign_in(visitor.get(page.url)), page
    # The public parts of the new network are open.
    assert visitor.get(tree.network.url).status_code == 200
    assert visitor.get(tree.outcome_index.url).status_code == 200


def test_the_session_private_parts_stay_in_the_network(tree):
    SessionAttendanceFactory(session=tree.session, person=tree.member)
    attendee = str(tree.member)
    assert attendee in tree.client(tree.coordinator).get(tree.session.url).content.decode()
    assert tree.client(tree.observer).get(tree.session.url).status_code == 404


def test_an_outcome_is_read_by_the_network_and_its_observers_only(tree):
    for person in (tree.member, tree.coordinator, tree.observer):
        assert tree.client(person).get(tree.outcome.url).status_code == 200, person
    assert tree.client(tree.other_member).get(tree.outcome.url).status_code == 404
    assert tree.client(tree.editor).get(tree.outcome.url).status_code == 200


def test_an_observer_may_evaluate_the_outcome_they_read(tree):
    evaluation = EvaluationFactory(outcome=tree.outcome, evaluator=tree.observer.user)
    assert list(tree.outcome.evaluations.all()) == [evaluation]


def test_ending_the_observer_subscription_closes_the_outcome(tree):
    subscription = tree.observer.observer_subscriptions.get(network=tree.network)
    services.end_period(subscription)
    assert tree.client(tree.observer).get(tree.outcome.url).status_code == 404


def test_a_promoted_outcome_is_public_and_its_siblings_stay_private(tree):
    sibling = OutcomePageFactory(parent=tree.outcome_index)
    promotion.promote(tree.outcome, tree.editor)
    visitor = tree.client(None)
    assert visitor.get(tree.outcome.url).status_code == 200
    assert _redirected_to_sign_in(visitor.get(sibling.url))


def test_a_practice_is_for_members_of_any_network_until_promoted(tree):
    for person in (tree.member, tree.other_member):
        assert tree.client(person).get(tree.practice.url).status_code == 200, person
    assert tree.client(tree.observer).get(tree.practice.url).status_code == 404
    visitor = tree.client(None)
    assert _redirected_to_sign_in(visitor.get(tree.practice.url))

    promotion.promote(tree.practice, tree.editor)

    assert visitor.get(tree.practice.url).status_code == 200
    assert tree.client(tree.observer).get(tree.practice.url).status_code == 200


def test_a_transfer_keeps_the_practice_members_only(tree):
    TransferFactory(practice=tree.practice, town=MunicipalityFactory())
    assert tree.practice.transfers.count() == 1
    assert _redirected_to_sign_in(tree.client(None).get(tree.practice.url))


def test_content_pages_inherit_and_are_open_under_the_home_page(tree):
    page = ContentPageFactory(parent=tree.home)
    child = ContentPageFactory(parent=page)
    assert not PageViewRestriction.objects.filter(page__in=[page, child]).exists()
    assert tree.client(None).get(child.url).status_code == 200


def test_a_new_home_page_carries_no_restriction_of_its_own(tree):
    home = HomePageFactory(parent=Page.get_first_root_node())
    ContentPageFactory(parent=home)
    assert not restrictions.manages(home)
    assert not PageViewRestriction.objects.filter(page__path__startswith=home.path).exists()


def test_a_page_type_nobody_registered_is_for_editors_only(tree, monkeypatch):
    """A page type with no audience is private until its room says who reads it."""
    from home.models import ContentPage

    monkeypatch.delitem(restrictions._AUDIENCES, ContentPage)
    assert restrictions.audience_of(ContentPage) is restrictions.editors_only

    page = ContentPageFactory(parent=tree.home)

    restriction = PageViewRestriction.objects.get(page=page)
    assert set(restriction.groups.values_list("name", flat=True)) == set(EDITOR_GROUP_NAMES)
    assert _redirected_to_sign_in(tree.client(None).get(page.url))
    for person in (tree.member, tree.coordinator, tree.observer):
        assert tree.client(person).get(page.url).status_code == 404
    assert tree.client(tree.editor).get(page.url).status_code == 200
    assert policy.can_view_page(tree.editor, page)


def test_factory_users_have_their_own_password_not_the_demos(db):
    user = UserFactory()
    assert TEST_PASSWORD != DEMO_PASSWORD
    assert user.check_password(TEST_PASSWORD)
    assert not user.check_password(DEMO_PASSWORD)
