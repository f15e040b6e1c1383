"""A forgotten password is reset on the site itself (/konto/haslo/…), linked from its login.

Wagtail's reset lives in the admin and looks like it, and most of our people – town staff,
mayors, observers – never open the admin. These are Django's views with our templates; the
e-mail goes out in the language the person chose for e-mails in the registry, otherwise in
the one they asked in.
"""

from django.conf import settings
from django.contrib.auth import forms as auth_forms
from django.contrib.auth import views as auth_views
from django.urls import path
from django.utils import translation

from . import lockouts


class PasswordResetForm(auth_forms.PasswordResetForm):
    def send_mail(self, subject_template_name, email_template_name, context, *args, **kwargs):
        person = getattr(context["user"], "person", None)
        language = person.language if person else translation.get_language()
        with translation.override(language):
            super().send_mail(subject_template_name, email_template_name, context, *args, **kwargs)


class PasswordResetConfirmView(auth_views.PasswordResetConfirmView):
    def form_valid(self, form):
        """Whoever opened the e-mailed link owns the account: a lock from failed sign-ins
        (perhaps the very reason for the reset) should not keep them out any longer."""
        response = super().form_valid(form)
        lockouts.forget_failures_of(form.user)
        return response


urlpatterns = [
    path(
        "",
        auth_views.PasswordResetView.as_view(
            form_class=PasswordResetForm,
            subject_template_name="registration/password_reset_subject.txt",
            email_template_name="registration/password_reset_email.txt",
            html_email_template_name="registration/password_reset_email.html",
            extra_email_context={"valid_days": settings.PASSWORD_RESET_TIMEOUT // (24 * 3600)},
        ),
        name="password_reset",
    ),
    path("wyslano/", auth_views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        "<uidb64>/<token>/",
        PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        "zmienione/",
        auth_views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]
