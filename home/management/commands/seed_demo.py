"""Load the demo: eight networks, ~30 towns, people in every role, and the README's accounts."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.utils.translation import gettext as _

from home.demo import seed_home
from practices.demo import seed_practice_library, seed_practices, seed_transfers
from workspaces.demo import seed_networks


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
        parser.add_argument(
            "--force",
            action="store_true",
            help="Run even with DEBUG off. The demo accounts share a public password.",
        )

    def handle(self, *args, force=False, scale=1, **options):
        if not settings.DEBUG and not force:
            raise CommandError(
                _(
                    "Refusing to load demo data with DEBUG off: its accounts share a public "
                    "password. Use --force if you really mean it."
                )
            )
        with transaction.atomic():
            home = seed_home()
            networks = seed_networks(home)
            seed_practices(seed_practice_library(home))
            seed_transfers()
        if scale > 1:
            self.grow(scale)
        self.stdout.write(
            self.style.SUCCESS(
                _("Demo ready: %(count)d networks under “%(home)s”.")
                % {"count": len(networks), "home": home.title}
            )
        )

    def grow(self, scale):
        from practices import scale as library_scale
        from practices.demo import DEMO_PRACTICE_COUNT
        from workspaces.demo_data import TOWNS

        library_scale.grow_towns(len(TOWNS) * scale)
        library_scale.grow_library(DEMO_PRACTICE_COUNT * scale, progress=self.progress)
        self.stdout.write("")

    def progress(self, done, total):
        """A one-line progress bar, redrawn in place."""
        width = 40
        filled = int(width * done / total)
        self.stdout.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {done}/{total}", ending="")
        self.stdout.flush()
