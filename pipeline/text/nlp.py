"""spaCy: sentences and person names of the repaired text.

The French model `fr_core_news_md` is loaded once per process. Press releases are made of
headings, list items and wrapped lines, so a component registered here marks blank lines
and bullet lines as sentence starts before spaCy's sentence recogniser runs. The entity
recogniser, most of spaCy's time, reads only the sentences the caller needs person names in.
"""
from __future__ import annotations

import logging
import re
import time
from dataclasses import dataclass
from functools import lru_cache
from typing import Callable

import numpy
import spacy
from spacy.attrs import ORTH, SENT_START
from spacy.language import Language
from spacy.pipeline import Sentencizer
from spacy.tokens import Doc

from ..model import Span
from ..reference.regex_cache import compiled_once

log = logging.getLogger(__name__)

MODEL = "fr_core_news_md"
# Components the pipeline does not read; leaving them out makes processing faster. The shared
# `tok2vec` feeds only the parser and the morphologizer: `ner` and `senter` embed words themselves.
UNUSED = ["parser", "lemmatizer", "morphologizer", "attribute_ruler", "tok2vec"]
BULLET_RE = re.compile(r"^[•\-–—*·▪►o]$")
# A dateline or byline: a line of at most 80 characters that ends with a year, or a time after it
# ("Publié le 16/02/2023", "Par Anne Roux, le 3 mars 2024", "Mis à jour le 3 mars 2024 à 08h15"); over a
# capitalised line it is no part of its sentence
# a line of a timeline that opens on its date: "11 février 2020 – Validation de la lettre d'intention", "Mars 2021 : ..."
DATED_ITEM = re.compile(r"(?:\d{1,2}(?:er)?[ \t]+[^\W\d]+\.?[ \t]+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|[^\W\d]+\.?[ \t]+\d{4}|\d{4})"
                        r"[ \t]*[–—:-][ \t]")
DATED_LINE = re.compile(r"[^\n]{0,76}(?<!\d)(?:19|20)\d{2}(?:,?[ \t]+(?:à[ \t]+)?\d{1,2}[ \t]?[h:][ \t]?\d{2})?")


@Language.component("block_boundaries")
def block_boundaries(doc: Doc) -> Doc:
    """Start a sentence after a blank line, at a bullet, and after a line ending in ':'."""
    text = doc.text  # built anew at each reading: once
    starts = [i for i in _after_line_breaks(doc) if _starts_block(doc, i, text)]
    if starts:
        doc[starts[0]].is_sent_start = True  # spaCy's checks (no parse yet), made once
        # the others at once: each `is_sent_start = True` reads the whole doc again
        sentence_starts = doc.to_array(SENT_START)
        sentence_starts[starts] = 1
        doc.from_array(SENT_START, sentence_starts)
    return doc


def _starts_block(doc: Doc, i: int, text: str) -> bool:
    token, prev = doc[i], doc[i - 1]
    return (prev.is_space and prev.text.count("\n") >= 2
            or prev.is_space and "\n" in prev.text and bool(BULLET_RE.match(token.text) or _line_ends_block(doc, i - 1))
            or i > 0 and not prev.is_space and bool(BULLET_RE.match(token.text)) and "\n" in prev.whitespace_
            or "\n" in prev.whitespace_ and token.is_title and _is_heading_line(doc, i - 1)
            or prev.is_space and "\n" in prev.text and token.is_title and _is_dated_line(doc, i - 2)
            or bool(DATED_ITEM.match(text, token.idx)))


def _after_line_breaks(doc: Doc) -> list[int]:
    """The indexes of the tokens after a token that holds a line break: only these may start a
    block. Read from the token's words, not one token at a time in Python (a token's trailing
    whitespace is a space at most)."""
    words = doc.to_array(ORTH)
    # a set, not numpy.unique: that imports numpy.ma on its first call (20 ms of a cold start)
    breaking = [orth for orth in set(words.tolist()) if "\n" in doc.vocab.strings[orth]]
    return [int(i) + 1 for i in numpy.flatnonzero(numpy.isin(words[:-1], breaking))]


def _is_heading_line(doc: Doc, last: int) -> bool:
    """A short line without closing punctuation, followed by a capitalised line: a heading."""
    start = last
    while start > 0 and "\n" not in doc[start - 1].whitespace_ and not doc[start - 1].is_space:
        start -= 1
    line = doc[start:last + 1].text
    return len(line) <= 60 and not line.rstrip().endswith((",", ";", ":")) and not doc[last].is_punct or \
        len(line) <= 60 and doc[last].text in ("»", '"', "”")


def _is_dated_line(doc: Doc, last: int) -> bool:
    """A short line that ends with a year, over a capitalised line: a dateline or byline
    ("Publié le 16/02/2023", "Par Anne Roux, le 3 mars 2024"), not the start of a sentence."""
    start = last
    while start > 0 and not doc[start - 1].is_space:
        start -= 1
    return last >= 0 and bool(DATED_LINE.fullmatch(doc[start:last + 1].text))


def _line_ends_block(doc: Doc, space_index: int) -> bool:
    before = doc[space_index - 1] if space_index > 0 else None
    return before is not None and before.text in (":", ";", ".", "!", "?")


@lru_cache(maxsize=1)
def load_model() -> Language:
    started = time.perf_counter()
    with compiled_once():  # the French tokenizer's 1.4-million-character pattern
        nlp = spacy.load(MODEL, exclude=UNUSED)
    nlp.enable_pipe("senter")
    nlp.add_pipe("block_boundaries", before="senter")
    log.info("loaded %s in %.2f s", MODEL, time.perf_counter() - started)
    return nlp


@dataclass
class Analysis:
    sentences: list[Span]
    persons: list[Span]


@dataclass(frozen=True)
class Region:
    """Where person names are read: `span`; and `before` as well when `span` names no one (the text
    before a sentence opened by a pronoun or a role, where its person is named)."""
    span: Span
    before: Span | None = None


PersonRegions = Callable[[str, list[Span]], list[Region]]  # (text, sentences) -> where names are read


def _everywhere(text: str, sentences: list[Span]) -> list[Region]:
    return [Region(Span(0, len(text)))]


def analyse(text: str, person_regions: PersonRegions = _everywhere, lang: str = "fr") -> Analysis:
    """Sentences and person names of one text in `lang` ("fr" or "en"). Person names are looked
    for only where `person_regions` says they are read: the entity recogniser is most of spaCy's
    time, and most sentences of a release name no one."""
    return _analysed([text], person_regions, [lang])[0]


def analyse_many(texts: list[str], person_regions: PersonRegions = _everywhere,
                 langs: list[str] | None = None) -> list[Analysis]:
    """`analyse` of each text, in one batch: spaCy's matrix products over many texts at once
    take a fifth less time per text than one text at a time."""
    return _analysed(texts, person_regions, langs or ["fr"] * len(texts))


def _analysed(texts: list[str], person_regions: PersonRegions, langs: list[str]) -> list[Analysis]:
    nlp = load_model()
    docs = list(nlp.pipe(texts, batch_size=max(len(texts), 1), disable=["ner"]))
    for doc, lang in zip(docs, langs):
        if lang == "en":
            _english_sentences(doc)
    sentences = [_sentences(doc, text) for doc, text in zip(docs, texts)]
    regions = [person_regions(text, found) for text, found in zip(texts, sentences)]
    # First the regions themselves, then the text before those that name no one (half of them):
    # the text before is as long as the regions, and the recogniser's time grows with the words read.
    first = [_token_ranges(doc, [r.span for r in found]) for doc, found in zip(docs, regions)]
    persons = _persons(docs, first)
    second = [_outside(_token_ranges(doc, _unnamed_befores(found, named)), ranges)
              for doc, found, named, ranges in zip(docs, regions, persons, first)]
    return [Analysis(found, sorted(named + more, key=lambda p: p.start))
            for found, named, more in zip(sentences, persons, _persons(docs, second))]


def _persons(docs: list[Doc], regions: list[list[tuple[int, int]]]) -> list[list[Span]]:
    """The person names the entity recogniser reads in each doc's token ranges, one batch for all."""
    pieces = [piece for doc, ranges in zip(docs, regions) for piece in _pieces(doc, ranges)]
    read = iter(load_model().get_pipe("ner").pipe(pieces, batch_size=max(len(pieces), 1)))
    return [[Span(doc[start].idx + e.start_char, doc[start].idx + e.end_char)
             for start, _ in ranges for e in next(read).ents if e.label_ == "PER"]
            for doc, ranges in zip(docs, regions)]


def _unnamed_befores(regions: list[Region], persons: list[Span]) -> list[Span]:
    return [r.before for r in regions
            if r.before is not None and not any(r.span.start <= p.start < r.span.end for p in persons)]


def _outside(ranges: list[tuple[int, int]], read: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The parts of token ranges not already read (both sorted, each made of whole sentences)."""
    left = []
    for start, end in ranges:
        for done_start, done_end in read:
            if done_end <= start or done_start >= end:
                continue
            if done_start > start:
                left.append((start, done_start))
            start = max(start, done_end)
        if start < end:
            left.append((start, end))
    return left


def _pieces(doc: Doc, ranges: list[tuple[int, int]]) -> list[Doc]:
    """The token ranges of `doc` as docs of their own, with their words, spaces and sentence starts
    (the entity recogniser keeps an entity inside its sentence). `Span.as_doc` would give the same
    docs, but reads every attribute of the whole doc again for each range."""
    starts = doc.to_array(SENT_START)
    pieces = []
    for start, end in ranges:
        tokens = doc[start:end]
        piece = Doc(doc.vocab, words=[t.text for t in tokens], spaces=[bool(t.whitespace_) for t in tokens])
        piece.from_array([SENT_START], starts[start:end].reshape(-1, 1))
        pieces.append(piece)
    return pieces


def _english_sentences(doc: Doc) -> None:
    """The French sentence recogniser cuts English prose at random ("Chaired | by Anne Roux, the
    CPTS Val | Fleuri signed"): English sentences are cut at their punctuation instead, and at
    the blocks `block_boundaries` marks."""
    unset = numpy.zeros(len(doc), dtype="uint64")  # the sentencizer leaves set tokens as they are
    if len(doc):
        unset[0] = 1
    doc.from_array(SENT_START, unset)
    _sentencizer()(doc)
    block_boundaries(doc)


@lru_cache(maxsize=1)
def _sentencizer() -> Sentencizer:
    return Sentencizer()


def _token_ranges(doc: Doc, regions: list[Span]) -> list[tuple[int, int]]:
    """The whole sentences that hold each region, as token ranges, those that touch joined."""
    ranges: list[tuple[int, int]] = []
    for region in sorted(regions, key=lambda r: r.start):
        span = doc.char_span(region.start, region.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        start, end = span[0].sent.start, span[-1].sent.end
        if ranges and start <= ranges[-1][1]:
            ranges[-1] = (ranges[-1][0], max(end, ranges[-1][1]))
        else:
            ranges.append((start, end))
    return ranges


def _sentences(doc: Doc, text: str) -> list[Span]:
    """`text`: the doc's own (spaCy keeps every character), which `doc.text` would join again
    from the tokens."""
    sentences: list[Span] = []
    for s in doc.sents:
        span = trimmed(text, s.start_char, s.end_char)
        if span.end <= span.start:
            continue
        if sentences and _dash_inside(text, sentences[-1], span):
            span = Span(sentences.pop().start, span.end)
        sentences.append(span)
    return sentences


def _dash_inside(text: str, previous: Span, span: Span) -> bool:
    """ "Anne Roux - présidente de la CPTS - a signé": a dash on the line of a sentence that has not ended
    goes on with it (a bullet opens a line)."""
    return text[span.start] in "-–—" and "\n" not in text[previous.end:span.start] \
        and text[previous.end - 1] not in ".!?:;"


def trimmed(text: str, start: int, end: int) -> Span:
    """text[start:end] without the white space around it."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
