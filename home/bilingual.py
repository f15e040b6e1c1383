"""Page content in Polish with an optional English version.

The site's interface goes through gettext; editors' content cannot, so each page keeps an
English twin of its main fields and shows it when the reader chose English. Polish is the
fallback, because every page is written in Polish first.
"""

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from workspaces.access.admin_forms import AccessCheckedPageForm

from . import page_context


def english_is_active():
    return (get_language() or "pl").startswith("en")


class TranslatedField:
    """Read the English field when English is active and filled in, else the Polish one."""

    def __init__(self, polish_field, english_field):
        self.polish_field = polish_field
        self.english_field = english_field

    def __get__(self, instance, owner):
        if instance is None:
            return self
        if english_is_active():
            english = getattr(instance, self.english_field)
            if english:
                return english
        return getattr(instance, self.polish_field)


class BilingualPage(Page):
    """Base of every EMPIRIAE page type: a Polish title with an English twin."""

    title_en = models.CharField(
        _("title in English"),
        max_length=255,
        blank=True,
        help_text=_("Shown to readers who chose English; the Polish title is used if empty."),
    )

    display_title = TranslatedField("title", "title_en")
    # Whatever a page refers to (documents, linked pages), its editor must be allowed to see.
    base_form_class = AccessCheckedPageForm

    content_panels = [*Page.content_panels, FieldPanel("title_en")]
    search_fields = [*Page.search_fields, index.SearchField("title_en")]

    class Meta:
        abstract = True

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_context.contributions(self, request, **kwargs))
        return context


class IntroPage(BilingualPage):
    """A bilingual page whose own content is a short introduction above what it lists."""

    intro = RichTextField(_("introduction"), blank=True)
    intro_en = RichTextField(_("introduction in English"), blank=True)

    display_intro = TranslatedField("intro", "intro_en")

    content_panels = [*BilingualPage.content_panels, FieldPanel("intro"), FieldPanel("intro_en")]
    search_fields = [*BilingualPage.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True
