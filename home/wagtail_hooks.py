"""The site shell in the Wagtail admin: editors' list of sign-in locks, and the project's
stylesheet for the admin (home/static/home/css/admin.css); and, on the site, which page is
served (for the page cache)."""

from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from workspaces.access.admin import EditorsOnlyMenuItem

from . import admin_views, page_cache


@hooks.register("register_admin_urls")
def sign_in_locks_urls():
    return [path("blokady-logowania/", admin_views.sign_in_locks, name="home_sign_in_locks")]


@hooks.register("register_settings_menu_item")
def sign_in_locks_menu_item():
    return EditorsOnlyMenuItem(
        _("Sign-in locks"),
        reverse("home_sign_in_locks"),
        name="sign-in-locks",
        icon_name="lock",
        order=610,
    )


@hooks.register("insert_global_admin_css")
def admin_stylesheet():
    return format_html('<link rel="stylesheet" href="{}">', static("home/css/admin.css"))


# Which page is being served, for the page cache to ask the access module about (after the
# access core's own hook has let the reader through).
hooks.register("before_serve_page", page_cache.remember_page)
