"""Shared documents of a network: uploading, replacing (a new version; the earlier ones stay) and
what the workspace lists.

Whoever writes in the network's discussions (members, coordinators, editors: `rules.may_write`)
uploads; whoever reads its workspace reads the list; the person who shared a document and the
network's coordinators replace it. Every file is an `access.PrivateDocument` in the network's
restricted collection (`ensure_network_collection`), stored where no web server serves it and
downloaded only through Wagtail's serve view, which asks the access core.

Nothing is stored half-way: the file is checked (`uploads.check`: type from its content, size
cap) before anything is written, and the records are written in one transaction; should that
transaction fail, the file already in the storage is deleted again.
"""

import contextlib
import os

from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied, ValidationError
from django.core.files.storage import storages
from django.core.paginator import Paginator
from django.db import transaction
from django.db.models import BooleanField, Count, ExpressionWrapper, Max, Q
from django.utils import timezone
from django.utils.translation import gettext as _

from wagtail.utils.file import hash_filelike

from workspaces.access import policy as access
from workspaces.access.models import PrivateDocument
from workspaces.registry.services import ensure_network_collection
from workspaces.sessions.models import SessionPage

from . import rules, uploads
from .models import DOCUMENT_TITLE_MAX_LENGTH, DocumentVersion, SharedDocument, Thread

DOCUMENTS_PER_PAGE = 25


# --- who ---------------------------------------------------------------------------------------


def may_replace(user, shared, moderator=None):
    """The person who shared it, and those who run the network, while they take part in it."""
    if not rules.may_write(user, shared.network):
        return False
    if shared.uploaded_by_id == user.pk:
        return True
    return rules.may_moderate(user, shared.network) if moderator is None else moderator


def _require(allowed, message):
    if not allowed:
        raise PermissionDenied(message)


# --- what may be attached ------------------------------------------------------------------------


def sessions_for(user, network):
    """The network's published sessions `user` may open, newest first."""
    sessions = SessionPage.objects.live().descendant_of(network)
    return access.visible_pages(user, sessions).order_by("-starts_at", "-pk")


def threads_for(network, moderator=False):
    """The network's discussions a document may belong to (hidden ones for moderators only)."""
    threads = Thread.objects.filter(network=network)
    threads = threads.filter(rules.shown([network] if moderator else []))
    return threads.order_by("-last_activity_at", "-pk")


def _check_links(user, network, session, thread):
    if session is not None and not sessions_for(user, network).filter(pk=session.pk).exists():
        raise ValidationError({"session": _("Choose one of this network's sessions.")})
    if thread is not None:
        moderator = rules.may_moderate(user, network)
        if not threads_for(network, moderator).filter(pk=thread.pk).exists():
            raise ValidationError({"thread": _("Choose one of this network's discussions.")})


def _clean_title(title, file):
    title = " ".join((title or "").split())
    if not title:
        title = os.path.splitext(os.path.basename(file.name))[0].strip() or file.name
    if len(title) > DOCUMENT_TITLE_MAX_LENGTH:
        raise ValidationError(
            {
                "title": _("The title may have at most %(max)d characters.")
                % {"max": DOCUMENT_TITLE_MAX_LENGTH}
            }
        )
    return title


# --- storing -----------------------------------------------------------------------------------


@contextlib.contextmanager
def _files_removed_on_failure():
    """Yields a list to note stored file names in; if the block fails, they are deleted."""
    stored = []
    try:
        yield stored
    except BaseException:
        storage = storages["private_documents"]
        for name in stored:
            storage.delete(name)
        raise


def _store(user, network, file, title, stored):
    """The file as a private document in the network's collection (inside a transaction)."""
    document = PrivateDocument(
        title=title, collection=ensure_network_collection(network), uploaded_by_user=user
    )
    document.file_size = file.size
    document.file_hash = hash_filelike(file)
    file.seek(0)
    document.file.save(os.path.basename(file.name), file, save=False)
    stored.append(document.file.name)
    document.save()
    return document


def upload(user, network, file, title="", session=None, thread=None):
    """Share `file` in `network`'s documents; returns the new `SharedDocument` (version 1)."""
    _require(
        rules.may_write(user, network), _("Only the network's participants share documents in it.")
    )
    kind = uploads.check(file)
    title = _clean_title(title, file)
    _check_links(user, network, session, thread)
    now = timezone.now()
    with _files_removed_on_failure() as stored, transaction.atomic():
        document = _store(user, network, file, title, stored)
        shared = SharedDocument.objects.create(
            network=network,
            title=title,
            uploaded_by=user,
            session=session,
            thread=thread,
            current=document,
            kind=kind,
            updated_at=now,
        )
        DocumentVersion.objects.create(
            shared=shared, document=document, number=1, kind=kind, uploaded_by=user, uploaded_at=now
        )
    return shared


def replace(user, shared, file):
    """A new version of `shared` becomes the current one; the earlier versions stay."""
    _require(
        may_replace(user, shared),
        _("Only the person who shared a document and the network's coordinators replace it."),
    )
    kind = uploads.check(file)
    now = timezone.now()
    with _files_removed_on_failure() as stored, transaction.atomic():
        locked = SharedDocument.objects.select_for_update().get(pk=shared.pk)
        number = (locked.versions.aggregate(last=Max("number"))["last"] or 0) + 1
        document = _store(user, shared.network, file, locked.title, stored)
        DocumentVersion.objects.create(
            shared=locked,
            document=document,
            number=number,
            kind=kind,
            uploaded_by=user,
            uploaded_at=now,
        )
        locked.current, locked.kind, locked.updated_at = document, kind, now
        locked.save(update_fields=["current", "kind", "updated_at"])
    return locked


# --- reading -----------------------------------------------------------------------------------


def _downloadable(user):
    """The private documents the access core lets `user` download (a subquery)."""
    return access.visible_documents(user, PrivateDocument.objects.all()).values("pk")


def readable(user, network):
    """The network's shared documents whose current file `user` may download."""
    if not rules.may_read(user, network):
        return SharedDocument.objects.none()
    return SharedDocument.objects.filter(network=network, current__in=_downloadable(user))


def _label(shared):
    kind = uploads.KINDS.get(shared.kind)
    shared.kind_label = kind.label if kind else shared.kind.upper()
    return shared


def listed(user, network, filters, page_number=None, moderator=False):
    """A page of the network's documents, latest change first, narrowed by `filters` (session,
    thread, uploader: objects; kind: a key of uploads.KINDS); a fixed number of queries. Each
    says whether its discussion may be named to the reader (`thread_shown`)."""
    thread_shown = Q(thread__isnull=False) & rules.shown([network] if moderator else [], "thread__")
    documents = (
        readable(user, network)
        .select_related("uploaded_by", "session", "thread", "current")
        .annotate(
            version_count=Count("versions"),
            thread_shown=ExpressionWrapper(thread_shown, output_field=BooleanField()),
        )
        .order_by("-updated_at", "-pk")
    )
    if filters.get("session"):
        documents = documents.filter(session=filters["session"])
    if filters.get("thread"):
        documents = documents.filter(thread=filters["thread"])
    if filters.get("uploader"):
        documents = documents.filter(uploaded_by=filters["uploader"])
    if filters.get("kind"):
        documents = documents.filter(kind=filters["kind"])
    page = Paginator(documents, DOCUMENTS_PER_PAGE).get_page(page_number)
    for shared in page:
        _label(shared)
    return page


def uploaders(network):
    """Everyone who shared a document in the network, by name."""
    shared_by = SharedDocument.objects.filter(network=network).values("uploaded_by")
    return (
        get_user_model()
        .objects.filter(pk__in=shared_by)
        .order_by("last_name", "first_name", "username")
    )


def kinds_in(network):
    present = set(
        SharedDocument.objects.filter(network=network)
        .order_by()
        .values_list("kind", flat=True)
        .distinct()
    )
    return [kind for key, kind in uploads.KINDS.items() if key in present]


def versions(user, shared):
    """Every version of `shared` `user` may download, newest first, with who uploaded it."""
    return list(
        shared.versions.filter(document__in=_downloadable(user)).select_related(
            "document", "uploaded_by"
        )
    )


def document_for(user, document_id):
    """The shared document, if `user` may read its network and download its current file."""
    shared = (
        SharedDocument.objects.select_related(
            "network", "current", "uploaded_by", "session", "thread"
        )
        .filter(pk=document_id)
        .first()
    )
    if shared is None or not rules.may_read(user, shared.network):
        return None
    if not access.can_view_document(user, shared.current):
        return None
    return _label(shared)
