# Two commands on a fresh machine: `make generate` and `make test`. Each creates .venv and installs what it needs.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-stamp
BASE   ?= origin/main

.PHONY: setup generate test check lint audit typecheck diff bench clean

$(STAMP): pyproject.toml constraints.txt
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info >= (3, 11) else "Python 3.11+ is required (set PYTHON=python3.11)")'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -c constraints.txt -e '.[dev]'
	@touch $(STAMP)

setup: $(STAMP)

generate: $(STAMP)
	$(BIN)/python -m generator generate

test: $(STAMP)
	$(BIN)/python -m pytest

check: $(STAMP)
	$(BIN)/python -m generator check
	$(BIN)/python -m generator audit

lint: $(STAMP)
	$(BIN)/python -m generator lint

audit: $(STAMP)
	$(BIN)/python -m generator audit

typecheck: $(STAMP)
	$(BIN)/python -m mypy --strict generated/

diff: $(STAMP)
	$(BIN)/python -m generator diff --base-ref $(BASE)

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache
