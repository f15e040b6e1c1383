"""Health endpoints (issue 14 §4): /healthz says the process answers and touches nothing else;
/readyz says the database and the cache work, or which of them does not. A load balancer
calls them every few seconds, so they must never be cached, set a cookie or redirect."""

import json
from unittest import mock

from django.db import OperationalError
from django.test import override_settings

import pytest

from cms import cache as resilient_cache

REDIS_DOWN = {
    "default": {
        "BACKEND": "cms.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:1/0",  # nothing listens there
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.5},
    }
}


@pytest.fixture(autouse=True)
def no_known_outage():
    resilient_cache.forget_outages()
    yield
    resilient_cache.forget_outages()


def _assert_for_a_load_balancer(response):
    """Never stored by a cache on the way, and no cookie handed to the checker."""
    assert "no-store" in response["Cache-Control"]
    assert not response.cookies
    assert not response.has_header("Set-Cookie")


def _failing(response):
    assert response.status_code == 503
    body = json.loads(response.content)
    assert body["status"] == "unavailable"
    return body["failing"]


def test_healthz_answers_ok_without_the_database(client):
    """No `db` fixture: pytest-django makes any database access here an error."""
    response = client.get("/healthz")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert response["Content-Type"].startswith("text/plain")
    _assert_for_a_load_balancer(response)


def test_healthz_answers_with_the_cache_and_the_database_gone(client):
    broken_cache = mock.Mock(side_effect=AssertionError("the cache was asked"))
    with (
        mock.patch("cms.health.cache", broken_cache),
        mock.patch("cms.health.connection.cursor", side_effect=OperationalError("down")),
    ):
        response = client.get("/healthz")
    assert response.status_code == 200
    assert not broken_cache.method_calls


def test_healthz_answers_head_and_refuses_post(client):
    assert client.head("/healthz").status_code == 200
    assert client.post("/healthz").status_code == 405


def test_readyz_is_ok_when_the_database_and_the_cache_work(client, db):
    response = client.get("/readyz")
    assert response.status_code == 200
    assert json.loads(response.content) == {"status": "ok"}
    _assert_for_a_load_balancer(response)


def test_readyz_names_the_database_when_it_does_not_answer(client):
    with mock.patch("cms.health.connection.cursor", side_effect=OperationalError("server closed")):
        response = client.get("/readyz")
    assert _failing(response) == ["database"]
    assert b"server closed" not in response.content  # no detail for whoever asks
    _assert_for_a_load_balancer(response)


def test_readyz_names_the_cache_when_redis_is_down(client, db):
    with override_settings(CACHES=REDIS_DOWN):
        response = client.get("/readyz")
    assert _failing(response) == ["cache"]
    _assert_for_a_load_balancer(response)


def test_readyz_names_both_when_both_are_down(client):
    with (
        override_settings(CACHES=REDIS_DOWN),
        mock.patch("cms.health.connection.cursor", side_effect=OperationalError("down")),
    ):
        assert _failing(client.get("/readyz")) == ["database", "cache"]


def test_readyz_may_leave_the_cache_out(client, db):
    """An operator may keep servers in rotation while Redis is down (the site works uncached)."""
    with override_settings(CACHES=REDIS_DOWN, HEALTH_READY_CHECKS=["database"]):
        assert client.get("/readyz").status_code == 200


def test_a_misspelt_check_fails_loudly(client, db):
    with override_settings(HEALTH_READY_CHECKS=["database", "databse"]):
        assert _failing(client.get("/readyz")) == ["databse"]


def test_a_signed_in_browser_gets_no_new_cookie_either(demo):
    client = demo.client_for("member")
    for path in ("/healthz", "/readyz"):
        response = client.get(path)
        assert response.status_code == 200
        _assert_for_a_load_balancer(response)


@override_settings(SECURE_SSL_REDIRECT=True, SECURE_REDIRECT_EXEMPT=[r"^healthz$", r"^readyz$"])
def test_the_https_redirect_spares_only_the_health_checks(client, db):
    """The production value of SECURE_REDIRECT_EXEMPT is checked in test_settings.py."""
    assert client.get("/healthz").status_code == 200
    assert client.get("/readyz").status_code == 200
    assert client.get("/").status_code == 301
