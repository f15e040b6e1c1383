"""Demo outcomes: two per network (three in CIVIC CITIES, one of them promoted to the public),
linked to the sessions they came from, and evaluated by the network's observers (SPEC §4:
members read outcomes, observers evaluate them)."""

import datetime

from django.contrib.auth import get_user_model

from home.demo import backdate_publication, ensure_child
from workspaces.access import promotion
from workspaces.access.groups import network_groups
from workspaces.notifications import outbox
from workspaces.registry.demo_data import leak_check_sentence
from workspaces.registry.models import WorkspacePage
from workspaces.sessions.models import SessionPage

from . import evaluations, rules
from .models import Evaluation, OutcomeIndexPage, OutcomePage

OUTCOMES = [
    (
        "rekomendacje-2022",
        "Rekomendacje sieci na rok 2023",
        "Network recommendations for 2023",
        "Uczestnicy uzgodnili, które rozwiązania warto wdrożyć w kolejnym roku.",
    ),
    (
        "katalog-rozwiazan",
        "Katalog sprawdzonych rozwiązań",
        "A catalogue of proven solutions",
        "Zestawienie rozwiązań, które miasta sieci przetestowały i polecają innym.",
    ),
]
PUBLIC_OUTCOME = (
    "konsultacje-spoleczne-w-praktyce",
    "Konsultacje społeczne w praktyce – wnioski sieci",
    "Public consultations in practice – what the network learned",
    "Siedem zasad dobrych konsultacji społecznych, sprawdzonych w miastach sieci.",
)


def _recommendations(theme):
    return [
        (
            "recommendation",
            {
                "kind": "recommendation",
                "heading": "Zacznij od małego pilotażu",
                "text": f"<p>W obszarze „{theme.lower()}” najlepiej sprawdza się pilotaż w jednej "
                "dzielnicy, ocena po trzech miesiącach i dopiero potem skalowanie.</p>",
            },
        ),
        (
            "recommendation",
            {
                "kind": "solution",
                "heading": "Wspólny zespół miast",
                "text": "<p>Miasta dzielą się dokumentacją przetargową i harmonogramami, "
                "co skraca przygotowanie projektu o kilka miesięcy.</p>",
            },
        ),
    ]


def _publish(page, user):
    with outbox.suppressed():
        page.save_revision(user=user).publish(user=user)


def _date_after_sessions(outcome, sessions):
    """An outcome is written up three weeks after the last session that worked on it."""
    backdate_publication(outcome, sessions[-1].ends_at + datetime.timedelta(days=21))


def seed_outcome_index(network):
    return ensure_child(
        network,
        OutcomeIndexPage,
        "rezultaty",
        title="Rezultaty",
        title_en="Outcomes",
        intro="<p>Rekomendacje i rozwiązania wypracowane przez sieć.</p>",
        intro_en="<p>Recommendations and solutions worked out by the network.</p>",
    )


def seed_outcomes(network, editor):
    index = seed_outcome_index(network)
    sessions = list(
        SessionPage.objects.child_of(WorkspacePage.objects.child_of(network).get()).order_by(
            "number"
        )
    )
    entries = list(OUTCOMES) + ([PUBLIC_OUTCOME] if network.number == 3 else [])
    for position, (slug, title_pl, title_en, summary) in enumerate(entries):
        sentence = ""
        if position == 0:
            sentence, _code = leak_check_sentence("outcomes", network.number)
        outcome = ensure_child(
            index,
            OutcomePage,
            slug,
            title=title_pl,
            title_en=title_en,
            summary=f"<p>{summary}</p>{sentence}",
            recommendations=_recommendations(network.theme),
        )
        if not outcome.revisions.exists():
            outcome.sessions.set(sessions[position * 2 : position * 2 + 3])
            _publish(outcome, editor)
        _date_after_sessions(outcome, sessions[position * 2 : position * 2 + 3] or sessions[-1:])
        if (slug, title_pl, title_en, summary) == PUBLIC_OUTCOME:
            promotion.promote(outcome, editor)
        _seed_evaluations(network, outcome, position)


def _seed_evaluations(network, outcome, position):
    observers = network_groups(network)["observers"]
    evaluators = get_user_model().objects.filter(groups=observers).order_by("username")[:6]
    for index, user in enumerate(evaluators):
        if not rules.may_evaluate(user, outcome):
            continue
        evaluations.evaluate(
            outcome,
            user,
            usefulness=5 - (index + position) % 3,
            transferability=4 - (index * 2 + position) % 4,
            comment="Przydatne – planujemy podobne działanie w naszym mieście."
            if index % 2
            else "",
        )
    # Observers answer within weeks of the outcome's publication, one after another.
    for index, evaluation in enumerate(outcome.evaluations.order_by("pk")):
        at = outcome.first_published_at + datetime.timedelta(days=4 + 6 * index)
        Evaluation.objects.filter(pk=evaluation.pk).update(created_at=at, updated_at=at)
