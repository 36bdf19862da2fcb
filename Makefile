# Every target creates .venv itself when it is missing.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench eval clean

$(BIN)/campusnews: pyproject.toml
	test -d $(VENV) || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $@

demo: $(BIN)/campusnews
	$(BIN)/campusnews demo

test: $(BIN)/campusnews
	bash scripts/run-tests

lint: $(BIN)/campusnews
	$(BIN)/ruff check scraper pipeline db tests bench
	$(BIN)/ruff format --check scraper pipeline db tests bench

eval: $(BIN)/campusnews
	$(BIN)/campusnews eval

bench: $(BIN)/campusnews
	$(BIN)/python bench/run_all.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache
