"""The admin's "Networks registry" menu, gathered from the rooms that own its lists."""

from django.utils.translation import gettext_lazy as _

from wagtail_modeladmin.options import ModelAdminGroup, modeladmin_register

from workspaces.applications.admin import ApplicationAdmin
from workspaces.notifications.admin import NotificationAdmin
from workspaces.outcomes.admin import EvaluationAdmin
from workspaces.registry.admin import REGISTRY_ADMINS


class RegistryAdminGroup(ModelAdminGroup):
    menu_label = _("Networks registry")
    menu_icon = "group"
    menu_order = 200
    items = (*REGISTRY_ADMINS, ApplicationAdmin, EvaluationAdmin, NotificationAdmin)


modeladmin_register(RegistryAdminGroup)
