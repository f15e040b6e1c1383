# EMPIRIAE – the two commands of the README, and the pieces they are made of.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
# manage.py defaults to production settings (safe on a server); say which ones we mean here.
DEV_ENV := DJANGO_SETTINGS_MODULE=cms.settings.dev
TEST_ENV := DJANGO_SETTINGS_MODULE=cms.settings.test

.PHONY: run test venv lint checks pytest messages

## Build the virtualenv, migrate, load the demo and serve http://127.0.0.1:8000 (SQLite).
run: venv
	$(DEV_ENV) $(PY) manage.py migrate --noinput
	$(DEV_ENV) $(PY) manage.py seed_demo
	$(DEV_ENV) $(PY) manage.py runserver 127.0.0.1:8000

## The whole test suite: lint, Django checks, migrations check, translations, pytest.
test: venv lint checks pytest

venv: $(VENV)/.installed

$(VENV)/.installed: requirements.lock
	$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11) and "Python 3.11 or newer is needed")'
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -r requirements.lock
	touch $@

## Style, and the one-way dependencies between the rooms (docs/architecture.md).
lint:
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .
	$(VENV)/bin/lint-imports

checks:
	$(TEST_ENV) $(PY) manage.py check --fail-level WARNING
	$(TEST_ENV) $(PY) manage.py makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=cms.settings.production DJANGO_ALLOWED_HOSTS=empiriae.example.org \
		WAGTAILADMIN_BASE_URL=https://empiriae.example.org REDIS_URL=redis://127.0.0.1:6379/0 \
		DJANGO_SECRET_KEY="$$($(PY) -c 'import secrets; print(secrets.token_urlsafe(64))')" \
		$(PY) manage.py check --deploy --fail-level WARNING

# One worker per core (pytest-xdist); each loads the demo once. PYTEST_WORKERS=0 runs in-process.
PYTEST_WORKERS ?= auto
pytest:
	$(TEST_ENV) $(PY) -m pytest --numprocesses $(PYTEST_WORKERS) $(PYTEST_ARGS)

## Refresh the translation catalogues after changing user-facing strings (needs GNU gettext).
messages: venv
	$(DEV_ENV) $(PY) manage.py makemessages --locale pl --locale en --ignore '.venv/*' --no-obsolete
	$(DEV_ENV) $(PY) manage.py compilemessages --ignore '.venv/*'

## Two gunicorn servers behind nginx sharing PostgreSQL, Redis and a local S3 API, under a
## 2-minute mixed load at c=16 (tests/scaleout/run.py); SCALEOUT_SECONDS=20 for a short run.
.PHONY: scaleout
scaleout: venv
	$(PY) tests/scaleout/run.py

## Throughput, latency and queries of the main pages under gunicorn, at demo size and at scale
## (docs/performance.md). Not a test. BENCH_SIZE=demo for a quick run, BENCH_SECONDS=3 to
## shorten; the scale database is built once (minutes) and reused (BENCH_REBUILD=1 to redo);
## BENCH_DATABASE_URL=postgres://… to measure PostgreSQL.
BENCH_SIZE ?= demo scale
BENCH_SECONDS ?= 10
.PHONY: bench
bench: venv
	$(DEV_ENV) BENCH_SIZE="$(BENCH_SIZE)" BENCH_SECONDS="$(BENCH_SECONDS)" \
		$(PY) manage.py bench $(if $(BENCH_REBUILD),--rebuild)
