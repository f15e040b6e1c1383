"""Builders for the dashboard tests: rows of every kind the panels and the report show, made
in a given network, so that each test can count what it made itself."""

import datetime
import itertools

from django.test import RequestFactory
from django.utils import timezone

import pytest

from practices.models import PracticeIndexPage, TransferStage
from practices.submissions import practice_workflow
from practices.wagtail_hooks import add_library_panels
from tests.factories.outcomes import EvaluationFactory, OutcomePageFactory
from tests.factories.practices import PracticePageFactory, TransferFactory
from tests.factories.registry import MembershipFactory, MunicipalityFactory, PersonFactory
from tests.factories.sessions import SessionAttendanceFactory, SessionPageFactory
from workspaces.outcomes.wagtail_hooks import add_recent_evaluations_panel
from workspaces.sessions.models import Minutes, MinutesStatus
from workspaces.sessions.wagtail_hooks import add_session_panels

_serial = itertools.count(1000)
LONG_AGO = datetime.datetime(2020, 1, 2, 9, 0, tzinfo=datetime.UTC)

OUR_HOOKS = (add_session_panels, add_recent_evaluations_panel, add_library_panels)


def dashboard(user):
    """{panel name: rendered HTML} of the panels this project's rooms add for `user`."""
    request = RequestFactory().get("/admin/")
    request.user = user
    panels = []
    for hook in OUR_HOOKS:
        hook(request, panels)
    return {panel.name: panel.render_html({"request": request}) for panel in panels}


class Builder:
    """Makes rows in the demo's networks, named by number."""

    def __init__(self, demo):
        self.demo = demo

    def network_of(self, number):
        return self.demo.network(number)

    def workspace_of(self, number):
        return self.demo.workspace(number)

    def outcome_index_of(self, number):
        return self.demo.outcome_index(number)

    def session(self, number, *, days_from_now, **kwargs):
        serial = next(_serial)
        starts = timezone.now() + datetime.timedelta(days=days_from_now)
        return SessionPageFactory(
            parent=self.workspace_of(number),
            number=serial,
            slug=f"sesja-pulpit-{serial}",
            title=kwargs.pop("title", f"Sesja pulpitu {serial}"),
            starts_at=starts,
            ends_at=starts + datetime.timedelta(hours=3),
            **kwargs,
        )

    def circulated(self, number, title):
        """A session whose minutes were circulated before any of the demo's, so that it is
        among the first the panel lists (the longest waiting come first)."""
        session = self.session(number, days_from_now=-10, title=title)
        Minutes.objects.create(
            session=session, status=MinutesStatus.CIRCULATED, circulated_at=LONG_AGO
        )
        return session

    def outcome(self, number, title):
        return OutcomePageFactory(
            parent=self.outcome_index_of(number), title=title, slug=f"wynik-{next(_serial)}"
        )

    def evaluation(self, outcome, usefulness, transferability):
        return EvaluationFactory(
            outcome=outcome, usefulness=usefulness, transferability=transferability
        )

    def attend(self, session, town):
        return SessionAttendanceFactory(session=session, person=PersonFactory(municipality=town))

    def member_town(self, number, name):
        town = MunicipalityFactory(name=name)
        MembershipFactory(network=self.network_of(number), person=PersonFactory(municipality=town))
        return town

    def practice(self, town, title, networks=(), live=True):
        practice = PracticePageFactory(
            parent=PracticeIndexPage.objects.get(),
            town=town,
            title=title,
            slug=f"praktyka-{next(_serial)}",
            live=live,
        )
        if networks:
            practice.networks.set(networks)
            practice.save()
        return practice

    def in_moderation(self, title):
        practice = self.practice(MunicipalityFactory(), title, live=False)
        submitter = self.demo.user("member")
        practice.save_revision(user=submitter)
        practice_workflow().start(practice, submitter)
        return practice

    def transfer(self, practice, town=None, stage=TransferStage.INTERESTED):
        return TransferFactory(practice=practice, town=town or MunicipalityFactory(), stage=stage)


@pytest.fixture
def build(demo):
    return Builder(demo)
