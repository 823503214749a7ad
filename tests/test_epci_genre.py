"""Intercommunalities a CPTS covers, worded as communiqués word them: several names after one
plural type word (with a colon, in brackets, joined by "et du"), and short names made of an
EPCI's initials. Expected codes come from the official gazetteer, never from the pipeline's
own output; the CPTS and sentences are invented.
"""
from __future__ import annotations

import pytest

from perimeter import record_of, release, territory_of

VEXIN_CENTRE = "200035970"  # CC Vexin Centre (95)
VEXIN_VAL_DE_SEINE = "249500513"  # CC du Vexin-Val de Seine (95)
SAUSSERON = "249500430"  # CC Sausseron Impressionnistes (95)
POUZAUGES = "248500464"  # CC du Pays de Pouzauges (85)
MORTAGNE = "248500662"  # CC du Pays de Mortagne (85)
PLOERMEL = "200066777"  # CC Ploërmel Communauté (56)
OUST_BROCELIANDE = "200066785"  # CC de l'Oust à Brocéliande (56)


def _codes(record: dict, key: str) -> list[str]:
    return sorted(a["code"] for a in territory_of(record, key)["areas"] if a["kind"] == "epci" and a["code"])


@pytest.mark.parametrize("sentence, key, sirens", [
    pytest.param("Dans le Val-d'Oise, la CPTS des Trois Vallées s'étend sur trois communautés de communes : "
                 "Vexin Centre, Vexin Val de Seine et Sausseron Impressionnistes.", "trois-vallees",
                 [VEXIN_CENTRE, SAUSSERON, VEXIN_VAL_DE_SEINE], id="colon-after-plural"),
    pytest.param("En Vendée, la CPTS des Collines couvre les communautés de communes du Pays de Pouzauges et "
                 "du Pays de Mortagne.", "collines", [POUZAUGES, MORTAGNE], id="et-du-after-plural"),
    pytest.param("Dans le Morbihan, la CPTS des Landes Bleues couvre les deux communautés de communes "
                 "(communauté de Ploërmel et l'OBC).", "landes-bleues", [PLOERMEL, OUST_BROCELIANDE],
                 id="bracket-after-plural-and-initials"),
])
def test_fr_several_intercommunalities_after_one_type_word(tmp_path, sentence, key, sirens):
    assert _codes(record_of(release(sentence), tmp_path), key) == sorted(sirens)
