"""After every migrate: editors read the outbox in the admin."""

from workspaces.access import groups


def grant_editors(sender, **kwargs):
    groups.grant_editors("notifications", {"notification": ("view",)})
