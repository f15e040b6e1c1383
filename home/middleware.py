"""Keep private responses out of shared caches (SPEC §4).

Anything served to a signed-in reader may contain what only they may see, so it is marked
private and uncacheable, and every response varies on the session cookie.
"""

from django.utils.cache import add_never_cache_headers, patch_cache_control, patch_vary_headers


class PrivateResponsesMiddleware:
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
