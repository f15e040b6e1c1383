"""S3-compatible storage for private documents (docs/deployment.md, "Files").

Documents are a network's private materials: SPEC §4 lets them out only through Wagtail's serve
view, which asks the access module first. On a bucket, django-storages would otherwise answer
`url()` with a pre-signed link – a URL that opens the file for anyone holding it, bypassing the
access check. This storage has no URL at all: Wagtail's serve view then streams the file from
the bucket itself (`WAGTAILDOCS_SERVE_METHOD = "serve_view"`), after the check.
"""

from storages.backends.s3 import S3Storage


class PrivateDocumentS3Storage(S3Storage):
    """The `private_documents` storage on a bucket: objects written with a private ACL, read by
    the application's credentials only, and never a link that skips the serve view."""

    def url(self, name, parameters=None, expire=None, http_method=None):
        raise NotImplementedError("Private documents are served only through the serve view.")
