"""Everything the site holds about one person, gathered or pseudonymised in one place (GDPR).

The registry cannot know what the rooms above it keep about a person – posts, documents,
evaluations, applications – so each room registers a source here from its `AppConfig.ready`:
a name, a function that exports the person's data as plain JSON-ready values, and optionally a
function that pseudonymises it. An editor's export then holds every room's data, and a room
added later joins it by registering, not by editing this module.

Pseudonymising keeps what the person wrote or decided (discussions, evaluations, the history of
memberships) and removes who they were: their names and e-mail become a pseudonym, their
account can no longer sign in, their sessions end, and their seats end as history.
"""

from collections.abc import Callable
from dataclasses import dataclass

from django.conf import settings
from django.contrib.sessions.models import Session
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext

from wagtail.log_actions import log
from wagtail.models import ModelLogEntry
from wagtail.users.models import UserProfile

from . import services

# Audit-log actions (labels registered in wagtail_hooks.py).
PERSONAL_DATA_EXPORTED = "registry.personal_data_exported"
PSEUDONYMISED = "registry.pseudonymised"


@dataclass(frozen=True)
class Source:
    name: str
    export: Callable
    pseudonymise: Callable | None = None
    logged_records: Callable | None = None


_sources = {}


def register(name, export, pseudonymise=None, logged_records=None):
    """Declare what a room holds about people.

    - `export(person)` returns JSON-ready data;
    - `pseudonymise(person, by)` removes the person's identity from the room's own records
      (content may stay: it is shown under the pseudonym). It runs while the account still
      has the person's name and e-mail, so records can be found by them; the pseudonym is
      `pseudonym(person)`;
    - `logged_records(person)` returns the room's records whose audit-log entries name the
      person; they are relabelled once the account carries the pseudonym.
    """
    _sources[name] = Source(name, export, pseudonymise, logged_records)


def sources():
    return list(_sources.values())


def export_person(person):
    """{source name: data} – the whole file an editor hands to the person who asked."""
    return {source.name: source.export(person) for source in sources()}


def export_and_log(person, by):
    """The export, written to the audit log: handing out personal data is itself recorded."""
    data = export_person(person)
    log(person, PERSONAL_DATA_EXPORTED, user=by)
    return data


def pseudonym(person):
    """The name shown instead of the person's, in the site's own language: it is stored, not
    translated per reader, because it replaces the name in every place a name is shown."""
    with translation.override(settings.LANGUAGE_CODE):
        return gettext("Removed person #%(id)s") % {"id": person.pk}


def is_pseudonymised(person):
    return person.pseudonymised_at is not None


def pseudonymise_person(person, by):
    """Remove the person's identity, keep their content; returns False if it was done already
    (running it twice changes nothing twice)."""
    with transaction.atomic():
        person = type(person).objects.select_for_update().get(pk=person.pk)
        if is_pseudonymised(person):
            return False
        for source in sources():
            if source.pseudonymise is not None:
                source.pseudonymise(person, by)
        _disable_account(person)
        person.pseudonymised_at = timezone.now()
        person.save(update_fields=["pseudonymised_at"])
        for source in sources():
            if source.logged_records is not None:
                relabel_log_entries(source.logged_records(person))
        log(person, PSEUDONYMISED, user=by)
    return True


def _disable_account(person):
    """Pseudonymous name, username and address; no password or photo, inactive, signed out
    everywhere."""
    user = person.user
    name = pseudonym(person)
    user.first_name = name
    user.last_name = ""
    user.email = f"removed-{person.pk}@invalid.invalid"  # a reserved domain: never delivered
    setattr(user, user.USERNAME_FIELD, f"removed-{person.pk}")
    user.is_active = False
    user.set_unusable_password()  # also invalidates every session's auth hash
    user.save()
    _remove_avatar(user)
    end_sessions(user)


def _remove_avatar(user):
    """A photo is the person too; the admin shows initials instead."""
    profile = UserProfile.objects.filter(user=user).first()
    if profile is not None and profile.avatar:
        profile.avatar.delete(save=True)


def end_sessions(user):
    """Delete the user's stored sessions. Each session's data must be decoded to know whose it
    is; the unusable password already signs them out, this removes what is left."""
    user_id = str(user.pk)
    stale = [
        session.pk
        for session in Session.objects.filter(expire_date__gt=timezone.now()).iterator()
        if session.get_decoded().get("_auth_user_id") == user_id
    ]
    Session.objects.filter(pk__in=stale).delete()


def relabel_log_entries(records):
    """Log entries keep each record's name as it was when logged, the person's name with it;
    the audit trail stays, under the pseudonym."""
    for record in records:
        ModelLogEntry.objects.for_instance(record).update(label=str(record))


# --- the registry's own sources ------------------------------------------------------------


def _date(value):
    return value.isoformat() if value else None


def export_profile(person):
    user = person.user
    return {
        "first_name": user.first_name,
        "last_name": user.last_name,
        "email": user.email,
        "username": user.get_username(),
        "position": person.get_position_display(),
        "municipality": person.municipality.name if person.municipality else None,
        "language": person.language,
        "account_created": _date(user.date_joined),
        "last_sign_in": _date(user.last_login),
        "account_active": user.is_active,
        "pseudonymised": _date(person.pseudonymised_at),
    }


def export_memberships(person):
    memberships = person.memberships.select_related("network", "municipality").order_by(
        "started_on", "pk"
    )
    return [
        {
            "network": membership.network.title,
            "role": membership.get_role_display(),
            "municipality": membership.municipality.name if membership.municipality else None,
            "from": _date(membership.started_on),
            "until": _date(membership.ended_on),
        }
        for membership in memberships
    ]


def export_subscriptions(person):
    subscriptions = person.observer_subscriptions.select_related("network").order_by(
        "started_on", "pk"
    )
    return [
        {
            "network": subscription.network.title,
            "from": _date(subscription.started_on),
            "until": _date(subscription.ended_on),
        }
        for subscription in subscriptions
    ]


def _end_all(records, by):
    """End today whatever has not ended yet (a seat starting later ends on its first day)."""
    today = timezone.localdate()
    for record in records.exclude(ended_on__lte=today):
        services.end_period(record, on=max(today, record.started_on), by=by)


def end_memberships(person, by):
    _end_all(person.memberships.all(), by)


def end_subscriptions(person, by):
    """The person's own subscriptions; a whole town's stays, it is the town's."""
    _end_all(person.observer_subscriptions.all(), by)


def _memberships(person):
    return person.memberships.select_related("person__user", "network")


def _subscriptions(person):
    return person.observer_subscriptions.select_related("person__user", "network")


def register_registry_sources():
    register("profile", export_profile, logged_records=lambda person: [person])
    register("memberships", export_memberships, end_memberships, _memberships)
    register("observer_subscriptions", export_subscriptions, end_subscriptions, _subscriptions)
