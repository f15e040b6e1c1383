"""Discussions of a network: threads, their posts, each post's earlier wordings, and how far each
person has read.

A thread belongs to one network and is read by whoever may read the network's workspace (the
access core decides, through the workspace page); nothing here is a page, so nothing here is
ever public. Posts are never deleted by their authors: withdrawing leaves a placeholder so that
replies keep their context, and editing keeps the earlier wording.
"""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

TITLE_MAX_LENGTH = 200
BODY_MAX_LENGTH = 10_000


class Thread(models.Model):
    network = models.ForeignKey(
        "registry.NetworkPage",
        on_delete=models.CASCADE,
        related_name="threads",
        verbose_name=_("network"),
    )
    title = models.CharField(_("title"), max_length=TITLE_MAX_LENGTH)
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("started by"),
    )
    created_at = models.DateTimeField(_("started"), auto_now_add=True)
    last_activity_at = models.DateTimeField(_("last activity"), db_index=True)
    is_pinned = models.BooleanField(_("pinned"), default=False)
    is_closed = models.BooleanField(_("closed"), default=False)
    is_hidden = models.BooleanField(_("hidden by a coordinator"), default=False)

    class Meta:
        verbose_name = _("discussion")
        verbose_name_plural = _("discussions")
        ordering = ["-is_pinned", "-last_activity_at", "-pk"]
        indexes = [models.Index(fields=["network", "-last_activity_at"], name="thread_activity")]

    def __str__(self):
        return self.title


class Post(models.Model):
    thread = models.ForeignKey(
        Thread, on_delete=models.CASCADE, related_name="posts", verbose_name=_("discussion")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("author"),
    )
    body = models.TextField(_("text"), max_length=BODY_MAX_LENGTH)
    created_at = models.DateTimeField(_("written"), auto_now_add=True)
    edited_at = models.DateTimeField(_("edited"), null=True, blank=True)
    is_withdrawn = models.BooleanField(_("withdrawn by the author"), default=False)
    is_hidden = models.BooleanField(_("hidden by a coordinator"), default=False)

    class Meta:
        verbose_name = _("post")
        verbose_name_plural = _("posts")
        ordering = ["created_at", "pk"]
        # A thread reads its posts in order; the activity feeds take the newest across threads.
        indexes = [
            models.Index(fields=["thread", "created_at"], name="post_thread_order"),
            models.Index(fields=["-created_at"], name="post_recent"),
        ]

    def __str__(self):
        return f"{self.thread} #{self.pk}"


class PostRevision(models.Model):
    """A post's wording before an edit."""

    post = models.ForeignKey(Post, on_delete=models.CASCADE, related_name="revisions")
    body = models.TextField(max_length=BODY_MAX_LENGTH)
    written_at = models.DateTimeField()

    class Meta:
        ordering = ["written_at", "pk"]

    def __str__(self):
        return f"{self.post} ({self.written_at:%Y-%m-%d %H:%M})"


class ThreadRead(models.Model):
    """When a person last opened a thread: a thread with later activity is unread for them."""

    thread = models.ForeignKey(Thread, on_delete=models.CASCADE, related_name="reads")
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="+")
    read_at = models.DateTimeField()

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["thread", "user"], name="one_read_marker_each")
        ]

    def __str__(self):
        return f"{self.user} – {self.thread}"
