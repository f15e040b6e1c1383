"""The home page and plain content pages (programme, privacy notice)."""

from functools import partial

from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.search import index

from . import routing
from .bilingual import BilingualPage, IntroPage, TranslatedField


class HomePage(IntroPage):
    """The root of the public site: what the programme is and where its parts live."""

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.ContentPage",
        "registry.NetworkIndexPage",
        "practices.PracticeIndexPage",
        "applications.JoinPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def route(self, request, path_components):
        """Wagtail's routing, remembered per address (home/routing.py)."""
        walk = partial(super().route, request, path_components)
        return routing.route(self, request, path_components, walk)


class ContentPage(BilingualPage):
    """A public page of plain text, such as the programme description or the privacy notice."""

    body = RichTextField(_("body"))
    body_en = RichTextField(_("body in English"), blank=True)

    display_body = TranslatedField("body", "body_en")

    content_panels = [*BilingualPage.content_panels, FieldPanel("body"), FieldPanel("body_en")]
    search_fields = [
        *BilingualPage.search_fields,
        index.SearchField("body"),
        index.SearchField("body_en"),
    ]

    parent_page_types = ["home.HomePage", "home.ContentPage"]
    subpage_types = ["home.ContentPage"]

    class Meta:
        verbose_name = _("content page")
        verbose_name_plural = _("content pages")
