"""A name listed under an intercommunality that no commune bears, misread by OCR, is the member
of that intercommunality it is closest to, when under a third of its letters differ and no other
member comes as close ("Morey Saunt Derus": Morey-Saint-Denis). A short name, a name far from
every member, or a name as close to two members stays unlinked. The CPTS is invented; the
intercommunality and its members are the gazetteer's."""
from __future__ import annotations

import pytest

from pipeline.reference import gazetteer

GEVREY_NUITS = "200070894"  # CC de Gevrey-Chambertin et de Nuits-Saint-Georges (21)
MOREY, BROCHON = "21442", "21110"


def listed(record: dict) -> dict[str, str | None]:
    territory = {c["key"]: c for c in record["cpts"]}["val-fleuri"]["territory"]
    area = next(a for a in territory["areas"] if a["code"] == GEVREY_NUITS)
    return {c["name"]: c.get("insee") for c in area["listed"]}


def test_a_misread_member_is_linked_within_its_intercommunality(record_of):
    record = record_of("Le 3 mai 2024\n\nLa CPTS du Val Fleuri couvre une partie de la communauté de communes de "
                       "Gevrey-Chambertin et de Nuits-Saint-Georges (Brochon, Fixin, Morey Saunt Derus).\n")
    assert listed(record)["Morey Saunt Derus"] == MOREY
    assert listed(record)["Brochon"] == BROCHON


@pytest.mark.parametrize("name, member", [("Saulon-la-Crue", "Saulon-la-Rue"), ("Saulon-la-Rapelle", "Saulon-la-Chapelle"),
                                          ("Villers Faye", "Villers-la-Faye"), ("Gilly les Citaux", "Gilly-lès-Cîteaux")])
def test_the_closest_member(name, member):
    assert gazetteer.load().member_read_loosely(name, GEVREY_NUITS).name == member


@pytest.mark.parametrize("name", [
    "Fxn",  # too short to tell
    "Montagne Noire",  # far from every member
    "Curchey",  # two letters from Couchey and from Curley
])
def test_short_far_or_ambiguous_names_stay_unlinked(name):
    assert gazetteer.load().member_read_loosely(name, GEVREY_NUITS) is None
