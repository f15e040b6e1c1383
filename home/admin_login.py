"""The Wagtail admin's sign-in form, with every label in the reader's language.

Wagtail's form declares its password field again without a label, so Django derives one from
the field's name: an English "Password" on an otherwise Polish page. Chosen in the settings
by `WAGTAILADMIN_USER_LOGIN_FORM = "home.admin_login.AdminLoginForm"`."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms.auth import LoginForm


class AdminLoginForm(LoginForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["password"].label = _("Password")
