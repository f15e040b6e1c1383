"""The e-mails discussions send through the outbox, each following the recipient's choice for
the network (never, immediately, daily or weekly digest): a new discussion or feedback request
for the network's participants, a reply for those who took part in the thread, an answer for
the person who asked, a mention for the person named. Whether each is still due – the thread
still readable for them, the post not withdrawn or hidden – is asked again when it goes."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from workspaces.notifications import outbox
from workspaces.notifications.kinds import Kind

from . import mentions, rules
from .models import FeedbackRequest, Post, Thread

THREAD_STARTED = "thread_started"
FEEDBACK_REQUESTED = "feedback_requested"
REPLIED = "discussion_reply"
FEEDBACK_ANSWERED = "feedback_answered"
MENTIONED = "mentioned"


def _thread_of(target):
    return target if isinstance(target, Thread) else target.thread


def _network_of(target):
    return _thread_of(target).network


def _still_due(notification, target):
    thread = _thread_of(target)
    if isinstance(target, Post) and (target.is_withdrawn or target.is_hidden):
        return False
    return rules.may_see_thread(notification.recipient, thread, moderator=False)


def _context(target, event):
    thread = _thread_of(target)
    return {
        "thread": thread,
        "post": target if isinstance(target, Post) else thread.posts.first(),
        "network": thread.network,
        "feedback": FeedbackRequest.objects.filter(thread=thread).first(),
        "url": outbox.site_url(reverse("discussion", args=[thread.pk])),
    }


def _kind(name, label):
    return Kind(
        name=name,
        label=label,
        template=f"collaboration/emails/{name}",
        is_due=_still_due,
        context=_context,
        scope=_network_of,
    )


KINDS = [
    _kind(THREAD_STARTED, _("New discussion")),
    _kind(FEEDBACK_REQUESTED, _("New feedback request")),
    _kind(REPLIED, _("Reply in a discussion")),
    _kind(FEEDBACK_ANSWERED, _("Answer to my feedback request")),
    _kind(MENTIONED, _("Mention in a discussion")),
]


def _readers(network, exclude):
    """The network's participants with an address who may read its discussions, less some."""
    workspace = rules.workspace_of(network)
    if workspace is None:
        return []
    excluded = {user.pk for user in exclude if user is not None}
    people = mentions.participants(network).values("pk")
    readers = outbox.readers_among(workspace, pk__in=people)
    return [user for user in readers if user.pk not in excluded]


def thread_started(thread):
    """Tell the network's participants; those named in the first post hear of the mention."""
    first = thread.posts.first()
    named = _mentioned(first)
    is_request = FeedbackRequest.objects.filter(thread=thread).exists()
    kind = FEEDBACK_REQUESTED if is_request else THREAD_STARTED
    outbox.queue(kind, thread, _readers(thread.network, [thread.author, *named]))


def replied(post):
    """Tell who took part in the thread; the person who asked for feedback hears of an answer."""
    thread = post.thread
    named = _mentioned(post)
    asked = FeedbackRequest.objects.filter(thread=thread).select_related("requested_by").first()
    requester = asked.requested_by if asked else None
    earlier = Post.objects.filter(thread=thread).exclude(pk=post.pk).values_list("author_id")
    took_part = set(earlier.distinct().values_list("author_id", flat=True))
    skip = {post.author_id, *(user.pk for user in named)}
    if requester is not None and requester.pk != post.author_id and requester.pk not in skip:
        outbox.queue(FEEDBACK_ANSWERED, post, [requester])
        skip.add(requester.pk)
    recipients = [user for user in _readers(thread.network, []) if user.pk in took_part - skip]
    outbox.queue(REPLIED, post, recipients)


def _mentioned(post):
    named = [
        user
        for user in mentions.mentioned_in(post.body, post.thread.network)
        if user.pk != post.author_id and user.email
    ]
    if named:
        outbox.queue(MENTIONED, post, named)
    return named
