"""A network's outcomes and their evaluations."""

import factory
import wagtail_factories

from workspaces.outcomes.models import Evaluation, OutcomeIndexPage, OutcomePage

from .registry import UserFactory


class OutcomeIndexPageFactory(wagtail_factories.PageFactory):
    """A network's outcomes section; give the network as `parent=`."""

    class Meta:
        model = OutcomeIndexPage

    title = "Rezultaty"
    title_en = "Outcomes"
    slug = "rezultaty"


class OutcomePageFactory(wagtail_factories.PageFactory):
    """An outcome; give the network's outcome index as `parent=`."""

    class Meta:
        model = OutcomePage

    title = factory.Sequence(lambda n: f"Rezultat testowy {n}")
    title_en = factory.Sequence(lambda n: f"Test outcome {n}")
    summary = "<p>Co sieć wypracowała.</p>"


class EvaluationFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Evaluation

    outcome = None
    evaluator = factory.SubFactory(UserFactory)
    usefulness = 4
    transferability = 3
    comment = "Przydatne."
