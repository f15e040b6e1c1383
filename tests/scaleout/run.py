"""`make scaleout`: two app servers behind nginx, sharing PostgreSQL, Redis and S3 storage, under a
bounded mixed load (issue 14 §5; docs/deployment.md, "What was tested here").

What it starts, each on 127.0.0.1 and each stopped at the end whatever happened:

- a local S3 API (moto's server) with one bucket; the demo's images and documents are copied
  into it, as an operator moving a site from folders to a bucket would (`aws s3 sync`);
- a fresh PostgreSQL database, migrated under the production settings and filled with the demo
  under the development settings – the demo's accounts share a public password, so seeding is
  refused anywhere else (home/environment.py); the servers then serve it as production;
- two gunicorn servers (gunicorn.conf.py, cms.settings.production, DEBUG off) and nginx from
  Debian in front of them (round-robin, a config written to a temporary folder, in the
  foreground, its own pid and logs); nginx is installed with apt-get when missing.

Then, for SCALEOUT_SECONDS (120) from SCALEOUT_CONCURRENCY (16) connections through nginx:
visitors reading public pages, asking for members-only ones and searching; members, signed in
through the login form, reading their workspace, sessions, outcomes and the library, and
searching. Halfway, a page is changed and published through server A's environment, and the
next visitor request to server B must show it (the page cache is shared and purged, not per
server). It fails – exit status 1 – on any 5xx, on any members-only text (the demo's
"TAJNE…" leak-check codes) in a visitor's response, on a stale page after the purge, or if
either server got no traffic. It prints requests, req/s, p50/p99 and the 5xx count.

    make scaleout                       # the full run
    SCALEOUT_SECONDS=20 make scaleout   # a short one while developing

Ports and services come from the environment (defaults in brackets): SCALEOUT_PORTS
[8103 8104], SCALEOUT_NGINX_PORT [8180], SCALEOUT_S3_PORT [8190], SCALEOUT_DATABASE_URL
[postgres://postgres@127.0.0.1:5432/scaleout], SCALEOUT_REDIS_URL [redis://127.0.0.1:6379/3].
"""

import html
import json
import os
import random
import re
import secrets
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse
from contextlib import ExitStack
from http.client import HTTPConnection
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PYTHON = sys.executable
HOST = "127.0.0.1"
SECONDS = int(os.environ.get("SCALEOUT_SECONDS", "120"))
CONCURRENCY = int(os.environ.get("SCALEOUT_CONCURRENCY", "16"))
APP_PORTS = [int(p) for p in os.environ.get("SCALEOUT_PORTS", "8103 8104").split()]
NGINX_PORT = int(os.environ.get("SCALEOUT_NGINX_PORT", "8180"))
S3_PORT = int(os.environ.get("SCALEOUT_S3_PORT", "8190"))
DATABASE_URL = os.environ.get(
    "SCALEOUT_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/scaleout"
)
REDIS_URL = os.environ.get("SCALEOUT_REDIS_URL", "redis://127.0.0.1:6379/3")
BUCKET = "empiriae-scaleout"
PASSWORD = "demo12345"  # the demo accounts' public password (README)
MEMBERS = ("member", "coordinator", "mayor", "observer")
LEAK_MARKER = b"TAJNE"  # workspaces/registry/demo_data.py: leak_check_sentence
SEARCHES = ("rada", "konsultacje", "transport", "cyfryzacja", "budżet", "zieleń")


def say(message):
    print(f"[scaleout {time.strftime('%H:%M:%S')}] {message}", flush=True)


# The environment


def production_environment(workdir):
    """What each app server (and `manage.py` run as one) is given: the production settings
    with the shared database, cache and bucket. Plain HTTP here, so no HTTPS redirect."""
    env = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "GUNICORN_"))}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        DJANGO_SECRET_KEY=secrets.token_urlsafe(50),
        DJANGO_ALLOWED_HOSTS=f"{HOST},localhost",
        DJANGO_SECURE_SSL_REDIRECT="0",
        DATABASE_URL=DATABASE_URL,
        REDIS_URL=REDIS_URL,
        DJANGO_S3_BUCKET=BUCKET,
        DJANGO_S3_ENDPOINT_URL=f"http://{HOST}:{S3_PORT}",
        DJANGO_S3_REGION="eu-central-1",
        DJANGO_S3_ACCESS_KEY_ID="scaleout",
        DJANGO_S3_SECRET_ACCESS_KEY="scaleout",
        DJANGO_MEDIA_ROOT=str(workdir / "unused-media"),
        DJANGO_PRIVATE_MEDIA_ROOT=str(workdir / "unused-private"),
    )
    return env


def manage(env, *args, log=None):
    """Run manage.py; its output goes to `log` (a path) or is returned."""
    result = subprocess.run(  # noqa: S603 - our own interpreter and code
        [PYTHON, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True
    )
    if log:
        Path(log).write_text(result.stdout + result.stderr)
    if result.returncode:
        sys.exit(f"manage.py {' '.join(args)} failed:\n{result.stderr[-3000:]}")
    return result.stdout


def fresh_database():
    import psycopg

    parts = urllib.parse.urlsplit(DATABASE_URL)
    name = parts.path.lstrip("/")
    admin_url = urllib.parse.urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(admin_url, autocommit=True) as connection:
        connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        connection.execute(f'CREATE DATABASE "{name}"')


def flush_cache():
    """No page cached from an earlier run (another database) may be served."""
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()


def s3_client():
    import boto3

    return boto3.client(
        "s3",
        endpoint_url=f"http://{HOST}:{S3_PORT}",
        region_name="eu-central-1",
        aws_access_key_id="scaleout",
        aws_secret_access_key="scaleout",
    )


def copy_to_bucket(client, folder, prefix):
    """The demo's files, written under the development settings, into the bucket."""
    count = 0
    for path in sorted(p for p in Path(folder).rglob("*") if p.is_file()):
        key = f"{prefix}/{path.relative_to(folder).as_posix()}"
        client.upload_file(str(path), BUCKET, key, ExtraArgs={"ACL": "private"})
        count += 1
    return count


def seed(workdir, env):
    """Migrate as production, seed as development (the only place demo data may be written),
    then copy its files to the bucket the servers read."""
    say("database: fresh, migrate (production settings)")
    fresh_database()
    manage(env, "migrate", "--noinput", log=workdir / "migrate.log")
    media, private = workdir / "seed-media", workdir / "seed-private"
    seed_env = {
        **env,
        "DJANGO_SETTINGS_MODULE": "cms.settings.dev",
        "DJANGO_MEDIA_ROOT": str(media),
        "DJANGO_PRIVATE_MEDIA_ROOT": str(private),
    }
    say("database: seed_demo (development settings, same database)")
    manage(seed_env, "seed_demo", log=workdir / "seed.log")
    client = s3_client()
    copied = copy_to_bucket(client, media, "media") if media.exists() else 0
    copied += copy_to_bucket(client, private, "private") if private.exists() else 0
    say(f"bucket: {copied} demo files copied")
    manage(env, "collectstatic", "--noinput", log=workdir / "collectstatic.log")


# What to ask for

DISCOVER = """
import json
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from wagtail.models import Page
from workspaces.access import policy
member = get_user_model().objects.get(username="member")
public, members = [], []
for page in Page.objects.live().filter(depth__gt=1).order_by("path")[:400]:
    url = page.get_url()
    if not url:
        continue
    if policy.can_view_page(AnonymousUser(), page):
        public.append([page.pk, url, page.title])
    elif policy.can_view_page(member, page):
        members.append(url)
print(json.dumps({"public": public, "members": members}))
"""

PUBLISH = """
from wagtail.models import Page
page = Page.objects.get(pk=%d).specific
page.title = %r
page.save_revision().publish()
print(page.url)
"""


def discover(env):
    found = json.loads(manage(env, "shell", "-c", DISCOVER).strip().splitlines()[-1])
    if not found["public"] or not found["members"]:
        sys.exit(f"The demo has no public or no members-only pages: {found}")
    return found


# Processes


def wait_until_ready(port, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            connection = HTTPConnection(HOST, port, timeout=5)
            connection.request("GET", "/readyz", headers={"Host": HOST})
            if connection.getresponse().status == 200:
                return
        except OSError:
            pass
        time.sleep(0.5)
    sys.exit(f"Nothing ready on {HOST}:{port} after {timeout} s")


def start(stack, name, command, env, workdir):
    log = open(workdir / f"{name}.log", "w")  # noqa: SIM115 - closed by the stack
    stack.callback(log.close)
    process = subprocess.Popen(  # noqa: S603 - our own commands
        command, cwd=ROOT, env=env, stdout=log, stderr=subprocess.STDOUT
    )

    def stop():
        if process.poll() is None:
            process.terminate()
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                process.kill()

    stack.callback(stop)
    return process


def ensure_nginx():
    nginx = shutil.which("nginx") or shutil.which("nginx", path="/usr/sbin")
    if nginx:
        return nginx
    say("nginx: not installed, apt-get install nginx")
    subprocess.run(["apt-get", "update", "-qq"], check=True)  # noqa: S607
    apt_env = {**os.environ, "DEBIAN_FRONTEND": "noninteractive"}
    subprocess.run(["apt-get", "install", "-y", "-qq", "nginx"], check=True, env=apt_env)  # noqa: S607
    return shutil.which("nginx", path="/usr/sbin:/usr/bin")


NGINX_CONF = """
daemon off;
worker_processes 1;
pid {dir}/nginx.pid;
error_log {dir}/nginx-error.log warn;
events {{ worker_connections 1024; }}
http {{
    access_log {dir}/nginx-access.log;
    client_body_temp_path {dir}/client-body;
    proxy_temp_path {dir}/proxy;
    fastcgi_temp_path {dir}/fastcgi;
    uwsgi_temp_path {dir}/uwsgi;
    scgi_temp_path {dir}/scgi;
    upstream empiriae {{
{servers}
        keepalive 32;
    }}
    server {{
        listen {host}:{port};
        client_max_body_size 25m;
        location / {{
            proxy_pass http://empiriae;
            proxy_http_version 1.1;
            proxy_set_header Connection "";
            proxy_set_header Host $http_host;
            proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
            proxy_set_header X-Forwarded-Proto $scheme;
            add_header X-Upstream $upstream_addr always;
        }}
    }}
}}
"""


def start_nginx(stack, workdir):
    nginx = ensure_nginx()
    folder = workdir / "nginx"
    folder.mkdir()
    folder.chmod(0o777)  # nginx's workers run as an unprivileged user when started as root
    servers = "\n".join(f"        server {HOST}:{port};" for port in APP_PORTS)
    conf = folder / "nginx.conf"
    conf.write_text(NGINX_CONF.format(dir=folder, servers=servers, host=HOST, port=NGINX_PORT))
    command = [nginx, "-e", str(folder / "nginx-error.log"), "-p", str(folder), "-c", str(conf)]
    process = start(stack, "nginx", command, os.environ.copy(), workdir)
    wait_until_ready(NGINX_PORT)
    return process


# The load


class Client:
    """One keep-alive connection through nginx, with its own cookies."""

    def __init__(self, port=NGINX_PORT):
        self.port = port
        self.connection = HTTPConnection(HOST, port, timeout=30)
        self.cookies = {}

    def request(self, method, path, body=None, headers=()):
        headers = {"Host": f"{HOST}:{self.port}", **dict(headers)}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        for attempt in (1, 2):
            try:
                self.connection.request(method, path, body=body, headers=headers)
                response = self.connection.getresponse()
                content = response.read()
                break
            except (ConnectionError, OSError):
                # A keep-alive connection closed by nginx between requests: one new try.
                self.connection.close()
                self.connection = HTTPConnection(HOST, self.port, timeout=30)
                if attempt == 2:
                    raise
        for header, value in response.getheaders():
            if header.lower() == "set-cookie":
                name, _, rest = value.partition("=")
                self.cookies[name.strip()] = rest.split(";", 1)[0]
        return response, content

    def sign_in(self, username):
        _response, page = self.request("GET", "/konto/logowanie/")
        token = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
        form = urllib.parse.urlencode(
            {"username": username, "password": PASSWORD, "csrfmiddlewaretoken": token.decode()}
        )
        response, _ = self.request(
            "POST",
            "/konto/logowanie/",
            body=form,
            headers={"Content-Type": "application/x-www-form-urlencoded"},
        )
        if response.status != 302 or "sessionid" not in self.cookies:
            raise RuntimeError(f"{username} could not sign in (status {response.status})")


class Results:
    def __init__(self):
        self.lock = threading.Lock()
        self.latencies = []
        self.statuses = {}
        self.upstreams = {}
        self.server_errors = []
        self.leaks = []
        self.member_markers = 0

    def record(self, role, path, status, seconds, upstream, body):
        with self.lock:
            self.latencies.append(seconds)
            self.statuses[status] = self.statuses.get(status, 0) + 1
            self.upstreams[upstream] = self.upstreams.get(upstream, 0) + 1
            if status >= 500:
                self.server_errors.append(f"{status} {role} {path}")
            if LEAK_MARKER in body:
                if role == "visitor":
                    self.leaks.append(path)
                else:
                    self.member_markers += 1


def visitor_paths(found, rng):
    public = [url for _pk, url, _title in found["public"]]
    choice = rng.random()
    if choice < 0.6:
        return rng.choice(public)
    if choice < 0.85:
        return rng.choice(found["members"])  # refused: a sign-in redirect or not found
    return "/szukaj/?" + urllib.parse.urlencode({"q": rng.choice(SEARCHES)})


def member_paths(found, rng):
    choice = rng.random()
    if choice < 0.6:
        return rng.choice(found["members"])
    if choice < 0.8:
        return rng.choice([url for _pk, url, _title in found["public"]])
    return "/szukaj/?" + urllib.parse.urlencode({"q": rng.choice(SEARCHES)})


def worker(number, found, results, stop_at):
    rng = random.Random(number)  # noqa: S311 - a load pattern, not a secret
    client = Client()
    role = "visitor" if number % 2 == 0 else "member"
    if role == "member":
        try:
            client.sign_in(MEMBERS[(number // 2) % len(MEMBERS)])
        except (OSError, RuntimeError, AttributeError) as error:  # no form, refused, no answer
            with results.lock:
                results.server_errors.append(f"sign-in: {error}")
            return
    pick = visitor_paths if role == "visitor" else member_paths
    while time.monotonic() < stop_at:
        path = pick(found, rng)
        started = time.perf_counter()
        try:
            response, body = client.request("GET", path)
        except OSError as error:
            with results.lock:
                results.server_errors.append(f"no answer: {role} {path} ({error})")
            continue
        results.record(
            role,
            path,
            response.status,
            time.perf_counter() - started,
            response.getheader("X-Upstream", "?"),
            body,
        )


# The purge across servers


def purge_check(env, found):
    """A page published through server A's environment shows on server B's next request."""
    pk, path, title = found["public"][min(2, len(found["public"]) - 1)]
    server_b = Client(APP_PORTS[1])
    for _ in range(2):  # the second answer may come from the shared page cache
        response, body = server_b.request("GET", path)
        if response.status != 200 or html.escape(title).encode() not in body:
            return f"server B did not serve {path} before the change ({response.status})"
    new_title = f"{title} SKALOWANIE{secrets.token_hex(3).upper()}"
    manage(env, "shell", "-c", PUBLISH % (pk, new_title))
    response, body = server_b.request("GET", path)
    if html.escape(new_title).encode() not in body:
        return f"server B still served the old {path} after the change was published via A"
    return None


def run_load(env, found):
    """The load for SECONDS; the purge check runs halfway, beside it, like any editor's work."""
    results, purge = Results(), {}
    stop_at = time.monotonic() + SECONDS
    threads = [
        threading.Thread(target=worker, args=(n, found, results, stop_at), daemon=True)
        for n in range(CONCURRENCY)
    ]

    def check_purge():
        time.sleep(SECONDS / 2)
        say("purge: publishing a change through server A's environment")
        purge["failure"] = purge_check(env, found)

    checker = threading.Thread(target=check_purge, daemon=True)
    started = time.monotonic()
    for thread in [*threads, checker]:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.monotonic() - started
    checker.join()
    return results, elapsed, purge.get("failure", "the purge check did not finish")


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def report(results, elapsed, purge_failure):
    count = len(results.latencies)
    server_errors = len(results.server_errors)
    print()
    print(f"scale-out: {len(APP_PORTS)} app servers behind nginx, c={CONCURRENCY}, {SECONDS} s")
    print(f"  requests      {count}  ({count / elapsed:.1f} req/s)")
    if count:
        print(
            f"  latency       p50 {percentile(results.latencies, 0.5) * 1000:.0f} ms, "
            f"p99 {percentile(results.latencies, 0.99) * 1000:.0f} ms, "
            f"mean {statistics.mean(results.latencies) * 1000:.0f} ms"
        )
    print(f"  statuses      {dict(sorted(results.statuses.items()))}")
    print(f"  per server    {dict(sorted(results.upstreams.items()))}")
    print(f"  5xx           {server_errors}")
    print(f"  leaks         {len(results.leaks)} visitor responses with members-only text")
    print(f"  member check  {results.member_markers} member responses carried that text")
    print(f"  purge A -> B  {'ok' if purge_failure is None else purge_failure}")
    failures = []
    if server_errors:
        failures.append(f"5xx, no answer or no sign-in: {results.server_errors[:5]}")
    if results.leaks:
        failures.append(f"leaks: {sorted(set(results.leaks))[:5]}")
    if purge_failure:
        failures.append(purge_failure)
    if not results.member_markers:
        failures.append("members never saw members-only text: the leak check checks nothing")
    busy = [u for u in results.upstreams if u != "?"]
    if len(busy) < len(APP_PORTS):
        failures.append(f"not every server got requests: {results.upstreams}")
    return failures


def main():
    workdir = Path(tempfile.mkdtemp(prefix="empiriae-scaleout-"))
    workdir.chmod(0o755)
    say(f"logs and configuration in {workdir}")
    env = production_environment(workdir)
    with ExitStack() as stack:
        start(
            stack,
            "s3",
            [PYTHON, "-m", "moto.server", "-H", HOST, "-p", str(S3_PORT)],
            os.environ.copy(),
            workdir,
        )
        time.sleep(2)
        s3_client().create_bucket(
            Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": "eu-central-1"}
        )
        flush_cache()
        seed(workdir, env)
        found = discover(env)
        say(f"pages: {len(found['public'])} public, {len(found['members'])} members-only")
        gunicorn = str(Path(PYTHON).with_name("gunicorn"))
        for name, port in zip("AB", APP_PORTS, strict=True):
            server_env = {
                **env,
                "GUNICORN_BIND": f"{HOST}:{port}",
                "GUNICORN_ACCESS_LOG": str(workdir / f"access-{name}.log"),
            }
            start(
                stack,
                f"server-{name}",
                [gunicorn, "-c", "gunicorn.conf.py", "cms.wsgi"],
                server_env,
                workdir,
            )
        for port in APP_PORTS:
            wait_until_ready(port)
        start_nginx(stack, workdir)
        say(f"load: {SECONDS} s at c={CONCURRENCY} through nginx on {HOST}:{NGINX_PORT}")
        results, elapsed, purge_failure = run_load(env, found)
    failures = report(results, elapsed, purge_failure)
    if failures:
        print("FAILED: " + "; ".join(failures))
        return 1
    print("passed: zero 5xx, zero leaks, the purge on A was seen on B")
    return 0


if __name__ == "__main__":
    sys.exit(main())
