"""The whole site at benchmark size, room by room (`manage.py bench`, docs/performance.md).

Issue 14 asks what each page costs at 80 networks, 1,000 towns, 10,000 practices and 2,000
sessions, against the demo's 8, ~30, ~60 and 56. Each room grows its own content (registry:
networks and people; outcomes: each new network's outcome index; the library: towns and
practices; sessions: sessions); this module knows only the order and the sizes, as cms/demo.py
does for the demo. Growing is slow (minutes), so `is_grown` lets a caller reuse a database that
already has the sizes.
"""

from dataclasses import asdict, dataclass

from django.db import connection

from home import page_cache
from practices import scale as library_scale
from practices.models import PracticePage
from workspaces.access import generations
from workspaces.outcomes.demo import seed_outcome_index
from workspaces.registry import scale as registry_scale
from workspaces.registry.models import Municipality, NetworkPage
from workspaces.sessions import scale as sessions_scale
from workspaces.sessions.models import SessionPage


@dataclass(frozen=True)
class Size:
    networks: int
    towns: int
    practices: int
    sessions: int

    def __str__(self):
        return ", ".join(f"{count:,} {name}" for name, count in asdict(self).items())


SCALE = Size(networks=80, towns=1_000, practices=10_000, sessions=2_000)


def current_size():
    """What the database holds now, in the same terms."""
    return Size(
        networks=NetworkPage.objects.count(),
        towns=Municipality.objects.count(),
        practices=PracticePage.objects.count(),
        sessions=SessionPage.objects.count(),
    )


def is_grown(size=SCALE):
    now = current_size()
    return all(getattr(now, name) >= wanted for name, wanted in asdict(size).items())


def grow_site(size=SCALE, progress=None):
    """Grow the demo (already seeded) to `size`; each step adds only what is missing.

    `progress(step, done, total)` is told how far each step has come."""
    library_scale.grow_towns(size.towns)
    for network in registry_scale.grow_networks(size.networks, _step(progress, "networks")):
        seed_outcome_index(network)
    sessions_scale.grow_sessions(size.sessions, _step(progress, "sessions"))
    library_scale.grow_library(size.practices, _step(progress, "practices"))
    # Growing writes in bulk, past the signals that replace the caches' stamps.
    generations.reset()
    page_cache.purge()
    # The planner's statistics still describe the demo: without them PostgreSQL estimated one
    # visible page and probed the search index 10,000 times (docs/search.md).
    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def _step(progress, name):
    if progress is None:
        return None
    return lambda done, total: progress(name, done, total)
