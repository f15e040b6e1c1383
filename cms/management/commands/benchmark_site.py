"""Throughput and latency of the main pages under load (SPEC §6).

Starts the site in a threaded WSGI server on 127.0.0.1 (a free port), then sends a bounded
number of requests to each main page from several concurrent clients – as a visitor, a member,
an observer and a calendar app – over real HTTP, and reports p50/p95/max per page and the
requests per second of the whole run. Needs the demo (`seed_demo` is run if the site is empty),
so like `seed_demo` it runs in development only:

    DJANGO_SETTINGS_MODULE=cms.settings.dev python manage.py benchmark_site --concurrency 4
    DJANGO_SETTINGS_MODULE=cms.settings.dev DATABASE_URL=postgres://… \
        python manage.py benchmark_site
"""

import statistics
import threading
import time
import urllib.error
import urllib.request
from collections import defaultdict
from concurrent.futures import ThreadPoolExecutor

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management import call_command
from django.core.management.base import BaseCommand, CommandError
from django.core.servers.basehttp import ThreadedWSGIServer, WSGIRequestHandler
from django.core.wsgi import get_wsgi_application
from django.db import connection
from django.test import Client

from home import environment
from practices.models import PracticeIndexPage, PracticePage
from workspaces.access.models import promoted
from workspaces.outcomes.models import OutcomePage
from workspaces.registry.models import NetworkPage, WorkspacePage
from workspaces.sessions import ical
from workspaces.sessions.models import SessionPage


class QuietRequestHandler(WSGIRequestHandler):
    def log_message(self, *args):
        pass


class Command(BaseCommand):
    help = "Serve the site on 127.0.0.1 and report latency and throughput of its main pages."

    def add_arguments(self, parser):
        parser.add_argument("--concurrency", type=int, default=4, help="Clients at once.")
        parser.add_argument("--requests", type=int, default=40, help="Requests per page.")

    def handle(self, *args, concurrency, requests, **options):
        environment.require_demo_environment()  # it signs in as the demo accounts
        call_command("migrate", verbosity=0)
        if not NetworkPage.objects.exists():
            call_command("seed_demo", stdout=self.stdout)
        pages = self.main_pages()
        server, base_url = self.start_server()
        try:
            for _reader, path, cookie in pages:  # warm up, and fail early on a broken page
                status, _ms = fetch(base_url + path, cookie)
                if status != 200:
                    raise CommandError(f"{path} answered {status}")
            started = time.perf_counter()
            timings, errors = self.load(base_url, pages, concurrency, requests)
            elapsed = time.perf_counter() - started
        finally:
            server.shutdown()
            server.server_close()
        self.report(pages, timings, errors, elapsed, concurrency, requests)

    def main_pages(self):
        """(reader, path, session cookie) for each page: what each kind of reader opens most."""
        member, observer = self.session_cookie("member"), self.session_cookie("observer")
        network = NetworkPage.objects.get(number=1)
        workspace = WorkspacePage.objects.child_of(network).get()
        session = SessionPage.objects.child_of(workspace).live().order_by("-number").first()
        outcome = OutcomePage.objects.live().descendant_of(NetworkPage.objects.get(number=3))
        library = PracticeIndexPage.objects.get()
        public = promoted(PracticePage.objects.live())
        members_only = PracticePage.objects.live().exclude(pk__in=public.values("pk"))
        calendar = ical.token_for(get_user_model().objects.get(username="member")).token
        return [
            ("visitor", "/", None),
            ("visitor", network.get_parent().url, None),
            ("visitor", network.url, None),
            ("visitor", library.url, None),
            ("visitor", f"{library.url}?q=miasto", None),
            ("visitor", public.first().url, None),
            ("visitor", "/kanal/praktyki.rss", None),
            ("visitor", "/szukaj/?q=miasto", None),
            ("member", "/", member),
            ("member", workspace.url, member),
            ("member", session.url, member),
            ("member", f"{library.url}?funding=own&sort=title", member),
            ("member", members_only.first().url, member),
            ("member", "/szukaj/?q=sesja", member),
            ("observer", outcome.first().url, observer),
            ("calendar app", f"/kalendarz/{calendar}.ics", None),
        ]

    def session_cookie(self, username):
        client = Client()
        client.force_login(get_user_model().objects.get(username=username))
        name = settings.SESSION_COOKIE_NAME
        return f"{name}={client.cookies[name].value}"

    def start_server(self):
        server = ThreadedWSGIServer(("127.0.0.1", 0), QuietRequestHandler)
        server.set_app(get_wsgi_application())
        threading.Thread(target=server.serve_forever, daemon=True).start()
        host, port = server.server_address[:2]
        return server, f"http://{host}:{port}"

    def load(self, base_url, pages, concurrency, requests):
        """Every page `requests` times, interleaved, from `concurrency` clients at once."""
        jobs = [page for _round in range(requests) for page in pages]
        timings, errors = defaultdict(list), defaultdict(int)

        def run(page):
            reader, path, cookie = page
            status, ms = fetch(base_url + path, cookie)
            if status == 200:
                timings[reader, path].append(ms)
            else:
                errors[reader, path] += 1

        with ThreadPoolExecutor(max_workers=concurrency) as pool:
            list(pool.map(run, jobs))
        return timings, errors

    def report(self, pages, timings, errors, elapsed, concurrency, requests):
        total = sum(len(t) for t in timings.values()) + sum(errors.values())
        self.stdout.write(
            f"\n{connection.vendor}: {concurrency} concurrent clients, {requests} requests per "
            f"page, over HTTP on 127.0.0.1\n"
        )
        self.stdout.write(
            f"{'reader':13} {'page':42} {'p50 ms':>7} {'p95 ms':>7} {'max ms':>7} {'errors':>6}"
        )
        for reader, path, _cookie in pages:
            ordered = sorted(timings[reader, path]) or [0.0]
            p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
            shown = "/kalendarz/<secret>.ics" if path.startswith("/kalendarz/") else path[:42]
            self.stdout.write(
                f"{reader:13} {shown:42} {statistics.median(ordered):7.1f} {p95:7.1f} "
                f"{ordered[-1]:7.1f} {errors[reader, path]:6}"
            )
        self.stdout.write(
            f"\n{total} requests in {elapsed:.1f} s: {total / elapsed:.1f} requests per second"
        )


def fetch(url, cookie):
    """(status, milliseconds) of one GET, reading the whole body."""
    headers = {"Cookie": cookie} if cookie else {}
    request = urllib.request.Request(url, headers=headers)  # noqa: S310 – http://127.0.0.1 only
    started = time.perf_counter()
    try:
        with urllib.request.urlopen(request, timeout=30) as response:  # noqa: S310
            response.read()
            status = response.status
    except urllib.error.HTTPError as error:
        status = error.code
    return status, (time.perf_counter() - started) * 1000
