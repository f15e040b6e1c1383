from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib.auth import views as auth_views
from django.urls import include, path

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.contrib.sitemaps.views import sitemap
from wagtail.documents import urls as wagtaildocs_urls

from home import patterns
from home import views as home_views
from home.sitemaps import PublicSitemap
from workspaces.access import admin_privacy

handler500 = "home.views.server_error"

# Addresses that speak no language of their own: Polish, like everything unprefixed.
urlpatterns = [
    # Admin views that name pages or documents by id, narrowed by the access module; they
    # stand before Wagtail's own at the same paths.
    # /healthz and /readyz for the load balancer (docs/deployment.md).
    path("", include("cms.health")),
    path("admin/", include(admin_privacy)),
    path("admin/", include(wagtailadmin_urls)),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemap, {"sitemaps": {"pages": PublicSitemap}}, name="sitemap"),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# The site people read: Polish at the plain address, English under /en/ – the same page at
# two addresses, so that each language can be cached by its address (home/page_cache.py).
urlpatterns += i18n_patterns(
    path("szukaj/", home_views.search, name="search"),
    # The design system's pattern page: answers 404 unless DEBUG is on (home/patterns.py).
    path("wzorce/", patterns.pattern_page, name="patterns"),
    path("", include("workspaces.access.urls")),
    path("", include("workspaces.sessions.urls")),
    path("", include("workspaces.outcomes.urls")),
    path("", include("workspaces.collaboration.urls")),
    path("", include("workspaces.applications.urls")),
    path("", include("workspaces.activity.urls")),
    path("", include("workspaces.notifications.urls")),
    path("", include("practices.urls")),
    path(
        "konto/logowanie/",
        auth_views.LoginView.as_view(template_name="registration/login.html"),
        name="login",
    ),
    path("konto/wylogowanie/", auth_views.LogoutView.as_view(), name="logout"),
    path("konto/haslo/", include("home.passwords")),
    # Last: Wagtail's pages take every address nothing above claimed.
    path("", include(wagtail_urls)),
    prefix_default_language=False,
)
