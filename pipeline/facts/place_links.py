"""A place name read after a launch word, linked to its commune: the longest run of capitalised words that names one,
in the release's departments, else, for a name several communes share, in the department where the text names most
communes that only one commune bears; never a frequent word that only folds like a commune's name."""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from ..reference import gazetteer
from ..reference.words import zipf
from .context import Context

COMMON_WORD_ZIPF = 3.5  # as frequent as "maire" or "mairie" (wordfreq's Zipf scale)


def linked_words(gaz, words: str, departments: list[str], article: str = "") -> tuple[str, gazetteer.Commune | None, str]:
    """The longest run of the first capitalised words that names a commune, the commune, and the name it was linked
    by: "Montbard" in "à Montbard Mardi 12 mars"; with the article a preposition holds first ("au Mans": Le Mans)."""
    parts = words.split(" ")
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[:n])
        with_article = gaz.link_commune(article + name, departments) if article else None
        if with_article is not None and gazetteer.fold(with_article.name) == gazetteer.fold(article + name):
            return name, with_article, article + name
        commune = gaz.link_commune(name, departments)
        if commune is not None:
            return name, commune, name
    return words, None, words


def linked_by_named_communes(gaz, words: str, text: str) -> tuple[str, gazetteer.Commune | None]:
    """The commune of a shared name in the department where the text names most communes that only one commune bears."""
    votes = _departments_of_named_communes(gaz, text)
    parts = words.split(" ")
    for n in range(len(parts), 0, -1):
        name = " ".join(parts[:n])
        departments = {c.department for c in gaz.candidates(name)}
        ranked = sorted(((votes[d], d) for d in departments if votes[d]), reverse=True)
        if ranked and (len(ranked) == 1 or ranked[0][0] > ranked[1][0]):
            return name, gaz.link_commune(name, [ranked[0][1]])
    return words, None


@lru_cache(maxsize=4)
def _departments_of_named_communes(gaz, text: str) -> Counter:
    """How many of the communes the text names that only one commune bears lie in each department."""
    votes = Counter()
    for m in CAPITALISED_RUN.finditer(text):
        name = m.group()
        if "-" not in name and zipf(name.lower(), "fr") >= COMMON_WORD_ZIPF:
            continue  # "Santé", "Son": frequent words
        communes = gaz.candidates(name)
        if len(communes) == 1:
            votes[communes[0].department] += 1
    return votes


CAPITALISED_RUN = re.compile(r"(?<![\w'’-])[A-ZÀ-Ý][\w'’]*(?:-[\w'’]+)*")


def text_departments(ctx: Context) -> list[str]:
    """The release's department, else every department it names: a homonym is told apart by them."""
    if ctx.default_department:
        return [ctx.default_department]
    return sorted({mention.code for mention in ctx.departments})


def common_word(name: str, commune: gazetteer.Commune) -> bool:
    """"au Maire de Paris" is not Mairé: a frequent word that only folds like a commune's name."""
    return name != commune.name and " " not in name and "-" not in name and zipf(name.lower(), "fr") >= COMMON_WORD_ZIPF
