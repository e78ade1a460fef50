# Two commands on a fresh machine (Debian, Python 3.11): `make report` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
CORPUS ?=
OUT ?=
export PYDEVD_DISABLE_FILE_VALIDATION := 1

.PHONY: help setup report codebook test bench lab lock notebooks clean

help: ## list the targets
	@grep -E '^[a-z]+:.*## ' $(MAKEFILE_LIST) | sed -E 's/:.*## /\t/'

$(STAMP): requirements/lock.txt pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check -r requirements/lock.txt
	$(BIN)/python -m pip install -q --disable-pip-version-check --no-deps -e .
	@command -v chromium >/dev/null 2>&1 || { echo "installing Debian's chromium for the browser test"; \
	  (apt-get update -qq && apt-get install -y -qq chromium >/dev/null) || echo "warning: chromium could not be installed (the browser test will fail)"; }
	touch $(STAMP)

setup: $(STAMP) ## create .venv and install the pinned lock and the package

report: setup ## run every notebook on CORPUS (default: the corpus data/default_corpus.txt names) and render the HTML reports into reports/
	$(BIN)/newscompare report $(if $(CORPUS),--corpus "$(CORPUS)") $(if $(OUT),--out "$(OUT)")

codebook: setup ## draft an event codebook for CORPUS into codebooks/<corpus>/ (never over an existing file)
	@test -n "$(CORPUS)" || { echo "usage: make codebook CORPUS=path/to/your-event-folder"; exit 2; }
	$(BIN)/newscompare codebook "$(CORPUS)"

test: setup ## run every test: pytest on the helpers and nbval on the notebooks
	$(BIN)/python -m pytest -q --nbval-lax --nbval-kernel-startup-timeout 300 --nbval-sanitize-with tests/nbval_sanitize.cfg tests notebooks

bench: setup ## speed benchmarks (articles/s, sentences/s, ratio against quantulum3, report breakdown)
	$(BIN)/python benchmarks/run.py

lab: setup ## open JupyterLab on the notebooks (any user, root included; prints the URL to open)
	$(BIN)/jupyter lab --notebook-dir=notebooks --no-browser --ip=127.0.0.1 $(if $(filter 0,$(shell id -u)),--allow-root)

lock: ## re-pin requirements/lock.txt from requirements/requirements.in in a scratch venv
	rm -rf /tmp/newscompare-lock && $(PYTHON) -m venv /tmp/newscompare-lock
	/tmp/newscompare-lock/bin/pip install -q -r requirements/requirements.in
	(echo "# Pinned with 'make lock' from requirements/requirements.in (Python 3.11, Debian)."; \
	 /tmp/newscompare-lock/bin/pip freeze | grep -v '^-e' | sort -f) > requirements/lock.txt

notebooks: setup ## regenerate notebooks/*.ipynb from their paired .py sources and store the checked outputs
	$(BIN)/python tools/build_notebooks.py

clean: ## remove processed tables and reports (never data/raw)
	find data/processed -mindepth 1 ! -name .gitkeep -exec rm -rf {} +
	rm -rf reports
