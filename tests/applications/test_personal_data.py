"""The applications in a person's personal-data export, and gone from view when they are
pseudonymised (issue 11, point 6)."""

from tests.factories.applications import ApplicationFactory
from workspaces.applications.models import Application
from workspaces.registry import personal_data


def test_a_persons_export_holds_their_applications_and_no_one_elses(demo):
    observer = demo.user("observer")
    ApplicationFactory(network=demo.network(5), email=observer.email, motivation="M" * 40)
    ApplicationFactory(network=demo.network(5), email="someone@else.example.org")
    exported = personal_data.export_person(observer.person)["applications"]
    assert [item["email"] for item in exported] == [observer.email]
    assert exported[0]["motivation"] == "M" * 40 and exported[0]["status"]


def test_pseudonymising_replaces_name_and_address_on_their_applications(demo):
    observer = demo.user("observer")
    mine = ApplicationFactory(network=demo.network(5), email=observer.email, last_name="Mazur")
    personal_data.pseudonymise_person(observer.person, by=demo.user("editor"))
    mine.refresh_from_db()
    assert "Mazur" not in str(mine) and mine.email != observer.email.lower()
    assert mine.email.endswith("@invalid.invalid")
    assert not Application.objects.filter(last_name="Mazur").exists()
    assert mine.motivation  # what they wrote stays, under the pseudonym
