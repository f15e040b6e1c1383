"""Observers evaluate an outcome; the network's coordinators read the results."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from home.feedback import error_text
from workspaces.access import policy as access
from workspaces.registry.models import network_of

from . import evaluations, rules
from .forms import EvaluationForm
from .models import OutcomePage


@login_required
@require_POST
def evaluate_outcome(request, outcome_id):
    """A saved evaluation leads back to the outcome; one that cannot be saved comes back on the
    outcome's page in the form, with what is wrong and what the observer wrote."""
    outcome = access.visible_page_or_404(request.user, OutcomePage, outcome_id)
    if not rules.may_evaluate(request.user, outcome):
        raise PermissionDenied
    form = EvaluationForm(request.POST)
    if form.is_valid():
        try:
            evaluations.evaluate(outcome, request.user, **form.cleaned_data)
        except PermissionDenied as error:
            messages.error(request, error_text(error))
            return redirect(outcome.url)
        except ValidationError as error:
            form.add_error(None, error_text(error))
        else:
            messages.success(request, _("Thank you – your evaluation has been saved."))
            return redirect(outcome.url)
    context = {**outcome.get_context(request), "evaluation_form": form}
    return TemplateResponse(request, outcome.get_template(request), context)


@login_required
def evaluation_results(request, outcome_id):
    outcome = access.visible_page_or_404(request.user, OutcomePage, outcome_id)
    network = network_of(outcome)
    if not access.can_manage_network(request.user, network):
        raise PermissionDenied
    context = {"outcome": outcome, "network": network, **evaluations.results(outcome)}
    return TemplateResponse(request, "outcomes/evaluation_results.html", context)
