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
from workspaces.notifications import links
from workspaces.registry.models import NetworkPage

from .models import CalendarToken, SessionFormat, SessionPage

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


def feed(user, request=None):
    """The ICS document for `user`. Links back go to the site's real address
    (`notifications.links`), not to the host the calendar app happened to ask, so that they
    open from any device; `request` is not needed and kept for callers that pass one."""
    calendar = Calendar()
    calendar.add("prodid", PRODUCT_ID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", _("EMPIRIAE – my network sessions"))
    stamp = timezone.now()
    sessions = list(sessions_for(user))
    networks = _networks_of(sessions)
    for session in sessions:
        calendar.add_component(_event(session, networks.get(session.pk), stamp))
    return calendar.to_ical()


def _networks_of(sessions):
    """{session id: its network}, in one query: a network is the page whose path starts the
    session's."""
    if not sessions:
        return {}
    by_path = {network.path: network for network in NetworkPage.objects.all()}
    found = {}
    for session in sessions:
        for depth in range(len(session.path) - NetworkPage.steplen, 0, -NetworkPage.steplen):
            network = by_path.get(session.path[:depth])
            if network is not None:
                found[session.pk] = network
                break
    return found


def summary(session, network):
    """The event's title: the network first, since a calendar mixes many sessions – "MIASTO
    ZIELONE – Sesja 3: Zielone podwórka"."""
    if network is None:
        return session.heading
    return f"{network.display_title} – {session.heading}"


def _event(session, network, stamp):
    url = links.page_url(session)
    event = Event()
    event.add("uid", f"session-{session.pk}@empiriae")
    event.add("dtstamp", stamp)
    event.add("dtstart", session.starts_at)
    event.add("dtend", session.ends_at)
    event.add("summary", summary(session, network))
    event.add("location", location(session))
    event.add("url", url)
    event.add("description", _("Agenda, minutes and materials: %(url)s") % {"url": url})
    return event


def place(session):
    """Venue and host town, the town only once: a venue that already names it ("Urząd
    Miasta, Tarnów") is not followed by ", Tarnów" again."""
    venue = (session.venue or "").strip()
    town = session.host_town.name if session.host_town else ""
    if town and town.casefold() in venue.casefold():
        return venue
    return ", ".join(part for part in (venue, town) if part)


def location(session):
    """Where people go, by the session's format. An online session has no place (its link
    stays on the session page); a hybrid one says so even before its place is known."""
    where = place(session)
    if session.format == SessionFormat.ONLINE:
        return _("Online")
    if session.format == SessionFormat.HYBRID:
        if where:
            return _("%(place)s and online") % {"place": where}
        return _("Hybrid: place to be announced, or online")
    return where or _("Place to be announced")
