"""Sign-ins that resist password guessing: the project's side of django-axes.

Axes counts failed sign-ins in the database, one `AccessAttempt` row per user name, address
and browser, and refuses a user name or an address once its failures within the cool-off
period reach the limit (`AXES_*` in cms/settings/base.py). What axes leaves to us is here:
the page a locked-out person reads, the address to count behind our reverse proxy, what
editors see of the locks in the admin, and lifting one – which is axes' own reset, so a
lock lifted here is lifted exactly as `manage.py axes_reset_username` would.
"""

import ipaddress
import logging
from dataclasses import dataclass
from datetime import datetime

from django.conf import settings
from django.db.models import Max, Sum
from django.shortcuts import render
from django.utils import timezone

from axes.models import AccessAttempt
from axes.utils import reset

logger = logging.getLogger(__name__)

USERNAME = "username"
ADDRESS = "ip_address"


def cool_off_minutes():
    return int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)


def lockout_response(request, original_response=None, credentials=None):
    """What a refused sign-in gets, on the site's login and the admin's alike (our
    `AXES_LOCKOUT_CALLABLE`): a page in the reader's language that says why and until when,
    rather than axes' bare English sentence. 429 with Retry-After, so that scripts back off.

    Every refused attempt restarts the cool-off, so "now plus the cool-off" is when the lock
    lifts at the latest."""
    cool_off = settings.AXES_COOLOFF_TIME
    response = render(
        request,
        "registration/locked_out.html",
        {
            "minutes": cool_off_minutes(),
            "lifts_at": timezone.now() + cool_off,
        },
        status=429,
    )
    response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response


def client_ip_behind_proxy(request):
    """The client's address when every request comes through our one reverse proxy
    (production's `AXES_CLIENT_IP_CALLABLE`).

    There REMOTE_ADDR is the proxy itself: counting it would lock everybody out together
    after a few failures. The proxy appends the address it saw to X-Forwarded-For, so the
    right-most entry is the client; anything left of it is what the client claimed about
    itself and cannot be trusted."""
    forwarded = request.META.get("HTTP_X_FORWARDED_FOR", "")
    candidate = forwarded.split(",")[-1].strip()
    try:
        return str(ipaddress.ip_address(candidate))
    except ValueError:
        return request.META.get("REMOTE_ADDR")


@dataclass(frozen=True)
class Lock:
    """A user name or an address that is refused sign-in right now."""

    kind: str  # USERNAME or ADDRESS
    value: str
    failures: int
    last_failure: datetime

    @property
    def lifts_at(self):
        """The latest moment the lock lifts by itself, if no one tries again meanwhile."""
        return self.last_failure + settings.AXES_COOLOFF_TIME


def current_locks():
    """User names, then addresses, that axes refuses now: their failures within the
    cool-off period, added up as axes adds them, reach the limit. Most recent first."""
    recent = AccessAttempt.objects.filter(
        attempt_time__gte=timezone.now() - settings.AXES_COOLOFF_TIME
    )
    locks = []
    for kind in (USERNAME, ADDRESS):
        rows = (
            recent.exclude(**{f"{kind}__isnull": True})
            .values(kind)
            .annotate(failures=Sum("failures_since_start"), last_failure=Max("attempt_time"))
            .filter(failures__gte=settings.AXES_FAILURE_LIMIT)
            .order_by("-last_failure", kind)
        )
        locks += [
            Lock(kind, row[kind], row["failures"], row["last_failure"]) for row in rows if row[kind]
        ]
    return locks


def unlock(kind, value, by=None):
    """Forget the failures counted against one user name or one address, so that it may
    sign in again at once. Returns how many attempt records were cleared."""
    if not value:
        raise ValueError("Nothing to unlock: an empty value would clear every lock.")
    if kind == USERNAME:
        cleared = reset(username=value)
    elif kind == ADDRESS:
        cleared = reset(ip=value)
    else:
        raise ValueError(f"Unknown lock kind: {kind!r}")
    logger.warning("Sign-in lock on %s %r lifted by %s", kind, value, by or "the system")
    return cleared


def forget_failures_of(user):
    """A user who signs in, or proves they own the account by resetting its password, has
    their own failures forgotten – but only theirs.

    Axes' AXES_RESET_ON_SUCCESS would also clear the failures counted against the address,
    and with them those against every other user name tried from it: anyone with an account
    could then go on guessing a colleague's password by signing in to their own between
    guesses."""
    return reset(username=user.get_username())


def on_signed_in(sender, request, user, **kwargs):
    """`user_logged_in` receiver (connected in HomeConfig.ready)."""
    forget_failures_of(user)
