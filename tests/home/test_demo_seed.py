"""The demo that the README promises: networks, towns, accounts, and a safe second run."""

import io

from django.contrib.auth import authenticate
from django.core.management import call_command
from django.test import RequestFactory
from django.utils import translation

import pytest

from workspaces.access import policy as access
from workspaces.outcomes.models import OutcomeIndexPage
from workspaces.registry.demo_data import NETWORKS, TOWNS
from workspaces.registry.models import (
    Membership,
    Municipality,
    NetworkPage,
    ObserverSubscription,
    Person,
    WorkspacePage,
)

README_ACCOUNTS = ["member", "coordinator", "observer", "mayor", "editor", "admin"]


def test_eight_networks_each_with_a_workspace_and_outcomes(demo):
    networks = NetworkPage.objects.live().order_by("number")
    assert [(n.number, n.title, n.title_en) for n in networks] == [
        (number, name_pl, name_en) for number, name_pl, name_en, *_rest in NETWORKS
    ]
    for network in networks:
        assert WorkspacePage.objects.child_of(network).live().count() == 1
        assert OutcomeIndexPage.objects.child_of(network).live().count() == 1
    assert [n.number for n in networks if n.is_leaders_network] == [8]


def test_real_towns_with_their_voivodeships(demo):
    assert Municipality.objects.count() == len(TOWNS) >= 30
    assert Municipality.objects.get(name="Łomża").voivodeship == "podlaskie"
    assert Municipality.objects.get(name="Cieszyn").programme_status == "grant_winner"
    assert Municipality.objects.get(name="Legnica").programme_status != "grant_winner"


@pytest.mark.parametrize("username", README_ACCOUNTS)
def test_readme_accounts_sign_in_with_the_demo_password(demo, username):
    # A request, as the login views pass one: login throttling (django-axes) needs its address.
    request = RequestFactory().post("/konto/logowanie/")
    assert authenticate(request, username=username, password="demo12345") is not None


def test_accounts_hold_the_roles_the_readme_lists(demo):
    assert access.roles_in(demo.user("member"), demo.network(1)) == {"member"}
    assert access.roles_in(demo.user("coordinator"), demo.network(1)) == {"coordinator"}
    assert access.roles_in(demo.user("observer"), demo.network(3)) == {"observer"}
    assert access.roles_in(demo.user("mayor"), demo.network(8)) == {"member"}
    assert "editor" in access.roles_in(demo.user("editor"), demo.network(1))
    assert demo.user("admin").is_superuser
    for number in (1, 2, 4, 5, 6, 7, 8):  # the observer follows CIVIC CITIES only
        assert access.roles_in(demo.user("observer"), demo.network(number)) == set()


def test_members_span_several_networks_and_history_is_kept(demo):
    people_in_several = [
        p for p in Person.objects.all() if p.memberships.values("network").distinct().count() > 1
    ]
    assert people_in_several
    assert Membership.objects.filter(ended_on__isnull=False).exists()
    assert ObserverSubscription.objects.filter(municipality__isnull=False).exists()
    assert Person.objects.filter(position="staff", memberships__network__number=8).count() == 0


def test_every_private_page_carries_its_leak_check_sentence(demo):
    for number in range(1, 9):
        assert f"TAJNEWORKSPACE{number}" in demo.workspace(number).intro
        assert f"TAJNEOUTCOMES{number}" in demo.outcomes(number).summary


def test_second_run_adds_nothing(demo, settings):
    settings.DEBUG = True
    models = [NetworkPage, Municipality, Person, Membership, ObserverSubscription]
    before = {model: model.objects.count() for model in models}
    call_command("seed_demo")
    assert {model: model.objects.count() for model in models} == before


def test_runs_in_the_tests_whatever_debug_says(demo, settings):
    """The environment decides (`settings.ENVIRONMENT`), not DEBUG: see test_operator_safety."""
    settings.DEBUG = False
    output = io.StringIO()
    with translation.override("en"):
        call_command("seed_demo", stdout=output)
    networks = NetworkPage.objects.all()
    home = networks.first().get_parent().get_parent()
    assert f"Demo ready: {networks.count()} networks under “{home.title}”." in output.getvalue()


def test_scale_multiplies_towns_and_practices(demo, settings):
    from practices.demo import DEMO_PRACTICE_COUNT
    from practices.models import PracticePage

    settings.DEBUG = True
    call_command("seed_demo", "--scale", "2")
    assert PracticePage.objects.count() == DEMO_PRACTICE_COUNT * 2
    assert Municipality.objects.count() >= len(TOWNS) * 2
    # The added practices are members-only, like every practice until promoted.
    added = PracticePage.objects.order_by("-pk").first()
    assert demo.client_for(None).get(added.url).status_code == 302
    assert demo.client_for("member").get(added.url).status_code == 200
