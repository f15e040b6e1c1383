"""After every migrate: what the editors may do with applications in the admin."""

from workspaces.access.groups import grant_editors

# Decisions are taken through `decisions.py` (the admin's approve and reject views), never by
# editing a row; deleting stays possible, for what must not be kept.
EDITOR_MODEL_PERMISSIONS = {"application": ("view", "delete")}


def grant_editors_after_migrate(sender, **kwargs):
    grant_editors("applications", EDITOR_MODEL_PERMISSIONS)
