"""Applications to join a network, and the public page where towns file them.

An application is a request, not a record of who takes part: approving it creates the
registry's records (person, membership or observer subscription), which alone grant access.
Rejected applications are deleted after a retention period (`purge_rejected_applications`),
approved ones stay as the history of how a person came in.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.core.validators import MinLengthValidator
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from home.bilingual import IntroPage
from workspaces.notifications.models import Notification
from workspaces.registry.models import Position, Voivodeship

MOTIVATION_MIN_LENGTH = 30
MOTIVATION_MAX_LENGTH = 3000


class ApplicationKind(models.TextChoices):
    MEMBER = "member", _("Member")
    OBSERVER = "observer", _("Observer")


class ApplicationStatus(models.TextChoices):
    PENDING = "pending", _("Pending")
    APPROVED = "approved", _("Approved")
    REJECTED = "rejected", _("Rejected")


class ApplicationQuerySet(models.QuerySet):
    def pending(self):
        return self.filter(status=ApplicationStatus.PENDING)

    def of_person(self, user=None, email=""):
        """The applications a person filed: signed in as `user`, or with their address."""
        which = Q(pk__in=[])
        if user is not None and user.is_authenticated:
            which |= Q(user=user)
            email = email or user.email
        if email:
            which |= Q(email__iexact=email)
        return self.filter(which)


class Application(models.Model):
    """One town's request, made by one person, to join one network as a member or to follow it
    as an observer. A form naming several networks files one application per network, so
    that each network's coordinators decide on their own."""

    network = models.ForeignKey(
        "registry.NetworkPage",
        on_delete=models.CASCADE,
        related_name="applications",
        verbose_name=_("network"),
    )
    kind = models.CharField(_("joins as"), max_length=8, choices=ApplicationKind.choices)
    municipality = models.ForeignKey(
        "registry.Municipality",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="applications",
        verbose_name=_("municipality"),
    )
    town_name = models.CharField(_("new town"), max_length=120, blank=True)
    voivodeship = models.CharField(
        _("voivodeship"), max_length=32, choices=Voivodeship.choices, blank=True
    )
    first_name = models.CharField(_("first name"), max_length=150)
    last_name = models.CharField(_("last name"), max_length=150)
    email = models.EmailField(_("work e-mail"))
    position = models.CharField(_("position"), max_length=16, choices=Position.choices)
    motivation = models.TextField(
        _("motivation"),
        max_length=MOTIVATION_MAX_LENGTH,
        validators=[MinLengthValidator(MOTIVATION_MIN_LENGTH)],
    )
    language = models.CharField(
        _("language of e-mails"), max_length=8, choices=settings.LANGUAGES, default="pl"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="applications",
        verbose_name=_("applicant's account"),
    )
    status = models.CharField(
        _("status"),
        max_length=8,
        choices=ApplicationStatus.choices,
        default=ApplicationStatus.PENDING,
    )
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("decided by"),
    )
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    rejection_reason = models.TextField(_("reason for rejection"), blank=True)
    person = models.ForeignKey(
        "registry.Person",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="applications",
        verbose_name=_("person"),
    )
    membership = models.ForeignKey(
        "registry.Membership",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("membership"),
    )
    subscription = models.ForeignKey(
        "registry.ObserverSubscription",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("observer subscription"),
    )
    created_at = models.DateTimeField(_("filed at"), auto_now_add=True, db_index=True)
    # The invitation and the "you were added" e-mail are outbox rows about the application.
    notifications = GenericRelation(
        Notification, content_type_field="target_type", object_id_field="target_id"
    )

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ["-created_at", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(municipality__isnull=False) | ~Q(town_name=""),
                name="application_names_a_town",
            ),
        ]

    def __str__(self):
        return f"{self.full_name} ({self.town}) → {self.network}"

    @property
    def full_name(self):
        return f"{self.first_name} {self.last_name}".strip()

    @property
    def town(self):
        """The applicant's town, from the registry or as they named a new one."""
        return self.municipality.name if self.municipality_id else self.town_name

    @property
    def is_pending(self):
        return self.status == ApplicationStatus.PENDING


class JoinPage(IntroPage):
    """ "How to join": what membership and observer status mean, and the application form
    (the form is the applications room's panel, see `pages.py`)."""

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("how to join page")
        verbose_name_plural = _("how to join pages")
