"""Groups, restrictions and coordinator permissions follow the records, never hand edits."""

from django.contrib.auth.models import Group

from wagtail.models import PageViewRestriction

import pytest

from tests.factories.outcomes import OutcomeIndexPageFactory
from tests.factories.registry import (
    MembershipFactory,
    NetworkPageFactory,
    ObserverSubscriptionFactory,
    PersonFactory,
    WorkspacePageFactory,
)
from workspaces.access.groups import EDITOR_GROUP_NAMES, network_group_names
from workspaces.outcomes.models import OutcomeIndexPage
from workspaces.registry import services
from workspaces.registry.models import NetworkIndexPage, WorkspacePage


@pytest.fixture
def new_network(demo):
    """A ninth network with both sections, created the way an editor would."""
    network = NetworkPageFactory(parent=NetworkIndexPage.objects.get(), number=9)
    WorkspacePageFactory(parent=network)
    OutcomeIndexPageFactory(parent=network)
    return network


def _restriction_group_names(page):
    restriction = PageViewRestriction.objects.get(page=page)
    assert restriction.restriction_type == PageViewRestriction.GROUPS
    return set(restriction.groups.values_list("name", flat=True))


def test_new_network_gets_its_three_groups(new_network):
    names = network_group_names(new_network)
    assert set(Group.objects.filter(name__in=names.values()).values_list("name", flat=True)) == set(
        names.values()
    )


def test_workspace_is_restricted_to_members_coordinators_and_editors(new_network):
    names = network_group_names(new_network)
    workspace = WorkspacePage.objects.child_of(new_network).get()
    assert _restriction_group_names(workspace) == {
        names["members"],
        names["coordinators"],
        *EDITOR_GROUP_NAMES,
    }


def test_the_outcome_index_stays_open_so_promotion_can_work(new_network):
    outcomes = OutcomeIndexPage.objects.child_of(new_network).get()
    assert not PageViewRestriction.objects.filter(page=outcomes).exists()


def test_a_restriction_added_to_the_outcome_index_is_taken_off(
    demo, django_capture_on_commit_callbacks
):
    index = demo.outcome_index(1)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=index, restriction_type=PageViewRestriction.LOGIN)
    assert not PageViewRestriction.objects.filter(page=index).exists()
    assert demo.client_for(None).get(demo.public_outcome().url).status_code == 200


def test_each_outcome_is_open_to_members_coordinators_observers_and_editors(new_network):
    from workspaces.outcomes.models import OutcomePage

    names = network_group_names(new_network)
    index = OutcomeIndexPage.objects.child_of(new_network).get()
    outcome = OutcomePage(title="Rezultat", slug="rezultat", summary="<p>Treść</p>")
    index.add_child(instance=outcome)
    assert _restriction_group_names(outcome) == {
        names["members"],
        names["coordinators"],
        names["observers"],
        *EDITOR_GROUP_NAMES,
    }


def test_a_removed_restriction_is_restored(demo, django_capture_on_commit_callbacks):
    workspace = demo.workspace(1)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.filter(page=workspace).delete()
    assert PageViewRestriction.objects.filter(page=workspace).count() == 1
    visitor = demo.client_for(None)
    assert visitor.get(workspace.url).status_code == 302


def test_a_restriction_widened_to_any_signed_in_user_is_narrowed_back(
    demo, django_capture_on_commit_callbacks
):
    workspace = demo.workspace(1)
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.get(page=workspace)
        restriction.restriction_type = PageViewRestriction.LOGIN
        restriction.save()
    assert demo.client_for("observer").get(workspace.url).status_code == 404


def test_a_group_taken_off_the_restriction_is_put_back(demo, django_capture_on_commit_callbacks):
    workspace = demo.workspace(1)
    members_group = network_group_names(demo.network(1))["members"]
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.get(page=workspace)
        restriction.groups.remove(Group.objects.get(name=members_group))
    assert members_group in _restriction_group_names(workspace)
    assert demo.client_for("member").get(workspace.url).status_code == 200


def test_membership_puts_the_person_in_the_group_and_ending_it_takes_them_out(new_network):
    membership = MembershipFactory(network=new_network)
    user = membership.person.user
    members_group = network_group_names(new_network)["members"]
    assert user.groups.filter(name=members_group).exists()
    services.end_period(membership)
    assert not user.groups.filter(name=members_group).exists()


def test_a_future_membership_grants_nothing_until_it_starts(new_network):
    import datetime

    from django.utils import timezone

    tomorrow = timezone.localdate() + datetime.timedelta(days=1)
    membership = MembershipFactory(network=new_network, started_on=tomorrow)
    assert not membership.person.user.groups.exists()


def test_town_subscription_makes_every_person_of_the_town_an_observer(new_network):
    person = PersonFactory()
    colleague = PersonFactory(municipality=person.municipality)
    ObserverSubscriptionFactory(network=new_network, person=None, municipality=person.municipality)
    observers_group = network_group_names(new_network)["observers"]
    assert set(Group.objects.get(name=observers_group).user_set.all()) == {
        person.user,
        colleague.user,
    }


def test_moving_to_another_town_ends_the_town_observer_role(new_network):
    person = PersonFactory()
    ObserverSubscriptionFactory(network=new_network, person=None, municipality=person.municipality)
    other_town_person = PersonFactory()
    person.municipality = other_town_person.municipality
    person.save()
    observers_group = network_group_names(new_network)["observers"]
    assert not person.user.groups.filter(name=observers_group).exists()


def test_coordinator_edits_own_network_pages_only(demo):
    coordinator = demo.user("coordinator")
    own = demo.workspace(1)
    other = demo.workspace(3)
    assert own.permissions_for_user(coordinator).can_edit()
    assert own.permissions_for_user(coordinator).can_publish()
    assert not other.permissions_for_user(coordinator).can_edit()
    assert coordinator.has_perm("wagtailadmin.access_admin")


def test_members_and_observers_get_no_admin_rights(demo):
    for username in ("member", "observer", "mayor"):
        user = demo.user(username)
        assert not user.has_perm("wagtailadmin.access_admin")
        assert not demo.workspace(1).permissions_for_user(user).can_edit()


def test_sync_twice_changes_nothing(demo):
    network = demo.network(1)
    before = {g.name: set(g.user_set.values_list("pk", flat=True)) for g in Group.objects.all()}
    services.sync_network_access(network)
    services.sync_network_access(network)
    after = {g.name: set(g.user_set.values_list("pk", flat=True)) for g in Group.objects.all()}
    assert before == after
    assert PageViewRestriction.objects.filter(page=demo.workspace(1)).count() == 1


def test_deleting_a_network_deletes_its_groups(new_network):
    names = set(network_group_names(new_network).values())
    new_network.delete()
    assert not Group.objects.filter(name__in=names).exists()


class TestPageTreeRules:
    """Editors cannot build a tree that breaks the contract (SPEC §3)."""

    def test_sections_live_only_directly_under_a_network(self, demo):
        home = demo.network(1).get_parent().get_parent()
        assert not WorkspacePage.can_create_at(home)
        assert not OutcomeIndexPage.can_create_at(demo.workspace(1))
        assert not OutcomeIndexPage.can_create_at(home)

    def test_one_workspace_and_one_outcome_index_per_network(self, demo):
        assert not WorkspacePage.can_create_at(demo.network(1))
        assert not OutcomeIndexPage.can_create_at(demo.network(1))

    def test_nothing_can_be_put_under_the_outcomes_yet_widen_them(self, demo):
        from workspaces.registry.models import NetworkPage

        assert not NetworkPage.can_create_at(demo.outcomes(1))
        assert not NetworkPage.can_create_at(demo.workspace(1))

    def test_shared_password_restrictions_are_switched_off(self, settings):
        assert settings.WAGTAIL_PRIVATE_PAGE_OPTIONS["SHARED_PASSWORD"] is False
        from wagtail.admin.forms.pages import PageViewRestrictionForm

        form = PageViewRestrictionForm()
        choices = {value for value, _label in form.fields["restriction_type"].choices}
        assert PageViewRestriction.PASSWORD not in choices


def test_daily_sync_applies_a_membership_that_ended_on_a_date(demo):
    """A membership whose end date arrives without any save is withdrawn by the daily run."""
    import datetime

    from django.core.management import call_command
    from django.utils import timezone

    from workspaces.registry.models import Membership

    membership = Membership.objects.get(person__user__username="member", network=demo.network(1))
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    Membership.objects.filter(pk=membership.pk).update(ended_on=yesterday)  # no signal
    assert demo.client_for("member").get(demo.workspace(1).url).status_code == 200

    call_command("sync_networks")

    assert demo.client_for("member").get(demo.workspace(1).url).status_code == 404
