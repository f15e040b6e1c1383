"""Demo outcomes: two per network (three in MIASTO OBYWATELI, the third promoted to the
public), written in `demo_texts`, linked to the sessions they came from, and evaluated by the
network's observers (SPEC §4: members read outcomes, observers evaluate them).

Dates are the programme's: an outcome is published three weeks after its last session,
evaluated in the weeks after, and the public one promoted a fortnight after publication.
"""

import datetime

from django.contrib.auth import get_user_model
from django.utils.text import slugify

from wagtail.models import PageLogEntry

from home.demo import backdate_publication, ensure_child
from workspaces.access import promotion
from workspaces.access.groups import network_groups
from workspaces.access.models import Promotion
from workspaces.notifications import outbox
from workspaces.registry.demo import PROGRAMME_START
from workspaces.registry.demo_data import leak_check_sentence
from workspaces.registry.models import WorkspacePage
from workspaces.sessions.models import SessionPage

from . import evaluations, rules
from .demo_texts import EVALUATION_VIEWS, OUTCOMES, PUBLIC_OUTCOME_SLUG
from .models import Evaluation, OutcomeIndexPage, OutcomePage

WRITTEN_UP_AFTER = datetime.timedelta(days=21)
PROMOTED_AFTER = datetime.timedelta(days=14)


def slug_for(title):
    """The outcome's address from its title, Polish letters folded ("ł" by hand: slugify
    would drop it)."""
    return slugify(title.replace("ł", "l").replace("Ł", "L"))


def _recommendations(outcome):
    return [
        ("recommendation", {"kind": kind, "heading": heading, "text": f"<p>{text}</p>"})
        for kind, heading, text in outcome.recommendations
    ]


def _publish(page, user):
    with outbox.suppressed():
        page.save_revision(user=user).publish(user=user)


def _backdate_log(page, actions, when):
    PageLogEntry.objects.filter(page=page, action__in=actions).update(timestamp=when)


def seed_outcome_index(network):
    index = ensure_child(
        network,
        OutcomeIndexPage,
        "rezultaty",
        title="Rezultaty",
        title_en="Outcomes",
        intro="<p>Rekomendacje i rozwiązania wypracowane przez sieć.</p>",
        intro_en="<p>Recommendations and solutions worked out by the network.</p>",
    )
    opened = datetime.datetime.combine(PROGRAMME_START, datetime.time(9), tzinfo=datetime.UTC)
    _backdate_log(index, ("wagtail.create",), opened)
    return index


def seed_outcomes(network, editor):
    index = seed_outcome_index(network)
    sessions = list(
        SessionPage.objects.child_of(WorkspacePage.objects.child_of(network).get()).order_by(
            "number"
        )
    )
    for position, written in enumerate(OUTCOMES[network.number]):
        sentence = ""
        if position == 0:
            sentence, _code = leak_check_sentence("outcomes", network.number)
        slug = slug_for(written.title)
        outcome = ensure_child(
            index,
            OutcomePage,
            slug,
            title=written.title,
            title_en=written.title_en,
            summary=f"<p>{written.summary}</p>{sentence}",
            recommendations=_recommendations(written),
        )
        worked_on = sessions[position * 2 : position * 2 + 3] or sessions[-1:]
        if not outcome.revisions.exists():
            outcome.sessions.set(worked_on)
            _publish(outcome, editor)
        published = worked_on[-1].ends_at + WRITTEN_UP_AFTER
        backdate_publication(outcome, published)
        _backdate_log(outcome, ("wagtail.view_restriction.create",), published)
        if slug == PUBLIC_OUTCOME_SLUG:
            _promote(outcome, editor, published + PROMOTED_AFTER)
        _seed_evaluations(network, outcome, position)


def _promote(outcome, editor, when):
    """Promote once (promotion logs every call), dated `when`."""
    if not Promotion.objects.filter(page_id=outcome.pk).exists():
        promotion.promote(outcome, editor)
    Promotion.objects.filter(page_id=outcome.pk).update(promoted_at=when)
    _backdate_log(outcome, (promotion.PROMOTED_ACTION, "wagtail.view_restriction.delete"), when)


def _seed_evaluations(network, outcome, position):
    observers = network_groups(network)["observers"]
    evaluators = get_user_model().objects.filter(groups=observers).order_by("username")[:6]
    for index, user in enumerate(evaluators):
        if not rules.may_evaluate(user, outcome):
            continue
        usefulness, transferability, comment = EVALUATION_VIEWS[
            (index * 3 + position * 2 + network.number) % len(EVALUATION_VIEWS)
        ]
        evaluations.evaluate(
            outcome,
            user,
            usefulness=usefulness,
            transferability=transferability,
            comment=comment,
        )
    # Observers answer within weeks of the outcome's publication, one after another.
    for index, evaluation in enumerate(outcome.evaluations.order_by("pk")):
        at = outcome.first_published_at + datetime.timedelta(days=4 + 6 * index)
        Evaluation.objects.filter(pk=evaluation.pk).update(created_at=at, updated_at=at)
