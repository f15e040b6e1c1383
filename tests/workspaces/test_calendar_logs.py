"""A personal calendar address is a secret: its token never appears in a log line."""

import io
import logging
import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from contextlib import contextmanager
from pathlib import Path
from types import SimpleNamespace

from django.core.servers.basehttp import WSGIRequestHandler
from django.test import Client
from django.urls import reverse

import pytest

from home.redaction import redact
from workspaces.sessions import ical

TOKEN = "Zq3xS3cr3tT0k3n-abcdefghijklmnopqrstuvwxyz_01"
ROOT = Path(__file__).resolve().parents[2]


@contextmanager
def _written_by(handler):
    """What `handler` writes, as text."""
    stream = io.StringIO()
    old = handler.setStream(stream)
    try:
        yield stream
    finally:
        handler.setStream(old)


def test_a_feed_request_that_fails_is_logged_without_its_token(demo, caplog):
    caplog.set_level(logging.WARNING, logger="django.request")
    response = Client().get(reverse("calendar_feed", args=[TOKEN]))
    assert response.status_code == 404
    messages = [record.getMessage() for record in caplog.records]
    assert any("/kalendarz/" in message for message in messages)
    assert not any(TOKEN in message for message in messages)
    assert "Not Found: /kalendarz/[redacted].ics" in messages


def test_a_real_token_is_not_logged_either(demo, caplog):
    token = ical.token_for(demo.user("member")).token
    caplog.set_level(logging.INFO)
    client = Client()
    client.raise_request_exception = False
    client.get(reverse("calendar_feed", args=[token]) + "x")  # not found: a warning
    assert caplog.records
    assert not any(token in record.getMessage() for record in caplog.records)


def test_runservers_access_log_line_is_written_without_the_token():
    logger = logging.getLogger("django.server")
    handler = logger.handlers[0]
    server = SimpleNamespace(request=None, log_date_time_string=lambda: "01/Mar/2026 10:00:00")
    with _written_by(handler) as written:
        request_line = f"GET /kalendarz/{TOKEN}.ics HTTP/1.1"
        WSGIRequestHandler.log_message(server, '"%s" %s %s', request_line, "200", "1234")
        WSGIRequestHandler.log_message(server, '"%s" %s %s', request_line, "404", "179")
    lines = written.getvalue().splitlines()
    assert lines == [
        '[01/Mar/2026 10:00:00] "GET /kalendarz/[redacted].ics HTTP/1.1" 200 1234',
        '[01/Mar/2026 10:00:00] "GET /kalendarz/[redacted].ics HTTP/1.1" 404 179',
    ]


@pytest.mark.parametrize(
    "text,expected",
    [
        (f"/kalendarz/{TOKEN}.ics", "/kalendarz/[redacted].ics"),
        (f"https://empiriae.example.org/kalendarz/{TOKEN}.ics?x=1", None),
        (f'"GET /kalendarz/{TOKEN} HTTP/1.1" 404 0', '"GET /kalendarz/[redacted] HTTP/1.1" 404 0'),
        ("/konto/kalendarz/", "/konto/kalendarz/"),  # the settings page holds no secret
        ("/sesje/12/rozeslij/", "/sesje/12/rozeslij/"),
        # Other links that act for their owner: unsubscribing, an application's status, a
        # password reset; the pages around them hold no secret.
        (f"/powiadomienia/wypisz/{TOKEN}/", "/powiadomienia/wypisz/[redacted]/"),
        (
            f'"GET /zgloszenia/status/{TOKEN}/ HTTP/1.1"',
            '"GET /zgloszenia/status/[redacted]/ HTTP/1.1"',
        ),
        (f"/konto/haslo/MTI/{TOKEN}/", "/konto/haslo/[redacted]/"),
        ("/konto/haslo/wyslano/", "/konto/haslo/wyslano/"),
    ],
)
def test_redact(text, expected):
    redacted = redact(text)
    assert TOKEN not in redacted
    if expected is not None:
        assert redacted == expected


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_runserver_prints_no_token(tmp_path):
    """The development server itself, as a developer runs it: its console output."""
    port = _free_port()
    environment = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        "PYTHONUNBUFFERED": "1",
    }
    server = subprocess.Popen(  # noqa: S603 - our own manage.py
        [sys.executable, "manage.py", "runserver", "--noreload", "--skip-checks", str(port)],
        cwd=ROOT,
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )
    try:
        url = f"http://127.0.0.1:{port}/kalendarz/{TOKEN}.ics"
        for _attempt in range(100):
            try:
                urllib.request.urlopen(url, timeout=5)  # noqa: S310 - a local URL
            except urllib.error.HTTPError:
                break  # an answer (the empty database makes it an error page)
            except OSError:
                time.sleep(0.1)
        else:
            pytest.fail("runserver did not answer")
    finally:
        server.terminate()
        output, _errors = server.communicate(timeout=20)
    assert "/kalendarz/[redacted].ics" in output
    assert TOKEN not in output
