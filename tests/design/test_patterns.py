"""The pattern page (home/patterns.py) shows every component in development and does not exist
anywhere else."""

from django.test import override_settings

from tests.design.pages import soup
from tests.design.test_contrast import VOCABULARY


def test_the_pattern_page_is_not_found_without_debug(demo):
    assert demo.client_for(None).get("/wzorce/").status_code == 404
    assert demo.client_for("editor").get("/wzorce/").status_code == 404


@override_settings(DEBUG=True)
def test_in_development_it_shows_every_shared_component(demo):
    response = demo.client_for(None).get("/wzorce/")
    assert response.status_code == 200
    page = soup(response)
    shown = {name for tag in page.find_all(class_=True) for name in tag["class"]}
    assert not set(VOCABULARY) - shown
    assert page.find(attrs={"style": True}) is None
