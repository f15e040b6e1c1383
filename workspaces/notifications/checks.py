"""A system check: in production, e-mail and calendar links need the site's public address.

`links.site_address` builds every link that leaves the site from `WAGTAILADMIN_BASE_URL`. The
base settings default it to the development server's address, so a production deployment that
forgets to set it would e-mail links to `http://127.0.0.1:8000/…` – links that open nothing, or
worse, something on the reader's own machine. `check --deploy` must be clean before a release
(docs/deployment.md), so it says so there.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.checks import Warning, register

from home import environment

LOCAL_HOSTS = frozenset({"localhost", "127.0.0.1", "::1", "0.0.0.0", ""})  # noqa: S104 - a list of them


def _is_public(address):
    parts = urlsplit(address or "")
    return parts.scheme in {"http", "https"} and (parts.hostname or "") not in LOCAL_HOSTS


@register(deploy=True)
def site_address_is_public(app_configs, **kwargs):
    if environment.current() != environment.PRODUCTION:
        return []
    address = getattr(settings, "WAGTAILADMIN_BASE_URL", "")
    if _is_public(address):
        return []
    return [
        Warning(
            f"WAGTAILADMIN_BASE_URL is {address!r}: links in e-mails and calendars would not "
            "open for anyone.",
            hint="Set WAGTAILADMIN_BASE_URL to the site's public address, e.g. "
            "https://empirie.zmp.poznan.pl.",
            id="notifications.W001",
        )
    ]
