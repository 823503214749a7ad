"""The words of a perimeter statement's items: area words, directions, partial and exception
phrases, examples and open ends; and the small readings of an item's text (where its name
ends, its kind, a count before it)."""
from __future__ import annotations

import re

from ..facts.number_words import NUMBER_PHRASE
from ..facts.numbers import parse_number
from ..facts.place_names import EPCI_PHRASE
from ..model import Span
from ..reference import gazetteer
from ..reference.regex_start import quick_start
from .areas import Area
from .commune_lists import SECTOR_WORDS, SUR_SLASH, SURROUNDING
from .epci_words import COMMUNE_UNIT, COUNTED_BEFORE_NAMES, NAMED_EXCLUSION, OWN_COUNT_WORDS, SOME_TENS, TOWN_NOUNS



EPCI_WORDS = re.compile(
    r"communauté\s+de\s+communes?|communauté\s+d['’]agglomération|communauté\s+urbaine|métropole|"
    r"community\s+of\s+(?:communes|municipalities)|urban\s+community|agglomeration\s+community|"
    r"communes?\s+community|metropolis|\bCC\b|\bCA\b|\bCU\b|\bCdC\b|\bCdA\b|Communauté|Agglo\b", re.IGNORECASE)
# Words that name a kind of territory without a type of intercommunality
AREA_WORD = re.compile(r"\b(?:bassins?|secteurs?|cantons?|arrondissements?|quartiers?|districts?|aire|zone|vallées?|"
                       r"territoires?|area|valley)\b", re.IGNORECASE)
PAYS_WORD = re.compile(r"^(?:pays|country)\b", re.IGNORECASE)
DIRECTIONS = {
    "nord-ouest": "north-west", "nord-est": "north-east", "sud-ouest": "south-west", "sud-est": "south-east",
    "ouest": "west", "est": "east", "nord": "north", "sud": "south", "centre": "centre",
    "northwest": "north-west", "northeast": "north-east", "southwest": "south-west", "southeast": "south-east",
    "northern": "north", "southern": "south", "eastern": "east", "western": "west", "central": "centre",
    "north": "north", "south": "south", "east": "east", "west": "west",
    "north-eastern": "north-east", "north-western": "north-west", "south-eastern": "south-east",
    "south-western": "south-west",
}
DIRECTION_WORDS = "|".join(sorted(DIRECTIONS, key=len, reverse=True))
PARTIAL_PREFIX = re.compile(
    rf"(?:(?:d['’])?une\s+(?:partie|fraction)\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*"
    rf"|(?:le\s+|la\s+)?(?:secteur|moitié|quart)\s+(?P<dir5>{DIRECTION_WORDS})\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*"
    rf"|(?:la\s+)?partie\s+(?!(?:{DIRECTION_WORDS})\b)[a-zà-ÿ]+\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*"  # "la partie gardoise de"
    rf"|(?:partiellement|en\s+partie|pour\s+partie|partly|partially|in\s+part)\s+(?:la\s+|le\s+|l['’]|les\s+|the\s+)?"
    rf"|(?:the\s+)?(?P<dir6>{DIRECTION_WORDS})\s+half\s+of\s+(?:the\s+)?"
    rf"|(?:some|several|quelques|plusieurs)\s+(?:municipalities|communes)\s+(?:of\s+the|of|de\s+la|du|des|de\s+l['’]|de|d['’])\s*"
    rf"|(?:dont\s+)?(?:certaines|plusieurs|quelques)\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*"
    rf"|(?:l['’]essentiel|la\s+(?:majeure|plus\s+grande)\s+partie|la\s+(?:quasi-?\s*|presque\s+)(?:totalité|intégralité)|une\s+(?:grande|large|bonne|petite)\s+partie|"
    rf"la\s+(?:majorité|plupart)|most|much)\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’]|of\s+the|of)\s*"
    rf"|(?:au\s+sein|à\s+l['’]intérieur)\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*|within\s+(?:the\s+)?"
    rf"|(?:la\s+)?partie\s+(?P<dir1>{DIRECTION_WORDS})\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*"
    rf"|(?:(?:le|du|au)\s+|l['’]\s*)(?P<dir2>{DIRECTION_WORDS})\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*"
    rf"|(?:the\s+)?(?P<dir3>{DIRECTION_WORDS})\s+part\s+of\s+(?:the\s+)?"
    rf"|(?:a\s+)?part\s+of\s+(?:the\s+)?"
    rf"|(?:in\s+)?(?:the\s+)?(?P<dir4>{DIRECTION_WORDS})\s+of\s+(?:the\s+)?"
    rf"|(?:une\s+)?{SOME_TENS}\s+de\s+communes\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*"
    rf"|(?:\d+|{NUMBER_PHRASE})\s+(?:des|of\s+the)\s+(?:\d+|{NUMBER_PHRASE})\s+(?:communes|municipalities)\s+(?:de\s+la|du|des|de\s+l['’]|de|of\s+the|of)\s*"
    rf"|(?P<count>\d+|{NUMBER_PHRASE})\s+(?:(?:{TOWN_NOUNS})\s+(?:de\s+la|du|des|de\s+l['’]|de|of\s+the|of)|"
    # "3 situées dans la CC X", "9 dans la CC Y"; "(dont 10 de la CC X et) 2 de Y"
    r"(?:(?:communes|municipalities)\s+)?(?:situées\s+|located\s+)?(?:dans|sur|in|within)\s+(?:la\s+|le\s+|les\s+|l['’]|the\s+)?|"
    r"(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*(?=(?-i:[A-ZÀ-Ý])))\s*)",
    re.IGNORECASE)

def counted_in(prefix: re.Match | None, area: Area) -> tuple[int, Span] | None:
    """The count of "20 communes du X" (a PARTIAL_PREFIX match), with its place: the part of an area
    other than an EPCI (whose count `epci_mentions` reads, checked against its members) that the
    text does not list."""
    if prefix is None or not prefix.group("count") or area.kind == "epci" or area.listed:
        return None
    value = number_in(prefix.group("count"))
    return (value, Span(prefix.start("count"), prefix.end("count"))) if value else None


# "9 communes du Nord-Ouest des Yvelines": a quarter of a department, not an area's name
COMPASS_OF = re.compile(rf"(?:{DIRECTION_WORDS}|(?:nord|sud)-?(?:est|ouest))\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’]|of\s+the|of)\s*",
                        re.IGNORECASE)


def compass_part_of_department(gaz: gazetteer.Gazetteer, name: str) -> bool:
    compass = COMPASS_OF.match(name)
    return bool(compass) and gaz.find_department(name[compass.end():]) is not None


LEADING_ARTICLE = re.compile(r"(?:(?:la|le|les|the|du|des|aux|au|de\s+la|de)\s+|(?:de\s+)?l['’]\s*|d['’]\s*)", re.IGNORECASE)
# Words that open a list of communes left out of an area
EXCEPTION_WORDS = (r"à\s+l['’]exception|à\s+l['’]exclusion|exception\s+faite|sauf|hors|hormis|exceptée?s?|moins|sans(?=\s+(?-i:[A-ZÀ-Ý]))|except|"
                   rf"{NAMED_EXCLUSION}|excluding|minus|apart\s+from|but\s+not|other\s+than|"
                   r"with\s+the\s+exception")
EXCEPT = re.compile(
    # the names keep their "de", "du", "des" ("des communes du Perthus et de Reynès"): _commune_ref reads them
    r"\s*(?:à\s+l['’]ex(?:ception|clusion)\s+(?:(?:de\s+la|des)\s+(?:communes?|villes?)\s+|de\s+(?!la\b)|d['’]\s*|(?=du\s|des\s))|"
    rf"(?:sauf|moins|hors|hormis|exceptée?s?|{NAMED_EXCLUSION}|exception\s+faite\s+(?:de\s+|d['’]|(?=du\s)))\s*(?:(?:les\s+|la\s+)?(?:communes?|villes?)\s+(?=d))?|"
    r"sans\s+(?=(?-i:[A-ZÀ-Ý]))|"  # "la CC X, sans Belley"
    r"(?:except(?:\s+for)?|excluding|minus|apart\s+from|but\s+not|other\s+than|with\s+the\s+exception\s+of)\s+"
    rf"(?:the\s+(?:municipalit(?:y|ies)|communes?)\s+of\s+)?)(?:{COUNTED_BEFORE_NAMES})?", re.IGNORECASE)
QUANTITY_PREFIX = re.compile(
    r"(?:(?:un\s+territoire|an\s+area)\s+(?:de|of)\s+)?(?:(?:soit|les|the|plus\s+de|près\s+de|environ|about|nearly|over)\s+)*"
    r"(?:\d[\d\s\u00a0\u202f.,]*\s*(?:habitants|communes|inhabitants|municipalities)\s*(?:(?:de\s+la|du|des|de\s+l['’]|de|d['’]|in\s+the|of\s+the|in|en|of)\s*)?)?"
    r"(?:l['’]ensemble\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*|cel(?:ui|les?)\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’])\s*|two\s+communities\s+of\s+communes\s*)?",
    re.IGNORECASE)
NAME_ARTICLE = re.compile(r"\bles\s+$", re.IGNORECASE)
UNIT_THEN_PLACE = re.compile(
    rf"(?<!communauté\sde\s)(?<!community\sof\s)\b(?:habitants|inhabitants|{TOWN_NOUNS})\b\s*(?:(?:de\s+la|du|des|de\s+l['’]|de|d['’]|in\s+the|of\s+the|in|en|of)\s*)?",
    re.IGNORECASE)
# Communes named on their own: "ainsi que les communes de A et B", "répartis sur les communes de
# A, B...", "as well as the municipality of A", "ainsi que A, B et C, dans le Nord voisin".
LOOSE_COMMUNES = quick_start(re.compile(
    r"(?:\b(?:ainsi\s+que|as\s+well\s+as|plus|et|and)\s+)?(?:(?:sur|dans|in|across)\s+)?"
    r"(?:(?:les|des|aux)\s+(?:communes|villes)\s+(?:(?:voisines|limitrophes|[a-zà-ÿ]+iennes|[a-zà-ÿ]+aises|[a-zà-ÿ]+oises|[a-zà-ÿ]+ines)\s+)?(?:de|d['’])|la\s+(?:commune|ville)\s+(?:de|d['’])|celles?\s+(?:de|d['’])|the\s+(?:municipalities|communes|towns)\s+of|"
    r"the\s+(?:municipality|commune|town)\s+of)\s*"
    r"|\b(?:ainsi\s+que|as\s+well\s+as|plus)\s+(?=(?-i:[A-ZÀ-Ý]))"
    # "la CC X, auxquelles s'ajoutent A et B"
    r"|\b(?:auxquel(?:le)?s|auquel|à\s+laquelle)\s+s['’]ajout\w*\s+(?=(?-i:[A-ZÀ-Ý]))"
    # "ainsi que trois communes du Jura voisin : A, B et C": communes of the department named
    rf"|\b(?:ainsi\s+que|plus|et)\s+(?:\d+|{NUMBER_PHRASE})\s+communes\s+(?:de\s+la|du|des|de\s+l['’]|de|d['’]|dans\s+les|dans\s+l[ae'’]|en)\s*"
    r"(?P<dep>(?-i:[A-ZÀ-Ý])[\w'’-]*(?:[ -](?!voisin)[\w'’-]+){0,3})\s*(?:voisine?s?\s*)?(?::\s*|$)", re.IGNORECASE))
# Words that introduce some communes of an area, not all of them
EXAMPLE_WORDS = (r"notamment|dont|parmi\s+lesquelles|en\s+particulier|entre\s+autres|par\s+exemple|principalement|"
                 r"including|such\s+as|in\s+particular|among\s+them|for\s+example|mainly")
# "A, le hameau des X et B", "les hameaux de Y et de Z": a part of a commune named inside a list, not a new area
HAMLET = r"(?:(?:le|les|the|a)\s+)?(?:hameaux?|lieux?-dits?|hamlets?)\b"
# A piece of a sentence that carries on the communes of the area before it...
CONTINUES_MEMBERS = re.compile(
    rf"(?:{EXAMPLE_WORDS}|from\s|"
    rf"(?:{EXCEPTION_WORDS})\b|à\s+savoir|namely|rattachée?s?\s|attached\s|belonging\s|"
    rf"dans\s+l|in\s+the\s+neighbouring|{HAMLET})", re.IGNORECASE)
# ... and one that opens a new area or a new list (articles in lower case: "La Verpillière" is a commune).
OPENS_ITEM = re.compile(
    r"(?:ainsi\s+que|ainsi\s+qu['’]|as\s+well\s+as|plus\s|(?:et|and)\s+(?:la|le|les|l['’]|une|de|du|des|d['’]|the|a)\b|"
    r"la\s|le\s|les\s|l['’]|une\s|the\s|d['’]une|du\s|des\s|de\s|[Pp]ays\s|[Cc]ommunauté|[Cc]ommunity)")
OPEN_ENDED = re.compile(r"(?:\.\.\.|…|\betc\b\.?|\bnotamment\b|\bin\s+particular\b|\bamong\s+others\b|\bentre\s+autres\b|\bincluding\b|"
                        rf"\b(?:{SURROUNDING})\b)",
                        re.IGNORECASE)
# Communes named after an area, past a comma: examples ("notamment A, B"), a range ("from A to
# B"), or exceptions ("à l'exception de A").
EXAMPLES = re.compile(rf"\s*(?:{EXAMPLE_WORDS})\s+"
                      r"(?:(?:les\s+communes\s+de|the\s+(?:municipalities|towns)\s+of)\s+)?", re.IGNORECASE)
RANGE = re.compile(r"\s*(?:from|de|d['’])\s*(?P<first>[A-ZÀ-Ý][^,;()]*?)\s+(?:to|à)\s+(?P<last>[A-ZÀ-Ý][^,;()]*?)\s*(?=,|;|$)")
MEMBERS_AFTER_COMMA = re.compile(
    rf"\s*(?=(?:{EXCEPTION_WORDS})\b)"
    rf"|,\s*(?=(?:{EXAMPLE_WORDS}|from\s|à\s+savoir|namely|{EXCEPTION_WORDS})\b)", re.IGNORECASE)
OWN_COUNT = re.compile(rf"\s*,?\s*(?:{OWN_COUNT_WORDS})\s+(\d+|{NUMBER_PHRASE})\s+{COMMUNE_UNIT}", re.IGNORECASE)
CLOSED_LIST = re.compile(r"\s*(?:à\s+savoir|namely)\s*:?\s*", re.IGNORECASE)
ACRONYM = re.compile(r"\s*\(\s*[A-Z][A-Z0-9&-]{1,9}\s*\)")  # "(CAPI)": another name of the area
ACRONYM_AFTER = re.compile(r"\s*(?:la\s+|le\s+|l['’]\s*)?([A-Z][A-Z0-9&]{1,9})(?![\w'’-])")
ONE_WORD_IN_BRACKETS = re.compile(r"\s*\(\s*([A-ZÀ-Ý][\w'’-]{3,})\s*\)")
# "rattachées à la CPTS X", "(A et B ont rejoint la CPTS X)": communes that belong to another CPTS
ATTACHED_TO_OTHER = re.compile(r",?\s*(?:(?:sont\s+|ont\s+été\s+)?(?:rattachée?s?|attached|belonging)\s+(?:à|to)|(?:ont\s+)?rejoint|rejoindre|"
                               r"relèvent\s+de|dépendent\s+de|(?:have\s+)?joined)\s+(?:la\s+|the\s+)?CPTS", re.IGNORECASE)


def short_name_in_brackets(gaz: gazetteer.Gazetteer, text: str, pos: int, end: int) -> re.Match | None:
    """"la CC Causses et Vallée de la Dordogne (Cauvaldor)": one word in brackets that names no commune is the area's
    short name ("(Condom)" names its main town)."""
    word = ONE_WORD_IN_BRACKETS.match(text, pos, end)
    return word if word and not gaz.candidates(word.group(1)) else None


PLURAL_AREAS_BEFORE = re.compile(r"\b(?:cantons|bassins(?:\s+de\s+vie)?|vallées)\s+(?:de|d['’]|du|des)\s*[^,;:()]*$",
                                 re.IGNORECASE)
INVERTED_ARTICLE = re.compile(r"\s*\((Les|Le|La|L['’])\)")


# "à l'exception de A et de B": the preposition said again before the next name of a list
REPEATED_PREPOSITION = re.compile(r"(?:(?:et|and)\s+)?(?:de\s+|d['’]\s*)(?-i:[A-ZÀ-Ý])(?![^,;]*?(?i:communauté|métropole|\bCC\b|\bCA\b))")


def glue_members(text: str, items: list[Span]) -> list[Span]:
    """Join the pieces of a sentence that belong together: after "notamment", "including",
    "à l'exception de" or "ainsi que A", the names that follow are one list, not areas.
    "la partie nord de la CAPI, notamment A, B et C, ainsi que la commune de D" is two items."""
    glued: list[Span] = []
    in_list = False
    for item in items:
        words = text[item.start:item.end]
        if glued and CONTINUES_MEMBERS.match(words):
            glued[-1] = Span(glued[-1].start, item.end)
            in_list = True
        elif glued and in_list and (not OPENS_ITEM.match(words) or REPEATED_PREPOSITION.match(words)):
            glued[-1] = Span(glued[-1].start, item.end)
        else:
            glued.append(item)
            # a list starts: "ainsi que A, B", "une partie de la communauté X : A, B", "la CC X sauf A"
            in_list = bool(loose_communes(text, item)) or bool(
                EPCI_PHRASE.search(words) and (re.search(r":\s*[A-ZÀ-Ý]", words) or EXCEPTION_INSIDE.search(words)))
    return glued


def loose_communes(text: str, span: Span) -> re.Match | None:
    """Where communes named on their own start in a piece, outside parentheses and not as the
    object of an exception ("with the exception of the municipalities of A")."""
    for match in LOOSE_COMMUNES.finditer(text, span.start, span.end):
        before = text[span.start:match.start()]
        if before.count("(") > before.count(")") or EXCEPTION_BEFORE.search(before):
            continue
        if match.group("dep") and not gazetteer.load().find_department(match.group("dep")):
            continue  # "et 3 communes de la CA X": a part of another area
        acronym = ACRONYM_AFTER.match(text, match.end())
        if acronym and not gazetteer.load().candidates(acronym.group(1)):
            continue  # "l'une des communes de la CCCVV": an area's acronym, no commune
        return match
    return None


EXCEPTION_INSIDE = re.compile(rf"\s(?:{EXCEPTION_WORDS})\b", re.IGNORECASE)
EXCEPTION_BEFORE = re.compile(rf"(?:{EXCEPTION_WORDS}|exclusion)\s*(?:of|de|d['’])?\s*$", re.IGNORECASE)


APPROXIMATE_SOME = re.compile(rf"(?:une\s+)?{SOME_TENS}\s+de\s+$", re.IGNORECASE)


def skip_quantities(text: str, span: Span) -> tuple[int, tuple[int, Span] | None]:
    """Where the place names of a sentence piece start, past "37 000 habitants de la" or "soit
    l'ensemble de"; with the count of "the 48 municipalities of", which is the area's own."""
    start = span.start
    # quantities come before the place: not inside "(12 communes)" nor after the area's name
    paren = text.find("(", start, span.end)
    phrase = EPCI_PHRASE.search(text, start, span.end)
    limit = min(x for x in (paren, phrase.start() if phrase else -1, span.end) if x >= 0)
    units = list(UNIT_THEN_PLACE.finditer(text, start, limit))
    count = None
    if units:
        last = units[-1]
        # "the 48 municipalities of" (not "5 of the 7 ...", "5 sur les 7 ...": a part)
        own = re.search(r"(?<!of\s)(?<!sur\s)\b(?:the|les)\s+(\d+|[a-zà-ÿ-]+)\s+$", text[start:last.start()], re.IGNORECASE)
        value = own and number_in(own.group(1))
        if value and re.match(r"(?:communes|municipalities)", last.group(), re.IGNORECASE):
            count = (int(value), Span(start + own.start(1), last.start() + len(last.group().split()[0])))
        some = re.search(rf"({NUMBER_PHRASE}|\S+)(?:\s+(?:des|of\s+the)\s+(?:{NUMBER_PHRASE}|\S+))?\s+$", text[start:last.start()],
                         re.IGNORECASE)  # "4 des 9 communes de X", "trente-deux des quarante et une communes"
        vague = some and some.group(1).lower() in ("some", "several", "quelques", "plusieurs")
        approx = APPROXIMATE_SOME.search(text, start, last.start())
        if approx and re.match(r"communes\s+(?:de|du|des|d['’])", last.group(), re.IGNORECASE):
            return approx.start(), None  # "une douzaine de communes de X": a part of X
        if not own and some and (vague or number_in(some.group(1))) and re.match(rf"(?:{TOWN_NOUNS})\s+(?:de|du|des|d['’]|of)\b",
                                                                  last.group(), re.IGNORECASE):
            return start + some.start(1), None  # "4 communes de X": a part of X, read as such by _parse_area
        start = last.end()
    end = QUANTITY_PREFIX.match(text, start, span.end).end()
    article = NAME_ARTICLE.search(text, start, end)
    if article and article.end() == end and text[end:end + 1].isupper():
        end = article.start()  # "Les Rousses": the commune's own article, not the "les" of "les 12 communes de"
    return end, count


def number_in(word: str) -> int | float | None:
    return parse_number(word, "fr", True) or parse_number(word, "en", True)


def looks_like_named_area(item: str) -> bool:
    """"du Val de Saône", "pays de Langres": a capitalised place after a preposition, no verb
    (its communes may follow in parentheses: "une partie de Grand Poitiers (A, B)")."""
    item = SUR_SLASH.sub("ur", re.sub(r"\s*\([^()]*\)\s*$", "", item))  # "Sablé s/ Sarthe": "Sablé sur Sarthe"
    return _small_letters_epci_name(item) or bool(re.match(r"(?:(?:du|de\s+la|des|de\s+l['’]|d['’]une\s+partie\s+de\s+la|la|le|les|aux|au|de)\s+|d['’]\s*)?"
                         r"(?:pays\s+(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’])?)?[A-ZÀ-Ý][\w'’-]*"
                         r"(?:\s+(?:(?:de|du|des|la|le|les|et|sur|sous|en|lès|lez|aux|au)\s+|[dl]['’]\s*)?[A-ZÀ-Ý][\w'’-]*)*\s*$",
                         item.strip()))


def _small_letters_epci_name(item: str) -> bool:
    """"Coutances mer et bocage": the whole name of an intercommunality, as its brand writes it, after a capital."""
    words = LEADING_PREPOSITION.sub("", item.strip())
    if not re.match(r"[A-ZÀ-Ý]", words) or not re.search(r"\s[a-zà-ÿ]", words):
        return False
    epci = gazetteer.load().find_epci_named_alone(words, [])
    return bool(epci) and gazetteer.epci_tokens(words) == gazetteer.epci_tokens(epci.name.split("(")[0])


LEADING_PREPOSITION = re.compile(r"^(?:du|de\s+la|des|de\s+l['’]|la|le|les|de|d['’])\s*", re.IGNORECASE)


def end_of_name(text: str, start: int, end: int) -> int:
    m = re.search(r"\s*[(:]", text[start:end])
    return start + m.start() if m else end


def stripped(text: str, span: Span) -> Span:
    start, end = span.start, span.end
    while start < end and text[start] in " \t\n;,.…":
        start += 1
    while end > start and text[end - 1] in " \t\n;,.…":
        end -= 1
    return Span(start, end)


def clean_name(name: str) -> str:
    name = re.sub(r"\s+", " ", name).strip(" ;,.")
    article = re.match(r"(?:la|le|les|the)\s+|l['’]", name, re.IGNORECASE)
    return name[article.end():] if article else name


def area_kind(name: str) -> str:
    if EPCI_WORDS.search(name):
        return "epci"
    if PAYS_WORD.match(name):
        return "pays"
    return "other"


# "(partie nord)", "(secteur sud)", "(en partie)", "(partiellement)": how much of the area
PART_IN_BRACKETS = re.compile(rf"\s*(?:(?:la\s+|le\s+)?(?:partie|secteur|moitié)\s+(?P<dir>{DIRECTION_WORDS})|en\s+partie|"
                              r"partiellement|partie|partly|partially|in\s+part)\s*", re.IGNORECASE)
EXAMPLE_WORD = re.compile(rf"(?:{EXAMPLE_WORDS})\s+", re.IGNORECASE)
# "et 2 communes de la CA X": a part of another area ("et 12 communes voisines": no place)
COUNTED_PART = rf"(?:\d+|{NUMBER_PHRASE})\s+(?:communes|municipalities)\s+(?:de|du|des|d['’]|of)\b"
# "et", "ainsi que" before what opens a new area: an article, a type word, a capital, a count
AND_NEW_AREA = re.compile(
    r"\s+(?:(?:et|and|&|ainsi\s+que|as\s+well\s+as)\s+|ainsi\s+qu['’]\s*)(?=(?:de\s+la|de\s+l['’]|du|des|d['’]|de\s|la|le|les|l['’]|"
    r"une|the|part\s|pays|communauté|community|en|in|partiellement|entièrement|partly|partially|fully|[A-ZÀ-Ý]|\d+\s|"
    r"(?:à|au|aux)\s+[A-ZÀ-Ý]|"  # "à A et à B"
    rf"{COUNTED_PART}))")
# "répartis sur A", "sont A", "autour de A", "figurent A": a commune's name ending a phrase
NAME_ENDING_PIECE = re.compile(r"\b(?:(?:sur|sont|à|dans|entre|figurent|in|across|are|around|autour\s+de)\s+|autour\s+d['’]\s*)(?P<name>[A-ZÀ-Ý][\w'’-]*(?:[ -][A-ZÀ-Ý][\w'’-]*){0,3})\s*$")
# "12 communes", "the 5 municipalities": a count just before a bracketed list
COUNT_BEFORE = re.compile(r"(\d+)\s+(?:communes|municipalities)\s*$", re.IGNORECASE)


# "le territoire de Cap Atlantique", "le périmètre du Pays de Retz": the area is the name that follows
TERRITORY_OF_NAME = re.compile(r"(?:(?:le|the)\s+)?(?:territoire|périmètre|territory|perimeter)\s+"
                               r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|d['’]|of\s+)(?=(?-i:[A-ZÀ-Ý]))", re.IGNORECASE)


NAME_AFTER = re.compile(r"[^,;.()]+?(?=\s+(?:et|and)\s|[,;.()]|$)")


def names_a_commune(gaz, text: str, start: int, end: int) -> bool:
    """Whether the name at `start` (up to a comma or "et") is a commune's."""
    name = NAME_AFTER.match(text, start, end)
    return bool(name and gaz.candidates(name.group().strip()))


def territory_of_an_area(gaz, text: str, start: int, end: int) -> bool:
    """"couvre le territoire de Cap Atlantique": a territory named after an area, not a town."""
    return any(not names_a_commune(gaz, text, m.end(), end) for m in TERRITORY_OF_NAME.finditer(text, start, end))


# "... sur les secteurs de A": a piece that ends with sector words and the first name of a list
SECTOR_THEN_NAME = re.compile(
    rf"\b(?:{SECTOR_WORDS})(?:\s+de\s+(?:soins|santé|proximité))?\s+(?:de|d['’]|du|des)\s*"
    r"(?P<name>[A-ZÀ-Ý][\w'’-]*(?:[ -](?:[A-ZÀ-Ý][\w'’-]*|du|de|des|sur|sous|en|la|le|les|lès)){0,5})\s*$", re.IGNORECASE)
# "les anciens cantons de A": the names of a list that opens so are cantons, however the list goes on
CANTONS_THEN_NAME = re.compile(r"\b(?:anciens\s+)?cantons\s+(?:de|d['’]|du|des)\s*[A-ZÀ-Ý][\w'’ -]*$", re.IGNORECASE)
# A figure closing a list item: "– 14 000 habitants", ": 2 800 hab.", "(1 000 habitants)"
ITEM_FIGURE = re.compile(r"[–—:,(-][ \t]*\d[\d \t\u00a0\u202f.,]*(?:habitants|hab\.?|inhabitants)\)?[\s.;]*$", re.IGNORECASE)
LIST_GOES_ON = re.compile(r"\s*(?:,|et\b|&)\s*(?:de\s+|d['’]\s*)?[A-ZÀ-Ý]")  # ", B et C" after a first name
MAINLAND = [f"{n:02d}" for n in range(1, 96) if n != 20] + ["2A", "2B"]  # a mainland text's homonyms are mainland
OPEN_END = re.compile(r"(?:,|\s)\s*(?:etc\b\.?|…|\.\.\.|entre\s+autres|among\s+others)[\s.;)]*$", re.IGNORECASE)  # "A, B, etc.": a list left open


def epci_just_before(text: str, start: int, i: int) -> bool:
    """"la CC X (CCX) : A, B": an intercommunality's name, maybe with its short name or count
    in brackets, just before `i` (not "la CC X ainsi que trois communes du Jura : A, B")."""
    phrases = list(EPCI_PHRASE.finditer(text, start, i))
    return bool(phrases) and bool(re.fullmatch(r"\s*(?:\([^()]*\)\s*)?", text[phrases[-1].end():i]))


def inside_epci_phrase(text: str, i: int) -> bool:
    return any(phrase.start() < i < phrase.end()
               for phrase in EPCI_PHRASE.finditer(text, max(0, i - 80), min(len(text), i + 80)))


def inside_name_typed_after(text: str, i: int) -> bool:
    """"the Granville Terre et Mer community of communes": the "et" is inside a name whose
    type word comes after it."""
    for phrase in EPCI_PHRASE.finditer(text, max(0, i - 80), min(len(text), i + 80)):
        if phrase.start() < i < phrase.end() and not EPCI_WORDS.search(text, phrase.start(), i):
            return True
    return False


# The capitalised words either side of an "et": "Cluses-Arve" and "Montagnes" (Parser._joins_an_untyped_epci_name)
NAME_BEFORE_AND = re.compile(r"(?<![\w-])[A-ZÀ-Ý][\w'’-]*(?:\s+(?:de\s+la|du|des|de|d['’])?\s*[A-ZÀ-Ý][\w'’-]*){0,3}$")
NAME_AFTER_AND = re.compile(r"[A-ZÀ-Ý][\w'’-]*(?:\s+(?:de\s+la|du|des|de|d['’])?\s*[A-ZÀ-Ý][\w'’-]*){0,3}")
# ", qui couvre ...": a relative clause, and where the noun it stands for is before it
RELATIVE = re.compile(r"\s*(?:qui|dont|which|whose)\b", re.IGNORECASE)
ANTECEDENT_REACH = 40  # characters


# "les 23 communes de la CA X et de la CC Y": a count of communes right before the first of several areas
COUNT_BEFORE_AREA = re.compile(rf"\b(\d+|{NUMBER_PHRASE})\s+(?:communes|municipalities)\s+(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of\s+the|of)\s*$",
                               re.IGNORECASE)


def share_counts(gaz: gazetteer.Gazetteer, text: str, areas: list[Area]) -> None:
    """Counts that belong to several intercommunalities together, before the first or after the last."""
    share_count_before(gaz, text, areas)
    share_count_after(gaz, areas)


def share_count_before(gaz: gazetteer.Gazetteer, text: str, areas: list[Area]) -> None:
    """"les 23 communes de la CA X et de la CC Y": a count before the first of several intercommunalities that is
    above its size is theirs together; each is whole when the count reaches their sum, else a part."""
    coded = [area for area in areas if area.code and gaz.epci(area.code)]
    if len(coded) < 2 or any(area.listed for area in coded) or any(area.communes_count for area in coded[1:]):
        return
    count = COUNT_BEFORE_AREA.search(text, max(0, coded[0].span.start - 40), coded[0].span.start)
    total = number_in(count.group(1)) if count else None
    sizes = [len(gaz.epci(area.code).members) for area in coded]
    if total and total > sizes[0]:
        for area in coded:
            area.extent, area.communes_count = "full" if total >= sum(sizes) else "partial", None


def share_count_after(gaz: gazetteer.Gazetteer, areas: list[Area]) -> None:
    """"les CC A, B et C (34 communes, 29 700 habitants)": a count in brackets after the last of several
    intercommunalities, none of the others counted, that is above the last one's size is theirs together."""
    coded = [area for area in areas if area.code and gaz.epci(area.code)]
    if len(coded) < 2 or any(area.communes_count for area in coded[:-1]) or not coded[-1].communes_count:
        return
    if coded[-1].communes_count[0] > len(gaz.epci(coded[-1].code).members):
        coded[-1].communes_count = None
