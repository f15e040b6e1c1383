"""The outbox: one row per e-mail owed to one person about one thing.

Every e-mail of the site goes through it – a new outcome for a network's observers and members,
circulated minutes for a session's attendees, the editors' decision for the author of a
submitted practice. Each feature registers its kind of e-mail with
`workspaces.notifications.kinds.register_kind` (what it says, and whether it is still due when it
goes); this model knows no feature, only a kind, a target (a page, or any record a feature
mails about) and a recipient.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from .kinds import kind_choices


def notification_kinds():
    """The kinds of e-mail registered with the outbox, as choices (read when shown, so that
    the features register theirs at start-up)."""
    return kind_choices()


class Cadence(models.TextChoices):
    """How often a person wants the e-mails of one scope (a network, say)."""

    NONE = "none", _("Never")
    IMMEDIATE = "immediate", _("Immediately")
    DAILY = "daily", _("Daily digest")
    WEEKLY = "weekly", _("Weekly digest")


DEFAULT_CADENCE = Cadence.DAILY


class NotificationQuerySet(models.QuerySet):
    def about(self, target):
        """The e-mails about `target` (a specific page, or any record)."""
        return self.filter(
            target_type=ContentType.objects.get_for_model(target), target_id=target.pk
        )


class Notification(models.Model):
    """One e-mail owed to one person about one target.

    Rows are written when the event happens – in the same transaction, so an event that is
    rolled back owes nothing – and sent by a background task; a row that fails stays pending
    and is retried, so a mail outage never blocks publishing, circulating or moderating. Whether
    the e-mail is still due is asked again when it goes.

    `event` tells apart several e-mails of one kind about one page to one person (each of the
    editors' decisions on a practice); kinds that mail once per page leave it empty, so the
    unique constraint keeps them to one e-mail each. The target is generic: the sessions,
    outcomes and practices mail about pages, other rooms may mail about their own records; a
    model mailed about declares a `GenericRelation` to this one, so its e-mails go when it goes.
    """

    PENDING, SENT, FAILED, CANCELLED = "pending", "sent", "failed", "cancelled"
    STATUS_CHOICES = [
        (PENDING, _("Pending")),
        (SENT, _("Sent")),
        (FAILED, _("Failed")),
        (CANCELLED, _("Cancelled: the recipient lost access")),
    ]

    kind = models.CharField(_("kind of e-mail"), max_length=24, choices=notification_kinds)
    target_type = models.ForeignKey(
        ContentType, on_delete=models.CASCADE, related_name="+", verbose_name=_("about")
    )
    target_id = models.PositiveBigIntegerField(_("about (record number)"))
    target = GenericForeignKey("target_type", "target_id")
    # Where the recipient chose how often to hear (a network), for kinds that ask them.
    scope_type = models.ForeignKey(
        ContentType,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("scope"),
    )
    scope_id = models.PositiveBigIntegerField(_("scope (record number)"), null=True, blank=True)
    scope = GenericForeignKey("scope_type", "scope_id")
    cadence = models.CharField(
        _("sent"), max_length=9, choices=Cadence.choices, default=Cadence.IMMEDIATE
    )
    event = models.CharField(_("event"), max_length=64, blank=True, default="")
    recipient = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="notifications",
        verbose_name=_("recipient"),
    )
    status = models.CharField(_("status"), max_length=9, choices=STATUS_CHOICES, default=PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        constraints = [
            models.UniqueConstraint(
                fields=["kind", "target_type", "target_id", "recipient", "event"],
                name="one_email_per_event",
            ),
        ]
        indexes = [models.Index(fields=["target_type", "target_id"], name="notification_target")]

    def __str__(self):
        return f"{self.recipient} – {self.target} ({self.status})"


class DeliveryPreference(models.Model):
    """How often one person wants the e-mails of one scope; without a row, `DEFAULT_CADENCE`."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="delivery_preferences",
        verbose_name=_("user"),
    )
    scope_type = models.ForeignKey(
        ContentType,
        on_delete=models.CASCADE,
        related_name="+",
        verbose_name=_("scope"),
    )
    scope_id = models.PositiveBigIntegerField(_("scope (record number)"))
    scope = GenericForeignKey("scope_type", "scope_id")
    cadence = models.CharField(_("e-mails"), max_length=9, choices=Cadence.choices)

    class Meta:
        verbose_name = _("e-mail preference")
        verbose_name_plural = _("e-mail preferences")
        constraints = [
            models.UniqueConstraint(
                fields=["user", "scope_type", "scope_id"], name="one_preference_per_scope"
            )
        ]

    def __str__(self):
        return f"{self.user} – {self.scope}: {self.get_cadence_display()}"
