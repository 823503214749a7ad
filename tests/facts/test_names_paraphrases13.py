"""Where a CPTS's name ends on a page of dated news items: at the end of its line, before the next item's date
("CPTS du Pays Fléchois\n21/11/2023 - Soirée ..."), while a number that is part of a name stays in it ("CPTS Paris
13"). Invented texts only."""
from __future__ import annotations

from pipeline.facts.names import find_mentions


def test_a_name_ends_before_the_next_items_date():
    text = ("Actualités\n12/10/2023 - Rencontre avec nos voisins de la CPTS du Pays Fléchois\n"
            "21/11/2023 - Soirée formation : plaies chroniques\n")
    assert [m.surface for m in find_mentions(text)] == ["du Pays Fléchois"]


def test_numbers_of_a_name_stay_in_it():
    assert [m.surface for m in find_mentions("La CPTS Paris 13 a signé. La CPTS Nord 59/62 aussi.")] == [
        "Paris 13", "Nord 59/62"]
