# Read a news article as data. `make report` regenerates every notebook, figure and table;
# `make test` runs the test suite. Both create .venv/ first when it is missing.
.DEFAULT_GOAL := help
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-$(shell cksum requirements.txt | cut -d' ' -f1)
export PYTHONHASHSEED := 0
export PYTHONPATH := $(CURDIR)/notebooks

.PHONY: help report test test-fast check check-pages lint format bench train-sentiment clean

help: ## list the targets
	@grep -E '^[a-z-]+:.*## ' $(MAKEFILE_LIST) | awk -F':.*## ' '{printf "  make %-13s %s\n", $$1, $$2}'

$(STAMP): requirements.txt
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -r requirements.txt
	rm -f $(VENV)/.installed-* && touch $@

report: $(STAMP) ## run every notebook in place, regenerate figures/ and data/processed/, HTML in reports/
	$(PY) -m newslens.run --html reports

test: $(STAMP) ## run the unit tests and execute every notebook
	$(PY) -m pytest

test-fast: $(STAMP) ## the tests not marked slow (no notebook runs, browser or hypothesis): seconds
	$(PY) -m pytest -m "not slow"

check: $(STAMP) ## exit non-zero when a committed notebook, figure or table is stale
	$(PY) -m newslens.run --check

check-pages: $(STAMP) ## score the figures on the dev-data news pages, when ../shared/dev-data is present
	$(PY) benchmarks/score_quantities.py

lint: $(STAMP) ## ruff lint and format check (notebooks included)
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

format: $(STAMP) ## ruff format and autofix (notebooks included)
	$(PY) -m ruff format .
	$(PY) -m ruff check --fix .

bench: $(STAMP) ## speed and accuracy benchmarks (installs benchmarks/requirements.txt; not tests)
	$(PY) -m pip install --quiet --disable-pip-version-check -r benchmarks/requirements.txt
	$(PY) benchmarks/bench_quotes.py
	$(PY) benchmarks/bench_quantities.py
	$(PY) benchmarks/bench_scaling.py
	$(PY) benchmarks/bench_sentiment.py

train-sentiment: $(STAMP) ## retrain the news sentiment model from the rated sets in dev-data (when present)
	$(PY) scripts/train_sentiment.py

clean: ## remove reports/ and caches (keeps .venv/)
	rm -rf reports .pytest_cache .ruff_cache
	find . -name __pycache__ -not -path './.venv/*' -prune -exec rm -rf {} +

# --- reading the reports (issue 12): JupyterLab that leaves the checkout clean, report speed -------
.PHONY: lab bench-report

# Jupyter reads ./jupyter_server_config.py (the project's settings) from the folder it starts in.
lab: $(STAMP) ## open the notebooks in JupyterLab (saving an unedited notebook changes no byte)
	$(PY) -m jupyterlab --ServerApp.root_dir=$(CURDIR)/notebooks $(if $(filter 0,$(shell id -u)),--ServerApp.allow_root=True)

bench-report: $(STAMP) ## time a warm `make report` against its imports-only floor; page load scores
	$(PY) benchmarks/bench_report.py
	$(PY) benchmarks/score_pages_load.py
