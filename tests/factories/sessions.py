"""Sessions of a network (under its workspace) and who attended them."""

import datetime

import factory
import wagtail_factories

from workspaces.sessions.models import SessionAttendance, SessionPage

from .registry import PersonFactory

FIRST_SESSION_STARTS = datetime.datetime(2025, 3, 4, 10, 0, tzinfo=datetime.UTC)


class SessionPageFactory(wagtail_factories.PageFactory):
    """A session; give its network's workspace as `parent=`."""

    class Meta:
        model = SessionPage

    number = factory.Sequence(lambda n: n + 1)
    title = factory.LazyAttribute(lambda o: f"Sesja testowa {o.number}")
    title_en = factory.LazyAttribute(lambda o: f"Test session {o.number}")
    slug = factory.LazyAttribute(lambda o: f"sesja-testowa-{o.number}")
    starts_at = factory.LazyAttribute(
        lambda o: FIRST_SESSION_STARTS + datetime.timedelta(days=91 * (o.number - 1))
    )
    ends_at = factory.LazyAttribute(lambda o: o.starts_at + datetime.timedelta(hours=4))
    venue = "Urząd Miasta, sala obrad"
    minutes = "<p>Protokół sesji.</p>"


class SessionAttendanceFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = SessionAttendance

    session = None
    person = factory.SubFactory(PersonFactory)
