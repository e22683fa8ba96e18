# Two commands on a fresh machine: `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PORT   ?= 8000

.PHONY: run test lint bench screenshots clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Re-install only when the project's metadata changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e '.[test,postgres,server]'
	touch $@ $(VENV)/.installed

run: $(VENV)/.installed
	$(BIN)/onward serve --port $(PORT)

test: $(VENV)/.installed-test
	bash scripts/install-test-system-deps.sh
	$(MAKE) --no-print-directory lint
	$(BIN)/pytest
	# Again on a real PostgreSQL (a throw-away cluster on 127.0.0.1), without the browser tests.
	bash scripts/with-postgres.sh $(BIN)/pytest -m "not browser" -q -p no:randomly

# Style, the layer contracts of docs/architecture.md, and the types of core, tracker and the services.
lint: $(VENV)/.installed-test
	$(BIN)/ruff check src tests bench
	$(BIN)/lint-imports
	$(BIN)/mypy

# Every main page at laptop and phone width, from a throw-away demo, into docs/screenshots/.
screenshots: $(VENV)/.installed-test
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
