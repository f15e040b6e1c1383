"""The sitemap lists only public pages: it is read by crawlers, who are visitors."""

from wagtail.contrib.sitemaps import Sitemap

from workspaces.access import policy as access


class PublicSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        pages = root.get_descendants(inclusive=True).live().order_by("path")
        return access.public_pages(pages).defer_streamfields().specific()
