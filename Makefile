# Two commands matter (see README): `make run` and `make test`. Everything else is glue.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshots forms translations lock clean

$(STAMP): pyproject.toml Makefile
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test,postgres]'
	touch $(STAMP)

## Set up and start the app on the demo data (loaded on first start). On Linux the system
## libraries Qt's window needs are checked first (installed when run as root with apt).
run: $(STAMP)
	$(PY) tools/check_qt_libs.py --install
	$(PY) -m destination_norberg

## Set up and run the whole test suite headless, with the linter, the layer contracts and mypy.
test: $(STAMP)
	$(VENV)/bin/ruff check destination_norberg tests tools bench
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -q

lint: $(STAMP)
	$(VENV)/bin/ruff check destination_norberg tests tools bench
	$(VENV)/bin/lint-imports
	$(VENV)/bin/mypy

## Start-up benchmark: cold start to a painted overview against a bare QMainWindow.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) bench/startup.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/calendar_timeline.py
	$(PY) bench/ical_export.py
	$(PY) bench/trail_statuses.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/snow_plots.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/map_draw.py
	$(PY) bench/geo_import.py
	QT_QPA_PLATFORM=offscreen $(PY) bench/network_table.py
	$(PY) bench/network_import.py
	$(PY) bench/contacts_csv.py
	$(PY) bench/package_bundle.py
	$(PY) bench/status_page.py
	$(PY) bench/dp_importance.py

## Regenerate README screenshots with the program's own screenshot command.
screenshots: $(STAMP)
	$(PY) tools/make_screenshots.py

## Recompile Designer forms, resources and translations into destination_norberg/gui/forms.
forms: $(STAMP)
	$(PY) tools/build_forms.py

## Refresh the .ts catalogue from the sources (then translate in Qt Linguist and `make forms`).
translations: $(STAMP)
	$(PY) tools/build_forms.py --update-ts

## Pin the run-time packages of the tested environment into requirements.lock.
lock: $(STAMP)
	$(PY) tools/make_lock.py

clean:
	rm -rf $(VENV) .pytest_cache .ruff_cache .mypy_cache .import_linter_cache
