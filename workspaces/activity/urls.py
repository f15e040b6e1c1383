from django.urls import path

import workspaces.access.converters  # noqa: F401 - registers <id:…>

from . import views

urlpatterns = [
    path(
        "przestrzen/<id:workspace_id>/aktywnosc/",
        views.workspace_activity,
        name="workspace_activity",
    ),
]
