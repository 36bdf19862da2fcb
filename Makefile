# Every target creates .venv itself when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint rules typecheck bench eval clean

$(BIN)/campusnews: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: $(BIN)/campusnews
	$(BIN)/campusnews demo

test: $(BIN)/campusnews
	bash scripts/run-tests

lint: $(BIN)/campusnews typecheck rules
	$(BIN)/ruff check scraper pipeline db tests bench
	$(BIN)/ruff format --check scraper pipeline db tests bench

# mypy on scraper/, pipeline/ and db/ ([tool.mypy] in pyproject.toml).
typecheck: $(BIN)/campusnews
	$(BIN)/mypy

# The rules ARCHITECTURE.md states, as tests (they also run in `make test`):
# import contracts, the storage seam and error kinds, the module table, the packages' __all__, the doctests,
# and demo from the built wheel.
rules: $(BIN)/campusnews
	$(BIN)/python -m pytest -q tests/test_layers.py tests/test_seams.py tests/test_architecture_doc.py \
		tests/test_exports.py tests/test_wheel.py scraper pipeline db

eval: $(BIN)/campusnews
	$(BIN)/campusnews eval

bench: $(BIN)/campusnews
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache
