from django.urls import path

import workspaces.access.converters  # noqa: F401 - registers <id:…>

from . import views
from .feeds import PromotedPracticesAtomFeed, PromotedPracticesFeed

urlpatterns = [
    path("kanal/praktyki.rss", PromotedPracticesFeed(), name="practices_rss"),
    path("kanal/praktyki.atom", PromotedPracticesAtomFeed(), name="practices_atom"),
    path("praktyki/<id:practice_id>/transfer/", views.record_transfer, name="record_transfer"),
    path("praktyki/zglos/", views.submit_practice, name="submit_practice"),
    path("konto/moje-praktyki/", views.my_practices, name="my_practices"),
]
