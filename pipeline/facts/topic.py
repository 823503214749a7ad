"""Whether a text is about something else than a CPTS: its title, or without one the subject its first sentence
opens on, is another body, a scheme, an event, a person or a place ("Une maison de santé ouvre à Rocheval", "Le
programme Cœur Vigilant est déployé ...", "Le Cher compte cinq CPTS"), or CPTS in general with no event of theirs
("Les CPTS dans le département", "La fédération des CPTS tient son assemblée"); or its title and lead speak of no
CPTS at all. In such a text a CPTS is a subject only when the text speaks of it (subjects.py)."""
from __future__ import annotations

import bisect
import re

from ..model import Span
from .context import Context
from .contract_cues import SIGNING
from .event_cues import CUES
from .name_words import HEAD_RE, MONTHS

# the nouns of what else a text may be about
OTHER_TOPIC = (
    # health centres and other care bodies
    r"maisons?\s+(?:de\s+(?:la\s+)?santé|médicales?|sport[\s-]+santé)|MSP|centres?\s+(?:de\s+santé|hospitaliers?|"
    r"médicaux|médical|social|sociaux)|pôles?\s+de\s+santé|hôpita(?:l|ux)|cliniques?|EHPAD|pharmacies?|"
    r"\w*bus|cabinets?\s+(?:médica\w*|mobiles?|éphémères?)|"
    # federations, unions, networks, funders, authorities
    r"f[ée]d[ée]rations?|URPS|inter-?URPS|unions?\s+régionales?|réseaux?|collectifs?|syndicats?|ordres?\s+des|"
    r"associations?\s+(?:des?|du|d['’])|ARS|CPAM|MSA|assurance\s+maladie|agences?\s+régionales?|caisses?\s+primaires?|"
    r"préfectures?|"
    # the elected and the State's officials
    r"élus?|élues?|maires?|(?:sous-)?préfète?s?|députée?s?|sénat(?:eur|rice)s?|ministres?|ministères?|gouvernements?|"
    # places and local authorities
    r"départements?|régions?|villes?|mairies?|municipalités?|agglomérations?|intercommunalités?|"
    r"communautés?\s+(?:de\s+communes|d['’]agglomération|urbaines?)|conseils?\s+(?:départementa(?:l|ux)|"
    r"régiona(?:l|ux)|municipa(?:l|ux)|communautaires?|de\s+l['’]ordre)|"
    # schemes and events
    r"contrats?\s+loca(?:l|ux)\s+de\s+santé|CLS|programmes?|dispositifs?|expérimentations?|plans?\s+(?:régiona|départementa|"
    r"loca)\w*|forums?|salons?|rencontres?|séminaires?|colloques?|conférences?|commissions?|campagnes?|opérations?|"
    r"journées?|semaines?|soirées?|ateliers?|permanences?|réunions?\s+publiques?|dépistages?|vaccinations?|appels?\s+à\s+projets?|chartes?|lauréat(?:e|s|es)?|prix|trophées?|"
    # English
    r"health\s+cent(?:re|er)s?|hospitals?|federations?|(?<!health\s)networks?|programs?|pilots?|schemes?|councils?|"  # "a new health network": a CPTS
    r"count(?:y|ies)|cit(?:y|ies)|towns?|conferences?|meetings?")
OTHER_TOPIC_RE = re.compile(rf"\b(?:{OTHER_TOPIC})\b", re.IGNORECASE)
# what a first sentence may open on before its subject: a fronted phrase and its comma, an article
LEAD_OPENING_RE = re.compile(
    r"[\W\d]*(?:[^,;:.!?\n]{0,60},\s*)?(?:(?:(?:la|le|les|une?|des|the|an?)\b|l['’])\s*)?", re.IGNORECASE)
RELATIVE_AFTER_COMMA_RE = re.compile(r"[^,;:.!?\n]{0,60},\s*(?:qui|que|qu['’]|dont|où|which|who)\b", re.IGNORECASE)
ARTICLE_OPENING_RE = re.compile(r"[\W\d]*(?:(?:(?:la|le|les|une?|des|the|an?)\b|l['’])\s*)?", re.IGNORECASE)
# CPTS in general opening a sentence: "Les CPTS ...", "Cinq CPTS ...", "Dans le Cher, 5 CPTS ..."
MANY_CPTS_OPENING_RE = re.compile(
    r"(?:(?:les|des|ces|\d+|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|plusieurs|the|two|three|four|five|several)"
    r"\s+)(?:nouvelles?\s+|new\s+)?(?:CPTS\b|communautés\b|(?:\w+\s+){2,3}communities\b)", re.IGNORECASE)
# one CPTS, not CPTS in general: "Une CPTS pour le canton", "Création de la CPTS", "A new CPTS"
ONE_CPTS_BEFORE_RE = re.compile(r"\b(?:la|une|cette|notre|sa|l['’]|the|a|an|this|our|its)\s+"
                                r"(?:(?:nouvelle|première|deuxième|seconde|troisième|quatrième|cinquième|\d+e|new|first|"
                                r"second|third|fourth|fifth|\d+(?:st|nd|rd|th))\s+)?$"
                                # "Les soignants s'organisent en CPTS": the birth of one
                                r"|\b(?:organis|regroup|constitu|fédér|structur|rassembl)\w*\s+en\s+$", re.IGNORECASE)
PERSON_TITLE_RE = re.compile(r"\W*(?:(?i:le|la|the)\s+)?(?:Dr|Docteure?|Pr|Professeure?|Mme|Madame|Monsieur|Doctor|Mrs?|Ms|M(?=\.))\.?\s+[A-ZÀ-Ý]")
STORE_DATE_RE = re.compile(r"[ \t]*date[ \t]+\d{4}-\d{2}[ \t]*")  # " date 2023-03 ": an artefact of the copy
# a dateline or a byline alone on its line: "Rocheval, le 3 avril 2025", "Publié le 12/05/2024", "Article publié
# dans La Revue, juin 2024"
PLACE_DATE_LINE_RE = re.compile(
    rf"[ \t]*(?:(?:publié|mis\s+à\s+jour|article\s+publié|published|updated)\b[^\n]{{0,80}}|[^\n]{{0,50}}?\b\d{{1,2}}(?:er)?"
    rf"\s+{MONTHS}\s+\d{{4}}|\d{{1,2}}/\d{{1,2}}/\d{{2,4}})[ \t]*\n\s*", re.IGNORECASE)
# a dateline that opens the lead on its line: "Rocheval, le 3 mai 2024 – Le centre hospitalier ..."
DATELINE_DASH_RE = re.compile(rf"[ \t]*[^\n]{{0,50}}?\b\d{{1,2}}(?:er)?\s+{MONTHS}\s+\d{{4}}\s*[–—-]\s*", re.IGNORECASE)
TITLE_MAX = 200  # characters: a longer first line is a paragraph


def about_something_else(ctx: Context) -> bool:
    """Whether the text's title, or its lead when it has none, is on something else, or its lead names no CPTS."""
    if not ctx.sentences:
        return False
    start = _opening(ctx.text)
    title = _title(ctx.text, start)
    if title is not None and _title_on_something_else(ctx, title):
        return True
    return (title is None and _lead_on_something_else(ctx, start, ctx.sentence_at(start))) or _cpts_enter_late(ctx)


PASSING_FROM = 0.25  # share of the text: a first mention after the title and lead
PASSING_AFTER = 300  # characters: a short text's second sentence is still its lead
LEAD_SENTENCES = 3  # a title and two sentences of lead: a mention after them is past the lead, whatever the length


def in_lead(ctx: Context, sentence: Span) -> bool:
    """A sentence of the title and lead: near the text's opening (past a page's furniture), or among the first
    sentences of a text long enough."""
    opening = _opening(ctx.text)
    first = bisect.bisect_left(ctx.sentences, opening, key=lambda s: s.start)
    return sentence.start - opening < PASSING_AFTER or (
        sentence.start - opening < PASSING_FROM * (len(ctx.text) - opening)
        and sentence.start < ctx.sentences[min(first + LEAD_SENTENCES, len(ctx.sentences) - 1)].start)


def _cpts_enter_late(ctx: Context) -> bool:
    """A text whose title and lead speak of no CPTS at all, named or not."""
    first = HEAD_RE.search(ctx.text)
    return first is not None and not in_lead(ctx, ctx.sentence_at(first.start()))


def _opening(text: str) -> int:
    """Where the text itself opens: after the copy's date artefact, a dateline or a byline on lines of their own."""
    pos = len(text) - len(text.lstrip())
    store_date = STORE_DATE_RE.match(text, pos)
    if store_date:
        pos = store_date.end()
    while (line := PLACE_DATE_LINE_RE.match(text, pos) or _rubric_line(text, pos) or FURNITURE_LINE_RE.match(text, pos)) is not None:
        pos = line.end()
    dateline = DATELINE_DASH_RE.match(text, pos)
    return dateline.end() if dateline else pos


# a page's rubric or a site's name alone above the title: "Santé", "Actualités", "Infos locales" (a few words, no
# sentence, no CPTS, a blank line after)
RUBRIC_LINE_RE = re.compile(r"[ \t]*[A-ZÀ-Þ][\w'’\-]*(?:[ \t]+[\w'’\-&]+){0,3}[ \t]*\n[ \t]*\n\s*")


# a page's furniture above its title: a breadcrumb ("Accueil > Actualités > Presse"), the site's name over it, the
# label of a release ("COMMUNIQUÉ DE PRESSE"), a menu ("Home  News  Health  Contact") and the site's name over it, a
# cookie banner, the issuing body's masthead ("ARS Occitanie", "Agence Régionale de Santé", "CPAM du Gers")
# an item of a menu: words one space apart, so that the spaces between items are told from those inside one in a
# single way (a pattern that could split a run of spaces several ways takes exponential time on a wide line)
_MENU_ITEM = r"[^\s|](?:[^\s|]|[ ](?=[^\s|])){0,29}"
_MENU = rf"[ \t]*{_MENU_ITEM}(?:(?:[ \t]{{2,}}|[ \t]+\|[ \t]+){_MENU_ITEM}){{2,}}[ \t]*"
_MASTHEAD = r"(?:ARS|CPAM|Agence\s+r[ée]gionale\s+de\s+sant[ée]|(?:l['’])?Assurance\s+maladie|Caisse\s+primaire)(?:[ \t]+[\w'’-]+){0,5}[ \t]*"
FURNITURE_LINE_RE = re.compile(rf"[ \t]*(?:[^\n]*\s[>›]\s[^\n]*|[^\n]{{1,80}}(?=\n(?:[^\n]*\s[>›]\s|{_MENU}\n))|{_MENU}(?=\n)"
                               r"|[^\n]*\bcookies?\b[^\n]*|(?:communiqué(?:\s+de\s+presse)?|press\s+release)[ \t]*"
                               rf"|{_MASTHEAD})\n\s*", re.IGNORECASE)


def _rubric_line(text: str, pos: int) -> re.Match | None:
    rubric = RUBRIC_LINE_RE.match(text, pos)
    return rubric if rubric and not HEAD_RE.search(text, pos, rubric.end()) else None


def _title(text: str, start: int) -> Span | None:
    """The first line, when it is a heading: short, followed by more text, not a sentence ending in a full stop
    (unless in capitals); a headline may end in "!" or "?" ("Contrat local de santé : suivez le guide !")."""
    end = text.find("\n", start)
    if end < 0 or end - start > TITLE_MAX or not text[end:].strip():
        return None
    line = text[start:end].strip()
    if not line or (line[-1] == "." and not line.isupper()):
        return None
    return Span(start, end)


def _title_on_something_else(ctx: Context, title: Span) -> bool:
    """A title that names no CPTS and speaks of no one CPTS: of another body, a scheme or a place, or of CPTS in
    the plural with no event of theirs ("Création de quatre CPTS", "Trois CPTS signent" tell one)."""
    if ctx.mentions_in(title):
        return False
    heads = list(HEAD_RE.finditer(ctx.text, title.start, title.end))
    if heads:
        return not any(ONE_CPTS_BEFORE_RE.search(ctx.text, max(title.start, head.start() - 20), head.start())
                       for head in heads) and not _tells_an_event(ctx.text, title)
    return bool(OTHER_TOPIC_RE.search(ctx.text, title.start, title.end)) or any(
        title.start <= d.span.start < title.end for d in ctx.departments) or _opens_on_a_person(ctx, title)


def _lead_on_something_else(ctx: Context, start: int, sentence: Span) -> bool:
    """A first sentence whose subject is another body, a scheme or a place, or CPTS in general."""
    opening = LEAD_OPENING_RE.match(ctx.text, start, sentence.end)
    # "La région compte 40 CPTS, qui ...": a main clause before a relative one, no fronted phrase
    plain = ARTICLE_OPENING_RE.match(ctx.text, start, sentence.end) if RELATIVE_AFTER_COMMA_RE.match(
        ctx.text, opening.start(), sentence.end) else opening
    if any(m.span.start <= end + 1 or (m.listed_at is not None and m.listed_at <= end + 1)
           for m, _ in ctx.mentions_in(sentence) for end in (opening.end(), plain.end())):
        return False  # it opens on a CPTS
    bare = re.compile(r"\W*").match(ctx.text, start, sentence.end).end()  # "Les CPTS, créées en 2016, ...": the subject
    if any(MANY_CPTS_OPENING_RE.match(ctx.text, at, sentence.end) for at in (opening.end(), bare)):
        return not _tells_an_event(ctx.text, sentence)
    if any(re.match(rf"(?:{OTHER_TOPIC})\b", ctx.text[end:min(sentence.end, end + 60)], re.IGNORECASE)
           for end in (opening.end(), plain.end())):
        return True
    if any(p.start == opening.end() for p in ctx.persons):
        return True  # "Infirmière depuis vingt ans à Rocheval, Marie Blanc sillonne ...": a person's story
    return any(opening.end() <= d.span.start <= opening.end() + 3 for d in ctx.departments)


def _opens_on_a_person(ctx: Context, span: Span) -> bool:
    """"Le Dr Anne Roux s'installe à Rocheval", "Anne Roux, une vie au service des patients": a person's story."""
    opening = PERSON_TITLE_RE.match(ctx.text, span.start, span.end)
    return bool(opening) or any(p.start <= span.start + 4 and p.end <= span.end for p in ctx.persons)


def _tells_an_event(text: str, span: Span) -> bool:
    """The words of a CPTS's birth or contract: "Création de quatre CPTS", "Trois CPTS signent leur accord",
    "Trois CPTS signataires"."""
    return any(CUES[kind].search(text, span.start, span.end) for kind in ("launch", "aci_signature")) or bool(
        SIGNING.search(text, span.start, span.end))


# "Deux CPTS signent leur accord", "Trois nouvelles CPTS dans le Cher", "Signature de trois ACI": the number of CPTS a
# release announces in its title
ANNOUNCED_COUNT_RE = re.compile(
    r"\b(?P<count>deux|trois|quatre|cinq|six|two|three|four|five|six|[2-6])\s+(?P<new>nouvelles\s+|new\s+)?"
    r"(?:CPTS|communautés|communities|ACI|accords|contrats|agreements)\b", re.IGNORECASE)
COUNT_WORDS = {"deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "six": 6, "two": 2, "three": 3, "four": 4, "five": 5}


def announced_count(ctx: Context) -> int | None:
    """How many CPTS the title (or, without one, the first sentence) says the release is about, when it tells their
    event or calls them new."""
    if not ctx.sentences:
        return None
    start = _opening(ctx.text)
    title = _title(ctx.text, start) or ctx.sentence_at(start)
    m = ANNOUNCED_COUNT_RE.search(ctx.text, title.start, title.end)
    if m is None or not (m.group("new") or _tells_an_event(ctx.text, title)):
        return None
    count = m.group("count").lower()
    return int(count) if count.isdigit() else COUNT_WORDS[count]

