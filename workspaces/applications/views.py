"""The public side of applications: the form, the thank-you page and the status page. Each
view parses input, calls one service and redirects or renders."""

from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from workspaces.registry.models import NetworkPage, Person

from . import status, submissions, throttle
from .forms import ApplicationForm

PRIVACY_NOTICE_PATH = "/ochrona-danych/"


def initial_for(user):
    """What a signed-in person need not type again: their name, address, town and position."""
    if not user.is_authenticated:
        return {}
    initial = {"first_name": user.first_name, "last_name": user.last_name, "email": user.email}
    person = Person.objects.filter(user=user).first()
    if person is not None:
        initial.update(position=person.position, municipality=person.municipality_id)
    return initial


def blank_form(user, network=None):
    return ApplicationForm(initial=initial_for(user), network=network)


def _preselected(request):
    number = request.GET.get("network", "")
    if not number.isdigit():
        return None
    return NetworkPage.objects.live().filter(pk=int(number)).first()


def _render(request, form, status_code=200):
    context = {"application_form": form, "privacy_url": PRIVACY_NOTICE_PATH}
    return TemplateResponse(request, "applications/apply.html", context, status=status_code)


@require_http_methods(["GET", "POST"])
def apply(request):
    if request.method == "GET":
        return _render(request, blank_form(request.user, _preselected(request)))
    form = ApplicationForm(request.POST)
    ip = throttle.client_ip(request)
    if form.is_robot:
        throttle.record(request.POST.get("email", ""), ip)
        return redirect("application_sent")  # a robot learns nothing, and nothing is stored
    if throttle.is_exceeded(request.POST.get("email", ""), ip):
        form.add_error(None, _("Too many applications were sent from here. Try again in an hour."))
        return _render(request, form, status_code=429)
    if not form.is_valid():
        return _render(request, form)
    data = {k: v for k, v in form.cleaned_data.items() if k not in ("privacy", "website")}
    try:
        submissions.submit(**data, language=translation.get_language(), user=request.user)
    except ValidationError as error:
        form.add_error(None, error)
        return _render(request, form)
    throttle.record(data["email"], ip)
    request.session["applications_email"] = data["email"]
    return redirect("application_sent")


def sent(request):
    email = request.session.get("applications_email")
    status_url = status.status_path(email) if email else None
    return TemplateResponse(request, "applications/sent.html", {"status_url": status_url})


def application_status(request, token):
    email = status.email_of(token)
    if email is None:
        raise Http404
    applications = status.applications_of(email=email)
    return TemplateResponse(
        request, "applications/status.html", {"applications": applications, "email": email}
    )
