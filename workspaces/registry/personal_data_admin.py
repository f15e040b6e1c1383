"""The admin's "Personal data" page for one person: editors download everything held about
them as one JSON file, and pseudonymise them when they leave (GDPR). Editors only – the
Association answers such requests – so anyone else is told nothing exists (404). The URLs are
registered in `wagtail_hooks.py`; the people list links here through `PersonalDataButtonHelper`.
"""

from django.contrib import messages
from django.http import Http404, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.generic import TemplateView

from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail_modeladmin.helpers import ButtonHelper

from workspaces.access import policy as access

from . import personal_data
from .models import Person


def personal_data_url(person_pk):
    return reverse("registry_personal_data", args=[person_pk])


class PersonalDataButtonHelper(ButtonHelper):
    """The people list's and inspect page's buttons, with "Personal data" for editors."""

    def get_buttons_for_obj(self, obj, exclude=None, classnames_add=None, classnames_exclude=None):
        buttons = super().get_buttons_for_obj(obj, exclude, classnames_add, classnames_exclude)
        if "personal_data" not in (exclude or []) and access.is_editor(self.request.user):
            classnames = self.finalise_classname(
                ["button-secondary", *(classnames_add or [])], classnames_exclude
            )
            buttons.append(
                {
                    "url": personal_data_url(obj.pk),
                    "label": _("Personal data"),
                    "classname": classnames,
                    "title": _("Export or pseudonymise this person's data"),
                }
            )
        return buttons


class EditorsPersonView(WagtailAdminTemplateMixin, TemplateView):
    """A page about one person that only editors may open."""

    header_icon = "user"

    def dispatch(self, request, person_id, *args, **kwargs):
        if not access.is_editor(request.user):
            raise Http404
        self.person = get_object_or_404(Person.objects.select_related("user"), pk=person_id)
        return super().dispatch(request, *args, **kwargs)

    def get_page_subtitle(self):
        return str(self.person)

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {
                "url": reverse("registry_person_modeladmin_index"),
                "label": capfirst(Person._meta.verbose_name_plural),
            },
            {"label": self.get_header_title()},
        ]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context.update(
            person=self.person,
            pseudonymised=personal_data.is_pseudonymised(self.person),
            export_url=reverse("registry_personal_data_export", args=[self.person.pk]),
            pseudonymise_url=reverse("registry_personal_data_pseudonymise", args=[self.person.pk]),
            overview_url=personal_data_url(self.person.pk),
        )
        return context


class PersonalDataView(EditorsPersonView):
    page_title = gettext_lazy("Personal data")
    template_name = "registry/admin/personal_data.html"


class ExportView(EditorsPersonView):
    """One JSON file with every room's data about the person; the export is audit-logged."""

    def get(self, request, *args, **kwargs):
        data = personal_data.export_and_log(self.person, by=request.user)
        response = JsonResponse(data, json_dumps_params={"ensure_ascii": False, "indent": 2})
        filename = f"personal-data-{self.person.pk}.json"
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
        return response


class PseudonymiseView(EditorsPersonView):
    """A confirmation page; only its form (POST, with the CSRF token) pseudonymises."""

    http_method_names = ["get", "post"]
    page_title = gettext_lazy("Pseudonymise")
    template_name = "registry/admin/pseudonymise_confirm.html"

    def post(self, request, *args, **kwargs):
        if personal_data.pseudonymise_person(self.person, by=request.user):
            messages.success(
                request,
                _("The person was pseudonymised: their content stays under “%(name)s”.")
                % {"name": personal_data.pseudonym(self.person)},
            )
        else:
            messages.info(request, _("This person had already been pseudonymised."))
        return redirect(personal_data_url(self.person.pk))
