"""Stage 3: the patient directory, CSV import and pseudonyms."""

from __future__ import annotations

from handlers.deid import load_patient_csv, pseudonym
from handlers.deid.directory import PatientDirectory
from handlers.deid.identity import identity_of
from handlers.deid.normalise import fold


def matches(directory, text):
    return [(text[m.start:m.end], m.identity) for m in directory.find(text, fold(text))]


def test_known_names_match_in_any_order_case_and_accents():
    directory = PatientDirectory(["Hélène Bérard"])
    assert ("BERARD helene", "berard helene") in matches(directory, "rappeler BERARD helene")
    assert ("Bérard", None) in matches(directory, "Mme Bérard annule")


def test_whole_words_only():
    directory = PatientDirectory(["Anne Roux"])
    assert matches(directory, "Rouxel Annette") == []


def test_surnames_that_are_words_need_a_capital():
    directory = PatientDirectory(["Marie Petit"])
    assert matches(directory, "un petit souci") == []
    assert ("Petit", None) in matches(directory, "Mme Petit rappelle")


def test_directory_grows_at_run_time():
    directory = PatientDirectory()
    assert matches(directory, "Kerhervé Tanguy") == []
    directory.add(["Tanguy Kerhervé"])
    assert ("Kerhervé Tanguy", "kerherve tanguy") in matches(directory, "Kerhervé Tanguy")
    assert "tanguy KERHERVÉ" in directory


def test_csv_with_header(tmp_path):
    path = tmp_path / "patients.csv"
    path.write_text("Nom;Prénom;Téléphone\nDupont;Marie;0600000000\nLe Goff;Yann;\n", "utf-8")
    assert load_patient_csv(path) == ["Dupont Marie", "Le Goff Yann"]


def test_csv_without_header(tmp_path):
    path = tmp_path / "patients.csv"
    path.write_text("Dupont,Marie\nN'Diaye,Awa\n", "utf-8")
    assert load_patient_csv(path) == ["Dupont Marie", "N'Diaye Awa"]


def test_identity_ignores_order_case_accents_honorifics_and_particles():
    assert identity_of("Mme DUPONT Marie") == identity_of("marie dupont") == "dupont marie"
    assert identity_of("M. Le Goff Yann") == identity_of("de yann goff") == "goff yann"


def test_pseudonym_is_stable_keyed_and_order_insensitive():
    key = b"k" * 32
    assert pseudonym("Dupont Marie", key) == pseudonym("MARIE DUPONT", key)
    assert pseudonym("Dupont Marie", key) != pseudonym("Dupont Marie", b"x" * 32)
    assert pseudonym("Dupont Marie", key) != pseudonym("Dupont Mario", key)
    assert len(pseudonym("Dupont Marie", key)) == 64


def test_a_given_name_alone_is_not_a_known_patient():
    directory = PatientDirectory(["Julien Roux"])
    assert matches(directory, "voir avec Julien") == []
    assert ("Roux", None) in matches(directory, "Mme Roux")
