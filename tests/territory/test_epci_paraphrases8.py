"""Intercommunalities read as a CPTS's perimeter in more of the ways communiqués write them: the
intercommunality as the subject of its sentence ("La CC X, dont les 15 communes forment le
territoire de la CPTS"), named in the sentence after the CPTS's territory statement ("Son
territoire correspond à ...", "Le périmètre retenu est celui de ..."), under headings and
bullets, on table-like lines, "bassin de vie", "à l'échelle de", English wordings; which CPTS
an intercommunality belongs to when a text names several; and intercommunalities that are no
perimeter (a partner, a funder, a signatory, a meeting's host, a president's employer, the area
of a contrat local de santé or of another body). The CPTS and sentences are invented; the
expected codes are the gazetteer's.
"""
from __future__ import annotations

import pytest

from perimeter import english_release, record_of, release, territory_of

from pipeline.territory.epci_mentions import find_epci_mentions

ERNEE = "245300355"  # CC de l'Ernée (53), 15 communes
CRAON = "200048551"  # CC du Pays de Craon (53), 37 communes
MESLAY_GREZ = "245300223"  # CC du Pays de Meslay-Grez (53), 22 communes
LAVAL = "200083392"  # CA Laval Agglomération (53), 34 communes
COEVRONS = "200033298"  # CC des Coëvrons (53), 29 communes
MAYENNE = "200055887"  # CC Mayenne Communauté (53), 33 communes
NOBLAT = "248719361"  # CC de Noblat (87), 12 communes
VAL_DE_VIENNE = "248719288"  # CC du Val de Vienne (87), 9 communes
OUEST_LIMOUSIN = "200066520"  # CC Ouest Limousin (87), 16 communes


def _areas(text: str, tmp_path, key: str) -> dict[str, str]:
    """code -> extent of the coded intercommunalities of a CPTS."""
    territory = territory_of(record_of(text, tmp_path), key) or {"areas": []}
    return {a["code"]: a["extent"] for a in territory["areas"] if a["kind"] == "epci" and a["code"]}


def _counts(text: str, tmp_path, key: str) -> dict[str, int | None]:
    """code -> the commune count written beside each coded intercommunality of a CPTS."""
    territory = territory_of(record_of(text, tmp_path), key) or {"areas": []}
    return {a["code"]: (a["communes_count"] or {}).get("value") for a in territory["areas"]
            if a["kind"] == "epci" and a["code"]}


@pytest.mark.parametrize("sentence, key, expected", [
    pytest.param("La CPTS de l'Ernée est née en Mayenne. La communauté de communes de l'Ernée, dont les 15 communes "
                 "forment le territoire de la CPTS, compte 20 000 habitants.", "ernee", {ERNEE: "full"},
                 id="subject-whose-communes-form-the-territory"),
    pytest.param("La CPTS de l'Ernée est née en Mayenne. Son territoire correspond à la communauté de communes de "
                 "l'Ernée.", "ernee", {ERNEE: "full"}, id="son-territoire-correspond"),
    pytest.param("La CPTS de l'Ernée est née en Mayenne. Elle couvre la communauté de communes de l'Ernée.", "ernee",
                 {ERNEE: "full"}, id="elle-couvre-next-sentence"),
    pytest.param("La CPTS du Sud Mayenne est née en Mayenne. Le périmètre retenu est celui de la communauté de "
                 "communes du Pays de Craon.", "sud-mayenne", {CRAON: "full"}, id="perimetre-retenu-est-celui-de"),
    pytest.param("La CPTS du Sud Mayenne est née en Mayenne.\nLe territoire d'action : communauté de communes du Pays "
                 "de Craon.\n", "sud-mayenne", {CRAON: "full"}, id="territoire-d-action-colon"),
    pytest.param("La CPTS du Sud Mayenne est née en Mayenne. Son territoire d'intervention s'étend sur deux "
                 "intercommunalités. La communauté de communes du Pays de Craon et la communauté de communes du Pays "
                 "de Meslay-Grez.", "sud-mayenne", {CRAON: "full", MESLAY_GREZ: "full"},
                 id="names-in-the-sentence-after-the-statement"),
    pytest.param("La CPTS du Sud Mayenne est née en Mayenne. Elle couvre le bassin de vie de la communauté de "
                 "communes du Pays de Craon.", "sud-mayenne", {CRAON: "full"}, id="bassin-de-vie-de"),
    pytest.param("La CPTS du Sud Mayenne est née en Mayenne. Elle a été créée à l'échelle de l'intercommunalité, la "
                 "communauté de communes du Pays de Craon.", "sud-mayenne", {CRAON: "full"},
                 id="a-l-echelle-de-l-intercommunalite"),
    pytest.param("La CPTS des Coëvrons est née en Mayenne. Le territoire de la CPTS est calqué sur celui de la "
                 "communauté de communes des Coëvrons.", "coevrons", {COEVRONS: "full"}, id="calque-sur-celui-de"),
    pytest.param("La CPTS des Coëvrons est née en Mayenne. Territoire de santé de la CPTS : communauté de communes "
                 "des Coëvrons (29 communes).", "coevrons", {COEVRONS: "full"}, id="territoire-de-sante-colon"),
    pytest.param("La CPTS des Coëvrons est née en Mayenne.\n\nTerritoire\nCommunauté de communes des Coëvrons\n\n",
                 "coevrons", {COEVRONS: "full"}, id="heading-territoire-alone"),
    pytest.param("La CPTS Nord Mayenne est née en Mayenne.\nSon territoire :\n- la communauté de communes Mayenne "
                 "Communauté ;\n- la communauté de communes de l'Ernée.\n", "nord-mayenne",
                 {MAYENNE: "full", ERNEE: "full"}, id="bullets-under-son-territoire"),
    pytest.param("La CPTS Nord Mayenne est née en Mayenne.\nPérimètre | communauté de communes de l'Ernée\n",
                 "nord-mayenne", {ERNEE: "full"}, id="table-line-perimetre"),
    pytest.param("La CPTS Nord Mayenne est née en Mayenne.\nEPCI couvert : communauté de communes de l'Ernée\n",
                 "nord-mayenne", {ERNEE: "full"}, id="epci-couvert-colon"),
    pytest.param("En Mayenne, la CPTS Nord Mayenne rassemble les professionnels de santé de la communauté de communes "
                 "de l'Ernée.", "nord-mayenne", {ERNEE: "full"}, id="professionnels-de-la-cc"),
    pytest.param("En Mayenne, le territoire de la CPTS Nord Mayenne se superpose à celui de la communauté de communes "
                 "de l'Ernée.", "nord-mayenne", {ERNEE: "full"}, id="se-superpose-a-celui-de"),
    pytest.param("La CPTS de l'Ernée est née en Mayenne. Son territoire, la communauté de communes de l'Ernée, compte "
                 "20 000 habitants.", "ernee", {ERNEE: "full"}, id="son-territoire-in-apposition"),
    pytest.param("La CPTS de l'Ernée est née en Mayenne. Le territoire retenu est la communauté de communes de "
                 "l'Ernée.", "ernee", {ERNEE: "full"}, id="le-territoire-retenu-est"),
    pytest.param("La CPTS Nord Mayenne est née en Mayenne. Elle couvre la communauté de communes de l'Ernée mais aussi "
                 "la communauté de communes Mayenne Communauté.", "nord-mayenne", {ERNEE: "full", MAYENNE: "full"},
                 id="mais-aussi"),
    pytest.param("La CPTS Nord Mayenne est née en Mayenne. La communauté de communes de l'Ernée, sur laquelle "
                 "intervient la CPTS, compte 20 000 habitants.", "nord-mayenne", {ERNEE: "full"},
                 id="sur-laquelle-intervient-la-cpts"),
    pytest.param("La CPTS Nord Mayenne est née en Mayenne. Elle est implantée dans la communauté de communes de "
                 "l'Ernée.", "nord-mayenne", {ERNEE: "full"}, id="implantee-dans"),
    pytest.param("La CPTS Nord Mayenne est née en Mayenne. Elle touche la communauté de communes de l'Ernée.",
                 "nord-mayenne", {ERNEE: "full"}, id="elle-touche"),
    pytest.param("La CPTS Nord Mayenne est née en Mayenne. Son bassin de vie correspond à la communauté de communes "
                 "de l'Ernée.", "nord-mayenne", {ERNEE: "full"}, id="son-bassin-de-vie-correspond"),
    pytest.param("La CPTS Nord Mayenne est née en Mayenne. Elle reprend les contours de la communauté de communes de "
                 "l'Ernée.", "nord-mayenne", {ERNEE: "full"}, id="reprend-les-contours"),
    pytest.param("La CPTS Nord Mayenne est née en Mayenne. Ce sont les professionnels de santé de la communauté de "
                 "communes de l'Ernée qui ont fondé la CPTS.", "nord-mayenne", {ERNEE: "full"},
                 id="the-professionals-of-the-epci-founded-the-cpts"),
    pytest.param("La CPTS Nord Mayenne est née en Mayenne. Implantée dans la communauté de communes de l'Ernée, elle "
                 "réunit 80 professionnels.", "nord-mayenne", {ERNEE: "full"}, id="fronted-participle-then-elle"),
    pytest.param("La CPTS du Sud Mayenne est née en Mayenne.\nTerritoire : Pays de Craon (37 communes)\n",
                 "sud-mayenne", {CRAON: "full"}, id="territoire-colon-a-name-without-type"),
    pytest.param("La CPTS du Sud Mayenne est née en Mayenne. Son territoire correspond au Pays de Craon.",
                 "sud-mayenne", {CRAON: "full"}, id="correspond-au-a-name-without-type"),
    pytest.param("La CPTS du Sud Mayenne est née en Mayenne. Elle réunit les professionnels de santé du Pays de "
                 "Craon.", "sud-mayenne", {CRAON: "full"}, id="professionnels-du-a-name-without-type"),
    pytest.param("La CPTS du Sud Mayenne est née en Mayenne. Elle regroupe 80 professionnels sur le Pays de Craon.",
                 "sud-mayenne", {CRAON: "full"}, id="sur-le-a-name-without-type"),
    pytest.param("La CPTS du Sud Mayenne est née en Mayenne.\nPérimètre d'intervention : Pays de Craon et Pays de "
                 "Meslay-Grez\n", "sud-mayenne", {CRAON: "full", MESLAY_GREZ: "full"},
                 id="perimetre-colon-two-names-without-type"),
    pytest.param("La CPTS Nord Mayenne est née en Mayenne. Son territoire : les communes de la communauté de communes "
                 "de l'Ernée et celles de la communauté de communes Mayenne Communauté.", "nord-mayenne",
                 {ERNEE: "full", MAYENNE: "full"}, id="son-territoire-les-communes-de"),
    pytest.param("La CPTS Nord Mayenne est née en Mayenne. Elle a été créée en 2021 sur la communauté de communes de "
                 "l'Ernée, à l'initiative de médecins.", "nord-mayenne", {ERNEE: "full"}, id="creee-sur"),
    pytest.param("La CPTS Nord Mayenne est née en Mayenne. Elle a vu le jour dans la communauté de communes de l'Ernée, "
                 "en 2021.", "nord-mayenne", {ERNEE: "full"}, id="a-vu-le-jour-dans"),
    pytest.param("La CPTS Nord Mayenne est née en Mayenne.\nZone géographique : communauté de communes de l'Ernée\n",
                 "nord-mayenne", {ERNEE: "full"}, id="zone-geographique-colon"),
    pytest.param("La CPTS Nord Mayenne est née en Mayenne.\nCommunes couvertes : toutes celles de la communauté de "
                 "communes de l'Ernée\n", "nord-mayenne", {ERNEE: "full"}, id="toutes-celles-de"),
    pytest.param("En Mayenne, la CPTS Nord Mayenne dessert une partie de la communauté de communes de l'Ernée.",
                 "nord-mayenne", {ERNEE: "partial"}, id="dessert-une-partie"),
])
def test_fr_intercommunality_as_the_territory(tmp_path, sentence, key, expected):
    assert _areas(release(sentence), tmp_path, key) == expected


@pytest.mark.parametrize("sentence, key, expected", [
    pytest.param("The CPTS Val de Vienne was created in Haute-Vienne. Its territory matches the Val de Vienne "
                 "community of communes.", "val-de-vienne", {VAL_DE_VIENNE: "full"}, id="its-territory-matches"),
    pytest.param("The CPTS Val de Vienne was created in Haute-Vienne. It covers the Val de Vienne community of "
                 "communes.", "val-de-vienne", {VAL_DE_VIENNE: "full"}, id="it-covers-next-sentence"),
    pytest.param("The CPTS Val de Vienne was created in Haute-Vienne. Its area is that of the Val de Vienne community "
                 "of communes.", "val-de-vienne", {VAL_DE_VIENNE: "full"}, id="its-area-is-that-of"),
    pytest.param("The CPTS Val de Vienne was created in Haute-Vienne. The Val de Vienne community of communes makes "
                 "up its territory.", "val-de-vienne", {VAL_DE_VIENNE: "full"}, id="makes-up-its-territory"),
    pytest.param("The CPTS Val de Vienne was created in Haute-Vienne. Its territory is coterminous with the Val de "
                 "Vienne community of communes.", "val-de-vienne", {VAL_DE_VIENNE: "full"}, id="coterminous-with"),
    pytest.param("The CPTS Val de Vienne was created in Haute-Vienne. It serves part of the Noblat community of "
                 "communes.", "val-de-vienne", {NOBLAT: "partial"}, id="serves-part-of"),
])
def test_en_intercommunality_as_the_territory(tmp_path, sentence, key, expected):
    assert _areas(english_release(sentence), tmp_path, key) == expected


def test_en_whose_municipalities_form_the_territory(tmp_path):
    text = english_release("The CPTS Ernée was set up in Mayenne. The Ernée community of communes, whose 15 "
                           "municipalities form the territory of the CPTS, has 20,000 inhabitants.")
    assert _counts(text, tmp_path, "ernee") == {ERNEE: 15}


def test_en_respectively_at_the_end(tmp_path):
    text = english_release("The CPTS Nord Mayenne and the CPTS du Sud Mayenne cover the Ernée community of communes and "
                           "the Pays de Craon community of communes respectively.")
    assert _areas(text, tmp_path, "nord-mayenne") == {ERNEE: "full"}
    assert _areas(text, tmp_path, "sud-mayenne") == {CRAON: "full"}


def test_two_cpts_each_its_intercommunality_by_paragraph(tmp_path):
    text = release(
        "En Mayenne, deux CPTS ont signé le même jour.\n\nLa CPTS Nord Mayenne\nElle couvre la communauté de "
        "communes de l'Ernée.\n\nLa CPTS du Sud Mayenne\nElle couvre la communauté de communes du Pays de Craon.\n")
    assert _areas(text, tmp_path, "nord-mayenne") == {ERNEE: "full"}
    assert _areas(text, tmp_path, "sud-mayenne") == {CRAON: "full"}


def test_two_cpts_each_its_intercommunality_by_sentence(tmp_path):
    text = release(
        "En Mayenne, la CPTS Nord Mayenne couvre la communauté de communes de l'Ernée. La CPTS du Sud Mayenne, "
        "elle, couvre la communauté de communes du Pays de Craon.")
    assert _areas(text, tmp_path, "nord-mayenne") == {ERNEE: "full"}
    assert _areas(text, tmp_path, "sud-mayenne") == {CRAON: "full"}


def test_two_cpts_on_table_lines(tmp_path):
    text = release("En Mayenne, deux CPTS ont signé le même jour.\n\nCPTS Nord Mayenne : communauté de communes de "
                   "l'Ernée\nCPTS du Sud Mayenne : communauté de communes du Pays de Craon\n")
    assert _areas(text, tmp_path, "nord-mayenne") == {ERNEE: "full"}
    assert _areas(text, tmp_path, "sud-mayenne") == {CRAON: "full"}


@pytest.mark.parametrize("sentence", [
    pytest.param("En Mayenne, deux CPTS ont signé : la CPTS Nord Mayenne, qui couvre la communauté de communes de "
                 "l'Ernée, et la CPTS du Sud Mayenne, qui couvre la communauté de communes du Pays de Craon.",
                 id="two-relative-clauses"),
    pytest.param("En Mayenne, la CPTS Nord Mayenne couvre la communauté de communes de l'Ernée, la CPTS du Sud Mayenne "
                 "la communauté de communes du Pays de Craon.", id="the-second-verb-left-out"),
    pytest.param("En Mayenne, la CPTS Nord Mayenne et la CPTS du Sud Mayenne ont signé. La première couvre la "
                 "communauté de communes de l'Ernée, la seconde la communauté de communes du Pays de Craon.",
                 id="la-premiere-la-seconde"),
    pytest.param("En Mayenne, la CPTS Nord Mayenne et la CPTS du Sud Mayenne couvrent respectivement la communauté de "
                 "communes de l'Ernée et la communauté de communes du Pays de Craon.", id="respectivement"),
    pytest.param("En Mayenne, deux CPTS ont signé.\n\nCPTS | Territoire | Professionnels\nCPTS Nord Mayenne | communauté "
                 "de communes de l'Ernée | 80\nCPTS du Sud Mayenne | communauté de communes du Pays de Craon | 120\n",
                 id="table-rows"),
    pytest.param("En Mayenne, deux CPTS ont signé.\n\n• CPTS Nord Mayenne : communauté de communes de l'Ernée, 80 "
                 "professionnels ;\n• CPTS du Sud Mayenne : communauté de communes du Pays de Craon, 120 professionnels.\n",
                 id="bullets-with-a-figure-after"),
    pytest.param("En Mayenne, deux CPTS ont signé. La CPTS Nord Mayenne (80 professionnels) couvre la communauté de "
                 "communes de l'Ernée. Quant à la CPTS du Sud Mayenne, elle couvre la communauté de communes du Pays de "
                 "Craon.", id="quant-a-la-cpts-elle"),
    pytest.param("En Mayenne, deux CPTS ont signé.\n- la CPTS Nord Mayenne (communauté de communes de l'Ernée) ;\n"
                 "- la CPTS du Sud Mayenne (communauté de communes du Pays de Craon).\n", id="bullets-with-brackets"),
])
def test_two_cpts_in_one_passage(tmp_path, sentence):
    text = release(sentence)
    assert _areas(text, tmp_path, "nord-mayenne") == {ERNEE: "full"}
    assert _areas(text, tmp_path, "sud-mayenne") == {CRAON: "full"}


def test_each_cpts_the_intercommunality_its_sentence_opens_with(tmp_path):
    text = release("En Mayenne, deux CPTS ont signé. Sur la communauté de communes de l'Ernée, la CPTS Nord Mayenne "
                   "réunit 80 professionnels. Sur la communauté de communes du Pays de Craon, la CPTS du Sud Mayenne en "
                   "réunit 120.")
    assert set(_areas(text, tmp_path, "nord-mayenne")) == {ERNEE}
    assert set(_areas(text, tmp_path, "sud-mayenne")) == {CRAON}


def test_the_cpts_its_paragraph_goes_on_to_name(tmp_path):
    text = release(
        "En Mayenne, la CPTS Nord Mayenne et la CPTS du Sud Mayenne ont signé leur accord conventionnel.\n\n"
        "La CPTS Nord Mayenne réunit 80 professionnels. Elle couvre la communauté de communes de l'Ernée.\n\n"
        "La communauté de communes du Pays de Craon, dont les 37 communes forment le territoire de la CPTS, compte "
        "28 000 habitants. La CPTS du Sud Mayenne réunit 120 professionnels.\n")
    assert _areas(text, tmp_path, "nord-mayenne") == {ERNEE: "full"}
    assert _counts(text, tmp_path, "sud-mayenne") == {CRAON: 37}


def test_a_pronoun_keeps_the_cpts_in_focus(tmp_path):
    text = release(
        "En Mayenne, la CPTS Nord Mayenne et la CPTS du Sud Mayenne ont signé leur accord conventionnel.\n\n"
        "La CPTS Nord Mayenne réunit 80 professionnels. Elle couvre la communauté de communes de l'Ernée.\n\n"
        "Elle est aussi implantée dans la communauté de communes Mayenne Communauté. Elle travaille avec la CPTS du "
        "Sud Mayenne.\n")
    assert _areas(text, tmp_path, "nord-mayenne") == {ERNEE: "full", MAYENNE: "full"}
    assert _areas(text, tmp_path, "sud-mayenne") == {}


def test_the_cpts_named_after_its_intercommunality(tmp_path):
    text = release("En Mayenne, la communauté de communes de l'Ernée constitue le territoire de la CPTS Nord Mayenne, "
                   "tandis que la CPTS du Sud Mayenne couvre la communauté de communes du Pays de Craon.")
    assert _areas(text, tmp_path, "nord-mayenne") == {ERNEE: "full"}
    assert _areas(text, tmp_path, "sud-mayenne") == {CRAON: "full"}


@pytest.mark.parametrize("sentence, key, expected", [
    pytest.param("En Mayenne, la CPTS du Sud Mayenne couvre la communauté de communes du Pays de Craon, qui compte "
                 "37 communes.", "sud-mayenne", {CRAON: 37}, id="qui-compte"),
    pytest.param("En Mayenne, la CPTS du Sud Mayenne couvre la communauté de communes du Pays de Craon (37 communes) "
                 "et la communauté de communes du Pays de Meslay-Grez (22 communes).", "sud-mayenne",
                 {CRAON: 37, MESLAY_GREZ: 22}, id="two-in-brackets"),
    pytest.param("En Mayenne, la CPTS du Sud Mayenne couvre la communauté de communes du Pays de Craon, un territoire "
                 "de 37 communes.", "sud-mayenne", {CRAON: 37}, id="un-territoire-de"),
    pytest.param("La CPTS du Sud Mayenne est née en Mayenne.\nTerritoire :\n- communauté de communes du Pays de Craon : "
                 "37 communes\n- communauté de communes du Pays de Meslay-Grez : 22 communes\n", "sud-mayenne",
                 {CRAON: 37, MESLAY_GREZ: 22}, id="bullets-name-colon-count"),
    pytest.param("En Mayenne, la CPTS du Sud Mayenne couvre la communauté de communes du Pays de Craon, soit 37 communes "
                 "et 28 000 habitants.", "sud-mayenne", {CRAON: 37}, id="soit-all-of-the-area"),  # as the gold of dD04
    pytest.param("En Mayenne, la CPTS du Sud Mayenne couvre les 37 communes de la communauté de communes du Pays de "
                 "Craon.", "sud-mayenne", {CRAON: 37}, id="les-n-communes-de"),
])
def test_counts_beside_the_names(tmp_path, sentence, key, expected):
    assert _counts(release(sentence), tmp_path, key) == expected


@pytest.mark.parametrize("sentence, key", [
    pytest.param("En Mayenne, la CPTS de l'Ernée a reçu le soutien financier de la communauté de communes de "
                 "l'Ernée.", "ernee", id="funder"),
    pytest.param("En Mayenne, la CPTS de l'Ernée a signé une convention de partenariat avec la communauté de "
                 "communes de l'Ernée.", "ernee", id="partner-convention"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. La réunion s'est tenue dans les locaux de la communauté de "
                 "communes de l'Ernée.", "ernee", id="meeting-host"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est présidée par Paul Léger, par ailleurs vice-président de la "
                 "communauté de communes de l'Ernée.", "ernee", id="president-employer"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. Le contrat local de santé, qui couvre la communauté de "
                 "communes de l'Ernée, a été signé en 2022.", "ernee", id="contrat-local-de-sante"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. La communauté de communes de l'Ernée a financé "
                 "l'étude préalable.", "ernee", id="epci-subject-funds"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. Les signataires : l'ARS, la CPAM et la communauté de "
                 "communes de l'Ernée.", "ernee", id="signatory-list"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. Le président de la communauté de communes de l'Ernée a "
                 "salué l'initiative.", "ernee", id="president-of-the-epci"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. La maison de santé, installée sur le territoire de la "
                 "communauté de communes de l'Ernée, accueille 12 professionnels.", "ernee", id="msp-located"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. Le PETR, qui couvre la communauté de communes de l'Ernée, "
                 "accompagne le projet.", "ernee", id="petr-covers"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. Le syndicat mixte regroupe la communauté de communes de "
                 "l'Ernée et la communauté de communes Mayenne Communauté.", "ernee", id="syndicat-mixte-groups"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. Le conseil local de santé mentale couvre la communauté de "
                 "communes de l'Ernée.", "ernee", id="clsm-covers"),
    pytest.param("En Mayenne, la CPTS de l'Ernée couvre 15 communes, à la frontière de la communauté de communes "
                 "Mayenne Communauté.", "ernee", id="at-the-border-of"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. Son territoire est voisin de la communauté de communes "
                 "Mayenne Communauté.", "ernee", id="neighbouring-area"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. Sur son territoire, la communauté de communes de l'Ernée a "
                 "ouvert une maison de santé.", "ernee", id="sur-son-territoire-the-epci-acts"),
    pytest.param("En Mayenne, la CPTS du Sud Mayenne s'étend sur deux intercommunalités. La communauté de communes du "
                 "Pays de Craon a financé l'étude.", "sud-mayenne", id="next-sentence-epci-acts"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. Dans la communauté de communes de l'Ernée, elle a été reçue "
                 "par le président.", "ernee", id="fronted-place-of-a-meeting"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. Les professionnels de la communauté de communes de l'Ernée "
                 "ont été reçus par le maire.", "ernee", id="professionals-in-a-sentence-without-cpts"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. La population de la communauté de communes de l'Ernée "
                 "vieillit.", "ernee", id="population-of-the-epci"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. L'appel à projets vise la communauté de communes de "
                 "l'Ernée.", "ernee", id="a-call-for-projects-targets-it"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. Le bassin de vie de Laval couvre la communauté de communes "
                 "de l'Ernée.", "ernee", id="another-town-s-bassin-de-vie"),
    pytest.param("En Mayenne, la CPTS du Sud Mayenne est née. La réunion s'est tenue dans le Pays de Craon.",
                 "sud-mayenne", id="meeting-in-a-name-without-type"),
    pytest.param("En Mayenne, la CPTS de l'Ernée a signé.\nCPTS de l'Ernée : la communauté de communes de l'Ernée a "
                 "financé l'étude.\n", "ernee", id="a-cpts-label-then-a-sentence"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. La communauté de communes de l'Ernée, partenaire de la CPTS, "
                 "met un local à disposition.", "ernee", id="partner-in-apposition"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. La communauté de communes de l'Ernée, qui a soutenu la "
                 "création de la CPTS, compte 15 communes.", "ernee", id="supporter-in-a-relative-clause"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. Le contrat local de santé de la communauté de communes de "
                 "l'Ernée, signé en 2022, couvre le même territoire que la CPTS.", "ernee", id="cls-of-the-epci"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née.\nPartenaires : ARS, CPAM, communauté de communes de "
                 "l'Ernée\n", "ernee", id="partners-line"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née.\nFinanceurs :\n- ARS\n- communauté de communes de l'Ernée\n",
                 "ernee", id="funders-bullets"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. Une antenne a été créée dans la communauté de communes de "
                 "l'Ernée.", "ernee", id="something-else-created-there"),
    pytest.param("En Mayenne, la CPTS de l'Ernée est née. Un poste de coordinatrice a été créé dans la communauté de "
                 "communes de l'Ernée.", "ernee", id="a-post-created-there"),
])
def test_an_intercommunality_that_is_no_perimeter(tmp_path, sentence, key):
    assert _areas(release(sentence), tmp_path, key) == {}


@pytest.mark.parametrize("sentence", [
    "In Mayenne, the CPTS Ernée was created with the support of the Ernée community of communes.",
    "The CPTS Ernée was created in Mayenne. Partners: the regional health agency and the Ernée community of communes.",
])
def test_en_an_intercommunality_that_is_no_perimeter(tmp_path, sentence):
    assert _areas(english_release(sentence), tmp_path, "ernee") == {}


def test_another_cpts_relative_clause_keeps_its_area(tmp_path):
    text = release("La CPTS Nord Mayenne est née en Mayenne. Elle s'est inspirée de la CPTS du Sud Mayenne, qui couvre la "
                   "communauté de communes du Pays de Craon.")
    assert _areas(text, tmp_path, "nord-mayenne") == {}
    assert _areas(text, tmp_path, "sud-mayenne") == {CRAON: "full"}


@pytest.mark.parametrize("text", [
    "La CPTS couvre la communauté de communes de l'Ernée (Mayenne) et la communauté de communes du Pays de Craon.",
    "La CPTS couvre la communauté de communes de l'Ernée, en Mayenne, et la communauté de communes du Pays de Craon.",
    "La CPTS couvre la communauté de communes de l'Ernée, dans la Mayenne, ainsi que la communauté de communes du Pays "
    "de Craon.",
])
def test_an_aside_between_two_names_keeps_the_verb_shared(text):
    assert [(m.epci.siren, m.extent) for m in find_epci_mentions(text, ["53"])] == [(ERNEE, "full"), (CRAON, "full")]


def test_a_new_sentence_shares_no_verb():
    text = ("La CPTS couvre la communauté de communes de l'Ernée. En Mayenne, la communauté de communes du Pays de Craon "
            "a financé l'étude.")
    assert [m.epci.siren for m in find_epci_mentions(text, ["53"])] == [ERNEE]
