"""Evaluations in the admin: editors read them all, a network's coordinators their own's."""

from django.contrib.admin import SimpleListFilter
from django.contrib.admin import display as admin_display
from django.utils.translation import gettext_lazy as _

from workspaces.registry.admin import NetworkFilter, NetworkRegistryAdmin

from .models import SCORE_VALIDATORS, Evaluation

SCORES = range(SCORE_VALIDATORS[0].limit_value, SCORE_VALIDATORS[1].limit_value + 1)


class ScoreFilter(SimpleListFilter):
    """A score from 1 to 5, offered without asking the database which scores were given (the
    list's cost stays the same whatever its rows)."""

    def lookups(self, request, model_admin):
        return [(str(score), str(score)) for score in SCORES]

    def queryset(self, request, queryset):
        if self.value() in {str(score) for score in SCORES}:
            return queryset.filter(**{self.parameter_name: int(self.value())})
        return queryset


class UsefulnessFilter(ScoreFilter):
    title = _("usefulness")
    parameter_name = "usefulness"


class TransferabilityFilter(ScoreFilter):
    title = _("transferability to my town")
    parameter_name = "transferability"


class EvaluationAdmin(NetworkRegistryAdmin):
    model = Evaluation
    registry_page_field = "outcome"
    list_select_related = ("outcome", "evaluator")
    menu_icon = "pick"
    list_display = ("outcome", "evaluator_name", "usefulness", "transferability", "updated_at")
    list_filter = (NetworkFilter, UsefulnessFilter, TransferabilityFilter, "updated_at")
    search_fields = (
        "outcome__title",
        "evaluator__first_name",
        "evaluator__last_name",
        "comment",
    )
    inspect_view_enabled = True

    @admin_display(description=_("evaluator"), ordering="evaluator__last_name")
    def evaluator_name(self, evaluation):
        return evaluation.evaluator.get_full_name() or evaluation.evaluator.get_username()
