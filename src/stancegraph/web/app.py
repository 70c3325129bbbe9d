"""The web app: server-rendered pages and a JSON API over a stancegraph store.

Pages (``/``, ``/actors/{id}``, ``/targets/{name}``, ``/documents/{id}``) and the
API under ``/api`` show the same rows, all from ``query.py``; nothing here writes
SQL. The server is read-only unless a token is configured: the write endpoints
(``POST /api/documents`` ingests a text, ``POST /api/actors/{id}/merge`` folds a
duplicate actor into another) answer 403 without it or with a wrong one.

Every request opens its own ``Store`` (a SQLite connection is cheap; a
PostgreSQL one is a few milliseconds) so that no connection is shared between
the worker threads FastAPI runs sync endpoints in. Streams (CSV/JSONL exports)
open theirs for as long as they run, walking ``query.iter_statements``.

Errors: a malformed filter is a 400, an unknown id a 404, FastAPI's parameter
validation a 422; under ``/api`` all of them are JSON ``{"error": {...}}``, on
the pages an HTML page. No CDN and no JavaScript: the OpenAPI schema is at
``/openapi.json`` and described at ``/api``; FastAPI's Swagger page (which loads
its scripts from a CDN) is switched off.
"""

from __future__ import annotations

import csv
import hmac
import io
import json
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from importlib import resources
from pathlib import Path
from typing import Annotated, Any
from urllib.parse import urlencode

import jinja2
from fastapi import Depends, FastAPI, Header, Query, Request
from fastapi import Path as PathParam
from fastapi.encoders import jsonable_encoder
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.gzip import GZipMiddleware
from fastapi.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from fastapi.staticfiles import StaticFiles
from fastapi.templating import Jinja2Templates
from markupsafe import Markup
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException

from .. import __version__, dedup, query
from ..config import Config
from ..errors import InputError, MissingExtra, NotFound, StancegraphError, StoreError
from ..schema import redact
from ..store import Store
from ..types import RELATION_BASES, Document, Statement, TimeExpr
from . import charts
from .highlight import highlight, mark_words, stance_class

DEFAULT_PAGE_SIZE = 25
MAX_PAGE_SIZE = 200
MAX_PAGE = 100_000
MAX_ID = 2**62  # larger ids cannot be stored, and SQLite refuses them as parameters
MAX_TEXT_FILTER = 300
EXPORT_CHUNK = 500
SIDE_LIMIT = 25  # actors listed per side on a target page (the JSON API lists them all)
STANCE_LABELS = query.STANCE_LABELS
# Browsers get no chance to run anything that slipped into a page: no scripts at all.
SECURITY_HEADERS = {
    "Content-Security-Policy": (
        "default-src 'self'; script-src 'none'; object-src 'none'; style-src 'self'; "
        "img-src 'self' data:; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
    ),
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
}


@dataclass
class Settings:
    """What a running app serves: the database, the write token (None: read-only) and the
    pipeline configuration used by the ingest endpoint."""

    db_url: str
    token: str | None = None
    config: Config = field(default_factory=Config)

    @property
    def writable(self) -> bool:
        return bool(self.token)


class OptionsCache:
    """What the search page shows whatever the filters (the form's targets and outlets, the
    overview): each takes a scan of large tables, so pages reuse them for ``ttl`` seconds;
    a newly ingested document shows in them within a minute."""

    def __init__(self, ttl: float = 60.0) -> None:
        self.ttl = ttl
        self._lock = threading.Lock()
        self._values: dict[str, tuple[float, Any]] = {}

    def clear(self) -> None:
        with self._lock:
            self._values.clear()

    def get(self, key: str, make: Callable[[], Any]) -> Any:
        now = time.monotonic()
        with self._lock:
            hit = self._values.get(key)
        if hit is not None and now - hit[0] < self.ttl:
            return hit[1]
        value = make()
        with self._lock:
            self._values[key] = (now, value)
        return value


class FilterError(ValueError):
    """A malformed filter value (a date, a stance label): a 400 naming the parameter."""


# -- request parameters ------------------------------------------------------------------


def _clean(value: str | None) -> str | None:
    """HTML forms send empty fields: an empty or blank value is no filter."""
    if value is None:
        return None
    value = value.strip()
    return value or None


@dataclass
class StatementFilters:
    q: str | None = None
    actor: str | None = None
    actor_id: int | None = None
    target: str | None = None
    stance: str | None = None
    outlet: str | None = None
    since: str | None = None
    until: str | None = None
    copies: bool = False  # also statements of copies (syndicated, near-duplicate documents)
    # The statement talks about a time in this period (temporal.py; query.statements).
    mentions_from: str | None = None
    mentions_to: str | None = None

    def kwargs(self) -> dict[str, Any]:
        return asdict(self)

    def active(self) -> bool:
        return any(v not in (None, False) for v in asdict(self).values())

    def params(self) -> dict[str, str]:
        return {k: ("1" if v is True else str(v)) for k, v in asdict(self).items() if v not in (None, False)}


TextParam = Annotated[str | None, Query(max_length=MAX_TEXT_FILTER)]
ORDERS = {"newest": "recent", "oldest": "date", "strongest": "score"}
OrderParam = Annotated[
    str,
    Query(
        pattern="^(newest|oldest|strongest)$",
        description="newest or oldest documents first, or strongest stance first (with a target).",
    ),
]
OutletParam = Annotated[
    str | None, Query(max_length=MAX_TEXT_FILTER, description="The document's outlet (any case).")
]
KindParam = Annotated[
    str | None, Query(max_length=40, description="person, organization, country, group or other.")
]
DateParam = Annotated[str | None, Query(max_length=40, description="YYYY-MM-DD, inclusive")]
PeriodParam = Annotated[
    str | None,
    Query(
        max_length=40,
        description="The statement talks about a time in this period: YYYY, YYYY-MM, YYYY-MM-DD, "
        "YYYY-Www or YYYY-Qn (from the first day of mentions_from to the last day of mentions_to).",
    ),
]


def statement_filters(
    q: Annotated[
        str | None, Query(max_length=MAX_TEXT_FILTER, description="Words in the statement (full text).")
    ] = None,
    actor: Annotated[
        str | None, Query(max_length=MAX_TEXT_FILTER, description="Actor name, alias or part of one.")
    ] = None,
    actor_id: Annotated[int | None, Query(ge=1, le=MAX_ID, description="A stored actor id.")] = None,
    target: Annotated[
        str | None, Query(max_length=MAX_TEXT_FILTER, description="Only statements with a stance on it.")
    ] = None,
    stance: Annotated[str | None, Query(max_length=20, description="favor, against or neutral.")] = None,
    outlet: OutletParam = None,
    since: DateParam = None,
    until: DateParam = None,
    copies: Annotated[
        bool, Query(description="Also statements of copies of a document (syndicated, near-duplicate).")
    ] = False,
    mentions_from: PeriodParam = None,
    mentions_to: PeriodParam = None,
) -> StatementFilters:
    """The statement filters of the search page and of ``/api/statements`` (unchecked: see
    ``check_filters``)."""
    return StatementFilters(
        q=_clean(q),
        actor=_clean(actor),
        actor_id=actor_id,
        target=_clean(target),
        stance=_clean(stance),
        outlet=_clean(outlet),
        since=_clean(since),
        until=_clean(until),
        copies=copies,
        mentions_from=_clean(mentions_from),
        mentions_to=_clean(mentions_to),
    )


def check_filters(f: StatementFilters) -> StatementFilters:
    try:
        f.since = query.check_date(f.since, "since")
        f.until = query.check_date(f.until, "until")
        first = query.check_period(f.mentions_from, "mentions_from")[0] if f.mentions_from else None
        last = query.check_period(f.mentions_to, "mentions_to")[1] if f.mentions_to else None
    except ValueError as exc:
        raise FilterError(str(exc)) from None
    if first and last and first > last:
        raise FilterError(f"mentions_from ({f.mentions_from}) is after mentions_to ({f.mentions_to})")
    if f.stance is not None and f.stance not in STANCE_LABELS:
        raise FilterError(f"stance must be one of {', '.join(STANCE_LABELS)}, not {f.stance!r}")
    if f.since and f.until and f.since > f.until:
        raise FilterError(f"since ({f.since}) is after until ({f.until})")
    return f


@dataclass
class Paging:
    page: int
    size: int

    @property
    def offset(self) -> int:
        return (self.page - 1) * self.size


def paging(
    page: Annotated[int, Query(ge=1, le=MAX_PAGE, description="1 is the first page.")] = 1,
    size: Annotated[int, Query(ge=1, le=MAX_PAGE_SIZE, description="Rows per page.")] = DEFAULT_PAGE_SIZE,
) -> Paging:
    return Paging(page, size)


def open_store(request: Request) -> Iterator[Store]:
    """A store of its own for each request (see the module docstring)."""
    store = Store(request.app.state.settings.db_url, create=False)
    try:
        yield store
    finally:
        store.close()


# Module level: FastAPI resolves these annotations by name in this module's globals.
StoreDep = Annotated[Store, Depends(open_store)]
FiltersDep = Annotated[StatementFilters, Depends(statement_filters)]
PagingDep = Annotated[Paging, Depends(paging)]
ActorIdPath = Annotated[int, PathParam(ge=1, le=MAX_ID, description="A stored actor id.")]
DocIdPath = Annotated[str, PathParam(min_length=1, max_length=64, pattern=r"^[0-9A-Za-z_-]+$")]
TargetPath = Annotated[str, PathParam(min_length=1, max_length=MAX_TEXT_FILTER)]


def require_token(
    request: Request,
    authorization: Annotated[str | None, Header(description="Bearer <token>")] = None,
) -> None:
    """Writes need the server's token; a server started without one refuses them all."""
    token: str | None = request.app.state.settings.token
    if not token:
        raise HTTPException(
            403, "this server is read-only: start it with --token or STANCEGRAPH_TOKEN to allow writes"
        )
    given = (authorization or "").removeprefix("Bearer ").strip()
    if not given or not hmac.compare_digest(given.encode(), token.encode()):
        raise HTTPException(403, "a valid token is needed: send `Authorization: Bearer <token>`")


# -- API response models (they make the OpenAPI schema) -------------------------------------


class ErrorBody(BaseModel):
    status: int
    message: str
    details: list[Any] | None = None


class ErrorOut(BaseModel):
    error: ErrorBody


class StatementPage(BaseModel):
    total: int
    page: int
    size: int
    items: list[query.StatementRow]


class DocumentPage(BaseModel):
    page: int
    size: int
    items: list[query.DocumentRow]


class ActorPage(BaseModel):
    page: int
    size: int
    items: list[query.ActorRow]


class RelationPage(BaseModel):
    page: int
    size: int
    items: list[query.RelationRow]


class TargetOut(BaseModel):
    target: str
    favor: int
    against: int
    neutral: int
    total: int


class TimelineOut(BaseModel):
    unit: str = Field(description="day, week, month or year")
    keys: list[str]
    series: dict[str, list[int]]


class ActorStanceOut(BaseModel):
    actor_id: int
    actor: str
    favor: int
    against: int
    neutral: int
    total: int


class ActorDetail(BaseModel):
    actor: query.ActorRow
    targets: list[TargetOut]
    statements_over_time: TimelineOut
    stance_over_time: dict[str, TimelineOut]
    relations: list[query.RelationRow]


class OutletStanceOut(BaseModel):
    outlet: str | None
    favor: int
    against: int
    neutral: int
    documents: int
    total: int


class TargetDetail(BaseModel):
    target: TargetOut
    actors: list[ActorStanceOut]
    over_time: TimelineOut
    top_quotes: dict[str, list[query.StatementRow]]
    outlets: list[OutletStanceOut]


class DocumentDetail(BaseModel):
    row: query.DocumentRow
    document: dict[str, Any] = Field(description="The document as `stancegraph extract` prints it.")
    actor_ids: dict[str, int] = Field(description="Local actor ids mapped to stored actor ids.")
    chrome: list[list[Any]] = Field(description="[start, end, kind] of text left out of the analysis.")
    canonical_id: str | None = Field(description="The document this one copies (None: it is canonical).")
    copies: list[dedup.CopyRow] = Field(description="Other copies and sightings of the same story.")


class IngestIn(BaseModel):
    text: str = Field(min_length=1, description="The article text.")
    source: str = Field("web", max_length=500, description="Where it came from (a name, a path).")
    title: str | None = Field(None, max_length=1000, description="The headline, when known.")
    url: str | None = Field(None, max_length=2000, description="The article's address.")
    outlet: str | None = Field(None, max_length=300, description="The publication.")
    published: str | None = Field(None, max_length=40, description="YYYY-MM-DD")


class MergeIn(BaseModel):
    into: int = Field(ge=1, le=MAX_ID, description="The actor that stays; the one in the path goes.")


class IngestOut(BaseModel):
    id: str
    status: str = Field(description="added, copy (stored as a copy of another document) or known")
    actors: int
    statements: int


# -- helpers shared by pages and API ----------------------------------------------------------


def _target_out(t: query.TargetStance) -> TargetOut:
    return TargetOut(target=t.target, favor=t.favor, against=t.against, neutral=t.neutral, total=t.total)


def _timeline_out(tl: charts.Timeline) -> TimelineOut:
    return TimelineOut(unit=tl.unit, keys=tl.keys, series=tl.series)


def _actor_timelines(store: Store, actor_id: int) -> tuple[charts.Timeline, dict[str, charts.Timeline]]:
    """Statements over time, and stance over time per target on one shared time axis."""
    days = query.statements_per_period(store, actor_id=actor_id, period="day")
    overall = charts.timeline(((d.period, "statements", d.count) for d in days), ["statements"])
    per_target: dict[str, charts.Timeline] = {}
    stance_days = query.stance_per_period(store, actor_id=actor_id, period="day")
    for target in dict.fromkeys(s.target for s in stance_days):
        rows = [(s.period, s.label, s.count) for s in stance_days if s.target == target]
        # The whole actor's span gives every target's chart the same axis.
        span = [(d.period, "", 0) for d in days]
        per_target[target] = charts.timeline(span + rows, STANCE_LABELS, unit=overall.unit)
    return overall, per_target


def _store_timeline(store: Store) -> tuple[charts.Timeline, Markup]:
    """Stances over time across the store, by label (the search page's overview)."""
    rows = query.stance_per_period(store, period="day")
    tl = charts.timeline(((r.period, r.label, r.count) for r in rows), STANCE_LABELS)
    return tl, Markup(charts.bar_chart(tl, title="Stances over time", height=150))


def _target_row(store: Store, name: str) -> query.TargetStance:
    rows = query.stance_by_target(store, target=name)
    if not rows:
        raise NotFound(f"no statement takes a stance on {name!r}")
    return rows[0]


def _target_timeline(store: Store, target: str) -> charts.Timeline:
    rows = query.stance_per_period(store, target=target, period="day")
    return charts.timeline(((r.period, r.label, r.count) for r in rows), STANCE_LABELS)


def _top_quotes(store: Store, target: str, n: int = 5) -> dict[str, list[query.StatementRow]]:
    return {
        label: query.statements(store, target=target, stance=label, order="score", limit=n)
        for label in ("favor", "against")
    }


@dataclass
class RelationGroup:
    """Relations of one actor with one other actor, one direction and polarity."""

    other_id: int | None
    other: str
    count: int
    examples: list[query.RelationRow]
    target: str | None = None  # the other side is a stance target, not an actor


EXAMPLES_PER_GROUP = 3
# The relations page: the network draws the actors of the most frequent pairs.
NETWORK_EDGES = 60
NETWORK_NODES = 14
TABLE_PAIRS = 100

RELATION_HEADINGS = {
    ("out", "negative"): "Criticizes",
    ("out", "positive"): "Supports",
    ("in", "negative"): "Criticized by",
    ("in", "positive"): "Supported by",
}


def _group_relations(actor_id: int, rows: list[query.RelationRow]) -> dict[str, list[RelationGroup]]:
    groups: dict[str, dict[int | str | None, RelationGroup]] = {h: {} for h in RELATION_HEADINGS.values()}
    for r in rows:
        if r.subject_id == actor_id and r.object_id == actor_id:
            continue  # an actor about itself says nothing about its relations
        out = r.subject_id == actor_id
        heading = RELATION_HEADINGS.get(("out" if out else "in", r.polarity))
        if heading is None:
            continue
        other_id, other = (r.object_id, r.object) if out else (r.subject_id, r.subject)
        target = r.object_target if out and other_id is None else None
        g = groups[heading].setdefault(
            target or other_id, RelationGroup(other_id, target or other or "(unknown)", 0, [], target)
        )
        g.count += 1
        g.examples.append(r)
    for by_other in groups.values():
        for g in by_other.values():
            # The firmest readings show first (a stance word before a guess), oldest first among equals.
            g.examples = sorted(g.examples, key=lambda r: -(r.score or 0.0))[:EXAMPLES_PER_GROUP]
    return {h: sorted(g.values(), key=lambda g: (-g.count, g.other)) for h, g in groups.items()}


def _pair_network(pairs: list[query.RelationPair], title: str, **kw: Any) -> Markup:
    """The relation pairs as a network picture (``charts.network``), its most involved actors."""
    names: dict[int, str] = {}
    for p in pairs:
        names.setdefault(p.subject_id, p.subject)
        names.setdefault(p.object_id, p.object)
    edges = [charts.Edge(p.subject_id, p.object_id, p.positive, p.negative, p.documents) for p in pairs]
    return Markup(charts.network(names, edges, title=title, max_nodes=NETWORK_NODES, **kw))


def _safe_url(url: Any) -> str | None:
    """Only web links become links: a stored ``javascript:`` URL stays text."""
    return url if isinstance(url, str) and url.startswith(("http://", "https://")) else None


# -- the app -----------------------------------------------------------------------------------


def _package_dir(name: str) -> Path:
    return Path(str(resources.files(__package__).joinpath(name)))


def create_app(db_url: str, *, token: str | None = None, config: Config | None = None) -> FastAPI:
    """The FastAPI app serving ``db_url`` (read-only unless ``token`` is given)."""
    settings = Settings(db_url=db_url, token=token or None, config=config or Config())
    app = FastAPI(
        title="stancegraph",
        version=__version__,
        description="Who said what, about what, with what stance, and when.",
        docs_url=None,  # Swagger UI and ReDoc load scripts from a CDN: off
        redoc_url=None,
    )
    app.state.settings = settings
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(_package_dir("templates")),
        autoescape=True,  # every value is escaped unless it is Markup built here
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.globals.update(
        stance_labels=STANCE_LABELS,
        stance_class=stance_class,
        split_bar=lambda counts, scale: Markup(charts.split_bar(counts, scale=scale)),
        period_label=charts.period_label,
        writable=settings.writable,
        db_name=redact(db_url),
        version=__version__,
    )
    env.filters["count"] = lambda n, noun, plural=None: f"{n} {noun if n == 1 else plural or noun + 's'}"
    env.filters["marked"] = lambda text, q: Markup(mark_words(text, q))
    env.filters["urlencode_path"] = lambda s: jinja2.filters.do_urlencode(str(s)).replace("/", "%2F")
    templates = Jinja2Templates(env=env)
    app.mount("/static", StaticFiles(directory=_package_dir("static")), name="static")
    # Exports are long and repetitive: a client that accepts gzip gets about a sixth of the bytes.
    app.add_middleware(GZipMiddleware, minimum_size=2000, compresslevel=5)
    pipeline_lock = threading.Lock()
    options = OptionsCache()

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Any) -> Response:
        response: Response = await call_next(request)
        for k, v in SECURITY_HEADERS.items():
            response.headers.setdefault(k, v)
        return response

    def page(request: Request, template: str, code: int = 200, /, **context: Any) -> HTMLResponse:
        context.setdefault("title", "stancegraph")
        return templates.TemplateResponse(request, template, context, status_code=code)

    # -- errors: JSON under /api, a page elsewhere ----------------------------------------------

    def error_response(
        request: Request, status: int, message: str, details: list[Any] | None = None
    ) -> Response:
        if request.url.path.startswith("/api") or request.url.path == "/openapi.json":
            body = ErrorOut(error=ErrorBody(status=status, message=message, details=details))
            return JSONResponse(jsonable_encoder(body, exclude_none=True), status_code=status)
        return page(request, "error.html", status, title=f"Error {status}", status=status, message=message)

    @app.exception_handler(HTTPException)
    async def on_http(request: Request, exc: HTTPException) -> Response:
        resp = error_response(request, exc.status_code, str(exc.detail))
        if exc.headers:
            resp.headers.update(exc.headers)
        return resp

    @app.exception_handler(RequestValidationError)
    async def on_validation(request: Request, exc: RequestValidationError) -> Response:
        errors = jsonable_encoder(exc.errors(), exclude={"ctx", "url", "input"})
        where = "; ".join(f"{_loc(e)}: {e.get('msg')}" for e in errors)
        return error_response(request, 422, f"invalid parameter ({where})", errors)

    @app.exception_handler(FilterError)
    async def on_filter(request: Request, exc: FilterError) -> Response:
        return error_response(request, 400, str(exc))

    @app.exception_handler(StancegraphError)
    async def on_stancegraph(request: Request, exc: StancegraphError) -> Response:
        status = 500
        if isinstance(exc, NotFound):
            status = 404
        elif isinstance(exc, InputError):
            status = 400
        elif isinstance(exc, StoreError):
            status = 503
        elif isinstance(exc, MissingExtra):
            status = 501
        return error_response(request, status, str(exc))

    # -- pages ------------------------------------------------------------------------------------

    @app.get("/", response_class=HTMLResponse, include_in_schema=False)
    def search_page(
        request: Request, store: StoreDep, raw: FiltersDep, paging: PagingDep, order: OrderParam = "newest"
    ) -> Response:
        error = None
        how = "recent"
        try:
            f = check_filters(raw)
            how = _order(order, f)
        except FilterError as exc:
            error, f = str(exc), raw
        rows: list[query.StatementRow] = []
        docs: list[query.DocumentRow] = []
        total = 0
        if error is None:
            kw = f.kwargs()
            total = query.count_statements(store, **kw)
            rows = query.statements(store, **kw, order=how, limit=paging.size, offset=paging.offset)
            if f.q:
                docs = query.documents(store, q=f.q, since=f.since, until=f.until, outlet=f.outlet, limit=10)
        overview = None if f.active() else options.get("overview", lambda: query.summary(store, top=8))
        over_time = None
        if overview is not None:
            over_time = options.get("over_time", lambda: _store_timeline(store))
        actor_name = None if f.actor_id is None else query.actor(store, f.actor_id).name
        return page(
            request,
            "search.html",
            400 if error else 200,
            title="Search statements",
            f=f,
            error=error,
            rows=rows,
            docs=docs,
            total=total,
            paging=paging,
            pages=_pages(request, total, paging),
            overview=overview,
            over_time=over_time,
            actor_name=actor_name,
            targets=options.get("targets", lambda: [t.target for t in query.stance_by_target(store)]),
            outlets=options.get("outlets", lambda: query.outlets(store)),
            export=urlencode(f.params()),
            more_docs="/documents?" + urlencode({"q": f.q or ""}) if len(docs) == 10 else None,
            order=order,
            without_actor="/?" + urlencode({k: v for k, v in f.params().items() if k != "actor_id"}),
        )

    @app.get("/documents", response_class=HTMLResponse, include_in_schema=False)
    def documents_page(
        request: Request,
        store: StoreDep,
        paging: PagingDep,
        q: TextParam = None,
        outlet: OutletParam = None,
        since: DateParam = None,
        until: DateParam = None,
    ) -> Response:
        f = check_filters(
            StatementFilters(q=_clean(q), outlet=_clean(outlet), since=_clean(since), until=_clean(until))
        )
        rows = query.documents(
            store,
            q=f.q,
            outlet=f.outlet,
            since=f.since,
            until=f.until,
            limit=paging.size + 1,
            offset=paging.offset,
        )
        more = len(rows) > paging.size
        return page(
            request,
            "documents.html",
            title="Documents",
            rows=rows[: paging.size],
            f=f,
            outlets=options.get("outlets", lambda: query.outlets(store)),
            paging=paging,
            prev_url=_page_url(request, paging.page - 1) if paging.page > 1 else None,
            next_url=_page_url(request, paging.page + 1) if more else None,
        )

    @app.get("/actors", response_class=HTMLResponse, include_in_schema=False)
    def actors_page(
        request: Request,
        store: StoreDep,
        paging: PagingDep,
        name: TextParam = None,
        kind: KindParam = None,
    ) -> Response:
        name, kind = _clean(name), _clean(kind)
        rows = query.actors(store, name=name, kind=kind, limit=paging.size + 1, offset=paging.offset)
        more = len(rows) > paging.size
        return page(
            request,
            "actors.html",
            title="Actors",
            rows=rows[: paging.size],
            name=name,
            kind=kind,
            paging=paging,
            prev_url=_page_url(request, paging.page - 1) if paging.page > 1 else None,
            next_url=_page_url(request, paging.page + 1) if more else None,
        )

    @app.get("/actors/{actor_id}", response_class=HTMLResponse, include_in_schema=False)
    def actor_page(
        request: Request,
        store: StoreDep,
        actor_id: ActorIdPath,
        firm: Annotated[bool, Query(description="Only relations read from more than a guess.")] = False,
    ) -> Response:
        a = query.actor(store, actor_id)
        overall, per_target = _actor_timelines(store, actor_id)
        targets = query.stance_by_target(store, actor_id=actor_id)
        charts_by_target = {
            t.target: Markup(
                charts.bar_chart(per_target[t.target], title=f"{a.name} on {t.target}", width=420, height=130)
            )
            for t in targets
            if t.target in per_target
        }
        recent = query.statements(store, actor_id=actor_id, order="recent", limit=20)
        floor = query.FIRM_SCORE if firm else None
        rows = query.relations(store, actor_id=actor_id, min_score=floor, limit=2000)
        relations = _group_relations(actor_id, rows)
        pairs = query.relation_pairs(store, actor_id=actor_id, min_score=floor, limit=NETWORK_EDGES)
        network = _pair_network(pairs, f"{a.name}: for and against", center=actor_id, height=460)
        return page(
            request,
            "actor.html",
            title=a.name,
            a=a,
            overall=overall,
            overall_chart=Markup(charts.bar_chart(overall, title=f"Statements by {a.name} over time")),
            targets=targets,
            target_scale=max((t.total for t in targets), default=0),
            charts_by_target=charts_by_target,
            recent=recent,
            relations=relations,
            network=network,
            firm=firm,
            bases=RELATION_BASES,
        )

    @app.get("/relations", response_class=HTMLResponse, include_in_schema=False)
    def relations_page(
        request: Request,
        store: StoreDep,
        firm: Annotated[bool, Query(description="Only relations read from more than a guess.")] = False,
        actor: TextParam = None,
        since: DateParam = None,
        until: DateParam = None,
    ) -> Response:
        """Who is for or against whom: the relations between stored actors as a network
        and as a table, copies counted once."""
        f = check_filters(StatementFilters(since=_clean(since), until=_clean(until)))
        floor = query.FIRM_SCORE if firm else None
        who = _clean(actor)
        pairs = query.relation_pairs(store, actor=who, min_score=floor, since=f.since, until=f.until)
        title = "Who is for or against whom" + (" (firm readings only)" if firm else "")
        days = query.relations_per_period(store, actor=who, min_score=floor, since=f.since,
                                          until=f.until, period="day")
        tl = charts.timeline(((d.period, d.polarity, d.count) for d in days), ["negative", "positive"])
        over_time = charts.bar_chart(tl, title="Relations over time",
                                     classes={"negative": "bar-against", "positive": "bar-favor"}, height=150)
        return page(
            request,
            "relations.html",
            title="Relations",
            pairs=pairs[:TABLE_PAIRS],
            more=max(0, len(pairs) - TABLE_PAIRS),
            network=_pair_network(pairs[:NETWORK_EDGES], title),
            over_time=Markup(over_time),
            firm=firm,
            actor=_clean(actor) or "",
            since=f.since or "",
            until=f.until or "",
            scale=max((p.total for p in pairs), default=0),
        )

    @app.get("/targets", response_class=HTMLResponse, include_in_schema=False)
    def targets_page(request: Request, store: StoreDep) -> Response:
        targets = query.stance_by_target(store)
        return page(
            request,
            "targets.html",
            title="Targets",
            targets=targets,
            scale=max((t.total for t in targets), default=0),
        )

    @app.get("/targets/{name:path}", response_class=HTMLResponse, include_in_schema=False)
    def target_page(request: Request, store: StoreDep, name: TargetPath) -> Response:
        t = _target_row(store, name)
        tl = _target_timeline(store, t.target)
        sides = query.target_actors(store, t.target)
        outlets = query.target_outlets(store, t.target)
        return page(
            request,
            "target.html",
            title=t.target,
            t=t,
            chart=Markup(charts.bar_chart(tl, title=f"Stance on {t.target} over time")),
            tl=tl,
            sides={
                label: sorted(
                    (s for s in sides if getattr(s, label)), key=lambda s: (-getattr(s, label), s.actor)
                )
                for label in STANCE_LABELS
            },
            side_limit=SIDE_LIMIT,
            scale=max((s.total for s in sides), default=0),
            quotes=_top_quotes(store, t.target),
            search_url="/?" + urlencode({"target": t.target}),
            outlets=outlets,
            outlet_scale=max((o.total for o in outlets), default=0),
        )

    @app.get("/documents/{doc_id}", response_class=HTMLResponse, include_in_schema=False)
    def document_page(request: Request, store: StoreDep, doc_id: DocIdPath) -> Response:
        row = query.document(store, doc_id)
        doc = store.get(doc_id)
        ids = store.actor_ids(doc_id)
        canonical = dedup.canonical_of(store, doc_id)
        text = Markup(highlight(doc, lambda local: f"/actors/{ids[local]}" if local in ids else None))
        return page(
            request,
            "document.html",
            title=doc.title or doc.source,
            row=row,
            doc=doc,
            ids=ids,
            text=text,
            url=_safe_url(row.url),
            statements=_document_statements(doc),
            actors=sorted(doc.actors, key=lambda a: (-len(a.mentions), a.name)),
            canonical=None if canonical == doc_id else query.document(store, canonical),
            duplicates=[c for c in dedup.copies(store, doc_id) if c.doc_id != doc_id or c.kind == "sighting"],
        )

    @app.get("/api", response_class=HTMLResponse, include_in_schema=False)
    def api_page(request: Request) -> Response:
        schema = app.openapi()
        endpoints = [
            {
                "method": method.upper(),
                "path": path,
                "summary": op.get("summary", ""),
                "description": op.get("description", ""),
                "params": op.get("parameters", []) + _body_params(schema, op),
            }
            for path, ops in schema["paths"].items()
            for method, op in ops.items()
        ]
        return page(request, "api.html", title="JSON API", endpoints=endpoints)

    # -- API ---------------------------------------------------------------------------------------

    error_responses: dict[int | str, dict[str, Any]] = {
        400: {"model": ErrorOut, "description": "A malformed filter"},
        404: {"model": ErrorOut, "description": "Not in the store"},
        422: {"model": ErrorOut, "description": "An invalid parameter"},
    }

    @app.get("/api/statements", response_model=StatementPage, responses=error_responses, tags=["statements"])
    def api_statements(
        store: StoreDep, raw: FiltersDep, paging: PagingDep, order: OrderParam = "newest"
    ) -> StatementPage:
        """Statements matching every filter, one page at a time (newest documents first unless
        ordered otherwise)."""
        f = check_filters(raw)
        kw = f.kwargs()
        total = query.count_statements(store, **kw)
        rows = query.statements(store, **kw, order=_order(order, f), limit=paging.size, offset=paging.offset)
        return StatementPage(total=total, page=paging.page, size=paging.size, items=rows)

    def export(f: StatementFilters, fmt: str) -> StreamingResponse:
        # Validate and count before streaming: a bad filter is a 4xx, not a broken download.
        with Store(settings.db_url, create=False) as store:
            total = query.count_statements(store, **f.kwargs())

        def chunks() -> Iterator[str]:
            fields = list(query.StatementRow.FIELDS)
            buf = io.StringIO()
            writer = csv.DictWriter(buf, fieldnames=fields, lineterminator="\n")
            if fmt == "csv":
                writer.writeheader()
            with Store(settings.db_url, create=False) as store:
                # Ingest order, fetched by id a chunk at a time: linear however long the list.
                for n, row in enumerate(query.iter_statements(store, batch=EXPORT_CHUNK, **f.kwargs()), 1):
                    if fmt == "csv":
                        writer.writerow(row.flat())
                    else:
                        buf.write(json.dumps(row.to_dict(), ensure_ascii=False) + "\n")
                    if n % EXPORT_CHUNK == 0:
                        yield buf.getvalue()
                        buf.seek(0)
                        buf.truncate()
            yield buf.getvalue()

        media = "text/csv; charset=utf-8" if fmt == "csv" else "application/x-ndjson; charset=utf-8"
        return StreamingResponse(
            chunks(),
            media_type=media,
            headers={
                "Content-Disposition": f'attachment; filename="statements.{fmt}"',
                "X-Total-Count": str(total),
            },
        )

    stream_doc = {200: {"description": "The whole filtered list, streamed."}, **error_responses}

    @app.get(
        "/api/statements.csv", response_class=StreamingResponse, responses=stream_doc, tags=["statements"]
    )
    def api_statements_csv(raw: FiltersDep) -> StreamingResponse:
        """Every statement matching the filters (no paging) as CSV, streamed."""
        return export(check_filters(raw), "csv")

    @app.get(
        "/api/statements.jsonl", response_class=StreamingResponse, responses=stream_doc, tags=["statements"]
    )
    def api_statements_jsonl(raw: FiltersDep) -> StreamingResponse:
        """Every statement matching the filters (no paging) as JSON lines, streamed."""
        return export(check_filters(raw), "jsonl")

    @app.get("/api/documents", response_model=DocumentPage, responses=error_responses, tags=["documents"])
    def api_documents(
        store: StoreDep,
        paging: PagingDep,
        q: Annotated[
            str | None, Query(max_length=MAX_TEXT_FILTER, description="Words in title or text.")
        ] = None,
        outlet: OutletParam = None,
        since: DateParam = None,
        until: DateParam = None,
    ) -> DocumentPage:
        """Stored documents, newest first; q searches titles and texts."""
        f = check_filters(StatementFilters(since=_clean(since), until=_clean(until)))
        rows = query.documents(
            store,
            q=_clean(q),
            since=f.since,
            until=f.until,
            outlet=_clean(outlet),
            limit=paging.size,
            offset=paging.offset,
        )
        return DocumentPage(page=paging.page, size=paging.size, items=rows)

    @app.get(
        "/api/documents/{doc_id}",
        response_model=DocumentDetail,
        responses=error_responses,
        tags=["documents"],
    )
    def api_document(store: StoreDep, doc_id: DocIdPath) -> DocumentDetail:
        """One document: its text, body spans, actors, statements and relations."""
        row = query.document(store, doc_id)
        doc = store.get(doc_id)
        canonical = dedup.canonical_of(store, doc_id)
        return DocumentDetail(
            row=row,
            document=doc.to_json(),
            actor_ids=store.actor_ids(doc_id),
            chrome=[list(c) for c in doc.meta.get("chrome") or []],
            canonical_id=None if canonical == doc_id else canonical,
            copies=[c for c in dedup.copies(store, doc_id) if c.doc_id != doc_id or c.kind == "sighting"],
        )

    @app.get("/api/actors", response_model=ActorPage, responses=error_responses, tags=["actors"])
    def api_actors(
        store: StoreDep,
        paging: PagingDep,
        name: TextParam = None,
        kind: KindParam = None,
    ) -> ActorPage:
        """Stored actors, most quoted first; name matches any name or alias (or a part)."""
        rows = query.actors(
            store, name=_clean(name), kind=_clean(kind), limit=paging.size, offset=paging.offset
        )
        return ActorPage(page=paging.page, size=paging.size, items=rows)

    @app.get("/api/actors/{actor_id}", response_model=ActorDetail, responses=error_responses, tags=["actors"])
    def api_actor(store: StoreDep, actor_id: ActorIdPath) -> ActorDetail:
        """One actor: names, stance per target, timelines and relations to other actors."""
        a = query.actor(store, actor_id)
        overall, per_target = _actor_timelines(store, actor_id)
        return ActorDetail(
            actor=a,
            targets=[_target_out(t) for t in query.stance_by_target(store, actor_id=actor_id)],
            statements_over_time=_timeline_out(overall),
            stance_over_time={k: _timeline_out(v) for k, v in per_target.items()},
            relations=query.actor_relations(store, actor_id, limit=2000),
        )

    @app.get("/api/relations", response_model=RelationPage, responses=error_responses, tags=["relations"])
    def api_relations(
        store: StoreDep,
        paging: PagingDep,
        actor: Annotated[str | None, Query(max_length=MAX_TEXT_FILTER, description="On either side.")] = None,
        subject: Annotated[
            str | None, Query(max_length=MAX_TEXT_FILTER, description="Who takes the position.")
        ] = None,
        object: Annotated[  # noqa: A002 - the API's word
            str | None,
            Query(max_length=MAX_TEXT_FILTER, description="Toward whom (an actor) or what (a target)."),
        ] = None,
        polarity: Annotated[str | None, Query(pattern="^(positive|negative)$")] = None,
        min_score: Annotated[
            float | None, Query(ge=0, le=1, description="Only relations whose evidence scores at least this.")
        ] = None,
        basis: Annotated[
            str | None, Query(max_length=40, description="What the polarity rests on: word, evaluation, ...")
        ] = None,
        outlet: OutletParam = None,
        since: DateParam = None,
        until: DateParam = None,
    ) -> RelationPage:
        """Who is for or against whom: relations between actors (and toward targets), oldest
        documents first, each with its sentence, evidence, score and basis."""
        f = check_filters(StatementFilters(since=_clean(since), until=_clean(until)))
        try:
            rows = query.relations(
                store, actor=_clean(actor), subject=_clean(subject), object=_clean(object),
                polarity=polarity, min_score=min_score, basis=_clean(basis), outlet=_clean(outlet),
                since=f.since, until=f.until, limit=paging.size, offset=paging.offset,
            )  # fmt: skip
        except ValueError as exc:
            raise FilterError(str(exc)) from None
        return RelationPage(page=paging.page, size=paging.size, items=rows)

    @app.get("/api/relations/pairs", response_model=list[query.RelationPair], responses=error_responses,
             tags=["relations"])
    def api_relation_pairs(
        store: StoreDep,
        actor: Annotated[str | None, Query(max_length=MAX_TEXT_FILTER, description="On either side.")] = None,
        min_score: Annotated[float | None, Query(ge=0, le=1)] = None,
        since: DateParam = None,
        until: DateParam = None,
        limit: Annotated[int, Query(ge=1, le=5000)] = 200,
    ) -> list[query.RelationPair]:
        """Relations between two stored actors added up per (subject, object), most first."""
        f = check_filters(StatementFilters(since=_clean(since), until=_clean(until)))
        return query.relation_pairs(
            store, actor=_clean(actor), min_score=min_score, since=f.since, until=f.until, limit=limit
        )

    @app.get("/api/summary", tags=["summary"])
    def api_summary(store: StoreDep) -> dict[str, Any]:
        """What the store holds (the search page's overview): counts, dates, most quoted
        actors, stance per target."""
        return query.summary(store).to_dict()

    @app.get("/api/targets", response_model=list[TargetOut], tags=["targets"])
    def api_targets(store: StoreDep) -> list[TargetOut]:
        """Every stance target with its favor/against/neutral counts, most discussed first."""
        return [_target_out(t) for t in query.stance_by_target(store)]

    @app.get(
        "/api/targets/{name:path}", response_model=TargetDetail, responses=error_responses, tags=["targets"]
    )
    def api_target(store: StoreDep, name: TargetPath) -> TargetDetail:
        """One target: who is for and against it, over time, and the strongest quotes on each side."""
        t = _target_row(store, name)
        return TargetDetail(
            target=_target_out(t),
            actors=[ActorStanceOut(**s.to_dict()) for s in query.target_actors(store, t.target)],
            over_time=_timeline_out(_target_timeline(store, t.target)),
            top_quotes=_top_quotes(store, t.target),
            outlets=[OutletStanceOut(**o.to_dict()) for o in query.target_outlets(store, t.target)],
        )

    # -- writing (only with a token) ----------------------------------------------------------------

    @app.post(
        "/api/documents",
        response_model=IngestOut,
        status_code=201,
        dependencies=[Depends(require_token)],
        responses={403: {"model": ErrorOut, "description": "No token configured, or a wrong one"}},
        tags=["documents"],
    )
    def api_ingest(store: StoreDep, body: IngestIn) -> IngestOut:
        """Analyse a text and store it (needs the server's token). Storing it twice adds nothing."""
        from ..ingest import Outcome, write
        from ..pipeline import Pipeline
        from ..read import read_text

        if len(body.text.encode("utf-8")) > settings.config.max_bytes:
            raise HTTPException(413, f"the text is larger than {settings.config.max_bytes} bytes")
        try:
            published = query.check_date(body.published, "published")
        except ValueError as exc:
            raise FilterError(str(exc)) from None
        meta = {"title": body.title, "url": body.url, "outlet": body.outlet, "published": published}
        doc = read_text(body.text, body.source, **{k: v for k, v in meta.items() if v})
        if store.has(doc.id):  # the same text again: nothing to analyse, note where it was seen
            dedup.add_sighting(store, doc)
            row = query.document(store, doc.id)
            return IngestOut(id=doc.id, status="known", actors=row.actors, statements=row.statements)
        with pipeline_lock:  # one pipeline (a spaCy model) per app, built on first use
            if getattr(app.state, "pipeline", None) is None:
                app.state.pipeline = Pipeline(settings.config)
            analysed: Document = app.state.pipeline.run(doc)
        analysed.paragraphs = []  # parses are not stored
        # The CLI's ingest path: stored with its dedup record (copy of which document) at once.
        status = write(store, Outcome(analysed, dedup.fingerprint(analysed)), settings.config.dedup_threshold)
        options.clear()  # new targets, outlets and counts show at once on this server
        return IngestOut(
            id=analysed.id, status=status, actors=len(analysed.actors), statements=len(analysed.statements)
        )

    @app.post(
        "/api/actors/{actor_id}/merge",
        response_model=query.ActorRow,
        dependencies=[Depends(require_token)],
        responses={
            403: {"model": ErrorOut, "description": "No token configured, or a wrong one"},
            404: {"model": ErrorOut, "description": "Either actor is not in the store"},
        },
        tags=["actors"],
    )
    def api_merge(store: StoreDep, actor_id: ActorIdPath, body: MergeIn) -> query.ActorRow:
        """Merge this actor into another (needs the server's token): names, statements and
        relations move to it; this one is deleted. Answers with the merged actor."""
        try:
            store.merge_actors(actor_id, body.into)
        except ValueError as exc:
            raise FilterError(str(exc)) from None
        options.clear()  # the overview counts actors
        return query.actor(store, body.into)

    return app


def _order(order: str, f: StatementFilters) -> str:
    """query.statements' order for a page's: strongest stance first needs a target."""
    if order == "strongest" and not f.target:
        raise FilterError("order=strongest needs a target: the strongest stance on what?")
    return ORDERS[order]


def _body_params(schema: dict[str, Any], op: dict[str, Any]) -> list[dict[str, Any]]:
    """The fields of an operation's JSON body, as rows like its parameters."""
    body = op.get("requestBody", {}).get("content", {}).get("application/json", {}).get("schema", {})
    name = str(body.get("$ref", "")).rsplit("/", 1)[-1]
    model = schema.get("components", {}).get("schemas", {}).get(name, {})
    required = set(model.get("required", []))
    return [
        {
            "name": k,
            "in": "body" + (" (required)" if k in required else ""),
            "description": v.get("description", ""),
        }
        for k, v in model.get("properties", {}).items()
    ]


def _loc(error: dict[str, Any]) -> str:
    """The parameter a validation error is about (``since``, ``body.text``)."""
    return ".".join(str(p) for p in error.get("loc", ()) if p not in ("query", "path", "header"))


# -- page helpers --------------------------------------------------------------------------------


def _page_url(request: Request, page: int) -> str:
    params = [(k, v) for k, v in request.query_params.multi_items() if k != "page"]
    if page > 1:
        params.append(("page", str(page)))
    return request.url.path + ("?" + urlencode(params) if params else "")


def _pages(request: Request, total: int, paging: Paging) -> dict[str, Any]:
    last = max(1, -(-total // paging.size))
    return {
        "last": last,
        "first_row": paging.offset + 1 if total else 0,
        "last_row": min(total, paging.offset + paging.size),
        "prev": _page_url(request, paging.page - 1) if paging.page > 1 else None,
        "next": _page_url(request, paging.page + 1) if paging.page < last else None,
    }


@dataclass
class DocStatement:
    index: int
    kind: str
    speaker: str
    actor: str | None  # local id
    cue: str
    content: str
    start: int
    stances: list[Any]
    css: str
    times: list[TimeExpr]


def _speaker(doc: Document, st: Statement) -> str:
    if st.speaker:
        return doc.slice(st.speaker)
    who = doc.actor(st.actor)
    return who.name if who else ""


def _document_statements(doc: Document) -> list[DocStatement]:
    return [
        DocStatement(
            index=i,
            kind=st.kind,
            speaker=_speaker(doc, st),
            actor=st.actor,
            cue=doc.slice(st.cue),
            content=doc.slice(st.content),
            start=st.content[0],
            stances=st.stances,
            css=stance_class(st),
            times=st.times,
        )
        for i, st in enumerate(doc.statements)
    ]
