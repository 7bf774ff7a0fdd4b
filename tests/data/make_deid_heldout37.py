"""Blind held-out set 37 for the de-identifier: 300 call notes of a kinésithérapie practice in New
Caledonia and Wallis-and-Futuna.

Written on 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists, the
tests nor bench were opened, and the de-identifier was not run on the notes. The earlier sets (the corpus,
held-out sets 1 to 35 and the hard cases) were read by program only, through heldout_markup.taken_tokens,
to refuse every name word they hold.

The setting: a practice of three kinés (kept by name, as the staff list says) answering calls for New
Caledonia in May 2029, in Nouméa, Dumbéa, Mont-Dore, Païta, Koné and Lifou, and for patients flown in
(evasan) or calling from Wallis-and-Futuna. The families are Kanak, Wallisian and Futunian, Caldoche,
Vietnamese, Javanese, Tahitian, Ni-Vanuatu and from metropolitan France: nickel-plant workers, public
servants, rugby and va'a players, retirees, babies and children. The notes are what a busy remote
secretariat types: phone messages, booking exports, forwarded SMS and e-mails, relatives calling,
prescriptions, mutuelles (CAFAT, MDF...), work accidents; some all in lower case, a few in capitals,
with abbreviations and slips. Phones have six digits (+687, +681 for Wallis), addresses 988xx or 986xx
postcodes, BP boxes, lots, tribus and quartiers. About one note in nine names nobody and nothing; about
one in seven gives the patient's name in a harder form (a slip, an initial, surname first with a comma,
a married name, accents dropped, a given name alone, lower case in a note that is not).

Labelling: NOM for patients, relatives, carers and neighbours, first and last names (a title such as
M., Mme, Dr stays outside the span), never the practice's staff, whose names are kept [[K|...]]; TEL for
phones, NIR for social security numbers (15 characters), DDN for birth dates only, EMAIL, ADRESSE from
the house number, lot, BP or tribu through the postcode and town in one run (a town alone is not
marked), ID for mutuelle member, CAFAT, dossier, booking, licence and accident numbers. Appointment
slots, staff names, clinical terms, hospitals and eponyms are kept [[K|...]]. Companies, clubs, schools
and employers are plain text, and no doctor outside the practice is named.

Run from tests/data: ../../.venv/bin/python make_deid_heldout37.py
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass, field

import heldout_markup as hm
from heldout_markup import keep, nom, tag

NOTES = 300
SEED = 37_2027
PREFIX = "bl"
OUT = hm.HERE / "deid_heldout37.jsonl"
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 36)),
           "deid_hard_cases.jsonl")
TODAY = dt.date(2029, 5, 14)
PARTICLES = {"le", "la", "de", "du", "d", "l"}

POOLS = """
kanak f: Hnaxelë Sëhmë Iwanë Ixöe Watrinë Hmaloë Kapeuë Drehnyë Wéjiné Ciëxa Kekeë Hnaisë
  Jémima Kéziah Mahalath Bilha Wasaïa Nyipië Thaluë Qaneë Hnemë Ujëne Wajoxë Sitrië
kanak m: Hmaloko Wéniko Troputë Ixapa Ebenezer Jethro Zébulon Ménassé Phinéas Abdias Ezéchias Jotham
  Joachaz Ithamar Nahor Kalepa Wahoulo Pweyta Wazana Hnassé Kaemo Trijikone Xozaë Waeniko
kanak s: Hnathulue Wakoxeng Hmaekeu Qaeza Ihmanauö Kacuené Thupënë Hnawéne Waitreng Sihazé Hnaweongo
  Trahnaqa Wanatrö Capaxö Iwakudre Hmeunëng Seiuwë Drowanë Haeweng Wabéalo Pwaradi Gowécée Boaréba
  Néoéré Pouédé Toanéhé Wéiaté Diéwéné Pwijia Wamedjo Hnangoné Bearune Waihmene Cawidrone Ruelae
  Wadrawane Ehnyimane Poatyié Dounéhote Göroùnëë Némiaté Téin-Pwëté Apikaoua Xowénié
wallis f: Sulieta Akeneta Telesia Sesilia Malekalita Kolotita Selafina Sakalaia Fuluhea Atelea
  Kalolaine Pelenise Vailea Finetoa Lusiana Elisapeta Mafalete Petelina Meleane Tamilesia Kaliseta Lautoa
wallis m: Vitolio Kauvaka Telesifolo Evalisito Alefosio Pasilio Pelenatino Lafaele Setefano Sakopo
  Iosefa Atonio Tuakoi Kalepo Mosese Felikisi Sevelino Malakai Kamilo Ilalio Fileto Tanielu Lolesio
  Aukusitino Sakalia Paselio Lemisio Palataio Ulisi
wallis s: Falelavaki Tuugahala Manufekai Fotofili Mulikihaamea Takaniko Muliava Kaikilekofe Vaitanoa
  Hoatau Talomafaia Tufele Tauvale Fulilagi Siakinuu Vakalepu Motuku Tuikalepa Ulufonua Felomaki Liufau
  Kolokilagi Vaamei Polelei Tuhimutu Fakatika Sioleola Tauholokai Tuiseka Fotuaika Moeliku Tiafoi
  Tupuola Mauhalo Lavekava Kuliafolau Nukuvai Uhila
caldoche s: Pimparet Gaudelou Brossardier Gouzenne Moncelet Dézarnaulds Pourtalès Hennocque Laforcade
  Merlinot Quémeneur Lapetite Levionnois Creugnet Jeandot Sarengo Metzdorf Nouaille Paddon Ohlen
  Cornibert Leydecker Valdeyron Mourlevat Ratzel Goyetche Barbançon Desmazures Chatenay Puyoou
viet f: Ngat Gam Thom Ut
viet m: Tam Tuong Dai
viet s: Lu Mong Khau
java f: Soeparti Ngadiyem Tumirah Sumarsih Legiyem Poniyem Tukinem Wagirah Sutinah Kasmirah Rubiyah
  Painem Sarinten Djumirah Satinah
java m: Kasiyo Pardjiman Karsimin Paimo Marsidi Rebo Sarwono Tukiman Wagimin Kasdi Warsito Soemadi
  Partono Samidjan
java s: Sastrowiryo Mangunkarso Partowidjojo Wirjosoemarto Atmodikoro Sontodikromo Kartodikromo
  Wongsoredjo Sastrodiharjo Resodimedjo Setrowikromo Pawirodimedjo Karyodiwongso Notosoedirdjo
  Soerodjojo Mertowidjojo Harjosoewito Prawirosentono
tahiti f: Hinatea Vaimiti Heiarii Ranitea Tehani Vaitiare Poerani Hereiti Teumere Titaua Moerani
  Vaihere Heirani Mahinui
tahiti m: Manutea Raiarii Tamatoa Tuarii Teikitea Heremoana Tevaite Ariinui Toanui Turei Rautea Tehotu Matahi
tahiti s: Teriierooiterai Tehaamatai Hapaitahaa Tetuanui Maraetaata Teriitehau Tauhiro Puarai Rurua
  Teihotaata Faatauira Tuheiava Teriipaia Mahaatua Raioha Tumahai Tepava Tarahu Haumani Teuiau
vanuatu f: Leisara Esline Leimala Rolenas Meriam Selina Nettie Lonia Nalisa Tounia Lokelyn Mairelle
vanuatu m: Obed Selwyn Lingsai Morkin Kaltamat Tarisesei Molvis Iaukaiu
vanuatu s: Kalmatak Namaliu Malvatumauri Iatika Kalpokas Worwor Bulekone Tevimule Natuman Kaltongga
  Toara Maltok Sakita Kalorib Nalau Tavoa Iauko Tabisil Napuat Takau Kalsong Kaltapang Rarua Iaruel
metro s: Fontanaud Lagréou Bourdariat Chastagnol Lachaussée Vernissat Esquerré Le_Guillouzic
  Malvézin Couderq Lavernhe Bousquairol Escoubès Maldiney
  Toulouzan Couderchet Vergnolle
"""

# origin -> weight, where a NIR says they were born (INSEE prefixes), phone country code
ORIGINS = {
    "kanak": (30, ("98",), "687"),
    "wallis": (18, ("98",), "681"),
    "caldoche": (15, ("98",), "687"),
    "metro": (10, ("13", "29", "31", "33", "44", "64", "69", "75", "2A"), "687"),
    "tahiti": (7, ("98",), "687"),
    "java": (8, ("98", "99"), "687"),
    "vanuatu": (7, ("99",), "687"),
    "viet": (5, ("98",), "687"),
}
INITIALS = "ABCDEFGHJLMNOPRSTVY"


def read_pools(table: str) -> dict[tuple[str, str], list[str]]:
    rows: dict[tuple[str, str], str] = {}
    current = ("", "")
    for line in table.strip().splitlines():
        if not line.startswith(" "):
            origin, pool, line = line.split(maxsplit=2)
            current = (origin, pool.rstrip(":"))
        rows[current] = f"{rows.get(current, '')} {line}"
    return {key: hm.unique_names(text) for key, text in rows.items()}


ROWS = read_pools(POOLS)


def name_words(name: str) -> set[str]:
    return hm.name_parts(name, PARTICLES)


def plain(text: str) -> str:
    """Accents dropped, case kept, as a phone keyboard or an old export types them."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


# ---------------------------------------------------------------------------------------------
# The region: places, streets, clinics, employers


TOWNS = {  # town -> postcodes, quartiers or tribus
    "Nouméa": (("98800",), ("Magenta", "Vallée-des-Colons", "Rivière-Salée", "Ducos", "Tina", "Montravel",
                            "Faubourg-Blanchot", "Ouémo", "Kaméré", "Normandie", "Motor Pool", "Trianon",
                            "Val Plaisance", "Anse Vata", "Portes-de-Fer", "N'Géa")),
    "Dumbéa": (("98830", "98835", "98839"), ("Koutio", "Auteuil", "Katiramona", "Nakutakoin",
                                              "Dumbéa-sur-Mer", "Pointe-à-la-Dorade")),
    "Mont-Dore": (("98809", "98810"), ("Boulari", "Plum", "La Coulée", "Saint-Michel", "Yahoué",
                                       "Pont-des-Français", "Robinson", "Vallon-Dore")),
    "Païta": (("98890",), ("Tontouta", "Savannah", "Naïa", "Mont-Mou", "Beauvallon", "Ondémia")),
    "Koné": (("98860",), ("Koniambo", "Pandop", "Baco", "Noelly", "Néami", "Atéou")),
    "Lifou": (("98820", "98884", "98885"), ("Hnathalo", "Drueulu", "Easo", "Jokin", "Mou", "Xepenehe",
                                            "Hapetra", "Luecila", "Traput", "Wedrumel")),
}
WALLIS = {"98600 Uvéa": ("Mata-Utu", "Liku", "Vailala", "Alele", "Vaitupu", "Tepa", "Gahi", "Halalo",
                         "Utufua", "Falaleu"),
          "98620 Sigave": ("Leava", "Nuku", "Toloke", "Vele", "Tavai"),
          "98610 Alo": ("Ono", "Poi", "Kolia", "Taoa")}
STREETS = ("rue Higginson", "rue du Général Mangin", "avenue du Maréchal Foch", "rue de Sébastopol",
           "rue Bénébig", "rue Paul Doumer", "route de l'Anse Vata", "rue des Frères Carcopino",
           "promenade Roger Laroque", "rue Auguste Brun", "rue des Flamboyants", "rue des Niaoulis",
           "allée des Banians", "rue des Tamanous", "impasse des Kaoris", "rue du Col de la Pirogue",
           "route de la Baie des Dames", "rue Édouard Unger", "rue Taragnat", "avenue Bonaparte",
           "rue des Cocotiers", "chemin des Houps", "rue Tiéou", "rue des Santals", "voie express 2",
           "rue Jacques Iekawé", "route du Vélodrome", "rue du Pétrolier", "rue des Goélands")
LOTISSEMENTS = ("les Jardins d'Auteuil", "Les Hauts de Koutio", "Résidence Bellevue", "les Cassis",
                "Tuband", "le Domaine de Tina", "Les Palmiers", "Savannah sur mer", "les Manguiers",
                "Green Valley", "les Érythrines", "Val Boisé")
HOSPITALS = (("m", "Médipôle"), ("m", "CHT Gaston-Bourret"), ("m", "Médipôle de Koutio"),
             ("f", "clinique Kuindo-Magnin"), ("m", "CHN de Koné"), ("v", "hôpital de Sia"),
             ("m", "dispensaire de Wé"), ("m", "CSSR du Mont-Dore"), ("p", "urgences du Médipôle"))
ARTICLES = {"le": {"m": "le ", "f": "la ", "v": "l'", "p": "les "},
            "du": {"m": "du ", "f": "de la ", "v": "de l'", "p": "des "},
            "au": {"m": "au ", "f": "à la ", "v": "à l'", "p": "aux "}}
CLINICAL = ("entorse de cheville", "lombalgie", "rééducation LCA", "tendinite de l'épaule", "PTG droite",
            "PTH gauche", "capsulite rétractile", "fracture du poignet", "canal carpien", "sciatique",
            "hernie discale L5-S1", "cervicalgie", "épicondylite", "tendinopathie d'Achille",
            "maladie de Parkinson", "rééducation post-AVC", "kiné respiratoire",
            "drainage lymphatique", "rééducation périnéale", "méthode Mézières", "lombo-sciatalgie",
            "luxation de l'épaule", "rupture de la coiffe", "maladie de Dupuytren", "entorse du genou",
            "pubalgie", "syndrome de Guillain-Barré", "fasciite plantaire", "rachialgie",
            "fracture de la malléole", "Kabat", "BPCO", "méniscectomie", "spondylarthrite")
KIDS_CLINICAL = ("bronchiolite", "torticolis congénital", "plagiocéphalie", "maladie d'Osgood-Schlatter",
                 "syndrome de Sever", "entorse de cheville", "kiné respiratoire", "pieds plats")
EMPLOYERS = (("à la ", "de la ", "SLN (Doniambo)"), ("chez ", "de ", "KNS (usine du Nord)"),
             ("chez ", "de ", "Prony Resources"), ("à la ", "de la ", "province Sud"),
             ("à la ", "de la ", "province Nord"), ("au ", "du ", "Gouvernement"), ("à l'", "de l'", "OPT"),
             ("chez ", "d'", "Enercal"), ("à la ", "de la ", "mairie de Dumbéa"), ("à la ", "de la ", "CCI"),
             ("chez ", "d'", "Air Calédonie"), ("au ", "du ", "port autonome"), ("à la ", "de la ", "SMSP"),
             ("à la ", "de la ", "Calédonienne des Eaux"), ("au ", "du ", "Vice-rectorat"),
             ("à la ", "de la ", "mine de Thio"), ("chez ", "de ", "Ballande"))
CLUBS = ("club de va'a de l'Anse Vata", "club de rugby de Magenta", "Païta rugby", "club de va'a de Koné",
         "Dumbéa Rugby Club", "club de volley de Lifou", "rugby club du Mont-Dore", "va'a club de Wé")
SCHOOLS = ("collège de Koutio", "l'école de Rivière-Salée", "lycée du Grand Nouméa",
           "collège de Wé", "l'école de Boulari", "crèche Les Petits Cagous")
MUTUELLES = ("CAFAT", "MDF", "Mutuelle du Nickel", "Mutuelle des Fonctionnaires", "Mutuelle du Commerce",
             "AMG province Sud", "aide médicale Nord", "MGEN", "Mutuelle Wallis-et-Futuna")
STAFF_FULL = [s for s in hm.STAFF if " " in s]
STAFF_GIVEN = [s for s in hm.STAFF if " " not in s]
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre")
SHORT_MONTHS = ("janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                "déc.")
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
DOMAINS = ("gmail.com", "lagoon.nc", "canl.nc", "mls.nc", "outlook.fr", "yahoo.fr", "hotmail.com",
           "gouv.nc", "province-sud.nc", "mail.wf", "icloud.com", "live.fr")

KIN = {  # noun: sex, shares the patient's surname
    "fille": ("f", True), "fils": ("m", True), "mari": ("m", False), "femme": ("f", False),
    "épouse": ("f", False), "sœur": ("f", True), "frère": ("m", True), "tante": ("f", False),
    "oncle": ("m", True), "cousine": ("f", False), "petite-fille": ("f", True), "nièce": ("f", False),
    "neveu": ("m", True), "belle-fille": ("f", False), "gendre": ("m", False), "compagne": ("f", False),
    "mère": ("f", True), "père": ("m", True),
}
YOUNGER_KIN = ("gendre", "belle-fille", "petite-fille", "fils", "fille", "neveu", "nièce")
CARERS = ("l'infirmière", "l'infirmier libéral", "l'auxiliaire de vie", "la voisine", "le voisin",
          "l'aide à domicile", "la coach du club", "l'assistante sociale")


# ---------------------------------------------------------------------------------------------
# People


@dataclass
class Person:
    given: str  # "" for the families whose given names are written as an initial
    initial: str
    surname: str
    sex: str
    origin: str
    born: dt.date


def new_person(rng: random.Random, origin: str | None = None, sex: str | None = None,
               years: tuple[int, int] = (18, 88), surname: str | None = None) -> Person:
    origin = origin or hm.pick(rng, {o: w for o, (w, _, _) in ORIGINS.items()})
    sex = sex or rng.choice("fm")
    given_pool = ROWS.get((origin, sex), [])
    given = rng.choice(given_pool) if given_pool else ""
    initial = given[0] if given else rng.choice(INITIALS)
    surname = surname or rng.choice(ROWS[(origin, "s")])
    born = TODAY - dt.timedelta(days=rng.randint(years[0] * 365 + 10, years[1] * 365 + 300))
    return Person(given, initial, surname, sex, origin, born)


def age(p: Person) -> int:
    return TODAY.year - p.born.year - ((TODAY.month, TODAY.day) < (p.born.month, p.born.day))


def title(p: Person, rng: random.Random) -> str:
    if age(p) < 14:
        if rng.random() < 0.5:
            return "la petite" if p.sex == "f" else "le petit"
        return "bébé" if age(p) < 2 else "l'enfant"
    if p.sex == "f":
        return rng.choice(("Mme", "Mme", "Mme", "MME", "Madame", "mme"))
    return rng.choice(("M.", "M.", "Mr", "M", "MR", "Monsieur", "mr"))


def display_surname(p: Person) -> str:
    return p.surname.replace("_", " ")


def full_name(p: Person, rng: random.Random, upper_surname: bool = False) -> str:
    """The name in the order the family writes it: Vietnamese surname first."""
    sur = display_surname(p)
    if upper_surname:
        sur = sur.upper()
    first = p.given or f"{p.initial}."
    if p.origin == "viet" or upper_surname:
        return f"{sur} {first}"
    return f"{first} {sur}"


# ---------------------------------------------------------------------------------------------
# Numbers


def phone(rng: random.Random, country: str = "687") -> str:
    lead = rng.choice("2224457778899") if country == "687" else rng.choice("7788")
    digits = lead + "".join(rng.choice("0123456789") for _ in range(5))
    pairs = [digits[i:i + 2] for i in range(0, 6, 2)]
    form = rng.randrange(9)
    if form == 0:
        return ".".join(pairs)
    if form == 1:
        return " ".join(pairs)
    if form == 2:
        return digits
    if form == 3:
        return f"+{country} " + " ".join(pairs)
    if form == 4:
        return f"({country}) " + ".".join(pairs)
    if form == 5:
        return f"00{country} {digits}"
    if form == 6:
        return f"+{country}{digits}"
    if form == 7:
        return "-".join(pairs)
    return f"{digits[:3]} {digits[3:]}"


def nir(rng: random.Random, p: Person) -> str:
    sex = "2" if p.sex == "f" else "1"
    place = rng.choice(ORIGINS[p.origin][1])
    if place == "98":
        commune = ("6" if p.origin == "wallis" else "8") + f"{rng.randint(1, 33):02d}"
    elif place == "99":
        commune = f"{rng.randint(210, 520):03d}"
    else:
        commune = f"{rng.randint(1, 399):03d}"
    body = f"{sex}{p.born.year % 100:02d}{p.born.month:02d}{place}{commune}{rng.randint(1, 999):03d}"
    numeric = int(body.replace("2A", "19"))
    return f"{body}{97 - numeric % 97:02d}"


def birth_date(rng: random.Random, d: dt.date) -> str:
    form = rng.randrange(8)
    if form == 0:
        return d.strftime("%d/%m/%Y")
    if form == 1:
        return d.strftime("%d/%m/%y")
    if form == 2:
        return d.strftime("%d.%m.%Y")
    if form == 3:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if form == 4:
        return d.isoformat()
    if form == 5:
        return f"{d.day}/{d.month}/{d.year}"
    if form == 6:
        return d.strftime("%d-%m-%Y")
    return f"{d.day:02d} {SHORT_MONTHS[d.month - 1]} {d.year}"


def email(rng: random.Random, p: Person) -> str:
    given = plain(p.given or p.initial).lower().replace(" ", "")
    sur = plain(display_surname(p)).lower().replace(" ", "").replace("'", "")
    form = rng.randrange(6)
    local = (f"{given}.{sur}", f"{given[0]}{sur}", f"{sur}.{given}", f"{given}{rng.randint(70, 99)}",
             f"{sur}{p.born.year % 100:02d}", f"{given}_{sur}")[form]
    domain = "mail.wf" if p.origin == "wallis" and rng.random() < 0.5 else rng.choice(DOMAINS)
    return f"{local}@{domain}"


def address(rng: random.Random, p: Person, here: bool = False) -> str:
    """Where `p` lives; `here`: in New Caledonia whatever their origin."""
    if p.origin == "wallis" and not here and rng.random() < 0.5:
        code, villages = rng.choice(list(WALLIS.items()))
        village = rng.choice(villages)
        if rng.random() < 0.5:
            return f"village de {village}, {code}"
        return f"BP {rng.randint(10, 999)} {village} {code}"
    town = rng.choice(list(TOWNS))
    codes, places = TOWNS[town]
    code = rng.choice(codes)
    place = rng.choice(places)
    form = rng.randrange(7)
    if town == "Lifou" or (town == "Koné" and form > 4):
        return f"tribu de {place}, {code} {town}" if rng.random() < 0.7 else f"tribu {place} {code} {town}"
    if form == 0:
        return f"{rng.randint(1, 180)} {rng.choice(STREETS)}, {code} {town}"
    if form == 1:
        return f"{rng.randint(1, 90)} {rng.choice(STREETS)} {place} {code} {town.upper()}"
    if form == 2:
        return f"lot {rng.randint(1, 260)} lotissement {rng.choice(LOTISSEMENTS)}, {code} {town}"
    if form == 3:
        return f"BP {rng.randint(100, 29999)}, {code} {town}" + (" cedex" if rng.random() < 0.3 else "")
    if form == 4:
        return f"villa {rng.randint(1, 48)} résidence {rng.choice(LOTISSEMENTS)}, {place}, {code} {town}"
    if form == 5:
        return f"{rng.randint(1, 60)} bis {rng.choice(STREETS)} {code} {town}"
    return f"lot n°{rng.randint(1, 400)}, {place}, {code} {town}"


def ident(rng: random.Random, kind: str) -> tuple[str, str]:
    """A label (plain text) and a number of the given kind."""
    n = rng.randint
    if kind == "cafat":
        return rng.choice(("n° CAFAT", "CAFAT", "num cafat", "n° assuré CAFAT")), f"{n(100000, 9999999)}"
    if kind == "mutuelle":
        mut = rng.choice(MUTUELLES[1:])
        return f"{mut} adh.", rng.choice((f"{n(1000000, 9999999)}", f"A{n(100000, 999999)}",
                                          f"{n(100, 999)}-{n(10000, 99999)}"))
    if kind == "dossier":
        return rng.choice(("dossier n°", "dossier", "réf dossier", "n° dossier")), \
            rng.choice((f"K-2029-{n(100, 9999):04d}", f"D{n(100000, 999999)}", f"NC{n(10000, 99999)}"))
    if kind == "booking":
        return rng.choice(("résa", "réf résa", "booking", "n° réservation")), \
            rng.choice((f"#BK{n(100000, 9999999)}", f"{''.join(rng.choices('ABCDEFHJKMNPRTUVWXY3479', k=6))}",
                        f"R-{n(1000, 9999)}-{n(100, 999)}"))
    if kind == "licence":
        return rng.choice(("licence n°", "licence FFR", "n° licence", "licence ligue va'a")), \
            rng.choice((f"2029-NC-{n(1000, 99999):05d}", f"{n(10000000, 99999999)}", f"LNC{n(10000, 99999)}"))
    return rng.choice(("AT n°", "déclaration AT n°", "n° accident", "accident du travail n°")), \
        rng.choice((f"AT{n(2900000, 2999999)}", f"29-AT-{n(1000, 99999):05d}", f"{n(100000, 999999)}/29"))


# ---------------------------------------------------------------------------------------------
# Slots (kept)


def slot_text(rng: random.Random) -> str:
    day = TODAY + dt.timedelta(days=rng.randint(0, 24))
    while day.weekday() == 6:
        day += dt.timedelta(days=1)
    hour = rng.choice((7, 7, 8, 8, 9, 10, 11, 13, 14, 15, 16, 17, 17, 18))
    minute = rng.choice((0, 0, 15, 30, 30, 45))
    time = f"{hour}h{minute:02d}" if minute else rng.choice((f"{hour}h", f"{hour}h00", f"{hour}:00"))
    name = DAYS[day.weekday()]
    form = rng.randrange(6)
    if form == 0:
        return f"{name} {day.day} {MONTHS[day.month - 1]} à {time}"
    if form == 1:
        return f"{name} {day.strftime('%d/%m')} {time}"
    if form == 2:
        return f"{day.strftime('%d/%m')} à {time}"
    if form == 3:
        return f"{name} {time}"
    if form == 4:
        return f"{name} {day.day} à {time}"
    return f"le {day.day}/{day.month} {rng.choice(('matin', 'aprem', 'après-midi', 'en fin de journée'))}"


# ---------------------------------------------------------------------------------------------
# Templates: {P} patient (first mention, maybe a harder form), {TP} title + name, {PS} title + surname,
# {PG} given name (or title + surname), {R} relative, {RG} relative's given name, {KIN} "sa fille",
# {C} carer with role, {K} kid, {KG} kid's given name, {PAR} kid's parent; numbers {TEL} {TEL2} {RTEL}
# {DDN} {NIR} {EMAIL} {REMAIL} {ADR} {CAFAT} {MUT} {DOS} {BOOK} {LIC} {AT}; kept {SLOT} {SLOT2}
# {STAFF} {SG} {HOSP_LE} {HOSP_DU} {HOSP_AU} {CLIN} {KCLIN}; plain {TOWN} {EMPLOYER} {EMP} {EMP_DE} {CLUB}
# {SCHOOL} {MUTNAME} {AGE}. One note in nine (by its rank) is drawn from BARE, which names nothing.

ADULT = """
Appel de {TP} ({AGE} ans), {CLIN}, ordo {HOSP_DU}. Dispo {SLOT}. Rappeler au {TEL}.
{TP} a appelé pour annuler {SLOT}, reporter si possible {SLOT2} avec {STAFF}. Tel : {TEL}
msg répondeur : {P} voudrait un rdv pour {CLIN}, {IL} travaille {EMPLOYER} donc plutôt {SLOT}. tel {TEL}
Nouveau patient : {P}, né{E} le {DDN}, {CLIN}. NIR {NIR}. Adresse : {ADR}. Portable {TEL}
{P} - DDN {DDN} - {CAFAT_} - {CLIN} - 1er rdv {SLOT} avec {SG}
rappeler {TP} au {TEL} svp, {IL} veut savoir si sa mutuelle ({MUTNAME}) rembourse les séances de {CLIN}
{TP} sera en retard {SLOT}, bus de {TOWN} en panne. Prévenir {SG}.
Changement d'adresse pour {TP} : {ADR}. Nouveau numéro {TEL}. Ancien mail {EMAIL} toujours ok.
{P} ({AGE} ans), {CLIN}. Demande visite à domicile : {ADR}. Tel fixe {TEL} / port. {TEL2}
{TP} appelle de {TOWN}, a perdu son ordonnance ({CLIN}), {HOSP_LE} doit la renvoyer. Rdv maintenu {SLOT}.
patient {P} ddn {DDN} veut changer de kiné, préfère {STAFF}. joignable {TEL}
{TP} : prise en charge mutuelle ok, {MUT_}. Séances {CLIN} à partir du {SLOT}.
Mail de {EMAIL} : "bonjour je suis {P}, je voudrais decaler mon rdv du {SLOT} merci".
  Répondu, nouveau rdv {SLOT2}.
{TP} passe déposer l'ordo au secrétariat {SLOT}. Son mail pour la facture : {EMAIL}
URGENT {TP} bloqué{E} du dos depuis ce matin ({CLIN}) - {SG} peut {LE} prendre {SLOT} ? rappeler {TEL}
{P} licencié{E} au {CLUB}, {CLIN} après la compétition, {LIC_}. Dispo {SLOT}. Tel {TEL}
Fiche patient\\nNom : {SURU}\\nPrénom : {GIVEN}\\nNé{E} le : {DDN}\\nN° SS : {NIR}
  \\nTél : {TEL}\\nAdresse : {ADR}\\nMotif : {CLIN}
{TP} demande une attestation de présence pour son employeur ({EMP}),
  séances du mois dernier. Envoyer à {EMAIL}
{P} rentre d'evasan (sortie {HOSP_DU}), suite {CLIN}. 1ère séance {SLOT} avec {STAFF}. {DOS_}
{TP} absent{E} {SLOT}, décès dans la famille à {TOWN}. {IL_U} rappellera ({TEL}).
Ordonnance reçue par mail pour {P} : 20 séances {CLIN}. NIR {NIR}, {MUT_}. Rdv {SLOT}.
PEC CAFAT {TP} : n° SS {NIR}, ddn {DDN}, {ADR}
visite dom. {TP} {ADR} ; se garer devant le portail vert. tel {TEL}
Courrier retourné pour {TP} (n'habite plus là). Nouvelle adresse donnée au tél : {ADR}
feuille de soins {P} NIR {NIR} DDN {DDN} - {CLIN} - {STAFF}
"""

ADULT_AT = """
AT : {P}, employé{E} {EMPLOYER}, {CLIN} sur le site. {AT_}. NIR {NIR}. Rdv {SLOT} avec {STAFF}.
Accident du travail {TP} ({EMP}) - {AT_} - ordo {HOSP_DU} 15 séances {CLIN} - tel {TEL}
le service RH {EMP_DE} appelle pour {TP} : {AT_}, {CAFAT_}. merci de faxer les feuilles de soins.
{P} (ddn {DDN}) AT du mois dernier, {CLIN}, prolongation 10 séances. Prise en charge CAFAT {CAFAT}.
"""

RELATIVE = """
{KIN_U} de {TP} ({R}) a appelé : {PG} ne pourra pas venir {SLOT}, hospitalisé{E} {HOSP_AU}. Rappeler {RTEL}
SMS reçu du {RTEL} : "bjr c {RG} {KIN} de {P}, {IL} est malade on peut décaler a {SLOT} ? merci"
{R} ({KIN} de {TP}) : nouvelle adresse de {PG} : {ADR}, tél {RTEL}
{R}, {KIN} de {TP}, demande si {STAFF} peut passer à domicile : {ADR}. Tel {RTEL}
appel {R}, {KIN} de {TP} ({CLIN}) : transport depuis {TOWN} compliqué, demande rdv {SLOT} ou {SLOT2}
mail de {REMAIL} ({R}) : "bonjour, je suis {KIN_D} de {P}, né{E} le {DDN}, c moi qui prend ses rdv.
  merci de me répondre ici"
{C} de {TP} signale que {PG} ne tient plus debout seul{E}, {SG} passe voir {SLOT}. Contact {C_NAME} : {RTEL}
"""

WALLIS_T = """
{KIN_U} de {TP} appelle de Wallis ({RTEL}) : {PG} arrive par evasan, rdv souhaité {SLOT} après {HOSP_LE}.
{TP} vient avec {KIN_P} {R} pour traduire (parle surtout wallisien). Rdv {SLOT} avec {STAFF}.
Evasan Wallis : {P}, né{E} le {DDN}, {CLIN}. Hébergé{E} chez {KIN_P} {R}, {RADR}. Tel {TEL}.
  Prise en charge Agence de santé WF, {DOS_}
appel de Futuna ({RTEL}) pour {TP}, retour au pays prévu après {SLOT},
  suite des séances à l'[[K|hôpital de Sia]]
{P} ({AGE} ans), de Mata-Utu, évasané{E} pour {CLIN}, {CAFAT_}. Rdv {SLOT} avec {SG}.
{TP} rentre à Wallis {SLOT}, demande le bilan écrit de {STAFF} par mail : {EMAIL}
"""

CHILD = """
La maman de {K} ({KAGE}) appelle pour {KCLIN}, ordo du pédiatre. Dispo {SLOT}. Rappeler {PTEL}
{PAR} appelle pour {KFILS} {K}, {KCLIN}, {SCHOOL}. Rdv {SLOT} avec {SG}. Tel {PTEL}
SMS du {PTEL} : "bonsoir c {PAR_NOUN} de {KG}, on peut venir {SLOT} pour {KCLIN}? merci {PARG}"
{K} né{KE} le {KDDN}, {KCLIN}, 6 séances. Parent : {PAR}, {PTEL}. {MUT_}
bébé {K} ({KAGE}) : {KCLIN}, {PAR_NOUN} {PARM} l'amène {SLOT}. Mail : {PEMAIL}
{K}, {KAGE}, {KCLIN}. Feuille de soins au nom de {PAR_NOUN} {PAR}, NIR {PNIR}. Adresse : {PADR}
{PAR} ne peut pas amener {KG} {SLOT}, c'est la grand-mère {GM} qui viendra. tel grand-mère {TEL}
"""

BARE = """
Cabinet fermé {SLOT} (jour férié), prévenir les patients du matin. {SG} d'accord.
{STAFF} en formation {CLIN} toute la journée {SLOT}, décaler ses rdv sur {SG}.
Livraison de la table électrique prévue {SLOT}, quelqu'un doit être là.
appel anonyme, demande les horaires du samedi et si on fait le tiers payant {MUTNAME}. Répondu.
Rappel : la clim de la salle 2 fuit encore. Technicien {SLOT}.
Un monsieur de {TOWN} a appelé pour des séances de {CLIN}, n'a pas laissé de nom, rappellera.
{SG} malade aujourd'hui, annuler ses rdv de l'aprem, {STAFF} prend les urgences.
Réunion d'équipe {SLOT} avec {STAFF} et {SG}. Ordre du jour : planning de juin, bilan {CLIN}.
{MUTNAME} : nouveaux formulaires, imprimer les nouveaux avant {SLOT}.
pas de réseau à {TOWN} ce matin, plusieurs patients n'ont pas pu confirmer. voir avec {SG}.
Commander bandes de strapping et gel pour les séances de {CLIN}. {SG} s'en occupe.
cyclone annoncé : si alerte 2, tous les rdv {SLOT} sont annulés. {STAFF} prévient par SMS.
"""

SCENARIOS = [(ADULT, 44), (ADULT_AT, 10), (RELATIVE, 16), (WALLIS_T, 9), (CHILD, 13)]


# ---------------------------------------------------------------------------------------------
# The note writer


@dataclass
class Writer:
    rng: random.Random
    patient: Person
    relative: Person
    kin_noun: str
    carer: Person
    carer_role: str
    kid: Person
    parent: Person
    grandma: Person
    hard: str  # "" or the harder form of the patient's first mention
    used_slots: list[str] = field(default_factory=list)
    mentioned: bool = False
    hard_used: bool = False
    upper_export: bool = False

    # --- names
    def p(self) -> str:
        rng, pt = self.rng, self.patient
        if not self.mentioned and self.hard:
            self.mentioned = True
            self.hard_used = True
            return self.hard_form()
        self.mentioned = True
        if self.upper_export or rng.random() < 0.25:
            return nom(full_name(pt, rng, upper_surname=True))
        return nom(full_name(pt, rng))

    def hard_form(self) -> str:
        rng, pt, form = self.rng, self.patient, self.hard
        sur = display_surname(pt)
        first = pt.given or f"{pt.initial}."
        if form == "slip":
            return nom(f"{first} {hm.slip(sur, rng)}")
        if form == "initial":
            return nom(rng.choice((f"{pt.initial}. {sur.upper()}", f"{sur} {pt.initial}.",
                                   f"{pt.initial}.{sur}")))
        if form == "comma":
            return nom(f"{sur.upper()}, {first}") if rng.random() < 0.5 else nom(f"{sur}, {first}")
        if form == "married":
            other = new_person(rng, pt.origin if rng.random() < 0.6 else None, "m").surname
            other = other.replace("_", " ")
            if rng.random() < 0.5:
                return f"{nom(f'{first} {other}')} épouse {nom(sur)}"
            return f"{nom(f'{first} {sur}-{other}')}"
        if form == "plain":
            return nom(plain(f"{first} {sur}").lower() if rng.random() < 0.5 else plain(f"{first} {sur}"))
        if form == "lower":
            return nom(f"{sur} {first}".lower())
        return nom(pt.given) if pt.given else nom(f"{pt.initial}. {sur}")  # "given"

    def tp(self) -> str:
        if not self.mentioned and self.hard:
            return self.p() if self.hard == "given" else f"{title(self.patient, self.rng)} {self.p()}"
        if self.patient.given and self.rng.random() < 0.5:
            return f"{title(self.patient, self.rng)} {self.p()}"
        self.mentioned = True
        return self.ps()

    def ps(self) -> str:
        sur = display_surname(self.patient)
        return f"{title(self.patient, self.rng)} {nom(sur.upper() if self.rng.random() < 0.3 else sur)}"

    def pg(self) -> str:
        if self.patient.given:
            return nom(self.patient.given)
        return self.ps()

    def suru(self) -> str:
        self.mentioned = True
        return nom(display_surname(self.patient).upper())

    def given(self) -> str:
        pt = self.patient
        return nom(pt.given) if pt.given else nom(f"{pt.initial}.")

    def r(self) -> str:
        rel = self.relative
        return nom(full_name(rel, self.rng, upper_surname=self.rng.random() < 0.2))

    def rg(self) -> str:
        return nom(self.relative.given) if self.relative.given else nom(display_surname(self.relative))

    def kin_(self) -> str:
        return self.kin_noun

    def kin_u(self) -> str:
        return hm.definite(self.kin_noun, KIN[self.kin_noun][0]).capitalize()

    def kin_d(self) -> str:
        return hm.definite(self.kin_noun, KIN[self.kin_noun][0])

    def kin_p(self) -> str:
        return hm.possessive(self.kin_noun, KIN[self.kin_noun][0])

    def c(self) -> str:
        return f"{self.carer_role.capitalize()} ({self.c_name()})"

    def c_name(self) -> str:
        return nom(full_name(self.carer, self.rng))

    def k(self) -> str:
        kid = self.kid
        if kid.given:
            return nom(f"{kid.given} {display_surname(kid)}")
        return nom(display_surname(kid))

    def kg(self) -> str:
        return nom(self.kid.given) if self.kid.given else f"la petite {nom(display_surname(self.kid))}"

    def kage(self) -> str:
        days = (TODAY - self.kid.born).days
        return f"{days // 30} mois" if days < 730 else f"{age(self.kid)} ans"

    def par(self) -> str:
        return f"{title(self.parent, self.rng)} {nom(full_name(self.parent, self.rng))}"

    def parm(self) -> str:
        return nom(full_name(self.parent, self.rng))

    def parg(self) -> str:
        return nom(self.parent.given) if self.parent.given else nom(display_surname(self.parent))

    def par_noun(self) -> str:
        return "la maman" if self.parent.sex == "f" else "le papa"

    def gm(self) -> str:
        return nom(full_name(self.grandma, self.rng))

    def e(self) -> str:
        return "e" if self.patient.sex == "f" else ""

    def ke(self) -> str:
        return "e" if self.kid.sex == "f" else ""

    def il(self) -> str:
        return "elle" if self.patient.sex == "f" else "il"

    def il_u(self) -> str:
        return self.il().capitalize()

    def le(self) -> str:
        return "la" if self.patient.sex == "f" else "le"

    def kfils(self) -> str:
        return "sa fille" if self.kid.sex == "f" else "son fils"

    def pnir(self) -> str:
        return tag("NIR", nir(self.rng, self.parent))

    def padr(self) -> str:
        return tag("ADRESSE", address(self.rng, self.parent))

    # --- identifiers
    def tel(self) -> str:
        country = ORIGINS[self.patient.origin][2] if self.rng.random() < 0.3 else "687"
        return tag("TEL", phone(self.rng, country))

    tel2 = tel

    def rtel(self) -> str:
        return tag("TEL", phone(self.rng, ORIGINS[self.relative.origin][2]))

    def ptel(self) -> str:
        return tag("TEL", phone(self.rng))

    def ddn(self) -> str:
        return tag("DDN", birth_date(self.rng, self.patient.born))

    def kddn(self) -> str:
        return tag("DDN", birth_date(self.rng, self.kid.born))

    def nir(self) -> str:
        return tag("NIR", nir(self.rng, self.patient))

    def email(self) -> str:
        return tag("EMAIL", email(self.rng, self.patient))

    def remail(self) -> str:
        return tag("EMAIL", email(self.rng, self.relative))

    def pemail(self) -> str:
        return tag("EMAIL", email(self.rng, self.parent))

    def adr(self) -> str:
        return tag("ADRESSE", address(self.rng, self.patient))

    def radr(self) -> str:
        return tag("ADRESSE", address(self.rng, self.relative, here=True))

    def labelled(self, kind: str) -> str:
        label, number = ident(self.rng, kind)
        return f"{label} {tag('ID', number)}"

    def cafat_(self) -> str:
        return self.labelled("cafat")

    def cafat(self) -> str:
        return tag("ID", ident(self.rng, "cafat")[1])

    def mut_(self) -> str:
        return self.labelled("mutuelle")

    def dos_(self) -> str:
        return self.labelled("dossier")

    def book_(self) -> str:
        return self.labelled("booking")

    def lic_(self) -> str:
        return self.labelled("licence")

    def at_(self) -> str:
        return self.labelled("at")

    # --- kept and plain
    def slot(self) -> str:
        return keep(hm.fresh_slot(slot_text, self.rng, self.used_slots))

    slot2 = slot

    def staff(self) -> str:
        return keep(self.rng.choice(STAFF_FULL))

    def sg(self) -> str:
        return keep(self.rng.choice(STAFF_GIVEN))

    def hospital(self, article: str) -> str:
        kind, name = self.rng.choice(HOSPITALS)
        return ARTICLES[article][kind] + keep(name)

    def hosp_le(self) -> str:
        return self.hospital("le")

    def hosp_du(self) -> str:
        return self.hospital("du")

    def hosp_au(self) -> str:
        return self.hospital("au")

    def clin(self) -> str:
        return keep(self.rng.choice(CLINICAL))

    def kclin(self) -> str:
        return keep(self.rng.choice(KIDS_CLINICAL))

    def town(self) -> str:
        return self.rng.choice(list(TOWNS))

    def employer(self) -> str:
        at, _, name = self.rng.choice(EMPLOYERS)
        return at + name

    def emp(self) -> str:
        return self.rng.choice(EMPLOYERS)[2]

    def emp_de(self) -> str:
        _, of, name = self.rng.choice(EMPLOYERS)
        return of + name

    def club(self) -> str:
        return self.rng.choice(CLUBS)

    def school(self) -> str:
        return self.rng.choice(SCHOOLS)

    def mutname(self) -> str:
        return self.rng.choice(MUTUELLES)

    def age(self) -> str:
        return str(age(self.patient))

    def fill(self, template: str) -> str:
        def one(match: re.Match[str]) -> str:
            key = match.group(1).lower()
            method = getattr(self, key if hasattr(self, key) else key + "_")
            return method()
        return re.sub(r"\{(\w+)\}", one, template.replace("\\n", "\n"))


def booking_export(w: Writer) -> str:
    """A line of the booking software's export, in its own fixed order."""
    w.upper_export = True
    fields = [w.slot(), w.p(), w.tel(), w.staff(), w.clin(), w.book_()]
    if w.rng.random() < 0.5:
        fields.insert(3, w.ddn())
    sep = w.rng.choice((";", " | ", "\t", ","))
    return w.rng.choice(("EXPORT RDV\n", "export planning :\n", "")) + sep.join(fields)


HARD_FORMS = ("slip", "slip", "initial", "comma", "married", "plain", "lower", "given")


def draw_cast(rng: random.Random, scenario: str, hard_wanted: bool) -> Writer:
    origin = "wallis" if scenario is WALLIS_T else None
    patient = new_person(rng, origin, years=(16, 92) if scenario is not ADULT_AT else (19, 62))
    kin = rng.choice(list(KIN))
    if kin == "mari" and patient.sex == "m":
        kin = rng.choice(("femme", "épouse", "compagne"))
    elif kin in ("femme", "épouse", "compagne") and patient.sex == "f":
        kin = "mari"
    kin_sex, shares = KIN[kin]
    if kin in ("mère", "père") and age(patient) > 60:
        kin = rng.choice(("fille", "fils", "petite-fille"))
    elif age(patient) < 30 and kin in YOUNGER_KIN:
        kin = rng.choice(("mère", "père", "sœur", "frère", "tante", "oncle"))
    if kin == "mari" and patient.sex == "m":
        kin = rng.choice(("femme", "épouse", "compagne"))
    elif kin in ("femme", "épouse", "compagne") and patient.sex == "f":
        kin = "mari"
    kin_sex, shares = KIN[kin]
    same = shares or rng.random() < 0.6
    relative = new_person(rng, patient.origin if same else None, kin_sex,
                          surname=patient.surname if shares else None)
    carer = new_person(rng)
    role = rng.choice(CARERS)
    kid = new_person(rng, years=(0, 13))
    parent = new_person(rng, kid.origin, surname=kid.surname, years=(20, 45))
    grandma = new_person(rng, kid.origin if rng.random() < 0.7 else None, "f", years=(50, 80))
    hard = rng.choice(HARD_FORMS) if hard_wanted else ""
    if hard == "plain" and plain(patient.given + patient.surname) == patient.given + patient.surname:
        hard = "slip"
    if hard == "given" and not patient.given:
        hard = "initial"
    return Writer(rng, patient, relative, kin, carer, role, kid, parent, grandma, hard)


def slip_plain(rng: random.Random, text: str) -> str:
    """Habits of a hurried typist on plain text: accents dropped, a word slipped."""
    if rng.random() < 0.25:
        text = plain(text)
    if rng.random() < 0.15:
        chunks = text.split(" ")
        spots = [i for i, c in enumerate(chunks) if len(c) > 6 and c.isalpha()]
        if spots:
            i = rng.choice(spots)
            chunks[i] = hm.slip(chunks[i], rng)
        text = " ".join(chunks)
    return text


def names_patient(template: str) -> bool:
    return "{P}" in template or "{TP}" in template


def draft(rng: random.Random, flags: list[set[str]], bare: bool, hard: bool) -> hm.Fragments:
    """One note; `bare`: from BARE; `hard`: the patient named, first in a harder form."""
    if bare:
        block, template = BARE, rng.choice(hm.templates(BARE))
    else:
        block, template = hm.draw_template(rng, SCENARIOS)
        while hard and not names_patient(template):
            block, template = hm.draw_template(rng, SCENARIOS)
    w = draw_cast(rng, block, hard)
    if block is ADULT and rng.random() < 0.12:
        markup = booking_export(w)
        note_flags = {"booking export"}
    else:
        markup = w.fill(template)
        note_flags = set()
    fragments = hm.join_names(hm.parse(markup))
    case = rng.random()
    if case < 0.13:
        fragments = [(t.lower(), k) for t, k in fragments]
        note_flags.add("lower-case note")
    elif case < 0.17:
        fragments = [(t.upper(), k) if k not in ("EMAIL",) else (t, k) for t, k in fragments]
        note_flags.add("capitals")
    fragments = [(slip_plain(rng, t), k) if k is None else (t, k) for t, k in fragments]
    if w.hard_used:
        note_flags.add(f"hard: {w.hard}")
    if block is BARE:
        note_flags.add("bare")
    flags.append(note_flags)
    return fragments


class Maker:
    """Draws the notes; a draft whose names an earlier set holds (a slip can make one) is drawn again."""

    def __init__(self, taken: set[str]) -> None:
        self.taken = taken
        self.flags: list[set[str]] = []
        self.redrawn = 0
        self.hard_due = False

    def __call__(self, rng: random.Random) -> hm.Fragments:
        while True:
            scratch: list[set[str]] = []
            rank = len(self.flags)
            bare = rank % 9 == 4
            self.hard_due = self.hard_due or rank % 7 == 2  # a hard note falling on a bare one moves on
            fragments = draft(rng, scratch, bare, self.hard_due and not bare)
            if not hm.reused_words(hm.record("draft", fragments), name_words, self.taken):
                self.flags.extend(scratch)
                self.hard_due = self.hard_due and bare
                return fragments
            self.redrawn += 1


def check(record: dict) -> None:
    hm.check_unlabelled(record, name_words)
    hm.check_no_staff(record, name_words)


def main() -> None:
    taken = hm.taken_tokens(OUT, EARLIER)
    pooled = [n for names in ROWS.values() for n in names]
    clashes = sum(bool(name_words(n.replace("_", " ")) & taken) for n in pooled)
    if clashes:
        raise SystemExit(f"{clashes} pool names already used by an earlier set or the staff")
    maker = Maker(taken)

    def check_set(records: list[dict]) -> None:
        held = [r["id"] for r in records if hm.reused_words(r, name_words, taken)]
        if held:
            raise SystemExit(f"notes with a name an earlier set holds: {held}")
        hm.check_blind_set(records, NOTES, name_words, set(), staff_share=0.3, bare=(0.07, 0.16))

    records = hm.write(OUT, PREFIX, NOTES, SEED, maker, check, check_set)
    hard = sum(any(f.startswith("hard") for f in flags) for flags in maker.flags)
    hm.report(records, OUT, maker.flags, hard)
    print(f"drafts drawn again for a reused name word: {maker.redrawn}")


if __name__ == "__main__":
    main()
