"""CPTS names as press releases write them, the subject among them, and where each lies.
Invented sentences: no place, person or figure here comes from a real document."""
import pytest

from pipeline.facts.context import Context, territorial_departments
from pipeline.facts.subjects import choose_subjects
from pipeline.territory.departments import department_of_adjective
from pipeline.model import Span
from pipeline.facts.name_groups import group_mentions
from pipeline.facts.names import find_mentions
from pipeline.facts.place_names import find_departments, is_department_name


def names(text, lang="fr"):
    return [(c.key, c.name, c.aliases) for c in group_mentions(find_mentions(text, is_department_name), lang)]


def keys(text, lang="fr"):
    return [key for key, _, _ in names(text, lang)]


# --- where a name ends ---------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Signature pour la CPTS du Haut-Bocage Le 12 mars, les élus", ["haut-bocage"]),
    ("la CPTS Val de Serre Mardi dernier, les professionnels", ["val-de-serre"]),
    ("avec la CPTS Nord Bresse et CPTS du Revermont - Signature des contrats", ["nord-bresse", "revermont"]),
    ("Lancement de la CPTS Sud 12 juin : une réunion", ["sud"]),
    ("la CPTS Val de Serre Présidée par Anne Roux, elle a signé", ["val-de-serre"]),
])
def test_a_date_a_new_cpts_or_a_heading_ends_the_name(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("Présidente de la CPTS Val Vert Marie DUPONT explique", ["val-vert"]),
    ("CPTS Val Vert Jean-Marc DURAND-MARTIN, président", ["val-vert"]),
    ("la CPTS Sud Rocheval ARS et CPAM", ["sud-rocheval"]),
    ("CPTS Val Vert Accueil Actualités Contact", ["val-vert"]),
    ("la CPTS Val Vert Infos pratiques", ["val-vert"]),
    ("Actualités > CPTS Val Vert Signature ACI", ["val-vert"]),
    ("CPTS Val Vert Assemblée Générale 2023", ["val-vert"]),
    ("Lettre de la CPTS Val Vert N°12 - Juin 2023", ["val-vert"]),
    ("CPTS Val Vert Présentation Missions Équipe", ["val-vert"]),
    ("CPTS Val Vert FAQ Mentions légales", ["val-vert"]),
])
def test_a_person_or_a_menu_ends_the_name(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, key, name", [
    ("portée par la CPTS du pays de Brière. Elle", "pays-de-briere", "CPTS du pays de Brière"),
    ("la CPTS du bassin d'Aurillac regroupe", "bassin-d-aurillac", "CPTS du bassin d'Aurillac"),
    ("la CPTS de la Vienne nord est née", "vienne-nord", "CPTS de la Vienne nord"),
    ("la Communauté professionnelle territoriale de santé boucle de Vèze, présente sur", "boucle-de-veze",
     "CPTS boucle de Vèze"),
    ("la CPTS des coteaux du Lac Vert est née", "coteaux-du-lac-vert", "CPTS des coteaux du Lac Vert"),
    ("La CPTS du bassin rochevalais a été créée en 2020.", "bassin-rochevalais", "CPTS du bassin rochevalais"),
    ("La CPTS du pays valcérien regroupe 80 soignants.", "pays-valcerien", "CPTS du pays valcérien"),
    ("La CPTS de l'île de Brume a signé.", "ile-de-brume", "CPTS de l'île de Brume"),
    ("La CPTS de l'estuaire de la Vère a signé.", "estuaire-de-la-vere", "CPTS de l'estuaire de la Vère"),
    ("La CPTS du sud-ouest rochevalais a signé.", "sud-ouest-rochevalais", "CPTS du sud-ouest rochevalais"),
    ("La CPTS du bassin de vie de Rocheval a signé.", "bassin-de-vie-de-rocheval", "CPTS du bassin de vie de Rocheval"),
    ("La CPTS des îles du Levant Bleu a signé.", "iles-du-levant-bleu", "CPTS des îles du Levant Bleu"),
])
def test_lower_case_nouns_inside_names(text, key, name):
    assert [(k, n) for k, n, _ in names(text)] == [(key, name)]


@pytest.mark.parametrize("text, expected", [
    ("la CPTS du Pays de Rocheval et de l'Étang Bleu a été créée.", ["pays-de-rocheval-et-de-l-etang-bleu"]),
    ("avec la CPTS du Val Vert et de l'Agence régionale de santé.", ["val-vert"]),
    ("la CPTS de Rocheval et de Lilian VACHON", ["rocheval"]),
    ("des CPTS de l'Orval et de la Serre Haute", ["orval", "serre-haute"]),
])
def test_a_second_place_after_et_de_la(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, key", [
    ("nous l'appelons la CPTS Lyon 9ᵉ. Elle", "lyon-9e"),
    ("la CPTS Paris 1ᵉʳ a signé", "paris-1er"),
])
def test_typeset_ordinal_inside_a_name(text, key):
    assert keys(text) == [key]


@pytest.mark.parametrize("text, expected", [
    ("La CPTS Val Rose couvre 20 communes, la CPTS Pic Bleu 15 communes.", ["val-rose", "pic-bleu"]),
    ("la CPTS Sud 28 est née", ["sud-28"]),
])
def test_a_count_after_a_name_is_not_part_of_it(text, expected):
    assert keys(text) == expected


def test_a_line_opening_on_an_article_goes_on_with_the_name():
    assert keys("La CPTS\ndu Val Rose a signé son ACI.") == ["val-rose"]
    assert keys("Le territoire de la CPTS\nLes communes membres sont Rocheval et Pic.") == []


def test_spelled_out_head_without_territoriale():
    assert keys("une convention avec la Communauté Professionnelle de Santé Val Rose (CPTS). Son but") == ["val-rose"]


def test_expansion_in_brackets_between_acronym_and_name():
    assert keys("La CPTS (communauté professionnelle territoriale de santé) Plaine du Forez a été inaugurée.") == [
        "plaine-du-forez"]


def test_name_given_after_a_naming_verb():
    assert names("une nouvelle CPTS, baptisée « Rives et collines », réunit") == [
        ("rives-et-collines", "CPTS Rives et collines", [])]


def test_a_quoted_phrase_is_not_a_name():
    assert names('le projet de la CPTS "reste très simple". Il') == []


def test_second_name_after_a_dash_when_a_verb_follows():
    assert names("la CPTS Vallée Blanche – Mont-Noir s'est constituée, puis la CPTS Mont-Noir a signé.") == [
        ("vallee-blanche-mont-noir", "CPTS Vallée Blanche – Mont-Noir", ["CPTS Mont-Noir"])]


def test_dashed_parts_of_a_name_before_a_place_in_commas_and_a_verb():
    assert names("La CPTS Val Vert - Mont Clair Ouest - Bocage, dans le Calvados, est née en 2020.")[0][:2] == (
        "val-vert-mont-clair-ouest-bocage", "CPTS Val Vert-Mont Clair Ouest-Bocage")


def test_a_dashed_word_after_a_heading_name_stays_out():
    assert [n[0] for n in names("CPTS Val Vert - Communiqué de presse\nLa CPTS Val Vert a signé.")] == ["val-vert"]


# --- several names at once -------------------------------------------------------------------

@pytest.mark.parametrize("text, expected", [
    ("Il touche les territoires des CPTS de l'Orval et de la Serre Haute.", ["orval", "serre-haute"]),
    ("Les communautés professionnelles territoriales de santé (CPTS) du Ségala, Lévézou Nord et des Causses "
     "ont signé.", ["segala", "levezou-nord", "causses"]),
    ("Les CPTS retenues sont celles de Pont-Neuf (PN), Haut Lignon et Terres Basses. La CPTS Pont-Neuf a",
     ["pont-neuf", "haut-lignon", "terres-basses"]),
    ("trois CPTS « en émergence », Val Vert, Haut Plateau et Bords de Loue, se structurent.",
     ["val-vert", "haut-plateau", "bords-de-loue"]),
    ("Deux CPTS « en projet », Rocheval et Mont-Clair, deux « en phase d'écriture », Grand Orval et Vals, "
     "et une « signataire », Haut-Lignon, ont témoigné.", ["rocheval", "mont-clair", "grand-orval", "vals", "haut-lignon"]),
])
def test_names_listed_after_a_plural_head_or_pronoun(text, expected):
    assert keys(text) == expected


def test_acronym_after_a_listed_name_is_an_alias():
    found = names("les CPTS concernées sont celles de Saint-Aulaire Est (SAE) et Val Doré.")
    assert found[0] == ("saint-aulaire-est", "CPTS de Saint-Aulaire Est", ["CPTS SAE"])


@pytest.mark.parametrize("text", [
    "Les CPTS de Bretagne se réunissent.",
    "la première CPTS d'Occitanie est née",
    "la troisième CPTS de Normandie",
    "une population de 45 000 habitants (CPTS de taille 1).",
    "les CPTS de France",
    "Le territoire de la CPTS\nLa réunion a eu lieu.",
    "autour de la CPTS\nConstituées en association, elles",
])
def test_generic_uses_name_nothing(text):
    assert names(text) == []


# --- one community, several names -------------------------------------------------------------

@pytest.mark.parametrize("text, key, alias", [
    ("La CPTS Lyon Croix-Rousse Plateau est lancée. La CPTS Croix-Rousse Plateau compte", "lyon-croix-rousse-plateau",
     "CPTS Croix-Rousse Plateau"),
    ("La CPTS Rennes Métropole Nord signe. La CPTS Rennes Métro Nord a", "rennes-metropole-nord",
     "CPTS Rennes Métro Nord"),
    ("La CPTS Paris 20 ouvre. Le président de la CPTS 20 explique", "paris-20", "CPTS 20"),
])
def test_a_shorter_form_is_an_alias(text, key, alias):
    assert names(text) == [(key, names(text)[0][1], [alias])]


def test_an_acronym_with_a_count_of_initials_is_an_alias():
    assert names("La CPTS Val Vert a signé. La CPTS 2V regroupe 100 professionnels.") == [
        ("val-vert", "CPTS Val Vert", ["CPTS 2V"])]


def test_english_community_of():
    assert names("The CPTS, the territorial professional health community of Cornouaille, covers 40 "
                 "municipalities.", "en") == [("cornouaille", "CPTS Cornouaille", ["CPTS of Cornouaille"])]


# --- roles --------------------------------------------------------------------------------------

def context(text):
    named = group_mentions(find_mentions(text, is_department_name), "fr")
    sentences, start = [], 0
    for i, ch in enumerate(text):
        if ch == ".":
            sentences.append(Span(start, i + 1))
            start = i + 2
    ctx = Context(text, "fr", sentences, [], named)
    ctx.subjects = choose_subjects(ctx)
    return ctx


def test_neighbours_are_mentioned():
    ctx = context("La CPTS du Val d'Ost est lancée. Son territoire jouxte les CPTS de la Forêt et du Lac Noir.")
    assert ctx.subjects == ["val-d-ost"]


def test_a_list_shares_its_subject_role():
    ctx = context("Les CPTS signataires sont celles de Roche Grise, Mont Clair et Pré Vert. "
                  "La CPTS Roche Grise a réuni ses membres. La CPTS Roche Grise compte 80 adhérents.")
    assert ctx.subjects == ["roche-grise", "mont-clair", "pre-vert"]


def test_cpts_listed_by_stage_are_examples():
    ctx = context("Mme Roux, présidente de la CPTS de Rocheval, a ouvert la journée. Deux CPTS « en projet », "
                  "Mont-Clair et Vals, et une « signataire », Rocheval, ont témoigné. La CPTS de Rocheval a signé.")
    assert ctx.subjects == ["rocheval"]


@pytest.mark.parametrize("text", [
    "La CPTS du Val Vert a signé. Elle est la troisième du département, après la CPTS du Haut Plateau et la CPTS "
    "des Bords de Loue. Elle regroupe 80 professionnels.",
    "La CPTS du Val Vert est née. Elle a été créée sur le modèle de la CPTS du Haut Plateau. Elle couvre 12 communes.",
    "La CPTS du Val Vert est née. Comme la CPTS du Haut Plateau, elle s'engage sur quatre missions.",
])
def test_a_model_or_forerunner_is_mentioned(text):
    assert context(text).subjects == ["val-vert"]


def test_the_main_clause_after_a_fronted_forerunner_is_the_subject():
    assert context("Après la CPTS du Haut Plateau en 2021, la CPTS du Val Vert signe à son tour.").subjects == \
        ["val-vert"]


LEAD = ("La maison de santé du bourg a ouvert ses portes lundi. Six médecins et quatre infirmières y reçoivent les "
        "patients du canton. Les élus ont salué le projet, porté depuis trois ans par l'équipe soignante. Le bâtiment "
        "neuf accueille aussi une salle de réunion et deux cabinets pour les spécialistes de passage. ")


@pytest.mark.parametrize("text, subjects", [
    (LEAD + "L'équipe poursuit son ancrage au sein de la CPTS Pic Bleu, qui réunit les soignants.", []),
    (LEAD + "La commune est couverte par la communauté professionnelle territoriale de santé (CPTS) Pic Bleu.", []),
    # an office in the CPTS makes it the subject however late it comes
    (LEAD + "Le Dr Rolin, président de la CPTS Pic Bleu, s'en félicite.", ["pic-bleu"]),
    # the text speaks of CPTS elsewhere
    ("Une CPTS pour le canton. " + LEAD + "La CPTS Pic Bleu réunit les soignants.", ["pic-bleu"]),
    # named in the lead, or as the subject of its sentence
    ("La CPTS Pic Bleu accueille la maison de santé. " + LEAD, ["pic-bleu"]),
    (LEAD + "La CPTS Pic Bleu réunit les soignants.", ["pic-bleu"]),
    ("« Nous voulons fédérer les soignants », souligne sa présidente. La CPTS Pic Bleu est née en 2021.", ["pic-bleu"]),
])
def test_one_cpts_named_in_passing_is_mentioned(text, subjects):
    assert context(text).subjects == subjects


@pytest.mark.parametrize("text, subjects", [
    ("Le 12 mai 2022, la CPTS Pic Bleu et la CPAM ont signé l'accord.", ["pic-bleu"]),
    ("Ce jeudi, la CPTS Pic Bleu et l'ARS ont signé l'accord.", ["pic-bleu"]),
    ("Les partenaires sont la préfecture, la CPTS Pic Bleu, et la ville.", []),
])
def test_a_comma_after_a_fronted_date_opens_no_list_of_bodies(text, subjects):
    assert context(text).subjects == subjects


@pytest.mark.parametrize("text", [
    "La CPTS Val Rose a été créée en 2021. Elle s'inspire de la CPTS Pic Bleu, pionnière. Elle regroupe 90 soignants.",
    "La CPTS Val Rose a été créée en 2021. Elle regroupe 90 soignants. Le Dr Roux, président de la CPTS Pic Bleu, "
    "salue l'initiative.",
    "La CPTS Val Rose a été créée en 2021. Son territoire compte 12 communes. Elle a signé avec la CPTS Pic Bleu.",
])
def test_sentences_taking_up_a_cpts_count_for_it(text):
    assert context(text).subjects == ["val-rose"]


def test_cpts_named_in_a_sentence_opened_by_the_subjects_pronoun_are_mentioned():
    ctx = context("La CPTS du Val Rose a été inaugurée en mai. Elle rejoint la CPTS du Pic Bleu et la CPTS Lac Vert.")
    assert ctx.subjects == ["val-rose"]


def test_a_cpts_taken_up_after_a_fronted_phrase_counts_for_it():
    ctx = context("La CPTS du Val Rose a signé. Depuis 2021, la CPTS accompagne les patients. Elle travaille avec la "
                  "CPTS du Pic Bleu. La CPTS du Pic Bleu gère le numéro unique.")
    assert ctx.subjects == ["val-rose"]


def test_a_cpts_named_by_a_singular_pronoun_after_another():
    assert keys("Après la CPTS du Pic Bleu et celle du Val Rose, c'est au tour de la CPTS Lac Vert.") == \
        ["pic-bleu", "val-rose", "lac-vert"]
    assert keys("La CPTS du Pic Bleu couvre plus d'habitants que celle du département voisin.") == ["pic-bleu"]


def test_a_heading_in_capitals_gives_way_to_the_name_as_written():
    assert names("CPTS DU VAL D'ORVAL : UN AN APRÈS\nLa CPTS du Val d'Orval a signé.") == \
        [("val-d-orval", "CPTS du Val d'Orval", [])]


def test_a_name_given_by_le_nom_de_or_son_nom():
    assert keys("Les soignants ont créé leur CPTS, qui a pris le nom de « Val Rose ».") == ["val-rose"]
    assert keys("Une CPTS a vu le jour. Son nom : Val Rose.") == ["val-rose"]


def test_a_dotted_acronym_is_a_name():
    assert keys("La CPTS O.S.E. a signé l'ACI.") == ["o-s-e"]


def test_a_decimal_is_no_name():
    assert keys("La CPTS 2.0 : les CPTS se réinventent. La CPTS Pic Bleu a signé.") == ["pic-bleu"]


def test_a_year_after_en_ends_the_name():
    assert keys("La CPTS Pic Bleu en 2022 avait ouvert la voie.") == ["pic-bleu"]


def test_two_cpts_named_once_each_are_both_subjects():
    ctx = context("Naissance de deux CPTS. La CPTS Pic Bleu couvre 12 communes. La CPTS Lac Vert en couvre 9.")
    assert ctx.subjects == ["pic-bleu", "lac-vert"]


# --- departments -------------------------------------------------------------------------------

def kept_codes(text):
    return [d.code for d in territorial_departments(text, find_departments(text))]


@pytest.mark.parametrize("text, codes", [
    ("les secteurs des vallées de la Meuse, de la Sarthe et de l'Orne", []),
    ("entre la ville et la frontière du Jura", []),
    ("à Villeneuve-Saint-Georges et à Châteauneuf du Rhône", []),
    ("la délégation de la Drôme de l'ARS", ["26"]),
    ("la CPTS Val Fleuri (45) signe", ["45"]),
    ("inaugurée à Montaigu-Vendée (85600)", ["85"]),
])
def test_department_mentions_that_place_a_cpts(text, codes):
    assert kept_codes(text) == codes


@pytest.mark.parametrize("word, code", [("vosgien", "88"), ("Vendéenne", "85"), ("girondins", "33"),
                                        ("lozérien", "48"), ("gardien", None), ("aubin", None),
                                        ("haut-savoyarde", "74"), ("Costarmoricains", "22"), ("isarienne", "60")])
def test_department_adjectives(word, code):
    assert department_of_adjective(word) == code


# --- departments of whole records ----------------------------------------------------------------

def departments_of(tmp_path, text):
    from pipeline.run.extract import extract_file

    path = tmp_path / "communique.txt"
    path.write_text(text, encoding="utf-8")
    record = extract_file(path, path.name).record
    return {c["key"]: c["departments"] for c in record["cpts"]}


@pytest.mark.parametrize("text, expected", [
    # a town the name carries, when the text names no department
    ("La CPTS du pays de Quimper a tenu sa première assemblée. Elle réunit 90 professionnels.\n",
     {"pays-de-quimper": ["29"]}),
    # a department adjective in the name
    ("La CPTS du Bocage Vendéen a signé son contrat. Elle réunit 90 professionnels.\n", {"bocage-vendeen": ["85"]}),
    # the department in brackets after the name
    ("La CPTS Forêts et Étangs (41) signe son accord. Elle réunit 90 professionnels.\n", {"forets-et-etangs": ["41"]}),
    # a neighbour gets no department from the document's
    ("La CPTS Sologne Est est lancée dans le Loir-et-Cher. Son territoire de 20 communes jouxte celui de la "
     "CPTS des Mille Étangs.\n", {"sologne-est": ["41"], "mille-etangs": []}),
    # towns named after "à" when nothing else places the CPTS
    ("La CPTS Terres Hautes a tenu son assemblée à Besançon. Une antenne ouvrira à Pontarlier.\n",
     {"terres-hautes": ["25"]}),
])
def test_departments_in_records(tmp_path, text, expected):
    assert departments_of(tmp_path, text) == expected


def test_a_heading_article_after_a_name_starts_the_next_phrase():
    assert keys("CPTS du Haut-Bocage Le projet de santé est validé") == ["haut-bocage"]


def test_a_region_after_a_plural_head_is_no_name():
    assert names("la Fédération des CPTS Auvergne-Rhône-Alpes") == []


def test_english_name_before_cpts():
    assert keys("The Val Fleuri CPTS covers 30 municipalities; the new Haut Doubs CPTS is next.", "en") == [
        "val-fleuri", "haut-doubs"]
    assert keys("one of the few Var CPTS bodies", "en") == []


def test_a_cpts_given_as_an_example_is_mentioned():
    ctx = context("La CPTS Rive Haute est lancée. Elle compte 50 membres. A l'instar de la CPTS Bois Joli, elle signe.")
    assert ctx.subjects == ["rive-haute"]


def test_a_code_in_brackets_after_any_capitalised_word_is_no_department():
    assert kept_codes("les Maisons de Santé Pluriprofessionnelles (12) du secteur") == []


@pytest.mark.parametrize("name, key", [("CPTS DU LITTORAL", "littoral"), ("CPTS de La Ferté", "la-ferte"),
                                       ("CPTS DE L'OUST", "oust")])
def test_keys_of_capital_and_upper_case_articles(name, key):
    from pipeline.facts.name_words import key_of
    assert key_of(name) == key


def test_the_form_named_most_often_is_the_name():
    text = ("Les objectifs de la CPTS Portes du Val Fleuri. La CPTS du Val Fleuri signe. "
            "La CPTS du Val Fleuri compte 50 membres.")
    assert names(text) == [("val-fleuri", "CPTS du Val Fleuri", ["CPTS Portes du Val Fleuri"])]


@pytest.mark.parametrize("text", ["les CPTS du sud de la France", "la CPTS du nord de la Vienne a été citée"])
def test_a_part_of_a_region_or_department_is_no_name(text):
    assert names(text) == []


def test_a_valley_of_a_department_in_lower_case_is_a_name():
    assert [n[0] for n in names("la CPTS de la vallée de la Vienne a signé son contrat.")] == ["vallee-de-la-vienne"]


def test_english_adjectives_before_cpts_are_no_names():
    assert names("Like the French CPTS, the 12 CPTS of the region work together.", "en") == []


def test_a_department_with_a_compass_point_in_the_name(tmp_path):
    text = "La CPTS Morbihan Est a été créée. Elle réunit 90 professionnels.\n"
    assert departments_of(tmp_path, text) == {"morbihan-est": ["56"]}


@pytest.mark.parametrize("text, expected", [
    ("la CPTS Grand Sud Lozère Le Lundi 3 mai, les élus", ["grand-sud-lozere"]),
    ("Les deux CPTS, Nord Vienne et Sud Vienne, ont signé.", ["nord-vienne", "sud-vienne"]),
    ("les trois CPTS : Aulne, Odet et Elorn.", ["aulne", "odet", "elorn"]),
    ("Pour les CPTS, Marie Dupont explique", []),
    ("Aux côtés des CPTS de la Métropole, la CPTS Grand Lyon Nord signe.", ["grand-lyon-nord"]),
])
def test_lists_announced_and_generic_words(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text, expected", [
    ("avec les CPTS de Rouvray 4ème, de Ferrand et de Rouvray Sud le 3 mai.", ["rouvray-4eme", "ferrand", "rouvray-sud"]),
    ("la CPTS du 12e arrondissement signe", ["12e-arrondissement"]),
    ("la CPTS du nord Plateau et Val de Serre signe", ["nord-plateau-et-val-de-serre"]),
])
def test_ordinals_and_lower_case_compass_points_inside_names(text, expected):
    assert keys(text) == expected


def test_a_name_cut_off_by_the_end_of_the_text_is_dropped():
    assert keys("La CPTS Val Fleuri signe.\n\nLe territoire de la CPTS Val Fl") == ["val-fleuri"]
    assert keys("La CPTS Val Fleuri signe.\n\nLa CPTS Val Fleuri") == ["val-fleuri"]


def test_a_compass_point_joined_to_the_department_by_a_hyphen(tmp_path):
    text = "La CPTS Ouest-Morbihan a été créée. Elle réunit 90 professionnels.\n"
    assert departments_of(tmp_path, text) == {"ouest-morbihan": ["56"]}


def test_a_name_given_by_a_naming_verb_alone():
    text = ("Les CPTS se multiplient. Dans la vallée, une association, ici baptisée l'Étoile Verte, "
            "regroupe 80 soignants.")
    assert names(text) == [("etoile-verte", "CPTS l'Étoile Verte", [])]
    assert keys("Baptisée Val Rouge et causses et déjà forte de 40 membres, elle rejoint les CPTS.") == \
        ["val-rouge-et-causses"]
    assert keys("La CPTS Val Fleuri a ouvert une maison baptisée Les Tilleuls.") == ["val-fleuri"]


def test_a_cpts_named_once_among_other_bodies_is_mentioned():
    text = ("Le contrat local de santé a été signé.\\nLes signataires : la préfecture, la ville de Rocheval, "
            "la CPTS du Val Fleuri, le centre hospitalier.\\nLe contrat durera cinq ans.")
    assert context(text).subjects == []
    text = "Le 3 mai 2024, la CPTS du Val Fleuri a organisé un atelier, avec les élus, pour la première fois."
    assert context(text).subjects == ["val-fleuri"]
    text = ("Le contrat local de santé a été signé par la préfecture, la ville de Rocheval, la CPTS du Val Fleuri, "
            "mais aussi 40 partenaires du territoire.")
    assert context(text).subjects == []


def test_a_heading_in_capitals_that_runs_on_into_its_verb():
    assert names("LA CPTS DU VAL FLEURI SIGNE SON CONTRAT\nLa CPTS du Val Fleuri a signé.") == \
        [("val-fleuri", "CPTS du Val Fleuri", [])]


def test_a_department_in_brackets_is_no_alias():
    assert names("La CPTS Val Fleuri (Loire) a signé.") == [("val-fleuri", "CPTS Val Fleuri", [])]


@pytest.mark.parametrize("text, expected", [
    ("la CPTS Val Fleuri en Haute-Loire signe", ["val-fleuri"]),
    ("la CPTS Val Fleuri dans le Cher signe", ["val-fleuri"]),
    ("La CPTS Santé en Gâtinelle signe", ["sante-en-gatinelle"]),
    ("La CPTS du Grand Rocheval Présidente : Jeanne Martin", ["grand-rocheval"]),
    ("La CPTS du Grand Rocheval Dr Jean Martin", ["grand-rocheval"]),
    ("la CPTS Val Fleuri ARS et CPAM ont signé", ["val-fleuri"]),
])
def test_a_place_a_title_or_an_institution_after_the_name(text, expected):
    assert keys(text) == expected


@pytest.mark.parametrize("text", ["La CPTS Elle regroupe 50 soignants", "Une nouvelle CPTS Pour les habitants",
                                  "Une CPTS Qu'est-ce que c'est ?", "les CPTS Quelles missions ?"])
def test_a_pronoun_or_question_word_after_cpts_is_no_name(text):
    assert keys(text) == []


@pytest.mark.parametrize("text, expected", [
    ("La CPTS du Grand Saint-Rocheval signe. La CPTS du Grand St-Rocheval regroupe 50 soignants.",
     [("grand-saint-rocheval", "CPTS du Grand Saint-Rocheval", ["CPTS du Grand St-Rocheval"])]),
    ("La CPTS des Monts et Vallées signe. La CPTS Monts & Vallées regroupe.",
     [("monts-et-vallees", "CPTS des Monts et Vallées", ["CPTS Monts & Vallées"])]),
    ("La communauté professionnelle territoriale de santé Val Fleuri signe. La CPTS VF regroupe 50 soignants.",
     [("val-fleuri", "CPTS Val Fleuri", ["CPTS VF"])]),
    ("La CPTS des Portes de l'Orval signe. La CPTS PDO regroupe 50 soignants.",
     [("portes-de-l-orval", "CPTS des Portes de l'Orval", ["CPTS PDO"])]),
])
def test_abbreviations_and_acronyms_are_one_cpts(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", ["The Professional Territorial Health Community of Val Fleuri signed.",
                                  "the territorial healthcare professional community of Val Fleuri covers 30 towns."])
def test_english_orders_the_words_of_the_spelled_out_head_as_it_likes(text):
    assert keys(text, "en") == ["val-fleuri"]


@pytest.mark.parametrize("text", [
    "Les CPTS se multiplient. Une infirmière nommée Julie Martin témoigne.",
    "Les CPTS se multiplient. La maison de santé, baptisée Les Tilleuls, ouvre.",
    "Une opération baptisée Soleil Vert est lancée. Les CPTS y participent.",
])
def test_a_naming_verb_away_from_a_cpts_names_no_cpts(text):
    assert keys(text) == []


def test_a_sentence_split_inside_a_name_is_one_sentence():
    text = "La CPTS du Val Rose a été lancée jeudi. Elle regroupe 90 soignants."
    named = group_mentions(find_mentions(text, is_department_name), "fr")
    ctx = Context(text, "fr", [Span(0, 14), Span(15, 39), Span(40, len(text))], [], named)
    assert ctx.sentences == [Span(0, 39), Span(40, len(text))]


@pytest.mark.parametrize("text", ["The Val Fleuri Territorial Professional Health Community (CPTS) was launched.",
                                  "The Territorial Professional Health Community of Val Fleuri was launched."])
def test_english_spelled_out_head_before_or_after_the_name(text):
    assert [n[0] for n in names(text, "en")] == ["val-fleuri"]


def test_towns_joined_by_dashes_are_one_name_even_in_a_heading():
    found = names("Bienvenue sur le site de la CPTS Montreuil - Bagnolet - les Lilas !\n"
                  "La CPTS MBL réunit 120 soignants.")
    assert found == [("montreuil-bagnolet-les-lilas", "CPTS Montreuil-Bagnolet-les Lilas", ["CPTS MBL"])]


def test_a_town_and_a_word_that_is_no_town_stay_apart():
    assert [n[0] for n in names("CPTS Pantin - Le Projet\nLa CPTS Pantin a signé.")] == ["pantin"]
