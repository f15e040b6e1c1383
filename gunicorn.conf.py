"""Gunicorn, the production app server (docs/deployment.md): `gunicorn -c gunicorn.conf.py
cms.wsgi`. Every number can be changed from the environment without editing this file.

Worker type: gthread – a few processes (parallel Python, one per core plus one) with a few
threads each. A request here spends much of its time waiting: on PostgreSQL and Redis, which
live on other machines, and on the storage when a private document is streamed through the
serve view. A sync worker sits idle through every such wait, and a long download holds it
for its whole length; a thread lets the process take the next request meanwhile. Threads
share one interpreter, so CPU-heavy rendering still gets one core per process – hence no more
processes than cores + 1. Slow clients are the load balancer's to buffer, not ours. Set
GUNICORN_WORKER_CLASS=sync (and GUNICORN_THREADS=1) to measure or fall back.
"""

import os
import sys
from pathlib import Path

from gunicorn.glogging import Logger

# The project's folder on the import path: the access log below redacts secrets in paths
# with the same rules as Django's own logs (home/redaction.py imports nothing of Django).
sys.path.insert(0, str(Path(__file__).resolve().parent))

from home.redaction import redact  # noqa: E402


def _cores():
    try:
        return len(os.sched_getaffinity(0))  # the cores this process may use, not the host's
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


# Where to listen. The default answers only this machine (a proxy on the same host); behind a
# load balancer on another host use e.g. GUNICORN_BIND=0.0.0.0:8000, with a firewall letting
# only the load balancer in (docs/deployment.md: the app server trusts its forwarded headers).
bind = os.environ.get("GUNICORN_BIND", "127.0.0.1:8000").split(",")

worker_class = os.environ.get("GUNICORN_WORKER_CLASS", "gthread")
# One process per core plus one: 3 on two cores. WEB_CONCURRENCY is the common name for it.
workers = int(os.environ.get("GUNICORN_WORKERS", os.environ.get("WEB_CONCURRENCY", _cores() + 1)))
# Four threads each: 12 requests at once on two cores, and at most 12 database connections
# per server (each thread keeps one, cms/settings/production.py).
threads = int(os.environ.get("GUNICORN_THREADS", "4"))

# A worker whose main loop is silent this long is hung – not merely busy, since gthread
# serves requests in other threads – and is killed and replaced. (With sync workers it also
# bounds a single request.)
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
# On a restart or deploy (SIGTERM/SIGHUP), requests in flight get this long to finish.
graceful_timeout = int(os.environ.get("GUNICORN_GRACEFUL_TIMEOUT", "30"))
# Idle keep-alive connections from the load balancer are kept a little longer than nginx's
# upstream keepalive_timeout (60 s), so that it is always the balancer that closes them and
# never races us with a request on a connection we just closed (a spurious 502).
keepalive = int(os.environ.get("GUNICORN_KEEPALIVE", "65"))

# Each worker is replaced after about this many requests – slow leaks (caches in memory,
# fragmentation) never grow without bound – at staggered times (jitter), so the workers of a
# server never restart all at once.
max_requests = int(os.environ.get("GUNICORN_MAX_REQUESTS", "1000"))
max_requests_jitter = int(os.environ.get("GUNICORN_MAX_REQUESTS_JITTER", "100"))

# The proxies whose X-Forwarded-Proto/-For gunicorn believes (the load balancer's addresses,
# comma-separated). Django reads the scheme itself (SECURE_PROXY_SSL_HEADER), which is why the
# app server must be reachable only through the load balancer.
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1,::1")

# gunicornc's control socket (gunicorn 25 and later) has one path per user by default, which
# two servers on one machine – a blue/green deploy, the scale-out test – would both claim. Off
# unless a path is given, e.g. GUNICORN_CONTROL_SOCKET=/run/empiriae/gunicorn.ctl.
if os.environ.get("GUNICORN_CONTROL_SOCKET"):
    control_socket = os.environ["GUNICORN_CONTROL_SOCKET"]
else:
    control_socket_disable = True

# Logs to standard output and error, for the service manager (journald, docker) to keep.
accesslog = os.environ.get("GUNICORN_ACCESS_LOG", "-")
errorlog = os.environ.get("GUNICORN_ERROR_LOG", "-")
loglevel = os.environ.get("GUNICORN_LOG_LEVEL", "info")
# Address, time, method, path (secrets redacted, no query string), status, bytes, the time the
# request took in milliseconds, and the worker's process id. No user agent and no client
# address beyond the proxy's: the load balancer's own log keeps those.
access_log_format = '%(h)s %(t)s "%(m)s %(U)s" %(s)s %(b)s %(M)sms %(p)s'

# The environment atoms that may carry the full request line or path; only "U" is logged.
_PATH_ATOMS = ("r", "U", "{raw_uri}e", "{path_info}e", "{request_uri}e")


class RedactingLogger(Logger):
    """Gunicorn's logger with the secret path segments of home/redaction.py (a calendar
    feed's token, …) replaced before anything is written."""

    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        for name in _PATH_ATOMS:
            if isinstance(atoms.get(name), str):
                atoms[name] = redact(atoms[name])
        return atoms


logger_class = RedactingLogger
