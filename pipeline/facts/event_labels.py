"""Dates laid out with labels: a timeline ("Mars 2018" over "Dépôt de la lettre d'intention"), a table whose
column of dates OCR gives before the column of its labels, and a table's column under its heading ("Signature de
l'ACI"). The label tells the kinds."""
from __future__ import annotations

import re

from .dates import DateMatch
from .event_cues import find_cues, start_of_line
from .table_columns import column_label


# what may stand beside a date alone on its line: a bullet, a colon or a dash, a season before a year ("▪ Automne 2021")
DATE_ONLY_LINE = re.compile(r"[\s•▪►◦·*]*(?i:(?:printemps|été|automne|hiver|début|fin|spring|summer|autumn|fall|winter|early|late)\s+)?"
                            r"[:\-–]?\s*")


def kinds_of_label(label: str) -> list[str]:
    return list(dict.fromkeys(c.kind for c in find_cues(label, 0, len(label), in_label=True)))


def _date_only_lines(text: str, dates: list[DateMatch]) -> dict[int, int]:
    """line start -> index of the date that is alone on that line."""
    out = {}
    for i, date in enumerate(dates):
        start = start_of_line(text, date.start)
        end = text.find("\n", date.end)
        end = len(text) if end < 0 else end
        if DATE_ONLY_LINE.fullmatch(text[start:date.start] + text[date.end:end]):
            out[start] = i
    return out


def timeline_labels(text: str, dates: list[DateMatch]) -> dict[int, tuple[str, int]]:
    """A date alone on its line over a line of words: "Mars 2018" / "Dépôt de la lettre
    d'intention". The label is taken only when it holds a cue."""
    date_only = _date_only_lines(text, dates)
    labels = {}
    for line_start, i in date_only.items():
        end = text.find("\n", dates[i].end)
        if end < 0:
            continue
        following = re.compile(r"[ \t]*([^\n]*\S[^\n]*)").match(text, end + 1)
        if following is None or following.start(1) in date_only or start_of_line(text, following.start(1)) in date_only:
            continue
        label = following.group(1)
        if any(following.start(1) <= d.start < following.end(1) for d in dates):
            continue  # "2021" over "▸ 26 janvier — Assemblée générale": the line's own date heads it
        if kinds_of_label(label):
            labels[i] = (label, start_of_line(text, following.start(1)))
    return labels


# A numeric date alone on its line that is no valid date ("90/12/2020", OCR's "10/12/2020"):
# still a row of the dates' column, so that the rows after it keep their labels.
DATE_LIKE_LINE = re.compile(r"\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\s*[:\-–]?\s*")


def date_table_labels(text: str, dates: list[DateMatch]) -> dict[int, tuple[str, int]]:
    """Dates laid out as a column ("03/05/2018 :" lines) with their labels in a later column.

    OCR of a two-column table gives all the dates first, then all the labels; pair them in
    order when the counts agree.
    """
    lines = list(re.finditer(r"[^\n]+", text))
    date_only = _date_only_lines(text, dates)
    runs, current = [], []
    for ln in lines:
        if ln.start() in date_only or DATE_LIKE_LINE.fullmatch(ln.group()):
            current.append(ln)
        elif ln.group().strip():
            if len(current) >= 2:
                runs.append((current, ln))
            current = []
    pairs = {}
    for run, first_label in runs:
        labels = [ln for ln in lines if ln.start() >= first_label.start() and ln.group().strip()][:len(run)]
        if len(labels) == len(run) and all(ln.start() not in date_only for ln in labels):
            for date_line, label in zip(run, labels):
                if date_line.start() in date_only:
                    pairs[date_only[date_line.start()]] = (label.group(), label.start())
    for i, date in enumerate(dates):
        label = None if i in pairs else column_label(text, date.start, date.end) or _line_label(text, dates, i)
        if label:
            pairs[i] = label
    return pairs


# a fact sheet's line: "Lettre d'intention : validée le 11/02/2019", "ACI : signé le 1er décembre 2020"
LINE_LABEL = re.compile(r"[ \t•*·–-]*(?P<label>[^\n:]{2,60}?)[ \t]*:[ \t]")


def _line_label(text: str, dates: list[DateMatch], i: int) -> tuple[str, int] | None:
    """The label a line of a fact sheet opens with, for the one date of its line, when it names an event."""
    start = start_of_line(text, dates[i].start)
    end = text.find("\n", dates[i].end)
    end = len(text) if end < 0 else end
    label = LINE_LABEL.match(text, start, dates[i].start)
    if label is None or any(start <= d.start < end for j, d in enumerate(dates) if j != i):
        return None
    return (label["label"], start) if kinds_of_label(label["label"]) else None


# a line of a timeline that opens on its date: "07/06/2021 – Assemblée générale constitutive", "7 juin 2021 : ..."
DATED_ITEM = re.compile(r"[ \t•*·–-]*(?:\d{1,2}[/.]\d{1,2}[/.]\d{2,4}|\d{1,2}(?:er)?\s+\w+\.?\s+\d{4}|\w+\.?\s+\d{4}|\d{4})"
                        r"[ \t]*[–—:-]")


def another_dated_item(text: str, cue_start: int, date: DateMatch) -> bool:
    """Whether a date opens a timeline's line other than the one of a cue that opens on a date of its own: each line's
    event is its own date's ("07/06/2021 – AG constitutive : l'association est créée\n14/04/2022 – ...")."""
    cue_line, date_line = start_of_line(text, cue_start), start_of_line(text, date.start)
    return cue_line != date_line and bool(DATED_ITEM.match(text, cue_line)) and bool(DATED_ITEM.match(text, date_line))
