"""The traditional "pays" that lie in one department ("le Cotentin", "en Balagne", "la CPAM de l'Artois"):
where a text names no department, such a name says which one it speaks of. A pays shared by several
departments (le Morvan, la Sologne, le Vexin, la Flandre) is not listed."""
from __future__ import annotations

import re
from functools import lru_cache

from ..reference import gazetteer

PAYS_DEPARTMENTS = {
    "01": ("Dombes", "Bugey", "Pays de Gex"),
    "02": ("Laonnois", "Soissonnais", "Vermandois"),
    "03": ("Bourbonnais",),
    "04": ("Ubaye",),
    "05": ("Champsaur", "Valgaudemar", "Queyras", "Briançonnais", "Embrunais", "Gapençais"),
    "09": ("Couserans",),
    "12": ("Rouergue",),
    "16": ("Angoumois",),
    "17": ("Aunis",),
    "21": ("Auxois", "Châtillonnais"),
    "24": ("Périgord",),
    "28": ("Drouais", "Dunois", "Thymerais"),
    "2A": ("Sartenais", "Valinco", "Taravo", "Cinarca"),
    "2B": ("Balagne", "Cap Corse", "Castagniccia", "Nebbio", "Niolo", "Casinca", "Fiumorbo"),
    "33": ("Médoc", "Libournais", "Entre-deux-Mers", "Bazadais", "Blayais"),
    "37": ("Touraine",),
    "38": ("Trièves", "Oisans", "Grésivaudan"),
    "40": ("Chalosse",),
    "41": ("Vendômois", "Blésois"),
    "42": ("Forez", "Roannais"),
    "43": ("Velay",),
    "44": ("Pays de Retz", "Brière"),
    "48": ("Gévaudan",),
    "49": ("Mauges", "Saumurois", "Baugeois", "Segréen", "Choletais"),
    "50": ("Cotentin", "Avranchin"),
    "57": ("Saulnois",),
    "59": ("Cambrésis", "Avesnois", "Douaisis", "Valenciennois", "Hainaut", "Pévèle"),
    "60": ("Beauvaisis", "Noyonnais"),
    "62": ("Artois", "Boulonnais", "Calaisis", "Audomarois", "Montreuillois", "Ternois"),
    "64": ("Pays basque", "Béarn"),
    "65": ("Bigorre",),
    "66": ("Cerdagne", "Vallespir", "Conflent"),
    "67": ("Alsace bossue",),
    "68": ("Sundgau",),
    "69": ("Beaujolais",),
    "71": ("Charolais", "Brionnais", "Mâconnais", "Chalonnais", "Clunisois", "Autunois"),
    "73": ("Tarentaise", "Maurienne", "Beaufortain"),
    "74": ("Chablais", "Genevois", "Faucigny"),
    "80": ("Santerre", "Vimeu", "Ponthieu", "Marquenterre"),
    "81": ("Albigeois",),
    "83": ("Dracénie",),
    "86": ("Châtelleraudais", "Loudunais", "Montmorillonnais"),
    "89": ("Tonnerrois", "Sénonais", "Auxerrois", "Avallonnais"),
}


@lru_cache(maxsize=1)
def _pays_regex() -> tuple[re.Pattern, dict[str, str]]:
    by_folded = {_key(name): code for code, names in PAYS_DEPARTMENTS.items() for name in names}
    names = sorted((name for names in PAYS_DEPARTMENTS.values() for name in names), key=len, reverse=True)
    pattern = "|".join(r"[\s\-]+".join(map(re.escape, re.split(r"[\s\-]+", name))) for name in names)
    return re.compile(rf"(?<!\w)(?=[A-ZÀ-Þ])(?:{pattern})(?!\w)", re.IGNORECASE), by_folded  # "Est-Béarn", "Haute-Maurienne"


def _key(name: str) -> str:
    return gazetteer.fold(re.sub(r"[\s\-]+", " ", name))


def departments_of_pays(text: str) -> list[str]:
    """The department of each single-department pays the text names, capitalised as a name."""
    regex, by_folded = _pays_regex()
    return [by_folded[_key(m.group())] for m in regex.finditer(text) if m.group()[0].isupper()]
