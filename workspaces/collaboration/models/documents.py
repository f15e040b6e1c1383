"""Documents a network's members share in its workspace, and every version of each.

The files themselves are the access core's private documents (`access.PrivateDocument`): kept in
the `private_documents` storage, which no web server hands out, in the network's restricted
collection, and downloaded only through Wagtail's serve view, which asks the access core. This
record adds what the workspace needs around a file: its title, who shared it, the session or
discussion it belongs to, and its earlier versions (replacing a file adds a version; none is
dropped).
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .discussions import Thread

DOCUMENT_TITLE_MAX_LENGTH = 255  # as a Wagtail document's title
KIND_MAX_LENGTH = 8


class SharedDocument(models.Model):
    network = models.ForeignKey(
        "registry.NetworkPage",
        on_delete=models.CASCADE,
        related_name="shared_documents",
        verbose_name=_("network"),
    )
    title = models.CharField(_("title"), max_length=DOCUMENT_TITLE_MAX_LENGTH)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("shared by"),
    )
    session = models.ForeignKey(
        "network_sessions.SessionPage",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="shared_documents",
        verbose_name=_("session"),
    )
    thread = models.ForeignKey(
        Thread,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="shared_documents",
        verbose_name=_("discussion"),
    )
    # The file shown and downloaded now; deleting it in the admin removes the entry.
    current = models.ForeignKey(
        "access.PrivateDocument",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("current file"),
    )
    kind = models.CharField(_("type"), max_length=KIND_MAX_LENGTH)  # uploads.KINDS, sniffed
    created_at = models.DateTimeField(_("shared"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last changed"))

    class Meta:
        verbose_name = _("shared document")
        verbose_name_plural = _("shared documents")
        ordering = ["-updated_at", "-pk"]
        indexes = [models.Index(fields=["network", "-updated_at"], name="shared_document_recent")]

    def __str__(self):
        return self.title


class DocumentVersion(models.Model):
    """One upload of a shared document: the first, and each replacement. The current file is
    the highest number; the earlier ones stay readable by the network's members."""

    shared = models.ForeignKey(
        SharedDocument,
        on_delete=models.CASCADE,
        related_name="versions",
        verbose_name=_("shared document"),
    )
    document = models.ForeignKey(
        "access.PrivateDocument",
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("file"),
    )
    number = models.PositiveIntegerField(_("version"))
    kind = models.CharField(_("type"), max_length=KIND_MAX_LENGTH)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("uploaded by"),
    )
    uploaded_at = models.DateTimeField(_("uploaded"))

    class Meta:
        verbose_name = _("document version")
        verbose_name_plural = _("document versions")
        ordering = ["-number"]
        constraints = [
            models.UniqueConstraint(fields=["shared", "number"], name="one_version_per_number")
        ]

    def __str__(self):
        return f"{self.shared} (v{self.number})"
