"""Blind held-out set 25 for the de-identifier: 300 call notes of a kinésithérapie practice in the Var and the Alpes-Maritimes.

Written 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists, the tests nor bench were opened, and the de-identifier was not run on the notes. The earlier sets (the corpus, held-out sets 1 to 23 and the hard cases) were read by program only, through heldout_markup.taken_tokens, to refuse every name word they hold.

The setting: April 2028 at a cabinet de kinésithérapie whose remote secretariat serves Toulon, La Seyne,
Hyères, Fréjus, Draguignan, Brignoles, Nice, Antibes, Grasse, Menton and the hill villages: old Provençal
and Niçois families, navy and arsenal families, Italian, Armenian, Comorian, pied-noir and Maghrebi families,
Monaco and Italy cross-border workers, yacht crews, retirees from the North and abroad, seasonal workers,
students. Phone messages, answering-machine transcripts, online-booking exports, forwarded SMS and e-mails,
home visits, relatives and carers calling, prescriptions and tiers payant, sport and school papers, work
accidents; some in lower case, a few in capitals, about one in nine with no identifier, about one in seven
with a harder name form (initial, spelled out, typo, maiden name, glued title, accents dropped, comma).

Labelling: NOM for patients, relatives, carers and neighbours (a title stays outside), never the staff
(deid_staff.json), whose names are kept; TEL, NIR, DDN (birth dates only), EMAIL, ADRESSE (house number or
lieu-dit through postcode and town, one run; a town alone is not marked), ID (mutuelle, dossier, booking,
accident, seafarer, student, cross-border numbers). Kept (K): appointment slots, staff names, clinical
terms, hospitals, eponyms. Companies, clubs, schools and employers are plain text; no outside doctor is named.

Run from tests/data: ../../.venv/bin/python make_deid_heldout25.py
"""  # noqa: E501

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

from heldout_markup import (
    Cast,
    Person,
    SlotPlaceholders,
    check_blind_set,
    check_no_staff,
    check_unlabelled,
    definite,
    draw_kinds,
    draw_template,
    fold,
    join_names,
    keep,
    kept,
    load_pools,
    name_parts,
    nom,
    parse,
    pooled_names,
    possessive,
    refuse_used_names,
    report,
    slavic_form,
    slip,
    tag,
    taken_tokens,
    unique_names,
    write,
)
from heldout_markup import age as age_on

NOTES, SEED, PREFIX = 300, 25_2027, "p"
HERE = Path(__file__).parent
OUT = HERE / "deid_heldout25.jsonl"
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 24)),
           "deid_hard_cases.jsonl")
TODAY = dt.date(2028, 4, 10)
PARTICLES = {"de", "da", "di", "del", "della", "le", "la", "d", "l", "n", "van", "den", "der", "von", "el",
             "al", "ben", "lo", "mc", "mac", "m"}

POOLS = """
provence f: Mirelha Reinette Azalaïs Rosalinde Fanette Norine Honorate Nérée Nanon Estérelle Audiberte
provence m: Delphin Agricol Lazarin Siffrein Trophime Véran Pancrace Andrieu Vincèn Bastidou Frédéri Peyre
provence s: Seignoret Raybaud Arnaudo Gastaud Lantéri Scoffier Orengo Toselli Barelli Rostagni Ciais Dalmassi
  Passeron Maïfret Bermond Gioan Blanchi Icardo Ricord Féraud Malausséna Brès Isnardi Cottalorda Fighiera
  Ardisson Suquet Peyrègne
navy f: Anaïck Youenna Nonna Ninnog Gwenn Mannaig Riwanon Maïna Goulwena
navy m: Herlé Jakez Gwenc'hlan Fañch Divi Jord Tudal Hoël Judikaël Gweltaz
navy s: Le_Dantec Lozac'h Gourlaouen Jaffrès Keraudren Guiziou Bolloc'h Goasguen Ropars Trémel Le_Coz
italian f: Pierina Nunzia Cettina Santina Teodolinda Gelsomina Addolorata Venera Agatina
italian m: Gennaro Ottavio Santino Agostino Liborio Vittorio Biagio Pasquale Ciro Gaetano Ignazio Vincenzo
  Tindaro Orazio Benedetto
italian s: D'Agostino Cipolla Bongiovanni Ruocco Tortorici Giuffrida Lombardo Vitiello Pappalardo Scuderi
  Nicotra Cannizzaro Russotto Anzalone Fichera Lo_Giudice Marletta Scalia Buscemi Trovato Sorbello
armenian f: Haïganouch Lousiné Nariné Chakée Takouhi Araxie Zabel Méliné Astghik Margarit Hripsimé Knar
  Vergine Azniv
armenian m: Garbis Kévork Mihran Barkev Nazareth Khatchik Avédis Ardachès Dikran Missak Noubar Zaven Ohannès
  Souren
armenian s: Kazandjian Tchobanian Guekdjian Keuroghlian Gulbenkian Sahakian Tavitian Devedjian Aghazarian
  Tersakian Balabanian Kurkdjian Zorabian Hampartzoumian
comorian f: Zaoudjati Nafissa Mounira Sitti Zalihata Moinourou Soifia Djamilati Nourainya Ousseina
comorian m: Chamsoudine Toiyb Ansufdine Oumouri Mhoma Saandi Fardi Ibouroi Chaharane
comorian s: Mbaé Abdérémane Fakihi Choudjay Mroivili Oumouri Saandi Ibouroi Fakihi_Mroivili Saandi_Choudjay
piednoir f: Anita Fortunata Fifine Encarna Pepa Rosita Juanita
piednoir m: Manolo Ginès Salvador Bienvenido Saturnin Paco Tonio Joselito Andrés Isidro Ximo
piednoir s: Llorca Pastor Azzopardi Sultana Cohen-Solal Bénichou Seguí Morell Ribera Ortola Sempere Lledo
  Mifsud Grech Scicluna Chouraqui Sebbag Timsit Ayoun
maghrebi f: Dhahbia Yakout Tinhinane Menana Lalia Rabéa Kheira
maghrebi m: Ahcène Saddek Lahcène Mebarek M'hamed Boubekeur Lahouari Laïd
maghrebi s: Tabet Hamoudi Bouteldja Chettouh Hammouche Mestiri Belaïch Squalli Sefrioui
mone f: Fiorella Rosanna Fulvia Giannina Eleonora Bice Tecla Vittoria Marcella
mone m: Fulvio Piergiorgio Manrico Gildo Ettore Giacomo Onorato Gianfranco Nando Giancarlo Raniero Silvano
mone s: Crovetto Notari Pastorelli Gastaldi Boeri Biancheri Lanza Bergonzi Alborno Lorenzi Guglielmi Olivero
  Gandolfo
yacht f: Kirsty Niamh Tamsin Saffron Bronwyn Maisie Shona Freya Rosalind Bethan Cerys
yacht m: Finlay Declan Angus Brodie Torquil Kieran Rory Alasdair Dougal Euan Piers Ruaridh
yacht s: Treloar Ashdown Whitcombe Polglase Rennison Ogilvy Dunbar Halloran Maclean Trevithick Faulkner
nordic f: Saskia Dagmar Sigrid Wilhelmina Geertje Hanneke Ineke Kerstin Goedele Veerle Ulla Birgit
nordic m: Gunnar Lars-Erik Dieter Anders Folkert Hendrik Koenraad Bram Torbjörn Sten Ulf Rutger
nordic s: De_Wachter Claessens Oosterhuis Verbruggen Schaerlaeckens Dijkstra Hallström Brinkmann Wiegand
north f: Mélie Romaine Rictrude Ghislenne Waudru
north m: Philéas Ghislebert Eloy Vaast Wulmer
north s: Dufrenne Wattebled Hochedé Decroix Dhaille Laignel Desmettre Wiart
east f: Wiesława Iuliana Nicoleta Mirela Rodica
east m: Bartosz Przemysław Grzegorz Ionuț Tomasz Ciprian Zbigniew Jarosław Viorel Lucian
east s: Stanciu Górecki Vasilescu Rădulescu Wawrzyniak Barbu Sârbu
"""
FACTS = {  # origin: (weight, INSEE countries of birth abroad, birth departments in France)
    "provence": (22, "", "83 06 13 04 84"), "navy": (10, "", "29 56 22 83"), "italian": (11, "127", "06 83"),
    "armenian": (5, "", "13 83 06 69"), "comorian": (6, "397", "13 83"), "piednoir": (7, "", "13 83 06"),
    "maghrebi": (10, "350 351 352", "13 83 06"), "mone": (5, "138", "06"), "yacht": (5, "132 501 303", "83"),
    "nordic": (5, "135 131 109 104", "59"), "north": (6, "", "59 62 57 67 80"), "east": (4, "122 114", "83"),
}
KIDS_F = unique_names("Alya Ysée Maëlie Talia Kayna Cassiopée")
KIDS_M = unique_names("Elyo Solal Nathéo Thiago Nolhan Jivan Keziah Tilio")
ORIGINS, _ = load_pools(POOLS, FACTS)


def name_words(name: str) -> set[str]:
    return name_parts(name, PARTICLES)


def items(text: str) -> list[str]:
    return [" ".join(item.split()) for item in text.split(",")]


TOWNS = [
    tuple(t.rsplit(":", 1)) for t in re.split(r"\s{2,}|\n", """Toulon:83000  Toulon:83100  Toulon:83200
La Seyne-sur-Mer:83500  Hyères:83400  Fréjus:83600  Saint-Raphaël:83700  Draguignan:83300  Brignoles:83170
Six-Fours-les-Plages:83140  Sanary-sur-Mer:83110  La Valette-du-Var:83160  La Garde:83130  Le Pradet:83220
Ollioules:83190  Carqueiranne:83320  Solliès-Pont:83210  Saint-Mandrier-sur-Mer:83430  Bandol:83150
Nice:06000  Nice:06100  Nice:06200  Nice:06300  Antibes:06600  Juan-les-Pins:06160  Grasse:06130
Menton:06500  Cagnes-sur-Mer:06800  Le Cannet:06110  Vallauris:06220  Beausoleil:06240
Roquebrune-Cap-Martin:06190  Villefranche-sur-Mer:06230""")]
VILLAGES = [tuple(t.rsplit(":", 1)) for t in re.split(r"\s{2,}|\n", """Èze:06360  Peille:06440  Sospel:06380
Gorbio:06500  Sainte-Agnès:06500  Coaraze:06390  Tourrettes-sur-Loup:06140  Saint-Paul-de-Vence:06570
Cabris:06530  Saint-Cézaire-sur-Siagne:06530  Lorgues:83510  Salernes:83690  Cotignac:83570  Barjols:83670
Tourtour:83690  Bargemon:83830  Le Castellet:83330  Évenos:83330  Collobrières:83610  Bormes-les-Mimosas:83230
Callas:83830  Fayence:83440  Seillans:83440  Gourdon:06620""")]
STREETS = items("""rue Peiresc, avenue de la République, chemin des Moulins, traverse des Capucins,
montée de la Citadelle, boulevard de Strasbourg, rue Droite, avenue de la Lanterne, chemin de la Colle,
route de Turin, impasse des Oliviers, allée des Mimosas, boulevard Napoléon III, avenue Jean Médecin,
rue de la République, chemin du Vallon des Vaux, avenue des Anciens Combattants, rue Pasteur,
route de Saint-Mandrier, boulevard du Cap, rue Bonaparte, avenue Thiers, montée des Oliviers,
chemin de Saint-Antoine, rue Paul Déroulède, corniche Merveilleuse, avenue de Verdun, traverse Bazeilles,
avenue des Fleurs, chemin de la Calade, rue des Orangers, boulevard Carnot""")
ABBREV = {"avenue": "av.", "boulevard": "bd", "chemin": "ch.", "route": "rte", "traverse": "trav."}
LIEUX = items("""quartier Les Plaines, Les Claps, hameau de la Roque, quartier Saint-Pierre,
La Bastide Haute, lieu-dit Les Adrets, Le Plan du Castellet, quartier des Vignes Vieilles,
hameau des Granges""")
CLIN = kept("""[lombalgie] [entorse de cheville] [rééducation du LCA] [capsulite rétractile] [PTH]
[PTG genou droit] [maladie de Parkinson] [Dupuytren] [hallux valgus opéré] [BPCO]
[séquelles d'AVC] [drainage lymphatique] [rééducation périnéale] [tendinopathie de la coiffe]
[fracture de Pouteau-Colles] [épicondylite] [scoliose] [torticolis] [vertige positionnel] [canal carpien]
[algodystrophie] [kyste de Baker] [cervicalgie] [lumbago] [Parsonage-Turner] [fracture du col]
[sciatique] [maladie de Charcot] [syndrome de Guillain-Barré] [conflit sous-acromial]""")
CLIN = re.findall(r"\[\[K\|.*?\]\]", CLIN)
KID_CLIN = re.findall(r"\[\[K\|.*?\]\]", kept("""[Osgood-Schlatter] [maladie de Sever] [entorse de cheville]
[scoliose] [fracture du poignet] [pieds plats] [torticolis] [entorse du genou]"""))
HOSPS = [
    (a.strip(), n.strip()) for a, n in (h.split("|") for h in re.split(r"\s{2,}|\n", """le|CHITS Sainte-Musse
l'|HIA Sainte-Anne  le|CHU Pasteur 2  l'|hôpital de l'Archet  le|CHI Fréjus-Saint-Raphaël  le|CH de Grasse
le|CH Princesse Grace  l'|hôpital La Palmosa  l'|hôpital Renée Sabran
la|clinique Saint-Jean  le|CH de Draguignan  l'|hôpital de Brignoles
la|polyclinique Les Fleurs  le|Centre hélio-marin"""))]
EMPLOYERS = items("""l'Arsenal, Naval Group, la base navale, un restaurant du port de Bandol,
la SBM à Monaco, une parfumerie de Grasse, Thales à Sophia, un camping de Fréjus, les serres d'Hyères,
un domaine viticole de Cotignac, la mairie de Draguignan, un chantier du BTP à Nice, un hôtel de Menton,
la plateforme logistique de Brignoles, un supermarché de La Garde""")
CLUBS = items("""RCT, Cavigal, club de voile de Hyères, Stade Raphaëlois, club de pétanque du quartier,
SC Menton, club de judo de La Seyne, SC Draguignan, club de basket de Menton""")
SCHOOLS = items("""le collège Peiresc, le collège Alphonse Daudet, l'école Saint-Roch, le collège de Sospel,
le collège Jean Moulin, l'école primaire du Pradet, l'école des Oliviers""")
MUTUELLES = items("""MGEN, Unéo, Harmonie Mutuelle, MNT, Mutuelle de France Sud, Malakoff Humanis, AG2R,
Swiss Life, Intériale""")
STAFF_FULL = ["Julien Martin", "Sophie Lemoine", "Karim Haddad"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
KIN = [("fille", "f", False), ("fils", "m", True), ("épouse", "f", True), ("mari", "m", True),
       ("compagne", "f", False), ("sœur", "f", False), ("frère", "m", True), ("petite-fille", "f", True),
       ("petit-fils", "m", True), ("nièce", "f", False), ("belle-fille", "f", True), ("gendre", "m", False)]
CARERS = [("auxiliaire de vie", "f"), ("aide à domicile", "f"), ("voisine", "f"), ("voisin", "m"),
          ("infirmière libérale", "f"), ("curatrice", "f"), ("dame de compagnie", "f")]
UNITS = ["zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
         "douze", "treize", "quatorze", "quinze", "seize"]
TENS = ["", "dix", "vingt", "trente", "quarante", "cinquante", "soixante", "soixante"] + ["quatre-vingt"] * 2


def spoken(n: int) -> str:
    """Two digits as a voice on the answering machine says them: soixante-douze, quatre-vingt-un."""
    if n < 17:
        return "zéro " * (n < 10) + UNITS[n]
    tens, unit = divmod(n, 10)
    if tens in (7, 9):
        unit += 10
    if unit == 0:
        return "quatre-vingts" if tens == 8 else TENS[tens]
    if unit < 17:
        joint = " et " if unit in (1, 11) and tens < 8 else "-"
        return TENS[tens] + joint + UNITS[unit]
    return TENS[tens] + "-dix-" + UNITS[unit - 10]


def slot_text(rng: random.Random) -> str:
    day = TODAY + dt.timedelta(days=rng.randint(0, 18))
    if day.weekday() == 6:
        day += dt.timedelta(days=1)
    hour = rng.choice([8, 9, 10, 11, 12] if day.weekday() == 5 else range(8, 20))
    minute = rng.choice([0, 0, 15, 30, 45])
    wd = DAYS[day.weekday()]
    hm = f"{hour}h{minute:02d}" if minute else f"{hour}h"
    return rng.choice([f"{wd} {day.day}/04 à {hm}", f"{wd} {day.day} avril à {hm}", f"le {day.day}/04 {hm}",
                       f"{wd[:3]}. {day.day:02d}/04 {hm}", f"{wd} {hm}", f"{wd} {day.day} à {hm}"])


def full_slot(rng: random.Random) -> str:
    day = TODAY + dt.timedelta(days=rng.randint(0, 18))
    day += dt.timedelta(days=day.weekday() == 6)
    hour, minute = rng.randint(8, 19), rng.choice([0, 15, 30, 45])
    return rng.choice([f"{DAYS[day.weekday()].capitalize()} {day.day} avril 2028 à {hour:02d}:{minute:02d}",
                       f"{day.isoformat()} {hour:02d}:{minute:02d}",
                       f"{day.day:02d}/04/2028 - {hour}h{minute:02d}"])


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def grouped(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    parts, i = [], 0
    for size in sizes:
        parts.append(text[i:i + size])
        i += size
    return sep.join(parts)


def make_person(rng: random.Random, origin: str, sex: str, low: int, high: int, surname: str = "") -> Person:
    o = ORIGINS[origin]
    given = rng.choice(o.given_f if sex == "f" else o.given_m)
    surname = surname or rng.choice(o.surnames)
    if origin == "east":
        surname = slavic_form(surname, sex)
    born = TODAY - dt.timedelta(days=rng.randint(low * 365 + 1, high * 365 + 300))
    return Person(given, surname, sex, o, born)


def make_cast(rng: random.Random, template: str) -> Cast:
    origin = rng.choices(list(FACTS), [f[0] for f in FACTS.values()])[0]
    ages = rng.choice([(18, 30), (30, 60), (60, 92), (66, 90)])
    for word, origins, span in HINTS:
        if word in template:
            origin, ages = rng.choice(origins.split() or [origin]), span
    sex = rng.choice("fm")
    patient = make_person(rng, origin, sex, *ages)
    noun, rsex, shares = rng.choice(KIN)
    rorigin = origin if shares or rng.random() < 0.7 else rng.choice(list(FACTS))
    relative = make_person(rng, rorigin, rsex, 20, 70, patient.surname if shares else "")
    role, csex = rng.choice(CARERS)
    carer = make_person(rng, rng.choice(list(FACTS)), csex, 25, 60)
    parent = make_person(rng, origin, rng.choice("fffm"), 28, 50)
    ksex = rng.choice("fm")
    kid = make_person(rng, origin, ksex, 6, 15, parent.surname if rng.random() < 0.8 else "")
    if rng.random() < 0.6:
        kid.given = rng.choice(KIDS_F if ksex == "f" else KIDS_M)
    return Cast(patient, relative, (noun, rsex, shares), carer, role, kid, parent)


def nir(rng: random.Random, p: Person) -> str:
    abroad = p.origin.abroad.split()
    if abroad and rng.random() < 0.55:
        place = "99" + rng.choice(abroad)
    elif p.origin.name == "piednoir" and p.born.year < 1962:
        place = rng.choice(["91", "92", "93"]) + f"{rng.randint(1, 350):03d}"
    else:
        place = rng.choice(p.origin.departments) + f"{rng.randint(1, 450):03d}"
    sex = 1 if p.sex == "m" else 2
    body = f"{sex}{p.born.year % 100:02d}{p.born.month:02d}{place}{rng.randint(1, 600):03d}"
    key = f"{97 - int(body) % 97:02d}"
    return rng.choice([grouped(body + key, (1, 2, 2, 2, 3, 3, 2)), body + key, f"{body} {key}",
                       grouped(body, (1, 2, 2, 2, 3, 3)) + f" clé {key}",
                       grouped(body + key, (1, 2, 2, 2, 3, 3, 2), ".")])


def ddn(rng: random.Random, p: Person) -> str:
    b = p.born
    months = items("janvier, février, mars, avril, mai, juin, juillet, août, septembre, octobre, novembre,"
                   " décembre")
    return rng.choice([f"{b.day:02d}/{b.month:02d}/{b.year}", f"{b.day}/{b.month}/{b.year % 100:02d}",
                       f"{b.day:02d}.{b.month:02d}.{b.year}", f"{b.day} {months[b.month - 1]} {b.year}",
                       f"{b.day:02d}-{b.month:02d}-{b.year}",
                       f"{b.day:02d}/{b.month:02d}/{b.year % 100:02d}"])


def tel(rng: random.Random, p: Person) -> str:
    o, roll = p.origin.name, rng.random()
    if o == "mone" and roll < 0.5:
        fixed = rng.choice(["93", "97", "92"])
        return rng.choice(["+377 ", "00377 "]) + fixed + " " + grouped(digits(rng, 6), (2, 2, 2))
    if o in ("italian", "mone") and roll < 0.7:
        return "+39 3" + grouped(digits(rng, 9), (2, 3, 4))
    if o == "yacht" and roll < 0.6:
        return "+44 7" + grouped(digits(rng, 9), (3, 3, 3))
    if o == "nordic" and roll < 0.5:
        number = digits(rng, 8)
        return rng.choice(["+31 6 " + grouped(number, (4, 4)), "+32 4" + grouped(number, (2, 2, 2, 2))])
    pre = rng.choice(["06", "06", "07", "04 94", "04 93", "04 92", "06"])
    body = (pre.replace(" ", "") + digits(rng, 10))[:10]
    pairs, intl = (2, 2, 2, 2, 2), grouped(body[1:], (1, 2, 2, 2, 2))
    return rng.choice([grouped(body, pairs, "."), body, "+33 " + intl, "+33 (0)" + intl,
                       grouped(body, pairs, "-"), grouped(body, pairs), grouped(body, pairs)])


def email(rng: random.Random, p: Person) -> str:
    g, s = (re.sub(r"[^a-z]", "", fold(x)) for x in (p.given, p.surname))
    local = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g[0]}{p.born.year % 100}", f"{g}-{s}",
                        f"{g}.{s[:4]}", f"{g}{s}{rng.randint(6, 99)}", f"{s}{rng.choice(('83', '06'))}"])
    dom = {"italian": "libero.it", "mone": "monaco.mc", "yacht": "btinternet.com", "nordic": "ziggo.nl"}
    domain = dom[p.origin.name] if p.origin.name in dom and rng.random() < 0.5 else rng.choice(
        ["orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net", "gmail.com", "hotmail.fr", "yahoo.fr",
         "outlook.fr", "icloud.com", "neuf.fr"])
    return f"{local}@{domain}"


def address(rng: random.Random, town: tuple[str, str] | None = None) -> str:
    name, code = town or rng.choice(TOWNS + VILLAGES)
    if name in [v[0] for v in VILLAGES] and rng.random() < 0.5:
        return f"{rng.choice(LIEUX)}, {code} {name}"
    street = rng.choice(STREETS)
    kind = street.split()[0]
    if kind in ABBREV and rng.random() < 0.4:
        street = street.replace(kind, ABBREV[kind], 1)
    num = str(rng.choice([rng.randint(1, 60), rng.randint(1, 60), rng.randint(100, 1800)]))
    num += rng.choice(["", "", "", " bis", " ter", "B"])
    flat = rng.choice(["", "", "", ", apt 23", ", bât C", " - 3e étage"])
    town = name.upper() if rng.random() < 0.3 else name
    code = code if rng.random() < 0.85 else f"{code[:2]} {code[2:]}"
    return rng.choice([f"{num} {street}{flat} {code} {town}", f"{num}, {street}{flat}, {code} {town}",
                       f"{num} {street}{flat} - {code} {town}"])


def ident(rng: random.Random, kind: str) -> str:
    """A number of the `kind` asked, as it is printed on the card or form it comes from."""
    if kind == "mut":
        return rng.choice([digits(rng, 9), grouped(digits(rng, 10), (4, 4, 2)), "MU" + digits(rng, 8),
                           f"{rng.randint(1, 99):02d}-{digits(rng, 7)}", grouped(digits(rng, 8), (2, 4, 2))])
    if kind == "dos":
        return rng.choice([f"K28-{digits(rng, 5)}", f"DOS{digits(rng, 6)}",
                           f"2028/{digits(rng, 4)}-{rng.randint(1, 9)}", f"PAT-{digits(rng, 6)}"])
    if kind == "book":
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return rng.choice(["".join(rng.choice(letters) for _ in range(8)), f"R{digits(rng, 9)}",
                           "".join(rng.choice(letters) for _ in range(4)) + "-" + digits(rng, 4)])
    if kind == "at":
        return rng.choice([grouped(digits(rng, 12), (4, 4, 4)), f"AT{digits(rng, 10)}",
                           f"28 {digits(rng, 9)}",
                           f"{digits(rng, 4)}-{digits(rng, 6)}"])
    if kind == "enim":
        return rng.choice([digits(rng, 7), grouped(digits(rng, 8), (4, 4))])
    if kind == "stud":
        return rng.choice([f"2{digits(rng, 7)}", f"e{digits(rng, 8)}"])
    return rng.choice([f"MC{digits(rng, 7)}", f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"])


PHONE = """
{pat} a appelé, souhaite décaler son rdv du {slot} au {slot2} si possible. Rappeler au {tel}.{extra}
Appel de {pt} ({age} ans) pour {clin}, ordo du médecin traitant du 27/03. Dispo plutôt le matin. Tél {tel}.
  Proposé {slot} avec {staff}.
{pat} - 1ère séance {clin} - sorti{e} {du_hosp} - {slot} avec {staffg} - tel {tel}{extra}
tel de {pt} : annule {slot}, {il} est chez {kin} à {town}. Rappellera après Pâques.{extra}
{pat} ne peut pas venir {slot}, voiture en panne sur l'A8. Demande si {staffg} peut {le} prendre
  {slot2}.{extra}
Nouveau patient : {pat}, {ne} le {ddn}, {clin}. Tiers payant, mutuelle {mutn} n° {mut}. Portable {tel}.
{pt} rappelle pour la 3e fois : toujours pas de créneau avec {staff}. Lui ai donné {slot}. Très mécontent{e}.
  Numéro : {tel}
Appel {pg} {ps} ({vil}) - {clin} - veut un kiné qui se déplace le mardi - voir avec {staffg}{extra}
"""
MACHINE = """
Répondeur {hhmm} : « Oui bonjour c'est {pat}, je vous appelle pour mon rendez-vous ({slot}), je suis
  bloqué{e} à {town} à cause de la grève des trains, rappelez-moi au {tel}, merci. » Pour {staffg}.
MSG REPONDEUR - {pat} - veut savoir si {staffg} fait les domiciles sur {vil} - rappeler au {telsp}
répondeur du samedi : « bonjour ici {rel}, je suis {kin1} de {pt}, {il} a son rendez-vous {slot} mais
  {il} est tombé{e} hier soir, on est aux urgences {du_hosp}. Je rappelle lundi. » pas de numéro laissé
Message vocal {hhmm} (peu audible) : « ... {pat} ... pour {clin} ... mon numéro c'est le {telsp} ... »
"""
BOOKING = """
[Agenda en ligne] Nouveau RDV\\nPatient : {psup} {pg}\\nNé(e) le : {ddn}\\nTél : {tel}\\nEmail : {mail}
  \\nMotif : {clin}\\nPraticien : {staff}\\nCréneau : {fslot}\\nRéf. : {book}
RDV annulé en ligne — {pat} — {fslot} — réf {book} — motif saisi : « imprévu pro »
Export agenda {staffg} | {fslot} | {psup}, {pg} | {tel} | {clin} | 1ère fois : oui{extra}
Réservation web {book} : {pat} ({mail}) a pris {fslot} avec {staff}, pas d'ordonnance jointe.
"""
SMS = """
SMS transféré du portable du cabinet ({tel}) : « Bjr c {pg} {ps}, je serai en retard 10 min pr {slot}, dsl »
Fwd SMS de {tel2} : « bonjour ici {relg}, {kin1} de {pt}. {il_cap} ne pourra pas venir {slot}, hospitalisé{e}
  {au_hosp} » — à annuler, prévenir {staffg}.
sms reçu 7h02 « cc c {pg} pour la rééduc, je peux venir {slot} à la place de {slot2} ? » de {tel}
SMS de {relg} {kin_paren} : « {inv_my} n'a plus de séances sur l'ordo, il faut en refaire une ? » {tel2}
"""
MAIL = """
Mail reçu de {mail} — Objet : séances {clin}\\n« Bonjour, je suis {pat}, {ne} le {ddn}. Je souhaiterais
  reprendre mes séances avec {staff}, {slot} si possible. Cordialement. » Transmis à {staffg}.
E-mail from {mail}: « Hi, I'm {pat}, deckhand on a yacht moored at Port Vauban. I hurt my shoulder
  loading provisions, can I book a session? My French number is {tel}. » Répondu en anglais, proposé {slot}
  avec {staffg}.{extra}
Courriel de {relg} ({mail}) pour {inv_poss} {pt} : demande de facture pour la mutuelle {mutn}, dossier {dos}.
Mail de {mail} : merci de noter la nouvelle adresse de {pt} : {adr}.{extra}
"""
HOME = """
Domicile : {pat}, {adr}. Code portail 4127. {clin}, 3 séances/semaine. Contact {carer} au {tel2}.
Visite à domicile demandée pour {pt} ({age} ans), {adr}, sorti{e} {du_hosp} le 29/03 ({clin}).
  {kin_cap} {rel} : {tel2}.
DOM - {psup} {pg} - {advil} - 2e étage sans ascenseur - {clin} - {staffg} y va {slot}{extra}
{carer} appelle pour {pt} : {il} refuse de se lever ce matin, séance de {slot} à reporter. Rappeler au {tel2}.
"""
FAMILY = """
{kin1_cap} de {pt}, {rel}, appelle : {il} ne veut plus venir au cabinet, demande des séances à domicile
  à {vil}. Rappeler {relg} au {tel2}.{extra}
Appel de {rel} ({kin_of}) : demande un créneau pour {pt} en fin de journée, {il} travaille jusqu'à 18h.
  Proposé {slot}.
{carer} a déposé l'ordonnance de {pt} ({clin}). Carte vitale à apporter {slot}.
{reltitle} {relsur} rappelle pour {inv_poss} ({pg}) : OK pour {slot}, {rel_il} l'accompagnera.{extra}
"""
PAPERS = """
{pat} : ordo 15 séances {clin} avec {staffg}, tiers payant OK, NIR {nir}, mutuelle {mutn} adhérent {mut}.
Manque la carte vitale de {pt}. Noter NIR : {nir} ; DDN {ddn}. Mutuelle {mutn} n° {mut}.{extra}
Facture de {pt} renvoyée, la mutuelle {mutn} demande le n° de dossier {dos} et la date de naissance ({ddn}).
FSE rejetée pour {psup} {pg} : NIR saisi {nir}, vérifier la clé avec {staffg}.
Attestation de droits reçue par mail pour {pat} ({mail}) : CSS jusqu'au 31/12, dossier cabinet {dos}.
"""
KIDS = """
{par} pour {kid_poss} {kid} ({kage} ans), {kclin} au {club}, certificat demandé pour {school}. {kne} le
  {kddn}.
  Dispo mercredi après-midi : {slot}. Tél {ptel}.
Maman de {kidfull} appelle : {kid} a mal au talon depuis le tournoi ({kclin}), peut-on {kle} voir {slot} ?
  {ptel}
{par} : dossier sportif de {kid} pour le {club} — à remplir par {staff}. Rappeler au {ptel}.{pextra}
Étudiant{e} à l'IUT de Toulon : {pat}, n° étudiant {stud}, entorse au rugby universitaire, {slot} avec
  {staffg}.
"""
WORK = """
AT : {pat}, employé{e} chez {emp}, {clin} suite chute sur le quai, AT n° {at}, accident du 03/04/2028.
  Tél {tel}.{extra}
{pat}, navigant{e} (ENIM n° {enim}), embarqué{e} sur un yacht à Antibes, {clin}.
  Veut {slot} avant le départ en mer.
Accident du travail : {pt} ({emp}), feuille d'AT n° {at} à scanner. 1ère séance {slot} avec {staff}.
Saisonni{ere} ({emp}) : {pat}, portable {tel}, {clin}, sans mutuelle, paiera en espèces. Vu avec {staffg}.
"""
BORDER = """
{pat}, frontali{ere}, travaille à Monaco (SBM), couvert{e} par la CCSS, n° {ccss}. Tél {tel}.
  Habite {town}, voir avec {staffg}.
{pat} abita a Ventimiglia, {clin}, formulaire S1 n° {ccss}. Parle un peu français. {slot} avec {staffg}.
Retraité{e} de {north}, {pat} passe le printemps à {town} ; {ne} le {ddn}, {clin}. Tel {tel}.{extra}
"""
BARE = """
Appel d'une dame de {vil} pour {clin}, n'a pas voulu laisser son nom, rappellera lundi.
Rappel : {staff} en formation {slot}, décaler ses patients sur le créneau suivant.
Le monsieur du {club} pour son genou est passé déposer son ordonnance. {slot} confirmé, voir {staffg}.
Coupure internet ce matin : les rdv en ligne de {slot} sont à revérifier avec {staff}.
Quelqu'un a laissé un message inaudible sur le répondeur à {hhmm}, numéro masqué.
Une maman demande si on prend les bébés ([[K|bronchiolite]]) : oui, avec {staffg}. Pas laissé de nom,
  rappellera.
livraison des tables de massage prévue {slot}, prévenir {staffg}
Appel d'une pharmacie ({town}) pour une ordonnance illisible ({clin}), rappellent plus tard.
  Dit à {staffg}.
"""
SCENARIOS = [(PHONE, 20), (MACHINE, 8), (BOOKING, 9), (SMS, 8), (MAIL, 8), (HOME, 9), (FAMILY, 9),
             (PAPERS, 9), (KIDS, 8), (WORK, 7), (BORDER, 5), (BARE, 12)]
EXTRA = {"tel": 5, "ddn": 3, "mail": 2, "mut": 2, "nir": 1, "addr": 2}
TAILS = {"tel": ["Tél {tel}", "tel : {tel}", "port. {tel}", "joignable au {tel}"],
         "ddn": ["DDN {ddn}", "{ne} le {ddn}", "date de naissance : {ddn}"],
         "mail": ["mail {mail}", "e-mail : {mail}"], "mut": ["mutuelle {mutn} {mut}", "n° adhérent {mut}"],
         "nir": ["NIR {nir}", "n° SS {nir}"], "addr": ["adresse : {adr}", "habite {adr}"]}
INVERSE = {"fille": ("père", "mère"), "fils": ("père", "mère"), "épouse": ("mari", "épouse"),
           "mari": ("mari", "épouse"), "compagne": ("compagnon", "compagne"), "sœur": ("frère", "sœur"),
           "frère": ("frère", "sœur"), "petite-fille": ("grand-père", "grand-mère"),
           "petit-fils": ("grand-père", "grand-mère"), "nièce": ("oncle", "tante"),
           "belle-fille": ("beau-père", "belle-mère"), "gendre": ("beau-père", "belle-mère")}
HINTS = [("deckhand", "yacht yacht nordic", (22, 40)), ("navigant", "yacht nordic east", (22, 45)),
         ("Ventimiglia", "italian", (25, 60)), ("(SBM)", "mone italian provence", (25, 60)),
         ("Retraité", "north north nordic yacht", (62, 88)), ("Étudiant", "", (18, 24)),
         ("Saisonni", "east maghrebi comorian", (19, 40))]
SHE = {"f": "elle", "m": "il"}
HOSP_AT = {"du_hosp": {"le": "du ", "l'": "de l'", "la": "de la "},
           "au_hosp": {"le": "au ", "l'": "à l'", "la": "à la "}}
ID_KINDS = {"mut", "dos", "book", "at", "enim", "stud", "ccss"}
HARD = ["initial", "spelled", "slip", "maiden", "glued", "plain", "comma", "lower"]
NORTHS = ["Lille", "Roubaix", "Metz", "Strasbourg", "Amiens", "Bruxelles", "Utrecht", "Göteborg", "Leeds"]
CHOICES = {"clin": CLIN, "kclin": KID_CLIN, "town": [t[0] for t in TOWNS if not t[0].startswith("Le ")],
           "vil": [v[0] for v in VILLAGES],
           "north": NORTHS, "emp": EMPLOYERS, "club": CLUBS, "school": SCHOOLS, "mutn": MUTUELLES}


class Writer(SlotPlaceholders):
    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random, taken: set[str], template: str):
        self.rng, self.taken, self.template = rng, taken, template
        self.c = make_cast(rng, template)
        self.p = self.c.patient
        self.hard = ""
        self.flags: set[str] = set()

    def fill(self, template: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: self.word(m.group(1)), template).replace("\\n", "\n")

    def word(self, name: str) -> str:
        """A placeholder: a word fixed by the people of the note, a plain or kept word drawn from a list,
        a number of a kind of ID, else the method of that name."""
        p, r, k = self.p, self.c.kin, self.c.kid
        fixed = {"e": "e" * (p.sex == "f"), "ne": "née" if p.sex == "f" else "né", "il": SHE[p.sex],
                 "il_cap": SHE[p.sex].capitalize(), "le": "la" if p.sex == "f" else "le",
                 "kle": "la" if k.sex == "f" else "le", "kne": "Née" if k.sex == "f" else "Né",
                 "kid_poss": "sa fille" if k.sex == "f" else "son fils", "rel_il": SHE[r[1]],
                 "reltitle": "Mme" if r[1] == "f" else "M.", "kin": possessive(r[0], r[1]),
                 "kin_cap": possessive(r[0], r[1]).capitalize(), "kin1": definite(r[0], r[1]),
                 "kin1_cap": definite(r[0], r[1]).capitalize(), "ere": "ère" if p.sex == "f" else "er"}
        rel, kid = self.c.relative, self.c.kid
        fixed |= {"pg": nom(p.given), "ps": nom(p.surname), "psup": nom(p.surname.upper()),
                  "relg": nom(rel.given), "relsur": nom(rel.surname), "kid": nom(kid.given),
                  "kidfull": nom(f"{kid.given} {kid.surname}")}
        inv, title = INVERSE[r[0]][p.sex == "f"], "Mme" if p.sex == "f" else "M."
        fixed |= {"inv_poss": possessive(inv, p.sex), "age": str(age_on(p, TODAY)),
                  "inv_my": possessive(inv, p.sex, first_person=True).capitalize(),
                  "kin_of": f"{r[0]} de {title} {nom(p.surname)}", "kage": str(age_on(kid, TODAY)),
                  "kin_paren": f"({r[0]} de {title} {nom(p.surname)})"}
        if name in fixed:
            return fixed[name]
        rng, hosp = self.rng, HOSP_AT.get(name)
        if hosp:
            article, place = rng.choice(HOSPS)
            return hosp[article] + keep(place)
        if name in ("staff", "staffg"):
            return keep(rng.choice(STAFF_FULL * (name == "staff") + ["Julien", "Sophie", "Karim"]))
        if name == "hhmm":
            return f"{rng.randint(7, 20)}h{rng.randint(0, 59):02d}"
        if name in ("adr", "advil"):
            return tag("ADRESSE", address(rng, rng.choice(VILLAGES) if name == "advil" else None))
        drawn = {"tel": ("TEL", tel, p), "tel2": ("TEL", tel, rel), "ptel": ("TEL", tel, self.c.parent),
                 "nir": ("NIR", nir, p), "ddn": ("DDN", ddn, p), "kddn": ("DDN", ddn, kid),
                 "mail": ("EMAIL", email, p)}
        if name in drawn:
            kind, draw, person = drawn[name]
            return tag(kind, draw(self.rng, person))
        if name in CHOICES:
            return self.rng.choice(CHOICES[name])
        if name in ID_KINDS:
            return tag("ID", ident(self.rng, name))
        return getattr(self, name)()

    # -- the patient's names
    def pat(self) -> str:
        p, rng = self.p, self.rng
        if self.hard:
            form, self.hard = self.hard, ""
            self.flags.add("hard:" + form)
            return self.hard_form(form)
        return rng.choice([nom(f"{p.given} {p.surname}"), nom(f"{p.given} {p.surname}"), self.pt(),
                           nom(f"{p.surname.upper()} {p.given}"), nom(f"{p.surname} {p.given}")])

    def hard_form(self, form: str) -> str:
        p, rng = self.p, self.rng
        title = "Mme" if p.sex == "f" else "M."
        if form == "initial":
            return nom("-".join(w[0] + "." for w in p.given.split("-")) + " " + p.surname)
        if form == "spelled":
            letters = [ch.upper() for ch in fold(p.surname) if ch.isalpha()]
            spelled = rng.choice([" ", "-", "."]).join(letters)
            return f"{title} {nom(p.surname)} (je vous épelle : {nom(spelled)})"
        if form == "slip":
            typo = slip(p.surname, rng)
            good = typo != p.surname and not name_words(typo) & self.taken
            return f"{title} {nom(typo if good else p.surname.lower())}"
        if form == "maiden" and p.sex == "f":
            other = rng.choice(p.origin.surnames)
            if other != p.surname:
                return f"Mme {nom(p.given + ' ' + p.surname)} née {nom(other.upper())}"
        if form == "glued":
            given = f" {nom(p.given)}" if rng.random() < 0.5 else ""
            return f"{title}{nom(p.surname)}{given}"
        if form == "plain" and fold(p.surname) != p.surname.lower():
            return nom(f"{fold(p.given).capitalize()} {fold(p.surname).upper()}")
        if form == "comma":
            return nom(f"{p.surname.upper()}, {p.given}")
        return nom(f"{p.surname.lower()} {p.given.lower()}")

    def pt(self) -> str:
        if self.hard:
            return self.pat()
        return f"{'Mme' if self.p.sex == 'f' else 'M.'} {nom(self.p.surname)}"

    # -- relatives, carers, children
    def rel(self) -> str:
        r = self.c.relative
        return nom(r.given) if self.rng.random() < 0.3 else nom(f"{r.given} {r.surname}")

    def carer(self) -> str:
        c, role = self.c.carer, self.c.carer_role
        name = self.rng.choice([nom(c.given), nom(f"{c.given} {c.surname}"),
                                f"{'Mme' if c.sex == 'f' else 'M.'} {nom(c.surname)}"])
        return self.rng.choice([f"{definite(role, c.sex)}, {name}", f"{name} ({role})",
                                f"{definite(role, c.sex)} {name}"])

    def par(self) -> str:
        q = self.c.parent
        return self.rng.choice([f"{'Mme' if q.sex == 'f' else 'M.'} {nom(q.surname)}",
                                nom(f"{q.given} {q.surname}"),
                                f"{'Maman' if q.sex == 'f' else 'Papa'} ({nom(q.given)})"])

    def pextra(self) -> str:
        return f" Mail : {tag('EMAIL', email(self.rng, self.c.parent))}" if self.rng.random() < 0.5 else ""

    def telsp(self) -> str:
        number = tel(self.rng, Person("", "", "f", ORIGINS["provence"], TODAY))
        pairs = re.sub(r"\D", "", number)[-10:]
        if len(pairs) < 10 or self.rng.random() < 0.4:
            return self.word("tel")
        words = ", ".join(spoken(int(pairs[i:i + 2])) for i in range(2, 10, 2))
        return tag("TEL", f"zéro {UNITS[int(pairs[1])]}, {words}")

    def extra(self) -> str:
        present = [k for k in EXTRA if k in self.template or (k == "addr" and "{adr" in self.template)]
        kinds = draw_kinds(self.rng, self.rng.choice([0, 0, 1, 1, 2]), EXTRA, present)
        sep = self.rng.choice([" ", " / ", "\n", " - "])
        return "".join(sep + self.fill(self.rng.choice(TAILS[k])) for k in kinds)


FLAGS: list[set[str]] = []


def make_note(rng: random.Random, taken: set[str]) -> list[tuple[str, str | None]]:
    block, template = draw_template(rng, SCENARIOS)
    w = Writer(rng, taken, template)
    w.flags.add(next(name for name, value in globals().items() if value is block).lower())
    if re.search(r"\{p(at|t)\}", template) and rng.random() < 0.19:
        w.hard = rng.choice(HARD)
    fragments = join_names(parse(w.fill(w.template)))
    roll = rng.random()
    if roll < 0.08:
        fragments = [(text.lower(), kind) for text, kind in fragments]
        w.flags.add("lower-case note")
    elif roll < 0.1:
        fragments = [(text.upper(), kind) for text, kind in fragments]
        w.flags.add("capitals")
    FLAGS.append(w.flags)
    return fragments


def main() -> None:
    names = pooled_names(ORIGINS, {}) + KIDS_F + KIDS_M
    names += [slavic_form(s, "f") for s in ORIGINS["east"].surnames]
    taken = taken_tokens(OUT, EARLIER)
    refuse_used_names(names, name_words, taken)

    def check(r: dict) -> None:
        check_unlabelled(r, name_words)
        check_no_staff(r, name_words)

    records = write(OUT, PREFIX, NOTES, SEED, lambda rng: make_note(rng, taken), check,
                    lambda rs: check_blind_set(rs, NOTES, name_words, taken, 0.35, (0.08, 0.15)))
    report(records, OUT, FLAGS, sum(any(f.startswith("hard:") for f in flags) for flags in FLAGS))


if __name__ == "__main__":
    main()
