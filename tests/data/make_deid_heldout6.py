"""Write `deid_heldout6.jsonl`: a sixth held-out set for the de-identifier.

Written 2026-11-28 by someone who had not read the rules, after the rounds of fixes driven by
heldout4 and heldout5, measured once. The engine, its word lists and the text of the earlier sets
were never opened; the earlier `.jsonl` files are read below only to refuse any name word already
inside one of their NOM spans. 300 invented call notes from a practice in Lille over one winter:
answering-machine messages, shorthand, forwarded booking e-mails, home visits, new files,
mutuelle questions, relatives and carers calling, cancellations, notes naming only a physio.

Gold as in heldout4: NOM TEL NIR DDN EMAIL ADRESSE ID must go, `keep` items (slots, staff,
clinical words and eponyms) must stay. Honorifics stay outside NOM spans, "Mme X née Y" gives two
NOM spans, a birth year alone is not a DDN, a town alone is an ADRESSE only after "habite à",
"vit à", "domicilié(e) à". Standard library only, fixed seed.
Run: .venv/bin/python tests/data/make_deid_heldout6.py
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from dataclasses import dataclass

import heldout_markup as markup
from heldout_markup import Fragments, definite, keep, nom, possessive, tag
from heldout_markup import words as w

OUT = markup.HERE / "deid_heldout6.jsonl"
NOTES = 300
SEED = 590_002_037  # of the seeds 590_002_026-041 whose set passes coverage(), the most even counts
PREFIX = "s"
STAFF_FULL = [name for name in markup.STAFF if " " in name]
STAFF_SEX = {"Julien Martin": "m", "Sophie Lemoine": "f", "Karim Haddad": "m"}
PARTICLES = ("de", "du", "des", "la", "le", "da", "do", "dos", "van", "vanden", "ben", "el", "ait", "di",
             "lo",
             "d", "n", "y")


def c(block: str) -> list[str]:
    """A comma-separated list, for names of more than one word."""
    return [item.strip() for item in block.split(",") if item.strip()]


# ---------------------------------------------------------------------------------------------
# Names. About 60 % of the people get a common French name (here, many from the Nord); the rest
# come from the origins below, weighted roughly as a Lille waiting room would have them.

# given names by generation: born before about 1965, after, and children of today
FR_F_OLDER = w("""Michèle Pascale Raymonde Andrée Marcelle Renée Gilberte Jeannine Edith Marthe Espérance
Félicité Léonie Eugénie Xavière Bénédicte Sylvette Liliane Bettina Emmanuelle Danièle Lydie Rolande
Georgette Madeleine Aimée""")
FR_F_YOUNGER = w("""Caroline Audrey Amandine Justine Mélanie Marion Sarah Coralie Noémie Gwendoline Jennifer
Vanessa Priscilla Angélique Adèle Lucille Sonia Maëlle Ève""") + c("Mary-Line")
FR_M_OLDER = w("""Christian Francis Paul Marcel Lucien Bertrand Ghislain Marc Luc Édouard Ernest Albert
Parfait Innocent Emmanuel Rodolphe Jacky Francky""")
FR_M_YOUNGER = w("""David Franck Alexandre Mathieu Anthony Jordan Dylan Florian Benjamin Damien Fabrice
Grégory Jérémy Mickaël Ange Lilian Vianney Gaëtan Jonathan Brandon Steven Cyril Corentin Wilfried Sébastien
Antoine""") + c("Marc-Antoine, Marc-Alexandre")
KIDS = {  # children of today, by the origin of the family (any other: French names)
    "france": (w("Lola Louane Lyna Eva Sarah Maëlle Adèle") + c("Lou-Ann, Lily-Ann"),
               w("Tom Léo Evan Timothée Matthias Killian Gaspard Basile Anatole Valentin Félix")
               + c("Paul-Alexandre")),
    "maghreb": (w("Inaya Anissa Lyna Sarah"), w("Yanis Rayan Ilyan Elyes Sami Nassim")),
    "subsaharan": (w("Grâce Merveille Divine Prisca"), w("Exaucé Djibril Landry")),
}
KIDS_F = [name for f, _ in KIDS.values() for name in f]
KIDS_M = [name for _, m in KIDS.values() for name in m]
FR_F = FR_F_OLDER + FR_F_YOUNGER
FR_M = FR_M_OLDER + FR_M_YOUNGER
FR_SURNAMES = w("""Delattre Delannoy Leroux Carlier Delporte Delbecq Flament Wattel Mullier Catteau
Cuvelier Ramette Bouchez Delmotte Pruvost Plouvier Debruyne Dhainaut Deleplanque Hennebelle Dumortier
Dufossé Lecocq Simon Gautier Fleury Coquelle Descamps Boulogne Lheureux Bienaimé Beaufils Deladerrière
Ducrocq Dhénin Poutrain Queval Delcroix Desmarets Dewailly Bricout Fiévet Gosselin Hanquez Lecoeuvre
Lepers Mahieu Macquet Lenglet Marescaux Obert Pollet Sénéchal Taffin Thorel Vandeville Wacquier Wallart
Devos Dubus Dutoit Facon Gallet Hochart Leleu Moreel Prouvost Savary Verdière Bonvarlet Dassonville
Fauvel Herbaut Lecompte Lecoq Bastide Beaumont Lamarche Bellamy Lecuyer Grandjean Bellanger Bouvet
Pecqueur Delval Delhaye Lagache Couvreur Meurisse""")
# surnames that are ordinary French words
FR_WORD_SURNAMES = w("""Cousin Poulet Château Lajoie Montagne Jardin Soleil Chasseur Mineur Fermier
Moine Vilain Cornu Hérisson Pinson Bontemps Doré Coquet Tailleur Boiteux Noël Adam Merlin Lebas""")
FR_HYPHENATED = c("Delattre-Wallart, Cuvelier-Bonvarlet, Fauvel-Mahieu, Lenglet-Delcroix, Gosselin-Herbaut")
FR_PARTICLE = c("de Montigny, de Bailliencourt, de la Haye, d'Hautefeuille, de Lestrange, de Villers")


@dataclass(frozen=True)
class Origin(markup.Origin):
    abroad: tuple[str, ...]  # here every INSEE country code a NIR of someone born abroad may hold
    weight: float  # how often the origin turns up (FRENCH aside: SHARE_FRENCH)
    french_given: float = 0.15  # share with a French given name (second or third generation)


FRENCH = Origin("france", FR_F, FR_M, FR_SURNAMES + FR_WORD_SURNAMES + FR_HYPHENATED + FR_PARTICLE,
                (), ("59",) * 8 + ("62", "62", "80", "75", "02", "76", "93", "2A", "2B", "2A", "2B"), 60)
ORIGINS = [
    Origin("maghreb",
           w("Yamina Fatiha Karima Naïma Aïcha Hafida Rachida Latifa Fadila Saliha Dalila Farida Anissa"),
           w("Abdelkrim Mohamed Ahmed Ali Kamel Djamel Mustapha Omar Hamid Walid Samir Nordine Larbi Nacer "
             "Smaïl Lyès Toufik Hakim Sami Amir Nassim"),
           w("""Bouchaïb Hamdi Benamar Chaouch Djebbar Hamidi Kaddouri Messaoudi Slimani Tahiri Zitouni
Bensaïd Mebarki Boudjemaa Azzouz Lakhdar Boumediene Ziani Saadi Kacimi Tlemçani Bouhafs Chérif Ouahrani
Rezki Zerouali""") + c("El Idrissi, Ben Hammou, Aït Ali, Hadj Ali"),
           ("352", "352", "350", "351"), ("59",) * 4 + ("93", "69", "13"), 9),
    Origin("subsaharan",
           w("Assitan Ramatoulaye Grâce Nafissatou Binta Coumba Dieynaba Prisca Divine Merveille Glodie"),
           w("Modibo Alassane Issa Bakary Aboubakar Exaucé Landry Arsène Mamoudou Oumar Tidiane Djibril"),
           w("""Ndiaye Diarra Cissokho Mbaye Ba Diagne Kaboré Ouédraogo Mensah Nkounkou Mbemba Tshibangu
Kabongo Ekwalla Ngono Mvondo Owona Nzeyimana Diakité Sacko Dramé Tounkara Diabaté Soumaré Ndongo Essomba
Nguema Mabiala Makosso Lukusa Mukendi Ilunga Nsimba Mayala Nlandu"""),
           ("341", "335", "326", "322", "312", "324"), ("59", "59", "75", "93"), 6, 0.25),
    Origin("flanders", w("Marieke Hilde Katrien Els Lieve Veerle"), w("Koen Bart Geert Dirk Jens Stijn"),
           w("""Vandenberghe Vanhoutte Verstraete Declercq Deconinck Vandamme Vermeulen Desmet Verhaeghe
Deblock Decock Vanneste Goethals Dewitte Vandewalle Verbeke Deruyter Maes Peeters Janssens Wauters
Vandaele Vanhee Vercruysse Vanhove""") + c("Van Robaeys, De Backer, Vanden Driessche"),
           ("131",), ("59", "59", "59", "62"), 5, 0.6),
    Origin("poland", w("Stanisława Janina Teresa Wanda Danuta Irena Stefania Genowefa Leokadia Helena"),
           w("Kazimierz Czesław Jan Bronisław Władysław Tadeusz Jerzy Bogusław Henryk Edward"),
           w("""Wojciechowski Majewski Olszewski Jaworski Malinowski Stępień Górski Adamczyk Dudek Pawłowski
Sikora Baran Szewczyk Ostrowski Tomaszewski Walczak Czarnecki Kubiak Sobczak Wieczorek Wysocki Marciniak
Leśniak Kaczmarczyk"""),
           ("122",), ("62", "62", "59", "59"), 4, 0.55),
    Origin("italy", w("Giuseppina Antonietta Rosaria Carmela Franca Concetta Filomena Annunziata"),
           w("Vincenzo Luigi Carmelo Giovanni Rocco Gaetano Pasquale Domenico Nunzio"),
           w("""Russo Romano Ricci Marino Greco Conti Mancini Rizzo Lombardi Moretti Barbieri Fontana Caruso
Cappelli Sorrentino Vitale Messina Pellegrino Amato Palumbo Bianchi Testa Parisi Cirillo""")
           + c("De Luca, La Rosa"),
           ("127",), ("59", "62", "57"), 3, 0.45),
    Origin("portugal",
           w("Albertina Ermelinda Glória Deolinda Rosa Natália Custódia Amélia Olinda Aurora Alzira Arminda "
             "Zulmira Cidália"),
           w("Américo Adelino Custódio Agostinho Álvaro Adriano Jorge Mário Henrique Valdemar Serafim "
             "Quintino"),
           w("""Martins Alves Araújo Pires Magalhães Vieira Monteiro Soares Neves Coelho Tavares Faria Batista
Leite Mota Sequeira Campos Barros Nunes Matos""") + c("de Matos, da Mota, Vieira da Cunha, Monteiro Neves"),
           ("139",), ("59", "94", "78"), 3, 0.35),
    Origin("spain", w("Encarnación Pilar Rosario Inmaculada Mercedes Carmen Concepción Remedios Amparo"),
           w("Manuel Javier Jesús Ramón Andrés Alfonso Joaquín") + c("Juan Carlos"),
           w("""Martínez Sánchez Fernández Rodríguez Gómez Ruiz Muñoz Álvarez Herrera Castillo Vázquez Serrano
Molina Garrido Sanz Medina Cano Prieto Calvo Gallego Domínguez Gil Blanco""")
           + c("Sánchez Molina, Ruiz Herrera, Gómez Serrano"),
           ("134",), ("59", "64", "31"), 2, 0.4),
    Origin("turkey", w("Yasemin Songül Nurcan Hülya Filiz Serpil Dilek Özlem Sevgi Nesrin Gülay Tuba Kübra"),
           w("Ömer Recep Yusuf Erkan Hakan Osman Bülent Emre Selim Cengiz Ismet"),
           w("""Yıldırım Aksoy Erdoğan Güneş Acar Bulut Keskin Ünal Aslan Turan Korkmaz Kaplan Şimşek Bozkurt
Karaca Güler Tunç Altun Yavuz Özkan Kocabaş Erdem Akgül Sarı Duman"""),
           ("208",), ("59", "67", "69"), 2),
    Origin("antilles", w("Rosemonde Lucianne Marlène Régina Suzette Lucina"),
           w("Dany Ruddy Steeve Willy Harry Fabien Rodrigue Ferdinand Moïse"),
           w("""Bellance Zébina Lollia Hippocrate Alexis Larose Victorin Bardury Valérius Cléry Nestoret
Bernadin Sylvère Loza Anicet Placide Symphorien"""),
           (), ("971", "972"), 1.5, 0.3),
    Origin("reunion", w("Ketty Mimose Rosemay Emilienne Mickaëlla Jessy"),
           w("Sully Jimmy Johnny Giovanni"),
           w("Nativel Dijoux Lauret Ramassamy Virapoullé Cadet Baret Hoareau Sery Lallemand Ethève Bègue"),
           (), ("974",), 1, 0.3),
    Origin("vietnam", c("Hong Nhung, Kim Lien, Hai Yen, Kim Oanh, My Linh"),
           c("Tien Dung, Cong Danh, Huu Nghia"),
           w("Lam Luong Dao Trinh Ta Cao Quach Lai Doan Ha Tang Thai Chau Vuong"),
           ("243",), ("75", "59"), 1, 0.25),
    Origin("china", w("Xiaoling Jing Hui Lihua Xiaoyan Yuping Qiong Jiahui"),
           w("Wei Jun Hao Ming Jianguo Tao Lei Haibo Zhiwei"),
           w("Chen Wang Liu Lin Huang Zhou Wu Xu Yang Ye Cheng Ji Hu Jin Pan Zheng Ding"),
           ("216",), ("75", "59"), 1, 0.3),
    Origin("manouche", w("Esméralda Lolita Samantha Pervenche Sabrina Jessica"),
           w("Tchavolo Mandino Dorado Nello Sandro Rocky Sonny Gino Tony"),
           w("Reinhardt Winterstein Lagrène Limberger Loeffler Ferret Duville Debarre Demestre Helfer Weiss "
             "Ziegler"),
           (), ("59", "62", "67"), 1, 0.2),
    Origin("brittany", w("Solenn Anaïg Klervi"), w("Erwan Gwendal Tudual Youenn"),
           c("Le Bot, Le Borgne, Quéré, Le Hir, Le Gac, Lozac'h, Cadiou, Le Dantec, Le Saux, Le Gallou"),
           (), ("29", "22", "56"), 1, 0.4),
    Origin("alsace", w("Albertine Ernestine Eliane Fernande"), w("Alphonse Alfred Aloïs Fridolin Armand"),
           w("""Walter Gerber Roth Lang Hertz Baumann Schwartz Huber Wagner Becker Frey Burger Keller Stoll
Ott Kuntz Brunner Schott Zimmer Ehrmann Metzger Wurtz Haegel"""),
           (), ("67", "68"), 1, 0.5),
    Origin("basque", w("Maialen Libe Kattalin Pantxika Arantxa"),
           w("Battitt Txomin Ramuntxo Manex Gorka"),
           w("""Goyheneche Inchauspé Haramboure Olhagaray Ospital Hiriart Sallaberry Bergara Dargains Garat
Uhart Elorza Ibarra Lasarte Echeverria Curutchet Harispe"""),
           (), ("64",), 0.5, 0.4),
    Origin("corsica", c("Maria, Paula, Francesca, Angèle, Ghjulia, Catalina, Anghjula"),
           c("Ghjuvan, Paul-Antoine, Francescu, Santu, Ghjacumu, Ghjuvanni, Matteu"),
           w("""Bartoli Ceccaldi Rossi Antonetti Franceschi Giudicelli Pieri Susini Quilichini Cesari Battesti
Acquaviva Tomasi Versini Pinelli Lucchini"""),
           (), ("2A", "2B"), 1, 0.4),
]
ORIGIN_WEIGHTS = [o.weight for o in ORIGINS]
SHARE_FRENCH = 0.64
SETTLED = {"poland", "italy", "spain", "portugal"}  # long-settled: the young mostly have French given names
TO_ASCII = str.maketrans("ıİşŞçÇğĞöÖüÜłŁśŚżŻźŹąĄęĘńŃćĆóÓñÑ", "iIsScCgGoOuUlLsSzZzZaAeEnNcCoOnN")


def fold(text: str) -> str:
    text = unicodedata.normalize("NFD", text.translate(TO_ASCII).lower())
    return "".join(ch for ch in text if unicodedata.category(ch) != "Mn").replace("’", "'")


def strip_marks(text: str) -> str:
    text = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", "".join(ch for ch in text if unicodedata.category(ch) != "Mn"))


def name_words(value: str) -> set[str]:
    """The words of a name, whole and split at hyphens and apostrophes, particles aside."""
    words: set[str] = set()
    for part in re.split(r"[\s.,/()]+", fold(value)):
        if part:
            words.add(part)
            words.update(p for p in re.split(r"[-']", part) if len(p) > 1)
    return {word for word in words if word not in PARTICLES}


def polish_feminine(surname: str) -> str:
    return surname[:-1] + "a" if surname.endswith(("ski", "cki")) else surname


def polish_masculine(surname: str) -> str:
    return surname[:-1] + "i" if surname.endswith(("ska", "cka")) else surname


# The corpora that existed when this set was written (the hard cases later took some of its
# names as regression cases).
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", "deid_heldout2.jsonl", "deid_heldout3.jsonl",
           "deid_heldout4.jsonl", "deid_heldout5.jsonl")


def check_names() -> None:
    """Refuse any name word an earlier corpus holds inside a NOM span, or that a physio bears."""
    earlier = markup.earlier_name_tokens(OUT, fold, EARLIER)
    taken = {word for token in earlier for word in name_words(token)}  # split at apostrophes too
    taken |= {fold(part) for name in markup.STAFF for part in name.split()}
    clashes = []
    for origin in [FRENCH, *ORIGINS]:
        names = origin.given_f + origin.given_m + origin.surnames
        if origin.name == "poland":
            names = names + [polish_feminine(s) for s in origin.surnames]
        clashes += [name for name in names if name_words(name) & taken]
    clashes += [name for name in KIDS_F + KIDS_M if name_words(name) & taken]
    if clashes:
        raise SystemExit(f"names already used by an earlier corpus or the staff: {clashes}")


# ---------------------------------------------------------------------------------------------
# People

REF = dt.date(2026, 12, 1)


@dataclass
class Person(markup.Person):
    maiden: str | None = None  # a married woman's birth name, for "Mme X née Y"
    abroad: str = ""  # INSEE country code when born abroad


def pick_origin(rng: random.Random) -> Origin:
    return FRENCH if rng.random() < SHARE_FRENCH else rng.choices(ORIGINS, ORIGIN_WEIGHTS)[0]


def birth(rng: random.Random, band: str) -> dt.date:
    low, high = {"baby": (0, 1), "child": (7, 15), "young": (18, 45), "middle": (45, 70), "old": (70,
                                                                                                  96)}[band]
    days = rng.randint(int(low * 365.25) + 40, int(high * 365.25))
    return REF - dt.timedelta(days=days)


def make_person(rng: random.Random, sex: str | None = None, origin: Origin | None = None,
                surname: str | None = None, band: str | None = None) -> Person:
    sex = sex or rng.choices("fm", [58, 42])[0]
    origin = origin or pick_origin(rng)
    band = band or rng.choices(["young", "middle", "old"], [22, 38, 40])[0]
    given_pool = origin
    if origin is not FRENCH and rng.random() < origin.french_given:
        given_pool = FRENCH
    given = rng.choice(given_pool.given_f if sex == "f" else given_pool.given_m)
    born = birth(rng, band)
    if band in {"baby", "child"}:
        kids_f, kids_m = KIDS.get(origin.name, KIDS["france"])
        given = rng.choice(kids_f if sex == "f" else kids_m)
    elif given_pool is not FRENCH and born.year >= 1980 and origin.name in SETTLED and rng.random() < 0.6:
        given_pool = FRENCH
    if band not in {"baby", "child"} and given_pool is FRENCH:
        older = 0.8 if born.year < 1960 else 0.45 if born.year < 1980 else 0.1
        if sex == "f":
            given = rng.choice(FR_F_OLDER if rng.random() < older else FR_F_YOUNGER)
        else:
            given = rng.choice(FR_M_OLDER if rng.random() < older else FR_M_YOUNGER)
    if surname is None:
        surname = rng.choice(origin.surnames)
        if origin.name == "poland" and sex == "f" and rng.random() < 0.5:
            surname = polish_feminine(surname)
    abroad = ""
    if origin.abroad and born.year < 1990 and rng.random() < 0.6:
        abroad = rng.choice(origin.abroad)
    person = Person(given, surname, sex, origin, born, abroad=abroad)
    if sex == "f" and band in {"middle", "old"} and rng.random() < 0.35:
        husband = pick_origin(rng) if rng.random() < 0.4 else origin
        married = rng.choice(husband.surnames)
        if husband.name == "poland":
            married = polish_feminine(married)
        person.maiden, person.surname = surname, married
    return person


def age(p: Person, day: dt.date) -> int:
    return day.year - p.born.year - ((day.month, day.day) < (p.born.month, p.born.day))


# ---------------------------------------------------------------------------------------------
# How names are typed


def accents(name: str, p: Person, rng: random.Random) -> str:
    """Turkish, Polish, Spanish and Portuguese letters are often typed bare; French ones less."""
    if p.origin.name in {"turkey", "poland", "portugal", "spain"} and rng.random() < 0.5:
        return strip_marks(name.translate(TO_ASCII))
    if rng.random() < 0.08:
        return strip_marks(name)
    return name


def slip(name: str, rng: random.Random) -> str:
    """A slip of the keyboard: two letters swapped, a letter doubled or dropped."""
    return markup.slip(name, rng, swap=0.4, double=0.7)


def upper(name: str) -> str:
    return name.upper()


def given_text(p: Person, rng: random.Random) -> str:
    g = accents(p.given, p, rng)
    return g.lower() if rng.random() < 0.18 else g


def surname_text(p: Person, rng: random.Random) -> str:
    s = accents(p.surname, p, rng)
    s = rng.choices([s, upper(s), s.lower()], [62, 31, 7])[0]
    return slip(s, rng) if rng.random() < 0.03 else s


def full_text(p: Person, rng: random.Random) -> str:
    g, s = accents(p.given, p, rng), accents(p.surname, p, rng)
    gl = g.lower()
    forms = [(f"{g} {s}", 28), (f"{s} {g}", 10), (f"{upper(s)} {g}", 20), (f"{g} {upper(s)}", 6),
             (f"{upper(s)} {gl}", 5), (f"{s} {gl}", 3), (f"{gl} {s}", 3), (f"{gl} {s.lower()}", 4),
             (f"{s.lower()} {gl}", 2), (f"{upper(s)} {upper(g)}", 3), (f"{g[0]}. {s}",
                                                                       0 if g[0] == "M" else 2)]
    text = rng.choices([f for f, _ in forms], [n for _, n in forms])[0]
    return slip(text, rng) if rng.random() < 0.03 else text


def honorific(sex: str, rng: random.Random) -> str:
    if sex == "f":
        return rng.choices(["Mme", "Madame", "mme", "Mme.", "MME"], [60, 13, 14, 8, 3])[0]
    return rng.choices(["M.", "Monsieur", "Mr", "M", "mr", "Mr."], [52, 12, 20, 6, 7, 3])[0]


def named(p: Person, rng: random.Random) -> str:
    """Honorific and name: the surname alone, the full name, or married and birth names."""
    h = honorific(p.sex, rng)
    if p.maiden and rng.random() < 0.35:
        maiden = accents(p.maiden, p, rng)
        if rng.random() < 0.5:
            return f"{h} {nom(surname_text(p, rng))} née {nom(maiden)}"
        return f"{h} {nom(upper(accents(p.surname, p, rng)))} née {nom(upper(maiden) + ' ' + p.given)}"
    if rng.random() < 0.55:
        return f"{h} {nom(surname_text(p, rng))}"
    return f"{h} {nom(full_text(p, rng))}"


# ---------------------------------------------------------------------------------------------
# Identifiers

NORD_LANDLINES = ["03 20", "03 20", "03 20", "03 28", "03 27", "03 21", "03 59", "09 5", "09 8", "09 7",
                  "01 4"]


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone(rng: random.Random, mobile: bool = False) -> str:
    roll = rng.random()
    if roll < 0.05:  # abroad: family in Belgium, Portugal, the Maghreb, a British number
        country = rng.choices(["be", "pt", "ma", "dz", "uk"], [45, 15, 15, 15, 10])[0]
        if country == "be":
            d = "4" + rng.choice("5789") + digits(rng, 7)
            return rng.choice([f"+32 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                               f"0032 {d[:3]} {d[3:5]} {d[5:7]} {d[7:]}",
                               f"+32{d}"])
        if country == "pt":
            d = "9" + rng.choice("1236") + digits(rng, 7)
            return f"+351 {d[:3]} {d[3:6]} {d[6:]}"
        if country in {"ma", "dz"}:
            d = rng.choice("67" if country == "ma" else "567") + digits(rng, 8)
            code = "+212" if country == "ma" else "+213"
            return f"{code} {d[0]} {d[1:3]} {d[3:5]} {d[5:7]} {d[7:]}"
        d = "7" + digits(rng, 9)
        return f"+44 {d[:4]} {d[4:]}"
    if roll < 0.12:  # a mobile with the country code
        d = rng.choice("67") + digits(rng, 8)
        pairs = " ".join(d[i:i + 2] for i in range(1, 9, 2))
        return rng.choices([f"+33 {d[0]} {pairs}", f"+33{d}", f"+33 (0){d[0]} {pairs}",
                            f"0033 {d[0]} {pairs}"],
                           [50, 30, 10, 10])[0]
    if roll < 0.30 and not mobile:
        prefix = rng.choice(NORD_LANDLINES).replace(" ", "")
    else:
        prefix = rng.choices(["06", "07"], [68, 32])[0]
    d = prefix + digits(rng, 10 - len(prefix))
    a, b, cc, dd, e = (d[i:i + 2] for i in range(0, 10, 2))
    return rng.choices([f"{a} {b} {cc} {dd} {e}", d, f"{a}.{b}.{cc}.{dd}.{e}", f"{a}-{b}-{cc}-{dd}-{e}",
                        f"{a}/{b}/{cc}/{dd}/{e}", f"{a} {b} {cc} {dd}{e}"], [48, 22, 14, 6, 2, 2])[0]


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
MONTHS_ABBR = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
               "déc."]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_ABBR = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]


def ddn_text(born: dt.date, rng: random.Random) -> str:
    d, m, y = born.day, born.month, born.year
    first = "1er" if d == 1 else str(d)
    forms = [(f"{d:02d}/{m:02d}/{y}", 34), (f"{d}/{m}/{y}", 10), (f"{d:02d}/{m:02d}/{y % 100:02d}", 12),
             (f"{d:02d}.{m:02d}.{y}", 5), (f"{first} {MONTHS[m - 1]} {y}", 18), (f"{d:02d}-{m:02d}-{y}", 5),
             (f"{d} {MONTHS_ABBR[m - 1]} {y}", 5), (f"{d:02d}{m:02d}{y}", 3), (f"{d}.{m}.{y % 100:02d}", 3)]
    return rng.choices([f for f, _ in forms], [n for _, n in forms])[0]


def nir_text(p: Person, rng: random.Random) -> str:
    sex = "1" if p.sex == "m" else "2"
    yy, mm = f"{p.born.year % 100:02d}", f"{p.born.month:02d}"
    if p.abroad:
        dept, commune = "99", p.abroad
    else:
        dept = rng.choice(p.origin.departments)
        if dept in {"971", "972", "974"}:
            dept, commune = "97", dept[2] + f"{rng.randint(1, 34):02d}"
        else:
            commune = f"{rng.randint(1, 680):03d}"
            if dept in {"2A", "2B"} and p.born.year < 1976:
                dept = "20"
    order = f"{rng.randint(1, 999):03d}"
    body = f"{sex}{yy}{mm}{dept}{commune}{order}"
    key = 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97
    if rng.random() < 0.12:  # mistyped somewhere: the key does not match
        key = (key + rng.randint(1, 60)) % 97 + 1
    k = f"{key:02d}"
    if rng.random() < 0.04:  # the key left off
        return rng.choice([f"{sex} {yy} {mm} {dept} {commune} {order}", body])
    forms = [(f"{sex} {yy} {mm} {dept} {commune} {order} {k}", 38), (f"{body}{k}", 30), (f"{body} {k}", 14),
             (f"{sex} {yy}{mm} {dept} {commune} {order} {k}", 6),
             (f"{sex}.{yy}.{mm}.{dept}.{commune}.{order}.{k}", 3),
             (f"{sex}{yy}{mm}{dept}{commune}{order} - {k}", 4),
             (f"{sex} {yy} {mm} {dept}{commune} {order} {k}", 5)]
    return rng.choices([f for f, _ in forms], [n for _, n in forms])[0]


MAIL_DOMAINS = [("gmail.com", 25), ("orange.fr", 20), ("hotmail.fr", 12), ("free.fr", 8), ("yahoo.fr", 6),
                ("laposte.net", 6), ("sfr.fr", 5), ("outlook.fr", 5), ("live.fr", 4), ("numericable.fr", 3),
                ("icloud.com", 3), ("wanadoo.fr", 3), ("nordnet.fr", 2)]


NICKNAMES = ["lili", "nono", "titi", "doudou", "loulou", "kiki"]  # addresses that name nobody


def slug(name: str) -> str:
    return re.sub(r"[^a-z-]", "", fold(name).replace(" ", "").replace("'", ""))


def email_text(p: Person, rng: random.Random) -> str:
    g, s, yy = slug(p.given), slug(p.surname), p.born.year % 100
    local = rng.choices([f"{g}.{s}", f"{g[0]}.{s}", f"{s}.{g}", f"{g}{s}", f"{g}.{s}{yy:02d}", f"{s}{g[0]}",
                         f"{g}_{s}", f"{g}.{s}59", f"{s}.{g}{rng.randint(1, 99)}", f"{g}{p.born.year}",
                         f"{rng.choice(NICKNAMES)}{rng.randint(59, 99)}"],
                        [18, 10, 8, 10, 8, 5, 5, 6, 6, 5, 4])[0]
    domain = rng.choices([d for d, _ in MAIL_DOMAINS], [n for _, n in MAIL_DOMAINS])[0]
    return f"{local}@{domain}"


STREET_TYPES = [("rue", 58), ("avenue", 8), ("av.", 3), ("bd", 4), ("boulevard", 3), ("allée", 5),
                ("impasse", 5), ("place", 2), ("chemin", 3), ("cité", 3), ("chaussée", 2), ("square", 2),
                ("résidence", 2)]
STREET_NAMES = ["de la Filature", "des Tisserands", "du Long Pot", "des Postes", "de Lannoy", "de Tournai",
                "d'Arras", "de Béthune", "Brunehaut", "des Stations", "du Moulin", "de l'Égalité", "Pasteur",
                "Gambetta", "Faidherbe", "Jean Jaurès", "de la République", "du Général de Gaulle",
                "du Maréchal Foch", "Roger Salengro", "Émile Zola", "du Bas Chemin", "des Glycines",
                "des Peupliers", "des Hirondelles", "du Pont de Bois", "de la Briqueterie",
                "du Château d'Eau",
                "de Roubaix", "de Lille", "des Martyrs de la Résistance", "Kléber", "de la Gare",
                "du Fresnoy",
                "des Marronniers", "de l'Épeule", "des Écoles", "Carnot", "de Wattignies", "du Bourg"]
CITIES = [("59000", "Lille", 14), ("59800", "Lille", 6), ("59160", "Lomme", 3), ("59260", "Hellemmes", 2),
          ("59100", "Roubaix", 6), ("59200", "Tourcoing", 5), ("59650", "Villeneuve-d'Ascq", 4),
          ("59491", "Villeneuve-d'Ascq", 1), ("59700", "Marcq-en-Barœul", 3), ("59130", "Lambersart", 3),
          ("59110", "La Madeleine", 3), ("59150", "Wattrelos", 2), ("59170", "Croix", 2),
          ("59370", "Mons-en-Barœul", 2), ("59120", "Loos", 2), ("59155", "Faches-Thumesnil", 2),
          ("59790", "Ronchin", 2), ("59290", "Wasquehal", 2), ("59510", "Hem", 1), ("59390", "Lys-lez-Lannoy",
                                                                                    1),
          ("59113", "Seclin", 1), ("59320", "Haubourdin", 1), ("59280", "Armentières", 1),
          ("59350", "Saint-André-lez-Lille", 2), ("59520", "Marquette-lez-Lille", 1), ("59118", "Wambrechies",
                                                                                       1),
          ("59420", "Mouvaux", 1), ("59250", "Halluin", 1), ("59260", "Lezennes", 1)]
FAR_TOWNS = ["Armentières", "Seclin", "Halluin", "Comines", "Bondues", "Templeuve-en-Pévèle", "Phalempin",
             "Wattrelos", "Annœullin", "Quesnoy-sur-Deûle"]
ELSEWHERE = ["Valenciennes", "Lens", "Arras", "Douai", "Dunkerque", "Béthune", "Courtrai", "Tournai"]


def address(rng: random.Random, city_share: float = 0.8) -> str:
    number = rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 220)])
    suffix = rng.choices(["", " bis", " ter", "bis", "B", " B"], [84, 8, 3, 2, 2, 1])[0]
    kind = rng.choices([k for k, _ in STREET_TYPES], [n for _, n in STREET_TYPES])[0]
    street = f"{number}{suffix} {kind} {rng.choice(STREET_NAMES)}"
    if rng.random() < 0.1:
        street = street.lower()
    text = tag("ADRESSE", street)
    if rng.random() < 0.15:
        text += rng.choice([", bât. C", ", appt 23", " (3e étage)", ", 2e étage sans ascenseur", ", appt 4"])
    if rng.random() < city_share:
        postcode, town, _ = rng.choices(CITIES, [n for *_, n in CITIES])[0]
        town = rng.choices([town, town.upper(), town.lower()], [75, 20, 5])[0]
        sep = ", " if text.endswith((")", "ascenseur")) or text[-1].isdigit() or "bât" in text[-8:] else (
            rng.choices([", ", " ", " - "], [70, 20, 10])[0])
        text += sep + tag("ADRESSE", f"{postcode} {town}")
    return text


def town(rng: random.Random) -> str:
    name = rng.choices(CITIES, [n for *_, n in CITIES])[0][1]
    return tag("ADRESSE", name.upper() if rng.random() < 0.12 else name)


MUTUELLES = ["Harmonie Mutuelle", "MGEN", "Mutuelle Just", "Solimut", "Malakoff Humanis", "AG2R", "MACIF",
             "MAAF", "Apivia", "Alan", "Klesia", "la Mutuelle Générale", "MNH", "Groupama", "Swiss Life",
             "Intériale", "Mutuelle Bleue"]


def member_id(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPRSTUVW"
    return rng.choices([
        digits(rng, 8), str(rng.randint(10**8, 10**9 - 1)), "00" + digits(rng, 7),
        rng.choice(letters) + rng.choice(letters) + digits(rng, 6), f"{digits(rng, 8)}-0{rng.randint(1, 4)}",
        f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}", "M" + digits(rng, 7),
        f"{digits(rng, 4)} {digits(rng, 5)}",
    ], [22, 14, 12, 12, 12, 10, 8, 10])[0]


# ---------------------------------------------------------------------------------------------
# Days and slots (kept). Slots fall on real days from 2026-12-01 to 2027-03-31, Monday to Saturday
# (Saturday mornings only), never on a public holiday, and the weekday always matches the date.

FIRST, LAST = dt.date(2026, 12, 1), dt.date(2027, 3, 31)
HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2027, 1, 1), dt.date(2027, 3, 29)}  # Easter Monday 2027
HOURS = ["8h", "8h30", "8h45", "9h", "9h15", "9h30", "10h", "10h30", "11h", "11h15", "11h45", "12h15",
         "13h30",
         "14h", "14h15", "14h45", "15h", "15h30", "16h", "16h15", "16h45", "17h", "17h30", "18h", "18h15",
         "18h45", "19h", "19h15", "17H", "10H30", "14h00"]
SATURDAY_HOURS = ["8h", "8h30", "9h", "9h15", "9h45", "10h", "10h30", "11h", "11h30"]


def open_day(day: dt.date) -> bool:
    return day.weekday() != 6 and day not in HOLIDAYS


def note_days(rng: random.Random) -> list[dt.date]:
    """The day each call was taken, in order: the notes of one winter at the front desk."""
    days = [dt.date(2026, 11, 30) + dt.timedelta(days=n) for n in range(118)]
    days = [d for d in days if open_day(d)]
    return sorted(rng.choice(days) for _ in range(NOTES))


@dataclass
class Slot:
    day: dt.date
    ahead: int


def pick_slot(rng: random.Random, today: dt.date, taken: list[dt.date]) -> Slot:
    for _ in range(200):
        ahead = rng.choices(range(1, 22), [14, 12, 10, 10, 9, 8, 7, 6, 5, 5, 4, 4, 3, 3, 3, 2, 2, 2, 2, 1,
                                           1])[0]
        day = today + dt.timedelta(days=ahead)
        if FIRST <= day <= LAST and open_day(day) and day not in taken:
            taken.append(day)
            return Slot(day, ahead)
    raise RuntimeError(f"no slot after {today}")


def slot_text(slot: Slot, rng: random.Random) -> str:
    d, k = slot.day, slot.ahead
    sat = d.weekday() == 5
    h = rng.choice(SATURDAY_HOURS if sat else HOURS)
    day, abbr = DAYS[d.weekday()], DAYS_ABBR[d.weekday()]
    first = "1er" if d.day == 1 else str(d.day)
    month, mabbr = MONTHS[d.month - 1], MONTHS_ABBR[d.month - 1]
    forms = [f"{day} {first} {month} à {h}", f"{day} {first} {month} {h}",
             f"{abbr} {d.day}/{d.month:02d} {h}",
             f"le {d.day}/{d.month:02d} à {h}", f"le {d.day:02d}/{d.month:02d}", f"{day} {d.day}/{d.month}",
             f"le {first} {month}", f"{day} {first} {mabbr} {h}", f"{day} {d.day}", f"{day} {d.day} à {h}"]
    if k == 1:
        forms += ["demain matin", f"demain {h}", f"demain à {h}"] + ([] if sat else ["demain aprem"])
    if k <= 6:
        forms += [f"{day} {h}", f"{day} à {h}", f"{day} {h}", f"{day} matin"]
        forms += [] if sat else [f"{day} aprem", f"{day} après-midi", f"{day} en fin de journée",
                                 f"{day} à {h}"]
    if 7 <= k <= 13:
        forms += [f"{day} prochain à {h}", f"{day} prochain"]
    return keep(rng.choice(forms))


def day_text(slot: Slot, rng: random.Random) -> str:
    """A slot given as a day only."""
    d, k = slot.day, slot.ahead
    day, first = DAYS[d.weekday()], "1er" if d.day == 1 else str(d.day)
    forms = [f"{day} {d.day}", f"le {d.day}/{d.month:02d}", f"{day} {first} {MONTHS[d.month - 1]}",
             f"le {first}"]
    forms += ["demain"] if k == 1 else [day, day] if k <= 6 else [f"{day} prochain"] if k <= 13 else []
    return keep(rng.choice(forms))


def long_slot_text(slot: Slot, rng: random.Random) -> str:
    """How a booking site writes a slot."""
    d = slot.day
    hh = rng.choice([8, 9, 10, 11, 14, 15, 16, 17, 18] if d.weekday() != 5 else [8, 9, 10, 11])
    mm = rng.choice(["00", "15", "30", "45"])
    return keep(rng.choice([f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} {d.year} à {hh}:{mm}",
                            f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} à {hh}h{mm}",
                            f"{d.day:02d}/{d.month:02d}/{d.year} à {hh}:{mm}"]))


def mail_date(today: dt.date, rng: random.Random) -> str:
    day = today - dt.timedelta(days=rng.choice([0, 0, 1]))
    hm = f"{rng.randint(6, 22):02d}:{rng.randint(0, 59):02d}"
    return rng.choice([f"{DAYS_ABBR[day.weekday()]}. {day.day} {MONTHS_ABBR[day.month - 1]} {day.year} "
                       f"à {hm}",
                       f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} {day.year}, {hm}"])


# ---------------------------------------------------------------------------------------------
# Clinical words (kept)

REASONS = [
    "{{lombalgie}} depuis 15 jours", "{{cervicalgie}} après un accrochage en voiture",
    "{{entorse de la cheville}} droite",
    "rééduc après {{prothèse totale de genou}}", "{{PTH}} gauche, marche avec une canne",
    "{{fracture du poignet}}, plâtre retiré",
    "{{fracture du col du fémur}} opérée", "{{tendinite}} de l'{{épaule}} droite",
    "{{conflit sous-acromial}}",
    "{{canal carpien}} opéré", "{{maladie de Dupuytren}}, opérée en novembre",
    "{{ténosynovite de De Quervain}}",
    "{{maladie de Parkinson}}, entretien de la marche", "{{maladie d'Alzheimer}}, prévention des chutes",
    "{{syndrome de Guillain-Barré}}, rééducation", "{{kyste de Baker}} au genou gauche",
    "{{maladie de Scheuermann}}",
    "{{vertiges}} au lever ({{VPPB}})", "{{scoliose}}", "{{sciatique}} gauche",
    "{{névralgie cervico-brachiale}}",
    "{{hémiplégie}} après {{AVC}}", "{{sclérose en plaques}}", "{{BPCO}}, essoufflé{e} au moindre effort",
    "{{drainage lymphatique}} après {{cancer du sein}}", "{{rééducation périnéale}} après l'accouchement",
    "{{fasciite plantaire}}", "{{tendinopathie d'Achille}}", "{{capsulite}} de l'{{épaule}}",
    "{{coxarthrose}}", "{{polyarthrite rhumatoïde}}", "{{lésion méniscale}}",
    "{{méniscectomie}} il y a 10 jours",
    "{{luxation de l'épaule}}", "{{lésion de Bankart}} opérée", "{{fracture de Pouteau-Colles}}",
    "{{syndrome de Parsonage-Turner}}", "{{maladie de Forestier}}", "{{covid long}}, très fatigué{e}",
    "{{déconditionnement}} après hospitalisation", "{{torticolis}} depuis lundi",
    "{{syndrome de l'essuie-glace}}",
    "{{pubalgie}}", "{{claquage}} du mollet au foot", "{{hernie discale}} opérée", "{{arthrodèse}} lombaire",
    "{{gonarthrose}}, genou qui lâche", "{{épicondylite}}, mal au coude", "{{lumbago}} en portant un carton",
    "{{rupture du LCA}}, opéré{e} le mois dernier",
]
REASONS_UNDER_60 = ["{{syndrome de l'essuie-glace}}", "{{pubalgie}}", "{{claquage}} du mollet au foot",
                    "{{rupture du LCA}}, opéré{e} le mois dernier", "{{maladie de Scheuermann}}"]
REASONS_OVER_55 = ["rééduc après {{prothèse totale de genou}}", "{{PTH}} gauche, marche avec une canne",
                   "{{fracture du col du fémur}} opérée", "{{maladie de Parkinson}}, entretien de la marche",
                   "{{maladie d'Alzheimer}}, prévention des chutes", "{{coxarthrose}}",
                   "{{maladie de Forestier}}",
                   "{{gonarthrose}}, genou qui lâche", "{{déconditionnement}} après hospitalisation"]
REASONS_WOMEN = ["{{drainage lymphatique}} après {{cancer du sein}}"]
REASONS_YOUNG_WOMEN = ["{{rééducation périnéale}} après l'accouchement"]


def reason(p: Person, today: dt.date, rng: random.Random) -> str:
    years = age(p, today)
    pool = [r for r in REASONS if years < 60 or r not in REASONS_UNDER_60]
    pool = [r for r in pool if years >= 55 or r not in REASONS_OVER_55]
    pool = [r for r in pool if (p.sex == "f" and years >= 40) or r not in REASONS_WOMEN]
    pool = [r for r in pool if (p.sex == "f" and years < 45) or r not in REASONS_YOUNG_WOMEN]
    return rng.choice(pool)
ILLNESSES = ["grippe", "gastro", "covid", "angine", "fièvre", "bronchite", "otite", "rhume carabiné",
             "migraine"]
ANONYMOUS = ["c'est pour un rendez-vous pour mon genou", "c'est pour prendre rendez-vous, rappelez-moi",
             "j'ai une ordonnance pour dix séances", "c'est pour ma mère, elle a besoin d'un kiné à domicile"]
MOTIFS = ["Première consultation de kinésithérapie", "Séance de kinésithérapie", "Bilan kiné", "Rééducation",
          "Séance de suivi"]
CANCEL_MOTIFS = ["Empêchement", "Je suis malade", "Rendez-vous pris par erreur", "Non précisé"]


# ---------------------------------------------------------------------------------------------
# Relatives. (noun, sex, chance of sharing the patient's surname, the patient for them if f, if m)

REL_OLD = [("fille", "f", 0.45, "mère", "père"), ("fils", "m", 0.85, "mère", "père"),
           ("mari", "m", 0.9, "femme", None), ("épouse", "f", 0.85, None, "mari"),
           ("petite-fille", "f", 0.35, "grand-mère", "grand-père"), ("belle-fille", "f", 0.5, "belle-mère",
                                                                     "beau-père"),
           ("voisine", "f", 0.0, "voisine", "voisin"), ("nièce", "f", 0.2, "tante", "oncle"),
           ("gendre", "m", 0.0, "belle-mère", "beau-père"), ("petit-fils", "m", 0.6, "grand-mère",
                                                             "grand-père")]
REL_ADULT = [("mari", "m", 0.8, "femme", None), ("femme", "f", 0.7, None, "mari"),
             ("compagnon", "m", 0.0, "compagne", None), ("compagne", "f", 0.0, None, "compagnon"),
             ("sœur", "f", 0.4, "sœur", "frère"), ("mère", "f", 0.6, "fille", "fils"), ("frère", "m", 0.9,
                                                                                        "sœur", "frère")]
REL_CHILD = [("mère", "f", 0.75, "fille", "fils"), ("mère", "f", 0.75, "fille", "fils"), ("père", "m", 0.95,
                                                                                          "fille", "fils")]
CARERS = [("aide à domicile", "f"), ("aide à domicile", "f"), ("auxiliaire de vie", "f"), ("aide-soignante",
                                                                                           "f"),
          ("aide à domicile", "m"), ("auxiliaire de vie", "m")]


# ---------------------------------------------------------------------------------------------
# Templates. P full name, PH honorific + name, PS honorific + surname, PG given name, PSUR surname
# alone, SURU surname in capitals, PFORM "SURNAME Given", PSIG "Given Surname" (a signature);
# R / RH / RG the relative (name, honorific + name, given name); rel "sa fille", reldef
# "la fille", relrole "fille", relpat the patient as the relative says it ("sa mère"); CR / crole
# a carer; P2 another patient; DOC a doctor's surname; e il Il la nee Nee agree with the patient,
# er ilr with the relative; extra adds 0-2 identifiers with their cue.

CATEGORIES: dict[str, tuple[float, list[str]]] = {
    "answering machine": (13, [
        "répondeur {time} : {PH}, {reason}, souhaite un rdv avec {staff}, rappeler au {tel}",
        "Msg répondeur ({time}) : « Bonjour, c'est {P}, je ne pourrai pas venir {slot}, j'ai de la fièvre. "
        "Je vous rappelle pour reprendre un rendez-vous. Merci, au revoir »",
        "message laissé à {time} : bonjour c'est {PSIG}, je voulais savoir s'il restait une place {slot} "
        "ou {slot2}, "
        "mon numéro c'est le {tel}, merci",
        "rép. {time} : {someone}, {PS}, rappeler au {tel}, motif pas compris",
        "répondeur : {reldef} de {PH} ({R}) annule {slot}, {il} est hospitalisé{e}. rappeler au {tel}",
        "répondeur samedi : {P} {tel}, veut commencer les séances {slot}",
        "Message vocal de {P} ({time}) : coincé{e} au travail, n'arrivera pas avant 18h45 {slotD}, "
        "demande si c'est ok",
        "répondeur, pas de nom, juste un numéro : {tel}, « {anonymous} »",
        "répondeur {time} – {P} : « je confirme pour {slot}, et je vous apporte l'ordonnance »",
        "msg rép. de {PH} : a perdu sa carte vitale, n° sécu {nir}, à noter dans le dossier",
        "répondeur ce matin : {R} pour {relpat}, {PH}, qui sort de clinique {slot}, {reason}. "
        "Rappeler au {tel}",
        "rép : {P}, {reason}, a besoin de séances à domicile, habite à {city}, {tel}",
    ]),
    "shorthand": (22, [
        "rap {P} {tel}",
        "pt {P} dde rdv {slot} pr {reason}",
        "{P} – dde décaler {slot} → {slot2}",
        "dde {PS} : bilan {reason}, dispo {slot}",
        "rdv {slot} {P} ok, confirmé par sms",
        "rap. {PH} re ordo, {tel}",
        "pt {PSUR} pas venu{e} {slot}, rap ?",
        "{P} – {reason} – dde rdv avec {staff} sem. pro",
        "{PS} : ok {slot}, prévenir {staff}",
        "tél {P} : aura 15 min de retard {slot}",
        "pr {staff} : rap {P} avant {slot} stp – {tel}",
        "{P} ok {slot} + {slot2} (2x/sem)",
        "{PS} dde si la séance de {slot} est maintenue avec la neige",
        "{P} veut un créneau tôt le matin avant le boulot, dispo {slotD} à 7h30 ou 8h",
        "{P} a perdu son ordo, dde si on a gardé une copie",
        "dde rdv {P} {tel} {reason}",
        "{PS} rap svp, pb facture",
        "pt {P}, {age} ans, {reason}, 1ère séance {slot} avec {staff}",
        "{PFORM} / {tel} / {reason} / {slot}",
        "{P} annule {slot} → créneau redonné à {P2}",
        "liste d'attente {staff} : {P} ({tel}), {P2} ({tel2})",
        "{PS} dit que {staff} lui a parlé de 10 séances mais ordo pour 15 ?",
        "rap {PH} : ok pour {slot}",
        "{P} tél {tel} dde rdv urgent, {reason}",
    ]),
    "booking e-mail": (8, [
        "Fwd: Nouveau rendez-vous\n\nNouveau rendez-vous pris en ligne\nPatient : {PH}\nDate : {slotL}\n"
        "Praticien : {staffF}\nMotif : {motif}\nTéléphone : {tel}",
        "Fwd: Nouveau rendez-vous\nPatient : {PH}\nDate : {slotL}\nPraticien : {staffF}\nMotif : {motif}\n"
        "Téléphone : {tel}\nE-mail : {email}",
        "TR: Annulation de rendez-vous\n> Le rendez-vous de {PH} prévu le {slotL} avec {staffF} "
        "a été annulé.\n"
        "> Motif indiqué : {cmotif}",
        "Fwd: Rendez-vous déplacé\n{PH} a déplacé son rendez-vous du {slotL} au {slotL2} ({staffF}).",
        "TR: Message d'un patient\nDe : {P} <{email}>\nEnvoyé : {maildate}\nObjet : séances kiné\n\n"
        "Bonjour,\n"
        "{mailbody}\nCordialement,\n{PSIG}",
        "mail de {P} ({email}) : ordonnance en PJ, voudrait commencer {slot}",
        "---------- Forwarded message ---------\nDe : {P} <{email}>\nDate : {maildate}\nObjet : Re: rdv\n\n"
        "{mailbody}\n\n{PSIG}\n{tel}",
        "résa en ligne : {PH} a pris {slot} avec {staff} ({motif}), pas de n° de tél dans la fiche",
    ]),
    "home visit": (8, [
        "visite à domicile {slot} pour {PH} ({reason}) : {addr}",
        "DOMICILE – {P}\n{addr}\n{tel}\n{reason}\nà partir de {slot} avec {staff}",
        "{staff} passera chez {PH} {slot}, {addr}, interphone au nom de {SURU}",
        "séances à dom. pour {P}, {age} ans, {reason}, {addr}, {reldef} ({R}) sera là",
        "{PH} sort de l'hôpital {slot}, kiné à domicile 3x/sem, adresse : {addr}, tél de {rel} : {tel}",
        "dom {PS} {addr} – {slot} – clés chez la voisine",
        "nouvelle adresse pour les soins à domicile de {P} : {addr} (chez {rel} {R})",
        "{PH} ne peut plus se déplacer ({reason}), domicile à partir de {slot}, {addr}, {tel}",
    ]),
    "new file": (9, [
        "création dossier : {PFORM}, {nee} le {ddn}, {tel}, {reason}",
        "Nouveau patient\nNom : {SURU}\nPrénom : {PG}\nDate de naissance : {ddn}\nN° SS : {nir}\n"
        "Tél : {tel}\n"
        "Mutuelle : {mut} – adh. {id}\nMotif : {reason}",
        "dossier à créer pour {P} (ddn {ddn}), vient {slot} pour {reason}, carte vitale à voir sur place",
        "{P}, {nee} le {ddn}, adressé{e} par son médecin pour {reason}, 1er rdv {slot} avec {staff}",
        "{nv} : {P} ddn {ddn} nir {nir} {tel}",
        "pour le dossier de {PH} : {nee} le {ddn}, sécu {nir}, {addr}",
        "{P} ({nee} en {year}, date exacte à demander), {reason}, rdv {slot}",
        "fiche à compléter : {PFORM} – {nee} le {ddn} – {tel} – {email}",
        "nouveau dossier {PH}, DDN : {ddn}, tél {tel}, 1ère séance {slot} ({reason})",
        "{PFORM}\nDDN {ddn}\n{tel}\n{reason}\nvient {slot}",
        "{P} a oublié sa carte vitale, n° SS donné au tél : {nir}, vient {slot}",
    ]),
    "mutuelle": (6, [
        "{PH} demande si sa mutuelle rembourse les dépassements : {mut}, n° adhérent {id}",
        "mutuelle {P} : {mut} adh {id}, tiers payant ok",
        "{P} a changé de mutuelle au 1er janvier → {mut}, n° {id}, nouvelle carte à scanner",
        "rejet {mut} pour {P} (adh. {id}), {la} rappeler",
        "{R} ({relrole} de {PH}) appelle pour la mutuelle : {mut} {id}",
        "{P} : attestation mutuelle reçue, {mut} contrat n° {id}",
        "{PS} n'a pas de mutuelle, paiera la part complémentaire, ok pour {slot}",
        "tiers payant refusé pour {PH}, vérifier le NIR : {nir}",
    ]),
    "relative or carer": (9, [
        "{reldef} de {PH} ({R}) appelle : {il} ne pourra pas venir {slot}, hospitalisé{e} depuis hier",
        "appel de {CR}, {crole} de {PH}, demande à décaler {slot} → {slot2}",
        "{R} appelle pour {relpat} {PG} ({reason}), préfère les rdv le matin, {tel}",
        "l'infirmière de {PH} signale qu'{il} a de la fièvre, pas de séance {slot}",
        "c'est {rel} qui accompagnera {PH} {slot} ({R}, {tel})",
        "{CR}, {tut} de {PH} (UDAF), demande le planning des séances par mail : {emailC}",
        "{reldef} de {P} a appelé : {il} est décédé{e} ce week-end, annuler tous les rdv",
        "{R} ({relrole}) : {relpat} {PG} a fait une chute, séances à reprendre {slot}",
        "{crdef} de {PH}, {CR}, demande qu'on passe plutôt {slot}",
        "{RH} appelle pour {relpat} ({P}) : {reason}, dispo {slot}, joignable au {tel}",
    ]),
    "cancellation": (8, [
        "{P} annule {slot} : {ill}",
        "annulation {PS} {slot}, covid +, reprendre dans 10 j",
        "{PH} malade ({ill}), annule ses 2 séances de la semaine ({slot} et {slot2})",
        "{P} : {ill}, pas de séance {slot}, rappellera pour reprogrammer",
        "ANNUL {SURU} {slot} – malade",
        "{PS} annule {slot}, enfant malade, pas de garde",
        "annul. {P} {slot} (hospitalisé{e}), {reldef} préviendra pour la reprise",
        "{P} se désiste pour {slot} ({ill}), garder {slot2}",
    ]),
    "two slots": (4, [
        "{P} : {slot} et {slot2} avec {staff}, ok",
        "{PH} et {rel} {R} : {slot}, à la suite, avec {staff} puis {staff2}",
        "{P} demande {slot} au lieu de {slot2}",
        "rdv {P} : bilan {slotA} avec {staff}, puis séances dès {slotB}",
    ]),
    "staff only": (5, [
        "{staff} absent{se} {slotD}, décaler ses rdv sur {staff2}",
        "{staff} : créneau libéré {slot}, proposer à la liste d'attente",
        "réunion d'équipe {slot}, bloquer les agendas de {staff} et {staff2}",
        "{staff2} prend les domiciles {slot} à la place de {staff}",
        "rappel : {staff} en formation {slot} et {slot2}",
        "plus de place avec {staff} avant {slot}",
        "le technicien passe pour la chaudière {slot}",
        "appel masqué, raccroché sans laisser de message",
        "{staff} finit à 17h {slotD}, pas de rdv après",
        "ménage du cabinet décalé à {slot}",
    ]),
    "other": (14, [
        "{P} a oublié son bonnet au cabinet, repasse {slot}",
        "attestation de séances pour {PH}, à envoyer à {email}",
        "{P} demande la facture de décembre par mail : {email}",
        "le Dr {DOC} a appelé pour {PH} : {reason}, à voir en priorité",
        "{P} apportera l'ordonnance du Dr {DOC} {slot}",
        "nouveau numéro pour {PH} : {tel} (l'ancien ne marche plus)",
        "{PH} vit à {city} maintenant, continue quand même les séances ici",
        "{PH}, domicilié{e} à {city}, demande si {staff} se déplace",
        "{P} a changé d'adresse : {addr}",
        "{PS} sera en retard {slot}, bouchons sur l'A1",
        "{P}, travaille à {elsewhere}, voudrait des rdv après 18h, {slotD} ?",
        "{P} a réglé en espèces, reçu à lui donner {slot}",
        "{PH} habite à {farcity}, trop loin pour les domiciles, à orienter vers un confrère",
        "{P} ({tel}) : ordo expirée, doit revoir son médecin avant {slot}",
        "{PNEE} a appelé : {reason}, dispo {slot}",
        "{P} veut arrêter les séances, se sent mieux ({reason})",
        "sms de {P} : « bjr je pourrai pas venir {slot} dsl »",
        "SMS reçu du {mob} : « C'est {PG}, je serai là {slot} »",
        "{P} rappelle : a retrouvé sa carte vitale, plus besoin du n°",
        "{P}, {reason}, vu{e} aux urgences du CHU, veut commencer {slot}",
        "{PH} demande une attestation de présence pour son employeur",
        "{P} veut recevoir les rappels de rdv par mail : {email}",
        "{P} part en vacances de Noël, reprendre {slot}",
        "{PH} demande s'il faut apporter une serviette {slot}",
        "{P} a eu un accident de travail, feuille AT à photocopier, 1ère séance {slot}",
    ]),
    "child": (5, [
        "kiné respi pour {relpat} {PG}, {months} mois, {{bronchiolite}}, {RH} rappelle au {tel}",
        "{PG} {PSUR} ({months} mois) : {{bronchiolite}}, séance demandée {slot}, rappeler {RH}",
        "bébé {PFORM}, {nee} le {ddn}, {{encombrement bronchique}}, {slot} ?",
        "{RH} pour {relpat} {PG}, {age} ans, {{maladie de Sever}}, dispo {slot}",
        "{PG} {PSUR}, {age} ans, {{maladie d'Osgood-Schlatter}}, {reldef} demande {slot}",
        "{RH} ({tel}) : {relpat} {PG}, {months} mois, tousse encore, {{kiné respiratoire}} {slot} ?",
    ]),
}
NO_EXTRA = {"staff only", "booking e-mail"}
NO_EXTRA_IN = ("«", "pas de nom", "décédé", "{P2}")  # quoted speech, no caller, a death, two patients
EXTRA_KINDS = {"tel": 20, "ddn": 24, "nir": 22, "email": 18, "id": 17, "addr": 7, "city": 5}
# Who a template can be about, and when it can be written
BANDS = {"enfant malade": ["young"], "avant le boulot": ["young", "middle"], "travaille à": ["young",
                                                                                             "middle"],
         "accident de travail": ["young", "middle"], "au travail": ["young", "middle"], "employeur": ["young",
                                                                                                      "middle"],
         "décédé": ["old"], "l'infirmière": ["old"], "UDAF": ["old"], "{crole}": ["old"], "{crdef}": ["old"],
         "ne peut plus se déplacer": ["old"], "séances à dom.": ["old"], "sort de l'hôpital": ["middle",
                                                                                               "old"]}
SEASON = {"vacances de Noël": (dt.date(2026, 11, 30), dt.date(2026, 12, 19)),
          "au 1er janvier": (dt.date(2026, 12, 14), dt.date(2027, 1, 31)),
          "facture de décembre": (dt.date(2027, 1, 2), dt.date(2027, 2, 27)),
          "neige": (dt.date(2026, 12, 1), dt.date(2027, 2, 28))}


def fits(template: str, today: dt.date) -> bool:
    return all(low <= today <= high for cue, (low, high) in SEASON.items() if cue in template)
MAIL_BODIES = [
    "Je vous confirme ma présence {slot}.",
    "Suite à notre appel de ce matin, je vous envoie l'ordonnance du Dr {DOC}. Je suis disponible {slot}.",
    "Je dois annuler ma séance de {slot}, je suis malade. Pouvez-vous me proposer un autre créneau ?",
    "{Rel} {R} aurait aussi besoin de séances pour {reason}. Est-ce possible {slot} ?",
    "Mon numéro a changé, voici le nouveau : {tel}. Je viendrai bien {slot}.",
]
TYPOS = {"rendez-vous": "rendez vous", "rappeler": "rapeller", "demain": "demian", "séance": "scéance",
         "annule": "annulle", "ordonnance": "ordonance", "disponible": "disponnible", "appelé": "appeler",
         "voudrait": "voudrais", "prochain": "prochin", "semaine": "semiane", "retard": "retart",
         "demande": "demmande", "malade": "mallade"}


# ---------------------------------------------------------------------------------------------
# One note


class Note:
    def __init__(self, rng: random.Random, today: dt.date, band: str | None) -> None:
        self.rng, self.today = rng, today
        self.patient = make_person(rng, band=band)
        years = age(self.patient, today)
        pool = REL_CHILD if years < 18 else REL_OLD if years >= 70 else REL_ADULT
        pool = [r for r in pool if r[3 if self.patient.sex == "f" else 4]]
        self.relation = rng.choice(pool)
        noun, sex, share, _, _ = self.relation
        if years < 18 or noun.startswith("petit"):
            band = "young"
        elif years >= 70 and noun in {"fille", "fils", "belle-fille", "gendre", "nièce"}:
            band = "middle"
        elif noun in {"mari", "femme", "épouse", "compagnon", "compagne", "sœur", "frère"}:
            band = "young" if years < 45 else "middle" if years < 70 else "old"  # the same generation
        else:
            band = None
        if rng.random() < share or (noun == "mari" and self.patient.maiden):
            surname = self.patient.surname
            if self.patient.origin.name == "poland":
                surname = polish_feminine(surname) if sex == "f" else polish_masculine(surname)
            self.relative = make_person(rng, sex=sex, origin=self.patient.origin, surname=surname, band=band)
        else:
            self.relative = make_person(rng, sex=sex, band=band)
        while fold(self.relative.given) == fold(self.patient.given):
            self.relative.given = make_person(rng, sex=sex, origin=self.relative.origin, band=band).given
        self.carer_role, carer_sex = rng.choice(CARERS)
        self.carer = make_person(rng, sex=carer_sex, band=rng.choice(["young", "middle"]))
        pair = rng.sample(STAFF_FULL, 2)
        self.staff = [s if rng.random() < 0.35 else s.split()[0] for s in pair]
        self.staff_full = pair
        self.taken: list[dt.date] = []
        self.template = ""
        self.later = Slot(REF, 0)
        self.others: dict[str, Person] = {}

    def other(self, key: str) -> Person:
        if key not in self.others:
            self.others[key] = make_person(self.rng)
        return self.others[key]

    def value(self, name: str) -> str:
        rng, p, r = self.rng, self.patient, self.relative
        noun, rsex, _, inv_f, inv_m = self.relation
        fem = p.sex == "f"
        if name == "P":
            return nom(full_text(p, rng))
        if name == "PH":
            return named(p, rng)
        if name == "PS":
            return f"{honorific(p.sex, rng)} {nom(surname_text(p, rng))}"
        if name == "PNEE":
            return named(p, rng) if not p.maiden else (
                f"{honorific('f', rng)} {nom(surname_text(p, rng))} née {nom(accents(p.maiden, p, rng))}")
        if name == "PG":
            return nom(given_text(p, rng))
        if name == "PSUR":
            return nom(surname_text(p, rng))
        if name == "SURU":
            return nom(upper(accents(p.surname, p, rng)))
        if name == "PFORM":
            return nom(f"{upper(accents(p.surname, p, rng))} {accents(p.given, p, rng)}")
        if name == "PSIG":
            return nom(f"{p.given} {p.surname}")
        if name == "P2":
            return nom(full_text(self.other("p2"), rng))
        if name == "DOC":
            return nom(rng.choice([s for s in FRENCH.surnames if " " not in s]))
        if name == "R":
            roll = rng.random()
            if roll < 0.35:
                return nom(given_text(r, rng))
            if roll < 0.8:
                return nom(full_text(r, rng))
            return f"{honorific(r.sex, rng)} {nom(surname_text(r, rng))}"
        if name == "RH":
            return named(r, rng)
        if name == "RG":
            return nom(given_text(r, rng))
        if name == "CR":
            carer = self.carer
            if rng.random() < 0.5:
                return f"{honorific(carer.sex, rng)} {nom(surname_text(carer, rng))}"
            return nom(full_text(carer, rng) if rng.random() < 0.6 else given_text(carer, rng))
        if name == "crole":
            return self.carer_role
        if name == "crdef":
            return definite(self.carer_role, self.carer.sex)
        if name == "tut":
            return "tutrice" if self.carer.sex == "f" else "tuteur"
        if name == "emailC":
            return tag("EMAIL", email_text(self.carer, rng))
        if name == "rel":
            return possessive(noun, rsex)
        if name == "Rel":
            text = possessive(noun, rsex, first_person=True)
            return text[0].upper() + text[1:]
        if name == "reldef":
            return definite(noun, rsex)
        if name == "relrole":
            return noun
        if name == "relpat":
            inverse = inv_f if fem else inv_m
            return possessive(inverse, p.sex)
        if name in {"slot", "slot2"}:
            return slot_text(pick_slot(rng, self.today, self.taken), rng)
        if name == "slotA":  # the earlier of two days; slotB gives the later one
            pair = [pick_slot(rng, self.today, self.taken) for _ in range(2)]
            first, second = sorted(pair, key=lambda slot: slot.day)
            self.later = second
            return slot_text(first, rng)
        if name == "slotB":
            return day_text(self.later, rng)
        if name == "slotD":
            return day_text(pick_slot(rng, self.today, self.taken), rng)
        if name in {"slotL", "slotL2"}:
            return long_slot_text(pick_slot(rng, self.today, self.taken), rng)
        if name == "staff":
            return keep(self.staff[0])
        if name == "staff2":
            return keep(self.staff[1])
        if name == "staffF":
            return keep(self.staff_full[0])
        if name == "se":
            return "e" if STAFF_SEX[self.staff_full[0]] == "f" else ""
        if name == "reason":
            return reason(p, self.today, rng)
        if name == "ill":
            return rng.choice(ILLNESSES)
        if name == "anonymous":
            return rng.choice(ANONYMOUS)
        if name == "motif":
            return rng.choice(MOTIFS)
        if name == "cmotif":
            return rng.choice(CANCEL_MOTIFS)
        if name == "mailbody":
            return rng.choice(MAIL_BODIES)
        if name == "mob":
            return tag("TEL", phone(rng, mobile=True))
        if name in {"tel", "tel2"}:
            return tag("TEL", phone(rng))
        if name == "ddn":
            return tag("DDN", ddn_text(p.born, rng))
        if name == "nir":
            return tag("NIR", nir_text(p, rng))
        if name == "email":
            return tag("EMAIL", email_text(p, rng))
        if name == "addr":
            return address(rng)
        if name == "city":
            return town(rng)
        if name == "farcity":
            return tag("ADRESSE", rng.choice(FAR_TOWNS))
        if name == "elsewhere":
            return rng.choice(ELSEWHERE)
        if name == "id":
            return tag("ID", member_id(rng))
        if name == "mut":
            return rng.choice(MUTUELLES)
        if name == "year":
            return str(p.born.year) if rng.random() < 0.7 else f"{p.born.year % 100:02d}"
        if name == "age":
            return str(age(p, self.today))
        if name == "months":
            return str(max(1, (self.today - p.born).days // 30))
        if name == "time":
            return f"{rng.randint(7, 19)}h{rng.randint(0, 59):02d}"
        if name == "maildate":
            return mail_date(self.today, rng)
        if name == "extra":
            return self.extra()
        agreement = {"e": "e" if fem else "", "someone": "une dame" if fem else "un monsieur",
                     "il": "elle" if fem else "il", "Il": "Elle" if fem else "Il",
                     "la": "la" if fem else "le", "nee": "née" if fem else "né",
                     "Nee": "Née" if fem else "Né",
                     "nv": "nvelle pte" if fem else "nouveau pt"}
        return agreement[name]

    def extra(self) -> str:
        rng, p = self.rng, self.patient
        e = "e" if p.sex == "f" else ""
        count = rng.choices([1, 2], [70, 30])[0]
        weights = EXTRA_KINDS
        if age(p, self.today) < 16:  # a child: no date of birth, NIR, e-mail, member number or town
            weights = {k: n for k, n in EXTRA_KINDS.items() if k in {"tel", "addr"}}
        present = {k for k in EXTRA_KINDS if re.search(rf"\{{{k}\w*\}}", self.template)}
        if "{farcity}" in self.template:
            present.add("city")
        out = ""
        for kind in markup.draw_kinds(rng, count, weights, present, redraw=False):
            if kind == "tel":
                cue = rng.choice([", tél ", " – ", ", port. ", ", joignable au ", " (tél ", ", n° ", " / "])
                out += cue + tag("TEL", phone(rng)) + (")" if cue == " (tél " else "")
            elif kind == "ddn":
                cue = rng.choice([f", né{e} le ", " ddn ", " – DDN : ", f" (né{e} le ",
                                  ", date de naissance "])
                out += cue + tag("DDN", ddn_text(p.born, rng)) + (")" if cue.startswith(" (") else "")
            elif kind == "nir":
                cue = rng.choice([", n° SS ", ", NIR ", ", sécu : ", " – carte vitale n° "])
                out += cue + tag("NIR", nir_text(p, rng))
            elif kind == "email":
                cue = rng.choice([", mail : ", " / ", " – e-mail ", ", adresse mail "])
                out += cue + tag("EMAIL", email_text(p, rng))
            elif kind == "id":
                cue = rng.choice([f", mutuelle {rng.choice(MUTUELLES)} n° ", ", adh. ", ", n° adhérent "])
                out += cue + tag("ID", member_id(rng))
            elif kind == "addr":
                out += rng.choice([", adresse : ", " – domicile : ", ", habite au "]) + address(rng)
            else:
                out += rng.choice([", habite à ", ", vit à ", f", domicilié{e} à "]) + town(rng)
        return out

    def build(self, template: str) -> str:
        self.template = template
        pattern = re.compile(r"\{\{(.+?)\}\}|\{(\w+)\}")

        def fill(match: re.Match[str]) -> str:
            return keep(match.group(1)) if match.group(1) else self.value(match.group(2))

        text = template
        for _ in range(5):  # reasons and mail bodies carry placeholders of their own
            text = pattern.sub(fill, text)
        assert not pattern.search(text), text
        vowel = "AEIOUYÉÈÊÂÎÔÛÀaeiouyéèêâîôûà"
        text = re.sub(rf"\bde (\[\[NOM\|)(?=[{vowel}])", r"d'\1", text)
        text = re.sub(r"\bde (\[\[K\|)le ", r"du \1", text)  # "au lieu du 12/01", not "de le"
        return re.sub(r"\bà (\[\[K\|)le ", r"au \1", text)


def restyle(fragments: Fragments, rng: random.Random) -> Fragments:
    """How the note was typed: now and then all in lower case, without accents, or with a slip."""
    case = rng.choices(["as is", "lower", "upper"], [89, 9, 2])[0]
    bare = rng.random() < 0.07
    typo = None
    if rng.random() < 0.12:
        present = [word for word in TYPOS if any(word in t for t, k in fragments if k is None)]
        typo = rng.choice(present) if present else None
    out = []
    for text, kind in fragments:
        if typo and kind is None and typo in text:
            text, typo = text.replace(typo, TYPOS[typo], 1), None
        if case == "lower":
            text = text.lower()
        elif case == "upper":
            text = text.upper()
        if bare:
            text = strip_marks(text)
        out.append((text, kind))
    return out


def draw(category: str, today: dt.date, decks: dict[str, list[str]], rng: random.Random) -> str:
    """Templates come off a shuffled deck per category, so that none turns up far more than the rest."""
    deck, templates = decks[category], CATEGORIES[category][1]
    for _ in range(2):
        for i in range(len(deck) - 1, -1, -1):
            if fits(deck[i], today):
                return deck.pop(i)
        deck[:0] = rng.sample(templates, len(templates))  # a fresh deck under what is left
    raise RuntimeError(f"no {category} template fits {today}")


def make_fragments(rng: random.Random, today: dt.date, decks: dict[str, list[str]]) -> Fragments:
    names = list(CATEGORIES)
    category = rng.choices(names, [CATEGORIES[n][0] for n in names])[0]
    template = draw(category, today, decks, rng)
    if (category not in NO_EXTRA and "\n" not in template and not any(cue in template for cue in NO_EXTRA_IN)
            and rng.random() < 0.22):
        template += "{extra}"  # the secretary adds what the caller gave
    band = None
    if category == "child":
        band = "baby" if "{months}" in template or "bébé" in template else "child"
    for cue, bands in BANDS.items():
        if cue in template:
            band = rng.choice(bands)
    note = Note(rng, today, band)
    return restyle(markup.join_names(markup.parse(note.build(template))), rng)


# ---------------------------------------------------------------------------------------------
# Records and checks


class Repeat(Exception):
    """A labelled name word also stands unlabelled in the note: the gold would be ambiguous."""


def folded_same_length(text: str) -> str:
    out = []
    for ch in text:
        f = fold(ch)
        out.append(f if len(f) == 1 else ch.lower()[:1] or ch)
    return "".join(out)


def parse_day(day: int, month: int) -> dt.date:
    return dt.date(2026 if month == 12 else 2027, month, day)


def check_slot(note_id: str, value: str) -> None:
    """A kept slot names a real open day in range, and its weekday matches its date."""
    v = fold(value)
    months = [fold(m) for m in MONTHS]
    abbrs = [fold(m).rstrip(".") for m in MONTHS_ABBR]
    day_re = "|".join(fold(d) for d in DAYS) + "|" + "|".join(DAYS_ABBR)
    found = []
    for m in re.finditer(rf"(?:\b({day_re})\b\.?\s+)?(1er|\d{{1,2}})\s+([a-z]+)\.?(?:\s+(20\d\d))?", v):
        if m.group(3) in months or m.group(3) in abbrs:
            month = (months.index(m.group(3)) if m.group(3) in months else abbrs.index(m.group(3))) + 1
            found.append((m.group(1), parse_day(1 if m.group(2) == "1er" else int(m.group(2)), month)))
    for m in re.finditer(rf"(?:\b({day_re})\b\.?\s+)?(?:le\s+)?(\d{{1,2}})/(\d{{1,2}})(?:/(\d{{4}}))?", v):
        found.append((m.group(1), parse_day(int(m.group(2)), int(m.group(3)))))
    assert "dimanche" not in v, f"{note_id}: a Sunday slot {value!r}"
    for weekday, date in found:
        assert FIRST <= date <= LAST and open_day(date), f"{note_id}: slot {value!r} not an open day in range"
        if weekday:
            names = [fold(d) for d in DAYS]
            index = names.index(weekday) if weekday in names else DAYS_ABBR.index(weekday)
            assert index == date.weekday(), f"{note_id}: weekday and date disagree in {value!r}"


def check(r: dict) -> None:
    """Beyond the shared checks: every kept slot is a real one, no labelled name word stands
    unlabelled elsewhere in the note (Repeat), and no run of digits is left unlabelled."""
    note_id, text, spans, keeps = r["id"], r["text"], r["spans"], r["keep"]
    for k in keeps:
        check_slot(note_id, text[k["start"]:k["end"]])
    labelled = [(s["start"], s["end"]) for s in spans]

    def inside(start: int, end: int, ranges: list[tuple[int, int]]) -> bool:
        return any(a <= start and end <= b for a, b in ranges)

    folded = folded_same_length(text)
    assert len(folded) == len(text)
    for s in spans:
        if s["kind"] != "NOM":
            continue
        for word in name_words(text[s["start"]:s["end"]]):
            if "-" in word or "'" in word or len(word) < 2:
                continue
            for m in re.finditer(rf"(?<![^\W\d_]){re.escape(word)}(?![^\W\d_])", folded):
                if not inside(m.start(), m.end(), labelled):
                    raise Repeat(f"{note_id}: {word!r} also stands unlabelled")
    for m in re.finditer(r"\d(?:[ .\-]?\d){5,}", text):
        loose = [i for i in range(m.start(), m.end()) if text[i].isdigit() and not inside(i, i + 1, labelled)]
        assert not loose, f"{note_id}: unlabelled run of digits {m.group()!r}"


def coverage(records: list[dict]) -> None:
    """The set holds the identifier forms it was asked for, not only the common ones."""
    values = {kind: [r["text"][s["start"]:s["end"]] for r in records for s in r["spans"] if s["kind"] == kind]
              for kind in markup.KINDS}

    def bad_key(nir: str) -> bool:
        body = re.sub(r"[ ./-]", "", nir).upper()
        number = body[:13].replace("2A", "19").replace("2B", "18")
        return len(body) == 15 and 97 - int(number) % 97 != int(body[13:])

    checks = {
        "Corsican NIR (2A)": any("2A" in v.upper() for v in values["NIR"]),
        "Corsican NIR (2B)": any("2B" in v.upper() for v in values["NIR"]),
        "NIR with a wrong key": any(bad_key(v) for v in values["NIR"]),
        "foreign phone": any(v.startswith(("+32", "0032", "+351", "+212", "+213", "+44"))
                             for v in values["TEL"]),
        "+33 phone": any(v.startswith(("+33", "0033")) for v in values["TEL"]),
        "bis or ter": any(re.search(r"\d\s?(bis|ter)\b", v) for v in values["ADRESSE"]),
        "note with no identifier": any(not r["spans"] for r in records),
        "married and birth names": any(" née " in r["text"] or " NÉE " in r["text"] for r in records),
    }
    missing = [name for name, ok in checks.items() if not ok]
    assert not missing, f"missing from the set: {missing}"


class Desk:
    """The front desk over the winter: each call gives the next note, taken on the next of the days
    drawn first, and drawn again while a labelled name also stands unlabelled in it."""

    def __init__(self) -> None:
        self.days: list[dt.date] | None = None
        self.decks: dict[str, list[str]] = {name: [] for name in CATEGORIES}
        self.count = 0

    def __call__(self, rng: random.Random) -> Fragments:
        if self.days is None:
            self.days = note_days(rng)
        today = self.days[self.count]
        self.count += 1
        note_id = f"{PREFIX}{self.count:03d}"
        for _ in range(50):
            fragments = make_fragments(rng, today, self.decks)
            try:
                check(markup.record(note_id, fragments))
            except Repeat:
                continue
            return fragments
        raise SystemExit(f"{note_id}: no note without a repeated name")


def main() -> None:
    check_names()
    assert set(STAFF_FULL) == set(STAFF_SEX), "the staff changed: update STAFF_SEX"
    markup.write(OUT, PREFIX, NOTES, SEED, Desk(), check=check, check_set=coverage)


if __name__ == "__main__":
    main()
