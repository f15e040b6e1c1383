"""What the applications room holds about a person, for the registry's personal-data export
and pseudonymisation (GDPR): the applications filed from their account or their address.
Registered with `workspaces.registry.personal_data` in `apps.py`."""

from workspaces.registry import personal_data as registry_personal_data

from .models import Application


def _applications_of(person):
    return Application.objects.of_person(user=person.user, email=person.user.email)


def _date(value):
    return value.isoformat() if value else None


def export(person):
    applications = _applications_of(person).select_related("network", "municipality")
    return [
        {
            "network": application.network.title,
            "kind": application.get_kind_display(),
            "town": application.town,
            "first_name": application.first_name,
            "last_name": application.last_name,
            "email": application.email,
            "position": application.get_position_display(),
            "motivation": application.motivation,
            "status": application.get_status_display(),
            "rejection_reason": application.rejection_reason,
            "filed_at": _date(application.created_at),
            "decided_at": _date(application.decided_at),
        }
        for application in applications.order_by("created_at", "pk")
    ]


def pseudonymise(person, by):
    """Names and address replaced on every application of the person (found while the account
    still has them); the decision and the motivation stay."""
    _applications_of(person).update(
        first_name=registry_personal_data.pseudonym(person),
        last_name="",
        email=f"removed-{person.pk}@invalid.invalid",
        user=person.user,
    )


def logged_records(person):
    """After pseudonymising, the applications carry the person's account: their log entries
    are relabelled from there."""
    return list(Application.objects.filter(user=person.user))


def register():
    registry_personal_data.register("applications", export, pseudonymise, logged_records)
