"""What the access core stores: private documents, and which pages were promoted to the public.

Documents kept where no web server serves them: only Wagtail's serve view hands them out.

Wagtail's stock document model stores files under `MEDIA_ROOT/documents/`, and a site that
serves its media folder (as `runserver` does in development, and many production set-ups do)
would hand a network's private materials to anyone who guesses a name. This model is Wagtail's
own but for its storage: the `private_documents` storage of `STORAGES`, a folder outside the
media root with no public URL, and stored names that cannot be guessed. The serve view asks
the access module before reading a file (`before_serve_document`).
"""

import secrets

from django.conf import settings
from django.core.files.storage import storages
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.documents.models import AbstractDocument, Document
from wagtail.models import Page


def private_storage():
    """Read from settings when first used, so tests and deployments may point it elsewhere."""
    return storages["private_documents"]


def unguessable_name(document, filename):
    """A random folder per upload, the file's own name inside it: downloads keep their name,
    and no one can list or guess the path."""
    return f"documents/{secrets.token_urlsafe(18)}/{filename}"


class PrivateDocument(AbstractDocument):
    file = models.FileField(
        storage=private_storage, upload_to=unguessable_name, verbose_name=_("file")
    )

    admin_form_fields = Document.admin_form_fields

    class Meta(AbstractDocument.Meta):
        verbose_name = _("document")
        verbose_name_plural = _("documents")


class Promotion(models.Model):
    """An editor made this page public. Kept outside the page (and its revisions) so that
    publishing an older revision cannot undo it."""

    page = models.OneToOneField(
        Page, on_delete=models.CASCADE, related_name="promotion", verbose_name=_("page")
    )
    promoted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("made public by"),
    )
    promoted_at = models.DateTimeField(_("made public"), auto_now_add=True)

    class Meta:
        verbose_name = _("promotion to the public")
        verbose_name_plural = _("promotions to the public")

    def __str__(self):
        return str(self.page)


def is_promoted(page):
    """Did an editor make this page public?"""
    return Promotion.objects.filter(page_id=page.pk).exists()


def promoted(pages):
    """Of a page queryset, those an editor made public."""
    return pages.filter(pk__in=Promotion.objects.values("page_id"))
