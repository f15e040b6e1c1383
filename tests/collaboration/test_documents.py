"""Shared documents in a network's workspace (issue 10, item 3): who uploads, lists and downloads
them and their earlier versions; files checked by their content (a renamed program or a PNG
named .pdf is refused); nothing stored on any error; files only in the private storage, only
through the serve view; the list's cost does not grow with the number of documents."""

import io
import time
import uuid
import zipfile
from pathlib import Path

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection
from django.test import override_settings
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from wagtail.models import Collection

import pytest

from tests.polish import english
from workspaces.access.models import PrivateDocument
from workspaces.collaboration import documents, services, uploads
from workspaces.collaboration.models import DocumentVersion, SharedDocument
from workspaces.registry.models import Membership, MembershipRole
from workspaces.registry.services import network_collection_name
from workspaces.sessions.models import SessionPage

# Network 1 (MIASTO CYFROWE): its member, coordinator and the editors read its documents; the
# observer (network 3), the mayor (network 8) and "demo-former" (left network 6) do not.
READERS = ["member", "coordinator", "editor"]
OUTSIDERS = ["observer", "mayor", "demo-former"]
SIGN_IN = "/konto/logowanie/"


# --- files of every kind, each carrying the test's marker so that stored copies can be found ----


def _zip(entries, first=None):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_STORED) as archive:
        if first:
            archive.writestr(*first)
        for name, data in entries.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _office(part, marker):
    return _zip(
        {
            "[Content_Types].xml": '<?xml version="1.0"?><Types/>',
            "_rels/.rels": "<Relationships/>",
            f"{part}/main.xml": f"<document>{marker}</document>",
        }
    )


def _opendocument(kind, marker):
    return _zip(
        {"content.xml": f"<office:document-content>{marker}</office:document-content>"},
        first=("mimetype", f"application/vnd.oasis.opendocument.{kind}"),
    )


def content(kind, marker):
    text = f"Materiał sieci {marker}\n"
    return {
        "pdf": b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\nendobj\n"
        + marker.encode()
        + b"\n%%EOF\n",
        "png": b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + marker.encode(),
        "jpg": b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + marker.encode(),
        "docx": _office("word", marker),
        "xlsx": _office("xl", marker),
        "pptx": _office("ppt", marker),
        "odt": _opendocument("text", marker),
        "ods": _opendocument("spreadsheet", marker),
        "odp": _opendocument("presentation", marker),
        "csv": f"miasto;liczba\nKrosno;1\n{marker};2\n".encode(),
        "txt": text.encode(),
        "cp1250": ("Zażółć gęślą jaźń " + marker).encode("cp1250"),
        "exe": b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff"
        + marker.encode()
        + b"\x00" * 64,
        "elf": b"\x7fELF\x02\x01\x01\x00" + marker.encode() + b"\x00" * 32,
        "script": f"#!/bin/sh\necho {marker}\n".encode(),
        "html": f"  <html><script>alert('{marker}')</script></html>".encode(),
        "zip": _zip({"notes.xml": marker}),
        "macros": _zip(
            {
                "[Content_Types].xml": "<Types/>",
                "word/document.xml": marker,
                "word/vbaProject.bin": "Attribute VB_Name",
            }
        ),
        "binary": b"\x01\x02\x03\x04" + marker.encode() + b"\x05\x06",
    }[kind]


def upload_file(name, kind, marker):
    return SimpleUploadedFile(name, content(kind, marker))


@pytest.fixture
def marker():
    return f"ZNACZNIK{uuid.uuid4().hex}"


def _stored_with(marker, since):
    """Files in the private storage written since `since` that hold `marker`."""
    root = Path(settings.PRIVATE_MEDIA_ROOT)
    if not root.exists():
        return []
    return [
        path
        for path in root.rglob("*")
        if path.is_file() and path.stat().st_mtime >= since and marker.encode() in path.read_bytes()
    ]


@pytest.fixture
def started():
    return time.time() - 2


@pytest.fixture(autouse=True)
def _remove_stored_files(marker, started):
    """The test database is rolled back after each test; the files are removed here."""
    yield
    for path in _stored_with(marker, started):
        path.unlink()


def _counts():
    return PrivateDocument.objects.count(), SharedDocument.objects.count()


@pytest.fixture
def shared(demo, marker):
    """Anna Nowak (member) shared a PDF in network 1, then replaced it with a second version."""
    member, network = demo.user("member"), demo.network(1)
    first = documents.upload(
        member, network, upload_file("plan.pdf", "pdf", marker), title="Plan cyfryzacji"
    )
    return documents.replace(member, first, upload_file("plan-v2.pdf", "pdf", marker + "V2"))


# --- recognising files by their content ------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "kind", "expected"),
    [
        ("raport.pdf", "pdf", "pdf"),
        ("wniosek.DOCX", "docx", "docx"),
        ("budzet.xlsx", "xlsx", "xlsx"),
        ("prezentacja.pptx", "pptx", "pptx"),
        ("notatka.odt", "odt", "odt"),
        ("arkusz.ods", "ods", "ods"),
        ("slajdy.odp", "odp", "odp"),
        ("dane.csv", "csv", "csv"),
        ("opis.txt", "txt", "txt"),
        ("stary-opis.txt", "cp1250", "txt"),
        ("mapa.png", "png", "png"),
        ("zdjecie.jpg", "jpg", "jpg"),
        ("zdjecie.jpeg", "jpg", "jpg"),
    ],
)
def test_accepted_files_are_recognised_by_their_content(name, kind, expected, marker):
    assert uploads.check(upload_file(name, kind, marker)) == expected


@pytest.mark.parametrize(
    ("name", "kind", "code"),
    [
        ("program.exe", "exe", "type"),  # not an accepted type
        ("archiwum.zip", "zip", "type"),
        ("raport.pdf", "exe", "program"),  # a renamed Windows program
        ("opis.txt", "exe", "program"),
        ("tabela.docx", "elf", "program"),  # a renamed Linux program
        ("opis.txt", "script", "program"),  # a renamed script
        ("strona.csv", "html", "mismatch"),
        ("raport.pdf", "png", "mismatch"),  # a PNG named .pdf
        ("mapa.png", "pdf", "mismatch"),
        ("wniosek.docx", "xlsx", "mismatch"),
        ("wniosek.docx", "zip", "mismatch"),  # any other ZIP archive
        ("notatka.odt", "ods", "mismatch"),
        ("dane.csv", "binary", "mismatch"),
        ("wniosek.docx", "macros", "macros"),
    ],
)
def test_files_whose_content_is_not_what_their_name_says_are_refused(name, kind, code, marker):
    with pytest.raises(ValidationError) as refused:
        uploads.check(upload_file(name, kind, marker))
    assert [error.code for error in refused.value.error_dict["file"]] == [code]


def test_an_empty_file_is_refused():
    with pytest.raises(ValidationError) as refused:
        uploads.check(SimpleUploadedFile("pusty.pdf", b""))
    assert refused.value.error_dict["file"][0].code == "empty"


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_the_size_cap_comes_from_settings_and_is_checked_before_the_content(marker):
    with pytest.raises(ValidationError) as refused:
        uploads.check(SimpleUploadedFile("duzy.pdf", b"%PDF-" + b"0" * 2000))
    assert refused.value.error_dict["file"][0].code == "size"
    assert uploads.check(upload_file("maly.pdf", "pdf", marker)) == "pdf"


# --- uploading from the workspace ---------------------------------------------------------


def _list_url(demo, number=1):
    return reverse("documents", args=[demo.workspace(number).pk])


def test_a_member_shares_a_document_from_the_workspace(demo, marker, started):
    client = demo.client_for("member")
    session = SessionPage.objects.live().descendant_of(demo.network(1)).first()
    thread = services.start_thread(demo.user("member"), demo.network(1), "Wątek o planie", "Treść")
    response = client.post(
        _list_url(demo),
        {
            "file": upload_file("plan.pdf", "pdf", marker),
            "title": "Plan cyfryzacji",
            "session": session.pk,
            "thread": thread.pk,
        },
    )
    shared = SharedDocument.objects.get(title="Plan cyfryzacji")
    assert response.status_code == 302
    assert response["Location"] == reverse("shared_document", args=[shared.pk])
    assert shared.network == demo.network(1) and shared.uploaded_by == demo.user("member")
    assert (shared.session, shared.thread, shared.kind) == (session, thread, "pdf")
    assert [version.number for version in shared.versions.all()] == [1]
    # Stored as a private document in the network's collection, outside the media root.
    document = shared.current
    assert document.collection.name == network_collection_name(demo.network(1))
    stored = Path(document.file.path).resolve()
    assert stored.is_relative_to(Path(settings.PRIVATE_MEDIA_ROOT).resolve())
    assert not stored.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
    assert document.file_size == len(content("pdf", marker)) and document.file_hash
    assert _stored_with(marker, started) == [Path(document.file.path)]  # the check finds files
    # Listed, and downloaded through the serve view.
    html = client.get(_list_url(demo)).content.decode()
    assert "Plan cyfryzacji" in html and document.url in html
    assert document.url == f"/documents/{document.pk}/plan.pdf"
    download = client.get(document.url)
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == content("pdf", marker)


def test_the_title_defaults_to_the_files_name(demo, marker):
    client = demo.client_for("member")
    client.post(_list_url(demo), {"file": upload_file("Notatka ze spotkania.txt", "txt", marker)})
    assert SharedDocument.objects.get(title="Notatka ze spotkania").kind == "txt"


BAD_UPLOADS = [
    ("program.exe", "exe", "Files of this type are not accepted"),
    ("raport.pdf", "exe", "Programs and scripts are not accepted"),
    ("opis.txt", "script", "Programs and scripts are not accepted"),
    ("strona.csv", "html", "does not match its name"),
    ("raport.pdf", "png", "it is not a PDF file"),
    ("wniosek.docx", "macros", "Documents with macros are not accepted"),
]


@pytest.mark.parametrize(("name", "kind", "error"), BAD_UPLOADS)
def test_a_bad_upload_is_refused_with_a_clear_error_and_nothing_stored(
    demo, marker, started, name, kind, error
):
    client = demo.client_for("member")
    before = _counts()
    response = client.post(english(_list_url(demo)), {"file": upload_file(name, kind, marker)})
    assert response.status_code == 200
    html = response.content.decode()
    assert error in html
    assert 'aria-describedby="id_file_helptext id_file_error"' in html
    assert _counts() == before
    assert _stored_with(marker, started) == []


def test_an_empty_file_is_refused_and_nothing_stored(demo, started):
    client = demo.client_for("member")
    before = _counts()
    empty = SimpleUploadedFile("pusty.pdf", b"")
    response = client.post(english(_list_url(demo)), {"file": empty})
    assert "The file is empty." in response.content.decode()
    assert _counts() == before


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_an_oversized_file_is_refused_and_nothing_stored(demo, marker, started):
    client = demo.client_for("member")
    before = _counts()
    big = SimpleUploadedFile("duzy.pdf", content("pdf", marker) + b"0" * 2048)
    response = client.post(english(_list_url(demo)), {"file": big})
    html = response.content.decode()
    assert "The file is too large" in html and "1.0\xa0KB" in html
    assert _counts() == before
    assert _stored_with(marker, started) == []


def test_nothing_stays_stored_when_the_records_cannot_be_written(
    demo, marker, started, monkeypatch
):
    """The file reaches the storage before the records; a failure after it removes the file."""

    def broken(*args, **kwargs):
        raise RuntimeError("database gone")

    monkeypatch.setattr(DocumentVersion.objects, "create", broken)
    before = _counts()
    with pytest.raises(RuntimeError):
        documents.upload(demo.user("member"), demo.network(1), upload_file("a.pdf", "pdf", marker))
    assert _counts() == before
    assert _stored_with(marker, started) == []


def test_a_session_or_discussion_of_another_network_is_refused(demo, marker, started):
    member, network = demo.user("member"), demo.network(1)
    other_session = SessionPage.objects.live().descendant_of(demo.network(3)).first()
    other_thread = services.start_thread(
        demo.user("editor"), demo.network(3), "Obcy wątek", "Treść"
    )
    before = _counts()
    for links in ({"session": other_session}, {"thread": other_thread}):
        with pytest.raises(ValidationError):
            documents.upload(member, network, upload_file("a.pdf", "pdf", marker), **links)
    # Through the site, another network's ids are not among the choices.
    client = demo.client_for("member")
    for field, value in (("session", other_session.pk), ("thread", other_thread.pk)):
        file = upload_file("a.pdf", "pdf", marker)
        assert client.post(_list_url(demo), {"file": file, field: value}).status_code == 200
    assert _counts() == before
    assert _stored_with(marker, started) == []


# --- who reads, uploads and replaces -------------------------------------------------------


def _old_version(shared):
    return shared.versions.get(number=1).document


@pytest.mark.parametrize("username", [*READERS, *OUTSIDERS, None])
def test_only_the_networks_people_and_editors_reach_its_documents_and_old_versions(
    demo, shared, username
):
    client = demo.client_for(username)
    urls = [
        _list_url(demo),
        reverse("shared_document", args=[shared.pk]),
        shared.current.url,
        _old_version(shared).url,
    ]
    for url in urls:
        response = client.get(url)
        if username is None:
            assert response.status_code == 302 and SIGN_IN in response["Location"], url
        elif username in READERS:
            assert response.status_code == 200, (username, url)
        else:
            assert response.status_code == 404, (username, url)
    if username in READERS:
        html = client.get(reverse("shared_document", args=[shared.pk])).content.decode()
        assert shared.current.url in html and _old_version(shared).url in html


@pytest.mark.parametrize("username", [*OUTSIDERS, None])
def test_outsiders_neither_upload_nor_replace(demo, shared, marker, started, username):
    client = demo.client_for(username)
    before = (*_counts(), DocumentVersion.objects.count())
    upload = client.post(_list_url(demo), {"file": upload_file("obcy.pdf", "pdf", "OBCY" + marker)})
    again = client.post(
        reverse("shared_document", args=[shared.pk]),
        {"file": upload_file("obcy.pdf", "pdf", "OBCY" + marker)},
    )
    expected = 302 if username is None else 404
    assert upload.status_code == expected and again.status_code == expected
    assert (*_counts(), DocumentVersion.objects.count()) == before
    assert _stored_with("OBCY" + marker, started) == []
    if username is not None:
        with pytest.raises(PermissionDenied):
            documents.upload(
                demo.user(username), demo.network(1), upload_file("x.pdf", "pdf", marker)
            )


def _another_member(demo):
    seat = (
        Membership.objects.in_force()
        .filter(network=demo.network(1), role=MembershipRole.MEMBER, person__user__isnull=False)
        .exclude(person__user__username="member")
        .select_related("person__user")
        .first()
    )
    return seat.person.user


def test_replacing_keeps_the_earlier_versions_for_the_members(demo, shared, marker):
    assert [v.number for v in shared.versions.all()] == [2, 1]
    assert shared.current.filename == "plan-v2.pdf"
    assert _old_version(shared).filename == "plan.pdf"
    # The coordinator replaces someone else's document too; a third version becomes current.
    client = demo.client_for("coordinator")
    response = client.post(
        reverse("shared_document", args=[shared.pk]),
        {"file": upload_file("plan.docx", "docx", marker + "V3")},
    )
    assert response.status_code == 302
    shared.refresh_from_db()
    assert shared.kind == "docx" and shared.versions.count() == 3
    member = demo.client_for("member")
    for version in shared.versions.all():
        assert version.document.collection == shared.current.collection
        assert member.get(version.document.url).status_code == 200


def test_only_the_uploader_and_coordinators_replace(demo, shared, marker, started):
    other = _another_member(demo)
    with pytest.raises(PermissionDenied):
        documents.replace(other, shared, upload_file("b.pdf", "pdf", "INNY" + marker))
    client = demo.client_for(other.username)
    page = client.get(reverse("shared_document", args=[shared.pk]))
    assert page.status_code == 200 and 'enctype="multipart/form-data"' not in page.content.decode()
    refused = client.post(
        reverse("shared_document", args=[shared.pk]),
        {"file": upload_file("b.pdf", "pdf", "INNY" + marker)},
    )
    assert refused.status_code == 403
    assert shared.versions.count() == 2
    assert _stored_with("INNY" + marker, started) == []


def test_a_bad_replacement_keeps_the_current_version(demo, shared, marker, started):
    client = demo.client_for("member")
    response = client.post(
        reverse("shared_document", args=[shared.pk]),
        {"file": upload_file("plan.pdf", "exe", "ZLY" + marker)},
    )
    assert response.status_code == 200
    current = shared.current
    shared.refresh_from_db()
    assert shared.current == current and shared.versions.count() == 2
    assert _stored_with("ZLY" + marker, started) == []


# --- the list: filters, the workspace's link, the cost ----------------------------------------


def test_the_list_filters_by_session_discussion_uploader_and_type(demo, marker):
    network, member, coordinator = demo.network(1), demo.user("member"), demo.user("coordinator")
    session = SessionPage.objects.live().descendant_of(network).first()
    thread = services.start_thread(member, network, "Wątek z plikami", "Treść")
    documents.upload(member, network, upload_file("a.pdf", "pdf", marker), "Protokół PDF", session)
    documents.upload(
        coordinator, network, upload_file("b.xlsx", "xlsx", marker), "Budżet XLSX", thread=thread
    )
    documents.upload(member, network, upload_file("c.png", "png", marker), "Mapa PNG")
    client = demo.client_for("member")

    ours = {"Protokół PDF", "Budżet XLSX", "Mapa PNG"}  # the demo shares documents too

    def titles(**query):
        listed = client.get(_list_url(demo), query).context["documents"]
        return {shared.title for shared in listed} & ours

    assert titles() == {"Protokół PDF", "Budżet XLSX", "Mapa PNG"}
    assert titles(session=session.pk) == {"Protokół PDF"}
    assert titles(thread=thread.pk) == {"Budżet XLSX"}
    assert titles(uploader=coordinator.pk) == {"Budżet XLSX"}
    assert titles(uploader=member.pk, type="png") == {"Mapa PNG"}
    assert titles(type="exe", session="x", uploader="99999") == titles()  # unknown: ignored
    # Another network's list does not show them.
    editor = demo.client_for("editor")
    assert "Mapa PNG" not in editor.get(_list_url(demo, 3)).content.decode()


def test_the_workspace_page_links_to_the_documents(demo):
    html = demo.client_for("member").get(demo.workspace(1).url).content.decode()
    assert _list_url(demo) in html


def _queries_for(client, url):
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    return len(captured)


def test_the_list_costs_the_same_with_ten_times_the_documents(demo):
    network, member = demo.network(1), demo.user("member")
    collection = Collection.objects.get(name=network_collection_name(network))
    session = SessionPage.objects.live().descendant_of(network).first()
    thread = services.start_thread(member, network, "Wątek", "Treść")

    def add(count):
        for number in range(count):
            document = PrivateDocument.objects.create(  # records only: no file is written
                title=f"Plik {number}", collection=collection, file=f"documents/x/plik{number}.pdf"
            )
            shared = SharedDocument.objects.create(
                network=network,
                title=f"Plik {number}",
                uploaded_by=member,
                session=session,
                thread=thread,
                current=document,
                kind="pdf",
                updated_at=document.created_at,
            )
            DocumentVersion.objects.create(
                shared=shared, document=document, number=1, kind="pdf", uploaded_by=member,
                uploaded_at=document.created_at,
            )  # fmt: skip

    client, url = demo.client_for("member"), _list_url(demo)
    add(2)
    few = _queries_for(client, url)
    add(18)
    assert _queries_for(client, url) == few
    assert _queries_for(client, url + f"?session={session.pk}&type=pdf") == few
