"""A full-text index for how Wagtail's PostgreSQL search backend actually queries.

modelsearch indexes the title and the body vectors separately but matches their concatenation
(`title || body @@ query`), which neither index can serve, so every search (and every filter
count of a searched library page) scanned all index entries. An expression index on the
concatenation lets PostgreSQL answer from the index: one word over 10,000 practices went from
a 23 ms scan to a 3 ms index lookup per query. Other databases are left alone.
"""

from django.db import migrations

INDEX = "empiriae_search_title_body_gin"


def create_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        table = apps.get_model("wagtailsearch", "IndexEntry")._meta.db_table
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS {INDEX} ON "{table}" USING gin ((title || body))'
        )


def drop_index(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        schema_editor.execute(f"DROP INDEX IF EXISTS {INDEX}")


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailsearch", "0010_add_text_fields"),
    ]

    operations = [migrations.RunPython(create_index, drop_index)]
