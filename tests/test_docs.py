"""The documentation: a README short enough to read at once, and links that lead somewhere.

Every relative link of README.md and docs/*.md must name a file that exists, without an anchor
(headings change; a page is the unit a link points to). Every page of docs/ is linked from the
README and links back to it. Every make target and every subcommand of `python -m pipeline` is
in the README, and every option of a subcommand is documented somewhere."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
README = ROOT / "README.md"
DOCS = sorted((ROOT / "docs").glob("*.md"))
MAX_README_LINES = 250

FENCE = re.compile(r"^```.*?^```", re.MULTILINE | re.DOTALL)
CODE = re.compile(r"`[^`\n]*`")
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)(?:\s+\"[^\"]*\")?\)")
EXTERNAL = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)  # https:, mailto: ...


def links(page: Path) -> list[str]:
    """Targets of the page's Markdown links, code blocks and code spans left out."""
    text = CODE.sub("", FENCE.sub("", page.read_text(encoding="utf-8")))
    return LINK.findall(text)


def relative_links(page: Path) -> list[str]:
    return [target for target in links(page) if not EXTERNAL.match(target)]


def test_readme_is_short():
    lines = README.read_text(encoding="utf-8").splitlines()
    assert len(lines) < MAX_README_LINES, f"README.md has {len(lines)} lines; move detail to docs/"


def test_there_are_docs_pages():
    assert DOCS, "docs/ holds no page"


@pytest.mark.parametrize("page", [README, *DOCS], ids=lambda p: str(p.relative_to(ROOT)))
def test_relative_links_point_to_files(page):
    targets = relative_links(page)
    with_anchor = [t for t in targets if "#" in t]
    assert not with_anchor, f"{page.name}: links with an anchor: {with_anchor}"
    missing = [t for t in targets if not (page.parent / t).exists()]
    assert not missing, f"{page.name}: links to no file: {missing}"


def test_every_docs_page_is_linked_from_the_readme():
    linked = {(README.parent / t).resolve() for t in relative_links(README)}
    unlinked = [p.name for p in DOCS if p.resolve() not in linked]
    assert not unlinked, f"docs pages the README does not link: {unlinked}"


@pytest.mark.parametrize("page", DOCS, ids=lambda p: p.name)
def test_every_docs_page_links_back_to_the_readme(page):
    assert README.resolve() in {(page.parent / t).resolve() for t in relative_links(page)}


@pytest.mark.parametrize("page", DOCS, ids=lambda p: p.name)
def test_every_docs_page_links_to_another_page(page):
    others = {(page.parent / t).resolve() for t in relative_links(page)} & {p.resolve() for p in DOCS}
    assert others - {page.resolve()}, f"{page.name} links to no other docs page"


# Every command is documented: the make targets in the README's table, the subcommands of
# `python -m pipeline` in the README and each of their options somewhere in the docs.

def all_docs_text() -> str:
    return "\n".join(p.read_text(encoding="utf-8") for p in [README, *DOCS])


def make_targets() -> list[str]:
    """The phony targets that have a rule."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    phony = re.search(r"^\.PHONY:(.*)$", makefile, re.MULTILINE).group(1).split()
    return [t for t in phony if re.search(rf"^{re.escape(t)}:", makefile, re.MULTILINE)]


def cli_help(*args: str) -> str:
    done = subprocess.run([sys.executable, "-m", "pipeline", *args, "--help"], cwd=ROOT,
                          capture_output=True, text=True, check=True)
    return done.stdout


def subcommands() -> list[str]:
    choices = re.search(r"\{([a-z,]+)\}", cli_help())
    return choices.group(1).split(",")


def test_every_make_target_is_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    missing = [t for t in make_targets() if not re.search(rf"`make {t}\b", readme)]
    assert not missing, f"make targets the README does not list: {missing}"


def test_every_subcommand_is_in_the_readme():
    readme = README.read_text(encoding="utf-8")
    commands = subcommands()
    assert "extract" in commands
    missing = [c for c in commands if f"`python -m pipeline {c} " not in readme]
    assert not missing, f"subcommands the README does not list: {missing}"


def test_every_option_is_documented():
    text = all_docs_text()
    missing = [f"{command} {option}" for command in subcommands()
               for option in sorted(set(re.findall(r"--[a-z][a-z-]*", cli_help(command))) - {"--help"})
               if option not in text]
    assert not missing, f"options no page documents: {missing}"
