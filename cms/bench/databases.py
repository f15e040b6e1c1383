"""Where each benchmark size keeps its data: one database per size, kept between runs.

Growing to scale size takes many minutes, so the databases outlive a run and are reused when
they already hold the sizes; `--rebuild` starts them afresh. SQLite files go to the temporary
folder by default (`BENCH_SQLITE`, a path with `{size}`, to choose); with
`BENCH_DATABASE_URL=postgres://…/name` the demo size uses `name` and the scale size
`name_scale`, created when missing.
"""

import os
import tempfile
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import psycopg
from psycopg import sql

DEFAULT_SQLITE = str(Path(tempfile.gettempdir()) / "empiriae-bench-{size}.sqlite3")


def url_for(size):
    """The database URL of one size, from BENCH_DATABASE_URL or BENCH_SQLITE."""
    base = os.environ.get("BENCH_DATABASE_URL", "")
    if not base:
        path = Path(os.environ.get("BENCH_SQLITE", DEFAULT_SQLITE).format(size=size)).resolve()
        return f"sqlite:///{path}"
    if size == "demo":
        return base
    if _is_sqlite(base):
        path = _sqlite_path(base)
        return f"sqlite:///{path.with_stem(f'{path.stem}-{size}')}"
    parts = urlsplit(base)
    return urlunsplit(parts._replace(path=f"{parts.path.rstrip('/')}_{size}"))


def _is_sqlite(url):
    return url.startswith("sqlite:")


def _sqlite_path(url):
    """The file of a sqlite:///relative or sqlite:////absolute URL (dj-database-url's form)."""
    return Path(url.split(":///", 1)[1])


def describe(url):
    if _is_sqlite(url):
        return f"SQLite {_sqlite_path(url)}"
    parts = urlsplit(url)
    return f"PostgreSQL {parts.hostname}:{parts.port or 5432}{parts.path}"


def prepare(url, rebuild=False):
    """Make sure the database exists (empty is fine: migrate fills it); drop it first when
    rebuilding."""
    if _is_sqlite(url):
        path = _sqlite_path(url)
        if rebuild:
            path.unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        return
    parts = urlsplit(url)
    name = parts.path.lstrip("/")
    server = urlunsplit(parts._replace(path="/postgres"))
    with psycopg.connect(server, autocommit=True) as conn:
        if rebuild:
            conn.execute(
                sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name))
            )
        exists = conn.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
        if not exists:
            conn.execute(sql.SQL("CREATE DATABASE {}").format(sql.Identifier(name)))
