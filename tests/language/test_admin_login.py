"""The admin's sign-in page in Polish (issue 13): Wagtail's own form left "Password" in
English; ours (home/admin_login.py) labels it in the reader's language."""

import re

from django.test import Client
from django.urls import reverse

import pytest

from tests.polish import pl

FORM = "home.admin_login.AdminLoginForm"


@pytest.fixture
def our_login_form(polish_first):
    polish_first.WAGTAILADMIN_USER_LOGIN_FORM = FORM
    return polish_first


def test_the_admin_sign_in_page_labels_the_password_in_polish(demo, our_login_form):
    html = Client().get(reverse("wagtailadmin_login")).content.decode()
    assert pl("Password") != "Password"  # the catalogue has it
    label = r'>\s*{}<span class="w-required-mark">'
    assert re.search(label.format(re.escape(pl("Password"))), html)
    assert not re.search(label.format("Password"), html)


def test_editors_still_sign_in_with_it(demo, our_login_form):
    client = Client()
    response = client.post(
        reverse("wagtailadmin_login"), {"username": "editor", "password": "demo12345"}
    )
    assert response.status_code == 302
    assert client.get(reverse("wagtailadmin_home")).status_code == 200
