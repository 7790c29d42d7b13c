# Two commands matter (see README): `make run` and `make test`. Everything else is glue.
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed

.PHONY: run test lint bench screenshots forms translations lock clean dist bench-dist

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
	$(PY) bench/field_data.py
	$(PY) bench/mail.py

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
	rm -rf $(VENV) $(DIST_VENV) dist build .pytest_cache .ruff_cache .mypy_cache .import_linter_cache

## Build the bundled program (one folder, PyInstaller) into dist/destination-norberg/, from a
## venv of its own (.venv-dist) holding requirements.lock, the project and the pinned PyInstaller.
DIST_VENV ?= .venv-dist
DIST_PY := $(DIST_VENV)/bin/python
DIST_TOOLS := $(DIST_VENV)/.tools
DIST_STAMP := dist/destination-norberg/.built
PYINSTALLER_PIN := pyinstaller==6.22.3 pyinstaller-hooks-contrib==2026.10
DIST_SOURCES := $(shell find destination_norberg data installer resources -type f \
	-not -path '*/__pycache__/*' 2>/dev/null) pyproject.toml tools/collect_licenses.py

# The venv is made from requirements.lock (the versions the tests passed with), the project
# and the pinned PyInstaller in one resolver run, so a lock that disagrees with pyproject.toml
# fails here instead of bundling other versions. The same lock serves Windows (the workflow
# installs it alike): every pinned package is pure Python or has Windows wheels, and
# psycopg's tzdata is pinned anyway. A changed lock makes the venv anew.
$(DIST_TOOLS): pyproject.toml requirements.lock
	rm -rf $(DIST_VENV)
	$(PYTHON) -m venv $(DIST_VENV)
	$(DIST_PY) -m pip install --quiet --upgrade pip
	$(DIST_PY) -m pip install --quiet -r requirements.lock '.[postgres]' $(PYINSTALLER_PIN)
	touch $(DIST_TOOLS)

$(DIST_STAMP): $(DIST_TOOLS) $(DIST_SOURCES)
	@command -v objdump >/dev/null && command -v objcopy >/dev/null || { echo "make dist:" \
		"PyInstaller needs objdump and objcopy: install Debian/Ubuntu's binutils package"; exit 1; }
	$(DIST_PY) -m pip install --quiet --no-deps --force-reinstall .
	$(DIST_PY) -m PyInstaller --noconfirm --clean --log-level WARN \
		--distpath dist --workpath build/pyinstaller installer/destination-norberg.spec
	touch $(DIST_STAMP)
	du -sh dist/destination-norberg

dist: $(DIST_STAMP)

## The bundle's start-up against `python -m destination_norberg` (info --json, the overview).
bench-dist: $(STAMP) $(DIST_STAMP)
	$(PY) bench/bundle_startup.py
