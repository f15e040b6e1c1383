"""The "Edit this page" link on the site, for the people Wagtail lets edit the page.

Registered once for `BilingualPage`, the base of every page type of ours, so every page gets it
(`home.page_context` merges the contributions of a page type's bases). The base template draws
`page_edit_url` as a button.

Wagtail's own page permissions decide: an editor may edit every page, a network's coordinators
and experts the pages of their network's subtree (`registry.services.
ensure_coordinator_permissions`), and a page type may narrow it further (approved minutes are
locked for all but editors: `SessionPage.permissions_for_user`). The link is offered only to
people who may also enter the admin, where the link leads.

Cost: nothing for visitors; for signed-in people the admin-access check reads the permissions
the header asks for anyway (Django keeps them on the user for the request), and only people
with admin access pay one more query, for their page permissions.
"""

from django.urls import reverse

from workspaces.access import policy as access

from .bilingual import BilingualPage
from .page_context import contributes_to

ADMIN_ACCESS = "wagtailadmin.access_admin"


def page_edit_url(user, page):
    """The admin's edit view of `page` if `user` may edit it there, else ""."""
    if page.pk is None or not access.is_signed_in(user) or not user.has_perm(ADMIN_ACCESS):
        return ""
    if not page.permissions_for_user(user).can_edit():
        return ""
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


@contributes_to(BilingualPage)
def edit_link(page, request, **route):
    url = page_edit_url(request.user, page)
    return {"page_edit_url": url} if url else {}
