"""Stage 2: each rule-based detector on its own."""

from __future__ import annotations

import datetime

import pytest

from handlers.deid.addresses import find_addresses
from handlers.deid.dates import find_birth_dates
from handlers.deid.emails import find_emails
from handlers.deid.eponyms import find_eponyms
from handlers.deid.institutions import find_institutions
from handlers.deid.nir import find_nirs, is_nir
from handlers.deid.normalise import fold
from handlers.deid.numbers import find_digit_runs, find_personal_numbers, has_long_digit_run
from handlers.deid.phones import find_phones
from handlers.deid.tables import find_table_names

TODAY = datetime.date(2025, 6, 1)


def found(detector, text):
    return [text[e.start:e.end] for e in detector(text)]


@pytest.mark.parametrize(
    "phone",
    [
        "06 12 34 56 78", "06.12.34.56.78", "06-12-34-56-78", "0612345678", "02 98 45 67 89",
        "+33 6 12 34 56 78", "+33612345678", "0033 6 12 34 56 78", "+33 (0)6 12 34 56 78",
        "+32 475 12 34 56", "06 123 456 78",
    ],
)
def test_phone_formats(phone):
    assert phone in found(find_phones, f"rappeler au {phone} svp")


def test_several_phones_in_one_note():
    text = "tel 06 12 34 56 78 ou 01 45 67 89 10, fille +33 7 11 22 33 44"
    assert len(found(find_phones, text)) == 3


def test_times_and_dates_are_not_phones():
    assert found(find_phones, "RDV mardi 14h30, le 15/12/2025, 3x/semaine") == []


@pytest.mark.parametrize(
    "nir",
    ["1 84 05 75 123 456 78", "184057512345678", "2 75 12 2A 004 123 45", "1 68 03 2B 115 231 99",
     "2 61 03 29 019 045", "1.84.05.75.123.456.78"],
)
def test_nir_shapes_are_found_whatever_the_key(nir):
    assert found(find_nirs, f"NIR {nir} ok") == [nir]


def test_stdnum_labels_valid_nir():
    body = "1840575123456"
    key = 97 - int(body) % 97
    assert is_nir(f"{body}{key:02d}")
    assert not is_nir(f"{body}{(key + 1) % 97:02d}")
    assert not is_nir("0612345678")


def test_a_valid_nir_in_a_bare_digit_run_is_labelled_nir():
    body = "2750429004123"
    key = 97 - int(body) % 97
    assert [e.kind for e in find_digit_runs(f"num {body}{key:02d}")] == ["NIR"]


@pytest.mark.parametrize(
    ("text", "birth"),
    [
        ("née le 12/03/1961", "12/03/1961"),
        ("DDN 12.03.61", "12.03.61"),
        ("né le 3 mars 1961", "3 mars 1961"),
        ("date de naissance : 1er janvier 75", "1er janvier 75"),
        ("ddn: 12031961", "12031961"),
        ("née le 1972-11-21", "1972-11-21"),  # as a booking site exports it
        ("née en 1934", "1934"),
        ("vue le 12/03/1961", "12/03/1961"),  # a year long past: a birth date all the same
    ],
)
def test_birth_dates(text, birth):
    assert found(lambda t: find_birth_dates(t, TODAY), text) == [birth]


@pytest.mark.parametrize(
    "text", ["RDV le 15/12 à 14h", "rdv le 15/12/2025", "mardi 14h30", "opérée en mars 2019"]
)
def test_appointments_and_history_are_not_birth_dates(text):
    assert found(lambda t: find_birth_dates(t, TODAY), text) == []


@pytest.mark.parametrize(
    "email", ["marie.dupont@gmail.com", "JP.LeGoff56@Wanadoo.fr", "k.benali_93@hotmail.fr"]
)
def test_emails(email):
    assert found(find_emails, f"mail {email}. douleur") == [email]


def test_spelled_out_email():
    assert found(find_emails, "dupont arobase orange point fr") == ["dupont arobase orange point fr"]


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("habite 12 bis rue de la Paix, 75002 Paris", "12 bis rue de la Paix"),
        ("habite 12 bis rue de la Paix, 75002 Paris", "75002 Paris"),
        ("3 allée des Tilleuls 35000 Rennes ok", "3 allée des Tilleuls"),
        ("3 allée des Tilleuls 35000 Rennes ok", "35000 Rennes"),
        ("12 rue des lilas rdv mardi", "12 rue des lilas"),
        ("45 av. Jean Jaurès", "45 av. Jean Jaurès"),
        ("place de la République", "place de la République"),
        ("habite 2 bd Gambetta, 72000 Le Mans, rééduc", "72000 Le Mans"),
        ("habite à Muret depuis mars", "Muret"),
        ("domiciliée à L'Union, rdv jeudi", "L'Union"),
        ("vit sur Lormont avec sa fille", "Lormont"),
    ],
)
def test_addresses(text, address):
    assert address in found(find_addresses, text)


def found_terms(detector, text):
    return [text[start:end] for start, end in detector(text, fold(text))]


@pytest.mark.parametrize(
    ("text", "term"),
    [
        ("douleur au tendon d'Achille", "tendon d'Achille"),
        ("tendinopathie d'Achille droite", "tendinopathie d'Achille"),
        ("suivi maladie de Parkinson", "maladie de Parkinson"),
        ("kyste de Baker au genou", "kyste de Baker"),
        ("manœuvre de Jobe positive", "manœuvre de Jobe"),
        ("test de Lasègue positif", "test de Lasègue"),
        ("séances méthode Mézières", "méthode Mézières"),
        ("fracture de Pouteau-Colles", "fracture de Pouteau-Colles"),
        ("ado, Osgood-Schlatter à gauche", "Osgood-Schlatter"),
        ("Sever au talon, 11 ans", "Sever"),
        ("rééducation Bobath", "Bobath"),
        ("ancien Guillain-Barré", "Guillain-Barré"),
        ("DUPUYTREN main droite", "DUPUYTREN"),
    ],
)
def test_eponyms_are_found_head_included(text, term):
    assert term in found_terms(find_eponyms, text)


@pytest.mark.parametrize(
    ("text", "institution"),
    [
        ("sortie de l'hôpital de Hautepierre", "hôpital de Hautepierre"),
        ("opérée à la clinique de l'Orangerie", "clinique de l'Orangerie"),
        ("urgences CH de Haguenau", "CH de Haguenau"),
        ("envoyé par le CHU de Rennes", "CHU de Rennes"),
        ("séjour au centre de rééducation de Kerpape", "centre de rééducation de Kerpape"),
        ("certificat pour le collège Paul-Éluard", "collège Paul-Éluard"),
        ("sport au lycée Victor Hugo", "lycée Victor Hugo"),
        ("école Jules Ferry, CM2", "école Jules Ferry"),
    ],
)
def test_institutions_are_found_head_included(text, institution):
    assert institution in found_terms(find_institutions, text)


@pytest.mark.parametrize("text", ["pas de place mardi", "en voie de guérison", "le cours de yoga",
                                  "mutuelle 60593 Parkinson", "réf AB-1234 validée"])
def test_everyday_words_are_not_addresses(text):
    assert found(find_addresses, text) == []


@pytest.mark.parametrize(
    ("text", "number"),
    [("n° adhérent mutuelle 45871", "45871"), ("contrat AB123456", "AB123456"),
     ("mut. 852-3622", "852-3622"), ("code porte 4512B", "4512B"),
     # each cue alone, whole word or inside another
     *((f"{cue} : 4587", "4587") for cue in ("N°", "No", "Num", "numéro", "matricule", "adhérente",
                                             "adh.", "contrat", "dossier", "IPP", "Mutuelle", "mut",
                                             "digicode", "code", "badge", "client", "assurée", "police",
                                             "carte", "Réf", "référence", "résa", "réservation",
                                             "booking"))],
)
def test_personal_numbers(text, number):
    assert found(find_personal_numbers, text) == [number]


def test_clinical_and_schedule_numbers_are_kept():
    text = "RDV 14h30, 2x/sem, L4-L5, J+15, 72 ans, 10 séances, le 15/12/2025, opérée en 2019"
    assert found(find_personal_numbers, text) == []


def test_long_digit_runs_are_typed():
    kinds = [e.kind for e in find_digit_runs("0612345678 / 1234 5678 9 / +41791234567")]
    assert kinds == ["TEL", "ID", "TEL"]


def test_fail_closed_check_spots_long_digit_runs():
    assert has_long_digit_run("réf 123 456 789")
    assert has_long_digit_run("code 12345678")
    assert not has_long_digit_run("RDV le 15.12.2025 à 14h30")


def test_cells_under_a_name_column_are_names_until_the_table_ends():
    note = ("Nom ; Prénom ; Tél\nBLANC ; Rose ; 06 11 22 33 44\nPETIT ; Léon ; 07 55 66 77 88\n"
            "rappeler les deux\nmardi ; 14h")
    assert found(find_table_names, note) == ["BLANC", "Rose", "PETIT", "Léon"]
    assert found(find_table_names, "RDV | lundi | Julien") == []  # no header: no table of names
