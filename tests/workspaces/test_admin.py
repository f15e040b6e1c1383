"""The Wagtail admin works for every page type and registry list an editor uses."""

import re

from django.utils.html import escape

import pytest

from workspaces.outcomes.models import Evaluation
from workspaces.registry.models import Membership
from workspaces.sessions.models import SessionPage


@pytest.fixture
def editor(demo):
    return demo.client_for("editor")


def test_editor_opens_the_edit_form_of_each_network_page_type(demo, editor):
    session = SessionPage.objects.child_of(demo.workspace(1)).first()
    for page in (demo.network(1), demo.workspace(1), session, demo.outcome_index(3),
                 demo.outcomes(3)):  # fmt: skip
        response = editor.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page
        # The form holds the page as saved.
        assert f'name="title" value="{escape(page.title)}"' in response.content.decode(), page


def test_editor_opens_the_create_forms_for_sessions_and_outcomes(demo, editor):
    workspace, index = demo.workspace(1), demo.outcome_index(1)
    assert (
        editor.get(f"/admin/pages/add/network_sessions/sessionpage/{workspace.pk}/").status_code
        == 200
    )
    response = editor.get(f"/admin/pages/add/outcomes/outcomepage/{index.pk}/")
    assert response.status_code == 200
    # Only this network's sessions are offered as the outcome's sources.
    html = response.content.decode()
    other = SessionPage.objects.child_of(demo.workspace(3)).first()
    assert f'value="{other.pk}"' not in html


# The app label of each registry list in the admin (the "Networks registry" menu).
ROOM_OF = {
    "municipality": "registry",
    "person": "registry",
    "membership": "registry",
    "observersubscription": "registry",
    "evaluation": "outcomes",
    "notification": "notifications",
}


def _list_url(model):
    return f"/admin/{ROOM_OF[model]}/{model}/"


@pytest.mark.parametrize(
    "model", ["municipality", "person", "membership", "observersubscription", "evaluation",
              "notification"],
)  # fmt: skip
def test_editor_lists_the_registry(demo, editor, model):
    response = editor.get(_list_url(model))
    assert response.status_code == 200
    every = response.context["view"].model.objects.all()
    assert response.context["paginator"].count == every.count()  # editors see every row
    shown = response.context["object_list"]
    assert len(shown) == min(every.count(), response.context["paginator"].per_page)
    html = response.content.decode()
    for row in shown:  # each with a link to open it
        assert re.search(rf'href="{_list_url(model)}(edit|inspect)/{row.pk}/"', html), row


def _listed(client, model):
    response = client.get(_list_url(model))
    assert response.status_code == 200
    return response.context["view"].queryset


@pytest.mark.parametrize("model", ["membership", "observersubscription"])
def test_coordinator_reads_only_their_networks_registry(demo, model):
    """SPEC §4, last row: memberships and the rest – coordinator of N: N's only."""
    listed = _listed(demo.client_for("coordinator"), model)
    everything = _listed(demo.client_for("editor"), model)
    assert listed.count() == everything.filter(network=demo.network(1)).count() > 0
    assert set(listed.values_list("network", flat=True)) == {demo.network(1).pk}


def test_coordinator_reads_only_their_networks_evaluations(demo):
    network = demo.network(1)
    listed = _listed(demo.client_for("coordinator"), "evaluation")
    ours = Evaluation.objects.filter(outcome__path__startswith=network.path)
    assert set(listed) == set(ours) and ours.exists()
    other = Evaluation.objects.exclude(pk__in=ours).first()
    client = demo.client_for("coordinator")
    inspected = client.get(f"/admin/outcomes/evaluation/inspect/{ours.first().pk}/")
    assert inspected.status_code == 200
    assert escape(str(ours.first())) in inspected.content.decode()
    assert client.get(f"/admin/outcomes/evaluation/inspect/{other.pk}/").status_code in (302, 403)


def test_coordinators_only_read_the_registry(demo):
    client = demo.client_for("coordinator")
    membership = Membership.objects.filter(network=demo.network(1)).first()
    assert client.get(f"/admin/registry/membership/edit/{membership.pk}/").status_code in (
        302,
        403,
    )
    assert client.get("/admin/registry/membership/create/").status_code in (302, 403)
    for model in ("municipality", "person", "notification"):
        assert client.get(_list_url(model)).status_code in (302, 403), model


@pytest.mark.parametrize("username", ["member", "observer", "mayor"])
def test_no_one_else_reads_the_registry(demo, username):
    response = demo.client_for(username).get("/admin/registry/membership/")
    assert response.status_code in (302, 403)


def test_a_coordinator_who_steps_down_no_longer_reads_it(demo):
    from workspaces.registry import services

    coordinator = demo.user("coordinator")
    for membership in Membership.objects.filter(person__user=coordinator, ended_on=None):
        services.end_period(membership)
    response = demo.client_for("coordinator").get("/admin/registry/membership/")
    assert response.status_code in (302, 403)


@pytest.mark.parametrize("username", ["coordinator", "editor"])
def test_lists_take_only_the_filters_they_show(demo, username):
    """Any other query parameter would be a database lookup: from rows one may see to others,
    or to a password hash."""
    client = demo.client_for(username)
    leaders = demo.network(8).pk
    for url in (
        f"/admin/registry/membership/?person__memberships__network={leaders}",
        "/admin/outcomes/evaluation/?evaluator__password__startswith=md5",
    ):
        assert client.get(url).status_code == 400, url
    # The filters on show still work, as do search and ordering.
    shown_filter = f"/admin/registry/membership/?network__page_ptr__exact={leaders}&q=a&o=1"
    assert client.get(shown_filter).status_code == 200


def test_history_pages_follow_the_same_scope(demo):
    client = demo.client_for("coordinator")
    ours = Membership.objects.filter(network=demo.network(1)).first()
    theirs = Membership.objects.filter(network=demo.network(8)).first()
    history = client.get(f"/admin/registry/membership/history/{ours.pk}/")
    assert history.status_code == 200
    assert escape(str(ours)) in history.content.decode()
    refused = (302, 403)  # Wagtail's admin turns a refusal into a redirect with a message
    assert client.get(f"/admin/registry/membership/history/{theirs.pk}/").status_code in refused
    person = theirs.person
    assert client.get(f"/admin/registry/person/history/{person.pk}/").status_code in refused


def test_coordinators_hold_no_model_permission_on_the_registry(demo):
    """Wagtail's site-history report lists every record of a model one has any permission on;
    the access module, not a permission, lets coordinators read their network's rows."""
    coordinator = demo.user("coordinator")
    for model in ("membership", "observersubscription", "evaluation"):
        assert not coordinator.has_perm(f"{ROOM_OF[model]}.view_{model}")


@pytest.mark.parametrize("username", ["coordinator", "editor"])
@pytest.mark.parametrize("model", ["membership", "observersubscription", "evaluation"])
def test_registry_lists_cost_the_same_whatever_the_rows(
    demo, django_assert_max_num_queries, username, model
):
    """The scope is worked out once per request and each row's relations come with it
    (an editor's membership list took 716 queries before)."""
    client = demo.client_for(username)
    url = _list_url(model)
    client.get(url)
    with django_assert_max_num_queries(24):
        assert client.get(url).status_code == 200
