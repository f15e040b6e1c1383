"""An empty or wrong sign-in says what is wrong, in the reader's language (issue 13: "an empty
login form shows no message")."""

from django.test import Client
from django.urls import reverse

from tests.polish import pl

from .pages import soup


def _sign_in(**data):
    client = Client()
    client.cookies.load({"django_language": "pl"})
    return client.post(reverse("login"), {"username": "", "password": "", **data})


def test_an_empty_sign_in_lists_both_fields_above_the_form_and_by_each_field(demo):
    document = soup(_sign_in())
    summary = document.select_one("main .error-summary")
    assert summary.find("h2").get_text(strip=True) == pl("Please correct the following")
    assert [a["href"] for a in summary.select("a")] == ["#id_username", "#id_password"]
    for field in ("username", "password"):
        error = document.select_one(f"#id_{field}_error")
        assert pl("This field is required.") in error.get_text()
        assert "field-error" in error.find_parent(class_="field")["class"]


def test_a_wrong_password_is_said_in_the_summary_and_the_user_name_kept(demo):
    document = soup(_sign_in(username="member", password="wrong"))
    summary = document.select_one("main .error-summary")
    assert summary is not None and summary.select("li")
    assert document.select_one("#id_username")["value"] == "member"
    assert not document.select_one("#id_password").get("value")  # a password is never echoed
