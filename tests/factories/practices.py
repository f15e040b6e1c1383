"""The good-practice library: practices and their transfers to other towns."""

import factory
import wagtail_factories

from practices.models import PracticeIndexPage, PracticePage, Transfer, TransferStage

from .registry import MunicipalityFactory


class PracticeIndexPageFactory(wagtail_factories.PageFactory):
    """The site has one (max_count=1): tests on the demo reuse `PracticeIndexPage.objects.get()`."""

    class Meta:
        model = PracticeIndexPage

    title = "Dobre praktyki"
    title_en = "Good practices"
    slug = "dobre-praktyki-testowe"


class PracticePageFactory(wagtail_factories.PageFactory):
    """A practice; give the library as `parent=` (and `networks=[...]` if it belongs to any)."""

    class Meta:
        model = PracticePage

    title = factory.Sequence(lambda n: f"Praktyka testowa {n}")
    title_en = factory.Sequence(lambda n: f"Test practice {n}")
    town = factory.SubFactory(MunicipalityFactory)
    situation = "<p>Sytuacja przed zmianą.</p>"
    solution = "<p>Rozwiązanie.</p>"
    results = "<p>Wyniki.</p>"
    transferability = "<p>Czego potrzeba, by to powtórzyć.</p>"
    funding_source = "own"


class TransferFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Transfer

    practice = None
    town = factory.SubFactory(MunicipalityFactory)
    stage = TransferStage.INTERESTED
