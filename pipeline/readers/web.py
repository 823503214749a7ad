"""Read web pages (HTML): the text of the page's main content, without the site around it.

Decoding follows the page's own declaration (byte order mark, `<meta charset>`, the
http-equiv content type or an XML declaration), then UTF-8, then cp1252, as browsers do;
a declared ISO-8859-1 or ASCII is read as cp1252, its superset.

Main content. Invisible elements go first (scripts, styles, templates, hidden elements).
The main content is then, in this order of preference: the `<article>` with the most text,
if it holds a fair share of the page's text (teasers in a "related" block are articles too);
the largest `<main>` or `[role=main]`; the element
with the most paragraph text, scored as readability does: each paragraph's own text (link
text left out) counts fully for its parent and half for its grandparent, and an element's
score shrinks with its share of link text, so menus and link lists lose.

Cleaning happens inside the chosen element only, so that a `<body class="header-fixed">` or
the article itself is never taken for site chrome. Removed: navigation, asides, forms,
buttons, footers and elements whose tag, role, class or id name site chrome (cookie
banners, share bars, breadcrumbs, related links...). A header or banner stays when it holds a
heading or a `<time>`: inside an article, that is the title and dateline. An element holding more
than half of the content's text is never removed: some sites wrap everything in a `<form>`.

When the content has no `<h1>`, the page's `<h1>` (the nearest one before the content, not in
navigation, a footer or an aside, not a logo linking home) is put first: sites often show
the title in a block above the article.

Text. Block elements start new lines, paragraphs, headings, lists and tables are separated
by a blank line, list items are prefixed with "• ", the cells of a data table's row are
joined with " | " (a layout table, whose cells hold paragraphs, is read as blocks). Runs of
spaces and line breaks collapse to one space; non-breaking spaces are kept, soft hyphens
(invisible) go.
"""
from __future__ import annotations

import codecs
import re
from collections import defaultdict
from dataclasses import dataclass

from bs4 import BeautifulSoup, CData, NavigableString, Tag

from ..model import Ingested

BOMS = [(codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"), (codecs.BOM_UTF16_BE, "utf-16-be")]
META_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
XML_ENCODING = re.compile(rb"""^\s*<\?xml[^>]*?encoding\s*=\s*["']([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
# What browsers actually use for these labels (WHATWG Encoding Standard).
CHARSET_ALIASES = {"iso-8859-1": "cp1252", "latin1": "cp1252", "latin-1": "cp1252", "l1": "cp1252",
                   "us-ascii": "cp1252", "ascii": "cp1252", "iso8859-1": "cp1252",
                   "utf-16": "utf-8", "utf-16le": "utf-8", "utf-16be": "utf-8"}

INVISIBLE_TAGS = ["script", "style", "noscript", "template", "svg", "iframe", "object", "embed",
                  "canvas", "head"]
CHROME_TAGS = ["nav", "header", "footer", "aside", "form", "button", "dialog", "menu", "select"]
CHROME_ROLES = {"navigation", "banner", "contentinfo", "complementary", "search", "dialog",
                "alertdialog", "menu", "menubar", "toolbar"}
# Names of site chrome that are safe to find inside a longer class or id...
CHROME_ANYWHERE = re.compile(r"cookie|consent|breadcrumb|navbar|sidebar|newsletter|pagination|"
                             r"gdpr|rgpd|tarteaucitron|skiplink|skip-link", re.IGNORECASE)
# ...and names that must be a whole word of it ("social" is not "sociale").
CHROME_WORDS = {"menu", "share", "sharing", "social", "related", "footer", "header", "comment",
                "skip", "banner", "nav", "navigation", "partage", "ariane", "entete", "pied",
                "toolbar", "topbar", "masthead", "advert"}
HEADER_WORDS = {"header", "entete", "masthead", "banner"}
# An h1 inside these is not the page's title.
NOT_TITLE_TAGS = {"nav", "footer", "aside"}
NOT_TITLE_ROLES = {"navigation", "contentinfo", "complementary"}
HOME_LINK = re.compile(r"^(?:/|\./|index\.html?|https?://[^/]+/?)$", re.IGNORECASE)
HIDDEN_STYLE = re.compile(r"display\s*:\s*none|visibility\s*:\s*hidden", re.IGNORECASE)

HEADINGS = ["h1", "h2", "h3", "h4", "h5", "h6"]
PARAGRAPH_TAGS = {"p", "blockquote", "pre", "ul", "ol", "dl", "table", "hr", "figure", *HEADINGS}
LINE_TAGS = {"div", "section", "article", "main", "header", "footer", "address", "figcaption",
             "dt", "dd", "details", "summary", "center", "fieldset", "legend", "caption", "tr",
             "nav", "aside", "form"}
BLOCK_TAGS = PARAGRAPH_TAGS | LINE_TAGS | {"li", "table", "td", "th", "br"}
SCORED_TAGS = ["p", "pre", "td", "li", "div", "section"]
MIN_PARAGRAPH_CHARS = 25
MAX_LINK_SHARE = 0.5
MIN_ARTICLE_SHARE = 0.25
MAX_REMOVED_SHARE = 0.5
ASCII_SPACES = re.compile(r"[ \t\n\r\f\v]+")
SOFT_HYPHEN = "\u00ad"  # invisible unless a line breaks there


def read_html(data: bytes) -> Ingested:
    soup = BeautifulSoup(decode_html(data), "lxml")
    remove_invisible(soup)
    content = main_content(soup)
    title = outside_title(soup, content)
    remove_chrome(content)
    text = element_text(content)
    if title:
        text = f"{title}\n\n{text}" if text else title
    return Ingested(raw=text, format="html", pages=None, page_starts=[0])


# --- decoding ----------------------------------------------------------------------------

def decode_html(data: bytes) -> str:
    for bom, codec in BOMS:
        if data.startswith(bom):
            return data[len(bom):].decode(codec, errors="replace")
    for codec in (declared_charset(data), "utf-8"):
        if codec:
            try:
                return data.decode(codec)
            except (LookupError, UnicodeDecodeError):
                pass
    return data.decode("cp1252", errors="replace")


def declared_charset(data: bytes) -> str | None:
    head = data[:4096]
    match = XML_ENCODING.search(head) or META_CHARSET.search(head)
    if match is None:
        return None
    label = match.group(1).decode("ascii").lower()
    return CHARSET_ALIASES.get(label, label)


# --- choosing the content ----------------------------------------------------------------

def remove_invisible(soup: BeautifulSoup) -> None:
    remove(soup.find_all(INVISIBLE_TAGS))
    page_chars = len(visible_text(soup))
    hidden = soup.find_all(lambda t: t.has_attr("hidden") or t.get("aria-hidden") == "true"
                           or HIDDEN_STYLE.search(t.get("style", "")))
    # A page wrapper hidden while a consent dialog is open still is the page.
    remove([tag for tag in hidden if len(visible_text(tag)) <= MAX_REMOVED_SHARE * page_chars])


def remove(tags: list[Tag]) -> None:
    """Remove the tags, given in document order; those inside a removed one go with it."""
    removed: set[int] = set()
    for tag in tags:
        if not any(id(parent) in removed for parent in tag.parents):
            removed.add(id(tag))
    for tag in tags:
        if id(tag) in removed:
            tag.decompose()


def main_content(soup: BeautifulSoup) -> Tag:
    root = soup.body or soup
    article = largest(soup.find_all("article"))
    if article is not None and own_text_length(article) >= MIN_ARTICLE_SHARE * own_text_length(root):
        return article
    main = largest(soup.find_all(lambda t: t.name == "main" or t.get("role") == "main"))
    if main is not None and visible_text(main):
        return main
    return densest(root) or root


def largest(tags: list[Tag]) -> Tag | None:
    return max(tags, key=lambda t: len(visible_text(t)), default=None)


def densest(root: Tag) -> Tag | None:
    """The element with the most paragraph text, links discounted (readability's score)."""
    scores: dict[int, float] = defaultdict(float)
    elements: dict[int, Tag] = {}
    for block in root.find_all(SCORED_TAGS):
        if block.name in ("div", "section") and block.find(BLOCK_TAGS):
            continue  # only a div holding text directly is a paragraph
        length = own_text_length(block)
        if length < MIN_PARAGRAPH_CHARS or link_share(block) > MAX_LINK_SHARE:
            continue
        for weight, parent in zip((1.0, 0.5), block.parents):
            if parent is None or parent.name in ("[document]", "html"):
                break
            scores[id(parent)] += weight * length
            elements[id(parent)] = parent
    if not scores:
        return None
    top = sorted(scores, key=scores.get, reverse=True)[:10]
    best = max(top, key=lambda key: scores[key] * (1 - link_share(elements[key])))
    return elements[best]


def outside_title(soup: BeautifulSoup, content: Tag) -> str | None:
    """The page's h1 when the content has none of its own; the one nearest before it."""
    if content.find("h1") is not None:
        return None
    candidates = [h for h in soup.find_all("h1") if could_be_title(h)]
    before = [h for h in candidates if precedes(h, content)]
    chosen = before[-1] if before else (candidates[0] if candidates else None)
    return None if chosen is None else collapse(chosen.get_text(" ")).strip()


def could_be_title(h1: Tag) -> bool:
    """Not in navigation or a footer, not a logo linking to the home page, not empty."""
    if any(p.name in NOT_TITLE_TAGS or p.get("role") in NOT_TITLE_ROLES for p in h1.parents if p.name):
        return False
    link = h1.find("a", href=True)
    if link is not None and HOME_LINK.match(link["href"].strip()):
        return False
    return bool(visible_text(h1))


def precedes(a: Tag, b: Tag) -> bool:
    return any(el is b for el in a.find_all_next())


# --- cleaning ----------------------------------------------------------------------------

def remove_chrome(content: Tag) -> None:
    content_chars = len(visible_text(content))
    remove([tag for tag in content.find_all(True)
            if is_chrome(tag) and not is_title_block(tag)
            and len(visible_text(tag)) <= MAX_REMOVED_SHARE * content_chars])


def is_chrome(tag: Tag) -> bool:
    if tag.name in CHROME_TAGS or tag.get("role") in CHROME_ROLES:
        return True
    names = attribute_names(tag)
    return bool(CHROME_ANYWHERE.search(names)) or any(
        word in CHROME_WORDS or word.rstrip("s") in CHROME_WORDS for word in words_of(names))


def is_header(tag: Tag) -> bool:
    return tag.name == "header" or tag.get("role") == "banner" or any(
        word in HEADER_WORDS for word in words_of(attribute_names(tag)))


def is_title_block(tag: Tag) -> bool:
    """A header holding a heading or a date: the title block of an article."""
    return (is_header(tag) and not CHROME_ANYWHERE.search(attribute_names(tag))
            and tag.find(["h1", "h2", "h3", "time"]) is not None)


def attribute_names(tag: Tag) -> str:
    classes = tag.get("class") or []
    if isinstance(classes, str):
        classes = [classes]
    return " ".join([*classes, tag.get("id") or ""])


def words_of(names: str) -> list[str]:
    """"cookieBanner share-bar" -> ["cookie", "banner", "share", "bar"]."""
    split_camel = re.sub(r"([a-z0-9])([A-Z])", r"\1 \2", names)
    return [w for w in re.split(r"[^a-z0-9]+", split_camel.lower()) if w]


# --- text measures -----------------------------------------------------------------------

def visible_text(tag: Tag) -> str:
    return collapse(tag.get_text(" ")).strip()


def own_text_length(tag: Tag) -> int:
    """Length of the text that is not link text."""
    return len(visible_text(tag)) - sum(len(visible_text(a)) for a in tag.find_all("a"))


def link_share(tag: Tag) -> float:
    total = len(visible_text(tag))
    if total == 0:
        return 0.0
    return sum(len(visible_text(a)) for a in tag.find_all("a")) / total


def collapse(text: str) -> str:
    return ASCII_SPACES.sub(" ", text)


# --- serialising -------------------------------------------------------------------------

class TextWriter:
    """Accumulates text; breaks between blocks are pending until text follows them."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.pending = 0          # 1: start a new line, 2: leave a blank line
        self.prefix = ""

    def block(self, level: int) -> None:
        self.pending = max(self.pending, level)

    def newline(self) -> None:
        self.flush()
        self.parts.append("\n")

    def write(self, text: str, keep_spaces: bool = False) -> None:
        if not keep_spaces:
            text = collapse(text)
            if self.at_line_start() or self.pending or self.ends_with_space():
                text = text.lstrip(" ")
        if not text:
            return
        self.flush()
        if self.prefix:
            self.parts.append(self.prefix)
            self.prefix = ""
        self.parts.append(text)

    def flush(self) -> None:
        if self.pending and self.parts:
            existing = len(self.tail()) - len(self.tail().rstrip("\n"))
            self.parts.append("\n" * max(0, self.pending - existing))
        self.pending = 0

    def tail(self) -> str:
        return "".join(self.parts[-3:])

    def at_line_start(self) -> bool:
        return not self.parts or self.tail().endswith("\n")

    def ends_with_space(self) -> bool:
        return self.tail().endswith(" ")

    def text(self) -> str:
        text = "".join(self.parts).replace(SOFT_HYPHEN, "")
        lines = [line.rstrip() for line in text.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip("\n")


def element_text(tag: Tag) -> str:
    """The text of an element's content, walked without recursion (pages nest deeply)."""
    writer = TextWriter()
    stack: list = list(reversed(tag.contents))
    pre_depth = 0
    while stack:
        node = stack.pop()
        if isinstance(node, Closing):
            close_element(node.tag, writer)
            pre_depth -= node.tag.name == "pre"
        elif isinstance(node, Tag):
            if open_element(node, writer):
                pre_depth += node.name == "pre"
                stack.append(Closing(node))
                stack.extend(reversed(node.contents))
        elif type(node) in (NavigableString, CData):
            writer.write(str(node), keep_spaces=pre_depth > 0)
    return writer.text()


@dataclass
class Closing:
    """Marks, on the walk's stack, the end of an element."""

    tag: Tag


def open_element(tag: Tag, writer: TextWriter) -> bool:
    """Start an element; False when it was written whole and its content is not walked."""
    if tag.name == "br":
        writer.newline()
        return False
    if tag.name == "table" and is_data_table(tag):
        write_data_table(tag, writer)
        return False
    writer.block(block_level(tag.name))
    if tag.name == "li":
        writer.prefix = "• "
    return True


def close_element(tag: Tag, writer: TextWriter) -> None:
    if tag.name == "li":
        writer.prefix = ""  # an empty item
    writer.block(block_level(tag.name))


def block_level(name: str) -> int:
    """2: a paragraph-like block, 1: a block on its own line, 0: inline."""
    if name in PARAGRAPH_TAGS:
        return 2
    return 1 if name in LINE_TAGS or name in ("li", "td", "th") else 0


def is_data_table(table: Tag) -> bool:
    """A table whose cells hold only inline text (not paragraphs or other tables)."""
    return table.find(["p", "div", "table", "ul", "ol", "section", *HEADINGS]) is None


def write_data_table(table: Tag, writer: TextWriter) -> None:
    writer.block(2)
    for row in table.find_all("tr"):
        if row.find_parent("table") is table:
            write_row(row, writer)
    writer.block(2)


def write_row(row: Tag, writer: TextWriter) -> None:
    cells = [collapse(element_text(cell).replace("\n", " ")).strip()
             for cell in row.find_all(["td", "th"], recursive=False)]
    line = " | ".join(cell for cell in cells if cell)
    if line:
        writer.block(1)
        writer.write(line, keep_spaces=True)
        writer.block(1)
