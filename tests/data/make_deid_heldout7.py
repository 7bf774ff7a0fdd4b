"""Write `deid_heldout7.jsonl`: a seventh blind held-out set for the de-identifier.

Written 2026-11-28 by someone who had not read the rules, after the rounds of fixes driven by
heldout4–6, measured once. The engine, its word lists and the earlier notes were never opened (the
earlier sets were read by program only, to refuse their names). 300 notes taken over January 2027
at the front desk of an ordinary physiotherapy practice in Toulouse; gold markup and labelling as
in heldout4 (heldout_markup.py). Standard library, fixed seed: python make_deid_heldout7.py
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

import heldout_markup as hm
from heldout_markup import Fragments, Origin, Person, keep, nom
from heldout_markup import words as w

OUT = hm.HERE / "deid_heldout7.jsonl"
NOTES, SEED, PREFIX = 300, 20270104, "t"
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", "deid_heldout2.jsonl", "deid_heldout3.jsonl",
           "deid_heldout4.jsonl", "deid_heldout5.jsonl", "deid_heldout6.jsonl")

# =============================================================================================
# Names. Six people in ten bear a common French name (in Toulouse many are Occitan); French
# given names follow the decade of birth. The others come from the origins found in the city.

FRENCH_GIVEN = {  # (sex, era): era 0 born before 1952, 1 to 1976, 2 to 1996, 3 to 2019, 4 babies
    ("f", 0): w("""Yvonne Raymonde Mauricette Andrée Marinette Fernande Henriette Janine Yolande Éliane
        Pierrette Roselyne Edwige Augustine Berthe Clotilde Éliette Gabrielle Joséphine Julienne
        Léontine Olga Rosine Annette Lisette Éveline Aline Paule Jeanine Ida Rosette Antoinette
        Léone Gervaise"""),
    ("f", 1): w("""Joëlle Maryline Muriel Nelly Elisabeth Evelyne Marylène Carole Frédérique Marianne
        Josée Violaine Ariane Carine Christel Géraldine Ingrid Laurette Lysiane Maud Rachel
        Sylvaine Mylène Dany Claudie"""),
    ("f", 2): w("""Jessica Sabrina Magali Mélissa Sandra Séverine Émeline Fanny Marjorie Charlène
        Adeline Kelly Marlène Sylvia Tiffany Amélie Bérengère Cécilia Chrystelle Claudia Cyrielle
        Déborah Floriane Johanna Karen Laurie Natacha Peggy Roxane Sandy Tatiana Wendy Alison
        Élisa Jenny Ségolène"""),
    ("f", 3): w("""Laura Lola Célia Eva Axelle Maëva Lilou Salomé Louane Candice Maïlys Clarisse
        Faustine Flavie Noa Ilona Lisa Eloïse Alicia Aurélia Cassandra Coline Emy Jasmine Lily
        Louisa Lyna Maya Mélina Naomi Rebecca Shana Tess Yaëlle Cloé Enola Lana"""),
    ("f", 4): w("Iris Olivia Thaïs Élena Héléna Charlie Julia Zélie Ava Joy Mya Livia Gabrielle Anna"),
    ("m", 0): w("""Léon Joseph Armand Edmond Gustave Yvon Lucien Abel Jeannot Alphonse Ambroise
        Antonin Auguste Baptistin Célestin Félix Gaëtan Justin Maximilien Roch Théodore Yvan
        Émilien Ferdinand Léopold Sauveur Séraphin"""),
    ("m", 1): w("""Fabrice Didier Hugues Patrice Luc Érick Michaël William Cyrille Étienne Gaëtan
        Jacky Pierrick Florent Max"""),
    ("m", 2): w("""Alexandre Florian Jérémy Damien Jonathan Yoann Samuel Fabien Jérémie Tony Rudy
        Johan Romain Johnny Yohann Boris Brice Charly Christopher Geoffrey Joffrey Julian Morgan
        Aymeric Geoffroy Mathias Matthieu Maxence Thibaut Gaël Yohan Alban"""),
    ("m", 3): w("""Tom Valentin Simon Esteban Nolan Noé Kylian Titouan Erwan Dorian Florent Killian
        Gabin Sacha Antonin Loan Matteo Nils Samy Ylan Gaspard Louka Pablo Timothé Tiago"""),
    ("m", 4): w("Léo Jules Maël Isaac Aaron Gaspard Soan Basile Ezio Paolo Achille Eliott Lyam Ismaël"),
}
ERA_STARTS = (1952, 1977, 1997, 2020)

FRENCH_SURNAMES = w("""Simon Dupuy Ménard Léger Perrier Jacob Monnier Guichard Gillet Étienne Collin
    Humbert Reynaud Pichon Delaunay Langlais Lebreton Tardy Delorme Chauveau Brisset Vallet Raynaud
    Mounier Jourdan Peltier Rault Guillon Foucher Bonnin Ollivier Chartier Lelièvre Gaudin Benoist
    Hardy Vallée Joubert Rousset Hébert Laurens Lemarchand Jouan Buisson Lamotte Laroche Baudry
    Leblond Aubin Allard Pineau Fournel Guillet Chauvet Lagrange Blin Fortin Lelong Chapuis Bouchard
    Prévot Barret Garreau Guilbert Hamelin Bourdin Legendre Ferry Bodin Clerc Lacoste Pierron
    Gervais Briand Guillard Chabert Reboul Roussille Tixier Jammes Sirven Bousquié Bénazet Cantié""")
OCCITAN_SURNAMES = w("""Puech Cazals Delpech Lafforgue Sarrat Capdevielle Cabanac Soulié Castagné
    Bonnafous Carrère Daubèze Casteran Escaich Fourtanier Bergès Dupouy Laborde Cazeneuve Estrade
    Rouzaud Ribes Vigouroux Cassan Mirouze Azaïs Roumagnac Combes Calvet Sicard Maury Gasc Galy Dedieu
    Lafon Sabathé Larrieu Abadie Baylac Dubarry Laffont Fourcade Barrère Ducos Lapeyre Cazes
    Espinasse Bastide Séguy Rouquette Couderc Vayssière Teulié Bonzom Ginestet Soula Cathala
    Campistron Lafage Roques Bories Bessière Cabrol Salvan Pradel Authier Granier Molinier Marfaing
    Esquirol Lasserre Bacquié Arnal Cassagne Delbosc Barthe Bouissou Ferran Daguzan Arrouy Carrière
    Cadène Lasbordes Castéra Bouyssou Fabié Izard Mauran Pagès Rességuier Salinié Taillefer Vergnes
    Caubet Cazaux Claverie Dauriac Escande Ginisty Guiraud Lagarrigue Larroque Loubet Marquié
    Montagné Pélissier Puget Sabadie Sarda Terral Tremoulet Vignaux Boussac Cayla""")

FRANCE = Origin("france", sorted({n for (s, _), ns in FRENCH_GIVEN.items() if s == "f" for n in ns}),
                sorted({n for (s, _), ns in FRENCH_GIVEN.items() if s == "m" for n in ns}),
                FRENCH_SURNAMES + OCCITAN_SURNAMES, "",
                ("31", "31", "31", "31", "81", "82", "32", "09", "65", "11", "12", "46", "75", "33"))

OTHERS = [  # (origin, weight among the four in ten, chance of a French given name)
    (Origin("espagne",
            w("""Carmen Pilar Rosario Encarnación Conchita Isabel Lourdes Nuria Amparo Remedios
              Josefa Antonia Ángeles Paquita Maribel Asunción Concepción"""),
            w("""Manuel Ramón Miguel Pedro Juan Vicente Andrés Alfonso Emilio Joaquín Jesús Julián
              Rafael Fernando Tomás Ángel Felipe Agustín Ricardo Salvador"""),
            w("""Martinez Fernandez Gonzalez Rodriguez Gomez Ruiz Moreno Alvarez Dominguez Serrano
              Vazquez Gil Puig Soler Ferrer Vilar Diaz Munoz Cano Medina Castro Prieto Lozano Suarez
              Herrera Sanz Montoya Aguilar Sola Fuentes Crespo Gallego Cabrera Vega Calvo Nuñez
              Reyes Lorente Peña Carrasco Gimenez Hidalgo Herrero Montero Benitez Arroyo Carmona
              Contreras Duran Escobar Guerrero Marquez Miranda Ortiz Parra Quintana Rojas Salazar
              Valero Velasco Zamora Aranda Alonso Soto Ibañez Lorenzo Ferrando Segura Mateo Roig
              Casals Pujadas Serra Bosch Badia Rovira Masip Camps Riera Sabaté"""),
            "134", ("31", "31", "11", "66", "09")), 9, 0.7),
    (Origin("maghreb",
            w("""Naïma Rachida Amel Hanane Lamia Yamina Zina Houda Lina Nesrine Siham Aziza Habiba
              Khadidja Latifa Nadjet Ouarda Zoubida Hayat Salma Yousra Asma Chaïma Wafa Ikram"""),
            w("""Abdel Ahmed Djamel Hakim Kamel Larbi Mohamed Mustapha Nordine Omar Samir Tarek Walid
              Ryad Yanis Rayan Hamid Lotfi Nassim"""),
            w("""Boualem Khelil Laribi Mebarki Rahal Slimani Tahri Benmansour Djebbar Ghezali Nasri
              Sahraoui Yahiaoui Zeroual Bouchama Brahimi Chergui Jaziri Kacem Lamri Mokrani Ouazzani
              Rezgui Tounsi Bouzidi Hamrouni Trabelsi Ayari Jebali Mejri Gharbi Aouadi Bekkouche
              Benaissa Bouabdallah Boudiaf Bouguerra Chabane Derradji Djellal Haddouche Kerroum
              Lakhdari Madani Mahdjoub Mansour Merabet Mostefaoui Ouadah Rezki Saadi Sebti Soltani
              Tebbal Zaidi Zemmouri Aissaoui Bendjelloul Bensalem Boukhalfa Chelbi Guerroudj Hamoudi
              Idir Khaldi Lounis Ouahrani Rahmouni Talbi Yacoubi""") + ["Ben Ammar", "El Idrissi"],
            "352", ("31", "31", "13", "69", "75")), 11, 0.25),
    (Origin("portugal",
            w("""Ana Rosa Isabel Albertina Glória Ilda Alzira Maria Cristina Helena Judite Olinda
              Palmira Deolinda Emília Natércia"""),
            w("Manuel Carlos Adelino Custódio Abel Artur Domingos Fernando Jorge Mário Armindo Serafim"),
            w("""Almeida Soares Vieira Monteiro Neves Coelho Simões Magalhães Faria Brito Tavares
              Baptista Araújo Lima Barros Nunes Moura Loureiro Sequeira Amaral Vaz Antunes Esteves
              Gaspar Morais Tomé Valente Branco Mota Nogueira"""),
            "139", ("31", "33", "75")), 4, 0.6),
    (Origin("italie", w("Angela Giovanna Rosa Maria Anna Concetta Pina Luisa Silvana Marisa Rita"),
            w("Luigi Vittorio Mario Carlo Angelo Nino Rocco Pasquale Domenico Aldo Renzo"),
            w("""Rossi Ferrari Ricci Greco Conti Mancini Lombardi Barbieri Fontana Rinaldi Caruso
              Ferrara Galli Leone Longo Gentile Vitale Zanetti Bertolini Pellegrini Tonon Zanella
              Bortolotti""") + ["De Luca"],
            "127", ("31", "31", "32", "82")), 4, 0.75),
    (Origin("afrique",
            w("""Fatou Binta Coumba Kadi Ramatoulaye Astou Nafissatou Khady Safiatou Maimouna Adja
              Clarisse Korotoum Nafi Salimata"""),
            w("Alassane Modibo Oumar Abdoulaye Bakary Sékou Issa Pape Patrice Serge Landry"),
            w("""Ndiaye Fall Sarr Diarra Mbaye Ndour Seck Thiam Sidibé Tall Mendy Gomis Mbarga Ngono
              Atangana Mballa Essomba Mukendi Bakayoko Diakité Doucouré Soumaré Tounkara"""),
            "341", ("31", "75", "93")), 5, 0.3),
    (Origin("asie", w("Hanh Lien Mei Sokha Thao Hien Xuan Yen Nga Khanh Bich"),
            w("Vuthy Sophal Wei Hieu Phong Trung Vinh Cuong"),
            w("""Lam Trinh Luong Quach Chau Tang Sok Chea Vongsa Chen Wang Liu Huang Zhou Doan Diep
              Phung Kong Yang Guo"""),
            "243", ("31", "75")), 2, 0.4),
    (Origin("turquie", w("Ayse Fatma Emine Gul Songul Nurcan Hulya"), w("Mehmet Ibrahim Osman Yusuf"),
            w("Aksoy Erdem Guler Karaca Simsek Unal Aslan Keskin Korkmaz Tunc Bulut Avci Isik Akbulut"),
            "208", ("31", "67")), 1, 0.2),
    (Origin("arménie", w("Anahide Araxie Siranouche Lucine Nairi Talin"), w("Garabed Vahé Aram"),
            w("""Hakobyan Vartanian Arakelian Gasparian Mardirossian Torossian Kevorkian Guiragossian
              Hovsepian Melkonian Tchakmakian"""),
            "252", ("31", "13", "69")), 1, 0.7),
    (Origin("roumanie", w("Elena Mihaela Luminita Florentina Gabriela"),
            w("Mihai Andrei Ionut Florin Bogdan Vasile Costel"),
            w("""Popescu Ionescu Dumitru Stoica Gheorghe Munteanu Lazarescu Stanescu Dobre Marinescu
              Nistor Rusu Tudor Ciobanu"""),
            "114", ("31",)), 2, 0.2),
    (Origin("outre-mer", [], [],
            w("""Boyer Dijoux Sautron Sinama Dalleau Bègue Gonthier Lépinay Baret Ah-Hot Lauret Séry
              Ramassamy Moutama Virapoullé Bellance Zamor Bernabé"""),
            "", ("974", "974", "971", "972")), 2, 1.0),
]
PARTICLES = set(w("de da do dos di der le la van von ben el ait d l n"))


def fold(text: str) -> str:
    """Lower case, no diacritics (the Turkish dotless i and the Polish ł included)."""
    text = text.lower().replace("ı", "i").replace("ł", "l").replace("œ", "oe").replace("’", "'")
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch))


def name_words(name: str) -> set[str]:
    """Every word of a name and every part of a hyphenated or elided one, particles aside."""
    found: set[str] = set()
    for word in fold(name).split():
        found.add(word)
        found.update(re.split(r"[-']", word))
    return {word for word in found if word and word not in PARTICLES}


def all_names() -> list[str]:
    names = [n for group in FRENCH_GIVEN.values() for n in group] + FRANCE.surnames
    for origin, _, _ in OTHERS:
        names += origin.given_f + origin.given_m + origin.surnames
    return names


def check_names() -> None:
    """Refuse a name word an earlier set put in a NOM span, or a staff physio's."""
    earlier = hm.earlier_name_tokens(OUT, fold, EARLIER)
    staff = {word for name in hm.STAFF for word in name_words(name)}
    clashes = sorted({name for name in all_names() if name_words(name) & (earlier | staff)})
    if clashes:
        raise SystemExit(f"{len(clashes)} names already used by an earlier set or the staff: {clashes}")


# =============================================================================================
# People: patients, the relatives who call for them, the carers who come to their homes


def pick_origin(rng: random.Random) -> tuple[Origin, float]:
    if rng.random() < 0.6:
        return FRANCE, 1.0
    origin, _, french_given = rng.choices(OTHERS, [weight for _, weight, _ in OTHERS])[0]
    return origin, french_given


def french_given(rng: random.Random, sex: str, born: dt.date) -> str:
    era = sum(born.year >= start for start in ERA_STARTS)
    return rng.choice(FRENCH_GIVEN[sex, era])


def birth(rng: random.Random, first: int, last: int) -> dt.date:
    start = dt.date(first, 1, 1)
    return start + dt.timedelta(days=rng.randrange((dt.date(last, 12, 31) - start).days))


def person(rng: random.Random, sex: str, born: dt.date, surname: str | None = None,
           origin: Origin | None = None) -> Person:
    chance = 1.0
    if origin is None:
        origin, chance = pick_origin(rng)
    else:
        chance = next((c for o, _, c in OTHERS if o is origin), 1.0)
    foreign_pool = origin.given_f if sex == "f" else origin.given_m
    if (born.year > 2008 and origin.name != "maghreb") or (born.year > 1975 and chance > 0.5):
        chance = 1.0  # the foreign pools hold older generations
    if origin is FRANCE or not foreign_pool or rng.random() < chance:
        given = french_given(rng, sex, born)
    else:
        given = rng.choice(foreign_pool)
    return Person(given, surname or rng.choice(origin.surnames), sex, origin, born)


@dataclass(frozen=True)
class Relation:
    noun: str
    sex: str
    his_her: str  # "sa fille"
    the: str  # "la fille"
    same_surname: float


def relations(spec: str) -> list[Relation]:
    rows = []
    for row in spec.strip().splitlines():
        noun, sex, his_her, the, same = (cell.strip() for cell in row.split(","))
        rows.append(Relation(noun, sex, his_her, the, float(same)))
    return rows


CHILD = relations("fille, f, sa fille, la fille, .45\nfils, m, son fils, le fils, .9")
PARENT = relations("mère, f, sa mère, la mère, .6\npère, m, son père, le père, .95")
HUSBAND = relations("mari, m, son mari, le mari, .8\ncompagnon, m, son compagnon, le compagnon, .1")
WIFE = relations("femme, f, sa femme, la femme, .8\népouse, f, son épouse, l'épouse, .85\n"
                 "compagne, f, sa compagne, la compagne, .1")
SIBLING = relations("sœur, f, sa sœur, la sœur, .45\nfrère, m, son frère, le frère, .85")
GRANDCHILD = relations("petite-fille, f, sa petite-fille, la petite-fille, .5\n"
                       "petit-fils, m, son petit-fils, le petit-fils, .6")
OTHER = relations("voisine, f, sa voisine, la voisine, 0\nnièce, f, sa nièce, la nièce, .3\n"
                  "belle-fille, f, sa belle-fille, la belle-fille, .8\ngendre, m, son gendre, le gendre, 0")
SPAN_YEARS = {"child": (24, 36), "parent": (-36, -24), "spouse": (-5, 5), "sibling": (-8, 8),
              "grandchild": (48, 60), "other": (-10, 30)}


def relative_of(rng: random.Random, patient: Person) -> tuple[Person, Relation]:
    age = 2027 - patient.born.year
    spouse = ("spouse", HUSBAND if patient.sex == "f" else WIFE)
    if age < 16:
        group = [("parent", PARENT)]
        weights = [1]
    elif age < 30:
        group, weights = [("parent", PARENT), spouse, ("sibling", SIBLING)], [55, 30, 15]
    elif age < 65:
        group = [spouse, ("parent", PARENT), ("sibling", SIBLING), ("child", CHILD), ("other", OTHER)]
        weights = [50, 12, 13, 15, 10]
    else:
        group, weights = [("child", CHILD), spouse, ("grandchild", GRANDCHILD), ("other", OTHER),
                          ("sibling", SIBLING)], [45, 25, 10, 15, 5]
    kind, table = rng.choices(group, weights)[0]
    relation = rng.choice(table)
    low, high = SPAN_YEARS[kind]
    year = min(patient.born.year + rng.randint(low, high), 2008)
    born = birth(rng, year, year)
    if rng.random() < relation.same_surname:
        return person(rng, relation.sex, born, patient.surname, patient.origin), relation
    if rng.random() < 0.6:
        return person(rng, relation.sex, born, None, patient.origin), relation
    return person(rng, relation.sex, born), relation


def maiden_name(rng: random.Random, p: Person) -> str:
    origin = p.origin if rng.random() < 0.6 else FRANCE
    return rng.choice([s for s in origin.surnames if s != p.surname])


# =============================================================================================
# Identifiers, as they are dictated and typed


def phone(rng: random.Random) -> str:
    head = rng.choices(["06", "07", "0561", "0562", "0534", "09"], [52, 26, 9, 5, 4, 4])[0]
    digits = head + "".join(rng.choice("0123456789") for _ in range(10 - len(head)))
    pairs = [digits[i:i + 2] for i in range(0, 10, 2)]
    style = rng.choices(["spaced", "glued", "dots", "dashes", "intl"], [62, 18, 11, 3, 6])[0]
    if style == "intl":
        return f"+33 {digits[1]} " + " ".join(pairs[1:])
    return {"spaced": " ", "glued": "", "dots": ".", "dashes": "-"}[style].join(pairs)


MONTH_NAMES = w("janvier février mars avril mai juin juillet août septembre octobre novembre décembre")
MONTH_ABBR = w("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.")
WEEKDAYS = w("lundi mardi mercredi jeudi vendredi samedi dimanche")
WEEKDAY_ABBR = w("lun. mar. mer. jeu. ven. sam. dim.")


def ordinal_day(day: int) -> str:
    return "1er" if day == 1 else str(day)


def birth_date(rng: random.Random, born: dt.date) -> str:
    d, m, y = born.day, born.month, born.year
    styles = {f"{d:02d}/{m:02d}/{y}": 46, f"{d}/{m}/{y}": 8, f"{d:02d}/{m:02d}/{y % 100:02d}": 15,
              f"{ordinal_day(d)} {MONTH_NAMES[m - 1]} {y}": 16, f"{d:02d}.{m:02d}.{y}": 5,
              f"{d:02d}-{m:02d}-{y}": 4}
    return rng.choices(list(styles), list(styles.values()))[0]


def social_security(rng: random.Random, p: Person) -> str:
    """A NIR with its key: sex, year, month, place of birth, order, key (97 - number mod 97)."""
    if p.origin.abroad and p.born.year < 1992 and rng.random() < 0.6:
        place = "99" + p.origin.abroad
    else:
        dept = rng.choice(p.origin.departments)
        if len(dept) == 3:  # overseas: 97 + one digit of department, two of commune
            place = dept + f"{rng.randint(1, 24):02d}"
        elif dept == "31":
            place = "31" + rng.choice(["555", "555", "555", f"{rng.randint(3, 590):03d}"])
        else:
            place = dept + f"{rng.randint(1, 320):03d}"
    sex = "1" if p.sex == "m" else "2"
    body = f"{sex}{p.born.year % 100:02d}{p.born.month:02d}{place}{rng.randint(1, 998):03d}"
    key = f"{97 - int(body) % 97:02d}"
    groups = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key]
    style = rng.choices(["groups", "glued", "key apart", "no key"], [56, 26, 13, 5])[0]
    if style == "groups":
        return " ".join(groups)
    if style == "glued":
        return body + key
    return body + " " + key if style == "key apart" else " ".join(groups[:-1])


MAIL_HOSTS = {"gmail.com": 30, "orange.fr": 18, "hotmail.fr": 12, "free.fr": 8, "sfr.fr": 6,
              "laposte.net": 6, "yahoo.fr": 6, "outlook.fr": 5, "icloud.com": 4, "wanadoo.fr": 5}


def mailbox(rng: random.Random, p: Person) -> str:
    given = re.sub(r"[^a-z-]", "", fold(p.given))
    surname = re.sub(r"[^a-z]", "", fold(p.surname))
    year = p.born.year % 100
    local = rng.choices([f"{given}.{surname}", f"{given[0]}.{surname}", f"{surname}.{given}",
                         f"{given}{surname}{rng.randint(1, 99)}", f"{given}.{surname}31",
                         f"{surname}{given[0]}{year:02d}", f"{given}{year:02d}"],
                        [30, 14, 10, 12, 8, 8, 6])[0]
    host = rng.choices(list(MAIL_HOSTS), list(MAIL_HOSTS.values()))[0]
    if p.born.year < 1955 and rng.random() < 0.4:
        host = rng.choice(["orange.fr", "wanadoo.fr", "laposte.net"])
    return f"{local}@{host}"


TOULOUSE_STREETS = [
    "rue des Filatiers", "rue de la Colombette", "rue Bayard", "avenue de Lombez", "avenue de Muret",
    "route d'Espagne", "rue du Taur", "chemin de Pouvourville", "avenue Jean Rieux", "rue de Périole",
    "boulevard Déodat de Séverac", "avenue des Minimes", "rue Matabiau", "avenue Camille Pujol",
    "rue des Trente-Six Ponts", "allée de Barcelone", "chemin de la Flambère", "avenue de Fronton",
    "rue Caraman", "avenue Frédéric Estèbe", "rue du Férétra", "avenue Crampel", "rue des Fontaines",
    "chemin des Izards", "avenue de Castres", "rue de la Providence", "impasse de la Garonnette",
    "allées Charles de Fitte", "rue Bernard Mulé", "avenue de Rangueil", "rue Achille Viadieu",
    "chemin de Lardenne", "rue du Faubourg Bonnefoy", "boulevard de la Marquette"]
SUBURB_STREETS = [
    "rue des Écoles", "chemin du Moulin", "impasse des Lilas", "allée des Chênes",
    "avenue du Général de Gaulle", "rue de la République", "chemin de la Salvetat", "rue du Lauragais",
    "allée des Pyrénées", "rue des Vignes", "impasse du Pigeonnier", "rue de la Mairie",
    "chemin des Bourdettes", "avenue de Toulouse", "rue du Stade", "allée des Tournesols"]
TOWNS = [("31000", "Toulouse"), ("31100", "Toulouse"), ("31200", "Toulouse"), ("31300", "Toulouse"),
         ("31400", "Toulouse"), ("31500", "Toulouse"), ("31700", "Blagnac"), ("31770", "Colomiers"),
         ("31170", "Tournefeuille"), ("31130", "Balma"), ("31520", "Ramonville-Saint-Agne"),
         ("31240", "L'Union"), ("31140", "Aucamville"), ("31120", "Portet-sur-Garonne"),
         ("31830", "Plaisance-du-Touch"), ("31320", "Castanet-Tolosan"), ("31270", "Cugnaux"),
         ("31650", "Saint-Orens-de-Gameville"), ("31600", "Muret"), ("31670", "Labège"),
         ("31130", "Quint-Fonsegrives"), ("31150", "Fenouillet"), ("31820", "Pibrac"),
         ("31490", "Léguevin"), ("31750", "Escalquens"), ("31140", "Launaguet")]


def postal_address(rng: random.Random) -> str:
    code, town = rng.choices(TOWNS, [9 if t == "Toulouse" else 2 for _, t in TOWNS])[0]
    street = rng.choice(TOULOUSE_STREETS if town == "Toulouse" else SUBURB_STREETS)
    number = str(rng.randint(1, 140)) + rng.choices(["", " bis", "bis", " ter"], [88, 7, 3, 2])[0]
    line = f"[[ADRESSE|{number}{rng.choice([' ', ' ', ', '])}{street}]]"
    if rng.random() < 0.15:
        line += rng.choice([", appt 14", ", bât. B", ", résidence les Acacias", " (3e étage)"])
    roll = rng.random()
    if roll < 0.8:
        town = town.upper() if roll < 0.15 else town
        line += rng.choice([", ", " ", " - "]) + f"[[ADRESSE|{code} {town}]]"
    return line


def town_alone(rng: random.Random) -> str:
    return f"[[ADRESSE|{rng.choice([t for _, t in TOWNS if t != 'Toulouse'])}]]"


MUTUELLES = {"Mutami": 8, "MGEN": 10, "Harmonie Mutuelle": 9, "Malakoff Humanis": 6, "AG2R": 5,
             "MAAF": 4, "Groupama": 5, "Alan": 4, "Swiss Life": 3, "MNT": 3, "Aésio": 4, "CCMO": 2,
             "la Mutuelle Générale": 3}


def member_number(rng: random.Random) -> str:
    digits = "".join(rng.choice("0123456789") for _ in range(10))
    return rng.choices([digits[:9], "0" + digits[:9], f"{digits[:8]} {digits[8:]}",
                        f"MU{digits[:7]}", f"{digits[:4]} {digits[4:8]} {digits[8:]}", f"A{digits[:8]}"],
                       [30, 20, 15, 10, 15, 10])[0]


# =============================================================================================
# The calendar: notes are taken from Monday 4 to Saturday 30 January 2027; the sessions they
# book, move or cancel are real days of December to March, never a Sunday or a public holiday.

FIRST, LAST = dt.date(2026, 12, 1), dt.date(2027, 3, 31)
HOLIDAYS = {dt.date(2026, 12, 25), dt.date(2027, 1, 1), dt.date(2027, 3, 29)}  # Noël, 1er de l'an, Pâques


def open_day(day: dt.date) -> bool:
    return FIRST <= day <= LAST and day.weekday() != 6 and day not in HOLIDAYS


def note_days() -> list[dt.date]:
    """Each note's day, in order: about twelve a weekday, five on a Saturday morning."""
    days = [dt.date(2027, 1, 4) + dt.timedelta(days=n) for n in range(27)]
    days = [day for day in days if open_day(day)]
    shares = [0.4 if day.weekday() == 5 else 1.0 for day in days]
    out, total, reached = [], sum(shares), 0.0
    for day, share in zip(days, shares, strict=True):
        reached += share
        out += [day] * (round(reached / total * NOTES) - len(out))
    return out


def clock(rng: random.Random, day: dt.date, colon: bool = False) -> str:
    hour = rng.randint(8, 11) if day.weekday() == 5 else rng.choice(list(range(8, 20)) + [17, 18, 18])
    minute = rng.choices([0, 30, 15, 45], [45, 35, 10, 10])[0]
    if colon:
        return f"{hour:02d}:{minute:02d}"
    return f"{hour}h{minute:02d}" if minute else rng.choice([f"{hour}h", f"{hour}h", f"{hour}H"])


# =============================================================================================
# Clinical words (kept): ((...)) in the phrases below


REASONS = {
    "senior": """((rééducation)) après ((PTG)) gauche | ((PTH)) droite, sortie de clinique la semaine
        dernière | ((gonarthrose)) | ((coxarthrose)), marche difficile | ((chute)) à la maison,
        ((rééducation à la marche)) | ((prévention des chutes)) | ((maladie de Parkinson)) | ((AVC)) il y a
        trois mois, ((hémiplégie)) droite
        | ((BPCO)), essoufflé{e} au moindre effort | ((fracture du col du fémur)) opérée
        | ((fracture de Pouteau-Colles)), plâtre enlevé | ((capsulite rétractile)) de l'épaule
        | ((coiffe des rotateurs)) opérée | ((canal lombaire étroit)) | ((lymphœdème)) du bras
        | ((drainage lymphatique)) des jambes | ((arthrose cervicale)) | ((maladie de Dupuytren)) opérée
        | ((vertiges)) ((VPPB)) | ((ostéoporose)), ((tassement vertébral))""",
    "adult": """((lombalgie)) aiguë | ((lombosciatique)) gauche | ((cervicalgies)) | ((hernie discale)) L4-L5
        | ((tendinite de l'épaule)) | ((épicondylite)) | ((canal carpien)) opéré
        | ((ténosynovite de De Quervain)) | ((aponévrosite plantaire)) | ((sclérose en plaques))
        | ((fibromyalgie)) | ((spondylarthrite ankylosante)) | ((entorse cervicale)) après un accrochage
        en voiture | ((algodystrophie)) du pied | ((syndrome de Guillain-Barré))
        | ((lombalgie chronique)), veut essayer ((McKenzie))""",
    "sport": """((entorse de cheville)) | ((rupture du LCA)), opéré{e} le mois dernier | ((entorse du genou))
        au ski | ((entorse du LLI)) au rugby | ((butée de Latarjet)) | ((tendinite d'Achille))
        | ((syndrome de l'essuie-glace)) | ((pubalgie)) | ((fracture de la clavicule))""",
    "child": """((maladie d'Osgood-Schlatter)) | ((maladie de Sever)) | ((scoliose)) | ((entorse de
        cheville)) au basket | ((entorse du genou)) au rugby | ((pieds plats)) | ((dos rond)), ((maladie de
        Scheuermann))""",
    "baby": """((bronchiolite)) | ((encombrement bronchique)) | ((plagiocéphalie)) | ((torticolis
        congénital)) | ((kiné respiratoire)), sifflements""",
}
REASONS = {group: [" ".join(r.split()) for r in text.split("|")] for group, text in REASONS.items()}
EXCUSES = ["malade", "grippé{e}", "gastro", "de la fièvre", "bloqué{e} au travail",
           "pas de voiture cette semaine", "obsèques dans la famille", "covid",
           "rdv chez le dentiste à la même heure", "trop mal pour se déplacer", "enfant malade"]
EXCUSES_SPOKEN = ["j'ai attrapé la grippe", "je suis bloqué{e} au travail", "ma voiture est au garage",
                  "j'ai un empêchement", "j'ai un rendez-vous médical à la même heure", "je suis malade",
                  "je garde mes petits-enfants"]

# =============================================================================================
# What the front desk writes. Placeholders: the patient {P} (any form), {Ph} honorific and
# surname, {Pf} honorific and full name, {Pn} full name, {Pg} given name, {PS} surname in capitals,
# {Pnee} "Mme X née Y", {Pself} as the patient says it, {Psig} as the patient signs, {Pbook} as a
# booking site writes it; the relative {R} {Rg} {RH} {Rsig}, {rel} "sa fille", {RThe} "La fille",
# {reln} "fille"; a carer {C}; identifiers {tel} {telR} {ddn} {nir} {mail} {Cmail} {addr} {town}
# {mid}; kept: {slot} {slot2} {past} {bslot} {bslot2} {staff} {staff2} {staffF} {why} {why2},
# ((clinical words)); agreement with the patient {e} {il} {Il} {la} {ne} {Ne} {sil} {NOUV}.

ONE_LINERS = {  # scenario: (weight, share typed all in lower case, patient, one template a line)
    "booking": (13, 0.1, "any", """
{P} demande un rdv pour {why}, dispo {slot} ou {slot2}{tail}
{P} voudrait commencer ses séances ({why}), ordonnance de 10 séances. Proposé {slot} avec {staff}
Nouveau rdv {P} {slot} ({staff}) - {why}
{Pn} - {why} - rappeler au {tel} pour fixer le 1er rdv
rdv pris pour {P} {slot} avec {staff}{tail}
{P} cherche un créneau après 18h (travaille à Blagnac), mis{e} sur liste d'attente{tail}
{P} a une ordonnance pour {why}. Je lui ai donné {slot}, vient avec l'ordonnance et la carte vitale
Demande de rdv : {P}, {age}, {why}. Préfère le matin{tail}
{P} (envoyé{e} par son rhumato) : {why}. 1er rdv {slot}
{P} voudrait être suivi{e} par {staff} comme {rel} {R}, ok pour {slot}
{P} : {why}, demande si on a de la place cette semaine. Rien avant {slot}, {il} prend{tail}
{P} rappelle pour son 1er rdv, on devait {la} rappeler. Calé {slot} avec {staff}
{P}, {ne} en {year}, {why}. Dispo {slot}{tail}"""),
    "cancel": (13, 0.1, "any", """
{P} annule {slot}, {excuse}
Annulation {P} {slot} ({excuse}), rappellera pour reprendre
{P} ne viendra pas {slot} : {excuse}{tail}
{Ph} a appelé pour annuler sa séance de {slot}, {il} est hospitalisé{e} à Purpan pour quelques jours
annul {Ph} {slot}
{RThe} de {Ph} ({R}) annule les séances de la semaine, {il} est à Rangueil depuis hier. Joignable au {telR}
{P} absent{e} {past} sans prévenir, c'est la 2e fois. Rappeler au {tel} pour savoir {sil} continue
{P} arrête les séances, ça va mieux. Annuler {slot} et {slot2}
{P} annule {slot}, demande à décaler d'une semaine, même heure
{P} : grève des bus, ne pourra pas venir {slot}. Lui proposer autre chose au {tel}"""),
    "move": (9, 0.1, "any", """
{P} décale {slot} -> {slot2}
{P} ne peut pas {slot}, mis{e} {slot2} avec {staff2}
{P} voudrait avancer son rdv de {slot}, si un créneau se libère rappeler au {tel}
Déplacé {P} de {slot} à {slot2} à sa demande
{Ph} s'est trompé{e} d'heure, pensait que c'était {slot}. Reprogrammé{e} {slot2}
{P} ne peut plus venir ((le mardi soir)), voudrait passer ((le jeudi à 18h)) à partir de la semaine prochaine
{P} et {rel} {R} voudraient leurs séances à la suite {slot}, voir avec {staff}
{P} part au ski la semaine prochaine, reprendre {slot}
{P} : {slot} impossible (travail), dispo {slot2} ou en fin de journée{tail}"""),
    "machine": (8, 0.1, "any", """
Répondeur {hm} : « Bonjour, c'est {Pself}, j'ai rendez-vous {slot} et je ne pourrai pas venir, {excuse1}. \
Vous pouvez me rappeler au {tel}. Merci, au revoir. »
Message répondeur ({hm}) de {Pf} : voudrait un rdv pour {why}, rappeler au {tel}
Répondeur : « Oui bonjour, {Pself} à l'appareil, je voulais savoir si {staff} pouvait me prendre {slot}, \
c'est pour {why}. Mon numéro c'est le {tel}. Merci. »
Répondeur ce matin : {R} ({reln} de {Ph}) annule la séance de {slot}, rappeler au {telR}
Répondeur {hm} : pas de nom, juste « rappelez-moi svp » au {tel}
Répondeur : « C'est {Pg}, je viens bien {slot}, je voulais juste dire à {staff} que le ((genou)) va \
beaucoup mieux. » Pas laissé de numéro
Répondeur samedi : {Pf} demande si vous faites les ((drainages lymphatiques)), rappeler au {tel}
msg répondeur {hm} : {Pself} rappellera lundi pour reprendre rdv"""),
    "newfile": (4, 0.1, "any", """
{NOUV} : {Pnee}, {ne} le {ddn}, {tel}, {mail}. {why}
{NOUV} : {P}, DDN {ddn}, {addr}. Mutuelle {mut} {mid}
Dossier {PS} {Pg} : manque la carte de mutuelle et l'ordonnance. N° SS {nir}
{NOUV} {Pn} ({ddn}) adressé{e} pour {why}, habite à {town}, {tel}
Créer dossier {Pn}, {ne} le {ddn}, NIR {nir}, mutuelle {mut} n° {mid}"""),
    "home": (5, 0.1, "senior", """
Domicile : {Pf}, {addr}. {why}. {slot} avec {staff}. Code porte {code}, {floor}
{P} ne peut plus se déplacer ({why}), demande des séances à domicile. {Il} habite à {town}{tail}
{staff} : visite chez {P} {slot}, {addr}. Si pas de réponse, sonner chez la voisine
Séances à domicile de {P} : maintenant chez {rel} {R}, {addr}, {telR}
{P}, {age}, vit à {town} avec {rel} {R}, sort de clinique ce week-end. 1re séance à domicile {slot}
Visite {Ph} {slot} : la clé est dans la boîte aux lettres, ((déambulateur)) dans l'entrée
{P}, domicilié{e} à {town}, demande si {staff} se déplace jusque là-bas ({why})"""),
    "carer": (7, 0.1, "senior", """
Appel de {C}, auxiliaire de vie de {Ph} : séance de {slot} maintenue mais prévoir un peu de retard, \
la toilette finit tard
L'infirmière du SSIAD appelle pour {Pf} : pansement {slot}, décaler la kiné à {slot2}
{C} de l'ADMR demande si {staff} peut passer plus tôt chez {Ph}, elle part à 11h
{RThe} de {Ph} ({R}) appelle : {il} est très fatigué{e} depuis sa chute, annuler {slot}. Joignable au {telR}
EHPAD Les Tilleuls (chambre 12) : {Pf} a une consultation {slot}, pas de kiné ce jour-là
Le mandataire de {Ph} à l'UDAF ({C}) demande les factures de décembre par mail : {Cmail}
{C}, aide à domicile chez {Ph}, dit qu'{il} a du mal à se lever depuis 3 jours, voir avec {staff}
{R} ({reln}) appelle pour {Ph} : ok pour {slot}, sera là pour ouvrir"""),
    "rx": (7, 0.1, "any", """
{P} : plus que 2 séances sur l'ordonnance, doit en redemander une à son médecin. Bilan avec {staff} {slot}
Ordonnance de {P} périmée, {il} en rapporte une nouvelle {slot}
{P} demande un compte rendu de {staff} pour son médecin (renouvellement, {why})
{RThe} de {Ph} passe déposer la nouvelle ordonnance cet après-midi
{P} a envoyé son ordonnance par mail ({mail}), à imprimer pour le dossier
Renouvellement ok pour {P} : 15 séances de plus ({why}), on continue {slot}
{P} a perdu son ordonnance, le secrétariat du médecin la renvoie par fax. rdv {slot} maintenu
{P} : le chirurgien veut un bilan de {staff} avant la consultation de {slot}"""),
    "billing": (9, 0.1, "any", """
{P} demande une facture pour sa mutuelle ({mut}), n° adhérent {mid}
Tiers payant {P} : mutuelle {mut} n° {mid}, attestation scannée
{P} ne comprend pas le reste à charge sur la facture de décembre, rappeler au {tel}
{P} : carte vitale pas à jour, NIR {nir}, feuille de soins papier faite {past}
{P} a payé deux fois la séance de {past}, rembourser par chèque
Factures de décembre à envoyer à {mail} pour {P}
CPAM : droits fermés pour {Pnee}, NIR {nir}, {ne} le {ddn}. Lui en parler {slot}
{P} change de mutuelle au 1er janvier : {mut}, nouveau n° {mid}
{P} voudrait payer en 3 fois, ok pour {staff}
La mutuelle de {P} ({mut}) refuse le tiers payant, n° adhérent {mid}, {il} avancera les frais
{P} a oublié son chéquier, paiera {slot}
Attestation de droits demandée à la CPAM pour {Pnee} ({nir})"""),
    "misc": (4, 0.1, "any", """
{P} a oublié ses lunettes en salle d'attente, repasse {slot}
{P} sera en retard d'un quart d'heure {slot}
{staff} : rappeler {P} au {tel}, question sur les exercices à faire à la maison
{P} demande s'il y a de la place pour {rel} {R} aussi ({why2})
{P} a changé de numéro : {tel}
Résultats de l'IRM de {P} déposés à l'accueil pour {staff}
{P} veut savoir si {staff} fait de la ((rééducation vestibulaire))
Le parapluie bleu est à {P}, {il} le récupère {slot}
{P} demande une attestation de présence pour son employeur"""),
    "baby": (3, 0.1, "baby", """
{Parent} de {P} ({months}) : ((bronchiolite)), encombré{e} depuis 3 jours. rdv {slot} avec {staff}, {telR}
((kiné respi)) pour {P}, {ne} le {ddn}, dispo {slot}. {theparent} joignable au {telR}
{R} pour {child} {Pg} : {why}, la pédiatre a fait une ordonnance. {slot} ok
Bébé {P}, {months}, {why}, 1er rdv {slot}
{RH} rappelle pour {child} {Pg} : ((kiné respi)) {slot} maintenue, {il} tousse toujours"""),
    "child": (2, 0.1, "child", """
{RH} pour {child} {P}, {age} : {why}. Après l'école si possible, {slot}
{P} ({age}) : {why}. {theparent} ({R}) demande {slot}, {telR}
{R}, {parent} de {P} ({age}), demande un rdv ((le mercredi après-midi)) pour {why}"""),
    "none": (4, 0.15, "any", """
{staff} en formation {slot}, décaler ses patients
Livraison des draps d'examen {slot}
La dame de ((mardi 18h)) (celle avec la canne) a appelé, rappellera
Appel d'un commercial pour un appareil d'ondes de choc, pas intéressé
Numéro masqué deux fois ce matin, pas de message
Commander des ((bandes de contention)) et du gel
Réunion du cabinet {slot}, bloquer l'agenda de 12h à 14h
Chauffage en panne dans la salle 2, prévenir le propriétaire
{staff} demande qu'on ne mette plus de bilans après 18h
Le monsieur de ((jeudi 9h)) ne viendra pas, il a dit qu'il rappelait"""),
}

FORMS = {  # scenario: (weight, share in lower case, patient, templates between lines "%%")
    # "?" keeps a line three times in four; "?f" keeps it for some women only (name at birth)
    "online": (7, 0.0, "any", """
---------- Message transféré ---------
De : Doctolib <no-reply@doctolib.fr>
Date : {maildate}
Objet : Nouveau rendez-vous

Nouveau rendez-vous pris en ligne
Patient : {Pbook}
?Né{e} le : {ddn}
?Téléphone : {tel}
?E-mail : {mail}
Rendez-vous : {bslot} avec {staffF}
Motif : Première consultation de kinésithérapie
%%
Fwd: Annulation de rendez-vous
Le rendez-vous de {Pbook} du {bslot} avec {staffF} a été annulé par le patient.
?Motif indiqué : « {excuse1} »
%%
---------- Message transféré ---------
De : Doctolib
Objet : Rendez-vous déplacé

{Pbook} a déplacé son rendez-vous.
Ancien rendez-vous : {bslot}
Nouveau rendez-vous : {bslot2}
Praticien : {staffF}
?Téléphone du patient : {tel}
%%
Nouveau RDV en ligne - {bslot} - {staffF}
Patient : {Pbook}
Rendez-vous pris par : {Rsig} ({reln})
?Téléphone : {telR}
Note : « Bonjour, le rendez-vous est pour {Pg}, qui n'a pas internet. C'est pour {why}. Merci »
%%
De : {Psig} <{mail}>
Objet : séance de {slot}

Bonjour,
Je ne pourrai pas venir à ma séance de {slot}, {excuse1}. Serait-il possible de la décaler à {slot2} ?
Merci d'avance,
{Psig}
%%
Message reçu via Doctolib de {Pbook} ({tel}) :
« Bonjour, est-ce que {staff} pourrait me prendre plus tôt que le {bslot} ? J'ai très mal depuis ce \
week-end ({why}). Merci »"""),
    "newform": (4, 0.0, "any", """
{NOUVU}
Nom : {PS}
?fNom de naissance : {MAIDEN}
Prénom : {Pg}
Date de naissance : {ddn}
?Adresse : {addr}
Tél : {tel}
?Mail : {mail}
?N° SS : {nir}
?Mutuelle : {mut} - n° {mid}
Prescription : {why}
1er rdv : {slot} ({staff})
%%
Fiche patient{e} - {Pn}
?{Ne} le {ddn}
{addr}
Port. {tel}
Motif : {why}
?Médecin traitant : maison de santé de Balma"""),
    "homeform": (2, 0.0, "senior", """
VISITE À DOMICILE
Patient{e} : {Pf}
Adresse : {addr}
?Digicode {code}, {floor}
?Contact : {rel} {R}, {telR}
Motif : {why}
1re séance : {slot} avec {staff}, ensuite deux fois par semaine"""),
}

SCENARIOS = {name: (weight, lower, group, [t for t in text.replace("\\\n", "").strip().splitlines()])
             for name, (weight, lower, group, text) in ONE_LINERS.items()}
SCENARIOS |= {name: (weight, lower, group, [t.strip("\n") for t in text.split("%%")])
              for name, (weight, lower, group, text) in FORMS.items()}
HONORIFICS = {"f": {"Mme": 66, "Madame": 16, "mme": 8, "Mme.": 5, "MME": 2},
              "m": {"M.": 56, "Monsieur": 16, "Mr": 20, "mr": 4, "M": 4}}
TAILS = ["", "", "", "", "", ", tél {tel}", " - {tel}", ", joignable au {tel}", " ({tel})", ", port. {tel}",
         ". Tél : {tel}"]
MEMO = set(w("""slot slot2 past bslot bslot2 tel telR ddn nir mail Cmail addr town mid mut code floor hm
    maildate why why2 excuse excuse1 age months year staff staff2 staffF"""))
BY_SEX = {"e": ("e", ""), "il": ("elle", "il"), "Il": ("Elle", "Il"), "la": ("la", "le"), "ne": ("née", "né"),
          "Ne": ("Née", "Né"), "sil": ("si elle", "s'il"), "child": ("sa fille", "son fils"),
          "NOUVn": ("Nouvelle patiente", "Nouveau patient"), "NOUVs": ("nvelle pte", "nouveau pt"),
          "NOUVU": ("NOUVELLE PATIENTE", "NOUVEAU PATIENT"), "Parent": ("Maman", "Papa"),
          "parent": ("la maman", "le papa"), "theparent": ("La maman", "Le papa")}
RELATION_WORDS = {"rel": lambda r: r.his_her, "reln": lambda r: r.noun,
                  "RThe": lambda r: r.the[0].upper() + r.the[1:]}
STATS: Counter[str] = Counter()


def kept_words(text: str) -> str:
    return re.sub(r"\(\(([^()]+)\)\)", lambda m: keep(m.group(1)), text)


@dataclass
class Note:
    rng: random.Random
    day: dt.date
    patient: Person
    relative: Person
    relation: Relation
    carer: Person
    staff: list[str]
    memo: dict[str, str] = field(default_factory=dict)
    counts: Counter[str] = field(default_factory=Counter)

    def fill(self, template: str) -> str:
        lines = []
        for line in template.split("\n"):
            if line.startswith("?f"):
                married = self.patient.sex == "f" and self.patient.born.year < 1995
                line = line[2:] if married and self.rng.random() < 0.5 else None
            elif line.startswith("?"):
                line = line[1:] if self.rng.random() < 0.75 else None
            if line is not None:
                lines.append(line)
        text = kept_words("\n".join(lines))
        for _ in range(4):  # reasons, excuses and tails bring placeholders of their own
            text = re.sub(r"\{(\w+)\}", lambda m: self.value(m.group(1)), text)
        assert not re.search(r"\{\w+\}|\(\(", text), text
        return text

    def value(self, name: str) -> str:
        if name in BY_SEX:  # agreement: (feminine, masculine) after the patient, the relative
            who = self.relative if name in {"Parent", "parent", "theparent"} else self.patient
            return BY_SEX[name][who.sex == "m"]
        if name in RELATION_WORDS:
            return RELATION_WORDS[name](self.relation)
        if name == "NOUV":
            return self.rng.choice([self.value("NOUVn"), self.value("NOUVs")])
        if name in MEMO:
            if name not in self.memo:
                self.memo[name] = getattr(self, "x_" + name)()
            return self.memo[name]
        return getattr(self, "x_" + name)()

    # -- names --------------------------------------------------------------------------------

    def honorific(self, p: Person) -> str:
        table = HONORIFICS[p.sex]
        return self.rng.choices(list(table), list(table.values()))[0]

    def given(self, p: Person) -> str:
        self.counts["given"] += 1
        if self.rng.random() < 0.10:
            self.counts["given in lower case"] += 1
            return p.given.lower()
        return p.given

    def surname(self, p: Person, capitals: float = 0.3) -> str:
        self.counts["origin " + p.origin.name] += 1
        roll = self.rng.random()
        if roll < capitals:
            return p.surname.upper()
        return p.surname.lower() if roll < capitals + 0.04 else p.surname

    def full(self, p: Person) -> str:
        initial = 0 if p.given[0] == "M" or p.born.year > 2008 else 5  # "M." reads as Monsieur
        order = self.rng.choices(["gs", "SG", "gS", "sg", "i"], [45, 28, 12, 10, initial])[0]
        if order == "i":
            return f"{p.given[0]}. {self.surname(p, 0.1)}"
        words = [self.given(p), self.surname(p, 1.0 if "S" in order else 0.0)]
        return " ".join(words if order[0] == "g" else words[::-1])

    def mention(self, p: Person, weights: dict[str, int]) -> str:
        style = self.rng.choices(list(weights), list(weights.values()))[0]
        if p.born.year > 2008 and style in {"hs", "hf"}:
            style = "f"  # children are not "Madame"
        if style == "hs":
            return f"{self.honorific(p)} {nom(self.surname(p))}"
        if style == "hf":
            return f"{self.honorific(p)} {nom(self.full(p))}"
        return nom(self.given(p)) if style == "g" else nom(self.full(p))

    def x_P(self) -> str:
        return self.mention(self.patient, {"hs": 34, "hf": 14, "f": 48, "g": 4})

    def x_Ph(self) -> str:
        return self.mention(self.patient, {"hs": 80, "hf": 20})

    def x_Pf(self) -> str:
        return self.mention(self.patient, {"hf": 75, "hs": 25})

    def x_Pn(self) -> str:
        return nom(self.full(self.patient))

    def x_Pg(self) -> str:
        return nom(self.given(self.patient))

    def x_PS(self) -> str:
        return nom(self.surname(self.patient, 1.0))

    def x_Pself(self) -> str:
        return self.mention(self.patient, {"hs": 35, "f": 0, "g": 15}) if self.rng.random() < 0.5 \
            else nom(f"{self.given(self.patient)} {self.surname(self.patient, 0.0)}")

    def x_Psig(self) -> str:
        p = self.patient
        if self.rng.random() < 0.2:
            return nom(self.given(p))
        return nom(f"{self.given(p)} {self.surname(p, 0.15)}")

    def x_Pbook(self) -> str:
        p = self.patient
        text = f"{'Mme' if p.sex == 'f' else 'M.'} {nom(f'{p.given} {p.surname.upper()}')}"
        if p.sex == "f" and p.born.year < 1990 and self.rng.random() < 0.2:
            self.counts["née"] += 1
            text += f" (née {nom(self.x_MAIDEN_raw().upper())})"
        return text

    def x_Pnee(self) -> str:
        p = self.patient
        if p.sex != "f" or p.born.year > 1995:
            return self.x_Pf()
        self.counts["née"] += 1
        maiden = Person(p.given, self.x_MAIDEN_raw(), "f", p.origin, p.born)
        return f"{self.x_Pf()} née {nom(self.surname(maiden))}"

    def x_MAIDEN_raw(self) -> str:
        if "maiden" not in self.memo:
            self.memo["maiden"] = maiden_name(self.rng, self.patient)
        return self.memo["maiden"]

    def x_MAIDEN(self) -> str:
        self.counts["née"] += 1
        return nom(self.x_MAIDEN_raw().upper())

    def x_R(self) -> str:
        return self.mention(self.relative, {"g": 45, "f": 30, "hs": 25})

    def x_Rg(self) -> str:
        return nom(self.given(self.relative))

    def x_RH(self) -> str:
        return self.mention(self.relative, {"hs": 100})

    def x_Rsig(self) -> str:
        return nom(f"{self.given(self.relative)} {self.surname(self.relative, 0.2)}")

    def x_C(self) -> str:
        return self.mention(self.carer, {"g": 55, "hs": 25, "f": 20})

    # -- identifiers --------------------------------------------------------------------------

    def x_tel(self) -> str:
        return f"[[TEL|{phone(self.rng)}]]"

    x_telR = x_tel

    def x_ddn(self) -> str:
        return f"[[DDN|{birth_date(self.rng, self.patient.born)}]]"

    def x_nir(self) -> str:
        return f"[[NIR|{social_security(self.rng, self.patient)}]]"

    def x_mail(self) -> str:
        return f"[[EMAIL|{mailbox(self.rng, self.patient)}]]"

    def x_Cmail(self) -> str:
        return f"[[EMAIL|{mailbox(self.rng, self.carer)}]]"

    def x_addr(self) -> str:
        return postal_address(self.rng)

    def x_town(self) -> str:
        return town_alone(self.rng)

    def x_mid(self) -> str:
        return f"[[ID|{member_number(self.rng)}]]"

    def x_mut(self) -> str:
        return self.rng.choices(list(MUTUELLES), list(MUTUELLES.values()))[0]

    def x_tail(self) -> str:
        return self.rng.choice(TAILS)

    # -- appointments, staff, clinical words (kept) ------------------------------------------

    def appointment(self, past: bool = False, booking: bool = False) -> str:
        rng = self.rng
        while True:
            if past:
                delta = -rng.randint(1, 10)
            else:
                delta = rng.choices([1, rng.randint(2, 6), rng.randint(7, 20), rng.randint(21, 50)],
                                    [18, 42, 30, 10])[0]
            day = self.day + dt.timedelta(days=delta)
            if not open_day(day):
                continue
            text = self.slot_text(day, delta, booking)
            if text not in self.memo.values():
                return keep(text)

    def slot_text(self, day: dt.date, delta: int, booking: bool) -> str:
        rng = self.rng
        weekday, date, month = WEEKDAYS[day.weekday()], day.day, day.month
        at, long_date = clock(rng, day), f"{ordinal_day(date)} {MONTH_NAMES[month - 1]}"
        if booking:
            return f"{weekday} {date} {MONTH_NAMES[month - 1]} {day.year} à {clock(rng, day, colon=True)}"
        if delta < 0:
            forms = [f"{weekday} {date}/{month:02d}", f"{weekday} {long_date}"]
            forms += [f"{weekday} dernier"] if delta > -7 else []
        elif delta == 1:
            forms = [f"demain {at}", f"demain à {at}", "demain matin", f"{weekday} {at}"]
            forms += ["demain après-midi"] if day.weekday() < 5 else []
        elif delta < 7:
            forms = [f"{weekday} {at}", f"{weekday} à {at}", f"{weekday} matin", f"{weekday} {date} à {at}",
                     f"{weekday} prochain à {at}", f"{WEEKDAY_ABBR[day.weekday()]} {date}/{month:02d} {at}"]
        else:
            forms = [f"{weekday} {date}/{month:02d} à {at}", f"{weekday} {long_date} à {at}",
                     f"le {date}/{month:02d} à {at}", f"{weekday} {long_date}", f"le {long_date} à {at}",
                     f"{WEEKDAY_ABBR[day.weekday()]} {date}/{month:02d} {at}", f"{weekday} {date}/{month}"]
        return rng.choice(forms)

    def x_slot(self) -> str:
        return self.appointment()

    x_slot2 = x_slot

    def x_past(self) -> str:
        return self.appointment(past=True)

    def x_bslot(self) -> str:
        return self.appointment(booking=True)

    x_bslot2 = x_bslot

    def x_staff(self) -> str:
        full = self.staff[0]
        return keep(full if self.rng.random() < 0.3 else full.split()[0])

    def x_staff2(self) -> str:
        full = self.staff[1]
        return keep(full if self.rng.random() < 0.3 else full.split()[0])

    def x_staffF(self) -> str:
        return keep(self.staff[0])

    def reason_for(self, p: Person) -> str:
        age = (self.day - p.born).days // 365
        if age < 16:
            group = "baby" if age < 2 else "child"
        elif age < 45:
            group = self.rng.choices(["adult", "sport"], [55, 45])[0]
        elif age < 65:
            group = self.rng.choices(["adult", "senior", "sport"], [70, 20, 10])[0]
        else:
            group = self.rng.choices(["senior", "adult"], [85, 15])[0]
        reasons = REASONS[group]
        if group == "adult" and p.sex == "f":
            reasons = reasons + ["((rééducation périnéale))"]
        return kept_words(self.rng.choice(reasons))

    def x_why(self) -> str:
        return self.reason_for(self.patient)

    def x_why2(self) -> str:
        return self.reason_for(self.relative)

    # -- plain words --------------------------------------------------------------------------

    def x_excuse(self) -> str:
        return self.rng.choice(EXCUSES)

    def x_excuse1(self) -> str:
        return self.rng.choice(EXCUSES_SPOKEN)

    def x_age(self) -> str:
        return f"{(self.day - self.patient.born).days // 365} ans"

    def x_months(self) -> str:
        return f"{max(1, (self.day - self.patient.born).days // 30)} mois"

    def x_year(self) -> str:
        year = self.patient.born.year
        return str(year) if self.rng.random() < 0.7 else f"{year % 100:02d}"

    def x_code(self) -> str:
        return f"{self.rng.randint(1000, 9999)}{self.rng.choice(['', '', 'A', 'B'])}"

    def x_floor(self) -> str:
        return self.rng.choice(["2e étage", "rez-de-chaussée", "3e sans ascenseur", "1er étage porte gauche"])

    def x_hm(self) -> str:
        return f"{self.rng.randint(7, 21)}h{self.rng.randint(0, 59):02d}"

    def x_maildate(self) -> str:
        day = self.day - dt.timedelta(days=self.rng.choice([0, 0, 1]))
        return (f"{WEEKDAY_ABBR[day.weekday()]} {day.day} {MONTH_ABBR[day.month - 1]} {day.year} "
                f"à {self.rng.randint(6, 22):02d}:{self.rng.randint(0, 59):02d}")


# =============================================================================================
# Notes, checks, writing

BORN = {"any": None, "senior": (1930, 1958), "adult": (1959, 1996), "young": (1997, 2008),
        "child": (2011, 2020), "baby": None}


def new_patient(rng: random.Random, group: str) -> Person:
    sex = "f" if rng.random() < 0.6 else "m"
    if group == "baby":
        return person(rng, sex, dt.date(2026, 3, 1) + dt.timedelta(days=rng.randint(0, 290)))
    if group == "any":
        group = rng.choices(["senior", "adult", "young"], [45, 42, 13])[0]
    elif group == "senior" and rng.random() < 0.15:
        group = "adult"
    return person(rng, sex, birth(rng, *BORN[group]))


def make_note(rng: random.Random, day: dt.date) -> Fragments:
    names = list(SCENARIOS)
    scenario = rng.choices(names, [SCENARIOS[n][0] for n in names])[0]
    _, lower, group, templates = SCENARIOS[scenario]
    patient = new_patient(rng, group)
    relative, relation = relative_of(rng, patient)
    carer = person(rng, "f" if rng.random() < 0.85 else "m", birth(rng, 1962, 2000))
    note = Note(rng, day, patient, relative, relation, carer, rng.sample(hm.STAFF[::2], 2))
    fragments = hm.join_names(hm.parse(note.fill(rng.choice(templates))))
    STATS["scenario " + scenario] += 1
    if rng.random() < lower:
        STATS["notes in lower case"] += 1
        return [(text.lower(), tag) for text, tag in fragments]
    STATS.update(note.counts)
    return fragments


def outside_spans(record: dict) -> str:
    """The text with every gold span (not the kept ranges) blotted out."""
    chars = list(record["text"])
    for span in record["spans"]:
        chars[span["start"]:span["end"]] = "¤" * (span["end"] - span["start"])
    return "".join(chars)


def audit(record: dict) -> None:
    """No labelled name left unlabelled elsewhere in its note, no digits that look like an
    identifier outside a span, appointment days that exist."""
    rest, text = fold(outside_spans(record)), record["text"]
    for span in record["spans"]:
        if span["kind"] == "NOM":
            for word in name_words(text[span["start"]:span["end"]]):
                if len(word) > 1:
                    assert not re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", rest), (record["id"], word)
    assert not re.search(r"\d{6,}|\d\d([ .-]\d\d){3}", rest), (record["id"], rest)
    for kept in record["keep"]:
        value = text[kept["start"]:kept["end"]]
        match = re.search(r"(\w+)\.? (\d+)(?:er)?[/ ](\d\d?|[a-zéû]+)", value)
        if match and fold(match.group(1)) in {fold(d) for d in WEEKDAYS + WEEKDAY_ABBR}:
            month = match.group(3)
            month = int(month) if month.isdigit() else [fold(m) for m in MONTH_NAMES].index(fold(month)) + 1
            day = dt.date(2027 if month < 6 else 2026, month, int(match.group(2)))
            assert open_day(day) and fold(match.group(1)).startswith(fold(WEEKDAYS[day.weekday()])[:3]), value


def main() -> None:
    check_names()
    days = iter(note_days())
    records = hm.write(OUT, PREFIX, NOTES, SEED, lambda rng: make_note(rng, next(days)), audit)
    kinds = Counter(span["kind"] for r in records for span in r["spans"])
    notes_with = Counter(kind for r in records for kind in {span["kind"] for span in r["spans"]})
    print(f"{len(records)} notes -> {OUT.name}")
    for kind in sorted(hm.KINDS):
        print(f"  {kind:8} {kinds[kind]:4} spans in {notes_with[kind]:3} notes")
    print(f"  no span: {sum(not r['spans'] for r in records)} notes; kept ranges: "
          f"{sum(len(r['keep']) for r in records)}")
    for key, count in sorted(STATS.items()):
        print(f"  {key}: {count}")


if __name__ == "__main__":
    main()
