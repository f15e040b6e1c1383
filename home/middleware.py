"""Headers every response carries: caching rules for private pages (SPEC §4), the browser
features no page may use, and the Content Security Policy."""

from django.conf import settings
from django.urls import reverse
from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers

from csp.middleware import CSPMiddleware, PolicyParts
from csp.utils import default_config

# Browser features the site never needs, denied to it and to anything it frames: a page made to
# run someone else's script still cannot reach the camera, the microphone or the visitor's
# location, nor enrol them in ad-interest cohorts ("interest-cohort" for browsers that had
# FLoC, "browsing-topics" for its successor).
PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "interest-cohort",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
)


class PermissionsPolicyMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp's middleware, with the Wagtail admin's own policy
    (`ADMIN_CONTENT_SECURITY_POLICY`, see cms/settings/base.py for why it differs)."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and parts.config is None and _in_admin(request):
            admin_policy = settings.ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"]
            config = default_config(admin_policy)
            return PolicyParts(config, parts.update, parts.replace, parts.nonce)
        return parts


def _in_admin(request):
    return request.path_info.startswith(reverse("wagtailadmin_home"))


class PrivateResponsesMiddleware:
    """Anything served to a signed-in reader may contain what only they may see, so it is
    marked private and uncacheable, and every response varies on the session cookie."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            add_never_cache_headers(response)
            patch_cache_control(response, private=True)
        patch_vary_headers(response, ("Cookie",))
        return response
