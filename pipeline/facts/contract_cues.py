"""The words of a CPTS's contract with its funders (the ACI): the contract named as such ("accord conventionnel
interprofessionnel", "ACI", "conventionnée"), or a contract signed with the Assurance maladie and the ARS, the
community's own ("a signé son contrat"), never a local health contract, a partnership, an employee's contract or
the national agreement's amendment.
"""
from __future__ import annotations

import functools
import re

from ..reference.regex_start import quick_start


_I = re.IGNORECASE
# ACI words that name the contract itself, and contract words that need a signature and a
# funder in their sentence ("signé une convention avec l'ARS et la CPAM", not "une convention
# conclue avec le CCAS").
ACI_WORDS = (
    r"\bACI\b|\baccords?\s+conventionnels?(?:\s+interprofessionnels?)?|\baccord[\s-]+cadre\s+interprofessionnel"
    r"|\bcontractualis\w*|\bconventionnée?s?\b|\bconventionnement\b|\binterprofessional\s+agreements?|\bcontrat\s+(?:ACI|tripartite)"
)
CONTRACT_WORDS = r"\bcontrats?\b|\bconventions?\b|\baccords?\b|\bcontracts?\b|\bagreements?\b"
# "la CPTS X l'a signé le 9 mai": the signing itself, in a sentence that names the contract
SIGNING_WORDS = r"\bsign(?:é|ée|és|ées|ature|atures|ed|ing)\b"
SIGNING = re.compile(r"\bsign|paraph|\bconclu|\bofficialis", _I)  # "a officialisé son accord avec l'ARS"
# the bodies that fund a CPTS's contract, by name
FUNDER_NAMES = (r"assurance\s+maladie|\bCPAM\b|\bARS\b|\bcaisse|\bCGSS\b|sécurité\s+sociale|agence\s+régionale"
                r"|health\s+insurance|regional\s+health\s+agency")
FUNDER = re.compile(rf"{FUNDER_NAMES}|financ|funding", _I)
NOT_A_SIGNATURE = quick_start(re.compile(r"parution|journal\s+officiel|publication|publié|published|official\s+journal"
                                         # the national agreement and its amendments, negotiated by the unions
                                         r"|\bavenants?\b|\bamendments?\b|\bsyndicats?\b|\bunions\b|\bUNCAM\b|\bnégoci\w*|\bnegotiat\w*"
                                         # "l'ACI national", "l'accord conventionnel interprofessionnel national", "the national agreement"
                                         r"|\b(?:ACI|accord(?:\s+conventionnel)?(?:\s+interprofessionnel)?|agreement)\s+national\b"
                                         r"|\bnational\s+(?:ACI|agreement|interprofessional\s+agreement)\b", _I))
# "contrat local de santé", "convention de partenariat": contracts of other kinds, whoever signs them
OTHER_CONTRACT_AFTER = re.compile(r"\s+(?:locaux|locale?s?|de\s+partenariat|de\s+réciprocité|de\s+coopération|de\s+ville"
                                  r"|de\s+(?:travail|location|stage|prestation|bail|mise\s+à\s+disposition)|d['’]apprentissage"
                                  r"|(?:de\s+)?(?:partnership|cooperation|employment|lease)|local)\b", _I)
# ... or for another scheme than the community's missions: the access-to-care service, an experiment
OTHER_CONTRACT = re.compile(r"\bCLS\b|\blocal\s+health\s+contract|\bSAS\b|service\s+d['’]accès\s+aux\s+soins|expériment\w*"
                            r"|experiment\w*|article\s+51", _I)
PARTNERSHIP = re.compile(r"\s+de\s+partenariat", _I)
ARS = re.compile(r"\bARS\b|agence\s+régionale|regional\s+health", _I)
HEALTH_INSURANCE = re.compile(r"assurance\s+maladie|\bCPAM\b|\bCGSS\b|\bcaisse|health\s+insurance", _I)
# a funder named by its money alone, with another body ("une convention de financement avec la Région"): not the ACI
NAMED_FUNDER = quick_start(re.compile(FUNDER_NAMES, _I))
OTHER_FUNDER = re.compile(r"\b(?:avec|with|par|by)\s+(?:la\s+|le\s+|l['’]\s*|les\s+|the\s+)?(?:région|ville"
                          r"|conseil\s+(?:régional|départemental)|département|mairie|commune|fondation|FEDER|préfecture"
                          r"|intercommunalité|communauté\s+de\s+communes|agglomération|MSA|mutuelle|region|county)\b", _I)
# "a signé son contrat", "sa convention", "le contrat de la CPTS": the community's own contract is its ACI,
# when the sentence names no other partner ("sa convention avec l'hôpital") and no employee who signs one
OWN_CONTRACT = re.compile(r"\b(?:son|sa|leur|its|their)\s+(?:(?:premier|premiere|première|propre|nouveau|nouvelle|first|own|new)\s+)?"
                          r"(?:contrat|convention|accord|contract|agreement)s?\b"
                          r"|\b(?:contrat|convention|accord|contract|agreement)s?\s+(?:(?:relatif\s+à\s+la|de)\s+création\s+)?"
                          r"(?:de\s+la|of\s+the)\s+(?:CPTS|communauté|community)\b", _I)  # "un contrat relatif à la création de la CPTS"
PARTNER = re.compile(r"\b(?:avec|with|auprès\s+d)", _I)
EMPLOYEE = re.compile(r"\b(?:coordinat\w*|salarié\w*|chargée?\s+de\s+mission|recrut\w*|embauch\w*|employ\w*|secrétaire|assistante?"
                      r"|stagiaire|médiat\w*|directeur|directrice|staff|hired)\b", _I)
# "a signé avec l'ARS et la CPAM", "signed with the CPAM": the signature with the funders, the contract unsaid
SIGNED_WITH_FUNDER = re.compile(r"\bsign\w*\s+(?:\w+\s+){0,5}?(?:avec|with|auprès\s+de)\s+(?:la\s+|le\s+|l['’]\s*|les\s+|the\s+)?"
                                r"(?:assurance\s+maladie|CPAM|ARS|caisse|CGSS|agence\s+régionale|health\s+insurance|regional\s+health)", _I)
# a paper signed that is no contract: "la charte signée avec l'ARS", "le projet de santé signé avec l'ARS"
OTHER_PAPER = re.compile(r"\b(?:chartes?|pactes?|protocoles?|projets?|statuts|lettres?|pétitions?|tribunes?|courriers?|registres?"
                         r"|avenants?|baux|bail|charters?|petitions?|letters?|amendments?)\b", _I)
# "l'ARS et la CPAM ont signé avec la CPTS X": the funders sign with the community
SIGNED_WITH_COMMUNITY = re.compile(r"\bsign\w*\s+(?:\w+\s+){0,5}?(?:avec|with)\s+(?:la|les|the)\s+(?:CPTS|communautés?|communit)", _I)
# "un contrat avec l'ARS et la CPAM", "a passé un accord avec l'Assurance maladie": a contract with the funders
WITH_FUNDER_AFTER = re.compile(r"\s+(?:(?:signée?s?|conclue?s?|passée?s?|tripartite|signed)\s+)?(?:avec|with)\s+"
                               r"(?:la\s+|le\s+|l['’]\s*|les\s+|the\s+)?(?:assurance\s+maladie|CPAM|ARS|caisse|CGSS"
                               r"|agence\s+régionale|health\s+insurance|regional\s+health)", _I)
STRONG_ACI = re.compile(ACI_WORDS, _I)
CONTRACT = re.compile(CONTRACT_WORDS, _I)
# who is launched: a launch word only counts in a sentence that speaks of a community
# ("Sa création date de 2019": the birth of the community the text is about)
COMMUNITY = re.compile(r"\bCPTS\b|communaut|communit|\bassociation\b|\belle\b|\bit\b"
                       r"|\b(?:la|cette|notre)\s+structure\b(?!\s+(?:de|du|des|d['’])\b)"  # "La structure a été créée en 2021"
                       r"|\b(?:sa|its)\s+(?:création|naissance|constitution|fondation|creation|birth)\b", _I)


def is_aci(text: str, m: re.Match, sentence: str, in_label: bool) -> bool:
    """Whether a contract or signing word `m` of `sentence` tells of the community's ACI (`in_label`: a
    timeline's or a table's label, which names no funder)."""
    words = m.group()
    if says(NOT_A_SIGNATURE, sentence):
        return False  # "parution au Journal officiel de l'arrêté ...", the national agreement
    if STRONG_ACI.fullmatch(words):
        return True
    if SIGNING.match(words) and says(STRONG_ACI, sentence):
        return True
    if says(OTHER_CONTRACT, sentence) or (CONTRACT.fullmatch(words) and _of_another_kind(text, m.end(), sentence)):
        return False
    if says(CONTRACT, sentence) and not _names_a_contract(sentence):
        return False  # "Le contrat local de santé, signé avec l'ARS": every contract of the sentence is of another kind
    if not in_label and not says(NAMED_FUNDER, sentence) and says(OTHER_FUNDER, sentence):
        return False
    if CONTRACT.fullmatch(words) and WITH_FUNDER_AFTER.match(text, m.end()):
        return True
    if (says(SIGNED_WITH_FUNDER, sentence) or says(SIGNED_WITH_COMMUNITY, sentence) and says(NAMED_FUNDER, sentence)) \
            and (says(CONTRACT, sentence) or not says(OTHER_PAPER, sentence)):
        return True  # the contract unsaid, no other paper named
    return _names_a_contract(sentence) and says(SIGNING, sentence) and (
        in_label or says(FUNDER, sentence) or _own_contract(sentence) or _aci_taken_up(text, m, sentence))


# "... signe son ACI. Les soignants ont paraphé le contrat jeudi": the contract just named, taken up by its article
# (not "le contrat de la piscine": a contract of something else)
DEFINITE_CONTRACT = re.compile(rf"\b(?:le|l['’]|la|ce|cet|cette|the|this)\s*(?:{CONTRACT_WORDS})(?!\s+(?:de|du|des|d['’]|of|for)\b)", _I)
TAKEN_UP_REACH = 400  # characters back to what a word taken up stands for (the ACI, the health project)


def _aci_taken_up(text: str, m: re.Match, sentence: str) -> bool:
    if not says(DEFINITE_CONTRACT, sentence):
        return False
    before = text[max(0, m.start() - TAKEN_UP_REACH):m.start()]
    named = [aci.end() for aci in STRONG_ACI.finditer(before)]
    if not named or OTHER_CONTRACT.search(before, named[-1]):
        return False
    # another contract named since breaks the thread; the same one taken up again ("Ce contrat leur garantit ...") does not
    taken_up = {c.end() for c in DEFINITE_CONTRACT.finditer(before, named[-1])}
    return all(c.end() in taken_up for c in CONTRACT.finditer(before, named[-1]))


@functools.lru_cache(maxsize=64)
def _own_contract(sentence: str) -> bool:
    """"La CPTS a signé son contrat le 12 mars": a contract of the community's own, with no other partner
    and no employee in the sentence."""
    return bool(OWN_CONTRACT.search(sentence) and COMMUNITY.search(sentence)
                and not PARTNER.search(sentence) and not EMPLOYEE.search(sentence))


# Each contract word of a sentence asks the same questions of it: they are answered once.
@functools.lru_cache(maxsize=64)
def says(pattern: re.Pattern, sentence: str) -> bool:
    return pattern.search(sentence) is not None


@functools.lru_cache(maxsize=64)
def _names_a_contract(sentence: str) -> bool:
    return any(not _of_another_kind(sentence, c.end(), sentence) for c in CONTRACT.finditer(sentence))


def _of_another_kind(text: str, end: int, sentence: str) -> bool:
    """Whether the contract word ending at `end` is of another kind ("contrat local de santé"); a partnership with both
    funders, the ARS and the Assurance maladie, is the community's contract."""
    other = OTHER_CONTRACT_AFTER.match(text, end)
    return bool(other) and not (PARTNERSHIP.fullmatch(other.group()) and says(ARS, sentence) and says(HEALTH_INSURANCE, sentence))
