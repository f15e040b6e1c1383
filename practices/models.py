"""The good-practice library. Its index exists from the start so the page tree is whole;
practice pages themselves arrive with the library (issue 4)."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from home.bilingual import BilingualPage, TranslatedField


class PracticeIndexPage(BilingualPage):
    """The public entrance to the library: promoted practices for all, the rest for members."""

    intro = RichTextField(_("introduction"), blank=True)
    intro_en = RichTextField(_("introduction in English"), blank=True)

    display_intro = TranslatedField("intro", "intro_en")

    content_panels = [*BilingualPage.content_panels, FieldPanel("intro"), FieldPanel("intro_en")]
    search_fields = [*BilingualPage.search_fields, index.SearchField("intro")]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("practice library")
        verbose_name_plural = _("practice libraries")
