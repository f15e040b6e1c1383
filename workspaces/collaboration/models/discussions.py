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

from wagtail.search import index

from home import polish

TITLE_MAX_LENGTH = 200
BODY_MAX_LENGTH = 10_000


class Thread(index.Indexed, models.Model):
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

    # Found by the discussions' search box as pages are by the site search: by the words of the
    # title and of every post shown to readers, in any form (home/polish.py). The access filter
    # (network, hidden threads) is the caller's queryset; these filters let the index apply it.
    search_fields = [
        index.SearchField("title"),
        index.SearchField("search_keys"),
        index.FilterField("network"),
        index.FilterField("is_hidden"),
    ]

    def __str__(self):
        return self.title

    def search_keys(self):
        """The keys of the title and of the posts readers see: a hidden or withdrawn post's
        words must not make its thread a result."""
        shown = self.posts.filter(is_hidden=False, is_withdrawn=False)
        bodies = shown.values_list("body", flat=True)
        return polish.index_keys(" ".join([self.title, *bodies]))


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

    post = models.ForeignKey(
        Post, on_delete=models.CASCADE, related_name="revisions", verbose_name=_("post")
    )
    body = models.TextField(_("text"), max_length=BODY_MAX_LENGTH)
    written_at = models.DateTimeField(_("written"))

    class Meta:
        verbose_name = _("earlier wording of a post")
        verbose_name_plural = _("earlier wordings of posts")
        ordering = ["written_at", "pk"]

    def __str__(self):
        return f"{self.post} ({self.written_at:%Y-%m-%d %H:%M})"


class ThreadRead(models.Model):
    """When a person last opened a thread: a thread with later activity is unread for them."""

    thread = models.ForeignKey(
        Thread, on_delete=models.CASCADE, related_name="reads", verbose_name=_("discussion")
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("user"),
    )
    read_at = models.DateTimeField(_("last read"))

    class Meta:
        verbose_name = _("read marker")
        verbose_name_plural = _("read markers")
        constraints = [
            models.UniqueConstraint(fields=["thread", "user"], name="one_read_marker_each")
        ]

    def __str__(self):
        return f"{self.user} – {self.thread}"
