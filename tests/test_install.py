"""What a fresh `pip install` gets: every third-party import of the package is declared.

A developer's environment has everything installed, so a dependency missing from
pyproject.toml shows only on a fresh machine (`make demo`, CI's clean venv). This
reads the imports instead: a module imported at the top of a module must be a core
dependency; one imported lazily (inside a function) must be core or in an extra.
"""

from __future__ import annotations

import ast
import re
import sys
import tomllib
from importlib.metadata import PackageNotFoundError, packages_distributions, requires
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SRC = ROOT / "src" / "stancegraph"


def _norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _requirement_name(req: str) -> str:
    m = re.match(r"[A-Za-z0-9][A-Za-z0-9._-]*", req)
    assert m, req
    return _norm(m.group(0))


# Subpackages that only an extra's users import (the CLI imports them lazily): their
# module-level imports may come from that extra.
EXTRA_PACKAGES = {"web": "web"}


def _declared() -> tuple[set[str], dict[str, set[str]]]:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    core = {_requirement_name(r) for r in project["dependencies"]}
    extras = {
        name: {_requirement_name(r) for r in reqs} for name, reqs in project["optional-dependencies"].items()
    }
    return core, extras


def _closure(names: set[str]) -> set[str]:
    """The distributions ``names`` need, transitively, as far as this environment knows."""
    seen: set[str] = set()
    todo = list(names)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        try:
            reqs = requires(name) or []
        except PackageNotFoundError:
            continue
        todo.extend(_requirement_name(r) for r in reqs if "extra ==" not in r)
    return seen


def _imports(tree: ast.Module) -> tuple[set[str], set[str]]:
    """Top-level modules imported at module level (not under TYPE_CHECKING) and lazily."""
    top: set[str] = set()
    lazy: set[str] = set()

    def names(node: ast.AST) -> set[str]:
        if isinstance(node, ast.Import):
            return {a.name.split(".")[0] for a in node.names}
        if isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            return {node.module.split(".")[0]}
        return set()

    def walk(nodes: list[ast.stmt], at_top: bool) -> None:
        for node in nodes:
            if isinstance(node, ast.If) and "TYPE_CHECKING" in ast.dump(node.test):
                continue
            (top if at_top else lazy).update(names(node))
            if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                for sub in ast.walk(node):
                    lazy.update(names(sub))
            elif isinstance(node, ast.If | ast.Try | ast.With):
                for field in ("body", "orelse", "finalbody", "handlers"):
                    for child in getattr(node, field, []) or []:
                        if isinstance(child, ast.ExceptHandler):
                            walk(child.body, at_top)
                        else:
                            walk([child], at_top)

    walk(tree.body, True)
    return top, lazy


def _third_party(modules: set[str]) -> set[str]:
    return {m for m in modules if m not in sys.stdlib_module_names and m not in ("stancegraph", "__future__")}


def test_every_import_is_declared_in_pyproject() -> None:
    core, extras = _declared()
    core_closure = _closure(core)
    any_extra = _closure(core | set().union(*extras.values()))
    dists = packages_distributions()
    problems = []
    for path in sorted(SRC.rglob("*.py")):
        sub = path.relative_to(SRC).parts[0]
        allowed_top = core_closure | (
            _closure(extras[EXTRA_PACKAGES[sub]]) if sub in EXTRA_PACKAGES else set()
        )
        top, lazy = _imports(ast.parse(path.read_text(encoding="utf-8")))
        for module in sorted(_third_party(top)):
            if not {_norm(d) for d in dists.get(module, [])} & allowed_top:
                problems.append(f"{path.relative_to(ROOT)} imports {module} at module level: not core")
        for module in sorted(_third_party(lazy - top)):
            found = {_norm(d) for d in dists.get(module, [])}
            # An optional package this environment lacks is reported at run time by MissingExtra.
            if found and not found & any_extra:
                problems.append(f"{path.relative_to(ROOT)} imports {module}: in no dependency or extra")
    assert problems == []


@pytest.mark.parametrize("name", ["demo/articles", "demo/targets.yaml"])
def test_package_data_ships_the_demo(name: str) -> None:
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = project["tool"]["setuptools"]["package-data"]["stancegraph"]
    assert any(p.startswith(name.split("/")[0] + "/") for p in patterns)
    assert (SRC / name).exists()
