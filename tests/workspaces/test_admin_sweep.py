"""Every admin URL, visited by another network's coordinator, keeps network 8's secrets (SPEC §4:
"–" also means not shown with a revealing title anywhere, the Wagtail admin included).

The URL patterns come from Django's resolver, not from a list written here: a URL that a Wagtail
upgrade adds is swept too. Each pattern is filled with the ids of pages and documents that the
coordinator of network 1 must not learn about – network 8's private pages, another network's
unpublished draft, a document in network 8's private collection – and is asked for them in its
query string as well (`?id=…`, `?q=…`), the way choosers and bulk actions take them.
"""

import datetime
import re
import uuid
from dataclasses import dataclass

from django.core.files.base import ContentFile
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import timezone

from wagtail.documents import get_document_model
from wagtail.models import Collection

import pytest

from workspaces.outcomes.models import OutcomePage
from workspaces.registry.services import network_collection_name
from workspaces.sessions.models import SessionPage

MARK = "ZASTRZEZONE"  # every secret title carries it, with a unique suffix


def _admin_routes():
    """Every URL pattern mounted under /admin/, as written (route syntax or a regex)."""
    found = []

    def walk(patterns, prefix):
        for entry in patterns:
            route = prefix + str(entry.pattern).lstrip("^").removesuffix("$")
            if isinstance(entry, URLResolver):
                walk(entry.url_patterns, route)
            elif isinstance(entry, URLPattern):
                found.append(route)

    for entry in get_resolver().url_patterns:
        if isinstance(entry, URLResolver) and str(entry.pattern) == "admin/":
            walk(entry.url_patterns, "admin/")
    return sorted(set(found) - {"admin/.*/"})  # the catch-all "not found" pattern


ADMIN_ROUTES = _admin_routes()
PARAMETER = re.compile(r"<(?:[^>:]+:)?(?P<name>[^>]+)>|\(\?P<(?P<group>[^>]+)>[^)]*\)")
KIND_PARAMETERS = {"app_label", "model_name", "action", "content_type_app_name",
                   "content_type_model_name", "app_name"}  # fmt: skip


def _bulk_action_routes():
    """Each registered bulk action's URL: pages and documents among them."""
    from wagtail.admin.views.bulk_action.registry import bulk_action_registry

    bulk_action_registry._scan_for_bulk_actions()
    return [
        f"admin/bulk/{app}/{model}/{action}/"
        for app, models in bulk_action_registry.actions.items()
        for model, actions in models.items()
        for action in actions
    ]


def _page_type_routes(route):
    """Routes naming a page type: filled with each of our page types."""
    from wagtail.models import get_page_models

    filled = []
    for model in get_page_models():
        meta = model._meta
        values = {"content_type_app_name": meta.app_label, "app_label": meta.app_label,
                  "content_type_model_name": meta.model_name, "model_name": meta.model_name,
                  "app_name": meta.app_label}  # fmt: skip
        filled.append(PARAMETER.sub(lambda m, v=values: v.get(_name(m), m.group(0)), route))
    return filled


def _name(match):
    return match.group("name") or match.group("group")


def swept_paths(object_ids):
    """Concrete paths: every route once per id (a route without parameters once)."""
    paths = set(_bulk_action_routes())
    for route in ADMIN_ROUTES:
        if route in NOT_SWEPT:
            continue
        names = {_name(m) for m in PARAMETER.finditer(route)}
        if "action" in names:
            continue  # bulk actions: listed one by one above
        routes = _page_type_routes(route) if names & KIND_PARAMETERS else [route]
        for each in routes:
            for object_id in object_ids:
                paths.add(PARAMETER.sub(str(object_id), each))
    return sorted(paths)


# Wagtail's deliberate crash page, for testing error reporting, shows nothing; logging out
# (even a refused GET ends the session) would leave the rest of the sweep signed out.
NOT_SWEPT = {"admin/failwhale/", "admin/logout/"}


@pytest.fixture
def secrets(demo):
    """Network 8's private things and another network's draft, each with a unique title."""
    suffix = uuid.uuid4().hex[:8].upper()
    start = timezone.now() + datetime.timedelta(days=30)
    session = SessionPage(
        title=f"{MARK}SESJA{suffix}",
        slug=f"sesja-{suffix.lower()}",
        number=99,
        starts_at=start,
        ends_at=start + datetime.timedelta(hours=2),
    )
    demo.workspace(8).add_child(instance=session)
    session.save_revision().publish()
    draft = OutcomePage(
        title=f"{MARK}SZKIC{suffix}", slug=f"szkic-{suffix.lower()}", live=False, summary="x"
    )
    demo.outcome_index(2).add_child(instance=draft)
    draft.save_revision()  # the latest edited outcome: the page-types report names it
    collection = Collection.objects.get(name=network_collection_name(demo.network(8)))
    document = get_document_model().objects.create(
        title=f"{MARK}DOKUMENT{suffix}",
        collection=collection,
        file=ContentFile(b"tajne", name=f"tajne-{suffix.lower()}.txt"),
    )
    return Secrets(
        page_ids=[session.pk, draft.pk, demo.workspace(8).pk, demo.outcomes(8).pk],
        document_id=document.pk,
        titles=[session.title, draft.title, document.title],
    )


@dataclass
class Secrets:
    page_ids: list
    document_id: int
    titles: list

    @property
    def all_ids(self):
        return [*self.page_ids, self.document_id]

    def named_in(self, response):
        body = response.content.decode(errors="replace")
        return [title for title in self.titles if title in body or title.lower() in body]


def test_the_sweep_reaches_every_kind_of_admin_url():
    assert len(ADMIN_ROUTES) > 150
    for route in ("choose-page/search/", "bulk/", "reports/page-types-usage/", "documents/"):
        assert any(route in each for each in ADMIN_ROUTES), route


def test_no_admin_url_names_another_networks_pages_or_documents(demo, secrets):
    """Every admin URL, as network 1's coordinator, with ids and a search for the secrets."""
    client = demo.client_for("coordinator")
    leaks = []
    query = {"id": secrets.all_ids, "q": MARK}
    everything_under = {"id": "all", "childOf": secrets.page_ids[2]}  # a bulk action's "all"
    for path in swept_paths(secrets.all_ids):
        queries = [query, everything_under] if path.startswith("admin/bulk/") else [query]
        for response in (client.get("/" + path, each) for each in queries):
            leaks += [(path, response.status_code, title) for title in secrets.named_in(response)]
            assert "_auth_user_id" in client.session, f"{path} signed the coordinator out"
    assert leaks == []


def test_editors_find_the_same_secrets_so_the_sweep_can_see_them(demo, secrets):
    client = demo.client_for("editor")
    search = client.get("/admin/choose-page/search/", {"q": MARK})
    chosen = client.get("/admin/choose-page/chosen-multiple/", {"id": secrets.page_ids})
    documents = get_document_model()._meta
    bulk = client.get(
        f"/admin/bulk/{documents.app_label}/{documents.model_name}/delete/",
        {"id": secrets.document_id},
    )
    report = client.get("/admin/reports/page-types-usage/")
    assert set(secrets.named_in(search)) == set(secrets.titles[:2])
    assert set(secrets.named_in(chosen)) == set(secrets.titles[:2])
    assert secrets.named_in(bulk) == [secrets.titles[2]]
    assert secrets.titles[1] in secrets.named_in(report)
