"""The signed link in the confirmation e-mail: whoever holds it sees the status of the
applications filed from that address, and nothing else – no account needed."""

from django.core import signing
from django.urls import reverse

from .models import Application

SALT = "applications.status"
MAX_AGE_SECONDS = 60 * 60 * 24 * 365  # a round of the programme


def token_for(email):
    return signing.dumps(email.strip().lower(), salt=SALT)


def email_of(token):
    """The address the token was made for, or None if it was altered or has expired."""
    try:
        return signing.loads(token, salt=SALT, max_age=MAX_AGE_SECONDS)
    except signing.BadSignature:
        return None


def status_path(email):
    return reverse("application_status", args=[token_for(email)])


def applications_of(email=None, user=None):
    return Application.objects.of_person(user=user, email=email or "").select_related(
        "network", "municipality"
    )
