"""The good-practice library: what a town faced, what it did, what came of it, and whether
another town could repeat it.

Every practice is members-only (members of any network, and editors) until an editor promotes
it; each practice page carries its own restriction for that reason, as outcomes do, and the
index stays open and lists only what the reader may open (`practices/library.py`).
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.images.blocks import ImageBlock
from wagtail.search import index

from modelcluster.contrib.taggit import ClusterTaggableManager
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from taggit.models import TaggedItemBase

from home.bilingual import BilingualPage, IntroPage


class FundingSource(models.TextChoices):
    LOCAL_DEVELOPMENT_PROGRAMME = "ldp", _("Local Development Programme")
    EU_FUNDS = "eu", _("EU funds")
    OWN_BUDGET = "own", _("Own budget")
    NATIONAL = "national", _("National programmes")
    OTHER = "other", _("Other")


class PracticeIndexPage(RoutablePageMixin, IntroPage):
    """The library's entrance: promoted practices for everyone, all of them for members."""

    parent_page_types = ["home.HomePage"]
    subpage_types = ["practices.PracticePage"]
    max_count = 1

    class Meta:
        verbose_name = _("practice library")
        verbose_name_plural = _("practice libraries")

    @path("")
    def all_practices(self, request):
        return self.render(request)

    @path("tag/<str:tag>/")
    def practices_with_tag(self, request, tag):
        context = self.get_context(request, tag=tag)
        return TemplateResponse(request, self.get_template(request), context)


class PracticeTag(TaggedItemBase):
    content_object = ParentalKey(
        "practices.PracticePage",
        on_delete=models.CASCADE,
        related_name="tagged_items",
        verbose_name=_("practice"),
    )

    class Meta:
        verbose_name = _("practice tag")
        verbose_name_plural = _("practice tags")


class PracticePage(BilingualPage):
    """One town's proven solution, told so that another town can judge whether to repeat it."""

    # The e-mails owed about this page; they go when it goes.
    notifications = GenericRelation(
        "notifications.Notification", content_type_field="target_type", object_id_field="target_id"
    )
    town = models.ForeignKey(
        "registry.Municipality",
        on_delete=models.PROTECT,
        related_name="practices",
        verbose_name=_("town"),
    )
    networks = ParentalManyToManyField(
        "registry.NetworkPage", blank=True, related_name="practices", verbose_name=_("networks")
    )
    tags = ClusterTaggableManager(
        through=PracticeTag,
        blank=True,
        verbose_name=_("tags"),
        help_text=_("A comma-separated list of tags."),
    )
    situation = RichTextField(_("situation before"))
    solution = RichTextField(_("solution"))
    results = RichTextField(
        _("results and evidence"), help_text=_("With numbers, where you have them.")
    )
    # No default: where the money came from is a fact someone states, never a guess.
    funding_source = models.CharField(
        _("funding source"), max_length=16, choices=FundingSource.choices
    )
    budget_pln = models.DecimalField(
        _("budget (PLN)"), max_digits=14, decimal_places=2, null=True, blank=True,
        validators=[MinValueValidator(0)],
    )  # fmt: skip
    from_ldp_grant = models.BooleanField(
        _("from a Local Development Programme grant project"), default=False
    )
    period_start = models.DateField(_("from"), null=True, blank=True)
    period_end = models.DateField(_("until"), null=True, blank=True)
    transferability = RichTextField(
        _("transferability"), help_text=_("What another town needs to repeat it.")
    )
    contact_name = models.CharField(_("contact person"), max_length=120, blank=True)
    contact_email = models.EmailField(_("contact e-mail"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=40, blank=True)
    documents = StreamField(
        [("document", DocumentChooserBlock())], blank=True, verbose_name=_("documents")
    )
    images = StreamField([("image", ImageBlock())], blank=True, verbose_name=_("images"))

    content_panels = [
        *BilingualPage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("town"),
                FieldPanel("networks"),
                FieldPanel("tags"),
                FieldPanel("from_ldp_grant"),
            ],
            heading=_("Who and what"),
        ),
        FieldPanel("situation"),
        FieldPanel("solution"),
        FieldPanel("results"),
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("funding_source"), FieldPanel("budget_pln")]),
                FieldRowPanel([FieldPanel("period_start"), FieldPanel("period_end")]),
            ],
            heading=_("Money and time"),
        ),
        FieldPanel("transferability"),
        MultiFieldPanel(
            [FieldPanel("contact_name"), FieldPanel("contact_email"), FieldPanel("contact_phone")],
            heading=_("Contact (members only, never shown to visitors)"),
        ),
        FieldPanel("documents"),
        HelpPanel(
            content=_(
                "Images are public files in Wagtail: they are shown only once the practice "
                "is promoted."
            )
        ),
        FieldPanel("images"),
    ]
    search_fields = [
        *BilingualPage.search_fields,
        index.SearchField("situation"),
        index.SearchField("solution"),
        index.SearchField("results"),
        index.SearchField("transferability"),
        index.RelatedFields("town", [index.SearchField("name")]),
        index.RelatedFields("tags", [index.SearchField("name")]),
        index.FilterField("town"),
        index.FilterField("funding_source"),
        index.FilterField("from_ldp_grant"),
    ]

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("good practice")
        verbose_name_plural = _("good practices")

    def clean(self):
        super().clean()
        if self.period_start and self.period_end and self.period_end < self.period_start:
            raise ValidationError({"period_end": _("The period cannot end before it starts.")})


class TransferStage(models.TextChoices):
    INTERESTED = "interested", _("Interested")
    ADAPTING = "adapting", _("Adapting")
    IMPLEMENTED = "implemented", _("Implemented")
    ABANDONED = "abandoned", _("Abandoned")


class Transfer(models.Model):
    """A town adopting another town's practice: how far it got, when, and what it changed."""

    practice = models.ForeignKey(
        PracticePage, on_delete=models.CASCADE, related_name="transfers", verbose_name=_("practice")
    )
    town = models.ForeignKey(
        "registry.Municipality",
        on_delete=models.PROTECT,
        related_name="transfers",
        verbose_name=_("adopting town"),
    )
    stage = models.CharField(
        _("stage"), max_length=16, choices=TransferStage.choices, default=TransferStage.INTERESTED
    )
    interested_on = models.DateField(_("interested since"), null=True, blank=True)
    adapting_on = models.DateField(_("adapting since"), null=True, blank=True)
    implemented_on = models.DateField(_("implemented on"), null=True, blank=True)
    abandoned_on = models.DateField(_("abandoned on"), null=True, blank=True)
    changes = models.TextField(_("what we changed"), max_length=3000, blank=True)
    recorded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("recorded by"),
    )
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("transfer")
        verbose_name_plural = _("transfers")
        ordering = ["practice", "town__name"]
        constraints = [
            models.UniqueConstraint(fields=["practice", "town"], name="one_transfer_per_town")
        ]

    def __str__(self):
        return f"{self.town} – {self.practice} ({self.get_stage_display()})"
