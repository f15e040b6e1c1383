"""Feedback requests: a town's project, and the question it puts to its network."""

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from .discussions import TITLE_MAX_LENGTH, Post, Thread


class ProjectStage(models.TextChoices):
    IDEA = "idea", _("Idea")
    PREPARATION = "preparation", _("In preparation")
    DELIVERY = "delivery", _("Being delivered")
    COMPLETED = "completed", _("Completed")


class Project(models.Model):
    """A town's development project, presented to its network for consultation."""

    network = models.ForeignKey(
        "registry.NetworkPage",
        on_delete=models.CASCADE,
        related_name="projects",
        verbose_name=_("network"),
    )
    town = models.ForeignKey(
        "registry.Municipality",
        on_delete=models.PROTECT,
        related_name="projects",
        verbose_name=_("town"),
    )
    title = models.CharField(_("project"), max_length=TITLE_MAX_LENGTH)
    goal = models.TextField(_("goal"), max_length=3000)
    stage = models.CharField(
        _("stage"), max_length=16, choices=ProjectStage.choices, default=ProjectStage.PREPARATION
    )
    budget = models.DecimalField(
        _("budget (PLN)"), max_digits=14, decimal_places=2, null=True, blank=True
    )
    is_ldp_grant = models.BooleanField(
        _("Local Development Programme grant project"), default=False
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("project")
        verbose_name_plural = _("projects")
        ordering = ["town__name", "title"]
        constraints = [
            models.UniqueConstraint(
                fields=["network", "town", "title"], name="one_project_per_title_and_town"
            )
        ]

    def __str__(self):
        return f"{self.title} ({self.town})"


class RequestStatus(models.TextChoices):
    OPEN = "open", _("Open")
    ANSWERED = "answered", _("Answered")
    CLOSED = "closed", _("Closed")


class FeedbackRequest(models.Model):
    """A town asks its network one question about one of its projects; the answers are the
    replies of the request's discussion, and the requester marks the helpful ones."""

    project = models.ForeignKey(
        Project, on_delete=models.CASCADE, related_name="requests", verbose_name=_("project")
    )
    thread = models.OneToOneField(
        Thread,
        on_delete=models.CASCADE,
        related_name="feedback_request",
        verbose_name=_("discussion"),
    )
    question = models.TextField(_("question"), max_length=3000)
    deadline = models.DateField(_("answers wanted by"), null=True, blank=True)
    status = models.CharField(
        _("status"), max_length=10, choices=RequestStatus.choices, default=RequestStatus.OPEN
    )
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("asked by"),
    )
    helpful_answers = models.ManyToManyField(
        Post, blank=True, related_name="+", verbose_name=_("helpful answers")
    )

    class Meta:
        verbose_name = _("feedback request")
        verbose_name_plural = _("feedback requests")

    def __str__(self):
        return str(self.thread)
