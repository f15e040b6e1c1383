"""The language tests run with the Polish-first middleware in place of Django's
LocaleMiddleware, whether or not the settings have switched yet (cms/settings/base.py)."""

import pytest

DJANGO_LOCALE = "django.middleware.locale.LocaleMiddleware"
POLISH_FIRST = "home.middleware.PolishFirstLocaleMiddleware"


@pytest.fixture
def polish_first(settings):
    settings.MIDDLEWARE = [
        POLISH_FIRST if name == DJANGO_LOCALE else name for name in settings.MIDDLEWARE
    ]
    assert POLISH_FIRST in settings.MIDDLEWARE
    return settings
