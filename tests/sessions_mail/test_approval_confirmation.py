"""Approving minutes locks them for good, so the coordinator confirms it – a required checkbox
on the session page, a confirmation page if it is missing – and is told it is done."""

from django.urls import reverse

import pytest

from workspaces.sessions import minutes
from workspaces.sessions.models import MinutesStatus, SessionPage


@pytest.fixture
def circulated(demo):
    for session in SessionPage.objects.child_of(demo.workspace(1)).order_by("number"):
        if minutes.minutes_record(session).status == MinutesStatus.CIRCULATED:
            return session
    raise AssertionError("no circulated minutes in network 1")


def _url(session):
    return reverse("approve_minutes", args=[session.pk])


def test_the_session_page_asks_for_the_tick_before_the_irreversible_button(demo, circulated):
    html = demo.client_for("coordinator").get(circulated.url).content.decode()
    form = html[html.index(f'action="{_url(circulated)}"') :]
    form = form[: form.index("</form>")]
    assert 'type="checkbox" name="understood"' in form
    assert "required" in form
    assert 'class="button button-warning"' in form
    assert "notice-warning" in form
    assert "onclick" not in html and "onsubmit" not in html  # no script: works under the CSP


def test_without_the_tick_nothing_is_locked_and_the_reason_is_shown(demo, circulated):
    response = demo.client_for("coordinator").post(_url(circulated), {})
    assert response.status_code == 200
    assert minutes.minutes_record(circulated).status == MinutesStatus.CIRCULATED
    html = response.content.decode()
    assert 'class="error-summary"' in html and 'href="#id_understood"' in html
    assert 'aria-invalid="true"' in html or "field-error" in html


def test_with_the_tick_the_minutes_are_locked_and_a_success_message_follows(demo, circulated):
    client = demo.client_for("coordinator")
    response = client.post(_url(circulated), {"understood": "on"}, follow=True)
    assert response.redirect_chain[-1][0] == circulated.url
    assert minutes.minutes_record(circulated).status == MinutesStatus.APPROVED
    shown = [str(m) for m in response.context["messages"]]
    assert len(shown) == 1 and shown[0]
    assert shown[0] in response.content.decode()
    assert f'action="{_url(circulated)}"' not in response.content.decode()


def test_the_confirmation_page_explains_and_asks(demo, circulated):
    response = demo.client_for("coordinator").get(_url(circulated))
    assert response.status_code == 200
    html = response.content.decode()
    assert 'name="understood"' in html and circulated.heading in html
    assert f'href="{circulated.url}"' in html  # a way back without approving


def test_members_may_not_approve_even_with_the_tick(demo, circulated):
    response = demo.client_for("member").post(_url(circulated), {"understood": "on"})
    assert response.status_code == 403
    assert minutes.minutes_record(circulated).status == MinutesStatus.CIRCULATED


def test_already_approved_minutes_offer_no_form(demo):
    session = SessionPage.objects.child_of(demo.workspace(1)).get(number=1)
    html = demo.client_for("coordinator").get(_url(session)).content.decode()
    assert 'name="understood"' not in html
