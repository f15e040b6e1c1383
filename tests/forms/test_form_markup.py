"""The markup every public form shares (issue 13, "Forms"): what a screen reader is pointed at
exists, hints and errors are tied to their controls, checkboxes and radios sit before their
labels inside a fieldset with a legend, selects open on a written prompt, and a form sent back
with errors opens with a summary linking to each field."""

import pytest

from .pages import SHOWN, WITH_ERRORS, get_page, main_forms, post_bad_input, soup

CHOICE_TYPES = ("checkbox", "radio")


def _ids(document):
    return {element["id"] for element in document.select("[id]")}


def _described_by(document):
    return {
        reference
        for element in document.select("[aria-describedby]")
        for reference in element["aria-describedby"].split()
    }


def _dangling_references(document):
    return sorted(_described_by(document) - _ids(document))


def _unreferenced_hints_and_errors(document):
    shown = {
        element["id"]
        for form in main_forms(document)
        for element in form.select(".hint[id], .error-message[id]")
    }
    return sorted(shown - _described_by(document))


@pytest.mark.parametrize(("name", "page"), SHOWN)
def test_aria_describedby_names_only_ids_on_the_page(demo, name, page):
    document = soup(get_page(demo, page)[1])
    assert main_forms(document), f"{name}: no form on the page"
    assert _dangling_references(document) == []
    assert _unreferenced_hints_and_errors(document) == []


@pytest.mark.parametrize(("name", "page"), WITH_ERRORS)
def test_with_errors_shown_each_control_names_its_hint_and_error(demo, name, page):
    document = soup(post_bad_input(demo, page))
    assert document.select("main .error-message[id]"), f"{name}: no field error shown"
    assert _dangling_references(document) == []
    assert _unreferenced_hints_and_errors(document) == []
    for error in document.select("main .error-message[id]"):
        control = document.find(attrs={"aria-describedby": lambda v, i=error["id"]: v and i in v})
        assert control.get("aria-invalid") == "true" or control.name == "fieldset", error["id"]


@pytest.mark.parametrize(("name", "page"), WITH_ERRORS)
def test_a_form_sent_back_opens_with_a_summary_linking_to_its_fields(demo, name, page):
    document = soup(post_bad_input(demo, page))
    [summary] = document.select("main .error-summary")
    assert summary.get("role") == "alert"
    links = summary.select("a[href^='#']")
    assert links, f"{name}: the summary links to no field"
    ids = _ids(document)
    for link in links:
        target = link["href"][1:]
        assert target in ids, f"{name}: {link['href']} leads nowhere"
        assert document.find(id=target).name in ("input", "select", "textarea"), target


def _choice_inputs(document):
    return [
        element
        for form in main_forms(document)
        for element in form.select("input")
        if element.get("type") in CHOICE_TYPES
    ]


@pytest.mark.parametrize(("name", "page"), SHOWN)
def test_checkboxes_and_radios_come_first_and_their_label_right_after(demo, name, page):
    document = soup(get_page(demo, page)[1])
    for control in _choice_inputs(document):
        assert "choice" in control.parent.get("class", []), control
        label = control.find_next_sibling()
        assert label.name == "label" and label["for"] == control["id"], control
        assert label.get_text(strip=True), control
        assert control.find_previous_sibling() is None, control  # nothing between box and edge


@pytest.mark.parametrize(("name", "page"), SHOWN)
def test_a_group_of_choices_is_a_fieldset_with_a_legend(demo, name, page):
    document = soup(get_page(demo, page)[1])
    names = [control["name"] for control in _choice_inputs(document)]
    for control in _choice_inputs(document):
        if names.count(control["name"]) == 1 and control["type"] == "checkbox":
            continue  # a single yes/no box is labelled by its own label
        fieldset = control.find_parent("fieldset")
        assert fieldset is not None and "choices" in fieldset.get("class", []), control
        assert fieldset.find("legend", recursive=False).get_text(strip=True), control


@pytest.mark.parametrize(("name", "page"), SHOWN)
def test_every_control_has_a_visible_label(demo, name, page):
    document = soup(get_page(demo, page)[1])
    for form in main_forms(document):
        for control in form.select("input, select, textarea"):
            if control.get("type") in ("hidden", "submit") or control.find_parent(
                attrs={"aria-hidden": "true"}
            ):
                continue
            label = form.find("label", attrs={"for": control.get("id")})
            assert label is not None and label.get_text(strip=True), control


@pytest.mark.parametrize(("name", "page"), SHOWN)
def test_selects_open_on_a_written_prompt_not_dashes(demo, name, page):
    document = soup(get_page(demo, page)[1])
    for select in document.select("main form select"):
        for option in select.select("option"):
            text = option.get_text(strip=True)
            assert text and "---" not in text, (select.get("name"), str(option))
