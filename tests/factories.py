"""Factories for tests and demo data: one place that knows how to make a valid record."""

import datetime

from django.contrib.auth import get_user_model

import factory

from workspaces.outcomes.models import OutcomeIndexPage
from workspaces.registry.models import (
    Membership,
    MembershipRole,
    Municipality,
    NetworkPage,
    ObserverSubscription,
    Person,
    Position,
    ProgrammeStatus,
    Voivodeship,
    WorkspacePage,
)

DEMO_PASSWORD = "demo12345"


class PageFactory(factory.django.DjangoModelFactory):
    """Wagtail pages must be created through their parent (`add_child`) to get a tree path."""

    class Meta:
        abstract = True

    title = factory.Sequence(lambda n: f"Strona {n}")
    live = True

    @classmethod
    def _create(cls, model_class, *args, parent=None, **kwargs):
        if parent is None:
            raise ValueError(f"{model_class.__name__} needs a parent page.")
        page = model_class(*args, **kwargs)
        parent.add_child(instance=page)
        return page


class NetworkPageFactory(PageFactory):
    class Meta:
        model = NetworkPage

    number = factory.Sequence(lambda n: n + 1)
    title = factory.LazyAttribute(lambda o: f"Sieć testowa {o.number}")
    title_en = factory.LazyAttribute(lambda o: f"Test network {o.number}")
    slug = factory.LazyAttribute(lambda o: f"siec-{o.number}")
    theme = "Temat sieci"


class WorkspacePageFactory(PageFactory):
    class Meta:
        model = WorkspacePage

    title = "Przestrzeń robocza"
    title_en = "Workspace"
    slug = "przestrzen-robocza"


class OutcomeIndexPageFactory(PageFactory):
    class Meta:
        model = OutcomeIndexPage

    title = "Rezultaty"
    title_en = "Outcomes"
    slug = "rezultaty"


class MunicipalityFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Municipality

    name = factory.Sequence(lambda n: f"Miasto {n}")
    voivodeship = Voivodeship.MAZOWIECKIE
    population = 25_000
    programme_status = ProgrammeStatus.OTHER


class UserFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = get_user_model()
        django_get_or_create = ("username",)

    username = factory.Sequence(lambda n: f"user{n}")
    first_name = "Jan"
    last_name = factory.Sequence(lambda n: f"Kowalski-{n}")
    email = factory.LazyAttribute(lambda o: f"{o.username}@example.org")
    password = factory.django.Password(DEMO_PASSWORD)


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    user = factory.SubFactory(UserFactory)
    municipality = factory.SubFactory(MunicipalityFactory)
    position = Position.STAFF


class MembershipFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Membership

    person = factory.SubFactory(PersonFactory)
    network = None
    municipality = factory.LazyAttribute(lambda o: o.person.municipality)
    role = MembershipRole.MEMBER
    started_on = datetime.date(2022, 4, 1)


class ObserverSubscriptionFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = ObserverSubscription

    network = None
    person = factory.SubFactory(PersonFactory)
    started_on = datetime.date(2022, 6, 1)
