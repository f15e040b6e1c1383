"""Private files never sit where a web server serves them (issue 8, item 2; SPEC §6: "stored
files are never reachable except through the serve view")."""

from pathlib import Path

from django.conf import settings
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management.sql import emit_post_migrate_signal
from django.test import override_settings
from django.urls import re_path
from django.views.static import serve

from wagtail.documents import get_document_model
from wagtail.models import Collection, CollectionViewRestriction

from cms.urls import urlpatterns as site_urlpatterns
from practices.collection import LIBRARY_COLLECTION_NAME
from workspaces.registry.services import network_collection_name

# What `make run` mounts (DEBUG): the media folder served as it is, then the site.
urlpatterns = [
    re_path(r"^media/(?P<path>.*)$", serve, {"document_root": settings.MEDIA_ROOT}),
    *site_urlpatterns,
]
DEVELOPMENT_URLS = __name__


def _network_document(demo, number=1, name="protokol.txt"):
    collection = Collection.objects.get(name=network_collection_name(demo.network(number)))
    return get_document_model().objects.create(
        title="Materiał sieci", collection=collection, file=ContentFile(b"tajne", name=name)
    )


def test_documents_are_stored_outside_the_media_root_under_names_no_one_can_guess(demo):
    first, second = _network_document(demo), _network_document(demo)
    private_root = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    for document in (first, second):
        stored = Path(document.file.path).resolve()
        assert stored.is_relative_to(private_root)
        assert not stored.is_relative_to(Path(settings.MEDIA_ROOT).resolve())
        assert document.filename == "protokol.txt"  # downloads keep their name
    assert first.file.name != second.file.name
    random_part = Path(first.file.name).parent.name
    assert len(random_part) >= 20


@override_settings(ROOT_URLCONF=DEVELOPMENT_URLS)
def test_the_development_server_does_not_serve_a_private_document(demo, client):
    document = _network_document(demo)
    public = Path(settings.MEDIA_ROOT) / "public-check.txt"
    public.parent.mkdir(parents=True, exist_ok=True)
    public.write_bytes(b"public")
    assert client.get("/media/public-check.txt").status_code == 200  # media is served here
    for guess in (document.file.name, f"documents/{document.filename}"):
        assert client.get(f"/media/{guess}").status_code == 404
    # The serve view is the way in: the network's member downloads it, a visitor signs in.
    assert demo.client_for("member").get(document.url).status_code == 200
    assert demo.client_for(None).get(document.url).status_code == 302
    assert demo.client_for("observer").get(document.url).status_code == 404


def _upload(client, size, collection):
    upload = SimpleUploadedFile("raport.pdf", b"%PDF" + b"0" * (size - 4), "application/pdf")
    return client.post(
        "/admin/documents/add/",
        {"title": "Raport", "file": upload, "collection": collection.pk, "tags": ""},
    )


@override_settings(WAGTAILDOCS_MAX_UPLOAD_SIZE=1024)
def test_an_upload_over_the_size_cap_is_refused_with_a_clear_error(demo):
    editor = demo.client_for("editor")
    collection = Collection.objects.get(name=network_collection_name(demo.network(1)))
    before = get_document_model().objects.count()
    response = _upload(editor, 4096, collection)
    assert response.status_code == 200
    errors = response.context["form"].errors["file"]
    assert any("1,0" in str(error) or "1.0" in str(error) for error in errors), errors
    assert get_document_model().objects.count() == before
    assert _upload(editor, 512, collection).status_code == 302
    assert get_document_model().objects.count() == before + 1


def test_the_size_cap_comes_from_settings():
    assert settings.WAGTAILDOCS_MAX_UPLOAD_SIZE > 0


def test_restricted_collections_are_made_again_by_migrate(demo):
    """Deleted, they come back on the next migrate (its post_migrate step), restricted."""
    names = [LIBRARY_COLLECTION_NAME, network_collection_name(demo.network(8))]
    for collection in Collection.objects.filter(name__in=names):
        collection.delete()
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    for name in names:
        collection = Collection.objects.get(name=name)
        restriction = CollectionViewRestriction.objects.get(collection=collection)
        assert restriction.groups.exists()


def test_an_empty_database_gets_the_librarys_restricted_collection():
    """A fresh install – migrate, nothing else – has the library's collection, restricted, so
    practice documents need never land in the public Root collection. (The test database is
    such an install: `tests/conftest.py` looks before loading the demo.)"""
    from tests.conftest import AFTER_MIGRATE

    assert AFTER_MIGRATE["restricted collections"] == [LIBRARY_COLLECTION_NAME]


def test_an_editor_deletes_a_document_and_its_file_goes_with_it(
    demo, django_capture_on_commit_callbacks
):
    document = _network_document(demo)
    stored = Path(document.file.path)
    with django_capture_on_commit_callbacks(execute=True):  # the file goes after the commit
        response = demo.client_for("editor").post(f"/admin/documents/delete/{document.pk}/")
    assert response.status_code == 302
    assert not get_document_model().objects.filter(pk=document.pk).exists()
    assert not stored.exists()
