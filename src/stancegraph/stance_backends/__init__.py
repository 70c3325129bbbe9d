"""Stance backends behind one interface (``--stance-backend rules|learned|nli``)."""

from __future__ import annotations

from ..config import Config
from ..errors import ConfigError
from .base import ActorIndex, StanceBackend, TargetContext

BACKENDS = ("rules", "learned", "nli")

__all__ = ["BACKENDS", "ActorIndex", "StanceBackend", "TargetContext", "make_backend"]


def make_backend(config: Config) -> StanceBackend:
    """Build the backend the config names; learned and nli import their extras lazily."""
    name = (config.stance_backend or "rules").lower()
    if name == "rules":
        from .rules import RulesBackend

        return RulesBackend()
    if name == "learned":
        from .learned import LearnedBackend

        if config.stance_model is None:
            raise ConfigError("the learned stance backend needs a model: pass --stance-model PATH "
                              "(train one with `stancegraph train stance`)")
        return LearnedBackend.load(config.stance_model)
    if name == "nli":
        from .nli import NLIBackend

        if not config.nli_model:
            raise ConfigError("the nli stance backend needs --nli-model NAME_OR_PATH (see docs/stance.md)")
        return NLIBackend(config.nli_model)
    raise ConfigError(
        f"unknown stance backend {config.stance_backend!r}; choose one of {', '.join(BACKENDS)}"
    )
