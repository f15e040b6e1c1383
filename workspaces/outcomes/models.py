"""What networks agree, for observers to read first and to evaluate.

Each outcome page carries its own view restriction (the network's members, coordinators and
observers, and editors) because restrictions stack as AND down the tree: were the outcome
index restricted, no single outcome could ever be promoted to the public. Promotion removes
one page's restriction; the `Promotion` record remembers it so the sync does not put it back.
"""

from django import forms
from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail import blocks
from wagtail.admin.panels import FieldPanel, HelpPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.search import index

from modelcluster.fields import ParentalManyToManyField

from home.bilingual import BilingualPage, TranslatedField
from workspaces.access.models import is_promoted
from workspaces.registry.models import NetworkSectionPage

from .admin_forms import OutcomePageForm


class RecommendationBlock(blocks.StructBlock):
    kind = blocks.ChoiceBlock(
        choices=[("recommendation", _("Recommendation")), ("solution", _("Solution"))],
        default="recommendation",
        label=_("kind"),
    )
    heading = blocks.CharBlock(label=_("heading"), max_length=255)
    text = blocks.RichTextBlock(label=_("text"), features=["bold", "italic", "link", "ul", "ol"])

    class Meta:
        icon = "tick"
        label = _("recommendation or solution")
        template = "outcomes/blocks/recommendation.html"


class OutcomeIndexPage(NetworkSectionPage):
    """A network's outcomes. The index itself stays open so that a promoted outcome can be
    public; each outcome under it carries its own restriction (see `OutcomePage`)."""

    subpage_types = ["outcomes.OutcomePage"]

    class Meta:
        verbose_name = _("outcome index")
        verbose_name_plural = _("outcome indexes")


class OutcomePage(BilingualPage):
    """A recommendation or solution a network worked out at its sessions."""

    summary = RichTextField(_("summary"))
    summary_en = RichTextField(_("summary in English"), blank=True)
    recommendations = StreamField(
        [("recommendation", RecommendationBlock())], blank=True, verbose_name=_("recommendations")
    )
    sessions = ParentalManyToManyField(
        "network_sessions.SessionPage",
        blank=True,
        related_name="outcomes",
        verbose_name=_("from sessions"),
    )

    # The e-mails owed about this page; they go when it goes.
    notifications = GenericRelation(
        "notifications.Notification", content_type_field="target_type", object_id_field="target_id"
    )

    display_summary = TranslatedField("summary", "summary_en")

    @property
    def is_promoted(self):
        return is_promoted(self)

    base_form_class = OutcomePageForm
    content_panels = [
        *BilingualPage.content_panels,
        FieldPanel("summary"),
        FieldPanel("summary_en"),
        FieldPanel("recommendations"),
        FieldPanel("sessions", widget=forms.CheckboxSelectMultiple),
        HelpPanel(template="outcomes/admin/outcome_status_panel.html", heading=_("Audience")),
    ]
    search_fields = [
        *BilingualPage.search_fields,
        index.SearchField("summary"),
        index.SearchField("summary_en"),
    ]

    parent_page_types = ["outcomes.OutcomeIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("outcome")
        verbose_name_plural = _("outcomes")


SCORE_VALIDATORS = [MinValueValidator(1), MaxValueValidator(5)]


class Evaluation(models.Model):
    """One person's judgement of one outcome; they may change it, not multiply it."""

    outcome = models.ForeignKey(
        OutcomePage, on_delete=models.CASCADE, related_name="evaluations", verbose_name=_("outcome")
    )
    evaluator = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="evaluations",
        verbose_name=_("evaluator"),
    )
    usefulness = models.PositiveSmallIntegerField(_("usefulness"), validators=SCORE_VALIDATORS)
    transferability = models.PositiveSmallIntegerField(
        _("transferability to my town"), validators=SCORE_VALIDATORS
    )
    comment = models.TextField(_("comment"), max_length=3000, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("evaluation")
        verbose_name_plural = _("evaluations")
        ordering = ["-updated_at"]
        constraints = [
            models.UniqueConstraint(fields=["outcome", "evaluator"], name="one_evaluation_each"),
            models.CheckConstraint(
                condition=models.Q(usefulness__gte=1, usefulness__lte=5)
                & models.Q(transferability__gte=1, transferability__lte=5),
                name="scores_between_1_and_5",
            ),
        ]

    def __str__(self):
        return f"{self.evaluator} – {self.outcome}"
