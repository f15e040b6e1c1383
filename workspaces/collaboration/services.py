"""Starting, answering, editing, withdrawing and moderating discussions. Each operation checks
who may do it, refuses bad input with a translated error and stores nothing half-way."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext as _

from . import emails, rules
from .formatting import plain_length
from .models import BODY_MAX_LENGTH, TITLE_MAX_LENGTH, Post, PostRevision, Thread, ThreadRead

TITLE_MIN_LENGTH = 3


def _clean_title(title):
    title = " ".join((title or "").split())
    if len(title) < TITLE_MIN_LENGTH:
        raise ValidationError({"title": _("Give the discussion a title of a few words.")})
    if len(title) > TITLE_MAX_LENGTH:
        raise ValidationError(
            {
                "title": _("The title may have at most %(max)d characters.")
                % {"max": TITLE_MAX_LENGTH}
            }
        )
    return title


def _clean_body(body):
    body = (body or "").replace("\r\n", "\n").strip()
    if not body:
        raise ValidationError({"body": _("Write something before sending.")})
    if plain_length(body) > BODY_MAX_LENGTH:
        raise ValidationError(
            {
                "body": _("A post may have at most %(max)d characters; this one has %(count)d.")
                % {"max": BODY_MAX_LENGTH, "count": plain_length(body)}
            }
        )
    return body


def _require(allowed, message):
    if not allowed:
        raise PermissionDenied(message)


def start_thread(user, network, title, body, *, notify=True):
    """`notify=False` leaves the e-mails to the caller (a feedback request tells its own)."""
    _require(
        rules.may_write(user, network), _("Only the network's participants start discussions.")
    )
    title, body = _clean_title(title), _clean_body(body)
    now = timezone.now()
    with transaction.atomic():
        thread = Thread.objects.create(
            network=network, title=title, author=user, last_activity_at=now
        )
        Post.objects.create(thread=thread, author=user, body=body)
        mark_read(user, thread, at=now)
        if notify:
            emails.thread_started(thread)
    return thread


def reply(user, thread, body):
    _require(
        rules.may_write(user, thread.network) and rules.may_see_thread(user, thread),
        _("Only the network's participants take part in its discussions."),
    )
    if thread.is_closed:
        raise ValidationError(_("This discussion is closed: no more replies."))
    body = _clean_body(body)
    now = timezone.now()
    with transaction.atomic():
        post = Post.objects.create(thread=thread, author=user, body=body)
        Thread.objects.filter(pk=thread.pk).update(last_activity_at=now)
        mark_read(user, thread, at=now)
        emails.replied(post)
    return post


def _require_author(user, post):
    _require(
        post.author_id == user.pk and rules.may_see_thread(user, post.thread),
        _("Only the author changes a post."),
    )
    if post.is_withdrawn:
        raise ValidationError(_("This post was withdrawn."))


def edit_post(user, post, body):
    """The earlier wording is kept (`PostRevision`); the post is marked as edited."""
    _require_author(user, post)
    body = _clean_body(body)
    if body == post.body:
        return post
    with transaction.atomic():
        PostRevision.objects.create(
            post=post, body=post.body, written_at=post.edited_at or post.created_at
        )
        post.body = body
        post.edited_at = timezone.now()
        post.save(update_fields=["body", "edited_at"])
    return post


def withdraw_post(user, post):
    """A placeholder stays in the thread, so that the replies keep their context."""
    _require_author(user, post)
    post.is_withdrawn = True
    post.save(update_fields=["is_withdrawn"])
    return post


MODERATION = {
    "pin": ("is_pinned", True),
    "unpin": ("is_pinned", False),
    "close": ("is_closed", True),
    "reopen": ("is_closed", False),
    "hide": ("is_hidden", True),
    "show": ("is_hidden", False),
}


def moderate_thread(user, thread, action):
    _require(
        rules.may_moderate(user, thread.network),
        _("Only the network's coordinators and editors moderate its discussions."),
    )
    if action not in MODERATION:
        raise ValidationError(_("Unknown action."))
    field, value = MODERATION[action]
    setattr(thread, field, value)
    thread.save(update_fields=[field])
    return thread


def hide_post(user, post, hidden=True):
    _require(
        rules.may_moderate(user, post.thread.network),
        _("Only the network's coordinators and editors moderate its discussions."),
    )
    post.is_hidden = hidden
    post.save(update_fields=["is_hidden"])
    return post


def mark_read(user, thread, at=None):
    ThreadRead.objects.update_or_create(
        thread=thread, user=user, defaults={"read_at": at or timezone.now()}
    )
