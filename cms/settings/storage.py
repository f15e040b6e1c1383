"""Where files live in production: local folders by default, or an S3-compatible bucket when
`DJANGO_S3_BUCKET` is set (cms/settings/production.py, docs/deployment.md "Files").

Kept apart from the settings modules so that tests can build the same storages against a local
S3 server (tests/production/test_storage_s3.py). Nothing here imports django-storages: the
backends are named by their dotted paths and built by Django when first used.

One bucket, two prefixes, nothing in it public:

- `private/` – documents (`private_documents`): written with a private ACL and never given a URL;
  only Wagtail's serve view reads them, after the access check (cms/storage.py).
- `media/` – images and their renditions (`default`): also private objects, shown through
  short-lived pre-signed URLs. Wagtail images are public content on this site (practices show
  them only once promoted, docs/practices.md), but an editor's upload for a practice not yet
  promoted must not be readable by anyone who guesses its name, as it would be in a public-read
  bucket. A signed URL names one object and expires; it must outlive the cached pages that carry
  it (`DJANGO_S3_MEDIA_URL_SECONDS`, a day by default, against PAGE_CACHE_TIMEOUT's minutes).
"""

from urllib.parse import urlsplit

DOCUMENTS_BACKEND = "cms.storage.PrivateDocumentS3Storage"
MEDIA_BACKEND = "storages.backends.s3.S3Storage"
DAY = 24 * 60 * 60


def _setting(environ, name, default=None):
    """An environment variable, with an empty value meaning "not set"."""
    return environ.get(name) or default


def _endpoint(environ):
    """The S3 API's address, and whether it was given (an S3-compatible server) or is AWS's."""
    given = _setting(environ, "DJANGO_S3_ENDPOINT_URL")
    if given:
        return given, True
    return f"https://s3.{_setting(environ, 'DJANGO_S3_REGION', 'us-east-1')}.amazonaws.com", False


def _common_options(environ):
    endpoint, given = _endpoint(environ)
    return {
        "bucket_name": environ["DJANGO_S3_BUCKET"],
        "endpoint_url": endpoint,
        "region_name": _setting(environ, "DJANGO_S3_REGION"),
        # Unset: boto3's own chain (AWS_ACCESS_KEY_ID…, an instance role).
        "access_key": _setting(environ, "DJANGO_S3_ACCESS_KEY_ID"),
        "secret_key": _setting(environ, "DJANGO_S3_SECRET_ACCESS_KEY"),
        # S3-compatible servers (MinIO, Garage, moto) want the bucket in the path; AWS in the
        # host name.
        "addressing_style": _setting(
            environ, "DJANGO_S3_ADDRESSING_STYLE", "path" if given else "virtual"
        ),
        "signature_version": "s3v4",
        # Set on every object written. DJANGO_S3_ACL= (empty) sends none: for a bucket with
        # ACLs disabled (AWS's "bucket owner enforced"), private by its own setting.
        "default_acl": environ.get("DJANGO_S3_ACL", "private") or None,
        # Two uploads of "report.pdf" must not overwrite each other, as on a local folder.
        "file_overwrite": False,
    }


def s3_storages(environ, storages):
    """STORAGES with media and documents on the bucket; static files stay as they are."""
    common = _common_options(environ)
    media_url_seconds = int(_setting(environ, "DJANGO_S3_MEDIA_URL_SECONDS", str(DAY)))
    return {
        **storages,
        "default": {
            "BACKEND": MEDIA_BACKEND,
            "OPTIONS": {
                **common,
                "location": "media",
                "querystring_auth": True,
                "querystring_expire": media_url_seconds,
            },
        },
        "private_documents": {
            "BACKEND": DOCUMENTS_BACKEND,
            "OPTIONS": {**common, "location": "private", "querystring_auth": True},
        },
    }


def media_origin(environ):
    """Where browsers fetch images from: the Content-Security-Policy must allow that origin."""
    explicit = _setting(environ, "DJANGO_S3_MEDIA_ORIGIN")
    if explicit:
        return explicit.rstrip("/")
    options = _common_options(environ)
    parts = urlsplit(options["endpoint_url"])
    if options["addressing_style"] == "path":
        return f"{parts.scheme}://{parts.netloc}"
    return f"{parts.scheme}://{options['bucket_name']}.{parts.netloc}"


def with_image_origin(policy, origin):
    """A copy of a django-csp policy whose img-src also allows `origin`."""
    directives = dict(policy["DIRECTIVES"])
    directives["img-src"] = [*directives.get("img-src", []), origin]
    return {**policy, "DIRECTIVES": directives}
