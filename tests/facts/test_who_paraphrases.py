"""Which CPTS a communiqué is about and who holds its offices, in the other ways releases, press
and CPTS pages write them. Invented texts only: no name, place or figure comes from a real document."""
from __future__ import annotations

import pytest

from pipeline.facts.first_names import is_feminine_first_name

K = "val-fleuri"
SIGNED = "La CPTS Val Fleuri a signé son ACI. "


def _roles(record: dict) -> dict[str, str]:
    return {c["key"]: c["role"] for c in record["cpts"]}


def _people(record: dict) -> set[tuple[str, str, str]]:
    return {(c["key"], p["name"], p["role"]) for c in record["cpts"] for p in c["people"]}


# --- people: the role's gender from the first name, when its words give none ----------------------

@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Pour le Dr Anne Roux, qui la préside, « c'est une reconnaissance ».", {(K, "Anne Roux", "présidente")}),
    (SIGNED + "« C'est une reconnaissance », a déclaré Anne Roux, à la tête de la CPTS.",
     {(K, "Anne Roux", "présidente")}),
    (SIGNED + "Les co-présidents, Jean Martin et Anne Roux, ont remercié l'ARS.",
     {(K, "Jean Martin", "co-président"), (K, "Anne Roux", "co-présidente")}),
    ("La CPTS Val Fleuri est présidée par Marie-Hélène Garnier depuis 2021.", {(K, "Marie-Hélène Garnier", "présidente")}),
    ("The CPTS Val Fleuri signed its agreement. Its coordinator, Julie Perrin, explained the missions.",
     {(K, "Julie Perrin", "coordinatrice")}),
    ("The CPTS Val Fleuri signed its agreement, according to Nathalie Morel, the CPTS director.",
     {(K, "Nathalie Morel", "directrice")}),
    # a name that gives no gender, or a man's, keeps the masculine
    ("La CPTS Val Fleuri est présidée par Camille Garnier depuis 2021.", {(K, "Camille Garnier", "président")}),
    ("La CPTS Val Fleuri est présidée par Jean-Marie Garnier depuis 2021.", {(K, "Jean-Marie Garnier", "président")}),
    # a French singular keeps the form the text wrote
    (SIGNED + "Anne Roux, président de la CPTS, a remercié l'ARS.", {(K, "Anne Roux", "président")}),
])
def test_gender_of_the_holder(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("name, feminine", [
    ("Anne Roux", True), ("Latifa Benali", True), ("Aurélie Garnier", True), ("Séverine Lagarde", True),
    ("Marie-Noëlle Paris", True), ("ROUX Anne", True), ("Jean-Marie Roux", False), ("Jérémie Roux", False),
    ("Luca Rossi", False), ("Camille Roux", False), ("Dominique Roux", False), ("Pascal Roux", False),
    ("Roux", False), ("Stéphane Roux", False),
])
def test_feminine_first_names(name, feminine):
    assert is_feminine_first_name(name) is feminine


# --- people: other wordings of an office ---------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a descriptive phrase between the verb and the names
    ("La CPTS Val Fleuri est coprésidée par deux médecins, Jean Martin et Anne Roux.",
     {(K, "Jean Martin", "coprésident"), (K, "Anne Roux", "coprésidente")}),
    ("La CPTS Val Fleuri est présidée par un pharmacien, Jean Martin.", {(K, "Jean Martin", "président")}),
    # the partner of a co-presidency after "avec"
    (SIGNED + "Paul Morel, pharmacien, co-préside la CPTS avec Anne Roux, médecin.",
     {(K, "Paul Morel", "co-président"), (K, "Anne Roux", "co-présidente")}),
    (SIGNED + "Paul Morel co-préside la CPTS avec le Dr Anne Roux depuis 2021.",
     {(K, "Paul Morel", "co-président"), (K, "Anne Roux", "co-présidente")}),
    # an office in apposition, the CPTS having someone at its head
    (SIGNED + "Paul Morel, à la présidence de la CPTS depuis 2021, a présenté le projet.",
     {(K, "Paul Morel", "président")}),
    (SIGNED + "Julie Perrin, à la coordination de la CPTS depuis mars, a présenté le projet.",
     {(K, "Julie Perrin", "coordinatrice")}),
    (SIGNED + "La CPTS a à sa tête Paul Morel, médecin généraliste.", {(K, "Paul Morel", "président")}),
    # a board listed line by line, each line ending on a profession
    ("CPTS Val Fleuri\nLe bureau\nPrésident : Dr Jean MARTIN, médecin\nTrésorier : Luc PETIT, pharmacien\n"
     "Secrétaire : Marie BLANC, infirmière\n",
     {(K, "Jean Martin", "président"), (K, "Luc Petit", "trésorier"), (K, "Marie Blanc", "secrétaire")}),
])
def test_offices_in_other_words(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text", [
    SIGNED + "Paul Morel, à la direction de l'hôpital depuis 2021, a salué l'accord.",
    SIGNED + "L'URPS a à sa tête Paul Morel, médecin généraliste.",
    SIGNED + "Paul Morel, pharmacien, co-préside l'URPS avec Anne Roux.",
    SIGNED + "Marc Blanc, président de l'URPS médecins, a salué l'initiative.",
    SIGNED + "Pour l'ARS, Anne Leroy, directrice de la délégation départementale, a signé le contrat.",
    SIGNED + "Le maire, Marc Blanc, a salué l'initiative ; le député Paul Roux était présent.",
    SIGNED + "Marc Blanc, vice-président du conseil départemental, a salué l'initiative.",
    SIGNED + "Julie Perrin, directrice du centre hospitalier, siège au conseil d'administration.",
    "La CPTS Val Fleuri est présidée par un collège de médecins.",
    SIGNED + "Anne Roux, présidente de la Fédération des CPTS, a salué l'accord.",
    SIGNED + "Anne Roux, coordinatrice régionale des CPTS à l'ARS, a salué l'accord.",
    SIGNED + "Anne Roux, présidente d'une autre CPTS du département, a salué l'accord.",
    SIGNED + "Anne Roux, présidente de la CPTS voisine, a salué l'accord.",
    SIGNED + "Anne Roux, présidente du Dispositif d'appui à la coordination, a salué l'accord.",
    SIGNED + "Le sous-préfet Paul Morel et la députée Anne Roux étaient présents.",
])
def test_not_the_cptss_people(record_of, text):
    assert _people(record_of(text)) == set()


# --- which CPTS the release is about ----------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # a neighbour, in the masculine ("le territoire voisin") too
    (SIGNED + "La CPTS Pic Bleu, qui couvre le territoire voisin, devrait suivre en 2025.",
     {K: "subject", "pic-bleu": "mentioned"}),
    (SIGNED + "La CPTS Pic Bleu, déjà signataire, a partagé son expérience.", {K: "subject", "pic-bleu": "mentioned"}),
    # a partner
    ("La CPTS Val Fleuri organise, en partenariat avec la CPTS Pic Bleu, une journée de prévention le 12 mai.",
     {K: "subject", "pic-bleu": "mentioned"}),
    ("La CPTS Val Fleuri organise une journée de prévention le 12 mai, en collaboration avec la CPTS Pic Bleu.",
     {K: "subject", "pic-bleu": "mentioned"}),
    # a forerunner
    ("La CPTS Val Fleuri a signé son ACI, dans le sillage de la CPTS Pic Bleu.", {K: "subject", "pic-bleu": "mentioned"}),
    ("The CPTS Val Fleuri signed its agreement, following the CPTS Pic Bleu last year.",
     {K: "subject", "pic-bleu": "mentioned"}),
    # the pluperfect tells what others had done before
    (SIGNED + "Les CPTS Pic Bleu et Lac Vert l'avaient fait en 2022.",
     {K: "subject", "pic-bleu": "mentioned", "lac-vert": "mentioned"}),
    ("Le département compte sept CPTS. La CPTS Val Fleuri, dernière née, a signé jeudi. La CPTS Pic Bleu avait "
     "signé en 2022.", {K: "subject", "pic-bleu": "mentioned"}),
    # two communities doing the thing together are both subjects
    ("Les CPTS Val Fleuri et Pic Bleu ont signé leur contrat le 12 mars. Les deux communautés couvrent 40 communes.",
     {K: "subject", "pic-bleu": "subject"}),
    # one CPTS alone is the subject, whatever the wording
    ("L'hôpital de Rocheval, en partenariat avec la CPTS Val Fleuri, ouvre un centre de soins non programmés.",
     {K: "subject"}),
    ("La CPTS Val Fleuri avait signé son contrat en 2022. Elle ouvre un centre de soins.", {K: "subject"}),
])
def test_subject_and_mentioned(record_of, text, expected):
    assert _roles(record_of(text)) == expected


def test_a_noun_of_mediation_after_its_holder(record_of):
    text = ("La CPTS Val Fleuri recrute. Infirmière de formation, Valérie Garnier exerce la médiation en santé au sein "
            "de la CPTS Val Fleuri depuis un an.")
    assert _people(record_of(text)) == {(K, "Valérie Garnier", "médiatrice")}
    assert _people(record_of("La CPTS Val Fleuri recrute. Valérie Garnier assure la médiation entre les patients "
                             "et l'hôpital.")) == set()


ACTIONS = "Plusieurs acteurs ont présenté leurs actions :\n"


@pytest.mark.parametrize("bullets, role", [
    # one bullet among bullets on other bodies: named in passing
    ("- le centre hospitalier a détaillé son plan de recrutement ;\n- la CPTS du Val Fleuri a présenté son "
     "projet ;\n- la MSA a rappelé les aides à l'installation.", "mentioned"),
    ("• La CPAM a présenté ses journées de dépistage.\n• La CPTS du Val Fleuri a présenté son projet.\n", "mentioned"),
    # bullets of the CPTS's own missions
    ("- la CPTS du Val Fleuri organise la permanence des soins ;\n- prévention et dépistage ;\n"
     "- accueil des jeunes médecins.", "subject"),
])
def test_a_cpts_on_one_bullet_of_a_list_of_bodies(record_of, bullets, role):
    assert _roles(record_of(ACTIONS + bullets)) == {K: role}


# --- where a name ends, how it is written -----------------------------------------------------------

def _names(record: dict) -> list[str]:
    return [c["name"] for c in record["cpts"]]


@pytest.mark.parametrize("text, name", [
    ("La CPTS de Rocheval et environs a signé son contrat.", "CPTS de Rocheval et environs"),
    ("La CPTS Val Fleuri et ses environs a signé son contrat.", "CPTS Val Fleuri et ses environs"),
    ("La CPTS Val Fleuri et ses 120 membres ont signé.", "CPTS Val Fleuri"),
    # a name given by "dite"
    ("La CPTS dite des Trois Rivières a signé son contrat.", "CPTS des Trois Rivières"),
    # a sentence in capitals stops at its verb
    ("LA CPTS DU VAL FLEURI A SIGNÉ SON CONTRAT.", "CPTS DU VAL FLEURI"),
    ("LA CPTS SUD ROCHEVAL SIGNE SON ACI\nElle réunit 50 soignants.", "CPTS SUD ROCHEVAL"),
    # the acronym with dots
    ("Le 3 mai, la C.P.T.S. du Val Fleuri a signé son contrat.", "CPTS du Val Fleuri"),
    # a copy that runs the words together
    ("La CPTSdu Val Fleuri a signé son contrat.", "CPTS du Val Fleuri"),
    # a heading in capitals with a typeset ordinal gives way to the name as written
    ("LA CPTS PARIS 20ᵉ SIGNE L'ACI\nLe 3 mai, la CPTS Paris 20ᵉ a signé l'accord.", "CPTS Paris 20ᵉ"),
])
def test_name_forms(record_of, text, name):
    assert _names(record_of(text)) == [name]


def test_a_cpts_named_by_a_pronoun_opening_the_next_sentence(record_of):
    text = "La CPTS de Grasse a signé son contrat. Celle de Cannes signera en juin."
    assert [c["key"] for c in record_of(text)["cpts"]] == ["grasse", "cannes"]
    text = "La CPTS de Grasse a signé. Celle du département voisin attendra."
    assert [c["key"] for c in record_of(text)["cpts"]] == ["grasse"]


# --- one CPTS given as an example of a department's or a region's ----------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Les CPTS dans le Cher\nLe Cher compte aujourd'hui cinq CPTS actives, qui couvrent 95 % de la population. "
     "Parmi elles, la CPTS du Val Fleuri, créée en 2020, s'est distinguée par son service de soins non programmés.",
     {K: "mentioned"}),
    ("Portrait de territoire\nLe département compte 372 000 habitants et 195 communes. Quatre CPTS y sont en "
     "fonctionnement. Témoignage de la CPTS du Val Fleuri : « Nous avons commencé par la prévention. »",
     {K: "mentioned"}),
    ("La CPTS Pic Bleu signe son contrat. Elle s'inspire des CPTS voisines, par exemple la CPTS du Val Fleuri.",
     {"pic-bleu": "subject", K: "mentioned"}),
    # an example that the text then speaks of is its subject
    ("Cinq CPTS sont actives. Parmi elles, la CPTS du Val Fleuri a signé jeudi. La CPTS du Val Fleuri réunit "
     "80 soignants.", {K: "subject"}),
])
def test_a_cpts_given_as_an_example(record_of, text, expected):
    assert _roles(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Présidence : Paul Morel ; coordination : Julie Perrin.",
     {(K, "Paul Morel", "président"), (K, "Julie Perrin", "coordinatrice")}),
    ("La CPTS Val Fleuri a signé son ACI.\nDirection : Anne Roux\nCoordination : Julie Perrin\n",
     {(K, "Anne Roux", "directrice"), (K, "Julie Perrin", "coordinatrice")}),
    # the label after another body is that body's
    ("L'URPS a signé la convention.\nDirection : Anne Roux\n", set()),
    ("La CPTS Val Fleuri a signé son ACI avec l'ARS. Direction : Anne Roux, directrice générale de l'ARS.", set()),
])
def test_an_office_as_a_label(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text, insee", [
    ("La CPTS du Val Fleuri a été inaugurée le 3 mai dans les locaux de la mairie de Manosque.", "04112"),
    ("La CPTS du Val Fleuri a été lancée le 3 mai, à la salle des fêtes de Manosque.", "04112"),
    ("La CPTS du Val Fleuri a été lancée le 3 mai. Son siège est à Manosque.", None),
    ("La CPTS du Val Fleuri a été lancée le 3 mai. Une réunion publique aura lieu à Manosque en juin.", None),
])
def test_launch_place_in_a_venue(record_of, text, insee):
    place = record_of(text)["cpts"][0]["launch_place"]
    assert (place or {}).get("insee") == insee


@pytest.mark.parametrize("text, role", [
    # a text on something else that names the CPTS early, as the support of what another does
    ("Un médecin retraité reprend du service\nÀ 72 ans, le Dr Paul Morel a rouvert son cabinet à Rocheval. Avec "
     "l'appui de la CPTS du Val Fleuri, il reçoit les patients sans médecin traitant. Sa patientèle compte déjà 300 "
     "personnes.", "mentioned"),
    ("Vaccination : une opération dans les pharmacies\nLes pharmacies de Rocheval vaccinent contre la grippe jusqu'au "
     "15 décembre. L'opération est soutenue par la CPTS du Val Fleuri et la CPAM.", "mentioned"),
    ("Santé : la ville recrute des médecins salariés\nLa municipalité a ouvert un centre de santé en mars. La ville "
     "travaille en lien étroit avec la CPTS du Val Fleuri et l'hôpital.", "mentioned"),
    # its own event, its own page or its own board member: the subject
    ("Signature de l'accord conventionnel\nL'ARS et la CPAM ont signé jeudi l'accord conventionnel "
     "interprofessionnel avec la CPTS du Val Fleuri.", "subject"),
    ("Règlement intérieur\nLe candidat remplit le formulaire du site internet de la CPTS du Val Fleuri ; le conseil "
     "d'administration statue.", "subject"),
    ("Tribune\nAnne Roux est membre du bureau de la CPTS du Val Fleuri. Elle plaide pour l'accès direct aux soins.",
     "subject"),
])
def test_a_cpts_supporting_another_s_doing_in_the_lead(record_of, text, role):
    assert _roles(record_of(text)) == {K: role}


@pytest.mark.parametrize("text, expected", [
    # the other holder of a shared office, after "avec", in its own gender
    (SIGNED + "Pour Anne Roux, infirmière et co-présidente avec Paul Morel, « c'est une étape ».",
     {(K, "Anne Roux", "co-présidente"), (K, "Paul Morel", "co-président")}),
    # "l'association" followed by an adverbial is the CPTS
    (SIGNED + "Anne Roux, pharmacienne, préside l'association depuis sa création.", {(K, "Anne Roux", "présidente")}),
    # the project alone, in a text on the CPTS
    (SIGNED + "« C'est une étape », résume Julie Perrin, coordinatrice du projet.",
     {(K, "Julie Perrin", "coordinatrice")}),
    # another project, another association
    (SIGNED + "Julie Perrin, coordinatrice du projet de maison de santé, s'en félicite.", set()),
    (SIGNED + "Anne Roux préside l'association Santé Mobile depuis 2020.", set()),
    (SIGNED + "Le Pr Paul Morel, chef de service au CHU, a salué l'accord.", set()),
])
def test_more_holders(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text, role", [
    # the last item of a list of signatories, after "et"
    ("Contrat local de santé : quatorze signataires\nLe contrat local de santé 2025-2029 a été signé lundi. Parmi les "
     "signataires figurent l'ARS, la préfecture, le département, la CPAM et la CPTS du Val Fleuri. Le contrat fixe "
     "cinq priorités.", "mentioned"),
    # a contract of its own signed with them
    ("L'accord conventionnel interprofessionnel a été signé par l'ARS, la CPAM et la CPTS du Val Fleuri.", "subject"),
    # a fronted date, then two signatories
    ("Le 12 mai, l'ARS et la CPTS du Val Fleuri ont signé une convention.", "subject"),
])
def test_the_last_of_a_list_of_bodies(record_of, text, role):
    assert _roles(record_of(text)) == {K: role}


@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Anne Roux, infirmière adhérente de la CPTS, témoigne.", {(K, "Anne Roux", "membre")}),
    (SIGNED + "Anne Roux, adhérente à la CPTS depuis 2021, témoigne.", {(K, "Anne Roux", "membre")}),
    (SIGNED + "Paul Morel, kinésithérapeute et membre actif de la CPTS, témoigne.", {(K, "Paul Morel", "membre")}),
    (SIGNED + "Paul Morel siège au conseil d'administration de la CPTS.",
     {(K, "Paul Morel", "membre du conseil d'administration")}),
    (SIGNED + "Paul Morel fait partie du bureau de la CPTS.", {(K, "Paul Morel", "membre du bureau")}),
    # another body's board, another body's members
    (SIGNED + "Paul Morel siège au conseil d'administration de l'hôpital.", set()),
    (SIGNED + "Anne Roux, adhérente de l'URPS, témoigne.", set()),
    (SIGNED + "La CPTS compte 120 adhérents.", set()),
])
def test_members_in_other_words(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri a vu le jour sous l'impulsion d'Anne Roux, infirmière.", {(K, "Anne Roux", "initiatrice")}),
    ("La CPTS du Val Fleuri est née de l'idée de Paul Morel et d'Anne Roux.",
     {(K, "Paul Morel", "initiateur"), (K, "Anne Roux", "initiatrice")}),
    ("La CPTS du Val Fleuri est partie de l'ambition du Dr Morel, généraliste, de fédérer les soignants.",
     {(K, "Morel", "initiateur")}),
    ("La CPTS du Val Fleuri est partie de l'ambition de la communauté de communes.", set()),
])
def test_initiators_in_other_words(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    (SIGNED + "Julie Perrin, responsable de la CPTS, a présenté le plan.", {(K, "Julie Perrin", "responsable")}),
    (SIGNED + "Julie Perrin, assistante de coordination de la CPTS, a présenté le plan.",
     {(K, "Julie Perrin", "assistante de coordination")}),
    (SIGNED + "Julie Perrin, chargée de prévention à la CPTS, a présenté le plan.",
     {(K, "Julie Perrin", "chargée de prévention")}),
    (SIGNED + "Julie Perrin, porte-parole de la CPTS, a présenté le plan.", {(K, "Julie Perrin", "porte-parole")}),
    # the word alone, or another body's
    (SIGNED + "Julie Perrin, responsable, s'en félicite.", set()),
    (SIGNED + "Julie Perrin, responsable du service qualité de l'hôpital, s'en félicite.", set()),
])
def test_other_offices(record_of, text, expected):
    assert _people(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("The CPTS Val Fleuri signed its agreement. CPTS coordinator Julie Perrin thanked the partners.",
     {(K, "Julie Perrin", "coordinatrice")}),
    ("The CPTS Val Fleuri signed its agreement. The community is led by Anne Roux, a pharmacist.",
     {(K, "Anne Roux", "présidente")}),
    ("The CPTS Val Fleuri signed its agreement. Anne Roux, a nurse, is the president of the CPTS.",
     {(K, "Anne Roux", "présidente")}),
])
def test_english_roles_in_the_holder_s_gender(record_of, text, expected):
    assert _people(record_of(text)) == expected
