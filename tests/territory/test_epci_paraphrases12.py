"""The count of communes an intercommunality lends to a perimeter, told by a bare figure and a verb of place
after the territory's own count ("Elle couvre 21 communes : 18 se situent sur la CC X", "18 appartiennent à la
CC X"). The CPTS and sentences are invented; the expected codes are the gazetteer's."""
from __future__ import annotations

import pytest

from perimeter import territory_of

CLUNISOIS = "200040293"  # CC du Clunisois (71)


def _counts(record: dict) -> dict[str, tuple[str, int | None]]:
    return {a["code"]: (a["extent"], a["communes_count"] and a["communes_count"]["value"])
            for a in territory_of(record, "val-fleuri")["areas"] if a["code"]}


@pytest.mark.parametrize("verb", ["se situent sur", "se trouvent dans", "appartiennent à", "relèvent de"])
def test_a_bare_count_before_a_verb_of_place(record_of, verb):
    text = f"La CPTS du Val Fleuri couvre 21 communes : 18 {verb} la communauté de communes du Clunisois."
    assert _counts(record_of(text)) == {CLUNISOIS: ("partial", 18)}
