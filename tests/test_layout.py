"""The package layout holds: stages import only earlier stages, modules stay short, and every
package says what it does."""
from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parents[1] / "pipeline"

# Stages in the order the data goes through them; a module may import its own stage or an
# earlier one. The top-level modules (model, errors, outputs) are shared by every stage.
STAGES = ["", "reference", "readers", "text", "facts", "territory", "record", "store", "review", "run", "quality"]
SAME_LEVEL = {"store": "review", "review": "store"}  # neither imports the other
MAX_LINES = 460


def modules() -> list[Path]:
    return sorted(p for p in PACKAGE.rglob("*.py"))


def stage_of(module: str) -> str:
    """'pipeline.facts.dates' -> 'facts'; a top-level module -> ''; `python -m pipeline` is the
    command line of the run stage."""
    if module == "pipeline.__main__":
        return "run"
    parts = module.split(".")
    return parts[1] if len(parts) >= 2 and parts[1] in STAGES else ""


def dotted(path: Path, root: Path = PACKAGE) -> str:
    parts = list(path.relative_to(root.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imported(path: Path, root: Path = PACKAGE) -> set[str]:
    """Absolute names of the pipeline modules `path` imports, at any depth of its code."""
    here = dotted(path, root).split(".")
    package = here if path.name == "__init__.py" else here[:-1]
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = package[:len(package) - node.level + 1] if node.level else []
            target = ".".join(base + ([node.module] if node.module else []))
            found |= {f"{target}.{a.name}" if not node.module else target for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return {name for name in found if name.split(".")[0] == "pipeline"}


def later_imports(path: Path, root: Path = PACKAGE) -> list[str]:
    own = stage_of(dotted(path, root))
    later = []
    for name in imported(path, root):
        other = stage_of(name)
        if other in ("", own):
            continue
        if STAGES.index(other) > STAGES.index(own) or SAME_LEVEL.get(own) == other:
            later.append(name)
    return sorted(later)


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_a_stage_imports_only_earlier_stages(path):
    assert not later_imports(path), f"{dotted(path)} imports a later stage: {later_imports(path)}"


@pytest.mark.parametrize("path", modules(), ids=lambda p: str(p.relative_to(PACKAGE)))
def test_modules_stay_short(path):
    lines = len(path.read_text(encoding="utf-8").splitlines())
    assert lines <= MAX_LINES, f"{path.relative_to(PACKAGE)} has {lines} lines"


@pytest.mark.parametrize("stage", [s for s in STAGES if s])
def test_every_package_says_what_it_does(stage):
    init = PACKAGE / stage / "__init__.py"
    docstring = ast.get_docstring(ast.parse(init.read_text(encoding="utf-8")))
    assert docstring and 1 <= len(docstring.splitlines()) <= 3, f"{stage}/__init__.py needs a short docstring"


def test_the_layering_check_sees_a_later_import(tmp_path):
    root = tmp_path / "pipeline"
    fake = root / "facts" / "quantities.py"
    fake.parent.mkdir(parents=True)
    fake.write_text("from ..territory.perimeter import Territory\nfrom ..reference import gazetteer\n"
                    "def f():\n    from ..run import cli\n", encoding="utf-8")
    assert later_imports(fake, root) == ["pipeline.run", "pipeline.territory.perimeter"]
