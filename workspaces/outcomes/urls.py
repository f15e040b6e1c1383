from django.urls import path

import workspaces.access.converters  # noqa: F401 - registers <id:…>

from . import views

urlpatterns = [
    path("rezultaty/<id:outcome_id>/ocena/", views.evaluate_outcome, name="evaluate_outcome"),
    path("rezultaty/<id:outcome_id>/oceny/", views.evaluation_results, name="evaluation_results"),
]
