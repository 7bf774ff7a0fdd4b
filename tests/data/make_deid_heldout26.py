"""Blind held-out set 26 for the de-identifier: 300 call notes of a kinésithérapie practice in Normandy.

Written 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists, the
tests nor bench were opened, and the de-identifier was not run on the notes. The earlier sets (the
corpus, held-out sets 1 to 25 and the hard cases) were read by program only, through
heldout_markup.taken_tokens, to refuse every name word they hold.

The setting: an ordinary month, May 2028, at a cabinet de kinésithérapie whose remote secretariat takes
the calls for Rouen, Le Havre, Dieppe, Fécamp, Évreux, Lisieux, Cherbourg, Saint-Lô, Avranches, the
Pays de Caux and the Cotentin bocage. Old Norman families, farmers and fishermen, port, refinery,
nuclear-plant and shipyard staff, British second-home owners, Maghrebi, West African, Portuguese and
Turkish families, students and retirees. The notes are phone messages, answering-machine transcripts,
online-booking exports, forwarded SMS and e-mails, home visits, relatives and carers calling,
prescriptions, tiers payant, sport and school papers and work accidents; some are typed in lower case,
a few in capitals, about one in nine holds no identifier and about one in seven a harder name form
(surname first in capitals, an initial, a slip of the keyboard, a maiden name, a nickname, a double
surname, a name typed without accents).

Labelling: NOM for patients, relatives, carers and neighbours, a title (M., Mme, Mr, Mrs) left outside
the span, never the practice's staff (deid_staff.json), whose names are kept (K); TEL, NIR, DDN (birth
dates only), EMAIL, ADRESSE (house number or lieu-dit through postcode and town, in one run; a town
alone is not marked) and ID (mutuelle, dossier, booking and accident numbers). Kept (K): appointment
slots, staff names, clinical terms, hospitals and eponyms. Companies, clubs, schools and employers are
plain text; no doctor outside the practice is named. Every name, number and address is invented.

Run from tests/data: ../../.venv/bin/python make_deid_heldout26.py
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

from heldout_markup import (
    Origin,
    Person,
    check_blind_set,
    check_no_staff,
    check_unlabelled,
    definite,
    fold,
    join_names,
    keep,
    kept,
    name_parts,
    nom,
    parse,
    possessive,
    refuse_used_names,
    report,
    reused_words,
    slip,
    tag,
    taken_tokens,
    templates,
    unique_names,
    write,
)

NOTES, SEED, PREFIX = 300, 26_2027, "ba"
HERE = Path(__file__).parent
OUT = HERE / "deid_heldout26.jsonl"
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 26)),
           "deid_hard_cases.jsonl")
PARTICLES = {"de", "du", "des", "le", "la", "d", "l", "da", "dos", "el", "ben", "dit"}
TODAY = dt.date(2028, 5, 15)

# origin pool: names (f, m adults; of, om born before 1958; kf, km born from 2005; s surnames)
POOLS = """
normand of: Tiennette Fleurine Gratienne Laurentine Florentine Ermance Maryannick Coryse Suzel Véra Zita
  Irmine Fulvie Natalène Séraphie Germance Pulchérie Théodorine Josèphe Ludovine Dorine Flavienne
  Théophanie Bernardine
normand om: Anthime Fulgence Jovin Eusèbe Didace Fortunat Lucain Paterne Rogatien Wulfran Yvonnet Héribert
  Ildefonse Nazaire Régnier Taurin Ulric Ivon Conan Maixent Benoni Zéphyrin Nicéphore
normand f: Jennyfer Ludivyne Sandrina Stéfanie Aurélya Cindie Mélinda Kathleen Jessyca Marilou Annaëlle
  Océanne Gaëla Lénaïck Maëlane Sophiane Justyne Leslie Kristell Samantha Vicky Prescillia Cinthia Isaline
  Jordane Sindy Sylvana Cécilia
normand m: Anthonin Kévyn Jonathann Steevy Freddie Ludwig Cyrus Teddie Yoan Kenny Jason Stévy Djeff Bryan
  Elvis Mirko Ricky Stany Wesley Gaylord Yanick Elric Ywan Romaric
normand kf: Aëlys Emy Iléana Maëna Naïa Nayla Tyana Aëla Cassie Gwenn Kiméa Lahna Maelie Saona Tilia Valia
  Ylona Cyliane Elina Lizéa Méline Zoélie
normand km: Aël Ilian Eyden Hayden Malone Nélio Sohane Yoël Ayrton Izan Kaylan Olivio Timothé Valentino
  Daryl Milan Orso Tylian
normand s: Lecoufle Jouenne Tostain Anfray Ygouf Postel Ridel Osouf Auvray Thouroude Quétel Hurel Pesquet
  Decaëns Vimard Énault Leterrier Malandain Guillouard Rihouey Lebrec Lepley Ozenne Tabur Dumouchel
  Lerebours Coquerel Hérouard Goubert Lemesle Bazire Ameline Lecesne Ravenel Varin Letourneur Fossard
  Onfroy Gancel Costentin Ouin Desmares Goulley Lebarbier Hautot Houel Boisnard Vauquelin Enguehard Hauvel
  Duprey Frigot Clouet Dubosq Ruault Laisney Leprévost Hédouin Lecluse Angot Hangard Jamelot Mouchel Lefaix
  Sénécal Lecordier Vaudry Gueudet Mouquet Anfry Tougard Letavernier Hecquard Vittecoq Flambard Lecroq
  Hervieu Dieppedalle Lebourgeois Prével Leforestier Vastel Heurtaux Lecaplain Auzou Decultot Bunel
  Beuzelin Vasselin Férey Groult Hulin Pouchin Lecourtois Lemétayer Déhais Fiquet Crevel Hochard Lechanteur
  Osmond Pitte Lebailly Delauney Hamard Lepesqueur Guilmard Letanoux Brochec Ducastel Fréret Gouesmel
  Lemaréchal Marguerie Pézeril Saillard Leboulenger Vauclin Yvelin Catelain Dieusy Grente Heuzé
  Lebrasseur Maubert Tranchard Lesouef Bourdet Cottebrune Lecointe Vardon Fréger Legay Ponty Beaucamp
  Levasseur Ango Boscher Dorey Fouques Gobbé Harel Ingouf Marescot Ozanne Quinette Roquier Sehier
  Tafforeau Vaultier Yver Besnehard Corbet Dancel Hellouin Lagnel Mesnage Nouel Pellerin Rouland Vigot
  Alleaume Colange Desvages Enée Follain Godey Joret Lechartier Nativelle Patrix Queudeville Renouf Sorieul
  Tribouillard Vaudevire
british f: Gwendolyn Jocasta Deirdre Bronwen Davina Frances Georgiana Henrietta Isobel Jemima Nerys Pippa
  Wilhelmina Agatha Eluned Iona Kerensa Letitia Maisie Olwen Romilly Thomasina
british m: Malcolm Tristram Neville Ewan Humphrey Dudley Benedict Cosmo Digby Gideon Ivor Jolyon Percival
  Rollo Silas Torquil Vaughan Bertram Cuthbert Dougal Eamon Fitzroy Murdo Ninian Piers Seamus Aled Bryn
british s: Crabtree Ridgeway Goodbody Featherstone Aldridge Winterbottom Bramley Penhaligon Fotheringham
  Marchbanks Cholmondeley Ramsbottom
maghreb f: Khadidja Ounissa Nouara Sabiha Manel Wided Fatna Meriama Noura Sarra Souhila Thinhinane Zouina
  Tiziri Taninna
maghreb m: Anouar Abdelmadjid Ouahab Dahmane Djillali Mhand Sadek Aghiles Juba Koceila Mazigh Yugurten Ilès
  Amazigh Aksil Anir
maghreb kf: Mayssa Jannah Sana Alya Ayana Noura Tiziri
maghreb km: Bilel Camil Wael Gibril Naïl Anir Ilès
maghreb s: Ben_Romdhane Tifour Hamlaoui Allaoui Kessal Abbaci Benhamida Chaouchi Kherbache Lazri Yacef Aoudia
  Chikh Ferroukhi Gaceb Hamiche Rebai Smaili Tadjer Douadi Kaouane Lakehal Ouyahia Rekik Zaidi Lahbabi
afrique f: Adjaratou Dado Goundo Kadidia Nantenin Sanata Sitan Yaye Fama Bineta Daba Khadidiatou Mbayang
  Ndella Thioro Ahou Ehua Gnamien Massandjé Tchonté Yaba Niélé Assetou
afrique m: Bourama Garan Issiaka Lassina Mamoutou Nouhoum Sambou Tiémoko Zoumana Baye Cheikhou Elhadji
  Falilou Khadim Serigne Thierno Waly Yoro Kouadio Zié Hady Mamady Samba Mahamadou Amadou Kalilou
afrique s: Niakaté Dansoko Tambadou Wagué Makalou Bagayogo Tirera Timera Tandia Diatta Gnahoré Mbodj Diedhiou
  Diakhaté Gadio Sall Agbo Assogba Houngbédji Kpodo Adjovi Akakpo Amoussou Bokossa Chabi Dansou Ehouman
  Loukou Sawadogo Jallow Ceesay Touray Sanneh Bojang
portugal f: Florinda Margarida Umbelina Rosinda Tomásia Berta Delmira Elvira
portugal m: Amândio Adérito Inácio Jerónimo Marcolino Quirino Rogério Saturnino Emídio Plácido Reinaldo
  Tibúrcio Ulisses Virgílio Anacleto Bartolomeu
portugal s: Canário Junqueira Lamego Neiva Ornelas Paredes Quelhas Vieitas Zagalo Damião Honorato Lajes
  Nóbrega Roriz Alvarenga Gameiro Penteado Ramalho Borralho Dourado Espinosa Lousada Rebordão Torgal
turquie f: Canan Dudu Irmak Meltem Vildan Arzu Belgin Cemile Döndü Ecem Lale Öznur Sevim Şenay
turquie m: Osman Kemal Ertuğrul Galip Lütfi Mahmut Veysel Zafer Bülent Caner Ekrem Nuri Remzi Şenol Deniz
  Engin
turquie s: Bakırcı Cansız Dalkılıç Fidan Hancı Laçin Mutlu Nalbant Pekmez Sezgin Vural Yüce Fırat Mert
  Orhun Ulusoy Zorlu Alkan Göktaş Oruç Ağca Bektaş Canpolat Erkoç Gürsoy Karadağ
nicknames m: Totor Popol Nanard Riton Dudule Mimile Loulou
nicknames f: Titine Loulou
"""
# origin -> (weight, INSEE codes of birth countries, birth departments in France)
FACTS = {"normand": (55, "", "76 76 76 76 27 14 50 50 50 61 75"), "british": (6, "132", ""),
         "maghreb": (12, "352 350 351", "76 76 27 93"), "afrique": (9, "341 335 326 327", "76 75 93"),
         "portugal": (9, "139", "76 50"), "turquie": (6, "208", "76 27")}


def load(table: str) -> dict[tuple[str, str], list[str]]:
    texts: dict[tuple[str, str], str] = {}
    current = ("", "")
    for line in table.strip().splitlines():
        if not line.startswith(" "):
            origin, pool, line = line.split(maxsplit=2)
            current = (origin, pool.rstrip(":"))
        texts[current] = f"{texts.get(current, '')} {line}"
    return {key: unique_names(text) for key, text in texts.items()}


ROWS = load(POOLS)


def name_words(name: str) -> set[str]:
    return name_parts(name.replace(",", " ").replace(".", " "), PARTICLES)


TAKEN = taken_tokens(OUT, EARLIER)
refuse_used_names([n for names in ROWS.values() for n in names], name_words, TAKEN)

TOWNS = [("76000", "Rouen"), ("76100", "Rouen"), ("76600", "Le Havre"), ("76620", "Le Havre"),
         ("76610", "Le Havre"), ("76200", "Dieppe"), ("76370", "Neuville-lès-Dieppe"), ("76400", "Fécamp"),
         ("27000", "Évreux"), ("14100", "Lisieux"), ("50100", "Cherbourg-en-Cotentin"), ("50000", "Saint-Lô"),
         ("50300", "Avranches"), ("76190", "Yvetot"), ("76450", "Cany-Barville"), ("76110", "Goderville"),
         ("76280", "Criquetot-l'Esneval"), ("76700", "Gonfreville-l'Orcher"), ("76290", "Montivilliers"),
         ("76170", "Lillebonne"), ("76330", "Port-Jérôme-sur-Seine"), ("76560", "Doudeville"),
         ("50340", "Les Pieux"), ("50440", "La Hague"), ("50270", "Barneville-Carteret"),
         ("50190", "Périers"), ("50210", "Cerisy-la-Salle"), ("50800", "Villedieu-les-Poêles"),
         ("50160", "Torigny-les-Villes"), ("76460", "Saint-Valery-en-Caux"), ("14600", "Honfleur"),
         ("27500", "Pont-Audemer"), ("76760", "Yerville"), ("50260", "Bricquebec-en-Cotentin")]
STREETS = ("rue des Capucins", "rue Saint-Romain", "rue de la République", "impasse des Tilleuls",
           "chemin de la Mare aux Saules", "route de Bolbec", "rue du Bout du Quai", "quai Duquesne",
           "rue du Pollet", "av. du Mal Foch", "rue des Drapiers", "allée des Goélands", "rue de l'Abbaye",
           "rue Gambetta", "Cité des Fleurs", "rue du Val Saint-Nicolas", "route de la Hague",
           "rue de la Mer",
           "rés. les Courlis", "rue Thiers", "chemin du Catelier", "rue des Fossés", "bd de Strasbourg",
           "sente aux Moines", "rue du Calvaire", "route des Pieux", "rue de l'Église", "rue des Sapins")
LIEUX = ("La Croix Malet", "Le Hamel au Prêtre", "La Cour Verte", "Les Hautes Carrières", "Le Val Mulet",
         "La Ferme du Vieux Puits", "Le Bas Hamel", "La Bergerie", "Le Hameau Gosselin", "Les Landelles",
         "La Pièce du Moulin", "Le Clos Bataille", "Les Noës", "La Butte aux Renards", "Le Mesnil Bazin")
HOSP = ("CHU de Rouen", "hôpital Charles-Nicolle", "GHH Jacques-Monod", "CH de Dieppe", "CHPC de Cherbourg",
        "CH Mémorial de Saint-Lô", "CH d'Avranches-Granville", "CHI Eure-Seine", "CH de Lisieux",
        "clinique de l'Europe", "centre Henri-Becquerel", "CH de Fécamp", "hôpital Pasteur de Cherbourg")
MUTS = ("Harmonie Mutuelle", "MGEN", "la MSA", "Malakoff Humanis", "AG2R", "MNT", "Mutuelle Just", "Apivia",
        "la Mutuelle de Normandie", "Groupama", "Pro BTP", "la CPAM (CSS)", "la mutuelle d'EDF", "Macif")
JOBS = ("docker au terminal de Normandie", "salarié à la raffinerie de Gonfreville", "EDF Flamanville",
        "Orano La Hague (sous-traitant)", "soudeur chez Naval Group", "mareyeur au port de Dieppe",
        "marin-pêcheur à Fécamp", "cariste chez un transitaire du port", "éleveur laitier", "agent SNCF",
        "intérimaire à Port-Jérôme", "chauffeur poids lourd", "aide-soignante en EHPAD", "ostréiculteur",
        "ouvrier à la coopérative laitière", "maçon", "agent d'entretien au lycée")
CLUBS = ("le HAC", "l'US Fécamp", "le FC Rouen", "le club de hand de Saint-Lô", "l'AS Cherbourg",
         "le club de voile de Dieppe", "le rugby de Lisieux", "l'Évreux AC", "le judo club d'Yvetot",
         "le club de gym de Montivilliers", "le basket d'Avranches")
SCHOOLS = ("collège Les Provinces", "lycée Porte Océane", "collège du Val de Saire",
           "lycée agricole de Saint-Lô",
           "collège Pablo-Neruda", "lycée maritime de Fécamp", "école de la Ferme des Mouettes",
           "STAPS Mont-Saint-Aignan")
STAFF_FORMS = ("Julien Martin", "Julien", "Sophie Lemoine", "Sophie", "Karim Haddad", "Karim")
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
DOMAINS = ("orange.fr", "wanadoo.fr", "gmail.com", "laposte.net", "free.fr", "sfr.fr", "hotmail.fr",
           "yahoo.fr",
           "outlook.fr", "icloud.com", "neuf.fr", "live.fr")


def slot_text(rng: random.Random) -> str:
    day = TODAY + dt.timedelta(days=rng.randint(-10, 16))
    while day.weekday() == 6:
        day += dt.timedelta(days=1)
    hour = f"{rng.randint(8, 19)}h{rng.choice(['', '15', '30', '45'])}"
    name = DAYS[day.weekday()]
    return rng.choice([f"{name} {day.day}/05 à {hour}", f"{name} {day.day} mai {hour}",
                       f"{name} {day.day}/05, {hour}",
                       f"{name[:3]}. {day.day} à {hour}", f"{name} {day.day} mai à {hour}",
                       f"{name} à {hour}",
                       f"{name} {day.day:02d}/05 {hour}"])


def full_slot(rng: random.Random) -> str:
    day = TODAY + dt.timedelta(days=rng.randint(-6, 16))
    if day.weekday() == 6:
        day += dt.timedelta(days=1)
    hh, mm = rng.randint(8, 19), rng.choice([0, 15, 30, 45])
    return rng.choice([f"{day:%d/%m/%Y} à {hh:02d}:{mm:02d}",
                       f"{DAYS[day.weekday()]} {day.day} mai 2028, {hh}h{mm:02d}",
                       f"{day.isoformat()} {hh:02d}h{mm:02d}"])


def born_in(rng: random.Random, band: str) -> dt.date:
    low, high = {"O": (72, 97), "A": (24, 66), "Y": (15, 23), "K": (4, 14)}[band]
    return TODAY - dt.timedelta(days=rng.randint(low * 365 + 1, high * 365 + 300))


def draw_person(rng: random.Random, band: str, origin: str | None = None, sex: str | None = None,
                surname: str | None = None) -> Person:
    origin = origin or rng.choices(list(FACTS), [w for w, _, _ in FACTS.values()])[0]
    sex = sex or rng.choice("fm")
    born = born_in(rng, band)
    pool = "o" if born.year < 1958 else "k" if born.year >= 2005 else ""
    given = rng.choice(ROWS.get((origin, pool + sex)) or ROWS[(origin, sex)])
    return Person(given, surname or rng.choice(ROWS[(origin, "s")]), sex,
                  Origin(origin, [], [], [], FACTS[origin][1], tuple(FACTS[origin][2].split())), born)


def nir(rng: random.Random, p: Person) -> str:
    codes = p.origin.abroad.split()
    if codes and (p.born.year < 1990 or rng.random() < 0.3) or not p.origin.departments:
        place = "99" + rng.choice(codes)
    else:
        dep = rng.choice(p.origin.departments)
        place = dep + f"{rng.randint(1, 680):03d}"
    sex = 1 if p.sex == "m" else 2
    body = f"{sex}{p.born.year % 100:02d}{p.born.month:02d}{place}{rng.randint(1, 999):03d}"
    key = f"{97 - int(body) % 97:02d}"
    spaced = f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}"
    return rng.choice([spaced, spaced, body + key, f"{body} {key}", f"{body[0]}.{body[1:3]}.{body[3:5]}."
                       f"{body[5:7]}.{body[7:10]}.{body[10:13]}.{key}", f"{body[:7]} {body[7:]} {key}"])


def ddn(rng: random.Random, p: Person) -> str:
    d = p.born
    return rng.choice([f"{d:%d/%m/%Y}", f"{d:%d/%m/%Y}", f"{d.day} {MONTHS[d.month - 1]} {d.year}",
                       f"{d:%d.%m.%y}",
                       f"{d.day}/{d.month}/{d:%y}", d.isoformat(), f"{d:%d-%m-%Y}", f"{d:%d%m%Y}"])


def phone(rng: random.Random, p: Person | None = None, fixed: bool = False) -> str:
    if p is not None and p.origin.name == "british" and rng.random() < 0.6:
        d = f"{rng.randint(0, 999999):06d}"
        return rng.choice([f"+44 7{rng.randint(100, 999)} {d}",
                           f"0044 7{rng.randint(100, 999)} {d[:3]} {d[3:]}",
                           f"07{rng.randint(100, 999)} {d}"])
    head = rng.choice(["235", "232", "233", "231"]) if fixed or rng.random() < 0.2 else rng.choice("6667")
    digits = "0" + head + "".join(str(rng.randint(0, 9)) for _ in range(9 - len(head)))
    pairs = [digits[i:i + 2] for i in range(0, 10, 2)]
    return rng.choice([" ".join(pairs), " ".join(pairs), ".".join(pairs), digits, "-".join(pairs),
                       "+33 " + digits[1] + " " + " ".join(pairs[1:]), "+33" + digits[1:],
                       "".join(pairs[:2]) + " "
                       + " ".join(pairs[2:])])


def email(rng: random.Random, p: Person) -> str:
    g, s = (fold(x).replace(" ", "").replace("'", "") for x in (p.given, p.surname))
    local = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g}", f"{g}{s}{p.born.year % 100:02d}",
                        f"{g}.{s}{rng.randint(1, 99)}",
                        f"{s}{p.born.year}", f"{g}_{s}", f"famille.{s}",
                        f"{g}{rng.choice(['76', '50', '27', '14'])}"])
    domains = ("btinternet.com", "gmail.com") if p.origin.name == "british" else DOMAINS
    return f"{local}@{rng.choice(domains)}"


def address(rng: random.Random) -> str:
    code, town = rng.choice(TOWNS)
    town = town.upper() if rng.random() < 0.25 else town
    num = f"{rng.randint(1, 148)}{rng.choice(['', '', '', ' bis', 'B', ' ter'])}"
    if rng.random() < 0.22:
        lieu = rng.choice(LIEUX)
        return rng.choice([f"{lieu}, {code} {town}", f"lieu-dit {lieu} {code} {town}",
                           f"{num} {lieu} - {code} {town}",
                           f"hameau {lieu}, {code} {town}"])
    street = rng.choice(STREETS)
    return rng.choice([f"{num} {street}, {code} {town}", f"{num}, {street} {code} {town}",
                       f"{num} {street} {code} {town}",
                       f"{num} {street} - {code} {town}", f"{num} {street}\n{code} {town}"])


def ident(rng: random.Random, kind: str) -> str:
    n = rng.randint
    forms = {"MUT": [f"{n(100, 999)} {n(100, 999)} {n(100, 999)}", f"{n(10**7, 10**8 - 1)}",
                     f"{n(1000, 9999)} {n(1000, 9999)} {n(1, 99):02d}",
                     f"ADH-{n(100000, 999999)}", f"{n(10**9, 10**10 - 1)}"],
             "DOS": [f"D28-{n(1000, 9999)}", f"{n(10000, 99999)}", f"K{n(100000, 999999)}",
                     f"28/{n(1000, 9999)}",
                     f"KIN-{n(2026, 2028)}-{n(100, 9999):04d}"],
             "BOOK": [f"RDV-{n(1000, 9999)}-{rng.choice('ABCDEFGHJKMNPQRSTUVWXYZ')}{n(10, 99)}",
                      f"#{n(10**6, 10**7 - 1)}", f"BK{n(100000, 999999)}", f"R{n(10, 99)}X{n(1000, 9999)}"],
             "AT": [f"{n(100, 999)} {n(100, 999)} {n(100, 999)}", f"2028-05-{n(10000, 99999)}",
                    f"AT{n(10**8, 10**9 - 1)}",
                    f"{n(10**9, 10**10 - 1)}", f"S{n(100000, 999999)}/28"]}
    return rng.choice(forms[kind])


def title(rng: random.Random, p: Person) -> str:
    if p.origin.name == "british" and rng.random() < 0.5:
        return "Mrs" if p.sex == "f" else "Mr"
    options = ["Mme", "Mme", "Madame", "MME", "Mme."] if p.sex == "f" else ["M.", "M.", "Monsieur", "Mr",
                                                                            "Mr."]
    return rng.choice(options)


class Note(dict):
    """The placeholders of a template, drawn the first time a template asks for them."""

    def __init__(self, rng: random.Random, band: str, rel: str, hard: bool, origin: str | None = None):
        super().__init__()
        self.rng, self.hard, self.flags = rng, hard, set()
        self.used: list[str] = []
        self.p = draw_person(rng, band, origin)
        self.rel, kin_band, kin_sex, same = self.relative(band, rel)
        surname = self.p.surname if same else None
        self.r = draw_person(rng, kin_band, self.p.origin.name if rng.random() < 0.8 else None, kin_sex,
                             surname)
        self.c = draw_person(rng, "A", sex="f" if rng.random() < 0.85 else "m")
        self.n = draw_person(rng, rng.choice("OA"))

    def relative(self, band: str, rel: str) -> tuple[str, str, str, bool]:
        rng = self.rng
        if band == "K" or rel == "parent":
            sex = rng.choice("ffm")
            return ("mère" if sex == "f" else "père"), "A", sex, rng.random() < 0.75
        if band == "O":
            noun, kb, sex, same = rng.choice([("fille", "A", "f", False), ("fils", "A", "m", True),
                                               ("épouse", "O", "f", True), ("mari", "O", "m", True),
                                               ("petite-fille", "Y", "f", False),
                                               ("belle-fille", "A", "f", False),
                                               ("neveu", "A", "m", False), ("nièce", "A", "f", False)])
            return noun, kb, sex, same
        sex = "m" if self.p.sex == "f" else "f"
        nouns = ["conjoint", "compagnon", "mari"] if sex == "m" else ["compagne", "femme"]
        return rng.choice(nouns), "A", sex, rng.random() < 0.4

    def name(self, p: Person, first: bool = True, titled: bool = True) -> str:
        rng = self.rng
        adult = p.born.year < 2010
        t = f"{title(rng, p)} " if titled and adult and rng.random() < 0.75 else ""
        if first and self.hard and p is self.p:
            self.hard = False
            form = rng.randrange(10)
            if form == 0:
                return t + nom(f"{p.surname.upper()} {p.given.lower()}")
            if form == 1:
                typo = slip(p.surname, rng)
                probe = {"text": typo, "spans": [{"start": 0, "end": len(typo), "kind": "NOM"}]}
                typo = p.surname if reused_words(probe, name_words, TAKEN) else typo
                return t + nom(f"{p.given} {typo}")
            if form == 2:
                return t + nom(rng.choice([f"{p.given[0]}. {p.surname}", f"{p.surname} {p.given[0]}."]))
            if form == 3 and p.sex == "f":
                maiden = rng.choice(ROWS[(p.origin.name, "s")])
                link = rng.choice([" née ", " ép. ", " (nom de jeune fille) "])
                return t + nom(f"{p.given} {p.surname}") + link + nom(maiden)
            if form == 4 and p.sex == "m" and p.born.year < 1965:
                nick = nom(rng.choice(ROWS[("nicknames", "m")]))
                return t + nom(p.surname) + rng.choice([f" dit {nick}", f" ({nick})", f" dit « {nick} »"])
            if form == 5:
                other = rng.choice(ROWS[(p.origin.name, "s")])
                return t + nom(f"{p.given} {p.surname}-{other}")
            if form == 6:
                return t + nom(fold(f"{p.given} {p.surname}"))
            if form == 7:
                return t + nom(f"{p.surname}, {p.given}")
            if form == 8 and t:
                return t.strip() + "." * (not t.strip().endswith(".")) + nom(p.surname)
            return t + nom(f"{p.surname.upper()} {p.given.upper()}")
        if not first and not adult:
            return nom(p.given)
        if not first:
            titled_surname = (t or f"{title(rng, p)} ") + nom(p.surname)
            return titled_surname if rng.random() < 0.6 else nom(p.given)
        form = rng.random()
        if form < 0.55:
            return t + nom(f"{p.given} {p.surname}")
        if form < 0.72:
            return t + nom(f"{p.surname.upper()} {p.given}")
        if form < 0.85:
            return t + nom(f"{p.surname} {p.given}")
        if not adult:
            return nom(f"{p.given} {p.surname}")
        return (f"{title(rng, p)} " if titled else "") + nom(p.surname)

    def __missing__(self, key: str) -> str:
        rng, p, r = self.rng, self.p, self.r
        makers = {
            "P": lambda: self.name(p), "PN": lambda: self.name(p, titled=False),
            "PS": lambda: self.name(p, False),
            "PG": lambda: nom(p.given), "PCAPS": lambda: nom(f"{p.surname.upper()} {p.given.upper()}"),
            "R": lambda: self.name(r, titled=False), "RS": lambda: self.name(r, False),
            "RG": lambda: nom(r.given),
            "kin": lambda: possessive(self.rel, self.r.sex),
            "Kin": lambda: definite(self.rel, self.r.sex).capitalize(),
            "e": lambda: "e" * (p.sex == "f"), "il": lambda: "elle" if p.sex == "f" else "il",
            "le": lambda: "la" if p.sex == "f" else "le",
            "lepatient": lambda: "la patiente" if p.sex == "f" else "le patient",
            "C": lambda: self.name(self.c), "N": lambda: self.name(self.n),
            "TEL": lambda: tag("TEL", phone(rng, p)), "TEL2": lambda: tag("TEL", phone(rng, p, fixed=True)),
            "RTEL": lambda: tag("TEL", phone(rng, r)), "CTEL": lambda: tag("TEL", phone(rng, self.c)),
            "NIR": lambda: tag("NIR", nir(rng, p)), "DDN": lambda: tag("DDN", ddn(rng, p)),
            "EMAIL": lambda: tag("EMAIL", email(rng, p)), "REMAIL": lambda: tag("EMAIL", email(rng, r)),
            "ADR": lambda: tag("ADRESSE", address(rng)),
            **{k: (lambda k=k: tag("ID", ident(rng, k))) for k in ("MUT", "DOS", "BOOK", "AT")},
            "slot": lambda: keep(self.fresh(slot_text)), "slot2": lambda: keep(self.fresh(slot_text)),
            "fslot": lambda: keep(full_slot(rng)), "staff": lambda: keep(rng.choice(STAFF_FORMS)),
            "staff2": self.other_staff,
            "hosp": lambda: keep(rng.choice(HOSP)),
            "town": lambda: rng.choice(TOWNS)[1], "age": lambda: str((TODAY - p.born).days // 365),
            "mutname": lambda: rng.choice(MUTS), "job": lambda: rng.choice(JOBS),
            "club": lambda: rng.choice(CLUBS),
            "school": lambda: rng.choice(SCHOOLS), "n": lambda: str(rng.choice([6, 8, 10, 12, 15, 20, 30])),
        }
        value = makers[key]()
        self[key] = value
        return value

    def other_staff(self) -> str:
        first = self.get("staff", "[[K|-")[4]
        return keep(self.rng.choice([f for f in STAFF_FORMS if f[0] != first]))

    def fresh(self, draw) -> str:
        text = draw(self.rng)
        while text in self.used:
            text = draw(self.rng)
        self.used.append(text)
        return text


# (band of the patient, who the relative is, weight, templates); [..] kept, {..} drawn
SCENARIOS = [("A", "spouse", 16, r"""
Appel de {P} ({TEL}) : souhaite décaler son RDV du {slot} avec {staff}, propose {slot2}. Rappeler svp.
msg répondeur 8h52 - {P}, {TEL}, a une ordonnance de {n} séances pour [lombalgie chronique], demande un 1er
  RDV
  en fin de journée, travaille en 3x8 ({job}).
{P} a appelé : ne pourra pas venir {slot}, sa [cruralgie] s'est réveillée. Rappeler au {TEL} après 18h.
{P} ({job}) demande si {staff} peut {le} prendre avant {slot}, [tendinite de l'épaule] droite. Tél {TEL}.
Mr/Mme ? {P} - rappeler au {TEL} - veut savoir si le cabinet fait la [rééducation périnéale], mutuelle
  {mutname}.
RAPPEL : {P} attend un retour pour son bilan [canal carpien] opéré au {hosp}. portable {TEL} / fixe {TEL2}
{P} annule {slot} (panne de voiture à {town}), redonner un créneau avec {staff}. {TEL}
Nouveau patient : {PN}\nNé(e) le {DDN}\nTél : {TEL}\nAdresse : {ADR}\nMotif : [sciatique] L5-S1\nVu par :
  {staff}
{P} rappelle pour la 3e fois, très mécontent{e} : personne ne l'a rappelé{e} pour le [drainage
  lymphatique]. {TEL}.
  Dossier {DOS}. À traiter en priorité svp.
{Kin} de {P} ({R}, {RTEL}) prévient qu'{il} est bloqué{e} au travail, RDV {slot} annulé.
"""), ("O", "old", 18, r"""
VAD à prévoir pour {P}, {age} ans, {ADR}. [Rééducation à la marche] après [PTH] posée au {hosp}.
  Contact {kin} {R} au {RTEL}. Clé chez la voisine {N}.
{Kin} de {P} ({R}) appelle : {il} est rentré{e} du {hosp} hier, il faut reprendre les séances à domicile.
  Né{e} le {DDN}. Rappeler {kin} au {RTEL}.
{P}, {ADR}, tél {TEL2}. Chute dans l'escalier mardi, [fracture du poignet] plâtrée. Passage {staff} {slot} ?
message répondeur : "oui bonjour c'est {P} euh... je voulais savoir si le kiné passe toujours {slot}...
  c'est au
  {TEL2}... voilà merci"
L'auxiliaire de vie de {P} ({C}, ADMR, {CTEL}) signale que {lepatient} a de plus en plus de mal à se lever.
  Voir avec {staff} pour [kiné respiratoire] + marche.
{P} - [maladie de Parkinson] - {kin} ({R}) demande si on peut décaler les séances au matin. Tél {RTEL}.
Ordonnance reçue par mail de {kin} de {P} : {n} séances [rééducation post AVC] à domicile, {ADR}.
  NIR {NIR}. mail : {REMAIL}
{P}, ferme au {ADR}. Pas de portable, appeler le fixe {TEL2} à l'heure du repas. [Gonarthrose] bilatérale.
Infirmière libérale {C} ({CTEL}) : escarre talon de {P}, voir si {staff2} peut passer avant {slot}.
{P}, {age} ans, EHPAD de {town} chambre 12 : reprise [kiné respiratoire] (BPCO). Né{e} le {DDN}, NIR {NIR}.
la voisine de {P}, {N}, appelle : ne répond plus à la porte pour ses séances, elle s'inquiète. rappeler {TEL}.
Tiers payant {P} : {mutname} n° adhérent {MUT}, NIR {NIR}. Carte vitale pas à jour, voir avec {kin} {R}.
"""),
    ("K", "parent", 12, r"""
{Kin} de {P} ({age} ans) appelle pour [Osgood-Schlatter], certificat pour {club}. Tél {RTEL}, RDV {slot} ok.
Mail de {REMAIL} : Bonjour, je vous envoie l'ordonnance de {P} pour sa [scoliose], en 4e au {school}.
  Est-ce possible le mercredi ? Cordialement {R}
{P}, {age} ans, [maladie de Sever], {kin} {R} ({RTEL}) demande des créneaux après l'école, {staff} ok pour
  {slot}.
[Entorse de la cheville] au hand samedi, {P}, né{e} le {DDN}. Papier de l'assurance du club à remplir.
  {kin} : {R}, {RTEL}.
{P} ({school}) - dispense de sport à faire tamponner - {kin} passe {slot}. {REMAIL}
[Torticolis] {P} né{e} le {DDN}, {kin} {R}, tél {RTEL}, adresse {ADR}.
"""), ("Y", "parent", 8, r"""
{P}, étudiant{e} STAPS, [ligamentoplastie du LCA] au {hosp}. Tél {TEL}. Mail {EMAIL}. Démarrer {slot}.
SMS transféré du {TEL} : "bjr c {PG} pr le rdv de {slot} je pourrai pas jsuis en stage a {town} dsl"
{P} ({club}), [entorse du genou], certificat de reprise pour le 31/05, {staff} {slot}. {TEL}
{Kin} de {P} (lycéen{e}, {age} ans) : autorisation parentale signée, tél {RTEL}, RDV {slot}.
{P}, {age} ans, lycée maritime, [lombalgie] après les chalutiers, NIR {NIR}, DDN {DDN}.
"""), ("A", "spouse", 10, r"""
RDV EN LIGNE\nPatient : {PCAPS}\nDate de naissance : {DDN}\nTéléphone : {TEL}\nEmail : {EMAIL}\nMotif :
  [cervicalgie]\nPraticien : {staff}\nCréneau : {fslot}\nRéf. : {BOOK}
Réservation {BOOK} | {PCAPS} | {TEL} | {EMAIL} | {fslot} | {staff} | 1ère consultation
Annulation en ligne - {PN} - {fslot} - réf {BOOK} - motif : "empêchement"
Nouvelle résa : {PN} ({DDN}), {fslot} avec {staff}. Pas de téléphone renseigné, mail {EMAIL}.
"""), ("A", "spouse", 10, r"""
De : {EMAIL}\nObjet : ordonnance kiné\nBonjour, ci-joint mon ordonnance pour {n} séances de [rééducation de
  l'épaule] ([coiffe des rotateurs]). Je suis dispo le soir. {P}, {TEL}
Fwd: mail de {EMAIL} ({P}) : demande de facture pour {mutname}, adhérent {MUT}, séances d'avril.
SMS de {P} ({TEL}) : "Bonjour je confirme pour {slot}, j'aurai l'ordonnance et la carte vitale. Bonne journée"
{P} nous écrit ({EMAIL}) : a changé d'adresse, nouvelle adresse {ADR}. Mettre à jour le dossier {DOS}.
Demande de devis [dry needling] non remboursé - {P} - {EMAIL}
"""), ("A", "spouse", 10, r"""
AT du 02/05 : {P}, {job}, [lombalgie aiguë] après port de charge. N° AT {AT}. NIR {NIR}. Tél {TEL}.
  Feuille d'accident à apporter {slot}.
Accident du travail - {P} - n° de sinistre {AT} - [entorse du poignet] - employeur : {job} - 1ère séance
  {slot}
{P} ({job}) : reprise en mi-temps thérapeutique, [tendinopathie d'Achille], prise en charge AT {AT},
  RDV {slot} avec {staff}, DDN {DDN}.
Maladie pro, [syndrome de De Quervain], {P}, dossier {DOS}, NIR {NIR}, adresse {ADR}.
"""), ("A", "british", 6, r"""
{P} (résidence secondaire à Varengeville) called, speaks little French, [back pain] after gardening.
  Mobile {TEL}, email {EMAIL}. Proposé {slot} avec {staff}.
Mrs/Mr ? {PN}, cottage {ADR}, [frozen shoulder] = [capsulite rétractile], anglais seulement, {TEL}.
{P} anglais{e}, en vacances à Étretat, [entorse de cheville] sur la falaise, pas de carte vitale, paiement
  direct.
  {TEL}. {EMAIL}
"""), ("A", "spouse", 12, r"""
Tiers payant à vérifier : {P}, NIR {NIR}, mutuelle {mutname} n° {MUT}.
Ordonnance scannée - {PN} - né(e) le {DDN} - {n} séances [rééducation du rachis] - {mutname} {MUT}
{P} a oublié sa carte vitale, NIR donné par téléphone : {NIR}. Mutuelle {mutname}.
Fiche patient : {PCAPS}, {ADR}, tél {TEL}, NIR {NIR}, mutuelle {MUT}, médecin traitant : voir courrier.
{P} conteste la facture du dossier {DOS}, dit avoir payé par chèque. Rappeler au {TEL}.
{P} / {kin} {R} : les deux veulent des RDV à la suite, {slot} et {slot2}. {TEL}
"""), ("A", "spouse", 11, r"""
{P} a appelé pour un RDV.
{P} sera en retard ce soir, prévenir {staff}.
{P} a déposé son ordonnance dans la boîte aux lettres, pour [hallux valgus] opéré.
Annulation {P}, {slot}, pas de motif.
{P} demande si {staff} fait les [vertiges positionnels]. Rappeler.
{P} : séance prévue {slot} déplacée à {slot2} à sa demande.
{P} ({town}) : [capsulite] toujours douloureuse, demande si on peut ajouter des séances.
"""), ("-", "none", 14, r"""
Appel masqué à 9h10, pas de message.
Une dame a appelé pour les tarifs du [drainage lymphatique], n'a pas laissé de nom. Rappellera.
{staff} pas là {slot}, décaler ses patients de l'après-midi.
Livraison des tables de massage reportée à {slot}. Le livreur rappellera.
Un monsieur de {town} demande si le cabinet prend de nouveaux patients pour [rééducation post-op PTG]. Pas
  de nom.
Rappel : réunion du cabinet {slot}, {staff} et {staff2}.
Message illisible sur le répondeur (vent, appel d'un bateau ?) - rien à faire.
La CPAM a appelé pour une question générale sur les [séances de kiné respiratoire], pas de patient concerné.
{staff} demande qu'on bloque {slot} pour sa formation [méthode McKenzie].
Cabinet fermé le jeudi de l'Ascension, prévenir les patients de {staff}.
Quelqu'un a appelé de {town} pour un devis [ondes de choc], a raccroché avant de donner son nom.
""")]


def make_note(rng: random.Random) -> list:
    block_i = rng.choices(range(len(SCENARIOS)), [w for _, _, w, _ in SCENARIOS])[0]
    band, rel, _, block = SCENARIOS[block_i]
    template = kept(rng.choice(templates(block)).replace("\\n", "\n"))
    hard = band != "-" and rng.random() < 0.2
    note = Note(rng, "A" if band == "-" else band, rel, hard, "british" if rel == "british" else None)
    tails = ["\nRappeler au {TEL}", " - tél {TEL}", "\nMail : {EMAIL}", " (DDN {DDN})", "\nNIR {NIR}",
             " dossier {DOS}", "\nAdresse : {ADR}", " - mutuelle {MUT}"]
    if band != "-" and rng.random() < 0.3:
        tail = rng.choice(tails)
        if tail[tail.index("{"):tail.index("}") + 1] not in template:
            template += tail
    if "{staff" not in template and rng.random() < 0.25:
        template += rng.choice([" - pour {staff}", " (patient{e} de {staff})"] * (band != "-")
                               + ["\nTransmis à {staff}.",
                                " / {staff} prévenu"])
    text = template.format_map(note)
    fragments = join_names(parse(text))
    case = rng.random()
    note.flags.add(f"scenario {block_i}")
    if case < 0.11:
        fragments = [(t.lower(), k) for t, k in fragments]
        note.flags.add("lower-case note")
    elif case < 0.15:
        fragments = [(t.upper(), k) for t, k in fragments]
        note.flags.add("capitals")
    if hard and not note.hard:
        note.flags.add("hard")
    FLAGS.append(note.flags)
    return fragments


FLAGS: list[set[str]] = []


def check(r: dict) -> None:
    check_unlabelled(r, name_words)
    check_no_staff(r, name_words)


def main() -> None:
    records = write(OUT, PREFIX, NOTES, SEED, make_note, check,
                    lambda rs: check_blind_set(rs, NOTES, name_words, TAKEN, 0.3, (0.08, 0.16)))
    report(records, OUT, FLAGS, sum("hard" in f for f in FLAGS))


if __name__ == "__main__":
    main()
