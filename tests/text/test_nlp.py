"""spaCy's sentences and person names, the entity recogniser run only where names are read."""
from __future__ import annotations

from pipeline.facts.person_regions import person_regions
from pipeline.model import Span
from pipeline.text import nlp

TEXT = ("La CPTS du Val Fleuri a été lancée à Rocheval.\n\n"
        "Le marché de Rocheval accueille chaque mardi Pierre Martin et ses fromages.\n\n"
        + "Trois réunions ont eu lieu au printemps sur les gardes, les soins non programmés et la prévention. " * 6
        + "\n\n"
        "Marie Durand, médecin généraliste, en est la présidente.")


def _names(text: str, analysis: nlp.Analysis) -> list[str]:
    return [text[p.start:p.end] for p in analysis.persons]


def test_names_are_read_only_near_a_phrase_that_leads_to_a_person():
    everywhere = nlp.analyse(TEXT)
    near_cues = nlp.analyse(TEXT, person_regions)
    assert "Pierre Martin" in _names(TEXT, everywhere)
    assert _names(TEXT, near_cues) == ["Marie Durand"]
    assert near_cues.sentences == everywhere.sentences


def test_offsets_of_names_read_in_a_region_are_the_text_s():
    analysis = nlp.analyse(TEXT, lambda text, sentences: [nlp.Region(Span(text.index("Marie"), len(text)))])
    assert _names(TEXT, analysis) == ["Marie Durand"]


def test_a_pronoun_s_holder_before_the_cue_is_read_too():
    text = ("Anne Leroy s'est installée à Rocheval en 2012. Depuis, la généraliste voit la démographie baisser. "
            "Elle est aussi présidente de la CPTS du Val Fleuri.")
    assert _names(text, nlp.analyse(text, person_regions)) == _names(text, nlp.analyse(text))


def test_the_text_before_is_read_only_when_the_sentence_names_no_one():
    named = "Pierre Martin tient le marché de Rocheval. La présidente de la CPTS, Marie Durand, salue le projet."
    unnamed = "Pierre Martin tient le marché de Rocheval. La présidente de la CPTS salue le projet."
    assert "Pierre Martin" in _names(named, nlp.analyse(named))
    assert _names(named, nlp.analyse(named, person_regions)) == ["Marie Durand"]
    assert _names(unnamed, nlp.analyse(unnamed, person_regions)) == ["Pierre Martin"]


def _regions(text: str) -> list[str]:
    analysis = nlp.analyse(text)
    return [text[(r.before or r.span).start:r.span.end] for r in person_regions(text, analysis.sentences)]


def test_a_sentence_that_ends_keeps_the_next_one_out():
    text = "Marie Durand est la présidente de la CPTS. Le marché de Rocheval accueille Pierre Martin."
    assert _regions(text) == ["Marie Durand est la présidente de la CPTS."]


def test_a_label_or_a_title_goes_on_in_the_next_sentence():
    for text in ("Présidente de la CPTS du Val Fleuri :\n\nMarie Durand", "La CPTS est présidée par le Dr.\n\nMarie Durand"):
        assert _regions(text) == [text], text
        assert _names(text, nlp.analyse(text, person_regions)) == ["Marie Durand"]
    english = "The CPTS is chaired by Mrs.\n\nJane Doe"
    assert _regions(english) == [english]


def test_a_batch_gives_each_text_its_own_names():
    texts = [TEXT, "Rien à signaler.", "Jean Dupont préside la CPTS du Val Fleuri."]
    analyses = nlp.analyse_many(texts, person_regions)
    assert [_names(t, a) for t, a in zip(texts, analyses)] == [["Marie Durand"], [], ["Jean Dupont"]]


def test_a_dateline_is_a_sentence_of_its_own():
    text = "Publié le 16/02/2023\nLa CPTS du Val Fleuri a signé l'ACI.\nLa CPTS du Val\nFleuri compte 2020 membres."
    sentences = [text[s.start:s.end] for s in nlp.analyse(text).sentences]
    assert sentences[0] == "Publié le 16/02/2023"
    assert "La CPTS du Val Fleuri a signé l'ACI." in sentences


def test_english_prose_is_cut_at_its_punctuation():
    text = "Chaired by Anne Roux, the CPTS Val Fleuri signed its ACI. It covers 12 towns."
    sentences = [text[s.start:s.end] for s in nlp.analyse(text, lang="en").sentences]
    assert sentences == ["Chaired by Anne Roux, the CPTS Val Fleuri signed its ACI.", "It covers 12 towns."]


def test_a_region_read_for_names_is_the_span_s_own_doc():
    """The pieces the entity recogniser reads hold the words, spaces and sentence starts `Span.as_doc`
    gives: an entity is kept inside its sentence, as in the whole doc."""
    from spacy.attrs import SENT_START
    doc = nlp.load_model()(TEXT)
    ranges = [(0, 12), (20, len(doc))]
    for piece, (start, end) in zip(nlp._pieces(doc, ranges), ranges):
        expected = doc[start:end].as_doc()
        assert [(t.text, t.whitespace_) for t in piece] == [(t.text, t.whitespace_) for t in expected]
        assert piece.to_array(SENT_START).tolist() == expected.to_array(SENT_START).tolist()
    assert nlp._pieces(doc, [(20, len(doc))])[0].to_array(SENT_START).tolist().count(1) >= 2


def test_a_sentence_looks_back_for_its_person_only_from_a_pronoun_a_quote_or_its_role():
    before = "Le marché de Rocheval accueille chaque mardi Pierre Martin et ses fromages. "
    assert _regions(before + "La présidente de la CPTS, elle, salue le projet.") == [
        before + "La présidente de la CPTS, elle, salue le projet."]  # "La présidente": her name may stand before
    assert _regions(before + "Elle est présidente de la CPTS.") == [before + "Elle est présidente de la CPTS."]
    # an article before anything but the role opens a sentence that names its own person
    assert _regions(before + "La CPTS est présidée par Anne Roux.") == ["La CPTS est présidée par Anne Roux."]
