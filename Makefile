# Set-up is automatic: every target below installs what it needs first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
IN ?= corpus/inbox
OUT ?= out
DB ?= $(OUT)/cpts.sqlite
REFDATA_PACKAGE := @etalab/decoupage-administratif@6.0.0

.PHONY: setup extract load review test eval calibrate forms-eval forms-eval-dev forms-eval-unseen dev-fixtures ocr-eval bench bench-ocr batch validate refdata fixtures clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

# The package is installed editable, so pip compiles none of its modules: compile them here
# (only those changed since), or every run compiles them again when bytecode is not written.
# A stamp, so that a run with nothing changed does not start Python for it (0.1 s of a cold start).
COMPILED := $(VENV)/.compiled
$(COMPILED): $(STAMP) $(shell find pipeline -name '*.py')
	@$(PY) -m compileall -q pipeline
	@touch $@

setup: $(COMPILED)
	@scripts/ensure-tesseract.sh

extract: setup
	$(PY) -m pipeline extract $(IN) --out $(OUT)

# Load the records of OUT into a database (SQLite file, or DB=postgresql://...), then export
# the registry of communities beside it as CSV and JSON Lines.
load: setup
	$(PY) -m pipeline load $(OUT) --db $(DB)
	$(PY) -m pipeline export --db $(DB) --out $(OUT)

# Static HTML pages to review OUT: index, review queue, one page per communiqué.
review: setup
	$(PY) -m pipeline review $(OUT)

validate: setup
	$(PY) -m pipeline validate $(OUT)/*.json

test: setup fixtures
	@scripts/ensure-chromium.sh
	$(PY) -m pytest -q

# Precision, recall and F1 per field family against hand-checked records: the real
# communiqués of ../shared/dev (where present), the project's own real documents, the samples
# and the communiqués written for the tests.
DEV ?= ../shared/dev
eval: setup
	@if [ -d $(DEV)/gold ]; then $(PY) -m pipeline.quality.evaluate --fixtures $(DEV)/gold --inputs $(DEV)/raw; \
	else echo "$(DEV) is not here: the development set is not scored (set DEV=... to point at it)"; fi
	$(PY) -m pipeline.quality.evaluate --fixtures tests/real/gold --inputs tests/real/raw
	$(PY) -m pipeline.quality.evaluate --fixtures tests/fixtures --inputs corpus/inbox
	$(PY) -m pipeline.quality.evaluate --fixtures tests/communiques --inputs tests/communiques

# Micro F1 of every generated form (PDF, scan, photo, DOCX, HTML) next to the text version's:
# the samples' forms, then those of the real communiqués of ../shared/dev (where present; about
# 8 minutes on two cores, most of it OCR). DEV_FORMS="dA01 dA02" scores only those documents.
DEV_FORMS ?=
JOBS ?= 2
forms-eval: setup fixtures
	$(PY) -m pipeline.quality.evaluate --forms build/forms --jobs $(JOBS)
	@$(MAKE) --no-print-directory forms-eval-dev

forms-eval-dev: setup
	@if [ -d $(DEV)/raw ] && [ -d $(DEV)/gold ]; then \
	  $(MAKE) --no-print-directory dev-fixtures && \
	  $(PY) -m pipeline.quality.evaluate --forms build/dev_forms --fixtures $(DEV)/gold --inputs $(DEV)/raw \
	    --fields --jobs $(JOBS) $(foreach stem,$(DEV_FORMS),--stem $(stem)); \
	else echo "$(DEV) is not here: the forms of the development set are not scored (set DEV=... to point at it)"; fi

# The samples' scans, photos and phone pages rendered afresh: the generator seeds each rendering
# from the document's name, so the samples copied under other names (UNSEEN: the prefixes) give
# pages no rule was tuned on, scored against the samples' gold.
UNSEEN ?= u v
forms-eval-unseen: setup
	rm -rf build/unseen && mkdir -p build/unseen/texts build/unseen/gold
	for prefix in $(UNSEEN); do for text in corpus/inbox/*.txt; do stem=$$(basename $$text .txt); \
	  cp $$text build/unseen/texts/$$prefix$$stem.txt; cp tests/fixtures/$$stem.json build/unseen/gold/$$prefix$$stem.json; \
	done; done
	$(PY) scripts/make_fixtures.py --texts build/unseen/texts --out build/unseen/forms --jobs $(JOBS) > /dev/null
	$(PY) -m pipeline.quality.evaluate --forms build/unseen/forms --fixtures build/unseen/gold --inputs build/unseen/texts \
	  --form scan_pdf --form photo_png --form phone_pdf --jobs $(JOBS)

# How often values at confidence 0.9 or more are right, on the golden fixtures; writes
# pipeline/data/calibration.json, which the review index quotes and a test keeps true.
calibrate: setup fixtures
	$(PY) -m pipeline.quality.calibration --write

# Character error rate of the scanned PDFs' OCR against the reference text, before and after
# repair; on the photos, per preprocessing step and with the second pass; and the clean texts
# the forms were made from, which repair must leave unchanged.
ocr-eval: setup fixtures
	$(PY) -m pipeline.quality.ocr_eval --forms build/forms --form scan_pdf
	$(PY) -m pipeline.quality.ocr_eval --forms build/forms --form photo_png
	$(PY) -m pipeline.quality.ocr_eval --forms build/forms --form phone_pdf
	$(PY) -m pipeline.quality.ocr_eval --forms build/forms --form photo_png --steps
	$(PY) -m pipeline.quality.ocr_eval --forms build/forms --form phone_pdf --steps
	$(PY) -m pipeline.quality.ocr_eval --samples
	$(PY) -m pipeline.quality.ocr_eval --forms build/forms --clean

# Speed and memory of the whole pipeline beside their floors (the spaCy model alone over the
# same texts, tesseract alone on the same pages): the corpus, the scans and a generated batch
# of 1 000 text communiqués, on one and two workers; stage shares; peak memory; cold start.
bench: setup fixtures batch
	$(PY) scripts/bench.py

# 1 000 text communiqués generated from the corpus with other names and figures (deterministic).
batch: build/batch/.manifest.json

build/batch/.manifest.json: $(STAMP) scripts/make_batch.py $(wildcard corpus/inbox/*.txt) $(wildcard tests/communiques/*) $(wildcard tests/fixtures/*.json)
	$(PY) scripts/make_batch.py --out build/batch

# Seconds per page: tesseract alone and the whole pipeline, serial and parallel.
bench-ocr: setup fixtures
	$(PY) scripts/bench_ocr.py --forms build/forms

# Rebuild the committed gazetteer from the pinned npm package (needs npm and network access
# to the npm registry; the result is committed, so extraction never downloads anything).
# The earlier versions of the package give the former names of intercommunalities.
refdata: $(STAMP)
	rm -rf build/refdata && mkdir -p build/refdata/history
	cd build/refdata && npm pack --silent $(REFDATA_PACKAGE) && tar xzf etalab-decoupage-administratif-6.0.0.tgz
	cd build/refdata/history && npm pack --silent $$(../../../$(PY) -c 'from pipeline.reference.refdata import history_specs; print(*history_specs())')
	$(PY) -m pipeline.reference.refdata build/refdata/package/data --history build/refdata/history/*.tgz

# Test documents in every input form (text and scanned PDF, photos, TIFF, DOCX, HTML, broken
# files) rendered from the sample communiqués; remade only when the script or a text changes.
fixtures: build/forms/MANIFEST.json

build/forms/MANIFEST.json: $(STAMP) scripts/make_fixtures.py $(wildcard corpus/inbox/*.txt) $(wildcard corpus/transcripts/*.txt)
	$(PY) scripts/make_fixtures.py --out build/forms

# The same forms of the real communiqués of ../shared/dev/raw (text as published, no transcript).
dev-fixtures: build/dev_forms/MANIFEST.json

build/dev_forms/MANIFEST.json: $(STAMP) scripts/make_fixtures.py $(wildcard $(DEV)/raw/*.txt)
	$(PY) scripts/make_fixtures.py --texts $(DEV)/raw --out build/dev_forms

clean:
	rm -rf $(OUT) build .pytest_cache
