"""RSS and Atom feeds of promoted practices: what the public may read, and nothing else."""

from django.contrib.syndication.views import Feed
from django.utils.feedgenerator import Atom1Feed
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import gettext_lazy as _

from workspaces.access import policy as access

from .models import PracticeIndexPage, PracticePage

FEED_SIZE = 50


class PromotedPracticesFeed(Feed):
    title = _("EMPIRIAE – good practices")
    description = _(
        "Proven solutions of Polish towns, promoted by the Association of Polish Cities."
    )

    def __call__(self, request, *args, **kwargs):
        self.request = request
        return super().__call__(request, *args, **kwargs)

    def link(self):
        index = PracticeIndexPage.objects.live().first()
        return index.url if index else "/"

    def items(self):
        practices = access.public_pages(PracticePage.objects.live())
        return practices.select_related("town").order_by("-first_published_at")[:FEED_SIZE]

    def item_title(self, item):
        return f"{item.title} ({item.town.name})"

    def item_description(self, item):
        return Truncator(strip_tags(item.solution)).words(60)

    def item_link(self, item):
        return item.get_url(self.request)

    def item_pubdate(self, item):
        return item.first_published_at


class PromotedPracticesAtomFeed(PromotedPracticesFeed):
    feed_type = Atom1Feed
    subtitle = PromotedPracticesFeed.description
