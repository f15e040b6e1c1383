"""`make bench`: the main pages' throughput, latency and queries under gunicorn, at demo size
and at scale (80 networks, 1,000 towns, 10,000 practices, 2,000 sessions) – issue 14, and
docs/performance.md on how to read the table.

For each size this command runs itself again (`--this-database`) with DATABASE_URL pointing at
that size's database (cms/bench/databases.py), which then: migrates and seeds the demo if the
database is empty; grows it to scale size unless it already is (cms/scale.py); counts each
page's queries in-process; starts gunicorn as production runs it on 127.0.0.1; signs the demo
member and observer in through the login form; loads the site's stylesheet (the reference: the
fastest the same server answers anything) and then each page for a fixed time from
`--concurrency` connections; stops gunicorn, whatever happened; prints the table.

It writes demo data, so like `seed_demo` it runs in development only:

    DJANGO_SETTINGS_MODULE=cms.settings.dev python manage.py bench [--size demo] [--seconds 5]
"""

import os
import platform
import subprocess
import sys
import tempfile
import time

from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError

from cms import scale
from cms.bench import databases, load, pages, server
from home import environment
from workspaces.registry.models import NetworkPage

SIZES = ("demo", "scale")
HOST = "127.0.0.1"


def _env_sizes():
    return [size for size in os.environ.get("BENCH_SIZE", "demo scale").split() if size]


class Command(BaseCommand):
    help = "Load the main pages under gunicorn at demo size and at scale; print the table."

    def add_arguments(self, parser):
        parser.add_argument(
            "--size", action="append", choices=SIZES, help="demo, scale (BENCH_SIZE; both)"
        )
        parser.add_argument(
            "--seconds",
            type=float,
            default=float(os.environ.get("BENCH_SECONDS", "10")),
            help="Load time per page (BENCH_SECONDS, default 10).",
        )
        parser.add_argument("--concurrency", type=int, default=8, help="Connections at once.")
        parser.add_argument(
            "--port",
            type=int,
            default=int(os.environ.get("BENCH_PORT", "8100")),
            help="On 127.0.0.1.",
        )
        parser.add_argument(
            "--rebuild", action="store_true", help="Drop the databases and build them afresh."
        )
        parser.add_argument(
            "--this-database",
            action="store_true",
            help="Internal: bench one size against the database DATABASE_URL names.",
        )

    def handle(self, *args, size, seconds, concurrency, port, rebuild, this_database, **options):
        environment.require_demo_environment()  # it writes the demo and signs in as its people
        sizes = size or _env_sizes()
        if not 0 < seconds <= 600 or not 0 < concurrency <= 256:
            raise CommandError("--seconds must be in (0, 600] and --concurrency in (0, 256].")
        if this_database:
            self.bench(sizes[0], seconds, concurrency, port)
            return
        for name in sizes:
            if name not in SIZES:
                raise CommandError(f"Unknown size {name!r}: use {', '.join(SIZES)}.")
            url = databases.url_for(name)
            databases.prepare(url, rebuild=rebuild)
            arguments = ["--this-database", "--size", name, "--seconds", str(seconds)]
            arguments += ["--concurrency", str(concurrency), "--port", str(port)]
            finished = subprocess.run(  # noqa: S603 – this command again, our own arguments
                [sys.executable, "manage.py", "bench", *arguments],
                env={**os.environ, "DATABASE_URL": url},
                check=False,
            )
            if finished.returncode:
                raise CommandError(f"The {name} run failed (exit status {finished.returncode}).")

    # --- one size, in the process whose database it is ------------------------------------

    def bench(self, size, seconds, concurrency, port):
        database_url = os.environ.get("DATABASE_URL")
        if not database_url:
            raise CommandError("--this-database needs DATABASE_URL; run `bench` without it.")
        self.prepare_data(size)
        main_pages = pages.main_pages()
        queries = pages.count_queries(main_pages)
        env = server.production_environment(database_url, port)
        server.collect_static(env)
        log_path = os.path.join(tempfile.gettempdir(), f"empiriae-bench-gunicorn-{port}.log")
        with server.Gunicorn(env, log_path) as gunicorn:
            cookies = {
                pages.VISITOR: None,
                pages.MEMBER: pages.sign_in(port, "member"),
                pages.OBSERVER: pages.sign_in(port, "observer"),
            }
            stylesheet = pages.stylesheet_path(port)
            runs = [(stylesheet, None)] + [(p.path, cookies[p.reader]) for p in main_pages]
            for path, cookie in runs:  # every worker renders each page once before timing
                load.run(HOST, port, path, cookie, 5, concurrency, max_requests=4 * concurrency)
            results = [
                load.run(HOST, port, path, cookie, seconds, concurrency) for path, cookie in runs
            ]
            workers = gunicorn.worker_summary()
        self.report(size, database_url, workers, seconds, concurrency, main_pages, queries, results)

    def prepare_data(self, size):
        call_command("migrate", verbosity=0)
        if not NetworkPage.objects.exists():
            self.stdout.write("Loading the demo…")
            call_command("seed_demo", stdout=self.stdout)
        if size == "scale" and not scale.is_grown():
            self.stdout.write(f"Growing to {scale.SCALE} (once; minutes)…")
            started = time.perf_counter()
            scale.grow_site(progress=self.progress)
            self.stdout.write(f"\ngrown in {time.perf_counter() - started:.0f} s")

    def progress(self, step, done, total):
        filled = int(30 * done / total)
        self.stdout.write(
            f"\r{step:10} [{'#' * filled}{'.' * (30 - filled)}] {done}/{total}", ending=""
        )
        self.stdout.flush()

    # --- the table ----------------------------------------------------------------------------

    def report(
        self, size, database_url, workers, seconds, concurrency, main_pages, queries, results
    ):
        reference, *page_results = results
        cache = "Redis" if os.environ.get("BENCH_REDIS_URL") else "local memory, per worker"
        self.stdout.write(
            f"\nEMPIRIAE bench – {size} size: {scale.current_size()}\n"
            f"{databases.describe(database_url)} · cache: {cache} · {workers} · {HOST}\n"
            f"{concurrency} connections × {seconds:g} s per page · {_machine()}\n"
        )
        self.stdout.write(
            f"{'page':24} {'reader':9} {'req/s':>8} {'p50 ms':>8} {'p99 ms':>8} "
            f"{'queries':>7} {'cold':>5} {'errors':>6} {'× static':>8}"
        )
        rows = [(page.name, page.reader, *queries[page]) for page in main_pages]
        rows.append(("static CSS (reference)", pages.VISITOR, 0, 0))
        for (name, reader, warm, cold), result in zip(
            rows, [*page_results, reference], strict=True
        ):
            ratio = result.rate / reference.rate if reference.rate else 0.0
            self.stdout.write(
                f"{name:24} {reader:9} {result.rate:8.1f} {result.percentile_ms(50):8.1f} "
                f"{result.percentile_ms(99):8.1f} {warm:7} {cold:5} {result.errors:6} {ratio:8.2f}"
            )
            if result.errors:
                self.stdout.write(f"{'':24} answers: {dict(result.statuses)}")


def _machine():
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    python = platform.python_version()
    return f"{platform.system()} {platform.machine()}, {cores} cores, Python {python}"
