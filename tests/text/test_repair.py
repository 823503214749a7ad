"""OCR repair: known confusions fixed with offsets, correct words never changed."""
from pathlib import Path

import pytest

from pipeline.text.language import detect_language
from pipeline.model import Span
from pipeline.text.repair import repair_text

CORPUS = Path(__file__).resolve().parents[2] / "corpus" / "inbox"
CLEAN = ["000_23596e47e6eee860", "001_cdceb788aaf07a9d", "003_a3df6913670c77b7", "004_3424cefa53f8ce02"]


@pytest.mark.parametrize("raw, repaired", [
    ("Une CPTS en Co6te-d’Or", "Une CPTS en Côte-d’Or"),
    ("habitants de I’aire urbaine", "habitants de l’aire urbaine"),
    ("directeur de 'Agence Régionale", "directeur de l'Agence Régionale"),
    ("lancée le 16 septembre 2021 a Dijon, en présence", "lancée le 16 septembre 2021 à Dijon, en présence"),
    ("structures de soins (hdpitaux, cliniques)", "structures de soins (hôpitaux, cliniques)"),
    ("une organisation congue autour", "une organisation conçue autour"),
    ("mis en ceuvre en lien", "mis en œuvre en lien"),
    ("la 3°\"° CPTS dite", "la 3ème CPTS dite"),
    ("e lamétropole de Dijon", "• la métropole de Dijon"),
    ("elamétropole de Dijon\nelles couvrent", "• la métropole de Dijon\nelles couvrent"),  # bullet, article, word glued
    ("La CPTS a pour vocation", "La CPTS a pour vocation"),
    # UTF-8 read with the wrong code page, three signs or more in the text
    ("la communautĂ© urbaine, la frontiĂšre et Ă\u00a0 Lyon", "la communauté urbaine, la frontière et à Lyon"),
    ("une rĂ©union, un mĂ©decin, un pĂ´le", "une réunion, un médecin, un pôle"),
    ("la CÃ´te, l’Ã©tÃ©", "la Côte, l’été"),
    # three bytes read as three signs ("’", "–", "“"), "œ" read as two, the closing quote's lost byte
    ("la lettre dâ€™intention â€“ la CPTS CÅ“ur de Ville", "la lettre d’intention – la CPTS Cœur de Ville"),
    ("Ã©tÃ© â€œbienâ€\ufffd", "été “bien”"),
    ("l'accÃ¨s Ã  un mÃ©decin", "l'accès à  un médecin"),  # the no-break space of "à" read as a plain one
    ("São Paulo", "São Paulo"),
    ("sur l’annuaire sante.fr de", "sur l’annuaire sante.fr de"),
    ("le lien ville/hdpital se renforce", "le lien ville/hôpital se renforce"),
    ("#CotedOr #AccesAuxSoins", "#CotedOr #AccesAuxSoins"),
    ("en Cote-d’Or et à Asnieres-les-Dijon", "en Côte-d’Or et à Asnières-lès-Dijon"),
    ("Ruffey-les-Echirey, Valforét", "Ruffey-lès-Echirey, Valforêt"),
    # Communes Villé and Placé: their accentless forms are common words, which stay as they are.
    ("la Ville et la Place de la République", "la Ville et la Place de la République"),
    ("la CPTS en Céte-d'Or", "la CPTS en Côte-d'Or"),
    ("mieux a\nleurs attentes", "mieux à\nleurs attentes"),
    ("de la CPTS a travers la signature", "de la CPTS à travers la signature"),
    ("la CPTS a la charge du projet", "la CPTS a la charge du projet"),
    ("signé par |'ARS et |’Assurance Maladie", "signé par l'ARS et l’Assurance Maladie"),
    # an f read as t, r and n read as m: in words written in lower case only
    ("2 109 protessionnels de santé, des objectits", "2 109 professionnels de santé, des objectifs"),
    ("la CPTS concemera l'accès aux soins", "la CPTS concernera l'accès aux soins"),
    ("Is-sur-Tille et la vallée de la Tille", "Is-sur-Tille et la vallée de la Tille"),
    ("la tête, le tarif, un tiers, une femme, la commune", "la tête, le tarif, un tiers, une femme, la commune"),
])
def test_repairs(raw, repaired):
    assert repair_text(raw, "fr").text == repaired


@pytest.mark.parametrize("raw, repaired", [
    ("Liste :\n* la commune A ;\n+ la commune B ;\n¢ la commune C.", "Liste :\n• la commune A ;\n• la commune B ;\n• la commune C."),
    ("Liste :\n© la commune A ;\n© 8 communes de B.", "Liste :\n• la commune A ;\n• 8 communes de B."),
    ("* Source : article L.1434-12", "* Source : article L.1434-12"),  # one starred line: a footnote
    ("Liste :\n€ la métropole A ;\n@ la commune B ;\n€ 8 communes de C.",
     "Liste :\n• la métropole A ;\n• la commune B ;\n• 8 communes de C."),
    ("Suivez-nous :\n@CPTS_Test\n@ARS_Test", "Suivez-nous :\n@CPTS_Test\n@ARS_Test"),  # handles
    ("le territoire :\n~ la communauté A ;\n— la communauté B ;\n— la communauté C.",
     "le territoire :\n• la communauté A ;\n— la communauté B ;\n— la communauté C."),  # among dashes
    ("the area:\n_ the urban community A;\n— part of B;\n— part of C.",
     "the area:\n• the urban community A;\n— part of B;\n— part of C."),
    ("the area:\n= the urban community A;\n— part of B;\n— part of C.",
     "the area:\n• the urban community A;\n— part of B;\n— part of C."),
    ("Total :\n= 42 communes", "Total :\n= 42 communes"),  # one "=" line alone: a sum, not a list
    ("~ environ 30 000 habitants\n\nLa CPTS est née.", "~ environ 30 000 habitants\n\nLa CPTS est née."),
    ("des actions de prévention, Sur le territoire", "des actions de prévention, sur le territoire"),
    ("des professionnels de la Somme et de santé", "des professionnels de la Somme et de santé"),
    ("l'Agence Régionale de Santé Occitanie", "l'Agence Régionale de Santé Occitanie"),
    ("validated in September 2023", "validated in September 2023"),
])
def test_ocr_only_repairs(raw, repaired):
    lang = "en" if "validated" in raw else "fr"
    assert repair_text(raw, lang, ocr=True).text == repaired
    assert repair_text(raw, lang, ocr=False).text == raw  # a typed text keeps its * and capitals


@pytest.mark.parametrize("raw, repaired", [
    ("the communes of Dezize-lés-Maranges and Culétre", "the communes of Dezize-lès-Maranges and Culètre"),
    ("the communes of Labergement-les-Seurre and Cussy-le-Chatel", "the communes of Labergement-les-Seurre and Cussy-le-Chatel"),
])
def test_english_keeps_names_written_without_accents(raw, repaired):
    assert repair_text(raw, "en").text == repaired


CLEAN_TEXTS = [CORPUS / f"{stem}.txt" for stem in CLEAN] + [
    CORPUS.parent / "transcripts" / "002_c8d313cca9ef4393.txt",  # the OCR sample, corrected by hand
    *sorted((CORPUS.parent.parent / "tests" / "communiques").glob("*.txt"))]


@pytest.mark.parametrize("path", CLEAN_TEXTS, ids=lambda p: p.name)
@pytest.mark.parametrize("ocr", [False, True])
def test_clean_communiques_are_not_changed(path, ocr):
    raw = path.read_text(encoding="utf-8")
    lang = detect_language(raw)
    assert repair_text(raw, lang, ocr=ocr).repairs == []


def test_offsets_map_back_to_the_raw_text():
    raw = "Une CPTS en Co6te-d’Or, présente a Dijon."
    mapped = repair_text(raw, "fr")
    start = mapped.text.index("Côte")
    assert mapped.raw_span(Span(start, start + len("Côte-d’Or"))) == (12, 12 + len("Co6te-d’Or"))
    dijon = mapped.text.index("Dijon")
    assert raw[slice(*mapped.raw_span(Span(dijon, dijon + 5)))] == "Dijon"


@pytest.mark.parametrize("raw, repaired", [
    # an l read as i, t or lost, in commune names the gazetteer knows
    ("les communes de Vézeiay et de Montbard", "les communes de Vézelay et de Montbard"),
    ("les communes de Marsannay-ta-Côte et Chenôve", "les communes de Marsannay-la-Côte et Chenôve"),
    ("la communauté de communes Norge et Tile", "la communauté de communes Norge et Tille"),
    # rn read as m, and the other way round
    ("les communes de Toumus et de Cluny", "les communes de Tournus et de Cluny"),
    ("les communes de Charnonix et de Megève", "les communes de Chamonix et de Megève"),
    # a name read once with one letter wrong, the document repeating the right one
    ("La CPTS du Haut-Brivelin est née. Le Haut-Brivelin compte 9 communes. Au Haut-Brovelin, "
     "on soigne.", "La CPTS du Haut-Brivelin est née. Le Haut-Brivelin compte 9 communes. Au Haut-Brivelin, "
     "on soigne."),
    # list items "-la ..." whose dash and l merged, and a spaced ellipsis
    ("le territoire :\nda communauté de communes du Montbardois ;\n4a partie nord de la ville. ..\n",
     "le territoire :\n-la communauté de communes du Montbardois ;\n-la partie nord de la ville...\n"),
    ("couvre 12 communes :\n\na communauté de communes du Morvan ;\n“a partie sud du canton.",
     "couvre 12 communes :\n\n-la communauté de communes du Morvan ;\n-la partie sud du canton."),
    # the article "la" read as "ta" in a text that never says "tu"
    ("soit 51 % de ta population, et ta CPTS", "soit 51 % de la population, et la CPTS"),
    # a round bracket closed by a brace
    ("274 922 habitants (soit 51,56 % de la population}\n", "274 922 habitants (soit 51,56 % de la population)\n"),
    # ... on the line the sentence wraps to; a brace two lines on, or after a blank line, is left as it is
    ("la métropole (à l'exception des communes de Fénay, Ouges\net Bressey-sur-Tille}:\n",
     "la métropole (à l'exception des communes de Fénay, Ouges\net Bressey-sur-Tille):\n"),
    ("la métropole (à l'exception de\nFénay,\nOuges}\n", "la métropole (à l'exception de\nFénay,\nOuges}\n"),
    ("la métropole (voir\n\nci-dessous}\n", "la métropole (voir\n\nci-dessous}\n"),
    # "tes" inside a place name is no "tu" of the text
    ("Asnières-tes-Dijon rejoint ta CPTS", "Asnières-lès-Dijon rejoint la CPTS"),
    # an l read as an i in a word in lower case
    ("ia CPTS réunit ies médecins pour étabiir et compiéter le projet",
     "la CPTS réunit les médecins pour établir et compléter le projet"),
    # two thin letters of a long word misread, and an elided l' read as an f
    ("2 109 protessionnets de santé, à féchelle du territoire", "2 109 professionnels de santé, à l'échelle du territoire"),
    ("la signature de faccord conventionnel (AC!)", "la signature de l'accord conventionnel (ACI)"),
    ("signe son AC! : l'ACI", "signe son ACI : l'ACI"),
    # a list item's "-la" read as "4a" with a speck after it
    ("couvre 12 communes :\n4a. communauté de communes du Morvan ;\n", "couvre 12 communes :\n-la communauté de communes du Morvan ;\n"),
    # the "1er" of a date read as "ter"
    ("signé le ter octobre 2024", "signé le 1er octobre 2024"),
    # an ellipsis read with a stray point
    ("Saulieu, Vitteaux.…\n", "Saulieu, Vitteaux...\n"),
    # in a longer name, an o read as an a, an f as a t or an l (and the ligature typed out)
    ("les communes de Brachon, Chamboeut et Rufley-les-Echirey", "les communes de Brochon, Chambœuf et Ruffey-lès-Echirey"),
    ("la communauté de communes de Gevrey-Chambertin (Valtorét)", "la communauté de communes de Gevrey-Chambertin (Valforêt)"),
    # a round letter misread in a word in lower case, no other word being that close
    ("la communauté de cammunes et son pragramme", "la communauté de communes et son programme"),
    # an article glued to a word with an l read as an i; "et" read as "ot" between two names
    ("• lamétropoie de Dijon", "• la métropole de Dijon"),
    ("Magny-sur-Tille\not Bressey-sur-Tille", "Magny-sur-Tille\net Bressey-sur-Tille"),
    # a dash or a bar read at the end of a line after a comma or a bracket
    ("(Brognon, -\nClénay, Flacey) : |\n", "(Brognon,\nClénay, Flacey) :\n"),
    ("51 % de la population du département : ;\n\n• la métropole", "51 % de la population du département :\n\n• la métropole"),
    # a blank line inside a bracket still open, before the line that closes it
    ("Gevrey-Chambertin (Brochon, Fixin, Urcy,\n\nValforêt).\nLe territoire",
     "Gevrey-Chambertin (Brochon, Fixin, Urcy,\nValforêt).\nLe territoire"),
    # the apostrophe of an elision lost before a capital
    ("les communes du Pays dArnay et des Terres dAuxois", "les communes du Pays d'Arnay et des Terres d'Auxois"),
    # a small l read as a capital J, alone or in an article glued to its word; a bullet read as a digit
    ("en les orientant dans\nJeurs démarches", "en les orientant dans\nleurs démarches"),
    ("couvre :\n6 Jamétropole de Dijon ;\n• la communauté de communes Ouche et Montagne ;\n• une partie de la CC X.",
     "couvre :\n• la métropole de Dijon ;\n• la communauté de communes Ouche et Montagne ;\n• une partie de la CC X."),
])
def test_ocr_noise_in_names_is_mended(raw, repaired):
    mapped = repair_text(raw, "fr", ocr=True)
    assert mapped.text == repaired
    assert all(r.rule for r in mapped.repairs)  # each mend is logged with its rule
    assert repair_text(raw, "fr", ocr=False).text == raw  # typed text is left as written


@pytest.mark.parametrize("raw", [
    "Le Haut-Brivelin et le Haut-Brovelin sont deux cantons.",  # neither repeated: both kept
    "La Rivière et la Riviera, une tile et une Tuile.",  # words of the language stay
    "Le moulin et la ferme de Cormatin, le mont Blanc.",
    "a partie liée avec la ville",  # a lone "a" not after a closed list item
    "Rejoins ta CPTS : tu y auras ta place.",  # a text that says "tu" means its "ta"
    "la vie, le lit, il dit, ici, fini, les amis, un lien",  # words with an i stay
    "fait, facile, la fusion, une faute, le financement, fin mars",  # words in f stay
    "STOP! Le mot PASS! reste.",
    "le ter du mois, un ter de voile",  # "ter" not before a month  # capitals before "!" that are no acronym
    "la santé environnementale, la télésurveillance, la téléexpertise",  # long words of the language
    "la partion du texte",  # "portion" or "parution": two words are that close, so neither
    "la mairie de Paris et celle de Lyon",  # short names: too many others lie one letter away
    "les communes (A, B,\n\nC et D (CC X)).",  # the line after the blank opens a bracket of its own
    "(voir ci-dessous)\n\nLe projet (validé).",  # no bracket left open before the blank line
    "le robot Nao, le ct de la ville",  # "ot" and "ct" not between two names
    "les pôles A - B et C -\nD",  # a dash after a word, not after a comma
    "Jean Martin à Joigny, le Jovinien, le Jura et la Jeunesse",  # names and words in J stay
    "McDonald, #CotedOr, 20 dB",  # no elision before these capitals
    "Chiffres clés :\n6 communes\n3 la semaine",  # digits before words, no bullet line near
])
def test_ocr_repairs_leave_plausible_text(raw):
    assert repair_text(raw, "fr", ocr=True).text == raw


def test_the_clean_texts_the_forms_are_made_from_go_through_ocr_repair_unchanged():
    from pipeline.quality.ocr_eval import ROOT, clean_references, format_clean, repair_changes

    stems = sorted(path.stem for path in (ROOT / "corpus" / "inbox").glob("*.txt"))
    changes = repair_changes(clean_references(stems))
    assert len(changes) == len(stems) >= 5
    assert not any(repairs for _, repairs in changes), format_clean(changes)
    assert format_clean(changes).endswith("0 changed (0 repairs)")


def test_a_place_name_whose_capital_i_was_read_small_after_an_elided_article():
    text = "Elle fédère les villes d'istres et de Fos-sur-Mer, d'ici la fin de l'année."
    repaired = repair_text(text, "fr", ocr=True)
    assert repaired.text == "Elle fédère les villes d'Istres et de Fos-sur-Mer, d'ici la fin de l'année."
    assert repair_text(text, "fr", ocr=False).text.count("d'istres") == 1  # typed text is left alone
