"""Field extraction: every fact the text states, attributed to the CPTS it is about.

Each extractor walks the repaired text, finds candidates with the number, date and name
parsers, decides what kind of fact each is from the words around it, and asks the
`Context` which CPTS it belongs to. Facts keep their span so evidence can quote them.
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass, field

from . import gazetteer
from .context import Context
from .dates import DateMatch, find_dates
from .model import Fact, Span
from .numbers import percent_after, qualifier_before
from .patterns import word_alternation

DATE_KINDS = ("launch", "aci_signature", "health_project", "letter_of_intent", "statutes")

# --- confidence of a value (evidence.confidence): each rule below is measured by
# pipeline/calibration.py against the golden records; 0.9 and above must be right 95% of the time.
NAMED_IN_SENTENCE = 0.95  # the CPTS is named in the value's own sentence
BY_FOCUS = 0.9            # no CPTS named in the sentence: the value goes to the one the text is speaking of
OTHER_CPTS_NAMED = 0.85   # the sentence names another CPTS than the one the value was given to
PERCENT_UNNAMED = 0.85    # a percentage in a sentence that names no CPTS: often the department's or the nation's
SECOND_DATE_KIND = 0.5    # a kind from the farther cue of a sentence with another date: the cue may be the other date's
UNLINKED_PLACE = 0.5      # a place name the gazetteer cannot link (unknown, or a homonym the context leaves open)
DATELINE = 0.95           # the release's date: a line of its own near the top that holds only place and date
DATELINE_PLACE = 0.9      # the dateline's place, linked to a commune
DEPARTMENT_FIGURE = 0.9   # a department's coverage, given to the department its sentence names (else the release's)

# --- what a number counts: the words right after it, or a label before it ----------------
UNIT_AFTER = [
    ("population", r"(?:d['’]\s*)?(?:habitants?|inhabitants?|residents?|administrés|personnes|people)\b"),
    ("communes_count", r"(?:communes?|municipalit(?:y|ies)|towns|villages)\b"),
    ("professionals_count", r"(?:professionnel(?:le)?s|health\s+professionals|healthcare\s+professionals|"
                            r"professionals|soignants|adhérents|members)\b"),
    ("structures_count", r"(?:structures|établissements|establishments|facilities|maisons\s+de\s+santé|"
                         r"centres\s+de\s+santé|pôles\s+de\s+santé|MSP|(?:multi-professional\s+)?health\s+cent(?:re|er)s)\b"),
]
LABEL_BEFORE = [
    ("population", r"(?:population(?:\s+(?:couverte|concernée|totale|covered))?|nombre\s+d['’]habitants|habitants|inhabitants)\s*:\s*$"),
    ("communes_count", r"(?:nombre\s+de\s+communes|communes|municipalities)\s*:\s*$"),
    ("professionals_count", r"(?:nombre\s+de\s+professionnels|professionnels(?:\s+de\s+santé)?|adhérents|members)\s*:\s*$"),
    ("population", r"\b(?:une\s+population\s+de|a\s+population\s+of|bassin\s+de\s+(?:vie|population)\s+de)\s+$"),
]
ALL_COMMUNES_OF = re.compile(
    r"\b(?:couvr\w*|cover\w*|regroup\w*|rassembl\w*|compren\w*|englob\w*|spans?|sur|across|sont|are)\s+(?:les|the)\s+$",
    re.IGNORECASE)
AREA_AFTER_COMMUNES = re.compile(
    r"\s+(?:de\s+la|du|des|of\s+the|in\s+the)\s+(?:communauté|community|métropole|agglomération|"
    r"CC\b|CA\b|intercommunalité)", re.IGNORECASE)
PLACE_BEFORE = re.compile(
    r"\b(?:ville|commune|city|town|village|ville-centre|chef-lieu|préfecture|bourg)\b[^,;()]{0,40}$"
    r"|\bqui\s+compte\s+$|\bpeuplée?\s+de\s+$", re.IGNORECASE)

# --- the kind of a date: the words of its clause --------------------------------------------
ACI_TERMS = (r"\bACI\b|accord\s+conventionnel\s+interprofessionnel|accord[\s-]+cadre\s+interprofessionnel|"
             r"accord\s+interprofessionnel|contrat\s+(?:ACI|tripartite|de\s+partenariat)|interprofessional\s+agreement|"
             r"partnership\s+(?:contract|agreement)")
DATE_CUES = {
    "launch": r"lanc(?:ée?s?|ement)\b|launch|inaugur|naissance|\bborn\b|voit\s+le\s+jour|démarr|kick(?:ed)?[\s-]off",
    "aci_signature": ACI_TERMS,
    "health_project": r"projet\s+de\s+santé|health\s+project",
    "letter_of_intent": r"lettre\s+d['’]\s*intention|letter\s+of\s+intent",
    "statutes": r"statuts|statutes|assemblée\s+(?:générale\s+)?constitutive|constitutive\s+(?:general\s+)?assembly|"
                r"(?:création|constitution)\s+de\s+l['’]association",
}
SIGNING = re.compile(r"sign|paraph|conclu", re.IGNORECASE)
NOT_A_SIGNATURE = re.compile(r"parution|journal\s+officiel|publication|publié|published|official\s+journal", re.IGNORECASE)

# --- percentages ------------------------------------------------------------------------------
COVERAGE_CUES = re.compile(
    r"couverte?s?\s+par\s+(?:une|des|les)\s+CPTS|désormais\s+couvert|vit\s+sur\s+un\s+territoire|"
    r"viv\w*\s+(?:désormais\s+)?sur\s+(?:le|un)\s+territoire|territoire\s+d['’]une\s+CPTS|live\w*\s+in\s+(?:an?\s+)?(?:area|territory)|"
    r"couverture|covered\s+by\s+(?:a|the)?\s*CPTS|now\s+covered|lives?\s+in\s+an?\s+(?:area|territory)|"
    r"organisation\s+des\s+soins|care\s+organi[sz]ation", re.IGNORECASE)
WITHOUT_GP_CUES = re.compile(
    r"médecin\s+traitant|équipe\s+traitante|sans\s+médecin|dépourvus?|n['’]en\s+(?:bénéficient|ont)\s+pas|"
    r"general\s+practitioner|\bGP\b|family\s+doctor|attending\s+(?:physician|doctor)|without\s+a\s+doctor",
    re.IGNORECASE)
SHARE_CUES = re.compile(r"de\s+la\s+population|of\s+the\s+population|population\s+(?:du|de|of)", re.IGNORECASE)
AGE_GROUP = re.compile(
    r"(?:âgés?\s+)?de\s+((?:plus|moins)\s+de\s+\d+\s+ans|\d+\s+ans\s+et\s+plus)"
    r"|(?:aged\s+)?((?:over|under)\s+\d+(?:\s+years(?:\s+old)?)?|\d+\s+and\s+over)", re.IGNORECASE)
FULL_COVERAGE = re.compile(
    r"intégralement\s+couvert|couverture\s+intégrale|entièrement\s+couvert|totalement\s+couvert|"
    r"100\s?%\s+CPTS|fully\s+covered|entirely\s+covered|full\s+coverage", re.IGNORECASE)

# --- rank -------------------------------------------------------------------------------------
ORDINALS = {
    "premier": 1, "première": 1, "premiere": 1, "first": 1, "deuxième": 2, "deuxieme": 2, "second": 2,
    "seconde": 2, "troisième": 3, "troisieme": 3, "third": 3, "quatrième": 4, "quatrieme": 4,
    "fourth": 4, "cinquième": 5, "cinquieme": 5, "fifth": 5, "sixième": 6, "sixieme": 6, "sixth": 6,
    "septième": 7, "septieme": 7, "seventh": 7, "huitième": 8, "huitieme": 8, "eighth": 8,
    "neuvième": 9, "neuvieme": 9, "ninth": 9, "dixième": 10, "dixieme": 10, "tenth": 10,
    "onzième": 11, "eleventh": 11, "douzième": 12, "twelfth": 12,
}
RANK_RE = re.compile(
    r"\b(?:(?P<word>" + word_alternation(ORDINALS) + r")"
    r"|(?P<num>\d{1,2})\s?(?:ème|eme|è|e|er|ère|re|th|st|nd|rd|°))\b"
    r"(?P<gap>(?:\s+[\w'’-]+){0,2}?)\s+(?:CPTS|communauté|community|projet|project|territorial\s+professional)",
    re.IGNORECASE)
NOT_DEPARTMENT_RANK = re.compile(r"\b(?:région|region|régional|France|national|nationale|country)\b", re.IGNORECASE)
IN_THE_DEPARTMENT = re.compile(r"\b(?:du|dans\s+le|le|in\s+the|of\s+the)\s+(?:département|department)\b", re.IGNORECASE)

# --- people -------------------------------------------------------------------------------------
ROLES = {
    "présidente": "présidente", "président": "président", "vice-présidente": "vice-présidente",
    "vice-président": "vice-président", "coordinatrice": "coordinatrice", "coordinateur": "coordinateur",
    "secrétaire": "secrétaire", "trésorière": "trésorière", "trésorier": "trésorier",
    "directrice": "directrice", "directeur": "directeur", "chairwoman": "présidente",
    "chairman": "président", "chair": "président", "president": "président",
    "coordinator": "coordinateur", "vice-president": "vice-président", "treasurer": "trésorier",
}
ROLE_WORDS = word_alternation(ROLES)
ROLE_OF_CPTS = re.compile(
    rf"\b(?P<role>{ROLE_WORDS})\s+(?:du\s+bureau\s+)?(?:de\s+la|of\s+the|de\s+l['’]association)\s+(?:nouvelle\s+|new\s+)?"
    rf"(?:CPTS|communauté|community|association)", re.IGNORECASE)
POSSESSIVE_ROLE = re.compile(
    rf"\b(?:son|sa|its|their|leur|(?:a|avec|has|with)\s+pour)\s+(?P<role>{ROLE_WORDS})\b", re.IGNORECASE)
ROLE_AFTER_NAME = re.compile(
    rf"\s+(?:en\s+est|est|is)\s+(?:le|la|l['’]|the|its)\s*(?P<role>{ROLE_WORDS})\b", re.IGNORECASE)
LED_BY = re.compile(
    r"\b(?P<verb>présidée?|coordonnée?|dirigée?|animée?|chaired|led|coordinated|headed)\s+(?:par|by)\s+"
    r"(?:le\s+|la\s+|the\s+)?", re.IGNORECASE)
TITLE = r"(?:(?:le|la)\s+)?(?:Dr\.?|Docteur|Docteure|Pr\.?|Professeur|Mme|Madame|M\.|Monsieur|Mr\.?|Mrs\.?|Ms\.?)\s+"
PERSON_RE = re.compile(
    rf"(?:{TITLE})?(?P<name>[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?(?:\s+(?:de\s+|du\s+|d['’]|van\s+|le\s+)?"
    rf"[A-ZÀ-Ý][A-Za-zà-ÿ'’]+(?:-[A-ZÀ-Ý][A-Za-zà-ÿ'’]+)?){{1,2}})")
FEMININE_HINT = re.compile(
    r"^\s*,?\s*(?:[a-zà-ÿ-]*(?:ienne|ière|trice|euse|esse)|sage-femme|infirmière)\b|\b(?:Mme|Madame|Docteure|Mrs|Ms)\b")

# --- launch place and dateline ----------------------------------------------------------------
PLACE_AFTER_PREPOSITION = re.compile(
    r"\b(?:à|au|in|at)\s+(?P<place>[A-ZÀ-Ý][\w'’]+(?:[\s-]+(?:sur|sous|lès|les|lez|en|de|du|des|la|le|et|d['’])?[\s-]*[A-ZÀ-Ý][\w'’]+)*)")
DATELINE_PREFIX = re.compile(
    r"^\s*(?:(?P<place>[A-ZÀ-Ý][\w'’ -]{1,40}?)\s*[,.–-]\s*)?(?:(?:le|publié\s+le|mis\s+à\s+jour\s+le|"
    r"communiqué(?:\s+de\s+presse)?\s+du|on)\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s+)?$", re.IGNORECASE)

# --- territory statements: what makes a sentence describe where a CPTS is -------------------
TERRITORY_CUES = re.compile(
    r"couvr|concern|territoire|habitants|communes|regroup|s['’]étend|compren|englob|"
    r"cover|area|inhabitants|municipalit|territory|includes", re.IGNORECASE)
CPTS_REFERENCE = re.compile(r"\bCPTS\b|communauté|community", re.IGNORECASE)
# A department named after an institution or a profession is not where the CPTS lies.
INSTITUTION_BEFORE = re.compile(
    r"(?:professionnel|médecin|santé|ARS|CPAM|Assurance|caisse|hôpital|CHU|hospitalier|SAMU|agence|"
    r"préfecture|conseil|direction|délégation|insurance|agency|hospital)\w*\s+(?:de\s+la|du|de\s+l['’]|de|des|of|in)?\s*$",
    re.IGNORECASE)


@dataclass
class CptsFacts:
    quantities: dict[str, list[Fact]] = field(default_factory=lambda: defaultdict(list))
    dates: dict[str, list[Fact]] = field(default_factory=lambda: defaultdict(list))
    percentages: list[Fact] = field(default_factory=list)
    ranks: list[Fact] = field(default_factory=list)
    people: list[Fact] = field(default_factory=list)
    launch_places: list[Fact] = field(default_factory=list)
    departments: list[str] = field(default_factory=list)
    farther_kinds: set[tuple[str, Span]] = field(default_factory=set)  # (kind, date span): SECOND_DATE_KIND


@dataclass
class Extraction:
    cpts: dict[str, CptsFacts]
    coverage: dict[str, list[Fact]]          # department code -> facts
    published: Fact | None = None            # value: DateMatch
    place: Fact | None = None                # value: gazetteer.Commune or name


def extract_fields(ctx: Context) -> Extraction:
    result = Extraction({c.key: CptsFacts() for c in ctx.cpts}, defaultdict(list))
    result.published, result.place = find_dateline(ctx)
    extract_quantities(ctx, result)
    extract_percentages(ctx, result)
    extract_dates(ctx, result)
    extract_ranks(ctx, result)
    extract_people(ctx, result)
    extract_launch_places(ctx, result)
    extract_departments(ctx, result)
    return result


# --- quantities -------------------------------------------------------------------------------

def extract_quantities(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    for number in ctx.numbers:
        if ctx.inside_name(number.start) or percent_after(text, number.end) is not None:
            continue
        kind, unit_end = _quantity_kind(text, number.start, number.end)
        if kind is None or _about_something_else(text, kind, number.start, unit_end):
            continue
        qualifier, q_start = qualifier_before(text, number.start, ctx.lang)
        span = Span(q_start, unit_end)
        key = ctx.target_for(span)
        if key is None:
            continue
        fact = Fact(number.value, span, qualifier, confidence=_confidence(ctx, span, key))
        result.cpts[key].quantities[kind].append(fact)


def _quantity_kind(text: str, start: int, end: int) -> tuple[str | None, int]:
    after = text[end:end + 60]
    for kind, pattern in UNIT_AFTER:
        m = re.match(r"[\s\u00a0]*(?:de\s+|d['’])?" + pattern, after, re.IGNORECASE)
        approx_noun = not any(ch.isdigit() for ch in text[start:end])  # "une centaine de professionnels"
        if m and (approx_noun or kind == "population" or not m.group().lstrip().lower().startswith(("de ", "d'", "d’"))):
            unit_end = end + m.end()
            if kind == "professionals_count":
                tail = re.match(r"\s+de\s+(?:la\s+)?santé(?:\s+libéraux)?", text[unit_end:unit_end + 30])
                unit_end += tail.end() if tail else 0
            return kind, unit_end
    before = text[max(0, start - 40):start]
    for kind, pattern in LABEL_BEFORE:
        if re.search(pattern, before, re.IGNORECASE):
            return kind, end
    return None, end


def _about_something_else(text: str, kind: str, start: int, unit_end: int) -> bool:
    if kind == "communes_count" and AREA_AFTER_COMMUNES.match(text, unit_end):
        # "8 communes de la communauté de communes X" is a part of an area; "couvre les 24
        # communes de la communauté de communes X" is all of it, and so the CPTS's count
        return not ALL_COMMUNES_OF.search(text[max(0, start - 40):start])
    if kind in ("population", "communes_count") and _said_of_a_larger_place(text, start):
        return True
    if kind == "population":
        clause_start = max(text.rfind(c, 0, start) for c in ",;(\n")
        return bool(PLACE_BEFORE.search(text[max(clause_start, start - 60):start]))
    return False


# "Le département des Landes compte 420 000 habitants", "The Vosges department has ...":
# figures of the department, the region or the country, not of a CPTS.
LARGER_PLACE_SUBJECT = re.compile(
    r"\b(?:le\s+département|département\s+(?:de|du|des)|department|la\s+région|region|la\s+France|France|"
    r"à\s+l['’]échelle\s+nationale|nationwide|nationally)\b", re.IGNORECASE)


def _said_of_a_larger_place(text: str, start: int) -> bool:
    sentence_start = max(text.rfind(". ", 0, start), text.rfind("\n", 0, start))
    before = text[sentence_start + 1:start]
    return bool(LARGER_PLACE_SUBJECT.search(before)) and not re.search(
        r"\bCPTS\b|communauté|community|territoire|territory", before, re.IGNORECASE)


def _confidence(ctx: Context, span: Span, key: str) -> float:
    """How sure it is that a value at `span` is this CPTS's: by who the sentence names."""
    named = ctx.explicit_target(span)
    if named == key:
        return NAMED_IN_SENTENCE
    return BY_FOCUS if named is None else OTHER_CPTS_NAMED


# --- percentages and department coverage ---------------------------------------------------------

def extract_percentages(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    for number in ctx.numbers:
        pct_end = percent_after(text, number.end)
        if pct_end is None or not 0 <= number.value <= 100:
            continue
        qualifier, q_start = qualifier_before(text, number.start, ctx.lang)
        span = Span(q_start, pct_end)
        sentence = ctx.sentence_at(number.start)
        words = text[sentence.start:sentence.end]
        if FULL_COVERAGE.search(words) or COVERAGE_CUES.search(words) and not re.search(r"cette\s+CPTS|this\s+CPTS", words):
            department = _department_of(ctx, sentence)
            if department:
                result.coverage[department].append(Fact(number.value, span, qualifier, confidence=DEPARTMENT_FIGURE))
            continue
        key = ctx.target_for(span)
        if key is None:
            continue
        kind, extra = _percentage_kind(text, words, number.end)
        confidence = _confidence(ctx, span, key)
        confidence = confidence if confidence == NAMED_IN_SENTENCE else min(confidence, PERCENT_UNNAMED)
        result.cpts[key].percentages.append(
            Fact(number.value, span, qualifier, extra=dict(kind=kind, **extra), confidence=confidence))
    for m in FULL_COVERAGE.finditer(text):
        if re.match(r"100\s?%", m.group()):
            continue  # counted above as a percentage
        sentence = ctx.sentence_at(m.start())
        department = _department_of(ctx, sentence)
        if department:
            result.coverage[department].append(Fact(100, Span(m.start(), m.end()), "exact", confidence=DEPARTMENT_FIGURE))


def _percentage_kind(text: str, sentence_text: str, number_end: int) -> tuple[str, dict]:
    if WITHOUT_GP_CUES.search(sentence_text):
        extra = {}
        age = AGE_GROUP.search(text, number_end, number_end + 80)
        if age:
            extra["population"] = " ".join((age.group(1) or age.group(2)).split())
        return "population_without_gp", extra
    if SHARE_CUES.search(text[number_end:number_end + 60]):
        return "share_of_department_population", {}
    return "other", {}


def _department_of(ctx: Context, sentence: Span) -> str | None:
    named = [d.code for d in ctx.departments if sentence.start <= d.span.start < sentence.end]
    return named[0] if named else ctx.default_department


# --- dates -------------------------------------------------------------------------------------------

def extract_dates(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    dates = [d for d in find_dates(text, ctx.lang) if not _is_dateline(result, d)]
    table = _date_table_labels(text, dates)
    for i, date in enumerate(dates):
        if date.precision == "day" and date.year is None and date.month is None:
            continue
        context, offset = table.get(i, (None, None))
        kinds = _date_kinds(text, dates, i, context, offset)
        if not kinds:
            continue
        span = Span(date.start, date.end)
        key = ctx.target_for(span) if context is None else ctx.focus_at(date.start)
        if key is None:
            continue
        value, extra = _date_value(date, result.published)
        for kind in kinds:
            fact = Fact(value, span, date.precision, extra=extra, confidence=_confidence(ctx, span, key))
            result.cpts[key].dates[kind].append(fact)
        if context is None and _shares_sentence(text, dates, i):
            result.cpts[key].farther_kinds.update((kind, span) for kind in kinds[1:])


def _shares_sentence(text: str, dates: list[DateMatch], i: int) -> bool:
    """Whether another date stands in the sentence of dates[i]."""
    start = _clause_bound(text, dates[i].start, backwards=True)
    end = _clause_bound(text, dates[i].end, backwards=False)
    return (i > 0 and dates[i - 1].end > start) or (i + 1 < len(dates) and dates[i + 1].start < end)


def _is_dateline(result: Extraction, date: DateMatch) -> bool:
    return result.published is not None and result.published.span.start <= date.start < result.published.span.end


def _date_value(date: DateMatch, published: Fact | None) -> tuple[str, dict]:
    if date.year is None and published is not None and published.value.year is not None:
        return date.iso(published.value.year), {"year_from": "published"}
    return date.iso(), {}


def _date_kinds(text: str, dates: list[DateMatch], i: int, label: str | None, offset: int | None) -> list[str]:
    date = dates[i]
    if label is not None:
        return _kinds_in(label, 0, len(label), len(label))
    sentence_start = _clause_bound(text, date.start, backwards=True)
    sentence_end = _clause_bound(text, date.end, backwards=False)
    prev_end = dates[i - 1].end if i > 0 and dates[i - 1].end > sentence_start else sentence_start
    next_start = dates[i + 1].start if i + 1 < len(dates) and dates[i + 1].start < sentence_end else sentence_end
    own = text[prev_end:next_start]
    kinds = _kinds_in(own, date.start - prev_end, date.end - prev_end, len(own))
    if kinds:
        return kinds
    whole = text[sentence_start:sentence_end]
    return _kinds_in(whole, date.start - sentence_start, date.end - sentence_start, len(whole), nearest_only=True)


def _kinds_in(context: str, date_start: int, date_end: int, length: int, nearest_only: bool = False) -> list[str]:
    if NOT_A_SIGNATURE.search(context) and not re.search(DATE_CUES["launch"], context, re.IGNORECASE):
        return []
    found: list[tuple[int, str]] = []
    for kind, pattern in DATE_CUES.items():
        for m in re.finditer(pattern, context, re.IGNORECASE):
            if kind == "aci_signature" and not SIGNING.search(context) and "ACI" not in m.group():
                continue
            distance = date_start - m.end() if m.end() <= date_start else m.start() - date_end + 1000
            found.append((distance, kind))
    if not found:
        return []
    found.sort()
    kinds = [found[0][1]]
    if not nearest_only:
        others = {k for _, k in found[1:]}
        if "launch" in others and kinds[0] != "launch":
            kinds.append("launch")  # "a signé l'ACI, acte de naissance de la CPTS"
        if kinds[0] == "launch":
            kinds += [k for k in ("aci_signature",) if k in others]
    return kinds


def _clause_bound(text: str, pos: int, backwards: bool) -> int:
    """The start or end of the sentence around pos, cut at blank lines and sentence ends."""
    if backwards:
        cut = max(text.rfind(". ", 0, pos), text.rfind("\n\n", 0, pos), text.rfind(".\n", 0, pos))
        return cut + 1 if cut >= 0 else 0
    ends = [i for i in (text.find(". ", pos), text.find("\n\n", pos), text.find(".\n", pos)) if i >= 0]
    return min(ends) if ends else len(text)


def _date_table_labels(text: str, dates: list[DateMatch]) -> dict[int, tuple[str, int]]:
    """Dates laid out as a column ("07/04/2019 :" lines) with their labels in a later column.

    OCR of a two-column table gives all the dates first, then all the labels; pair them in
    order when the counts agree.
    """
    lines = list(re.finditer(r"[^\n]+", text))
    date_only = {}
    for i, date in enumerate(dates):
        line = next((ln for ln in lines if ln.start() <= date.start < ln.end()), None)
        if line and re.fullmatch(r"\s*[:\-–]?\s*", text[line.start():date.start] + text[date.end:line.end()]):
            date_only[line.start()] = i
    runs, current = [], []
    for ln in lines:
        if ln.start() in date_only:
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
                pairs[date_only[date_line.start()]] = (label.group(), label.start())
    return pairs


# --- rank ----------------------------------------------------------------------------------------------

def extract_ranks(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    for m in RANK_RE.finditer(text):
        if ctx.inside_name(m.start()):
            continue
        value = ORDINALS.get(m.group("word").lower()) if m.group("word") else int(m.group("num"))
        if not value:
            continue
        sentence = ctx.sentence_at(m.start())
        words = text[sentence.start:sentence.end]
        if NOT_DEPARTMENT_RANK.search(words):
            continue
        department = _rank_department(ctx, sentence, m.end())
        if department is None:
            continue
        span = Span(m.start(), m.end())
        key = ctx.target_for(span)
        if key:
            result.cpts[key].ranks.append(Fact(value, span, extra={"department": department},
                                               confidence=_confidence(ctx, span, key)))


def _rank_department(ctx: Context, sentence: Span, after: int) -> str | None:
    named = [d.code for d in ctx.departments if after <= d.span.start < sentence.end and not ctx.inside_name(d.span.start)]
    if named:
        return named[0]
    if IN_THE_DEPARTMENT.search(ctx.text, after, sentence.end):
        return ctx.default_department
    return None


# --- people ----------------------------------------------------------------------------------------------

def extract_people(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    for m in ROLE_OF_CPTS.finditer(text):
        role = ROLES[m.group("role").lower()]
        person = _person_before(ctx, m.start()) or _person_after(ctx, m.end())
        if person:
            _add_person(ctx, result, person, role, m.start())
    for m in POSSESSIVE_ROLE.finditer(text):
        person = _person_after(ctx, m.end())
        if person and _about_the_cpts(ctx, m.start()):
            _add_person(ctx, result, person, ROLES[m.group("role").lower()], m.start())
    for m in ROLE_AFTER_NAME.finditer(text):
        person = _person_before(ctx, m.start(), comma=False)
        if person and _about_the_cpts(ctx, m.start()):
            _add_person(ctx, result, person, ROLES[m.group("role").lower()], m.start())
    for m in LED_BY.finditer(text):
        verb = m.group("verb").lower()
        person = _person_after(ctx, m.end())
        if not person or not _about_the_cpts(ctx, m.start()):
            continue
        base = "président" if verb.startswith(("présid", "chair", "head", "led")) else \
            "coordinateur" if verb.startswith("coord") else "directeur"
        _add_person(ctx, result, person, base, m.start())


def _about_the_cpts(ctx: Context, pos: int) -> bool:
    """The sentence speaks of a CPTS (or follows one that does: "Son président, X")."""
    sentence = ctx.sentence_at(pos)
    if re.search(r"\bCPTS\b|communauté|community|bureau|association", ctx.text[sentence.start:sentence.end], re.IGNORECASE):
        return True
    before = ctx.text[max(0, sentence.start - 400):sentence.start]
    return bool(re.search(r"\bCPTS\b|communauté|community", before, re.IGNORECASE)) and ctx.subjects != []


def _person_before(ctx: Context, pos: int, comma: bool = True) -> tuple[Span, str] | None:
    before = ctx.text[max(0, pos - 60):pos]
    ending = r"\s*,\s*$" if comma else r"\s*$"
    m = re.search(rf"({TITLE})?((?<![\w'’-])[A-ZÀ-Ý][\w'’-]+(?:\s+(?:Le\s+|Du\s+|De\s+)?[A-ZÀ-Ý][\w'’-]+){{1,2}}){ending}", before)
    if not m:
        return None
    start = pos - len(before) + m.start(2)
    return Span(start, start + len(m.group(2))), m.group(1) or ""


def _person_after(ctx: Context, pos: int) -> tuple[Span, str] | None:
    gap = re.match(r"\s*,?\s*", ctx.text[pos:pos + 10])
    m = PERSON_RE.match(ctx.text, pos + gap.end())
    if not m:
        return None
    title = ctx.text[m.start():m.start("name")]
    return Span(m.start("name"), m.end("name")), title


def _add_person(ctx: Context, result: Extraction, person: tuple[Span, str], role: str, role_pos: int) -> None:
    span, title = person
    if not _confirmed_by_ner(ctx, span):
        return
    after = ctx.text[span.end:span.end + 40]
    if role in ("président", "coordinateur", "directeur", "vice-président", "trésorier") and (
            FEMININE_HINT.search(after) or re.search(r"Mme|Madame|Docteure|Mrs|Ms", title)):
        role = {"président": "présidente", "coordinateur": "coordinatrice", "directeur": "directrice",
                "vice-président": "vice-présidente", "trésorier": "trésorière"}[role]
    whole = span.union(Span(role_pos, role_pos + 1))
    key = ctx.target_for(whole)
    if key is None:
        return
    name = " ".join(w.capitalize() if w.isupper() else w for w in re.split(r"\s+", ctx.text[span.start:span.end]))
    name = re.sub(r"(?<=-)(\w)", lambda c: c.group(1).upper(), name)
    if any(p.value["name"] == name for p in result.cpts[key].people):
        return
    result.cpts[key].people.append(Fact({"name": name, "role": role}, span, confidence=_confidence(ctx, whole, key)))


def _confirmed_by_ner(ctx: Context, span: Span) -> bool:
    """The name must overlap a person found by spaCy, or look like First LAST."""
    if any(p.start < span.end and span.start < p.end for p in ctx.persons):
        return True
    return bool(re.search(r"\b[A-ZÀ-Ý]{2,}\b", ctx.text[span.start:span.end]))


# --- launch place -------------------------------------------------------------------------------------

def extract_launch_places(ctx: Context, result: Extraction) -> None:
    text = ctx.text
    gaz = gazetteer.load()
    for sentence in ctx.sentences:
        words = text[sentence.start:sentence.end]
        if not re.search(DATE_CUES["launch"], words, re.IGNORECASE):
            continue
        for m in PLACE_AFTER_PREPOSITION.finditer(text, sentence.start, sentence.end):
            if ctx.inside_name(m.start("place")):
                continue
            name = m.group("place")
            departments = [ctx.default_department] if ctx.default_department else []
            commune = gaz.link_commune(name, departments)
            if commune is None or gaz.find_department(name):
                continue
            span = Span(m.start("place"), m.end("place"))
            key = ctx.target_for(span)
            if key:
                result.cpts[key].launch_places.append(Fact(commune, span, confidence=_confidence(ctx, span, key)))
            break


# --- dateline ------------------------------------------------------------------------------------------

def find_dateline(ctx: Context) -> tuple[Fact | None, Fact | None]:
    """The release's own date and place: a line near the top that is only (place,) (le) date."""
    text = ctx.text
    lines = [m for m in re.finditer(r"[^\n]+", text) if m.group().strip()][:8]
    for line in lines:
        for date in find_dates(line.group(), ctx.lang):
            if date.precision != "day" or date.year is None:
                continue
            prefix = DATELINE_PREFIX.match(line.group()[:date.start])
            if not prefix or line.group()[date.end:].strip(" .,"):
                continue
            start = line.start()
            published = Fact(date, Span(start + date.start, start + date.end), "day", confidence=DATELINE)
            return published, _dateline_place(ctx, prefix, start)
    return None, None


def _dateline_place(ctx: Context, prefix: re.Match, line_start: int) -> Fact | None:
    if not prefix.group("place"):
        return None
    name = prefix.group("place").strip()
    commune = gazetteer.load().link_commune(name, [ctx.default_department] if ctx.default_department else [])
    if commune is None:
        commune = gazetteer.load().link_commune(name)
    span = Span(line_start + prefix.start("place"), line_start + prefix.start("place") + len(name))
    return Fact(commune if commune else name, span, confidence=DATELINE_PLACE if commune else UNLINKED_PLACE)


# --- departments of each CPTS ------------------------------------------------------------------------------

def extract_departments(ctx: Context, result: Extraction) -> None:
    """Departments named where the text says where a CPTS is; else the document's own."""
    text = ctx.text
    for dep in ctx.departments:
        if ctx.inside_name(dep.span.start) or INSTITUTION_BEFORE.search(text[max(0, dep.span.start - 40):dep.span.start]):
            continue
        sentence = ctx.sentence_at(dep.span.start)
        words = text[sentence.start:sentence.end]
        if not TERRITORY_CUES.search(words) or not CPTS_REFERENCE.search(words):
            continue
        key = ctx.explicit_target(dep.span)
        if key is None:
            continue
        if dep.code not in result.cpts[key].departments:
            result.cpts[key].departments.append(dep.code)
