"""A batch of text communiqués for benchmarks, made from the sample corpus and the test
communiqués: each generated file is one of those texts with its subject CPTS renamed, its
figures (population, professionals, communes, percentages) scaled and written in another
number format (12 000, 12.000, 12000, douze mille), its dates moved by a whole number of weeks
(weekdays stay right), and, in the releases that name no CPTS perimeter, another department
or region. Deterministic: file i depends only on the seed and i, so a smaller batch is the
start of a larger one.

    .venv/bin/python scripts/make_batch.py [--out build/batch] [--count 1000] [--seed 2024]

Writes `OUT/batch_NNNN_TTT.txt` (TTT: the template's number) and `OUT/.manifest.json`: for
each file its template and, per subject CPTS, the name and key it was given and the figures
the template's golden record holds, as rewritten (the extraction should find those). The
manifest starts with a dot so that `python -m pipeline extract OUT` skips it.
"""
from __future__ import annotations

import argparse
import datetime
import hashlib
import json
import random
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.facts.dates import find_dates  # noqa: E402
from pipeline.facts.name_words import LEADING_ARTICLE_RE, key_of  # noqa: E402
from pipeline.facts.numbers import find_numbers, percent_after  # noqa: E402

TEMPLATE_SOURCES = [(ROOT / "corpus" / "inbox", ROOT / "tests" / "fixtures"),
                    (ROOT / "tests" / "communiques", ROOT / "tests" / "communiques")]
MANIFEST = ".manifest.json"
FILE_RE = re.compile(r"batch_\d{4,}_\w+\.txt")

# --- names -----------------------------------------------------------------------------------------
# Rivers and small historic regions that are neither a commune nor a department in the
# gazetteer, so that a new name adds no place to a perimeter.
RIVERS = ["Brenne", "Arroux", "Seille", "Ouche", "Dheune", "Veyle", "Dronne", "Lizonne", "Orvanne",
          "Brévenne", "Sarthon", "Aubetin", "Nied", "Ozanne", "Azergues", "Bourbince", "Armançon",
          "Sèvre", "Loing", "Ource", "Vouge", "Orge", "Bièvre", "Ancre", "Canche", "Scarpe", "Sambre",
          "Vesle", "Ardre", "Suippe", "Ornain", "Madon", "Vezouze", "Zorn", "Moder", "Doller", "Largue",
          "Dessoubre", "Drugeon", "Valserine", "Chéran", "Usses", "Giffre", "Dranse", "Bréda", "Galaure",
          "Herbasse", "Jabron", "Ouvèze", "Nesque", "Calavon", "Bléone", "Ubaye"]
REGIONS = ["Brocéliande", "Gâtinais", "Vexin", "Perche", "Sologne", "Bresse", "Dombes", "Forez",
           "Velay", "Quercy", "Rouergue", "Ségala", "Lauragais", "Médoc", "Béarn", "Bigorre", "Cotentin",
           "Trégor", "Goëlo", "Penthièvre", "Mauges", "Choletais", "Thiérache", "Ternois", "Santerre",
           "Soissonnais", "Tardenois", "Barrois", "Saintois", "Xaintois", "Ornois", "Bassigny",
           "Tonnerrois", "Charolais", "Brionnais", "Clunisois", "Bugey", "Chablais", "Vercors", "Trièves",
           "Diois", "Tricastin", "Luberon", "Queyras", "Champsaur", "Livradois", "Margeride", "Aubrac",
           "Combraille", "Bourbonnais", "Boischaut", "Nivernais", "Bazois", "Argonne", "Woëvre",
           "Sundgau", "Revermont", "Valromey", "Maurienne", "Oisans", "Royans", "Baronnies",
           "Minervois", "Conflent", "Vallespir", "Volvestre", "Couserans", "Astarac", "Lomagne",
           "Armagnac", "Chalosse", "Tursan", "Lavedan", "Magnoac", "Savès"]
# (article, pattern): {r} a river, {p} a region; "de" before a vowel becomes "d'".
NAME_PATTERNS = [
    ("", "Val de {r}"), ("", "Terres de {p}"), ("", "Cœur de {p}"), ("", "{p} Nord"), ("", "{p} Sud"),
    ("", "Sources de {r}"), ("", "Haut {p}"), ("", "{p} et {r}"), ("", "Grand {p}"),
    ("du ", "Pays de {p}"), ("du ", "Val de {r}"), ("du ", "Haut-{p}"), ("du ", "Bassin de {r}"),
    ("du ", "Plateau de {p}"), ("du ", "Bocage de {p}"), ("du ", "{p}"),
    ("de la ", "Vallée de {r}"), ("de la ", "Plaine de {p}"), ("de la ", "Haute Vallée de {r}"),
    ("de la ", "Porte de {p}"), ("de la ", "Montagne de {p}"),
    ("de l'", "Ouest {p}"), ("de l'", "Est {p}"), ("de l'", "Estuaire de {r}"),
    ("des ", "Portes de {p}"), ("des ", "Monts de {p}"), ("des ", "Coteaux de {r}"),
    ("des ", "Rives de {r}"), ("des ", "Vallées de {r} et {r2}"),
]
HEAD = (r"(?:CPTS|[Cc]ommunauté professionnelle territoriale de santé|"
        r"[Tt]erritorial professional health community)(?:\s*\(CPTS\))?")
ARTICLE = r"du\s+|des\s+|de\s+la\s+|de\s+l['’]|de\s+|d['’]"

# --- departments and regions, for the releases that name no CPTS perimeter ----------------------------
DEPARTMENTS = [  # code, "de" form, demonym (plural), prefecture, region
    ("34", "de l'Hérault", "Héraultais", "Montpellier", "Occitanie"),
    ("30", "du Gard", "Gardois", "Nîmes", "Occitanie"),
    ("31", "de la Haute-Garonne", "Haut-Garonnais", "Toulouse", "Occitanie"),
    ("33", "de la Gironde", "Girondins", "Bordeaux", "Nouvelle-Aquitaine"),
    ("35", "d'Ille-et-Vilaine", "Bretilliens", "Rennes", "Bretagne"),
    ("38", "de l'Isère", "Isérois", "Grenoble", "Auvergne-Rhône-Alpes"),
    ("44", "de la Loire-Atlantique", "Ligériens", "Nantes", "Pays de la Loire"),
    ("67", "du Bas-Rhin", "Bas-Rhinois", "Strasbourg", "Grand Est"),
    ("21", "de la Côte-d'Or", "Côte-d'Oriens", "Dijon", "Bourgogne-Franche-Comté"),
    ("76", "de la Seine-Maritime", "Seinomarins", "Rouen", "Normandie"),
]
REGION_SWAPS = [  # region, adjective (plural), capital
    ("Normandie", "normands", "Caen"), ("Bretagne", "bretons", "Rennes"),
    ("Occitanie", "occitans", "Toulouse"), ("Nouvelle-Aquitaine", "néo-aquitains", "Bordeaux"),
    ("Corse", "corses", "Ajaccio"), ("Grand Est", "du Grand Est", "Strasbourg"),
]
# The literal strings of a template that a place swap replaces, by field of the tables above.
PLACE_SWAPS = {
    "113": ("department", {"de l'Hérault": 1, "Héraultais": 2, "Montpellier": 3, "Occitanie": 4,
                           "SAMU 34": 0}),
    "114": ("region", {"Normandie": 0, "normands": 1, "Caen": 2}),
}

# --- numbers -------------------------------------------------------------------------------------
UNITS = {
    "population": re.compile(r"[\s\u00a0\u202f]*(?:habitants|inhabitants|residents)\b"),
    "professionals": re.compile(r"[\s\u00a0\u202f]*(?:professionnels|(?:health\s+)?professionals|adhérents|"
                                r"members)\b"),
    "communes": re.compile(r"[\s\u00a0\u202f]*(?:communes|municipalities)\b"),
}
FACTORS = {"population": (0.55, 1.8), "professionals": (0.6, 1.8), "communes": (0.8, 1.25),
           "percent": (0.6, 1.5)}
FR_STYLES = ["space", "space", "nbsp", "dot", "dot", "plain", "plain", "words"]
EN_STYLES = ["comma", "comma", "plain", "words"]
FR_UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
            "douze", "treize", "quatorze", "quinze", "seize"]
FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}
EN_UNITS = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
            "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"]
EN_TENS = {2: "twenty", 3: "thirty", 4: "forty", 5: "fifty", 6: "sixty", 7: "seventy", 8: "eighty", 9: "ninety"}

# --- dates ---------------------------------------------------------------------------------------
FR_MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
             "novembre", "décembre"]
EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
             "November", "December"]
MONTH_WORD_RE = re.compile("|".join(sorted(FR_MONTHS + EN_MONTHS + ["fevrier", "aout"], key=len, reverse=True)),
                           re.IGNORECASE)
NUMERIC_DATE_RE = re.compile(r"(\d{1,2})([/.\-])(\d{1,2})\2(\d{2,4})")
DAY_RE = re.compile(r"(?<!\d)(1er|\d{1,2})(st|nd|rd|th)?(?!\d)")
YEAR_RE = re.compile(r"(?<!\d)(\d{4})(?!\d)")
SEASON_YEAR_RE = re.compile(r"\b((?:printemps|été|automne|hiver|spring|summer|autumn|winter) )((?:19|20)\d\d)(?!\d)")
DEFAULT_YEAR = 2023  # for a release that gives no year anywhere


@dataclass
class Template:
    stem: str
    text: str
    lang: str
    record: dict  # the golden record (no evidence)

    @property
    def number(self) -> str:
        return self.stem.split("_")[0]


@dataclass
class Generated:
    name: str
    text: str
    template: str
    cpts: list[dict] = field(default_factory=list)
    place: dict | None = None


def load_templates() -> list[Template]:
    templates = []
    for texts, golden in TEMPLATE_SOURCES:
        for path in sorted(texts.glob("*.txt")):
            record = json.loads((golden / f"{path.stem}.json").read_text(encoding="utf-8"))
            templates.append(Template(path.stem, path.read_text(encoding="utf-8"),
                                      record["document"].get("language", "fr"), record))
    return templates


def generate(templates: list[Template], count: int, seed: int) -> list[Generated]:
    """`count` distinct communiqués; the i-th depends only on `seed` and i."""
    out, seen = [], set()
    for i in range(count):
        template = templates[i % len(templates)]
        for attempt in range(100):
            rng = random.Random(f"{seed}-{i}-{attempt}")
            doc = variant(template, rng, f"batch_{i:04d}_{template.number}.txt")
            digest = hashlib.sha256(doc.text.encode()).hexdigest()
            if digest not in seen:
                break
        else:
            raise RuntimeError(f"no new variant of {template.stem} after 100 attempts")
        seen.add(digest)
        out.append(doc)
    return out


def variant(template: Template, rng: random.Random, name: str) -> Generated:
    text = template.text
    place = None
    if template.number in PLACE_SWAPS:
        text, place = swap_place(text, template.number, rng)
    text, renamed = rename_subjects(text, template, rng)
    text, figures = rewrite_numbers(text, template.lang, rng)
    text = shift_dates(text, template.lang, rng.randint(-104, 52) or 1)
    cpts = []
    for entry in template.record["cpts"]:
        if entry["role"] != "subject":
            continue
        new_name = renamed.get(entry["name"], entry["name"])
        expected = {"name": new_name, "key": key_of(new_name)}
        for kind in ("population", "professionals_count", "communes_count"):
            quantity = entry.get(kind)
            mapping = figures[kind.replace("_count", "")]
            if quantity and quantity["value"] in mapping:
                expected[kind] = mapping[quantity["value"]]
        cpts.append(expected)
    return Generated(name, text, template.stem, cpts, place)


# --- names -------------------------------------------------------------------------------------------

def rename_subjects(text: str, template: Template, rng: random.Random) -> tuple[str, dict[str, str]]:
    """Every subject CPTS renamed where the text names it after "CPTS" (or the spelled-out
    form); the same words elsewhere (a territory, an EPCI) stay."""
    renamed: dict[str, str] = {}
    for entry in template.record["cpts"]:
        if entry["role"] != "subject":
            continue
        article, core = new_name(rng)
        while f"CPTS {article}{core}" in renamed.values():
            article, core = new_name(rng)
        bare = LEADING_ARTICLE_RE.sub("", entry["name"].removeprefix("CPTS ")).strip()
        core_re = re.escape(bare).replace("'", "['’]")
        pattern = re.compile(rf"(?P<head>{HEAD}\s*)(?:(?P<quote>[«\"“]\s*)|(?P<article>{ARTICLE}))?"
                             rf"(?P<core>{core_re})(?![\w'’-])")

        def replace(found: re.Match) -> str:
            if found.group("quote"):
                return found.group("head") + found.group("quote") + core
            return found.group("head") + article + core

        text, replaced = pattern.subn(replace, text)
        if replaced:
            renamed[entry["name"]] = f"CPTS {article}{core}"
    return text, renamed


def new_name(rng: random.Random) -> tuple[str, str]:
    article, pattern = rng.choice(NAME_PATTERNS)
    river, river2 = rng.sample(RIVERS, 2)
    core = pattern.format(r=river, r2=river2, p=rng.choice(REGIONS))
    core = re.sub(r"\bde (?=[AEIOUÉÈÊÂÎÔYaeiouéèêâîôy])", "d'", core)
    return article, core


# --- places --------------------------------------------------------------------------------------------

def swap_place(text: str, number: str, rng: random.Random) -> tuple[str, dict]:
    kind, fields = PLACE_SWAPS[number]
    table = DEPARTMENTS if kind == "department" else REGION_SWAPS
    chosen = rng.choice(table)
    for literal, index in fields.items():
        value = chosen[index] if literal != "SAMU 34" else f"SAMU {chosen[0]}"
        text = text.replace(literal, value)
    return text, {kind: chosen[0]}


# --- numbers -------------------------------------------------------------------------------------------

def rewrite_numbers(text: str, lang: str, rng: random.Random) -> tuple[str, dict[str, dict]]:
    """Populations, professionals, communes and percentages scaled by one factor per kind and
    written in one style for the whole document. Returns the text and, per kind, old -> new."""
    factors = {kind: rng.uniform(*bounds) for kind, bounds in FACTORS.items()}
    style = rng.choice(FR_STYLES if lang == "fr" else EN_STYLES)
    mapping: dict[str, dict] = {kind: {} for kind in FACTORS}
    pieces, last = [], 0
    for number in find_numbers(text, lang):
        if not re.fullmatch(r"[\d\s\u00a0\u202f.,]+", number.text) or not any(c.isdigit() for c in number.text):
            continue
        kind = _kind_of(text, number.end)
        if kind is None:
            continue
        new = mapping[kind].get(number.value)
        if new is None:
            new = _scaled(number.value, factors[kind], kind)
            mapping[kind][number.value] = new
        written = format_percent(new, lang) if kind == "percent" else format_count(new, lang, style)
        pieces += [text[last:number.start], written]
        last = number.end
    pieces.append(text[last:])
    return "".join(pieces), mapping


def _kind_of(text: str, end: int) -> str | None:
    if percent_after(text, end) is not None:
        return "percent"
    for kind, unit in UNITS.items():
        if unit.match(text, end):
            return kind
    return None


def _scaled(value: int | float, factor: float, kind: str) -> int | float:
    if kind == "percent":
        if value >= 100 or value <= 0:
            return value
        decimals = len(f"{value}".split(".")[1]) if isinstance(value, float) else 0
        new = round(min(99.0, max(1.0, value * factor)), decimals)
        return int(new) if decimals == 0 else new
    step = next((s for s in (1000, 100, 10, 5) if value % s == 0 and value > s), 1)
    return max(step, int(round(value * factor / step)) * step, 1)


def format_count(value: int, lang: str, style: str) -> str:
    if style == "words":
        words = number_words(value, lang)
        if words:
            return words
        style = "space" if lang == "fr" else "comma"
    if value < 1000 or style == "plain":
        return str(value)
    grouped = f"{value:,}"
    return grouped.replace(",", {"space": " ", "nbsp": "\u00a0", "dot": ".", "comma": ","}[style])


def format_percent(value: int | float, lang: str) -> str:
    return str(value).replace(".", ",") if lang == "fr" else str(value)


def number_words(value: int, lang: str) -> str | None:
    """Words for the round numbers a release would spell out (douze mille, sixty), else None."""
    if not (value <= 20 or (value < 100 and value % 10 == 0) or (1000 <= value < 1_000_000 and value % 1000 == 0)):
        return None
    if lang == "fr":
        return _fr_words(value)
    thousands, rest = divmod(value, 1000)
    return f"{_en_below_1000(thousands)} thousand" if thousands else _en_below_1000(rest)


def _fr_words(n: int, plural: bool = True) -> str:
    if n >= 1000:
        thousands, rest = divmod(n, 1000)
        head = "mille" if thousands == 1 else f"{_fr_words(thousands, plural=False)} mille"
        return head if rest == 0 else f"{head} {_fr_words(rest)}"
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        head = "cent" if hundreds == 1 else f"{FR_UNITS[hundreds]} cent"
        if rest == 0:
            return head + ("s" if hundreds > 1 and plural else "")
        return f"{head} {_fr_words(rest)}"
    if n < 17:
        return FR_UNITS[n]
    if n < 20:
        return "dix-" + FR_UNITS[n - 10]
    if n < 70:
        tens, unit = divmod(n, 10)
        return FR_TENS[tens] + ("" if unit == 0 else " et un" if unit == 1 else "-" + FR_UNITS[unit])
    if n < 80:
        return "soixante et onze" if n == 71 else "soixante-" + _fr_words(n - 60)
    if n == 80:
        return "quatre-vingts" if plural else "quatre-vingt"
    return "quatre-vingt-" + _fr_words(n - 80)


def _en_below_1000(n: int) -> str:
    if n >= 100:
        hundreds, rest = divmod(n, 100)
        return f"{EN_UNITS[hundreds]} hundred" + (f" {_en_below_1000(rest)}" if rest else "")
    if n < 20:
        return EN_UNITS[n]
    tens, unit = divmod(n, 10)
    return EN_TENS[tens] + (f"-{EN_UNITS[unit]}" if unit else "")


# --- dates ---------------------------------------------------------------------------------------------

def shift_dates(text: str, lang: str, weeks: int) -> str:
    """Every date the pipeline reads moved by `weeks` weeks, in the form it was written. A
    date without a year is moved within the year of the release's first full date."""
    found = find_dates(text, lang)
    reference = next((d.year for d in found if d.year and d.month and d.day), DEFAULT_YEAR)
    delta = datetime.timedelta(weeks=weeks)
    pieces, last = [], 0
    for date in found:
        written = _shifted(date, reference, delta, lang)
        if written is None:
            continue
        pieces += [text[last:date.start], written]
        last = date.end
    pieces.append(text[last:])
    years = round(delta.days / 365.25)
    return SEASON_YEAR_RE.sub(lambda m: f"{m.group(1)}{int(m.group(2)) + years}", "".join(pieces))


def _shifted(date, reference: int, delta: datetime.timedelta, lang: str) -> str | None:
    if date.precision == "year":  # "fin 2021", "depuis 2019"
        return YEAR_RE.sub(str(date.year + round(delta.days / 365.25)), date.text, count=1)
    year = date.year or reference
    try:
        old = datetime.date(year, date.month, date.day or 15)
    except ValueError:
        return None
    new = old + delta
    numeric = NUMERIC_DATE_RE.fullmatch(date.text)
    if numeric:
        day_width, month_width, year_width = len(numeric.group(1)), len(numeric.group(3)), len(numeric.group(4))
        year_text = f"{new.year}" if year_width == 4 else f"{new.year % 100:02d}"
        sep = numeric.group(2)
        return f"{new.day:0{day_width}d}{sep}{new.month:0{month_width}d}{sep}{year_text}"
    month_word = MONTH_WORD_RE.search(date.text)
    if month_word is None:
        return None
    out = date.text
    if date.year:
        out = YEAR_RE.sub(str(new.year), out, count=1)
    if date.day:
        out = DAY_RE.sub(lambda m: _day_text(new.day, m, lang), out, count=1)
    names = FR_MONTHS if lang == "fr" and month_word.group().lower() in FR_MONTHS + ["fevrier", "aout"] else EN_MONTHS
    month = names[new.month - 1]
    month = month.capitalize() if month_word.group()[0].isupper() else month.lower() if names is FR_MONTHS else month
    start, end = MONTH_WORD_RE.search(out).span()
    return out[:start] + month + out[end:]


def _day_text(day: int, found: re.Match, lang: str) -> str:
    if found.group(1) == "1er" or (lang == "fr" and day == 1):
        return "1er" if day == 1 else str(day)
    if found.group(2):
        suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
        return f"{day}{suffix}"
    return str(day)


# --- files -------------------------------------------------------------------------------------------------

def write_batch(out: Path, docs: list[Generated], seed: int) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for old in out.iterdir():
        if FILE_RE.fullmatch(old.name):
            old.unlink()
    for doc in docs:
        (out / doc.name).write_text(doc.text, encoding="utf-8")
    manifest = {"seed": seed, "count": len(docs),
                "files": [{"file": d.name, "template": d.template, "cpts": d.cpts, "place": d.place} for d in docs]}
    (out / MANIFEST).write_text(json.dumps(manifest, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "build" / "batch")
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--seed", type=int, default=2024)
    args = parser.parse_args(argv)
    docs = generate(load_templates(), args.count, args.seed)
    write_batch(args.out, docs, args.seed)
    print(f"{len(docs)} communiqués written to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
