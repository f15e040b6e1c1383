"""Which environment the site runs in, and what operators' commands may do there.

`settings.ENVIRONMENT` says it explicitly – "development" (`cms.settings.dev`), "test"
(`cms.settings.test`) or "production" (`cms.settings.production`, and the default of
`cms.settings.base`) – rather than guessing from DEBUG, which someone may switch on to chase a
bug in production. `manage.py` uses production settings unless told otherwise, so a command
run against the production database is checked as one.
"""

from django.conf import settings
from django.core.management.base import CommandError
from django.utils.translation import gettext as _

DEVELOPMENT, TEST, PRODUCTION = "development", "test", "production"
# Where demo accounts (one public password) and e-mails that go nowhere are acceptable.
DEMO_ENVIRONMENTS = frozenset({DEVELOPMENT, TEST})
# Backends that deliver nothing to anyone: a sent e-mail would be marked sent, and lost.
UNDELIVERING_EMAIL_BACKENDS = frozenset(
    {
        "django.core.mail.backends.console.EmailBackend",
        "django.core.mail.backends.dummy.EmailBackend",
        "django.core.mail.backends.filebased.EmailBackend",
        "django.core.mail.backends.locmem.EmailBackend",
    }
)


def current():
    return getattr(settings, "ENVIRONMENT", PRODUCTION)


def is_for_demo():
    return current() in DEMO_ENVIRONMENTS


def require_demo_environment():
    """Refuse to write demo data (accounts with the README's password, made-up towns) anywhere
    but on a developer's machine or in the tests, whatever DEBUG says."""
    if not is_for_demo():
        raise CommandError(
            _(
                "Refusing to write demo data in the “%(environment)s” environment: the demo "
                "accounts share a public password. Demo data is for development only "
                "(DJANGO_SETTINGS_MODULE=cms.settings.dev)."
            )
            % {"environment": current()}
        )


def mail_is_delivered():
    """Does sending an e-mail here reach someone – or is it acceptable that it does not?"""
    return is_for_demo() or settings.EMAIL_BACKEND not in UNDELIVERING_EMAIL_BACKENDS


def require_delivered_mail():
    """Refuse to send e-mails that would go nowhere and be marked as sent."""
    if not mail_is_delivered():
        raise CommandError(
            _(
                "Refusing to send e-mails with %(backend)s in the “%(environment)s” environment: "
                "they would be marked as sent and never reach anyone. Set EMAIL_BACKEND to a "
                "mail server (see docs/deployment.md)."
            )
            % {"backend": settings.EMAIL_BACKEND, "environment": current()}
        )
