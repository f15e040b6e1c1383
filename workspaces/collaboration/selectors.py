"""What the discussion pages show, in a number of queries that does not grow with the number of
threads or posts."""

from django.core.paginator import Paginator
from django.db.models import Case, Count, IntegerField, OuterRef, Subquery, When

from . import rules
from .models import Post, Thread, ThreadRead

THREADS_PER_PAGE = 20
POSTS_PER_PAGE = 50


def threads(user, network, page_number=None, moderator=False, ranked=None):
    """A page of the network's threads, pinned first, then by latest activity; each with its
    number of replies and whether it has news for `user`. With `ranked` (thread ids, best
    first, from a search) only those, in that order."""
    page = Paginator(_listed(user, network, moderator, ranked), THREADS_PER_PAGE)
    page = page.get_page(page_number)
    _mark(page)
    return page


def _mark(threads):
    for thread in threads:
        thread.reply_count = thread.post_count - 1
        thread.is_unread = thread.read_at is None or thread.last_activity_at > thread.read_at


def _listed(user, network, moderator, ranked):
    listed = Thread.objects.filter(network=network)
    listed = listed.filter(rules.shown([network] if moderator else []))
    last_read = ThreadRead.objects.filter(thread=OuterRef("pk"), user_id=user.pk).values("read_at")
    listed = listed.select_related("author").annotate(
        post_count=Count("posts"), read_at=Subquery(last_read[:1])
    )
    if ranked is None:
        listed = listed.order_by("-is_pinned", "-last_activity_at", "-pk")  # Count drops Meta's
    else:
        rank = Case(
            *(When(pk=pk, then=i) for i, pk in enumerate(ranked)), output_field=IntegerField()
        )
        listed = listed.filter(pk__in=ranked).order_by(rank) if ranked else listed.none()
    return listed


def posts(thread, page_number=None):
    listed = Post.objects.filter(thread=thread).select_related("author__person__municipality")
    return Paginator(listed, POSTS_PER_PAGE).get_page(page_number)


def latest_threads(user, network, count=5):
    """For the workspace page: the newest activity, unread marked."""
    if not rules.may_read(user, network):
        return None
    latest = list(_listed(user, network, moderator=False, ranked=None)[:count])  # no count query
    _mark(latest)
    return latest
