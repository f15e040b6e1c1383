"""The outbox becomes generic: one `page` (any Wagtail page) instead of one foreign key per
kind of page, and an `event` key for kinds that mail more than once about one page (the
editors' decisions on a practice). Existing rows keep their page: an outcome's or a session's
id is its page's id."""

import django.db.models.deletion
from django.conf import settings
from django.db import migrations, models

import workspaces.models.notifications


def copy_pages(apps, schema_editor):
    Notification = apps.get_model("workspaces", "Notification")
    Notification.objects.filter(kind="outcome_published").update(page_id=models.F("outcome_id"))
    Notification.objects.filter(kind="minutes_circulated").update(page_id=models.F("session_id"))
    if schema_editor.connection.vendor == "postgresql":
        # Check the new foreign keys now: the table is altered below, in this transaction, and
        # PostgreSQL refuses to alter a table with deferred checks still pending.
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


def copy_pages_back(apps, schema_editor):
    Notification = apps.get_model("workspaces", "Notification")
    Notification.objects.exclude(kind__in=["outcome_published", "minutes_circulated"]).delete()
    Notification.objects.filter(kind="outcome_published").update(outcome_id=models.F("page_id"))
    Notification.objects.filter(kind="minutes_circulated").update(session_id=models.F("page_id"))
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute("SET CONSTRAINTS ALL IMMEDIATE")


class Migration(migrations.Migration):

    dependencies = [
        ("wagtailcore", "0098_apitoken"),
        ("workspaces", "0005_notifications_for_minutes"),
        migrations.swappable_dependency(settings.AUTH_USER_MODEL),
    ]

    operations = [
        migrations.RemoveConstraint(model_name="notification", name="notified_once"),
        migrations.RemoveConstraint(model_name="notification", name="told_of_minutes_once"),
        migrations.RemoveConstraint(
            model_name="notification", name="notification_about_one_page_of_its_kind"
        ),
        migrations.AddField(
            model_name="notification",
            name="page",
            field=models.ForeignKey(
                null=True,
                on_delete=django.db.models.deletion.CASCADE,
                related_name="notifications",
                to="wagtailcore.page",
                verbose_name="page",
            ),
        ),
        migrations.AddField(
            model_name="notification",
            name="event",
            field=models.CharField(blank=True, default="", max_length=64),
        ),
        migrations.RunPython(copy_pages, copy_pages_back),
        migrations.RemoveField(model_name="notification", name="outcome"),
        migrations.RemoveField(model_name="notification", name="session"),
        migrations.AlterField(
            model_name="notification",
            name="page",
            field=models.ForeignKey(
                on_delete=django.db.models.deletion.CASCADE,
                related_name="notifications",
                to="wagtailcore.page",
                verbose_name="page",
            ),
        ),
        migrations.AlterField(
            model_name="notification",
            name="kind",
            field=models.CharField(
                choices=workspaces.models.notifications.notification_kinds,
                max_length=24,
                verbose_name="about",
            ),
        ),
        migrations.AddConstraint(
            model_name="notification",
            constraint=models.UniqueConstraint(
                fields=("kind", "page", "recipient", "event"), name="one_email_per_event"
            ),
        ),
    ]
