from django.db import connection
from django.test.utils import CaptureQueriesContext

from home import page_context
from home.models import HomePage
from workspaces.activity import pages
from workspaces.registry.models import WorkspacePage


def _count(demo, url, user):
    c = demo.client_for(user)
    c.get(url)
    with CaptureQueriesContext(connection) as ctx:
        r = c.get(url)
    assert r.status_code == 200
    return len(ctx.captured_queries)


def test_explore(demo, monkeypatch):
    cases = [("/", "member"), ("/", "observer"), ("/", "coordinator"), (demo.workspace(1).url, "member"), (demo.workspace(1).url, "coordinator")]
    with_panels = [_count(demo, u, who) for u, who in cases]
    monkeypatch.setitem(page_context._CONTRIBUTORS, HomePage, [f for f in page_context._CONTRIBUTORS[HomePage] if f is not pages.my_networks])
    monkeypatch.setitem(page_context._CONTRIBUTORS, WorkspacePage, [f for f in page_context._CONTRIBUTORS[WorkspacePage] if f is not pages.recent_activity])
    without = [_count(demo, u, who) for u, who in cases]
    for case, a, b in zip(cases, with_panels, without):
        print(case, "with", a, "without", b, "added", a - b)
