"""An observer's evaluation (issue 13: "rating radios are 13 px"): two 1–5 scores as rows of
labelled radios in fieldsets, and a comment; a public outcome's status is an informative tag,
not a warning."""

from .pages import soup


def test_scores_are_rows_of_five_labelled_radios_under_a_legend(demo):
    document = soup(demo.client_for("observer").get(demo.outcomes(3).url))
    form = document.select_one("main form.evaluation-form")
    groups = form.select("fieldset.choices.choices-inline")
    assert [group.find("input")["name"] for group in groups] == ["usefulness", "transferability"]
    for group in groups:
        assert group.find("legend").get_text(strip=True)
        labels = [
            group.find("label", attrs={"for": radio["id"]}).get_text(strip=True)
            for radio in group.select("input[type=radio]")
        ]
        assert labels == ["1", "2", "3", "4", "5"]
    assert form.select_one("label[for=id_comment]") and form.select_one("textarea#id_comment")


def test_a_public_outcome_is_marked_with_an_informative_tag(demo):
    document = soup(demo.client_for(None).get(demo.public_outcome().url))
    tag = document.select_one("main .tag")
    assert "tag-info" in tag["class"] and not document.select("main .badge")
