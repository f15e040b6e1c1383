"""The collaboration room's records: discussions, feedback requests."""

from .discussions import BODY_MAX_LENGTH, TITLE_MAX_LENGTH, Post, PostRevision, Thread, ThreadRead
from .feedback import FeedbackRequest, Project, ProjectStage, RequestStatus

__all__ = [
    "BODY_MAX_LENGTH",
    "TITLE_MAX_LENGTH",
    "FeedbackRequest",
    "Post",
    "PostRevision",
    "Project",
    "ProjectStage",
    "RequestStatus",
    "Thread",
    "ThreadRead",
]
