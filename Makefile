# Set-up is automatic: every target below installs what it needs first.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
IN ?= corpus/inbox
OUT ?= out
REFDATA_PACKAGE := @etalab/decoupage-administratif@6.0.0

.PHONY: setup extract test eval validate refdata clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	touch $(STAMP)

setup: $(STAMP)
	@scripts/ensure-tesseract.sh

extract: setup
	$(PY) -m pipeline extract $(IN) --out $(OUT)

validate: setup
	$(PY) -m pipeline validate $(OUT)/*.json

test: setup
	$(PY) -m pytest -q

# Precision, recall and F1 per field family against the golden records.
eval: setup
	$(PY) -m pipeline.evaluate --fixtures tests/fixtures --inputs corpus/inbox
	$(PY) -m pipeline.evaluate --fixtures tests/communiques --inputs tests/communiques

# Rebuild the committed gazetteer from the pinned npm package (needs npm and network access
# to the npm registry; the result is committed, so extraction never downloads anything).
refdata: $(STAMP)
	rm -rf build/refdata && mkdir -p build/refdata
	cd build/refdata && npm pack --silent $(REFDATA_PACKAGE) && tar xzf etalab-decoupage-administratif-6.0.0.tgz
	$(PY) -m pipeline.refdata build/refdata/package/data

clean:
	rm -rf $(OUT) build .pytest_cache
