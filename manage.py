#!/usr/bin/env python
"""Django's command-line utility.

Production settings unless told otherwise: a command typed on a server is checked as one (it
needs DJANGO_SECRET_KEY, refuses demo data and e-mails that go nowhere). On a developer's
machine set DJANGO_SETTINGS_MODULE=cms.settings.dev, as `make run` does.
"""

import os
import sys

if __name__ == "__main__":
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")
    from django.conf import settings
    from django.core.exceptions import ImproperlyConfigured
    from django.core.management import execute_from_command_line

    try:  # settings that refuse to load say why in one line, not in a long traceback
        settings.INSTALLED_APPS  # noqa: B018
    except ImproperlyConfigured as error:
        sys.exit(f"manage.py: {error}")
    execute_from_command_line(sys.argv)
