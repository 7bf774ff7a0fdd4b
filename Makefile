# Two commands on a fresh machine: `make demo` and `make test`. Each builds .venv by itself.
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test lint bench clean interop-deps

# The de-identifier's compiled modules (setup.py) are rebuilt, from scratch, whenever a source
# changes: setuptools would keep a copy whose C code an edit left unchanged, with its old date.
$(STAMP): pyproject.toml setup.py $(wildcard handlers/deid/*.py)
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	rm -rf build
	$(BIN)/pip install -q -e '.[test]'
	touch $(STAMP)

demo: $(STAMP)
	$(BIN)/kine-relay demo

# Element's crypto stack (matrix-js-sdk, Node 22 from npm) for the interop tests.
interop-deps:
	bash tests/interop/install.sh

test: $(STAMP) interop-deps
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q

lint: $(STAMP)
	$(BIN)/ruff check .

clean:
	rm -rf $(VENV) .pytest_cache tests/interop/node_modules build *.so handlers/deid/*.so
