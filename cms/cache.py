"""The Redis cache, made to fail quietly and quickly (docs/deployment.md, "When something is
down").

Nothing the site shows depends on the cache: it only saves work. So when Redis is down or hung,
every cache call behaves as a miss (a read returns the default, a write is dropped) and the page
is rendered without it. django-redis can already ignore connection errors, but it then either
logs a traceback for every call (thousands a minute under load) or nothing at all, and it tries
Redis again on every call, so a hung server costs each call its full socket timeout.

`ResilientRedisCache` adds a small circuit breaker, shared by every thread of the process:

- the first failed call logs one warning (which server, which error, no traceback) and opens
  the breaker: for `OUTAGE_RETRY_SECONDS` (default 10) no call goes to Redis at all;
- then one call, in one thread, is let through as a probe; if it fails the breaker stays open
  for another period, silently; if it succeeds, one "available again" line is logged and the
  cache is used as before.

So an outage costs each process at most one socket timeout (SOCKET_CONNECT_TIMEOUT or
SOCKET_TIMEOUT in OPTIONS, a fraction of a second in cms/settings/base.py) per period, and two
log lines in all.
"""

import functools
import logging
import threading
import time
from urllib.parse import urlsplit

from django.dispatch import Signal

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

DEFAULT_RETRY_SECONDS = 10.0
# Client methods that do not talk to Redis: they are neither blocked by an open breaker nor
# taken as proof that Redis is back.
# django-redis turns connection errors into ConnectionInterrupted in its common methods only;
# the others (touch, ttl, expire, lock, …) let redis-py's own errors through.
UNREACHABLE = (RedisConnectionError, RedisTimeoutError, TimeoutError)
LOCAL_METHODS = frozenset(
    {"close", "connect", "disconnect", "get_client", "make_key", "make_pattern", "encode", "decode"}
)


def describe(location):
    """Server addresses for the logs, without the password a Redis URL may carry."""
    return ", ".join(_without_password(url.strip()) for url in location.split(","))


def _without_password(url):
    parts = urlsplit(url)
    if not parts.hostname:
        return parts.path or "redis"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}{parts.path}"


# Sent when a Redis server answers again after an outage. What was written to it meanwhile –
# the stamps and generations that tell a cached answer is stale – was lost, so listeners
# (cms/apps.py) replace them: nothing kept from before the outage is served after it.
redis_recovered = Signal()


class Outage:
    """Whether one Redis server is known to be unreachable, for every thread of the process."""

    def __init__(self, server, retry_seconds):
        self.server = server
        self.retry_seconds = retry_seconds
        self._lock = threading.Lock()
        self._down = False
        self._last_try = 0.0

    def allows_a_call(self):
        """True while Redis is up; during an outage, True for one probe per period."""
        with self._lock:
            if not self._down:
                return True
            now = time.monotonic()
            if now - self._last_try < self.retry_seconds:
                return False
            self._last_try = now  # this caller probes; the others keep skipping
            return True

    def failed(self, error):
        with self._lock:
            self._last_try = time.monotonic()
            if self._down:
                return
            self._down = True
        logger.warning(
            "Cache unavailable: Redis at %s does not answer (%s). Pages are served without "
            "the cache; Redis is tried again every %g s.",
            self.server,
            error,
            self.retry_seconds,
        )

    def succeeded(self):
        if not self._down:  # the common case, without taking the lock
            return
        with self._lock:
            if not self._down:
                return
            self._down = False
        logger.warning("Cache available again: Redis at %s answers.", self.server)
        redis_recovered.send(sender=type(self), server=self.server)


_outages = {}
_outages_lock = threading.Lock()


def outage_of(location, retry_seconds):
    """One breaker per server and process: the cache object itself is per thread."""
    with _outages_lock:
        if location not in _outages:
            _outages[location] = Outage(describe(location), retry_seconds)
        return _outages[location]


def forget_outages():
    """For tests: start again as if no server had ever failed."""
    with _outages_lock:
        _outages.clear()


class GuardedClient:
    """Wraps django-redis's client: every call that talks to Redis asks the breaker first and
    reports back how it went. The errors reach RedisCache as ConnectionInterrupted, which it
    turns into misses (IGNORE_EXCEPTIONS)."""

    def __init__(self, client, outage):
        self._client = client
        self._outage = outage

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        if name in LOCAL_METHODS or not callable(attribute):
            return attribute

        @functools.wraps(attribute)
        def guarded(*args, **kwargs):
            if not self._outage.allows_a_call():
                raise ConnectionInterrupted(connection=None)
            try:
                result = attribute(*args, **kwargs)
            except ConnectionInterrupted as error:
                self._outage.failed(error)
                raise
            except UNREACHABLE as error:
                self._outage.failed(error)
                raise ConnectionInterrupted(connection=None) from error
            self._outage.succeeded()
            return result

        return guarded


class ResilientRedisCache(RedisCache):
    """django-redis's cache with connection errors always ignored, logged once per outage,
    and a circuit breaker in front of Redis (see the module's docstring)."""

    def __init__(self, server, params):
        super().__init__(server, params)
        options = params.get("OPTIONS", {})
        retry_seconds = float(options.get("OUTAGE_RETRY_SECONDS", DEFAULT_RETRY_SECONDS))
        # Errors become misses, and are logged by the breaker, not as a traceback per call.
        self._ignore_exceptions = True
        self._log_ignored_exceptions = False
        location = server if isinstance(server, str) else ",".join(server)
        self._outage = outage_of(location, retry_seconds)
        self._guarded_client = None

    @property
    def client(self):
        if self._guarded_client is None:
            self._guarded_client = GuardedClient(super().client, self._outage)
        return self._guarded_client
