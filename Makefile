# Two entry points: `make run` (set up, build, serve) and `make test` (set up, lint, test).
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
COMPILED := $(VENV)/.compiled
EXTRACTION := $(wildcard src/kg/extract/*.py src/kg/extract/lexicon/*.py)

.PHONY: run test setup build serve lint bench clean compile

run: setup build serve

setup: $(STAMP) $(COMPILED)

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[test,compile]'
	@# The query editor: YASGUI from npm when npm is here; the built-in editor otherwise.
	-command -v npm >/dev/null && npm install --silent --no-audit --no-fund --prefix .web @zazuko/yasgui
	touch $(STAMP)

# The extraction modules compiled to C (tools/compile_extraction.py), again whenever one of them
# changed; without a C compiler they run as Python, and so does a module edited since the build.
$(COMPILED): $(STAMP) $(EXTRACTION)
	-$(BIN)/python tools/compile_extraction.py
	touch $(COMPILED)

compile: setup
	$(BIN)/python tools/compile_extraction.py

build: setup
	$(BIN)/kg build

serve: setup
	$(BIN)/kg serve

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

test: setup lint
	@# The browser tests drive headless Chromium (Debian package `chromium`).
	command -v chromium >/dev/null || (apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y chromium)
	$(BIN)/pytest

bench: setup
	$(BIN)/pip install --quiet -e '.[bench]'
	$(BIN)/python bench/extraction_speed.py
	$(BIN)/python bench/endpoint_speed.py
	$(BIN)/python bench/validation_speed.py

clean:
	rm -rf $(VENV) .kg build/mypyc
