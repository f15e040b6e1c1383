"""The library's whole story over HTTP, as issue 4 states it: a member submits a practice, an
editor approves it in the admin and promotes it, visitors then find it in Polish and English
(index, search, tag page, feed) without its contact, and another town records adopting it."""

from django.urls import reverse

from wagtail.models import WorkflowState

from practices.models import PracticePage
from tests.polish import english

TITLE = "Rowerowe szkoły dla seniorów"
CONTACT = "jan.rowerowy@example.org"


def _submit(demo):
    response = demo.client_for("member").post(
        reverse("submit_practice"),
        {
            "title": TITLE,
            "town": demo.user("member").person.municipality_id,
            "networks": [demo.network(1).pk],
            "tags": "rowery, seniorzy",
            "situation": "Seniorzy rzadko jeździli na rowerach.",
            "solution": "Kurs jazdy po mieście z instruktorem, dwa razy w tygodniu.",
            "results": "120 absolwentów w pierwszym roku.",
            "funding_source": "own",
            "budget_pln": "30000",
            "period_start": "2024-03-01",
            "period_end": "2024-10-31",
            "transferability": "Instruktor i plac manewrowy.",
            "contact_name": "Jan Rowerowy",
            "contact_email": CONTACT,
            "contact_phone": "+48 600 100 200",
        },
    )
    assert response.status_code == 302
    return PracticePage.objects.get(title=TITLE)


def _approve_in_the_admin(demo, practice):
    task_state = WorkflowState.objects.get(object_id=str(practice.pk)).current_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=[practice.pk, "approve", task_state.pk]
    )
    response = demo.client_for("editor").post(url, {"comment": "Dobra praktyka."})
    assert response.status_code in (200, 302)
    practice.refresh_from_db()
    assert practice.live


def _visitor_sees(demo, practice, language):
    visitor = demo.client_for(None)
    address = english if language == "en" else str
    index_url = address(practice.get_parent().url)
    tag_url = f"{index_url}tag/rowery/"
    pages = [
        visitor.get(index_url),
        visitor.get(index_url, {"q": "seniorów rowerach"}),
        visitor.get(tag_url),
        visitor.get(address(reverse("practices_rss"))),
    ]
    return [address(practice.url) in page.content.decode() for page in pages]


def test_submitted_approved_promoted_found_and_adopted(demo):
    practice = _submit(demo)
    _approve_in_the_admin(demo, practice)

    # Approved: members read it, visitors find nothing of it anywhere.
    assert demo.client_for("coordinator").get(practice.url).status_code == 200
    for language in ("pl", "en"):
        assert _visitor_sees(demo, practice, language) == [False] * 4

    response = demo.client_for("editor").post(reverse("promote_page", args=[practice.pk]))
    assert response.status_code == 302

    for language in ("pl", "en"):
        assert _visitor_sees(demo, practice, language) == [True] * 4
    page = demo.client_for(None).get(practice.url).content.decode()
    assert TITLE in page and CONTACT not in page

    # Another town (the mayor's Jarocin, not the submitter's Krosno) adopts it.
    mayor = demo.client_for("mayor")
    mayor.post(reverse("record_transfer", args=[practice.pk]), {"stage": "interested"})
    html_en = demo.client_for(None).get(english(practice.url)).content.decode()
    assert "1 town is adopting this practice." in html_en
    assert "Jarocin" not in html_en  # visitors see the count, not the towns
    assert "Jarocin" in demo.client_for("member").get(practice.url).content.decode()
