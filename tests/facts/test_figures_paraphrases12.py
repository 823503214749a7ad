"""Key figures set out one a line on a CPTS's page, a figure over its label, the first with a qualifier before it
("+ de 90\\nprofessionnels de santé adhérents\\n5\\nmaisons de santé"): each label is its own figure's, the qualifier
kept. Invented texts only."""
from __future__ import annotations

FIELDS = ("population", "communes_count", "professionals_count", "structures_count")


def _figures(record: dict) -> dict[str, tuple[int, str]]:
    cpts = record["cpts"][0]
    return {field: (cpts[field]["value"], cpts[field]["qualifier"]) for field in FIELDS if cpts[field]}


def test_a_qualified_figure_over_its_label(record_of):
    text = ("CPTS du Val Fleuri\nLa CPTS du Val Fleuri a signé son contrat avec l'ARS.\nChiffres clés\n+ de 90\n"
            "professionnels de santé adhérents\n5\nmaisons de santé pluriprofessionnelles\n12\ncommunes\n35 000\nhabitants\n")
    assert _figures(record_of(text)) == {"professionals_count": (90, "more_than"), "structures_count": (5, "exact"),
                                         "communes_count": (12, "exact"), "population": (35000, "exact")}


def test_a_contract_s_figures_are_not_the_cpts_s(record_of):
    text = ("Le contrat local de santé de l'agglomération est signé. La CPTS du Val Fleuri y participe. "
            "Ce contrat concerne les 78 communes et les quelque 110 000 habitants de l'agglomération.")
    assert _figures(record_of(text)) == {}


def test_the_cpts_s_contract_names_it(record_of):
    text = "La CPTS du Val Fleuri a signé son contrat. Le contrat de la CPTS couvre 20 communes."
    assert _figures(record_of(text)) == {"communes_count": (20, "exact")}
