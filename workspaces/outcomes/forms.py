"""An observer's evaluation of an outcome."""

from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Evaluation

SCORE_CHOICES = [(score, str(score)) for score in range(1, 6)]


def score_field(label):
    """A 1–5 score as radio buttons, so keyboard and screen-reader users can answer easily."""
    message = _("Give a score from 1 to 5.")
    return forms.TypedChoiceField(
        label=label,
        choices=SCORE_CHOICES,
        coerce=int,
        widget=forms.RadioSelect,
        error_messages={"required": message, "invalid_choice": message},
    )


class EvaluationForm(forms.ModelForm):
    usefulness = score_field(_("Usefulness (1 = not useful, 5 = very useful)"))
    transferability = score_field(_("Transferability to my town (1 = not at all, 5 = fully)"))

    class Meta:
        model = Evaluation
        fields = ["usefulness", "transferability", "comment"]
        widgets = {"comment": forms.Textarea(attrs={"rows": 4})}
