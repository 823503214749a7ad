"""The HTML review: every value highlighted exactly on its quote, repairs drawn as changes, a queue
ordered by confidence, bad inputs listed. Unit tests first, then the five samples in Chromium."""
from __future__ import annotations

import json
import shutil
from collections import defaultdict
from html.parser import HTMLParser
from pathlib import Path

import pytest

from pipeline.errors import ExitCode
from pipeline.record.record import error_record
from pipeline.review.documents import Doc, drawable_repairs, evidence_values, load_doc, render_text, segments
from pipeline.review.pages import calibration_line, document_page, queue_rows, read_calibration, review_command

ROOT = Path(__file__).resolve().parents[2]
SCREENSHOT = ROOT / "out" / "review-002.png"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]

TEXT = 'Le 3 mai 2024, la CPTS <Sud> & "Nord" couvre 12 000 habitants.\r\nA Ouges et Fenay.'


def ev(quote: str, confidence: float | None = None) -> dict:
    start = TEXT.index(quote)
    evidence = {"quote": quote, "start": start, "end": start + len(quote)}
    return evidence if confidence is None else {**evidence, "confidence": confidence}


def small_record() -> dict:
    """Overlapping ('CPTS <Sud>' and '<Sud> & "Nord"'), nested ('"Nord"') and repeated quotes."""
    population = {"value": 12000, "qualifier": "exact", "evidence": ev("12 000 habitants", 0.95)}
    return {
        "document": {"published": {"value": "2024-05-03", "precision": "day", "evidence": ev("3 mai 2024")},
                     "place": None, "repairs": []},
        "cpts": [{"key": "sud", "name": "CPTS <Sud>",
                  "people": [{"name": "<script>alert(1)</script>", "role": "x", "evidence": ev("CPTS <Sud>", 0.5)}],
                  "population": {**population, "mentions": [population]},
                  "territory": {"areas": [{"name": "Nord", "evidence": ev('<Sud> & "Nord"', 0.9),
                                           "except": [{"name": "Nord", "evidence": ev('"Nord"', 0.85)}]}]}}],
        "warnings": [{"code": "duplicate_commune", "message": "<b>twice</b>", "cpts": "sud"}],
    }


class Dom(HTMLParser):
    """What a browser's DOM would hold: the text, the text under each value id, element ids, repairs."""

    def __init__(self, html: str):
        super().__init__(convert_charrefs=True)
        self.open: list[list[str]] = []  # the value ids of each open element
        self.text, self.by_value, self.ids, self.repairs = "", defaultdict(str), {}, []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        self.open.append((attrs.get("data-v") or "").split())
        if "id" in attrs:
            self.ids[attrs["id"]] = len(self.text)
        if "repair" in (attrs.get("class") or "").split():
            self.repairs.append((attrs["id"], attrs["data-to"], len(self.text)))

    def handle_endtag(self, tag):
        self.open.pop()

    def handle_data(self, data):
        self.text += data
        for ids in self.open:
            for value_id in ids:
                self.by_value[value_id] += data


def test_segments_cut_at_every_boundary():
    assert [(s.start, s.end, s.ids) for s in segments(10, [(0, 5, "v1"), (3, 8, "v2"), (3, 4, "v3")], {9})] == [
        (0, 3, ("v1",)), (3, 4, ("v1", "v2", "v3")), (4, 5, ("v1", "v2")), (5, 8, ("v2",)), (8, 9, ()), (9, 10, ())]


def test_overlapping_and_nested_quotes_are_marked_exactly():
    values = evidence_values(small_record())
    assert [v.field for v in values] == ["published", "people[0]", "population", "population.mentions[0]",
                                         "territory.areas[0]", "territory.areas[0].except[0]"]
    assert [v.family for v in values] == ["published", "people", "population", "population", "area", "except"]
    dom = Dom(render_text(TEXT, values, []))
    assert dom.text == TEXT  # the carriage return survives as &#13;
    for value in values:
        assert dom.by_value[value.id] == value.data["evidence"]["quote"]
        assert dom.ids[value.id] == value.data["evidence"]["start"]  # the id sits on the value's first segment


def test_everything_is_escaped(tmp_path):
    (tmp_path / "a.json").write_text(json.dumps(small_record()), encoding="utf-8")
    (tmp_path / "a.txt").write_bytes(TEXT.encode("utf-8"))
    doc = load_doc(tmp_path / "a.json")
    doc.page = "a.html"
    page = document_page(doc, "../a.json")
    assert "<script>" not in page and "<Sud>" not in page and "<b>twice" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page and "&lt;b&gt;twice&lt;/b&gt;" in page
    assert [v.id for v in doc.shown] == [v.id for v in doc.values]
    assert any(p.startswith("schema:") for p in doc.problems)  # a hand-made record, not a whole one


def test_repairs_are_drawn_without_changing_the_text():
    values = evidence_values(small_record())
    a, fenay, sud = TEXT.index("A Ouges"), TEXT.index("Fenay"), TEXT.index("<Sud>")
    repairs = [{"start": a, "end": a + 1, "from": "A", "to": "À", "rule": "capital_a"},
               {"start": fenay + 3, "end": fenay + 3, "from": "", "to": "’", "rule": "lost_char"},
               {"start": sud, "end": sud + 5, "from": "<Sud>", "to": "<Süd>", "rule": "inside_quotes"},
               {"start": sud + 1, "end": sud + 2, "from": "S", "to": "s", "rule": "overlapping"},
               {"start": 3, "end": 4, "from": "x", "to": "y", "rule": "not_the_text"}]
    problems: list[str] = []
    drawable = drawable_repairs(repairs, TEXT, problems)
    assert [n for n, _ in drawable] == [2, 0, 1] and len(problems) == 2
    html = render_text(TEXT, values, drawable)
    dom = Dom(html)
    assert dom.text == TEXT
    assert [(r, to) for r, to, _ in dom.repairs] == [("r3", "<Süd>"), ("r1", "À"), ("r2", "’")]
    assert [position for _, _, position in dom.repairs] == [sud, a, fenay + 3]
    assert html.count('class="repair"') == 3 and "<ins " in html and "<del " in html
    for value in values:  # a repair inside a quote splits its marks, not its text
        assert dom.by_value[value.id] == value.data["evidence"]["quote"]


def test_queue_least_confident_first():
    record = small_record()
    record["document"]["published"]["evidence"]["confidence"] = 0.9
    record["cpts"][0]["population"]["mentions"][0] = {"value": 12000, "evidence": ev("12 000 habitants")}
    doc = Doc(Path("a.json"), record, values=evidence_values(record))
    rows = [(v.field, v.confidence) for _, v in queue_rows([doc])]
    assert rows == [("population.mentions[0]", None), ("people[0]", 0.5), ("territory.areas[0].except[0]", 0.85),
                    ("published", 0.9), ("territory.areas[0]", 0.9), ("population", 0.95)]


def test_calibration_figure(tmp_path):
    assert read_calibration(tmp_path / "calibration.json") is None
    assert "not measured" in calibration_line(None)
    (tmp_path / "broken.json").write_text("{", encoding="utf-8")
    assert read_calibration(tmp_path / "broken.json") is None
    figures = {"threshold": 0.9, "golden": {"fixtures": "tests/fixtures", "documents": 5,
                                            "values_at_or_above": 190, "right": 185, "share_right": 185 / 190}}
    assert calibration_line(figures) == ("On the golden fixtures (5 communiqués), 97.4% of values at confidence "
                                         "0.9 or more were right (190 values).")


def test_a_folder_without_records_is_bad_usage(tmp_path, caplog):
    assert review_command(tmp_path) == ExitCode.BAD_USAGE
    assert review_command(tmp_path / "missing") == ExitCode.BAD_USAGE
    assert "nothing to review" in caplog.text and not (tmp_path / "review").exists()


def test_broken_inputs_are_listed_and_the_rest_rendered(tmp_path, corpus_records):
    record, _ = corpus_records["004_3424cefa53f8ce02"]
    (tmp_path / "no_text.json").write_text(json.dumps(record), encoding="utf-8")  # its .txt is missing
    (tmp_path / "broken.json").write_text('{"document": ', encoding="utf-8")
    failed = error_record("inbox/empty.txt", b"", "empty_input", "the file is empty")
    (tmp_path / "empty.json").write_text(json.dumps(failed), encoding="utf-8")
    assert review_command(tmp_path, tmp_path / "html") == ExitCode.INPUT_FAILED
    index = (tmp_path / "html" / "index.html").read_text(encoding="utf-8")
    assert "broken.json is not valid JSON" in index and "no_text.txt is missing" in index
    assert "empty_input" in index and 'href="empty.html"' in index
    assert "the file is empty" in (tmp_path / "html" / "empty.html").read_text(encoding="utf-8")
    assert load_doc(tmp_path / "empty.json").problems == []  # an error record is a record, not a problem
    assert "Grand Auxerrois" in (tmp_path / "html" / "no_text.html").read_text(encoding="utf-8")
    assert not (tmp_path / "html" / "broken.html").exists() and not list((tmp_path / "html").glob(".*.tmp"))


# --- in a browser ---------------------------------------------------------------------------------------

GATHER = """() => {
  const texts = {}, first = {}, transparent = [];
  for (const el of document.querySelectorAll('.text [data-v]')) {
    for (const id of el.dataset.v.split(' ')) {
      texts[id] = (texts[id] ?? '') + el.textContent;
      if (!(id in first)) first[id] = el;
    }
    const bg = getComputedStyle(el).backgroundColor;
    if (bg === 'transparent' || bg === 'rgba(0, 0, 0, 0)') transparent.push(el.dataset.v);
  }
  const anchored = Object.keys(first).filter(id => {
    const target = document.getElementById(id);
    return target !== null && (target === first[id] || target.parentElement === first[id]);
  });
  return {texts, anchored, transparent};
}"""

REPAIRS = """() => [...document.querySelectorAll('.text .repair')].map(el => ({
  id: el.id, text: el.textContent, after: getComputedStyle(el, '::after').content,
  line: getComputedStyle(el).textDecorationLine}))"""

TOP = """() => {
  const top = sel => document.querySelector(sel).getBoundingClientRect().top;
  return {after_title: document.querySelector('h1').nextElementSibling.id,
          warnings: document.querySelector('#warnings').textContent,
          order: [top('#warnings'), top('dl.header'), top('ul.legend'), top('ol.repairs'), top('.text')]};
}"""


def _evidence_count(node) -> int:
    if isinstance(node, dict):
        return ("evidence" in node) + sum(_evidence_count(v) for k, v in node.items() if k != "evidence")
    return sum(_evidence_count(v) for v in node) if isinstance(node, list) else 0


def _css_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


@pytest.fixture(scope="module")
def reviewed(corpus_records, tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("records")
    for stem, (record, text) in corpus_records.items():
        (out / f"{stem}.json").write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
        (out / f"{stem}.txt").write_bytes(text.encode("utf-8"))
    assert review_command(out, out / "review") == ExitCode.OK
    return out / "review"


@pytest.fixture(scope="module")
def browser():
    chromium = shutil.which("chromium")
    if chromium is None:
        pytest.fail("chromium is not installed: run scripts/ensure-chromium.sh (make test runs it)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=chromium, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


def test_every_value_is_highlighted_on_its_quote(reviewed, browser, corpus_records):
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    for stem, (record, text) in corpus_records.items():
        page.goto((reviewed / f"{stem}.html").as_uri())
        found = page.evaluate(GATHER)
        values = evidence_values(record)
        assert len(values) == _evidence_count(record) > 0
        for value in values:
            evidence = value.data["evidence"]
            assert found["texts"].get(value.id) == evidence["quote"] == text[evidence["start"]:evidence["end"]], \
                f"{stem} {value.cpts} {value.field}"
        assert sorted(found["anchored"]) == sorted(v.id for v in values), stem
        assert found["transparent"] == [], stem
    page.close()


def test_the_ocr_page_shows_its_repairs_and_warnings(reviewed, browser, corpus_records):
    record, _ = corpus_records["002_c8d313cca9ef4393"]
    repairs = record["document"]["repairs"]
    page = browser.new_page(viewport={"width": 1280, "height": 900})
    page.goto((reviewed / "002_c8d313cca9ef4393.html").as_uri())
    drawn = page.evaluate(REPAIRS)
    assert len(drawn) == len(repairs) > 20
    for element in drawn:
        repair = repairs[int(element["id"][1:]) - 1]
        assert element["text"] == repair["from"] and element["after"] == _css_string(repair["to"]), repair
        assert "line-through" in element["line"] or not repair["from"]
    top = page.evaluate(TOP)
    assert top["after_title"] == "warnings" and top["order"] == sorted(top["order"])
    assert "communes_count_mismatch" in top["warnings"] and "duplicate_commune" in top["warnings"]
    SCREENSHOT.parent.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOT), full_page=True)
    page.close()


def test_index_and_queue_link_to_the_highlights(reviewed, browser, corpus_records):
    page = browser.new_page()
    page.goto((reviewed / "index.html").as_uri())
    assert page.locator("table").first.locator("a").count() == len(corpus_records)
    assert page.locator("p.calibration").inner_text() == calibration_line(read_calibration())
    page.goto((reviewed / "queue.html").as_uri())
    links = page.evaluate("() => [...document.querySelectorAll('td:last-child a')].map(a => a.getAttribute('href'))")
    assert len(links) == sum(len(evidence_values(r)) for r, _ in corpus_records.values())
    file_name, anchor = links[0].split("#")
    page.goto(f"{(reviewed / file_name).as_uri()}#{anchor}")
    outlined = page.evaluate("() => [...document.querySelectorAll('.text mark')]"
                             ".filter(m => getComputedStyle(m).outlineStyle === 'solid').map(m => m.dataset.v)")
    assert outlined and all(anchor in ids.split() for ids in outlined)  # the value it points at, outlined
    page.close()
