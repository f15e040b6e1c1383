"""The "did you mean" vocabulary is kept in the cache (reading every title is dear at 10,000
pages), yet a title that readers can see appears in suggestions on the very next search."""

import pytest

from practices.models import PracticeIndexPage
from tests.factories.practices import PracticePageFactory

pytestmark = pytest.mark.django_db

TYPO = "jerzykuw"  # one letter from "jerzyków"


def _suggestions(client):
    response = client.get("/dobre-praktyki/", {"q": TYPO})
    assert response.context["page_obj"].paginator.count == 0
    return response.context["suggestions"]


def test_a_newly_published_practice_is_suggested_at_once(demo):
    member = demo.client_for("member")
    assert _suggestions(member) == []  # the vocabulary is now cached without the new word
    PracticePageFactory(
        parent=PracticeIndexPage.objects.get(), title="Budki dla jerzyków na blokach"
    )
    assert _suggestions(member) == ["jerzyków"]


def test_a_title_changed_and_published_is_suggested_at_once(demo):
    member = demo.client_for("member")
    practice = PracticePageFactory(
        parent=PracticeIndexPage.objects.get(), title="Budki dla ptaków na blokach"
    )
    assert _suggestions(member) == []
    practice.title = "Budki dla jerzyków na blokach"
    practice.save_revision().publish()
    assert _suggestions(member) == ["jerzyków"]
