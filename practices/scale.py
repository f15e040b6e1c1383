"""Grow the demo library to benchmark size: more towns, more practices (`seed_demo --scale`).

Practices are real Wagtail pages (tree paths, restrictions, search index entries), created one
by one through `add_child` – the only way multi-table page models can be made – with their
tags and networks, and published, so that the benchmark measures the real thing.
"""

import itertools

from django.db import transaction
from django.utils import timezone

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
    """Add practices until the library holds `total`; returns how many were added."""
    index = PracticeIndexPage.objects.get()
    towns = list(Municipality.objects.order_by("pk"))
    networks = {network.number: network for network in NetworkPage.objects.all()}
    existing = PracticePage.objects.count()
    added = 0
    for start in range(existing, total, BATCH):
        with transaction.atomic():
            for number in range(start + 1, min(start + BATCH, total) + 1):
                _add_practice(index, number, towns, networks)
                added += 1
        if progress:
            progress(existing + added, total)
    return added


def _add_practice(index, number, towns, networks):
    """A copy of a demo practice, numbered, in another town; its slug is made from its title
    like every practice's."""
    spec = PRACTICES[number % len(PRACTICES)]
    town = towns[number % len(towns)]
    fields = practice_fields(spec, town, number, promoted=False)
    fields["title"] = f"{spec.title} ({number})"
    practice = PracticePage(
        slug=slug_for(fields["title"]), first_published_at=timezone.now(), **fields
    )
    index.add_child(instance=practice)
    practice.tags.set(spec.tags)
    practice.networks.set([networks[spec.network]])
    practice.save()  # tags and networks are written when the page is
