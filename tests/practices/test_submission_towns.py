"""A member submits practices for the towns they represent; editors for any town."""

import datetime

from django.contrib.auth.models import AnonymousUser
from django.core.exceptions import PermissionDenied
from django.urls import reverse

import pytest
from bs4 import BeautifulSoup

from practices import rules, submissions
from practices.forms import PracticeSubmissionForm
from practices.models import PracticePage
from tests.factories.registry import MembershipFactory, MunicipalityFactory
from tests.polish import english
from workspaces.registry.models import Municipality

REFUSED = "You can submit a practice only for a town you represent"  # Polish in locale/


def _data(demo, town, title="Rowerowe szkoły"):
    return {
        "title": title,
        "town": town.pk,
        "networks": [demo.network(1).pk],
        "situation": "Dzieci dojeżdżały samochodami.",
        "solution": "Stojaki i kurs dla rodziców.",
        "results": "Co trzecie dziecko jeździ rowerem.",
        "funding_source": "own",
        "transferability": "Tak, niewielkim kosztem.",
    }


def _own_town(demo, username="member"):
    return demo.user(username).person.municipality


def _a_town_not_represented_by(user):
    return Municipality.objects.exclude(pk__in=rules.submission_towns(user)).first()


def test_a_member_submits_for_their_own_town(demo):
    town = _own_town(demo)
    response = demo.client_for("member").post(reverse("submit_practice"), _data(demo, town))
    assert response.status_code == 302
    assert PracticePage.objects.get(title="Rowerowe szkoły").town == town


def test_a_member_cannot_submit_for_another_town(demo):
    other = _a_town_not_represented_by(demo.user("member"))
    before = PracticePage.objects.count()
    response = demo.client_for("member").post(
        english(reverse("submit_practice")), _data(demo, other)
    )
    assert response.status_code == 200
    assert PracticePage.objects.count() == before
    assert response.context["form"].errors["town"]
    document = BeautifulSoup(response.content.decode(), "html.parser")
    # The message stands with the town field, in the error its select names for screen readers.
    error = document.select_one("#id_town_error")
    assert REFUSED in error.get_text()
    assert "id_town_error" in document.select_one("select#id_town")["aria-describedby"]
    assert error.find_parent(class_="field").select_one("select#id_town") is not None


def test_the_form_offers_only_the_towns_a_member_represents(demo):
    response = demo.client_for("member").get(reverse("submit_practice"))
    offered = {town.pk for town in response.context["form"].fields["town"].queryset}
    assert offered == {_own_town(demo).pk}
    assert len(response.context["form"].fields["town"].choices) == 2  # "---------" and it


def test_a_town_represented_in_a_membership_in_force_may_be_chosen(demo):
    member = demo.user("member")
    represented, former = MunicipalityFactory(), MunicipalityFactory()
    MembershipFactory(person=member.person, network=demo.network(2), municipality=represented)
    MembershipFactory(
        person=member.person,
        network=demo.network(3),
        municipality=former,
        started_on=datetime.date(2020, 1, 1),
        ended_on=datetime.date(2021, 1, 1),
    )
    towns = set(rules.submission_towns(member))
    assert towns == {_own_town(demo), represented}
    client = demo.client_for("member")
    assert client.post(reverse("submit_practice"), _data(demo, represented)).status_code == 302
    refused = client.post(english(reverse("submit_practice")), _data(demo, former, title="Inna"))
    assert refused.status_code == 200 and REFUSED in refused.content.decode()


@pytest.mark.parametrize("username", ["editor", "admin"])
def test_editors_submit_for_any_town(demo, username):
    assert rules.submission_towns(demo.user(username)).count() == Municipality.objects.count()
    town = Municipality.objects.order_by("-name").first()
    response = demo.client_for(username).post(reverse("submit_practice"), _data(demo, town))
    assert response.status_code == 302
    assert PracticePage.objects.get(title="Rowerowe szkoły").town == town


@pytest.mark.parametrize("username", ["observer", "demo-former", None])
def test_no_town_for_those_who_do_not_submit(demo, username):
    user = demo.user(username) if username else AnonymousUser()
    assert not rules.submission_towns(user).exists()


def test_the_service_refuses_another_town_too(demo):
    member = demo.user("member")
    form = PracticeSubmissionForm(_data(demo, _own_town(demo)), user=member)
    assert form.is_valid(), form.errors
    cleaned = {**form.cleaned_data, "town": _a_town_not_represented_by(member)}
    with pytest.raises(PermissionDenied):
        submissions.submit(member, cleaned)


def test_a_coordinator_submits_for_the_member_towns_of_the_network_they_run(demo):
    """Coordinators represent no town; they submit on behalf of their network's towns (SPEC §2:
    everything a member does), and for no other network's."""
    from workspaces.registry.models import Membership

    network_towns = set(
        Membership.objects.in_force()
        .filter(network=demo.network(1))
        .exclude(municipality=None)
        .values_list("municipality_id", flat=True)
    )
    offered = set(rules.submission_towns(demo.user("coordinator")).values_list("pk", flat=True))
    assert network_towns and network_towns <= offered
    only_elsewhere = Municipality.objects.exclude(pk__in=offered).first()
    assert only_elsewhere is not None
    town = Municipality.objects.get(pk=sorted(network_towns)[0])
    response = demo.client_for("coordinator").post(reverse("submit_practice"), _data(demo, town))
    assert response.status_code == 302
