# The two commands of the README: `make run` and `make test`.
# Everything they need is installed here from PyPI (and Debian for the browser).
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
UV := $(BIN)/uv
DB := data/wenming.db
UV_VERSION := 0.13.8

.PHONY: install system-deps run build serve test bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(UV): $(BIN)/python
	$(BIN)/python -m pip install --quiet uv==$(UV_VERSION)

install: $(UV)  ## set up only: the virtualenv with the locked dependencies
	UV_PROJECT_ENVIRONMENT=$(VENV) $(UV) sync --frozen --inexact --all-extras --quiet

build: install  ## build data/wenming.db: the bundled page dumps, then a crawl of the sample outlets
	$(BIN)/wenming import data/samples --db $(DB)
	$(BIN)/wenming crawl --all --db $(DB)

run: build  ## build the knowledge base and serve it on 127.0.0.1:8001
	$(BIN)/wenming serve --db $(DB) --host 127.0.0.1 --port 8001

system-deps:  ## Debian's chromium and redis-server, for browser and distributed-crawl tests
	bash .ci/system-deps

test: install system-deps
	$(BIN)/python -m pytest -q

clean:
	rm -rf $(VENV) $(DB) $(DB)-wal $(DB)-shm $(DB)-lock
