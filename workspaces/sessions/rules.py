"""Who may do what with a network's sessions, beyond reading them (the access core decides
that): attendees amend circulated minutes; anyone may know how many sessions were held."""

from django.utils import timezone

from workspaces.access import policy as access

from .models import MinutesStatus, SessionPage


def may_amend_minutes(user, session, minutes_status):
    """Attendees of a session may propose amendments while its minutes are circulated."""
    if minutes_status != MinutesStatus.CIRCULATED or not access.is_signed_in(user):
        return False
    return (
        access.can_view_page(user, session)
        and session.attendance.filter(person__user=user).exists()
    )


def public_session_count(network):
    """The one fact about a network's sessions that visitors may know: how many were held."""
    sessions = SessionPage.objects.descendant_of(network).live()
    return sessions.filter(ends_at__lt=timezone.now()).count()
