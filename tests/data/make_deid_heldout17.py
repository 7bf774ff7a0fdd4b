"""Write `deid_heldout17.jsonl`: a seventeenth held-out set for the de-identifier.

Written 2026-11-28 by a helper session asked for a blind set. Neither the engine (handlers/), its word
lists, its tests nor its benchmark were opened, and the de-identifier was not run on these notes. The
earlier sets (the corpus, the held-out sets 1 to 16 and the hard cases) were read by program only
(heldout_markup.taken_tokens), to refuse any name one of them already holds; their text was not read.

Setting: 300 call notes from May 2027 at a cabinet de kinésithérapie on La Réunion (Saint-Denis,
Saint-Pierre, Saint-Paul, Le Tampon, the Hauts, Cilaos, Salazie...). The people are those one meets
there: Créole families, Tamil "Malbar" families, Chinese Réunionnais, Muslim "Zarab" families of
Gujarati origin, Comorians and Mahorais, Malagasy, metropolitan French and tourists. Answering-machine
transcripts with a few Créole words, online-booking exports, forwarded e-mails and SMS, home visits,
relatives and carers calling, prescriptions, tiers payant, sport and school papers, work accidents;
about twenty notes all in lower case, about one note in nine with no identifier at all, one note in
seven with a harder name form (lower case, surname first or after a verb, a relative by given name or
nickname only, a surname that is an ordinary word, a particle, a double surname, a slip, brackets).

Labelling: NOM for the names of patients, relatives, carers and neighbours (a title stays outside),
never the staff (Julien Martin, Sophie Lemoine, Karim Haddad), who are kept; TEL, NIR, DDN (birth
dates only), EMAIL, ADRESSE (number or lieu-dit through postcode and town typed in one run; a town
alone is not marked) and ID (mutuelle, dossier, booking and accident numbers). Kept: appointment
slots, staff names, clinical terms, hospitals and eponyms. No doctor outside the practice is named.

Run from this folder: `../../.venv/bin/python make_deid_heldout17.py`.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

from heldout_markup import (
    STAFF,
    Cast,
    Fragments,
    Origin,
    Person,
    SlotPlaceholders,
    check_blind_set,
    check_no_staff,
    check_unlabelled,
    fold,
    join_names,
    keep,
    load_pools,
    name_parts,
    nom,
    parse,
    pick,
    pooled_names,
    refuse_used_names,
    report,
    slip,
    tag,
    taken_tokens,
    templates,
    write,
)

HERE = Path(__file__).parent
OUT = HERE / "deid_heldout17.jsonl"
# The hard cases were checked too when this set was written; they have since taken cases from it.
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 17)))
NOTES, SEED, PREFIX = 300, 17_2027, "d"
TODAY = dt.date(2027, 5, 15)
PARTICLES = {"de", "du", "des", "la", "le", "d", "l", "van", "von", "der", "da", "di", "ben", "el"}

# ---------------------------------------------------------------------------------------------
# Name pools: origin pool: names (f given, m given, s surnames); an underscore joins one name.

POOLS = """
creole f: Noéline Lisianne Mérilyne Jessye Rosiane Nella Doriane Ilona
creole m: Clency Kersley Jordy Freddy Lylian Fredo Guito Wilson
creole s: Dijoux Sinapin Tarby Gigan Rivel Baret Lautret Kerbidi Hibon Mondon Cerveaux Ducheman Vitry
    Bègue Lebihan Narayanin Gauvin Visnelda Cazanove Grosset Clotagatide Folio Fessard Poudroux Nourry Payen
malbar f: Valliamée Latchoumi Saraswati Kamala Pushpa Mouniamma Sinnamah Vaïty Kanagam Taïlamé
    Tanaletchimy Amrita Kanmani
malbar m: Sababady Soundirou Vinayagom Kichenin Ayassamy Sitanen Ponnou Cavéry Minatchy Vaïtilin Pandirane
malbar s: Kistnapoullé Tangavélou Pitchaminien Souprayen Carpanin Savrimoutou Sinaretty Odayen Candassamy
    Apavou Mourouguen Nagalingom Coupaye Arlanda Véloupoullé Sellayen Manikom-Ayen Tanguéminien
    Latchimy-Poullé Nallatamby Cadivel Soupramayen Virassamy-Minien Sandirassoupoullé
chinois f: Maguy Nicolle Lisianne Rosiane Doriane Nella
chinois m: Guylain Lylian Fredo Wilson Guito
chinois s: Chane-Foc Lai-Yu Thiaw-Wing Law-Kam-Chin Ah-Sing Chong-Fah Ah-Kiem Yee-Chong Fock-Yee
    Chan-Tung-Kwan Wong-Fat-Fong Thiaw-Kine Chane-Ki Ah-Fat Leung-Wai-Kam Tsang-Hin-Sun
zarab f: Shabana Naseem Zubeida Rukhsana Nazneen Sakina Hajra Farzana Mumtaz Shenaz Rehana
zarab m: Younous Farouk Salim Anwar Iqbal Shabir Moussa Yacoub Ismaïl-Ebrahim Faïzal Hanif Aslam
zarab s: Omarjee Akhoun Ingar Dindar Ravate Goulamhoussen Mamode Badat Kajee Valy Sidat Timol Lockhat
    Gangat Nakhuda Randeree Locate Cassam-Chenaï Amode Bhamjee Issop
comorien f: Zalifa Echati Faouzia Mouniati Hadjira Taslima Nouriati Anfiati Mariamou Chamsia Antufati
comorien m: Ansuf Soulaimana Ibnou Mouhtar Fahardine Anrifi Boinaidi Oumadi Bachirou
comorien s: Boinali Ousseni Saindou Msaidié Anzizi Msa Mdahoma Dahalani Youssouf-Mlazi Chakir Moindjié
    Soudjay
malgache f: Haingo Fanja Nirina Volana Sitraka Fanjanirina Ravaka Hasina Tahina Sandratra
malgache m: Tojo Fenosoa Toky Nomena Fetra Mamitiana Herizo Tsiry Mahery
malgache s: Rakotoarisoa Randrianarivelo Andriamanana Ravelomanantsoa Rabemananjara Andrianjafy
    Rajaonarivony Rakotondrabe Ramanantsoa Rasolofoniaina Andriantsitohaina Razanajatovo
zoreil f: Aliénor Apolonie Ilona Mérilyne
zoreil m: Eudes Colombin Guylain Kersley
zoreil s: Lhuillier Le_Gouëff Boisramé Courtecuisse Dufresnoy Vaudrémont Tourtelier Marsollier Quillévéré
    Fouquereau Blanchouin Trébuchet
touriste f: Annika Hannelore Benedetta Wiebke Ilaria Sieglinde Maartje Gudrun Annalisa
touriste m: Ruedi Maarten Wolfgang Gianluca Reto Sigurd Ansgar
touriste s: Brandhuber Schwaiger Zanotti Bellandi Van_Rensburg Oberholzer Mazzocchi Huisman Pfisterer
    Grünwald Bertolazzi
"""
# origin -> (weight, INSEE country codes of birth abroad, birth departments in France)
FACTS = {
    "creole": (30, "", "974 974 974 974 75 93"), "malbar": (14, "", "974 974 974 13"),
    "chinois": (9, "", "974 974 974 75"), "zarab": (8, "", "974 974 69"),
    "comorien": (10, "397 397 501", "974 976 976 13"), "malgache": (7, "333", "974 75"),
    "zoreil": (15, "", "35 29 33 69 31 59 67 75"), "touriste": (7, "109 127 140 135 303", ""),
}
ORIGINS, KIDS = load_pools(POOLS, {k: v for k, v in FACTS.items()})
# The harder surname forms: ordinary French words, particles, double names; nicknames ("gâté" names).
WORD_SURNAMES = ["Papillon", "Sauterelle", "Lemaçon", "Fauconnier"]
PARTICLE_SURNAMES = ["de Lanux", "de Montalembert", "du Bourguet", "de la Rochebrochard", "Le Coutour",
                     "d'Hauterive", "de Kerhuel", "de Villentroy"]
DOUBLE_SURNAMES = ["Dijoux-Tarby", "Sinapin Rivel", "Gigan-Baret", "Hibon Mondon", "Lautret-Vitry",
                   "Cerveaux-Dijoux"]
NICKNAMES = ["Mimose", "Zézette", "Titine", "Loulou", "Nono", "Popo", "Zaza", "Vava", "Dédé", "Poupette",
             "Tatane", "Toutoune", "Zozo"]
MAIDEN = ["Cerveaux", "Mondon", "Folio", "Poudroux", "Nourry", "Vitry"]


def name_words(name: str) -> set[str]:
    return name_parts(name, PARTICLES)


ALL_NAMES = pooled_names(ORIGINS, KIDS) + WORD_SURNAMES + PARTICLE_SURNAMES + DOUBLE_SURNAMES \
    + NICKNAMES + MAIDEN


# ---------------------------------------------------------------------------------------------
# The calendar (May 2027) and the identifiers

MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
OPEN_DAYS = [d for d in range(3, 32) if dt.date(2027, 5, d).weekday() < 6 and d not in (6, 8, 17)]
HOURS = ["8h", "8h30", "8h45", "9h15", "10h", "10h30", "11h15", "13h30", "14h", "14h45", "15h30", "16h15",
         "17h", "17h45", "18h15"]


def slot_text(rng: random.Random) -> str:
    """An appointment as a secretary types it: a weekday, a date or both, and an hour."""
    day = rng.choice(OPEN_DAYS)
    name, hour = DAYS[dt.date(2027, 5, day).weekday()], rng.choice(HOURS)
    shape = rng.randrange(5)
    if shape == 0:
        return f"{name} {day} mai à {hour}"
    if shape == 1:
        return f"{name[:3]}. {day:02d}/05 {hour}"
    if shape == 2:
        return f"le {day}/05 à {hour}"
    if shape == 3:
        return f"{name} {hour}"
    return f"{name} {day} à {hour}"


def full_slot(rng: random.Random) -> str:
    day = rng.choice(OPEN_DAYS)
    return f"{DAYS[dt.date(2027, 5, day).weekday()]} {day} mai 2027 à {rng.choice(HOURS)}"


def groups(digits: str, sizes: tuple[int, ...], sep: str) -> str:
    out, i = [], 0
    for size in sizes:
        out.append(digits[i:i + size])
        i += size
    return sep.join(out)


def phone(rng: random.Random, line: str = "mobile") -> str:
    """A phone number in one of the shapes typed on the island: 0262 landlines, 0692/0693 mobiles,
    +262 or 00262 from outside, spaced, dotted or run together; `line` "metro" for a mainland mobile."""
    rest = "".join(rng.choice("0123456789") for _ in range(6))
    if line == "metro":
        digits = rng.choice(["06", "07"]) + rng.choice("123456789") + "".join(
            rng.choice("0123456789") for _ in range(7))
        return rng.choice([groups(digits, (2,) * 5, " "), groups(digits, (2,) * 5, "."),
                           "+33 " + groups(digits[1:], (1, 2, 2, 2, 2), " "), digits])
    head = rng.choice(["0262", "0262", "0263"]) if line == "fixe" else rng.choice(["0692", "0693"])
    digits = head + rest
    shape = rng.randrange(8)
    if shape == 0:
        return groups(digits, (4, 2, 2, 2), " ")
    if shape == 1:
        return groups(digits, (2,) * 5, " ")
    if shape == 2:
        return groups(digits, (2,) * 5, ".")
    if shape == 3:
        return digits
    if shape == 4:
        return "+262 " + groups(digits[1:], (3, 2, 2, 2), " ")
    if shape == 5:
        return "00262 " + digits[1:]
    if shape == 6:
        return "+262" + digits[1:]
    return groups(digits, (4, 2, 2, 2), "-")


def nir(rng: random.Random, p: Person) -> str:
    """A valid-looking NIR: sex, year, month, birthplace (974 and a commune, a mainland department, or
    99 and the country), order number and key, spaced or not."""
    sex = "1" if p.sex == "m" else "2"
    head = f"{sex}{p.born.year % 100:02d}{p.born.month:02d}"
    if p.origin.abroad and (not p.origin.departments or rng.random() < 0.6):
        place = "99" + rng.choice(p.origin.abroad.split())
    else:
        dept = rng.choice(p.origin.departments)
        place = dept + f"{rng.randint(1, 24):02d}" if len(dept) == 3 else dept + f"{rng.randint(1, 399):03d}"
    body = head + place + f"{rng.randint(1, 999):03d}"
    key = 97 - int(body) % 97
    full = f"{body}{key:02d}"
    if rng.random() < 0.35:
        return full
    if place.startswith("97"):
        return groups(full, (1, 2, 2, 3, 2, 3, 2), " ")
    return groups(full, (1, 2, 2, 2, 3, 3, 2), " ")


def birth(rng: random.Random, d: dt.date) -> str:
    shape = rng.randrange(8)
    if shape == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if shape == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if shape == 2:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if shape == 3:
        return f"{d.day}/{d.month}/{d.year}"
    if shape == 4:
        return d.isoformat()
    if shape == 5:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if shape == 6:
        return f"{d.day:02d} {d.month:02d} {d.year}"
    return f"{d.day} {MONTHS[d.month - 1][:4].rstrip('.')}. {d.year}"


STREETS = ["chemin des Goyaviers", "chemin Ravine des Cabris", "rue des Flamboyants", "allée des Lataniers",
           "impasse des Tamarins", "route de Bellemène", "chemin Mutel", "rue du Général de Gaulle",
           "allée des Filaos", "chemin de la Ravine Blanche", "route des Colimaçons", "rue Sainte-Anne",
           "impasse des Vacoas", "chemin Lagourgue", "rue Amiral Lacaze", "allée des Bougainvilliers",
           "route du Piton Hyacinthe", "chemin Bras Creux", "rue des Letchis", "chemin Léopold Rambaud"]
TOWNS = [("97400", "Saint-Denis"), ("97410", "Saint-Pierre"), ("97460", "Saint-Paul"),
         ("97430", "Le Tampon"), ("97450", "Saint-Louis"), ("97440", "Saint-André"),
         ("97470", "Saint-Benoît"), ("97420", "Le Port"), ("97413", "Cilaos"), ("97433", "Salazie"),
         ("97490", "Sainte-Clotilde"), ("97418", "La Plaine des Cafres"), ("97423", "Le Guillaume"),
         ("97417", "La Montagne"), ("97421", "La Rivière Saint-Louis")]
ESTATES = ["lotissement Les Longanis", "résidence Les Jacarandas", "cité Les Camélias", "résidence Ylang",
           "lotissement Bel Air", "résidence Les Hibiscus", "cité Primat"]
LIEUX = ["lieu-dit Grand Coude", "lieu-dit Îlet à Cordes", "lieu-dit Mare à Vieille Place",
         "lieu-dit Bois Court", "lieu-dit Grand Îlet", "lieu-dit Bras Sec"]


def address(rng: random.Random) -> str:
    """A home address in one run: number (bis/ter), street, estate, building, door code, postcode, town."""
    cp, town = rng.choice(TOWNS)
    town = town.upper() if rng.random() < 0.2 else town
    number = f"{rng.randint(1, 180)}{rng.choice(['', '', '', ' bis', ' ter', 'B'])}"
    shape = rng.randrange(7)
    if shape == 0:
        return f"{number} {rng.choice(STREETS)}, {cp} {town}"
    if shape == 1:
        return f"{number} {rng.choice(STREETS)} {cp} {town}"
    if shape == 2:
        estate = rng.choice(ESTATES)
        return f"{estate}, case {rng.randint(1, 60)}, {number} {rng.choice(STREETS)}, {cp} {town}"
    if shape == 3:
        return (f"{rng.choice(ESTATES)} bât. {rng.choice('ABCDE')} {rng.randint(1, 4)}e étage porte "
                f"{rng.randint(1, 40)}, code {rng.randint(1000, 9999)}, {cp} {town}")
    if shape == 4:
        return f"{rng.choice(LIEUX)}, {cp} {town}"
    if shape == 5:
        return f"{number}, {rng.choice(STREETS)} - les Hauts - {cp} {town}"
    return f"{number} {rng.choice(STREETS).replace('chemin', 'ch.')} {cp}"


def member_id(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(rng.choice([8, 9, 10])))
    return rng.choice([digits, groups(digits, (4, 4, 2), " ").strip(), f"{rng.choice('ABMR')}{digits}"])


def dossier_id(rng: random.Random) -> str:
    return rng.choice([f"D-{rng.randint(10000, 99999)}", f"2027-{rng.randint(100, 9999):04d}",
                       f"KR{rng.randint(100000, 999999)}", f"n°{rng.randint(40000, 89999)}"])


def booking_ref(rng: random.Random) -> str:
    letters = "ABCDEFGHJKMNPQRSTUVWXYZ23456789"
    head = "".join(rng.choice(letters) for _ in range(3))
    return head + "-" + "".join(rng.choice(letters) for _ in range(5))


def email(rng: random.Random, given: str, surname: str) -> str:
    g = re.sub(r"[^a-z]", "", fold(given))
    s = re.sub(r"[^a-z]", "", fold(surname))
    local = rng.choice([f"{g}.{s}", f"{g}{s}{rng.randint(1, 99)}", f"{g[0]}{s}", f"{s}.{g}974", f"{g}_{s}"])
    domain = rng.choice(["gmail.com", "orange.fr", "wanadoo.fr", "hotmail.fr", "outlook.re", "yahoo.fr",
                         "laposte.net", "icloud.com", "zeop.re"])
    return f"{local}@{domain}"


# ---------------------------------------------------------------------------------------------
# People

KIN = [("fille", "f"), ("fils", "m"), ("mari", "m"), ("femme", "f"), ("mère", "f"), ("père", "m"),
       ("sœur", "f"), ("frère", "m"), ("petite-fille", "f"), ("petit-fils", "m"), ("belle-fille", "f"),
       ("nièce", "f"), ("neveu", "m"), ("concubin", "m"), ("compagne", "f")]
SAME_NAME = ("fille", "fils", "père", "frère", "sœur", "petit-fils", "petite-fille")
CARER_ROLES = {"f": ["l'aide à domicile", "l'auxiliaire de vie", "l'infirmière libérale", "la voisine",
                     "l'assistante sociale"],
               "m": ["l'aide à domicile", "l'auxiliaire de vie", "l'infirmier libéral", "le voisin"]}
CLINICAL = ["lombalgie", "entorse de cheville", "rééducation post-LCA", "capsulite", "PTH", "PTG",
            "tendinopathie de la coiffe", "BPCO", "séquelles d'AVC", "drainage lymphatique",
            "maladie de Parkinson", "manœuvre d'Epley", "syndrome de Guillain-Barré", "maladie de Dupuytren",
            "Osgood-Schlatter", "cervicalgie", "fracture du poignet", "rééducation périnéale",
            "kiné respiratoire", "lombosciatique", "prothèse d'épaule", "syndrome de De Quervain"]
HOSPITALS = ["CHU Félix-Guyon", "CHU Sud", "GHER", "CHOR", "clinique Sainte-Clotilde",
             "clinique Les Flamboyants", "CHU de Bellepierre", "centre de rééducation de Sainte-Clotilde"]
URGENT = ["URGENT", "urgent", "à rappeler vite", "PRIORITAIRE", "ASAP"]
PLACES = ["Saint-Denis", "Saint-Pierre", "Saint-Paul", "Le Tampon", "Saint-Louis", "Saint-André",
          "Saint-Benoît", "Le Port", "Cilaos", "Salazie", "Sainte-Clotilde", "Bras-Panon"]


def person(rng: random.Random, origin: Origin | None = None, sex: str | None = None,
           years: tuple[int, int] = (1934, 2014)) -> Person:
    if origin is None:
        origin = ORIGINS[pick(rng, {k: v[0] for k, v in FACTS.items()})]
    sex = sex or rng.choice("fm")
    given = rng.choice(origin.given_f if sex == "f" else origin.given_m)
    born = dt.date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))
    return Person(given, rng.choice(origin.surnames), sex, origin, born)


def cast(rng: random.Random) -> Cast:
    patient = person(rng)
    noun, sex = rng.choice(KIN)
    relative = person(rng, patient.origin, sex)
    shares = noun in SAME_NAME or rng.random() < 0.4
    if shares:
        relative.surname = patient.surname
    carer = person(rng, sex="m" if rng.random() < 0.2 else "f", years=(1960, 2000))
    kid = person(rng, patient.origin, years=(2010, 2020))
    kid.surname = patient.surname
    role = rng.choice(CARER_ROLES[carer.sex])
    return Cast(patient, relative, (noun, sex, shares), carer, role, kid, patient)


# ---------------------------------------------------------------------------------------------
# Templates: one a line, an indented line going on with the one above; `\n` starts a new line.

MACHINE = """
Répondeur 8h02 : {p} pour son rdv de {slot}, li peut pas venir, rappeler au {tel}
Msg répondeur : bonjour c'est {pg} {ps}, mi appelle pour la séance de {slot}, mon numéro {tel}, merci
Répondeur (samedi) : {pt} demande si séance {slot} maintenue, lé malade. Tel {tel}
Message laissé à 12h40 : {mykin_said} — rappeler {tel} avant {slot}
Répondeur : {p}, ddn {ddn}, veut commencer la rééduc pour {clin}, ordo faite, tel {tel}
répondeur 18h55 : {pg} {ps} lé bloqué à {town}, route coupée, séance {slot} annulée. rappel {tel}
Répondeur : {pt} rappelle pour la 3e fois, personne n'a rappelé. {urg}. {tel} ou fixe {fixe}
Msg vocal 7h48 : c'est {rn}, {kin_of}, zot i peut passer le matin ? tel {tel}
Répondeur, appel masqué : {p} annule {slot}, pas de numéro laissé
Transcription répondeur : "oui bonjour, {pg} {ps} à l'appareil, mi voudrait décaler mon rdv de {slot}
    à {slot2} si possible, mon portable c'est le {tel}, merci"
Répondeur : {pt} demande un rdv pour {clin} suite sortie {hosp}. Rappeler {tel} (après 14h)
Message : {carer} appelle pour {pt}, ne pourra pas l'amener {slot}, tel {tel}
"""

NEW = """
Nouveau patient : {p}, né(e) le {ddn}, {clin}, ordo du 03/05, 10 séances. Tel {tel}. Rdv {slot} avec {staff}
Nouvelle pec : {pfull} — ddn {ddn} — NIR {nir} — mut. {mut} — tel {tel}
Création dossier {dos} : {p}, date de naissance {ddn}, adresse {addr}, portable {tel}
1er rdv {slot} pour {p} ({clin}), vient avec l'ordo et la carte vitale. tel {tel}
Appel de {p} : ordo pour {clin} après {hosp}, dispo {slot}. Née le {ddn}. Mail : {email}
{pfull} / ddn {ddn} / tel {tel} / {clin} / 15 séances / rdv {slot} avec {staff}
Patient adressé par le médecin traitant : {p}, {age}, {clin}. Coordonnées : {tel}, {email}
Nouvelle patiente {pt} ({age}), rééduc {clin}, souhaite {staff}. Ddn {ddn}, NIR {nir}
Inscription {p} pour {clin}. CSS oui, n° adhérent {mut}. Tel {tel}. 1re séance {slot}
NP : {p}\\nDDN : {ddn}\\nTél : {tel}\\nMotif : {clin}\\nRdv : {slot} ({staff})
Prise en charge {clin} : {pt}, né(e) le {ddn} à {town}, NIR {nir}. Rappeler {tel} pour confirmer {slot}
{p} veut des séances pour {clin}, pas d'ordo encore, rappelle quand il l'a. tel {tel}
"""

MOVE = """
{p} décale {slot} -> {slot2}. OK {staff}
Annulation {pt} {slot} (fièvre), reporte {slot2}. Tel {tel}
{pt} a appelé : retard de 20 min {slot}, embouteillage sur la route des Tamarins
Rdv {slot} de {p} annulé, pas de report pour l'instant, rappeler au {tel}
Décalage : {p} passe de {slot} à {slot2} avec {staff}
{pt} absent {slot} sans prévenir, 2e fois. Appeler au {tel}
Report {p} : {slot} impossible (travail), propose {slot2}, confirmé par SMS au {tel}
{p} demande à avancer sa séance, dispo {slot} ou {slot2}. Tel {tel}
{pt} : annule toutes les séances de la semaine, part à Maurice, reprend {slot}
Annul. {p} {slot} - {urg} - créneau libre à redonner
"""

VAD = """
VAD {slot} chez {p}, {addr}. Tel {tel}. Portail vert, chien gentil
Visite à domicile pour {pt} ({age}), {clin}. Adresse : {addr}. Fixe {fixe}
VAD demandée par {carer} pour {pt} : {addr}, {slot}, tel aidante {tel}
Domicile {p} : {addr} — code portail au tel, appeler {tel} en arrivant
VAD {clin} : {p}, {addr}, à partir de {slot}. {staff} y va
Changement d'adresse {pt} : maintenant {addr}. Séances à domicile maintenues {slot}
{mykin_said}, la VAD se fait désormais chez elle : {addr}, tel {tel}
VAD Cilaos : {p}, {addr}, le taxi ne monte pas le vendredi, prévoir {slot}
Domicile {pt}, {addr}, fixe {fixe}, portable de {kin} {rg} : {tel2}
"""

FAMILY = """
{kin_cap} de {pt} ({rg}) appelle : chute hier à la maison, hier, séance {slot} reportée. Tel {tel}
Appel de {rn}, {kin_of}, pour les séances de kiné respiratoire. Rappel {tel}
{rg} {rs}, {kin_of}, demande si on peut faire les séances le matin. tel {tel}
C'est {kin_of} ({rg}) qui gère les rdv maintenant : {tel}, mail {remail}
{carer} signale que {pt} refuse la séance {slot}. Rappeler {kin} au {tel}
{kin_cap} {rg} demande une attestation de présence pour {pt} ({kid_free})
La voisine de {pt}, {cn}, dit qu'il n'y a personne à la maison. Tel voisine {tel}
{rn} ({kin_of}) : {pt} hospitalisé(e) au {hosp}, suspendre les séances
{kin_cap} de {p} appelle pour la ddn sur la feuille de soins : {ddn}. Tel {tel}
Message de {rg} : "mi appelle pour {pt}, li lé fatigué, pas de séance {slot}" - {tel}
"""

BOOKING = """
[Réservation en ligne] Réf. {ref}\\nPatient : {pfull}\\nNé(e) le : {ddn}\\nTél : {tel}\\nE-mail : {email}\\n
    Praticien : {staff}\\nCréneau : {fslot}\\nMotif : {clin}
Export agenda en ligne — {fslot} — {pfull} — {tel} — {email} — réf {ref}
Résa web {ref} : {p}, premier rdv, motif {clin}, {slot} avec {staff}
[Agenda en ligne] Annulation par le patient : {pfull}, {fslot}, réf. {ref}
[Réservation en ligne] Nouveau rdv\\nNom : {ps_caps}\\nPrénom : {pg}\\nDate de naissance : {ddn}\\n
    Portable : {tel}\\nRdv : {fslot} ({staff})
Résa en ligne doublon pour {p} ({ref}), garder {slot}, supprimer l'autre
"""

MAIL = """
Mail transféré de {email} : "Bonjour, je suis {pg} {ps}, je voudrais un rdv pour {clin}. Mon numéro : {tel}"
De : {email}\\nObjet : ordonnance\\n{p} vous envoie son ordonnance en PJ, rdv souhaité {slot}
Fwd: mail de {rn} ({remail}), {kin_of}, au sujet de {pt} : demande de VAD
Mail reçu : {pt} envoie l'attestation CSS et sa mutuelle (adhérent {mut}). Répondre à {email}
Objet : certificat de course\\nDe : {email}\\n{p}, né le {ddn}, demande un certificat pour le Grand Raid
Mail de {pg} {ps} : change d'adresse mail -> {email}, garder le portable {tel}
Courriel de {carer} ({cemail}) pour {pt} : séances à décaler après {slot}
"""

SMS = """
SMS reçu du {tel} : "c {pg}, mi sra en retard 10 min" - rdv {slot}
SMS {tel} : {p} confirme {slot}
SMS de {rg} ({tel}) : "{pg} lé pas bien, li vient pas demain"
SMS transféré : "Bonjour c'est {pg} {ps}, je peux venir {slot2} au lieu de {slot} ?" ({tel})
SMS du {tel} (pas de nom) : annule {slot}. Retrouvé : c'est {p}
Rappel SMS envoyé à {p} ({tel}) pour {slot}, pas de réponse
"""

ADMIN = """
Tiers payant {p} : carte vitale pas à jour, NIR {nir}, mut. {mut}
{pt} : attestation CSS expirée, ramener la nouvelle {slot}. Dossier {dos}
Mutuelle de {p} refuse le tiers payant, n° adhérent {mut}. Rappeler {tel}
Feuille de soins rejetée : {pfull}, NIR {nir}, ddn {ddn}
{p} demande une facture pour sa mutuelle (n° {mut}), envoyer à {email}
Dossier {dos} : {pt}, erreur de ddn ({ddn}), corriger dans le logiciel
Régularisation tiers payant {pfull} — NIR {nir} — adhérent {mut} — tel {tel}
{pt} : pec 100 % ALD, ordo renouvelée, {clin}. Dossier {dos}
Rejet CPAM pour {p} : NIR saisi {nir}, à vérifier avec lui au {tel}
"""

SPORT = """
Certificat surf pour {kid_free} ({kid_age}), né le {kddn} : le parent {pg} {ps} rappelle au {tel}
    (zone surveillée seulement, arrêté requin)
{p} (trail, prépa Grand Raid) : {clin}, veut des séances avant la Diagonale. Tel {tel}
Club de foot : {kid_free}, né le {kddn}, {clin}, la maman rappelle au {tel}
Papier pour l'école de {kid_free} : dispense de sport 3 semaines, rdv {slot}. Parent : {pt}, tel {tel}
{p}, licencié au club de foot de Saint-Pierre, entorse au match, rdv {slot} avec {staff}
Surf : {p}, épaule, veut reprendre vite malgré la zone fermée. Rdv {slot}. Tel {tel}
Trail de Bourbon : {pfull}, ddn {ddn}, bilan {clin}, mail {email}
"""

WORK = """
AT {p} : chute d'échafaudage sur chantier, {clin}, n° AT {atn}. Tel {tel}
Accident du travail coupe de la canne : {pfull}, ddn {ddn}, NIR {nir}, n° AT {atn}
{pt}, docker au Port, AT lombaire, séances {slot}. Employeur faxe la déclaration. Tel {tel}
AT hôtel (femme de chambre) : {p}, {clin}, ordo + déclaration AT {atn}. Rdv {slot}
Accident de trajet {p} (scooter, route du Littoral), {clin}, n° AT {atn}, tel {tel}
Planteur à {town} : {p}, {clin} après coupe de canne, NIR {nir}. Rdv {slot}
"""

TOURIST = """
Touriste : {p}, en vacances à Saint-Gilles, {clin} après randonnée, tel {metro}. Rdv {slot}
{p} (tourist, speaks English), ankle sprain at Piton des Neiges, tel {metro}, séance {slot}
Vacancière {pt}, logée au gîte, ddn {ddn}, pas de carte vitale, paie en espèces. Rdv {slot}
{p} en métropole jusqu'au 20, joignable au {metro}, reprend {slot}
Zoreil nouvellement arrivé : {p}, {clin}, mutuelle {mut}, tel {metro}
"""

BARE = """
Appel du labo d'orthèses : semelles prêtes, à récupérer au cabinet {slot}
Panne de la table électrique salle 2, prévenir {staff} avant {slot}
{staff} absent {slot}, décaler les séances sur {staff2}
Coupure d'eau prévue dans le quartier {slot}, cabinet ouvert quand même
Fournisseur : livraison des bandes de K-tape reportée à {slot}
Rappel : réunion d'équipe {slot}, ordre du jour planning des VAD des Hauts
Alerte cyclone orange : cabinet fermé {slot}, rappeler les patients du matin
Appel anonyme pour les tarifs du drainage lymphatique, pas de nom laissé
Le CHU Sud demande nos dispos pour des rééduc post-PTH, {staff} rappelle
Quelqu'un a oublié un parapluie et des claquettes salle d'attente
Route des Hauts fermée (éboulis), VAD de {staff} reportées {slot}
Stagiaire de l'IFMK présent {slot} avec {staff}
Ménage du cabinet déplacé à {slot}
Imprimante en panne, feuilles de soins papier ce matin
Un patient demande si on prend les séances de kiné respiratoire le samedi : oui, {slot}
Appel de la pharmacie pour un fauteuil roulant en location, rappeler {slot}
"""

HARD_GENERIC = """
{p} appelle pour {clin}, ordo du 02/05, rdv {slot} avec {staff}. Tel {tel}
Rdv {slot} pour {pt} ({clin}), VAD : {addr}
{p} : décale {slot} -> {slot2}, prévenu par SMS au {tel}
Dossier {p}, ddn {ddn}, mut. {mut} — séances {clin}
Nouveau : {p}, né(e) le {ddn}, tel {tel}, {clin}
"""

HARD_SPECIFIC = {
    "surname first": """
{sf} a rappelé ce matin, séance {slot} ok, tel {tel}
{sf} {pg} pour {clin}, dispo {slot}
{sf} absent {slot}, rappeler au {tel}
{sf} demande la facture de mai, à envoyer à {email}
""",
    "after verb": """
Rappeler {psn} au {tel} pour confirmer {slot}
Prévenir {pgn} que {staff} est absent {slot}
Demander à {psn} l'ordo pour {clin}, rdv {slot}
Relancer {psn} pour la carte de mutuelle ({mut})
""",
    "kin by given name": """
{rgo} ({kin_of}) a appelé pour {pt}, séance {slot} annulée. Tel {tel}
C'est {rgo} qui amène {pt} {slot}, attendre en bas
Rappeler {rgo} au {tel} (pour {pt})
""",
    "nickname": """
{pt} : c'est {nick} ({kin_of}) qui appelle, séance {slot} annulée. Tel {tel}
Message de {nick}, {kin_of}, li demande si rdv {slot} lé maintenu
{p} viendra avec {nick} {slot}, tel {tel}
Pour {pt}, appeler plutôt {nick} ({kin_of}) au {tel}
""",
    "slip": """
{p} rappelle, rdv {slot}. Attention dossier au nom de {pslip} (faute de frappe)
Mail de {pslip} ({email}) : c'est {p}, pour la séance {slot}
{pslip} a appelé pour {clin} — en fait {p}, tel {tel}
""",
    "brackets": """
Mme {ps} ({maiden}) rdv {slot}, tel {tel}
{pg} ({psn}) rappelle pour {clin}, {slot}
Patient : {p} ({nick}) — ddn {ddn} — tel {tel}
""",
}

ORDO = """
Ordo reçue par fax pour {p} : 20 séances {clin}, à domicile. Ddn {ddn}. Tel {tel}
Photo de l'ordo envoyée par WhatsApp du {tel} : {pfull}, {clin}, 12 séances
{pt} a perdu son ordo, demander un duplicata au médecin traitant. Rdv {slot} maintenu
Renouvellement ordo {p} ({clin}) : 10 séances de plus, NIR {nir}
Ordo illisible pour {pt}, rappeler la pharmacie ou le patient au {tel}
{p} : ordo de plus d'un an, refaire avant {slot}. Mut. {mut}
Ordo {clin} pour {pt}, née le {ddn}, séances en balnéo demandées : on n'a pas de bassin
"""

SCENARIOS: list[tuple[str, int]] = [
    (MACHINE, 13), (NEW, 14), (MOVE, 12), (VAD, 11), (FAMILY, 11), (BOOKING, 7), (MAIL, 7), (SMS, 7),
    (ADMIN, 8), (SPORT, 6), (WORK, 6), (TOURIST, 4), (ORDO, 6),
]
HARD_KINDS = ["lower", "surname first", "after verb", "kin by given name", "nickname", "word surname",
              "particle", "double surname", "slip", "brackets"]


# ---------------------------------------------------------------------------------------------
# The writer of one note


def title(p: Person) -> str:
    return "Mme" if p.sex == "f" else "M."


class Writer(SlotPlaceholders):
    """Fills a template: each `{name}` is the method of that name, which draws from the note's cast."""

    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random, c: Cast, hard: str | None, taken: set[str]) -> None:
        self.rng, self.c, self.hard, self.taken = rng, c, hard, taken
        self.staff_used: list[str] = []
        self.nickname: str | None = None

    def fill(self, template: str) -> str:
        text = re.sub(r"\{(\w+)\}", lambda m: getattr(self, m.group(1))(), template)
        return text.replace("\\n", "\n")

    # the patient
    def surname(self) -> str:
        s = self.c.patient.surname
        return s.upper() if self.rng.random() < 0.35 and self.hard != "lower" else s

    def low(self, text: str) -> str:
        return text.lower() if self.hard == "lower" else text

    def p(self) -> str:
        pat, shape = self.c.patient, self.rng.randrange(5)
        given, surname = pat.given, self.surname()
        if shape == 0:
            return f"{title(pat)} {nom(self.low(f'{surname} {given}'))}"
        if shape == 1:
            return nom(self.low(f"{surname.upper()} {given}"))
        if shape == 2:
            return f"{title(pat)} {nom(self.low(f'{given} {surname}'))}"
        return nom(self.low(f"{given} {surname}"))

    def pfull(self) -> str:
        return nom(self.low(f"{self.c.patient.surname.upper()} {self.c.patient.given}"))

    def pt(self) -> str:
        return f"{title(self.c.patient)} {nom(self.low(self.surname()))}"

    def pg(self) -> str:
        return nom(self.low(self.c.patient.given))

    def ps(self) -> str:
        return nom(self.low(self.surname()))

    def ps_caps(self) -> str:
        return nom(self.c.patient.surname.upper())

    def sf(self) -> str:
        return nom(self.c.patient.surname)

    psn = ps
    pgn = pg

    def pslip(self) -> str:
        full = f"{self.c.patient.given} {self.c.patient.surname}"
        for _ in range(20):
            slipped = slip(full, self.rng)
            if slipped != full and not name_words(slipped) & self.taken:
                return nom(slipped)
        return nom(full.upper())

    def maiden(self) -> str:
        return nom(self.rng.choice(MAIDEN))

    def nick(self) -> str:
        return nom(self.nickname or self.c.relative.given)

    def age(self) -> str:
        return f"{age_on(self.c.patient)} ans"

    def ddn(self) -> str:
        return tag("DDN", birth(self.rng, self.c.patient.born))

    def nir(self) -> str:
        return tag("NIR", nir(self.rng, self.c.patient))

    def email(self) -> str:
        return tag("EMAIL", email(self.rng, self.c.patient.given, self.c.patient.surname))

    # relatives, carers, children
    def kin_of(self) -> str:
        noun, sex, _ = self.c.kin
        return possessive_of(noun, sex)

    def kin(self) -> str:
        return self.kin_of()

    def kin_cap(self) -> str:
        noun, sex, _ = self.c.kin
        text = f"l'{noun}" if noun[0] in "aeéiou" else ("la " if sex == "f" else "le ") + noun
        return text[0].upper() + text[1:]

    def rg(self) -> str:
        return nom(self.low(self.c.relative.given))

    rgo = rg

    def rs(self) -> str:
        return nom(self.low(self.c.relative.surname))

    def rn(self) -> str:
        r = self.c.relative
        return nom(self.low(f"{r.given} {r.surname.upper() if self.rng.random() < 0.4 else r.surname}"))

    def remail(self) -> str:
        return tag("EMAIL", email(self.rng, self.c.relative.given, self.c.relative.surname))

    def mykin_said(self) -> str:
        noun, sex, _ = self.c.kin
        article = f"l'{noun}" if noun[0] in "aeéiou" else ("la " if sex == "f" else "le ") + noun
        return f"{article} de {self.pt()}, {self.rn()}, a appelé"

    def cn(self) -> str:
        return nom(self.low(f"{self.c.carer.given} {self.c.carer.surname}"))

    def carer(self) -> str:
        k = self.c.carer
        if self.rng.random() < 0.5:
            return f"{self.c.carer_role} ({nom(self.low(k.given))})"
        return f"{self.c.carer_role}, {title(k)} {nom(self.low(k.surname))}"

    def cemail(self) -> str:
        return tag("EMAIL", email(self.rng, self.c.carer.given, self.c.carer.surname))

    def kid_free(self) -> str:
        k = self.c.kid
        return nom(self.low(k.given if self.rng.random() < 0.3 else f"{k.given} {k.surname}"))

    def kid_age(self) -> str:
        return f"{age_on(self.c.kid)} ans"

    def kddn(self) -> str:
        return tag("DDN", birth(self.rng, self.c.kid.born))

    # numbers and places
    def tel(self) -> str:
        line = "metro" if self.c.patient.origin.name == "touriste" else "mobile"
        return tag("TEL", phone(self.rng, line))

    tel2 = tel

    def fixe(self) -> str:
        return tag("TEL", phone(self.rng, "fixe"))

    def metro(self) -> str:
        return tag("TEL", phone(self.rng, "metro"))

    def addr(self) -> str:
        return tag("ADRESSE", address(self.rng))

    def mut(self) -> str:
        return tag("ID", member_id(self.rng))

    def dos(self) -> str:
        return tag("ID", dossier_id(self.rng))

    def ref(self) -> str:
        return tag("ID", booking_ref(self.rng))

    def atn(self) -> str:
        r = self.rng
        return tag("ID", f"{r.randint(20, 27)}-{r.randint(100, 999)} {r.randint(100, 999)}")

    def town(self) -> str:
        return self.rng.choice(PLACES)

    # what is kept
    def staff(self) -> str:
        name = self.rng.choice([s for s in STAFF if s not in self.staff_used] or STAFF)
        self.staff_used += [name, name.split()[0]]
        return keep(name)

    staff2 = staff

    def clin(self) -> str:
        return keep(self.rng.choice(CLINICAL))

    def hosp(self) -> str:
        return keep(self.rng.choice(HOSPITALS))

    def urg(self) -> str:
        return keep(self.rng.choice(URGENT))


def possessive_of(noun: str, sex: str) -> str:
    return f"son {noun}" if sex == "m" or noun[0] in "aeéiou" else f"sa {noun}"


def age_on(p: Person) -> int:
    return TODAY.year - p.born.year - ((TODAY.month, TODAY.day) < (p.born.month, p.born.day))


# ---------------------------------------------------------------------------------------------
# The set


class Notes:
    """Draws the notes in order; the quotas (lower case, harder forms, notes without an identifier)
    follow the note's number, so that no seed has to be hunted for."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = taken
        self.n = 0
        self.flags: list[set[str]] = []
        self.hard = 0

    def __call__(self, rng: random.Random) -> Fragments:
        self.n += 1
        n = self.n
        hard = HARD_KINDS[(n // 7) % len(HARD_KINDS)] if n % 7 == 3 else None
        bare = n % 8 == 5 and hard is None
        lower = n % 15 == 7
        c = cast(rng)
        flags: set[str] = set()
        if hard == "word surname":
            c.patient.surname = rng.choice(WORD_SURNAMES)
        elif hard == "particle":
            c.patient.surname = rng.choice(PARTICLE_SURNAMES)
        elif hard == "double surname":
            c.patient.surname = rng.choice(DOUBLE_SURNAMES)
        elif hard == "brackets":
            c.patient.sex = "f"
            c.patient.given = rng.choice(c.patient.origin.given_f)
        w = Writer(rng, c, hard, self.taken)
        if hard == "nickname" or (hard == "brackets" and rng.random() < 0.3):
            w.nickname = rng.choice(NICKNAMES)
        if bare:
            template = rng.choice(templates(BARE))
            flags.add("no identifier")
        elif hard in HARD_SPECIFIC:
            template = rng.choice(templates(HARD_SPECIFIC[hard]))
        elif hard:
            template = rng.choice(templates(HARD_GENERIC))
        else:
            block, template = draw_block(rng)
            flags.add(block)
            if block == "tourist":  # a visitor or a newcomer from the mainland, not an islander
                c.patient = person(rng, ORIGINS[rng.choice(["zoreil", "touriste"])])
        text = w.fill(template)
        if not bare:
            flags.add(c.patient.origin.name)
        if rng.random() < 0.4:  # who took the call
            text += rng.choice([" — {}", " (pris par {})", " / {}"]).format(w.staff())
        if hard:
            flags.add(f"hard: {hard}")
            self.hard += 1
        fragments = parse(text)
        if lower:
            fragments = [(piece.lower(), kind) for piece, kind in fragments]
            flags.add("lower-case note")
        self.flags.append(flags)
        return join_names(fragments)


BLOCK_NAMES = {id(MACHINE): "answering machine", id(NEW): "new patient", id(MOVE): "moved or cancelled",
               id(VAD): "home visit", id(FAMILY): "relative or carer", id(BOOKING): "online booking",
               id(MAIL): "e-mail", id(SMS): "SMS", id(ADMIN): "tiers payant", id(SPORT): "sport or school",
               id(WORK): "work accident", id(TOURIST): "tourist", id(ORDO): "prescription"}


def draw_block(rng: random.Random) -> tuple[str, str]:
    block = rng.choices([s for s, _ in SCENARIOS], [w for _, w in SCENARIOS])[0]
    return BLOCK_NAMES[id(block)], rng.choice(templates(block))


def main() -> None:
    taken = taken_tokens(OUT, EARLIER)
    refuse_used_names(ALL_NAMES, name_words, taken)
    notes = Notes(taken)

    def check(r: dict) -> None:
        check_unlabelled(r, name_words)
        check_no_staff(r, name_words)

    def check_set(records: list[dict]) -> None:
        check_blind_set(records, NOTES, name_words, taken, staff_share=0.3, bare=(0.10, 0.20))

    records = write(OUT, PREFIX, NOTES, SEED, notes, check, check_set)
    report(records, OUT, notes.flags, notes.hard)
    blocks = [b for b, _ in SCENARIOS] + [BARE, HARD_GENERIC, *HARD_SPECIFIC.values()]
    count = sum(len(templates(b)) for b in blocks)
    print(f"templates: {count}")


if __name__ == "__main__":
    main()
