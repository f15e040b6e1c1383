"""A form sent with a mistake comes back with the mistake named and what the person typed still
in it, and nothing is stored: an observer's evaluation and a reply in a discussion (review of
issue 13). Retyping a long comment because one score was missed is how people give up.

Also the one town select every form shares (home/forms.py): towns in Polish order."""

from django.urls import reverse

from home.collation import polish_sort_key
from home.forms import TownChoiceField
from tests.factories.registry import MunicipalityFactory
from tests.polish import pl
from workspaces.collaboration import services
from workspaces.collaboration.models import BODY_MAX_LENGTH, Post
from workspaces.outcomes.models import Evaluation
from workspaces.registry.models import Municipality

from .pages import soup

COMMENT = "Rekomendacja przyda się w Krośnie, ale brakuje w niej kosztów wdrożenia."


def test_an_evaluation_without_a_score_comes_back_with_the_comment_kept(demo):
    outcome = demo.outcomes(3)
    before = Evaluation.objects.count()
    response = demo.client_for("observer").post(
        reverse("evaluate_outcome", args=[outcome.pk]),
        {"usefulness": "4", "transferability": "", "comment": COMMENT},
    )
    assert response.status_code == 200
    document = soup(response)
    form = document.select_one("main form.evaluation-form")
    assert form.select_one("textarea[name=comment]").get_text().strip() == COMMENT
    assert form.select_one("input[name=usefulness][value='4']").has_attr("checked")
    summary = form.select_one(".error-summary").get_text(" ", strip=True)
    assert pl("Give a score from 1 to 5.") in summary
    assert Evaluation.objects.count() == before


def test_a_reply_too_long_comes_back_with_its_text_kept(demo):
    thread = services.start_thread(
        demo.user("coordinator"), demo.network(1), "Budżet obywatelski online", "Pytanie."
    )
    body = "Odpowiadam obszernie. " * (BODY_MAX_LENGTH // 20)
    before = Post.objects.count()
    response = demo.client_for("member").post(reverse("reply", args=[thread.pk]), {"body": body})
    assert response.status_code == 200
    document = soup(response)
    assert document.select_one("main textarea[name=body]").get_text().strip() == body.strip()
    assert document.select_one("main .error-summary")
    assert Post.objects.count() == before


def test_the_shared_town_select_lists_towns_in_polish_order(demo):
    for name in ["Żmigród Testowy", "Łańcut Testowy", "Lubań Testowy", "Zabłocie Testowe"]:
        MunicipalityFactory(name=name)
    field = TownChoiceField(queryset=Municipality.objects.all(), empty_label="–")
    names = [label for value, label in field.choices if value]
    assert names == sorted(names, key=polish_sort_key)
    assert [n for n in names if "Test" in n] == [
        "Lubań Testowy",
        "Łańcut Testowy",
        "Zabłocie Testowe",
        "Żmigród Testowy",
    ]


def test_the_shared_town_select_can_name_the_voivodeship(demo):
    town = MunicipalityFactory(name="Nowa Wieś Testowa")
    field = TownChoiceField(queryset=Municipality.objects.filter(pk=town.pk), with_voivodeship=True)
    assert (
        field.label_from_instance(town) == f"Nowa Wieś Testowa ({town.get_voivodeship_display()})"
    )
