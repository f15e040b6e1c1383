"""Headers every response carries: caching rules for private pages (SPEC §4), the browser
features no page may use, and the Content Security Policy; and the language a page speaks."""

from django.conf import settings
from django.middleware.locale import LocaleMiddleware
from django.urls import reverse
from django.utils import translation
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


class PolishFirstLocaleMiddleware(LocaleMiddleware):
    """The address says the language: Polish at the unprefixed address, English under `/en/`
    (`i18n_patterns` in cms/urls.py). Django's LocaleMiddleware would also follow a language
    cookie and the browser's `Accept-Language`, and a Polish official whose browser happens to
    be set to English would get an English site (SPEC §5: Polish first); and a page whose
    language depended on anything but its address could not be cached by address
    (home/page_cache.py). Addresses outside the language patterns (the admin, documents,
    health checks) are Polish.

    The Wagtail admin follows too: for an editor who left the admin language unset, Wagtail
    uses the language activated here (`UserProfile.get_preferred_language`)."""

    def process_request(self, request):
        language = translation.get_language_from_path(request.path_info) or settings.LANGUAGE_CODE
        translation.activate(language)
        request.LANGUAGE_CODE = translation.get_language()

    def process_response(self, request, response):
        """Says which language the page is in. Unlike Django's, no `Vary: Accept-Language`
        and no redirect to a prefixed address: that header never changes the page. The thread
        goes back to Polish afterwards, so that an address built after the request (by a test,
        a task) is not English by accident."""
        response.headers.setdefault("Content-Language", translation.get_language())
        translation.activate(settings.LANGUAGE_CODE)
        return response
