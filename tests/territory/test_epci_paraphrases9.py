"""Intercommunalities read as a CPTS's perimeter in still more of the ways communiqués write
them: in a short clause or sentence right after the one that names the CPTS ("Il s'agit de la
CC X", "Sur la CC X, elle réunit ...", "Elle agit sur ..."), on a line under the CPTS's name, in
brackets, with verbs of alignment ("calée sur", "alignée sur", "se superpose à"), English
wordings; and intercommunalities that stay no perimeter (partners, funders, hosts, places of
events, other bodies). The CPTS and sentences are invented; the expected codes are the
gazetteer's.
"""
from __future__ import annotations

import pytest

from perimeter import english_release, record_of, release, territory_of

REQUISTANAIS = "241200542"  # CC du Réquistanais (12), 11 communes
LARZAC = "241200906"  # CC Larzac et Vallées (12), 16 communes
SALARS = "241200658"  # CC du Pays de Salars (12), 9 communes
SARLAT = "200027217"  # CC Sarlat-Périgord Noir (24), 13 communes
VAL_D_AMOUR = "243900420"  # CC du Val d'Amour (39), 24 communes
JURA_NORD = "243900560"  # CC Jura Nord (39), 32 communes


def _areas(text: str, tmp_path, key: str) -> dict[str, str]:
    """code -> extent of the coded intercommunalities of a CPTS."""
    territory = territory_of(record_of(text, tmp_path), key) or {"areas": []}
    return {a["code"]: a["extent"] for a in territory["areas"] if a["kind"] == "epci" and a["code"]}


@pytest.mark.parametrize("sentence, key, expected", [
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Il s'agit de la communauté de communes Larzac et Vallées.",
                 "sud-aveyron", {LARZAC: "full"}, id="il-s-agit-de"),
    pytest.param("La CPTS Sud Aveyron couvre seize communes en Aveyron, à savoir la communauté de communes Larzac et "
                 "Vallées.", "sud-aveyron", {LARZAC: "full"}, id="a-savoir"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle agit sur la communauté de communes Larzac et Vallées.",
                 "sud-aveyron", {LARZAC: "full"}, id="elle-agit-sur"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle rayonne sur la communauté de communes Larzac et "
                 "Vallées.", "sud-aveyron", {LARZAC: "full"}, id="elle-rayonne-sur"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle exerce sur la communauté de communes Larzac et "
                 "Vallées.", "sud-aveyron", {LARZAC: "full"}, id="elle-exerce-sur"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Son action porte sur la communauté de communes Larzac et "
                 "Vallées.", "sud-aveyron", {LARZAC: "full"}, id="son-action-porte-sur"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle est calée sur la communauté de communes Larzac et "
                 "Vallées.", "sud-aveyron", {LARZAC: "full"}, id="calee-sur"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Son périmètre est aligné sur la communauté de communes "
                 "Larzac et Vallées.", "sud-aveyron", {LARZAC: "full"}, id="aligne-sur"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle se superpose à la communauté de communes Larzac et "
                 "Vallées.", "sud-aveyron", {LARZAC: "full"}, id="se-superpose-a"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle se confond avec la communauté de communes Larzac et "
                 "Vallées.", "sud-aveyron", {LARZAC: "full"}, id="se-confond-avec"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle coïncide avec la communauté de communes Larzac et "
                 "Vallées.", "sud-aveyron", {LARZAC: "full"}, id="coincide-avec"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle s'inscrit sur le territoire de la communauté de "
                 "communes Larzac et Vallées.", "sud-aveyron", {LARZAC: "full"}, id="s-inscrit-sur-le-territoire"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle s'articule autour de la communauté de communes "
                 "Larzac et Vallées.", "sud-aveyron", {LARZAC: "full"}, id="s-articule-autour"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Son territoire ? La communauté de communes Larzac et "
                 "Vallées.", "sud-aveyron", {LARZAC: "full"}, id="son-territoire-question"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle prend en charge la population de la communauté de "
                 "communes Larzac et Vallées.", "sud-aveyron", {LARZAC: "full"}, id="population-de"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle rassemble les professionnels exerçant sur la "
                 "communauté de communes Larzac et Vallées.", "sud-aveyron", {LARZAC: "full"},
                 id="professionnels-exercant-sur"),
    pytest.param("En Aveyron, la CPTS Sud Aveyron, sur la communauté de communes Larzac et Vallées, a signé son "
                 "accord.", "sud-aveyron", {LARZAC: "full"}, id="apposition-sur-la"),
    pytest.param("En Aveyron, la CPTS Sud Aveyron (secteur de la communauté de communes Larzac et Vallées) a signé "
                 "son accord.", "sud-aveyron", {LARZAC: "full"}, id="brackets-secteur-de"),
    pytest.param("En Aveyron, la CPTS Sud Aveyron (territoire de la communauté de communes Larzac et Vallées) a "
                 "signé son accord.", "sud-aveyron", {LARZAC: "full"}, id="brackets-territoire-de"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron.\nSecteur d'intervention : communauté de communes Larzac "
                 "et Vallées\n", "sud-aveyron", {LARZAC: "full"}, id="secteur-d-intervention-colon"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron.\nPérimètre géographique : communauté de communes Larzac "
                 "et Vallées\n", "sud-aveyron", {LARZAC: "full"}, id="perimetre-geographique-colon"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron.\nTerritoire couvert :\ncommunauté de communes Larzac et "
                 "Vallées\ncommunauté de communes du Réquistanais\n", "sud-aveyron",
                 {LARZAC: "full", REQUISTANAIS: "full"}, id="territoire-couvert-lines"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle couvre 27 communes. Celles-ci forment la communauté "
                 "de communes Larzac et Vallées et la communauté de communes du Réquistanais.", "sud-aveyron",
                 {LARZAC: "full", REQUISTANAIS: "full"}, id="celles-ci-forment"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle couvre la communauté de communes Larzac et Vallées "
                 "dans sa totalité.", "sud-aveyron", {LARZAC: "full"}, id="dans-sa-totalite-after"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle couvre une partie de la communauté de communes du "
                 "Réquistanais.", "sud-aveyron", {REQUISTANAIS: "partial"}, id="une-partie-de"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Son périmètre ? Celui de la communauté de communes Larzac et "
                 "Vallées.", "sud-aveyron", {LARZAC: "full"}, id="son-perimetre-question-celui-de"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle est organisée sur la communauté de communes Larzac et "
                 "Vallées.", "sud-aveyron", {LARZAC: "full"}, id="organisee-sur"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle répond aux besoins de santé de la communauté de communes "
                 "Larzac et Vallées.", "sud-aveyron", {LARZAC: "full"}, id="besoins-de-sante-de"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron.\n\nCPTS Sud Aveyron\nCommunauté de communes Larzac et Vallées\n"
                 "16 communes – 6 700 habitants\n", "sud-aveyron", {LARZAC: "full"}, id="card-line-under-the-cpts-name"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron.\nTerritoire | Communauté de communes Larzac et Vallées\n"
                 "Professionnels | 80\n", "sud-aveyron", {LARZAC: "full"}, id="table-cell-after-territoire"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle couvre l’intercom Larzac et Vallées.", "sud-aveyron",
                 {LARZAC: "full"}, id="l-intercom"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle couvre la Com' com Larzac et Vallées.", "sud-aveyron",
                 {LARZAC: "full"}, id="com-com-with-an-apostrophe"),
    pytest.param("La CPTS Jura Nord est née dans le Jura. Elle est organisée au niveau de la communauté de communes Jura "
                 "Nord.", "jura-nord", {JURA_NORD: "full"}, id="au-niveau-de"),
    pytest.param("La CPTS Jura Nord est née dans le Jura. Son champ d'action est la communauté de communes Jura Nord.",
                 "jura-nord", {JURA_NORD: "full"}, id="son-champ-d-action-est"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle s'inscrit dans la communauté de communes Larzac et "
                 "Vallées.", "sud-aveyron", {LARZAC: "full"}, id="s-inscrit-dans"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle voit le jour sur la communauté de communes Larzac et "
                 "Vallées.", "sud-aveyron", {LARZAC: "full"}, id="voit-le-jour-sur"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle prend place sur la communauté de communes Larzac et "
                 "Vallées.", "sud-aveyron", {LARZAC: "full"}, id="prend-place-sur"),
])
def test_fr_intercommunality_as_the_territory(tmp_path, sentence, key, expected):
    assert _areas(release(sentence), tmp_path, key) == expected


@pytest.mark.parametrize("sentence, key, expected", [
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées correspond au "
                 "territoire de la CPTS.", "sud-aveyron", {LARZAC: "full"}, id="correspond-au-territoire-de-la-cpts"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées, territoire "
                 "d'intervention de la CPTS, compte 6 700 habitants.", "sud-aveyron", {LARZAC: "full"},
                 id="apposition-territoire-de-la-cpts"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées est le territoire "
                 "de la CPTS.", "sud-aveyron", {LARZAC: "full"}, id="est-le-territoire-de-la-cpts"),
    pytest.param("La communauté de communes Larzac et Vallées se dote d'une CPTS. La CPTS Sud Aveyron a été lancée "
                 "le 3 mai en Aveyron.", "sud-aveyron", {LARZAC: "full"}, id="se-dote-d-une-cpts"),
    pytest.param("En Aveyron, la communauté de communes Larzac et Vallées a désormais sa CPTS : la CPTS Sud Aveyron "
                 "a été lancée le 3 mai.", "sud-aveyron", {LARZAC: "full"}, id="a-desormais-sa-cpts"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Le territoire de la communauté de communes Larzac et Vallées "
                 "correspond à celui de la CPTS.", "sud-aveyron", {LARZAC: "full"}, id="correspond-a-celui-de-la-cpts"),
    pytest.param("La CPTS Larzac et Vallées est née en Aveyron. La communauté de communes Larzac et Vallées et la CPTS "
                 "partagent le même territoire.", "larzac-et-vallees", {LARZAC: "full"}, id="partagent-le-meme-territoire"),
    pytest.param("La CPTS Larzac et Vallées est née en Aveyron. La communauté de communes Larzac et Vallées et la CPTS "
                 "Larzac et Vallées ont le même périmètre.", "larzac-et-vallees", {LARZAC: "full"},
                 id="ont-le-meme-perimetre"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées, soit 16 communes "
                 "et 6 700 habitants, constitue le territoire de la CPTS.", "sud-aveyron", {LARZAC: "full"},
                 id="an-aside-before-the-verb"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées fait partie du "
                 "territoire de la CPTS.", "sud-aveyron", {LARZAC: "full"}, id="fait-partie-du-territoire-de-la-cpts"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées, dont le périmètre "
                 "correspond à celui de la CPTS, compte 16 communes.", "sud-aveyron", {LARZAC: "full"},
                 id="dont-le-perimetre-correspond"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées, territoire sur "
                 "lequel intervient la CPTS, compte 16 communes.", "sud-aveyron", {LARZAC: "full"},
                 id="territoire-sur-lequel-intervient"),
    pytest.param("Le périmètre de la future CPTS Sud Aveyron est en cours de définition en Aveyron. La communauté de "
                 "communes Larzac et Vallées constitue le territoire de la future CPTS.", "sud-aveyron", {LARZAC: "full"},
                 id="territoire-de-la-future-cpts"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées, avec ses 16 "
                 "communes, périmètre de la CPTS, compte 6 700 habitants.", "sud-aveyron", {LARZAC: "full"},
                 id="the-cpts-area-a-few-words-after-the-comma"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées, dont 10 communes "
                 "relèvent du territoire de la CPTS, compte 6 700 habitants.", "sud-aveyron", {LARZAC: "partial"},
                 id="some-of-its-communes-in-the-cpts-area"),
    pytest.param("La CPTS Sud Aveyron est en projet en Aveyron. Les communes de la communauté de communes du "
                 "Réquistanais, soit 6 communes, rejoignent le territoire du projet de CPTS.", "sud-aveyron",
                 {REQUISTANAIS: "partial"}, id="territoire-du-projet-de-cpts"),
    pytest.param("La CPTS Sud Aveyron est en projet en Aveyron. La communauté de communes Larzac et Vallées, avec ses 16 "
                 "communes, territoire du projet de santé de la CPTS, compte 6 700 habitants.", "sud-aveyron",
                 {LARZAC: "full"}, id="territoire-du-projet-de-sante"),
])
def test_fr_intercommunality_subject_of_its_own_sentence(tmp_path, sentence, key, expected):
    assert _areas(release(sentence), tmp_path, key) == expected


@pytest.mark.parametrize("sentence, expected", [
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Son territoire est réparti entre la communauté de communes "
                 "Larzac et Vallées (12 communes) et la communauté de communes du Réquistanais (11 communes).",
                 {LARZAC: "partial", REQUISTANAIS: "full"}, id="reparti-entre-with-counts"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Son territoire se répartit entre la communauté de communes "
                 "Larzac et Vallées et la communauté de communes du Réquistanais.",
                 {LARZAC: "partial", REQUISTANAIS: "partial"}, id="se-repartit-entre"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle est à cheval entre la communauté de communes Larzac et "
                 "Vallées et la communauté de communes du Réquistanais.",
                 {LARZAC: "partial", REQUISTANAIS: "partial"}, id="a-cheval-entre"),
])
def test_a_territory_spread_over_parts_of_intercommunalities(tmp_path, sentence, expected):
    assert _areas(release(sentence), tmp_path, "sud-aveyron") == expected


def test_intercommunalites_s_label(tmp_path):
    text = release("La CPTS Sud Aveyron est née en Aveyron.\nIntercommunalité(s) : CC Larzac et Vallées, CC du "
                   "Réquistanais\n")
    assert set(_areas(text, tmp_path, "sud-aveyron")) == {LARZAC, REQUISTANAIS}


def test_fronted_area_then_a_pronoun_and_a_covering_verb(tmp_path):
    text = release("La CPTS Sud Aveyron est née en Aveyron. Sur la communauté de communes Larzac et Vallées, elle fédère "
                   "80 professionnels.")
    assert set(_areas(text, tmp_path, "sud-aveyron")) == {LARZAC}


def test_two_intercommunalities_one_a_line_keep_their_own_names(tmp_path):
    text = release("La CPTS Sud Aveyron est née en Aveyron.\nSon territoire :\n• communauté de communes Larzac et "
                   "Vallées\n• communauté de communes du Pays de Salars\n")
    assert _areas(text, tmp_path, "sud-aveyron") == {LARZAC: "full", SALARS: "full"}


@pytest.mark.parametrize("sentence, key, expected", [
    pytest.param("The CPTS Jura Nord was created in the Jura. Its catchment area is the Jura Nord community of "
                 "communes.", "jura-nord", {JURA_NORD: "full"}, id="catchment-area-is"),
    pytest.param("The CPTS Jura Nord was created in the Jura. It operates across the Jura Nord community of "
                 "communes.", "jura-nord", {JURA_NORD: "full"}, id="operates-across"),
    pytest.param("The CPTS Jura Nord was created in the Jura. It brings together health professionals from the Jura "
                 "Nord community of communes.", "jura-nord", {JURA_NORD: "full"}, id="professionals-from"),
    pytest.param("The CPTS Jura Nord was created in the Jura.\nArea covered: Jura Nord community of communes\n",
                 "jura-nord", {JURA_NORD: "full"}, id="area-covered-colon"),
    pytest.param("The CPTS Jura Nord was created in the Jura. It works on the scale of the Jura Nord community of "
                 "communes.", "jura-nord", {JURA_NORD: "full"}, id="on-the-scale-of"),
    pytest.param("The CPTS Jura Nord was created in the Jura. Its territory is aligned with the Jura Nord community "
                 "of communes.", "jura-nord", {JURA_NORD: "full"}, id="aligned-with"),
    pytest.param("The CPTS Jura Nord was created in the Jura. The territory of the Jura Nord community of communes "
                 "matches that of the CPTS.", "jura-nord", {JURA_NORD: "full"}, id="matches-that-of-the-cpts"),
    pytest.param("The CPTS Jura Nord was created in the Jura. Its scope is the Jura Nord community of communes.",
                 "jura-nord", {JURA_NORD: "full"}, id="its-scope-is"),
    pytest.param("The CPTS Jura Nord was created in the Jura. Its area of operation is the Jura Nord community of "
                 "communes.", "jura-nord", {JURA_NORD: "full"}, id="area-of-operation"),
    pytest.param("The CPTS Jura Nord was created in the Jura. It was set up at the level of the Jura Nord community of "
                 "communes.", "jura-nord", {JURA_NORD: "full"}, id="at-the-level-of"),
    pytest.param("The CPTS Jura Nord was created in the Jura. The Jura Nord community of communes is part of the CPTS's "
                 "territory.", "jura-nord", {JURA_NORD: "full"}, id="part-of-the-cpts-s-territory"),
    pytest.param("The CPTS Jura Nord was created in the Jura. The Jura Nord community of communes forms the CPTS's "
                 "territory.", "jura-nord", {JURA_NORD: "full"}, id="forms-the-cpts-s-territory"),
])
def test_en_intercommunality_as_the_territory(tmp_path, sentence, key, expected):
    assert _areas(english_release(sentence), tmp_path, key) == expected


@pytest.mark.parametrize("sentence, key", [
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle travaille avec la communauté de communes Larzac et "
                 "Vallées.", "sud-aveyron", id="works-with"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Il s'agit de la première CPTS du département, saluée par la "
                 "communauté de communes Larzac et Vallées.", "sud-aveyron", id="il-s-agit-then-an-actor"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Sur la communauté de communes Larzac et Vallées, elle a "
                 "été reçue par le président.", "sud-aveyron", id="fronted-sur-a-meeting"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. L'assemblée générale aura lieu à la communauté de communes "
                 "Larzac et Vallées.", "sud-aveyron", id="meeting-at-the-epci"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées met un local à "
                 "disposition.", "sud-aveyron", id="epci-lends-a-room"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle agit avec la communauté de communes Larzac et Vallées "
                 "pour attirer des médecins.", "sud-aveyron", id="agit-avec"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Son action porte sur la prévention, en lien avec la "
                 "communauté de communes Larzac et Vallées.", "sud-aveyron", id="porte-sur-then-en-lien-avec"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Une réunion publique s'est tenue sur la communauté de "
                 "communes Larzac et Vallées.", "sud-aveyron", id="meeting-held-there"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Le projet est soutenu par l'ARS, le Département et la "
                 "communauté de communes Larzac et Vallées.", "sud-aveyron", id="supporters-list"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Sa présidente est aussi conseillère communautaire à la "
                 "communauté de communes Larzac et Vallées.", "sud-aveyron", id="councillor"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées dispose d'une "
                 "maison de santé.", "sud-aveyron", id="epci-has-a-health-centre"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées est le premier "
                 "financeur du projet.", "sud-aveyron", id="epci-is-the-first-funder"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées, partenaire de la "
                 "CPTS, compte 16 communes.", "sud-aveyron", id="partner-of-the-cpts"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées coïncide avec le "
                 "bassin de vie de Millau.", "sud-aveyron", id="epci-coincides-with-another-area"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Les besoins de santé de la communauté de communes Larzac et "
                 "Vallées ont été étudiés par l'observatoire régional.", "sud-aveyron", id="needs-studied-by-another-body"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron.\nAvec le soutien de :\nCPTS Sud Aveyron\nCommunauté de "
                 "communes Larzac et Vallées\n", "sud-aveyron", id="logos-under-a-support-heading"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées, partenaire "
                 "historique, a financé l'étude de la CPTS.", "sud-aveyron", id="an-aside-then-an-actor"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées, qui a financé "
                 "l'étude, ne fait pas partie du territoire de la CPTS.", "sud-aveyron", id="ne-fait-pas-partie"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Au niveau de la communauté de communes Larzac et Vallées, les "
                 "élus ont voté un budget.", "sud-aveyron", id="au-niveau-de-frames-the-elected-members"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle couvre 20 communes, à l'est de la communauté de communes "
                 "Larzac et Vallées.", "sud-aveyron", id="a-l-est-de"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle a été présentée à la population de la communauté de "
                 "communes Larzac et Vallées lors d'une réunion publique.", "sud-aveyron", id="audience-of-a-meeting"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle organise une soirée d'information pour les habitants de "
                 "la communauté de communes Larzac et Vallées.", "sud-aveyron", id="audience-of-an-evening"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle a été créée à l'initiative de la communauté de communes "
                 "Larzac et Vallées.", "sud-aveyron", id="a-l-initiative-de"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle est hébergée par la communauté de communes Larzac et "
                 "Vallées.", "sud-aveyron", id="hosted-by"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Dans le cadre du contrat local de santé de la communauté de "
                 "communes Larzac et Vallées, elle mène des actions de prévention.", "sud-aveyron", id="cls-frame"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Le projet a été présenté aux maires de la communauté de "
                 "communes Larzac et Vallées.", "sud-aveyron", id="presented-to-the-mayors"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées, située hors du "
                 "territoire de la CPTS, compte 6 700 habitants.", "sud-aveyron", id="hors-du-territoire-de-la-cpts"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Les maires de la communauté de communes Larzac et Vallées, tous "
                 "favorables, ont validé le périmètre de la CPTS.", "sud-aveyron", id="mayors-validated-the-perimeter"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. La communauté de communes Larzac et Vallées, qui a validé le "
                 "périmètre de la CPTS, compte 16 communes.", "sud-aveyron", id="epci-validated-the-perimeter"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle s'inscrit dans le cadre du contrat local de santé de la "
                 "communauté de communes Larzac et Vallées.", "sud-aveyron", id="s-inscrit-dans-le-cadre-du-cls"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Son action s'inscrit dans la continuité du projet de la "
                 "communauté de communes Larzac et Vallées.", "sud-aveyron", id="s-inscrit-dans-la-continuite"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Il s'agit d'un projet soutenu financièrement par la "
                 "communauté de communes Larzac et Vallées.", "sud-aveyron", id="il-s-agit-d-un-projet"),
])
def test_an_intercommunality_that_is_no_perimeter(tmp_path, sentence, key):
    assert _areas(release(sentence), tmp_path, key) == {}


@pytest.mark.parametrize("sentence", [
    "The CPTS Jura Nord was created in the Jura. It held its first meeting at the Jura Nord community of communes.",
    "The CPTS Jura Nord was created in the Jura. It works closely with the Jura Nord community of communes.",
    "The CPTS Jura Nord was created in the Jura. The Jura Nord community of communes has its own health centre.",
    "The CPTS Jura Nord was created in the Jura. It received funding from the Jura Nord community of communes.",
    "The CPTS Jura Nord was created in the Jura. The launch took place at the headquarters of the Jura Nord community "
    "of communes.",
])
def test_en_an_intercommunality_that_is_no_perimeter(tmp_path, sentence):
    assert _areas(english_release(sentence), tmp_path, "jura-nord") == {}


LEVEZOU = "241200765"  # CC de Lévézou Pareloup (12), 10 communes


@pytest.mark.parametrize("sentence", [
    pytest.param("En Aveyron, deux CPTS se partagent la communauté de communes Larzac et Vallées : la CPTS Sud Aveyron et "
                 "la CPTS du Lévézou.", id="deux-cpts-se-partagent"),
    pytest.param("En Aveyron, la communauté de communes Larzac et Vallées est couverte par deux CPTS, la CPTS Sud Aveyron "
                 "et la CPTS du Lévézou.", id="couverte-par-deux-cpts"),
    pytest.param("En Aveyron, la CPTS Sud Aveyron et la CPTS du Lévézou couvrent chacune une partie de la communauté de "
                 "communes Larzac et Vallées.", id="chacune-une-partie"),
    pytest.param("En Aveyron, la CPTS Sud Aveyron et la CPTS du Lévézou couvrent la communauté de communes Larzac et "
                 "Vallées.", id="two-subjects-one-plural-verb"),
    pytest.param("En Aveyron, la CPTS Sud Aveyron et la CPTS du Lévézou ont signé leur accord. Elles couvrent la "
                 "communauté de communes Larzac et Vallées.", id="elles-couvrent"),
    pytest.param("En Aveyron, la CPTS Sud Aveyron et la CPTS du Lévézou ont signé leur accord. Les deux CPTS se "
                 "partagent la communauté de communes Larzac et Vallées.", id="les-deux-cpts-se-partagent"),
])
def test_one_intercommunality_shared_by_two_cpts(tmp_path, sentence):
    text = release(sentence)
    assert _areas(text, tmp_path, "sud-aveyron") == {LARZAC: "partial"}
    assert _areas(text, tmp_path, "levezou") == {LARZAC: "partial"}


def test_en_one_intercommunality_shared_by_two_cpts(tmp_path):
    text = english_release("In Aveyron, the CPTS Sud Aveyron and the CPTS du Lévézou share the Larzac et Vallées community "
                           "of communes.")
    assert _areas(text, tmp_path, "sud-aveyron") == {LARZAC: "partial"}
    assert _areas(text, tmp_path, "levezou") == {LARZAC: "partial"}


@pytest.mark.parametrize("sentence", [
    pytest.param("En Aveyron, deux CPTS ont signé. La CPTS Sud Aveyron couvre la communauté de communes Larzac et "
                 "Vallées et la CPTS du Lévézou couvre la communauté de communes de Lévézou Pareloup.",
                 id="et-la-cpts-b-couvre-without-a-comma"),
    pytest.param("En Aveyron, deux CPTS ont signé : la CPTS Sud Aveyron couvre la communauté de communes Larzac et "
                 "Vallées, la CPTS du Lévézou la communauté de communes de Lévézou Pareloup.", id="deux-cpts-then-a-colon"),
    pytest.param("En Aveyron, la CPTS Sud Aveyron et la CPTS du Lévézou couvrent respectivement la communauté de "
                 "communes Larzac et Vallées et la communauté de communes de Lévézou Pareloup.", id="respectivement"),
])
def test_each_cpts_its_own_intercommunality(tmp_path, sentence):
    text = release(sentence)
    assert _areas(text, tmp_path, "sud-aveyron") == {LARZAC: "full"}
    assert _areas(text, tmp_path, "levezou") == {LEVEZOU: "full"}


@pytest.mark.parametrize("sentence", [
    pytest.param("En Aveyron, la CPTS Sud Aveyron et la CPTS du Lévézou couvrent 30 communes. Elles travaillent avec la "
                 "communauté de communes Larzac et Vallées.", id="elles-travaillent-avec"),
    pytest.param("En Aveyron, la CPTS Sud Aveyron et la CPTS du Lévézou ont signé leur accord. Elles ont été reçues au "
                 "siège de la communauté de communes Larzac et Vallées.", id="elles-ont-ete-recues-au-siege"),
])
def test_two_cpts_working_with_an_intercommunality_share_no_territory(tmp_path, sentence):
    text = release(sentence)
    assert _areas(text, tmp_path, "sud-aveyron") == {}
    assert _areas(text, tmp_path, "levezou") == {}


def _excepted(text: str, tmp_path, key: str) -> dict[str, list[str]]:
    """code -> the names of the communes excepted from each coded intercommunality of a CPTS."""
    territory = territory_of(record_of(text, tmp_path), key) or {"areas": []}
    return {a["code"]: [c["name"] for c in a["except"]] for a in territory["areas"] if a["kind"] == "epci" and a["code"]}


@pytest.mark.parametrize("sentence, expected", [
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle couvre la communauté de communes Larzac et Vallées, Nant "
                 "exceptée.", ["Nant"], id="name-exceptee"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle couvre la communauté de communes Larzac et Vallées, Nant et "
                 "Cornus exceptées.", ["Nant", "Cornus"], id="two-names-exceptees"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle couvre la communauté de communes Larzac et Vallées (Nant "
                 "exceptée).", ["Nant"], id="in-brackets"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle couvre la communauté de communes Larzac et Vallées. Seule "
                 "la commune de Nant n'en fait pas partie.", ["Nant"], id="next-sentence-n-en-fait-pas-partie"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle couvre la communauté de communes Larzac et Vallées. Les "
                 "Hôpitaux de Millau n'en font pas partie.", [], id="not-a-commune"),
])
def test_communes_excepted_after_their_names(tmp_path, sentence, expected):
    assert _excepted(release(sentence), tmp_path, "sud-aveyron") == {LARZAC: expected}


def _counts(text: str, tmp_path, key: str) -> dict[str, int | None]:
    """code -> the commune count written beside each coded intercommunality of a CPTS."""
    territory = territory_of(record_of(text, tmp_path), key) or {"areas": []}
    return {a["code"]: (a["communes_count"] or {}).get("value") for a in territory["areas"]
            if a["kind"] == "epci" and a["code"]}


@pytest.mark.parametrize("sentence", [
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle couvre la communauté de communes Larzac et Vallées, qui "
                 "fédère 16 communes.", id="qui-federe"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle couvre la communauté de communes Larzac et Vallées, "
                 "fédérant 16 communes.", id="federant"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle couvre la communauté de communes Larzac et Vallées (16 "
                 "communes membres).", id="communes-membres-in-brackets"),
    pytest.param("La CPTS Sud Aveyron est née en Aveyron. Elle couvre la communauté de communes Larzac et Vallées, forte "
                 "de 16 communes.", id="forte-de"),
])
def test_the_count_of_an_intercommunality_s_communes(tmp_path, sentence):
    assert _counts(release(sentence), tmp_path, "sud-aveyron") == {LARZAC: 16}


def test_bulleted_intercommunalities_under_each_cpts_name(tmp_path):
    text = release("En Aveyron, deux CPTS ont signé.\n\nCPTS Sud Aveyron :\n- communauté de communes Larzac et Vallées\n"
                   "- communauté de communes du Réquistanais\n\nCPTS du Lévézou :\n- communauté de communes de Lévézou "
                   "Pareloup\n\nContact presse : ARS Occitanie.")
    assert _areas(text, tmp_path, "sud-aveyron") == {LARZAC: "full", REQUISTANAIS: "full"}
    assert _areas(text, tmp_path, "levezou") == {LEVEZOU: "full"}


def test_bulleted_logos_under_a_support_heading_are_no_perimeter(tmp_path):
    text = release("En Aveyron, la CPTS Sud Aveyron est née.\n\nAvec le soutien de :\n- CPTS Sud Aveyron\n- communauté de "
                   "communes Larzac et Vallées\n- communauté de communes du Réquistanais\n\nContact presse : ARS Occitanie.")
    assert _areas(text, tmp_path, "sud-aveyron") == {}
