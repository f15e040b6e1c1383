"""The site's real address, for links that leave the site: e-mails and calendar feeds.

A link in an e-mail or a calendar is opened outside any request, so it cannot borrow the
request's host. Wagtail's `Site` record is no help either: its host and port say which
requests it answers (the demo's is `localhost:80`), not where people reach the site, so
`page.full_url` gave `http://localhost/…`, which does not open in development (the server
listens on port 8000) and is wrong in production. One setting says where the site is –
`WAGTAILADMIN_BASE_URL`, which Wagtail's own admin e-mails already use: `http://127.0.0.1:8000`
in development, the public `https://…` address in production (docs/deployment.md). Only if it
is empty does the default `Site` decide.
"""

from django.conf import settings

from wagtail.models import Site


def site_address():
    """`scheme://host[:port]` of the site, without a trailing slash."""
    configured = (getattr(settings, "WAGTAILADMIN_BASE_URL", "") or "").strip().rstrip("/")
    if configured:
        return configured
    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return site.root_url.rstrip("/") if site else ""


def absolute_url(path):
    """`path` (from `reverse`, say) on the site's real address."""
    return f"{site_address()}{path}"


def page_url(page):
    """A page's address on the site's real address, or None if it is not routable."""
    parts = page.get_url_parts()
    if parts is None:
        return None
    _site_id, _root_url, page_path = parts
    return absolute_url(page_path)
