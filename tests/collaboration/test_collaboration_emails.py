"""E-mails of the discussions (issue 10, items 5–6): exact recipients, each person's choice per
network (never, immediately, daily or weekly digest), digests sent once, access asked again at
sending time, mentions that reveal nothing, and an unsubscribe link that acts for one person."""

from django.core import mail
from django.core.management import call_command
from django.urls import reverse

import pytest

from workspaces.collaboration import emails, feedback, services
from workspaces.notifications import links, outbox, preferences
from workspaces.notifications.models import Cadence, DeliveryPreference, Notification
from workspaces.registry import services as registry_services
from workspaces.registry.models import Membership


def _readers_of_network_1(demo, but=()):
    """Members, coordinators and experts of network 1 with an address – from the records."""
    seats = Membership.objects.in_force().filter(network=demo.network(1))
    users = {seat.person.user for seat in seats.select_related("person__user")}
    return {u.pk for u in users if u.email and u.is_active} - {u.pk for u in but}


def _recipients(kind, target):
    return set(
        Notification.objects.about(target).filter(kind=kind).values_list("recipient", flat=True)
    )


def test_a_new_discussion_is_owed_to_exactly_the_networks_people(demo):
    member = demo.user("member")
    thread = services.start_thread(member, demo.network(1), "Nowa dyskusja", "Treść")
    expected = _readers_of_network_1(demo, but=[member])
    assert expected and _recipients(emails.THREAD_STARTED, thread) == expected
    for outsider in ("observer", "mayor", "demo-former"):
        assert demo.user(outsider).pk not in _recipients(emails.THREAD_STARTED, thread)


def test_the_default_is_the_daily_digest_and_never_means_nothing_is_written(demo):
    coordinator, member = demo.user("coordinator"), demo.user("member")
    preferences.set_cadence(member, demo.network(1), Cadence.NONE)
    thread = services.start_thread(coordinator, demo.network(1), "Wątek", "Treść")
    rows = Notification.objects.about(thread)
    assert not rows.filter(recipient=member).exists()
    assert set(rows.values_list("cadence", flat=True)) == {Cadence.DAILY}


def test_immediately_means_at_once_with_a_link_that_opens(demo, django_capture_on_commit_callbacks):
    coordinator = demo.user("coordinator")
    preferences.set_cadence(coordinator, demo.network(1), Cadence.IMMEDIATE)
    with django_capture_on_commit_callbacks(execute=True):
        thread = services.start_thread(demo.user("member"), demo.network(1), "Pilne", "Treść")
    sent = [m for m in mail.outbox if m.to == [coordinator.email]]
    assert len(sent) == 1
    address = links.site_address()
    assert f"{address}{reverse('discussion', args=[thread.pk])}" in sent[0].body
    link = sent[0].extra_headers["List-Unsubscribe"].strip("<>")
    assert link.startswith(address) and link in sent[0].body
    assert sent[0].extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_daily_digest_gathers_the_news_and_is_sent_once(demo):
    member = demo.user("member")
    thread = services.start_thread(demo.user("coordinator"), demo.network(1), "Pierwszy", "A")
    services.reply(member, thread, "Odpowiedź członka")
    services.reply(demo.user("coordinator"), thread, "Druga odpowiedź koordynatora")
    mail.outbox.clear()
    assert outbox.send_digests(Cadence.DAILY) > 0
    to_member = [m for m in mail.outbox if m.to == [member.email]]
    assert len(to_member) == 1
    assert "Pierwszy" in to_member[0].body and "Druga odpowiedź koordynatora" in to_member[0].body
    mail.outbox.clear()
    assert outbox.send_digests(Cadence.DAILY) == 0 and mail.outbox == []
    assert not Notification.objects.filter(
        status=Notification.PENDING, cadence=Cadence.DAILY
    ).exists()


def test_a_digest_asks_again_who_may_read(demo):
    member = demo.user("member")
    thread = services.start_thread(demo.user("coordinator"), demo.network(1), "Poufne", "Tekst")
    seat = Membership.objects.in_force().get(network=demo.network(1), person__user=member)
    registry_services.end_period(seat)
    mail.outbox.clear()
    outbox.send_digests(Cadence.DAILY)
    assert not [m for m in mail.outbox if m.to == [member.email]]
    row = Notification.objects.about(thread).get(recipient=member)
    assert row.status == Notification.CANCELLED


def test_replies_go_to_those_who_took_part(demo):
    coordinator, member = demo.user("coordinator"), demo.user("member")
    thread = services.start_thread(coordinator, demo.network(1), "Kto pisał", "Pytanie")
    post = services.reply(member, thread, "Odpowiedź")
    assert _recipients(emails.REPLIED, post) == {coordinator.pk}
    later = services.reply(coordinator, thread, "Dziękuję")
    assert _recipients(emails.REPLIED, later) == {member.pk}


def test_the_person_who_asked_hears_of_each_answer(demo):
    member = demo.user("member")
    asked = feedback.request_feedback(
        member, demo.network(1), town=member.person.municipality, project_title="Parking",
        goal="Mniej aut w centrum.", question="Jak to zrobiliście?", stage="idea",
    )  # fmt: skip
    assert _recipients(emails.FEEDBACK_REQUESTED, asked.thread) == _readers_of_network_1(
        demo, but=[member]
    )
    answer = services.reply(demo.user("coordinator"), asked.thread, "Strefa płatnego parkowania.")
    assert _recipients(emails.FEEDBACK_ANSWERED, answer) == {member.pk}
    assert member.pk not in _recipients(emails.REPLIED, answer)


def test_a_mention_tells_the_person_named_in_the_network_only(demo):
    coordinator, member, mayor = demo.user("coordinator"), demo.user("member"), demo.user("mayor")
    thread = services.start_thread(member, demo.network(1), "Wzmianki", "Na początek")
    text = f"@{coordinator.get_full_name()} i @{mayor.get_full_name()} – co o tym myślicie?"
    post = services.reply(member, thread, text)
    assert _recipients(emails.MENTIONED, post) == {coordinator.pk}
    assert not Notification.objects.filter(recipient=mayor).filter(kind=emails.MENTIONED).exists()
    assert coordinator.pk not in _recipients(emails.REPLIED, post)  # told once, of the mention


def _unsubscribe_link(demo, user):
    preferences.set_cadence(user, demo.network(1), Cadence.IMMEDIATE)
    row = Notification(recipient=user, scope=demo.network(1))
    return outbox._unsubscribe_url(row)


def test_the_unsubscribe_link_stops_that_persons_emails_only(demo):
    coordinator, member = demo.user("coordinator"), demo.user("member")
    preferences.set_cadence(member, demo.network(1), Cadence.IMMEDIATE)
    link = _unsubscribe_link(demo, coordinator)
    path = link[link.index("/powiadomienia/") :]
    client = demo.client_for(None)  # no sign-in needed
    assert client.get(path).status_code == 200
    assert (
        preferences.cadence_of(coordinator, demo.network(1)) == Cadence.IMMEDIATE
    )  # GET only asks
    assert client.post(path).status_code == 200
    assert preferences.cadence_of(coordinator, demo.network(1)) == Cadence.NONE
    assert preferences.cadence_of(member, demo.network(1)) == Cadence.IMMEDIATE


def test_a_tampered_unsubscribe_link_does_nothing(demo):
    coordinator, member = demo.user("coordinator"), demo.user("member")
    link = _unsubscribe_link(demo, coordinator)
    token = link.rstrip("/").rsplit("/", 1)[1]
    forged_for_member = preferences.unsubscribe_token(member.pk, 1, demo.network(1).pk)[:-3] + "xyz"
    before = list(DeliveryPreference.objects.values_list("user", "cadence"))
    for bad in [token[:-2] + "zz", forged_for_member, "nonsense"]:
        response = demo.client_for(None).post(reverse("unsubscribe", args=[bad]))
        assert response.status_code == 404
    assert list(DeliveryPreference.objects.values_list("user", "cadence")) == before


def test_the_preferences_page_sets_the_cadence_per_network(demo):
    client = demo.client_for("member")
    network = demo.network(1)
    page = client.get(reverse("email_preferences"))
    assert network.title in page.content.decode()
    client.post(reverse("email_preferences"), {f"cadence-{network.pk}": Cadence.WEEKLY})
    assert preferences.cadence_of(demo.user("member"), network) == Cadence.WEEKLY
    observer_page = demo.client_for("observer").get(reverse("email_preferences"))
    assert network.title not in observer_page.content.decode()


@pytest.mark.parametrize("cadence", [Cadence.DAILY, Cadence.WEEKLY])
def test_send_digests_command_is_idempotent(demo, cadence):
    member = demo.user("member")
    preferences.set_cadence(member, demo.network(1), cadence)
    services.start_thread(demo.user("coordinator"), demo.network(1), "Do zestawienia", "Treść")
    mail.outbox.clear()
    call_command("send_digests", cadence)
    first = [m for m in mail.outbox if m.to == [member.email]]
    call_command("send_digests", cadence)
    assert len(first) == 1 and len([m for m in mail.outbox if m.to == [member.email]]) == 1
