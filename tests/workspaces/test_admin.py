"""The Wagtail admin works for every page type and registry list an editor uses."""

import pytest

from workspaces.models import SessionPage


@pytest.fixture
def editor(demo):
    return demo.client_for("editor")


def test_editor_opens_the_edit_form_of_each_network_page_type(demo, editor):
    session = SessionPage.objects.child_of(demo.workspace(1)).first()
    for page in (demo.network(1), demo.workspace(1), session, demo.outcome_index(3),
                 demo.outcomes(3)):  # fmt: skip
        response = editor.get(f"/admin/pages/{page.pk}/edit/")
        assert response.status_code == 200, page


def test_editor_opens_the_create_forms_for_sessions_and_outcomes(demo, editor):
    workspace, index = demo.workspace(1), demo.outcome_index(1)
    assert editor.get(f"/admin/pages/add/workspaces/sessionpage/{workspace.pk}/").status_code == 200
    response = editor.get(f"/admin/pages/add/workspaces/outcomepage/{index.pk}/")
    assert response.status_code == 200
    # Only this network's sessions are offered as the outcome's sources.
    html = response.content.decode()
    other = SessionPage.objects.child_of(demo.workspace(3)).first()
    assert f'value="{other.pk}"' not in html


@pytest.mark.parametrize(
    "model", ["municipality", "person", "membership", "observersubscription", "evaluation",
              "notification"],
)  # fmt: skip
def test_editor_lists_the_registry(demo, editor, model):
    assert editor.get(f"/admin/workspaces/{model}/").status_code == 200


def test_coordinator_cannot_list_the_registry(demo):
    response = demo.client_for("coordinator").get("/admin/workspaces/membership/")
    assert response.status_code in (302, 403)
