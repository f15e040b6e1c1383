"""A coordinator's admin names their own network and the public site, nothing of the others
(SPEC §4 and issue 8: choosers, bulk actions, reports, and what a page may refer to)."""

import datetime

from django.core.files.base import ContentFile
from django.utils import timezone
from django.utils.html import escape

from wagtail.documents import get_document_model
from wagtail.models import Collection, Page
from wagtail.test.utils.form_data import nested_form_data, querydict_from_html, streamfield

import pytest

from workspaces.access.admin_forms import NOT_YOURS
from workspaces.registry.services import network_collection_name
from workspaces.sessions.models import SessionPage


def _document(network, title):
    collection = Collection.objects.get(name=network_collection_name(network))
    return get_document_model().objects.create(
        title=title, collection=collection, file=ContentFile(b"x", name="material.txt")
    )


def test_chooser_offers_the_coordinators_own_network_and_the_public_site(demo):
    client = demo.client_for("coordinator")
    own_session = SessionPage.objects.child_of(demo.workspace(1)).first()
    other_session = SessionPage.objects.child_of(demo.workspace(2)).first()
    browse = client.get(f"/admin/choose-page/{demo.workspace(1).pk}/")
    assert browse.status_code == 200
    assert own_session.title in browse.content.decode()
    listed = client.get(f"/admin/choose-page/{demo.network(2).pk}/").context["table"].data
    assert demo.network(2).get_children().filter(pk__in=[p.pk for p in listed]).exists()
    assert demo.workspace(2).pk not in [page.pk for page in listed]
    assert client.get(f"/admin/choose-page/{demo.workspace(2).pk}/").status_code == 404
    found = client.get("/admin/choose-page/search/", {"q": other_session.title})
    assert other_session.pk not in [page.pk for page in found.context["table"].data]


def test_editors_choose_from_every_network(demo):
    client = demo.client_for("editor")
    workspace = demo.workspace(8)  # the leaders network, where the editor holds no seat
    browse = client.get(f"/admin/choose-page/{workspace.pk}/")
    assert browse.status_code == 200
    sessions = workspace.get_children()
    listed = {page.pk for page in browse.context["table"].data}
    assert listed == {workspace.pk, *sessions.values_list("pk", flat=True)}  # it, then its own
    html = browse.content.decode()
    assert sessions.exists() and all(escape(session.title) in html for session in sessions)


def test_bulk_action_lists_only_pages_the_coordinator_may_see(demo):
    client = demo.client_for("coordinator")
    own = demo.workspace(1)
    other = SessionPage.objects.child_of(demo.workspace(8)).first()
    response = client.get("/admin/bulk/wagtailcore/page/unpublish/", {"id": [own.pk, other.pk]})
    html = response.content.decode()
    assert own.title in html and other.title not in html


def test_bulk_action_on_everything_under_a_hidden_page_names_nothing(demo):
    client = demo.client_for("coordinator")
    sessions = SessionPage.objects.child_of(demo.workspace(8))
    response = client.get(
        "/admin/bulk/wagtailcore/page/delete/", {"id": "all", "childOf": demo.workspace(8).pk}
    )
    html = response.content.decode() if response.status_code == 200 else ""
    assert sessions.exists()
    assert not [s.title for s in sessions if s.title in html]


@pytest.fixture
def new_session(demo):
    """A session of network 1 whose minutes are not yet approved, so its coordinator edits it."""
    start = timezone.now() + datetime.timedelta(days=60)
    session = SessionPage(
        title="Sesja planowana", number=50, starts_at=start, ends_at=start, slug="sesja-50"
    )
    demo.workspace(1).add_child(instance=session)
    return session


def _session_edit_post(client, session, document):
    """The session's edit form as the admin renders it, with `document` added to materials."""
    url = f"/admin/pages/{session.pk}/edit/"
    data = querydict_from_html(client.get(url).content.decode(), form_id="page-edit-form")
    streams = nested_form_data(
        {
            "agenda": streamfield([]),
            "materials": streamfield([("material", {"document": document.pk, "description": ""})]),
        }
    )
    data.update(streams)
    return client.post(url, data)


def test_coordinator_cannot_attach_another_networks_document(demo, new_session):
    client = demo.client_for("coordinator")
    session = new_session
    foreign = _document(demo.network(8), "Dokument sieci liderów")
    response = _session_edit_post(client, session, foreign)
    assert response.status_code == 200  # the form again, with the error
    assert str(NOT_YOURS) in response.context["form"].errors["materials"]
    assert foreign.pk not in _document_ids(session)


def test_coordinator_attaches_their_own_networks_document(demo, new_session):
    client = demo.client_for("coordinator")
    session = new_session
    own = _document(demo.network(1), "Dokument własnej sieci")
    response = _session_edit_post(client, session, own)
    assert response.status_code == 302, response.context["form"].errors
    assert own.pk in _document_ids(session)


def _document_ids(session):
    revision = Page.objects.get(pk=session.pk).specific.get_latest_revision_as_object()
    return [block.value["document"].pk for block in revision.materials]


@pytest.mark.parametrize("username", ["coordinator", "editor"])
def test_page_types_report_names_the_latest_page_the_reader_may_see(demo, username):
    own = SessionPage.objects.child_of(demo.workspace(1)).first()
    secret = SessionPage.objects.child_of(demo.workspace(8)).first()
    for page, title in ((own, "Sesja własna QWX"), (secret, "Sesja liderów QWX")):
        page.title = title
        page.save()
        page.save_revision()  # the secret one last: the latest edited session of all
    html = demo.client_for(username).get("/admin/reports/page-types-usage/").content.decode()
    if username == "editor":
        assert secret.title in html
    else:
        assert secret.title not in html and own.title in html


def test_the_move_confirmation_does_not_name_pages_the_coordinator_may_not_see(demo):
    client = demo.client_for("coordinator")
    secret = SessionPage.objects.child_of(demo.workspace(8)).first()
    own = demo.workspace(1)
    for url in (
        f"/admin/pages/{own.pk}/move/{demo.workspace(8).pk}/confirm/",
        f"/admin/pages/{secret.pk}/move/{secret.pk}/confirm/",
    ):
        response = client.get(url)
        assert response.status_code == 404
        assert secret.title not in response.content.decode()


@pytest.mark.parametrize("ids", [["99999999999999999999999"], ["-1", "abc"]])
def test_impossible_ids_in_admin_urls_are_no_error(demo, ids):
    client = demo.client_for("coordinator")
    chosen = client.get("/admin/choose-page/chosen-multiple/", {"id": ids})
    assert chosen.status_code == 200
    assert chosen.json() == {"step": "page_chosen", "result": []}  # no page for such an id
    assert client.get("/admin/bulk/wagtailcore/page/delete/", {"id": ids}).status_code == 404
