"""Evaluations in the admin: editors read them all, a network's coordinators their own's."""

from workspaces.registry.admin import NetworkRegistryAdmin

from .models import Evaluation


class EvaluationAdmin(NetworkRegistryAdmin):
    model = Evaluation
    registry_page_field = "outcome"
    list_select_related = ("outcome", "evaluator")
    menu_icon = "pick"
    list_display = ("outcome", "evaluator", "usefulness", "transferability", "updated_at")
    list_filter = ("usefulness", "transferability")
    search_fields = ("outcome__title", "evaluator__last_name", "comment")
    inspect_view_enabled = True
