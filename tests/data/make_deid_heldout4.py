"""Write `deid_heldout4.jsonl`: a fourth held-out set for the de-identifier.

Written 2026-11-28 by someone who had not read the rules, measured once before any tuning.
The rules and the engine's name lists were never opened; the earlier corpora were read only
for their file format and so that no name (checked below against every earlier `.jsonl`) and
no template is reused. 300 invented call notes as the secretary of a cabinet de
kinésithérapie types them: SMS style, abbreviations, forms, forwarded e-mails, notes in lower
case, names with no cue at the start or the end of a note, relatives named in passing.

Gold conventions: `[[KIND|value]]` must disappear (NOM TEL NIR DDN EMAIL ADRESSE ID) and
`[[K|value]]` must survive (appointment slots, staff physios, clinical words). Honorifics
(Mme, M.) are outside the NOM span. A birth year alone ("née en 1961") is not a DDN. A city
alone counts as ADRESSE only when it says where the patient lives ("habite à Rezé"). Doctors
are never named, so every person other than the staff is a NOM.

Standard library only. Run: .venv/bin/python tests/data/make_deid_heldout4.py
(deterministic: fixed seed)
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass

import heldout_markup as markup
from heldout_markup import Fragments, Origin, Person, definite, keep, nom, possessive, slip
from heldout_markup import words as w

OUT = markup.HERE / "deid_heldout4.jsonl"
NOTES, SEED, PREFIX = 300, 20261128, "q"

# ---------------------------------------------------------------------------------------------
# Names. About half the patients get a common French name (a good share of them surnames
# that are French words); the rest come from the pools of other origins below.


FR_F = w("""Nadine Sylviane Laurence Véronique Bernadette Jacqueline Denise Colette Odette
Paulette Gisèle Micheline Solange Lucienne Jocelyne Évelyne Annie Corinne Patricia Stéphanie
Céline Aurélie Émilie Julie Camille Manon Léa Emma Louise Alice Margot Zoé Romane Clara
Thérèse Madeleine Suzanne Marguerite Germaine Yvette Régine Danielle Murielle Florence
Valentine Capucine Agathe Juliette Élodie Delphine Virginie Estelle Karine""")
FR_M = w("""Sylvain Gilles Sébastien Frédéric Christophe Didier Marcel René Roger Henri André
Jacques Claude Guy Maurice Lucien Georges Fernand Jules Gabriel Arthur Raphaël Nathan Mathis
Noah Nicolas Antoine Benoît Lionel Thibault Quentin Maxime Romain Adrien Bastien Cédric Jérôme
Rémi Gaston Serge Gérald""")
BABY_F = w("Lina Ambre Mia Louna Nina Alba Mila Lya Romy Lou")
BABY_M = w("Léon Gabin Sacha Timéo Eden Naël Ayden Marceau Sohan Milo")
FR_F_COMPOUND = ["Marie-Hélène", "Anne-Laure", "Marie-Claude", "Marie-Odile", "Marie-France",
                 "Marie-Josée", "Anne-Marie", "Marie-Christine"]
FR_M_COMPOUND = ["Jean-Marc", "Jean-Luc", "Paul-Henri", "Pierre-Alain", "Jean-Michel",
                 "Jean-Claude", "Jean-François", "Pierre-Louis"]
FR_SURNAMES = w("""Dubois Thomas Robert Richard Leroy Lefèvre Bonnet Dupuis Morel Guérin Boyer
Gaillard Roussel Perrot Morin Clément Colin Vidal Fabre Rolland Lucas Denis Roy Leclerc Hubert
Bertrand Giraud Joly Gauthier Aubry Renaud Arnaud Dumont Collet Prévost Germain Huet Vincent
Royer Hamon Guillot Poulain Jacquet Blanchard Besson Maillard Pelletier Dumas Tessier Perret
Cordier Millet Leconte Bailly Vasseur Bousquet Verdier Rigaud Dubreuil Marty Lacombe Chauvin
Bouchet Deschamps Langlois Lemercier""")
FR_WORD_SURNAMES = w("""Lebrun Lamy Charpentier Leblanc Legrand Lejeune Leduc Lecomte Baron
Sauvage Bouvier Pasteur Moulin Marais Rivière Couturier Potier Vacher Tisserand Carré Labbé
Lamour Lévêque Lemaître Boulet Lenfant""")
FR_HYPHENATED = ["Morel-Vasseur", "Rigaud-Pellegrin", "Lacaze-Bouvier", "Maurel-Duhamel",
                 "Kessler-Hamon"]


ORIGINS = [
    Origin("maghreb", w("Samira Leïla Nadia Fatima Khadija Zohra Malika Djamila Salima Nawel "
                        "Houria Imane Sanaa"),
           w("Mehdi Sofiane Nabil Rachid Farid Yacine Abdelkader Mourad Hocine Amine Ilyes "
             "Khaled Saïd Redouane"),
           w("Benyoucef Bouzid Mansouri Saïdi Rahmani Belkacem Boukhari Zerrouki Taleb Meziane "
             "Cherkaoui Alaoui Bennani Lahlou Bouaziz Khelifi Hadjadj Ouchène")
           + ["Ben Youssef", "Ben Salah", "El Mansouri", "Aït Kaci", "Aït Hamou"],
           "350", ("44", "93", "13", "69")),
    Origin("west_africa", w("Aminata Aïssatou Kadiatou Akissi Awa Fanta Mariam Rokia Ndèye "
                            "Adjoua Sokhna"),
           w("Moussa Mamadou Ousmane Adama Seydou Boubacar Yao Ibrahima Souleymane Salif Lamine"),
           w("Koné Coulibaly Diop Sow Bah Camara Keïta Sissoko Touré Cissé Kouassi Konaté "
             "Dembélé Sylla Fofana Kanté Gueye Faye Kouamé Sangaré Doumbia Bamba")
           + ["N'Dri", "N'Goran"],
           "341", ("44", "75", "93")),
    Origin("portugal", w("Fernanda Conceição Graça Filipa Lurdes Rosário Manuela Idalina"),
           w("João Rui Tiago Vítor Armando Nuno Sérgio Fernando Hélder Duarte Abílio"),
           w("Pereira Carvalho Gonçalves Lopes Marques Teixeira Pinto Fernandes Mendes Cardoso "
             "Moreira Fonseca Machado Correia Barbosa Gomes Ribeiro")
           + ["de Jesus", "da Costa", "do Nascimento", "de Freitas", "da Cunha"],
           "139", ("44", "94", "78")),
    Origin("vietnam", ["Thi Lan", "Thi Hoa", "Thi Mai", "Thi Huong", "Ngoc Anh", "Thu Trang",
                       "Kim Phuong"],
           ["Van Minh", "Van Hung", "Duc Thanh", "Quoc Tuan", "Minh Khoa", "Huu Phuc"],
           w("Tran Pham Hoang Phan Vu Vo Dang Bui Ngo Duong Truong Dinh Huynh Ly"),
           "243", ("75", "44")),
    Origin("turkey", w("Ayşe Fatma Emine Zeynep Elif Hatice Gülsüm Merve Esra Sibel Derya"),
           w("Mehmet Mustafa Hüseyin Burak Ahmet Cem Serkan Oğuz Kemal Murat Volkan Ercan"),
           w("Yılmaz Kaya Demir Şahin Çelik Yıldız Öztürk Aydın Arslan Doğan Kılıç Çetin Koç "
             "Kurt Özdemir Polat Uçar Tekin"),
           "208", ("67", "44", "69")),
    Origin("poland", w("Małgorzata Katarzyna Ewa Jadwiga Bożena Halina Grażyna Dorota Beata "
                       "Krystyna"),
           w("Krzysztof Piotr Tomasz Marek Stanisław Grzegorz Andrzej Łukasz Paweł Zbigniew"),
           w("Nowak Wiśniewski Wójcik Kamiński Lewandowski Zieliński Szymański Woźniak "
             "Dąbrowski Kozłowski Jabłoński Grabowski Pawlak Michalski Wróbel Zając Krawczyk"),
           "122", ("59", "62", "44")),
    Origin("brittany", w("Maïwenn Enora Morgane Awena Maëla Annaïg Gwenaëlle"),
           w("Gwenaël Gurvan Corentin Armel Jakez Riwal Tangi Yann"),
           w("Guillou Cornec Prigent Kermarrec Abgrall Jaffrézic Salaün Hénaff Tallec "
             "Kerdoncuff Caradec")
           + ["Le Guen", "Le Meur", "Le Corre", "Le Moal", "Le Bras", "Le Berre", "Le Pennec",
              "Le Cam"],
           "", ("29", "22", "56", "35", "44")),
    Origin("basque", w("Maite Itziar Nahia Irati Garbiñe Miren Oihana"),
           w("Peio Mikel Unai Eneko Beñat Josu Aitor Ellande"),
           w("Etchegaray Iriart Larralde Urruty Elissalde Mendiboure Ithurbide Bidegain Aguerre "
             "Arrambide Oçafrain Harriague Duhalde"),
           "", ("64", "40")),
    Origin("alsace", w("Odile Marlyse Doris Liliane Christiane Gertrude Irène"),
           w("Aloyse Xavier Edmond Materne Florent Arsène Joseph"),
           w("Schneider Weber Muller Fischer Klein Wolff Zimmermann Hoffmann Bauer Koenig "
             "Schaeffer Haller Heitz Ritter Ehrhart Stoeckel Jung Kern Hertzog Wendling Moser "
             "Strub"),
           "", ("67", "68")),
    Origin("corsica", w("Letizia Saveria Livia Vannina Carlotta Marie-Ange"),
           w("Ange Orsu Toussaint Jean-Toussaint Petru Dumé"),
           w("Leca Paoli Albertini Filippi Peretti Luciani Mattei Colonna Pietri Simeoni "
             "Giacomoni Poli Nicolai Castellani Mondoloni")
           + ["d'Ornano"],
           "", ("2A", "2B")),
    Origin("flanders", w("Griet Liesbeth Annelies"), w("Joost Wouter Pieter"),
           ["Van Acker", "Van Hecke", "Vanden Bossche", "D'Hondt", "De Baets"],
           "", ("59", "62")),
]
FRENCH = Origin("france", FR_F + FR_F_COMPOUND, FR_M + FR_M_COMPOUND,
                FR_SURNAMES + FR_WORD_SURNAMES + FR_HYPHENATED, "",
                ("44", "44", "44", "35", "49", "85", "75", "69", "33", "59"))
PARTICLES = {"de", "da", "do", "le", "van", "ben", "el", "aït", "ait"}
TURKISH_POLISH_ASCII = str.maketrans("ıİşŞçÇğĞöÖüÜłŁśŚżŻźŹąĄęĘńŃćĆóÓ",
                                     "iIsScCgGoOuUlLsSzZzZaAeEnNcCoO")


# The corpora that existed when this set was written (the hard cases later took some of its
# names as regression cases).
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", "deid_heldout2.jsonl", "deid_heldout3.jsonl")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.lower().translate(TURKISH_POLISH_ASCII))
    return "".join(c for c in text if unicodedata.category(c) != "Mn")


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if unicodedata.category(c) != "Mn")


def name_tokens(name: str, given: bool) -> list[str]:
    """The words of a name to check: particles aside, a compound given name (Jean-Marc) whole,
    a hyphenated surname part by part."""
    tokens = []
    for part in name.split():
        if fold(part) in PARTICLES:
            continue
        tokens.extend([fold(part)] if given else fold(part).split("-"))
    return tokens


def check_names() -> None:
    """Refuse any name that an earlier corpus used, or that a staff physio bears."""
    earlier = markup.earlier_name_tokens(OUT, fold, EARLIER)
    staff = {fold(part) for name in markup.STAFF for part in name.split()}
    clashes = []
    babies = Origin("babies", BABY_F, BABY_M, [], "", ())
    for origin in [FRENCH, *ORIGINS, babies]:
        names = [(n, True) for n in origin.given_f + origin.given_m] + [(n, False) for n in origin.surnames]
        for name, given in names:
            if any(token in earlier or token in staff for token in name_tokens(name, given)):
                clashes.append(name)
    if clashes:
        raise SystemExit(f"names already used by an earlier corpus or the staff: {clashes}")


# ---------------------------------------------------------------------------------------------
# People


def pick_origin(rng: random.Random) -> Origin:
    return FRENCH if rng.random() < 0.5 else rng.choice(ORIGINS)


def birth_date(rng: random.Random, baby: bool = False) -> dt.date:
    if baby:
        return dt.date(2026, 1, 1) + dt.timedelta(days=rng.randint(0, 300))
    year = rng.choice([rng.randint(1930, 1960), rng.randint(1940, 1985), rng.randint(1960, 2010)])
    return dt.date(year, 1, 1) + dt.timedelta(days=rng.randint(0, 364))


def feminine(surname: str, origin: Origin, sex: str, rng: random.Random) -> str:
    if origin.name == "poland" and sex == "f" and surname.endswith("ski") and rng.random() < 0.5:
        return surname[:-1] + "a"
    return surname


def make_person(rng: random.Random, sex: str | None = None, surname: str | None = None,
                origin: Origin | None = None, baby: bool = False) -> Person:
    sex = sex or rng.choice("ff" "m")  # more women call a physio practice than men
    origin = origin or pick_origin(rng)
    given_origin = origin
    if origin is not FRENCH and rng.random() < 0.15:  # second generation: French given name
        given_origin = FRENCH
    given = rng.choice(given_origin.given_f if sex == "f" else given_origin.given_m)
    if baby and given_origin is FRENCH:
        given = rng.choice(BABY_F if sex == "f" else BABY_M)
    if surname is None:
        surname = feminine(rng.choice(origin.surnames), origin, sex, rng)
    return Person(given, surname, sex, origin, birth_date(rng, baby))


def ascii_maybe(name: str, person: Person, rng: random.Random) -> str:
    """Secretaries often type Turkish, Polish and Portuguese letters without their marks."""
    if person.origin.name in {"turkey", "poland", "portugal"} and rng.random() < 0.5:
        return strip_accents(name.translate(TURKISH_POLISH_ASCII))
    return name


def given_of(p: Person, rng: random.Random) -> str:
    return ascii_maybe(p.given, p, rng)


def surname_of(p: Person, rng: random.Random) -> str:
    return ascii_maybe(p.surname, p, rng)


def full_name(p: Person, rng: random.Random) -> str:
    g, s = given_of(p, rng), surname_of(p, rng)
    forms = [(f"{g} {s}", 30), (f"{s} {g}", 15), (f"{s.upper()} {g}", 20), (f"{g} {s.upper()}", 10),
             (f"{g.lower()} {s.lower()}", 7), (f"{s.lower()} {g.lower()}", 5),
             (f"{s.upper()} {g.upper()}", 5), (f"{g[0]}. {s}", 0 if g[0] == "M" else 4)]
    text = rng.choices([f for f, _ in forms], [n for _, n in forms])[0]
    return slip(text, rng) if rng.random() < 0.04 else text


def bare_surname(p: Person, rng: random.Random) -> str:
    s = surname_of(p, rng)
    text = rng.choices([s, s.upper(), s.lower()], [60, 30, 10])[0]
    return slip(text, rng) if rng.random() < 0.04 else text


def honorific(sex: str, rng: random.Random) -> str:
    if sex == "f":
        return rng.choices(["Mme", "Madame", "mme", "Mme.", "MME"], [55, 15, 15, 10, 5])[0]
    return rng.choices(["M.", "Monsieur", "Mr", "M", "mr"], [50, 15, 20, 10, 5])[0]


# ---------------------------------------------------------------------------------------------
# Relatives: (noun, sex, same surname likely)

RELATIONS = [("mère", "f", True), ("fille", "f", True), ("fils", "m", True), ("mari", "m", True),
             ("femme", "f", True), ("conjoint", "m", False), ("compagne", "f", False),
             ("épouse", "f", True), ("voisine", "f", False), ("voisin", "m", False),
             ("aidante", "f", False), ("tuteur", "m", False), ("tutrice", "f", False),
             ("belle-fille", "f", False), ("petit-fils", "m", True), ("petite-fille", "f", True),
             ("sœur", "f", False), ("frère", "m", True), ("gendre", "m", False),
             ("nièce", "f", False), ("père", "m", True)]


# ---------------------------------------------------------------------------------------------
# Identifiers

MOBILE_FORMATS = [("{a} {b} {c} {d} {e}", 30), ("{a}.{b}.{c}.{d}.{e}", 12), ("{a}{b}{c}{d}{e}", 18),
                  ("+33 {a1} {b} {c} {d} {e}", 8), ("+33{a1}{b}{c}{d}{e}", 6),
                  ("0033 {a1} {b} {c} {d} {e}", 4), ("{a}-{b}-{c}-{d}-{e}", 5),
                  ("+33 (0){a1} {b} {c} {d} {e}", 3), ("{a} {b}{c} {d}{e}", 3),
                  ("{a}/{b}/{c}/{d}/{e}", 2)]
LANDLINE_PREFIXES = ["02 40", "02 40", "02 51", "02 28", "02 72", "09 5", "09 8", "01 4", "05 56",
                     "04 78", "03 88", "02 98"]


def phone(rng: random.Random) -> str:
    if rng.random() < 0.25:
        prefix = rng.choice(LANDLINE_PREFIXES).replace(" ", "")
    else:
        prefix = rng.choice(["06", "06", "07"])
    digits = prefix + "".join(str(rng.randint(0, 9)) for _ in range(10 - len(prefix)))
    a, b, c, d, e = (digits[i:i + 2] for i in range(0, 10, 2))
    fmt = rng.choices([f for f, _ in MOBILE_FORMATS], [n for _, n in MOBILE_FORMATS])[0]
    return fmt.format(a=a, a1=a[1], b=b, c=c, d=d, e=e)


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
MONTHS_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.",
                "nov.", "déc."]


def ddn_text(born: dt.date, rng: random.Random) -> str:
    d, m, y = born.day, born.month, born.year
    day_word = "1er" if d == 1 else str(d)
    forms = [f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y}", f"{d}.{m}.{y % 100:02d}", f"{d:02d}-{m:02d}-{y}",
             f"{day_word} {MONTHS[m - 1]} {y}", f"{d:02d}/{m:02d}/{y % 100:02d}",
             f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS_SHORT[m - 1]} {y}", f"{d}/{m}/{y % 100:02d}"]
    return rng.choices(forms, [20, 12, 8, 6, 14, 10, 6, 4, 5])[0]


def nir_text(p: Person, rng: random.Random) -> str:
    sex = "2" if p.sex == "f" else "1"
    yy, mm = f"{p.born.year % 100:02d}", f"{p.born.month:02d}"
    if p.origin.abroad and p.born.year < 1990 and rng.random() < 0.7:
        dept, commune = "99", p.origin.abroad
    else:
        dept, commune = rng.choice(p.origin.departments), f"{rng.randint(1, 350):03d}"
        if dept in {"2A", "2B"} and p.born.year < 1976:
            dept = "20"
    order = f"{rng.randint(1, 999):03d}"
    body = f"{sex}{yy}{mm}{dept}{commune}{order}"
    numeric = int(body.replace("2A", "19").replace("2B", "18"))
    key = 97 - numeric % 97
    if rng.random() < 0.15:  # mistyped: the key does not match
        key = (key + rng.randint(1, 40)) % 97 + 1
    k = f"{key:02d}"
    forms = [(f"{sex} {yy} {mm} {dept} {commune} {order} {k}", 35), (f"{body}{k}", 30),
             (f"{body} {k}", 15), (f"{sex} {yy} {mm} {dept} {commune} {order} / {k}", 5),
             (f"{sex}.{yy}.{mm}.{dept}.{commune}.{order}.{k}", 5),
             (f"{sex}{yy}{mm}{dept}{commune} {order} {k}", 10)]
    return rng.choices([f for f, _ in forms], [n for _, n in forms])[0]


MAIL_DOMAINS = ["orange.fr", "wanadoo.fr", "laposte.net", "sfr.fr", "hotmail.fr", "gmail.com",
                "yahoo.fr", "outlook.fr", "free.fr", "icloud.com", "neuf.fr"]


def email_text(p: Person, rng: random.Random) -> str:
    g = re.sub(r"[^a-z-]", "", fold(p.given).replace(" ", "-"))
    s = re.sub(r"[^a-z]", "", fold(p.surname))
    local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{s}.{g}{p.born.year % 100:02d}",
                        f"{g}{s}{rng.randint(1, 99)}", f"{s}_{g[0]}", f"{g.replace('-', '')}.{s}44",
                        f"{s}{p.born.year}"])
    return f"{local}@{rng.choice(MAIL_DOMAINS)}"


STREET_TYPES = ["rue", "rue", "rue", "avenue", "av.", "bd", "allée", "impasse", "chemin", "place",
                "route", "square"]
STREET_NAMES = ["des Pervenches", "de la Garenne", "du Maréchal Joffre", "Paul Bellamy",
                "de Strasbourg", "des Coquelicots", "de la Chézine", "du Bois Hardy",
                "Georges Clemenceau", "de Rennes", "du Petit Port", "de la Libération",
                "des Acacias", "Félix Faure", "Aristide Briand", "du 8 Mai 1945", "de la Convention",
                "des Châtaigniers", "Jules Verne", "de la Ville en Bois", "des Sorinières",
                "de Clisson", "du Corps de Garde", "des Marronniers", "de la Houssinière"]
CITIES = [("44000", "Nantes"), ("44100", "Nantes"), ("44300", "Nantes"), ("44400", "Rezé"),
          ("44800", "Saint-Herblain"), ("44700", "Orvault"), ("44120", "Vertou"),
          ("44470", "Carquefou"), ("44240", "La Chapelle-sur-Erdre"),
          ("44230", "Saint-Sébastien-sur-Loire"), ("44340", "Bouguenais"), ("44880", "Sautron"),
          ("44119", "Treillières"), ("44980", "Sainte-Luce-sur-Loire"), ("44115", "Basse-Goulaine"),
          ("44220", "Couëron"), ("44610", "Indre"), ("44840", "Les Sorinières"),
          ("44640", "Le Pellerin"), ("44470", "Thouaré-sur-Loire")]


def address(rng: random.Random) -> str:
    number = f"{rng.randint(1, 148)}{rng.choices(['', ' bis', ' ter', 'bis', ' B'], [80, 9, 4, 4, 3])[0]}"
    street = f"{number} {rng.choice(STREET_TYPES)} {rng.choice(STREET_NAMES)}"
    if rng.random() < 0.1:
        street = street.lower()
    text = f"[[ADRESSE|{street}]]"
    if rng.random() < 0.2:
        text += rng.choice([", bât C", " appt 12", ", 3e étage", " rés. les Glycines"])
    if rng.random() < 0.8:
        postcode, city = rng.choice(CITIES)
        city = city.upper() if rng.random() < 0.25 else city
        text += rng.choice([", ", " ", " - "]) + f"[[ADRESSE|{postcode} {city}]]"
    return text


def city(rng: random.Random) -> str:
    name = rng.choice(CITIES)[1]
    return f"[[ADRESSE|{name.upper() if rng.random() < 0.15 else name}]]"


MUTUELLES = ["Harmonie", "MGEN", "MAAF", "Malakoff Humanis", "AG2R", "Mutuelle Bleue", "MNT",
             "Groupama", "Apivia", "MACIF", "Alan"]


def member_id(rng: random.Random) -> str:
    return rng.choice([f"{rng.randint(10**7, 10**9 - 1)}", f"00{rng.randint(10**6, 10**7 - 1)}",
                       f"HM {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                       f"A{rng.randint(10**6, 10**7 - 1)}", f"MG-{rng.randint(10**5, 10**6 - 1)}",
                       f"{rng.randint(10, 99)} {rng.randint(100, 999)} {rng.randint(100, 999)}"])


# ---------------------------------------------------------------------------------------------
# Appointments and clinical words (KEEP)

DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
DAYS_SHORT = ["lun", "mar.", "mer", "jeu", "ven.", "sam"]
HOURS = ["8h", "8h15", "8h30", "9h", "9h45", "10h", "10h30", "11h30", "12h15", "13h30", "14h",
         "14h30", "15h15", "16h", "16h45", "17h30", "18h", "18h30", "19h", "14:30", "9H"]


TODAY = dt.date(2026, 11, 28)


def slot(rng: random.Random) -> str:
    """A real day within the next two months (no Sundays or holidays): weekday and date agree."""
    date = TODAY + dt.timedelta(days=rng.randint(1, 60))
    while date.weekday() == 6 or (date.month, date.day) in {(12, 25), (1, 1)}:
        date = TODAY + dt.timedelta(days=rng.randint(1, 60))
    day, hour = DAYS[date.weekday()], rng.choice(HOURS)
    d, m = "1er" if date.day == 1 else str(date.day), date.month
    start = rng.randint(8, 17)
    text = rng.choice([
        f"{day} {hour}", f"{day} à {hour}", f"{day} prochain à {hour}", "demain matin",
        f"demain {hour}", "cet aprem", "après-demain", f"le {date.day}/{m:02d} à {hour}",
        f"le {d} {MONTHS[m - 1]} à {hour}", f"{day} {date.day}/{m}", f"{day} matin",
        f"{day} en fin de journée", "la semaine prochaine", f"{DAYS_SHORT[date.weekday()]} {hour}",
        f"{day} aprem", f"{day} entre {start}h et {start + rng.randint(1, 3)}h", f"le {date.day}/{m:02d}",
        f"{day} {d} {MONTHS_SHORT[m - 1]} {hour}", f"{day} {d} {MONTHS[m - 1]}",
    ])
    return keep(text)


REASONS = [
    "{{rééduc}} {{épaule}} droite après {{réparation de la coiffe}}",
    "{{lombosciatique}} gauche, en arrêt de travail",
    "{{drainage lymphatique}} jambe droite",
    "{{gonarthrose}} des deux genoux",
    "{{rupture du tendon d'Achille}} opérée",
    "suite {{ligamentoplastie}} du genou",
    "{{torticolis}} depuis ce matin, ne peut plus tourner la tête",
    "{{vertiges positionnels}} au lever",
    "{{SEP}}, séances à domicile",
    "{{hallux valgus}} opéré il y a 3 semaines",
    "{{fracture de la malléole}}, botte retirée",
    "{{rééducation périnéale}} après l'accouchement",
    "douleurs de la {{mâchoire}} ({{ATM}})",
    "{{spondylarthrite}}, entretien",
    "{{syndrome rotulien}}",
    "{{dorsalgies}} ++",
    "{{prothèse d'épaule}} posée le mois dernier",
    "{{rééducation vestibulaire}}",
    "{{ostéoporose}}, prévention des chutes",
    "{{BPCO}}, réentraînement à l'effort",
    "{{fibromyalgie}}",
    "{{épicondylite}} coude droit",
    "{{hernie discale}} L5-S1",
    "{{pubalgie}}",
    "{{algodystrophie}} main gauche",
    "{{lymphœdème}} du bras après cancer du sein",
    "{{PTG}} droite, sortie de clinique",
    "{{PTH}} gauche, marche avec cannes",
    "mal au {{dos}} depuis le déménagement",
    "{{genou}} qui gonfle après le sport",
    "{{entorse du poignet}} en tombant à vélo",
    "{{tendinopathie}} de l'{{épaule}}",
    "{{cruralgie}}",
    "{{bursite}} de la hanche",
    "{{maladie de Parkinson}}, marche difficile",
    "{{paralysie faciale}}",
    "{{capsulite rétractile}}",
    "{{claquage}} ischio au foot",
    "{{instabilité de cheville}}",
    "{{arthrose cervicale}}",
]
BABY_REASONS = ["{{kiné respi}} pour {{bronchiolite}}", "{{plagiocéphalie}}",
                "{{torticolis congénital}}", "{{encombrement bronchique}}"]


def reason(rng: random.Random) -> str:
    return re.sub(r"\{\{(.*?)\}\}", lambda m: keep(m.group(1)), rng.choice(REASONS))


def baby_reason(rng: random.Random) -> str:
    return re.sub(r"\{\{(.*?)\}\}", lambda m: keep(m.group(1)), rng.choice(BABY_REASONS))


REQUESTS = [
    "voudrait avancer à {slot}", "dde un créneau {slot} svp", "demande si on peut {la} prendre {slot}",
    "je {lui} ai proposé {slot}", "décalé à {slot}", "ne peut pas venir {slot}, dispo {slot2}",
    "rappeler svp, dispo {slot}", "noté {slot} avec {staff}", "préfère {slot} si possible",
    "ok pour {slot}", "annule {slot} (malade)", "demande un rdv {slot} ou {slot2}",
    "voudrait garder le même créneau {slot}", "sera en retard {slot}",
    "veut reprendre les séances à partir de {slot}", "a besoin d'une séance {slot} en urgence",
    "peut pas {slot} -> reporter", "dispo uniquement {slot}", "cherche un rdv {slot} avec {staff}",
    "a rdv {slot}, veut le déplacer", "pas dispo {slot}, voir pour {slot2}",
]
FIRST_PERSON = [
    "je souhaiterais un rendez-vous {slot} si possible",
    "je ne pourrai pas venir {slot}, pouvez-vous me rappeler au {tel} ?",
    "est-il possible d'avoir un créneau {slot} avec {staff} ?",
    "je voudrais décaler ma séance de {slot} à {slot2} si c'est possible",
    "suite à mon opération, mon chirurgien me prescrit des séances, je suis disponible {slot}",
]

# ---------------------------------------------------------------------------------------------
# Templates. Placeholders: P full name; PH honorific + name; PS honorific + surname; PG given
# name; SUR surname alone; SURU surname in capitals; R relative's name; RG relative's given name;
# rel "sa fille"; rdef "la fille"; role "aidante"; P2 second person named; e il Il la lui ta:
# agreement with the patient; extra: 0-2 further identifiers with their cue.

TEMPLATES = [
    "{P} rdv {slot} pb {reason}",
    "{P} {tel} {reason} rappeler",
    "rappeler {P} au {tel} svp",
    "eu {P} au tél tout à l'heure, {reason}, {req}",
    "{rdef} de {PH} a tél ce matin : {req}",
    "{P} (patient{e} de {staff}) {req}",
    "pour {P} et {rel} {R} : {req}",
    "{req}{extra}, merci de rappeler, c'est {PS}",
    "{reason}, {req}. merci de {la} rappeler au {tel}, c'est {PH}",
    "Patient{e} : {SURU} {PG}\nTél : {tel}\nDDN : {ddn}\nMotif : {reason}\nRDV souhaité : {slot}",
    "{staff}, {ta} {P} a appelé : {req}",
    "appel de {PH} pour {rel} {R} : {reason}, {req}",
    "{P} est tombé{e} dans l'escalier hier soir, {reason}. {req}{extra}",
    "msg répondeur 12h40 : {P}, {req}{extra}",
    "nouveau pt adressé par son médecin : {P}, {reason}, habite à {city}, {tel}",
    "{PH} dit que l'ordonnance est chez {rel} {R}, {il} l'apporte {slot}",
    "annul {P} {slot} (grippe)",
    "{P} demande si c'est remboursé, mutuelle {mut} n° {id}",
    "{P} a oublié son écharpe au cabinet, passe la chercher {slot}",
    "{P} a changé de numéro : {tel} (l'ancien ne marche plus)",
    "facture à refaire pour {P}, adh. {id}, à envoyer par mail : {email}",
    "domicile {P} : {addr}, {slot} avec {staff}",
    "{nv} {P} {nee} le {ddn} n° sécu {nir} {reason} {req}",
    "changement d'adresse {P} : {addr}",
    "{R}, {role} de {PH}, demande s'il faut une nouvelle ordonnance",
    "le tuteur de {P} ({T}, UDAF) demande une attestation, {tel}",
    "{P} ne conduit plus, {rel} {R} {la} déposera {slot}",
    "sms {P} : bjr je serai en retard de 10 min dsl",
    "{staff} : {P} a appelé 2 fois, rappeler avant {slot}",
    "à rappeler : {P} {tel}",
    "ordonnance de {P} reçue par mail ({email}), à imprimer",
    "pt {P} ddn {ddn} tél {tel} voir avec {staff}",
    "{P}, 83 ans, {reason}, séances à domicile, {req}",
    "{P} {nee} en {year}, {reason}, {req}",
    "rdv annulé {P} {slot} {tel}",
    "{rdef} de {P} appelle, {il} est hospitalisé{e} au CHU, annuler tous les rdv jusqu'à nouvel ordre",
    "{P} et {rel} {R} veulent leurs séances à la suite {slot}",
    "{PS} ({PG}) {req}",
    "{P} confirme {slot}, viendra avec {rel} {R}",
    "appel manqué {tel} -> c'était {P}, à rappeler",
    "{P} demande si {staff} se déplace à domicile, {il} habite à {city}",
    "De : {P}\nObjet : annulation\nBonjour, je dois annuler ma séance de {slot}, désolé{e}. "
    "Cordialement\n{Psig}",
    "pb facturation {P} mutuelle {mut} adhérent {id} + nir {nir}",
    "{P} a perdu sa carte vitale, n° sécu {nir} noté au dossier",
    "rdv {slot} {P} ok",
    "{SURU} {PG} {tel} {reason}",
    "{staff2} remplace {staff} {slot}, prévenir {P}{extra}",
    "penser à rappeler {PH} pour lui dire que {staff} est absent {slot}",
    "{P} dit que ça va beaucoup mieux ({reason}), on arrête après la séance de {slot}",
    "{PS} : attestation de présence pour son employeur svp",
    "{P} souhaite changer de kiné, plus avec {staff} mais avec {staff2}",
    "{Rdef} de {P}, {R}, a appelé : {req}",
    "{SURU} {PG} - NIR {nir} - {reason}",
    "URGENT {P} douleur ++ {reason} rappeler rapidement {tel}",
    "{P} en vacances, reprendre {slot}",
    "NOM : {SURU}\nPrénom : {PG}\n{Nee} le : {ddn}\nAdresse : {addr}\nTél : {tel}\n"
    "Mutuelle : {mut} {id}\nMotif : {reason}",
    "{P} a laissé un msg pas très clair, rappeler au {tel}",
    "tél {tel} {P} {req}",
    "{P} voudrait savoir combien de séances il reste sur l'ordonnance",
    "séance de {PG} {SUR} déplacée à {slot} (vu avec {staff})",
    "{P} : ok pour le bilan {slot}, apporter radios + ordonnance",
    "mail de {P} ({email}) : {req}",
    "{P} s'est trompé{e} de jour, est venu{e} {slot} au lieu de {slot2}",
    "info {staff} : {PH} sort de clinique {slot}, {reason}, 1ère séance à domicile au {addr}",
    "{R} ({role} de {P}) signale qu'{il} a de la fièvre, annule {slot}",
    "{PH} veut un rdv pour {rel} {R} aussi, {reason}",
    "C'est {PH}. {req_first} sinon mon portable : {tel}. Merci",
    "manque au dossier de {P} : {nee} le {ddn}, n° SS {nir}, mutuelle {mut} adh {id}",
    "carte vitale de {P} illisible, noter à la main : {nir}",
    "tiers payant {P} : {mut} n° {id}, attestation à scanner",
    "nouvelle patiente : {P}, {nee} le {ddn}, {tel}, {email}",
    "{P} demande qu'on lui envoie les factures à {email}",
    "bonsoir ici {P}, je n'ai pas pu venir {slot}, désolé{e}",
    "{reason} - {P} - {slot}",
    "{P}\n{tel}\n{reason}\n{slot}",
    "---------- Message transféré ---------\nDe : {P} <{email}>\nDate : {maildate}\n"
    "Objet : Rdv kiné\n\nBonjour,\n{req_first}\nBien cordialement,\n{Psig}",
    "Fwd: demande rdv\n> Bonjour, je suis {rdef} de {PH}, {req}.\n> {R}\n> {tel}",
    "transféré par {staff} : {PH} {tel} {reason}",
    "{P} a appelé pr {rel} {RG}, {reason}, dispo {slot}",
    "{PS} rappelle (3e fois !!) pour {slot}",
    "rdv de {P} ? {il} dit avoir rdv {slot} mais rien dans l'agenda",
    "{P} (ALD) {reason} {req}",
    "numéro de {P} : {tel} / mail {email}",
    "{P} veut payer par chèque, ok{extra}",
    "{P} habite maintenant à {city}, trop loin, arrête les séances",
    "{rdef} de {P} ({R}) a déposé l'ordonnance{extra}",
    "{P} {slot} ok {staff}",
    "dde de {P} : {req}{extra}",
    "{PG} {SUR} a appelé, {reason}{extra}. {req}",
    "pouvez-vous rappeler {PH} ? {il} attend un rdv pour {reason}{extra}",
    "{P} - {staff} - {slot}{extra}",
    "RDV {slot} : {PH} + {rel} {R} ({reason})",
    "{P} rappelle pour dire qu'{il} a retrouvé l'ordonnance, ok {slot}{extra}",
]
BABY_TEMPLATES = [  # babies and children: the patient is young
    "pour {SURU} {PG} (le papa rappellera) {req}",
    "{PSF} pour {child} {PG}, 9 ans, {{entorse}} de la {{cheville}} au foot, {req}",
    "bébé {PG} {SUR}, 4 mois, {breason}, la maman demande {slot}",
    "{PSF} pour {child} {PG} ({nee} le {ddn}) : {breason}, {req}",
    "{SURU} {PG} {nee} le {ddn}, {breason}, papa joignable au {tel}",
    "la maman de {P} rappelle : {breason}, dispo {slot}",
]
NO_NAME_TEMPLATES = [
    "{staff} en congé {slot}, décaler ses patients",
    "livraison de la table électrique {slot}",
    "numéro masqué, personne n'a laissé de nom, rappellera {slot}",
    "appel d'un labo pour présenter un produit, rappeler {slot}",
    "{staff} demande qu'on bloque {slot} pour les bilans",
    "panne du TPE, prévoir chèques {slot}",
]

TYPOS = {"rappeler": "rapeller", "téléphone": "téléphonne", "merci": "mrci", "demain": "demin",
         "voudrait": "voudrais", "séance": "séane", "mercredi": "mecredi", "ordonnance": "ordonnace",
         "semaine": "semiane", "vendredi": "vendredu", "rendez-vous": "rendez vous",
         "possible": "possibel", "annule": "anule"}


@dataclass
class Cast:
    patient: Person
    relative: Person
    relation: tuple[str, str, bool]
    tutor: Person


def make_cast(rng: random.Random, baby: bool) -> Cast:
    patient = make_person(rng, baby=baby)
    spouses = {"f": {"femme", "compagne", "épouse"}, "m": {"mari", "conjoint"}}[patient.sex]
    noun, sex, same = rng.choice([r for r in RELATIONS if r[0] not in spouses])
    if same and rng.random() < 0.7:
        relative = make_person(rng, sex=sex, surname=feminine(patient.surname, patient.origin, sex, rng),
                               origin=patient.origin)
    else:
        relative = make_person(rng, sex=sex)
    return Cast(patient, relative, (noun, sex, same), make_person(rng))


def relative_name(c: Cast, rng: random.Random) -> str:
    r = c.relative
    roll = rng.random()
    if roll < 0.45:
        return nom(given_of(r, rng))
    if roll < 0.85:
        return nom(full_name(r, rng))
    return f"{honorific(r.sex, rng)} {nom(bare_surname(r, rng))}"


EXTRA_KINDS = {"tel": 30, "ddn": 30, "nir": 28, "email": 18, "id": 28, "addr": 12, "city": 8}


def extra(rng: random.Random, c: Cast) -> str:
    count = rng.choices([0, 1, 2], [35, 40, 25])[0]
    return "".join(identifier(kind, rng, c) for kind in markup.draw_kinds(rng, count, EXTRA_KINDS))


def identifier(kind: str, rng: random.Random, c: Cast) -> str:
    p = c.patient
    e = "e" if p.sex == "f" else ""
    if kind == "tel":
        cue = rng.choice([", tél ", " - port ", ", portable: ", " fixe ", " num ", ", joignable au ",
                          " tel: ", " (", ", au "])
        text = f"{cue}[[TEL|{phone(rng)}]]" + (")" if cue == " (" else "")
        if rng.random() < 0.15:
            text += rng.choice([" ou ", " / "]) + f"[[TEL|{phone(rng)}]]"
        return text
    if kind == "ddn":
        cue = rng.choice([f", né{e} le ", " - DDN ", ", date de naissance : ", " ddn: ", " (DN ",
                          f" né{e} le "])
        return f"{cue}[[DDN|{ddn_text(p.born, rng)}]]" + (")" if cue == " (DN " else "")
    if kind == "nir":
        cue = rng.choice([", n° sécu ", " NIR: ", " sécu ", ", carte vitale ",
                          ", numéro de sécurité sociale ", " nss "])
        return f"{cue}[[NIR|{nir_text(p, rng)}]]"
    if kind == "email":
        cue = rng.choice([", mail ", ", adresse mail : ", " e-mail ", " mail: "])
        return f"{cue}[[EMAIL|{email_text(p, rng)}]]"
    if kind == "addr":
        cue = rng.choice([", adresse : ", " domicile: ", ", nouvelle adresse ", ", habite au "])
        return cue + address(rng)
    if kind == "city":
        return rng.choice([", habite à ", " vit à ", f", domicilié{e} à ", ", habite sur "]) + city(rng)
    cue = rng.choice([", mutuelle ", " mut. ", ", n° adhérent ", " adh ", ", n° AMC "])
    if cue in {", mutuelle ", " mut. "}:
        cue += rng.choice(MUTUELLES) + " "
    return f"{cue}[[ID|{member_id(rng)}]]"


def expand(template: str, rng: random.Random, c: Cast) -> str:
    p, fem = c.patient, c.patient.sex == "f"
    noun, rsex, _ = c.relation
    staff_pair = rng.sample(markup.STAFF[::2], 2)  # two different people (full names at even indexes)
    staff_names = [rng.choice([s, s.split()[0]]) for s in staff_pair]
    slots: list[str] = []

    def value(name: str) -> str:
        if name == "P":
            return nom(full_name(p, rng))
        if name == "Psig":
            return nom(f"{given_of(p, rng)} {surname_of(p, rng)}")
        if name == "PH":
            if rng.random() < 0.5:
                return f"{honorific(p.sex, rng)} {nom(bare_surname(p, rng))}"
            return f"{honorific(p.sex, rng)} {nom(full_name(p, rng))}"
        if name == "PS":
            return f"{honorific(p.sex, rng)} {nom(bare_surname(p, rng))}"
        if name == "PSF":  # the mother calling for her child
            mother = make_person(rng, sex="f", surname=p.surname, origin=p.origin)
            return f"{honorific('f', rng)} {nom(bare_surname(mother, rng))}"
        if name == "PG":
            return nom(given_of(p, rng))
        if name == "SUR":
            return nom(bare_surname(p, rng))
        if name == "SURU":
            return nom(surname_of(p, rng).upper())
        if name == "R":
            return relative_name(c, rng)
        if name == "RG":
            return nom(given_of(c.relative, rng))
        if name == "T":
            return nom(full_name(c.tutor, rng))
        if name == "rel":
            return possessive(noun, rsex)
        if name == "rdef":
            return definite(noun, rsex)
        if name == "Rdef":
            text = definite(noun, rsex)
            return text[0].upper() + text[1:]
        if name == "role":
            return noun
        if name in {"slot", "slot2"}:
            text = slot(rng)
            while text in slots:
                text = slot(rng)
            slots.append(text)
            return text
        if name == "staff":
            return keep(staff_names[0])
        if name == "staff2":
            return keep(staff_names[1])
        if name == "reason":
            return reason(rng)
        if name == "breason":
            return baby_reason(rng)
        if name == "req":
            return rng.choice(REQUESTS)
        if name == "req_first":
            return rng.choice(FIRST_PERSON)
        if name == "tel":
            return f"[[TEL|{phone(rng)}]]"
        if name == "ddn":
            return f"[[DDN|{ddn_text(p.born, rng)}]]"
        if name == "nir":
            return f"[[NIR|{nir_text(p, rng)}]]"
        if name == "email":
            return f"[[EMAIL|{email_text(p, rng)}]]"
        if name == "addr":
            return address(rng)
        if name == "city":
            return city(rng)
        if name == "id":
            return f"[[ID|{member_id(rng)}]]"
        if name == "mut":
            return rng.choice(MUTUELLES)
        if name == "extra":
            return extra(rng, c)
        if name == "year":
            return str(p.born.year) if rng.random() < 0.6 else f"{p.born.year % 100:02d}"
        if name == "maildate":
            day = rng.randint(20, 27)
            weekdays = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
            weekday = weekdays[dt.date(2026, 11, day).weekday()]
            return f"{weekday} {day} nov. 2026 à {rng.randint(7, 22)}:{rng.randint(0, 59):02d}"
        agreement = {"e": "e" if fem else "", "il": "elle" if fem else "il",
                     "Il": "Elle" if fem else "Il", "la": "la" if fem else "le", "lui": "lui",
                     "ta": "ta patiente" if fem else "ton patient", "nee": "née" if fem else "né",
                     "Nee": "Née" if fem else "Né", "child": "sa fille" if fem else "son fils",
                     "nv": "nvelle pte" if fem else "nouveau pt"}
        return agreement[name]

    text = template
    for _ in range(6):  # requests and first-person phrases hold placeholders of their own
        text = re.sub(r"\{\{(.*?)\}\}", lambda m: keep(m.group(1)), text)
        text = re.sub(r"\{(\w+)\}", lambda m: value(m.group(1)), text)
    assert not re.search(r"\{\w+\}", text), text
    return text


def restyle(fragments: Fragments, rng: random.Random) -> Fragments:
    """How the note was typed: all lower case, caps lock, no accents, one slip of the keyboard."""
    case = rng.choices(["as is", "lower", "upper"], [85, 12, 3])[0]
    accents = rng.random() < 0.12
    typo_word = None
    if rng.random() < 0.15:
        present = [word for word in TYPOS if any(word in t for t, tag in fragments if tag in {None, "K"})]
        typo_word = rng.choice(present) if present else None
    styled = []
    for text, tag in fragments:
        if typo_word and tag in {None, "K"}:
            text = text.replace(typo_word, TYPOS[typo_word], 1)
        if case == "lower":
            text = text.lower()
        elif case == "upper":
            text = text.upper()
        if accents:
            text = unicodedata.normalize("NFC", strip_accents(text))
        styled.append((text, tag))
    return styled


def make_note(rng: random.Random) -> Fragments:
    roll = rng.random()
    if roll < 0.04:
        template, baby = rng.choice(NO_NAME_TEMPLATES), False
    elif roll < 0.11:
        template, baby = rng.choice(BABY_TEMPLATES), True
    else:
        template, baby = rng.choice(TEMPLATES), False
    if (template in TEMPLATES and not re.search(r"\{(extra|addr|city)\}|\n", template)
            and rng.random() < 0.3):
        template += "{extra}"  # the secretary adds what the caller gave
    cast = make_cast(rng, baby)
    return restyle(markup.join_names(markup.parse(expand(template, rng, cast))), rng)


def main() -> None:
    check_names()
    markup.write(OUT, PREFIX, NOTES, SEED, make_note)


if __name__ == "__main__":
    main()
