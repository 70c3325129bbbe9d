"""The web app (extra ``web``): pages and a JSON API over a store.

>>> app = create_app("stancegraph.db")                 # doctest: +SKIP
>>> serve("stancegraph.db", host="127.0.0.1", port=8000)  # doctest: +SKIP

FastAPI, Jinja2 and uvicorn are imported only here, on first use, so the core
install works without them; a missing one raises ``MissingExtra`` naming ``web``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..config import Config
from ..errors import MissingExtra
from ..store import Store

if TYPE_CHECKING:
    from fastapi import FastAPI

WEB_PACKAGES = ("fastapi", "starlette", "jinja2", "markupsafe", "pydantic", "uvicorn")
LOOPBACK = ("127.0.0.1", "localhost", "::1")


def _missing(exc: ImportError) -> MissingExtra | None:
    root = (exc.name or "").split(".")[0]
    return MissingExtra(root, "web", "the web app") if root in WEB_PACKAGES else None


def create_app(db_url: str, *, token: str | None = None, config: Config | None = None) -> FastAPI:
    """The app serving ``db_url``: read-only unless ``token`` is set (see ``web/app.py``)."""
    try:
        from .app import create_app as make
    except ImportError as exc:
        if (missing := _missing(exc)) is not None:
            raise missing from exc
        raise
    return make(db_url, token=token, config=config)


def serve(
    db_url: str,
    *,
    host: str = "127.0.0.1",
    port: int = 8000,
    token: str | None = None,
    config: Config | None = None,
    log_level: str = "info",
) -> None:
    """Run the app with uvicorn until interrupted. The store is opened once first so that a
    missing or outdated database is a clear error before the server starts."""
    Store(db_url, create=False).close()
    app = create_app(db_url, token=token, config=config)
    try:
        import uvicorn
    except ImportError as exc:
        raise MissingExtra("uvicorn", "web", "the web server") from exc
    options: dict[str, Any] = {"host": host, "port": port, "log_level": log_level}
    uvicorn.run(app, **options)
