"""Benchmark the practice library: grow it to N practices, then time index filtering and
full-text search requests and report p50/p95 (SPEC §6: speed targets live in benchmarks) –
both as most requests are answered (a page of results already worked out for readers who see
what this reader sees, `library.answer`) and when the page must be worked out anew.

Requests go through Django's test client in-process (no network), as a signed-in member (who
reads every practice) or as a visitor (who reads the promoted ones), so the figures are server
time: access filtering, search, counts, paging and rendering. It writes demo data (the demo,
then thousands of practices), so like `seed_demo` it runs in development only, best on a
database of its own:

    export DJANGO_SETTINGS_MODULE=cms.settings.dev
    DATABASE_URL=sqlite:////tmp/bench.sqlite3 python manage.py benchmark_library
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench python manage.py benchmark_library
"""

import statistics
import time

from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext

from home import environment
from practices import library, scale
from practices.demo import DEMO_PRACTICE_COUNT
from practices.models import PracticeIndexPage, PracticePage
from workspaces.access import generations
from workspaces.registry.demo_data import TOWNS

# Requests per scenario whose page is worked out anew (not answered from the library's cache).
WORKED_OUT_REPEAT = 5

SCENARIOS = {
    "index": {},
    "filter: network": {"network": "{network}"},
    "filter: voivodeship": {"voivodeship": "mazowieckie"},
    "filter: funding": {"funding": "eu"},
    "filters: 3 combined + sort": {"funding": "eu", "voivodeship": "slaskie", "sort": "title"},
    "filters: page 5": {"funding": "own", "page": "5"},
    "search: one word": {"q": "inkubator"},
    "search: two words": {"q": "rewitalizacja hali"},
    "search: common word": {"q": "miasto"},
    "search + filter": {"q": "seniorów", "voivodeship": "mazowieckie"},
}


class Command(BaseCommand):
    help = "Grow the library to N practices and report p50/p95 of filtering and search."

    def add_arguments(self, parser):
        parser.add_argument("--practices", type=int, default=10_000)
        parser.add_argument("--repeat", type=int, default=30, help="Requests per scenario.")
        parser.add_argument("--reader", choices=["member", "visitor"], default="member")

    def handle(self, *args, practices, repeat, reader, **options):
        environment.require_demo_environment()
        call_command("migrate", verbosity=0)
        if not PracticeIndexPage.objects.exists():
            call_command("seed_demo", stdout=self.stdout)
        self.grow(practices)
        client = Client(HTTP_HOST="127.0.0.1")
        if reader == "member":
            client.force_login(get_user_model().objects.get(username="member"))
        index_url = PracticeIndexPage.objects.get().url
        sample = PracticePage.objects.live().order_by("-pk").first()  # a scaled one
        network = sample.networks.first().pk
        self.stdout.write(
            f"\n{connection.vendor}: {PracticePage.objects.count()} practices, "
            f"{repeat} requests per scenario, as a {reader}\n"
        )
        self.stdout.write(
            f"{'scenario':32} {'p50 ms':>8} {'p95 ms':>8} {'max ms':>8} {'queries':>8} "
            f"{'worked out p50 ms':>18}"
        )
        requests = [
            (name, index_url, {k: v.format(network=network) for k, v in params.items()})
            for name, params in SCENARIOS.items()
        ]
        if reader == "member":  # visitors may not open a scaled (members-only) practice
            requests.append(("practice page", sample.url, {}))
        everything = []
        for name, url, params in requests:
            client.get(url, params)  # warm caches
            reset_queries()  # each request empties the log; start counting from empty
            with CaptureQueriesContext(connection) as queries:
                client.get(url, params)
            timings = [self.timed(client, name, url, params) for _ in range(repeat)]
            worked_out = []
            for _ in range(WORKED_OUT_REPEAT):
                generations.bump(library.LIBRARY_STAMP)  # the page's answer is worked out anew
                worked_out.append(self.timed(client, name, url, params))
            everything += timings
            self.report(name, timings, len(queries), worked_out)
        self.report("all scenarios", everything)

    def timed(self, client, name, url, params):
        started = time.perf_counter()
        response = client.get(url, params)
        assert response.status_code == 200, (name, response.status_code)
        return (time.perf_counter() - started) * 1000

    def grow(self, practices):
        scale.grow_towns(len(TOWNS) * max(1, practices // DEMO_PRACTICE_COUNT))
        started = time.perf_counter()
        added = scale.grow_library(practices, progress=self.progress)
        if added:
            self.stdout.write(f"\nadded {added} practices in {time.perf_counter() - started:.0f} s")

    def progress(self, done, total):
        filled = int(40 * done / total)
        self.stdout.write(f"\r[{'#' * filled}{'.' * (40 - filled)}] {done}/{total}", ending="")
        self.stdout.flush()

    def report(self, name, timings, queries="", worked_out=()):
        ordered = sorted(timings)
        p95 = ordered[min(len(ordered) - 1, int(round(0.95 * (len(ordered) - 1))))]
        first = f"{statistics.median(worked_out):18.1f}" if worked_out else ""
        self.stdout.write(
            f"{name:32} {statistics.median(ordered):8.1f} {p95:8.1f} {ordered[-1]:8.1f} "
            f"{queries:>8} {first}"
        )
