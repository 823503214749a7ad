"""People of a CPTS across the genre's phrasings, read from short invented sentences."""
import pytest

from tests.test_people import people

K = "coteaux-verts"
CPTS = "La CPTS des Coteaux Verts"


@pytest.mark.parametrize("text, expected", [
    # compound and prefixed roles
    (f"{CPTS} recrute. Léa Morin, directrice-coordinatrice de la CPTS, présente le projet.",
     {(K, "Léa Morin", "directrice-coordinatrice")}),
    (f"{CPTS} recrute. Léa Morin, coordinatrice et directrice de la CPTS, présente le projet.",
     {(K, "Léa Morin", "coordinatrice et directrice")}),
    (f"{CPTS} a tenu son assemblée. Sophie Renard, coprésidente de la CPTS, a ouvert la séance.",
     {(K, "Sophie Renard", "coprésidente")}),
    (f"{CPTS} a tenu son assemblée. Bruno Caillet, co-président de la CPTS, a ouvert la séance.",
     {(K, "Bruno Caillet", "co-président")}),
    (f"{CPTS} a tenu son assemblée. Bruno Caillet, président fondateur de la CPTS, a ouvert la séance.",
     {(K, "Bruno Caillet", "président")}),
    (f"{CPTS} a tenu son assemblée. Bruno Caillet, vice-président de la CPTS, a ouvert la séance.",
     {(K, "Bruno Caillet", "vice-président")}),
    (f"{CPTS} a tenu son assemblée. Claire Vidal, vice-présidente de la CPTS, a ouvert la séance.",
     {(K, "Claire Vidal", "vice-présidente")}),
    # role after the name
    (f"{CPTS} s'agrandit. Marie Durand, infirmière libérale et présidente de la CPTS, salue l'accord.",
     {(K, "Marie Durand", "présidente")}),
    (f"{CPTS} s'agrandit. « C'est une étape », explique Paul Morel, coordinateur de la CPTS.",
     {(K, "Paul Morel", "coordinateur")}),
    (f"{CPTS} s'agrandit. « C'est une étape », se réjouit le Dr Paul Morel, président de la CPTS.",
     {(K, "Paul Morel", "président")}),
    (f"{CPTS} s'agrandit. « C'est une étape », indique Paul Morel, le président de la CPTS.",
     {(K, "Paul Morel", "président")}),
    (f"{CPTS} s'agrandit. Pour Paul Morel, président de la CPTS, c'est une étape.",
     {(K, "Paul Morel", "président")}),
    (f"{CPTS} s'agrandit. Selon le Pr Paul Morel, président de la CPTS, c'est une étape.",
     {(K, "Paul Morel", "président")}),
    # role before the name
    (f"{CPTS} s'agrandit. La présidente de la CPTS, le Dr Marie Durand, salue l'accord.",
     {(K, "Marie Durand", "présidente")}),
    (f"{CPTS} est présidée par Jean Martin, médecin généraliste.",
     {(K, "Jean Martin", "président")}),
    (f"{CPTS} est co-présidée par Jean Martin et Anne Roux.",
     {(K, "Jean Martin", "co-président"), (K, "Anne Roux", "co-président")}),
    (f"{CPTS} est coprésidée par le Dr Jean Martin et Mme Anne Roux.",
     {(K, "Jean Martin", "coprésident"), (K, "Anne Roux", "coprésidente")}),
    (f"{CPTS} s'agrandit. Sa coordinatrice, Julie Perrin, prépare la réunion.",
     {(K, "Julie Perrin", "coordinatrice")}),
    (f"{CPTS} s'agrandit. La coordinatrice de la CPTS, Julie Perrin, prépare la réunion.",
     {(K, "Julie Perrin", "coordinatrice")}),
    (f"{CPTS} s'agrandit. Le président de la CPTS, Jean Martin, et sa coordinatrice, Julie Perrin, "
     "ont présenté le projet.",
     {(K, "Jean Martin", "président"), (K, "Julie Perrin", "coordinatrice")}),
    (f"{CPTS} a élu son bureau : Jean Martin (président), Anne Roux (vice-présidente) et Luc Petit (trésorier).",
     {(K, "Jean Martin", "président"), (K, "Anne Roux", "vice-présidente"), (K, "Luc Petit", "trésorier")}),
    (f"{CPTS} a élu son bureau.\nJean Martin, président\nAnne Roux, secrétaire\n",
     {(K, "Jean Martin", "président"), (K, "Anne Roux", "secrétaire")}),
    # English
    ("The CPTS des Coteaux Verts signed its contract. Its chair, Dr Alan Kerbrat, thanked the partners.",
     {(K, "Alan Kerbrat", "président")}),
    ("The CPTS des Coteaux Verts signed its contract, said coordinator Emma Stone.",
     {(K, "Emma Stone", "coordinateur")}),
    ("The CPTS des Coteaux Verts signed its contract. Emma Stone, the CPTS coordinator, was pleased.",
     {(K, "Emma Stone", "coordinateur")}),
    (f"{CPTS} s'agrandit. Jean Martin, médecin généraliste à Bellegarde, préside la CPTS depuis 2020.",
     {(K, "Jean Martin", "président")}),
    (f"{CPTS} s'agrandit. Marie Durand, pharmacienne, présidente de la CPTS, salue l'accord.",
     {(K, "Marie Durand", "présidente")}),
    (f"{CPTS} s'agrandit. Marie Durand, infirmière et vice-présidente de la CPTS, salue l'accord.",
     {(K, "Marie Durand", "vice-présidente")}),
    (f"{CPTS} s'agrandit. Marie Durand, présidente de l'association, salue l'accord.",
     {(K, "Marie Durand", "présidente")}),
    (f"{CPTS} s'agrandit, a déclaré Marie Durand, présidente de la CPTS des Coteaux Verts.",
     {(K, "Marie Durand", "présidente")}),
    (f"{CPTS} s'agrandit. Présidente de la CPTS depuis 2021, Marie Durand salue l'accord.",
     {(K, "Marie Durand", "présidente")}),
    (f"{CPTS} s'agrandit. Marie Durand en est la coordinatrice depuis 2021.",
     {(K, "Marie Durand", "coordinatrice")}),
    ("The CPTS des Coteaux Verts signed its contract, said Dr Alan Kerbrat, chairman of the CPTS.",
     {(K, "Alan Kerbrat", "président")}),
    ("The CPTS des Coteaux Verts signed its contract. CPTS coordinator Emma Stone said it was a step.",
     {(K, "Emma Stone", "coordinateur")}),
])
def test_genre(text, expected):
    assert people(text) == expected


@pytest.mark.parametrize("text", [
    f"{CPTS} a signé avec l'ARS. Jean Martin, directeur général de l'ARS, a salué l'accord.",
    f"{CPTS} a signé. Le directeur de la CPAM, Jean Martin, a salué l'accord.",
    f"{CPTS} a signé. Jean Martin, président de l'URPS médecins, a salué l'accord.",
    f"{CPTS} a signé. Jean Martin, maire de Bellegarde, a salué l'accord.",
    f"{CPTS} a signé. Jean Martin, préfet du Gard, a salué l'accord.",
    f"{CPTS} a signé. Jean Martin, directeur du centre hospitalier, a salué l'accord.",
    f"{CPTS} a signé. Jean Martin, président du conseil départemental, a salué l'accord.",
    f"{CPTS} a signé. Jean Martin, directeur de l'hôpital de Bellegarde, a salué l'accord.",
    f"{CPTS} a signé. Jean Martin, chauffeur du bus santé, a salué l'accord.",
    f"{CPTS} a signé. Jean Martin, président de la MSP de Bellegarde, a salué l'accord.",
    f"{CPTS} a signé. Jean Martin, président du conseil de l'Ordre des médecins, a salué l'accord.",
    f"{CPTS} a signé. Jean Martin, directeur de la délégation départementale de l'ARS, a salué l'accord.",
    f"{CPTS} a signé. Le Dr Jean Martin, médecin coordonnateur de l'Ehpad, a salué l'accord.",
    f"{CPTS} a signé. Jean Martin, président de la communauté de communes, a salué l'accord.",
    f"{CPTS} a signé. Jean Martin, sous-préfet de Bellegarde, a salué l'accord.",
    f"{CPTS} a signé. Le directeur départemental de la CPAM, Jean Martin, a salué l'accord.",
    f"{CPTS} a signé. Jean Martin, intervenant lors de la soirée, a salué l'accord.",
    "The CPTS des Coteaux Verts signed its contract, said Alan Kerbrat, director of the regional health agency.",
])
def test_not_the_cptss_people(text):
    assert people(text) == set()
