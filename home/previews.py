"""A page is served from the database, and – in the admin's previews – from a revision or from
the edit form. Code that serves a page serves both.

In a preview, a page's many-to-many fields and child relations live in memory (modelcluster's
FakeQuerySet): they filter, order and count, but know nothing of a manager's own methods such as
`live()`. So a page's related pages are asked of their model's manager, by the ids the relation
holds.
"""

from django.db.models import QuerySet


def related_ids(relation):
    """The ids held by a page's relation: a subquery when the page was read from the database
    (no extra query), a list when it was rebuilt from a revision or a form."""
    related = relation.all()
    if isinstance(related, QuerySet):
        return related.values("pk")
    return [item.pk for item in related]
