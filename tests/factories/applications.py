"""Applications to join a network (the applications room)."""

import factory

from workspaces.applications.models import Application, ApplicationKind
from workspaces.registry.models import Position, Voivodeship


class ApplicationFactory(factory.django.DjangoModelFactory):
    """A pending application from a new town; give `network=`."""

    class Meta:
        model = Application

    network = None
    kind = ApplicationKind.MEMBER
    town_name = factory.Sequence(lambda n: f"Nowe Miasto {n}")
    voivodeship = Voivodeship.MAZOWIECKIE
    first_name = "Zofia"
    last_name = factory.Sequence(lambda n: f"Wiśniewska-{n}")
    email = factory.Sequence(lambda n: f"applicant{n}@town.example.org")
    position = Position.STAFF
    motivation = "Chcemy uczyć się od innych miast i dzielić się naszymi projektami."
    language = "pl"
