"""The demo's texts read as written by the Association and the towns, not assembled from a
template (issue 13): each practice tells its own story, its funding agrees with its words,
town names take the right verb forms, and network goals are sentences of their own.

These tests read the written data itself, so they fail before anything is seeded."""

import collections
import re

import pytest

from practices.demo import slug_for, unique_slugs
from practices.demo_texts import PRACTICES
from practices.models import FundingSource
from workspaces.outcomes.demo_texts import EVALUATION_VIEWS, OUTCOMES
from workspaces.registry.demo_data import NETWORKS, TOWNS, network_goals
from workspaces.registry.models import ProgrammeStatus

GRANT_WINNERS = {name for name, _v, _p, status in TOWNS if status == ProgrammeStatus.GRANT_WINNER}
PARTICIPANTS = {name for name, _v, _p, status in TOWNS if status != ProgrammeStatus.OBSERVER}
# What a text says about money from outside the town's own budget.
LDP_WORDS = "Rozwój Lokalny"
EU_WORDS = ("unijn", "regionalnego programu operacyjnego")
NATIONAL_WORDS = ("rządow",)


def _text(practice):
    return " ".join((practice.situation, practice.solution, practice.results, practice.lessons))


def _sentences(text):
    return [s.strip() for s in re.split(r"(?<=[.!?])\s+", text) if len(s.strip()) > 25]


def test_sixty_practices_over_the_eight_networks():
    per_network = collections.Counter(practice.network for practice in PRACTICES)
    assert len(PRACTICES) == 60
    assert sorted(per_network) == [number for number, *_rest in NETWORKS]
    assert per_network[8] == 4 and all(per_network[n] == 8 for n in range(1, 8))
    assert sum(practice.promoted for practice in PRACTICES) == 15


def test_titles_are_unique_and_slugs_come_from_them():
    titles = [practice.title for practice in PRACTICES]
    assert len(set(titles)) == len(titles)
    slugs = unique_slugs(titles)
    assert slugs == [slug_for(title) for title in titles]  # no clash needed a number
    for slug in slugs:
        assert not re.fullmatch(r"praktyka-\d+", slug)
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", slug), slug
    assert slug_for("Łąki kwietne zamiast trawników") == "laki-kwietne-zamiast-trawnikow"


def test_a_taken_slug_gets_the_next_number():
    assert unique_slugs(["Rower miejski", "Rower miejski", "Rower miejski"]) == [
        "rower-miejski", "rower-miejski-2", "rower-miejski-3",
    ]  # fmt: skip


def test_no_sentence_is_shared_by_two_practices():
    """A template shows as the same sentence in many practices; written texts share none."""
    seen = {}
    for practice in PRACTICES:
        for sentence in _sentences(_text(practice)):
            assert sentence not in seen, (sentence, seen.get(sentence), practice.title)
            seen[sentence] = practice.title


def test_every_practice_is_in_a_participating_town_with_consistent_facts():
    for practice in PRACTICES:
        assert practice.town in PARTICIPANTS, practice.title
        assert practice.started < practice.finished, practice.title
        assert practice.finished.year <= 2024, practice.title
        assert practice.tags and all(tag[0].islower() for tag in practice.tags)  # "fundusze UE"
        assert practice.budget is None or practice.budget > 0


@pytest.mark.parametrize("practice", PRACTICES, ids=lambda p: p.title[:40])
def test_the_funding_source_agrees_with_the_text(practice):
    text = _text(practice).lower()
    mentions_ldp = LDP_WORDS.lower() in text
    if practice.funding == FundingSource.LOCAL_DEVELOPMENT_PROGRAMME:
        assert mentions_ldp and practice.town in GRANT_WINNERS
    else:
        assert not mentions_ldp
    if practice.funding == FundingSource.EU_FUNDS:
        assert any(word in text for word in EU_WORDS)
    if practice.funding == FundingSource.NATIONAL:
        assert any(word in text for word in NATIONAL_WORDS)
    if practice.funding == FundingSource.OWN_BUDGET:
        assert not any(word in text for word in (*EU_WORDS, *NATIONAL_WORDS))


def test_the_library_covers_every_funding_source_in_public_too():
    public = {p.funding for p in PRACTICES if p.promoted}
    assert {p.funding for p in PRACTICES} == set(FundingSource.values)
    assert public == set(FundingSource.values)


TEMPLATE_SCARS = [
    r"postawiło na",  # "Miasto postawiło na termomodernizacja"
    r"szukało sposobu",  # "Starachowice szukało sposobu"
    r"pracują nad tematem",  # "pracują nad tematem: sieć liderów: …"
    r"\w+: \w+:",  # a label glued to a label
    r"  ",  # two spaces where two fragments met
]


def _all_written_texts():
    for practice in PRACTICES:
        yield practice.title, _text(practice)
    for outcomes in OUTCOMES.values():
        for outcome in outcomes:
            yield (
                outcome.title,
                " ".join([outcome.summary, *(f"{h} {t}" for _k, h, t in outcome.recommendations)]),
            )
    for number, *_rest in NETWORKS:
        yield f"goals {number}", " ".join(network_goals(number))


@pytest.mark.parametrize("scar", TEMPLATE_SCARS)
def test_no_text_bears_the_marks_of_a_template(scar):
    for name, text in _all_written_texts():
        assert not re.search(scar, text), (name, scar)


# Towns named in the plural agree with plural verbs ("Starachowice szukały"), neuter ones with
# neuter verbs ("Krosno wprowadziło"), feminine ones with feminine ("Hajnówka przygotowała").
PLURAL_TOWNS = ["Starachowice", "Żary", "Bartoszyce"]
NEUTER_TOWNS = ["Krosno", "Zabrze", "Kłodzko"]
FEMININE_TOWNS = ["Hajnówka", "Łomża", "Rumia", "Nysa", "Legnica"]


def test_town_names_take_verbs_of_their_number_and_gender():
    for name, text in _all_written_texts():
        for town in PLURAL_TOWNS:  # a singular past tense right after a plural name
            assert not re.search(rf"\b{town} (\w+ł[oa]|\w+ł)\b", text), (name, town)
        for town in NEUTER_TOWNS:
            assert not re.search(rf"\b{town} \w+(ła|ły|ł)\b", text), (name, town)
        for town in FEMININE_TOWNS:
            assert not re.search(rf"\b{town} \w+(ło|ły|ł)\b", text), (name, town)


def test_each_network_states_its_own_goals():
    goals = [network_goals(number) for number, *_rest in NETWORKS]
    polish = [pl for pl, _en in goals]
    assert len(set(polish)) == len(polish)
    for pl, en in goals:
        assert pl.count("<li>") >= 2 and en.count("<li>") == pl.count("<li>")


def test_no_two_outcomes_share_a_title_or_a_recommendation():
    outcomes = [outcome for per_network in OUTCOMES.values() for outcome in per_network]
    titles = [outcome.title for outcome in outcomes]
    assert len(set(titles)) == len(titles)
    recommendations = [item for outcome in outcomes for item in outcome.recommendations]
    texts = [text for _kind, _heading, text in recommendations]
    headings = [heading for _kind, heading, _text in recommendations]
    assert len(set(texts)) == len(texts)
    assert len(set(headings)) == len(headings)
    assert {number: len(per_network) for number, per_network in OUTCOMES.items()} == {
        n: 3 if n == 3 else 2 for n in range(1, 9)
    }


PLANS_TO_REPEAT = re.compile(r"planujemy podobne", re.IGNORECASE)
WILL_NOT_WORK_HERE = re.compile(r"nie sprawdzą|trudne do powtórzenia", re.IGNORECASE)


def test_evaluation_scores_agree_with_their_comments():
    for usefulness, transferability, comment in EVALUATION_VIEWS:
        assert 1 <= usefulness <= 5 and 1 <= transferability <= 5
        if PLANS_TO_REPEAT.search(comment):
            assert transferability >= 4 and usefulness >= 4, comment
        if WILL_NOT_WORK_HERE.search(comment):
            assert transferability <= 2, comment
