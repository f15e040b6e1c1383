"""Safe defaults for operators (SPEC §6): a command typed on a server is checked as production.

`manage.py` uses production settings unless told otherwise; demo data is refused outside
development (the demo accounts share the README's password) whatever DEBUG says; e-mail is
never "sent" to the console, a file or memory outside development and the tests, where it would
be marked sent and lost.
"""

import os
import sqlite3
import subprocess
import sys
from io import StringIO

from django.conf import settings as django_settings
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import CommandError, call_command

import pytest

from workspaces.notifications import outbox as notifications
from workspaces.notifications.models import Notification
from workspaces.outcomes.emails import OUTCOME_PUBLISHED

CONSOLE = "django.core.mail.backends.console.EmailBackend"
MANAGE = [sys.executable, str(django_settings.BASE_DIR / "manage.py")]


def _manage(*args, **env):
    """Run manage.py as an operator would: nothing in the environment but PATH and `env`."""
    return subprocess.run(  # noqa: S603 - our own manage.py, fixed arguments
        [*MANAGE, *args],
        env={"PATH": os.environ["PATH"], **env},
        cwd=django_settings.BASE_DIR,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_manage_py_defaults_to_production_and_asks_for_the_secret_key():
    result = _manage("check")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr
    assert "cms.settings.dev" in result.stderr  # and says how developers run it


def test_manage_py_with_a_secret_key_runs_production_settings(tmp_path):
    code = "from django.conf import settings; print(settings.SETTINGS_MODULE, settings.ENVIRONMENT)"
    result = _manage(
        "shell",
        "-c",
        code,
        DJANGO_SECRET_KEY="x" * 50,
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
    )
    assert result.returncode == 0, result.stderr
    assert "cms.settings.production production" in result.stdout


def test_seed_demo_refuses_under_production_settings_and_writes_nothing(tmp_path):
    database = tmp_path / "production.sqlite3"
    sqlite3.connect(database).execute("CREATE TABLE marker (id integer)").connection.close()
    result = _manage("seed_demo", DJANGO_SECRET_KEY="x" * 50, DATABASE_URL=f"sqlite:///{database}")
    assert result.returncode != 0
    assert "cms.settings.dev" in result.stderr  # the refusal, not a missing table
    assert "no such table" not in result.stderr
    tables = sqlite3.connect(database).execute("SELECT name FROM sqlite_master").fetchall()
    assert tables == [("marker",)]  # not even a migration ran


@pytest.mark.parametrize("debug", [True, False])
def test_seed_demo_refuses_in_production_whatever_debug_says(demo, settings, debug):
    settings.ENVIRONMENT, settings.DEBUG = "production", debug
    User = get_user_model()
    User.objects.filter(username="admin").delete()
    users = User.objects.count()
    for args in ([], ["--force"]):  # once an escape hatch, now nothing (--force-color)
        with pytest.raises(CommandError, match="cms.settings.dev"):
            call_command("seed_demo", *args, stdout=StringIO())
    assert User.objects.count() == users
    assert not User.objects.filter(username="admin").exists()


@pytest.mark.parametrize(
    "command,args",
    [
        ("seed_demo", ["--scale", "2"]),
        ("benchmark_library", ["--practices", "1", "--repeat", "1"]),
        ("benchmark_site", ["--requests", "1"]),
    ],
)
def test_commands_that_write_demo_data_refuse_in_production(demo, settings, command, args):
    from practices.models import PracticePage

    settings.ENVIRONMENT, settings.DEBUG = "production", True
    practices = PracticePage.objects.count()
    with pytest.raises(CommandError, match="cms.settings.dev"):
        call_command(command, *args, stdout=StringIO())
    assert PracticePage.objects.count() == practices


def _owed(demo):
    outcome = demo.outcomes(3)
    return Notification.objects.create(
        kind=OUTCOME_PUBLISHED, target=outcome, recipient=demo.user("observer")
    )


@pytest.mark.parametrize(
    "backend",
    [
        CONSOLE,
        "django.core.mail.backends.filebased.EmailBackend",
        "django.core.mail.backends.locmem.EmailBackend",
        "django.core.mail.backends.dummy.EmailBackend",
    ],
)
def test_deliver_notifications_refuses_a_backend_that_delivers_nothing_in_production(
    demo, settings, tmp_path, backend
):
    owed = _owed(demo)
    settings.ENVIRONMENT, settings.EMAIL_BACKEND = "production", backend
    settings.EMAIL_FILE_PATH = tmp_path
    mail.outbox.clear()
    with pytest.raises(CommandError, match="EMAIL_BACKEND"):
        call_command("deliver_notifications", stdout=StringIO())
    owed.refresh_from_db()
    assert owed.status == Notification.PENDING and owed.attempts == 0
    assert not mail.outbox

    settings.ENVIRONMENT = "development"  # where such a backend is what one wants
    call_command("deliver_notifications", stdout=StringIO())
    owed.refresh_from_db()
    assert owed.status == Notification.SENT


def test_the_background_sender_also_leaves_the_outbox_alone(demo, settings, capsys):
    owed = _owed(demo)
    settings.ENVIRONMENT, settings.EMAIL_BACKEND = "production", CONSOLE
    assert notifications.send_pending() == (0, 1)
    owed.refresh_from_db()
    assert owed.status == Notification.PENDING and owed.attempts == 0
    assert "Subject:" not in capsys.readouterr().out  # nothing printed as if sent
