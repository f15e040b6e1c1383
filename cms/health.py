"""Health endpoints for the load balancer and monitoring (docs/deployment.md, "Health").

- `/healthz`: the process is alive and answers – nothing else is touched (no database, no
  cache), so a slow database never makes a healthy process look dead and get restarted.
- `/readyz`: this server can serve – the database answers `SELECT 1` and the cache keeps what
  is written to it. Otherwise 503 with a short JSON body naming what failed, e.g.
  `{"status": "unavailable", "failing": ["database"]}`. Which parts are checked is
  `HEALTH_READY_CHECKS` (cms/settings/base.py): the site serves, uncached, without Redis, so an
  operator may choose to keep a server in rotation while Redis is down.

Both answer GET and HEAD, set no cookie (nothing here touches the session or the CSRF token),
and say `Cache-Control: no-store`: a cached "ok" would hide an outage. Production settings
exempt both paths from the HTTPS redirect, since a load balancer checks the app server over
plain HTTP. Include them in the site's URLconf with `path("", include("cms.health"))`.
"""

import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse, JsonResponse
from django.urls import path
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

logger = logging.getLogger(__name__)

CACHE_PROBE_SECONDS = 10


def database_answers():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            return cursor.fetchone() == (1,)
    except Exception as error:  # noqa: BLE001 - any failure means "not ready"
        logger.warning("Readiness: the database does not answer (%s).", error)
        return False


def cache_keeps_values():
    """A value written is read back. A cache that swallows its errors (cms/cache.py) answers
    a miss rather than raising, so the value is compared, not the call's success."""
    key, value = f"readyz:{uuid.uuid4().hex}", uuid.uuid4().hex
    try:
        cache.set(key, value, CACHE_PROBE_SECONDS)
        kept = cache.get(key) == value
        cache.delete(key)
    except Exception as error:  # noqa: BLE001 - any failure means "not ready"
        logger.warning("Readiness: the cache fails (%s).", error)
        return False
    return kept


def unknown_check():
    """A name in HEALTH_READY_CHECKS that means nothing fails, so the typo is seen at once."""
    return False


CHECKS = {"database": database_answers, "cache": cache_keeps_values}


@never_cache
@require_safe
def healthz(request):
    return HttpResponse("ok", content_type="text/plain; charset=utf-8")


@never_cache
@require_safe
def readyz(request):
    names = getattr(settings, "HEALTH_READY_CHECKS", list(CHECKS))
    failing = [name for name in names if not CHECKS.get(name, unknown_check)()]
    if failing:
        return JsonResponse({"status": "unavailable", "failing": failing}, status=503)
    return JsonResponse({"status": "ok"})


urlpatterns = [
    path("healthz", healthz, name="healthz"),
    path("readyz", readyz, name="readyz"),
]
