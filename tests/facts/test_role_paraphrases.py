"""Which CPTS a text is about and which it only names, in the many ways releases, the press, federations and
CPTS pages set them out: a department's CPTS listed with their dates, a network naming its members, a scheme
deployed on several territories, a health centre's news naming its CPTS, a CPTS's own news naming a neighbour, a
former name, a merger or a future CPTS; headline against body; English texts. Invented texts only: no name,
place or figure comes from a real document."""
from __future__ import annotations

import pytest

M, S = "mentioned", "subject"


def _roles(record: dict) -> dict[str, str]:
    return {c["key"]: c["role"] for c in record["cpts"]}


def _aliases(record: dict) -> dict[str, list[str]]:
    return {c["key"]: c["aliases"] for c in record["cpts"]}


# --- a department's CPTS set out one by one: an inventory, none of them its subject --------------------------

@pytest.mark.parametrize("text", [
    # bullets under a heading on the department
    "Les CPTS dans le département\nDans le Cher, cinq CPTS sont aujourd'hui en fonctionnement :\n"
    "- CPTS Pic Bleu, créée en 2019 ;\n- CPTS Lac Vert, créée en 2020 ;\n- CPTS du Haut Plateau, créée en 2021.\n"
    "Elles couvrent 80 % de la population du Cher.\n",
    # one sentence, the years in brackets, no heading
    "Le Cher compte désormais trois communautés professionnelles territoriales de santé : la CPTS Pic Bleu (2019), "
    "la CPTS Lac Vert (2020) et la CPTS du Haut Plateau (2021). Elles couvrent 80 % de la population.\n",
    # a heading in the plural, one line each
    "Les communautés professionnelles territoriales de santé du Cher\n"
    "• CPTS Pic Bleu (créée en 2019)\n• CPTS Lac Vert (créée en 2020)\n• CPTS du Haut Plateau (créée en 2021)\n",
    # English
    "CPTS in the Cher\nThe department now has three CPTS: the Pic Bleu CPTS (2019), the Lac Vert CPTS (2020) and "
    "the Haut Plateau CPTS (2021). Together they cover 80% of the population.\n",
])
def test_an_inventory_of_a_department_s_cpts_has_no_subject(record_of, text):
    roles = _roles(record_of(text))
    assert set(roles) == {"pic-bleu", "lac-vert", "haut-plateau"}
    assert set(roles.values()) == {M}


@pytest.mark.parametrize("text, subject", [
    # the news of one of them, then the others with their dates
    ("Accès aux soins : la Nièvre compte désormais six CPTS\nAvec la signature de l'accord de la CPTS du Val "
     "Fleuri en mars, la Nièvre compte six CPTS. Les autres sont la CPTS Pic Bleu (2019), la CPTS Lac Vert (2020) "
     "et la CPTS du Haut Plateau (2021).\n", "val-fleuri"),
    ("La CPTS du Val Fleuri est la quatrième du département, après la CPTS Pic Bleu (2019), la CPTS Lac Vert (2020) "
     "et la CPTS du Haut Plateau (2021). Elle réunit 80 professionnels.\n", "val-fleuri"),
    ("Une quatrième CPTS dans la Nièvre\nLa CPTS du Val Fleuri a été créée le 3 mai. Elle rejoint la CPTS Pic Bleu, "
     "la CPTS Lac Vert et la CPTS du Haut Plateau.\n", "val-fleuri"),
    ("Le département compte quatre CPTS. La dernière née, la CPTS du Val Fleuri, a signé son accord jeudi avec "
     "l'ARS et la CPAM. Les CPTS Pic Bleu, Lac Vert et du Haut Plateau avaient signé en 2021.\n", "val-fleuri"),
])
def test_one_cpts_s_news_among_a_department_s_others(record_of, text, subject):
    roles = _roles(record_of(text))
    assert roles.pop(subject) == S
    assert roles and set(roles.values()) == {M}


# --- a network, a federation, a union of professionals: its members are named in passing ------------------

@pytest.mark.parametrize("text", [
    "La Fédération régionale des CPTS tient son assemblée générale\nRéunie le 12 juin à Dijon, la Fédération "
    "régionale des CPTS a accueilli trois nouvelles adhérentes : la CPTS Pic Bleu, la CPTS Lac Vert et la CPTS du "
    "Haut Plateau. La fédération regroupe désormais 38 CPTS de la région. Son président, Paul Morel, a rappelé les "
    "priorités de l'année.\n",
    "L'URPS médecins libéraux accompagne les projets de CPTS\nL'URPS accompagne aujourd'hui quinze projets de CPTS "
    "dans la région. Parmi les derniers accompagnés figurent les CPTS Pic Bleu et Lac Vert. L'URPS propose une aide "
    "méthodologique à la rédaction du projet de santé.\n",
    "Le réseau régional des coordinateurs de CPTS s'est réuni le 3 avril à Orléans. Les coordinatrices des CPTS Pic "
    "Bleu et Lac Vert ont présenté leurs outils de communication.\n",
    "Regional federation of CPTS holds its general meeting\nThe regional federation welcomed three new members: "
    "the Pic Bleu CPTS, the Lac Vert CPTS and the Haut Plateau CPTS. The federation now gathers 38 CPTS.\n",
])
def test_the_members_of_a_network_are_mentioned(record_of, text):
    roles = _roles(record_of(text))
    assert len(roles) >= 2 and set(roles.values()) == {M}


# --- a scheme deployed on several territories ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Insuffisance cardiaque : une expérimentation sur quatre territoires\nLe programme Cœur Vigilant permet le suivi à "
    "domicile des patients insuffisants cardiaques. Il est déployé depuis janvier sur les territoires de la CPTS Pic "
    "Bleu, de la CPTS Lac Vert, de la CPTS du Haut Plateau et de la CPTS Bords de Loire. Les patients sont suivis par "
    "des infirmières formées.\n",
    "Le dispositif de télé-expertise dermatologique s'étend. Après une première année, il est désormais proposé aux "
    "médecins des CPTS Pic Bleu, Lac Vert et du Haut Plateau.\n",
    "Heart failure: a pilot across four territories\nThe Vigilant Heart programme follows heart failure patients at "
    "home. It runs in the territories of the Pic Bleu CPTS, the Lac Vert CPTS and the Haut Plateau CPTS. Patients "
    "are followed by trained nurses.\n",
])
def test_the_territories_of_a_scheme_are_mentioned(record_of, text):
    roles = _roles(record_of(text))
    assert len(roles) >= 2 and set(roles.values()) == {M}


def test_several_cpts_signing_together_are_all_subjects(record_of):
    for text in ("Trois CPTS signent leur accord\nLes CPTS Pic Bleu, Lac Vert et du Haut Plateau ont signé le 24 "
                 "octobre leur accord conventionnel interprofessionnel avec la CPAM et l'ARS.\n",
                 "Le département compte désormais douze CPTS. Les CPTS Pic Bleu, Lac Vert et du Haut Plateau ont signé "
                 "jeudi leur accord conventionnel interprofessionnel avec la CPAM.\n",
                 "Création de trois CPTS dans la Nièvre\nL'ARS et la CPAM ont signé un contrat avec la CPTS Pic Bleu le "
                 "3 mai, puis avec les CPTS Lac Vert et du Haut Plateau le 10 mai.\n"):
        assert _roles(record_of(text)) == {"pic-bleu": S, "lac-vert": S, "haut-plateau": S}


# --- a text on a health centre, a local contract, a forum, a town: its one CPTS named in passing ----------

@pytest.mark.parametrize("text", [
    "Une maison de santé ouvre à Rocheval\nLa maison de santé pluriprofessionnelle de Rocheval a été inaugurée "
    "samedi. Elle accueille quatre médecins, deux infirmières et un kinésithérapeute. Les soignants de la maison de "
    "santé sont membres de la CPTS du Val Fleuri. Le maire a salué l'engagement des professionnels.\n",
    "Le centre de santé municipal recrute un deuxième médecin. La ville a ouvert le centre en 2022 pour les habitants "
    "sans médecin traitant. Les rendez-vous se prennent en ligne ou à l'accueil de la mairie. Le centre travaille "
    "avec les soignants du territoire de la CPTS du Val Fleuri pour les soins non programmés.\n",
    "Forum santé : une première réussie\nLe premier forum santé de la commune a réuni 300 visiteurs samedi. Une "
    "vingtaine de stands étaient tenus par des associations, la pharmacie et les infirmières du secteur de la CPTS "
    "du Val Fleuri. Le prochain forum aura lieu en 2026.\n",
    "Health centre opens in Rocheval\nThe new health centre welcomed its first patients on Monday. Four doctors "
    "work there, all members of the Val Fleuri CPTS. The town council funded the building.\n",
])
def test_one_cpts_named_in_passing_in_a_text_on_something_else(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": M}


@pytest.mark.parametrize("text", [
    # the centre's news, then the CPTS's own event
    "Une maison de santé ouvre à Rocheval\nLa maison de santé de Rocheval a été inaugurée samedi. La CPTS du Val "
    "Fleuri, qui réunit les soignants du canton, a signé son accord conventionnel le même jour.\n",
    # an office in it
    "Une maison de santé ouvre à Rocheval\nLa maison de santé de Rocheval a été inaugurée samedi. « C'est une étape "
    "pour le territoire », souligne le Dr Paul Morel, président de la CPTS du Val Fleuri.\n",
    # the one CPTS then spoken of without its name
    "Forum santé à Rocheval\nLe forum santé de Rocheval a réuni 300 visiteurs samedi, à l'initiative de la CPTS du "
    "Val Fleuri. La CPTS prépare déjà une journée de dépistage pour le printemps.\n",
])
def test_a_cpts_the_text_speaks_of_stays_its_subject(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": S}


# --- a CPTS's own news naming another: a neighbour, a former name, a merger, a future CPTS ---------------

@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri signe son contrat\nLa CPTS du Val Fleuri a signé le 12 mai son accord conventionnel "
     "interprofessionnel. Elle couvre 22 communes. Son territoire jouxte celui de la CPTS Pic Bleu, créée en 2020.\n",
     {"val-fleuri": S, "pic-bleu": M}),
    ("La CPTS Rives de Loire est née\nNée de la fusion des CPTS Pic Bleu et Lac Vert, la CPTS Rives de Loire réunit "
     "140 professionnels de santé. Elle couvre 31 communes.\n",
     {"rives-de-loire": S, "pic-bleu": M, "lac-vert": M}),
    ("La CPTS du Val Fleuri signe son ACI\nLa CPTS du Val Fleuri a signé son accord jeudi. Dans le nord du "
     "département, une future CPTS Lac Vert est en projet et pourrait voir le jour en 2025.\n",
     {"val-fleuri": S, "lac-vert": M}),
    ("The Val Fleuri CPTS signs its agreement\nThe Val Fleuri CPTS signed its agreement with the health insurance "
     "fund on 12 May. It covers 22 municipalities. The neighbouring Pic Bleu CPTS signed last year.\n",
     {"val-fleuri": S, "pic-bleu": M}),
])
def test_a_cpts_s_news_naming_another(record_of, text, expected):
    assert _roles(record_of(text)) == expected


def test_a_former_name_is_an_alias(record_of):
    record = record_of("La CPTS du Val Fleuri change de nom\nLa CPTS du Val Fleuri, anciennement CPTS Pic Bleu, a "
                       "adopté son nouveau nom en assemblée générale. Elle regroupe 90 adhérents.\n")
    assert _roles(record) == {"val-fleuri": S}
    assert _aliases(record) == {"val-fleuri": ["CPTS Pic Bleu"]}


# --- headline against body ------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    # the headline names it, the body takes it up
    ("CPTS du Val Fleuri : un an après\nUn an après sa création, la communauté a recruté une coordinatrice et "
     "ouvert un service de soins non programmés.\n", {"val-fleuri": S}),
    # a headline in general words, the body on one CPTS
    ("Accès aux soins : les soignants s'organisent\nLes professionnels de santé du canton ont créé la CPTS du Val "
     "Fleuri en mars. Elle réunit déjà 60 adhérents.\n", {"val-fleuri": S}),
    # a headline on the department, the lead on one CPTS's event
    ("Nièvre : signature d'un accord pour l'accès aux soins\nL'ARS et la CPAM ont signé jeudi l'accord conventionnel "
     "interprofessionnel avec la CPTS du Val Fleuri.\n", {"val-fleuri": S}),
])
def test_headline_and_body(record_of, text, expected):
    assert _roles(record_of(text)) == expected


# --- a CPTS named as the complement of the one a sentence opens on ------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri a signé son accord, rejoignant ainsi les CPTS du pays de Rocheval et du bassin de "
     "Lunel.", {"val-fleuri": S, "pays-de-rocheval": M, "bassin-de-lunel": M}),
    ("La CPTS Val Fleuri a signé avec la CPAM, tout comme la CPTS Lac Vert en 2022 et la CPTS du Haut-Plateau en "
     "2023.", {"val-fleuri": S, "lac-vert": M, "haut-plateau": M}),
    # coordinated with it: both are what the sentence is about
    ("La CPTS Val Fleuri et la CPTS Lac Vert ont signé leur accord le 3 mai.", {"val-fleuri": S, "lac-vert": S}),
    ("La CPTS Val Fleuri et celle du Lac Vert ont signé leur accord le 3 mai.", {"val-fleuri": S, "lac-vert": S}),
    # a like clause of its own, its verb left out
    ("La CPTS Val Fleuri a signé son accord le 3 mai, la CPTS Lac Vert le 5 mai.", {"val-fleuri": S, "lac-vert": S}),
    ("La CPTS Val Fleuri a signé son accord le 3 mai et la CPTS Lac Vert le 5 mai.", {"val-fleuri": S, "lac-vert": S}),
    ("La CPTS Val Fleuri a signé le 3 mai ; la CPTS Lac Vert a signé le 5 mai.", {"val-fleuri": S, "lac-vert": S}),
])
def test_a_cpts_after_the_verb_of_another(record_of, text, expected):
    assert _roles(record_of(text)) == expected


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Val Fleuri a signé. Les communautés professionnelles territoriales de santé du Haut Plateau et des "
     "Bords de Loire sont en projet.", {"val-fleuri": S, "haut-plateau": M, "bords-de-loire": M}),
    ("La CPTS du Val Fleuri a signé son contrat le 3 mai. La CPTS Lac Vert suivra en juin.",
     {"val-fleuri": S, "lac-vert": M}),
    ("The CPTS of Val Fleuri signed its agreement. The CPTS of Haut Plateau will follow in June.",
     {"val-fleuri": S, "haut-plateau": M}),
])
def test_cpts_to_come_are_mentioned(record_of, text, expected):
    assert _roles(record_of(text)) == expected


# --- "celle de": a CPTS named by a pronoun after a rank ------------------------------------------------------

@pytest.mark.parametrize("text, keys", [
    ("La CPTS du Val Fleuri a signé son accord. Elle est la troisième du département, après celle du Haut Plateau "
     "et celle des Bords de Loire.", ["val-fleuri", "haut-plateau", "bords-de-loire"]),
    ("La CPTS du Val Fleuri est la 5e CPTS de la région, après celle du Haut Plateau.", ["val-fleuri", "haut-plateau"]),
    ("The Val Fleuri CPTS is the third in the department, after that of Haut Plateau.", ["val-fleuri", "haut-plateau"]),
    # not a rank among CPTS: another thing's pronoun
    ("La CPTS du Val Fleuri organise une conférence à Orléans, après celle de Tours en mai.", ["val-fleuri"]),
    ("La CPTS du Val Fleuri a signé. C'est la deuxième réunion de l'année, après celle de Lyon.", ["val-fleuri"]),
])
def test_a_cpts_named_by_celle_after_a_rank(record_of, text, keys):
    assert [c["key"] for c in record_of(text)["cpts"]] == keys


# --- more texts on something else: a campaign, a doctor's story, an authority's plan ---------------------

@pytest.mark.parametrize("text, expected", [
    ("Campagne de vaccination contre la grippe\nLa campagne de vaccination débute le 15 octobre dans les pharmacies "
     "et les cabinets infirmiers. Les pharmaciens de la CPTS du Val Fleuri proposeront aussi des séances en mairie.\n",
     {"val-fleuri": M}),
    ("Le Dr Anne Roux s'installe à Rocheval\nMédecin généraliste, Anne Roux a ouvert son cabinet lundi à Rocheval. "
     "Elle a choisi le territoire pour sa qualité de vie et pour la dynamique de la CPTS du Val Fleuri, qui l'a aidée "
     "à trouver un local.\n", {"val-fleuri": M}),
    ("Santé : le conseil départemental lance un plan d'attractivité\nLe conseil départemental a adopté jeudi un plan "
     "pour attirer les médecins. Des bourses seront proposées aux internes. Le plan sera présenté aux CPTS du "
     "département, dont la CPTS du Val Fleuri et la CPTS Pic Bleu, le mois prochain.\n",
     {"val-fleuri": M, "pic-bleu": M}),
    ("Mars bleu : dépistage du cancer colorectal\nTout le mois de mars, les pharmacies du territoire distribuent des "
     "kits de dépistage. Cette action est menée avec la CPTS du Val Fleuri.\n", {"val-fleuri": M}),
    # a dateline on its own line, then a lead on a health centre
    ("Rocheval, le 3 avril 2025\nLe centre de santé de Rocheval a réuni ses partenaires jeudi. Les médecins, les "
     "élus et les infirmières de la CPTS du Val Fleuri ont échangé sur l'accueil des internes.\n", {"val-fleuri": M}),
    # the CPTS's own convention with a hospital, its own project presented to the elected
    ("Le centre hospitalier de Rocheval et la CPTS du Val Fleuri signent une convention\nLe centre hospitalier de "
     "Rocheval et la CPTS du Val Fleuri ont signé mardi une convention de partenariat pour les sorties "
     "d'hospitalisation.\n", {"val-fleuri": S}),
    ("Rencontre avec les élus\nLes élus de la communauté de communes ont rencontré jeudi les représentants de la CPTS "
     "du Val Fleuri. La CPTS a présenté son projet de santé, validé par l'ARS en mars.\n", {"val-fleuri": S}),
    # a byline, then the CPTS's own news
    ("Article publié dans La Revue des soignants, juin 2024\nLa CPTS du Val Fleuri a fêté ses cinq ans. Elle réunit "
     "aujourd'hui 140 adhérents.\n", {"val-fleuri": S}),
])
def test_more_texts_on_something_else(record_of, text, expected):
    assert _roles(record_of(text)) == expected


@pytest.mark.parametrize("text, name, aliases", [
    ("La CPTS Sud Val Fleuri, dite CPTS SVF, a signé son accord.", "CPTS Sud Val Fleuri", ["CPTS SVF"]),
    ("La CPTS du Val Fleuri (CPTS VF) a signé son accord.", "CPTS du Val Fleuri", ["CPTS VF"]),
    ("La CPTS du Val Fleuri et des Trois Rivières a signé son accord.", "CPTS du Val Fleuri et des Trois Rivières", []),
    ("Signature pour la CPTS Val Fleuri Jeudi 3 mai, les élus étaient réunis.", "CPTS Val Fleuri", []),
    ("La CPTS Val Fleuri ARS Centre-Val de Loire et CPAM ont signé.", "CPTS Val Fleuri", []),
    ("La Communauté Professionnelle Territoriale de Santé Val Fleuri Ouest a signé son accord.",
     "CPTS Val Fleuri Ouest", []),
])
def test_where_a_name_ends(record_of, text, name, aliases):
    assert [(c["name"], c["aliases"]) for c in record_of(text)["cpts"]] == [(name, aliases)]


# --- several CPTS, each the subject of one release's news ---------------------------------------------------

PB, LV, HP = "pic-bleu", "lac-vert", "haut-plateau"


@pytest.mark.parametrize("text, expected", [
    ("L'ARS et la CPAM ont signé l'accord conventionnel interprofessionnel avec la CPTS Pic Bleu le 22 septembre, "
     "puis avec les CPTS Lac Vert et du Haut Plateau le 30 septembre. Ces signatures portent à 16 le nombre de CPTS "
     "du département.", {PB: S, LV: S, HP: S}),
    ("Les CPTS Pic Bleu et Lac Vert ont signé leur ACI mardi. La CPTS du Haut Plateau l'a signé le lendemain.",
     {PB: S, LV: S, HP: S}),
    ("Signature de trois accords conventionnels\nL'Assurance Maladie a signé trois accords cette semaine.\nLa CPTS Pic "
     "Bleu couvre 40 000 habitants et réunit 60 professionnels.\nLa CPTS Lac Vert couvre 25 000 habitants.\nLa CPTS "
     "du Haut Plateau couvre 18 000 habitants.\n", {PB: S, LV: S, HP: S}),
    ("Trois CPTS signataires\n- CPTS Pic Bleu : 40 000 habitants, 60 professionnels ;\n- CPTS Lac Vert : 25 000 "
     "habitants, 32 professionnels ;\n- CPTS du Haut Plateau : 18 000 habitants, 20 professionnels.\n",
     {PB: S, LV: S, HP: S}),
    ("The ARS and the health insurance fund signed agreements with the Pic Bleu CPTS and the Lac Vert CPTS on 3 May. "
     "Both communities cover 60,000 inhabitants.", {PB: S, LV: S}),
    ("Accès aux soins : deux nouvelles CPTS dans la Nièvre\nLa CPTS Pic Bleu et la CPTS Lac Vert ont été "
     "officiellement lancées lundi. La première couvre 20 communes, la seconde 14.\n", {PB: S, LV: S}),
    # one signed, the other will
    ("La CPAM de la Nièvre a signé jeudi un contrat avec la CPTS Pic Bleu. La CPTS Lac Vert, qui couvre le nord du "
     "département, signera en juin.", {PB: S, LV: M}),
])
def test_several_subjects(record_of, text, expected):
    assert _roles(record_of(text)) == expected


# --- English -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("New health community launched in Val Fleuri\nThe Val Fleuri Territorial Professional Health Community (CPTS) "
     "was officially launched on 12 May. It brings together 90 health professionals across 22 municipalities.\n",
     {"val-fleuri": S}),
    ("Doctors' shortage: the county acts\nThe county council has approved a plan to attract doctors. Grants will be "
     "offered to interns. The plan will be presented to the local CPTS, including the Val Fleuri CPTS and the Pic "
     "Bleu CPTS.\n", {"val-fleuri": M, "pic-bleu": M}),
    ("CPTS in Brittany\nBrittany now has 30 CPTS, covering 85% of the population. Among them, the Val Fleuri CPTS "
     "was one of the first, created in 2019.\n", {"val-fleuri": M}),
    ("The Val Fleuri CPTS signed its interprofessional agreement on 3 May, following the Pic Bleu CPTS, which signed "
     "in 2022.", {"val-fleuri": S, "pic-bleu": M}),
    ("The Val Fleuri CPTS was born from the merger of the Pic Bleu CPTS and the Lac Vert CPTS.",
     {"val-fleuri": S, "pic-bleu": M, "lac-vert": M}),
])
def test_english_subject_and_mentioned(record_of, text, expected):
    assert _roles(record_of(text)) == expected


def test_an_english_former_name_is_an_alias(record_of):
    record = record_of("The Val Fleuri CPTS, formerly known as the Pic Bleu CPTS, covers 30 municipalities.")
    assert _roles(record) == {"val-fleuri": S}
    assert _aliases(record) == {"val-fleuri": ["CPTS Pic Bleu"]}


# --- a CPTS's own pages, under headings that name no CPTS ---------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Notre territoire\nLa CPTS du Val Fleuri couvre 22 communes et 45 000 habitants. Elle travaille avec la CPTS Pic "
     "Bleu voisine pour la permanence des soins.\n", {"val-fleuri": S, "pic-bleu": M}),
    ("Historique\nEn 2019, une dizaine de soignants se réunissent à Rocheval. En 2021, ils créent l'association. La "
     "CPTS du Val Fleuri signe son ACI en 2022.\n", {"val-fleuri": S}),
    ("Nos missions\nLes missions de la CPTS du Val Fleuri sont l'accès à un médecin traitant, les soins non "
     "programmés et la prévention.\n", {"val-fleuri": S}),
    ("Offre d'emploi : coordinateur (H/F)\nLa CPTS du Val Fleuri recrute un coordinateur à temps plein. Poste basé à "
     "Rocheval.\n", {"val-fleuri": S}),
    ("Un médecin pour Rocheval grâce à la CPTS du Val Fleuri\nLe Dr Paul Morel s'est installé à Rocheval en mars.\n",
     {"val-fleuri": S}),
    # its partners, listed with commas only: the CPTS among them is another body
    ("Nos partenaires\nL'ARS, la CPAM, le centre hospitalier de Rocheval, la CPTS Pic Bleu.\n", {"pic-bleu": M}),
])
def test_a_cpts_s_own_pages(record_of, text, expected):
    assert _roles(record_of(text)) == expected


# --- a headline on a place or a theme, the body on the CPTS's own news ------------------------------------

@pytest.mark.parametrize("text", [
    "Nièvre : la santé s'organise\nLes soignants du nord du département ont officiellement lancé leur communauté "
    "professionnelle. Baptisée CPTS du Val Fleuri, elle réunit 80 professionnels.\n",
    "Hôpital et médecins de ville main dans la main\nLa CPTS du Val Fleuri et le centre hospitalier de Rocheval ont "
    "signé jeudi une convention.\n",
    "Rocheval : une réunion publique sur la santé\nLa CPTS du Val Fleuri présentera son projet jeudi soir à la salle "
    "des fêtes.\n",
    "L'Agence régionale de santé Centre-Val de Loire et la CPAM du Cher ont signé le 12 mai l'accord conventionnel "
    "interprofessionnel (ACI) de la CPTS du Val Fleuri.\n",
    "Le département compte une nouvelle CPTS. Lancée en mars, la CPTS du Val Fleuri réunit 80 professionnels.\n",
    "Santé : un nouvel outil pour les soignants du Cher\nLes professionnels de santé du sud du Cher disposent "
    "désormais d'une CPTS. Elle couvre 25 communes. La CPTS du Val Fleuri a été présentée lundi aux élus.\n",
])
def test_a_headline_on_a_place_or_theme_over_the_cpts_s_news(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": S}


# --- a neighbour in one clause, the subject in another -------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("La CPTS voisine du Pic Bleu a signé en 2022, alors que la CPTS du Val Fleuri a signé le 3 mai.",
     {"val-fleuri": S, "pic-bleu": M}),
    ("La CPTS du Val Fleuri a signé le 3 mai. Sa voisine, la CPTS du Pic Bleu, avait signé en 2022.",
     {"val-fleuri": S, "pic-bleu": M}),
    ("The neighbouring CPTS of Pic Bleu signed in 2022, while the Val Fleuri CPTS signed on 3 May.",
     {"val-fleuri": S, "pic-bleu": M}),
    ("The Val Fleuri CPTS works with its neighbour, the Pic Bleu CPTS.", {"val-fleuri": S, "pic-bleu": M}),
    ("The CPTS Val Fleuri signed its agreement. The CPTS Pic Bleu, next door, signed in 2022.",
     {"val-fleuri": S, "pic-bleu": M}),
    # named together, in one clause with the neighbour word: both neighbours
    ("La CPTS du Val d'Orge est lancée. Son territoire jouxte les CPTS de la Forêt et du Lac Noir.",
     {"val-d-orge": S, "foret": M, "lac-noir": M}),
])
def test_a_neighbour_in_its_own_clause(record_of, text, expected):
    assert _roles(record_of(text)) == expected


# --- a lead on the elected, the State or another body's event --------------------------------------------

@pytest.mark.parametrize("text", [
    "Le 10 octobre dernier, le centre social de Rocheval a accueilli le premier forum santé. Une trentaine "
    "d'exposants étaient présents. Le forum était co-organisé avec la CPTS du Val Fleuri.",
    "Vendredi, les élus de la communauté de communes ont signé le contrat local de santé. La CPTS du Val Fleuri "
    "figure parmi les signataires.",
    "Le maire de Rocheval a inauguré samedi la nouvelle maison de santé. Les professionnels, tous adhérents de la "
    "CPTS du Val Fleuri, ont fait visiter les locaux.",
    "La ministre de la Santé était en visite jeudi à Rocheval. Elle a rencontré les soignants de la CPTS du Val "
    "Fleuri.",
])
def test_a_lead_on_the_elected_or_another_body(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": M}


def test_one_among_the_signatories_of_its_own_contract_is_the_subject(record_of):
    text = "La CPTS du Val Fleuri a signé son accord conventionnel avec la CPAM et l'ARS le 3 mai."
    assert _roles(record_of(text)) == {"val-fleuri": S}


# --- words after "CPTS" that name no community ---------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Les CPTS bretonnes et normandes se sont réunies à Rennes pour une journée d'échanges.",
    "Les CPTS Bretonnes et Normandes se sont réunies à Rennes.",
    "Appel à projets CPTS 2024 : les dossiers sont à déposer avant le 30 juin.",
])
def test_no_community_is_named(record_of, text):
    assert record_of(text)["cpts"] == []


def test_a_region_s_people_in_the_singular_may_be_a_name(record_of):
    assert [c["key"] for c in record_of("La CPTS Occitane a signé son accord le 3 mai.")["cpts"]] == ["occitane"]


@pytest.mark.parametrize("text, keys", [
    ("The Val Fleuri and Pic Bleu CPTS signed their agreements on 3 May.", ["val-fleuri", "pic-bleu"]),
    ("The Brittany and Normandy CPTS met in Rennes.", []),
    ("The Regional and Local CPTS networks met in Rennes.", []),
])
def test_two_english_names_before_one_head(record_of, text, keys):
    assert [c["key"] for c in record_of(text)["cpts"]] == keys
