"""The discussion forms; limits are checked again by the services, which decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import BODY_MAX_LENGTH, TITLE_MAX_LENGTH

FORMATTING_HELP = _(
    "Plain text. A blank line starts a new paragraph; lines starting with “- ” make a list, "
    "“1. ” a numbered one; addresses starting with https:// become links."
)


def body_field():
    return forms.CharField(
        label=_("Your post"),
        max_length=BODY_MAX_LENGTH,
        help_text=FORMATTING_HELP,
        widget=forms.Textarea(attrs={"rows": 8}),
        error_messages={
            "required": _("Write something before sending."),
            "max_length": _("A post may have at most %(limit_value)d characters; this one has "
                            "%(show_value)d."),
        },
    )  # fmt: skip


class ThreadForm(forms.Form):
    title = forms.CharField(
        label=_("Title"),
        max_length=TITLE_MAX_LENGTH,
        error_messages={"required": _("Give the discussion a title of a few words.")},
    )
    body = body_field()


class PostForm(forms.Form):
    body = body_field()
