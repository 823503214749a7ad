"""Communes a territory holds, written the other ways releases write them: "ainsi que" inside a
list ("les villes de A et B ainsi que les communes de C et D"), "la commune nouvelle de X", nouns
of an area of action ("son aire d'intervention :"), other verbs ("recouvre", "intervient sur",
"dessert", "porte sur"), departments or postcodes in brackets, lists over two departments, bullets
of every kind, English "spans", "serves", "encompasses"; and lists that give no perimeter: what a
contrat local de santé, a GHT, a DAC or a neighbouring CPTS covers, the towns of the board, venues.
The CPTS and sentences are invented; the places come from the gazetteer (Dordogne and Lot)."""
from __future__ import annotations

import pytest

from perimeter import closed as closed_list, cpts_of

SARLAT, DOMME, BEYNAC, CARLUX = "24520", "24152", "24040", "24081"
SOUILLAC, GOURDON = "46309", "46127"
FOUR = (SARLAT, DOMME, BEYNAC, CARLUX)
A, B, C, D = "Sarlat-la-Canéda", "Domme", "Beynac-et-Cazenac", "Carlux"


def release(body: str) -> str:
    return f"Le 12 mars 2024.\n\nLa CPTS des Deux Vallées a signé son accord conventionnel avec l'ARS. {body}\n"


def release_en(body: str) -> str:
    return f"12 March 2024.\n\nThe CPTS des Deux Vallées signed its agreement with the ARS. {body}\n"


def territory(record: dict) -> dict:
    return cpts_of(record, "deux-vallees").get("territory") or {}


def communes(record: dict) -> list[str]:
    return sorted(c["insee"] for c in territory(record).get("communes", []))


def resolved(record: dict) -> dict | None:
    return territory(record).get("resolved")


def closed(*codes: str) -> dict:
    return closed_list(list(codes))


def opened(*codes: str) -> dict:
    return {**closed_list(list(codes)), "complete": False}


@pytest.mark.parametrize("body", [
    f"La CPTS, qui s'étend sur les communes de {A}, {B}, {C} et {D}, compte 80 adhérents.",
    f"Son territoire recouvre les communes de {A}, {B}, {C} et {D}.",
    f"Elle intervient sur les communes de {A}, {B}, {C} et {D}.",
    f"Son territoire d'action : {A}, {B}, {C} et {D}.",
    f"Périmètre : {A} – {B} – {C} – {D}",
    f"Communes couvertes : {A} (24), {B} (24), {C} (24), {D} (24).",
    f"Elle couvre {A} (Dordogne), {B} (Dordogne), {C} (Dordogne) et {D} (Dordogne).",
    f"Elle couvre les communes suivantes : {A}, {B}, {C} et {D}.",
    f"Elle rassemble les professionnels de santé des communes de {A}, {B}, {C} et {D}.",
    f"Elle englobe {A}, {B}, {C}, ainsi que {D}.",
    f"Le territoire de la CPTS est composé des communes de {A}, {B}, {C} et {D}.",
    f"Elle couvre quatre communes : {A}, {B}, {C}, {D}.",
    f"Elle couvre les communes de {A}, {B},\n{C} et {D}.",
    f"\n\nTerritoire\n1) {A}\n2) {B}\n3) {C}\n4) {D}",
    f"\n\nCommunes couvertes\n* {A}\n* {B}\n* {C}\n* {D}",
    f"\n\nCommunes couvertes\n▪ {A}\n▪ {B}\n▪ {C}\n▪ {D}",
    f"\n\nCommunes couvertes\no {A}\no {B}\no {C}\no {D}",
    f"Communes : {A} - {B} - {C} - {D}",
    f"Communes : {A} ; {B} ; {C} ; {D}",
    f"Les villes de {A} et {B} ainsi que les communes de {C} et {D} composent son territoire.",
    f"Le territoire de la CPTS : {A}, {B}, {C}, {D}.",
    f"Sur les communes de {A}, {B}, {C} et {D}, la CPTS fédère 80 professionnels.",
    f"Les communes de {A}, {B}, {C} et {D} constituent le territoire de la CPTS.",
    f"Les communes de {A}, {B}, {C} et {D} forment son territoire.",
    f"{A}, {B}, {C} et {D} : ce sont les quatre communes du territoire de la CPTS.",
    f"Son territoire d'intervention comprend {A}, {B}, {C} et {D}.",
    f"Le périmètre de la CPTS recouvre 4 communes ({A}, {B}, {C}, {D}).",
    f"Communes : 24200 - {A}, 24250 - {B}, 24220 - {C}, 24370 - {D}.",
    f"Elle regroupe les quatre communes de {A}, {B}, {C} et {D}.",
    f"Son périmètre englobe {A}, {B}, {C} et {D}.",
    f"La CPTS couvre un territoire de quatre communes, à savoir {A}, {B}, {C} et {D}.",
    f"Le territoire couvert inclut {A}, {B}, {C} et {D}.",
    f"Elle couvre les communes de {A}, de {B}, de {C} et de {D}.",
    f"Elle couvre {A}, {B}, {C} et {D}, soit 4 communes.",
    f"Elle couvre {A}/{B}/{C}/{D}.",
    f"Elle est implantée sur les communes de {A}, {B}, {C} et {D}.",
    f"Son aire d'intervention : {A}, {B}, {C} et {D}.",
    f"Son ressort territorial comprend {A}, {B}, {C} et {D}.",
    f"La CPTS porte sur les communes de {A}, {B}, {C} et {D}.",
    f"Le territoire concerné : {A}, {B}, {C}, {D}.",
    f"Elle dessert les communes de {A}, {B}, {C} et {D}.",
    f"Elle maille le territoire des communes de {A}, {B}, {C} et {D}.",
])
def test_a_list_read_whatever_its_verb_noun_or_layout(record_of, body):
    record = record_of(release(body))
    assert resolved(record) == closed(*FOUR)


@pytest.mark.parametrize("body", [
    f"It covers the towns of {A}, {B}, {C} and {D}.",
    f"It spans {A}, {B}, {C} and {D}.",
    f"Its area includes the municipalities of {A}, {B}, {C} and {D}.",
    f"The CPTS covers four municipalities: {A}, {B}, {C} and {D}.",
    f"Its territory: {A}, {B}, {C}, {D}.",
    f"Its catchment area comprises {A}, {B}, {C} and {D}.",
    f"It serves the communes of {A}, {B}, {C} and {D}.",
    f"The territory encompasses {A}, {B}, {C} and {D}.",
    f"It covers {A}, {B}, {C} as well as {D}.",
])
def test_en_a_list_read_whatever_its_verb(record_of, body):
    assert resolved(record_of(release_en(body))) == closed(*FOUR)


@pytest.mark.parametrize("body", [
    f"Elle couvre {A}, {B} (Dordogne), Souillac et Gourdon (Lot).",
    f"Elle couvre des communes de Dordogne ({A}, {B}) et du Lot (Souillac, Gourdon).",
    f"Elle s'étend sur deux départements : {A} et {B} en Dordogne, Souillac et Gourdon dans le Lot.",
    f"Communes : {A} (24200), {B} (24250), Souillac (46200), Gourdon (46300).",
])
def test_a_list_over_two_departments(record_of, body):
    assert resolved(record_of(release(body))) == closed(SARLAT, DOMME, SOUILLAC, GOURDON)


@pytest.mark.parametrize("text, expected", [
    (release_en(f"It spans two departments, with {A} and {B} in the Dordogne and Souillac and Gourdon in the Lot."),
     closed(SARLAT, DOMME, SOUILLAC, GOURDON)),
    (release(f"Elle couvre {A}, {B} et {D} en Dordogne ainsi que Souillac et Gourdon dans le Lot."),
     closed(SARLAT, DOMME, CARLUX, SOUILLAC, GOURDON)),
    (release(f"Elle couvre {A} et {B} en Dordogne."), closed(SARLAT, DOMME)),
])
def test_the_department_written_after_a_name_is_no_part_of_it(record_of, text, expected):
    assert resolved(record_of(text)) == expected


@pytest.mark.parametrize("body, expected", [
    (f"Elle couvre la commune nouvelle de Coly-Saint-Amand, {A} et {B}.", closed("24364", SARLAT, DOMME)),
    (f"Elle couvre {A}, {B} et la commune nouvelle de Pays de Belvès.", closed("24035", SARLAT, DOMME)),
])
def test_a_commune_nouvelle_is_one_of_the_list(record_of, body, expected):
    assert resolved(record_of(release(body))) == expected


@pytest.mark.parametrize("body", [
    f"Le président, le Dr Jean Martin, exerce à {A} ; la trésorière, Anne Roux, à {B} ; le secrétaire à {C}.",
    f"La maison de santé de {A} regroupe des professionnels de {A}, {B} et {C}.",
    f"Le GHT regroupe les hôpitaux de {A}, {B} et {C}.",
    f"Le contrat local de santé couvre les communes de {A}, {B} et {C}.",
    f"La CPTS voisine du Périgord Vert couvre {A}, {B} et {C}.",
    f"Les réunions se tiendront à {A}, {B} et {C}.",
    f"Le CLS du Sarladais concerne les communes de {A}, {B} et {C}.",
    f"Le conseil d'administration compte des membres venus de {A}, {B} et {C}.",
    f"Les hôpitaux de {A} et de {B} sont partenaires.",
    f"Le projet de santé a été présenté à {A}, {B} et {C}.",
    f"La MSP regroupe des médecins de {A}, {B} et {C}.",
    f"Le groupement hospitalier de territoire rassemble les établissements de {A}, {B} et {C}.",
    f"Le contrat local de santé, signé en 2021, s'étend sur les communes de {A}, {B} et {C}.",
    f"Le bureau est composé de soignants de {A}, {B} et {C}.",
    f"Les membres du bureau exercent à {A}, {B} et {C}.",
    f"Des soirées d'information sont prévues à {A}, {B} et {C}.",
    f"\n\nLieux des réunions :\n- {A}\n- {B}\n- {C}",
    f"\n\nBureau\n- Président : Jean Martin ({A})\n- Trésorière : Anne Roux ({B})\n- Secrétaire : Paul Blanc ({C})",
    f"La CPTS du Pays de Gourdon, voisine, regroupe Gourdon, Souillac et {D}.",
    f"Les centres hospitaliers de {A}, {B} et {C} ont signé une convention.",
    f"Le dispositif d'appui à la coordination couvre {A}, {B} et {C}.",
    f"Le centre de santé intervient sur {A}, {B} et {C}.",
    f"Le CLS couvre les communes de {A}, {B} et {C}.",
    f"La CPTS voisine du Pays de Gourdon couvre Gourdon, Souillac et {D}.",
    f"Le Dr Jean Martin, médecin à {A}, Anne Roux, infirmière à {B}, et Paul Blanc, pharmacien à {C}, composent le bureau.",
    f"\n\nAgenda\n- 4 avril : {A}\n- 11 avril : {B}\n- 18 avril : {C}",
])
def test_other_bodies_board_towns_and_venues_give_no_perimeter(record_of, body):
    record = record_of(release(body))
    assert resolved(record) is None


@pytest.mark.parametrize("body", [
    f"The local health contract covers {A}, {B} and {C}.",
    f"The neighbouring CPTS covers Gourdon, Souillac and {D}.",
    f"Its board members work in {A}, {B} and {C}.",
])
def test_en_other_bodies_and_board_towns_give_no_perimeter(record_of, body):
    assert resolved(record_of(release_en(body))) is None


@pytest.mark.parametrize("layout", [
    f"Communes adhérentes\n{A}\n{B}\n{C}\n{D}",
    f"Notre territoire\n\nLa CPTS couvre les communes suivantes :\n\n- {A}\n\n- {B}\n\n- {C}\n\n- {D}",
    f"Périmètre de la CPTS :\n{A} (24200)\n{B} (24250)\n{C} (24220)\n{D} (24370)",
    f"Les communes membres de la CPTS :\n1/ {A}\n2/ {B}\n3/ {C}\n4/ {D}",
    f"TERRITOIRE\n{A.upper()}\n{B.upper()}\n{C.upper()}\n{D.upper()}",
    f"Communes couvertes par la CPTS\n\n{A}, {B}, {C}, {D}",
    f"Le territoire de la CPTS\n\n{A} – {B} – {C} – {D}",
    "Elle couvre les communes de Sarlat-la-\nCanéda, Domme, Beynac-et-\nCazenac et Carlux.",
])
def test_a_list_under_its_heading_or_broken_over_lines(record_of, layout):
    assert resolved(record_of(release(f"\n\n{layout}"))) == closed(*FOUR)


@pytest.mark.parametrize("layout", [
    f"Côté Dordogne : {A}, {B}.\nCôté Lot : Souillac, Gourdon.",
    f"Son territoire s'étend sur deux départements.\n\nDordogne : {A}, {B}\nLot : Souillac, Gourdon",
    f"Communes : {A} (24), {B} (24), Souillac (46), Gourdon (46).",
])
def test_a_list_in_two_departments_line_by_line(record_of, layout):
    assert resolved(record_of(release(f"\n\n{layout}"))) == closed(SARLAT, DOMME, SOUILLAC, GOURDON)


@pytest.mark.parametrize("body", [
    f"Le Contrat Local de Santé du Sarladais regroupe {A}, {B} et {C}.",
    f"Le Groupement Hospitalier de Territoire regroupe les hôpitaux de {A}, {B} et {C}.",
])
def test_another_body_written_in_capitals_covers_no_perimeter(record_of, body):
    assert resolved(record_of(release(body))) is None


@pytest.mark.parametrize("body", [
    f"Le Dr Jean Martin intervient sur {A}, {B} et {C}.",
    f"Le Dr Jean Martin est actif sur {A}, {B} et {C}.",
    f"Mme Anne Roux, infirmière, intervient sur {A}, {B} et {C}.",
    f"Les sages-femmes interviennent sur {A}, {B} et {C}.",
    f"Les orthophonistes exercent sur {A}, {B} et {C}.",
    f"Les chirurgiens-dentistes couvrent {A}, {B} et {C}.",
])
def test_where_a_person_or_a_profession_works_is_no_perimeter(record_of, body):
    assert resolved(record_of(release(body))) is None


@pytest.mark.parametrize("body", [
    f"Elle opère sur {A}, {B}, {C} et {D}.",
    f"Forte de 80 médecins et infirmiers, elle couvre {A}, {B}, {C} et {D}.",
    f"Elle est au service des 15 000 habitants de {A}, {B}, {C} et {D}.",
    f"Sur le territoire de {A}, {B}, {C} et {D}, la CPTS fédère 80 soignants.",
    f"Couvrant {A}, {B}, {C} et {D}, elle réunit 80 soignants.",
    f"Son territoire correspond aux communes de {A}, {B}, {C} et {D}.",
])
def test_a_cpts_that_works_on_its_towns(record_of, body):
    assert resolved(record_of(release(body))) == closed(*FOUR)


@pytest.mark.parametrize("body", [
    f"Les premières actions concernent les habitants de {A}, {B} et {C}.",
    f"Une campagne de vaccination concerne les habitants de {A}, {B} et {C}.",
    f"Le dépistage concerne les communes de {A}, {B} et {C}.",
    f"La CPTS a réuni ses adhérents à {A}, {B} et {C}.",
    f"Les professionnels se sont réunis à {A}, puis à {B} et à {C}.",
])
def test_actions_shortages_and_meetings_give_no_perimeter(record_of, body):
    assert resolved(record_of(release(body))) is None


@pytest.mark.parametrize("body", [
    f"Elle concerne les habitants de {A}, {B}, {C} et {D}.",
    f"Elle regroupe les communes de {A}, {B}, {C} et {D}, qui manquent de médecins.",
])
def test_the_cpts_s_own_towns_even_when_they_lack_doctors(record_of, body):
    assert resolved(record_of(release(body))) == closed(*FOUR)


def test_the_towns_where_its_members_work_are_communes_but_no_perimeter(record_of):
    record = record_of(release(f"Elle rassemble les professionnels exerçant à {A}, {B} et {C}."))
    assert communes(record) == sorted((SARLAT, DOMME, BEYNAC)) and resolved(record) is None


@pytest.mark.parametrize("body", [
    f"Les communes de {A}, {B} et {C} manquent de médecins.",
    f"{A}, {B} et {C} sont des zones sous-denses.",
])
def test_towns_that_lack_doctors_are_communes_but_no_perimeter(record_of, body):
    record = record_of(release(body))
    assert communes(record) == sorted((SARLAT, DOMME, BEYNAC)) and resolved(record) is None


@pytest.mark.parametrize("body", [
    f"Elle intervient sur les territoires de {A} et de {B}.",
    f"Le territoire de {A} et {B} compte 15 000 habitants.",
    f"Elle couvre le territoire de {A} et {B}.",
])
def test_the_territory_of_two_towns(record_of, body):
    assert resolved(record_of(release(body))) == closed(SARLAT, DOMME)


def test_the_two_towns_its_members_work_in_are_communes_but_no_perimeter(record_of):
    record = record_of(release(f"Elle regroupe des professionnels de santé exerçant sur {A} et {B}."))
    assert communes(record) == sorted((SARLAT, DOMME)) and resolved(record) is None


@pytest.mark.parametrize("text", [
    release(f"Elle couvre les secteurs {A}, {B}, {C} et {D}."),
    release(f"Elle couvre les secteurs sanitaires de {A}, {B}, {C} et {D}."),
    release(f"Elle couvre les secteurs géographiques de {A}, {B}, {C} et {D}."),
    release_en(f"It covers the sectors of {A}, {B}, {C} and {D}."),
])
def test_the_towns_sectors_are_named_after_are_communes_but_no_perimeter(record_of, text):
    record = record_of(text)
    assert communes(record) == sorted(FOUR) and resolved(record) is None


def test_its_own_sector_of_action_is_its_perimeter(record_of):
    body = f"Son secteur d'intervention couvre {A}, {B}, {C} et {D}."
    assert resolved(record_of(release(body))) == closed(*FOUR)


@pytest.mark.parametrize("sentence", [
    f"{A}, {B}, {C} et {D} forment la CPTS des Deux Vallées, qui a signé son accord.",
    f"Les communes de {A}, {B}, {C} et {D} constituent désormais la CPTS des Deux Vallées.",
])
def test_towns_that_form_the_cpts(record_of, sentence):
    assert resolved(record_of(f"Le 12 mars 2024.\n\n{sentence}\n")) == closed(*FOUR)


def test_towns_that_form_something_else_give_no_perimeter(record_of):
    body = f"{A}, {B} et {C} forment un triangle où manquent des médecins."
    assert resolved(record_of(release(body))) is None


@pytest.mark.parametrize("body", [
    f"Implantée à {A} et {B}, elle compte 80 adhérents.",
    f"Elle est basée à {A} et à {B}.",
    f"La CPTS des Deux Vallées, installée à {A} et {B}, compte 80 adhérents.",
    f"Elle s'adresse aux professionnels de santé de {A} et {B}.",
])
def test_two_seats_or_two_workplaces_are_communes_but_no_perimeter(record_of, body):
    record = record_of(release(body))
    assert communes(record) == sorted((SARLAT, DOMME)) and resolved(record) is None


def test_a_seat_and_a_person_s_workplace(record_of):
    record = record_of(release(f"Son siège est à {A} et sa coordinatrice travaille à {B}."))
    assert communes(record) == [SARLAT]


@pytest.mark.parametrize("body", [
    f"Elle s'adresse aux 15 000 habitants de {A} et {B}.",
    f"Elle est au service des habitants de {A} et de {B}.",
])
def test_the_inhabitants_it_serves(record_of, body):
    assert resolved(record_of(release(body))) == closed(SARLAT, DOMME)


@pytest.mark.parametrize("body, expected", [
    (f"Elle couvre {A} ainsi qu'une quinzaine de communes rurales.", opened(SARLAT)),
    (f"Elle couvre {A} et {B} ainsi que 10 villages.", opened(SARLAT, DOMME)),
    (f"Elle couvre {A}, {B} et une dizaine de villages.", opened(SARLAT, DOMME)),
    (f"Elle couvre {A} et {B} ainsi qu'une dizaine de villages.", opened(SARLAT, DOMME)),
    (f"Elle couvre {A}, {B}, {C} et {D} ainsi qu'une dizaine de villages.", opened(*FOUR)),
])
def test_more_villages_than_the_names_leave_the_perimeter_open(record_of, body, expected):
    assert resolved(record_of(release(body))) == expected


@pytest.mark.parametrize("body", [
    "Son territoire touche Gourdon, Souillac et Payrac.",
    "Elle borde Gourdon, Souillac et Payrac.",
    "À terme, elle pourrait s'étendre à Gourdon, Souillac et Payrac.",
    "Elle souhaite intégrer à terme Gourdon, Souillac et Payrac.",
    "Elle envisage de s'étendre à Gourdon et Souillac.",
])
def test_the_towns_it_borders_or_might_cover_one_day_give_no_perimeter(record_of, body):
    assert resolved(record_of(release(body))) is None


def test_en_the_towns_it_could_extend_to_give_no_perimeter(record_of):
    assert resolved(record_of(release_en("It could extend to Gourdon, Souillac and Payrac."))) is None


@pytest.mark.parametrize("body", [
    f"Elle couvrira à terme {A}, {B}, {C} et {D}.",
    f"Elle couvre les communes de {A}, {B}, {C} et {D}, et pourrait s'étendre à Gourdon.",
])
def test_what_it_will_cover_is_its_perimeter(record_of, body):
    assert resolved(record_of(release(body))) == closed(*FOUR)


@pytest.mark.parametrize("text", [
    release(f"Elle s'inscrit dans le contrat local de santé, qui couvre {A}, {B} et {C}."),
    release(f"Elle s'inscrit dans le contrat local de santé, qui couvre {A} et {B}."),
    release(f"Le territoire du CLS englobe {A}, {B} et {C}."),
    release(f"Elle s'appuie sur le DAC, dont le périmètre comprend {A}, {B} et {C}."),
    release(f"Dans le cadre du contrat local de santé couvrant {A}, {B} et {C}, elle mène des actions."),
    release_en(f"It is part of the local health contract, which covers {A}, {B} and {C}."),
])
def test_what_a_contract_or_a_body_named_before_the_verb_covers_is_no_perimeter(record_of, text):
    assert resolved(record_of(text)) is None


@pytest.mark.parametrize("sentence", [
    f"La CPTS des Deux Vallées, qui s'appuie sur le CLS, couvre {A}, {B}, {C} et {D}.",
    f"La CPTS des Deux Vallées, partenaire du centre hospitalier, couvre {A}, {B}, {C} et {D}.",
])
def test_a_cpts_that_works_with_another_body_still_covers_its_towns(record_of, sentence):
    assert resolved(record_of(f"Le 12 mars 2024.\n\n{sentence}\n")) == closed(*FOUR)


@pytest.mark.parametrize("body", [
    f"Elle couvre, en Dordogne, {A} et {B}, et dans le Lot, Souillac et Gourdon.",
    f"Elle couvre des communes de deux départements : en Dordogne, {A} et {B} ; dans le Lot, Souillac et Gourdon.",
])
def test_a_department_named_before_its_towns(record_of, body):
    assert resolved(record_of(release(body))) == closed(SARLAT, DOMME, SOUILLAC, GOURDON)


def test_venues_in_a_department_give_no_perimeter(record_of):
    assert resolved(record_of(release(f"Elle a ouvert des permanences en Dordogne, à {A} et {B}."))) is None


@pytest.mark.parametrize("body", [
    f"The CPTS's area: {A}, {B}, {C}, {D}.",
    f"Its catchment area: {A}, {B}, {C}, {D}.",
])
def test_en_an_area_and_its_towns_after_a_colon(record_of, body):
    assert resolved(record_of(release_en(body))) == closed(*FOUR)


def test_en_the_towns_of_the_professionals_it_gathers_are_communes_but_no_perimeter(record_of):
    record = record_of(release_en(f"It gathers the health professionals of {A}, {B}, {C} and {D}."))
    assert communes(record) == sorted(FOUR) and resolved(record) is None


@pytest.mark.parametrize("body", [
    f"The hospital's catchment area includes {A}, {B} and {C}.",
    f"Doctors from the area gathered in {A}, {B} and {C}.",
])
def test_en_a_hospital_s_area_and_meeting_places_give_no_perimeter(record_of, body):
    assert resolved(record_of(release_en(body))) is None


@pytest.mark.parametrize("body", [
    f"\n\nNos partenaires\n- Mairie de {A}\n- Commune de {B}\n- Ville de {D}",
    f"Remerciements aux villes de {A}, {B} et {D}.",
])
def test_partners_and_thanks_give_no_perimeter(record_of, body):
    assert resolved(record_of(release(body))) is None


def test_a_cpts_and_its_partners_cover_its_towns(record_of):
    body = f"La CPTS et ses partenaires couvrent les communes de {A}, {B}, {C} et {D}."
    assert resolved(record_of(release(body))) == closed(*FOUR)


@pytest.mark.parametrize("body", [
    f"Bureau : Dr Jean Martin, président ({A}) ; Anne Roux, trésorière ({B}) ; Paul Blanc, secrétaire ({D}).",
    f"\n\nLe bureau\nJean Martin, médecin généraliste, {A}\nAnne Roux, infirmière, {B}\nPaul Blanc, pharmacien, {D}",
    f"\n\nLe bureau\nPrésident : Jean Martin, {A}\nTrésorière : Anne Roux, {B}\nSecrétaire : Paul Blanc, {D}",
    f"Les membres fondateurs viennent de {A}, {B} et {D}.",
    f"Structures membres : MSP de {A}, MSP de {B}, centre hospitalier de {D}.",
    f"\n\nPharmacies adhérentes\n- Pharmacie de {A}\n- Pharmacie de {B}\n- Pharmacie de {D}",
    f"\n\nCalendrier\n{A} – 4 avril\n{B} – 11 avril\n{D} – 18 avril",
])
def test_the_board_s_towns_members_structures_and_a_calendar_give_no_perimeter(record_of, body):
    record = record_of(release(body))
    assert communes(record) == [] and resolved(record) is None
