"""Files on S3-compatible storage (issue 14 §5; SPEC §4: a private document only through the
serve view, never a public URL), against a real S3 API: moto's server, started here on a free
local port. Every file really travels over HTTP to the bucket and back.

The storages are the ones production builds from its environment (cms/settings/storage.py);
the settings themselves are checked in a fresh interpreter, as in test_settings.py."""

import json
import os
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path
from urllib.parse import urlsplit

from django.core.files.storage import storages
from django.core.files.uploadedfile import SimpleUploadedFile

from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Collection

import pytest

from cms.settings.storage import s3_storages
from workspaces.registry.services import network_collection_name

moto_server = pytest.importorskip(
    "moto.server", reason="moto is not installed (the test extra of requirements.lock)"
)
boto3 = pytest.importorskip("boto3", reason="boto3 is not installed (requirements.lock)")

ROOT = Path(__file__).resolve().parents[2]
BUCKET = "empiriae-test"
CONTENT = b"%PDF-1.4 protokol posiedzenia sieci - tylko dla czlonkow"


@pytest.fixture(scope="module")
def s3_environment():
    """A local S3 API with one empty bucket, and the environment production would be given."""
    server = moto_server.ThreadedMotoServer(ip_address="127.0.0.1", port=0, verbose=False)
    server.start()
    host, port = server.get_host_and_port()
    environment = {
        "DJANGO_S3_BUCKET": BUCKET,
        "DJANGO_S3_ENDPOINT_URL": f"http://{host}:{port}",
        "DJANGO_S3_REGION": "eu-central-1",
        "DJANGO_S3_ACCESS_KEY_ID": "testing",
        "DJANGO_S3_SECRET_ACCESS_KEY": "testing",
    }
    client = boto3.client(
        "s3",
        endpoint_url=environment["DJANGO_S3_ENDPOINT_URL"],
        region_name="eu-central-1",
        aws_access_key_id="testing",
        aws_secret_access_key="testing",
    )
    client.create_bucket(
        Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-central-1"}
    )
    yield environment, client
    server.stop()


@pytest.fixture
def on_the_bucket(s3_environment, settings, monkeypatch):
    """Media and documents on the bucket. The document model's file field took its storage
    when the model was defined, so it is pointed at the bucket's storage too."""
    environment, client = s3_environment
    settings.STORAGES = s3_storages(environment, settings.STORAGES)
    field = get_document_model()._meta.get_field("file")
    monkeypatch.setattr(field, "storage", storages["private_documents"])
    return environment, client


def _anonymous_get(url):
    """What anyone on the internet gets at this address: the status code."""
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - local test server
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def _upload_through_the_admin(demo):
    collection = Collection.objects.get(name=network_collection_name(demo.network(1)))
    upload = SimpleUploadedFile("protokol.pdf", CONTENT, "application/pdf")
    response = demo.client_for("editor").post(
        "/admin/documents/add/",
        {"title": "Protokół", "file": upload, "collection": collection.pk, "tags": ""},
    )
    assert response.status_code == 302, response.content[:500]
    return get_document_model().objects.get(title="Protokół", collection=collection)


def test_an_uploaded_document_lives_privately_in_the_bucket_and_only_members_get_it(
    demo, on_the_bucket
):
    environment, client = on_the_bucket
    document = _upload_through_the_admin(demo)

    key = f"private/{document.file.name}"
    stored = client.get_object(Bucket=BUCKET, Key=key)["Body"].read()
    assert stored == CONTENT
    grants = client.get_object_acl(Bucket=BUCKET, Key=key)["Grants"]
    assert all("URI" not in grant["Grantee"] for grant in grants), grants  # no AllUsers grant

    member = demo.client_for("member").get(document.url)
    assert member.status_code == 200
    assert b"".join(member.streaming_content) == CONTENT
    visitor = demo.client_for(None).get(document.url)
    assert visitor.status_code == 302 and "logowanie" in visitor["Location"]
    assert demo.client_for("observer").get(document.url).status_code == 404

    # Straight at the bucket, without the application's credentials: refused.
    endpoint = environment["DJANGO_S3_ENDPOINT_URL"]
    assert _anonymous_get(f"{endpoint}/{BUCKET}/{key}")[0] == 403


def test_a_document_never_gets_a_url_of_the_bucket(demo, on_the_bucket):
    document = _upload_through_the_admin(demo)
    assert urlsplit(document.url).path.startswith("/documents/")  # the serve view
    with pytest.raises(NotImplementedError):
        document.file.url  # noqa: B018 - no pre-signed link that skips the access check
    member_page = demo.client_for("member").get(document.url)
    assert on_the_bucket[0]["DJANGO_S3_ENDPOINT_URL"] not in str(member_page.headers)


def test_images_are_private_objects_shown_through_expiring_signed_urls(demo, on_the_bucket):
    environment, client = on_the_bucket
    image = get_image_model().objects.create(title="Plac", file=get_test_image_file())
    rendition = image.get_rendition("fill-20x20")

    status, body = _anonymous_get(rendition.url)
    assert status == 200 and body[:8] == b"\x89PNG\r\n\x1a\n"
    query = urlsplit(rendition.url).query
    assert "X-Amz-Signature=" in query and "X-Amz-Expires=86400" in query
    # The same object without the signature – a guessed or shared name – is refused.
    assert _anonymous_get(rendition.url.split("?")[0])[0] == 403
    assert _anonymous_get(image.file.url.split("?")[0])[0] == 403
    assert client.head_object(Bucket=BUCKET, Key=f"media/{image.file.name}")


# Imports the production settings module (no django.setup(): only what it computes) once
# without a bucket and once with one, in a fresh interpreter with no DJANGO_* of the caller's.
PROBE = """
import importlib, json, os, sys
chosen = {}
for case, bucket in (("local", None), ("bucket", "empiriae-files")):
    if bucket:
        os.environ["DJANGO_S3_BUCKET"] = bucket
        os.environ["DJANGO_S3_ENDPOINT_URL"] = "https://s3.example.net"
    for name in [m for m in sys.modules if m.startswith("cms.settings")]:
        del sys.modules[name]
    settings = importlib.import_module("cms.settings.production")
    chosen[case] = {
        "storages": {name: value["BACKEND"] for name, value in settings.STORAGES.items()},
        "img_src": settings.CONTENT_SECURITY_POLICY["DIRECTIVES"]["img-src"],
    }
print(json.dumps(chosen))
"""


def test_production_puts_files_on_the_bucket_only_when_one_is_named():
    env = {key: value for key, value in os.environ.items() if not key.startswith("DJANGO_")}
    env.update(DJANGO_SECRET_KEY="not-secret-" * 8, DATABASE_URL="sqlite:///:memory:")
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [sys.executable, "-c", PROBE], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr[-2000:]
    chosen = json.loads(result.stdout.strip().splitlines()[-1])
    local, bucket = chosen["local"], chosen["bucket"]

    assert local["storages"]["private_documents"] == "django.core.files.storage.FileSystemStorage"
    assert local["img_src"] == ["'self'"]
    assert bucket["storages"]["private_documents"] == "cms.storage.PrivateDocumentS3Storage"
    assert bucket["storages"]["default"] == "storages.backends.s3.S3Storage"
    assert bucket["storages"]["staticfiles"] == local["storages"]["staticfiles"]
    assert bucket["img_src"] == ["'self'", "https://s3.example.net"]
