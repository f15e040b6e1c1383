"""Headers that limit what a page may do in the browser: Permissions-Policy and the Content
Security Policy, on the site and in the admin; and the production language cookie."""

import json
import os
import subprocess
import sys
from pathlib import Path

from django.test import Client
from django.urls import reverse

import pytest

from practices.models import PracticeIndexPage

ROOT = Path(__file__).resolve().parents[2]
DENIED_FEATURES = ["camera", "microphone", "geolocation", "payment", "usb", "browsing-topics"]


def _directives(response):
    policy = response["Content-Security-Policy"]
    parts = [part.strip().split() for part in policy.split(";") if part.strip()]
    return {name: set(values) for name, *values in parts}


def _site_pages(demo):
    return {
        "home": (None, "/"),
        "network": (None, demo.network(1).url),
        "library": ("member", PracticeIndexPage.objects.get().url),
        "login": (None, reverse("login")),
        "not found": (None, "/nie-ma-takiej-strony/"),
    }


def _admin_pages():
    return {
        "dashboard": reverse("wagtailadmin_home"),
        "explorer": reverse("wagtailadmin_explore_root"),
        "documents": reverse("wagtaildocs:index"),
    }


def _get(demo, username, path):
    response = demo.client_for(username).get(path)
    assert response.status_code in (200, 404), path
    return response


@pytest.mark.parametrize("which", ["home", "network", "library", "login", "not found"])
def test_site_pages_deny_powerful_features(demo, which):
    username, path = _site_pages(demo)[which]
    policy = _get(demo, username, path)["Permissions-Policy"]
    for feature in DENIED_FEATURES:
        assert f"{feature}=()" in policy


@pytest.mark.parametrize("which", ["dashboard", "explorer", "documents"])
def test_admin_pages_deny_powerful_features(demo, which):
    policy = _get(demo, "editor", _admin_pages()[which])["Permissions-Policy"]
    for feature in DENIED_FEATURES:
        assert f"{feature}=()" in policy


@pytest.mark.parametrize("which", ["home", "network", "library", "login", "not found"])
def test_site_pages_run_only_our_own_scripts(demo, which):
    username, path = _site_pages(demo)[which]
    directives = _directives(_get(demo, username, path))
    assert directives["default-src"] == {"'self'"}
    assert directives["script-src"] == {"'self'"}  # no inline script, no other origin
    assert directives["style-src"] == {"'self'"}
    assert directives["object-src"] == {"'none'"}
    assert directives["base-uri"] == {"'self'"}
    assert directives["form-action"] == {"'self'"}
    assert directives["frame-ancestors"] == {"'self'"}


@pytest.mark.parametrize("which", ["dashboard", "explorer", "documents"])
def test_admin_pages_have_their_own_policy(demo, which):
    directives = _directives(_get(demo, "editor", _admin_pages()[which]))
    assert directives["default-src"] == {"'self'"}
    assert directives["script-src"] == {"'self'", "'unsafe-inline'"}  # Wagtail's widgets
    assert not any(value.startswith("'nonce-") for value in directives["script-src"])
    assert "'unsafe-eval'" not in directives["script-src"]
    assert directives["object-src"] == {"'none'"}
    assert directives["base-uri"] == {"'self'"}
    assert directives["form-action"] == {"'self'"}
    assert directives["frame-ancestors"] == {"'self'"}


def test_the_admin_login_page_has_the_admin_policy(db):
    response = Client().get(reverse("wagtailadmin_login"))
    assert "'unsafe-inline'" in _directives(response)["script-src"]


def test_a_template_that_asks_for_a_nonce_gets_one_in_the_policy(rf):
    from home.middleware import ContentSecurityPolicyMiddleware

    request = rf.get("/")

    def view(request):
        from django.http import HttpResponse

        return HttpResponse(f"<script nonce='{request.csp_nonce}'></script>")

    response = ContentSecurityPolicyMiddleware(view)(request)
    assert f"'nonce-{request.csp_nonce}'" in _directives(response)["script-src"]


def _production_settings(*names):
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DJANGO_SECRET_KEY": "x" * 50,
        "DJANGO_ALLOWED_HOSTS": "empiriae.example.org",
    }
    code = (
        "import json, django; from django.conf import settings; django.setup(); "
        f"print(json.dumps({{n: getattr(settings, n) for n in {list(names)!r}}}))"
    )
    result = subprocess.run(  # noqa: S603 - our own interpreter and settings
        [sys.executable, "-c", code],
        cwd=ROOT,
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(result.stdout.strip().splitlines()[-1])


def test_production_sends_the_language_cookie_over_https_only():
    values = _production_settings(
        "LANGUAGE_COOKIE_SECURE", "LANGUAGE_COOKIE_HTTPONLY", "LANGUAGE_COOKIE_SAMESITE"
    )
    assert values == {
        "LANGUAGE_COOKIE_SECURE": True,
        "LANGUAGE_COOKIE_HTTPONLY": True,
        "LANGUAGE_COOKIE_SAMESITE": "Lax",
    }


def test_no_page_sets_a_language_cookie(db):
    """The address says the language (/en/…), so a visitor's page sets no cookie at all and
    stays cacheable (home/page_cache.py); the cookie settings above guard any that returns."""
    for path in ("/", "/en/"):
        assert not Client().get(path).cookies
