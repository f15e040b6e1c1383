"""Who takes part: towns, the people who represent them, and their ties to networks.

Memberships and observer subscriptions are history, not switches: ending one sets its end date
and keeps the row, so the Association can always tell who was in which network and when.
Group membership (what Wagtail's view restrictions check) is derived from these rows by
`workspaces.registry.services.sync_network_groups`; nobody edits groups by hand.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Voivodeship(models.TextChoices):
    DOLNOSLASKIE = "dolnoslaskie", _("Lower Silesian")
    KUJAWSKO_POMORSKIE = "kujawsko-pomorskie", _("Kuyavian-Pomeranian")
    LUBELSKIE = "lubelskie", _("Lublin")
    LUBUSKIE = "lubuskie", _("Lubusz")
    LODZKIE = "lodzkie", _("Łódź")
    MALOPOLSKIE = "malopolskie", _("Lesser Poland")
    MAZOWIECKIE = "mazowieckie", _("Masovian")
    OPOLSKIE = "opolskie", _("Opole")
    PODKARPACKIE = "podkarpackie", _("Subcarpathian")
    PODLASKIE = "podlaskie", _("Podlaskie")
    POMORSKIE = "pomorskie", _("Pomeranian")
    SLASKIE = "slaskie", _("Silesian")
    SWIETOKRZYSKIE = "swietokrzyskie", _("Holy Cross")
    WARMINSKO_MAZURSKIE = "warminsko-mazurskie", _("Warmian-Masurian")
    WIELKOPOLSKIE = "wielkopolskie", _("Greater Poland")
    ZACHODNIOPOMORSKIE = "zachodniopomorskie", _("West Pomeranian")


class ProgrammeStatus(models.TextChoices):
    """A town's standing in the "Local Development" Programme."""

    GRANT_WINNER = "grant_winner", _("Grant winner")
    FINALIST = "finalist", _("Finalist")
    OTHER = "other", _("Other participant")
    OBSERVER = "observer", _("Observer")


class Position(models.TextChoices):
    """What a person does in their town; the leaders network admits only the first three."""

    MAYOR = "mayor", _("Mayor")
    PRESIDENT = "president", _("City president")
    DEPUTY = "deputy", _("Deputy mayor or president")
    STAFF = "staff", _("Local government staff")
    EXPERT = "expert", _("Expert or Association staff")


LEADER_POSITIONS = frozenset({Position.MAYOR, Position.PRESIDENT, Position.DEPUTY})


class MembershipRole(models.TextChoices):
    MEMBER = "member", _("Member")
    COORDINATOR = "coordinator", _("Coordinator")
    EXPERT = "expert", _("Expert")


# Experts and the Association's moderators both run a network (SPEC §2), so they share rights.
RUNNING_ROLES = frozenset({MembershipRole.COORDINATOR, MembershipRole.EXPERT})


class Municipality(models.Model):
    """A Polish city or town taking part in the programme, as a member or an observer."""

    name = models.CharField(_("name"), max_length=120)
    voivodeship = models.CharField(_("voivodeship"), max_length=32, choices=Voivodeship.choices)
    population = models.PositiveIntegerField(_("population"), null=True, blank=True)
    programme_status = models.CharField(
        _("programme status"),
        max_length=16,
        choices=ProgrammeStatus.choices,
        default=ProgrammeStatus.OTHER,
    )

    class Meta:
        verbose_name = _("municipality")
        verbose_name_plural = _("municipalities")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["name", "voivodeship"], name="unique_municipality_per_voivodeship"
            )
        ]

    def __str__(self):
        return self.name


class Person(models.Model):
    """A site user's programme identity: which town they represent and in what position.

    Kept beside Django's user rather than replacing it, so Wagtail's user admin keeps working.
    """

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="person",
        verbose_name=_("user account"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="people",
        verbose_name=_("municipality"),
    )
    position = models.CharField(
        _("position"), max_length=16, choices=Position.choices, default=Position.STAFF
    )
    language = models.CharField(
        _("language of e-mails"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="pl",
    )
    # Set when the person's identity was removed at their request (registry.personal_data):
    # their records stay, under a pseudonym, and nobody signs in as them again.
    pseudonymised_at = models.DateTimeField(
        _("pseudonymised"), null=True, blank=True, editable=False
    )

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ["user__last_name", "user__first_name"]

    def __str__(self):
        return self.user.get_full_name() or self.user.get_username()

    @property
    def is_leader(self):
        return self.position in LEADER_POSITIONS


def active_q(prefix="", on=None):
    """Rows in force on a given day – started, and not yet ended – as a filter, reachable
    through `prefix` (e.g. "memberships__") from another model."""
    on = on or timezone.localdate()
    return Q(**{f"{prefix}started_on__lte": on}) & (
        Q(**{f"{prefix}ended_on__isnull": True}) | Q(**{f"{prefix}ended_on__gt": on})
    )


class ActiveQuerySet(models.QuerySet):
    """Rows in force on a given day: started, and not yet ended (`active_q` – the only place
    that says what "active" means)."""

    def active(self, on=None):
        return self.filter(active_q(on=on))


class Period(models.Model):
    """A tie that holds from one day until another; ending it keeps the row as history."""

    started_on = models.DateField(_("from"), default=timezone.localdate)
    ended_on = models.DateField(_("until"), null=True, blank=True)

    objects = ActiveQuerySet.as_manager()

    class Meta:
        abstract = True
        constraints = [
            models.CheckConstraint(
                condition=Q(ended_on__isnull=True) | Q(ended_on__gte=models.F("started_on")),
                name="%(class)s_ends_after_it_starts",
            )
        ]

    def clean(self):
        super().clean()
        if self.ended_on and self.started_on and self.ended_on < self.started_on:
            raise ValidationError({"ended_on": _("It cannot end before it starts.")})


def qualifying_q(prefix=""):
    """Memberships that meet the leaders rule *today*, as a filter: any seat outside the leaders
    network, the running roles in it, and members who are mayors, presidents or deputies now.

    The rule is checked when a membership is saved, but a position can change afterwards, and
    a network can become the leaders network; a seat that no longer qualifies stays on record
    (editors see it flagged in the admin) and grants nothing.
    """
    other_roles = [role for role in MembershipRole if role != MembershipRole.MEMBER]
    return (
        Q(**{f"{prefix}network__is_leaders_network": False})
        | Q(**{f"{prefix}role__in": other_roles})
        | Q(**{f"{prefix}person__position__in": LEADER_POSITIONS})
    )


def in_force_q(prefix="", on=None):
    """Memberships in force on a day – active and qualifying – as a filter: the one definition
    that groups, the practice library's readers and the rosters are all derived from."""
    return active_q(prefix, on) & qualifying_q(prefix)


class MembershipQuerySet(ActiveQuerySet):
    def qualifying(self):
        return self.filter(qualifying_q())

    def not_qualifying(self):
        return self.exclude(qualifying_q())

    def in_force(self, on=None):
        """The memberships that grant access on `on` (today by default)."""
        return self.filter(in_force_q(on=on))


class Membership(Period):
    """A person's seat in a network, for a period; an ended one stays as history.

    A seat grants access only while it is in force (`Membership.objects.in_force()`): active by
    its dates, and meeting the leaders rule with the person's position as it is now.
    """

    person = models.ForeignKey(
        Person, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("person")
    )
    network = models.ForeignKey(
        "registry.NetworkPage",
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("network"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="memberships",
        verbose_name=_("represented municipality"),
        help_text=_("Left empty, the person's own municipality is used."),
    )
    role = models.CharField(
        _("role"), max_length=16, choices=MembershipRole.choices, default=MembershipRole.MEMBER
    )

    objects = MembershipQuerySet.as_manager()

    class Meta(Period.Meta):
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        ordering = ["network__path", "role", "person__user__last_name"]

    def __str__(self):
        return f"{self.person} – {self.network} ({self.get_role_display()})"

    def clean(self):
        super().clean()
        if self.municipality_id is None and self.person_id:
            self.municipality = self.person.municipality
        if self.network_id and self.person_id:
            _check_leaders_rule(self.network, self.person, self.role)

    @property
    def qualifies(self):
        """Does the seat meet the leaders rule with the person's position as it is now?"""
        return not breaks_leaders_rule(self.network, self.person, self.role)


def breaks_leaders_rule(network, person, role):
    """The leaders network is closed to everyone but mayors, presidents and their deputies.

    The Association's coordinators and experts run it, so only the member role is checked
    (`qualifying_q` is the same rule as a filter).
    """
    return network.is_leaders_network and role == MembershipRole.MEMBER and not person.is_leader


def _check_leaders_rule(network, person, role):
    if breaks_leaders_rule(network, person, role):
        raise ValidationError(
            _(
                "Only mayors, city presidents and their deputies may be members of the "
                "leaders network; %(person)s is registered as “%(position)s”."
            )
            % {"person": person, "position": person.get_position_display()}
        )


class ObserverSubscription(Period):
    """An OBSERVER follows a network's outcomes: a single person, or a whole town's people."""

    network = models.ForeignKey(
        "registry.NetworkPage",
        on_delete=models.CASCADE,
        related_name="observer_subscriptions",
        verbose_name=_("network"),
    )
    person = models.ForeignKey(
        Person,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="observer_subscriptions",
        verbose_name=_("person"),
    )
    municipality = models.ForeignKey(
        Municipality,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="observer_subscriptions",
        verbose_name=_("municipality"),
        help_text=_("Subscribe a whole town: every person registered for it observes."),
    )

    class Meta(Period.Meta):
        verbose_name = _("observer subscription")
        verbose_name_plural = _("observer subscriptions")
        ordering = ["network__path", "-started_on"]
        constraints = [
            *Period.Meta.constraints,
            models.CheckConstraint(
                condition=Q(person__isnull=False) | Q(municipality__isnull=False),
                name="subscription_names_person_or_town",
            ),
        ]

    def __str__(self):
        follower = self.person or self.municipality
        return f"{follower} → {self.network}"

    def clean(self):
        super().clean()
        if not self.person_id and not self.municipality_id:
            raise ValidationError(_("Choose the person or the town that observes the network."))
        if self.network_id and self.network.is_leaders_network:
            raise ValidationError(
                {"network": _("The leaders network is closed: it has no observers.")}
            )
