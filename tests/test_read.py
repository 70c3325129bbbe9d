"""Read stage: files, directories, globs, standard input, encodings and named input errors."""

from __future__ import annotations

import gzip
import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from stancegraph import errors
from stancegraph.config import Config
from stancegraph.read import decode, read_bytes, read_inputs, sniff_format
from stancegraph.types import Document

ARTICLE = "Harbor Plan Rejected\n\nThe mayor of Lindenport said the plan would ruin the quay.\n"


def run(paths, config: Config | None = None, **kw) -> list[Document | errors.InputError]:
    return list(read_inputs([str(p) for p in paths], config or Config(), **kw))


def one(items: list[Document | errors.InputError]) -> Document | errors.InputError:
    assert len(items) == 1, items
    return items[0]


def test_text_file_read_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(ARTICLE.encode("utf-8"))
    doc = one(run([path]))
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE
    assert doc.source == str(path)
    assert doc.meta["encoding"] == "utf-8"
    assert doc.meta["format"] == "text"


def test_directory_walk_is_recursive_sorted_and_skips_hidden(tmp_path: Path) -> None:
    for rel in ("b.txt", "a.md", "sub/c.text", "sub/z/d.txt", ".hidden/e.txt", "sub/.f.txt", "notes.csv"):
        p = tmp_path / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(f"Text of {rel}.\n", encoding="utf-8")
    docs = run([tmp_path])
    assert [Path(d.source).relative_to(tmp_path).as_posix() for d in docs] == [
        "a.md",
        "b.txt",
        "sub/c.text",
        "sub/z/d.txt",
    ]
    assert all(isinstance(d, Document) for d in docs)


def fails(items, cls: type[errors.InputError], *words: str) -> errors.InputError:
    err = one(items)
    assert type(err) is cls, err
    msg = str(err)
    assert "\n" not in msg
    for w in words:
        assert w in msg, msg
    return err


@pytest.mark.parametrize(
    ("data", "cls", "words"),
    [
        (b"", errors.EmptyInput, ["empty"]),
        (b"  \n\t\n", errors.EmptyInput, ["whitespace"]),
        (b"PK\x03\x04\x00\x00binary", errors.BinaryInput, ["NUL"]),
        (bytes(range(1, 32)) * 10 + b"abc", errors.BinaryInput, ["control characters"]),
        ("Café and ".encode() + b"\xe9\xff broken", errors.DecodeInput, ["invalid UTF-8", "byte"]),
    ],
    ids=["zero-bytes", "whitespace", "nul", "controls", "broken-utf8"],
)
def test_bad_text_files(tmp_path: Path, data: bytes, cls: type[errors.InputError], words: list[str]) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(data)
    err = fails(run([path]), cls, str(path), *words)
    assert err.source == str(path)


@pytest.mark.parametrize(
    ("data", "text", "encoding"),
    [
        (b"Plain ASCII text.", "Plain ASCII text.", "utf-8"),
        ("Zürich said “no”.".encode(), "Zürich said “no”.", "utf-8"),
        ("Crème brûlée — “quoted”.".encode("cp1252"), "Crème brûlée — “quoted”.", "cp1252"),
        ("Señor Núñez habló.".encode("latin-1"), "Señor Núñez habló.", "cp1252"),
        ("UTF-16 text.".encode("utf-16"), "UTF-16 text.", "utf-16"),
    ],
)
def test_decode(data: bytes, text: str, encoding: str) -> None:
    got, enc, _bom = decode(data, "x")
    assert (got, enc) == (text, encoding)


def test_bom_is_dropped_and_recorded(tmp_path: Path) -> None:
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + ARTICLE.encode())
    doc = one(run([path]))
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE and doc.meta["bom"] is True


def test_too_large_is_refused_with_limit_and_option(tmp_path: Path) -> None:
    path = tmp_path / "big.txt"
    path.write_text("word " * 400, encoding="utf-8")
    fails(run([path], Config(max_bytes=1000)), errors.InputTooLarge, "2,000 bytes", "1,000", "--max-bytes")
    assert isinstance(one(run([path], Config(max_bytes=2000))), Document)


def test_gzip_bomb_is_refused_by_decompressed_size(tmp_path: Path) -> None:
    path = tmp_path / "big.txt.gz"
    path.write_bytes(gzip.compress(b"a " * 50_000))
    fails(run([path], Config(max_bytes=10_000)), errors.InputTooLarge, "decompressed")


def test_errors_do_not_stop_the_stream(tmp_path: Path) -> None:
    (tmp_path / "1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "2.txt").write_bytes(b"")
    (tmp_path / "3.txt").write_bytes(b"\x00\x01")
    (tmp_path / "4.txt").write_text(ARTICLE, encoding="utf-8")
    kinds = [type(x).__name__ for x in run([tmp_path, tmp_path / "missing.txt"])]
    assert kinds == ["Document", "EmptyInput", "BinaryInput", "Document", "NoInputFound"]


def test_empty_directory_and_missing_path(tmp_path: Path) -> None:
    (tmp_path / "only.csv").write_text("a,b\n", encoding="utf-8")
    fails(run([tmp_path]), errors.NoInputFound, str(tmp_path), "no readable inputs")
    fails(run([tmp_path / "nope.txt"]), errors.NoInputFound, "no such file")


def test_unsupported_named_file(tmp_path: Path) -> None:
    path = tmp_path / "report.pdf"
    path.write_bytes(b"%PDF-1.4\n")
    fails(run([path]), errors.UnsupportedInput, "PDF")


def test_explicit_file_without_known_suffix_is_sniffed(tmp_path: Path) -> None:
    path = tmp_path / "ARTICLE"
    path.write_text(ARTICLE, encoding="utf-8")
    doc = one(run([path]))
    assert isinstance(doc, Document) and doc.text == ARTICLE


def test_glob(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "c.md"):
        (tmp_path / name).write_text(ARTICLE, encoding="utf-8")
    assert [Path(d.source).name for d in run([tmp_path / "*.txt"])] == ["a.txt", "b.txt"]
    fails(run([tmp_path / "*.nothing"]), errors.NoInputFound, "no file matches")


def test_stdin() -> None:
    doc = one(run(["-"], stdin=io.BytesIO(ARTICLE.encode())))
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE and doc.source == "<stdin>"


def test_gzip_text_and_truncated_gzip(tmp_path: Path) -> None:
    good = tmp_path / "a.txt.gz"
    good.write_bytes(gzip.compress(ARTICLE.encode()))
    doc = one(run([good]))
    assert isinstance(doc, Document) and doc.text == ARTICLE
    bad = tmp_path / "b.txt.gz"
    bad.write_bytes(gzip.compress(ARTICLE.encode() * 20)[:30])
    fails(run([bad]), errors.UnreadableInput, "truncated")


def test_jsonl_records_and_field_names(tmp_path: Path) -> None:
    path = tmp_path / "a.jsonl"
    lines = [
        json.dumps(
            {"body": ARTICLE, "link": "https://x.example/2024/02/03/a", "headline": "H", "day": "2024-02-03"}
        ),
        "",
        "{not json",
        json.dumps({"other": 1}),
        json.dumps({"body": "   "}),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    config = Config(jsonl_fields={"text": "body", "url": "link", "title": "headline", "date": "day"})
    items = run([path], config)
    doc = items[0]
    assert isinstance(doc, Document)
    assert doc.text == ARTICLE and doc.source == f"{path}:1"
    assert doc.meta["url"] == "https://x.example/2024/02/03/a"
    assert doc.meta["title"] == "H" and doc.meta["published"] == "2024-02-03"
    assert [type(x).__name__ for x in items[1:]] == ["DecodeInput", "UnsupportedInput", "EmptyInput"]
    assert items[1].source == f"{path}:3"


def test_json_list(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    path.write_text(json.dumps([{"text": "One."}, {"text": "Two."}]), encoding="utf-8")
    assert [d.text for d in run([path])] == ["One.", "Two."]


@pytest.mark.parametrize(
    ("data", "fmt"),
    [
        (b"WARC/1.0\r\n", "warc"),
        (b"<!DOCTYPE html><html>", "html"),
        (b'{"text": "a"}\n{"text": "b"}\n', "jsonl"),
        (b"[{}]", "json"),
        (b"Just words.", "text"),
    ],
)
def test_sniff_format(data: bytes, fmt: str) -> None:
    assert sniff_format(data) == fmt


def test_read_bytes_never_raises_on_junk() -> None:
    items = list(read_bytes(b"\x1f\x8b\x08\x00garbage", "upload", fmt="text"))
    assert len(items) == 1 and isinstance(items[0], errors.InputError)


# --- HTML and WARC (extras: html, warc) ---------------------------------------------

HTML_PAGE = Path(__file__).parent / "fixtures" / "html" / "council.html"


def test_html_page_main_text_and_metadata() -> None:
    pytest.importorskip("trafilatura")
    from stancegraph.clean import Cleaner

    doc = one(run([HTML_PAGE]))
    assert isinstance(doc, Document)
    assert doc.meta["format"] == "html"
    assert doc.meta["raw"] == HTML_PAGE.read_bytes()
    assert doc.meta["title"] == "Council Votes Down Tram Budget"
    assert doc.meta["published"] == "2024-01-12"
    assert doc.meta["outlet"] == "Valdoria Herald"
    for chrome in ("Skip to content", "Related Articles", "Leave a Reply", "All rights reserved", "Privacy"):
        assert chrome not in doc.text
    doc = Cleaner()(doc)
    lines = [doc.text[s:e] for s, e in doc.body]
    assert doc.title == "Council Votes Down Tram Budget" and doc.published == "2024-01-12"
    assert lines[0].startswith("The city council of Valdoria voted")
    assert "Advertisement" not in lines
    assert [doc.text[s:e] for s, e in doc.meta["headings"]] == ["What happens next"]
    assert lines[-1].startswith("Mayor Lukas Feld said")


@pytest.mark.parametrize(
    "html",
    [
        b"<html><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav></body></html>",
        b"   ",
        b"<html><head><title>x</title></head><body></body></html>",
    ],
    ids=["menu-only", "blank", "no-body"],
)
def test_html_without_article(tmp_path: Path, html: bytes) -> None:
    pytest.importorskip("trafilatura")
    path = tmp_path / "page.html"
    path.write_bytes(html)
    fails(run([path]), errors.EmptyInput, str(path))


def make_warc(records: list[tuple[str, str, bytes]], gz: bool = True) -> bytes:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    buf = io.BytesIO()
    writer = WARCWriter(buf, gzip=gz)
    for url, ctype, body in records:
        status = "301 Moved Permanently" if url.endswith("/old") else "200 OK"
        headers = StatusAndHeaders(status, [("Content-Type", ctype)], protocol="HTTP/1.1")
        record = writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
        writer.write_record(record)
    return buf.getvalue()


@pytest.mark.parametrize("gz", [True, False], ids=["warc.gz", "warc"])
def test_warc_pages_and_truncation(tmp_path: Path, gz: bool) -> None:
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    html = HTML_PAGE.read_bytes()
    data = make_warc(
        [
            ("https://herald.example/2024/01/12/tram", "text/html; charset=utf-8", html),
            ("https://herald.example/logo.png", "image/png", b"\x89PNG\r\n"),
            ("https://herald.example/menu", "text/html", b"<html><body><nav>Home</nav></body></html>"),
            (
                "https://herald.example/old",
                "text/html",
                b"<html><body>Moved</body></html>",
            ),  # a redirect: skipped
        ],
        gz=gz,
    )
    path = tmp_path / ("crawl.warc.gz" if gz else "crawl.warc")
    path.write_bytes(data)
    items = run([path])
    assert [type(x).__name__ for x in items] == ["Document", "EmptyInput"]
    doc = items[0]
    assert isinstance(doc, Document)
    assert doc.source == f"{path}#https://herald.example/2024/01/12/tram"
    assert doc.meta["url"] == "https://herald.example/2024/01/12/tram"
    assert "Councillor Ana Brel" in doc.text
    cut = tmp_path / path.name.replace("crawl", "cut")
    cut.write_bytes(data[: len(data) // 3])
    fails(run([cut]), errors.UnreadableInput, "truncated")


def test_warc_without_html_records(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    path = tmp_path / "img.warc.gz"
    path.write_bytes(make_warc([("https://x.example/a.png", "image/png", b"\x89PNG")]))
    fails(run([path]), errors.NoInputFound, "no HTML response records")


def test_garbage_warc(tmp_path: Path) -> None:
    pytest.importorskip("warcio")
    path = tmp_path / "junk.warc"
    path.write_bytes(b"this is not a warc file at all\n" * 5)
    fails(run([path]), errors.UnreadableInput, str(path))


def test_html_from_stdin_and_jsonl_html_field(tmp_path: Path) -> None:
    pytest.importorskip("trafilatura")
    doc = one(run(["-"], stdin=io.BytesIO(HTML_PAGE.read_bytes())))
    assert isinstance(doc, Document) and doc.meta["format"] == "html"
    path = tmp_path / "pages.jsonl.gz"
    rec = {"html": HTML_PAGE.read_text(encoding="utf-8"), "url": "https://herald.example/2024/01/12/tram"}
    path.write_bytes(gzip.compress((json.dumps(rec) + "\n").encode()))
    doc = one(run([path]))
    assert isinstance(doc, Document)
    assert doc.meta["format"] == "html" and doc.source == f"{path}:1"
    assert doc.meta["url"] == rec["url"]


def test_jsonl_oversize_record_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "big.jsonl"
    path.write_text(
        json.dumps({"text": "x " * 2000}) + "\n" + json.dumps({"text": "A short record."}) + "\n",
        encoding="utf-8",
    )
    items = run([path], Config(max_bytes=1000))
    assert type(items[0]) is errors.InputTooLarge and items[0].source == f"{path}:1"
    assert isinstance(items[1], Document) and items[1].text == "A short record."


def test_device_is_read_with_a_cap() -> None:
    zero = Path("/dev/zero")
    if not zero.exists():
        pytest.skip("no /dev/zero")
    fails(run([zero], Config(max_bytes=1000)), errors.InputTooLarge, "/dev/zero")


@given(
    st.binary(max_size=300) | st.text(max_size=200).map(lambda t: t.encode("utf-8")),
    st.sampled_from(["text", "html", "warc", "jsonl", "json", None]),
)
@settings(max_examples=120, deadline=None)
def test_any_bytes_give_documents_or_named_errors(data: bytes, fmt: str | None) -> None:
    if fmt in ("html", "warc"):
        pytest.importorskip("trafilatura")
        pytest.importorskip("warcio")
    for item in read_bytes(data, "fuzz", fmt=fmt):
        assert isinstance(item, Document | errors.InputError)
        if isinstance(item, errors.InputError):
            assert "\n" not in str(item) and "fuzz" in str(item)


def test_stdin_streams_warc_and_gzip_jsonl_past_the_size_limit() -> None:
    pytest.importorskip("warcio")
    pytest.importorskip("trafilatura")
    html = HTML_PAGE.read_bytes()
    warc = make_warc([(f"https://herald.example/{i}", "text/html", html) for i in range(3)])
    config = Config(max_bytes=len(html) + 100)  # the archive is larger, each page is not
    docs = run(["-"], config, stdin=io.BytesIO(warc))
    assert [type(d).__name__ for d in docs] == ["Document"] * 3
    lines = "".join(json.dumps({"text": f"Record {i}."}) + "\n" for i in range(50)).encode()
    docs = run(["-"], Config(max_bytes=100), stdin=io.BytesIO(gzip.compress(lines)))
    assert [d.text for d in docs][-1] == "Record 49."
    fails(
        run(["-"], Config(max_bytes=100), stdin=io.BytesIO(gzip.compress(b"word " * 100))),
        errors.InputTooLarge,
    )


def test_json_text_as_a_list_of_paragraphs(tmp_path: Path) -> None:
    path = tmp_path / "a.json"
    rec = {"title": "T", "text": [{"id": 0, "text": "First paragraph."}, {"id": 1, "text": "Second one."}]}
    path.write_text(json.dumps(rec), encoding="utf-8")
    doc = one(run([path]))
    assert isinstance(doc, Document)
    assert doc.text == "First paragraph.\n\nSecond one." and doc.meta["title"] == "T"
    path.write_text(json.dumps({"text": [1, 2]}), encoding="utf-8")
    fails(run([path]), errors.UnsupportedInput, "Config.jsonl_fields")


@pytest.mark.parametrize(
    ("name", "payload"),
    [
        ("upload.txt", ARTICLE.encode()),
        # (mtime=0: the parameters' ids hold these bytes, and each pytest-xdist worker
        # collects them again; a time stamp could differ between workers)
        ("upload.txt.gz", gzip.compress(ARTICLE.encode(), mtime=0)),
        ("upload", gzip.compress(ARTICLE.encode(), mtime=0)),
        ("upload", ARTICLE.encode("utf-16")),
    ],
)
def test_read_bytes_uploads(name: str, payload: bytes) -> None:
    doc = one(list(read_bytes(payload, name)))
    assert isinstance(doc, Document) and doc.text == ARTICLE and doc.source == name


@pytest.mark.parametrize(
    ("title_tag", "found", "expected"),
    [
        (
            "Lindenport Watch: Port Workers Vote to Accept Contract",
            "Lindenport Watch",
            "Port Workers Vote to Accept Contract",
        ),
        (
            "Port Workers Vote to Accept Contract | Lindenport Watch",
            "Port Workers Vote to Accept Contract",
            "Port Workers Vote to Accept Contract",
        ),
        ("Site Name - Something Not In The Text At All", "Site Name", "Site Name"),
    ],
)
def test_page_title_prefers_the_part_in_the_text(title_tag: str, found: str, expected: str) -> None:
    from stancegraph.read import _page_title

    html = f"<html><head><title>{title_tag}</title></head><body></body></html>".encode()
    text = "Members voted on Friday to accept the deal.\nPort Workers Vote to Accept Contract\n"
    assert _page_title(html, text, found) == expected
