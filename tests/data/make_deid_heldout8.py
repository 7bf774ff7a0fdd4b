"""Write `deid_heldout8.jsonl`: an eighth held-out set for the de-identifier.

Written 2026-11-28 by someone who had not read the rules, after the rounds of fixes driven by
heldout4–7, measured once. Neither the engine nor its word lists were opened; the earlier sets
were read by program only, to refuse any name they already hold. 300 call notes from an ordinary
fortnight at a cabinet de kinésithérapie in Marseille: shorthand, answering-machine messages,
online bookings, home visits, new-patient files, carers calling, prescriptions, billing, school
and sport papers for children. Same markup and labelling as heldout4 (see heldout_markup.py).

Standard library only. Run: .venv/bin/python tests/data/make_deid_heldout8.py (fixed seed)
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field

import heldout_markup as markup
from heldout_markup import Fragments, Origin, Person, fold, keep, kept, nom, tag

OUT = markup.HERE / "deid_heldout8.jsonl"
NOTES, SEED, PREFIX = 300, 82_611_28, "u"
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 8)))

# ---------------------------------------------------------------------------------------------
# Names: one row per origin and pool (f, m given names; s surnames; k children's given names).
# An underscore joins the words of one name. Every name here was checked against the earlier sets.

POOL_TABLE = """
france f: Séverine Lola Yvonne Raymonde Fernande Janine Évelyne Liliane Mylène Henriette Jessica
    Alexandra Emeline Arielle Claudette Dorothée Félicie Frédérique Joséphine Lysiane Marielle Rosine
    Yolande Yveline Bérangère Éloïse Ernestine Flavie Lorène Maëva Mégane Oriane Sandra Tatiana Wendy
    Zélie Alexia Anouk Axelle Berthe Cassandre Diane Faustine Gladys Judith Lauriane Philippine
    Rosalie Salomé Servane Stella Théa
france m: Jérémy Florian Alexandre Valentin Gustave Gaël Félix Séraphin Fabien Laurian Raoul
    Marcelin Ferdinand Killian Alban Alphonse Amaury Aristide Basile Blaise Boris Elliot Geoffroy
    Jonathan Josselin Justin Léonard Luc Michaël Nestor Pierrick Stanislas Thibaut Valère Yoann
    Maxence Matthias Dylan Rudy Willy
france s: Maillet Isnard Audibert Ricard Bremond Chabaud Imbert Rostan Sauvaire Gouiran Fouque
    Guieu Laugier Michelis Rambaud Roubaud Sicard Silvy Autran Cauvin Meissonnier Peyron Piquemal
    Roustan Trouin Bérenguier Chauvet Arnoux Baudoin Chiappe Delorme Espitalier Gras Guigou Jauffret
    Lions Magnan Mouren Paulet Rebuffat Rouvier Saurin Tardieu Vernet Aillaud Bourrelly Caillol
    Estienne Gazzano Hermitte Seguin Taddei Hardy Pichon Weiss Ferrandi Léger Teissier Valette
    Cabassu Dalmasso Marcellin Isnard-Rostan
france kf: Anna Lila Olivia Maya Eva Lyna Thaïs Lola Maëva Salomé Théa Anouk Axelle Zélie Éloïse
france km: Noé Isaac Aaron Kylian Lyam Ruben Sandro Killian Elliot Maxence Matthias Dylan Basile
maghreb f: Hayat Soraya Naïma Rachida Sabrina Hanane Rania Yousra Chaïma Warda Nassima Ouarda
    Latifa Hafsa Safia Zineb Houda
maghreb m: Abdelaziz Samir Tarek Walid Hakim Mustapha Ayoub Anis Zakaria Abdelhak Fouad Hamid
    Malik Rabah Smaïl Toufik Yazid
maghreb s: Chaabane Djebbar Laribi Madani Rezgui Sebbah Benchikh Bouabdallah Jaziri Khiari Lounis
    Mebarki Nouri Triki Yahiaoui Ziani Bouchareb Derradji Guerfi Hadji Kherbouche Slimani Tlili
    Zouaoui
maghreb kf: Assia Lyna Yousra
maghreb km: Ilyan Aylan
comores f: Nassra Faïza Anlia Mounira Zaïnaba Echata Hadidja Saandia
comores m: Ahamada Nassuf Mouhamadi Oussene Ismaïla Anrafa Houmed
comores s: Mmadi Toybou Soulé Boina Combo Msaïdié Abdouroihamane Hassani Bacar
armenia f: Lusine Arpine Gayané Siranouche Nariné Armine Araksi Maral Nounée
armenia m: Garabed Vahé Ara Levon Vartan Aram
armenia s: Kevorkian Ohanessian Terzian Balian Kalaydjian Khatchadourian Yeghiazarian Demirdjian
    Tchakmakian Guedikian Marandjian Agopian
italy f: Concetta Ornella Raffaella Annunziata Filomena
italy m: Vincenzo Carmine Gennaro Nunzio Rocco Angelo Domenico Pasquale Ciro Raffaele
italy s: Lombardi Galli Fiorentino Amato Longo Vitale Palumbo Cappello Martinelli De_Luca Cannavò
    Scognamiglio Iaccarino Abbruzzese Pugliese Catanzaro
spain f: Encarnación Pilar Rosario Carmen Remedios Inmaculada Consuelo Amparo Josefa Milagros
spain m: Manuel Jesús Ramón Alfonso Joaquín Vicente Andrés Emilio
spain s: Fernandez Gonzalez Rodriguez Martinez Gomez Ruiz Moreno Alvarez Serrano Vazquez Cuenca
    Llorens Segura Almansa
vietnam f: Kim_Oanh Phuong_Thao Hai_Yen
vietnam m: Van_Long Cong_Minh Hoang_Nam Khac_Hieu
vietnam s: Lam Dao Luong Chau Doan Khuu Giang
westafrica f: Coumba Astou Binta Ramatoulaye Dieynaba Nafissatou Khady Maimouna Adja
westafrica m: Modou Abdoulaye Ousseynou Mamadou Babacar Lassana Issa Alassane Demba Malick
westafrica s: Ndiaye Fall Ba Sarr Mbaye Ndour Diouf Konan Cissokho Gaye Badji Mendy Tall
romania f: Ionela Mihaela Gabriela Alina Elena Daniela Roxana Lăcrămioara Viorica
romania m: Ionuț Dragoș Cătălin Vasile Ovidiu
romania s: Popescu Constantin Stan Dumitru Gheorghiu Moldovan Neagu Ciobanu Matei
turkey f: Gülay Nurcan Songül Aysel Hülya Nesrin Özlem Yasemin Dilek
turkey m: Hasan Osman İbrahim Recep Yusuf Tuncay Halil Bayram
turkey s: Aksoy Erdem Bulut Karaca Keskin Akın Ateş Özkan Sarı Taş Coşkun Türkmen
sephardic f: Yaël Esther Rachel Déborah Rivka Orly
sephardic m: Élie Haïm Ariel Yoni Nathanaël Gad
sephardic s: Cohen Levy Attali Zerbib Sebag Bensoussan Elbaz Azoulay Amsellem Assouline Ohayon
    Dahan Hazan Tordjman Chetrit
"""

# origin: (share among the patients not of common French name, INSEE codes of birth countries
# used after "99" in a NIR, birth departments when born in France)
ORIGIN_FACTS = {
    "france": (0, "", "13 13 13 13 13 84 83 06 75 69 30 38"),
    "maghreb": (14, "352 350 351", "13 13 84 69"),
    "comores": (5, "397", "13"),
    "armenia": (4, "252", "13 13 69"),
    "italy": (5, "127", "13 06"),
    "spain": (4, "134", "13 30 34"),
    "vietnam": (2, "243", "13 75"),
    "westafrica": (4, "341 335 326", "13 75 93"),
    "romania": (2, "114", "13"),
    "turkey": (3, "208", "13 67"),
    "sephardic": (4, "351 350 352", "13 75 06"),
}
PARTICLES = {"de", "da", "di", "le", "la", "del", "van", "ben", "el", "ait"}

ORIGINS, KID_NAMES = markup.load_pools(POOL_TABLE, ORIGIN_FACTS)  # KID_NAMES[(origin, sex)]
FRANCE = ORIGINS["france"]


def name_words(name: str) -> set[str]:
    words = set()
    for part in fold(name).split():
        if part not in PARTICLES:
            words.add(part)
            words.update(piece for piece in re.split(r"[-']", part) if piece)
    return words


def refuse_used_names() -> None:
    """Stop if any name in the pools is a word of a NOM span of an earlier set or a staff name."""
    taken = markup.taken_tokens(OUT, EARLIER)
    markup.refuse_used_names(markup.pooled_names(ORIGINS, KID_NAMES), name_words, taken)


# ---------------------------------------------------------------------------------------------
# People


def draw_origin(rng: random.Random) -> Origin:
    if rng.random() < 0.6:
        return FRANCE
    others = [n for n in ORIGIN_FACTS if n != "france"]
    return ORIGINS[rng.choices(others, [ORIGIN_FACTS[n][0] for n in others])[0]]


def draw_birth(rng: random.Random, kid: bool) -> dt.date:
    if kid:  # school age, 6 to 16
        start, span = dt.date(2010, 1, 1), 365 * 11
    else:
        first = rng.choices([1931, 1945, 1960, 1975, 1990], [8, 22, 26, 24, 20])[0]  # 18 and older
        start, span = dt.date(first, 1, 1), 365 * (15 if first < 1990 else 18)
    return start + dt.timedelta(days=rng.randrange(span))


def new_person(rng: random.Random, sex: str | None = None, origin: Origin | None = None,
               surname: str | None = None, kid: bool = False, before: int = 2009) -> Person:
    sex = sex or ("f" if rng.random() < 0.6 else "m")
    origin = origin or draw_origin(rng)
    born = draw_birth(rng, kid)
    while not kid and born.year >= before:
        born = draw_birth(rng, kid)
    given_from = origin
    if origin is not FRANCE and born.year > 1975 and rng.random() < 0.2:
        given_from = FRANCE
    pool = given_from.given_f if sex == "f" else given_from.given_m
    if kid:  # children carry the names given these last years
        pool = KID_NAMES[(origin.name, sex)] or KID_NAMES[("france", sex)]
    return Person(rng.choice(pool), surname or rng.choice(origin.surnames), sex, origin, born)


def given_text(p: Person, rng: random.Random) -> str:
    return p.given.lower() if rng.random() < 0.1 else p.given


def surname_text(p: Person, rng: random.Random) -> str:
    return rng.choices([p.surname, p.surname.upper(), p.surname.lower()], [70, 25, 5])[0]


def full_text(p: Person, rng: random.Random) -> str:
    g, s = given_text(p, rng), p.surname
    shape = rng.choices(["g s", "G S", "S g", "g S", "i s"], [45, 20, 12, 18, 5])[0]
    if shape == "i s" and " " not in g and g[0] not in "Mm":  # "M. Konan" would read as Monsieur
        return f"{g[0].upper()}. {s}"
    if shape == "G S":
        return f"{s.upper()} {g}"
    if shape == "S g":
        return f"{s} {g}"
    return f"{g} {s.upper()}" if shape == "g S" else f"{g} {s}"


def called(p: Person, rng: random.Random, titled: float) -> str:
    """A title and the surname (with chance `titled`), else the full name, tagged."""
    if rng.random() < titled:
        return f"{title(p.sex, rng)} {nom(surname_text(p, rng))}"
    return nom(full_text(p, rng))


def title(sex: str, rng: random.Random) -> str:
    options = {"f": (["Mme", "Madame", "mme", "Mlle"], [70, 15, 10, 5]),
               "m": (["M.", "Monsieur", "Mr", "mr"], [60, 15, 20, 5])}[sex]
    return rng.choices(*options)[0]


# ---------------------------------------------------------------------------------------------
# Identifiers


def phone(rng: random.Random) -> str:
    head = rng.choices(["06", "07", "04 91", "04 96", "04 42", "04 86", "09 8"], [52, 26, 8, 4, 4, 3, 3])[0]
    digits = head.replace(" ", "") + ("" if head != "07" else rng.choice("3456789"))
    digits += "".join(rng.choice("0123456789") for _ in range(10 - len(digits)))
    pairs = [digits[i:i + 2] for i in (0, 2, 4, 6, 8)]
    style = rng.choices(["space", "tight", "dots", "intl", "dash", "intl_tight"], [55, 19, 12, 7, 4, 3])[0]
    if style == "space":
        return " ".join(pairs)
    if style == "dots":
        return ".".join(pairs)
    if style == "dash":
        return "-".join(pairs)
    if style == "intl":
        return "+33 " + digits[1] + " " + " ".join(pairs[1:])
    return ("+33" + digits[1:]) if style == "intl_tight" else digits


MONTH_NAMES = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
               "octobre", "novembre", "décembre"]
MONTH_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
              "déc."]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def birth_text(day: dt.date, rng: random.Random) -> str:
    style = rng.choices(range(6), [45, 15, 10, 18, 5, 7])[0]
    if style == 3:
        return f"{'1er' if day.day == 1 else day.day} {MONTH_NAMES[day.month - 1]} {day.year}"
    if style == 5:
        return f"{day.day} {MONTH_ABBR[day.month - 1]} {day.year}"
    sep = {0: "/", 1: "/", 2: ".", 4: "-"}[style]
    year = f"{day.year % 100:02d}" if style == 1 else str(day.year)
    return sep.join([f"{day.day:02d}", f"{day.month:02d}", year])


def nir(p: Person, rng: random.Random) -> str:
    if p.origin.abroad and p.born.year < 1995 and rng.random() < 0.6:
        place = "99" + rng.choice(p.origin.abroad.split())
    else:
        place = rng.choice(p.origin.departments) + f"{rng.randint(1, 120):03d}"
    body = ("2" if p.sex == "f" else "1") + p.born.strftime("%y%m") + place + f"{rng.randint(1, 420):03d}"
    key = 97 - int(body) % 97
    if rng.random() < 0.05:
        key = (key + 11) % 97 + 1  # a slip in the key
    groups = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], f"{key:02d}"]
    style = rng.choices(["spaced", "solid", "solid key", "nokey"], [50, 28, 17, 5])[0]
    if style == "spaced":
        return " ".join(groups)
    if style == "solid key":
        return f"{body} {key:02d}"
    return body if style == "nokey" else body + f"{key:02d}"


DOMAINS = ["gmail.com"] * 3 + ["orange.fr", "free.fr", "sfr.fr", "laposte.net", "hotmail.fr", "yahoo.fr",
                               "outlook.com", "live.fr", "icloud.com", "neuf.fr"]


def mail(p: Person, rng: random.Random) -> str:
    first = re.sub(r"[^a-z]", "", fold(p.given))
    last = re.sub(r"[^a-z]", "", fold(p.surname))
    local = rng.choice([f"{first}.{last}", f"{first}{last}", f"{last}.{first}", f"{first[0]}{last}",
                        f"{first}.{last}{p.born.year % 100:02d}", f"{first}{rng.randint(2, 99)}",
                        f"{last}{first[0]}13", f"{first}_{last}"])
    return f"{local}@{rng.choice(DOMAINS)}"


STREETS = ["rue Paradis", "rue Sainte", "rue d'Aubagne", "rue Breteuil", "bd Baille", "bd Chave",
           "boulevard Michelet", "av. de Mazargues", "avenue de la Capelette", "traverse de la Martine",
           "chemin de Saint-Menet", "montée des Accoules", "rue Saint-Pierre", "bd de la Blancarde",
           "rue de Rome", "chemin du Roucas Blanc", "avenue des Caillols",
           "traverse du Moulin de la Villette",
           "bd des Dames", "rue Consolat", "chemin des Bessons", "impasse des Cigales", "allée des Pins",
           "av. de Saint-Barnabé", "rue Jaubert", "cours Lieutaud", "bd Jeanne d'Arc", "rue du Bosquet"]
POSTCODES = [f"130{n:02d}" for n in range(1, 17)]
SUBURBS = [("13400", "Aubagne"), ("13190", "Allauch"), ("13380", "Plan-de-Cuques"), ("13260", "Cassis"),
           ("13600", "La Ciotat"), ("13700", "Marignane"), ("13420", "Gémenos"),
           ("13240", "Septèmes-les-Vallons"), ("13170", "Les Pennes-Mirabeau"), ("13127", "Vitrolles"),
           ("13360", "Roquevaire"), ("13470", "Carnoux-en-Provence")]


def street_address(rng: random.Random) -> str:
    number = rng.randint(1, 240)
    suffix = rng.choices(["", " bis", "B"], [88, 8, 4])[0]
    text = tag("ADRESSE", f"{number}{suffix} {rng.choice(STREETS)}")
    if rng.random() < 0.25:
        text += rng.choice([", bât. B", ", 2e étage", " (résidence Les Oliviers)", ", appt 31", ", esc. 4"])
    if rng.random() < 0.85:
        if rng.random() < 0.75:
            where = f"{rng.choice(POSTCODES)} {rng.choice(['Marseille', 'Marseille', 'MARSEILLE'])}"
        else:
            where = " ".join(rng.choice(SUBURBS))
        text += rng.choice([", ", " ", " – "]) + tag("ADRESSE", where)
    return text


def town(rng: random.Random) -> str:
    return tag("ADRESSE", rng.choice(SUBURBS)[1])


INSURERS = ["MGEN", "Harmonie Mutuelle", "Solimut", "Mutuelle de France", "Malakoff Humanis", "Alan",
            "AG2R", "Matmut", "Swiss Life", "CCMO", "Mutuelle Générale", "Apivia"]


def member_number(rng: random.Random) -> str:
    n = rng.randrange
    return rng.choice([f"{n(10**7, 10**9)}", f"{n(10**8, 10**10):010d}",
                       f"{n(100, 999)} {n(100, 999)} {n(100, 999)}", f"AD{n(10**5, 10**6)}",
                       f"{n(10, 99)}-{n(10**5, 10**6)}", f"M{n(10**6, 10**7)}"])


# ---------------------------------------------------------------------------------------------
# Appointment slots (kept): real open days between 1 December 2026 and 31 March 2027

CLOSED = {dt.date(2026, 12, 25), dt.date(2027, 1, 1), dt.date(2027, 3, 29)}  # Easter Monday 2027
FIRST_DAY, LAST_DAY = dt.date(2026, 12, 1), dt.date(2027, 3, 31)
OPEN_DAYS = [d for d in (FIRST_DAY + dt.timedelta(days=i) for i in range((LAST_DAY - FIRST_DAY).days + 1))
             if d.weekday() != 6 and d not in CLOSED]
TIMES = ["8h", "8h15", "8h30", "8h45", "9h", "9h30", "10h", "10h15", "10h45", "11h", "11h30", "12h",
         "13h30", "14h", "14h15", "14h45", "15h30", "16h", "16h30", "17h", "17h15", "17h45", "18h",
         "18h30", "19h", "19h15"]


def open_day(rng: random.Random) -> dt.date:
    if rng.random() < 0.7:  # most bookings fall within the next three weeks
        return rng.choice(OPEN_DAYS[:18])
    return rng.choice(OPEN_DAYS)


def at(day: dt.date, rng: random.Random) -> str:
    hours = TIMES[:12] if day.weekday() == 5 else TIMES  # Saturday mornings only
    return rng.choice(hours)


def slot_text(rng: random.Random) -> str:
    day = open_day(rng)
    wd, time = WEEKDAYS[day.weekday()], at(day, rng)
    d = "1er" if day.day == 1 else str(day.day)
    forms = [f"{wd} {time}", f"{wd} à {time}", f"{wd} {d} à {time}",
             f"{wd} {d} {MONTH_ABBR[day.month - 1]} {time}",
             f"le {day:%d/%m} à {time}", f"{wd} {day:%d/%m}", f"{wd[:3]} {day.day}/{day.month} {time}",
             f"{wd} {d} {MONTH_NAMES[day.month - 1]}", f"{wd} matin" if day.weekday() < 5 else f"{wd} {time}",
             f"{wd} après-midi" if day.weekday() < 5 else f"{wd} {d} à {time}", f"demain {time}",
             f"{wd} prochain", f"le {d} {MONTH_NAMES[day.month - 1]} à {time}"]
    return rng.choices(forms, [12, 10, 12, 6, 10, 6, 5, 6, 5, 5, 6, 4, 8])[0]


def full_slot(rng: random.Random) -> str:
    day = open_day(rng)
    d = "1er" if day.day == 1 else str(day.day)
    return f"{WEEKDAYS[day.weekday()]} {d} {MONTH_NAMES[day.month - 1]} {day.year} à {at(day, rng)}"


# ---------------------------------------------------------------------------------------------
# Clinical words (kept); [..] marks the words to keep

MOTIFS = """[lombalgie] chronique | [cervicalgie] après accident de voiture | [entorse] de [cheville] droite
| [PTG] gauche, 3 semaines post-op | [PTH] droite, marche avec 1 [canne] | [épaule gelée]
| [tendinite] du [supra-épineux] | [sciatique] L5 | [canal carpien] opéré | [fracture du radius] consolidée
| [coxarthrose] | [AVC] il y a 2 mois, [hémiplégie] droite | [rééducation du plancher pelvien]
| [reprise de la marche] après chute | [kiné respiratoire] ([mucoviscidose]) | [scoliose] | [ménisque] opéré
| [LCA] opéré, J+21 | [lymphœdème] du bras | [arthrose] des mains | [névralgie cervico-brachiale]
| [fasciite plantaire] | [tendinopathie d'Achille] | [maladie de Parkinson] | [sclérose en plaques]
| [rééducation vestibulaire] | [coude du tennisman] | [lumbago] | [syndrome de la bandelette ilio-tibiale]
| [rachialgies] | [drainage] après [lipoaspiration] | [rééducation post-covid], essoufflement"""
KID_MOTIFS = """[Osgood-Schlatter] | [entorse] du [genou] | [scoliose] à surveiller | [pieds plats]
| [Sever] (talon) | [entorse] de [cheville] | [fracture du poignet] plâtre retiré"""
BABY_MOTIFS = "[bronchiolite] | [encombrement] | [torticolis] du nourrisson | [plagiocéphalie]"


def motif(rng: random.Random, table: str = MOTIFS) -> str:
    return kept(rng.choice(table.split("|")))


# ---------------------------------------------------------------------------------------------
# Relatives and carers: (noun, sex, shares the surname)

KIN = [("fille", "f", True), ("fils", "m", True), ("mari", "m", True), ("femme", "f", True),
       ("épouse", "f", True), ("belle-fille", "f", False), ("gendre", "m", False), ("sœur", "f", False),
       ("frère", "m", True), ("petite-fille", "f", True), ("petit-fils", "m", True), ("nièce", "f", False),
       ("voisine", "f", False), ("compagnon", "m", False), ("amie", "f", False)]
CARERS = [("auxiliaire de vie", "f"), ("aide à domicile", "f"), ("infirmière", "f"), ("infirmier", "m"),
          ("tutrice", "f"), ("curateur", "m")]


@dataclass
class Cast(markup.Cast):
    other: Person = field(kw_only=True)  # a second patient, on a home round


def new_cast(rng: random.Random) -> Cast:
    patient = new_person(rng)
    spouse = {"f": {"femme", "épouse"}, "m": {"mari", "compagnon"}}[patient.sex]
    kin = rng.choice([k for k in KIN if k[0] not in spouse])
    same = kin[2] and rng.random() < 0.75
    relative = new_person(rng, kin[1], patient.origin if same else None, patient.surname if same else None)
    role, carer_sex = rng.choice(CARERS)
    parent = new_person(rng, "f" if rng.random() < 0.7 else "m")
    kid = new_person(rng, origin=parent.origin, surname=parent.surname, kid=True)
    return Cast(patient, relative, kin, new_person(rng, carer_sex), role, kid, parent, other=new_person(rng))


# ---------------------------------------------------------------------------------------------
# Notes. {x} in a template: a placeholder filled by Writer.x below; \\n a line break in the note;
# an indented line goes on with the template above it (after a space, unless it opens on \\n).

SHORTHAND = """
{P} : rdv {slot} avec {staff}
annulation {Pt} {slot} – rappeler pour reprogrammer
{P} tél {tel} -> décaler {slot} à {slot2}
{Pt} arrivera en retard {slot}, prévenir {staff}
rdv pris {slot} pour {P} ({motif}){more}
{P} pas venu{e} {slot}, 2e fois, voir avec {staff}
{P} rappelle : ok pour {slot}
report {P} : {slot} -> {slot2} (boulot)
{P} voudrait un créneau tôt le matin, dispo {slot}{more}
{Pt} : plus de séances sur l'ordo, {il} retourne voir son médecin
bilan {P} {slot}, {motif}{more}
{P} {tel} à rappeler
{P} sur liste d'attente si une place se libère {slot}{more}
{Sur} {Gn} ?? msg coupé, rappeler{more}
séance de {P} {slot} annulée par {staff} (formation)
{P} bloqué{e} par la grève des bus, annule {slot}
{staff} : {P} veut passer à 2 séances par semaine, voir si {slot} ça va
{P} ok pour {slot} et {slot2}
{P} a revu le chirurgien, reprise des séances {slot}, {motif}
rappel SMS pas reçu par {P}, vérifier le numéro : {tel}
{Pt} préfère une kiné femme, à mettre avec {staff_f}{more}
{P} ({age} ans) {motif}, dispo {slot}
{P} né{e} en {year}, {motif}, 1re séance {slot}
{Gn} {Sur} passera déposer les radios {slot}
{Pt} demande à garder le même créneau qu'avant, {slot} – pas possible, proposé {slot2}
ok {staff} pour prendre {P} en plus {slot}
{P} : douleurs ++ depuis la dernière séance, {staff} rappellera{more}
"""
ANSWERPHONE = """
Répondeur : « Bonjour, c'est {P}, j'avais rendez-vous {slot} mais je suis malade, je vous rappelle. »
msg répondeur – {Pt} voudrait décaler {slot}, rappeler au {tel}
Répondeur : bonjour, {P} à l'appareil, il vous resterait une place {slot} ? mon numéro c'est le {tel}, merci
messagerie : {P} – annule {slot} – {tel}
répondeur samedi : une certaine {Gn} rappelle pour son rdv {slot}, numéro {tel}
Msg : « Oui bonjour c'est {Pt}, je serai bien là {slot}, c'est {rel} {R} qui m'amène. Au revoir »
répondeur 12h10 : {P}, {motif}, demande s'il y a de la place avec {staff} {slot}, rappeler {tel}
Répondeur : « {Pt}, je vous appelle pour {rel1} {R}, {il2} ne pourra pas venir {slot},
    merci de rappeler au {tel} »
msg vocal incompréhensible, on entend juste « {Sur} » et un numéro : {tel}
"""
ONLINE = """
Nouvelle réservation en ligne\\nPatient : {Form}\\nNé(e) le : {ddn}\\nTéléphone : {tel}
    \\nE-mail : {mail}\\nMotif : première séance\\nRendez-vous : {fslot}\\nPraticien : {staff_full}
Annulation en ligne : {P} a annulé son rendez-vous du {fslot} avec {staff_full}.
Demande via le formulaire du site\\nNom : {Sur}\\nPrénom : {Gn}\\nTéléphone : {tel}
    \\nMessage : {motif}, je suis disponible {slot}
De : {Sig} ({mail})\\nObjet : Re: votre rendez-vous\\n\\nBonjour,\\nJe confirme ma présence {slot}.
    \\nBonne journée,\\n{Sig}
De : {mail}\\nObjet : séances\\n\\nBonjour, mon médecin m'a prescrit 10 séances pour {motif}.
    Avez-vous de la place {slot} ?\\n{Sig}\\n{tel}
Réservation en ligne modifiée : {P}, {fslot} (au lieu de {slot})
"""
HOME = """
domicile {P}, {adr}, {slot} avec {staff}, {motif}
VAD {Pt} {slot} : {adr}, tél {tel}
{staff} passe chez {Pt} {slot} – {adr} – sonner chez {rdef} {R}
{P}, {age} ans, ne se déplace plus, demande des séances à domicile, habite à {city}, {tel}
tournée {slot} : {P} ({adr}) puis {Q}
{Pt} déménage, nouvelle adresse pour les séances à domicile : {adr}{more}
{P} vit à {city} chez {rel} {R}, séances à domicile à partir de {slot}
"""
NEWFILE = """
NOUVEAU PATIENT\\nNom : {SUR}\\nPrénom : {Gn}\\nDDN : {ddn}\\nN° SS : {nir}\\nAdresse : {adr}
    \\nTél : {tel}\\nMutuelle : {ins} n° {mid}\\nPrescription : {motif}
nouvelle patiente : {Tm} {Married} née {Maiden}, {ddn_cue}, {tel}, {motif}
dossier {P} à créer : {ne} le {ddn}, sécu {nir}, {tel}{more}
1re fois au cabinet : {P}, adressé{e} par son médecin traitant pour {motif}, {tel}
Fiche patient – {SUR} {Gn}\\nNé{e} le {ddn}\\nPortable : {tel}\\nMail : {mail}
    \\nMédecin prescripteur : ne pas oublier l'ordonnance
nv pt {P} ddn {ddn} {motif} – créneaux {slot} / {slot2}
{Tm} {Married}, née {Maiden} le {ddn}, vient pour {motif}{more}
"""
FAMILY = """
{Rdef} de {Pt}, {R}, appelle : {il} est hospitalisé{e}, on suspend les séances
{Cf}, {role} de {Pt}, demande qu'on décale {slot} (toilette à cette heure-là)
appel de {R} ({kin} de {P}) : {motif}, voudrait un rdv {slot}, joignable au {tel}
{role_def} de {Pt} ({Cf}) signale une rougeur au talon, prévenir {staff} avant {slot}
{R} appelle pour {rel} {P} : {motif}, dispo {slot}{more}
{role} de {Pt} : {Cf}, demande les dates des séances pour le dossier, {cmail}
{rdef} de {P} rappelle, {il} a chuté hier, annuler {slot}
{R} ({kin}) confirme que {Pt} viendra {slot}, accompagné{e}
"""
PRESCRIPTION = """
ordonnance de {P} reçue par mail ({mail}) : 15 séances, {motif}
{P} a oublié son ordonnance, l'apporte {slot}
{Pt} : ordonnance de plus d'un an, doit en refaire une avant {slot}
scan ordonnance {P}, sécu {nir}, à rattacher au dossier
{P} demande si l'ordonnance de {rel} {R} peut servir pour {lui}, non
{P} : nouvelle ordo pour {motif}, 20 séances, à commencer {slot}{more}
"""
BILLING = """
{P} : tiers payant refusé, mutuelle {ins} adhérent {mid}, vérifier les droits
facture acquittée pour {P} à envoyer à {mail}
chèque de {P} rejeté, rappeler au {tel}
{P} paie en espèces, reçu à faire{more}
{Pt} : nouvelle mutuelle au 1er janvier, {ins} n° {mid}
remboursement bloqué pour {P}, NIR sur la feuille de soins : {nir}, à vérifier
{P} conteste le dépassement, rappeler {tel}
attestation de paiement pour {P} ({ddn_cue}), mutuelle {ins} {mid}
"""
CHILDREN = """
{Par} pour {child} {K}, {kage} ans : papier pour le club de {sport}, {kmotif}
attestation de séances pour la dispense d'EPS de {KF} ({kage} ans), à remettre {slot}
{Par} : {K} a mal depuis le {sport}, {kmotif}, dispo {slot}{kmore}
bébé {K} {KS}, {months} mois, {bmotif}, la maman rappelle au {tel}
{KF}, {kne} le {kddn}, {kmotif}, {Par} demande {slot}
{Par} a oublié le carnet de santé de {K}, repasse {slot}
certificat de suivi pour le collège de {KF} : {kmotif}, séances {slot}, {ptel}
{Par} demande si {staff} prend les enfants, {child} {K} ({kage} ans) {kmotif}
"""
NO_NAME = """
{staff} absent {slot}, décaler ses rdv sur {staff2}
chauffe-eau en panne, pas de douche au cabinet {slot}
livraison des électrodes {slot}
réunion d'équipe {slot}, bloquer l'agenda
appel sans nom : quelqu'un demande si on fait de la kiné respiratoire {slot}
commercial pour les tables de massage, pas intéressés
le patient de {slot} s'est trompé de cabinet, renvoyé vers le cabinet voisin
{staff} : commander des bandes de strapping avant {slot}
"""
SCENARIOS = [(SHORTHAND, 30), (ANSWERPHONE, 11), (ONLINE, 7), (HOME, 7), (NEWFILE, 8), (FAMILY, 9),
             (PRESCRIPTION, 6), (BILLING, 7), (CHILDREN, 8), (NO_NAME, 6)]
SPORTS = ["foot", "hand", "judo", "basket", "rugby", "volley", "tennis", "karaté"]
MORE_KINDS = {"tel": 40, "ddn": 20, "nir": 20, "mail": 12, "mid": 24, "addr": 8, "city": 5}


class Writer(markup.SlotPlaceholders):
    """Fills one template for one cast; each placeholder is a method."""

    slot_text = staticmethod(slot_text)  # the calendar the slot placeholders draw from
    full_slot = staticmethod(full_slot)

    def __init__(self, cast: Cast, rng: random.Random) -> None:
        self.c, self.rng = cast, rng
        self.p = cast.patient
        self.team = rng.sample(markup.STAFF[::2], 2)  # full names stand at even places

    def fill(self, template: str) -> str:
        text = template.replace("\\n", "\n")
        return re.sub(r"\{(\w+)\}", lambda m: getattr(self, m.group(1))(), text)

    # the patient
    def P(self) -> str:
        return nom(full_text(self.p, self.rng))

    def Pt(self) -> str:
        named = full_text(self.p, self.rng) if self.rng.random() < 0.45 else surname_text(self.p, self.rng)
        return f"{title(self.p.sex, self.rng)} {nom(named)}"

    def Tm(self) -> str:
        return title(self.p.sex, self.rng)

    def Gn(self) -> str:
        return nom(given_text(self.p, self.rng))

    def Sur(self) -> str:
        return nom(surname_text(self.p, self.rng))

    def SUR(self) -> str:
        return nom(self.p.surname.upper())

    def Form(self) -> str:
        return nom(f"{self.p.surname.upper()} {self.p.given}")

    def Sig(self) -> str:
        return nom(f"{self.p.given} {self.p.surname}")

    def Married(self) -> str:
        return nom(full_text(self.p, self.rng))

    def Maiden(self) -> str:
        maiden = new_person(self.rng, "f")
        return nom(surname_text(maiden, self.rng))

    def e(self) -> str:
        return "e" if self.p.sex == "f" else ""

    def ne(self) -> str:
        return "née" if self.p.sex == "f" else "né"

    def il(self) -> str:
        return "elle" if self.p.sex == "f" else "il"

    def lui(self) -> str:
        return "elle" if self.p.sex == "f" else "lui"

    def age(self) -> str:
        return str(2026 - self.p.born.year - (self.p.born > dt.date(self.p.born.year, 11, 28)))

    def year(self) -> str:
        return str(self.p.born.year)

    # identifiers of the patient
    def tel(self) -> str:
        return tag("TEL", phone(self.rng))

    def ddn(self) -> str:
        return tag("DDN", birth_text(self.p.born, self.rng))

    def ddn_cue(self) -> str:
        cue = self.rng.choice([f"{self.ne()} le ", "DDN ", "ddn : ", "date de naissance "])
        return cue + self.ddn()

    def nir(self) -> str:
        return tag("NIR", nir(self.p, self.rng))

    def mail(self) -> str:
        return tag("EMAIL", mail(self.p, self.rng))

    def adr(self) -> str:
        return street_address(self.rng)

    def city(self) -> str:
        return town(self.rng)

    def ins(self) -> str:
        return self.rng.choice(INSURERS)

    def mid(self) -> str:
        return tag("ID", member_number(self.rng))

    def more(self) -> str:
        """What else the caller gave, with the words that introduce it."""
        count = self.rng.choices([0, 1, 2], [45, 40, 15])[0]
        return "".join(self.one_more(kind)
                       for kind in markup.draw_kinds(self.rng, count, MORE_KINDS, redraw=False))

    def one_more(self, kind: str) -> str:
        pick = self.rng.choice
        if kind == "tel":
            return pick([", tél ", " – ", ", port. ", ", rappeler au ", " / "]) + self.tel()
        if kind == "ddn":
            return pick([", ", " – ", " ("]) + self.ddn_cue()
        if kind == "nir":
            return pick([", n° SS ", ", sécu : ", " – NIR "]) + self.nir()
        if kind == "mail":
            return pick([", mail ", ", e-mail : ", " – "]) + self.mail()
        if kind == "mid":
            return f", mutuelle {self.ins()} " + pick(["n° ", "adh. ", ""]) + self.mid()
        if kind == "addr":
            return pick([", adresse : ", ", habite au ", " – "]) + self.adr()
        return pick([", habite à ", f", domicilié{self.e()} à ", ", vit à "]) + self.city()

    # other people
    def R(self) -> str:
        r, roll = self.c.relative, self.rng.random()
        if roll < 0.5:
            return nom(given_text(r, self.rng))
        if roll < 0.8:
            return nom(full_text(r, self.rng))
        return f"{title(r.sex, self.rng)} {nom(surname_text(r, self.rng))}"

    def kin(self) -> str:
        return self.c.kin[0]

    def rel(self) -> str:
        noun, sex, _ = self.c.kin
        return f"son {noun}" if sex == "m" or noun[0] in "aeiouéè" else f"sa {noun}"

    def rel1(self) -> str:
        noun, sex, _ = self.c.kin
        return f"mon {noun}" if sex == "m" or noun[0] in "aeiouéè" else f"ma {noun}"

    def rdef(self) -> str:
        noun, sex, _ = self.c.kin
        return f"l'{noun}" if noun[0] in "aeiouéè" else ("la " if sex == "f" else "le ") + noun

    def Rdef(self) -> str:
        text = self.rdef()
        return text[0].upper() + text[1:]

    def il2(self) -> str:
        return "elle" if self.c.kin[1] == "f" else "il"

    def Cf(self) -> str:
        return called(self.c.carer, self.rng, 0.5)

    def role(self) -> str:
        return self.c.carer_role

    def role_def(self) -> str:
        role = self.c.carer_role
        return f"l'{role}" if role[0] in "aeiou" else ("le " if self.c.carer.sex == "m" else "la ") + role

    def cmail(self) -> str:
        return tag("EMAIL", mail(self.c.carer, self.rng))

    def Q(self) -> str:
        return nom(full_text(self.c.other, self.rng))

    # children
    def K(self) -> str:
        return nom(given_text(self.c.kid, self.rng))

    def KS(self) -> str:
        return nom(surname_text(self.c.kid, self.rng))

    def KF(self) -> str:
        return nom(full_text(self.c.kid, self.rng))

    def kne(self) -> str:
        return "née" if self.c.kid.sex == "f" else "né"

    def kddn(self) -> str:
        return tag("DDN", birth_text(self.c.kid.born, self.rng))

    def child(self) -> str:
        return "sa fille" if self.c.kid.sex == "f" else "son fils"

    def kage(self) -> str:
        return str(2026 - self.c.kid.born.year)

    def months(self) -> str:
        return str(self.rng.randint(2, 11))

    def kmotif(self) -> str:
        return motif(self.rng, KID_MOTIFS)

    def bmotif(self) -> str:
        return motif(self.rng, BABY_MOTIFS)

    def Par(self) -> str:
        return called(self.c.parent, self.rng, 0.7)

    def ptel(self) -> str:
        return self.tel()

    def kmore(self) -> str:
        return self.rng.choice(["", "", f", tél {self.tel()}", f", {self.kne()} le {self.kddn()}"])

    def sport(self) -> str:
        return self.rng.choice(SPORTS)

    # kept words (and slot, slot2, fslot)
    def staff(self) -> str:
        name = self.team[0]
        return keep(name if self.rng.random() < 0.3 else name.split()[0])

    def staff2(self) -> str:
        return keep(self.team[1].split()[0])

    def staff_f(self) -> str:
        return keep(self.rng.choice(["Sophie", "Sophie Lemoine"]))

    def staff_full(self) -> str:
        return keep(self.team[0])

    def motif(self) -> str:
        return motif(self.rng)


def make_note(rng: random.Random) -> Fragments:
    block, template = markup.draw_template(rng, SCENARIOS)
    cast = new_cast(rng)
    if re.search(r"{Married}|une certaine", template):  # a woman, and a married one
        cast.patient = new_person(rng, "f", before=1999)
    elif block is HOME and rng.random() < 0.8:  # home visits are mostly for the old
        cast.patient = new_person(rng, before=1962)
    fragments = markup.join_names(markup.parse(Writer(cast, rng).fill(template)))
    if rng.random() < 0.1:  # typed all in lower case
        fragments = [(text.lower(), kind) for text, kind in fragments]
    return fragments


# ---------------------------------------------------------------------------------------------
# Checks beyond heldout_markup.validate


def check(record: dict) -> None:
    markup.check_unlabelled(record, name_words)


def check_set(records: list[dict]) -> None:
    assert len({r["id"] for r in records}) == NOTES
    with_nothing = sum(not r["spans"] for r in records)
    assert 0.04 * NOTES < with_nothing < 0.15 * NOTES, with_nothing


def main() -> None:
    refuse_used_names()
    records = markup.write(OUT, PREFIX, NOTES, SEED, make_note, check, check_set)
    print(f"{len(records)} notes -> {OUT.name}: {markup.span_counts(records)}")


if __name__ == "__main__":
    main()
