"""Stage 2: person names found from honorifics, trigger phrases, capitals and name lists."""

from __future__ import annotations

import pytest

from handlers.deid.names import Role, find_names, find_spelled_names, given_after_comma


def names(text):
    return [text[n.start:n.end] for n in find_names(text)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Appel de Mme DUPONT Marie pour son genou", "DUPONT Marie"),
        ("appel de marie dupont, rappeler demain", "marie dupont"),
        ("Dupont Marie a appelé pour décaler", "Dupont Marie"),
        ("M. Jean-Pierre Le Goff rdv mardi 14h30", "Jean-Pierre Le Goff"),
        ("Mme De La Fontaine souhaite annuler", "De La Fontaine"),
        ("M. N'Diaye rappelle", "N'Diaye"),
        ("appel de isabelle n'diaye", "isabelle n'diaye"),
        ("Patient Boulanger Rose, douleur épaule", "Boulanger Rose"),
        ("Rappeler Mme Blanc au 06", "Blanc"),
        ("URGENT: Mme PETIT chute hier", "PETIT"),
        ("Mme Rose ne viendra pas", "Rose"),
        ("la patiente marie-claire da silva", "marie-claire da silva"),
        ("Kowalski Anna a laissé un message", "Kowalski Anna"),
        ("vu avec Kowalski ce matin", "Kowalski"),
        ("Tél de Mlle DOS SANTOS Chloé, mail", "DOS SANTOS Chloé"),
        ("msg de Mr Clémence Mouton.", "Clémence Mouton"),
        ("tél de mr mouton nolwenn secu", "mouton nolwenn"),
        ("appel de m. du pont ewen.", "du pont ewen"),
        ("Pte Brunet M. (DDN 07/01/1981", "Brunet M."),
        ("Appel Mme LE BIHAN GWÉNOLA ddn", "LE BIHAN GWÉNOLA"),
        ("Mr Nguyen Van Thanh, lombalgie", "Nguyen Van Thanh"),
        ("message répondeur: c'est Benoît Lagarde, je rappelle", "Benoît Lagarde"),
        ("patiente du guesclin, n° adhérent", "du guesclin"),
        ("Demande de patient de Cadoudal, domicile", "de Cadoudal"),
        ("Mr ilona verdier n° adhérent", "ilona verdier"),
        ("Famille d'almeida pia ddn", "d'almeida pia"),
        ("son beau-frère Thaïs ESCOFFIER au", "Thaïs ESCOFFIER"),
        ("CHAPELAIN LOANE ddn: 18 avril 1935", "CHAPELAIN LOANE"),
        ("Reçu appel clothilde d'angelo NIR", "clothilde d'angelo"),
        ("contact : l'épouse pennec prune au 06", "pennec prune"),
    ],
)
def test_name_forms(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # initials before a name, in any case, after an honorific or a cue
        ("J. Vigneron voudrait parler à Julien", "J. Vigneron"),
        ("J. P. Vigneron a appelé", "J. P. Vigneron"),
        ("rdv pour H. Trividic cet après-midi", "H. Trividic"),
        ("Julien a vu Mme C. Niang hier", "C. Niang"),
        ("patiente : i. cozic | tél", "i. cozic"),
        ("répondeur : T. di Stefano, peut venir", "T. di Stefano"),
        ("(son mari l. ferrucci) confirme", "l. ferrucci"),
        # a capital word and a word in capitals side by side, even if both are French words
        ("CHEVRIER Olive ne pourra pas venir", "CHEVRIER Olive"),
        ("Eudoxie CHEVRIER dit que ça va mieux", "Eudoxie CHEVRIER"),
        ("la voisine EL FASSI Flore au", "EL FASSI Flore"),
        # a capitalised French word before a capitalised name, not a verb
        ("Objet : Blanchet Florimond, lumbago", "Blanchet Florimond"),
        ("Perle dal Molin, annule mercredi", "Perle dal Molin"),
        ("pour Bonhomme Hamza : demande à avancer", "Bonhomme Hamza"),
        ("répondeur : Hippolyte Huchet, habite", "Hippolyte Huchet"),
        # lower case, no cue but where a name goes: opening the note, after a cue, before
        # "annule"...; particles of other languages ("van", "ait") inside
        ("pommier amaia annule sa séance", "pommier amaia"),
        ("c est pour ioana boisseau, souhaite un RDV", "ioana boisseau"),
        ("c est pour rose boulanger, rappeler", "rose boulanger"),
        ("olive van hoof annule sa séance", "olive van hoof"),
        ("le scouarnec firmin voudrait parler à Karim", "le scouarnec firmin"),
        ("annulation ait ouali maddi demain matin", "ait ouali maddi"),
        ("répondeur : ferrucci octave, demande", "ferrucci octave"),
        ("sa grand-mère hermine van der berg, fracture", "hermine van der berg"),
        ("via sa sœur ait bouziane jehanne", "ait bouziane jehanne"),
        # after a form label, any word
        ("nom chevrier / prénom eulalie / lombalgie", "chevrier"),
        ("nom chevrier / prénom eulalie / lombalgie", "eulalie"),
    ],
)
def test_names_without_capitals_lists_or_usual_cues(text, name):
    assert name in names(text)


@pytest.mark.parametrize(
    "text",
    [
        "douleur genou droit depuis 3 semaines, pas de RDV dispo",
        "URGENT RAPPELER RAPIDEMENT POUR LE BILAN",
        "Petit souci avec la facture, rappeler demain",
        "Madame a appelé pour décaler",
        "né le 02/02/1958, séances à domicile",
        "RDV mardi 14h30 au cabinet",
        "appel de la pharmacie pour la facture",
        "mvt limité épaule gauche, rdv mardi",
        "besoin certificat médical pour le sport",
        "lombalgie chronique depuis lundi",
        "fatigue et vertiges importants",
        "Contacter le cabinet demain",
    ],
)
def test_no_name_in_ordinary_text(text):
    assert names(text) == []


def test_roles_tell_the_patient_from_relatives():
    text = "Appel de Mme Dupont Marie, sa fille Claire Petit rappellera"
    roles = {text[n.start:n.end]: n.role for n in find_names(text)}
    assert roles == {"Dupont Marie": Role.PATIENT, "Claire Petit": Role.RELATIVE}


def test_honorific_m_is_not_metres():
    assert names("marcher 5 m puis repos") == []
    assert names("périmètre de marche 200 m sns canne") == []  # a word no dictionary has
    assert names("répondeur : m vandewalle, il ne viendra pas") == ["vandewalle"]


@pytest.mark.parametrize(
    ("text", "name"),
    [("appel de sa fille Claire", "Claire"), ("RDV JEUDI POUR KARIM N° SS", "KARIM"),
     ("APPEL DE SON GENDRE JÉZÉQUEL HYACINTHE AU", "JÉZÉQUEL HYACINTHE"),
     ("appel de marie dupont, rappeler demain", "marie dupont"),
     ("Contacter Florimond demain", "Florimond"),
     ("Kowalczyk E. date de naissance", "Kowalczyk E."),
     ("A. DE SMET HOSPITALISÉ, SOUHAITE UN RDV", "A. DE SMET"),
     ("quang azevedo habite 2 rue des Ajoncs", "quang azevedo")],
)
def test_names_do_not_swallow_their_neighbours(text, name):
    assert names(text) == [name]


@pytest.mark.parametrize(
    ("text", "spelled"),
    [("je vous épelle : H.A.L.L.E.R", ["H.A.L.L.E.R"]), ("(k-u-n-t-z)", ["k-u-n-t-z"]),
     ("soit A N D L A U", ["A N D L A U"]), ("épelé B. O. U. R. G.", ["B. O. U. R. G."]),
     ("courrier de la C.P.A.M. reçu", []),
     ("vu avec le S.A.M.U", []), ("L5-S1 et C3-C4", [])],
)
def test_names_spelled_letter_by_letter(text, spelled):
    assert [text[e.start:e.end] for e in find_spelled_names(text)] == spelled


@pytest.mark.parametrize(
    ("text", "given"),
    [("Nom : FELLAH, Amira", "Amira"), ("pour mme. zribi, aouicha, séance", "aouicha"),
     ("pour Mme Dupont, lombalgie", None), ("DUPONT, URGENT", None),
     ("Dupont, Marie rappelle", None)],  # no cue, no capitals: a list of names, maybe
)
def test_given_name_after_a_comma(text, given):
    found = [g for n in find_names(text) if (g := given_after_comma(text, n))]
    assert [text[start:end] for start, end in found] == ([given] if given else [])
