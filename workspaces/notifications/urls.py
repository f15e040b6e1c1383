from django.urls import path

from . import views

urlpatterns = [
    path("powiadomienia/wypisz/<str:token>/", views.unsubscribe, name="unsubscribe"),
]
