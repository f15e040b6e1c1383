"""Where practices' documents live: a collection readable by the library's readers and editors
only, like a practice before promotion (Wagtail's document serve view asks the access core)."""

from django.contrib.auth.models import Permission
from django.db import transaction

from wagtail.models import Collection

from workspaces.access import restrictions
from workspaces.registry.services import participants_group

LIBRARY_COLLECTION_NAME = "Biblioteka praktyk: dokumenty"


def ensure_library_collection():
    root = Collection.get_first_root_node()
    collection = Collection.objects.child_of(root).filter(name=LIBRARY_COLLECTION_NAME).first()
    if collection is None:
        collection = root.add_child(name=LIBRARY_COLLECTION_NAME)
    restrictions.restrict_collection(collection, {participants_group().pk})
    return collection


def ensure_after_migrate():
    """On an empty database too, so that no practice document goes to the open Root collection;
    skipped until Wagtail's document permissions exist (another app's handler makes them)."""
    if Permission.objects.filter(
        content_type__app_label="wagtaildocs", codename="choose_document"
    ).exists():
        with transaction.atomic():
            ensure_library_collection()
