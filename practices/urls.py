from django.urls import path

from .feeds import PromotedPracticesAtomFeed, PromotedPracticesFeed

urlpatterns = [
    path("kanal/praktyki.rss", PromotedPracticesFeed(), name="practices_rss"),
    path("kanal/praktyki.atom", PromotedPracticesAtomFeed(), name="practices_atom"),
]
