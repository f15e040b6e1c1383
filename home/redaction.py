"""Secrets that travel in request paths are kept out of the logs.

A personal calendar address, /kalendarz/<token>.ics (`workspaces/urls.py`), is the only
credential a calendar app can present, so the token has to be in the URL – and would then be
in every access log line and every "Not Found" warning, readable by anyone who reads the logs.
`RedactSecretPaths` is attached in `LOGGING` (cms/settings/base.py) to the loggers that print
paths: `django.server` (runserver's access log) and `django.request` (4xx/5xx warnings). The
production app server's own access log is configured outside Django: docs/deployment.md.
"""

import logging
import re

# A path segment that is a secret, and what it is shown as.
SECRET_PATHS = [
    (re.compile(r"/kalendarz/[^/\s\"'?#]+?(\.ics)?(?=$|[/\s\"'?#])"), r"/kalendarz/[redacted]\1"),
    # An unsubscribe link, an applicant's status page and a password reset link each carry a
    # token that acts for its owner.
    (re.compile(r"/powiadomienia/wypisz/[^/\s\"'?#]+"), "/powiadomienia/wypisz/[redacted]"),
    (re.compile(r"/zgloszenia/status/[^/\s\"'?#]+"), "/zgloszenia/status/[redacted]"),
    (re.compile(r"/konto/haslo/[^/\s\"'?#]+/[^/\s\"'?#]+"), "/konto/haslo/[redacted]"),
]


def redact(text):
    for pattern, replacement in SECRET_PATHS:
        text = pattern.sub(replacement, text)
    return text


def _redacted(value):
    return redact(value) if isinstance(value, str) else value


class RedactSecretPaths(logging.Filter):
    """Rewrite a log record so that no secret path segment is left in its message."""

    def filter(self, record):
        record.msg = _redacted(record.msg)
        if isinstance(record.args, tuple):
            record.args = tuple(_redacted(arg) for arg in record.args)
        elif isinstance(record.args, dict):
            record.args = {key: _redacted(arg) for key, arg in record.args.items()}
        return True
