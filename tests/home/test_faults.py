"""SPEC §6, faults: cache down → the site still serves; database down → a friendly 503 with no
stack trace. (Mail down is tested with the e-mails: tests/workspaces/test_outcomes.py and
test_minutes_emails.py.)"""

from unittest import mock

from django.db import OperationalError
from django.test import override_settings

import pytest

REDIS_DOWN = {
    "default": {
        "BACKEND": "django_redis.cache.RedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        "OPTIONS": {
            "CLIENT_CLASS": "django_redis.client.DefaultClient",
            "IGNORE_EXCEPTIONS": True,
            "SOCKET_CONNECT_TIMEOUT": 1,
            "SOCKET_TIMEOUT": 1,
        },
    }
}


@pytest.fixture
def visitor(demo):
    client = demo.client_for(None)
    client.raise_request_exception = False  # see the response a reader would get
    return client


def test_the_site_serves_with_the_cache_down(demo):
    with override_settings(CACHES=REDIS_DOWN, DJANGO_REDIS_IGNORE_EXCEPTIONS=True):
        for reader in (None, "member"):
            response = demo.client_for(reader).get("/")
            assert response.status_code == 200
            assert "Sieci" in response.content.decode()


def _database_down(*args, **kwargs):
    raise OperationalError('connection to server at "127.0.0.1", port 5432 failed')


def _assert_friendly_503(response):
    assert response.status_code == 503
    assert response["Retry-After"].isdigit()
    html = response.content.decode()
    assert "chwilowo niedostępny" in html and "temporarily unavailable" in html
    assert "Traceback" not in html and "OperationalError" not in html and "5432" not in html


def test_database_down_while_serving_a_page_gives_a_friendly_503(visitor):
    with mock.patch("wagtail.models.Site.find_for_request", _database_down):
        _assert_friendly_503(visitor.get("/"))


def test_database_down_before_the_view_gives_a_friendly_503(demo):
    """Signed in, the session is read from the database by middleware, before any view."""
    client = demo.client_for("member")
    client.raise_request_exception = False
    with mock.patch("django.contrib.sessions.backends.db.SessionStore.load", _database_down):
        _assert_friendly_503(client.get("/dobre-praktyki/"))


def test_other_errors_still_say_server_error(visitor):
    with mock.patch("wagtail.models.Site.find_for_request", side_effect=ValueError("bug")):
        response = visitor.get("/")
    assert response.status_code == 500
    assert "błąd serwera" in response.content.decode()
