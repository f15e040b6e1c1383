"""The app server under test: gunicorn as production runs it (gunicorn.conf.py, production
settings, DEBUG off, manifest static files served by WhiteNoise), on 127.0.0.1 only, against
the benchmark's database.

What differs from production, and why: a throwaway secret key; HTTPS redirects off (there is
no TLS proxy in front); worker recycling off (GUNICORN_MAX_REQUESTS=0), since a worker
restarting every thousand requests would make a fast page's figure a measure of Django's
start-up; the access log goes to a file, not to the terminal.
"""

import os
import secrets
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings

READY_TIMEOUT = 60
STOP_TIMEOUT = 15


def production_environment(database_url, port):
    """The environment of a production process (settings check, collectstatic, gunicorn)."""
    env = dict(os.environ)
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        DATABASE_URL=database_url,
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS="127.0.0.1",
        DJANGO_SECURE_SSL_REDIRECT="0",
        WAGTAILADMIN_BASE_URL=f"http://127.0.0.1:{port}",
        GUNICORN_BIND=f"127.0.0.1:{port}",
        GUNICORN_MAX_REQUESTS="0",
    )
    if os.environ.get("BENCH_REDIS_URL"):
        env["REDIS_URL"] = os.environ["BENCH_REDIS_URL"]
    return env


def collect_static(env):
    """The hashed, compressed static files production serves (STATIC_ROOT, git-ignored)."""
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "--verbosity", "0"],
        cwd=settings.BASE_DIR,
        env=env,
        check=True,
    )


class Gunicorn:
    """Start with `with Gunicorn(env, log_path) as server:`; it is stopped on the way out,
    whatever happened inside."""

    def __init__(self, env, log_path):
        self.env = env
        self.log_path = Path(log_path)
        self.port = int(env["GUNICORN_BIND"].rpartition(":")[2])
        self.process = None
        self.log = None

    def __enter__(self):
        self.log = self.log_path.open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "gunicorn", "-c", "gunicorn.conf.py", "cms.wsgi"],
            cwd=settings.BASE_DIR,
            env=self.env,
            stdout=self.log,
            stderr=subprocess.STDOUT,
            start_new_session=True,  # its own process group: we stop the master and workers
        )
        try:
            self.wait_until_ready()
        except BaseException:
            self.stop()
            raise
        return self

    def __exit__(self, *exc_info):
        self.stop()

    def wait_until_ready(self):
        """Until /healthz answers (bounded); fail with the log's end if gunicorn died."""
        deadline = time.monotonic() + READY_TIMEOUT
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise RuntimeError(f"gunicorn exited at start:\n{self.log_tail()}")
            try:
                with urllib.request.urlopen(f"{self.url}/healthz", timeout=2) as response:  # noqa: S310
                    if response.status == 200:
                        return
            except (urllib.error.URLError, OSError):
                pass
            time.sleep(0.5)
        raise RuntimeError(f"gunicorn not ready after {READY_TIMEOUT} s:\n{self.log_tail()}")

    @property
    def url(self):
        return f"http://127.0.0.1:{self.port}"

    def stop(self):
        """SIGTERM to the process group we started, SIGKILL if it lingers."""
        if self.process is not None and self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(STOP_TIMEOUT)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait(STOP_TIMEOUT)
        if self.log is not None:
            self.log.close()

    def log_tail(self, lines=30):
        self.log.flush()
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def worker_summary(self):
        """How gunicorn.conf.py configured it, as gunicorn logs it at start."""
        text = self.log_path.read_text(errors="replace")
        workers = text.count("Booting worker with pid")
        worker_class = self.env.get("GUNICORN_WORKER_CLASS", "gthread")
        threads = self.env.get("GUNICORN_THREADS", "4") if worker_class == "gthread" else "1"
        return f"gunicorn {worker_class}, {workers} workers × {threads} threads"
