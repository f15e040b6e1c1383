from django.urls import path

from . import views

urlpatterns = [
    path("zgloszenia/", views.apply, name="apply"),
    path("zgloszenia/wyslano/", views.sent, name="application_sent"),
    path("zgloszenia/status/<str:token>/", views.application_status, name="application_status"),
]
