"""The one-click way out of a kind of e-mail, for whoever holds the link (no sign-in)."""

from django.contrib.contenttypes.models import ContentType
from django.template.response import TemplateResponse
from django.views.decorators.csrf import csrf_exempt

from . import preferences


def _scope_named(token):
    named = preferences.read_token(token)
    if named is None:
        return None
    _user_id, scope_type_id, scope_id = named
    model = ContentType.objects.get_for_id(scope_type_id).model_class()
    return model._default_manager.filter(pk=scope_id).first() if model else None


# Mail programs send the one-click POST (RFC 8058) without a CSRF token; the signed token in
# the address is what authorises it, and it can only stop e-mails.
@csrf_exempt
def unsubscribe(request, token):
    scope = _scope_named(token)
    done = False
    if request.method == "POST" and scope is not None:
        done = preferences.unsubscribe(token) is not None
    status = 200 if scope is not None else 404
    context = {"scope": scope, "done": done}
    return TemplateResponse(request, "notifications/unsubscribe.html", context, status=status)
