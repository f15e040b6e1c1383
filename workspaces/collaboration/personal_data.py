"""What collaboration holds about a person: the posts they wrote and the documents they shared
(registered with the registry's personal-data export in `apps.py`). Titles, versions and dates
of documents are exported, not the files. Pseudonymising keeps all of it: it is shown under the
person's pseudonym, which replaces their name on the account itself."""

from workspaces.registry import personal_data

from .models import DocumentVersion, Post, SharedDocument


def _when(value):
    return value.isoformat() if value else None


def export_posts(person):
    posts = (
        Post.objects.filter(author_id=person.user_id)
        .select_related("thread__network")
        .order_by("created_at", "pk")
    )
    return [
        {
            "network": post.thread.network.title,
            "discussion": post.thread.title,
            "text": post.body,
            "written": _when(post.created_at),
            "edited": _when(post.edited_at),
            "withdrawn": post.is_withdrawn,
        }
        for post in posts
    ]


def export_documents(person):
    """Documents the person shared, and each version they uploaded (of theirs or others')."""
    shared = (
        SharedDocument.objects.filter(uploaded_by_id=person.user_id)
        .select_related("network")
        .order_by("created_at", "pk")
    )
    versions = (
        DocumentVersion.objects.filter(uploaded_by_id=person.user_id)
        .select_related("shared")
        .order_by("uploaded_at", "pk")
    )
    return {
        "shared": [
            {
                "network": document.network.title,
                "title": document.title,
                "type": document.kind,
                "shared": _when(document.created_at),
            }
            for document in shared
        ],
        "versions_uploaded": [
            {
                "document": version.shared.title,
                "version": version.number,
                "type": version.kind,
                "uploaded": _when(version.uploaded_at),
            }
            for version in versions
        ],
    }


def register():
    personal_data.register("posts", export_posts)
    personal_data.register("documents", export_documents)
