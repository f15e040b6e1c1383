"""Test runs: fast password hashing, in-memory e-mail, plain static storage."""

from .base import *  # noqa: F403

ENVIRONMENT = "test"
DEBUG = False
SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["testserver", "127.0.0.1", "localhost"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
MEDIA_ROOT = BASE_DIR / "media-test"  # noqa: F405
PRIVATE_MEDIA_ROOT = BASE_DIR / "private-media-test"  # noqa: F405
STORAGES["private_documents"]["OPTIONS"]["location"] = str(PRIVATE_MEDIA_ROOT)  # noqa: F405

# Serve static files from the app folders without collectstatic.
WHITENOISE_AUTOREFRESH = True
WHITENOISE_USE_FINDERS = True

# With Redis (CI's PostgreSQL run), each pytest-xdist worker gets a database of its own: a test
# that empties the cache (the applications' rate limits) empties its own worker's only, not
# the cache another worker is counting queries against.
_WORKER = os.environ.get("PYTEST_XDIST_WORKER", "")  # noqa: F405 – "gw0", "gw1", …
if REDIS_URL and _WORKER.startswith("gw"):  # noqa: F405
    _base, _, _db = REDIS_URL.rpartition("/")  # noqa: F405
    _db = int(_db) if _db.isdigit() else 0
    CACHES["default"]["LOCATION"] = f"{_base}/{(_db - int(_WORKER[2:])) % 16}"  # noqa: F405
