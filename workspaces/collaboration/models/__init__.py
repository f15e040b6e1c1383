"""The collaboration room's records: discussions, feedback requests, shared documents."""

from .discussions import BODY_MAX_LENGTH, TITLE_MAX_LENGTH, Post, PostRevision, Thread, ThreadRead
from .documents import DOCUMENT_TITLE_MAX_LENGTH, DocumentVersion, SharedDocument
from .feedback import FeedbackRequest, Project, ProjectStage, RequestStatus

__all__ = [
    "BODY_MAX_LENGTH",
    "DOCUMENT_TITLE_MAX_LENGTH",
    "TITLE_MAX_LENGTH",
    "DocumentVersion",
    "FeedbackRequest",
    "Post",
    "PostRevision",
    "Project",
    "ProjectStage",
    "RequestStatus",
    "SharedDocument",
    "Thread",
    "ThreadRead",
]
