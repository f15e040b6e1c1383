"""Links that leave the site – in e-mails and calendars – point at its real address: the one
setting `WAGTAILADMIN_BASE_URL` (http://127.0.0.1:8000 in development, with its port), not the
Site record's `http://localhost/`, which opens nothing."""

from django.core.checks import run_checks
from django.test import override_settings
from django.urls import reverse

from wagtail.models import Site

from workspaces.notifications import links, outbox
from workspaces.sessions.models import SessionPage


def _a_session(demo):
    return SessionPage.objects.child_of(demo.workspace(1)).order_by("number").first()


@override_settings(WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000")
def test_in_development_links_carry_the_servers_port(demo):
    session = _a_session(demo)
    assert links.page_url(session) == f"http://127.0.0.1:8000{session.url}"
    assert outbox.site_url("/konto/") == "http://127.0.0.1:8000/konto/"


@override_settings(WAGTAILADMIN_BASE_URL="https://empirie.example.pl/")
def test_in_production_links_use_the_configured_address(demo):
    session = _a_session(demo)
    assert links.page_url(session) == f"https://empirie.example.pl{session.url}"
    assert outbox.site_url(reverse("my_practices")).startswith("https://empirie.example.pl/")


@override_settings(WAGTAILADMIN_BASE_URL="")
def test_without_the_setting_the_default_site_decides(demo):
    site = Site.objects.get(is_default_site=True)
    site.hostname, site.port = "empirie.example.pl", 443
    site.save()
    assert links.site_address() == "https://empirie.example.pl"


def _address_warnings():
    return [m for m in run_checks(include_deployment_checks=True) if m.id == "notifications.W001"]


@override_settings(ENVIRONMENT="production", WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000")
def test_a_production_site_left_on_the_development_address_is_warned_about():
    assert len(_address_warnings()) == 1


@override_settings(ENVIRONMENT="production", WAGTAILADMIN_BASE_URL="https://empirie.zmp.pl")
def test_a_public_address_passes_the_check():
    assert _address_warnings() == []


@override_settings(ENVIRONMENT="development", WAGTAILADMIN_BASE_URL="http://127.0.0.1:8000")
def test_development_may_use_its_own_address():
    assert _address_warnings() == []
