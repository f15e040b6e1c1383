"""Logins resist guessing (issue 8): after a few wrong passwords for one account, or from one
address, the right password is refused for a while – on the site's login and the admin's –
with a page that says why and until when; editors lift a lock from the admin; a forgotten
password is reset from the site's login page; an empty form says what is missing."""

import re
from datetime import timedelta

from django.core import mail
from django.db.models import F
from django.test import Client, override_settings
from django.utils import translation
from django.utils.html import escape

import pytest
from axes.models import AccessAttempt

from tests.polish import english, pl

SITE_LOGIN = "/konto/logowanie/"
ADMIN_LOGIN = "/admin/login/"
LOCKS = "/admin/blokady-logowania/"
PASSWORD = "demo12345"  # every demo account's (README)
LIMIT = 5


def sign_in(client, url, username, password, address="127.0.0.1", **extra):
    """A sign-in in English, so that the messages read as the assertions below spell them
    (the admin's login has no English address: it speaks Polish, `assert_locked_out`)."""
    return client.post(
        english(url),
        {"username": username, "password": password},
        REMOTE_ADDR=address,
        **extra,
    )


def signed_in(response):
    return "_auth_user_id" in response.client.session


def assert_told_the_password_is_wrong(response):
    """The login form again, saying why, and free to try again."""
    assert response.status_code == 200
    assert not signed_in(response)
    with translation.override(response["Content-Language"]):  # the page's language
        errors = [str(error) for error in response.context["form"].non_field_errors()]
    html = response.content.decode()
    assert errors and all(escape(error) in html for error in errors)


def assert_locked_out(response):
    assert response.status_code == 429
    assert not signed_in(response)
    html = response.content.decode()
    if response["Content-Language"] == "en":  # the site's login, asked at its English address
        assert "Sign-in temporarily locked" in html
        assert "You can try again in 30 minutes" in html
        assert 'href="/en/konto/haslo/"' in html
        assert "Association of Polish Cities" in html
    else:  # the admin's login: no language in its address, so Polish
        assert pl("Sign-in temporarily locked") in html
        assert 'href="/konto/haslo/"' in html
        assert pl("Association of Polish Cities") in html
    assert response["Retry-After"] == str(30 * 60)


def fail(client, url, username, times=LIMIT, address="127.0.0.1"):
    for _ in range(times):
        response = sign_in(client, url, username, "not-the-password", address=address)
    return response


# --- the lock --------------------------------------------------------------------------------


@pytest.mark.parametrize("url", [SITE_LOGIN, ADMIN_LOGIN])
def test_right_password_is_refused_after_five_wrong_ones(demo, url):
    client = Client()
    for attempt in range(1, LIMIT):
        response = sign_in(client, url, "editor", "not-the-password", address=f"10.0.0.{attempt}")
        assert_told_the_password_is_wrong(response)
    assert_locked_out(fail(client, url, "editor", times=1, address="10.0.0.99"))
    # From yet another address too: the account itself is locked, not only the addresses.
    assert_locked_out(sign_in(client, url, "editor", PASSWORD, address="10.0.1.1"))


def test_lock_on_the_site_login_holds_on_the_admin_login(demo):
    client = Client()
    fail(client, SITE_LOGIN, "editor")
    assert_locked_out(sign_in(client, ADMIN_LOGIN, "editor", PASSWORD))


def test_one_address_guessing_many_accounts_is_locked_out(demo):
    client = Client()
    for username in ["member", "observer", "mayor", "coordinator", "no-such-user"]:
        response = fail(client, SITE_LOGIN, username, times=1, address="198.51.100.7")
    assert_locked_out(response)
    assert_locked_out(sign_in(client, SITE_LOGIN, "editor", PASSWORD, address="198.51.100.7"))
    # Those accounts are not locked for everybody else.
    response = sign_in(Client(), SITE_LOGIN, "member", PASSWORD, address="198.51.100.8")
    assert response.status_code == 302
    assert signed_in(response)


def test_lock_lifts_after_the_cool_off(demo):
    client = Client()
    fail(client, SITE_LOGIN, "member")
    assert_locked_out(sign_in(client, SITE_LOGIN, "member", PASSWORD))
    AccessAttempt.objects.update(attempt_time=F("attempt_time") - timedelta(minutes=31))
    response = sign_in(client, SITE_LOGIN, "member", PASSWORD)
    assert response.status_code == 302
    assert signed_in(response)


def test_signing_in_forgets_ones_own_mistakes(demo):
    client = Client()
    fail(client, SITE_LOGIN, "member", times=LIMIT - 1)
    assert signed_in(sign_in(client, SITE_LOGIN, "member", PASSWORD))
    client = Client()
    response = fail(client, SITE_LOGIN, "member", times=LIMIT - 1)
    assert_told_the_password_is_wrong(response)
    assert signed_in(sign_in(client, SITE_LOGIN, "member", PASSWORD))


def test_signing_in_to_ones_own_account_does_not_forgive_guesses_at_another(demo):
    """Axes' AXES_RESET_ON_SUCCESS would clear every failure from the address."""
    guesser = Client()
    fail(guesser, SITE_LOGIN, "editor", times=LIMIT - 1, address="192.0.2.10")
    assert signed_in(sign_in(guesser, SITE_LOGIN, "member", PASSWORD, address="192.0.2.10"))
    assert_locked_out(fail(Client(), SITE_LOGIN, "editor", times=1, address="192.0.2.10"))


@override_settings(AXES_CLIENT_IP_CALLABLE="home.lockouts.client_ip_behind_proxy")
def test_behind_the_proxy_the_client_address_is_counted_not_the_proxys(demo):
    proxy = "10.0.0.1"

    def through_proxy(username, password, forwarded):
        return sign_in(
            Client(), SITE_LOGIN, username, password, address=proxy, HTTP_X_FORWARDED_FOR=forwarded
        )

    for username in ["member", "observer", "mayor", "coordinator", "nobody"]:
        through_proxy(username, "not-the-password", "203.0.113.7")
    # What the client claims left of the proxy's entry changes nothing.
    assert_locked_out(through_proxy("editor", PASSWORD, "198.51.100.1, 203.0.113.7"))
    # Another client behind the same proxy signs in.
    assert signed_in(through_proxy("editor", PASSWORD, "203.0.113.8"))
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {"203.0.113.7"}


# --- editors lift a lock -------------------------------------------------------------------


def test_editor_sees_and_lifts_a_locked_account(demo):
    fail(Client(), SITE_LOGIN, "member")
    editor = demo.client_for("editor")
    html = editor.get(LOCKS).content.decode()
    assert 'name="value" value="member"' in html
    assert 'name="value" value="127.0.0.1"' in html

    response = editor.post(LOCKS, {"kind": "username", "value": "member"}, follow=True)
    assert response.status_code == 200
    assert 'name="value" value="member"' not in response.content.decode()
    response = sign_in(Client(), SITE_LOGIN, "member", PASSWORD)
    assert response.status_code == 302
    assert signed_in(response)


def test_editor_lifts_a_locked_address(demo):
    client = Client()
    for username in ["a", "b", "c", "d", "e"]:
        fail(client, SITE_LOGIN, username, times=1, address="198.51.100.20")
    assert_locked_out(sign_in(client, SITE_LOGIN, "member", PASSWORD, address="198.51.100.20"))

    demo.client_for("editor").post(LOCKS, {"kind": "ip_address", "value": "198.51.100.20"})
    assert signed_in(sign_in(client, SITE_LOGIN, "member", PASSWORD, address="198.51.100.20"))


def test_unlock_needs_a_post_with_csrf(demo):
    fail(Client(), SITE_LOGIN, "member")
    editor = Client(enforce_csrf_checks=True)
    editor.force_login(demo.user("editor"))
    assert editor.post(LOCKS, {"kind": "username", "value": "member"}).status_code == 403
    assert AccessAttempt.objects.filter(username="member").exists()


@pytest.mark.parametrize("username", ["coordinator", "member", None])
def test_only_editors_reach_the_locks(demo, username):
    """The coordinator has the admin but is no editor: Wagtail turns the refusal into a
    redirect to the dashboard with a message; the others are sent to the admin's login."""
    fail(Client(), SITE_LOGIN, "observer")
    client = demo.client_for(username)
    for response in (
        client.get(LOCKS),
        client.post(LOCKS, {"kind": "username", "value": "observer"}),
    ):
        assert response.status_code == 302
        expected = "/admin/" if username == "coordinator" else ADMIN_LOGIN
        assert response["Location"].split("?")[0] == expected
    assert AccessAttempt.objects.filter(username="observer").exists()


@pytest.mark.parametrize("username,shown", [("editor", True), ("coordinator", False)])
def test_menu_shows_the_locks_to_editors_only(demo, username, shown):
    html = demo.client_for(username).get("/admin/").content.decode()
    assert (LOCKS in html) is shown


# --- the login form and the forgotten password ---------------------------------------------


def test_empty_login_form_says_both_fields_are_required(demo):
    response = sign_in(Client(), SITE_LOGIN, "", "")
    html = response.content.decode()
    # By each of the two fields, and again in the summary above the form.
    assert html.count("This field is required.") == 4
    for field in ("username", "password"):
        error_id = f"id_{field}_error"
        control = re.search(rf'<input[^>]*\bid="id_{field}"[^>]*>', html).group(0)
        assert f'aria-describedby="{error_id}"' in control and 'aria-invalid="true"' in control
        assert re.search(rf'class="error-message" id="{error_id}">.*This field is required.', html)
        assert f'href="#id_{field}"' in html  # the summary above the form leads to the field
    assert 'class="error-summary" role="alert"' in html


def test_login_page_links_to_the_password_reset(demo):
    html = Client().get(english(SITE_LOGIN)).content.decode()
    assert '<a href="/en/konto/haslo/">Forgot your password?</a>' in html


def reset_link(message):
    return re.search(r"https?://testserver(/konto/haslo/\S+/\S+/)", message.body).group(1)


def test_password_reset_sends_a_working_link(demo):
    client = Client()
    response = client.post("/konto/haslo/", {"email": "member@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/konto/haslo/wyslano/"
    [message] = mail.outbox
    assert message.to == ["member@example.org"]
    link = reset_link(message)
    assert link in message.alternatives[0][0]  # an HTML part with the same link

    form_page = client.get(link, follow=True)
    assert form_page.context["validlink"]
    response = client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "Nowe-haslo-2026!", "new_password2": "Nowe-haslo-2026!"},
    )
    assert response["Location"] == "/konto/haslo/zmienione/"
    assert signed_in(sign_in(Client(), SITE_LOGIN, "member", "Nowe-haslo-2026!"))
    assert not client.get(link, follow=True).context["validlink"]  # used once


@pytest.mark.parametrize(
    "language,asked_in,expected",
    [("pl", "en", "Sieci Wymiany Doświadczeń"), ("en", "pl", "Experience Exchange Networks")],
)
def test_reset_email_speaks_the_persons_language(demo, language, asked_in, expected):
    person = demo.user("member").person
    person.language = language
    person.save()
    address = english("/konto/haslo/") if asked_in == "en" else "/konto/haslo/"
    Client().post(address, {"email": "member@example.org"})
    assert expected in mail.outbox[0].body


def test_resetting_the_password_lifts_the_accounts_lock(demo):
    fail(Client(), SITE_LOGIN, "member")
    client = Client()
    client.post("/konto/haslo/", {"email": "member@example.org"})
    form_page = client.get(reset_link(mail.outbox[0]), follow=True)
    client.post(
        form_page.redirect_chain[-1][0],
        {"new_password1": "Nowe-haslo-2026!", "new_password2": "Nowe-haslo-2026!"},
    )
    assert signed_in(sign_in(Client(), SITE_LOGIN, "member", "Nowe-haslo-2026!"))
