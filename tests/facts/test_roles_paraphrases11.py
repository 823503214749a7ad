"""Which CPTS a text is about when its headline ends in "!" or "?": a page on a local health contract
that lists two CPTS among the contract's partners only mentions them; a headline on a CPTS that ends
in "!" still makes it the subject. Invented texts only."""
from __future__ import annotations

import pytest


def _roles(record: dict) -> dict[str, str]:
    return {c["key"]: c["role"] for c in record["cpts"]}


CONTRACT_PAGE = (
    "Contrat local de santé du Pays de Rocheval, suivez le guide {end}\n"
    "Un CLS, à quoi ça sert ?\n"
    "Il s'agit d'établir un diagnostic de santé du territoire en réunissant tous les acteurs de la santé (la "
    "communauté de communes, l'ARS, la CPAM, le centre hospitalier, les CPTS Val Fleuri et Monts Verts, la CAF) "
    "afin d'agir ensemble.\n"
    "Le constat : la population est vieillissante et le territoire manque de médecins spécialistes.\n"
)


@pytest.mark.parametrize("end", ["!", "?"])
def test_a_headline_ending_in_an_exclamation_is_still_the_title(record_of, end):
    assert _roles(record_of(CONTRACT_PAGE.format(end=end))) == {"val-fleuri": "mentioned", "monts-verts": "mentioned"}


def test_a_headline_on_the_cpts_ending_in_an_exclamation(record_of):
    text = ("La CPTS Val Fleuri est lancée !\n"
            "Les soignants du Pays de Rocheval ont fondé leur communauté professionnelle territoriale de santé. "
            "La CPTS Val Fleuri réunit 80 professionnels.\n")
    assert _roles(record_of(text)) == {"val-fleuri": "subject"}
