"""Write `deid_heldout2.jsonl`: a second held-out set for the de-identifier (issue #3).

Written after the first held-out set had been used for tuning, to measure recall on what
the engine has never seen: every name is outside the engine's name lists and outside the
pools of the other corpora (checked below), and the phrasings are new — names opening the
note with no cue, "c'est pour ...", forms (Nom : / Prénom :), slashes, SMS style, relatives
named in passing, compound surnames with a space, notes typed all in lower or upper case.
Every note is invented. Templates use the markup of `make_deid_hard_cases.py`:
`[[KIND|value]]` must disappear, `{{value}}` must be kept.

Run: .venv/bin/python tests/data/make_deid_heldout2.py  (deterministic: fixed seed)
"""

from __future__ import annotations

import json
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parents[1]))  # the repository, for the engine's name lists

import make_deid_corpus as corpus  # noqa: E402
from make_deid_hard_cases import parse  # noqa: E402

NOTES = 240
SEED = 20250611
STAFF = ["Julien Martin", "Julien", "Sophie Lemoine", "Sophie", "Karim Haddad", "Karim"]

GIVEN = corpus.words("""Ninon Bleuenn Gaïd Rozenn Youenn Brieuc Malo Tifenn Iñaki Maddi Ximun
Peio Amaia Garazi Graziella Sévane Anahit Tigran Naïm Souad Zineb Hamza Nour Meriem Mariama
Bintou Thuy Quang Xiaoli Kacper Zofia Wojciech Agnieszka Joaquim Filipa Teodora Radu Ioana
Oleksandr Marcelline Philibert Eudoxie Séraphin Octave Gontran Aglaé Bertille Hortense Perceval
Côme Eulalie Firmin Honorine Léopoldine Ysaline Anselme Sixtine Marin Olive Colombe Perle Aurèle
Joachim Mayeul Baptistine Morgwen Soazig Katell Tudy Goulven Aziliz Ainhoa Xabi Loeiz Kenzo Noor
Safiya Idrissa Assa Djeneba Bao Burak Selin Ludwika Anouchka Gaïane Elouan Lilwenn Malvina
Clervie""")
SURNAMES = corpus.words("""Kerdraon Guivarc'h Quéffélec Tréguer Etcheverry Irigoyen Oyharçabal
Goyhenetche Arrieta Schwartzmann Kieffer Hirtz Muhlenbach Castagnède Daumas Escudier Carbonnel
Pujol Sanchis Mazzoleni Brambilla Ferrucci Kaczmarek Nowicki Benhamou Boudjema Cherifi Papazian
Manoukian Chaussat Lhermitte Ribaucourt Vandenbroucke Lemarchal Tonnelier Vigneron Chevrier
Bonhomme Lecerf Pommier Boisseau Bourhis Kervella Trividic Iannone Przybylski Szczepaniak
Figueiredo Azevedo Niang Luu Karakaya Aydoğdu Guéguen Cozic Queffeulou Bodénès Pennanéac'h
Kerdraon-Cozic Lhermitte-Daumas""")
# Surnames written with a space: particles, and first parts that are no particle (Ait, Abou).
SPACED_SURNAMES = ["Le Scouarnec", "Le Nozach", "Le Goascoz", "de Kerangal", "di Stefano",
                   "dal Molin", "Van Hoof", "De Smet", "Der Sarkissian", "Ait Ouali",
                   "Abou Khalil", "Ould Brahim", "Ben Slimane", "da Cruz Ramos"]

HONORIFICS = ["Mme", "M.", "Mr", "Madame", "monsieur", "mme", "Mlle", "Mme", "M."]
RELATIVES = ["sa fille", "son fils", "son mari", "sa femme", "son frère", "sa sœur", "sa nièce",
             "son petit-fils", "sa belle-mère", "son tuteur", "sa voisine"]
RELATIVES_OF = ["la fille", "le fils", "le mari", "l'épouse", "la voisine", "le neveu",
                "la belle-sœur", "l'aide à domicile"]
REASONS = ["{{douleur}} au {{genou}} gauche", "{{lombalgie}} depuis lundi",
           "rééduc {{épaule}} après {{luxation}}", "{{PTH}} gauche opérée il y a 10 jours",
           "{{entorse}} de la cheville", "{{tendinite}} achilléenne",
           "{{cervicalgie}} après un accident de voiture", "{{scoliose}}, bilan annuel",
           "{{kiné respiratoire}} pour le bébé", "rééducation post-{{AVC}}",
           "{{fracture}} du poignet", "{{sciatique}} gauche", "{{vertiges}} au lever",
           "{{ménisque}} opéré", "{{lombalgie}} chronique", "{{Parkinson}}, séances à domicile",
           "{{rééducation}} du périnée", "{{canal carpien}} opéré vendredi"]
REQUESTS = ["souhaite un RDV <slot>", "demande à avancer sa séance : <slot>",
            "veut décaler : <slot>", "confirme <slot>", "annule <slot>", "rappeler <slot>",
            "dispo <slot>", "peut venir <slot>", "voudrait un créneau <slot>"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
STREETS = ["rue des Ajoncs", "allée Louise Michel", "rue du Vieux Marché", "chemin de Kerlann",
           "avenue des Frères Lumière", "rue Anatole France", "impasse de la Croix Verte",
           "boulevard Gambetta", "rue des Capucins", "place du Marché", "route de Quimper",
           "résidence les Mouettes", "quai des Tanneurs"]
CITIES = [("29600", "Morlaix"), ("56000", "Vannes"), ("49100", "Angers"), ("64000", "Pau"),
          ("64100", "Bayonne"), ("68000", "Colmar"), ("66000", "Perpignan"), ("22000", "Saint-Brieuc"),
          ("72000", "Le Mans"), ("37000", "Tours"), ("29120", "Pont-l'Abbé")]
MAIL_DOMAINS = ["gmail.com", "orange.fr", "free.fr", "icloud.com", "proton.me", "bbox.fr"]

# <p> a patient's full name, <p1> the same or a surname alone (after an honorific), <r> a
# relative's full name, <given>/<SURNAME> the two halves of a form, <s> a surname alone.
TEMPLATES = [
    "<p> a appelé pour <reason>, <request><contact>",
    "<p> rappelle : <reason>. <request>",
    "<p> - <reason> - <request><contact>",
    "<p>, <request>, <reason><contact>",
    "<p> annule sa séance <slot><contact>",
    "<p> sera en retard <slot>, prévenir <staff>",
    "<p> ne pourra pas venir <slot> (<reason>)",
    "c est pour <p>, <request>",
    "c'est pour <p> : <reason><contact>",
    "bonjour c'est <p>, <request>",
    "pour <p> : <request><contact>",
    "rdv pour <p> <slot> avec <staff>",
    "séance de <p> <slot> annulée",
    "suite appel <p> : <reason>, <request>",
    "annulation <p> <slot><contact>",
    "nouveau patient <p><contact>, <reason>, <request>",
    "<reason> : <h> <p1> souhaite venir <slot><contact>",
    "<staff> a vu <h> <p1> <slot>, <request>",
    "Nom : <SURNAME> Prénom : <given><contact>\nMotif : <reason>\n<request>",
    "NOM <SURNAME> / PRENOM <given> / <reason> / <request>",
    "Patiente : <p> | tél <phone> | <reason>",
    "la maman du petit <p> appelle pour <reason>, <request>",
    "<p> appelle pour son père <h> <p1>, <reason>",
    "c'est <relative_of> de <p> qui a appelé : <request>",
    "<h> <p1> (personne de confiance : <relative> <r> au <phone>), <reason>",
    "<reason>, <request>. Accompagnée de <relative> <r>",
    "message laissé par <r>, <relative_of> de <h> <p1> : <request>",
    "slt <staff>, <p> veut décaler <slot>",
    "<p> dit que ça va mieux (<reason>), rappeler <slot>",
    "répondeur : <p>, <request><contact>",
    "<slot> : <p> (<reason>)<contact>",
    "<p>\n<reason>\n<request><contact>",
    "<h> <p1> a téléphoné, <request>",
    "<p> voudrait parler à <staff> <slot>",
    "de la part de <p> : <request>",
    "info <staff> : <p> hospitalisé, <request>",
    "<p> (<relative> <r>) <request>",
]
# Notes that name nobody: everything in them must be kept.
NO_NAME_TEMPLATES = [
    "la CPAM a appelé pour une facture, rappeler <slot>",
    "la pharmacie demande l'{{ordonnance}} de kiné, <request>",
    "le livreur de matériel passera <slot>",
    "<staff> absent <slot>, décaler ses RDV",
    "coupure d'eau au cabinet <slot>, prévenir <staff>",
]
_SLOT = re.compile(r"<(\w+)>")


@dataclass(frozen=True)
class Pools:
    given: list[str]
    surnames: list[str]
    spaced_surnames: list[str]
    templates: list[str]
    no_name_templates: list[str]


HELD_OUT_2 = Pools(GIVEN, SURNAMES, SPACED_SURNAMES, TEMPLATES, NO_NAME_TEMPLATES)
# Names of the corpora written before this one.
EARLIER_NAMES = (corpus.GIVEN, corpus.SURNAMES, corpus.PARTICLE_SURNAMES, corpus.APOSTROPHE_SURNAMES,
                 corpus.HELD_OUT_GIVEN, corpus.HELD_OUT_SURNAMES, corpus.HELD_OUT_PARTICLES)


def checked_pools(pools: Pools, earlier: tuple[list[str], ...]) -> None:
    """Refuse names the engine lists or that earlier corpora already use."""
    from handlers.deid.lexicon import PARTICLES, is_given_name, is_surname
    from handlers.deid.normalise import fold

    seen = {fold(part) for pool in earlier for name in pool for part in re.split(r"[ \-]", name)}
    for name in pools.given + pools.surnames + pools.spaced_surnames:
        for part in re.split(r"[ \-]", fold(name)):
            if part not in PARTICLES and (is_given_name(part) or is_surname(part) or part in seen):
                raise SystemExit(f"{name}: listed by the engine or used by another corpus")


def surname(rng: random.Random, pools: Pools) -> str:
    spaced = rng.random() < 0.25
    return rng.choice(pools.spaced_surnames) if spaced else rng.choice(pools.surnames)


def full_name(rng: random.Random, pools: Pools) -> str:
    given, last = rng.choice(pools.given), surname(rng, pools)
    return rng.choice([
        f"{given} {last}", f"{last} {given}", f"{last.upper()} {given}", f"{given} {last.upper()}",
        f"{given.lower()} {last.lower()}", f"{given.lower()} {last.lower()}",
        f"{last.lower()} {given.lower()}", f"{last.upper()} {given.upper()}", initialled(given, last),
    ])


def initialled(given: str, last: str) -> str:
    """`J. Vigneron`; not `M. Vigneron`, which reads as Monsieur (the honorific stays)."""
    return f"{given[0]}. {last}" if given[0] != "M" else f"{given} {last}"


def name_after_honorific(rng: random.Random, pools: Pools) -> str:
    if rng.random() < 0.4:
        last = surname(rng, pools)
        return rng.choice([last, last, last.upper(), last.lower()])
    return full_name(rng, pools)


def slot(rng: random.Random) -> str:
    day, hour = rng.choice(DAYS), f"{rng.randint(8, 19)}h{rng.choice(['', '15', '30', '45'])}"
    return "{{" + rng.choice([
        f"{day} {hour}", f"{day} à {hour}", "demain matin", f"le {rng.randint(1, 28)}/"
        f"{rng.randint(1, 12):02d} à {hour}", f"{day} prochain", "cet après-midi", f"{day} matin",
    ]) + "}}"


def email(rng: random.Random, pools: Pools) -> str:
    given, last = fold_ascii(rng.choice(pools.given)), fold_ascii(rng.choice(pools.surnames))
    domain = rng.choice(MAIL_DOMAINS)
    if rng.random() < 0.25:  # spelled over the phone
        host, tld = domain.split(".")
        return f"[[EMAIL|{given}.{last} arobase {host} point {tld}]]"
    local = rng.choice([f"{given}.{last}", f"{given[0]}{last}", f"{last}{rng.randint(1, 99)}"])
    return f"[[EMAIL|{local}@{domain}]]"


def fold_ascii(name: str) -> str:
    from handlers.deid.normalise import fold

    return re.sub(r"[^a-z]", "", fold(name))


def address(rng: random.Random) -> str:
    number = f"{rng.randint(1, 140)}{rng.choice(['', '', ' bis'])}"
    street = f"[[ADRESSE|{number} {rng.choice(STREETS)}]]"
    if rng.random() < 0.7:
        postcode, city = rng.choice(CITIES)
        street += f", [[ADRESSE|{postcode} {city}]]"
    return street


def contact(rng: random.Random, pools: Pools) -> str:
    kind = rng.randrange(6)
    if kind == 0:
        phone = f"[[TEL|{corpus.make_phone(rng)}]]"
        return rng.choice([f" - portable {phone}", f" (tél {phone})", f", son numéro : {phone}",
                           f" joignable au {phone} après 18h", f" tel fixe {phone}"])
    if kind == 1:
        if rng.random() < 0.2:
            return f" née en [[DDN|{rng.randint(1930, 2012)}]]"
        date = f"[[DDN|{corpus.make_birth_date(rng)}]]"
        return rng.choice([f" née le {date}", f" ddn {date}", f", date de naiss. {date}",
                           f" (né le {date})"])
    if kind == 2:
        nir = f"[[NIR|{corpus.make_nir(rng, rng.choice('fm'))}]]"
        return rng.choice([f" NIR {nir}", f" sécu {nir}", f" n° SS {nir}"])
    if kind == 3:
        return rng.choice([" mail ", " adresse mail : ", ", email "]) + email(rng, pools)
    if kind == 4:
        return rng.choice([" domicile : ", " habite ", " séances chez elle, "]) + address(rng)
    number = rng.choice([f"{rng.randint(10**6, 10**9)}", f"MG{rng.randint(10**5, 10**7)}",
                         f"{rng.randint(100, 999)}-{rng.randint(10000, 99999)}"])
    return rng.choice([" n° adhérent ", " dossier ", " mutuelle MGEN n° "]) + f"[[ID|{number}]]"


def fill(template: str, rng: random.Random, pools: Pools) -> str:
    def value(match: re.Match[str]) -> str:
        slot_name = match[1]
        if slot_name == "p":
            return f"[[NOM|{full_name(rng, pools)}]]"
        if slot_name == "p1":
            return f"[[NOM|{name_after_honorific(rng, pools)}]]"
        if slot_name == "r":
            return f"[[NOM|{full_name(rng, pools)}]]"
        if slot_name == "given":
            return f"[[NOM|{rng.choice(pools.given)}]]"
        if slot_name == "SURNAME":
            return f"[[NOM|{surname(rng, pools).upper()}]]"
        if slot_name == "s":  # a surname alone
            last = surname(rng, pools)
            return f"[[NOM|{rng.choice([last, last.upper(), last.lower()])}]]"
        if slot_name == "h":
            return rng.choice(HONORIFICS)
        if slot_name == "relative":
            return rng.choice(RELATIVES)
        if slot_name == "relative_of":
            return rng.choice(RELATIVES_OF)
        if slot_name == "reason":
            return rng.choice(REASONS)
        if slot_name == "request":
            return fill(rng.choice(REQUESTS), rng, pools)
        if slot_name == "slot":
            return slot(rng)
        if slot_name == "staff":
            return "{{" + rng.choice(STAFF) + "}}"
        if slot_name == "phone":
            return f"[[TEL|{corpus.make_phone(rng)}]]"
        if slot_name == "contact":
            return "".join(contact(rng, pools) for _ in range(rng.choice([0, 1, 1, 2])))
        raise KeyError(slot_name)

    return _SLOT.sub(value, template)


def make_note(rng: random.Random,
              pools: Pools) -> tuple[str, list[dict[str, object]], list[dict[str, int]]]:
    no_name = rng.random() < 0.06
    template = rng.choice(pools.no_name_templates if no_name else pools.templates)
    text, spans, keep = parse(fill(template, rng, pools))
    roll = rng.random()
    typed = text.lower() if roll < 0.1 else text.upper() if roll < 0.15 else text
    if len(typed) == len(text):  # case changes must keep the offsets
        text = typed
    return text, spans, keep


def write(path: Path, pools: Pools, notes: int, seed: int, prefix: str) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for number in range(1, notes + 1):
            text, spans, keep = make_note(rng, pools)
            record = {"id": f"{prefix}{number:03d}", "text": text, "spans": spans, "keep": keep}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    checked_pools(HELD_OUT_2, EARLIER_NAMES)
    write(HERE / "deid_heldout2.jsonl", HELD_OUT_2, NOTES, SEED, "k")


if __name__ == "__main__":
    main()
