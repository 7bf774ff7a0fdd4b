"""Blind held-out set 36 for the de-identifier: 300 call notes of a kinésithérapie practice in Picardy:
the Somme, the Aisne and the Oise.

Written on 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists, the
tests nor bench were opened, and the de-identifier was not run on the notes. The earlier sets (the
corpus, held-out sets 1 to 35, the hard cases) were read by program only, through
heldout_markup.taken_tokens, to refuse every name word they hold; the checks print counts only.

The setting: a remote secretariat answers for a practice in April 2029 whose patients live around
Amiens, Abbeville, Saint-Quentin, Beauvais, Compiègne and Soissons and in their villages: farmers and
sugar-beet workers, workers of logistics warehouses, of Amazon and of the plants, commuters to Paris,
retirees of the Baie de Somme, families of Picard, Polish, Portuguese, Maghrebi, Congolese, Roma and
Turkish origin, students of Amiens, children and babies. The notes are what such a secretariat types
in a hurry: phone messages, lines of a booking export, forwarded SMS and e-mails, relatives calling
for someone, prescriptions and mutuelles, work accidents, home visits; some in lower case, a few in
capitals, with abbreviations and slips of the keyboard. About one note in nine carries no identifier
at all, about one in seven names its patient in a harder form (an initial, a maiden name, a name
spelled out or misspelled, a surname glued to its title, in capitals or in lower case).

Labelling: NOM for patients, relatives, carers and neighbours, given names and surnames (a title such
as M., Mme or Mlle stays outside the span); the practice's staff (deid_staff.json) are never NOM and
their names are kept. TEL for phone numbers, NIR for social security numbers (15 characters, spaced
or not), DDN for birth dates only, EMAIL, ADRESSE from the house number or the lieu-dit through the
postcode and the town in one run (a town alone is not marked), ID for mutuelle member, dossier,
booking, licence and accident numbers (the number only). Appointment slots, staff names, clinical
terms, hospitals and eponyms are kept ([[K|…]]); companies, clubs, schools and employers are plain
text; no doctor outside the practice is named.

Run from tests/data: ../../.venv/bin/python make_deid_heldout36.py
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import heldout_markup as hm
from heldout_markup import keep, nom, tag

NOTES = 300
SEED = 36_2027
PREFIX = "bk"
HERE = Path(__file__).parent
OUT = HERE / "deid_heldout36.jsonl"
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 36)),
           "deid_hard_cases.jsonl")
TODAY = dt.date(2029, 4, 9)
PARTICLES = {"de", "la", "le", "du", "d", "l", "n", "el", "ben", "da", "dos", "van"}

# origin: weight, INSEE country codes of birth abroad, birth departments in France
FACTS = {
    "picard": (44, "", "80 80 80 02 02 60 60 59 62 76"),
    "polish": (7, "122", "80 02 59 62"),
    "portuguese": (9, "139", "80 60 02"),
    "maghreb": (15, "352 352 350 351", "80 60 02 95"),
    "congo": (8, "312 324", "80 60 75"),
    "roma": (5, "114", "80 02 60 59"),
    "turkish": (7, "208", "60 02 80"),
}

POOL_TABLE = """
picard f: Fifine Phrasie Titine Marylore Josyanne Lydwine Rolandine Huguelette Maryjane Jeanick
  Évelise Marivonne Armelline Nicoline
picard m: Fuscien Gentien Domice Évode Lupicin Isambart Marculf Nivard Ghislin Josquin Wulfrand
  Wallerand Enguerran Tassin Wautier Hellin Gossuin Wibert
picard s: Flahaut Boulfroy Dournel Cagnard Hecquet Boitel Mortreux Quennehen Pruvot Haudiquet Tripier
  Bécu Flouquet Dovergne Caffier Queval Wacquez Hucliez Maquinghen Bruniaux Huleux Ringot Dacquin
  Grébert Lengrand Tellart Damay Dheilly Choquet Leullier Mopin Huart Gobert Lotard Manessier Sohier
picard kf: Thyana Lizzie Naïlys Ezilda Maylie Shaïly Elyzia Mahëlle Jelyna Romya Sohanne Léanor
picard km: Lyhan Thyam Eliam Lyano Kenzy Eldan Loévan Maëron Nohé Saël Thaël Enoha Kaelan Liham
  Taïlo Maxton Evaël Joaly
polish f: Marzena Lucyna Kunegunda Wanda Bronka Jadzia Leontyna Izydora Józefina Ksenia Laurencja
  Marcjanna Otylia Petronela Salomea Zyta
polish m: Wacław Józef Jarosław Radosław Onufry Protazy Rafał Serafin Tymoteusz Wincenty Zdzich
  Zbyszek Rysiek Mietek Staszek Heniek
polish s: Mazurkiewicz Szymczak Olejniczak Kołodziej Przybył Śliwiński Dziedzic Kaźmierczak Bartoszewicz
  Grzybowski Wilczyński Zalewski Domagała
portuguese f: Idalete Joselina Maricélia Sãozinha Juvelina Leocádia Maurícia Orlanda Pureza Rosalda
portuguese m: Delmiro Eleutério Fernandino Celsino Durvalino Ermelindo Tarcísio Valdomiro Adelmo
portuguese s: Arouca Tondela Valongo Baião Sabrosa Tabuaço Quelhas Salvado Teixugo Barradas Chambel
  Falcato Pisco Ruivo Sacramento
maghreb f: Tlaitmas Zehor Hadjila Gamra Hanifa Khaldia Hadhoum
maghreb m: Rahmoun Snouci Zerrouk Ghalem Lahouari
maghreb s: Hachemaoui Kasmi Meghraoui Younsi Djerrah Fettah Gaceb Terbeche Zebboudj
maghreb kf: Assil Ritej Maysa Tasnim Joud Ayline
maghreb km: Ziyad Souheyl Eyaad Anir Idris Hamdane
congo f: Biaba Mwika Ndaya Kabedi Tshilanda Mbelu Bilonda Kasenda Nsamba Lutumba Mafuta Nkembo
  Tshibola Kapuku Mauwa
congo m: Nsenga Tshiamala Kabasele Bunzi Lusala Mboso
congo s: Bakambu Mbuyamba Kabamba Muteba Banza Kayembe Nsakala Mbiya
roma f: Nouchka Tchaïa Aurica Narcisa Paraschiva Leonora Sanda Floarea
roma m: Sandel Vasilică Romică Fănică Gelu Mirel Zamfir Gigel Marinel Ionel Chavo Pitou
roma s: Gabor Rudaru Zanelli Argintaru Bidea Ferariu
turkish f: Lütfiye Mürvet Nazife Vesile Behiye Cemaliye Hüsniye Kamile Makbule Zekiye
turkish m: Abdurrahman Sıddık Cemalettin Hayrettin Zekeriya Nurullah Güven Hikmet İsmet
turkish s: Çelikkol Elmacı Gümüş Değirmenci Ersoy Göçmen Oflaz Sazak Tandoğan Demirbilek Ertaş Gökdemir
"""

ORIGINS, KIDS = hm.load_pools(POOL_TABLE, FACTS)
KID_POOL = {"picard": "picard", "polish": "picard", "portuguese": "picard", "roma": "picard",
            "maghreb": "maghreb", "turkish": "maghreb", "congo": "congo"}


def name_words(name: str) -> set[str]:
    return hm.name_parts(name, PARTICLES)


def all_pooled() -> list[str]:
    names = hm.pooled_names(ORIGINS, KIDS)
    return names + [hm.slavic_form(s, "f") for s in ORIGINS["polish"].surnames]


# ---------------------------------------------------------------------------------------------
# Places, numbers, slots

TOWNS = [  # town, postcode
    ("Amiens", "80000"), ("Amiens", "80080"), ("Amiens", "80090"), ("Abbeville", "80100"),
    ("Saint-Quentin", "02100"), ("Beauvais", "60000"), ("Compiègne", "60200"), ("Soissons", "02200"),
    ("Saint-Valery-sur-Somme", "80230"), ("Le Crotoy", "80550"), ("Cayeux-sur-Mer", "80410"),
    ("Albert", "80300"), ("Péronne", "80200"), ("Doullens", "80600"), ("Montdidier", "80500"),
    ("Ham", "80400"), ("Corbie", "80800"), ("Chauny", "02300"), ("Laon", "02000"), ("Noyon", "60400"),
    ("Creil", "60100"), ("Clermont", "60600"), ("Méru", "60110"), ("Crépy-en-Valois", "60800"),
    ("Friville-Escarbotin", "80130"), ("Poix-de-Picardie", "80290"), ("Roye", "80700"),
    ("Boves", "80440"), ("Longueau", "80330"), ("Tergnier", "02700"), ("Bohain-en-Vermandois", "02110"),
    ("Villers-Cotterêts", "02600"), ("Margny-lès-Compiègne", "60280"), ("Pont-Sainte-Maxence", "60700"),
    ("Grandvilliers", "60210"), ("Breteuil", "60120"), ("Gamaches", "80220"), ("Flixecourt", "80420"),
    ("Villers-Bocage", "80260"), ("Conty", "80160"), ("Guise", "02120"), ("Fère-en-Tardenois", "02130"),
]
STREETS = hm.words(
    "rue des Jacobins|rue de la Hotoie|rue du Marais|impasse des Hortillons|rue de la Briqueterie|"
    "rue du Moulin|résidence les Coquelicots|cité des Cheminots|rue Victor Hugo|rue de la Sucrerie|"
    "rue du Château d'Eau|rue des Tilleuls|allée des Peupliers|chemin Vert|rue de l'Abbaye|rue Pasteur|"
    "rue Roger Salengro|rue de la Gare|sentier des Prés|route de Doullens|rue du Général Leclerc|"
    "rue Jean Jaurès|place de l'Église|rue des Écoles|rue du Bois|chemin de halage|rue de la Chaussée|"
    "rue des Capucins|avenue de la Libération|rue du Quai|rue des Maraîchers|rue Haute|rue Basse|"
    "résidence du Parc|rue des Glycines|rue de Verdun|rue d'Amiens|rue de la Poste"
    .replace(" ", "_").replace("|", " "))
LIEUX = hm.words(
    ("lieu-dit le Bois Riquet|ferme de la Motte|hameau de Petit-Port|lieu-dit les Terres Blanches|"
         "ferme du Mont Caubert|lieu-dit la Vallée Saint-Pierre|hameau du Hamelet|ferme des Longs Champs|"
         "aire d'accueil des gens du voyage, chemin de la Fosse|terrain familial, chemin des Saules")
    .replace(" ", "_").replace("|", " "))
MUTUELLES = ["Harmonie Mutuelle", "la MGEN", "Malakoff Humanis", "AG2R", "Groupama", "la MSA",
             "Apivia", "Ociane", "la MAAF", "la CSS", "Mutuelle Familiale", "Just", "la mutuelle d'Amazon",
             "Klesia", "Alan"]
EMPLOYERS = ["Amazon à Boves", "l'entrepôt de Saint-Quentin", "la sucrerie de Roye", "la coopérative",
             "la plateforme logistique de Longueau", "une usine de Creil", "la distillerie", "Tereos",
             "une boîte d'intérim", "la SNCF", "le chantier", "un hypermarché de Beauvais",
             "l'abattoir", "la verrerie", "une exploitation à Nesle", "l'Ehpad de Corbie"]
CLUBS = ["le foot de Corbie", "le hand de Beauvais", "le rugby de Compiègne", "le club de judo",
         "l'athlé d'Abbeville", "le basket de Saint-Quentin", "la fac de STAPS", "le club de char à voile",
         "le cyclo-club", "le hockey d'Amiens"]
ACTES = [
    "lombalgie", "rééducation PTG", "rééducation PTH", "entorse cheville", "épaule gelée",
    "capsulite", "cervicalgies", "tendinite d'Achille", "LCA opéré", "ligamentoplastie",
    "bronchiolite", "kiné respi", "torticolis congénital", "plagiocéphalie", "scoliose",
    "rééducation périnéale", "drainage lymphatique", "fracture du poignet", "sciatique",
    "canal carpien", "coiffe des rotateurs", "vertiges", "post-AVC", "rééducation marche",
    "hernie discale", "lumbago", "prothèse d'épaule", "fracture du col", "syndrome rotulien",
    "tendinite du coude", "Parkinson", "ostéoporose", "BPCO", "entorse du genou",
]
EPONYMS = ["manœuvre de Sémont", "maladie de Dupuytren", "maladie d'Osgood-Schlatter", "test de Lasègue",
           "méthode McKenzie", "méthode Mézières", "maladie de Parkinson", "syndrome de Guillain-Barré",
           "fracture de Pouteau-Colles", "technique Bobath", "maladie de Scheuermann", "syndrome de Tietze"]
HOSPITALS = ["CHU Amiens-Picardie", "CHU d'Amiens", "CH d'Abbeville", "CH de Saint-Quentin",
             "CH Simone Veil de Beauvais", "CH de Compiègne", "CH de Soissons", "clinique Victor Pauchet",
             "CH de Laon", "hôpital Sud", "polyclinique de Picardie", "CH de Péronne"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
WD_SHORT = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]


def slot_text(rng: random.Random) -> str:
    day = TODAY + dt.timedelta(days=rng.randint(-3, 19))
    if day.weekday() == 6:
        day += dt.timedelta(days=1)
    h, m = rng.randint(8, 19), rng.choice([0, 15, 30, 45, 0, 30])
    wd, wds = WEEKDAYS[day.weekday()], WD_SHORT[day.weekday()]
    hm_ = f"{h}h{m:02d}" if m else f"{h}h"
    return rng.choice([
        f"{wd} {day.day:02d}/04 à {hm_}", f"{wds} {day.day} avril {hm_}",
        f"le {day.day:02d}/04 à {h}:{m:02d}",
        f"{wd} {hm_}", f"{wd} {day.day} à {hm_}", f"{wd} prochain {hm_}", f"{wds}. {day.day}/04 {hm_}",
        f"{wd} {day.day} avril à {hm_}", f"le {day.day} à {hm_}", f"{wd} matin", f"{wd} après-midi",
    ])


def full_slot(rng: random.Random) -> str:
    day = TODAY + dt.timedelta(days=rng.randint(0, 19))
    if day.weekday() == 6:
        day += dt.timedelta(days=1)
    h, m = rng.randint(8, 19), rng.choice([0, 15, 30, 45])
    return rng.choice([f"{day.day:02d}/04/2029 à {h:02d}:{m:02d}", f"{day.day:02d}/04/2029-{h:02d}h{m:02d}",
                       f"{WEEKDAYS[day.weekday()]} {day.day:02d}/04 {h}h{m:02d}",
                       f"{day.day:02d}/04 - {h}h{m:02d}"])


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def phone(rng: random.Random, fixed: bool = False, origin: str = "picard") -> str:
    if fixed:
        d = "03" + rng.choice(["22", "22", "23", "44"]) + digits(rng, 6)
    else:
        abroad = {"portuguese": ("+351 9", 8), "polish": ("+48 6", 8), "congo": ("+243 8", 8)}
        if origin in abroad and rng.random() < 0.15:
            head, n = abroad[origin]
            rest = digits(rng, n)
            return f"{head}{rest[:2]} {rest[2:5]} {rest[5:]}"
        d = "0" + rng.choice("667") + digits(rng, 8)
    pairs = [d[i:i + 2] for i in range(0, 10, 2)]
    style = rng.random()
    if style < 0.35:
        return " ".join(pairs)
    if style < 0.55:
        return d
    if style < 0.67:
        return ".".join(pairs)
    if style < 0.74:
        return "-".join(pairs)
    if style < 0.86:
        return "+33 " + d[1] + " " + " ".join(pairs[1:])
    if style < 0.93:
        return "+33" + d[1:]
    return "(+33)" + d[1] + "." + ".".join(pairs[1:])


def nir(rng: random.Random, p: hm.Person, abroad: bool) -> str:
    sex = "2" if p.sex == "f" else "1"
    if abroad:
        dep, commune = "99", rng.choice(p.origin.abroad.split())
    else:
        dep, commune = rng.choice(p.origin.departments), f"{rng.randint(1, 799):03d}"
    body = f"{sex}{p.born.year % 100:02d}{p.born.month:02d}{dep}{commune}{rng.randint(1, 999):03d}"
    key = f"{97 - int(body) % 97:02d}"
    style = rng.random()
    if style < 0.4:
        return body + key
    if style < 0.8:
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}"
    if style < 0.9:
        return f"{body} {key}"
    return f"{body[0]}.{body[1:3]}.{body[3:5]}.{body[5:7]}.{body[7:10]}.{body[10:13]}.{key}"


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]


def birth(rng: random.Random, born: dt.date) -> str:
    d, m, y = born.day, born.month, born.year
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
                       f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS[m - 1]} {y}",
                       f"{d}/{m}/{y}", f"{y}-{m:02d}-{d:02d}", f"{d}/{m}/{y % 100:02d}"])


def ascii_word(text: str) -> str:
    return re.sub(r"[^a-z]", "", hm.fold(text))


def email(rng: random.Random, p: hm.Person) -> str:
    g, s = ascii_word(p.given), ascii_word(p.surname)
    dom = rng.choice(["orange.fr", "wanadoo.fr", "sfr.fr", "gmail.com", "gmail.com", "hotmail.fr",
                      "laposte.net", "free.fr", "yahoo.fr", "outlook.fr", "live.fr", "etu.u-picardie.fr"])
    local = rng.choice([f"{g}.{s}", f"{s}.{g}", f"{g[0]}{s}", f"{g}{s}{p.born.year % 100:02d}",
                        f"{s}{rng.randint(1, 99)}",
                        f"{g}_{s}", f"{g}.{s}{rng.choice(['80', '02', '60'])}", f"{s}-{g}"])
    return f"{local}@{dom}"


def address(rng: random.Random) -> str:
    town, cp = rng.choice(TOWNS)
    if rng.random() < 0.15:
        head = rng.choice(LIEUX)
    else:
        num = str(rng.randint(1, 148)) + rng.choice(["", "", "", "", " bis", "B", " ter"])
        head = f"{num} {rng.choice(STREETS)}"
        if rng.random() < 0.15:
            head += rng.choice([f" bât. {rng.choice('ABCDE')} appt {rng.randint(1, 40)}",
                                f", appt {rng.randint(1, 60)}", f" {rng.randint(1, 5)}e étage"])
    sep = rng.choice([" ", ", ", " - ", ",  "])
    text = f"{head}{sep}{cp} {town.upper() if rng.random() < 0.2 else town}"
    return text.lower() if rng.random() < 0.1 else text


def ident(rng: random.Random, kind: str) -> str:
    if kind == "mut":
        return rng.choice([digits(rng, 8), digits(rng, 10), f"{digits(rng, 4)} {digits(rng, 4)}",
                           f"MH-{digits(rng, 2)}-{digits(rng, 7)}",
                           f"{digits(rng, 3)}{rng.choice('ABCK')}{digits(rng, 5)}",
                           f"AMC{digits(rng, 8)}"])
    if kind == "dos":
        return rng.choice([f"{digits(rng, 4)}-{digits(rng, 4)}", f"KB-{digits(rng, 5)}", f"D{digits(rng, 6)}",
                           f"80-{digits(rng, 4)}-{rng.choice('ABC')}", digits(rng, 7)])
    if kind == "resa":
        code = f"{rng.choice('ABCDEFHKMP')}{digits(rng, 1)}{rng.choice('FGKQRTX')}{digits(rng, 1)}"
        return rng.choice([f"{code}-{digits(rng, 4)}",
                           digits(rng, 6), f"RDV-{digits(rng, 7)}", f"DL{digits(rng, 8)}"])
    if kind == "at":
        return rng.choice([f"{digits(rng, 2)} {digits(rng, 2)} {digits(rng, 3)} {digits(rng, 4)}",
                           digits(rng, 9),
                           f"2029-AT-{digits(rng, 5)}", f"AT{digits(rng, 10)}"])
    return rng.choice([digits(rng, 10), f"{digits(rng, 7)}{rng.choice('ABFKM')}",
                       f"{digits(rng, 2)} {digits(rng, 6)}"])


# ---------------------------------------------------------------------------------------------
# People


def draw_origin(rng: random.Random) -> str:
    return hm.pick(rng, {name: facts[0] for name, facts in FACTS.items()})


def person(rng: random.Random, origin: str, sex: str, lo: int, hi: int, surname: str | None = None,
           kid: bool = False) -> hm.Person:
    o = ORIGINS[origin]
    if kid:
        pool = KIDS[(KID_POOL[origin], sex)] or (o.given_f if sex == "f" else o.given_m)
    else:
        pool = o.given_f if sex == "f" else o.given_m
    given = rng.choice(pool)
    base = surname or rng.choice(o.surnames)
    if origin == "polish":
        base = hm.slavic_form(base, sex)
    days = rng.randint(lo * 365 + 1, hi * 365 + 360)
    return hm.Person(given, base, sex, o, TODAY - dt.timedelta(days=days))


KIN = [("fille", "f", 0.4), ("fils", "m", 0.9), ("femme", "f", 0.8), ("mari", "m", 1.0),
       ("belle-fille", "f", 0.6),
       ("voisine", "f", 0.0), ("voisin", "m", 0.0), ("petite-fille", "f", 0.5), ("petit-fils", "m", 0.9),
       ("sœur", "f", 0.3), ("frère", "m", 1.0), ("nièce", "f", 0.3), ("aide-ménagère", "f", 0.0),
       ("auxiliaire de vie", "f", 0.0), ("compagne", "f", 0.0), ("gendre", "m", 0.0), ("cousin", "m", 0.5)]


class Note:
    """One note: its people, its identifiers drawn on demand (the same each time they are named)."""

    def __init__(self, rng: random.Random, taken: set[str]) -> None:
        self.rng = rng
        self.taken = taken
        self.origin = draw_origin(rng)
        self.sex = rng.choice("fm")
        self.lo, self.hi = 18, 92
        self.hard = False
        self.hard_form = ""
        self.values: dict[str, str] = {}
        self.used_slots: list[str] = []
        self.abroad = False

    def setup(self, lo: int, hi: int) -> None:
        rng = self.rng
        self.p = person(rng, self.origin, self.sex, lo, hi)
        self.abroad = self.origin != "picard" and rng.random() < (0.75 if hi > 50 and lo > 40 else 0.3)
        noun, rsex, share = rng.choice(KIN)
        self.kin = noun
        same = rng.random() < share
        self.r = person(rng, self.origin if same or rng.random() < 0.7 else draw_origin(rng), rsex, 20, 80,
                        surname=self.p.surname if same else None)
        vo = draw_origin(rng)
        self.v = person(rng, vo, rng.choice("fm"), 30, 85)
        # a child patient and the parent who calls
        kid_sex = rng.choice("fm")
        self.parent = person(rng, self.origin, rng.choice("ffm"), 22, 48)
        self.child = person(rng, self.origin, kid_sex, 0, 15, surname=self.parent.surname, kid=True)
        if self.parent.sex == "f" and rng.random() < 0.3:
            self.child = person(rng, self.origin, kid_sex, 0, 15, kid=True)
        self.baby_age = rng.choice(["3 mois", "5 mois", "7 mois", "11 mois", "2 mois", "9 mois", "14 mois",
                                    "6 mois", "18 mois"])

    # names -----------------------------------------------------------------------------------
    def title(self, sex: str) -> str:
        if sex == "f":
            young = ["Mlle"] if self.p.born.year > 1990 else []
            return self.rng.choice(["Mme", "Mme", "Mme", "Madame", "mme", "Mme.", *young])
        return self.rng.choice(["M.", "M.", "Mr", "Monsieur", "M", "mr", "Mr."])

    def full(self, p: hm.Person, titled: bool = True) -> str:
        rng = self.rng
        t = self.title(p.sex) + " " if titled and rng.random() < 0.75 else ""
        form = rng.random()
        if form < 0.5:
            return t + nom(f"{p.given} {p.surname}")
        if form < 0.75:
            return t + nom(f"{p.surname} {p.given}")
        if form < 0.9:
            return t + nom(f"{p.surname.upper()} {p.given}")
        return t + nom(f"{p.given} {p.surname.upper()}")

    def slipped(self, name: str) -> str:
        out = hm.slip(name, self.rng)
        return name if name_words(out) & self.taken else out

    def hard_name(self, p: hm.Person) -> str:
        rng = self.rng
        t = self.title(p.sex)
        form = self.hard_form
        if form == "initial":
            return rng.choice([f"{t} {nom(p.given[0] + '. ' + p.surname)}",
                               f"{nom(p.surname + ' ' + p.given[0] + '.')}",
                               f"{t} {nom(p.given[0] + '.' + p.surname)}"])
        if form == "maiden":
            maiden = rng.choice([s for s in p.origin.surnames if s not in p.surname])
            if p.origin.name == "polish":
                maiden = hm.slavic_form(maiden, "f")
            word = rng.choice(["née", "née", "ép.", "nom de jeune fille"])
            if word == "ép.":
                return f"{t} {nom(p.given + ' ' + maiden)} ép. {nom(p.surname)}"
            return f"{t} {nom(p.given + ' ' + p.surname)} {word} {nom(maiden)}"
        if form == "spelled":
            spelled = "-".join(p.surname.upper())
            said = rng.choice(["épelé", "ça s’écrit", "je répète"])
            return f"{t} {nom(p.surname)} ({said} {nom(spelled)}) {nom(p.given)}"
        if form == "typo":
            wrong = self.slipped(p.surname)
            if wrong == p.surname:
                return f"{t} {nom(p.surname.lower() + ' ' + p.given.lower())}"
            doubt = rng.choice(["ou", "ou bien", "peut-être"])
            return f"{t} {nom(wrong)} ({doubt} {nom(p.surname)} ?) {nom(p.given)}"
        if form == "glued":
            short = "Mme" if p.sex == "f" else "M"
            return rng.choice([f"{short}.{nom(p.surname)}", f"{nom(p.surname)}/{nom(p.given)}",
                               f"{nom(p.surname.upper() + '-' + p.given.upper())}"])
        if form == "lower":
            return f"{t.lower()} {nom(p.surname.lower() + ' ' + p.given.lower())}"
        # double surname
        other = rng.choice([s for s in p.origin.surnames if s not in p.surname])
        if p.origin.name == "polish":
            other = hm.slavic_form(other, p.sex)
        return f"{t} {nom(p.given + ' ' + p.surname + '-' + other)}"

    # placeholders ------------------------------------------------------------------------------
    def value(self, key: str) -> str:
        if key not in self.values:
            self.values[key] = self.make(key)
        return self.values[key]

    def make(self, key: str) -> str:
        rng, p = self.rng, self.p
        e = "e" if p.sex == "f" else ""
        table = {
            "e": lambda: e,
            "ne": lambda: "née" if p.sex == "f" else "né",
            "il": lambda: "elle" if p.sex == "f" else "il",
            "P": lambda: self.hard_name(p) if self.hard else self.full(p),
            "Pn": lambda: nom(f"{p.given} {p.surname}" if rng.random() < 0.6 else f"{p.surname} {p.given}"),
            "Ps": lambda: f"{self.title(p.sex)} {nom(p.surname)}",
            "Pg": lambda: nom(p.given),
            "Psn": lambda: nom(p.surname),
            "PX": lambda: nom(f"{p.surname.upper()} {p.given}") if rng.random() < 0.7
            else nom(f"{p.surname.upper()} {p.given.upper()}"),
            "age": lambda: f"{hm.age(p, TODAY)} ans",
            "ddn": lambda: tag("DDN", birth(rng, p.born)),
            "nir": lambda: tag("NIR", nir(rng, p, self.abroad)),
            "tel": lambda: tag("TEL", phone(rng, origin=self.origin)),
            "tel2": lambda: tag("TEL", phone(rng, origin=self.origin)),
            "fixe": lambda: tag("TEL", phone(rng, fixed=True)),
            "mail": lambda: tag("EMAIL", email(rng, p)),
            "rmail": lambda: tag("EMAIL", email(rng, self.r)),
            "pmail": lambda: tag("EMAIL", email(rng, self.parent)),
            "adr": lambda: tag("ADRESSE", address(rng)),
            "mut": lambda: tag("ID", ident(rng, "mut")),
            "dos": lambda: tag("ID", ident(rng, "dos")),
            "resa": lambda: tag("ID", ident(rng, "resa")),
            "at": lambda: tag("ID", ident(rng, "at")),
            "lic": lambda: tag("ID", ident(rng, "lic")),
            "mutuelle": lambda: rng.choice(MUTUELLES),
            "emp": lambda: rng.choice(EMPLOYERS),
            "club": lambda: rng.choice(CLUBS),
            "town": lambda: rng.choice(TOWNS)[0],
            "acte": lambda: keep(rng.choice(ACTES)),
            "epo": lambda: keep(rng.choice(EPONYMS)),
            "hop": lambda: keep(rng.choice(HOSPITALS)),
            "kine": lambda: keep(rng.choice(hm.STAFF)),
            "kine2": lambda: keep(rng.choice(["Julien", "Sophie", "Karim"])),
            "slot": lambda: keep(hm.fresh_slot(slot_text, rng, self.used_slots)),
            "slot2": lambda: keep(hm.fresh_slot(slot_text, rng, self.used_slots)),
            "fslot": lambda: keep(full_slot(rng)),
            "rk": lambda: hm.possessive(self.kin, self.r.sex),
            "rkn": lambda: self.kin,
            "rkd": lambda: hm.definite(self.kin, self.r.sex),
            "R": lambda: self.full(self.r, titled=False),
            "Rt": lambda: self.full(self.r),
            "Rg": lambda: nom(self.r.given),
            "V": lambda: self.full(self.v),
            "E": lambda: nom(f"{self.child.given} {self.child.surname}") if rng.random() < 0.6
            else nom(f"{self.child.surname.upper()} {self.child.given}"),
            "Eg": lambda: nom(self.child.given),
            "Eage": lambda: f"{hm.age(self.child, TODAY)} ans" if hm.age(self.child, TODAY) > 1
            else self.baby_age,
            "bage": lambda: self.baby_age,
            "Eddn": lambda: tag("DDN", birth(rng, self.child.born)),
            "Par": lambda: self.full(self.parent),
            "Parg": lambda: nom(self.parent.given),
            "park": lambda: rng.choice(["la maman", "la mère", "maman"]) if self.parent.sex == "f"
            else rng.choice(["le papa", "le père", "papa"]),
        }
        return table[key]()


# ---------------------------------------------------------------------------------------------
# Templates: (scenario, age range, weight, templates)

SCENARIOS: list[tuple[str, tuple[int, int], int, str]] = [
    ("message", (20, 85), 14, """
Appel de {P} ({age}) pour {acte}, ordo du médecin traitant reçue. Rappeler au {tel} pour caler un rdv
  avec {kine}.
{P} a appelé ce matin, souhaite commencer les séances ({acte}). Dispo {slot} ou {slot2}. Tel {tel}
msg répondeur 8h12 : {P}, {acte}, demande un créneau en fin de journée, rappeler {tel} svp
{P} tél {tel} - veut décaler son rdv de {slot} à {slot2}, ok vu avec {kine2}
pt {Pn} {ne} le {ddn} appelle pr sa {acte}, nouvelle ordo 15 séances. rappel {tel} apres 17h
{P} : annule {slot} (malade). Rappellera pour reprogrammer. {tel}
Nouveau patient : {P}, {age}, habite {town}. Motif {acte}. Joignable au {tel} ou par mail {mail}
rappeler {Ps} au {tel} - elle/il n'a pas compris l'heure du rdv : c'est {slot} avec {kine}
{P} demande si {kine} peut le/la prendre pour sa {acte}, pas avant {slot}. num {tel}
MESSAGE : {P} - RDV {slot} CONFIRMÉ - APPORTER ORDONNANCE + CARTE VITALE
{P} rappelle pour la 3e fois !! veut absolument {kine2}, pas dispo avant {slot}. {tel}
"""),
    ("relative", (70, 96), 12, """
{rkd} de {P} appelle ({R}, {tel}) : sa mère/son père sort du {hop} après {acte}, besoin de séances
  à domicile. Adresse : {adr}
Appel de {Rt}, {rkn} de {Ps}, pour une VAD {slot}. Adresse {adr}. Code portail au {tel}
{Rt} ({rkn}) signale que {Ps} est tombé{e} hier, séance de {slot} annulée. Rappeler {tel}
{rk} {R} appelle pour {P} ({age}), {acte} - se charge des transports. Tel {tel} / fixe {fixe}
VAD demandée pour {P}, {ne} {ddn}, {adr}. Contact {rk} {R} {tel}. Vu avec {kine}
{rkd} de {Ps} rappelle: pas de réponse au fixe {fixe}, le patient est à l'hôpital ({hop}).
  suspendre les séances
{Rt} ({rkn}) a appelé pour {Pg} : la kiné à domicile {slot} ne convient pas, préfère {slot2}. {tel}
"""),
    ("export", (18, 90), 10, """
RDV | {PX} | {ddn} | {tel} | {acte} | {fslot} | {kine}
Export agenda\\nPatient: {PX}\\nNé(e) le: {ddn}\\nTél: {tel}\\nMotif: {acte}\\nPraticien: {kine}
  \\nCréneau: {fslot}\\nRéf: {resa}
{fslot};{PX};{tel};{mail};{acte};{kine};réservé en ligne réf {resa}
nouvelle réservation en ligne n° {resa} - {PX} - {acte} - {fslot} - {kine} - tél {tel}
ANNULATION en ligne réf. {resa} : {PX}, {fslot} ({kine})
"""),
    ("sms", (18, 80), 9, """
SMS reçu du {tel} : bjr c {Pg} {Psn} jpeux pas venir {slot} jsuis de nuit a l entrepot, on peut
  décaler ? merci
sms transféré ({tel}) : Bonjour, je suis {P}, je confirme {slot} avec {kine2}. Bonne journée
Fwd SMS de {tel} -> « c est {rkd} de {P} il est tjs hospitalisé au {hop} on vous rappelle »
SMS {tel} : {Pg} ici, jsuis en retard 10 min, dsl, train de Paris en retard
sms du {tel}: bonsoir c est {P} est ce que {kine2} fait les séances {acte} le samedi ?
"""),
    ("mail", (18, 85), 9, """
Mail de {mail} ({P}) - objet : ordonnance {acte}. Pièce jointe ok. Souhaite rdv {slot}. Tel {tel}
Transfert mail : « Bonjour, je m'appelle {P}, {age}, je travaille à Paris et je rentre à {town} vers
  19h, auriez-vous un créneau tardif pour {acte} ? Cordialement » ({mail})
e-mail reçu de {rmail} : {rk} {R} demande un devis pour {P}, séances de {acte} non remboursées ?
mail {mail} : changement d'adresse pour {P} : {adr}. Mettre à jour le dossier {dos}
De : {mail}\\nObjet : rdv\\nBonjour, {P} souhaiterait un rdv avec {kine} pour sa {acte}.
  Disponible {slot}. Merci
"""),
    ("paper", (18, 90), 9, """
Ordo reçue pour {P}, {ne} le {ddn}, NIR {nir}, 10 séances {acte}. Mutuelle {mutuelle} n° adh. {mut}
{P} - carte vitale illisible, noter NIR {nir}. Tiers payant {mutuelle}, adhérent {mut}
Dossier {dos} : {P} ({ddn}) - prise en charge {mutuelle} refusée, rappeler le patient {tel}
photo ordonnance reçue par mail ({mail}) pour {P}, {acte}. NIR : {nir}
{P}, sécu {nir}, mutuelle {mutuelle} n° {mut}, adresse {adr}. {acte}, rdv {slot} avec {kine}
mutuelle {mutuelle} a appelé au sujet de {P} (adhérent {mut}) : demande de facture des séances de mars
"""),
    ("work", (20, 60), 9, """
AT du 28/03 - {P}, cariste chez {emp}. N° AT {at}. Séances {acte}. Tél {tel}
{P} appelle : accident du travail ({emp}), déclaration n° {at}, {acte}. Ne peut venir qu'après 17h.
  {tel}
accident de travail {P} {ne} le {ddn} n° sinistre {at} - employeur : {emp} - rdv {slot} avec {kine}
l'employeur ({emp}) appelle pour savoir si {Ps} vient bien aux séances. Rien dit (secret).
  Dossier AT {at}
{P}, saisonnier betterave, {acte} après chute de la remorque. AT {at}, NIR {nir}. Rappeler {tel}
"""),
    ("baby", (0, 1), 8, """
{park} de {E} ({bage}) appelle : {acte}, encombré depuis 3 jours. Créneau {slot} ? tel {tel}
Bébé {E}, {bage}, {Eddn}, kiné respi urgente. Maman {Parg} au {tel}
appel {Par} pour son bébé {Eg} ({bage}) bronchiolite, ordo ok. peut venir {slot} avec {kine}
{E} né(e) le {Eddn} - {acte} - {park} joignable {tel} - mail {pmail}
rappeler {Par} {tel} pour {Eg} {bage}, plagiocéphalie, 1er rdv avec {kine}
"""),
    ("child", (6, 15), 7, """
{park} ({Par}) appelle pour {E}, {Eage}, {acte} suite au foot. Licence {club} {lic}. Tel {tel}
{E} ({Eage}) - {epo} - séances le mercredi après-midi. Parent : {Par} {tel}
Appel de {Par} : {Eg} ne pourra pas venir {slot} (sortie scolaire). Reporter à {slot2}
{E}, {Eddn}, scoliose, suivi {hop}. Contact {park} {tel} / {pmail}
"""),
    ("student", (18, 25), 6, """
{P}, étudiant{e} STAPS à Amiens, {acte} (rugby). Mail {mail}, tel {tel}. Dispo {slot}
{P} (fac d'Amiens) demande rdv {acte}. Mutuelle étudiante n° {mut}. {tel}
étudiant{e} {Pn} {tel} - ligamentoplastie au {hop}, veut reprendre le sport vite. rdv {slot} {kine}
Mail {mail} de {P} : « bonjour jsuis en stage a Beauvais jusqu'au 20, je peux venir qu'à partir de
  {slot} »
"""),
    ("retiree", (62, 95), 7, """
{P}, retraité{e} au Crotoy, {acte}. Sa voisine {V} l'amène. Rappeler au fixe {fixe}
{P} ({age}) - {acte} - habite {adr}. VAD {slot} avec {kine}. Fixe {fixe}
la voisine de {Ps}, {V}, appelle : il/elle ne répond plus au {fixe}, rdv de {slot} à annuler ?
{P} {ne} {ddn}, sortie {hop}, {acte} à domicile, {adr}, tel {fixe} / {tel}
"""),
    ("farm", (35, 75), 5, """
{P}, agriculteur/trice à côté de {town}, {acte}. Peut venir seulement après la traite, vers {slot}.
  MSA n° {nir}
{P} exploitation betteraves - lumbago - tel {tel} - {adr}
appel {rk} {R} pour {Ps} bloqué{e} du dos (arrachage), peut-on passer à la ferme ? {adr} {tel}
"""),
    ("interpret", (45, 85), 5, """
{P} ne parle pas bien français, {rk} {R} traduit. Tel de {rkd} : {tel}. {acte}, rdv {slot}
Appel de {Rt} pour {P} ({age}), {acte}. Rappeler {R} au {tel}, pas au patient
{rkd} de {Ps} appelle pour traduire, séance {slot} avec {kine2} ok. Numéro {tel}
"""),
    ("roma", (20, 70), 3, """
{P} - aire d'accueil. adresse : {adr}. {acte}. Tel {tel} (celui de {rk} {R})
{P}, famille sur le terrain familial, {acte}. Joignable au {tel}. Rdv {slot}
"""),
]

BARE = hm.templates("""
Appel sans nom, demande si le cabinet prend des nouveaux patients pour {acte}. Répondu : liste d'attente.
Appel masqué, voulait savoir les horaires du samedi. Rien laissé.
rappel : pas de {kine2} {slot}, décaler ses patients
Message de la pharmacie : livraison du matériel de {acte} prévue {slot}.
un patient a oublié son parapluie en salle d'attente ({slot})
RAPPEL : plus de créneaux {acte} avant {slot}. Prévenir {kine2}.
appel d'une mutuelle sans référence, rappelleront. Pas de num.
{kine} demande de bloquer {slot} pour une formation {epo}.
Livraison de draps d'examen ok. Facture à régler.
mail du {hop} : nouveau protocole {acte}, transmis à {kine}.
qqn a appelé pr une {acte} chez un bébé, a raccroché avant de laisser son num
panne du TPE, paiement par chèque jusqu'à {slot}
""")


def fill(template: str, note: Note) -> str:
    note.values.setdefault("x", "")
    return re.sub(r"\{(\w+)\}", lambda m: note.value(m.group(1)), template.replace("\\n", "\n"))


def case_and_typos(fragments: hm.Fragments, rng: random.Random, flags: set[str]) -> hm.Fragments:
    roll = rng.random()
    if roll < 0.14:
        flags.add("lower-case note")
        fragments = [(t.lower(), k) for t, k in fragments]
    elif roll < 0.18:
        flags.add("capitals")
        fragments = [(t if k == "EMAIL" else t.upper(), k) for t, k in fragments]
    if rng.random() < 0.25:
        spots = [i for i, (t, k) in enumerate(fragments) if k is None and re.search(r"[a-zé]{7,}", t)]
        if spots:
            i = rng.choice(spots)
            text = fragments[i][0]
            found = list(re.finditer(r"[a-zé]{7,}", text))
            w = rng.choice(found)
            j = rng.randint(1, len(w.group()) - 3)
            word = w.group()
            word = word[:j] + word[j + 1] + word[j] + word[j + 2:]
            fragments[i] = (text[:w.start()] + word + text[w.end():], None)
            flags.add("typo")
    return fragments


BARE_AT = set(random.Random(SEED + 1).sample(range(NOTES), NOTES // 9))  # the notes with no identifier
HARD_FORMS = ["initial", "maiden", "spelled", "typo", "glued", "lower", "double"]
FLAGS: list[set[str]] = []


def make_note_with(taken: set[str]):
    def make_note(rng: random.Random) -> hm.Fragments:
        note = Note(rng, taken)
        flags: set[str] = set()
        if len(FLAGS) in BARE_AT:
            note.setup(20, 80)
            template = rng.choice(BARE)
            note.values["x"] = rng.choice(["", "e"])
            flags.add("bare")
        else:
            scen = rng.choices(SCENARIOS, [s[2] for s in SCENARIOS])[0]
            if scen[0] == "roma":
                note.origin = "roma"
            lo, hi = scen[1]
            note.setup(max(lo, 18) if scen[0] not in ("baby", "child") else 25, max(hi, 30))
            template = rng.choice(hm.templates(scen[3]))
            flags.add(scen[0])
            if "{kine" not in template and rng.random() < 0.3:
                template += rng.choice([" -> {kine}", " (pour {kine2})", ". Transmis à {kine}.",
                                        " / vu {kine2}", "\n-- {kine2}", " [dossier de {kine}]"])
            if "{P}" in template and rng.random() < 0.25:
                note.hard = True
                note.hard_form = rng.choice(HARD_FORMS if note.p.sex == "f" else
                                            [f for f in HARD_FORMS if f != "maiden"])
                flags.add("hard")
        text = fill(template, note)
        text = text.replace("elle/il", "elle" if note.p.sex == "f" else "il")
        text = text.replace("il/elle", "elle" if note.p.sex == "f" else "il")
        text = text.replace("sa mère/son père", "sa mère" if note.p.sex == "f" else "son père")
        text = text.replace("le/la", "la" if note.p.sex == "f" else "le")
        text = text.replace("agriculteur/trice", "agricultrice" if note.p.sex == "f" else "agriculteur")
        fragments = hm.join_names(hm.parse(text))
        fragments = case_and_typos(fragments, rng, flags)
        FLAGS.append(flags)
        return fragments
    return make_note


def main() -> None:
    taken = hm.taken_tokens(OUT, EARLIER)
    clashing = sum(bool(name_words(n) & taken) for n in all_pooled())
    if clashing:
        raise SystemExit(f"{clashing} pooled names hold a word an earlier set or the staff holds")

    def check(r: dict) -> None:
        hm.check_unlabelled(r, name_words)
        hm.check_no_staff(r, name_words)

    def check_set(records: list[dict]) -> None:
        reused = [r["id"] for r in records if hm.reused_words(r, name_words, taken)]
        if reused:
            raise SystemExit(f"{len(reused)} notes reuse an earlier name word: {reused}")
        hm.check_blind_set(records, NOTES, name_words, taken, 0.3, bare=(0.07, 0.16))

    records = hm.write(OUT, PREFIX, NOTES, SEED, make_note_with(taken), check, check_set)
    hm.report(records, OUT, FLAGS, sum("hard" in f for f in FLAGS))


if __name__ == "__main__":
    main()
