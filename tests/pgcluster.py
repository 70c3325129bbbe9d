"""A throwaway PostgreSQL cluster for the tests (imported by conftest.py).

``pg_server`` runs initdb + pg_ctl in a temporary folder, listening on a Unix
socket only, once per test session; ``pg_url`` gives each test a fresh database.
Server binaries are looked up in ``$STANCEGRAPH_PG_BIN``, on PATH and under
``/usr/lib/postgresql/*/bin``; tests skip with the reason when none are found.
initdb refuses to run as root, so as root the cluster runs as the ``postgres``
user that Debian's package creates (``runuser``).
"""

from __future__ import annotations

import os
import pwd
import re
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

INSTALL_HINT = "apt-get install postgresql (CI's .ci/run does) and pip install 'stancegraph[postgres]'"


def find_pg_bin() -> Path | None:
    """The folder holding initdb and pg_ctl, newest version first."""
    if os.environ.get("STANCEGRAPH_PG_BIN"):
        return Path(os.environ["STANCEGRAPH_PG_BIN"])
    candidates = sorted(
        Path("/usr/lib/postgresql").glob("*/bin"),
        key=lambda p: [int(x) for x in re.findall(r"\d+", p.parent.name)] or [0],
        reverse=True,
    )
    on_path = shutil.which("pg_ctl")
    if on_path:
        candidates.append(Path(on_path).resolve().parent)
    return next((c for c in candidates if (c / "initdb").exists() and (c / "pg_ctl").exists()), None)


def _as_user(cmd: list[str], user: str | None) -> list[str]:
    return ["runuser", "-u", user, "--", *cmd] if user else cmd


@pytest.fixture(scope="session")
def pg_server() -> Iterator[str]:
    """A running server; the base URL (database part left out)."""
    pg_bin = find_pg_bin()
    if pg_bin is None:
        pytest.skip(f"no PostgreSQL server binaries (initdb, pg_ctl) found: {INSTALL_HINT}")
    try:
        import psycopg  # noqa: F401
    except ImportError:
        pytest.skip(f"psycopg is not installed: {INSTALL_HINT}")
    user: str | None = None
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            pytest.skip("running as root and there is no 'postgres' user to run initdb as")
        if shutil.which("runuser") is None:
            pytest.skip("running as root and runuser is missing: cannot run initdb as 'postgres'")
        user = "postgres"
    home = Path(tempfile.mkdtemp(prefix="sgpg-"))
    if user:
        shutil.chown(home, user, user)
    data, log = home / "data", home / "server.log"
    made = subprocess.run(
        _as_user(
            [
                str(pg_bin / "initdb"),
                "-D",
                str(data),
                "-U",
                "sg",
                "--auth=trust",
                "-E",
                "UTF8",
                "--locale=C",
                "--no-sync",
            ],
            user,
        ),
        capture_output=True,
        cwd=home,  # the postgres user may not enter the checkout (e.g. under /root)
        text=True,
    )
    if made.returncode != 0:
        shutil.rmtree(home, ignore_errors=True)
        pytest.fail(f"initdb failed: {made.stderr.strip()[-2000:]}")
    opts = f"-k {home} -c listen_addresses='' -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    started = subprocess.run(
        _as_user(
            [str(pg_bin / "pg_ctl"), "-D", str(data), "-l", str(log), "-o", opts, "-w", "-t", "60", "start"],
            user,
        ),
        capture_output=True,
        cwd=home,
        text=True,
    )
    if started.returncode != 0:
        detail = log.read_text(errors="replace")[-2000:] if log.exists() else started.stderr
        shutil.rmtree(home, ignore_errors=True)
        pytest.fail(f"PostgreSQL did not start: {detail}")
    try:
        yield f"postgresql://sg@/?host={home}&port=5432"
    finally:
        subprocess.run(
            _as_user([str(pg_bin / "pg_ctl"), "-D", str(data), "-m", "immediate", "stop"], user),
            capture_output=True,
            cwd=home,
        )
        shutil.rmtree(home, ignore_errors=True)


def db_url(server: str, name: str) -> str:
    return server.replace("/?", f"/{name}?")


@pytest.fixture
def pg_url(pg_server: str) -> Iterator[str]:
    """A fresh, empty database on the session's server."""
    import psycopg

    name = "t_" + uuid.uuid4().hex[:12]
    with psycopg.connect(db_url(pg_server, "postgres"), autocommit=True) as conn:
        conn.execute(f"CREATE DATABASE {name}")
    try:
        yield db_url(pg_server, name)
    finally:
        with psycopg.connect(db_url(pg_server, "postgres"), autocommit=True) as conn:
            conn.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    """An empty database of each backend: an SQLite file, then a PostgreSQL database."""
    if request.param == "sqlite":
        return str(tmp_path / "store.db")
    url: str = request.getfixturevalue("pg_url")
    return url
