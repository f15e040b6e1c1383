"""Every change to memberships, subscriptions, people and evaluations is in Wagtail's audit log
with who made it and when – whether it came through the admin or a service – and the log is
read only within the registry's scope: a coordinator never sees another network's entries."""

import datetime

from django.utils import timezone

from wagtail.models import ModelLogEntry

import pytest

from tests.factories.registry import MunicipalityFactory, PersonFactory, UserFactory
from tests.polish import pl
from workspaces.outcomes import evaluations
from workspaces.outcomes.models import Evaluation
from workspaces.registry import services
from workspaces.registry.models import Membership, Municipality, ObserverSubscription, Person


def _entries(instance):
    return ModelLogEntry.objects.for_instance(instance).order_by("timestamp", "pk")


def _actions(instance):
    return [entry.action for entry in _entries(instance)]


def _form_data(response, **changes):
    """What the admin form would post back as shown, with `changes` typed in."""
    form = response.context["form"]
    data = {}
    for name in form.fields:
        value = form[name].value()
        data[name] = "" if value is None else value
    data.update(changes)
    return data


def _assert_recent_by(entry, user):
    assert entry.user_id == user.pk
    assert timezone.now() - entry.timestamp < datetime.timedelta(minutes=5)


# --- through the services ---------------------------------------------------------------------


def test_adding_and_ending_a_membership_is_logged_with_who_decided(demo):
    editor = demo.user("editor")
    person = PersonFactory()
    membership = services.add_membership(person, demo.network(2), by=editor)
    services.end_period(membership, by=editor)
    entries = list(_entries(membership))
    assert [e.action for e in entries] == [services.MEMBERSHIP_ADDED, services.PERIOD_ENDED]
    for entry in entries:
        _assert_recent_by(entry, editor)
    assert entries[0].label == str(membership)


def test_subscribing_an_observer_is_logged(demo):
    editor = demo.user("editor")
    subscription = services.subscribe_observer(demo.network(3), person=PersonFactory(), by=editor)
    [entry] = _entries(subscription)
    assert entry.action == services.SUBSCRIPTION_ADDED
    _assert_recent_by(entry, editor)


def test_a_seat_that_no_longer_qualifies_can_still_be_ended_and_is_logged(demo):
    """The leaders rule is checked when a seat is added, not when it ends: ending a mayor's seat
    after they stopped being a mayor is exactly what editors are asked to do."""
    editor = demo.user("editor")
    mayor = Membership.objects.filter(network=demo.network(8), role="member").first()
    Person.objects.filter(pk=mayor.person_id).update(position="staff")
    mayor.refresh_from_db()
    services.end_period(mayor, by=editor)
    mayor.refresh_from_db()
    assert mayor.ended_on == timezone.localdate()
    assert _actions(mayor)[-1] == services.PERIOD_ENDED


def test_an_evaluation_and_its_change_are_logged_with_the_evaluator(demo):
    observer = demo.user("observer")
    outcome = demo.outcomes(3)
    before = ModelLogEntry.objects.filter(action=evaluations.EVALUATED).count()
    evaluation = evaluations.evaluate(outcome, observer, usefulness=2, transferability=3)
    evaluations.evaluate(outcome, observer, usefulness=5, transferability=4, comment="Lepiej")
    entries = list(_entries(evaluation).filter(action=evaluations.EVALUATED))[-2:]
    assert ModelLogEntry.objects.filter(action=evaluations.EVALUATED).count() == before + 2
    for entry in entries:
        _assert_recent_by(entry, observer)
    assert entries[-1].data["usefulness"] == 5


def test_evaluation_entries_read_as_evaluated_in_the_log(demo):
    observer = demo.user("observer")
    evaluation = evaluations.evaluate(demo.outcomes(3), observer, usefulness=4, transferability=4)
    editor = demo.client_for("editor")
    response = editor.get(f"/admin/outcomes/evaluation/history/{evaluation.pk}/")
    assert response.status_code == 200
    assert "Evaluated" in response.content.decode()


# --- through the admin ------------------------------------------------------------------------


@pytest.fixture
def editor(demo):
    return demo.client_for("editor")


def test_a_membership_created_and_edited_in_the_admin_is_logged(demo, editor):
    person = PersonFactory()
    form = editor.get("/admin/registry/membership/create/")
    data = _form_data(
        form,
        person=person.pk,
        network=demo.network(2).pk,
        role="member",
        started_on="2026-01-05",
    )
    response = editor.post("/admin/registry/membership/create/", data)
    assert response.status_code == 302, response.context["form"].errors
    membership = Membership.objects.get(person=person)
    form = editor.get(f"/admin/registry/membership/edit/{membership.pk}/")
    response = editor.post(
        f"/admin/registry/membership/edit/{membership.pk}/",
        _form_data(form, ended_on="2026-02-01"),
    )
    assert response.status_code == 302, response.context["form"].errors
    entries = list(_entries(membership))
    assert [e.action for e in entries] == ["wagtail.create", "wagtail.edit"]
    for entry in entries:
        _assert_recent_by(entry, demo.user("editor"))


def test_a_subscription_created_in_the_admin_is_logged(demo, editor):
    person = PersonFactory()
    form = editor.get("/admin/registry/observersubscription/create/")
    data = _form_data(form, person=person.pk, network=demo.network(3).pk, started_on="2026-01-05")
    response = editor.post("/admin/registry/observersubscription/create/", data)
    assert response.status_code == 302, response.context["form"].errors
    subscription = ObserverSubscription.objects.get(person=person)
    [entry] = _entries(subscription)
    assert entry.action == "wagtail.create"
    _assert_recent_by(entry, demo.user("editor"))


def test_a_person_created_and_edited_in_the_admin_is_logged(demo, editor):
    user = UserFactory()
    form = editor.get("/admin/registry/person/create/")
    response = editor.post(
        "/admin/registry/person/create/", _form_data(form, user=user.pk, position="staff")
    )
    assert response.status_code == 302, response.context["form"].errors
    person = Person.objects.get(user=user)
    form = editor.get(f"/admin/registry/person/edit/{person.pk}/")
    response = editor.post(
        f"/admin/registry/person/edit/{person.pk}/", _form_data(form, position="deputy")
    )
    assert response.status_code == 302, response.context["form"].errors
    entries = list(_entries(person))
    assert [e.action for e in entries] == ["wagtail.create", "wagtail.edit"]
    for entry in entries:
        _assert_recent_by(entry, demo.user("editor"))


def test_a_municipality_deleted_in_the_admin_leaves_a_deletion_entry(demo, editor):
    town = MunicipalityFactory(name="Gmina Do Usunięcia")
    pk = town.pk
    response = editor.post(f"/admin/registry/municipality/delete/{pk}/")
    assert response.status_code == 302
    assert not Municipality.objects.filter(pk=pk).exists()
    entry = ModelLogEntry.objects.get(object_id=str(pk), action="wagtail.delete", label=town.name)
    _assert_recent_by(entry, demo.user("editor"))


# --- who reads the log ------------------------------------------------------------------------


@pytest.fixture
def logged_seats(demo):
    """A membership added by an editor in network 1 and one in network 2, with names that are
    easy to find on a page."""
    editor = demo.user("editor")
    seats = {}
    for number in (1, 2):
        person = PersonFactory(user__first_name="Audytowana", user__last_name=f"Sieć{number}Osoba")
        seats[number] = services.add_membership(person, demo.network(number), by=editor)
    return seats


def _history_url(membership):
    return f"/admin/registry/membership/history/{membership.pk}/"


SITE_HISTORY = "/admin/reports/site-history/"


def test_a_coordinator_reads_the_history_of_their_own_networks_seats_only(demo, logged_seats):
    coordinator = demo.client_for("coordinator")  # network 1
    own = coordinator.get(_history_url(logged_seats[1]))
    assert own.status_code == 200
    assert pl("Added to the network") in own.content.decode()
    other = coordinator.get(_history_url(logged_seats[2]), follow=True)
    assert other.redirect_chain  # to the dashboard, with "no permission"
    assert "Sieć2Osoba" not in other.content.decode()


def test_a_coordinator_finds_no_other_networks_entries_in_the_site_history(demo, logged_seats):
    coordinator = demo.client_for("coordinator")
    for url in (SITE_HISTORY, f"{SITE_HISTORY}results/", f"{SITE_HISTORY}?label=Sie%C4%87"):
        response = coordinator.get(url)
        assert response.status_code == 200
        assert "Sieć2Osoba" not in response.content.decode(), url
    export = coordinator.get(f"{SITE_HISTORY}?export=csv")
    body = b"".join(export.streaming_content) if export.streaming else export.content
    assert "Sieć2Osoba" not in body.decode()


def test_an_editor_finds_both_networks_entries_in_every_log_view(demo, logged_seats):
    editor = demo.client_for("editor")
    report = editor.get(SITE_HISTORY).content.decode()
    for number, seat in logged_seats.items():
        assert f"Sieć{number}Osoba" in report
        history = editor.get(_history_url(seat))
        assert history.status_code == 200
        assert pl("Added to the network") in history.content.decode()


def test_a_coordinator_reads_evaluation_history_of_their_network_only(demo):
    editor = demo.user("editor")
    observer = PersonFactory()
    services.subscribe_observer(demo.network(1), person=observer, by=editor)
    own = evaluations.evaluate(demo.outcomes(1), observer.user, usefulness=3, transferability=3)
    other = evaluations.evaluate(
        demo.outcomes(3), demo.user("observer"), usefulness=3, transferability=3
    )
    assert Evaluation.objects.filter(pk__in=[own.pk, other.pk]).count() == 2
    coordinator = demo.client_for("coordinator")
    assert coordinator.get(f"/admin/outcomes/evaluation/history/{own.pk}/").status_code == 200
    response = coordinator.get(f"/admin/outcomes/evaluation/history/{other.pk}/", follow=True)
    assert response.redirect_chain
    assert "Evaluated" not in response.content.decode()
