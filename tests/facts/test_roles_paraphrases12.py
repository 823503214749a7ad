"""Which CPTS a text is about, in more of the genre's layouts: partners listed one a line without
bullets ("La Caisse d'allocations familiales\\nLa Communauté professionnelle territoriale de santé X")
on a page about something else; several CPTS each with its own head in one list that signs ("la CPTS
X, la CPTS Y et la CPTS Z ont signé"); two CPTS under one plural head on a page about a project they
launched ("Lancé par les CPTS du X et du Y"). Invented texts only."""
from __future__ import annotations


def _roles(record: dict) -> dict[str, str]:
    return {c["key"]: c["role"] for c in record["cpts"]}


CONTRACT_PARTNERS = (
    "Le contrat local de santé du Pays de Rocheval\n"
    "Le contrat local de santé est un outil de coordination porté par la communauté d'agglomération et l'ARS. "
    "Il a été renouvelé en mai 2024 avec dix partenaires, parmi lesquels la préfecture, la CPAM, la CAF, "
    "la CPTS du Val Fleuri et la ville de Rocheval.\n"
    "Les signataires du contrat\n"
    "La Préfecture\n"
    "L'Agence régionale de santé\n"
    "La Caisse d'allocations familiales\n"
    "La Communauté Professionnelle Territoriale de Santé du Val Fleuri\n"
    "Le contrat permet de coordonner des actions de prévention et d'accès aux soins sur le territoire.\n"
)


def test_a_cpts_among_partners_listed_one_a_line_is_mentioned(record_of):
    assert _roles(record_of(CONTRACT_PARTNERS)) == {"val-fleuri": "mentioned"}


def test_a_cpts_alone_on_its_line_as_a_heading_is_still_the_subject(record_of):
    text = ("La Caisse d'allocations familiales soutient les soignants\n"
            "La Communauté Professionnelle Territoriale de Santé du Val Fleuri\n"
            "La CPTS du Val Fleuri a signé son accord conventionnel interprofessionnel le 3 mai 2024. "
            "Elle réunit 80 professionnels de santé.\n")
    assert _roles(record_of(text)) == {"val-fleuri": "subject"}


def test_cpts_each_with_its_head_in_one_list_that_signs_are_all_subjects(record_of):
    text = ("Elles sont quatre et viennent s'ajouter aux douze CPTS du département : la CPTS Val Fleuri, la CPTS "
            "Monts Verts, la CPTS Pic Bleu et la CPTS de la Serre ont signé, le 8 septembre, leur contrat avec la "
            "CPAM et l'ARS.\n"
            "La CPTS Val Fleuri couvre 12 communes. La CPTS Monts Verts, créée en 2021, réunit 60 soignants.\n"
            "Le président de la CPTS Val Fleuri se réjouit de cette signature.\n")
    assert _roles(record_of(text)) == {"val-fleuri": "subject", "monts-verts": "subject", "pic-bleu": "subject",
                                       "serre": "subject"}


def test_neighbours_listed_each_with_its_head_stay_mentioned(record_of):
    text = ("La CPTS Val Fleuri fête ses dix mois. Sa coordinatrice raconte une forme d'harmonie entre les trois CPTS "
            "des environs – la CPTS Val Fleuri, la CPTS Monts Verts et la CPTS Pic Bleu – qui se partagent les bords "
            "de la rivière.\n"
            "La CPTS Val Fleuri a signé son accord en 2023 et réunit 80 soignants.\n")
    assert _roles(record_of(text)) == {"val-fleuri": "subject", "monts-verts": "mentioned", "pic-bleu": "mentioned"}


def test_two_cpts_under_one_head_share_the_role_on_a_page_about_their_project(record_of):
    text = ("Le programme Santé Proche déploie des téléconsultations dans le Tarn\n"
            "Le projet est en développement face au manque de médecins sur certains territoires.\n"
            "Lancé par les communautés professionnelles territoriales de santé (CPTS) du Val Fleuri et du Pic Bleu, "
            "le projet a reçu le soutien de l'ARS. Elle a recruté deux infirmières pour accompagner les patients.\n"
            "Ce système pourra être déployé au domicile du patient.\n")
    assert _roles(record_of(text)) == {"val-fleuri": "subject", "pic-bleu": "subject"}


BLOCKS = (
    "Trois nouvelles CPTS dans le département\n"
    "L'ARS et la CPAM ont officiellement lancé, le 1er février 2022, trois nouvelles CPTS en signant leurs accords.\n"
    "• CPTS du Val Fleuri\n"
    "Territoire : 25 communes\n"
    "Population : 22 072 habitants\n"
    "• CPTS Monts Verts\n"
    "Territoire : 60 communes, à l'exception de Rocheval et de Montval, rattachées à la CPTS du Lac Noir\n"
    "Population : près de 26 000 habitants\n"
    "• CPTS Pic Bleu\n"
    "Territoire : 62 communes\n"
    "Population : 25 273 habitants\n"
)


def test_a_cpts_heading_its_block_stays_a_subject_and_keeps_its_figures(record_of):
    record = record_of(BLOCKS)
    assert _roles(record) == {"val-fleuri": "subject", "monts-verts": "subject", "pic-bleu": "subject",
                              "lac-noir": "mentioned"}
    population = {c["key"]: c["population"] and c["population"]["value"] for c in record["cpts"]}
    assert population == {"val-fleuri": 22072, "monts-verts": 26000, "pic-bleu": 25273, "lac-noir": None}
