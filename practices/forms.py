"""The library's search and filter form: every filter is in the URL, so a view can be shared."""

from django import forms
from django.utils.translation import gettext_lazy as _

from workspaces.models import ProgrammeStatus, Voivodeship

from .models import FundingSource

SORTS = [("newest", _("Newest first")), ("title", _("Title A–Z")), ("relevance", _("Best match"))]


class LibraryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search practices"), required=False, max_length=200)
    network = forms.IntegerField(label=_("Network"), required=False, widget=forms.Select)
    tag = forms.SlugField(label=_("Tag"), required=False, allow_unicode=True)
    voivodeship = forms.ChoiceField(
        label=_("Voivodeship"), required=False, choices=[("", _("Any")), *Voivodeship.choices]
    )
    town = forms.IntegerField(label=_("Town"), required=False, widget=forms.Select)
    status = forms.ChoiceField(
        label=_("Programme status"),
        required=False,
        choices=[("", _("Any")), *ProgrammeStatus.choices],
    )
    funding = forms.ChoiceField(
        label=_("Funding source"), required=False, choices=[("", _("Any")), *FundingSource.choices]
    )
    sort = forms.ChoiceField(label=_("Sort by"), required=False, choices=SORTS)


class TransferForm(forms.Form):
    """A town's step in adopting a practice."""

    stage = forms.ChoiceField(label=_("Stage"), choices=[])
    changes = forms.CharField(
        label=_("What your town changed or plans to change"),
        required=False,
        max_length=3000,
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args, **kwargs):
        from .models import TransferStage

        super().__init__(*args, **kwargs)
        self.fields["stage"].choices = TransferStage.choices
