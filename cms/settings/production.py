"""Production: everything secret or site-specific comes from the environment."""

import os

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .storage import media_origin, s3_storages, with_image_origin

ENVIRONMENT = "production"
DEBUG = False
if not SECRET_KEY:  # noqa: F405
    raise ImproperlyConfigured(
        "Set DJANGO_SECRET_KEY: these are the production settings, the default of manage.py "
        "and cms/wsgi.py. On a developer's machine use DJANGO_SETTINGS_MODULE=cms.settings.dev "
        "(as `make run` does); see docs/deployment.md."
    )

# The public address every link in e-mails and calendar feeds is built on; never the
# development default of base.py (`check --deploy` warns, notifications.W001, when unset).
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
# A load balancer checks each app server over plain HTTP: its health checks (cms/health.py)
# must get their answer, not a redirect to HTTPS.
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
# Behind that one proxy, login throttling counts the address the proxy saw (the right-most
# X-Forwarded-For entry), not the proxy's own; django-ipware is not installed, so axes'
# AXES_IPWARE_* settings would be ignored.
AXES_CLIENT_IP_CALLABLE = "home.lockouts.client_ip_behind_proxy"
SECURE_SSL_REDIRECT = env_bool("DJANGO_SECURE_SSL_REDIRECT", True)  # noqa: F405
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_HSTS_SECONDS", str(60 * 60 * 24 * 365)))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
# The language choice travels over HTTPS only and is not for scripts (none reads it).
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
CSRF_TRUSTED_ORIGINS = [
    o for o in os.environ.get("DJANGO_CSRF_TRUSTED_ORIGINS", "").split(",") if o
]
EMAIL_BACKEND = os.environ.get("EMAIL_BACKEND", "django.core.mail.backends.smtp.EmailBackend")
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", False)  # noqa: F405
# EMAIL_TIMEOUT (seconds, default 10) comes from the environment in base.py.

# Database connections are kept open between requests (a new PostgreSQL connection per request
# halved the throughput of the home page) and checked before reuse (CONN_HEALTH_CHECKS, on in
# base.py). Each app-server thread and each task worker holds at most one: keep
# workers × threads × servers + workers of the queue below PostgreSQL's max_connections.
# DATABASE_CONN_MAX_AGE=0 closes them after each request again.
DATABASES["default"]["CONN_MAX_AGE"] = int(  # noqa: F405
    os.environ.get("DATABASE_CONN_MAX_AGE", "60")
)

# E-mail and other background work leave the request: tasks are rows in the database, run by
# `manage.py db_worker` (docs/deployment.md). The outbox retries failed e-mails itself, by a
# task deferred a few minutes (this backend can defer). TASKS_BACKEND=immediate runs them in
# the request again – for a single small server with no worker; nothing else changes.
TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
}
_task_backend = os.environ.get("TASKS_BACKEND", "database")
if _task_backend not in TASK_BACKENDS:
    raise ImproperlyConfigured(f"TASKS_BACKEND={_task_backend}: use one of {list(TASK_BACKENDS)}.")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[_task_backend]}}

# Files on S3-compatible storage when a bucket is named (cms/settings/storage.py says what goes
# where and why nothing in the bucket is public; docs/deployment.md "Files"): the app servers
# then share media and documents without a shared folder. Unset: the local folders of base.py.
if os.environ.get("DJANGO_S3_BUCKET"):
    STORAGES = s3_storages(os.environ, STORAGES)  # noqa: F405
    # Images come from the bucket's origin through signed URLs: browsers must be let fetch them.
    _media_origin = media_origin(os.environ)
    CONTENT_SECURITY_POLICY = with_image_origin(CONTENT_SECURITY_POLICY, _media_origin)  # noqa: F405
    ADMIN_CONTENT_SECURITY_POLICY = with_image_origin(ADMIN_CONTENT_SECURITY_POLICY, _media_origin)  # noqa: F405
