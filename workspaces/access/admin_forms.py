"""The base of every page's edit form in the admin: a page may only refer to what its editor
may see.

Choosers offer a coordinator only their own network's documents and the pages they may see,
but a form post can name any id: another network's document in a session's materials, or a
link to a private page in rich text. Saved, the draft's edit form would then show that
document's or page's title. The access module decides what each referenced id may be.
"""

from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.documents import get_document_model
from wagtail.models import Page

from . import policy as access

NOT_YOURS = _(
    "This refers to a page or document that you may not see. Remove it or choose another one."
)


class AccessCheckedPageForm(WagtailAdminPageForm):
    def clean(self):
        cleaned = super().clean()
        user = self.for_user
        if user is None or access.is_editor(user):
            return cleaned
        for name, value in list(cleaned.items()):
            pages, documents = self._references(name, value)
            if not (pages or documents):
                continue
            shown_pages = access.admin_pages(user, Page.objects.filter(pk__in=pages))
            shown_documents = access.visible_documents(
                user, get_document_model().objects.filter(pk__in=documents)
            )
            if shown_pages.count() < len(pages) or shown_documents.count() < len(documents):
                self.add_error(name, NOT_YOURS)
        return cleaned

    def _references(self, name, value):
        """(page ids, document ids) that a field's value refers to."""
        pages, documents = set(), set()
        field = self._model_field(name)
        if field is None or value is None:
            return pages, documents
        if hasattr(field, "extract_references"):  # rich text and StreamFields
            references = [(m, i) for m, i, _path, _content in field.extract_references(value)]
        elif field.is_relation and field.related_model is not None:
            objects = value.all() if hasattr(value, "all") else [value]
            references = [(field.related_model, obj.pk) for obj in objects]
        else:
            return pages, documents
        for model, object_id in references:
            if issubclass(model, Page):
                pages.add(int(object_id))
            elif issubclass(model, get_document_model()):
                documents.add(int(object_id))
        return pages, documents

    def _model_field(self, name):
        try:
            return self._meta.model._meta.get_field(name)
        except FieldDoesNotExist:  # a form-only field refers to nothing
            return None
