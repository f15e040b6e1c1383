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
    from django.core.management import execute_from_command_line

    execute_from_command_line(sys.argv)
