"""The trail from the home page down to a page: its ancestors below the site's root.

Readers of a page may see all of its ancestors: Wagtail's view restrictions stack downwards
(SPEC §3), so a page open to someone lies under pages open to them too. The trail therefore
needs no access check, only the ancestors' titles and addresses – fetched in one query,
whatever the depth and whatever the page types on the way.
"""

from functools import cache
from typing import NamedTuple

from django.apps import apps
from django.core.cache import cache as django_cache
from django.db.models import F, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import get_language

from wagtail.models import Page, Site

from workspaces.access import generations

from .bilingual import BilingualPage, english_is_active

# The home page is always at depth 2 (HomePage.parent_page_types allows only Wagtail's root),
# so a trail starts below it. Pages from depth 3 (top-level sections) down get one.
HOME_DEPTH = 2
MIN_DEPTH = 3


class Crumb(NamedTuple):
    title: str
    url: str


@cache
def _english_title_lookups():
    """The lookup from `Page` to each concrete table that holds a `title_en` column.

    Every page type of ours inherits `title_en` from the abstract BilingualPage, so the column
    lives in each type's own table; following the parent links down from `Page` lets one query
    read it for ancestors of any type (a LEFT JOIN per type, by primary key)."""
    lookups = []
    for model in apps.get_models():
        if issubclass(model, BilingualPage) and model._meta.get_field("title_en").model is model:
            lookups.append(f"{_path_from_page(model)}__title_en")
    return tuple(sorted(lookups))


def _path_from_page(model):
    """`networkpage` for NetworkPage; deeper concrete inheritance joins its links with `__`."""
    names = []
    while model is not Page:
        names.append(model._meta.model_name)
        model = next(iter(model._meta.parents))
    return "__".join(reversed(names))


def _ancestors(page, root_depth):
    """The page's ancestors strictly between the site root and the page, top first, with the
    reader's title in `crumb_title`."""
    ancestors = (
        Page.objects.ancestor_of(page)
        .filter(depth__gt=root_depth)
        .only("id", "title", "url_path", "depth", "path")
        .order_by("depth")
    )
    if english_is_active():
        english = [NullIf(F(lookup), Value("")) for lookup in _english_title_lookups()]
        return ancestors.annotate(crumb_title=Coalesce(*english, F("title")))
    return ancestors.annotate(crumb_title=F("title"))


def trail(page, request, root_depth=HOME_DEPTH):
    """The crumbs above `page` (not the page itself: its heading names it), or none for pages
    near the top of the tree.

    Kept in Django's cache per site, page and language under the page tree's stamp
    (`workspaces.access.generations`): a page renamed, moved or unpublished above it shows on
    the next request. The trail holds no access decision, so readers share it."""
    if page is None or getattr(page, "depth", 0) < MIN_DEPTH:
        return []
    if page.pk is None:  # a preview of a page not saved yet
        return _trail(page, request, root_depth)
    site = Site.find_for_request(request)
    site_id = site.pk if site else None
    stamp = generations.current(generations.PAGES)
    key = f"breadcrumbs:{site_id}:{page.pk}:{root_depth}:{get_language()}:{stamp}"
    crumbs = django_cache.get(key)
    if crumbs is None:
        crumbs = _trail(page, request, root_depth)
        django_cache.set(key, crumbs, generations.VALUE_TIMEOUT)
    return crumbs


def _trail(page, request, root_depth):
    return [
        Crumb(ancestor.crumb_title, ancestor.get_url(request))
        for ancestor in _ancestors(page, root_depth)
    ]
