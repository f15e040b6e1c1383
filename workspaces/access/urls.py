from django.urls import path

from . import (
    converters,  # noqa: F401 - registers <id:…>
    views,
)

urlpatterns = [
    path("strony/<id:page_id>/publiczna/", views.promote_page, name="promote_page"),
]
