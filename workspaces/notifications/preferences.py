"""How often each person hears about each scope (a network), and the one-click way out.

An unsubscribe link carries a signed token naming one person and one scope: whoever holds the
e-mail may stop that person's e-mails of that scope, and nothing else – the token cannot be
altered to act for someone else, or on another scope, without the site's secret key.
"""

from django.contrib.contenttypes.models import ContentType
from django.core import signing

from .models import DEFAULT_CADENCE, Cadence, DeliveryPreference

UNSUBSCRIBE_SALT = "empiriae.notifications.unsubscribe"


def _scope_key(scope):
    return ContentType.objects.get_for_model(scope), scope.pk


def cadences(user_ids, scope):
    """{user id: cadence} for these people in `scope`; one query."""
    scope_type, scope_id = _scope_key(scope)
    chosen = dict(
        DeliveryPreference.objects.filter(
            user_id__in=user_ids, scope_type=scope_type, scope_id=scope_id
        ).values_list("user_id", "cadence")
    )
    return {user_id: chosen.get(user_id, DEFAULT_CADENCE) for user_id in user_ids}


def cadence_of(user, scope):
    return cadences([user.pk], scope)[user.pk]


def set_cadence(user, scope, cadence):
    if cadence not in Cadence.values:
        raise ValueError(cadence)
    scope_type, scope_id = _scope_key(scope)
    DeliveryPreference.objects.update_or_create(
        user=user, scope_type=scope_type, scope_id=scope_id, defaults={"cadence": cadence}
    )


def unsubscribe_token(user_id, scope_type_id, scope_id):
    return signing.dumps([user_id, scope_type_id, scope_id], salt=UNSUBSCRIBE_SALT, compress=True)


def read_token(token):
    """(user id, scope type id, scope id), or None for a token that was not made here."""
    try:
        user_id, scope_type_id, scope_id = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    except (signing.BadSignature, TypeError, ValueError):
        return None
    return user_id, scope_type_id, scope_id


def unsubscribe(token):
    """Stop the e-mails the token names; returns the preference, or None for a bad token."""
    named = read_token(token)
    if named is None:
        return None
    user_id, scope_type_id, scope_id = named
    preference, _created = DeliveryPreference.objects.update_or_create(
        user_id=user_id,
        scope_type_id=scope_type_id,
        scope_id=scope_id,
        defaults={"cadence": Cadence.NONE},
    )
    return preference
