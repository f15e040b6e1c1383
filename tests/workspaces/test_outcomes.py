"""Outcomes: observers are told first and evaluate; editors promote; coordinators read results."""

from django.core import mail
from django.core.exceptions import PermissionDenied, ValidationError
from django.urls import reverse

import pytest

from tests.polish import english
from workspaces.access import promotion
from workspaces.access.groups import network_group_names
from workspaces.notifications import links
from workspaces.notifications import outbox as notifications
from workspaces.notifications.models import Notification
from workspaces.outcomes import evaluations
from workspaces.outcomes.emails import OUTCOME_PUBLISHED
from workspaces.outcomes.models import Evaluation, OutcomePage
from workspaces.sessions.models import SessionPage


def _new_outcome(demo, network_number=3, publish=True, user=None):
    index = demo.outcome_index(network_number)
    outcome = OutcomePage(
        title="Nowe wnioski sieci", slug="nowe-wnioski", summary="<p>Nowe wnioski.</p>"
    )
    index.add_child(instance=outcome)
    if publish:
        outcome.save_revision(user=user or demo.user("editor")).publish(
            user=user or demo.user("editor")
        )
    return outcome


def _network_people(network):
    from django.contrib.auth.models import Group

    names = network_group_names(network).values()
    return set(
        Group.objects.filter(name__in=names)
        .values_list("user__email", flat=True)
        .exclude(user__email__isnull=True)
    )


# --- observers first ------------------------------------------------------------------------


def test_first_publication_emails_the_networks_observers_and_members_only(
    demo, django_capture_on_commit_callbacks
):
    network = demo.network(3)
    with django_capture_on_commit_callbacks(execute=True):
        outcome = _new_outcome(demo)
    recipients = {address for message in mail.outbox for address in message.to}
    assert recipients == _network_people(network)
    assert demo.user("observer").email in recipients
    for outsider in ("member", "coordinator", "mayor"):  # other networks
        assert demo.user(outsider).email not in recipients
    assert all(links.page_url(outcome) in message.body for message in mail.outbox)


def test_the_email_speaks_the_recipients_language(demo, django_capture_on_commit_callbacks):
    person = demo.user("observer").person
    person.language = "en"
    person.save()
    with django_capture_on_commit_callbacks(execute=True):
        _new_outcome(demo)
    english = next(m for m in mail.outbox if m.to == [demo.user("observer").email])
    polish = next(m for m in mail.outbox if m.to != [demo.user("observer").email])
    assert "New outcome" in english.subject
    assert "Nowy rezultat" in polish.subject


def test_republishing_does_not_email_again(demo, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        outcome = _new_outcome(demo)
    sent = len(mail.outbox)
    with django_capture_on_commit_callbacks(execute=True):
        outcome.save_revision(user=demo.user("editor")).publish(user=demo.user("editor"))
    assert len(mail.outbox) == sent


def test_publishing_succeeds_when_mail_is_down_and_the_retry_delivers(
    demo, django_capture_on_commit_callbacks, monkeypatch
):
    from django.core.management import call_command

    def mail_is_down(*args, **kwargs):
        raise ConnectionRefusedError("SMTP server unreachable")

    monkeypatch.setattr(notifications.EmailMultiAlternatives, "send", mail_is_down)
    with django_capture_on_commit_callbacks(execute=True):
        outcome = _new_outcome(demo)
    assert outcome.live
    pending = Notification.objects.about(outcome).filter(status=Notification.PENDING)
    assert pending.exists() and all(n.attempts == 1 and n.last_error for n in pending)

    monkeypatch.undo()
    call_command("deliver_notifications")
    assert not Notification.objects.about(outcome).filter(status=Notification.PENDING).exists()
    assert len(mail.outbox) == Notification.objects.about(outcome).filter().count()


def test_a_notification_gives_up_after_five_attempts(demo, monkeypatch):
    monkeypatch.setattr(notifications.EmailMultiAlternatives, "send", lambda *a, **k: 1 / 0)
    outcome = _new_outcome(demo, publish=False)
    Notification.objects.create(
        kind=OUTCOME_PUBLISHED, target=outcome, recipient=demo.user("observer")
    )
    for _attempt in range(notifications.MAX_ATTEMPTS):
        notifications.send_pending()
    assert Notification.objects.about(outcome).get().status == Notification.FAILED


# --- reading and evaluating -----------------------------------------------------------------


def test_observer_reads_and_evaluates_but_cannot_open_any_session(demo):
    client = demo.client_for("observer")
    outcome = demo.outcomes(3)
    assert client.get(outcome.url).status_code == 200
    response = client.post(
        reverse("evaluate_outcome", args=[outcome.pk]),
        {"usefulness": "4", "transferability": "5", "comment": "Wdrożymy u nas."},
    )
    assert response.status_code == 302
    evaluation = Evaluation.objects.get(outcome=outcome, evaluator=demo.user("observer"))
    assert (evaluation.usefulness, evaluation.transferability) == (4, 5)
    for session in SessionPage.objects.descendant_of(demo.network(3)):
        assert client.get(session.url).status_code == 404


def test_evaluation_is_one_per_person_and_editable(demo):
    outcome, observer = demo.outcomes(3), demo.user("observer")
    evaluations.evaluate(outcome, observer, usefulness=2, transferability=2)
    evaluations.evaluate(outcome, observer, usefulness=5, transferability=3, comment="Po namyśle")
    mine = Evaluation.objects.filter(outcome=outcome, evaluator=observer)
    assert mine.count() == 1
    assert mine.get().usefulness == 5


@pytest.mark.parametrize("score", [0, 6, -1, "5", None])
def test_out_of_range_scores_are_refused_and_nothing_is_stored(demo, score):
    outcome, observer = demo.outcomes(3), demo.user("observer")
    before = Evaluation.objects.count()
    with pytest.raises(ValidationError) as error:
        evaluations.evaluate(outcome, observer, usefulness=score, transferability=3)
    assert "usefulness" in error.value.message_dict
    assert Evaluation.objects.count() == before


def test_bad_form_input_gets_a_translated_message(demo):
    outcome = demo.outcomes(3)
    before = Evaluation.objects.count()
    response = demo.client_for("observer").post(
        reverse("evaluate_outcome", args=[outcome.pk]),
        {"usefulness": "9", "transferability": ""},
        follow=True,
    )
    assert "od 1 do 5" in response.content.decode()
    assert Evaluation.objects.count() == before


@pytest.mark.parametrize("username", ["member", "coordinator", "mayor", "editor"])
def test_others_cannot_evaluate(demo, username):
    """Members of other networks cannot even read it; editors and coordinators run, not rate."""
    with pytest.raises(PermissionDenied):
        evaluations.evaluate(demo.outcomes(3), demo.user(username), usefulness=3, transferability=3)


def test_members_of_the_network_read_the_outcome_but_do_not_evaluate_it(demo):
    """SPEC §4: members of N "read" N's outcomes; its observers "read + evaluate"."""
    outcome, member = demo.outcomes(1), demo.user("member")
    client = demo.client_for("member")
    evaluate_url = reverse("evaluate_outcome", args=[outcome.pk])
    response = client.get(outcome.url)
    html = response.content.decode()
    assert response.status_code == 200 and outcome.title in html
    assert evaluate_url not in html and 'name="usefulness"' not in html
    response = client.post(evaluate_url, {"usefulness": "4", "transferability": "4"})
    assert response.status_code in (403, 404)
    assert not Evaluation.objects.filter(outcome=outcome, evaluator=member).exists()
    with pytest.raises(PermissionDenied):
        evaluations.evaluate(outcome, member, usefulness=4, transferability=4)
    assert not Evaluation.objects.filter(outcome=outcome, evaluator=member).exists()


def test_a_member_who_also_observes_the_network_evaluates_as_its_observer(demo):
    from workspaces.registry import services

    outcome, member = demo.outcomes(1), demo.user("member")
    services.subscribe_observer(demo.network(1), person=member.person)
    client = demo.client_for("member")
    assert 'name="usefulness"' in client.get(outcome.url).content.decode()
    response = client.post(
        reverse("evaluate_outcome", args=[outcome.pk]), {"usefulness": "4", "transferability": "3"}
    )
    assert response.status_code == 302
    assert Evaluation.objects.get(outcome=outcome, evaluator=member).transferability == 3


def test_the_demo_outcomes_are_evaluated_by_observers_only(demo):
    from workspaces.access.groups import network_groups
    from workspaces.registry.models import network_of

    evaluated = Evaluation.objects.select_related("outcome", "evaluator")
    assert evaluated.exists()
    for evaluation in evaluated:
        observers = network_groups(network_of(evaluation.outcome))["observers"]
        assert evaluation.evaluator.groups.filter(pk=observers.pk).exists(), evaluation


# --- results --------------------------------------------------------------------------------


def test_coordinator_sees_counts_averages_chart_and_comments(demo):
    outcome = demo.outcomes(3)
    evaluations.evaluate(outcome, demo.user("observer"), usefulness=1, transferability=2,
                         comment="Trudne do przeniesienia")  # fmt: skip
    stored = Evaluation.objects.filter(outcome=outcome)
    client = demo.client_for("demo-expert-3")
    html = client.get(english(reverse("evaluation_results", args=[outcome.pk]))).content.decode()
    assert f"{stored.count()} evaluations" in html
    average = sum(e.usefulness for e in stored) / stored.count()
    assert f"average usefulness {average:.1f}" in html
    assert html.count("<svg") == 2 and 'role="img"' in html
    assert "Trudne do przeniesienia" in html


@pytest.mark.parametrize(
    "username,status", [("observer", 403), ("member", 404), ("coordinator", 404)]
)
def test_results_are_for_the_networks_coordinators_and_editors(demo, username, status):
    url = reverse("evaluation_results", args=[demo.outcomes(3).pk])
    assert demo.client_for(username).get(url).status_code == status
    assert demo.client_for("editor").get(url).status_code == 200


def test_results_chart_counts_every_score():
    chart = evaluations.chart("Usefulness", {1: 0, 2: 1, 3: 0, 4: 3, 5: 0})
    assert [bar["count"] for bar in chart["bars"]] == [0, 1, 0, 3, 0]
    assert [bar["percent"] for bar in chart["bars"]] == [0, 25, 0, 75, 0]
    assert chart["bars"][3]["width"] == evaluations.BAR_MAX_WIDTH


# --- promotion ------------------------------------------------------------------------------


def test_promotion_makes_that_one_outcome_public_and_withdrawal_takes_it_back(demo):
    outcome, sibling = (
        demo.outcomes(1),
        OutcomePage.objects.child_of(demo.outcome_index(1)).exclude(pk=demo.outcomes(1).pk).first(),
    )
    visitor = demo.client_for(None)
    assert visitor.get(outcome.url).status_code == 302

    promotion.promote(outcome, demo.user("editor"))
    assert visitor.get(outcome.url).status_code == 200
    assert visitor.get(sibling.url).status_code == 302  # nothing else became public
    assert visitor.get(demo.workspace(1).url).status_code == 302
    sitemap = visitor.get("/sitemap.xml").content.decode()
    assert outcome.full_url in sitemap

    promotion.withdraw(outcome, demo.user("editor"))
    assert visitor.get(outcome.url).status_code == 302
    assert outcome.full_url not in visitor.get("/sitemap.xml").content.decode()


@pytest.mark.parametrize("username", ["coordinator", "member", "observer"])
def test_only_editors_promote(demo, username):
    with pytest.raises(PermissionDenied):
        promotion.promote(demo.outcomes(1), demo.user(username))


def test_public_outcome_hides_the_evaluation_form_from_visitors(demo):
    html = demo.client_for(None).get(demo.public_outcome().url).content.decode()
    assert "evaluate_outcome" not in html and 'name="usefulness"' not in html


def test_sessions_an_outcome_came_from_are_listed_for_members_only(demo):
    outcome = demo.outcomes(3)
    session = outcome.sessions.first()
    assert session is not None
    expert_html = demo.client_for("demo-expert-3").get(outcome.url).content.decode()
    observer_html = demo.client_for("observer").get(outcome.url).content.decode()
    assert f'href="{session.url}"' in expert_html
    assert f'href="{session.url}"' not in observer_html
