"""Stance backends behind one interface (``--stance-backend rules|learned|nli``)."""

from __future__ import annotations

from pathlib import Path

from ..config import Config
from ..errors import ConfigError
from .base import ActorIndex, StanceBackend, TargetContext

BACKENDS = ("rules", "learned", "nli")

__all__ = ["BACKENDS", "ActorIndex", "StanceBackend", "TargetContext", "check_config", "make_backend"]


def check_config(config: Config) -> None:
    """Refuse a backend name or a missing model up front, before any document is read."""
    name = (config.stance_backend or "rules").lower()
    if name not in BACKENDS:
        raise ConfigError(
            f"unknown stance backend {config.stance_backend!r}; choose one of {', '.join(BACKENDS)}"
        )
    if name == "learned" and config.stance_model is None:
        raise ConfigError("the learned stance backend needs a model: pass --stance-model PATH "
                          "(train one with `stancegraph train stance`)")
    if name == "learned" and config.stance_model is not None and not Path(config.stance_model).is_file():
        raise ConfigError(f"{config.stance_model}: stance model not found (train one with "
                          "`stancegraph train stance`)")
    if name == "nli" and not config.nli_model:
        raise ConfigError("the nli stance backend needs --nli-model NAME_OR_PATH (see docs/stance.md)")


def make_backend(config: Config) -> StanceBackend:
    """Build the backend the config names; learned and nli import their extras lazily."""
    check_config(config)
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
