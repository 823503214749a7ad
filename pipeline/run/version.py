"""The pipeline's version as incremental extraction sees it: the release number plus a digest
of the code and reference data, so that any change to either re-extracts every input."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

from .. import __version__

PACKAGE = Path(__file__).resolve().parents[1]


@lru_cache(maxsize=1)
def pipeline_version() -> str:
    digest = hashlib.sha256()
    files = sorted(PACKAGE.rglob("*.py")) + [PACKAGE / "data" / "gazetteer.tsv.gz"]
    for path in files:
        digest.update(str(path.relative_to(PACKAGE)).encode())
        digest.update(path.read_bytes())
    return f"{__version__}+{digest.hexdigest()[:12]}"
