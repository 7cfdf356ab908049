# nato-glossary — every target installs what it needs first.
# Python packages go into .venv/ in this folder; Debian packages via apt when running as root.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PY := $(BIN)/python
STAMP := $(VENV)/.installed
APT_STAMP := $(VENV)/.apt-installed
# One stamp per mode, so that switching between compiled and PURE=1 always runs the step.
NATIVE_STAMP := $(VENV)/.compiled$(if $(PURE),-pure,)
# Debian packages: msgfmt (gettext) and a headless browser (chromium) for the tests, a C
# compiler and the Python headers to compile the extraction modules.
APT_PACKAGES := gettext chromium gcc python3-dev
# The sources scripts/compile.py compiles (empty before the first install: then it runs anyway).
NATIVE_SOURCES := $(shell test -x $(PY) && $(PY) scripts/compile.py --sources 2>/dev/null)

.PHONY: install demo test fuzz model docs bench lint clean apt

install: $(STAMP) $(APT_STAMP) $(NATIVE_STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	@$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,native]'
	@touch $(STAMP)

# Extraction runs about a third faster compiled; `make install PURE=1` keeps pure Python.
$(NATIVE_STAMP): $(STAMP) $(APT_STAMP) scripts/compile.py glossary/compiled.py $(NATIVE_SOURCES)
	@rm -f $(VENV)/.compiled $(VENV)/.compiled-pure
	@$(PY) scripts/compile.py $(if $(PURE),--remove,)
	@touch $(NATIVE_STAMP)

$(APT_STAMP):
	@bash scripts/apt-install.sh $(APT_PACKAGES)
	@mkdir -p $(VENV) && touch $(APT_STAMP)

apt: $(APT_STAMP)

demo: install
	@$(PY) scripts/demo.py

test: install
	@bash scripts/run-tests.sh

#: The property tests; ``make fuzz`` runs them on fresh random examples (``make test`` repeats
#: the same ones every run).
FUZZ_TESTS = $(shell grep -rl "@given" tests)

fuzz: install
	HYPOTHESIS_PROFILE=explore $(PY) -m pytest -n 2 -q -p no:cacheprovider $(FUZZ_TESTS)

model: install
	$(PY) -m glossary.nlp.training

docs: install
	$(BIN)/sphinx-build -W --keep-going -b html docs docs/_build/html
	@echo "Open docs/_build/html/index.html"

bench: install
	$(PY) benchmarks/run.py $(BENCH)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

clean:
	rm -rf docs/_build build dist .pytest_cache
	find glossary -name '*.so' -delete
	rm -f $(VENV)/.compiled $(VENV)/.compiled-pure
