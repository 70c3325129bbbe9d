from __future__ import annotations

from pathlib import Path

import pytest

from pgcluster import pg_server, pg_url, store_url  # noqa: F401  (PostgreSQL fixtures)

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"


def shared_path(*parts: str) -> Path:
    """A path under ../shared, skipping the test with a clear reason when it is absent."""
    path = SHARED.joinpath(*parts)
    if not path.exists():
        pytest.skip(f"{path} is absent: ../shared (seeds and evaluation sets) is only beside CI's checkout")
    return path


@pytest.fixture(scope="session")
def seeds_dir() -> Path:
    return shared_path("corpus", "seeds")


@pytest.fixture(scope="session")
def pipeline():
    from stancegraph import Pipeline

    return Pipeline()


@pytest.fixture(scope="session")
def seed_docs(pipeline, seeds_dir):
    """The two seed articles run through the whole pipeline, keyed by file name."""
    return {
        p.name: pipeline.run(p.read_text(encoding="utf-8"), source=str(p))
        for p in sorted(seeds_dir.glob("*.txt"))
    }


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Tests marked ``longest`` first: under ``-n 2 --dist worksteal`` (``make test``) the
    first worker starts on them while the other works through the rest, then takes half of
    what the first has left; last in line, they would run alone at the end."""
    items.sort(key=lambda item: item.get_closest_marker("longest") is None)
