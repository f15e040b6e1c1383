"""Quarterly sessions of a network, their attendance and their minutes.

A session page lives under its network's workspace, so it inherits the workspace's
restriction: members, coordinators and editors only. Minutes move through a lifecycle
(draft → circulated → approved) driven by `workspaces.sessions.minutes`; once approved they are
locked for everyone but editors (`LockedMinutesPermissionTester`).
"""

import secrets

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, PagePermissionTester
from wagtail.search import index

from modelcluster.fields import ParentalKey

from home.bilingual import BilingualPage, TranslatedField
from workspaces.access import policy as access

from .blocks import AgendaItemBlock, MaterialBlock


class SessionFormat(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")
    HYBRID = "hybrid", _("Hybrid")


class MinutesStatus(models.TextChoices):
    DRAFT = "draft", _("Draft")
    CIRCULATED = "circulated", _("Circulated to attendees")
    APPROVED = "approved", _("Approved")


class SessionPage(BilingualPage):
    """One meeting of a network: when and where, what is on the agenda, who came, what was
    agreed (the minutes) and the documents that go with it."""

    number = models.PositiveSmallIntegerField(_("number in the network's series"))
    topic = models.CharField(
        _("topic"),
        max_length=120,
        blank=True,
        help_text=_(
            "What the session is about, in a few words (e.g. “Green courtyards”); shown after "
            "its number in lists, e-mails and calendars."
        ),
    )
    topic_en = models.CharField(
        _("topic in English"),
        max_length=120,
        blank=True,
        help_text=_("Shown to readers who chose English; the Polish topic is used if empty."),
    )
    starts_at = models.DateTimeField(_("starts"))
    ends_at = models.DateTimeField(_("ends"))
    format = models.CharField(
        _("format"), max_length=16, choices=SessionFormat.choices, default=SessionFormat.IN_PERSON
    )
    host_town = models.ForeignKey(
        "registry.Municipality",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="hosted_sessions",
        verbose_name=_("host town"),
    )
    venue = models.CharField(_("venue address"), max_length=255, blank=True)
    online_link = models.URLField(
        _("online meeting link"),
        blank=True,
        help_text=_("Shown to the network's members on this page only; never in feeds or e-mails."),
    )
    agenda = StreamField([("item", AgendaItemBlock())], blank=True, verbose_name=_("agenda"))
    minutes = RichTextField(_("minutes"), blank=True)
    materials = StreamField(
        [("material", MaterialBlock())], blank=True, verbose_name=_("materials")
    )

    content_panels = [
        *BilingualPage.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("number"),
                FieldRowPanel([FieldPanel("topic"), FieldPanel("topic_en")]),
                FieldRowPanel([FieldPanel("starts_at"), FieldPanel("ends_at")]),
                FieldPanel("format"),
                FieldPanel("host_town"),
                FieldPanel("venue"),
                FieldPanel("online_link"),
            ],
            heading=_("When and where"),
        ),
        FieldPanel("agenda"),
        InlinePanel("attendance", label=_("Attendance")),
        HelpPanel(template="sessions/admin/minutes_status_panel.html", heading=_("Minutes")),
        FieldPanel("minutes"),
        FieldPanel("materials"),
    ]
    search_fields = [
        *BilingualPage.search_fields,
        index.SearchField("topic"),
        index.SearchField("topic_en"),
        index.SearchField("minutes"),
        index.SearchField("venue"),
        index.FilterField("starts_at"),
    ]

    # The e-mails owed about this page; they go when it goes.
    notifications = GenericRelation(
        "notifications.Notification", content_type_field="target_type", object_id_field="target_id"
    )

    display_topic = TranslatedField("topic", "topic_en")

    template = "sessions/session_page.html"
    parent_page_types = ["registry.WorkspacePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("session")
        verbose_name_plural = _("sessions")

    @property
    def heading(self):
        """How the session is named wherever people see it: "Sesja 7: Zielone podwórka", or
        "Sesja 7" while it has no topic – in the reader's language."""
        topic = self.display_topic
        if not topic:
            return self.display_title
        return f"{self.display_title}: {topic}"

    @property
    def minutes_status(self):
        """Where the minutes stand: draft until a `Minutes` record says otherwise (a session
        previewed before its first save has none)."""
        if self.pk is None:
            return MinutesStatus.DRAFT
        status = Minutes.objects.filter(session_id=self.pk).values_list("status", flat=True)
        return status.first() or MinutesStatus.DRAFT

    @property
    def minutes_status_label(self):
        return MinutesStatus(self.minutes_status).label

    def permissions_for_user(self, user):
        """Approved minutes are locked: only editors may make a new revision (SPEC issue 3)."""
        return LockedMinutesPermissionTester(user, self)


class LockedMinutesPermissionTester(PagePermissionTester):
    """Wagtail asks this before every edit, publish, revert or delete in the admin."""

    def _locked_for_user(self):
        approved = self.page.minutes_status == MinutesStatus.APPROVED
        return approved and not access.is_editor(self.user)

    def can_edit(self):
        return super().can_edit() and not self._locked_for_user()

    def can_publish(self):
        return super().can_publish() and not self._locked_for_user()

    def can_delete(self, *args, **kwargs):
        return super().can_delete(*args, **kwargs) and not self._locked_for_user()


class Minutes(models.Model):
    """Where a session's minutes stand in their lifecycle.

    Kept beside the page rather than in it: page fields travel with Wagtail revisions, and
    publishing an older revision must never take approved minutes back to draft.
    """

    session = models.OneToOneField(
        SessionPage,
        on_delete=models.CASCADE,
        related_name="minutes_record",
        verbose_name=_("session"),
    )
    status = models.CharField(
        _("status"), max_length=16, choices=MinutesStatus.choices, default=MinutesStatus.DRAFT
    )
    circulated_at = models.DateTimeField(_("circulated"), null=True, blank=True)
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        verbose_name=_("approved by"),
    )

    class Meta:
        verbose_name = _("minutes")
        verbose_name_plural = _("minutes")

    def __str__(self):
        return f"{self.session} – {self.get_status_display()}"


class AttendanceMode(models.TextChoices):
    IN_PERSON = "in_person", _("In person")
    ONLINE = "online", _("Online")


class SessionAttendance(Orderable):
    """Who attended a session and how; the attendees are the ones who may amend the minutes."""

    session = ParentalKey(
        SessionPage, on_delete=models.CASCADE, related_name="attendance", verbose_name=_("session")
    )
    person = models.ForeignKey(
        "registry.Person",
        on_delete=models.CASCADE,
        related_name="attendance",
        verbose_name=_("person"),
    )
    mode = models.CharField(
        _("present"),
        max_length=16,
        choices=AttendanceMode.choices,
        default=AttendanceMode.IN_PERSON,
    )

    panels = [FieldPanel("person"), FieldPanel("mode")]

    class Meta(Orderable.Meta):
        verbose_name = _("attendance")
        verbose_name_plural = _("attendance")
        constraints = [
            models.UniqueConstraint(fields=["session", "person"], name="attends_a_session_once")
        ]

    def __str__(self):
        return f"{self.person} ({self.get_mode_display()})"


class MinutesAmendment(models.Model):
    """An attendee's proposed change to circulated minutes; kept after approval as a record."""

    session = models.ForeignKey(
        SessionPage, on_delete=models.CASCADE, related_name="amendments", verbose_name=_("session")
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="minutes_amendments",
        verbose_name=_("author"),
    )
    text = models.TextField(_("proposed amendment"), max_length=5000)
    created_at = models.DateTimeField(_("posted"), auto_now_add=True)

    class Meta:
        verbose_name = _("minutes amendment")
        verbose_name_plural = _("minutes amendments")
        ordering = ["created_at"]

    def __str__(self):
        return f"{self.author} – {self.session}"


def new_token():
    return secrets.token_urlsafe(32)


class CalendarToken(models.Model):
    """The secret in a user's iCal feed address. Revoking replaces it, so the old address
    stops working on the next poll; the feed never needs a password a calendar app can't give."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="calendar_token",
        verbose_name=_("user"),
    )
    token = models.CharField(
        _("secret"), max_length=64, unique=True, default=new_token, editable=False
    )
    created_at = models.DateTimeField(_("created at"), auto_now=True)

    class Meta:
        verbose_name = _("calendar address")
        verbose_name_plural = _("calendar addresses")

    def __str__(self):
        return str(self.user)
