from django.db import migrations, models


class Migration(migrations.Migration):
    dependencies = [
        ("registry", "0001_initial"),
    ]

    operations = [
        migrations.AddField(
            model_name="person",
            name="pseudonymised_at",
            field=models.DateTimeField(
                blank=True, editable=False, null=True, verbose_name="pseudonymised"
            ),
        ),
    ]
