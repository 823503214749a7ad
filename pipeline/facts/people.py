"""People of a CPTS and their role (président, coordinatrice, ...).

A role word is read with what follows it: "présidente de la CPTS", "coordinatrice CPTS" and
"président du conseil d'administration" are roles in the CPTS; "directeur général de l'ARS" or
"vice-président de l'URPS" are roles elsewhere and are left out. A role with nothing after it
("X, présidente.") counts when its sentence speaks of a CPTS. The person is then looked for
before the role, in apposition ("Jean Dupont, pharmacien à Nîmes et président de ...", "Jean
Dupont est le président ...", a signature's line above) or after it ("la présidente de la CPTS,
le Dr Anne Durand", "son président Jean Dupont"); verbs and nouns of office give the role too
("présidée par", "que préside", "qui préside la CPTS", "élue à la présidence de", "led by").
A name is a run of capitalised words that spaCy reads as a person, or that a title (Dr, Mme)
or a surname in capitals vouches for.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..reference import gazetteer
from .context import Context
from ..model import Fact, Span
from .common import Extraction
from .patterns import matches_in
from .person_facts import person_fact
from .table_columns import column_holders
from .role_words import (
    AT_THE_ORIGIN, ATTACHED_BEFORE, BOARD_OFFICES, CARRIES_PROJECT, CLAUSE_PRONOUN, CPTS_BEFORE, CPTS_CUE,
    CPTS_WORD, DEFINITE_PROFESSION, FEMININE_SUBJECT, FRONTED_ASIDE, HOLDER_NOUN, HOLDER_PRONOUN_VERB, HOLDER_VERB,
    INVOLVED, LATTER_SUBJECT, NEEDS_CPTS_AFTER, OFFICE_STEMS, ORIGIN_HOLDER, ORIGIN_VERB_BEFORE, OTHER_BODY, OTHER_BODY_BEFORE, OWNER_BEFORE,
    PROFESSION_BEFORE, PROJECT_ARTICLE, ROLE_RE, ROLE_STEMS, kept_qualifier)
from .person_names import Name, names_in
from .person_regions import role_verbs_in, role_words_in
from .role_clauses import RELATIVE_BEFORE_ROLE, clause_holders
from .role_fronted import (board_listed_after, elected_to_offices, fronted_elections, fronted_heads, fronted_offices,
                           line_start, origin_listed_after)
from .role_bodies import (PROJECT_ALONE, label_is_the_cptss, mention_near, nearest_body_is_cpts,
                          verb_defers_to_office, what_follows)
from .role_holders import (Role, is_apposition, last_body_is_cpts, names_after,
                           names_listed_before, people_of)
from .role_antecedents import pronoun_holder_of
from .role_topic import about_the_cpts


def extract_people(ctx: Context, result: Extraction) -> None:
    found: dict[tuple[str, str], tuple[int, Fact]] = {}
    for role in _roles(ctx):
        held = clause_holders(ctx, role) or people_of(ctx, role)
        for name, apposition in held:
            if role.of_cpts or not _agent_of_other_body(ctx, name):
                _keep(found, *person_fact(ctx, role, name, apposition))
        for name, partner_role in _partners_after(ctx, role) if held else []:
            _keep(found, *person_fact(ctx, partner_role, name, ""))
    for m in role_verbs_in(ctx.text):
        if _subject_is_cpts(ctx, m):
            for name in names_after(ctx, m.end(), cued=ctx.lang == "en"):  # the French model misses English names
                # "portée par deux coprésidents, A et B"; "lancée par A, directrice de l'ARS": another body's
                if not (ROLE_RE.search(ctx.text, m.end(), name.span.start)
                        or verb_defers_to_office(ctx, m, name.span.end)):
                    _keep(found, *_verb_fact(ctx, m, name))
    for name, m in _holders_before_verbs(ctx):
        _keep(found, *_verb_fact(ctx, m, name))
    for name, role in [*fronted_heads(ctx), *origin_listed_after(ctx), *fronted_offices(ctx), *elected_to_offices(ctx),
                       *fronted_elections(ctx)]:
        _keep(found, *person_fact(ctx, role, name, ""))
    for name, role in [*_involved(ctx), *board_listed_after(ctx)]:  # a member, unless the text gives the person an office
        key, rank, fact = person_fact(ctx, role, name, "")
        if fact is not None and (key, gazetteer.fold(fact.value["name"])) not in found:
            _keep(found, key, rank, fact)
    for name, role in [*_project_carriers(ctx), *column_holders(ctx)]:
        _keep(found, *person_fact(ctx, role, name, ""))
    for (key, _), (_, fact) in sorted(found.items(), key=lambda item: item[1][1].span.start):
        result.cpts[key].people.append(fact)


def _partners_after(ctx: Context, role: Role) -> list[tuple[Name, Role]]:
    """"Anne Durand, co-présidente avec Jean Dupont": the other holder of a shared office, whose gender
    is the name's own."""
    partner = CO_HOLDER_AFTER.match(ctx.text, role.span.end) if _shared_office(role) else None
    if partner is None:
        return []
    partner_role = replace(role, span=Span(partner.start(), partner.end()), feminine_word=False)
    return [(name, partner_role) for name in names_after(ctx, partner.end())[:1]]


def _agent_of_other_body(ctx: Context, name: Name) -> bool:
    """ "La CPAM était représentée par Anne Roux, directrice": the agent of a verb whose subject is another body holds
    the bare role after the name in that body."""
    return bool(AGENT_BEFORE.search(ctx.text, max(0, name.span.start - 12), name.span.start)) and \
        not nearest_body_is_cpts(ctx, name.span.start, name.span.start, when_none=True)


def _shared_office(role: Role) -> bool:
    return role.masculine.startswith("co") and not role.masculine.startswith(("coord", "coo"))


def _keep(found: dict, key: str | None, rank: int, fact: Fact | None) -> None:
    """One entry per person and CPTS: the role stated with the CPTS's name wins."""
    if key is None or fact is None:
        return
    ident = (key, gazetteer.fold(fact.value["name"]))
    if ident not in found or rank > found[ident][0]:
        found[ident] = (rank, fact)


# --- roles ------------------------------------------------------------------------------------
def _roles(ctx: Context):
    text = ctx.text
    places = _respective_places(ctx)
    for m in role_words_in(text):
        i = next(int(g[1:]) for g, v in m.groupdict().items() if v and re.fullmatch(r"r\d+", g))
        masculine, feminine = ROLE_STEMS[i][1]
        if m.group("prefix"):  # as written: "coprésidente", "co-présidente"
            prefix = "co" if m.group("prefix").lower().startswith("co") else "vice"
            prefix += "-" if "-" in m.group("prefix") or prefix == "vice" else ""
            masculine, feminine = prefix + masculine, prefix + feminine
        place = places.get(m.start())
        respective = place is not None and m.group("second")
        if m.group("second") and not respective:  # as written, in the gender of the first: "directrice-coordinatrice"
            second = _office_forms(m.group("second").lstrip("-").split()[-1])
            joint = "-" if m.group("second").startswith("-") else " et "
            masculine, feminine = masculine + joint + second[0], feminine + joint + second[1]
        if m.group("former"):
            written = m.group("former").lower()  # "ex-présidente": the feminine "ancienne"
            former = "ancien " if written.startswith("ancien") and not written.startswith("ancienne") else "ancienne "
            masculine, feminine = "ancien " + masculine, former + feminine
        kept = kept_qualifier(text, m.end())
        if kept:  # "coordinatrice sociale": the qualifier is part of the office
            masculine, feminine = f"{masculine} {kept.masculine}", f"{feminine} {kept.feminine}"
        end, of_cpts, key, elsewhere = what_follows(ctx, m.end())
        owner = _owner_before(ctx, m.start())
        if elsewhere or owner == "other":
            continue
        if ROLE_STEMS[i][1][0] == "membre" and not of_cpts:
            continue  # "ses membres": the CPTS's members, no one named
        if owner == "cpts" and key is None:  # "Sa présidente": the CPTS spoken of, not one the sentence names later
            key = _spoken_of(ctx, m.start())
        of_cpts = of_cpts or owner == "cpts"
        if not of_cpts and (ROLE_STEMS[i][1][0] in NEEDS_CPTS_AFTER and not _origin_of_project(ctx, i, m.end())
                            or ROLE_STEMS[i][1][0] not in BOARD_OFFICES
                            and PROFESSION_BEFORE.search(text, max(0, m.start() - 30), m.start())):
            continue  # "infirmière coordinatrice", "médecin coordonnateur": a job title ("infirmière présidente" is not)
        # the feminine written in the role or in its qualifier: "secrétaire générale"
        feminine_word = any(m.group(g) for g in m.groupdict() if g.startswith("fem")) \
            or bool(kept) and kept.written_feminine
        plural = m.group("role").split()[0].lower().endswith("s")  # "membres du bureau"
        nth, listed_before = place if place is not None else (None, None)
        if respective:  # one role each, in the order of the names
            word = m.group("second").split()[-1]
            second = _office_forms(word)
            yield Role(masculine, feminine, Span(m.start(), m.end()), end, of_cpts, key, feminine_word, False, nth,
                       listed_before)
            yield Role(*second, Span(m.start(), m.end()), end, of_cpts, key, word.lower() != second[0], False, nth + 1,
                       listed_before)
            continue
        keys = _listed_keys(ctx, key, m.end(), end) if plural and nth == 0 and not respective else []
        if len(keys) > 1:  # "A et B, respectivement présidents des CPTS X et Y": the nth name holds it in the nth
            for i, listed in enumerate(keys):
                yield Role(masculine, feminine, Span(m.start(), m.end()), end, True, listed, feminine_word, False, i,
                           listed_before)
            continue
        yield Role(masculine, feminine, Span(m.start(), m.end()), end, of_cpts, key, feminine_word,
                   plural and nth is None, nth, listed_before)


def _origin_of_project(ctx: Context, stem: int, end: int) -> bool:
    """ "Les initiateurs du projet, A et B": in a text about a CPTS, the project they started is the CPTS."""
    return ROLE_STEMS[stem][1][0] in ("initiateur", "fondateur") and PROJECT_ALONE.match(ctx.text, end) is not None \
        and about_the_cpts(ctx, end)


def _listed_keys(ctx: Context, key: str | None, start: int, end: int) -> list[str]:
    """The CPTS listed together from the one right after a role ("des CPTS X et Y")."""
    first = next((m for m, k in ctx.mentions_in(Span(start, end)) if k == key), None)
    if first is None or first.listed_at is None:
        return []
    return list(dict.fromkeys(k for m, k in ctx.mentions if m.listed_at == first.listed_at))


RESPECTIVELY = re.compile(r"\b(?:respectivement|respectively)\s+", re.IGNORECASE)
ROLE_LIST_GAP = re.compile(r"[^.;:!?()]{0,80}?(?:,|\bet\b|\band\b)\s*(?:(?:le|la|l['’]|the)\s*)?$", re.IGNORECASE)


def _respective_places(ctx: Context) -> dict[int, tuple[int, int]]:
    """The roles of "A et B, respectivement présidente de la CPTS et directeur de l'hôpital": for each role's
    start, its place in the list and where the list of roles begins (the names are listed before it)."""
    places = {}
    for r in RESPECTIVELY.finditer(ctx.text):
        m = ROLE_RE.match(ctx.text, r.end())
        nth, end = 0, ctx.sentence_at(r.start()).end
        while m:  # each role after the first follows a comma or "et"
            places[m.start()] = (nth, r.start())
            nth += 2 if m.group("second") else 1
            m = next((n for n in ROLE_RE.finditer(ctx.text, m.end(), end)
                      if ROLE_LIST_GAP.fullmatch(ctx.text, m.end(), n.start())), None)
    return places


def _office_forms(word: str) -> tuple[str, str]:
    """The (masculine, feminine) forms of an office word: "coordinatrice" -> ("coordinateur", ...)."""
    return next(forms for stem, forms in OFFICE_STEMS if re.fullmatch(stem, word, re.IGNORECASE))


def _owner_before(ctx: Context, pos: int) -> str:
    """Whose the words just before a role make it: "cpts" ("sa présidente", "CPTS president",
    "the CPTS's coordinator"), "other" ("the ARS director", "the hospital's director") or ""."""
    text = ctx.text
    body = OTHER_BODY_BEFORE.search(text, max(0, pos - 40), pos)
    if body and not ctx.inside_name(body.start()):  # "the CPTS Val Centre president": a word of its name
        return "other"
    owner = OWNER_BEFORE.search(text, max(0, pos - 40), pos)
    if owner and not re.fullmatch(CPTS_WORD, owner.group(1), re.IGNORECASE):
        return "other"
    relative = RELATIVE_BEFORE_ROLE.search(text, max(0, pos - 80), pos)
    if relative:  # "la CPTS X, dont il est l'initiateur": the body before "dont"
        return "cpts" if nearest_body_is_cpts(ctx, relative.start(), relative.start(), when_none=False) else "other"
    if owner or ATTACHED_BEFORE.search(text, max(0, pos - 20), pos) or CPTS_BEFORE.search(text, max(0, pos - 10), pos):
        # a possessive is the nearest body's: "l'URPS et son président" is not the CPTS's
        return "cpts" if nearest_body_is_cpts(ctx, pos, pos, when_none=True) else "other"
    return ""


def _spoken_of(ctx: Context, pos: int) -> str | None:
    """The CPTS named before `pos` in its sentence, else the subject the text is speaking of."""
    before = ctx.named_before(pos)
    if before and before[0].span.start >= ctx.sentence_at(pos).start:
        return before[1]
    return ctx.focus_at(pos)


# --- verbs: "présidée par" -------------------------------------------------------------------
def _opening(ctx: Context, sentence: Span, pos: int) -> int:
    """Where the clause of a verb at `pos` opens: its sentence's start, or its line's when the verb opens the line in a
    capital ("Une équipe soudée\nPrésidée par ...": a heading the sentence recogniser ran into the sentence)."""
    start = line_start(ctx, sentence, pos)
    return start if start == pos and ctx.text[pos:pos + 1].isupper() else sentence.start


def _subject_is_cpts(ctx: Context, verb: re.Match) -> bool:
    """The nearest body named before the verb's end, in its sentence, is a CPTS (not "l'association X")."""
    sentence = ctx.sentence_at(verb.start())
    if verb.group().rstrip().endswith(":"):  # "Présidence : Anne Durand": the body spoken of just before
        return label_is_the_cptss(ctx, verb.start())
    head = ctx.text[_opening(ctx, sentence, verb.start()):verb.start()].strip(" \n,«\"“")
    if verb.group("init_bare") and head and not (CLEFT.fullmatch(head) or CREATED_WHEN.search(head)):
        return False  # "La CPTS s'agrandit à l'initiative de A": A's idea, not the CPTS's origin
    # "C'est à l'initiative de A que la CPTS ...", "Créée en 2019 à l'initiative de A, elle ...": the subject comes after
    if head and not CLEFT.fullmatch(head) and not _fronted_participle(head):
        # "Elle est présidée par ...": a feminine pronoun in a release about a CPTS is the CPTS; so is
        # an office with no body named ("La présidence est assurée par ...")
        office_alone = re.fullmatch(r"(?i:la|sa)", head) and \
            re.match(r"(?i:(?:co-?|vice-)?présidence|coordination|direction)", verb.group())
        if CLAUSE_PRONOUN.search(head):  # "Présidée par Anne Durand, elle est coordonnée par ..."
            return True
        if LATTER_SUBJECT.match(head):  # "Cette dernière est présidée par ...": the body named last before
            return last_body_is_cpts(ctx, verb.start())
        # "Ses 52 membres sont réunis sous la présidence de ...": the members of the body spoken of
        return nearest_body_is_cpts(ctx, verb.start(), verb.end(),
                                     when_none=bool(FEMININE_SUBJECT.match(head) or office_alone or POSSESSIVE_HEAD.match(head)))
    # "Présidée par Anne Durand, la CPTS ...", "..., elle regroupe": the subject comes after
    after = ctx.text[verb.end():sentence.end]
    cues = [(m.start(), True) for m in CPTS_CUE.finditer(after)] + \
        [(m.start(), True) for m in FEMININE_SUBJECT.finditer(after)] + \
        [(m.start(), True) for m in COMMUNITY.finditer(after)] + \
        [(m.start(), False) for m in OTHER_BODY.finditer(after)] + \
        [(mention.span.start - verb.end(), True) for mention, _ in ctx.mentions_in(Span(verb.end(), sentence.end))]
    return min(cues)[1] if cues else False


CLEFT = re.compile(r"(?i:c['’]est|ce\s+fut|c['’]était)")
# the subject after a fronted participle, whatever its verb: "Co-présidée par A et B, la communauté compte ..."
COMMUNITY = re.compile(r"\b(?:la|cette|notre)\s+communauté\b(?!\s+(?:de\s+communes|d['’]agglo\w*|urbaine|médicale|de\s+santé))", re.I)
POSSESSIVE_HEAD = re.compile(r"(?:Ses|Son|Sa|Its)\s")
# "La CPTS, créée en 2019 à l'initiative de A": the creation and its time before the initiative
CREATED_WHEN = re.compile(r"\b(?:née?|créée?|lancée?|fondée?|constituée?)s?\s+(?:en|le|au|dès|in)\s+[^,.;]{1,20}$",
                          re.IGNORECASE)
# "Créée en 2019 à l'initiative de A, elle ...": a participle opening the sentence, its subject after the name
PARTICIPLE_HEAD = re.compile(r"[A-ZÀ-Ý][a-zà-ÿ]+ée?s?\b[^,]*$")


def _fronted_participle(head: str) -> bool:
    return PARTICIPLE_HEAD.match(head) is not None and not CPTS_CUE.search(head) and not OTHER_BODY.search(head)


def _holders_before_verbs(ctx: Context):
    """ "Anne Durand, qui préside la CPTS": the name just before the verb."""
    # "Anne Durand en assure la présidence": "en" stands for the CPTS
    nouns = (m for m in HOLDER_NOUN.finditer(ctx.text)
             if m.group("en") or what_follows(ctx, m.end())[1]
             or m.group("its") and nearest_body_is_cpts(ctx, m.start(), m.start(), when_none=True)
             or _office_alone(ctx, m))
    pronouns = (m for m in HOLDER_PRONOUN_VERB.finditer(ctx.text) if last_body_is_cpts(ctx, m.start()))
    for m in [*HOLDER_VERB.finditer(ctx.text), *nouns, *_origin_holders(ctx), *pronouns]:
        sentence = ctx.sentence_at(m.start())
        start = max(sentence.start, m.start() - 80)
        names = names_in(ctx, start, ctx.text[start:m.start()])
        verb_start = m.start() + len(m.group()) - len(m.group().lstrip(" ,"))
        if names and (names[-1].span.end == m.start() or is_apposition(ctx, names[-1].span.end, verb_start)):
            yield names[-1], m  # "Anne Durand, médecin généraliste, qui préside la CPTS"
            # "Anne Durand et Jean Dupont sont à l'initiative de la CPTS", "... élus à la coprésidence"
            if PLURAL_VERB.search(ctx.text, names[-1].span.end, m.end()) or \
                    (m.groupdict().get("co") or "").lower().startswith("co"):
                yield from ((name, m) for name in names_listed_before(ctx, names[-1].span.start, sentence))
            partner = m.groupdict().get("co") and CO_HOLDER_AFTER.match(ctx.text, m.end())
            if partner:  # "Anne Durand co-préside la CPTS avec Jean Dupont"
                yield from ((name, m) for name in names_after(ctx, partner.end())[:1])
        elif SUBJECT_PRONOUN.fullmatch(ctx.text, sentence.start, verb_start):
            # "Anne Durand est infirmière. Elle préside la CPTS depuis 2020": the person named last before
            yield from ((name, m) for name, _ in pronoun_holder_of(ctx, sentence))


# "... depuis 2022.", "... pour deux ans.", "... en mars dernier."
CLAUSE_END = re.compile(r"(?:\s+(?:depuis|since|pour|for|en|in|jusqu['’]\s*en|until)\s+[^.,;:!?()\n]{1,30}?)?[ \t\u00a0]*(?:[.,;:!?)»\n]|$)")


def _office_alone(ctx: Context, noun: re.Match) -> bool:
    """ "Julie Perrin assure la coordination.", "Le conseil d'administration a élu Paul Morel à la présidence":
    an office with no body after it, a CPTS's as a label is (role_bodies.label_is_the_cptss)."""
    after_name = NAME_JUST_BEFORE.search(ctx.text, max(0, noun.start() - 40), noun.start())
    if noun.group().lstrip(" ,").startswith("à") and not after_name:
        return False  # "le dispositif d'appui à la coordination": a noun's complement, no one's office
    end, _, _, elsewhere = what_follows(ctx, noun.end())
    return not elsewhere and bool(CLAUSE_END.match(ctx.text, end)) and label_is_the_cptss(ctx, noun.start())


NAME_JUST_BEFORE = re.compile(r"[A-ZÀ-Ý][\w'’-]+[ \t\u00a0]*\Z")


# a pronoun or a profession standing for the person named last: "Elle préside ...", "L'infirmière préside ..."
SUBJECT_PRONOUN = re.compile(  # "Infirmière libérale, elle préside ...": a fronted apposition before the pronoun
    rf"[\s«\"“]*(?:{FRONTED_ASIDE}(?:(?i:il|elle)|c['’]est\s+(?:elle|lui)(?:\s+qui)?)|He|She|"
    # "Ce kinésithérapeute de Bellegarde préside ...", "L'infirmière, qui préside ...", "Le kiné, installé à Afa, préside"
    rf"(?=[A-ZÀ-Ý]){DEFINITE_PROFESSION}(?:\s*,\s*(?!qui\b)[a-zà-ÿ][^,.;:!?«»\"“”]{{1,40}},)?)"
    r"(?:\s+\w+ment)?\s*,?\s*")


def _origin_holders(ctx: Context):
    """ "Anne Durand est à l'initiative de la CPTS" (ORIGIN_HOLDER), the CPTS named after it."""
    for cue in matches_in(AT_THE_ORIGIN, ctx.text):
        verb = ORIGIN_VERB_BEFORE.search(ctx.text, max(0, cue.start() - 12), cue.start())
        m = verb and ORIGIN_HOLDER.match(ctx.text, verb.start())
        # "... à l'initiative du projet": the project the release is about
        of_project = bool(m) and PROJECT_ALONE.match(ctx.text, m.end()) is not None and about_the_cpts(ctx, m.end())
        if m and (what_follows(ctx, m.end())[1] or of_project):
            yield m


CO_HOLDER_AFTER = re.compile(
    r"\s*,?\s*(?:avec|with|aux\s+côtés\s+d[eu]|alongside)\s+(?=(?:le\s+|la\s+)?(?:Dr|Pr|Mme|M\.|[A-ZÀ-Ý]))")
PLURAL_VERB = re.compile(r"\b(?:sont|étaient|ont|président|coprésident|co-président|dirigent|coordonnent|assurent|"
                         r"assuraient|exercent|occupent|partagent|(?:ré)?élu(?:e)?s|nommé(?:e)?s|désigné(?:e)?s)\b")


def _involved(ctx: Context):
    """Members named with a verb of taking part in the CPTS (INVOLVED)."""
    for m in matches_in(INVOLVED, ctx.text):
        sentence = ctx.sentence_at(m.start())
        head = ctx.text[line_start(ctx, sentence, m.start()):m.start()].strip(" \n«\"“")
        _, _, key, _ = what_follows(ctx, m.end() - 4)
        role = Role("membre", "membre", Span(m.start(), m.end()), m.end(), True, key, False, True)
        if not head:  # fronted: "Engagés dans la création de la CPTS, Anne Durand ..."
            comma = ctx.text.find(",", m.end(), sentence.end)
            if comma > 0:
                window = ctx.text[comma:min(sentence.end, comma + 160)]
                for name in names_in(ctx, comma, window):
                    yield name, role
            continue
        if re.fullmatch(r"(?i:il|elle)", head.split()[-1]) if head.split() else False:
            # "Elle s'investit dans la CPTS", "Le Dr Jean Dupont voit plus loin : il s'investit dans une CPTS"
            start = max(sentence.start, m.start() - 160)
            named = names_in(ctx, start, ctx.text[start:m.start()])
            yield from ((name, role) for name in named[-1:]) if named else \
                ((name, role) for name, _ in pronoun_holder_of(ctx, sentence))
            continue
        start = max(sentence.start, m.start() - 80)
        names = names_in(ctx, start, ctx.text[start:m.start()])
        if names and _subject_of(ctx, names[-1], m.start(), sentence):
            yield names[-1], role


# "L'URPS, présidée par Marc Lenoir, a rejoint la CPTS": a name after "par" is not the subject
AGENT_BEFORE = re.compile(r"\b(?:par|by)\s+(?:(?:le|la)\s+)?(?:Dr|Pr|Mme|M\.)?\s*$", re.IGNORECASE)


def _subject_of(ctx: Context, name: Name, verb: int, sentence: Span) -> bool:
    """Whether the name, right before the verb at `verb` or in apposition to it, is its subject, speaking for no
    other body ("Anne Durand, présidente de la MSP, adhère à la CPTS") and no one's agent ("présidée par ...")."""
    text = ctx.text
    return (not text[name.span.end:verb].strip() or is_apposition(ctx, name.span.end, verb)) \
        and not AGENT_BEFORE.search(text, max(sentence.start, name.span.start - 12), name.span.start) \
        and not OTHER_BODY.search(text, name.span.end, verb)


def _project_carriers(ctx: Context):
    """The names opening a sentence whose verb works on the project of the CPTS (CARRIES_PROJECT)."""
    for m in matches_in(CARRIES_PROJECT, ctx.text):
        if not PROJECT_ARTICLE.search(ctx.text, max(0, m.start() - 4), m.start()):
            continue
        sentence = ctx.sentence_at(m.start())
        start = _skip_opening(ctx.text, line_start(ctx, sentence, m.start()))
        names = names_after(ctx, start) if NAME_START.match(ctx.text, start) else []
        if not names or names[0].span.start > start + 20:
            continue
        _, _, key, _ = what_follows(ctx, m.end() - 4)
        role = Role("porteur du projet", "porteuse du projet", Span(m.start(), m.end()), m.end(), True, key, False, True)
        yield from ((name, role) for name in names)


NAME_START = re.compile(r"(?:(?:Le|La|Les)\s+)?(?:Dr|Docteur|Pr|Mme|M\.)?\s*[A-ZÀ-Ý]")


def _skip_opening(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \n\t«\"“":
        pos += 1
    return pos


# "la présidence est partagée entre A et B", "A et B partagent la présidence", "sous la coprésidence de A et B":
# co-presidents, "co" as written
SHARED = re.compile(r"(?i:partag(?:ée|ent|eaient)|conjointement|\b(co-?)présidence)")


def _verb_fact(ctx: Context, m: re.Match, name: Name) -> tuple[str | None, int, Fact | None]:
    groups = m.groupdict()
    masculine, feminine = ("coordinateur", "coordinatrice") if groups.get("coord") else \
        ("directeur", "directrice") if groups.get("direct") else \
        ("médiateur", "médiatrice") if groups.get("mediate") else \
        ("membre du conseil d'administration",) * 2 if groups.get("board") else \
        ("membre du bureau",) * 2 if groups.get("bureau") else \
        ("porteur du projet", "porteuse du projet") if groups.get("carry") else \
        ("représentant", "représentante") if groups.get("represent") else \
        ("fondateur", "fondatrice") if groups.get("found") else \
        ("initiateur", "initiatrice") if groups.get("init") or groups.get("init_by") or groups.get("init_bare") else \
        ("président", "présidente")
    shared = SHARED.search(m.group())
    co = groups.get("co") or (shared and (shared.group(1) or "co-"))
    if co:  # "co-présidée par A et B", as written
        masculine, feminine = co.lower() + masculine, co.lower() + feminine
    # "présidée" agrees with the CPTS, not with the person: only the name's own words give the gender
    _, _, key, _ = what_follows(ctx, m.end())
    mention = mention_near(ctx, m.end())
    role = Role(masculine, feminine, Span(m.start(), m.end()), m.end(), True, key or (mention and mention[2]),
                False, False)
    between = ctx.text[name.span.end:m.end()]
    other = NEXT_NAME.search(between)  # "A, médecin, et B, infirmière, en assurent ...": B's words are not A's
    return person_fact(ctx, role, name, between[:other.start()] if other else between)


NEXT_NAME = re.compile(r"\s+(?:et|and)\s+|,\s*(?:(?:et|and)\s+)?(?=[A-ZÀ-Ý])")
