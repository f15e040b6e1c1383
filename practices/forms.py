"""The library's search and filter form: every filter is in the URL, so a view can be shared."""

from django import forms
from django.utils.translation import gettext_lazy as _

from home.forms import TownChoiceField, id_filter_field
from workspaces.registry.models import NetworkPage, ProgrammeStatus, Voivodeship

from . import rules
from .models import FundingSource, TransferStage

SORTS = [("newest", _("Newest first")), ("title", _("Title A–Z")), ("relevance", _("Best match"))]


class LibraryFilterForm(forms.Form):
    q = forms.CharField(label=_("Search practices"), required=False, max_length=200)
    network = id_filter_field(_("Network"))
    tag = forms.SlugField(label=_("Tag"), required=False, allow_unicode=True)
    voivodeship = forms.ChoiceField(
        label=_("Voivodeship"), required=False, choices=[("", _("Any")), *Voivodeship.choices]
    )
    town = id_filter_field(_("Town"))
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
        super().__init__(*args, **kwargs)
        self.fields["stage"].choices = TransferStage.choices


class NetworkChoiceField(forms.ModelMultipleChoiceField):
    """Networks named in the reader's language (the page's English title when English is on)."""

    def label_from_instance(self, network):
        return network.display_title


class PracticeSubmissionForm(forms.Form):
    """A member's practice, checked field by field; nothing is stored until all is right."""

    title = forms.CharField(label=_("Title"), max_length=255)
    town = TownChoiceField(
        label=_("Town"),
        queryset=None,
        empty_label=_("– choose a town –"),
        error_messages={
            "required": _("Choose the town the practice comes from."),
            "invalid_choice": _(
                "You can submit a practice only for a town you represent; choose it from the list."
            ),
        },
    )
    networks = NetworkChoiceField(
        label=_("Networks"),
        queryset=None,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one network.")},
    )
    tags = forms.CharField(
        label=_("Tags"),
        max_length=300,
        required=False,
        help_text=_("Separate tags with commas, e.g. seniorzy, usługi społeczne."),
    )
    situation = forms.CharField(
        label=_("Situation before"), widget=forms.Textarea, max_length=10_000
    )
    solution = forms.CharField(label=_("Solution"), widget=forms.Textarea, max_length=10_000)
    results = forms.CharField(
        label=_("Results and evidence"), widget=forms.Textarea, max_length=10_000,
        help_text=_("With numbers, where you have them."),
    )  # fmt: skip
    # No source is preselected: the member must say where the money came from.
    funding_source = forms.ChoiceField(
        label=_("Funding source"),
        choices=[("", _("– choose the funding source –")), *FundingSource.choices],
        error_messages={"required": _("Choose the funding source.")},
    )
    budget_pln = forms.DecimalField(
        label=_("Budget (PLN)"), required=False, min_value=0, max_digits=14, decimal_places=2
    )
    from_ldp_grant = forms.BooleanField(
        label=_("From a Local Development Programme grant project"), required=False
    )
    period_start = forms.DateField(
        label=_("From"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    period_end = forms.DateField(
        label=_("Until"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )
    transferability = forms.CharField(
        label=_("Can another town repeat it?"), widget=forms.Textarea, max_length=10_000
    )
    contact_name = forms.CharField(label=_("Contact person"), max_length=120, required=False)
    contact_email = forms.EmailField(label=_("Contact e-mail"), required=False)
    contact_phone = forms.CharField(label=_("Contact phone"), max_length=40, required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["town"].queryset = rules.submission_towns(user)
        self.fields["networks"].queryset = NetworkPage.objects.live().order_by("number")

    def clean_tags(self):
        tags = [tag.strip() for tag in self.cleaned_data["tags"].split(",") if tag.strip()]
        if any(len(tag) > 100 for tag in tags):
            raise forms.ValidationError(_("A tag can be at most 100 characters long."))
        return tags

    def clean(self):
        cleaned = super().clean()
        start, end = cleaned.get("period_start"), cleaned.get("period_end")
        if start and end and end < start:
            self.add_error("period_end", _("The period cannot end before it starts."))
        return cleaned
