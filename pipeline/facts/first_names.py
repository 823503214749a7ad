"""Whether a first name is a woman's, for the roles whose words give no gender: "présidée par Anne
Roux", "Its coordinator, Julie Perrin", "les co-présidents, Jean Martin et Anne Roux" (présidente,
coordinatrice, co-présidente). Common French first names, then the endings of feminine names; a
name that is both (Camille, Dominique, Claude) or unknown gives no gender."""
from __future__ import annotations

import re

from ..reference.folding import strip_marks


def _folded(words: str) -> frozenset[str]:
    return frozenset(_fold(w) for w in words.split())


def _fold(word: str) -> str:
    return strip_marks(word.lower())


FEMININE = _folded("""
    Agnès Alice Anne Annick Annie Audrey Aurore Ayse Béatrice Bérengère Brigitte Carole Catherine Chantal
    Charlotte Claire Clémence Colette Constance Corinne Denise Edith Élisabeth Elizabeth Elsa Emmanuelle Esther
    Fanchon Fanny Florence Françoise Gaëlle Geneviève Gwenaëlle Hélène Ingrid Irène Isabelle Jacqueline Jeanne
    Josette Judith Karine Laure Laurence Lise Lucette Madeleine Marguerite Marianne Marion Maryse Maud Maude
    Michèle Mireille Monique Muriel Murielle Nadège Nelly Nicole Noémie Odile Pascale Patricia Perrine Rachel
    Raphaële Raphaèle Rose Ségolène Servane Solange Solène Suzanne Sylviane Yvette Yvonne Agathe Anaïs Astrid
    Aude Bernadette Blandine Capucine Cindy Clotilde Dorothée Elodie Élodie Gisèle Gladys Inès
    Jocelyne Joëlle Lydie Manon Marie Maïté Mathilde Mélanie Myriam Nadine Nathalie Océane Estelle Ghislaine
    Gwenola Hortense Katell Maëlle Maëva Margaux Margot Morgane Ophélie Roselyne Soizic Sarah Tiphaine Yasmine
    Zoé Chloé Léa Emma Jade Iseline Fabienne Christiane Josiane Ariane Diane Tatiane Liliane Éliane
    Viviane Régine Sabine Martine Ève Eve Anouk Nina Sophie Julie Valérie Virginie Sylvie Aurélie Amélie Émilie
    Stéphanie Mylène Marlène Arlette Armelle Aline Céline Cécile Lucile Odette Danièle Danielle
    Delphine Sandrine Séverine Christine Caroline Pauline Justine Laetitia Latifa Véronique
    Gwendoline Roseline Ginette Huguette Paulette Juliette Colombe Marthe Berthe Ludivine Apolline
    Adeline Eléonore Éléonore Anne-Laure Anne-Sophie Marie-Noëlle Marie-Claude Leïla Leila Samia Sonia Nadia
    Alexandra Amandine Angélique Anne-Marie Annabelle Axelle Bénédicte Carine Charlène Christelle Clara Claudine
    Coralie Élise Émeline Eugénie Éva Évelyne Frédérique Géraldine Héléna Jennifer Jessica Johanna Joséphine
    Julia Laura Louise Lucie Lucienne Magali Marie-Christine Marie-Hélène Marie-Pierre Marielle Marina Maryline
    Mélissa Michelle Paule Priscilla Rébecca Sabrina Sandra Simone Thérèse Tiffany Valentine Vanessa Yolande
""")
MASCULINE = _folded("""
    Jean Pierre Paul Jacques Philippe Stéphane Jérôme Antoine Guillaume Alexandre Christophe Georges Maxime
    Baptiste Jérémie Élie Elie Zacharie Luca Nicola Joshua Mustapha Moustapha Moussa Issa Hamza
    Oussama Osama Taha Yahya Reda Ilya Mattia Mustafa Moustafa Nikita Blaise Serge Hervé René André Aimé Noé
    Rémi Rémy Jean-Marie Clarence
    Pascal Gabriel Michel Daniel Noël Emmanuel Mathieu Matthieu Nicolas Luc Marc
    Alain Alexis Anthony Arnaud Aurélien Benjamin Bernard Bertrand Bruno Cédric Christian Cyril Damien David
    Denis Didier Édouard Éric Étienne Fabien Fabrice Florian Francis François Franck Frédéric Gaël Gaëtan
    Gérard Gilles Grégory Guy Henri Hubert Hugo Hugues Jean-Luc Jean-Michel Jean-Pierre Joël Jonathan
    Jordan Jules Julien Karim Kévin Laurent Lionel Loïc Louis Lucas Ludovic Marcel Mathias Mehdi Michaël
    Mickaël Nathan Olivier Patrice Patrick Quentin Raphaël Raymond Régis Richard Robert Roger Romain Samuel
    Sébastien Simon Sylvain Théo Thibault Thierry Thomas Tristan Valentin Victor Vincent William Xavier Yann Yves
""")
EITHER = _folded("Camille Dominique Claude Alix Sacha Yannick Maxence Ange Morgan Lou Charlie Eden Andréa")
FEMININE_ENDING = re.compile(r"(?:ine|ette|elle|enne|ise|ée|ence|[^é]ie|[^aeiouy]a)$")


def is_feminine_first_name(name: str) -> bool:
    """Whether the first word of a person's name is a woman's first name ("Anne-Laure Roux", "Julie PERRIN")."""
    words = name.split()
    if len(words) < 2:
        return False  # a surname alone
    if words[0].isupper() and len(words[0]) > 1 and not words[1].isupper():
        words = words[1:]  # "MARTIN Anne": the surname first
    first = _fold(words[0])
    if first in EITHER or first in MASCULINE:
        return False
    if first in FEMININE:
        return True
    head = first.split("-")[0]  # "Marie-Hélène", not "Jean-Marie"
    if head in MASCULINE or head in EITHER:
        return False
    return head in FEMININE or (len(head) > 3 and bool(FEMININE_ENDING.search(head)))


def is_known_first_name(word: str) -> bool:
    """Whether a word is one of the listed first names ("Anne", "Jean-Marie", "Camille")."""
    folded = _fold(word)
    return folded in FEMININE or folded in MASCULINE or folded in EITHER
