"""Which pages `make bench` loads, as whom, and how many SQL queries each costs.

The same pages at both sizes – network 1 (the demo member's), its seventh session, network 3's
first outcome (the demo observer's), the first public and the first members-only practice –
so that a difference between the sizes is the data's, not the page's.

Readers sign in through the site's own login form over HTTP, as a browser does; the session
cookie is then sent with every request. Queries are counted apart from the load, in this
process with Django's test client against the same database: a count does not need the
server, and the load must not be slowed by counting.
"""

import http.client
import re
from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.contrib.auth import get_user_model
from django.db import connection, reset_queries
from django.test import Client
from django.test.utils import CaptureQueriesContext

from practices.models import PracticeIndexPage, PracticePage
from workspaces.access.models import promoted
from workspaces.outcomes.models import OutcomePage
from workspaces.registry.demo import DEMO_PASSWORD
from workspaces.registry.models import NetworkIndexPage, NetworkPage, WorkspacePage
from workspaces.sessions.models import SessionPage

VISITOR, MEMBER, OBSERVER = "visitor", "member", "observer"
SEARCH = "miasto"  # a word in most practices: the search's worst case
LOGIN_PATH = "/konto/logowanie/"


@dataclass(frozen=True)
class Page:
    name: str
    reader: str
    path: str


def main_pages():
    """The pages of issue 14's table, in its order, visitors' first."""
    network = NetworkPage.objects.get(number=1)
    workspace = WorkspacePage.objects.child_of(network).get()
    session = SessionPage.objects.child_of(workspace).filter(number__lte=7).order_by("-number")
    outcome = OutcomePage.objects.live().descendant_of(NetworkPage.objects.get(number=3))
    library = PracticeIndexPage.objects.get().url
    practices = PracticePage.objects.live().order_by("pk")
    public = promoted(practices).first()
    members_only = practices.exclude(pk__in=promoted(practices).values("pk")).first()
    search = f"{library}?{urlencode({'q': SEARCH})}"
    return [
        Page("home", VISITOR, "/"),
        Page("network index", VISITOR, NetworkIndexPage.objects.get().url),
        Page("practice index", VISITOR, library),
        Page("practice page", VISITOR, public.url),
        Page("library search ?q=", VISITOR, search),
        Page("landing page", VISITOR, network.url),
        Page("workspace", MEMBER, workspace.url),
        Page("session", MEMBER, session.first().url),
        Page("outcome", OBSERVER, outcome.order_by("path").first().url),
        Page("library search ?q=", MEMBER, search),
        Page("practice page", MEMBER, members_only.url),
    ]


def count_queries(pages):
    """{page: (queries of a request on warm caches, of the first request)}. The first finds
    this process's caches empty (unless they are Redis, shared with an earlier run): what a
    page costs after a restart or a purge; the second is what most requests cost."""
    clients = {VISITOR: Client(HTTP_HOST="127.0.0.1")}
    for reader in (MEMBER, OBSERVER):
        clients[reader] = Client(HTTP_HOST="127.0.0.1")
        clients[reader].force_login(get_user_model().objects.get(username=reader))
    counts = {}
    for page in pages:
        client = clients[page.reader]
        counts[page] = tuple(reversed([_queries(client, page) for _first_then_second in "12"]))
    return counts


def _queries(client, page):
    reset_queries()  # each request empties the log; start counting from empty
    with CaptureQueriesContext(connection) as queries:
        _check(page, client.get(page.path).status_code)
    return len(queries)


def _check(page, status):
    if status != 200:
        raise RuntimeError(f"{page.reader} got {status} from {page.path}")


def sign_in(port, username):
    """The session cookie ("name=value") of `username` signed in through the login form."""
    csrf_name, session_name = settings.CSRF_COOKIE_NAME, settings.SESSION_COOKIE_NAME
    status, headers, body = _http(port, "GET", LOGIN_PATH)
    csrf_cookie = _cookie(headers, csrf_name)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', body)
    if status != 200 or not csrf_cookie or not token:
        raise RuntimeError(f"the login form did not load ({status})")
    form = urlencode(
        {"csrfmiddlewaretoken": token[1], "username": username, "password": DEMO_PASSWORD}
    )
    status, headers, _body = _http(
        port,
        "POST",
        LOGIN_PATH,
        form,
        {
            "Cookie": f"{csrf_name}={csrf_cookie}",
            "Content-Type": "application/x-www-form-urlencoded",
        },
    )
    session = _cookie(headers, session_name)
    if status != 302 or not session:
        raise RuntimeError(f"{username} could not sign in ({status})")
    return f"{session_name}={session}"


def stylesheet_path(port):
    """The site's stylesheet as the home page links it (its hashed production name)."""
    _status, _headers, body = _http(port, "GET", "/")
    found = re.search(r'<link rel="stylesheet" href="([^"]+\.css)"', body)
    if not found:
        raise RuntimeError("the home page links no stylesheet")
    return found[1]


def _http(port, method, path, body=None, headers=None):
    conn = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        return response.status, response.getheaders(), response.read().decode(errors="replace")
    finally:
        conn.close()


def _cookie(headers, name):
    for header, value in headers:
        if header.lower() == "set-cookie" and value.startswith(f"{name}="):
            return value.split(";", 1)[0].split("=", 1)[1]
    return None
