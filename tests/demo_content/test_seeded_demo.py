"""The seeded demo keeps to the programme's calendar (2022–2024) and to its own facts:
practice addresses come from titles, outcomes do not repeat each other, observers' scores
agree with what they wrote, and a practice is adopted only after it was published."""

import datetime
import re

from django.utils import timezone

import pytest

from practices.demo import private_code, slug_for
from practices.demo_texts import PRACTICES
from practices.models import PracticePage, Transfer
from workspaces.access.models import Promotion
from workspaces.applications.models import Application, ApplicationStatus
from workspaces.collaboration.demo import THREADS
from workspaces.collaboration.models import Post
from workspaces.outcomes.models import Evaluation, OutcomePage
from workspaces.registry.models import NetworkPage

FIRST_DAY = datetime.datetime(2022, 1, 1, tzinfo=datetime.UTC)
LAST_DAY = datetime.datetime(2025, 1, 1, tzinfo=datetime.UTC)  # exclusive: up to 31.12.2024


def _in_programme(moment):
    return moment is not None and FIRST_DAY <= moment < LAST_DAY


@pytest.fixture
def practices(demo):
    return list(PracticePage.objects.live().order_by("pk"))


def test_practice_addresses_are_made_from_titles(practices):
    assert len(practices) == len(PRACTICES)
    slugs = [practice.slug for practice in practices]
    assert len(set(slugs)) == len(slugs)
    for practice in practices:
        assert not re.search(r"praktyka-\d+", practice.url), practice.url
        assert practice.slug == slug_for(practice.title), practice.title


def test_practice_titles_are_unique(practices):
    titles = [practice.title for practice in practices]
    assert len(set(titles)) == len(titles)


def test_practices_are_published_within_the_programme_after_their_projects(practices):
    for practice in practices:
        assert _in_programme(practice.first_published_at), practice.title
        assert _in_programme(practice.last_published_at), practice.title
        assert practice.period_end <= practice.first_published_at.date(), practice.title


def test_only_members_only_practices_carry_a_leak_check_code(practices):
    promoted = set(Promotion.objects.values_list("page_id", flat=True))
    for number, practice in enumerate(practices, start=1):
        carries = private_code(number) in practice.situation
        assert carries is (practice.pk not in promoted), practice.title
    assert len(promoted & {practice.pk for practice in practices}) == 15


def test_promotions_and_transfers_are_dated_after_publication(practices):
    published = {practice.pk: practice.first_published_at for practice in practices}
    for promoted in Promotion.objects.filter(page_id__in=published):
        assert _in_programme(promoted.promoted_at)
        assert promoted.promoted_at >= published[promoted.page_id]
    transfers = Transfer.objects.filter(practice_id__in=published)
    assert transfers.exists()
    for transfer in transfers:
        days = [transfer.interested_on, transfer.adapting_on, transfer.implemented_on,
                transfer.abandoned_on]  # fmt: skip
        for day in filter(None, days):
            assert published[transfer.practice_id].date() <= day <= LAST_DAY.date()


def test_outcomes_are_dated_inside_the_programme_and_never_repeat_a_recommendation(demo):
    outcomes = list(OutcomePage.objects.live())
    assert len(outcomes) == 17
    texts = []
    for outcome in outcomes:
        assert _in_programme(outcome.first_published_at), outcome.title
        assert _in_programme(outcome.last_published_at), outcome.title
        texts += [block.value["text"].source for block in outcome.recommendations]
    assert len(set(texts)) == len(texts)
    assert demo.public_outcome().is_promoted


def test_evaluations_agree_with_their_comments_and_the_calendar(demo):
    evaluations = list(Evaluation.objects.all())
    assert evaluations
    for evaluation in evaluations:
        assert _in_programme(evaluation.created_at) and _in_programme(evaluation.updated_at)
        if re.search(r"planujemy podobne", evaluation.comment, re.IGNORECASE):
            assert evaluation.transferability >= 3, evaluation.comment
    assert any("planujemy podobne" in e.comment.lower() for e in evaluations)


def test_discussions_are_written_inside_the_programme(demo):
    titles = [thread.title for threads in THREADS.values() for thread in threads]
    posts = Post.objects.filter(thread__title__in=titles)
    assert posts.count() > len(titles)
    assert all(_in_programme(post.created_at) for post in posts)


def test_applications_are_dated_in_the_programme_except_a_recent_rejection(demo):
    """A rejected application is deleted after the retention period, so the one the demo
    keeps was decided days ago; every other one belongs to the programme's years."""
    for application in Application.objects.all():
        if application.status == ApplicationStatus.REJECTED:
            assert timezone.now() - application.decided_at < datetime.timedelta(days=30)
            continue
        assert _in_programme(application.created_at), application.email
        if application.decided_at:
            assert _in_programme(application.decided_at)
            assert application.membership.started_on == application.decided_at.date()


def test_network_goals_are_written_for_each_network(demo):
    goals = list(NetworkPage.objects.values_list("goals", flat=True))
    assert len(goals) == 8 and len(set(goals)) == 8
    assert not any("pracują nad tematem" in text for text in goals)
