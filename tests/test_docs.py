"""The documentation: a README short enough to read at once, and links that lead somewhere.

Every relative link of README.md and docs/*.md must name a file that exists, without an anchor
(headings change; a page is the unit a link points to). Every page of docs/ is linked from the
README and links back to it."""
from __future__ import annotations

import re
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
