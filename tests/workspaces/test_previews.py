"""Editors read what they are asked to approve: every page type previews in the admin.

A preview renders the page from a revision or from the edit form, not from the database, so
its child relations and many-to-many fields are modelcluster's in-memory stand-ins. Code that
serves a page must work for both. The page types are taken from the project's models, so a new
page type without a way to preview it here fails this test.
"""

from django.urls import reverse

from wagtail import blocks
from wagtail.blocks.base import BlockWidget
from wagtail.models import Site, get_page_models
from wagtail.test.utils.form_data import querydict_from_html

import pytest

from practices.models import PracticeIndexPage, PracticePage
from workspaces.outcomes.models import OutcomePage
from workspaces.registry.models import NetworkIndexPage
from workspaces.sessions.models import SessionPage

OUR_PACKAGES = ("home.", "workspaces.", "practices.")
PAGE_TYPES = sorted(
    (model for model in get_page_models() if model.__module__.startswith(OUR_PACKAGES)),
    key=lambda model: model.__name__,
)
DRAFT_TITLE = "Wersja robocza do zatwierdzenia"


def _practice_in_moderation(demo):
    """Submitted by a member from the site: a draft page in the editors' workflow."""
    data = {
        "title": "Praktyka czekająca na moderację",
        "town": demo.user("member").person.municipality_id,
        "networks": [demo.network(1).pk],
        "tags": "cyfryzacja, zgłoszenia",
        "situation": "Usterki zgłaszano telefonicznie.",
        "solution": "Aplikacja z mapą zgłoszeń.",
        "results": "Czas naprawy spadł o 40%.",
        "funding_source": "own",
        "budget_pln": "120000",
        "transferability": "Wystarczy jeden informatyk.",
    }
    response = demo.client_for("member").post(reverse("submit_practice"), data)
    assert response.status_code == 302
    practice = PracticePage.objects.get(title=data["title"])
    assert practice.current_workflow_state is not None
    return practice


# One page of each type, as the demo (or a member) creates it.
PAGES = {
    "HomePage": lambda demo: Site.objects.get(is_default_site=True).root_page,
    "ContentPage": lambda demo: _content_page(),
    "NetworkIndexPage": lambda demo: NetworkIndexPage.objects.get(),
    "NetworkPage": lambda demo: demo.network(1),
    "WorkspacePage": lambda demo: demo.workspace(1),
    "SessionPage": lambda demo: SessionPage.objects.descendant_of(demo.network(1)).first(),
    "OutcomeIndexPage": lambda demo: demo.outcome_index(1),
    "OutcomePage": lambda demo: demo.outcomes(1),
    "PracticeIndexPage": lambda demo: PracticeIndexPage.objects.get(),
    "PracticePage": _practice_in_moderation,
    "JoinPage": lambda demo: _join_page(),
}


def _join_page():
    from workspaces.applications.models import JoinPage

    return JoinPage.objects.get()


def _content_page():
    from home.models import ContentPage

    return ContentPage.objects.get(slug="o-programie")


def _page_of(demo, model):
    if model.__name__ not in PAGES:
        pytest.fail(f"No preview test for {model.__name__}: add it to PAGES in {__name__}.")
    page = PAGES[model.__name__](demo).specific
    assert type(page) is model
    return page


def _page_with_draft(demo, model):
    """A page of `model` with a newer draft revision whose title differs from what is live."""
    page = _page_of(demo, model)
    page.title = DRAFT_TITLE
    page.title_en = DRAFT_TITLE
    revision = page.save_revision(user=demo.user("editor"))
    return page, revision


def _edit_form_data(client, page):
    """What the edit form posts back unchanged: its inputs, and each StreamField as the admin's
    JavaScript writes it out from the block state the form carries."""
    response = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
    assert response.status_code == 200
    data = querydict_from_html(response.content.decode(), form_id="page-edit-form")
    form = response.context["form"]
    for name, field in form.fields.items():
        if isinstance(field.widget, BlockWidget):
            block = field.widget.block_def
            data.update(_block_data(block, block.get_form_state(form[name].value()), name))
    return data


def _block_data(block, state, prefix):
    if isinstance(block, blocks.StreamBlock | blocks.ListBlock):
        data = {f"{prefix}-count": str(len(state))}
        for i, child in enumerate(state):
            item = f"{prefix}-{i}"
            data |= {
                f"{item}-id": child["id"] or "",
                f"{item}-order": str(i),
                f"{item}-deleted": "",
            }
            if isinstance(block, blocks.StreamBlock):
                data[f"{item}-type"] = child["type"]
                child_block = block.child_blocks[child["type"]]
            else:
                child_block = block.child_block
            data |= _block_data(child_block, child["value"], f"{item}-value")
        return data
    if isinstance(block, blocks.StructBlock):
        data = {}
        for name, child_block in block.child_blocks.items():
            data |= _block_data(child_block, (state or {}).get(name), f"{prefix}-{name}")
        return data
    if isinstance(block, blocks.ChooserBlock):
        return {prefix: state["id"] if state else ""}
    if isinstance(block, blocks.BooleanBlock):
        return {prefix: "on"} if state else {}
    return {prefix: "" if state is None else state}


def _assert_shows(response, text):
    assert response.status_code == 200
    assert text in response.content.decode()


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_view_draft_shows_the_draft(demo, model):
    page, _revision = _page_with_draft(demo, model)
    client = demo.client_for("editor")
    _assert_shows(client.get(reverse("wagtailadmin_pages:view_draft", args=[page.pk])), DRAFT_TITLE)


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_a_revision_previews(demo, model):
    page, revision = _page_with_draft(demo, model)
    client = demo.client_for("editor")
    url = reverse("wagtailadmin_pages:revisions_view", args=[page.pk, revision.pk])
    _assert_shows(client.get(url), DRAFT_TITLE)


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_the_edit_form_previews_what_is_typed(demo, model):
    page, _revision = _page_with_draft(demo, model)
    client = demo.client_for("editor")
    data = _edit_form_data(client, page)
    data["title"] = data["title_en"] = "Tytuł wpisany w formularzu"
    preview_url = reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])
    response = client.post(preview_url, data)
    assert response.json() == {"is_valid": True, "is_available": True}
    _assert_shows(client.get(preview_url), "Tytuł wpisany w formularzu")


def test_the_outcome_preview_lists_its_sessions_from_the_revision(demo):
    """The revision, not the database, says which sessions an outcome came from."""
    outcome = demo.outcomes(1)
    kept = outcome.sessions.order_by("starts_at").first()
    dropped = [s for s in outcome.sessions.all() if s.pk != kept.pk]
    assert dropped
    outcome.sessions.set([kept])
    revision = outcome.save_revision(user=demo.user("editor"))
    client = demo.client_for("editor")
    url = reverse("wagtailadmin_pages:revisions_view", args=[outcome.pk, revision.pk])
    html = client.get(url).content.decode()
    assert f'href="{kept.url}"' in html
    assert all(f'href="{session.url}"' not in html for session in dropped)
    assert OutcomePage.objects.get(pk=outcome.pk).sessions.count() == len(dropped) + 1


def test_the_practice_preview_shows_its_networks_from_the_revision(demo):
    """A practice in moderation, its networks changed in a newer revision only."""
    practice = _practice_in_moderation(demo)
    practice.networks.set([demo.network(2)])
    revision = practice.save_revision(user=demo.user("editor"))
    client = demo.client_for("editor")
    url = reverse("wagtailadmin_pages:revisions_view", args=[practice.pk, revision.pk])
    html = client.get(url).content.decode()
    assert f'href="{demo.network(2).url}"' in html
    assert f'href="{demo.network(1).url}"' not in html
    assert "Aplikacja z mapą zgłoszeń." in html
    assert list(PracticePage.objects.get(pk=practice.pk).networks.all()) == [demo.network(1)]


def _preview_of_new_page(demo, model, username):
    """The admin's preview of a new page of `model`, typed into the add form by `username`
    (copied from a page of the demo) under the same parent, before it is saved."""
    page = _page_of(demo, model)
    parent = page.get_parent().specific
    if not model.can_create_at(parent):
        pytest.skip(f"{model.__name__} is created once, with the site")
    client = demo.client_for(username)
    data = _edit_form_data(demo.client_for("editor"), page)
    data["title"] = data["title_en"] = "Nowa strona w przygotowaniu"
    data["slug"] = "nowa-strona-w-przygotowaniu"
    meta = model._meta
    preview_url = reverse(
        "wagtailadmin_pages:preview_on_add", args=[meta.app_label, meta.model_name, parent.pk]
    )
    response = client.post(preview_url, data)
    assert response.json() == {"is_valid": True, "is_available": True}
    return client.get(preview_url)


@pytest.mark.parametrize("model", PAGE_TYPES, ids=lambda model: model.__name__)
def test_a_new_page_previews_before_its_first_save(demo, model):
    """Editors and coordinators preview a page they are creating: nothing of it is stored yet,
    so it has no members, sessions, evaluations or adopting towns to show."""
    _assert_shows(_preview_of_new_page(demo, model, "editor"), "Nowa strona w przygotowaniu")
    assert not model.objects.filter(slug="nowa-strona-w-przygotowaniu").exists()


@pytest.mark.parametrize(
    "model,username",
    [
        (SessionPage, "coordinator"),  # saved: circulate the minutes
        (OutcomePage, "coordinator"),  # saved: the evaluation results
        (OutcomePage, "editor"),  # saved: promote to the public
        (PracticePage, "editor"),  # saved: promote to the public
    ],
    ids=lambda value: getattr(value, "__name__", value),
)
def test_a_page_before_its_first_save_offers_no_actions(demo, model, username):
    """Nothing can be circulated, evaluated, promoted or adopted before it exists: the preview
    shows the page without the forms and links that act on it."""
    response = _preview_of_new_page(demo, model, username)
    _assert_shows(response, "Nowa strona w przygotowaniu")
    content = response.content.decode().split('<main id="main"')[1].split("</main>")[0]
    assert "<form" not in content
    assert "/oceny/" not in content  # the evaluation results
