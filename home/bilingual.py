"""Page content in Polish with an optional English version.

The site's interface goes through gettext; editors' content cannot, so each page keeps an
English twin of its main fields and shows it when the reader chose English. Polish is the
fallback, because every page is written in Polish first.
"""

from django.db import models
from django.db.models import Manager
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from workspaces.access.admin_forms import AccessCheckedPageForm

from . import page_context, polish

# The search field that holds a page's Polish keys (home/polish.py): every page type inherits it.
SEARCH_KEYS = "search_keys"
TITLE_FIELDS = {"title", "title_en"}


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
    search_fields = [
        *Page.search_fields,
        index.SearchField("title_en"),
        index.SearchField(SEARCH_KEYS),
    ]

    class Meta:
        abstract = True

    def search_keys(self):
        """Every word of what the page is searched by, as lemmas and without Polish letters,
        so that a search finds "szkół" when someone types "szkoła" or "szkola"."""
        return polish.index_keys(" ".join(_searchable_texts(self, type(self).search_fields)))

    def search_text(self):
        """What a search result's excerpt is cut from: the page's own searched text – not its
        titles, which the result shows anyway, nor related records (a town, tags), which would
        cost a query per result."""
        fields = [
            field
            for field in type(self).search_fields
            if isinstance(field, index.SearchField) and field.field_name not in TITLE_FIELDS
        ]
        return " ".join(_searchable_texts(self, fields))

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(page_context.contributions(self, request, **kwargs))
        return context


def _searchable_texts(obj, fields):
    """The text of each full-text search field of `obj`, related objects' included (a
    practice's town and tags), without markup."""
    for field in fields:
        if isinstance(field, index.SearchField) and field.field_name != SEARCH_KEYS:
            value = _plain(field.get_value(obj))
            if value:
                yield value
        elif isinstance(field, index.RelatedFields):
            related = field.get_value(obj)
            if related is None:
                continue
            for item in related.all() if isinstance(related, Manager) else [related]:
                yield from _searchable_texts(item, field.fields)


def _plain(value):
    """A search field's value as text: modelsearch gives rich text as a list of its parts."""
    if isinstance(value, list | tuple):
        return " ".join(_plain(item) for item in value)
    if isinstance(value, dict):
        return " ".join(_plain(item) for item in value.values())
    return strip_tags(str(value)) if value else ""


class IntroPage(BilingualPage):
    """A bilingual page whose own content is a short introduction above what it lists."""

    intro = RichTextField(_("introduction"), blank=True)
    intro_en = RichTextField(_("introduction in English"), blank=True)

    display_intro = TranslatedField("intro", "intro_en")

    content_panels = [*BilingualPage.content_panels, FieldPanel("intro"), FieldPanel("intro_en")]
    search_fields = [*BilingualPage.search_fields, index.SearchField("intro")]

    class Meta:
        abstract = True
