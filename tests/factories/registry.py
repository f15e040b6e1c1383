"""Towns, people, their ties to networks, and the network pages."""

import datetime

from django.contrib.auth import get_user_model

import factory
import wagtail_factories

from workspaces.registry.models import (
    Membership,
    MembershipRole,
    Municipality,
    NetworkIndexPage,
    NetworkPage,
    ObserverSubscription,
    Person,
    Position,
    ProgrammeStatus,
    Voivodeship,
    WorkspacePage,
)

# Every factory user's password: the tests' own, so that nothing here depends on the demo's.
TEST_PASSWORD = "factory-test-password"


class NetworkIndexPageFactory(wagtail_factories.PageFactory):
    """The site has one (max_count=1): tests on the demo reuse `NetworkIndexPage.objects.get()`."""

    class Meta:
        model = NetworkIndexPage

    title = "Sieci"
    title_en = "Networks"
    slug = "sieci-testowe"


class NetworkPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = NetworkPage

    # After the demo's eight, so that `demo.network(number)` stays unambiguous.
    number = factory.Sequence(lambda n: n + 9)
    title = factory.LazyAttribute(lambda o: f"Sieć testowa {o.number}")
    title_en = factory.LazyAttribute(lambda o: f"Test network {o.number}")
    slug = factory.LazyAttribute(lambda o: f"siec-{o.number}")
    theme = "Temat sieci"


class WorkspacePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = WorkspacePage

    title = "Przestrzeń robocza"
    title_en = "Workspace"
    slug = "przestrzen-robocza"


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
    password = factory.django.Password(TEST_PASSWORD)


class PersonFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Person

    user = factory.SubFactory(UserFactory)
    municipality = factory.SubFactory(MunicipalityFactory)
    position = Position.STAFF


class MembershipFactory(factory.django.DjangoModelFactory):
    """A seat saved as is (no leaders-rule check): `services.add_membership` is the checked way."""

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
