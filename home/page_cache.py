"""Public pages served to visitors from a cache (docs/deployment.md, "Page cache").

Most readers are visitors reading the same public pages, so a visitor's page is rendered once
and then served from Django's cache (Redis in production, shared by every server; local memory
otherwise) until anything shown on it may have changed. What may be served this way is narrow:

- the request: GET or HEAD, from a visitor – no session cookie (a signed-in member always gets
  their own page, never a cached one) and no pending messages (a "thank you" belongs to one
  person);
- the response: 200, not marked private or uncacheable, no cookie set and no CSRF token used
  (a form's token belongs to one browser: the login page and the application form stay
  uncached), from a view listed in `PAGE_CACHE_VIEWS` (Wagtail's pages, search, feeds – not
  the views that trust a secret token in the address, such as calendar feeds);
- a Wagtail page only if the access module says anyone may read it (`policy.can_view_page`
  for a visitor).

Such a response is also marked `Cache-Control: public` with `max-age` (browsers) and
`s-maxage` (a proxy or CDN in front), so shared caches may keep it; it still varies on the
cookie, so that a shared cache never hands a visitor's copy to a signed-in member.

The key is the full address (scheme, host, path, query – the language is in the path) and a
*generation* number kept in the same cache. Any write that may change what a visitor sees –
a page published, unpublished, moved or deleted, a practice promoted or withdrawn, a membership
or a transfer recorded – bumps the generation, so every cached page is left behind at once, on
every server sharing the cache. Writes that never show on a page (sessions, sign-in locks, the
task queue, search index, audit log, image renditions) are ignored. The bump happens at the
write and again when its transaction commits, so a page rendered from the old data in between
is never kept under the new generation.
"""

import hashlib
import time

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import caches
from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils.cache import patch_cache_control

from wagtail.signals import page_published, page_unpublished, post_page_move

from workspaces.access import policy

GENERATION_KEY = "page-cache:generation"
# The attribute on the request that names the Wagtail page being served (`remember_page`).
SERVED_PAGE = "page_cache_page"
UNCACHEABLE = ("private", "no-store", "no-cache")

# Writes that never change what a visitor reads: app labels, and models by label.
IGNORED_APPS = frozenset(
    {"sessions", "axes", "django_tasks_database", "wagtailsearch", "admin", "contenttypes"}
)
IGNORED_MODELS = frozenset(
    {
        "wagtailcore.referenceindex",
        "wagtailcore.pagelogentry",
        "wagtailcore.modellogentry",
        "wagtailcore.pagesubscription",
        "wagtailadmin.editingsession",
        "wagtailusers.userprofile",
        "wagtailimages.rendition",
        "notifications.notification",
        "notifications.deliverypreference",
    }
)


def _cache():
    return caches[settings.PAGE_CACHE_ALIAS]


# Serving


class PageCacheMiddleware:
    """Answers a visitor's request from the cache when it can, and keeps what may be kept.

    It stands early (after WhiteNoise, before sessions): a hit costs two cache reads and no
    database query. Headers added by the middleware above it (security, CSP, permissions) are
    added to every response, cached or not, and never stored."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not settings.PAGE_CACHE_ENABLED or not _is_visitor_read(request):
            return self.get_response(request)
        key = _key_for(request)
        cached = _cache().get(key)
        if cached is not None:
            return _as_answer_to(request, cached)
        response = self.get_response(request)
        if _may_keep(request, response):
            mark_public(response)
            if request.method == "GET":
                _cache().set(key, response, settings.PAGE_CACHE_TIMEOUT)
        return response


def _is_visitor_read(request):
    return (
        request.method in ("GET", "HEAD")
        and settings.SESSION_COOKIE_NAME not in request.COOKIES
        and CookieStorage.cookie_name not in request.COOKIES
    )


def _key_for(request):
    """The generation (read before the page is rendered) and the full address."""
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    return f"page-cache:{current_generation()}:{digest}"


def _as_answer_to(request, response):
    if request.method == "HEAD":
        response.content = b""
    return response


def _may_keep(request, response):
    user = getattr(request, "user", None)
    match = request.resolver_match
    cache_control = response.get("Cache-Control", "")
    return (
        response.status_code == 200
        and not response.streaming
        and not response.cookies
        and not request.META.get("CSRF_COOKIE_NEEDS_UPDATE")
        and not any(word in cache_control for word in UNCACHEABLE)
        and not (user is not None and user.is_authenticated)
        and match is not None
        and match.url_name in settings.PAGE_CACHE_VIEWS
        and _is_public(request, match)
    )


def _is_public(request, match):
    """A Wagtail page is kept only if the access module lets anyone read it."""
    if match.url_name != "wagtail_serve":
        return True
    page = getattr(request, SERVED_PAGE, None)
    return page is not None and policy.can_view_page(AnonymousUser(), page)


def mark_public(response):
    """Browsers may keep the page briefly, a proxy or CDN longer (settings)."""
    patch_cache_control(
        response,
        public=True,
        max_age=settings.PAGE_CACHE_MAX_AGE,
        s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE,
    )


def remember_page(page, request, serve_args, serve_kwargs):
    """Wagtail's `before_serve_page` hook (home/wagtail_hooks.py): notes which page is served,
    after the access core let the reader through."""
    setattr(request, SERVED_PAGE, page)


# Purging


def current_generation():
    """The generation of the cache's pages. It starts from the clock, so a generation lost
    with the cache (an eviction, a restart) never comes back to an old number."""
    cache = _cache()
    generation = cache.get(GENERATION_KEY)
    if generation is None:
        cache.add(GENERATION_KEY, time.time_ns(), None)
        generation = cache.get(GENERATION_KEY, 0)
    return generation


def purge():
    """Leave every cached page behind, on every server sharing the cache."""
    cache = _cache()
    try:
        cache.incr(GENERATION_KEY)
    except ValueError:  # no generation yet (or the cache is down): the next read starts one
        cache.add(GENERATION_KEY, time.time_ns(), None)


def _changes_what_visitors_read(model, update_fields):
    meta = model._meta
    if meta.app_label in IGNORED_APPS or meta.label_lower in IGNORED_MODELS:
        return False
    # Signing in touches the account's last_login, and nothing a visitor reads.
    return not (
        meta.label_lower == settings.AUTH_USER_MODEL.lower() and update_fields == {"last_login"}
    )


def _purge_now_and_after_commit(using):
    purge()
    connection = transaction.get_connection(using)
    pending = connection.in_atomic_block and any(
        entry[1] is purge for entry in connection.run_on_commit
    )
    if not pending:
        transaction.on_commit(purge, using=using)


def _on_write(sender, instance=None, using=None, update_fields=None, raw=False, **kwargs):
    if raw or not _changes_what_visitors_read(type(instance), set(update_fields or ())):
        return
    _purge_now_and_after_commit(using)


def _on_relation_change(sender, instance=None, action="", using=None, **kwargs):
    if action.startswith("post_") and _changes_what_visitors_read(sender, set()):
        _purge_now_and_after_commit(using)


def _on_page_event(sender, instance=None, **kwargs):
    _purge_now_and_after_commit(None)


def watch_for_changes():
    """Connected once at start-up (home/apps.py)."""
    uid = "home.page_cache"
    post_save.connect(_on_write, dispatch_uid=f"{uid}.save")
    post_delete.connect(_on_write, dispatch_uid=f"{uid}.delete")
    m2m_changed.connect(_on_relation_change, dispatch_uid=f"{uid}.m2m")
    page_published.connect(_on_page_event, dispatch_uid=f"{uid}.published")
    page_unpublished.connect(_on_page_event, dispatch_uid=f"{uid}.unpublished")
    post_page_move.connect(_on_page_event, dispatch_uid=f"{uid}.moved")
