"""StreamField blocks for network content."""

from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock


class AgendaItemBlock(blocks.StructBlock):
    """One point of a session's agenda: when, what, and which town presents it."""

    time = blocks.TimeBlock(label=_("time"), required=False)
    title = blocks.CharBlock(label=_("item"), max_length=255)
    speaker_town = blocks.CharBlock(label=_("presenting town"), required=False, max_length=120)
    # A town's feedback request discussed at this point: its address, copied from the site.
    consultation = blocks.URLBlock(
        label=_("feedback request discussed"),
        required=False,
        help_text=_("The address of the feedback request's page, if this item discusses one."),
    )

    class Meta:
        icon = "list-ul"
        label = _("agenda item")
        template = "sessions/blocks/agenda_item.html"


class MaterialBlock(blocks.StructBlock):
    """A session document. Documents live in the network's private collection; images are
    never private in Wagtail, so private material is documents only."""

    document = DocumentChooserBlock(label=_("document"))
    description = blocks.CharBlock(label=_("description"), required=False, max_length=255)

    class Meta:
        icon = "doc-full"
        label = _("material")
