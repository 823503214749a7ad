"""Places: where a CPTS was launched, and the release's own dateline (date and place).

A launch place is a commune after "à"/"au"/"in"/"at" in a sentence that tells a launch (a launch word with its auxiliary,
a noun, or a participle opening the sentence), unless it is someone's workplace or a word that folds like a commune ("au Maire")."""
from __future__ import annotations

import bisect
import re
from itertools import islice

from ..reference import gazetteer
from ..reference.words import ARTICLE_OF_PREPOSITION
from .context import Context
from .dates import YEAR_LINE, find_dates
from ..model import Fact, Span
from .common import DATELINE, DATELINE_PLACE, UNLINKED_PLACE, Extraction, attribution_confidence
from .event_cues import Cue, find_cues
from .event_headlines import FOUNDING_ASSEMBLY as FOUNDING, headline_tells_a_birth
from .event_headlines import FULL_STOP_END, GATHERING, OWN_TIME, tells_an_official_start
from .name_words import MONTHS
from .table_columns import cell_of
from .place_links import common_word, linked_by_named_communes, linked_words, text_departments

# the town's venues where a community is launched, written before the town's name
_VENUE = (r"(?i:mairie|hôtel\s+de\s+ville|(?:sous-)?préfecture|salle\s+(?:des\s+fêtes|municipale|polyvalente|communale|du\s+conseil(?:\s+municipal|\s+communautaire)?"
          r"|des\s+séances|de\s+réunion|de\s+conférences?)|médiathèque|bibliothèque|théâtre|auditorium|cinéma|gymnase|château"
          r"|palais\s+des\s+congrès|espace\s+(?:culturel|associatif|socioculturel)|centre\s+(?:culturel|hospitalier|social"
          r"|socioculturel|des\s+congrès)|hôpital|foyer\s+(?:rural|municipal)"
          r"|maison\s+(?:de\s+(?:santé|la\s+santé)(?:\s+pluriprofessionnelle)?|des\s+associations|médicale)"
          # a care or public body's premises: "à la MSP de X", "à l'EHPAD de X", "à la CPAM de X"
          r"|(?-i:MSP|EHPAD|Ehpad|CPAM|ARS|URPS)|pôle\s+(?:de\s+)?santé"
          r"|(?:town|city|village|community)\s+hall|cultural\s+cent(?:re|er)"
          # a school, a museum, a restaurant, with an adjective: "au lycée agricole de X", "au domaine viticole de X"
          r"|(?:lycée|collège|école|IFSI|institut|faculté|campus|musée|abbaye|domaine|golf|restaurant|hôtel|halle|grange)"
          r"(?:\s+[a-zà-ÿ]{4,})?"
          # a hall named after someone: "à la salle Jean Moulin de X", "à la salle polyvalente Jean-Jaurès de X"
          r"|(?:salle|espace|maison|centre|halle)(?:\s+d['’](?-i:[a-zà-ÿ]+)|\s+(?-i:[a-zà-ÿ]{4,}))?\s+(?-i:[A-ZÀ-Ý][\w'’-]*(?:[ \t-]+[A-ZÀ-Ý][\w'’-]*){0,2}))")
# "la salle des fêtes de X": a town's venue before its name
_VENUE_OF = rf"(?:(?:la|le|l['’]|the)?\s*{_VENUE}\s+(?:de\s+|du\s+|des\s+|d['’]|of\s+))?"
# up to two small words between the capitalised ones: "L'Isle-sur-le-Doubs"
_PLACE = (r"(?P<place>[A-ZÀ-Ý][\w'’]+(?:[ \t\u00a0-]+(?:(?:sur|sous|lès|les|lez|en|de|du|des|la|le|et|aux|au|d['’]|l['’])[ \t\u00a0-]*){0,2}"
          r"[A-ZÀ-Ý][\w'’]+)*)")
PLACE_AFTER_PREPOSITION = re.compile(
    # or a town's venue: "à la mairie de X", "à la salle des fêtes d'X", "dans les locaux de la mairie de X", "en mairie de X"
    # "en la mairie de X", "dans la salle du conseil de X" (a venue after "dans"), "sur la commune de X"
    r"\b(?:(?:à|au|aux|in|at|dans\s+les\s+locaux\s+(?:de|du)|en(?:\s+la)?(?=\s+mairie)"
    r"|dans(?=\s+(?:la|le|l['’])\s*(?:salle|mairie|médiathèque|maison|espace|centre|hôtel|auditorium|amphithéâtre)\b)"
    # "dans la commune de X", "dans la ville de X", "au cœur de X", "in the town of X"
    r"|(?:sur|dans)\s+la\s+(?:commune|ville)\s+de|au\s+c(?:œ|oe)ur\s+de|in\s+the\s+(?:town|city|village|commune)\s+of)\s+"
    r"|(?:dans\s+les\s+locaux|(?:sur|dans)\s+la\s+(?:commune|ville)|au\s+c(?:œ|oe)ur)\s+d['’]\s*)"
    rf"{_VENUE_OF}{_PLACE}")
# the town (or its venue) as the host: "Montbard accueillait le lancement de ...", "Montbard hosted the launch"; it may open
# on any word and is read only where its verb stands (HOSTING_VERB)
PLACE_HOSTING = re.compile(rf"{_VENUE_OF}{_PLACE}\s+(?i:(?:a|avait)\s+(?:\w+\s+)?accueilli|accueill(?:e|ait|era)|hosted|welcomed)\b")
HOSTING_VERB = re.compile(r"accueill|hosted|welcomed", re.IGNORECASE)
# a town's venue opening the sentence of the launch: "La salle des fêtes de X affichait complet pour le lancement ..."
VENUE_OPENING = re.compile(rf"[\s«\"“]*(?i:la|le|l['’]|the)\s*{_VENUE}\s+(?:de\s+|du\s+|des\s+|d['’]|of\s+){_PLACE}")
# the ceremony of the launch told in the sentence after it: "La cérémonie s'est déroulée à X", "pour l'occasion à X"
CEREMONY_HELD = re.compile(r"\b(?:pour|à|en)\s+(?:l['’]\s*|cette\s+)occasion\b(?!\s+(?:de\b|d['’]|du\b|des\b))"
                           r"|\bfor\s+the\s+occasion\b|\b(?:la|cette|the|this)\s+(?:cérémonie|soirée|manifestation|inauguration|ceremony|event"
                           r"|celebration)\b[^.;:\n]{0,40}?\b(?:s['’]est\s+(?:tenue|déroulée)|a\s+eu\s+lieu|organisée|took\s+place|was\s+held"
                           r"|organi[sz]ed)", re.IGNORECASE)
BARE_PARTICIPLE = re.compile(r"(?:é|ée|és|ées|ed|née?s?)\Z", re.IGNORECASE)
AUXILIARY_BEFORE = re.compile(r"\b(?:est|sont|a|ont|été|sera|seront|fut|était|va|vont|was|were|is|are|been|be|has|have"
                              r"|will)\s+(?:\w+\s+){0,2}\Z", re.IGNORECASE)
# "chirurgien-dentiste à X", "médecin généraliste à X": where someone works, not a launch place
WORKPLACE_BEFORE = re.compile(
    r"(?:médecin|généraliste|pharmacien|infirmi|kinésithérapeute|masseur|dentiste|sage-femme|orthophoniste"
    r"|orthoptiste|podologue|psychologue|diététicien|ergothérapeute|psychomotricien|biologiste|radiologue|spécialiste"
    r"|exerçant|installée?s?|basée?s?|domiciliée?s?|practi(?:ce|sing)|physician|nurse|pharmacist|GP|doctor|practitioner)\w*\s+\Z", re.I)
# "son siège est situé à X", "dont les locaux sont à X": where it sits, not where it was launched
# (not a venue: "au siège de la CPAM à X", "dans les locaux de l'ARS à X", "at the headquarters of the CPAM in X")
SEAT_BEFORE = re.compile(r"\b(?<!\bau\s)(?<!\bles\s)(?<!\bthe\s)(?:siège|situé\w*|locaux|headquarter\w*|based)\b[^,.;]{0,20}\Z", re.I)
# "s'est rendu à X, à la rencontre des professionnels qui ont créé la CPTS": a relative clause's launch, X the main clause's
RELATIVE_BEFORE = re.compile(r"\b(?:qui|who|which|that)\s+(?:\w+\s+){0,2}\Z", re.IGNORECASE)
SENTENCE_OPENING = re.compile(r"(?:\A|[.!?\n])[\s«\"“]*\Z")
CLAUSE_END = re.compile(r"[,;:]")
PLACE_ASIDE = re.compile(r",\s*(?:à|au|aux|in|at)\s+(?-i:[A-ZÀ-Ý])[^,.;:\n]{0,40}(?=,)")
# "la CPTS, officiellement lancée": a participle set between commas after what it qualifies
APPOSED = re.compile(r",[ \t]*(?:(?:officiellement|officially|formally)[ \t]+)?\Z", re.IGNORECASE)
DATELINE_LINES = 10  # non-empty lines from the top where a dateline may stand
CLOSING_LINES = 4  # ... and from the end, after the press contacts: "Caen, le 6 juin 2024"
FILLED_LINE = re.compile(r"[^\n]*\S[^\n]*")
HEADER_LINES = 40  # ... or further down, above the first line of running text
PROSE_LINE = re.compile(r"(?:\S+\s+){11}\S|(?:\S+\s+){4}\S*[a-zà-ÿ]{2}[.!?][»\"”]?\s*\Z")  # a dozen words, or a sentence's end
_UPDATE_OPENING = r"(?:(?:date\s+de\s+(?:la\s+)?)?(?:dernière|fiche|page|contenu)\s+|date\s+de\s+)"  # "Dernière mise à jour :"
_LABEL = (rf"(?:{_UPDATE_OPENING}?mise?\s+à\s+jour|publié|publiée|publication|paru|parue|rédigée?|écrite?|mise?\s+en\s+ligne|créée?\s+le\s*:|modifié|actualisé|posted"
          r"|postée?|published|updated|last\s+updated|date(?:\s+de\s+(?:publication|parution|mise\s+en\s+ligne))?)"
          r"(?:\s+(?:le|on|du|en|in))?(?:\s*:)?"
          r"|(?:article\s+)?(?:publié|paru)e?\s+dans\s+[^,\n]{1,80}?\s*[,:–-]"
          r"|(?:communiqué(?:\s+de\s+presse)?|article|édition|actualité|brève|news)\s+du"
          # the source of a copied article: "Source : Le Courrier de Montval, 12 mars 2024"
          r"|source\s*:\s*[^,\n]{1,80}?\s*[,–-]"
          # an issue's date: "Dossier de presse – mars 2023", "Lettre d'information n°12 – mars 2023", "Magazine - N° 52 - mai 2024"
          r"|(?:[^\n]{0,40}?\s)?(?:dossier\s+de\s+presse|lettre\s+d['’]\s*(?:information|info)|newsletter|bulletin(?:\s+d['’]information)?"
          r"|press\s+kit)(?:\s+n[°o]\s*\d+)?\s*[:|–—-]|(?:[^\n]{0,60}?\s)?(?:n[°o]|numéro)\s*\d{1,4}\s*[:|–—-]"
          r"|(?:actualité|article|news|billet)\s+(?:publiée?|parue?|rédigée?|écrite?|posted|published)(?:\s+(?:le|on))?")
# a line that opens with a publication label, further down than DATELINE_LINES ("Date : 12 mars" there is an event's)
LABEL_LINE = re.compile(rf"^[ \t]*(?:(?:article|actualité)\s+|{_UPDATE_OPENING}(?=mise?\s+à\s+jour))?"
                        r"(?:publiée?|parue?|mise?\s+en\s+ligne|mise?\s+à\s+jour|posted|published|updated)\b[^\n]*", re.IGNORECASE | re.MULTILINE)
UPDATE_LABEL = re.compile(rf"{_UPDATE_OPENING}?mise?\s+à\s+jour|modifié|actualisé|updated|last", re.IGNORECASE)
# the words a label opens with: a byline's author stops before them, a field starts at them ("Modifié le ... Publié le")
_LABEL_START = r"(?:publiée?|parue?|mise?\s+(?:à\s+jour|en\s+ligne)|modifiée?|actualisée?|posted|published|updated)\b"
LABEL_START = re.compile(rf"(?<!\w){_LABEL_START}", re.IGNORECASE)
# the department after a dateline's place: "Rennes (35)", "Montbard (Côte-d'Or)"
_DEPARTMENT_BRACKET = r"(?:\s*\((?:\d[\dAB]\d?|[A-ZÀ-Ý][\w'’ -]{1,30})\))?"
_AUTHOR_WORD = rf"(?!{_LABEL_START}|(?:le|on)\b)[^\s,|–]+"
DATELINE_PREFIX = re.compile(
    # a byline's author: "Par Jeanne Martin, ", "Rédigé par Jeanne Martin le "
    r"^\s*(?:(?:(?:article\s+|actualité\s+)?(?:rédigée?|écrite?|publiée?|postée?|mise?\s+en\s+ligne|written|posted|published)\s+)?(?:par|by)\s+"
    rf"{_AUTHOR_WORD}(?:[ \t]+{_AUTHOR_WORD}){{0,6}}?(?:\s*[,|–-]\s*|[ \t]+(?=(?:le|on)\s|{_LABEL_START})))?"
    # "Press release – Paris, ...", a rubric: "Actualité – 4 mai 2023"
    r"(?:(?:communiqué(?:\s+de\s+presse)?|press\s+release|news\s+release|actualités?|news|infos?)(?:\s+n[°o]\s*\d+)?\s*[:|–—-]\s*"
    r"|\[\s*(?:communiqué(?:\s+de\s+presse)?|press\s+release|actualités?|news|infos?)\s*\]\s*[:|–—-]?\s*)?"
    r"(?:(?!(?:article|publié|paru|mis|modifié|actualisé|rédigé|écrit|date|published|posted|updated|communiqué|actualité|dossier|lettre|newsletter"
    r"|bulletin|press\s+kit)\b)"
    rf"(?P<place>(?![^,.–\n]*?\b(?:newsletter|bulletin|magazine)\b)[A-ZÀ-Ý][\w'’ -]{{1,40}}?(?={_DEPARTMENT_BRACKET}\s*[,.–-](?!\s*(?:n[°o]|numéro)\s*\d))|"
    # without a comma, a place's capitalised words: "Rennes le 4 mai 2023", "Saint-Malo le 4 mai 2023"
    r"(?-i:[A-ZÀ-Ý][\w'’-]*(?:[ -](?:(?:sur|sous|en|lès|de|du|des|la|le)[ -])?[A-ZÀ-Ý][\w'’-]*){0,3})(?=[ \t]+le[ \t]))"
    rf"{_DEPARTMENT_BRACKET}(?:,[ \t]*France)?(?:\s*[,.–-]\s*|[ \t]+(?=le[ \t]))"  # "Rennes (35) – ", "Rennes, France – "
    # "La Revue Soignante / Avril 2021", "N° 27 • Octobre 2024", a breadcrumb "Accueil > Actualités > "
    r"|(?P<masthead>[A-ZÀ-Ý][^/|>›•·\n]{2,60}?\s+[/|>›•·]\s*(?:[^/|>›•·\n]{2,40}?\s+[/|>›•·]\s*)*"
    r"|(?-i:[A-ZÀ-Ý][A-ZÀ-Ý'’ -]{2,40}[A-ZÀ-Ý])(?:\t+|[ ]{2,})))?"  # a kicker in capitals: "VAL-D'OISE  10/04/2025"
    rf"(?:(?P<label>{_LABEL})\s*|(?:le|on)\s+)?"
    r"(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday)\s*,?\s+)?$", re.IGNORECASE)
# what may follow the date on its line: an hour ("à 09h12", "- 10:32", "at 9:12 am", "10:05:33", "T10:05:00+01:00")
TIME_TAIL = re.compile(r"\s*(?:[,.–|-]\s*)?(?:(?:à|at|-|T)\s*)?(?:\d{1,2}\s*(?:h|:)\s*\d{0,2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?)?"
                       r"(?:Z|[+-]\d{2}:?\d{2})?\s*[.,]?\s*", re.IGNORECASE)
# "12 mars 2024 par La Rédaction", "à 14h32 par Jeanne Martin, ARS Bretagne"
BYLINE_TAIL = re.compile(r"(?:\s*(?:à|at)\s*\d{1,2}\s*(?:h|:)\s*\d{0,2})?\s*[,|–-]?\s*(?i:par|by)\s+[A-ZÀ-Ý][^\n.,;]{0,50}"
                         r"(?:,\s*[A-ZÀ-Ý][^\n.,;]{0,40})?")
# "4 mai 2023 – Mâcon": the place after the date
PLACE_TAIL = re.compile(r"\s*[,–—-]\s*(?-i:[A-ZÀ-Ý])[\w'’-]+(?:[ -](?:(?:sur|sous|en|lès|de|du|des|la|le)[ -])?(?-i:[A-ZÀ-Ý])[\w'’-]+){0,3}"
                        rf"{_DEPARTMENT_BRACKET}\s*")
LATER_LABEL_TAIL = re.compile(rf"(?:\s*(?:à|at|-)?\s*\d{{1,2}}\s*[h:]\s*\d{{0,2}})?\s*[,.–|•-]?\s*{_LABEL_START}", re.IGNORECASE)
# "12/03/2024 Communiqué de presse": the rubric after the date
RUBRIC_TAIL = re.compile(r"\s*[|:–—-]?\s*(?:communiqué(?:\s+de\s+presse)?|press\s+release|actualités?|news)\s*", re.IGNORECASE)
# nothing before the date but "le" and a weekday: "Le 12 mars 2024 – Jeanne Martin", "4 mai 2023 – Mâcon"
BARE_PREFIX = re.compile(r"\s*(?:(?:le|on)\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday"
                         r"|wednesday|thursday|friday|saturday|sunday)\s*,?\s+)?", re.IGNORECASE)
READING_TIME = re.compile(r"(?:\s*(?:à|at)\s*\d{1,2}\s*[h:]\s*\d{0,2})?\s*[–—-]\s*(?:(?:temps\s+de\s+)?lecture|reading\s+time)?\s*:?\s*"  # "Temps de lecture : 2 min"
                          r"\d{1,2}\s*min(?:utes?)?\.?(?:\s+(?:de\s+lecture|read))?\s*", re.IGNORECASE)
SEPARATOR = re.compile(r"\s[|·•/]\s|[ \t]{3,}|\t")  # fields of a line, or its columns far apart
# "Publié par Jeanne Martin le ...": a publication label before its author
BYLINE = re.compile(r"\s*(?:(?:rédigée?|écrite?|publiée?|postée?|written|posted|published)\s+)?(?:par|by)\s+\S", re.IGNORECASE)
PUBLISHED_BY = re.compile(r"\s*(?:publiée?|postée?|mise?\s+en\s+ligne|posted|published)\s+(?:par|by)\s", re.IGNORECASE)
# a news agency or a department in brackets after the date: "Montbard, le 12 mars 2024 (AFP) – ..."
SOURCE_BRACKET = re.compile(r"[ \t]*\([^()\n]{1,30}\)")
# a page's furniture after the date: its address, or short fields between dashes or bars
# ("12 mars 2024 https://...", "Mis à jour le 12/03/2024 - Santé Social - 3 min")
URL_TAIL = re.compile(r"\s*(?:https?://|www\.)\S+\s*", re.IGNORECASE)
# (a field's word never starts with a dash, so that a dash between spaces is always a separator)
FURNITURE_TAIL = re.compile(r"(?:[ \t]*[–—|·•-][ \t]+[^\s.!?–—|·•-][^\s.!?–—|·•]*(?:[ \t]+[^\s.!?–—|·•-][^\s.!?–—|·•]*){0,3})+[ \t]*")
DASH_THEN_TEXT = re.compile(r"\s*[–—-]\s+\S")
# "Mâcon, 4 octobre 2023. Les CPTS ...": after a place's name alone (not "La CPTS a signé à Mâcon, le ...")
PERIOD_THEN_TEXT = re.compile(r"\.[ \t]+[A-ZÀ-Ý]")
PLACE_WORDS = re.compile(r"(?:[A-ZÀ-Ý][\w'’-]*|sur|sous|en|lès|de|du|des|la|le|l['’]|d['’])(?:[ -]+(?:[A-ZÀ-Ý][\w'’-]*|"
                         r"sur|sous|en|lès|de|du|des|la|le))*")
# a link to another article: "Lire aussi : ... (publié le 4 mai 2023)" dates that article
RELATED_ARTICLE = re.compile(r"\s*(?:lire\s+aussi|à\s+lire\s+(?:aussi|également)|voir\s+aussi|sur\s+le\s+même\s+sujet|read\s+(?:also|more)"
                             r"|related|see\s+also)\b", re.IGNORECASE)
# the copy's " date 2023-03 " at the very start of a stored page: no dateline
STORE_ARTEFACT = re.compile(r"^\s*date\s+\d{4}-\d{2}\b\s*")
# a month and year alone on a line: a cover's date ("PROJET DE SANTÉ / CPTS X / Juin 2023") when the
# text has no other, a timeline's step when it has several
MONTH_LINE = re.compile(rf"^[ \t]*{MONTHS}[ \t]+\d{{4}}[ \t]*$", re.IGNORECASE | re.MULTILINE)


def extract_launch_places(ctx: Context, result: Extraction) -> None:
    text, gaz = ctx.text, gazetteer.load()
    cues = {sentence: find_cues(text, sentence.start, sentence.end, kinds=("launch", "aci_signature", "statutes"))
            for sentence in ctx.sentences}
    # a birth told by the headline over a contract's signature; a text that tells no launch: its founding assembly, else contract
    headline_end = headline_tells_a_birth(text) or 0
    by_contract = not any(_tells_a_launch(text, c) and c.start > headline_end for found in cues.values() for c in found)
    founded = by_contract and not headline_end and any(FOUNDING.search(text, c.start, c.end) and _place_candidates(text, s.start, s.end)
                                                       for s, found in cues.items() for c in found)
    told_before = False
    for n, sentence in enumerate(ctx.sentences):
        telling = [cue for cue in cues[sentence] if (_tells_a_launch(text, cue) and not _a_persons_birth(ctx, cue))
                   or (by_contract and (cue.kind == "aci_signature" and not founded or FOUNDING.search(text, cue.start, cue.end)))]
        if not telling and told_before and (venue := CEREMONY_HELD.search(text, sentence.start, sentence.end)):
            # "La CPTS a été lancée le 2 juin. La cérémonie s'est déroulée à Mâcon.": the launch's ceremony
            telling = [Cue("launch", venue.start(), venue.end())]
        if not telling and _signed_at_the_launch_beside(ctx, cues, n):
            # "La CPTS a été officiellement lancée le 3 mars. Montbard accueillait la signature de son ACI."
            telling = [c for c in cues[sentence] if c.kind == "aci_signature"]
        told_before = bool(telling)
        if telling and all(_undated_birth_noun(text, cue, sentence) for cue in telling):
            # "Création d'une CPTS à Montbard": where the community is, not where an event took place; but "Un contrat
            # relatif à la création de la CPTS a été signé à Épinal": the contract of its birth, signed there
            telling = [c for c in cues[sentence] if c.kind == "aci_signature"]
        if not telling:
            continue
        start, end = sentence.start, sentence.end
        if all(_opening_participle(text, cue) or _apposed_participle(text, cue) for cue in telling):
            # "Lancée le 2 juin à Mâcon, la CPTS ...", "La CPTS, lancée à Mâcon, regroupe ...": the participle's own
            # clause; not "..., la CPTS a son siège à X"
            comma = CLAUSE_END.search(text, telling[-1].end, sentence.end)
            aside = PLACE_ASIDE.match(text, comma.start()) if comma else None  # "Née le 23 novembre, à Ydes, la CPTS"
            end = aside.end() if aside else comma.start() if comma else sentence.end
            if not all(_opening_participle(text, cue) for cue in telling):
                start = telling[0].start
        relatives = [RELATIVE_BEFORE.search(text, max(sentence.start, cue.start - 30), cue.start) for cue in telling]
        start = min(r.start() for r in relatives) if all(relatives) else start
        span, commune = _first_place(ctx, gaz, start, end)
        owner = span
        beside = _where_it_took_place(ctx, cues, n) if commune is None and FULL_STOP_END.search(text, sentence.start, end) \
            and not find_dates(text[sentence.start:end]) else None
        if beside is not None:
            # "Le 3 mars, élus et soignants se sont retrouvés à Montbard. La CPTS y a été lancée.": the gathering's place;
            # "Le 3 mars, la CPTS a signé son ACI à Montbard. Elle est ainsi officiellement lancée.": the signature's
            span, commune = _first_place(ctx, gaz, beside.start, beside.end)
            owner = Span(telling[0].start, telling[0].end)
        key = ctx.target_for(owner) if commune is not None else None
        if key:
            result.cpts[key].launch_places.append(Fact(commune, span, confidence=attribution_confidence(ctx, span, key)))


def _first_place(ctx: Context, gaz, start: int, end: int) -> tuple[Span | None, gazetteer.Commune | None]:
    """The first commune of text[start:end] after a preposition or as a host, not a workplace or a seat."""
    text = ctx.text
    for m in _place_candidates(text, start, end):
        if ctx.inside_name(m.start("place")) or WORKPLACE_BEFORE.search(text, max(0, m.start() - 40), m.start()) \
                or SEAT_BEFORE.search(text, max(0, m.start() - 40), m.start()):
            continue
        article = ARTICLE_OF_PREPOSITION.get(text[m.start():m.start("place")].strip().lower(), "")  # "au Mans": Le Mans
        name, commune, linked = linked_words(gaz, m.group("place"), text_departments(ctx), article)
        if commune is None:  # "inaugurée à Arques", a name three departments share: the one of the text's communes
            name, commune = linked_by_named_communes(gaz, m.group("place"), text)
            linked = name
        if commune is None or gaz.find_department(name) or common_word(linked, commune):
            continue
        return Span(m.start("place"), m.start("place") + len(name)), commune
    return None, None


def _signed_at_the_launch_beside(ctx: Context, cues: dict, n: int) -> bool:
    """Whether the n-th sentence tells the contract signed, without a date of its own nor another time, beside a sentence
    that tells the community's official start."""
    text, sentence = ctx.text, ctx.sentences[n]
    if not any(c.kind == "aci_signature" for c in cues[sentence]) or find_dates(text[sentence.start:sentence.end]) \
            or OWN_TIME.search(text, sentence.start, sentence.end):
        return False
    return any(0 <= m < len(ctx.sentences) and any(_tells_a_launch(text, c) for c in cues[ctx.sentences[m]])
               and tells_an_official_start(text, ctx.sentences[m].start, ctx.sentences[m].end) for m in (n - 1, n + 1))


def _where_it_took_place(ctx: Context, cues: dict, n: int) -> Span | None:
    """The sentence beside the n-th (which tells a launch without a date or a place) that tells on a day a gathering
    (the sentence before) or the contract's signature (either side)."""
    text, sentences = ctx.text, ctx.sentences
    for m in (n - 1, n + 1):
        if not 0 <= m < len(sentences):
            continue
        if not any(d.precision == "day" for d in find_dates(text[sentences[m].start:sentences[m].end])):
            continue
        if (m == n - 1 and GATHERING.search(text, sentences[m].start, sentences[m].end)) \
                or any(c.kind == "aci_signature" for c in cues[sentences[m]]) \
                and tells_an_official_start(text, sentences[n].start, sentences[n].end):
            return sentences[m]
    return None


def _place_candidates(text: str, start: int, end: int) -> list[re.Match]:
    """The places after a preposition, the hosting places and a venue opening text[start:end], in the order of the text."""
    found = list(PLACE_AFTER_PREPOSITION.finditer(text, start, end))
    found += PLACE_HOSTING.finditer(text, start, end) if HOSTING_VERB.search(text, start, end) else []
    opening = VENUE_OPENING.match(text, start, end)
    return sorted(found + ([opening] if opening else []), key=lambda m: m.start("place"))


# "Jeanne Martin, née en 1975 à Montbard", "Jeanne Martin est née à Montbard"
BORN = re.compile(r"née?s?\b|born\b", re.IGNORECASE)
AFTER_A_PERSON = re.compile(r"[ \t]*,?[ \t]*(?:est|était|was|is)?[ \t]*")


def _a_persons_birth(ctx: Context, cue: Cue) -> bool:
    """Whether a birth word follows a person's name: the person's birthplace, not the community's."""
    return bool(BORN.match(ctx.text, cue.start)) and any(
        person.end <= cue.start and AFTER_A_PERSON.fullmatch(ctx.text, person.end, cue.start) for person in ctx.persons)


BIRTH_NOUN = re.compile(r"création|naissance|fondation|constitution|creation|birth|foundation", re.IGNORECASE)


def _undated_birth_noun(text: str, cue: Cue, sentence: Span) -> bool:
    """A birth named by its noun in a sentence without a date: no event told at a place."""
    return bool(BIRTH_NOUN.fullmatch(text, cue.start, cue.end)) and not find_dates(text[sentence.start:sentence.end])


def _opening_participle(text: str, cue: Cue) -> bool:
    before = text[max(0, cue.start - 40):cue.start]
    return bool(BARE_PARTICIPLE.search(text, cue.start, cue.end) and SENTENCE_OPENING.search(before)
                and not AUXILIARY_BEFORE.search(before))


def _apposed_participle(text: str, cue: Cue) -> bool:
    return bool(BARE_PARTICIPLE.search(text, cue.start, cue.end) and APPOSED.search(text[max(0, cue.start - 40):cue.start]))


def _tells_a_launch(text: str, cue: Cue) -> bool:
    """A launch is what the sentence tells, not a participle that qualifies the CPTS: "la CPTS,
    créée le 2 juin, a tenu son assemblée à X" tells of a meeting at X."""
    if cue.kind != "launch":
        return False
    if not BARE_PARTICIPLE.search(text, cue.start, cue.end):
        return True
    before = text[max(0, cue.start - 40):cue.start]
    # "Lancée le 2 juin à Mâcon, la CPTS ...": a participle that opens the sentence tells it; "La CPTS, lancée à
    # Mâcon, regroupe ...": one in apposition tells it in its own clause
    return bool(AUXILIARY_BEFORE.search(before) or SENTENCE_OPENING.search(before) or APPOSED.search(before))


def find_dateline(ctx: Context) -> tuple[Fact | None, Fact | None]:
    """The release's own date and place, from a line near the top: "Mâcon, le 4 octobre 2023", "Publié le 4 octobre
    2023 à 09h12", "Mis à jour le ...", "Article publié dans <revue>, octobre 2023", "<Revue> / Octobre 2023", or a date
    alone under a rubric. A publication label wins, then a place, then a date alone, then an update; several dates
    alone on their lines are a timeline. A date in a sentence is an event's, never the release's."""
    text = ctx.text
    lines = _header_lines(text)
    top_end = lines[-1].end() if lines else 0
    lines += [m for m in LABEL_LINE.finditer(text, top_end)]
    month_lines = len(MONTH_LINE.findall(text))  # one alone may be a cover's date; several, a timeline's
    found = [c for n, line in enumerate(lines) for c in _dateline_candidates(ctx, line, month_lines == 1)  # (not a table's
             if (n < DATELINE_LINES or not _event_label(c[2])) and (c[0][0] == PUBLISHED_LABEL  # cell, but "By A | date")
                                                                  or cell_of(text, c[1].span.start, c[1].span.end) is None)]
    # a release may close on its place and date ("Caen, le 6 juin 2024" under the press contacts)
    closing = list(FILLED_LINE.finditer(text, top_end))[-CLOSING_LINES:]
    found += [c for line in closing for c in _dateline_candidates(ctx, line) if c[2].group("place")]
    bare = [c for c in found if c[0][0] == BARE]
    if len(bare) > 1 or bare and month_lines + len(YEAR_LINE.findall(text)) > 1:
        found = [c for c in found if c[0][0] != BARE]  # dates alone on their lines ("Mars 2020", "2021"): a timeline
    if not found:
        return None, None
    rank, published, prefix, line_start = min(found, key=lambda c: c[0])
    return published, _dateline_place(ctx, prefix, line_start)


def _event_label(prefix: re.Match) -> bool:
    """"Date : 12 mars 2024" under a menu, down from the page's top, is an event's date."""
    label = prefix.group("label")
    return label is not None and label.strip(" \t:").casefold() == "date"


def _header_lines(text: str) -> list[re.Match]:
    """The non-empty lines where a dateline may stand: the first DATELINE_LINES, and past them the
    short lines of a site's menu and heading, down to the first line of running text."""
    lines = []
    for line in islice((m for m in re.finditer(r"[^\n]+", text) if m.group().strip()), HEADER_LINES):
        if len(lines) >= DATELINE_LINES and PROSE_LINE.search(line.group()):
            break
        lines.append(line)
    return lines


def _dateline_candidates(ctx: Context, line: re.Match, cover: bool = False) -> list[tuple]:
    """(rank, date fact, prefix match, line start) for each dateline reading of one line."""
    words = STORE_ARTEFACT.sub("", line.group(), count=1) if line.start() == 0 else line.group()
    if RELATED_ARTICLE.match(words):
        return []
    shift = len(line.group()) - len(words)
    out = []
    separator_ends = [m.end() for m in SEPARATOR.finditer(words)]
    labels = list(LABEL_START.finditer(words))  # read once a line: a line may hold many dates
    label_ends = [m.end() for m in labels]
    for date in find_dates(words, ctx.lang):
        if date.year is None or date.month is None:
            continue
        # the whole line before the date, else its last field: "Mis à jour le ... | Publié le ", "Modifié le
        # ... Publié le "
        last = bisect.bisect_right(separator_ends, date.start)
        fields = [0] + separator_ends[last - 1:last] if last else [0]
        last_label = bisect.bisect_right(label_ends, date.start)  # the last label before the date
        if last_label and labels[last_label - 1].start() > fields[-1]:
            fields.append(labels[last_label - 1].start())
        for cut in fields:
            before, after = words[cut:date.start], words[date.end:]
            prefix = DATELINE_PREFIX.match(before)
            if prefix is not None:
                break
        if prefix is None:
            continue
        labelled = prefix.group("label") is not None
        if not _tail_allowed(prefix, after):
            continue
        if any(map(_names_an_event, (prefix.group("masthead"), prefix.group("place"), prefix.group("label")))):
            continue  # "Lettre d'intention | mars 2019", "Assemblée générale – 12 mars 2024", "Réunion n°3 – mai 2024": event dates
        if date.precision != "day" and not (labelled or prefix.group("masthead") or
                                            cover and not before.strip() and not _dated_below(ctx, date)):
            continue  # a bare "Mars 2020" line may head a timeline, or the event told below it
        rank = (_kind_of_dateline(prefix), line.start())
        start = line.start() + shift
        fact = Fact(date, Span(start + date.start, start + date.end), date.precision, confidence=DATELINE)
        out.append((rank, fact, prefix, start + cut))
    return out


# a meeting's words: "Assemblée générale – 12 mars 2024" heads an event, it is no place or masthead
EVENT_HEADING = re.compile(r"\b(?:assemblée|réunion|forum|journée|conférence|soirée|webinaire|webinar|séminaire|colloque"
                           r"|atelier|rencontre|cérémonie|salon|congrès|meeting|assembly|conference|workshop|événement"
                           r"|évènement|event|permanence|formation|dépistage|vaccination|campagne|débat|table\s+ronde"
                           r"|portes\s+ouvertes|animation|session|visite|présentation|training|screening)s?(?![\w'’-])",
                           re.IGNORECASE)  # not "Salon-de-Provence"


def _names_an_event(words: str | None) -> bool:
    """Whether the words before a date name an event: one of the CPTS's steps or a meeting."""
    return bool(words) and bool(EVENT_HEADING.search(words) or find_cues(words, 0, len(words), in_label=True))


def _dated_below(ctx: Context, date) -> bool:
    """"Octobre 2023" over "la CPTS a été lancée le 2 octobre 2023": the month of an event told below."""
    return sum(d.year == date.year and d.month == date.month for d in find_dates(ctx.text, ctx.lang)) > 1


PUBLISHED_LABEL, PLACE_AND_DATE, BARE, UPDATED_LABEL = range(4)  # which dateline wins, first first


def _kind_of_dateline(prefix: re.Match) -> int:
    label = prefix.group("label")
    if label is not None:
        return UPDATED_LABEL if UPDATE_LABEL.match(label) else PUBLISHED_LABEL
    if BYLINE.match(prefix.group()):
        return PUBLISHED_LABEL  # "Par Anne Roux le 18-09-2023": the author's own date, over a reader's signed comment
    return PLACE_AND_DATE if prefix.group("place") or prefix.group("masthead") else BARE


def _tail_allowed(prefix: re.Match, after: str) -> bool:
    """What may follow a dateline's date on its line: an hour; the page's furniture; the first words of the
    release after a dash ("Mâcon, le 4 octobre 2023 (AFP) – Les CPTS ..."); anything after "Publié le"."""
    label = prefix.group("label")
    if label is not None and not UPDATE_LABEL.match(label) or PUBLISHED_BY.match(prefix.group()):
        return True
    if URL_TAIL.fullmatch(after) or FURNITURE_TAIL.fullmatch(after) and not _names_an_event(after):
        return True
    source = SOURCE_BRACKET.match(after)
    text_after = after[source.end():] if source else after
    if prefix.group("place") and (DASH_THEN_TEXT.match(text_after) or PERIOD_THEN_TEXT.match(text_after)
                                  and PLACE_WORDS.fullmatch(prefix.group("place").strip())):
        return True
    if LATER_LABEL_TAIL.match(after):
        return True  # "Le 12/03/2024 à 10:05 - Modifié le 13/03/2024": the update follows the release's date
    # what stands after a bar or a dot is the page's furniture: "| Santé", "· 3 min de lecture"
    head = SEPARATOR.split(after, maxsplit=1)[0]
    return bool(TIME_TAIL.fullmatch(head) or BYLINE_TAIL.fullmatch(head) or READING_TIME.fullmatch(head)
                or RUBRIC_TAIL.fullmatch(head)
                or BARE_PREFIX.fullmatch(prefix.group()) and PLACE_TAIL.fullmatch(head) and not _names_an_event(head))


def _dateline_place(ctx: Context, prefix: re.Match, line_start: int) -> Fact | None:
    if not prefix.group("place"):
        return None
    name = prefix.group("place").strip()
    commune = gazetteer.load().link_commune(name, [ctx.default_department] if ctx.default_department else [])
    if commune is None:
        commune = gazetteer.load().link_commune(name)
    span = Span(line_start + prefix.start("place"), line_start + prefix.start("place") + len(name))
    return Fact(commune if commune else name, span, confidence=DATELINE_PLACE if commune else UNLINKED_PLACE)
