"""Grow the demo library to benchmark size: more towns, more practices (`seed_demo --scale`).

Practices are real Wagtail pages (tree paths, restrictions, search index entries), created one
by one through `add_child` – the only way multi-table page models can be made – with their
tags and networks, and published, so that the benchmark measures the real thing.
"""

import itertools
from contextlib import contextmanager

from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone

from modelsearch import signal_handlers
from modelsearch.backends import get_search_backends

from workspaces.registry.models import Municipality, NetworkPage, Voivodeship

from .demo import practice_fields, slug_for
from .demo_texts import PRACTICES
from .models import PracticeIndexPage, PracticePage

BATCH = 200


def grow_towns(count):
    """Make sure at least `count` towns exist, adding numbered ones across the voivodeships."""
    missing = count - Municipality.objects.count()
    voivodeships = itertools.cycle(Voivodeship.values)
    Municipality.objects.bulk_create(
        Municipality(
            name=f"Miasto testowe {Municipality.objects.count() + i + 1}",
            voivodeship=next(voivodeships),
            population=10_000 + i * 17,
        )
        for i in range(max(missing, 0))
    )


def grow_library(total, progress=None):
    """Add practices until the library holds `total`; returns how many were added. The new
    practices are indexed for search in bulk once they all exist."""
    index = PracticeIndexPage.objects.get()
    towns = list(Municipality.objects.order_by("pk"))
    networks = {network.number: network for network in NetworkPage.objects.all()}
    existing = PracticePage.objects.count()
    newest_before = PracticePage.objects.order_by("-pk").values_list("pk", flat=True).first()
    added = 0
    with _search_index_updated_afterwards():
        for start in range(existing, total, BATCH):
            with transaction.atomic():
                for number in range(start + 1, min(start + BATCH, total) + 1):
                    _add_practice(index, number, towns, networks)
                    added += 1
            if progress:
                progress(existing + added, total)
    _index_practices(PracticePage.objects.filter(pk__gt=newest_before or 0).order_by("pk"))
    return added


@contextmanager
def _search_index_updated_afterwards():
    """Page by page, updating the search index is most of what adding a practice costs; the
    practices added meanwhile are indexed together afterwards (`_index_practices`)."""
    handler = signal_handlers.post_save_signal_handler
    post_save.disconnect(handler, sender=PracticePage)
    try:
        yield
    finally:
        post_save.connect(handler, sender=PracticePage)


def _index_practices(practices):
    for start in range(0, practices.count(), BATCH):
        batch = list(practices[start : start + BATCH])
        for backend in get_search_backends():
            backend.add_bulk(PracticePage, batch)


def _add_practice(index, number, towns, networks):
    """A copy of a demo practice, numbered, in another town; its slug is made from its title
    like every practice's. Tags and networks belong to the page's cluster, so they are written
    with it when `add_child` saves it."""
    spec = PRACTICES[number % len(PRACTICES)]
    town = towns[number % len(towns)]
    fields = practice_fields(spec, town, number, promoted=False)
    fields["title"] = f"{spec.title} ({number})"
    practice = PracticePage(
        slug=slug_for(fields["title"]), first_published_at=timezone.now(), **fields
    )
    practice.tags.set(spec.tags)
    practice.networks.set([networks[spec.network]])
    index.add_child(instance=practice)
