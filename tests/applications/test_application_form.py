"""The public form: every field checked with its input kept, the leaders rule, duplicates,
honeypot and flood, the confirmation and the status page (issue 11, point 1)."""

import re
from urllib.parse import urlsplit

from django.core import mail
from django.test import Client

import pytest

from tests.polish import english, pl
from workspaces.applications.models import (
    MOTIVATION_MAX_LENGTH,
    MOTIVATION_MIN_LENGTH,
    Application,
    ApplicationKind,
)

from .helpers import GOOD_MOTIVATION, form_data, mails_to, post_application, stored

ADDRESS = "z.nowak@wolow.example.org"


@pytest.fixture
def digital(demo):
    return demo.network(1)


@pytest.mark.parametrize(
    "field,value",
    [
        ("networks", []),
        ("networks", ["999999"]),
        ("kind", ""),
        ("kind", "boss"),
        ("municipality", "999999"),
        ("town_name", ""),  # neither a town from the list nor a new one
        ("town_name", "W" * 121),
        ("voivodeship", "atlantis"),
        ("voivodeship", ""),  # a new town without its voivodeship
        ("first_name", ""),
        ("first_name", "Zofia2"),
        ("first_name", "<script>"),
        ("last_name", ""),
        ("last_name", "x" * 151),
        ("email", ""),
        ("email", "not-an-address"),
        ("position", ""),
        ("position", "king"),
        ("motivation", ""),
        ("motivation", "Too short."),
        ("motivation", "x" * 3001),
        ("privacy", ""),
    ],
)
def test_bad_input_in_any_field_is_refused_with_its_error_and_nothing_is_stored(
    demo, digital, field, value, django_capture_on_commit_callbacks
):
    data = form_data(digital, **{field: value})
    if field == "privacy":
        del data["privacy"]
    response = post_application(Client(), data, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    form = response.context["application_form"]
    shown_on = "municipality" if (field, value) == ("town_name", "") else field
    assert form.errors.get(shown_on), form.errors
    assert f'id="id_{shown_on}_error"' in response.text  # the error sits by its field
    assert not stored().exists()
    assert mails_to(ADDRESS) == []


def test_input_is_kept_when_the_form_comes_back_with_an_error(
    demo, digital, django_capture_on_commit_callbacks
):
    data = form_data(digital, email="wrong", motivation=GOOD_MOTIVATION)
    response = post_application(Client(), data, django_capture_on_commit_callbacks)
    assert 'value="Nowak-Kos"' in response.text
    assert GOOD_MOTIVATION in response.text
    assert re.search(rf'value="{digital.pk}"[^>]*checked', response.text)


def test_a_town_both_chosen_and_typed_is_refused(demo, digital, django_capture_on_commit_callbacks):
    town = demo.user("member").person.municipality
    data = form_data(digital, municipality=town.pk)
    response = post_application(Client(), data, django_capture_on_commit_callbacks)
    assert response.context["application_form"].errors["town_name"]
    assert not stored().exists()


def test_one_form_files_one_application_per_network_and_one_confirmation(
    demo, digital, django_capture_on_commit_callbacks
):
    data = form_data(digital, demo.network(3), kind="observer")
    response = post_application(Client(), data, django_capture_on_commit_callbacks)
    assert response.status_code == 302 and response.url == "/zgloszenia/wyslano/"
    filed = stored()
    assert sorted(filed.values_list("network__number", flat=True)) == [1, 3]
    assert {a.kind for a in filed} == {ApplicationKind.OBSERVER}
    assert all(a.is_pending and a.town == "Wołów" and a.language == "pl" for a in filed)
    (confirmation,) = mails_to(ADDRESS)
    assert "MIASTO CYFROWE" in confirmation.body and "MIASTO OBYWATELI" in confirmation.body
    assert len(mail.outbox) == 1


def test_the_confirmation_links_to_a_status_page_showing_only_that_addresses_applications(
    demo, digital, django_capture_on_commit_callbacks
):
    post_application(Client(), form_data(digital), django_capture_on_commit_callbacks)
    (confirmation,) = mails_to(ADDRESS)
    link = re.search(r"https?://\S+/zgloszenia/status/\S+/", confirmation.body).group(0)
    page = Client().get(urlsplit(link).path)
    assert page.status_code == 200
    assert "MIASTO CYFROWE" in page.text and "Wołów" in page.text
    assert "Kutno" not in page.text  # the demo's other applicant
    tampered = link.rstrip("/")[:-3] + "abc/"
    assert Client().get(urlsplit(tampered).path).status_code == 404


def test_a_new_town_that_the_registry_has_is_that_town(
    demo, digital, django_capture_on_commit_callbacks
):
    town = demo.user("member").person.municipality
    data = form_data(digital, town_name=town.name.upper(), voivodeship=town.voivodeship)
    post_application(Client(), data, django_capture_on_commit_callbacks)
    (application,) = stored()
    assert application.municipality == town and application.town_name == ""


def test_a_pending_duplicate_is_refused(demo, digital, django_capture_on_commit_callbacks):
    client = Client()
    post_application(client, form_data(digital), django_capture_on_commit_callbacks)
    mail.outbox.clear()
    again = form_data(digital, email=ADDRESS.upper())
    response = post_application(client, again, django_capture_on_commit_callbacks)
    assert response.status_code == 200
    errors = " ".join(response.context["application_form"].errors["networks"])
    assert errors == pl(
        "An application from this address to %(network)s is already waiting for a decision."
    ) % {"network": digital.title}
    assert stored().count() == 1 and mail.outbox == []


def test_after_a_decision_the_same_person_may_apply_again(
    demo, digital, django_capture_on_commit_callbacks
):
    client = Client()
    post_application(client, form_data(digital), django_capture_on_commit_callbacks)
    stored().update(status="rejected")
    response = post_application(client, form_data(digital), django_capture_on_commit_callbacks)
    assert response.status_code == 302 and stored().count() == 2


def test_the_leaders_network_refuses_staff(demo, django_capture_on_commit_callbacks):
    leaders = demo.network(8)
    response = post_application(
        Client(), form_data(leaders, position="staff"), django_capture_on_commit_callbacks
    )
    assert response.context["application_form"].errors["position"]
    assert not stored().exists()


def test_the_leaders_network_refuses_observers_even_mayors(
    demo, django_capture_on_commit_callbacks
):
    leaders = demo.network(8)
    data = form_data(leaders, position="mayor", kind="observer")
    response = post_application(Client(), data, django_capture_on_commit_callbacks)
    assert response.context["application_form"].errors["kind"]
    assert not stored().exists()


@pytest.mark.parametrize("position", ["mayor", "president", "deputy"])
def test_the_leaders_network_takes_mayors_presidents_and_deputies(
    demo, position, django_capture_on_commit_callbacks
):
    data = form_data(demo.network(8), position=position)
    response = post_application(Client(), data, django_capture_on_commit_callbacks)
    assert response.status_code == 302 and stored().count() == 1


def test_a_filled_honeypot_stores_and_sends_nothing_but_looks_like_success(
    demo, digital, django_capture_on_commit_callbacks
):
    data = form_data(digital, website="http://spam.example")
    response = post_application(Client(), data, django_capture_on_commit_callbacks)
    assert response.status_code == 302
    assert not stored().exists() and mail.outbox == []


def test_a_flood_from_one_address_is_stopped(demo, settings, django_capture_on_commit_callbacks):
    settings.APPLICATION_RATE_LIMIT_PER_HOUR = 2
    for number in (1, 2):
        client = Client(REMOTE_ADDR=f"10.0.0.{number}")
        data = form_data(demo.network(number))
        assert post_application(client, data, django_capture_on_commit_callbacks).status_code == 302
    client = Client(REMOTE_ADDR="10.0.0.3")
    response = post_application(
        client, form_data(demo.network(4)), django_capture_on_commit_callbacks
    )
    assert response.status_code == 429
    assert pl("Too many applications were sent from here. Try again in an hour.") in response.text
    assert stored().count() == 2


def test_a_flood_from_one_ip_is_stopped(demo, settings, django_capture_on_commit_callbacks):
    settings.APPLICATION_RATE_LIMIT_PER_HOUR = 2
    client = Client(REMOTE_ADDR="10.0.0.9")
    for number in (1, 2):
        data = form_data(demo.network(number), email=f"person{number}@wolow.example.org")
        assert post_application(client, data, django_capture_on_commit_callbacks).status_code == 302
    data = form_data(demo.network(4), email="person3@wolow.example.org")
    response = post_application(client, data, django_capture_on_commit_callbacks)
    assert response.status_code == 429
    assert not Application.objects.filter(email="person3@wolow.example.org").exists()


def test_the_join_page_and_each_network_landing_carry_the_form(demo):
    join = Client().get("/jak-dolaczyc/")
    assert join.status_code == 200
    assert 'action="/zgloszenia/"' in join.text and 'href="/ochrona-danych/"' in join.text
    civic = demo.network(3)
    landing = Client().get(civic.url)
    assert re.search(rf'value="{civic.pk}"[^>]*checked', landing.text)


def test_a_signed_in_person_finds_their_data_filled_in(demo):
    client = demo.client_for("observer")
    response = client.get("/jak-dolaczyc/")
    form = response.context["application_form"]
    observer = demo.user("observer")
    assert form.initial["email"] == observer.email
    assert form.initial["last_name"] == "Mazur"
    assert form.initial["municipality"] == observer.person.municipality_id
    assert 'value="Mazur"' in response.text


def test_a_signed_in_applicant_sees_their_applications_status_on_the_home_page(
    demo, django_capture_on_commit_callbacks
):
    client = demo.client_for("observer")
    observer = demo.user("observer")
    data = form_data(
        demo.network(5), first_name="Ewa", last_name="Mazur", email=observer.email,
        town_name="", voivodeship="", municipality=observer.person.municipality_id,
    )  # fmt: skip
    assert post_application(client, data, django_capture_on_commit_callbacks).status_code == 302
    assert Application.objects.get(email=observer.email).user == observer
    home = client.get("/")
    assert pl("My applications") in home.text and "MIASTO PRZEDSIĘBIORCZE" in home.text
    assert pl("My applications") not in Client().get("/").text


def test_the_confirmation_is_written_in_the_language_the_applicant_used(
    demo, digital, django_capture_on_commit_callbacks
):
    post_application(
        Client(), form_data(digital), django_capture_on_commit_callbacks, english("/zgloszenia/")
    )
    (application,) = stored()
    assert application.language == "en"
    (confirmation,) = mails_to(ADDRESS)
    assert "DIGITAL CITIES AND TOWNS" in confirmation.body


def test_the_form_speaks_the_readers_language_in_every_hint(demo):
    """The motivation's length hint used to be formatted once, at start-up, in Polish."""
    limits = {"min": MOTIVATION_MIN_LENGTH, "max": MOTIVATION_MAX_LENGTH}
    hint = f"Between {limits['min']} and {limits['max']} characters."
    assert hint in Client().get(english("/jak-dolaczyc/")).text
    polish_hint = pl("Between %(min)s and %(max)s characters.") % limits
    assert polish_hint != hint and polish_hint in Client().get("/jak-dolaczyc/").text


def test_a_member_cannot_apply_to_their_own_network_by_any_form(
    demo, digital, django_capture_on_commit_callbacks
):
    """The landing page hides the form from those who take part; posting to the form from
    "Jak dołączyć" is refused too, with nothing stored."""
    member = demo.client_for("member")  # a member of MIASTO CYFROWE
    response = post_application(member, form_data(digital), django_capture_on_commit_callbacks)
    assert response.status_code == 200
    errors = " ".join(response.context["application_form"].errors["networks"])
    assert pl("You already take part in %(network)s.") % {"network": digital.title} in errors
    assert stored().count() == 0
