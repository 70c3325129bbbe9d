"""Gate on the clean stage: body-line precision/recall on labelled pages and the seeds."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from stancegraph.clean import Cleaner
from stancegraph.cli import app
from stancegraph.errors import EvalDataError
from stancegraph.evaluate.clean import (
    CleanReport,
    default_pages_dir,
    evaluate_clean,
    line_hash,
    parse_page,
    score_page,
)

# Floors sit a little below what was measured (`stancegraph eval clean`: pages body P 0.993, R 1.0,
# headings 1.0/1.0, title and date 1.0).
PAGE_FLOORS = {"body_p": 0.98, "body_r": 0.99, "head_p": 0.9, "head_r": 0.95, "title": 0.96, "date": 0.96}


def test_pages_gate() -> None:
    report = evaluate_clean(pages_dir=default_pages_dir(), use=("pages",))
    s = report.per_set["pages"]
    assert s["pages"] >= 20
    assert s["body"]["precision"] >= PAGE_FLOORS["body_p"], report.errors
    assert s["body"]["recall"] >= PAGE_FLOORS["body_r"], report.errors
    assert s["headings"]["precision"] >= PAGE_FLOORS["head_p"], report.errors
    assert s["headings"]["recall"] >= PAGE_FLOORS["head_r"], report.errors
    assert s["title_accuracy"] >= PAGE_FLOORS["title"], report.errors
    assert s["date_accuracy"] >= PAGE_FLOORS["date"], report.errors


@pytest.mark.shared
def test_seeds_are_perfect(seeds_dir: Path) -> None:
    report = evaluate_clean(seeds_dir=seeds_dir, use=("seeds",))
    s = report.per_set["seeds"]
    assert s["pages"] == 2
    assert s["body"]["precision"] == 1.0 and s["body"]["recall"] == 1.0, report.errors
    assert s["headings"]["precision"] == 1.0 and s["headings"]["recall"] == 1.0, report.errors
    assert s["title_accuracy"] == 1.0 and s["date_accuracy"] == 1.0, report.errors


@pytest.mark.shared
def test_seed_labels_refuse_a_changed_file(seeds_dir: Path, tmp_path: Path) -> None:
    for p in seeds_dir.glob("*.txt"):
        shutil.copy(p, tmp_path / p.name)
    victim = sorted(tmp_path.glob("*.txt"))[0]
    lines = victim.read_text(encoding="utf-8").split("\n")
    i = next(k for k, ln in enumerate(lines) if ln.strip())
    lines[i] = lines[i] + " (edited)"
    victim.write_text("\n".join(lines), encoding="utf-8")
    with pytest.raises(EvalDataError, match="hash"):
        evaluate_clean(seeds_dir=tmp_path, use=("seeds",))


def test_page_format_and_scoring() -> None:
    page = parse_page(
        "t.page",
        "@published 2024-02-03\n"
        "T| A Headline About The Harbor\n"
        "D| 3 February 2024\n"
        "\n"
        "B| The harbor board met on Saturday to discuss the new quay.\n"
        "C| Share on Facebook\n"
        "B| Its chairman said the plan was sound.\n",
    )
    assert page.text.startswith("A Headline About The Harbor\n3 February 2024\n\nThe harbor")
    assert page.labels == {0: "T", 1: "D", 3: "B", 4: "C", 5: "B"}
    report = CleanReport()
    score_page(page, Cleaner(), report)
    assert (report.body.tp, report.body.fp, report.body.fn) == (2, 0, 0)
    assert report.titles_right == 1 and report.dates_right == 1


def test_page_format_error() -> None:
    with pytest.raises(EvalDataError, match="t.page:2"):
        parse_page("t.page", "B| fine line.\nno label here\n")


def test_line_hash_ignores_surrounding_space() -> None:
    assert line_hash("  Some line \r") == line_hash("Some line")


def test_cli_eval_clean_json(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["eval", "clean", "--pages", str(default_pages_dir()), "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert data["sets"]["pages"]["body"]["recall"] >= PAGE_FLOORS["body_r"]
    missing = CliRunner().invoke(app, ["eval", "clean", "--pages", str(tmp_path / "nope")])
    assert missing.exit_code == EvalDataError.exit_code
    no_seeds = CliRunner().invoke(app, ["eval", "clean", "--seeds", str(tmp_path)])
    assert no_seeds.exit_code == EvalDataError.exit_code  # an explicit seeds dir without the seeds


def test_html_gate() -> None:
    pytest.importorskip("trafilatura")
    report = evaluate_clean(pages_dir=default_pages_dir(), use=("html",))
    s = report.per_set["html"]
    assert s["pages"] >= 10
    assert s["body"]["precision"] >= 0.95 and s["body"]["recall"] >= 0.95, report.errors
    assert s["title_accuracy"] >= 0.9 and s["date_accuracy"] >= 0.9, report.errors  # measured 1.0 on 10


@pytest.mark.shared
def test_polnear_speech_is_kept() -> None:
    from conftest import shared_path
    from stancegraph.evaluate.clean import evaluate_retention

    retention = evaluate_retention(shared_path("eval", "polnear", "dev"))
    # Measured 0.982 / 0.981 (the rest is headline speech, left out with the headline).
    assert retention["content_kept"] >= 0.975 and retention["source_kept"] >= 0.975, retention
    assert retention["lost_to_chrome"] <= 3, retention
