"""Static HTML review of a folder of records: `python -m pipeline review OUT_DIR [--to DIR]`.

`index.html` shows the batch at a glance (documents, counts, warnings, errors, problems, the
calibration figure); `queue.html` lists every value that carries evidence, least confident first;
`<stem>.html` shows one communiqué's extracted text with every value highlighted on its quote and
the OCR repairs drawn as changes. Plain HTML and CSS (`data/review.css`, inlined): no script,
nothing fetched.
"""
from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from urllib.parse import quote as url_quote

from ..outputs import atomic_write
from ..errors import ExitCode
from .documents import FAMILIES, REVIEW_BELOW, Doc, Value, describe, esc, load_doc, render_text



log = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parents[1] / "data"
CALIBRATION_PATH = DATA / "calibration.json"
RESERVED_PAGES = {"index", "queue"}
CSP = "default-src 'none'; style-src 'unsafe-inline'"  # the pages run no script and fetch nothing


# --- calibration --------------------------------------------------------------------------------------

def read_calibration(path: Path = CALIBRATION_PATH) -> dict | None:
    """The figures `make calibrate` wrote, or None when the file is missing or unreadable."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return None
    except (OSError, ValueError) as err:
        log.warning("%s cannot be read (%s); calibration shown as not measured", path, err)
        return None
    return data if isinstance(data, dict) else None


def calibration_line(calibration: dict | None) -> str:
    try:
        golden, threshold = calibration["golden"], float(calibration["threshold"])
        share, count = float(golden["share_right"]), int(golden["values_at_or_above"])
        documents = int(golden["documents"])
    except (TypeError, KeyError, ValueError):
        return "Calibration of the confidences: not measured (`make calibrate` writes pipeline/data/calibration.json)."
    plural = "s" if documents != 1 else ""
    return (f"On the golden fixtures ({documents} communiqué{plural}), {share:.1%} of values at confidence "
            f"{threshold:g} or more were right ({count} values).")


# --- pages ---------------------------------------------------------------------------------------------

def _html(title: str, body: list[str], css: str = "") -> str:
    style = (DATA / "review.css").read_text(encoding="utf-8") + css
    return (f'<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n'
            f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n<title>{esc(title)}</title>\n'
            f"<style>\n{style}</style>\n</head>\n<body>\n" + "\n".join(body) + "\n</body>\n</html>\n")


def _table(head: list[str], rows: list[list[str]]) -> str:
    """A table of cells already escaped."""
    body = "".join("<tr>" + "".join(f"<td>{cell}</td>" for cell in row) + "</tr>\n" for row in rows)
    return "<table>\n<tr>" + "".join(f"<th>{esc(h)}</th>" for h in head) + f"</tr>\n{body}</table>"


def _box(kind: str, heading: str, items: list[str]) -> str:
    """A coloured section listing items already escaped."""
    listed = "".join(f"<li>{item}</li>" for item in items)
    return f'<section class="box {kind}" id="{kind}">\n<h2>{esc(heading)}</h2>\n<ul>{listed}</ul>\n</section>'


def _link(doc: Doc, anchor: str = "", label: str = "") -> str:
    if not doc.page:
        return esc(label or doc.stem)
    href = url_quote(doc.page) + (f"#{anchor}" if anchor else "")
    return f'<a href="{esc(href)}">{esc(label or doc.stem)}</a>'


NAV = '<nav><a href="index.html">index</a> · <a href="queue.html">review queue</a></nav>'


def document_page(doc: Doc, record_href: str) -> str:
    """Error or warnings on top, problems, the document header, then legend, repairs and text."""
    body = [NAV, f"<h1>{esc(doc.stem)}</h1>"]
    error = doc.record.get("error")
    if isinstance(error, dict):
        body.append(_box("error", "Error: no record could be extracted",
                         [f"<code>{esc(error.get('code'))}</code>: {esc(error.get('message'))}"]))
    warnings = [f"<code>{esc(w.get('code'))}</code> {esc(w.get('message'))} "
                f"<span class=\"muted\">CPTS: {esc(w.get('cpts') or '—')}</span>" for w in doc.items("warnings")]
    body.append(_box("warnings", f"Warnings ({len(warnings)})", warnings) if warnings
                else '<section class="box calm" id="warnings"><h2>No warnings</h2></section>')
    if doc.problems:
        problems = [esc(problem) for problem in doc.problems]
        body.append(_box("problems", f"Problems with this record ({len(problems)})", problems))
    body.append(_header(doc, record_href))
    if doc.text is not None:
        language = esc(doc.record["document"].get("language") or "fr")
        body += [_legend(doc.shown), _repairs_list(doc.record["document"].get("repairs") or []),
                 f"<h2>Extracted text ({len(doc.shown)} values highlighted)</h2>",
                 f'<div class="text" lang="{language}">{render_text(doc.text, doc.shown, doc.repairs)}</div>']
    # The value a queue link points at is outlined in all its segments.
    target = ",\n".join(f'body:has(#{v.id}:target) mark[data-v~="{v.id}"]' for v in doc.shown)
    return _html(f"{doc.stem} · review", body, f"{target} {{ outline: 3px solid #e8590c; }}\n" if target else "")


def _header(doc: Doc, record_href: str) -> str:
    document = doc.record["document"]
    ocr = document.get("ocr")
    ocr_text = (f"{ocr.get('engine')}, {ocr.get('lang')}, mean confidence {ocr.get('mean_confidence')}, "
                f"pages {ocr.get('pages')}" if isinstance(ocr, dict) else "no OCR")
    stated = {k: describe(document[k], k) if isinstance(document.get(k), dict) else "none stated"
              for k in ("published", "place")}
    cpts = "; ".join(f"{c.get('name')} ({c.get('key')}, {c.get('role')})" for c in doc.items("cpts"))
    rows = [("source", document.get("source")), ("format", document.get("format")),
            ("language", document.get("language")), ("pages", document.get("pages")),
            ("published", stated["published"]), ("place", stated["place"]), ("OCR", ocr_text), ("CPTS", cpts or "none")]
    items = "".join(f"<dt>{esc(k)}</dt><dd>{esc('—' if v is None else v)}</dd>" for k, v in rows)
    link = f'<a href="{esc(url_quote(record_href))}">{esc(Path(record_href).name)}</a>'
    return f'<h2>Document</h2>\n<dl class="header">{items}<dt>record</dt><dd>{link}</dd></dl>'


def _legend(values: list[Value]) -> str:
    counts = {f: sum(v.family == f for v in values) for f in FAMILIES}
    items = "".join(f'<li><span class="swatch f-{f}">{esc(label)}</span> {counts[f]}</li>'
                    for f, label in FAMILIES.items() if counts[f])
    return ('<h2>Legend</h2>\n<ul class="legend">' + items +
            '<li><span class="swatch multi f-commune">underlined</span> several values</li>'
            '<li><del>struck</del> OCR text, <ins>green</ins> its repair</li></ul>'
            '<p class="muted">Hover a highlight for its value; the review queue lists every value.</p>')


def _repairs_list(repairs: list) -> str:
    if not repairs:
        return "<h2>OCR repairs</h2>\n<p>None: the text was used as read.</p>"
    items = "".join(f'<li><a href="#r{n + 1}">«<del>{esc(r.get("from"))}</del>» → '
                    f'«<ins>{esc(r.get("to"))}</ins>»</a> <code>{esc(r.get("rule"))}</code> '
                    f'<span class="muted">{esc(r.get("start"))}–{esc(r.get("end"))}</span></li>'
                    for n, r in enumerate(repairs) if isinstance(r, dict))
    return f'<h2>OCR repairs ({len(repairs)})</h2>\n<ol class="repairs">{items}</ol>'


def queue_rows(docs: list[Doc]) -> list[tuple[Doc, Value]]:
    """Every value with evidence, least confident first; values without a confidence before all."""
    rows = [(doc, value) for doc in docs for value in doc.values]
    return sorted(rows, key=lambda r: (r[1].confidence is not None, r[1].confidence or 0.0, r[0].stem,
                                       r[1].span, int(r[1].id[1:])))


def queue_page(docs: list[Doc]) -> str:
    rows = []
    for doc, value in queue_rows(docs):
        on_text = value in doc.shown and doc.page
        rows.append([
            '<span class="muted">no confidence</span>' if value.confidence is None else f"{value.confidence:g}",
            _link(doc), esc(value.cpts or "document"), f"<code>{esc(value.field)}</code>",
            esc(describe(value.data, value.family)),
            f'<span class="quote">{esc(value.evidence.get("quote", ""))}</span>',
            _link(doc, value.id, f"#{value.id}") if on_text else '<span class="muted">not on the text</span>'])
    body = [NAV, "<h1>Review queue</h1>",
            f"<p>{len(rows)} values with evidence, least confident first; values without a confidence come first.</p>",
            _table(["confidence", "document", "CPTS", "field", "value", "quote", "highlight"], rows)]
    return _html("Review queue", body)


def index_page(docs: list[Doc], out_dir: Path, calibration: str) -> str:
    records = [d for d in docs if d.record is not None]
    warnings = [(d, w) for d in records for w in d.items("warnings")]
    errors = [(d, d.record["error"]) for d in records if isinstance(d.record.get("error"), dict)]
    values = [v for d in docs for v in d.values]
    unsure = sum(v.confidence is None or v.confidence < REVIEW_BELOW for v in values)
    counts = [("documents", len(records)), ("CPTS", len({c.get("key") for d in records for c in d.items("cpts")})),
              ("warnings", len(warnings)), ("errors", len(errors)),
              ("problems", sum(bool(d.problems) for d in docs)), ("values", len(values))]
    body = [f"<h1>Review of {esc(out_dir)}</h1>",
            '<div class="counts">' + "".join(f"<div><b>{n}</b>{esc(k)}</div>" for k, n in counts) + "</div>",
            f'<p class="calibration">{esc(calibration)}</p>',
            f'<p><a href="queue.html">Review queue</a>: {len(values)} values, least confident first '
            f"({unsure} without a confidence or below {REVIEW_BELOW:g}).</p>"]
    problems = [f"{_link(d)}: {esc(p)}" for d in docs for p in d.problems]
    if problems:
        body.append(_box("problems", f"Problems ({len(problems)})", problems))
    body += ["<h2>Documents</h2>", _table(
        ["document", "format", "language", "pages", "OCR confidence", "CPTS", "warnings", "error"],
        [_document_row(d) for d in docs])]
    body += [f"<h2>Warnings ({len(warnings)})</h2>", _table(["document", "code", "CPTS", "message"], [
        [_link(d), f"<code>{esc(w.get('code'))}</code>", esc(w.get("cpts") or "—"), esc(w.get("message"))]
        for d, w in warnings])]
    body += [f"<h2>Errors ({len(errors)})</h2>", _table(["document", "code", "message"], [
        [_link(d), f"<code>{esc(e.get('code'))}</code>", esc(e.get("message"))] for d, e in errors])]
    return _html("Review", body)


def _document_row(doc: Doc) -> list[str]:
    if doc.record is None:
        return [esc(doc.stem), "", "", "", "", "", "", "unreadable record (see problems)"]
    document, error = doc.record["document"], doc.record.get("error")
    ocr = document.get("ocr") if isinstance(document.get("ocr"), dict) else {}
    cpts = "<br>".join(f"{esc(c.get('name'))} <span class=\"muted\">({esc(c.get('role'))})</span>"
                       for c in doc.items("cpts"))
    return [_link(doc), esc(document.get("format") or "—"), esc(document.get("language") or "—"),
            esc(document.get("pages") or "—"), esc(ocr.get("mean_confidence", "—")), cpts or "—",
            str(len(doc.items("warnings"))),
            f"<code>{esc(error.get('code'))}</code>: {esc(error.get('message'))}" if isinstance(error, dict) else ""]


# --- the command ----------------------------------------------------------------------------------------

def review_command(out_dir: Path, to: Path | None = None) -> int:
    """Write index.html, queue.html and one page per record of `out_dir` into `to`."""
    paths = sorted(out_dir.glob("*.json")) if out_dir.is_dir() else []
    if not paths:
        what = "has no records (*.json written by `extract`)" if out_dir.is_dir() else "is not a folder"
        log.error("%s %s: nothing to review", out_dir, what)
        return ExitCode.BAD_USAGE
    to = to or out_dir / "review"
    try:
        to.mkdir(parents=True, exist_ok=True)
    except OSError as err:
        log.error("cannot create %s: %s", to, err.strerror or err)
        return ExitCode.BAD_USAGE
    docs = [load_doc(path) for path in paths]
    for doc in docs:
        if doc.record is not None:
            _write_document_page(to, doc)
    _write(to / "queue.html", queue_page(docs))
    _write(to / "index.html", index_page(docs, out_dir, calibration_line(read_calibration())))
    failed = [doc for doc in docs if doc.problems]
    for doc in failed:
        log.error("%s: %s", doc.path.name, "; ".join(doc.problems[:3]))
    log.info("review of %d record(s) written to %s (%d with problems)", len(docs), to / "index.html", len(failed))
    return ExitCode.INPUT_FAILED if failed else ExitCode.OK


def _write_document_page(to: Path, doc: Doc) -> None:
    name = f"{doc.stem}.record.html" if doc.stem in RESERVED_PAGES else f"{doc.stem}.html"
    try:
        page = document_page(doc, os.path.relpath(doc.path, to))
    except Exception as exc:  # one odd record must not lose the rest of the review
        log.exception("%s: cannot render its page", doc.path)
        doc.problems.append(f"its page could not be rendered: {type(exc).__name__}: {exc}")
        return
    _write(to / name, page)
    doc.page = name


def _write(path: Path, page: str) -> None:
    atomic_write(path, page.encode("utf-8"))  # a temporary file, then a rename
