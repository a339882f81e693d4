# Two commands for a fresh Debian machine with Python 3.11 (see README):
#   make run   set everything up, then open the editor on a bundled sample
#              (without a display: say so and do the headless job instead)
#   make test  set everything up, then run the whole test suite
# PYTHON=python3.12 make …   chooses the interpreter; .venv is made again when it was made
# with another one. make clean removes .venv and everything built.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
PYVER  := $(shell $(PYTHON) -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)
STAMP  := $(VENV)/.installed-$(PYVER)-$(shell cksum < pyproject.toml | cut -d' ' -f1)
SAMPLE ?= resources/samples/broadband-journey.bpx

.PHONY: setup system-deps translations run test test-fast lint house-rules format bench installer clean

setup: system-deps $(STAMP)
	@$(BIN)/python -m blueprint_studio.ui.i18n

# After marking new strings with tr(): bring the catalogues up to date, then translate them.
translations: setup
	$(BIN)/python -m blueprint_studio.ui.i18n --update

system-deps:
	@bash .ci/system-deps.sh

$(STAMP): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null || \
	  { echo "setup: '$(PYTHON)' is not Python 3.11 or newer; run PYTHON=python3.11 make $(MAKECMDGOALS)" >&2; exit 1; }
	@if [ -x $(BIN)/python ] && [ "$$($(BIN)/python -c 'import sys; print("%d.%d" % sys.version_info[:2])' 2>/dev/null)" != "$(PYVER)" ]; then \
	  echo "setup: $(VENV) was made with another Python; making it again with $(PYTHON) ($(PYVER))"; rm -rf $(VENV); fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

run: setup
	$(BIN)/blueprint-studio $(SAMPLE)

# Slow tests (the frozen installer build, the wheel in a clean venv) run last, so the rest
# reports first; `make test-fast` leaves them out (CI always runs them).
test: setup house-rules
	$(BIN)/python -m pytest --durations=5

test-fast: setup house-rules
	$(BIN)/python -m pytest -m "not slow"

# The house rules (docs/architecture.md): layer contracts, lint, format and types. `make lint`
# runs them alone, for a quick loop; `make format` applies the formatter and ruff's safe fixes.
lint: setup house-rules

house-rules: setup
	$(BIN)/lint-imports
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/mypy

format: setup
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

bench: setup
	$(BIN)/python -m benchmarks
	$(BIN)/python -m benchmarks.sheet
	$(BIN)/python -m benchmarks.startup

installer: setup
	$(BIN)/python installers/build.py

clean:
	rm -rf $(VENV) build dist out .pytest_cache .hypothesis *.egg-info blueprint_studio/_resources
