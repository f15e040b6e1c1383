"""A few application forms an hour per address and per IP, counted in Django's cache.

A flood costs the Association's staff reading time and the applicants' inboxes their trust;
a counter per hour in the shared cache (Redis in production, so every app server counts
together) is enough to stop one. With the cache down the counter answers nothing and the form
stays open: losing an application is worse than a few extra ones.
"""

import hashlib
import time

from django.conf import settings
from django.core.cache import cache
from django.utils.module_loading import import_string

WINDOW_SECONDS = 3600


def _key(scope, value):
    digest = hashlib.sha256(value.strip().lower().encode()).hexdigest()[:32]
    return f"applications:rate:{scope}:{digest}:{int(time.time()) // WINDOW_SECONDS}"


def _limit():
    return getattr(settings, "APPLICATION_RATE_LIMIT_PER_HOUR", 5)


def _count(key):
    return cache.get(key) or 0


def is_exceeded(email, ip):
    """Has this address or this IP filed as many forms this hour as the setting allows?"""
    keys = [_key("email", email)] + ([_key("ip", ip)] if ip else [])
    return any(_count(key) >= _limit() for key in keys)


def record(email, ip):
    """Count one filed form against the address and the IP."""
    for key in [_key("email", email)] + ([_key("ip", ip)] if ip else []):
        if cache.add(key, 1, WINDOW_SECONDS):
            continue
        try:
            cache.incr(key)
        except ValueError:  # expired between add and incr
            cache.add(key, 1, WINDOW_SECONDS)


def client_ip(request):
    """The address the request came from, read as the sign-in throttling reads it (behind
    production's proxy, the address the proxy saw: `AXES_CLIENT_IP_CALLABLE`)."""
    reader = getattr(settings, "AXES_CLIENT_IP_CALLABLE", None)
    if reader:
        return import_string(reader)(request) or ""
    return request.META.get("REMOTE_ADDR", "")
