"""The gunicorn configuration in the repository (issue 14 §5): gunicorn accepts it and loads
the site with it, and a real gunicorn started with it serves the health check and writes an
access log with the request's duration and without the secrets some paths carry."""

import os
import re
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
GUNICORN = str(Path(sys.executable).with_name("gunicorn"))
COMMAND = [GUNICORN, "-c", str(ROOT / "gunicorn.conf.py")]


def _environment(**extra):
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "DATABASE_", "REDIS_", "GUNICORN_", "WEB_CONC"))
    }
    env.update(extra)
    return env


def _check_config(**extra):
    return subprocess.run(  # noqa: S603 - our own gunicorn and configuration
        [*COMMAND, "--check-config", "cms.wsgi"],
        cwd=ROOT,
        env=_environment(**extra),
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_gunicorn_loads_the_config_and_the_site_with_production_settings():
    result = _check_config(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        DJANGO_SECRET_KEY="not-secret-" * 8,
        DJANGO_ALLOWED_HOSTS="empiriae.example.org",
    )
    assert result.returncode == 0, result.stderr[-2000:]


def test_the_config_check_really_loads_the_site():
    """Without DJANGO_SECRET_KEY the production settings refuse to load, and so does the check."""
    result = _check_config(DJANGO_SETTINGS_MODULE="cms.settings.production")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY" in result.stderr


def _free_port():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _get(url):
    try:
        with urllib.request.urlopen(url, timeout=5) as response:  # noqa: S310 - loopback
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, error.read()


@pytest.fixture
def served(tmp_path):
    """gunicorn on a free loopback port, one worker, the test settings with /healthz routed."""
    port = _free_port()
    log = tmp_path / "gunicorn.log"
    env = _environment(
        DJANGO_SETTINGS_MODULE="cms.settings.test",
        DATABASE_URL=f"sqlite:///{tmp_path / 'empty.sqlite3'}",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_WORKERS="1",
        GUNICORN_THREADS="2",
    )
    with log.open("w") as output:
        server = subprocess.Popen(  # noqa: S603 - our own gunicorn and configuration
            [*COMMAND, "cms.wsgi"], cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT
        )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                _get(f"{base}/healthz")
                break
            except OSError:
                assert server.poll() is None, log.read_text()[-2000:]
                assert time.monotonic() < deadline, "gunicorn did not start in 60 s"
                time.sleep(0.3)
        yield base, log
    finally:
        server.terminate()
        server.wait(timeout=30)


def test_a_real_gunicorn_serves_the_health_check_and_logs_without_secrets(served):
    base, log = served
    status, body = _get(f"{base}/healthz")
    assert (status, body) == (200, b"ok")
    _get(f"{base}/kalendarz/tajny-token-kalendarza.ics")  # status irrelevant: the log line
    time.sleep(0.5)  # the access log is written after the response
    text = log.read_text()
    assert "tajny-token-kalendarza" not in text
    assert re.search(r'"GET /healthz" 200 2 \d+ms <\d+>', text), text[-2000:]
    assert re.search(r'"GET /kalendarz/\[redacted\]\.ics" \d{3} ', text), text[-2000:]
