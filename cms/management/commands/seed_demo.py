"""Load the demo: eight networks, ~30 towns, people in every role, and the README's accounts.

Development (and the tests) only: the accounts share the README's password, so the command
refuses in any other environment (`settings.ENVIRONMENT`), whatever DEBUG says.
"""

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils.translation import gettext as _

from cms.demo import seed_demo_site
from home import environment
from practices import scale as library_scale
from practices.demo import DEMO_PRACTICE_COUNT
from workspaces.registry.demo_data import TOWNS


class Command(BaseCommand):
    help = "Create (or complete) the demo content. Safe to run twice."

    def add_arguments(self, parser):
        parser.add_argument(
            "--scale",
            type=int,
            default=1,
            help="Multiply the demo's towns and practices by N (e.g. 167 for about 10,000 "
            "practices), for benchmarks.",
        )

    def handle(self, *args, scale=1, **options):
        environment.require_demo_environment()
        with transaction.atomic():
            home, networks = seed_demo_site()
        if scale > 1:
            self.grow(scale)
        self.stdout.write(
            self.style.SUCCESS(
                _("Demo ready: %(count)d networks under “%(home)s”.")
                % {"count": len(networks), "home": home.title}
            )
        )

    def grow(self, scale):
        library_scale.grow_towns(len(TOWNS) * scale)
        library_scale.grow_library(DEMO_PRACTICE_COUNT * scale, progress=self.progress)
        self.stdout.write("")

    def progress(self, done, total):
        """A one-line progress bar, redrawn in place."""
        width = 40
        filled = int(width * done / total)
        self.stdout.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
        self.stdout.flush()
