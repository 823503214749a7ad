"""A CPTS's count of communes from the one intercommunality its territory is: "Son périmètre ? Les 41 communes de la
CC X" gives the area its count; a CPTS that covers all of X and nothing else has those 41 communes too."""
from __future__ import annotations

from ..facts.common import Extraction
from ..model import Fact
from ..reference import gazetteer
from .areas import Territory


def counts_of_the_only_area(extraction: Extraction, territories: dict[str, Territory]) -> None:
    """Give each CPTS without a count of communes the count of its only area, when that count is all of the area's
    communes and the territory holds nothing else."""
    gaz = gazetteer.load()
    for key, territory in territories.items():
        facts = extraction.cpts.get(key)
        if facts is None or facts.quantities.get("communes_count") or len(territory.areas) != 1 or territory.loose:
            continue
        area = territory.areas[0]
        epci = gaz.epci(area.code) if area.code else None
        if epci is None or area.extent != "full" or area.communes_count is None or area.listed or area.excepted:
            continue
        value, span = area.communes_count
        if value == len(epci.members):
            facts.quantities["communes_count"].append(Fact(value, span, "exact"))
