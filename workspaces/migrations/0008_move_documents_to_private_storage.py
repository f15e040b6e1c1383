"""Documents uploaded before `PrivateDocument` became the document model move into it.

Each keeps its id (session materials and practice attachments refer to documents by id), its
title, collection, tags, uploader and dates; its file is copied into the private storage under
a new, unguessable name and removed from the public media folder. Without this, old references
would point at nothing – or, once new documents took their ids, at someone else's document.
"""

import os

from django.core.files import File
from django.core.management.color import no_style
from django.db import migrations


def move_documents(apps, schema_editor):
    Old = apps.get_model("wagtaildocs", "Document")
    New = apps.get_model("workspaces", "PrivateDocument")
    ContentType = apps.get_model("contenttypes", "ContentType")
    TaggedItem = apps.get_model("taggit", "TaggedItem")
    if not Old.objects.exists():
        return
    old_type = ContentType.objects.get(app_label="wagtaildocs", model="document")
    new_type, _created = ContentType.objects.get_or_create(
        app_label="workspaces", model="privatedocument"
    )
    for old in Old.objects.all():
        new = New(
            id=old.id,
            title=old.title,
            collection_id=old.collection_id,
            uploaded_by_user_id=old.uploaded_by_user_id,
            file_size=old.file_size,
            file_hash=old.file_hash,
        )
        _copy_file(old, new)
        new.save()
        New.objects.filter(pk=new.pk).update(created_at=old.created_at)
        TaggedItem.objects.filter(content_type=old_type, object_id=old.id).update(
            content_type=new_type
        )
        if old.file and old.file.storage.exists(old.file.name):
            old.file.delete(save=False)
        old.delete()
    connection = schema_editor.connection
    with connection.cursor() as cursor:  # new uploads continue after the highest old id
        for statement in connection.ops.sequence_reset_sql(no_style(), [New]):
            cursor.execute(statement)


def _copy_file(old, new):
    """The old file into the private storage; a file already missing stays missing."""
    if not old.file or not old.file.storage.exists(old.file.name):
        new.file.name = old.file.name
        return
    with old.file.storage.open(old.file.name, "rb") as content:
        new.file.save(os.path.basename(old.file.name), File(content), save=False)


class Migration(migrations.Migration):
    dependencies = [
        ("workspaces", "0007_private_documents"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(move_documents, migrations.RunPython.noop)]
