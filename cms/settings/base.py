"""Settings shared by every environment.

Everything that differs between a laptop and production is read from the environment, so the
same code runs on SQLite for a newcomer and on PostgreSQL + Redis in production.
"""

import os
from datetime import timedelta
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url
from csp.constants import NONCE, NONE, SELF, UNSAFE_INLINE

BASE_DIR = Path(__file__).resolve().parent.parent.parent


def env_bool(name, default=False):
    """Read a yes/no switch from the environment ("1", "true", "yes" mean yes)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
DEBUG = False
# Where this runs: "development", "test" or "production" (home/environment.py). Commands that
# write demo data or send e-mail check it, never DEBUG; each settings module sets its own.
ENVIRONMENT = "production"
ALLOWED_HOSTS = [h for h in os.environ.get("DJANGO_ALLOWED_HOSTS", "").split(",") if h]

INSTALLED_APPS = [
    # Our apps come first so that our wagtail_hooks (the access check on page serving)
    # are registered before Wagtail's own.
    # The rooms of the house, from the core up (docs/architecture.md). They come before
    # Wagtail's apps so that the access core's hooks (page serving) run before Wagtail's own.
    "workspaces.access",
    "home",
    "workspaces.notifications",
    "workspaces.registry",
    "workspaces.sessions",
    "workspaces.outcomes",
    "workspaces.collaboration",
    "workspaces.applications",
    "workspaces.activity",
    "practices",
    "cms",
    "wagtail_modeladmin",
    "wagtail.contrib.redirects",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.admin",  # wagtail-modeladmin's foreign-key list filters ask its admin site
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "csp",
    "axes",
    # The database task queue (TASKS below); its table exists everywhere, only production uses it.
    "django_tasks_db",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "home.middleware.PermissionsPolicyMiddleware",
    "home.middleware.ContentSecurityPolicyMiddleware",
    "home.spreadsheets.SafeAdminExportsMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before sessions: a visitor's cached page costs no session, no user, no query.
    "home.page_cache.PageCacheMiddleware",
    "home.routing.RememberedSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "home.middleware.PolishFirstLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "home.middleware.PrivateResponsesMiddleware",
    # Last, so that it turns a login refused for too many failures into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "home.context_processors.site_navigation",
            ],
        },
    },
]

# SQLite is the embedded default; production sets DATABASE_URL=postgres://… and keeps
# connections open (cms/settings/production.py). A kept connection is checked before a request
# reuses it, so one the server closed in between is replaced instead of failing the request.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "0")),
        conn_health_checks=env_bool("DATABASE_CONN_HEALTH_CHECKS", True),
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Redis is the production cache; a cache outage must never take the site down. cms/cache.py
# turns every failed call into a miss (the page is rendered uncached), logs one warning per
# outage instead of a traceback per call, and stops asking a dead or hung Redis for a while;
# the short socket timeouts bound what one try can cost.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "cms.cache.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": float(os.environ.get("REDIS_CONNECT_TIMEOUT", "0.25")),
                "SOCKET_TIMEOUT": float(os.environ.get("REDIS_TIMEOUT", "0.5")),
                "OUTAGE_RETRY_SECONDS": float(os.environ.get("REDIS_RETRY_SECONDS", "10")),
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Visitors' public pages are served from the cache above (home/page_cache.py, docs/deployment.md
# "Page cache") and purged by any write that may change them. The cache keeps a page up to
# PAGE_CACHE_TIMEOUT seconds; browsers may reuse it for PAGE_CACHE_MAX_AGE, a proxy or CDN in
# front for PAGE_CACHE_SHARED_MAX_AGE (no purge reaches those: keep them short). Only these
# views' responses are kept (URL names): never one that trusts a secret token in its address.
PAGE_CACHE_ENABLED = env_bool("PAGE_CACHE_ENABLED", True)
PAGE_CACHE_ALIAS = "default"
PAGE_CACHE_TIMEOUT = int(os.environ.get("PAGE_CACHE_TIMEOUT", "600"))
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
PAGE_CACHE_SHARED_MAX_AGE = int(os.environ.get("PAGE_CACHE_SHARED_MAX_AGE", "300"))
PAGE_CACHE_VIEWS = frozenset({"wagtail_serve", "search", "practices_rss", "practices_atom"})

# What /readyz checks (cms/health.py): "database", "cache", or both (comma-separated).
HEALTH_READY_CHECKS = [
    name.strip()
    for name in os.environ.get("HEALTH_READY_CHECKS", "database,cache").split(",")
    if name.strip()
]

# Applications to join a network (docs/applications.md): rejected ones are deleted this many
# days after the decision (`manage.py purge_rejected_applications`, daily), and one address or
# one IP may file this many application forms an hour.
APPLICATION_RETENTION_DAYS = int(os.environ.get("APPLICATION_RETENTION_DAYS", "180"))
APPLICATION_RATE_LIMIT_PER_HOUR = int(os.environ.get("APPLICATION_RATE_LIMIT_PER_HOUR", "5"))

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "/"
LOGOUT_REDIRECT_URL = "/"

# Password guessing (django-axes, docs/deployment.md): both the site's and the admin's login
# authenticate through here, so the first backend refuses a locked-out account or address
# before any password is checked. Too many failures for one user name, or from one address,
# lock that user name or that address alone. A success clears the user name's failures only
# (home.lockouts.forget_failures_of says why axes' own reset on success is left off).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"
AXES_FAILURE_LIMIT = 5
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_COOLOFF_TIME = timedelta(minutes=30)
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_CALLABLE = "home.lockouts.lockout_response"
# Only failures are kept (and only for the cool-off): a log of every sign-in with its address
# and browser would be personal data we have no use for.
AXES_DISABLE_ACCESS_LOG = True
AXES_ENABLE_ADMIN = False

# Polish first, English second.
LANGUAGE_CODE = "pl"
LANGUAGES = [("pl", _("Polish")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Warsaw"
USE_I18N = True
USE_TZ = True

STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
STATIC_URL = "/static/"
MEDIA_ROOT = Path(os.environ.get("DJANGO_MEDIA_ROOT", BASE_DIR / "media"))
MEDIA_URL = "/media/"
# Documents (a network's materials, practice attachments) live outside MEDIA_ROOT with no URL:
# Wagtail's serve view, which asks the access module, is the only way to them.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("DJANGO_PRIVATE_MEDIA_ROOT", BASE_DIR / "private-media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "private_documents": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": str(PRIVATE_MEDIA_ROOT), "base_url": None},
    },
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Wagtail
WAGTAIL_SITE_NAME = "EMPIRIAE"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
# Wagtail labels the password "Password" even in Polish (home/admin_login.py).
WAGTAILADMIN_USER_LOGIN_FORM = "home.admin_login.AdminLoginForm"
# A URL name, so that a page refused in English asks to sign in in English (/en/…).
WAGTAIL_FRONTEND_LOGIN_URL = "login"
# "simple": no English stemming of Polish text; home/polish.py supplies the grammar.
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "home.search_backend", "SEARCH_CONFIG": "simple"}}
# Private pages are restricted to groups that are kept in sync from memberships; a shared
# password would bypass that and leave no trace of who read what.
WAGTAIL_PRIVATE_PAGE_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAIL_PRIVATE_COLLECTION_OPTIONS = {"SHARED_PASSWORD": False}
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
WAGTAILDOCS_EXTENSIONS = [
    "csv", "docx", "jpeg", "jpg", "odp", "ods", "odt", "pdf", "png", "pptx", "rtf", "txt",
    "xlsx", "zip",
]  # fmt: skip
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_DOCUMENT_MODEL = "access.PrivateDocument"
# The largest document an editor or coordinator may upload, in bytes (default 20 MB).
WAGTAILDOCS_MAX_UPLOAD_SIZE = int(
    os.environ.get("DJANGO_MAX_DOCUMENT_BYTES", str(20 * 1024 * 1024))
)

DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "EMPIRIAE <empiriae@localhost>")
# Seconds to wait for the mail server before a send fails (and the outbox retries it later).
EMAIL_TIMEOUT = int(os.environ.get("EMAIL_TIMEOUT", "10"))

# Background tasks (django-tasks, shipped with Wagtail 8): run at once, in the request, for
# development and the tests; production queues them in the database for `manage.py db_worker`
# (cms/settings/production.py).
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

# Content Security Policy (django-csp 4; docs/deployment.md). The site runs no script of its own:
# scripts come from our origin or carry the request's nonce (`request.csp_nonce`), nothing is
# framed but our own pages and the video players editors may embed, no other site frames ours.
EMBED_PLAYERS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF],
        "img-src": [SELF],
        "font-src": [SELF],
        "connect-src": [SELF],
        "frame-src": [SELF, *EMBED_PLAYERS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# The Wagtail admin (under /admin/, signed-in staff only) cannot do without inline scripts and
# styles: its form widgets print small inline scripts that carry no nonce (Wagtail 8 has no CSP
# nonce support), and its scripts add <style> elements and style attributes. It also shows data:
# and blob: images (upload previews) and embed thumbnails. Nothing else leaves the admin: no
# Gravatar portraits (they would send staff e-mail hashes to a third party) and no release check.
# home.middleware.ContentSecurityPolicyMiddleware applies this policy there.
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        **CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": [SELF, UNSAFE_INLINE],
        "style-src": [SELF, UNSAFE_INLINE],
        "img-src": [
            SELF,
            "data:",
            "blob:",
            "https://i.ytimg.com",
            "https://i.vimeocdn.com",
        ],
    }
}
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # Secrets in request paths (a calendar feed's token) stay out of the logs that print
    # paths: runserver's access log and Django's 4xx/5xx warnings (home/redaction.py).
    "filters": {"redact_secret_paths": {"()": "home.redaction.RedactSecretPaths"}},
    "formatters": {
        "django.server": {
            "()": "django.utils.log.ServerFormatter",
            "format": "[{server_time}] {message}",
            "style": "{",
        }
    },
    "handlers": {
        "console": {"class": "logging.StreamHandler"},
        "django.server": {"class": "logging.StreamHandler", "formatter": "django.server"},
    },
    "loggers": {
        "django.server": {
            "handlers": ["django.server"],
            "level": "INFO",
            "propagate": False,
            "filters": ["redact_secret_paths"],
        },
        "django.request": {"filters": ["redact_secret_paths"]},
    },
    "root": {"handlers": ["console"], "level": "WARNING"},
}
