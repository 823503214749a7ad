"""Where the sentences of a release begin and end for its dates, and what its headline and its lead tell: "La CPTS
X officiellement lancée" over "Mardi 12 mars 2024, élus et soignants se sont réunis à Y." dates the launch;
"Création de la CPTS X" tells a birth; "Le 12 mars, élus et soignants se sont réunis à Y. La CPTS y a signé son
ACI." dates the contract by the sentence before."""
from __future__ import annotations

import bisect
import functools
import re

from .dates import DateMatch, find_dates
from ..text.nlp import DATED_ITEM, DATED_LINE
from .event_cues import FOUNDING_ASSEMBLY_WORDS, Cue, find_cues


_I = re.IGNORECASE
# not the leader dots of a table of dates ("Lettre d'intention ........ 15/06/2019")
SENTENCE_END = re.compile(r"(?<!\.\.\.)\.\s|\n\s*\n|[!?]\s")
# A dateline or a byline over a capitalised line ends a sentence, as it does for spaCy
DATELINE_OVER_TEXT = re.compile(rf"(?m)^(?:{DATED_LINE.pattern})[ \t]*(?=\n[ \t]*[A-ZÀ-Ý])")
# A heading, a short line of its own under a blank line (or opening the text) and without a sentence's end,
# over a capitalised line: "Inauguration de la CPTS X" / "CPAM de la Savoie" / "Le 29 novembre 2021, ..."
HEADING_OVER_TEXT = re.compile(r"(?:\A|(?<=\n\n))[ \t]*[A-ZÀ-Ý«\"][^\n]{0,118}[^\s.,;:!?»\"”)][ \t]*(?=\n[ \t]*[A-ZÀ-Ý])")

# A line that ends on one of these goes on in the next: a sentence the page wrapped, no heading
# ("Le 29 novembre 2021, l'Assurance Maladie de" / "Haute-Savoie et l'ARS ont contractualisé ...").
ENDS_MID_PHRASE = re.compile(r"\b(?:de|du|des|la|le|les|l['’]|d['’]|et|ou|à|au|aux|en|par|pour|sur|avec|dans|que|qui|"
                             r"of|the|and|to|in|for|with|by)[ \t]*\Z", re.IGNORECASE)

HEADLINE_LINES = 3  # non-empty lines from the top where a headline may stand
HEADLINE_EVENTS = ("launch", "aci_signature", "statutes")  # "Assemblée générale constitutive de la CPTS X"


def lead_date_of_the_headline(text: str, dates: list[DateMatch], by_cue: dict) -> tuple[int, list[str]] | None:
    """"La CPTS X officiellement lancée" over "Mardi 12 mars 2024, élus et soignants se sont réunis à Y.": the
    first sentence of the text, with no event word of its own, dates the event of the headline, unless the text
    dates that event itself."""
    told = {kind for kinds in by_cue.values() for kind in kinds}
    kinds, end = [], 0
    for line in headline_lines(text):
        found = [c.kind for c in find_cues(text, line.start(), line.end(), kinds=HEADLINE_EVENTS)]
        kinds += found
        end = line.end() if found else end
    kinds = [kind for kind in kinds if kind not in told]
    if not kinds:
        return None
    lead = _lead_sentence(text, dates, end)
    if lead is None or find_cues(text, lead[0], lead[1]):
        return None
    first = next((i for i, d in enumerate(dates) if lead[0] <= d.start < lead[1] and d.precision == "day"), None)
    return (first, list(dict.fromkeys(kinds))) if first is not None else None


LEAD_REACH = 4  # sentences after a headline: a kicker, a byline, a dateline may stand before the lead


def _lead_sentence(text: str, dates: list[DateMatch], end: int) -> tuple[int, int] | None:
    """The first sentence after a headline that holds a date, past lines without one and without an event
    ("Communiqué de presse", "Par Jean Martin", "Publié le 18 mars 2024")."""
    after = [(a, b) for a, b in sentence_spans(text, dates) if a >= end and text[a:b].strip()][:LEAD_REACH]
    for a, b in after:
        if any(a <= d.start < b for d in dates):
            return a, b
        if not KICKER.fullmatch(text[a:b].strip()) or find_cues(text, a, b):
            return None
    return None


KICKER = re.compile(r"[^\n.!?]{1,80}")  # a short line of its own, no sentence: "Communiqué de presse", "Par Jean Martin"


def headline_lines(text: str) -> list[re.Match]:
    """The first lines that may be a headline: short, without a full stop or a date; a page's buttons and rubrics of a
    single word ("Actualités", "Partager") are passed over."""
    lines = [m for m in re.finditer(r"[^\n]+", text[:2000]) if len(m.group().split()) > 1][:HEADLINE_LINES]
    return [line for line in lines if len(line.group().strip()) <= 200 and not line.group().strip().endswith(".")
            and ". " not in line.group() and not find_dates(line.group())]


HEADLINE_BIRTH = re.compile(r"cré|creat|naiss|né|born|birth|vo\w*|vu|lanc|launch|fond|found", _I)


@functools.lru_cache(maxsize=4)  # asked by the dates and by the launch places of one document
def headline_tells_a_birth(text: str) -> int | None:
    """Where a heading among the first lines that tells the birth of a CPTS ("Création de la CPTS
    X", "Une nouvelle CPTS voit le jour") ends, else None; an inauguration or a signature is not
    a birth."""
    for line in headline_lines(text):
        if any(c.kind == "launch" and HEADLINE_BIRTH.match(text, c.start)
               for c in find_cues(text, line.start(), line.end(), kinds=("launch",))):
            return line.end()
    return None


# a gathering on a day, "Le 12 mars, élus et soignants se sont réunis à la mairie.": what was done there may be told in the
# next sentence, which has no date of its own ("La CPTS y a signé son ACI."); or that sentence tells that its event took
# place ("Le 12 mars, une nouvelle étape pour la CPTS. La signature de son contrat a eu lieu à la mairie."), or the day
# is the lead's, the first of the text
GATHERING = re.compile(r"\b(?:réuni[se]?|rassemblé[se]?|retrouvé[se]?|rendez-vous|cérémonie|soirée|réunion|rencontre|gathered|met"
                       r"|meeting|ceremony)\b|\bs['’]est\s+(?:tenue?|déroulée?)\b|\ba\s+eu\s+lieu\b|\btook\s+place\b|\bwas\s+held\b", _I)
# what is done at a gathering: an official start, not a birth told as background ("Elle a été fondée par des médecins")
# ("Cette signature acte la naissance de la CPTS": the act said to be the birth)
OFFICIAL_START = re.compile(r"officiel|officialis|inaugur|lanc|launch|kick|coup\s+d['’]envoi|fonts\s+baptismaux"
                            r"|\b(?:acte|actent|marque|marquent|consacre|scelle|vaut)\s+(?:ainsi\s+)?(?:la\s+)?(?:naissance|création)", _I)
# "Elle avait signé son ACI l'an dernier": the sentence tells its own time
OWN_TIME = re.compile(r"\b(?:l['’]an(?:née)?\s+(?:dernier|dernière|passée|précédente)|il\s+y\s+a|auparavant|déjà|depuis|plus\s+tôt"
                      r"|précédemment|last\s+year|ago|already|earlier|previously|since)\b", _I)
# "Elle signera son ACI", "pourra ensuite signer", "will sign": an act still to come
STILL_TO_COME = re.compile(r"\b(?:signera|signeront|va\s+signer|vont\s+signer|pourra|pourront|devra|devront|devrait|prochain\w*"
                           r"|bientôt|à\s+venir|en\s+cours\s+de|will|could|should|to\s+be\s+signed|soon|upcoming"
                           r"|\w{3,}(?:era|eront))\b", _I)  # "elle bénéficiera de financements"
SIGNED_ACT = re.compile(r"\bsign|\bparaph|\bconclu|contractualis|conventionn|officialis|\bscell", _I)
FULL_STOP_END = re.compile(r"[.!?…][»\"”)]?\s*\Z")
PLUPERFECT_BEFORE = re.compile(r"\b(?:avai(?:t|ent)|étai(?:t|ent)|had)\b[^,.;:\n]{0,30}\Z", _I)


def a_gathering_without_its_event(text: str, span: tuple[int, int], inside: list[int], dates: list[DateMatch],
                                   found: dict, start: int, end: int) -> bool:
    """Whether the sentence before (`span`, with the dates `inside`) tells a day and no event of the community's, and
    either it is the text's first date (the lead's day is the news'), or it tells a gathering, or the sentence
    text[start:end] tells that its event "took place"."""
    return bool(inside) and not any(i in found for i in inside) and dates[inside[-1]].precision == "day" \
        and (inside[0] == 0 or bool(GATHERING.search(text, *span) or GATHERING.search(text, start, end)))


def an_official_start_on_the_lead_day(text: str, cues: list[Cue], inside: list[int], dates: list[DateMatch]) -> bool:
    """Whether the sentence before, with the text's first day (earlier dates are years or months of the background: "créée
    en 2021"), tells an official start and no contract."""
    return bool(inside) and _first_day(dates, inside[0]) and dates[inside[-1]].precision == "day" and bool(cues) \
        and all(c.kind == "launch" for c in cues) and any(OFFICIAL_START.search(text, max(0, c.start - 20), c.end + 15)
                                                          for c in cues)  # "est officiellement née"


def tells_an_official_start(text: str, start: int, end: int) -> bool:
    """Whether the sentence text[start:end] tells the community's official start ("Elle est ainsi officiellement
    lancée"), not one of its own time ("lancée l'an dernier") nor one done before ("avait été lancée"); a heading
    ("Inauguration de la CPTS X") tells no day."""
    if OWN_TIME.search(text, start, end):
        return False
    cues = find_cues(text, start, end, kinds=("launch",)) if FULL_STOP_END.search(text, start, end) else []
    return any(OFFICIAL_START.search(text, max(0, c.start - 20), c.end + 15)
               and not PLUPERFECT_BEFORE.search(text, max(0, c.start - 40), c.start) for c in cues)


def launch_by_a_dated_contract_beside(text: str, sentences: list, dates: list[DateMatch], found: dict) -> None:
    """"Le 3 mars, la CPTS a signé son ACI avec l'ARS et la CPAM. Elle est ainsi officiellement lancée.": an official
    start told without a date beside the day of the contract's signature is on that day (birth by contract)."""
    def signed_day(n: int) -> int | None:
        days = [i for i in sentences[n][2] if dates[i].precision == "day"
                and any(kind == "aci_signature" for _, kind in found.get(i, []))]
        return days[0] if len(days) == 1 and len(sentences[n][2]) == 1 else None

    for n, (start, end, inside) in enumerate(sentences):
        beside = [signed_day(m) for m in (n - 1, n + 1) if 0 <= m < len(sentences)]
        day = next((i for i in beside if i is not None), None)
        if day is not None and not inside and tells_an_official_start(text, start, end):
            found[day].append(((1, 0), "launch"))


def _first_day(dates: list[DateMatch], i: int) -> bool:
    return all(d.precision != "day" for d in dates[:i])


def acts_of_a_gathering(text: str, cues: list[Cue], start: int, end: int) -> list[str]:
    """The kinds of the events a sentence (text[start:end]) tells as done at the gathering before it: the contract signed,
    an official start, or a birth by the contract; not what had been done before ("La CPTS avait signé son ACI"), nor
    the contract named without its signing ("Grâce à l'ACI, elle bénéficiera de financements")."""
    if STILL_TO_COME.search(text, start, end):
        return []
    signing = SIGNED_ACT.search(text, start, end) is not None
    acts = [c for c in cues if (c.kind == "launch" or c.kind == "aci_signature" and signing)
            and not PLUPERFECT_BEFORE.search(text, max(0, c.start - 40), c.start)]
    signed = any(c.kind == "aci_signature" for c in acts)
    return list(dict.fromkeys(c.kind for c in acts
                              if c.kind == "aci_signature" or signed or OFFICIAL_START.search(text, c.start, c.end + 15)))


# a line of a timeline opening on its date ("11 février 2020 – Validation de la lettre d'intention"): a sentence
TIMELINE_LINE = re.compile(rf"(?<=\n)(?={DATED_ITEM.pattern})")


def sentence_spans(text: str, dates: list[DateMatch]) -> list[tuple[int, int]]:
    """Sentences cut at full stops and blank lines, never inside a date ("4 sept. 2019"), after a
    dateline over the text ("Publié le 16/02/2023"), and before each line of a timeline."""
    starts = [d.start for d in dates]  # find_dates gives them in order, without overlap

    def inside_a_date(pos: int) -> bool:
        i = bisect.bisect_right(starts, pos) - 1
        return i >= 0 and pos < dates[i].end

    cuts = [m.start() + 1 for m in SENTENCE_END.finditer(text) if not inside_a_date(m.start())]
    cuts = sorted(cuts + [m.end() for m in DATELINE_OVER_TEXT.finditer(text)] + [m.start() for m in TIMELINE_LINE.finditer(text)]
                  + [m.end() for m in HEADING_OVER_TEXT.finditer(text) if not ENDS_MID_PHRASE.search(m.group())])
    bounds = [0] + cuts + [len(text)]
    return [(a, b) for a, b in zip(bounds, bounds[1:]) if b > a]


# the assembly that founds the association: "28 avril 2021 : assemblée générale constitutive", "its founding meeting"
FOUNDING_ASSEMBLY = re.compile(rf"(?:{FOUNDING_ASSEMBLY_WORDS})\b", _I)


def births_without_a_launch(text: str, dates: list[DateMatch], kinds: dict[int, list[str]], labels: dict[int, tuple]) -> set[int]:
    """The dates that also give the launch of the release's subjects when none tells it: the signature of its contract
    under a headline that tells a birth ("Création de la CPTS X"); the assembly that founded its association (the
    development set's convention: the association's creation gives both the launch and the statutes)."""
    if any("launch" in found for found in kinds.values()):
        return set()
    if headline_tells_a_birth(text) is not None:
        return {i for i, found in kinds.items() if "aci_signature" in found}
    return {i for i, found in kinds.items() if "statutes" in found
            and FOUNDING_ASSEMBLY.search(labels[i][0] if i in labels else text[slice(*_sentence_in_line(text, dates[i]))])}


def _sentence_in_line(text: str, date: DateMatch) -> tuple[int, int]:
    """The sentence of a date, within its line (leader dots end none: "Assemblée constitutive ...... 03/02/2020")."""
    line_start = text.rfind("\n", 0, date.start) + 1
    line_end = text.find("\n", date.end)
    line_end = len(text) if line_end < 0 else line_end
    stops_before = [m.end() for m in LONE_STOP.finditer(text, line_start, date.start)]
    stop_after = LONE_STOP.search(text, date.end, line_end)
    return (stops_before[-1] if stops_before else line_start), (stop_after.start() if stop_after else line_end)


LONE_STOP = re.compile(r"(?<!\.)[.!?](?!\.)\s")
