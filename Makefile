# Two commands for a fresh Debian machine with Python 3.11 (see README):
#   make run   set everything up, then open the editor on a bundled sample
#              (without a display: say so and do the headless job instead)
#   make test  set everything up, then run the whole test suite
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed-$(shell cksum < pyproject.toml | cut -d' ' -f1)
SAMPLE ?= resources/samples/broadband-journey.bpx

.PHONY: setup system-deps translations run test bench installer clean

setup: system-deps $(STAMP)
	@$(BIN)/python -m blueprint_studio.ui.i18n

# After marking new strings with tr(): bring the catalogues up to date, then translate them.
translations: setup
	$(BIN)/python -m blueprint_studio.ui.i18n --update

system-deps:
	@bash .ci/system-deps.sh

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	rm -f $(VENV)/.installed-*
	touch $@

run: setup
	$(BIN)/blueprint-studio $(SAMPLE)

test: setup
	$(BIN)/python -m pytest

bench: setup
	$(BIN)/python -m benchmarks

installer: setup
	$(BIN)/python installers/build.py

clean:
	rm -rf $(VENV) build dist out .pytest_cache .hypothesis
