"""A deployment check: in production the cache must be shared by every process serving pages.

The access core keeps each reader's answers (the restrictions they fail, their groups) in
Django's cache, keyed by stamps that a change replaces (`generations`). A stamp replaced in one
process's local memory is not seen by another: with several gunicorn workers on the local-memory
cache, a member whose membership was just withdrawn could still be let in by another worker
until its copy expires. Redis (`REDIS_URL`) is shared; `check --deploy` says so before a release.
"""

from django.conf import settings
from django.core.checks import Error, register

from home import environment

PROCESS_LOCAL_CACHES = frozenset({"django.core.cache.backends.locmem.LocMemCache"})


@register(deploy=True)
def cache_is_shared(app_configs, **kwargs):
    if environment.current() != environment.PRODUCTION:
        return []
    backend = settings.CACHES.get("default", {}).get("BACKEND", "")
    if backend not in PROCESS_LOCAL_CACHES:
        return []
    return [
        Error(
            f"The default cache is {backend}, local to each process: access answers kept in it "
            "would outlive a withdrawn membership in the other workers.",
            hint="Set REDIS_URL to a Redis server that every app server shares.",
            id="cms.E001",
        )
    ]
