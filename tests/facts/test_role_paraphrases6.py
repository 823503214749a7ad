"""Which CPTS a text is about (subject) and which it only names (mentioned): a partner, a neighbour, a model, a
forerunner, a cosignatory or an example beside the CPTS the release is about; texts on something else (a
council's session, a minister's answer, a health bus, a local health contract, a call for projects) that name
one CPTS in passing; regional releases where several CPTS each sign; lists of a region's CPTS. Invented texts
only."""
from __future__ import annotations

import pytest

M, S = "mentioned", "subject"


def _roles(record: dict) -> dict[str, str]:
    return {c["key"]: c["role"] for c in record["cpts"]}


# --- one CPTS is the subject, another is named beside it ---------------------------------------------------

@pytest.mark.parametrize("text", [
    # a partner
    "La CPTS du Val Fleuri a signé le 3 mai son accord conventionnel interprofessionnel avec l'ARS et la CPAM. Elle "
    "réunit 80 professionnels de santé sur 20 communes. Pour les soins non programmés, elle a noué un partenariat "
    "avec la CPTS Pic Bleu. Sa présidente, Anne Roux, se félicite de cette signature.\n",
    # a cosignatory of another contract
    "La CPTS du Val Fleuri a été officiellement lancée le 3 mai. Elle fédère 80 professionnels. Une convention de "
    "coopération a été signée le même jour avec la CPTS Pic Bleu, qui couvre le secteur voisin. Elle porte sur la "
    "permanence des soins.\n",
    # a forerunner
    "Créée en 2022, la CPTS du Val Fleuri vient de signer son ACI. Son président, Paul Morel, s'est appuyé sur "
    "l'expérience de la CPTS Pic Bleu, pionnière dans le département. La CPTS compte 80 adhérents.\n",
    # the one it joins
    "Les CPTS se multiplient dans la région. Dernière en date, la CPTS du Val Fleuri a signé son ACI le 3 mai. Elle "
    "regroupe 80 professionnels. Elle rejoint notamment la CPTS Pic Bleu, créée en 2019.\n",
    # the one that signed before, set apart by "elle"
    "La CPTS du Val Fleuri signe son ACI\nJeudi, la communauté a signé son accord avec l'Assurance maladie. La CPTS "
    "Pic Bleu, elle, l'avait signé en 2021. Le Val Fleuri compte 80 adhérents.\n",
    # the one it succeeds
    "La CPTS du Val Fleuri succède à la CPTS Pic Bleu, dissoute en 2023. Elle couvre désormais 30 communes et "
    "réunit 110 professionnels. Son accord conventionnel a été signé le 3 mai.\n",
    # a model cited by a minister
    "Le ministre de la Santé en visite à la CPTS du Val Fleuri\nLe ministre de la Santé a visité jeudi la CPTS du "
    "Val Fleuri, qui réunit 80 professionnels. Il a salué une organisation exemplaire, comme celle de la CPTS Pic "
    "Bleu qu'il avait visitée en janvier. La CPTS du Val Fleuri a signé son ACI en 2022.\n",
    # a CPTS's own page on its neighbours
    "Notre CPTS\nLa CPTS du Val Fleuri rassemble 80 professionnels de santé. Nous travaillons avec les CPTS "
    "voisines, dont la CPTS Pic Bleu, sur la permanence des soins. Notre association a été créée en 2021.\n",
    # English
    "The Val Fleuri CPTS was launched on 3 May. Modelled on the Pic Bleu CPTS, it gathers 80 health professionals "
    "from 20 municipalities.\n",
    "The Val Fleuri CPTS signed its agreement with the ARS and the CPAM on 3 May. It brings together 80 health "
    "professionals. It will work in partnership with the neighbouring Pic Bleu CPTS on unscheduled care.\n",
])
def test_a_cpts_named_beside_the_subject_is_mentioned(record_of, text):
    roles = _roles(record_of(text))
    assert roles == {"val-fleuri": S, "pic-bleu": M}


def test_the_forerunners_listed_with_their_years(record_of):
    text = ("Le département compte désormais trois CPTS. Après la CPTS Pic Bleu en 2019 et la CPTS Lac Vert en 2021, "
            "c'est au tour de la CPTS du Val Fleuri de signer son accord conventionnel. Elle regroupe 70 "
            "professionnels.\n")
    assert _roles(record_of(text)) == {"pic-bleu": M, "lac-vert": M, "val-fleuri": S}


def test_the_cpts_a_new_one_was_born_from(record_of):
    text = ("La CPTS du Val Fleuri est née de la fusion de la CPTS Pic Bleu et de la CPTS Lac Vert. Elle couvre "
            "désormais 40 communes et 90 000 habitants. Son président est Paul Morel.\n")
    assert _roles(record_of(text)) == {"val-fleuri": S, "pic-bleu": M, "lac-vert": M}


# --- several CPTS, each the subject of its own news --------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Accès aux soins : trois nouvelles CPTS dans l'Artois\nCe jeudi 24 octobre, la CPAM et l'ARS ont procédé aux "
    "signatures officielles des accords conventionnels interprofessionnels de trois communautés professionnelles "
    "territoriales de santé : la CPTS du Val Fleuri, la CPTS Pic Bleu et la CPTS Lac Vert. Ces trois CPTS couvrent "
    "180 000 habitants. Elles pourront désormais bénéficier de financements pour leurs missions.\n",
    "Signature de trois ACI\nL'Assurance maladie a signé le 24 octobre les contrats de la CPTS du Val Fleuri, de la "
    "CPTS Pic Bleu et de la CPTS Lac Vert. Chacune recevra un financement annuel pour ses missions de santé "
    "publique.\n",
    "Trois nouvelles CPTS ont signé leur ACI en mai :\n- la CPTS du Val Fleuri, le 3 mai ;\n- la CPTS Pic Bleu, le "
    "10 mai ;\n- la CPTS Lac Vert, le 24 mai.\nElles couvrent ensemble 120 000 habitants.\n",
    "Les CPTS du Val Fleuri, Pic Bleu et Lac Vert ont été inaugurées samedi en présence du préfet. Elles couvrent à "
    "elles trois 60 communes.\n",
])
def test_each_cpts_signing_in_a_regional_release_is_a_subject(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": S, "pic-bleu": S, "lac-vert": S}


def test_two_cpts_signing_together(record_of):
    text = ("Deux nouvelles CPTS signent leur accord conventionnel\nL'ARS et la CPAM ont signé le 3 mai les accords "
            "conventionnels de la CPTS du Val Fleuri et de la CPTS Pic Bleu. La première réunit 80 professionnels, la "
            "seconde 60.\n")
    assert _roles(record_of(text)) == {"val-fleuri": S, "pic-bleu": S}


# --- lists of a region's CPTS: examples, laureates, members --------------------------------------------------

@pytest.mark.parametrize("text", [
    "Le ministère de la Santé a publié la liste des 50 CPTS lauréates de l'appel à projets sur la prévention. Dans "
    "la région, on trouve la CPTS Pic Bleu, la CPTS Lac Vert et la CPTS du Val Fleuri. Chaque lauréate recevra "
    "30 000 euros.\n",
    "La région compte aujourd'hui 40 CPTS, qui couvrent 85 % de la population. Parmi les plus récentes, citons la "
    "CPTS du Val Fleuri, la CPTS Pic Bleu et la CPTS Lac Vert. L'ARS vise une couverture complète d'ici 2026.\n",
    "Appel à projets prévention : les lauréats sont connus\nL'ARS a retenu douze projets. Parmi eux, ceux de la CPTS "
    "du Val Fleuri, de la CPTS Pic Bleu et de la CPTS Lac Vert, qui mèneront des actions de dépistage du cancer "
    "colorectal. Chaque projet recevra 20 000 euros.\n",
    "La fédération régionale des CPTS a organisé le 3 mai une journée de formation des coordinateurs. Les "
    "coordinatrices de la CPTS du Val Fleuri, de la CPTS Pic Bleu et de la CPTS Lac Vert ont présenté leurs outils. "
    "Plus de 40 participants étaient présents.\n",
])
def test_the_cpts_of_a_regional_list_are_mentioned(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": M, "pic-bleu": M, "lac-vert": M}


# --- a text on something else that names one CPTS ------------------------------------------------------------

@pytest.mark.parametrize("text", [
    # a municipal council's session
    "Le conseil municipal s'est réuni le 12 mars sous la présidence du maire, Jean Dupuis. Les élus ont d'abord "
    "approuvé à l'unanimité le budget primitif, qui s'élève à 4,2 millions d'euros. Ils ont ensuite voté une "
    "subvention de 2 000 euros à l'association des parents d'élèves et une autre de 1 500 euros au club de football. "
    "Les travaux de la rue des Écoles commenceront en juin. Enfin, une convention de mise à disposition d'un local a "
    "été signée avec la CPTS du Val Fleuri, qui y installera son siège. La prochaine séance aura lieu en avril.\n",
    # a minister's answer to a member of parliament
    "Réponse du ministère de la Santé\nVous attirez mon attention sur la démographie médicale préoccupante de la "
    "commune de Rocheval et des communes voisines. Cette commune est classée en zone d'intervention prioritaire : les "
    "médecins qui s'y installent bénéficient à ce titre d'aides de l'Assurance maladie et de l'État. Deux médecins "
    "généralistes s'y sont installés en 2023. En outre, le territoire est couvert depuis 2023 par la CPTS du Val "
    "Fleuri, qui permet aux professionnels de mieux coordonner les parcours des patients. Le Gouvernement reste "
    "pleinement mobilisé pour améliorer l'accès aux soins dans les territoires.\n",
    # a town's health bus
    "La commune de Rocheval a lancé en mars son bus santé, qui sillonne les hameaux deux jours par semaine. Un "
    "médecin salarié par la commune y assure des consultations de médecine générale, avec une infirmière. Les "
    "habitants peuvent prendre rendez-vous par téléphone ou en ligne. Depuis son lancement, le bus a accueilli plus "
    "de 400 patients, dont beaucoup n'avaient plus de médecin traitant. Le projet a reçu le soutien financier de "
    "l'ARS et de la région, et l'appui de la CPTS du Val Fleuri. Le maire souhaite étendre le dispositif à d'autres "
    "communes.\n",
    # a health centre, in English
    "The Rocheval health centre opened its doors on Monday after two years of works. Five general practitioners, "
    "two nurses and a physiotherapist now work in the new building, which cost 1.2 million euros. The town council "
    "paid for half of it, the region for the rest. The mayor said the centre would help the 3,000 inhabitants who "
    "had lost their GP. The team already works with the Val Fleuri CPTS on prevention and unscheduled care. "
    "Consultations are by appointment.\n",
    # a doctor settling in town
    "Médecin généraliste de 32 ans, Anne Roux a ouvert son cabinet le 1er septembre, rue des Lilas, à Rocheval. "
    "Originaire de la région, elle a effectué son internat au centre hospitalier voisin avant plusieurs "
    "remplacements. Elle partage ses locaux avec deux infirmières et un kinésithérapeute. « Je voulais exercer en "
    "équipe », explique-t-elle. Dès son arrivée, elle a rejoint la CPTS du Val Fleuri, qui l'a aidée à trouver des "
    "correspondants. Elle accepte de nouveaux patients, sur rendez-vous.\n",
    # a hospital's news
    "L'hôpital de Rocheval renforce ses urgences\nLe centre hospitalier de Rocheval a recruté trois urgentistes et "
    "ouvert huit lits supplémentaires. L'établissement, qui accueille 25 000 passages par an aux urgences, fait face à "
    "une hausse de la fréquentation l'été. Une filière gériatrique a été créée avec l'Ehpad voisin. Pour les soins "
    "non urgents, les patients sont orientés vers les médecins de ville grâce à un partenariat avec la CPTS du Val "
    "Fleuri. Le directeur espère réduire l'attente de moitié.\n",
    # a local health contract and its cosignatories
    "Un nouveau contrat local de santé pour le Pays de Rocheval\nLe contrat local de santé 2025-2029 du Pays de "
    "Rocheval a été signé le 3 avril à la mairie. Il engage quatorze partenaires : la préfecture, l'agence régionale "
    "de santé, le conseil départemental, la caisse primaire d'assurance maladie, la MSA, le centre hospitalier, la "
    "communauté de communes et la CPTS du Val Fleuri, entre autres. Il comporte 22 fiches actions, de la prévention "
    "des addictions à la santé environnementale. Sa coordinatrice, Julie Marchand, sera chargée de leur suivi.\n",
])
def test_a_cpts_named_in_a_text_on_something_else_is_mentioned(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": M}


@pytest.mark.parametrize("text", [
    "La CPTS du Val Fleuri ouvre un centre de soins non programmés\nLa CPTS du Val Fleuri a ouvert le 2 mai un "
    "centre de soins non programmés à Rocheval. Il accueille les patients sans médecin traitant.\n",
    "La CPTS du Val Fleuri signe son accord conventionnel\nLes professionnels de santé du secteur se sont réunis "
    "jeudi. Ils ont signé l'accord avec l'ARS et la CPAM. La communauté regroupe 80 adhérents. Elle a été créée en "
    "2022.\n",
    "« Nous voulons attirer des jeunes médecins »\nEntretien avec Anne Roux, présidente de la CPTS du Val Fleuri. "
    "Pourquoi avoir créé la CPTS ? Pour mieux travailler ensemble. Combien d'adhérents comptez-vous ? Nous sommes 80 "
    "aujourd'hui.\n",
    "La CPTS du Val Fleuri organise une journée de prévention\nSamedi 12 mars, la CPTS du Val Fleuri organise une "
    "journée de dépistage du diabète à la salle des fêtes de Rocheval. Infirmiers et pharmaciens proposeront des "
    "tests gratuits.\n",
])
def test_a_headline_naming_one_cpts_makes_it_the_subject(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": S}


@pytest.mark.parametrize("text", [
    # a dateline opening the lead on its line
    "Rocheval, le 3 mai 2024 – Le centre hospitalier de Rocheval ouvre une unité de soins non programmés. Elle "
    "fonctionne en lien avec la CPTS du Val Fleuri, dont les médecins assurent une partie des vacations. L'unité est "
    "ouverte de 8 h à 20 h. Elle a coûté 300 000 euros, financés par l'ARS. Le directeur espère désengorger les "
    "urgences.\n",
    # a title in capitals
    "SANTÉ : LA MAISON DE SANTÉ DE ROCHEVAL INAUGURÉE\nLa maison de santé pluriprofessionnelle de Rocheval a été "
    "inaugurée samedi. Elle accueille cinq médecins et deux infirmières. Les professionnels sont membres de la CPTS du "
    "Val Fleuri. Le bâtiment a coûté 1,2 million d'euros, financé par la commune et la région.\n",
    # an evening's notice
    "Une soirée d'information sur le diabète aura lieu le 12 mars à la salle des fêtes de Rocheval, à l'initiative "
    "de la mairie et avec le concours de la CPTS du Val Fleuri. Entrée libre. Des diététiciens répondront aux "
    "questions du public.\n",
    # a department's plan, a union's survey
    "Le conseil départemental a adopté lundi son plan santé 2025-2028. Il prévoit des bourses pour les internes, la "
    "création de dix centres de santé et un soutien aux CPTS. Le département finance déjà les actions de prévention "
    "de la CPTS du Val Fleuri. Le budget total atteint 12 millions d'euros.\n",
    "L'URPS médecins libéraux publie son baromètre annuel de l'accès aux soins. Selon l'enquête, 38 % des médecins "
    "refusent de nouveaux patients. La situation est particulièrement tendue en zone rurale, comme sur le territoire "
    "de la CPTS du Val Fleuri. L'URPS appelle à renforcer les aides à l'installation.\n",
    "The county council adopted its health plan on Monday. It provides grants for medical students and support for "
    "ten new health centres. The council already funds prevention work by the Val Fleuri CPTS. The total budget "
    "reaches 12 million euros.\n",
])
def test_a_cpts_named_in_passing_in_other_news_is_mentioned(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": M}


@pytest.mark.parametrize("text", [
    "Après la CPTS Pic Bleu, la CPTS du Val Fleuri couvre à son tour 20 communes de l'Ain.\n",
    "Sur le modèle de la CPTS Pic Bleu, la CPTS du Val Fleuri regroupe désormais les professionnels de l'Ain.\n",
    "Comme la CPTS Pic Bleu, la CPTS du Val Fleuri s'étend sur une partie de l'Ain.\n",
])
def test_the_main_clause_after_a_fronted_model_is_the_subject(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": S, "pic-bleu": M}


def test_a_fronted_list_of_models_then_the_subject(record_of):
    text = ("Après les CPTS Pic Bleu, Lac Vert et du Haut Plateau, la CPTS du Val Fleuri signe à son tour son accord "
            "conventionnel.\n")
    assert _roles(record_of(text)) == {"pic-bleu": M, "lac-vert": M, "haut-plateau": M, "val-fleuri": S}


def test_cpts_heading_sections_of_one_release_are_all_subjects(record_of):
    text = ("Trois nouvelles CPTS dans la Vienne\nCPTS du Val Fleuri\nElle couvre 20 communes et 35 000 habitants. Sa "
            "présidente est Anne Roux.\nCPTS Pic Bleu\nElle regroupe 60 professionnels autour de Loudun. Son président "
            "est Paul Morel.\nCPTS Lac Vert\nElle a été créée en 2023 et réunit 45 professionnels.\n")
    assert _roles(record_of(text)) == {"val-fleuri": S, "pic-bleu": S, "lac-vert": S}


@pytest.mark.parametrize("text", [
    "CPTS du Val Fleuri\nElle a signé son accord conventionnel le 3 mai. Elle réunit 80 professionnels.\nLes autres "
    "CPTS du département :\n- CPTS Pic Bleu\n- CPTS Lac Vert\n",
    "CPTS du Val Fleuri\nElle a signé son accord conventionnel le 3 mai. Elle réunit 80 professionnels. Elle travaille "
    "avec ses voisines :\nCPTS Pic Bleu\nCPTS Lac Vert\n",
])
def test_names_listed_one_a_line_are_no_sections(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": S, "pic-bleu": M, "lac-vert": M}


@pytest.mark.parametrize("text", [
    "Douze CPTS de la région, dont la CPTS du Val Fleuri et la CPTS Pic Bleu, ont signé jeudi la charte régionale de "
    "la permanence des soins. La charte engage ses signataires à organiser des gardes le week-end.\n",
    "La charte régionale de la permanence des soins a été signée jeudi par douze CPTS, parmi lesquelles la CPTS du "
    "Val Fleuri et la CPTS Pic Bleu. Elle engage ses signataires à organiser des gardes le week-end.\n",
    "Twelve CPTS in the region, including the Val Fleuri CPTS and the Pic Bleu CPTS, signed the regional charter on "
    "Thursday. The charter commits them to organising weekend shifts.\n",
])
def test_some_of_many_cosignatories_are_mentioned(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": M, "pic-bleu": M}


def test_one_of_a_department_s_cpts_whose_news_follows_is_the_subject(record_of):
    text = ("Le Cher compte cinq CPTS, dont la CPTS du Val Fleuri, qui a signé jeudi son accord conventionnel "
            "interprofessionnel. Elle réunit 80 professionnels.\n")
    assert _roles(record_of(text)) == {"val-fleuri": S}


@pytest.mark.parametrize("text", [
    "Les CPTS, créées par la loi de 2016, se multiplient partout en France. On en compte aujourd'hui plus de 800. "
    "Elles organisent les soins non programmés, la prévention et l'accès à un médecin traitant. C'est le cas de la "
    "CPTS du Val Fleuri, qui a ouvert un centre de soins non programmés. Le ministère veut couvrir tout le territoire "
    "d'ici 2026.\n",
    "Over 800 CPTS now cover 80% of the French population. They organise unscheduled care, prevention and access to "
    "a GP. One example is the Val Fleuri CPTS, which opened an unscheduled care centre. The ministry aims at full "
    "coverage by 2026.\n",
])
def test_one_cpts_as_the_example_of_a_text_on_cpts_in_general(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": M}


def test_thus_is_no_example(record_of):
    text = ("Nous avons choisi les communes liées à l'hôpital de Rocheval. Ainsi, la CPTS du Val Fleuri définit son "
            "territoire au sein de treize communes. Elle réunit 80 professionnels.\n")
    assert _roles(record_of(text)) == {"val-fleuri": S}


@pytest.mark.parametrize("text", [
    "Le centre hospitalier de Rocheval a ouvert une unité de soins palliatifs de dix lits. Les travaux ont duré deux "
    "ans et coûté 3 millions d'euros. L'unité emploie quinze soignants. Les familles peuvent y séjourner auprès de "
    "leurs proches. Le directeur remercie l'ARS pour son soutien financier.\n© CPTS du Val Fleuri\n",
    "La campagne de dépistage du cancer colorectal reprend en mars. Les personnes de 50 à 74 ans reçoivent un kit par "
    "courrier. Le test est gratuit et se fait à domicile. Les médecins généralistes et les pharmaciens peuvent aussi "
    "le remettre.\nSource : CPTS du Val Fleuri\n",
])
def test_a_cpts_credited_under_a_text_on_something_else_is_mentioned(record_of, text):
    assert _roles(record_of(text)) == {"val-fleuri": M}
