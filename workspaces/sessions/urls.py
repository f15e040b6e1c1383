from django.urls import path

import workspaces.access.converters  # noqa: F401 - registers <id:…>

from . import views

urlpatterns = [
    path("sesje/<id:session_id>/rozeslij/", views.circulate_minutes, name="circulate_minutes"),
    path("sesje/<id:session_id>/zatwierdz/", views.approve_minutes, name="approve_minutes"),
    path("sesje/<id:session_id>/poprawka/", views.propose_amendment, name="propose_amendment"),
    path("przestrzen/<id:workspace_id>/planuj/", views.plan_sessions, name="plan_sessions"),
    path("konto/kalendarz/", views.calendar_settings, name="calendar_settings"),
    path("kalendarz/<str:token>.ics", views.calendar_feed, name="calendar_feed"),
]
