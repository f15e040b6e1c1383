"""What a refused action tells the person: one readable sentence from a form's or a service's
errors, for `django.contrib.messages`."""

from django import forms


def error_text(error):
    """The messages of a `ValidationError` or `PermissionDenied`, or every error of a bound
    form, joined into one line."""
    if isinstance(error, forms.BaseForm):
        return " ".join(message for errors in error.errors.values() for message in errors)
    return " ".join(getattr(error, "messages", [str(error)]))
