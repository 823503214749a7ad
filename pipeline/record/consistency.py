"""Check a CPTS against itself: stated counts against the resolved perimeter, communes listed
twice or under the wrong intercommunality, a stated population against the gazetteer's."""
from __future__ import annotations

from ..reference import gazetteer
from ..territory.perimeter import Territory

# A stated population further than this from the gazetteer's sum is worth a look. Communiqués
# round and use older census years, so small gaps are normal.
POPULATION_TOLERANCE = 0.15


# Mean word confidence (tesseract, 0-100) under which OCR text needs a human look. Measured on
# one page blurred and noised step by step: confidence 93 went with 0.1-0.5% character errors,
# 86 with 4.7%, 80 with 10%, 72 with 17%, 53 with 39%. Below 80, about one word in three is
# wrong, names and figures included.
LOW_OCR_CONFIDENCE = 80.0


def warning(code: str, message: str, key: str | None = None) -> dict:
    return {"code": code, "message": message, "cpts": key}


def check_ocr(ocr: dict | None) -> list[dict]:
    if ocr is None or ocr["mean_confidence"] >= LOW_OCR_CONFIDENCE:
        return []
    return [warning("low_ocr_confidence",
                    f"OCR mean word confidence is {ocr['mean_confidence']:.0f}/100 (pages {ocr['pages']}), "
                    f"below {LOW_OCR_CONFIDENCE:.0f}: check the values against the page.")]


def check_cpts(cpts: dict, territory: Territory | None) -> list[dict]:
    key = cpts["key"]
    out = []
    if territory is not None:
        out += _duplicates(key, territory)
        out += _unlinked(key, territory)
        out += _not_in_area(key, territory)
        out += _dissolved_areas(key, territory)
    resolved = cpts["territory"]["resolved"]
    stated = cpts["communes_count"]
    if resolved and resolved["complete"] and stated and stated["qualifier"] == "exact" \
            and stated["value"] != resolved["count"]:
        out.append(warning("communes_count_mismatch",
                           f"{cpts['name']}: the text says {stated['value']} communes but the perimeter it "
                           f"describes resolves to {resolved['count']}.", key))
    population = cpts["population"]
    if resolved and resolved["complete"] and population:
        out += _population(cpts, resolved["insee"], population["value"])
    return out


def _duplicates(key: str, territory: Territory) -> list[dict]:
    return [warning("duplicate_commune", f"{ref.name} is listed twice in the same list.", key)
            for ref in territory.duplicates]


def _unlinked(key: str, territory: Territory) -> list[dict]:
    refs = [r for a in territory.areas for r in a.listed + a.excepted] + territory.loose
    return [warning("unlinked_commune", f"'{r.name}' could not be linked to an INSEE commune code.", key)
            for r in refs if r.commune is None]


def _dissolved_areas(key: str, territory: Territory) -> list[dict]:
    """An area linked through the name of an intercommunality no longer in force."""
    gaz = gazetteer.load()
    epcis = [gaz.epci(area.code) for area in territory.areas if area.code]
    return [warning("dissolved_epci", f"'{epci.name}' (SIREN {epci.siren}) is no longer in force; its communes "
                    "are those the reference data last listed for it.", key)
            for epci in epcis if epci and epci.dissolved]


def _not_in_area(key: str, territory: Territory) -> list[dict]:
    out = []
    gaz = gazetteer.load()
    for area in territory.areas:
        epci = gaz.epci(area.code) if area.code else None
        if epci is None:
            continue
        for ref in area.listed + area.excepted:
            if ref.commune and ref.commune.insee not in epci.members:
                out.append(warning("commune_not_in_area",
                                   f"{ref.commune.name} ({ref.commune.insee}) is listed under {area.name}, "
                                   f"but the gazetteer places it in another intercommunality.", key))
    return out


def _population(cpts: dict, insee: list[str], stated: float) -> list[dict]:
    gaz = gazetteer.load()
    total = sum((gaz.commune(code).population or 0) for code in insee if gaz.commune(code))
    if total and abs(stated - total) / total > POPULATION_TOLERANCE:
        return [warning("population_mismatch",
                        f"{cpts['name']}: the text gives {stated:,.0f} inhabitants; the communes of its "
                        f"perimeter total {total:,} in the gazetteer (INSEE légal population "
                        f"{gaz.population_year()}).", cpts["key"])]
    return []


def check_department(cpts: dict, stated: list[str]) -> list[dict]:
    """The department the text places the CPTS in against the departments of its perimeter."""
    rank = cpts.get("rank_in_department")
    if rank and rank["department"] not in cpts["departments"]:
        return [warning("department_mismatch",
                        f"{cpts['name']} is ranked in department {rank['department']} but its territory "
                        f"lies in {', '.join(cpts['departments']) or 'no known department'}.", cpts["key"])]
    resolved = cpts["territory"]["resolved"]
    if not stated or not resolved or not resolved["complete"]:
        return []
    gaz = gazetteer.load()
    perimeter = sorted({gaz.commune(code).department for code in resolved["insee"] if gaz.commune(code)})
    if perimeter and not set(stated) & set(perimeter):
        return [warning("department_mismatch",
                        f"The text places {cpts['name']} in department {', '.join(stated)}, but none of the "
                        f"{resolved['count']} communes of its perimeter lies there (they are in "
                        f"{', '.join(perimeter)}).", cpts["key"])]
    return []
