"""The discussion forms; limits are checked again by the services, which decide."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import BODY_MAX_LENGTH, TITLE_MAX_LENGTH, ProjectStage

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


class FeedbackRequestForm(forms.Form):
    """A town's project and the question it puts to the network."""

    town = forms.TypedChoiceField(label=_("Town"), coerce=int)
    project_title = forms.CharField(label=_("Project"), max_length=TITLE_MAX_LENGTH)
    goal = forms.CharField(
        label=_("What the project should achieve"), max_length=3000, widget=forms.Textarea
    )
    stage = forms.ChoiceField(label=_("Stage"), choices=ProjectStage.choices)
    budget = forms.DecimalField(
        label=_("Budget (PLN)"), required=False, min_value=0, max_digits=14, decimal_places=2
    )
    is_ldp_grant = forms.BooleanField(
        label=_("A Local Development Programme grant project"), required=False
    )
    question = forms.CharField(
        label=_("Your question to the network"),
        max_length=3000,
        widget=forms.Textarea,
        help_text=FORMATTING_HELP,
    )
    deadline = forms.DateField(
        label=_("Answers wanted by"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args, towns, **kwargs):
        super().__init__(*args, **kwargs)
        self.towns = {town.pk: town for town in towns}
        self.fields["town"].choices = [(town.pk, town.name) for town in towns]

    def clean_town(self):
        return self.towns[self.cleaned_data["town"]]
