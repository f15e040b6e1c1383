"""What happened lately in one or more networks, for one reader: a single stream, newest first,
merged from the rooms' own records – sessions published or changed, minutes circulated and
approved, outcomes, discussions started, replies, feedback requests, documents shared and their
new versions, and practices from the networks' towns.

The cost does not grow with history. Each source is asked once, for at most as many of its
newest rows as the requested page needs plus one (so that we know whether an older page
exists); the sources are merged in Python and paginated. The number of queries is fixed, and
the rows fetched grow only with the page number, which stops at `MAX_PAGE`.

Privacy is asked, never filtered here (docs/access-model.md):

- pages – sessions, the minutes through their session, outcomes, practices – through
  `access.visible_pages`, applied to each source's own candidates (`Reach.visible`): asked of
  every page of the site, it cost a scan of the whole tree per source (0.3 s a workspace at
  80 networks and 10,000 practices);
- discussions – threads, replies, feedback requests – and shared documents through the
  collaboration room's rules: a network whose workspace `rules.may_read` refuses contributes
  none, hidden threads and posts are left out unless `rules.may_moderate` allows them, and a
  document's versions count only if `access.visible_documents` lets the reader download them.

An observer of a network therefore sees its outcomes (and what is public), nothing of its
workspace.
"""

import datetime
from dataclasses import dataclass

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Count, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from practices.models import PracticePage
from workspaces.access import policy as access
from workspaces.access.models import PrivateDocument
from workspaces.collaboration import rules as discussion_rules
from workspaces.collaboration.models import DocumentVersion, Post
from workspaces.collaboration.selectors import POSTS_PER_PAGE
from workspaces.outcomes.models import OutcomePage
from workspaces.registry.models import Membership, NetworkPage
from workspaces.sessions.models import Minutes, SessionPage

PER_PAGE = 15
# The furthest page anyone can ask for: each source then fetches at most PER_PAGE * MAX_PAGE + 1
# rows. Older history is for the rooms' own listings (all discussions, the session calendar).
MAX_PAGE = 50


class Kind(models.TextChoices):
    SESSION_NEW = "session_new", _("New session")
    SESSION_UPDATED = "session_updated", _("Session updated")
    MINUTES_CIRCULATED = "minutes_circulated", _("Minutes circulated")
    MINUTES_APPROVED = "minutes_approved", _("Minutes approved")
    OUTCOME = "outcome", _("New outcome")
    THREAD = "thread", _("New discussion")
    REPLY = "reply", _("Reply")
    FEEDBACK = "feedback", _("Feedback request")
    DOCUMENT = "document", _("New document")
    DOCUMENT_VERSION = "document_version", _("New version of a document")
    PRACTICE = "practice", _("New practice")


@dataclass(frozen=True)
class Event:
    """One thing that happened: when, what kind, on what (title and link), in which network, and
    who did it where that is worth saying."""

    when: datetime.datetime
    kind: str
    title: str
    url: str
    network: NetworkPage | None
    actor: str = ""

    @property
    def label(self):
        return Kind(self.kind).label


@dataclass(frozen=True)
class Reach:
    """What one reader may see of some networks, asked once: whose discussions they read and
    whose hidden discussions they moderate; which pages they may open is asked of each source's
    own pages (`visible`)."""

    user: object
    networks: tuple
    readable: tuple
    moderated: frozenset

    def visible(self, pages, anywhere=False):
        """`pages` under the networks (or `anywhere`: practices live in the library), narrowed to
        what the reader may open. The access core's answers are kept in the cache, so this adds
        no query."""
        within = None if anywhere else [network.path for network in self.networks]
        return access.visible_pages(self.user, pages, within=within)

    def network_at(self, path):
        """The network a page at `path` belongs to."""
        for network in self.networks:
            if path.startswith(network.path):
                return network
        return None

    def network_by_pk(self, pk):
        return next((network for network in self.networks if network.pk == pk), None)


def reach_of(user, networks):
    """Ask the access core and the discussion rules, once, what `user` may see of `networks`.
    Their answers (the reader's groups and failed restrictions, each network's workspace) are
    kept in the cache between requests, so this usually costs no query at all."""
    networks = tuple(networks)
    if not networks or not access.is_signed_in(user):
        return Reach(user, (), (), frozenset())
    readable, moderated = [], set()
    for network in networks:
        # A moderator reads by definition (`may_moderate` asks `may_read`), so one question
        # answers both for coordinators and editors.
        if discussion_rules.may_moderate(user, network):
            moderated.add(network.pk)
            readable.append(network)
        elif discussion_rules.may_read(user, network):
            readable.append(network)
    return Reach(user, networks, tuple(readable), frozenset(moderated))


def page_number_from(value):
    """A page number from the query string: 1 when missing or malformed, never past MAX_PAGE."""
    try:
        number = int(value)
    except (TypeError, ValueError):
        return 1
    return min(max(number, 1), MAX_PAGE)


def _name(user):
    if user is None:
        return ""
    return user.get_full_name() or user.get_username()


def _sessions(reach, limit, request):
    """Sessions published, or published again with changes. A session page that was never
    published through Wagtail (an import) has no publication time and no event."""
    sessions = (
        reach.visible(SessionPage.objects.live())
        .exclude(last_published_at=None)
        .defer_streamfields()
        .defer("minutes")
        .order_by("-last_published_at", "-pk")[:limit]
    )
    for session in sessions:
        first = session.first_published_at
        updated = first is not None and session.last_published_at > first
        yield Event(
            when=session.last_published_at,
            kind=Kind.SESSION_UPDATED if updated else Kind.SESSION_NEW,
            title=session.heading,
            url=session.get_url(request),
            network=reach.network_at(session.path),
        )


def _minutes(reach, limit, request):
    """Minutes circulated and approved. Each record gives up to two events; ordering records by
    their latest step and taking `limit` of them is enough to find the `limit` newest steps."""
    records = (
        Minutes.objects.filter(session__in=reach.visible(SessionPage.objects.live()))
        .filter(Q(circulated_at__isnull=False) | Q(approved_at__isnull=False))
        .annotate(latest=Coalesce("approved_at", "circulated_at"))
        .select_related("session", "approved_by")
        .defer("session__minutes", "session__agenda", "session__materials")
        .order_by("-latest", "-pk")[:limit]
    )
    for record in records:
        session = record.session
        url = f"{session.get_url(request)}#minutes-heading"
        network = reach.network_at(session.path)
        if record.circulated_at:
            yield Event(
                record.circulated_at, Kind.MINUTES_CIRCULATED, session.heading, url, network
            )
        if record.approved_at:
            yield Event(
                record.approved_at,
                Kind.MINUTES_APPROVED,
                session.heading,
                url,
                network,
                _name(record.approved_by),
            )


def _outcomes(reach, limit, request):
    outcomes = (
        reach.visible(OutcomePage.objects.live())
        .exclude(first_published_at=None)
        .defer_streamfields()
        .defer("summary", "summary_en")
        .order_by("-first_published_at", "-pk")[:limit]
    )
    for outcome in outcomes:
        yield Event(
            when=outcome.first_published_at,
            kind=Kind.OUTCOME,
            title=outcome.display_title,
            url=outcome.get_url(request),
            network=reach.network_at(outcome.path),
        )


def _practices(reach, limit, request):
    """Practices of the towns that have a seat in force in the networks (SPEC: "practices from
    N's towns"); each is told once, under the first such network."""
    seats = Membership.objects.in_force().filter(network__in=[n.pk for n in reach.networks])
    first_network = seats.filter(municipality=OuterRef("town")).order_by("network_id")
    practices = (
        reach.visible(
            PracticePage.objects.live().filter(town__in=seats.values("municipality")),
            anywhere=True,
        )
        .exclude(first_published_at=None)
        .annotate(activity_network=Subquery(first_network.values("network_id")[:1]))
        .select_related("town")
        .defer_streamfields()
        .defer("situation", "solution", "results", "transferability")
        .order_by("-first_published_at", "-pk")[:limit]
    )
    for practice in practices:
        yield Event(
            when=practice.first_published_at,
            kind=Kind.PRACTICE,
            title=practice.display_title,
            url=practice.get_url(request),
            network=reach.network_by_pk(practice.activity_network),
            actor=practice.town.name,
        )


def _discussions(reach, limit, request):
    """Threads started, feedback requested (a request is a thread with a project) and replies,
    in one query over the posts: a thread's first post starts it, every later one replies.
    Withdrawn posts are no news; hidden ones are news only to those who moderate."""
    if not reach.readable:
        return
    moderated = Q(thread__network__in=list(reach.moderated))
    earlier = (
        Post.objects.filter(thread=OuterRef("thread"), pk__lt=OuterRef("pk"))
        .order_by()
        .values("thread")
        .annotate(n=Count("pk"))
        .values("n")
    )
    posts = (
        Post.objects.filter(thread__network__in=[n.pk for n in reach.readable])
        .filter(discussion_rules.shown(reach.moderated, via="thread__"))
        .filter(Q(is_hidden=False) | moderated)
        .filter(is_withdrawn=False)
        .annotate(earlier=Coalesce(Subquery(earlier), 0))
        .select_related("author", "thread__feedback_request")
        .defer("body", "thread__feedback_request__question")
        .order_by("-created_at", "-pk")[:limit]
    )
    for post in posts:
        thread = post.thread
        url = reverse("discussion", args=[thread.pk])
        if post.earlier == 0:
            asks = getattr(thread, "feedback_request", None) is not None
            kind = Kind.FEEDBACK if asks else Kind.THREAD
        else:
            kind = Kind.REPLY
            page = post.earlier // POSTS_PER_PAGE + 1
            url = f"{url}?page={page}#wpis-{post.pk}" if page > 1 else f"{url}#wpis-{post.pk}"
        yield Event(
            when=post.created_at,
            kind=kind,
            title=thread.title,
            url=url,
            network=reach.network_by_pk(thread.network_id),
            actor=_name(post.author),
        )


def _documents(reach, limit, request):
    """Documents shared in the workspace, and each later version, as the collaboration room's
    documents list reads them: networks whose workspace `rules.may_read` opens, files the
    access core lets the reader download (`access.visible_documents`)."""
    if not reach.readable:
        return
    downloadable = access.visible_documents(reach.user, PrivateDocument.objects.all())
    versions = (
        DocumentVersion.objects.filter(shared__network__in=[n.pk for n in reach.readable])
        .filter(
            document__in=downloadable.values("pk"),
            shared__current__in=downloadable.values("pk"),
        )
        .select_related("shared", "uploaded_by")
        .order_by("-uploaded_at", "-pk")[:limit]
    )
    for version in versions:
        shared = version.shared
        yield Event(
            when=version.uploaded_at,
            kind=Kind.DOCUMENT if version.number == 1 else Kind.DOCUMENT_VERSION,
            title=shared.title,
            url=reverse("shared_document", args=[shared.pk]),
            network=reach.network_by_pk(shared.network_id),
            actor=_name(version.uploaded_by),
        )


SOURCES = (_sessions, _minutes, _outcomes, _discussions, _documents, _practices)


def events(user, networks, page_number=1, *, request=None, per_page=PER_PAGE, reach=None):
    """One page (a Django `Page` of `Event`s) of what happened in `networks` that `user` may
    see, newest first. `request` lets page links be computed without a query each; `reach`
    reuses what `reach_of` already asked for the same reader and networks."""
    number = page_number_from(page_number)
    reach = reach if reach is not None else reach_of(user, networks)
    merged = []
    if reach.networks:
        limit = per_page * number + 1
        for source in SOURCES:
            merged.extend(source(reach, limit, request))
    merged.sort(key=lambda event: event.when, reverse=True)
    return Paginator(merged, per_page).get_page(number)
