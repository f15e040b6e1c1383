"""Redis down or hung (issue 14 §4): the site serves uncached, the log gets one warning per
outage – not a traceback per cache call – and a hung server costs one short timeout, not one
per call. No real outage is needed: nothing listens on 127.0.0.1:1, and a socket that accepts
connections but never answers stands in for a hung Redis."""

import logging
import socket
import time

from django.test import override_settings

import pytest

from cms import cache as resilient_cache
from cms.cache import Outage, ResilientRedisCache, describe
from home import page_cache
from workspaces.access import generations

CLOSED_PORT = "redis://127.0.0.1:1/0"
TIMEOUTS = {"SOCKET_CONNECT_TIMEOUT": 0.25, "SOCKET_TIMEOUT": 0.5}


@pytest.fixture(autouse=True)
def no_known_outage():
    resilient_cache.forget_outages()
    yield
    resilient_cache.forget_outages()


@pytest.fixture
def hung_redis():
    """A server that accepts the connection (the kernel does, from the backlog) and never
    says a word: every command waits for its read timeout."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(64)
    yield f"redis://127.0.0.1:{server.getsockname()[1]}/0"
    server.close()


def _cache(location, **options):
    return ResilientRedisCache(location, {"OPTIONS": {**TIMEOUTS, **options}})


def _warnings(caplog):
    return [r for r in caplog.records if r.name == "cms.cache" and r.levelno >= logging.WARNING]


def _use_every_call(cache):
    """Each kind of call a page or a purge makes; all of them must behave as a miss."""
    assert cache.get("page", "fallback") == "fallback"
    assert cache.get_many(["a", "b"]) == {}
    assert not cache.has_key("page")
    assert cache.get_or_set("menu", lambda: "computed") == "computed"
    cache.set("page", "<html>")
    cache.add("page", "<html>")
    cache.set_many({"a": 1, "b": 2})
    cache.delete("page")
    cache.delete_many(["a", "b"])
    cache.delete_pattern("pages:*")
    cache.touch("page")


CALLS = {
    "get": lambda cache: cache.get("page"),
    "set": lambda cache: cache.set("page", "<html>"),
    "delete_pattern": lambda cache: cache.delete_pattern("pages:*"),
    "touch": lambda cache: cache.touch("page"),  # django-redis itself lets this one raise
    "ttl": lambda cache: cache.ttl("page"),
    "incr": lambda cache: cache.incr("count"),
}


@pytest.mark.parametrize("call", CALLS.values(), ids=CALLS.keys())
def test_whichever_call_meets_the_outage_first_does_not_raise(call, caplog):
    call(_cache(CLOSED_PORT))
    assert len(_warnings(caplog)) == 1


def test_a_dead_redis_is_a_miss_with_one_warning_and_no_traceback(caplog):
    cache = _cache(CLOSED_PORT)
    with caplog.at_level(logging.INFO):
        for _ in range(50):
            _use_every_call(cache)
    warnings = _warnings(caplog)
    assert len(warnings) == 1
    assert "127.0.0.1:1" in warnings[0].getMessage()
    assert not any(record.exc_info for record in caplog.records)


def test_every_thread_and_cache_object_shares_the_one_warning(caplog):
    """Django gives each thread its own cache object: the outage is known per process."""
    with caplog.at_level(logging.INFO):
        for _ in range(5):
            _use_every_call(_cache(CLOSED_PORT))
    assert len(_warnings(caplog)) == 1


def test_a_hung_redis_costs_one_short_timeout_not_one_per_call(hung_redis, caplog):
    cache = _cache(hung_redis)
    calls = []
    real_get = cache.client._client.get
    cache.client._client.get = lambda *a, **kw: calls.append(1) or real_get(*a, **kw)
    started = time.monotonic()
    for _ in range(20):
        assert cache.get("page") is None
    elapsed = time.monotonic() - started
    assert len(calls) == 1  # the other 19 never went to the socket
    # One read timeout (0.5 s) and change; without the breaker it would be 20 × 0.5 s.
    assert elapsed < 3, elapsed
    assert len(_warnings(caplog)) == 1


def test_redis_is_tried_again_once_per_period_and_its_return_is_logged(caplog, monkeypatch):
    now = [1000.0]
    monkeypatch.setattr(resilient_cache.time, "monotonic", lambda: now[0])
    outage = Outage("redis://cache:6379/0", retry_seconds=10)
    with caplog.at_level(logging.INFO):
        assert outage.allows_a_call()
        for _ in range(3):
            outage.failed(ConnectionRefusedError("refused"))
        assert not outage.allows_a_call()
        now[0] += 9
        assert not outage.allows_a_call()
        now[0] += 2
        assert outage.allows_a_call()  # one probe…
        assert not outage.allows_a_call()  # …and only one
        outage.failed(ConnectionRefusedError("refused"))  # still down: no new warning
        now[0] += 11
        assert outage.allows_a_call()
        outage.succeeded()
        assert outage.allows_a_call()
        outage.succeeded()
    messages = [record.getMessage() for record in _warnings(caplog)]
    assert len(messages) == 2
    assert "does not answer" in messages[0] and "available again" in messages[1]


def test_a_password_in_the_redis_address_stays_out_of_the_log():
    described = describe("redis://:s3cret@cache.internal:6380/2,redis://u:pw@replica/2")
    assert "s3cret" not in described and "pw" not in described
    assert described == "redis://cache.internal:6380/2, redis://replica/2"


def test_the_site_serves_visitors_and_members_with_redis_down(demo, caplog):
    redis_down = {
        "default": {
            "BACKEND": "cms.cache.ResilientRedisCache",
            "LOCATION": CLOSED_PORT,
            "OPTIONS": TIMEOUTS,
        }
    }
    with override_settings(CACHES=redis_down), caplog.at_level(logging.INFO):
        for reader in (None, "member", None):
            for path in ("/", "/dobre-praktyki/"):
                assert demo.client_for(reader).get(path).status_code == 200
    assert len(_warnings(caplog)) == 1
    assert not any(record.exc_info for record in caplog.records)


def test_when_redis_answers_again_nothing_cached_before_the_outage_is_served():
    """A stamp or a page generation replaced during the outage was lost with it; when Redis
    answers again they are all replaced, so a membership withdrawn meanwhile is not still
    answered from the cache."""
    before = (generations.current(generations.PAGES, generations.GROUPS), _page_generation())
    outage = Outage("redis://test", retry_seconds=10)
    outage.failed(RuntimeError("down"))
    outage.succeeded()
    after = (generations.current(generations.PAGES, generations.GROUPS), _page_generation())
    assert after[0] != before[0]
    assert after[1] != before[1]


def _page_generation():
    return page_cache.current_generation()
