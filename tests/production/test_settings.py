"""What the production settings choose (issue 14 §3–4), read from a fresh interpreter: the
settings module is loaded once per process, so each environment gets its own."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
PRODUCTION = {
    "DJANGO_SETTINGS_MODULE": "cms.settings.production",
    "DJANGO_SECRET_KEY": "not-secret-" * 8,
    "DJANGO_ALLOWED_HOSTS": "testserver",
}
# Prints what the tests look at, and asks the health check over plain HTTP with the
# production middleware (HTTPS redirect on), routed by cms/urls.py.
PROBE = """
import json, django
django.setup()
from django.conf import settings
from django.test import Client
db, cache = settings.DATABASES["default"], settings.CACHES["default"]
client = Client()
statuses = {path: client.get(path).status_code for path in ("/healthz", "/")}
print(json.dumps({
    "conn_max_age": db["CONN_MAX_AGE"],
    "conn_health_checks": db["CONN_HEALTH_CHECKS"],
    "tasks": settings.TASKS["default"]["BACKEND"],
    "cache": cache["BACKEND"],
    "cache_options": cache.get("OPTIONS", {}),
    "statuses": statuses,
}))
"""


def production_settings(**environment):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "TASKS_"))
    }
    env.update(PRODUCTION, DATABASE_URL="sqlite:///:memory:", **environment)
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return json.loads(result.stdout.strip().splitlines()[-1])


@pytest.fixture(scope="module")
def defaults():
    return production_settings()


def test_database_connections_are_kept_and_checked_by_default(defaults):
    assert defaults["conn_max_age"] == 60
    assert defaults["conn_health_checks"] is True


def test_tasks_go_to_the_database_queue_by_default(defaults):
    assert defaults["tasks"] == "django_tasks_db.DatabaseBackend"


def test_the_health_check_is_answered_over_plain_http_and_nothing_else(defaults):
    assert defaults["statuses"] == {"/healthz": 200, "/": 301}


def test_the_environment_overrides_connections_and_tasks():
    chosen = production_settings(
        DATABASE_CONN_MAX_AGE="0", DATABASE_CONN_HEALTH_CHECKS="0", TASKS_BACKEND="immediate"
    )
    assert chosen["conn_max_age"] == 0
    assert chosen["conn_health_checks"] is False
    assert chosen["tasks"] == "django_tasks.backends.immediate.ImmediateBackend"


def test_redis_gets_the_quiet_backend_and_short_timeouts():
    chosen = production_settings(REDIS_URL="redis://127.0.0.1:1/0")
    assert chosen["cache"] == "cms.cache.ResilientRedisCache"
    options = chosen["cache_options"]
    assert options["SOCKET_CONNECT_TIMEOUT"] <= 0.5
    assert options["SOCKET_TIMEOUT"] <= 0.5
