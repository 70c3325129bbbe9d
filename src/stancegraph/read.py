"""Read stage: turn files, directories, globs and standard input into Documents.

``read_inputs`` yields a ``Document`` per article and, for each input that cannot
be read, a named ``InputError`` whose message names the input and the reason in
one line; the stream always goes on with the other inputs.

Formats (by suffix; content is sniffed for standard input and unknown suffixes):

- text (``.txt .text .md``): ``Document.text`` is the decoded file, unchanged;
- HTML (``.html .htm .xhtml``, extra ``html``): the main text extracted by
  trafilatura (offsets point into it); title, date (htmldate), url and outlet go
  to ``meta``, the original bytes to ``meta["raw"]``;
- WARC (``.warc .warc.gz``, extra ``warc``): each HTML response record is a page;
- JSONL / JSON (``.jsonl .ndjson .json``): one record an article; field names come
  from ``Config.jsonl_fields`` over ``JSONL_FIELDS``; ``text`` may be a string or
  a list of paragraphs; a record with ``html`` instead goes through the HTML
  extractor; a record's source is ``file:line`` (``file[i]`` in a JSON list);
- any of these gzip'd (``.gz``).

Errors: ``EmptyInput`` (zero bytes, whitespace, HTML with no article),
``BinaryInput``, ``DecodeInput`` (also invalid JSON), ``InputTooLarge``,
``NoInputFound`` (missing path, empty directory, glob matching nothing, WARC
without HTML pages), ``UnsupportedInput`` (PDF, Word ..., records without text),
``UnreadableInput`` (permissions, truncated gzip or WARC, anything unexpected).

Size: a file above ``Config.max_bytes`` is refused (``InputTooLarge``) before it
is read; gzip'd input is refused as soon as its decompressed size passes the
limit. WARC and JSONL are streamed (from files and from standard input alike),
and the limit applies to each record.

``read_bytes`` reads an uploaded payload (format from its name, else sniffed);
``read_text`` wraps a string already in memory.

Decoding rule for text: a UTF-16 BOM selects UTF-16; else strict UTF-8 (a UTF-8
BOM is dropped and recorded as ``meta["bom"]``); else, when the bytes hold no
valid UTF-8 multi-byte sequence (so they are not broken UTF-8) and decode as
Windows-1252 into ordinary text, cp1252 (a superset of Latin-1 for text);
otherwise ``DecodeInput`` naming the offset of the first bad byte. NUL bytes or
more than 2% control characters make ``BinaryInput``. The encoding used is
``meta["encoding"]``.
"""

from __future__ import annotations

import glob
import gzip
import io
import json
import os
import re
import sys
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any, cast

from .clean import date_from_url, parse_date
from .config import TEXT_SUFFIXES, Config
from .errors import (
    BinaryInput,
    DecodeInput,
    EmptyInput,
    InputError,
    InputTooLarge,
    MissingExtra,
    NoInputFound,
    UnreadableInput,
    UnsupportedInput,
)
from .types import Document

HTML_SUFFIXES = (".html", ".htm", ".xhtml")
FORMATS: dict[str, str] = {
    **{s: "text" for s in TEXT_SUFFIXES},
    **{s: "html" for s in HTML_SUFFIXES},
    ".warc": "warc",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
}
# Formats people try that we do not read: a clear message beats a binary-file error.
KNOWN_UNSUPPORTED = {
    ".pdf": "PDF: convert it to text first (e.g. pdftotext)",
    ".doc": "Word documents: save as text first",
    ".docx": "Word documents: save as text first",
    ".odt": "OpenDocument text: save as text first",
    ".epub": "EPUB books",
    ".zip": "zip archives: unpack them first",
    ".tar": "tar archives: unpack them first",
    ".tgz": "tar archives: unpack them first",
    ".bz2": "bzip2 compression: decompress first (gzip is supported)",
    ".xz": "xz compression: decompress first (gzip is supported)",
    ".png": "images",
    ".jpg": "images",
    ".jpeg": "images",
    ".gif": "images",
    ".mp3": "audio",
    ".mp4": "video",
    ".xlsx": "spreadsheets",
}
# Default JSONL/JSON field names: role -> field.
JSONL_FIELDS: dict[str, str] = {
    "text": "text",
    "html": "html",
    "url": "url",
    "title": "title",
    "date": "date",
    "outlet": "outlet",
    "id": "id",
}
STDIN = "-"
# An HTML page whose extracted text has no line this long holds no article.
MIN_SENTENCE_WORDS = 6
_SUFFIX_HINT = "looked for .txt .text .md .html .htm .warc .jsonl .ndjson .json, each also .gz"
_GLOB_CHARS = re.compile(r"[*?\[]")
_CONTROL_OK = b"\t\n\r\x0b\x0c\x1b"
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}")


# --- public entry points -------------------------------------------------------


def read_inputs(
    paths: Iterable[str | Path], config: Config | None = None, *, stdin: IO[bytes] | None = None
) -> Iterator[Document | InputError]:
    """Documents from files, directories (walked recursively, sorted), globs and ``-``.

    Each problem input yields a named ``InputError``; the stream goes on.
    """
    config = config or Config()
    for arg in paths:
        yield from _read_arg(str(arg), config, stdin)


def read_text(text: str, source: str = "<text>", **meta: Any) -> Document:
    """A Document from a string already in memory (the web app's pasted text)."""
    return Document(text=text, source=source, meta={"format": "text", **meta})


def read_bytes(
    data: bytes, source: str, config: Config | None = None, fmt: str | None = None, **meta: Any
) -> Iterator[Document | InputError]:
    """Documents from an uploaded or piped payload. ``fmt`` (text, html, warc, jsonl,
    json) is taken from ``source`` when it names a known suffix, else sniffed; gzip'd
    payloads are opened."""
    config = config or Config()
    fmt = fmt or format_of(source)[0]

    def make() -> Iterator[Document | InputError]:
        if fmt is None:
            yield from _read_stream(io.BytesIO(data), source, config)
            return
        payload = data
        if data[:2] == b"\x1f\x8b" and fmt != "warc":
            payload = gzip.GzipFile(fileobj=io.BytesIO(data)).read(config.max_bytes + 1)
            if len(payload) > config.max_bytes:
                raise _too_large(source, "its decompressed size", config)
        yield from _from_bytes(payload, fmt, source, config, meta)

    yield from _guard(source, make)


def supported_suffixes() -> tuple[str, ...]:
    return tuple(FORMATS) + tuple(s + ".gz" for s in FORMATS)


def format_of(name: str) -> tuple[str | None, bool]:
    """(format, gzip'd) from a file name; format None when the suffix is unknown."""
    lower = name.lower()
    gz = lower.endswith(".gz")
    if gz:
        lower = lower[:-3]
    suffix = os.path.splitext(lower)[1]
    return FORMATS.get(suffix), gz


def sniff_format(data: bytes) -> str:
    """The format of a payload without a file name (standard input)."""
    head = data[:2048].lstrip(b"\xef\xbb\xbf \t\r\n")
    low = head[:200].lower()
    if head.startswith(b"WARC/"):
        return "warc"
    if low.startswith((b"<!doctype html", b"<html", b"<?xml")) or re.search(rb"<(head|body|article)\b", low):
        return "html"
    if head.startswith(b"{"):
        first = head.split(b"\n", 1)[0]
        try:
            if isinstance(json.loads(first), dict):
                return "jsonl"
        except ValueError:
            return "json" if data.rstrip().endswith(b"}") else "text"
        return "jsonl"
    if head.startswith(b"["):
        return "json"
    return "text"


# --- argument expansion -------------------------------------------------------


def _read_arg(arg: str, config: Config, stdin: IO[bytes] | None) -> Iterator[Document | InputError]:
    if arg == STDIN:
        yield from _guard("<stdin>", lambda: _read_stream(stdin or sys.stdin.buffer, "<stdin>", config))
        return
    path = Path(arg)
    if path.is_dir():
        files = list(_walk(path))
        if not files:  # an unlistable folder already comes out as its own error
            yield NoInputFound(arg, f"no readable inputs in this directory ({_SUFFIX_HINT})")
        for f in files:
            if isinstance(f, InputError):
                yield f
            else:
                yield from _guard(str(f), lambda f=f: _read_file(f, str(f), config, explicit=False))
    elif path.exists():
        yield from _guard(arg, lambda: _read_file(path, arg, config, explicit=True))
    elif _GLOB_CHARS.search(arg):
        matches = sorted(glob.glob(arg, recursive=True))
        if not matches:
            yield NoInputFound(arg, "no file matches this pattern")
        for m in matches:
            yield from _read_arg(m, config, stdin)
    else:
        yield NoInputFound(arg, "no such file or directory")


def _walk(root: Path) -> Iterator[Path | InputError]:
    """Supported files under ``root``, depth first, names sorted; hidden entries skipped.
    A folder that cannot be listed comes out as an error naming it, in its place."""
    failed: list[OSError] = []
    for dirpath, dirnames, filenames in os.walk(root, onerror=failed.append):
        while failed:
            yield _unlistable(failed.pop(0))
        dirnames[:] = sorted(d for d in dirnames if not d.startswith("."))
        for name in sorted(filenames):
            if not name.startswith(".") and format_of(name)[0] is not None:
                yield Path(dirpath) / name
    while failed:
        yield _unlistable(failed.pop(0))


def _unlistable(exc: OSError) -> InputError:
    source = str(exc.filename or "?")
    if isinstance(exc, PermissionError):
        return UnreadableInput(source, f"permission denied: the folder cannot be listed ({exc.strerror})")
    return UnreadableInput(source, f"the folder cannot be listed ({exc.strerror or _brief(exc)})")


def _brief(exc: BaseException) -> str:
    """An exception's message on one line, cut short: error messages are one line each."""
    text = " ".join(str(exc).split())
    return text if len(text) <= 200 else text[:197] + "..."


def _guard(source: str, make: Any) -> Iterator[Document | InputError]:
    """Run a reader, turning any failure into a named error for this input."""
    try:
        yield from make()
    except InputError as exc:
        yield exc
    except MissingExtra:
        raise
    except PermissionError as exc:
        yield UnreadableInput(source, f"permission denied ({exc.strerror})")
    except IsADirectoryError:
        yield UnsupportedInput(source, "is a directory")
    except (EOFError, zlib.error, gzip.BadGzipFile) as exc:
        yield UnreadableInput(
            source, f"truncated or corrupt compressed data ({_brief(exc) or type(exc).__name__})"
        )
    except OSError as exc:
        yield UnreadableInput(source, f"cannot read ({exc.strerror or _brief(exc)})")
    except Exception as exc:  # noqa: BLE001 - a reader bug must not stop the run
        yield UnreadableInput(source, f"could not be read: {type(exc).__name__}: {_brief(exc)}")


# --- files and streams ---------------------------------------------------------


def _read_file(path: Path, source: str, config: Config, explicit: bool) -> Iterator[Document | InputError]:
    fmt, gz = format_of(path.name)
    if fmt is None:
        why = KNOWN_UNSUPPORTED.get(path.suffix.lower())
        if why:
            raise UnsupportedInput(source, f"unsupported format ({why})")
        if not gz and not explicit:
            raise UnsupportedInput(source, "unknown file type")
    meta: dict[str, Any] = {"path": str(path)}
    if fmt == "warc":
        with path.open("rb") as fh:
            yield from _warc_documents(fh, source, config)
        return
    if fmt == "jsonl":
        with path.open("rb") as raw:
            lines = cast(IO[bytes], gzip.GzipFile(fileobj=raw) if gz else raw)
            yield from _jsonl_documents(lines, source, config)
        return
    data = _read_limited(path, source, gz, config)
    if fmt is None:
        fmt = sniff_format(data)
    yield from _from_bytes(data, fmt, source, config, meta)


def _too_large(source: str, size: str, config: Config) -> InputTooLarge:
    return InputTooLarge(
        source,
        f"{size} is above the limit of {config.max_bytes:,} bytes "
        "(raise it with --max-bytes or Config.max_bytes)",
    )


def _read_limited(path: Path, source: str, gz: bool, config: Config) -> bytes:
    """The file's bytes (decompressed when gzip'd), refusing oversize input before reading it."""
    if not gz:
        size = path.stat().st_size
        if size > config.max_bytes:
            raise _too_large(source, f"{size:,} bytes", config)
        # Read with a cap all the same: a pipe or a device reports size 0.
        with path.open("rb") as raw:
            data = raw.read(config.max_bytes + 1)
        if len(data) > config.max_bytes:
            raise _too_large(source, "the input", config)
        return data
    with gzip.open(path, "rb") as fh:
        data = fh.read(config.max_bytes + 1)
    if len(data) > config.max_bytes:
        raise _too_large(source, "its decompressed size", config)
    return data


class _Rejoined(io.RawIOBase):
    """A stream whose first bytes were already read for sniffing, put back in front."""

    def __init__(self, head: bytes, rest: IO[bytes]) -> None:
        self.head, self.rest = head, rest

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        if self.head:
            n = min(len(buffer), len(self.head))
            buffer[:n] = self.head[:n]
            self.head = self.head[n:]
            return n
        chunk = self.rest.read(len(buffer))
        buffer[: len(chunk)] = chunk
        return len(chunk)


def _rejoin(head: bytes, rest: IO[bytes]) -> IO[bytes]:
    return cast(IO[bytes], io.BufferedReader(_Rejoined(head, rest)))


def _read_stream(stream: IO[bytes], source: str, config: Config) -> Iterator[Document | InputError]:
    """Standard input: sniffed, then streamed (WARC, JSONL) or read up to the limit."""
    head = stream.read(65536)
    if head[:2] == b"\x1f\x8b":
        stream = cast(IO[bytes], gzip.GzipFile(fileobj=_rejoin(head, stream)))
        head = stream.read(65536)
    stream = _rejoin(head, stream)
    fmt = sniff_format(head)
    if fmt == "warc":
        yield from _warc_documents(stream, source, config)
    elif fmt == "jsonl":
        yield from _jsonl_documents(stream, source, config)
    else:
        data = stream.read(config.max_bytes + 1)
        if len(data) > config.max_bytes:
            raise _too_large(source, "the input", config)
        yield from _from_bytes(data, fmt, source, config, {})


def _from_bytes(
    data: bytes, fmt: str, source: str, config: Config, meta: dict[str, Any]
) -> Iterator[Document | InputError]:
    if fmt == "warc":
        yield from _warc_documents(io.BytesIO(data), source, config)
    elif fmt == "jsonl":
        yield from _jsonl_documents(io.BytesIO(data), source, config)
    elif fmt == "json":
        yield from _json_documents(data, source, config)
    elif fmt == "html":
        yield html_document(data, source, config, **meta)
    else:
        yield text_document(data, source, **meta)


# --- text ---------------------------------------------------------------------


def decode(data: bytes, source: str) -> tuple[str, str, bool]:
    """(text, encoding, had a BOM) by the rule in the module docstring."""
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        try:
            return data.decode("utf-16"), "utf-16", True
        except UnicodeDecodeError as exc:
            raise DecodeInput(source, f"invalid UTF-16 at byte {exc.start}") from exc
    if b"\x00" in data:
        raise BinaryInput(source, "contains NUL bytes: a binary file, not text")
    sample = data[:65536]
    controls = sum(1 for b in sample if b < 0x20 and b not in _CONTROL_OK) + sample.count(b"\x7f")
    if controls > 0.02 * len(sample):
        raise BinaryInput(
            source, f"{controls} control characters in the first {len(sample):,} bytes: not text"
        )
    try:
        bom = data.startswith(b"\xef\xbb\xbf")
        return data.decode("utf-8-sig"), "utf-8", bom
    except UnicodeDecodeError as exc:
        bad = exc.start
    if not _UTF8_MULTIBYTE.search(data):
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            text = ""
        if text and _looks_like_text(text):
            return text, "cp1252", False
    raise DecodeInput(
        source,
        f"invalid UTF-8 at byte {bad} and not Windows-1252/Latin-1 text either "
        "(convert it to UTF-8, e.g. with iconv)",
    )


def _looks_like_text(text: str) -> bool:
    letters = sum(ch.isalpha() for ch in text)
    visible = sum(not ch.isspace() for ch in text)
    return visible > 0 and letters >= 0.5 * visible


def text_document(data: bytes, source: str, **meta: Any) -> Document:
    if not data:
        raise EmptyInput(source, "empty file (0 bytes)")
    text, encoding, bom = decode(data, source)
    if not text.strip():
        raise EmptyInput(source, "contains only whitespace")
    meta = {"format": "text", **meta, "encoding": encoding}
    if bom:
        meta["bom"] = True
    return Document(text=text, source=source, meta=meta)


# --- HTML -----------------------------------------------------------------------


def _extra(module: str, extra: str, purpose: str) -> Any:
    import importlib

    try:
        return importlib.import_module(module)
    except ImportError as exc:
        raise MissingExtra(module, extra, purpose) from exc


def html_document(data: bytes, source: str, config: Config | None = None, **meta: Any) -> Document:
    """The article of an HTML page: text by trafilatura, date by htmldate."""
    if not data.strip():
        raise EmptyInput(source, "empty HTML page")
    trafilatura = _extra("trafilatura", "html", "reading HTML pages")
    url = meta.get("url")
    try:
        result = trafilatura.bare_extraction(
            data, url=url, with_metadata=True, include_comments=False, include_tables=False, fast=True
        )
    except (ValueError, TypeError) as exc:
        raise UnreadableInput(source, f"the HTML could not be parsed ({_brief(exc)})") from exc
    text = (getattr(result, "text", None) or "") if result is not None else ""
    if not any(len(line.split()) >= MIN_SENTENCE_WORDS for line in text.splitlines()):
        # A page of menus and link lists: trafilatura falls back to whatever is there.
        raise EmptyInput(source, "no article text found in the HTML page")
    found = {
        "title": _page_title(data, text, getattr(result, "title", None)),
        "url": url or getattr(result, "url", None),
        "outlet": getattr(result, "sitename", None),
        "author": getattr(result, "author", None),
        "published": parse_date(getattr(result, "date", None)),
    }
    if not found["published"]:
        found["published"] = _htmldate(data, found["url"])
    out = {"format": "html", "raw": data, **{k: v for k, v in found.items() if v}, **meta}
    return Document(text=text, source=source, meta=out)


_TITLE_TAG = re.compile(rb"<title[^>]*>(.*?)</title>", re.IGNORECASE | re.DOTALL)
_TITLE_SEP = re.compile(r"\s+[|:\-–—·•»]\s+|:\s+")


def _page_title(data: bytes, text: str, found: str | None) -> str | None:
    """The headline. The extractor picks one part of "Site: Headline" <title>s; when
    another part is a line of the extracted text, that part is the headline."""
    m = _TITLE_TAG.search(data[:200_000])
    if not m:
        return found
    import html as htmllib

    raw = " ".join(htmllib.unescape(m.group(1).decode("utf-8", "replace")).split())
    lines = {" ".join(line.split()) for line in text.splitlines()}
    parts = [p for p in _TITLE_SEP.split(raw) if len(p.split()) >= 3 and p in lines]
    best = max(parts, key=len, default=None)
    if best and (not found or (found not in lines and len(best) > len(found))):
        return best
    return found


def _htmldate(data: bytes, url: str | None) -> str | None:
    try:
        htmldate = _extra("htmldate", "html", "dating HTML pages")
    except MissingExtra:
        return date_from_url(url)
    try:
        found = htmldate.find_date(
            data.decode("utf-8", "replace"),
            url=url,
            original_date=True,
            extensive_search=False,
            outputformat="%Y-%m-%d",
        )
    except (ValueError, TypeError):
        found = None
    return parse_date(found) or date_from_url(url)


# --- WARC -----------------------------------------------------------------------


class _CountingReader(io.RawIOBase):
    """A read-only stream that counts the bytes taken from the stream it wraps."""

    def __init__(self, inner: IO[bytes]) -> None:
        self.inner = inner
        self.count = 0

    def readable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        data = self.inner.read(-1 if size is None else size)
        self.count += len(data)
        return data

    def readinto(self, buffer: Any) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)


def _warc_documents(fh: IO[bytes], source: str, config: Config) -> Iterator[Document | InputError]:
    archive = _extra("warcio.archiveiterator", "warc", "reading WARC files")
    exceptions = _extra("warcio.exceptions", "warc", "reading WARC files")
    head = fh.read(5)
    fh = _rejoin(head, fh)  # streams (standard input) cannot seek back
    if head[:2] != b"\x1f\x8b" and head != b"WARC/":
        raise UnreadableInput(source, "not a WARC file (no WARC/ header)")
    count = pages = 0
    counted = _CountingReader(fh)
    records = archive.ArchiveIterator(counted)
    try:
        for record in records:
            count += 1
            if record.rec_type != "response":
                continue
            ctype = (record.http_headers.get_header("Content-Type") if record.http_headers else "") or ""
            if "html" not in ctype.lower():
                continue
            status = record.http_headers.get_statuscode() or "200"
            if not status.startswith("2"):
                continue  # redirects and error pages are not articles
            url = record.rec_headers.get_header("WARC-Target-URI")
            rec_source = f"{source}#{url or count}"
            body = record.content_stream().read(config.max_bytes + 1)
            pages += 1
            if len(body) > config.max_bytes:
                yield _too_large(rec_source, "this record", config)
                continue
            while record.raw_stream.read(65536):
                pass
            if getattr(record.raw_stream, "limit", 0) > 0:
                # warcio hands over a cut-off record without complaint: its block is
                # shorter than its Content-Length.
                yield UnreadableInput(rec_source, f"truncated WARC record ({count} records read)")
                return
            meta = {"url": url, "crawled": record.rec_headers.get_header("WARC-Date"), "warc": source}
            yield from _guard(
                rec_source,
                lambda b=body, s=rec_source, m=meta: iter(
                    [html_document(b, s, config, **{k: v for k, v in m.items() if v})]
                ),
            )
    except (
        exceptions.ArchiveLoadFailed, EOFError, zlib.error, gzip.BadGzipFile, ValueError, AttributeError
    ) as exc:
        # AttributeError: warcio trips over a record cut inside its headers.
        yield UnreadableInput(source, f"truncated or corrupt WARC after {count} records ({_brief(exc)})")
        return
    while counted.read(65536):
        pass
    if records.offset < counted.count:
        # warcio stops quietly at a record it cannot parse: bytes left over mean the
        # archive was cut (or corrupted) there, and the records after it are lost.
        left = counted.count - records.offset
        yield UnreadableInput(
            source, f"truncated or corrupt WARC after {count} records ({left} bytes unread)"
        )
        return
    if pages == 0:
        yield NoInputFound(source, f"no HTML response records among {count} WARC records")


# --- JSONL / JSON -------------------------------------------------------------------


def _fields(config: Config) -> dict[str, str]:
    return {**JSONL_FIELDS, **config.jsonl_fields}


def _record_document(rec: Any, source: str, config: Config) -> Document:
    if not isinstance(rec, dict):
        raise UnsupportedInput(source, f"a JSON record must be an object, not {type(rec).__name__}")
    f = _fields(config)
    meta = {role: rec[name] for role, name in f.items() if role not in ("text", "html") and rec.get(name)}
    if "date" in meta:
        meta["published"] = parse_date(meta.pop("date")) or None
    meta = {k: v for k, v in meta.items() if v is not None}
    text, html = rec.get(f["text"]), rec.get(f["html"])
    if isinstance(text, list):
        # Paragraphs (or sentence records {"text": ...}) as a list: one paragraph a line.
        parts = [p.get("text") if isinstance(p, dict) else p for p in text]
        strings = [p for p in parts if isinstance(p, str)]
        if strings and len(strings) == len(parts):
            text = "\n\n".join(p.strip() for p in strings if p.strip())
    if isinstance(text, str):
        if not text.strip():
            raise EmptyInput(source, f"the {f['text']!r} field is empty")
        return Document(text=text, source=source, meta={"format": "jsonl", **meta})
    if isinstance(html, str) and html.strip():
        return html_document(html.encode("utf-8"), source, config, **meta)
    raise UnsupportedInput(
        source, f"no {f['text']!r} (or {f['html']!r}) string field; set Config.jsonl_fields to name it"
    )


def _jsonl_documents(fh: IO[bytes], source: str, config: Config) -> Iterator[Document | InputError]:
    seen = lineno = 0
    while raw := fh.readline(config.max_bytes + 1):
        lineno += 1
        if not raw.strip():
            continue
        seen += 1
        rec_source = f"{source}:{lineno}"
        if len(raw) > config.max_bytes:
            # Skip the rest of the oversize line without holding it in memory.
            while raw and not raw.endswith(b"\n"):
                raw = fh.readline(1 << 20)
            yield _too_large(rec_source, "this record", config)
            continue
        try:
            rec = json.loads(raw.decode("utf-8-sig"))
        except UnicodeDecodeError as exc:
            yield DecodeInput(rec_source, f"invalid UTF-8 at byte {exc.start} of the line")
            continue
        except ValueError as exc:
            yield DecodeInput(rec_source, f"invalid JSON ({_brief(exc)})")
            continue
        yield from _guard(rec_source, lambda r=rec, s=rec_source: iter([_record_document(r, s, config)]))
    if seen == 0:
        yield EmptyInput(source, "no records")


def _json_documents(data: bytes, source: str, config: Config) -> Iterator[Document | InputError]:
    if not data.strip():
        raise EmptyInput(source, "empty file (0 bytes)" if not data else "contains only whitespace")
    try:
        value = json.loads(data.decode("utf-8-sig"))
    except UnicodeDecodeError as exc:
        raise DecodeInput(source, f"invalid UTF-8 at byte {exc.start}") from exc
    except ValueError as exc:
        raise DecodeInput(source, f"invalid JSON ({_brief(exc)})") from exc
    records = value if isinstance(value, list) else [value]
    if not records:
        raise EmptyInput(source, "an empty JSON list")
    for i, rec in enumerate(records):
        rec_source = f"{source}[{i}]" if isinstance(value, list) else source
        yield from _guard(rec_source, lambda r=rec, s=rec_source: iter([_record_document(r, s, config)]))
