from django.db import connection
from django.test.utils import CaptureQueriesContext

from workspaces.activity import feed, overview


def test_explore(demo):
    user = demo.user("member")
    with CaptureQueriesContext(connection) as ctx:
        list(feed.events(user, [demo.network(1)], 1))
    for q in ctx.captured_queries:
        print("FEED", q["sql"][:250])
    for url in ["/", demo.workspace(1).url]:
        c = demo.client_for("member")
        c.get(url)
        with CaptureQueriesContext(connection) as ctx:
            r = c.get(url)
        print(url, r.status_code, len(ctx.captured_queries))
        for q in ctx.captured_queries:
            print("   ", q["sql"][:200])
