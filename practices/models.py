"""The good-practice library. Its index exists from the start so the page tree is whole;
practice pages themselves arrive with the library (issue 4)."""

from django.utils.translation import gettext_lazy as _

from home.bilingual import IntroPage


class PracticeIndexPage(IntroPage):
    """The public entrance to the library: promoted practices for all, the rest for members."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("practice library")
        verbose_name_plural = _("practice libraries")
