"""Personal iCal feeds: every session the token's owner may open, with a link back to it.

The token is the only credential a calendar app can present, so it is long, secret, and
replaced on revocation; the feed holds what the access module grants the token's owner today
(a withdrawn membership empties it at the next poll). Online meeting links stay on the session
page and never go into a calendar.
"""

from django.utils import timezone
from django.utils.translation import gettext as _

from icalendar import Calendar, Event

from workspaces.access import policy as access

from .models import CalendarToken, SessionPage

PRODUCT_ID = "-//Związek Miast Polskich//EMPIRIAE//PL"


def token_for(user):
    token, _created = CalendarToken.objects.get_or_create(user=user)
    return token


def revoke(user):
    """Replace the user's token: the old feed address stops working immediately."""
    token = token_for(user)
    token.token = CalendarToken._meta.get_field("token").default()
    token.save(update_fields=["token", "created_at"])
    return token


def owner_of(token_value):
    token = CalendarToken.objects.select_related("user").filter(token=token_value).first()
    if token is None or not token.user.is_active:
        return None
    return token.user


def sessions_for(user):
    return (
        access.visible_pages(user, SessionPage.objects.live())
        .select_related("host_town")
        .defer_streamfields()
        .order_by("starts_at")
    )


def feed(user, request):
    """The ICS document for `user`; `request` gives the site's address for the links back."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("EMPIRIAE – my network sessions"))
    stamp = timezone.now()
    for session in sessions_for(user):
        calendar.add_component(_event(session, request, stamp))
    return calendar.to_ical()


def _event(session, request, stamp):
    url = session.get_full_url(request)
    event = Event()
    event.add("uid", f"session-{session.pk}@empiriae")
    event.add("dtstamp", stamp)
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    event.add("summary", session.title)
    event.add("location", _location(session))
    event.add("url", url)
    event.add("description", _("Agenda, minutes and materials: %(url)s") % {"url": url})
    return event


def _location(session):
    parts = [session.venue, session.host_town.name if session.host_town else ""]
    place = ", ".join(part for part in parts if part)
    if session.format == "online":
        return _("Online")
    if session.format == "hybrid":
        return _("%(place)s and online") % {"place": place} if place else _("Online")
    return place
