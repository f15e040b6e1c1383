"""`check --deploy` refuses a production site whose cache is local to each process: access
answers are kept in the cache, and a withdrawn membership must reach every worker at once."""

from django.core.checks import run_checks
from django.test import override_settings

LOCAL = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
SHARED = {
    "default": {
        "BACKEND": "cms.cache.ResilientRedisCache",
        "LOCATION": "redis://127.0.0.1:6379/0",
        "OPTIONS": {"CLIENT_CLASS": "django_redis.client.DefaultClient"},
    }
}


def _shared_cache_errors():
    return [m for m in run_checks(include_deployment_checks=True) if m.id == "cms.E001"]


@override_settings(ENVIRONMENT="production", CACHES=LOCAL)
def test_production_on_a_per_process_cache_is_refused():
    assert _shared_cache_errors()


@override_settings(ENVIRONMENT="production", CACHES=SHARED)
def test_production_on_redis_passes():
    assert _shared_cache_errors() == []


@override_settings(ENVIRONMENT="development", CACHES=LOCAL)
def test_development_may_keep_its_cache_in_memory():
    assert _shared_cache_errors() == []
