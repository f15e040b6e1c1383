from django.urls import path

import workspaces.access.converters  # noqa: F401 - registers <id:…>

from . import document_views, views

urlpatterns = [
    path("przestrzen/<id:workspace_id>/dyskusje/", views.discussions, name="discussions"),
    path("dyskusje/<id:thread_id>/", views.discussion, name="discussion"),
    path("dyskusje/<id:thread_id>/odpowiedz/", views.reply, name="reply"),
    path("dyskusje/<id:thread_id>/moderacja/", views.moderate_thread, name="moderate_thread"),
    path("wpisy/<id:post_id>/edycja/", views.edit_post, name="edit_post"),
    path("wpisy/<id:post_id>/wycofaj/", views.withdraw_post, name="withdraw_post"),
    path("wpisy/<id:post_id>/moderacja/", views.moderate_post, name="moderate_post"),
    path(
        "przestrzen/<id:workspace_id>/konsultacje/",
        views.feedback_requests,
        name="feedback_requests",
    ),
    path(
        "przestrzen/<id:workspace_id>/miasta/<id:town_id>/",
        views.town_projects,
        name="town_projects",
    ),
    path(
        "konsultacje/<id:request_id>/pomocna/<id:post_id>/",
        views.mark_helpful,
        name="mark_helpful",
    ),
    path("konsultacje/<id:request_id>/status/", views.feedback_status, name="feedback_status"),
    path("przestrzen/<id:workspace_id>/dokumenty/", document_views.document_list, name="documents"),
    path("dokumenty/<id:document_id>/", document_views.shared_document, name="shared_document"),
    path("konto/powiadomienia/", views.email_preferences, name="email_preferences"),
]
