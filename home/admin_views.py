"""The admin's list of sign-in locks, for editors: someone locked out after mistyping their
password calls the Association, and an editor lets them in again without a shell."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from workspaces.access import policy as access

from . import lockouts
from .forms import UnlockForm


@require_http_methods(["GET", "POST"])
def sign_in_locks(request):
    if not access.is_editor(request.user):
        raise PermissionDenied
    if request.method == "POST":
        form = UnlockForm(request.POST)
        if form.is_valid():
            kind, value = form.cleaned_data["kind"], form.cleaned_data["value"]
            lockouts.unlock(kind, value, by=request.user.get_username())
            if kind == lockouts.USERNAME:
                message = _("The account “%(value)s” may sign in again.")
            else:
                message = _("Sign-in from the address %(value)s is allowed again.")
            messages.success(request, message % {"value": value})
        return redirect("home_sign_in_locks")
    return TemplateResponse(
        request,
        "home/admin/sign_in_locks.html",
        {
            "locks": lockouts.current_locks(),
            "username": lockouts.USERNAME,
            "cool_off_minutes": lockouts.cool_off_minutes(),
        },
    )
