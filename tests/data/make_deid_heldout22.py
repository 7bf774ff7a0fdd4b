"""Blind held-out set 22 for the de-identifier: 300 call notes of a kinésithérapie practice in the Antilles.

Written 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists, the
tests nor bench were opened, and the de-identifier was not run on the notes. The earlier sets (the
corpus, held-out sets 1 to 21, the hard cases) were read by program only, through
heldout_markup.taken_tokens, to refuse any name word they hold.

Setting: an ordinary month (October 2027) of a cabinet de kinésithérapie working in Guadeloupe and
Martinique (Pointe-à-Pitre, Les Abymes, Baie-Mahault, Le Gosier, Sainte-Anne, Basse-Terre,
Capesterre-Belle-Eau, Marie-Galante; Fort-de-France, Le Lamentin, Schœlcher, Le Robert, Le François,
Sainte-Luce, Le Diamant). Its patients are Guadeloupean and Martinican families, families of Indian
descent, Syrian-Lebanese families, békés, Haitians and Dominicans, civil servants and retirees from
metropolitan France, tourists from Canada, the US and Europe. The notes are what the secretaries
type: answering-machine transcripts (a little Creole), online-booking exports, forwarded e-mails and
SMS, home visits, relatives and carers calling, prescriptions, tiers payant, sport and school papers,
work accidents (banana plantations, the port, building sites), the hurricane season. About twenty
notes are all in lower case, about one in nine holds no identifier, one in seven a harder name form
(lower case, surname first or bare after a verb, a relative by nickname only, a surname that is an
ordinary word, a particle, a double surname, a typo, brackets).

Labelling: NOM for patients, relatives, carers, neighbours (a title M./Mme stays outside the span),
never the staff of deid_staff.json, which is kept (K). TEL, NIR, DDN (birth dates only), EMAIL,
ADRESSE (house number or lieu-dit through postcode and town; a town alone is not marked), ID
(mutuelle, dossier, booking, accident numbers). Kept (K): appointment slots, staff names, clinical
terms, hospitals and eponyms. Companies, clubs, schools and employers are plain text. No doctor
outside the practice is named.

Run from tests/data: ../../.venv/bin/python make_deid_heldout22.py  (writes deid_heldout22.jsonl)
"""

from __future__ import annotations

import datetime as dt
import random
import re

from heldout_markup import (
    HERE,
    Cast,
    Fragments,
    Person,
    SlotPlaceholders,
    age,
    check_blind_set,
    check_no_staff,
    check_unlabelled,
    fold,
    join_names,
    keep,
    kept,
    load_pools,
    name_parts,
    nom,
    parse,
    pick,
    pooled_names,
    possessive,
    refuse_used_names,
    report,
    slip,
    tag,
    taken_tokens,
    templates,
    words,
    write,
)

NOTES = 300
SEED = 22_2027
PREFIX = "j"
OUT = HERE / "deid_heldout22.jsonl"
# The hard cases were checked too when this set was written; they have since taken cases from it.
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 22)))
TODAY = dt.date(2027, 10, 15)
PARTICLES = {"de", "du", "des", "d", "la", "le", "l"}

POOLS = """
gp f: Gerty Rosemay Léonise Yvanna Kettia Marlyne Fleurette Ghyslène Loréna Ménélia Clémentia Elyse
  Mérise Nelcie Ovidie Cyrilia
gp m: Harly Wilhem Wendell Gustin Othniel Stéphanus Lloyd Elphège Hermann Nelzir Saturnin Télémaque
gp s: Beauzor Dérussy Erepmoc Ganot Loyson Siobud Tirolien Bibrac Céranon Jabol Pansard Dessout Nomertin
  Ecanvil Bellemare Cocoyer Fléreau Gaydu Nétoul Jalton Ladal Néron Frixe Cabrion Sonor Laguerre
mq f: Lyliane Kétura Ketsia Lyvia Odélie Noëlise Ismérie Daniella Ketly
mq m: Fritz Ludger Dorlis Rosan Gesner Osman Ulrich Thélus
mq s: Monplaisir Nilor Lordinot Boclé Cidalise Éloidin Mauvois Pavilla Rosemain Sainville Clénard Ravoteur
  Mondor Nubul Bardury
ind f: Savitry Indra Lakshmi Pavadée Ganga Soundarie Rajalakshmi Vidya Saroja Kanta
ind m: Ganessin Soupramanien Ramsamy Canabady Mouttou Sandrin Velleyen Nagamoutou Sinaman Ponnin
ind s: Sinnapin Nagapin Ragouvin Mardaye Soubaya Pérumal Vélayoudom Sitcharn Moutien Narcin Chingan
  Moutoucomorapoulé Ponnoussamy Latchoumanin Sinivassin
syl f: Rana Hiba Najwa Mouna Yolla Jinane Maha
syl m: Tanios Wadih Chadi Ziad Ramzi Nadim Marwan Issam
syl s: Hajjar Nassar Boustany Sabbagh Hayek Ghantous Saadé Chidiac Tabet Fayad Daher Boulos Chahine Rizk
  Sfeir Abi-Nader Bou-Saab
beke f: Hombeline Ysaure Sybille Domitienne
beke m: Foulques Geoffroy Childéric Jehan Oudard Rainier
beke s: Hayot Aubéry Despointes Lareinty Viviès Huyghues Cottrell Bonnaire Dormoy Assier Crassous
  Plissonneau Elizé
hai f: Guerda Wislande Roselaure Tamara Nathacha Mirline Esthermène Lovely Rosena Jesula Yvrose Manouchka
hai m: Dieuseul Fritznel Wisler Ricardo Wilguens Ronald Dieuvel Fénel Maxo Wiltord
hai s: Bélizaire Dorismond Vilsaint Bazelais Mondésir Jolicoeur Dorcé Métellus Jasmin Charlestin Estimé
  Fleurimond Desroches Théodat Ostiné
dom f: Yokasta Yaneris Altagracia Dahiana Yudelka Arelis Ysabel Nairovi Keila Yanelly
dom m: Yunior Wascar Anyelo Starlin Wandy Rafelito Yeison Deivi Edwar Cristian
dom s: Almonte Tavárez Polanco Frías Batista Guzmán Peralta Mejía Ureña Minaya Paulino Solano
metro f: Mélusine Fanchon Ombline Guenièvre
metro m: Gwenhaël Tanneguy Audren Florestan
metro s: Rouxel Chabert Kerboriou Malécot Duvigneau Bardèche Moncorgé Villemin Hautecœur
can f: Lysanne Nathaly Mireya Chantale Roxanne
can m: Réjean Normand
can s: Tremblay Gagnon Lévesque Ouellet Bergeron Thibodeau Lapointe Bélanger Desjardins Gravel
  Bissonnette Archambault Cormier Lachance Vaillancourt
us f: Ashley Megan Brittany Courtney Kaitlyn Brianna Shelby Madison-Rae Kelsey
us m: Bradley Tyler Dustin Garrett Chase Colton Dalton Trent Wyatt
us s: Whitaker McAllister Brennan Hutchins Prescott Gallagher Dunleavy Carmichael Stroud
eu f: Anke Greet Sanne Svenja Lieke
eu m: Jürgen Matthijs Torsten Jasper Kees
eu s: Vermeulen Claeys De_Smedt Pedrazzini Oberhauser Wuyts Scholz Bianchini
"""
FACTS = {  # origin -> (weight, INSEE codes of birth countries, birth places of a NIR)
    "local": (34, "", ""),
    "gp": (0, "", "97120 97120 97101 97103 97113 97105 97107 97128 97112"),
    "mq": (0, "", "97209 97209 97213 97229 97222 97210 97227 97206"),
    "ind": (9, "", "97120 97107 97209 97222"),
    "syl": (5, "205 206", "97209 97120"),
    "beke": (4, "", "97209 97213 97222"),
    "hai": (7, "410", ""),
    "dom": (4, "408", ""),
    "metro": (14, "", "75114 69123 13055 33063 59350 35238 44109 31555"),
    "can": (4, "401", ""),
    "us": (3, "404", ""),
    "eu": (3, "109 131 127", ""),
}
ORIGINS, _ = load_pools(POOLS, {k: v for k, v in FACTS.items() if k != "local"})
WORD_SURNAMES = words("Prudent Désir Solitude Agricole Plaisir Lafortune Beaujour Laventure Patience Vertu")
PARTICLE_SURNAMES = ["de Jaham", "de Reynal", "d'Abzac", "du Quesnay", "de Lucy", "de Laguarigue",
                     "de Linval"]
NICKNAMES = words("Titine Nono Choupette Dédé Loulou Gogo Ti-Mano Fifine Bébette Féfé Kiki Ti-Boy")
KIN = [("fille", "f", True), ("fils", "m", True), ("mari", "m", True), ("épouse", "f", True),
       ("sœur", "f", True), ("nièce", "f", False), ("voisine", "f", False), ("petit-fils", "m", True),
       ("compagnon", "m", False), ("belle-fille", "f", False), ("frère", "m", True)]
CARERS = ["aide à domicile", "auxiliaire de vie", "infirmière libérale", "aide-soignante"]
HARD_FORMS = {"lower": 3, "surname-first": 3, "after-verb": 3, "nickname": 3, "word-surname": 2,
              "particle": 2, "double-surname": 2, "typo": 2, "brackets": 2}

TOWNS = {
    "gp": [("Pointe-à-Pitre", "97110"), ("Les Abymes", "97139"), ("Baie-Mahault", "97122"),
           ("Le Gosier", "97190"), ("Sainte-Anne", "97180"), ("Basse-Terre", "97100"),
           ("Capesterre-Belle-Eau", "97130"), ("Grand-Bourg", "97112")],
    "mq": [("Fort-de-France", "97200"), ("Le Lamentin", "97232"), ("Schœlcher", "97233"),
           ("Le Robert", "97231"), ("Le François", "97240"), ("Sainte-Luce", "97228"),
           ("Le Diamant", "97223")],
}
PLAIN_TOWNS = {"gp": ["Pointe-à-Pitre", "Les Abymes", "Baie-Mahault", "Le Gosier", "Sainte-Anne",
                      "Basse-Terre", "Capesterre-Belle-Eau", "Marie-Galante"],
               "mq": [town for town, _ in TOWNS["mq"]]}
STREETS = ["rue Frébault", "boulevard Légitimus", "rue de la République", "chemin de Bellevue",
           "route de la Plaine", "allée des Flamboyants", "rue des Hibiscus", "impasse des Manguiers",
           "route du Morne Rouge", "rue du Canal", "chemin des Raisiniers", "boulevard de la Marne"]
PLACES = ["Résidence Les Alizés, bât. C", "lieu-dit Fond Cacao", "section Grande Savane",
          "cité Bon Air, appt 14", "lotissement Les Balisiers", "quartier Morne Vert", "lieu-dit Bois Neuf"]
MAIL_HOSTS = ["wanadoo.fr", "orange.fr", "gmail.com", "outlook.fr", "yahoo.fr", "hotmail.com",
              "mediaserv.net"]
CLINICAL = words("""lombalgie cervicalgie entorse_de_cheville ligamentoplastie_LCA capsulite_rétractile
    maladie_de_Parkinson AVC drainage_lymphatique kiné_respiratoire syndrome_de_Sever
    maladie_d'Osgood-Schlatter canal_carpien séquelles_de_chikungunya drépanocytose prothèse_de_hanche
    tendinite_de_la_coiffe sciatique rééducation_périnéale hernie_discale fracture_du_poignet""")
KID_CLINICAL = words("""entorse_de_cheville syndrome_de_Sever maladie_d'Osgood-Schlatter scoliose
    kiné_respiratoire bronchiolite pieds_plats fracture_du_poignet""")
WORK_CLINICAL = words("""lombalgie hernie_discale fracture_du_poignet entorse_de_cheville sciatique
    tendinite_de_la_coiffe lésion_du_ménisque traumatisme_du_rachis""")
HOSPITALS = {"gp": ["CHU de Guadeloupe", "CHU de Pointe-à-Pitre", "centre hospitalier de Basse-Terre"],
             "mq": ["CHU de Martinique", "CHU Pierre-Zobda-Quitman", "centre hospitalier du Lamentin"]}
STAFF_FORMS = ["Sophie Lemoine", "Julien Martin", "Karim Haddad", "Sophie", "Julien", "Karim"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


def name_words(name: str) -> set[str]:
    return name_parts(name, PARTICLES)


# ---------------------------------------------------------------------------------------------
# Calendar of the slots (October and early November 2027, no year: never a birth date)


def slot_day(rng: random.Random) -> dt.date:
    day = dt.date(2027, 10, 4) + dt.timedelta(days=rng.randrange(38))
    return day if day.weekday() < 5 else day - dt.timedelta(days=day.weekday() - 4)


def clock(rng: random.Random) -> tuple[int, int]:
    return rng.randrange(7, 19), rng.choice([0, 0, 15, 30, 30, 45])


def slot_text(rng: random.Random) -> str:
    day, (hour, minute) = slot_day(rng), clock(rng)
    hm = f"{hour}h{minute:02d}" if minute else f"{hour}h"
    name = DAYS[day.weekday()]
    style = rng.randrange(4)
    if style == 0:
        return f"{name} {hm}"
    if style == 1:
        return f"le {day.day:02d}/{day.month:02d} à {hm}"
    if style == 2:
        return f"{name[:3]}. {day.day} {MONTHS[day.month - 1][:3]}. {hour:02d}:{minute:02d}"
    return f"{name} {day.day} à {hm}"


def full_slot(rng: random.Random) -> str:
    day, (hour, minute) = slot_day(rng), clock(rng)
    return f"{DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1]} à {hour}h{minute:02d}"


# ---------------------------------------------------------------------------------------------
# People


def birth(rng: random.Random, low: int, high: int) -> dt.date:
    return TODAY - dt.timedelta(days=rng.randrange(low * 365, high * 365))


def person(rng: random.Random, origin_name: str, sex: str, low: int, high: int, surname: str = "") -> Person:
    origin = ORIGINS[origin_name]
    given = rng.choice(origin.given_f if sex == "f" else origin.given_m)
    return Person(given, surname or rng.choice(origin.surnames), sex, origin, birth(rng, low, high))


def cast(rng: random.Random, region: str) -> Cast:
    origin = pick(rng, {k: w for k, (w, _, _) in FACTS.items() if w})
    origin = region if origin == "local" else origin
    patient = person(rng, origin, rng.choice("fm"), 18, 92)
    noun, sex, shared = rng.choice(KIN)
    relative = person(rng, origin, sex, 16, 80, patient.surname if shared else "")
    carer = person(rng, region, "f", 22, 60)
    kid = person(rng, origin, rng.choice("fm"), 5, 17)
    parent = person(rng, origin, rng.choice("fm"), 30, 50, kid.surname)
    return Cast(patient, relative, (noun, sex, shared), carer, rng.choice(CARERS), kid, parent)


# ---------------------------------------------------------------------------------------------
# Identifiers


def phone_digits(rng: random.Random, region: str) -> tuple[str, str]:
    """A national number and its country code: local, metropolitan or a tourist's."""
    roll = rng.random()
    tail = "".join(rng.choice("0123456789") for _ in range(6))
    if roll < 0.8:
        prefix = rng.choice(["0590", "0690", "0691"] if region == "gp" else ["0596", "0696", "0697"])
        return prefix + tail, "590" if region == "gp" else "596"
    return rng.choice(["06", "07"]) + rng.choice("12345678") + rng.choice("0123456789") + tail, "33"


def phone(rng: random.Random, region: str, tourist: bool) -> str:
    if tourist:
        area = rng.choice(["514", "418", "450", "617", "305", "212"])
        num = f"{rng.randrange(200, 999)}{rng.randrange(1000, 9999)}"
        return rng.choice([f"+1 {area} {num[:3]} {num[3:]}", f"+1 ({area}) {num[:3]}-{num[3:]}",
                           f"1-{area}-{num[:3]}-{num[3:]}", f"+1{area}{num}"])
    national, country = phone_digits(rng, region)
    pairs = " ".join(national[i:i + 2] for i in range(0, 10, 2))
    rest = national[1:]
    styles = [pairs, pairs.replace(" ", "."), pairs.replace(" ", "-"), national,
              f"{national[:4]} {national[4:6]} {national[6:8]} {national[8:]}",
              f"+{country} {rest[:3] if country != '33' else rest[0]} " + " ".join(
                  rest[i:i + 2] for i in range(3 if country != "33" else 1, 9, 2)),
              f"+{country}{rest}", f"00{country} {rest}", f"(+{country}) {rest}"]
    return rng.choice(styles)


def nir(rng: random.Random, p: Person) -> str:
    abroad = p.origin.abroad.split()
    if abroad and (rng.random() < 0.75 or not p.origin.departments):
        place = "99" + rng.choice(abroad)
    else:
        place = rng.choice(p.origin.departments)
    sex = 1 if p.sex == "m" else 2
    body = f"{sex}{p.born.year % 100:02d}{p.born.month:02d}{place}{rng.randrange(1, 999):03d}"
    key = 97 - int(body) % 97
    if rng.random() < 0.12:
        key = (key + rng.randrange(1, 90)) % 97 + 1  # a wrong key, as typed
    if rng.random() < 0.4:
        return body + f"{key:02d}"
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:]} {key:02d}"


def birth_date(rng: random.Random, day: dt.date) -> str:
    d, m, y = day.day, day.month, day.year
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d}/{m}/{y}",
                       f"{d:02d}.{m:02d}.{y}", f"{d:02d}-{m:02d}-{y}",
                       f"{'1er' if d == 1 else d} {MONTHS[m - 1]} {y}",
                       f"{y}-{m:02d}-{d:02d}", f"{d:02d}{m:02d}{y}"])


def email(rng: random.Random, p: Person) -> str:
    g, s = (re.sub(r"[^a-z]", "", fold(x)) for x in (p.given, p.surname))
    local = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g}{p.born.year % 100:02d}", f"{g}{s}{p.born.year}",
                        f"{g}_{s}972" if rng.random() < 0.5 else f"{s}{g[0]}971"])
    return f"{local}@{rng.choice(MAIL_HOSTS)}"


def address(rng: random.Random, region: str) -> str:
    town, code = rng.choice(TOWNS[region])
    town = town.upper() if rng.random() < 0.2 else town
    if rng.random() < 0.4:
        return f"{rng.choice(PLACES)}, {code} {town}"
    number = f"{rng.randrange(1, 120)}{rng.choice(['', '', '', ' bis', 'B'])}"
    return rng.choice([f"{number} {rng.choice(STREETS)}, {code} {town}",
                       f"{number}, {rng.choice(STREETS)} {code} {town}"])


def ident(rng: random.Random, kind: str) -> str:
    n = rng.randrange(10**6, 10**7)
    letters = "".join(rng.choice("ABCDEFHKMNPRTXZ") for _ in range(2))
    forms = {"mut": [f"{n}", f"{n // 1000:04d} {n % 1000:03d} {rng.randrange(10, 99)}", f"MUT-{n}"],
             "dos": [f"{letters}-27-{n % 10000:04d}", f"D{n}", f"2027/{n % 100000:05d}"],
             "book": [f"RDV-{letters}{n % 100000:05d}", f"{letters}{n}", f"#{n}{letters[0]}"],
             "at": [f"AT-2027-{n % 100000:05d}", f"{n}{rng.randrange(10, 99)}", f"97{n} {letters}"]}
    return rng.choice(forms[kind])


# ---------------------------------------------------------------------------------------------
# The notes: templates in the gold markup, `[..]` around what is kept


SCENARIOS = [(kept(block), weight) for block, weight in [("""
Répondeur {slot} : {p} demande à décaler sa séance de {clin}, rappeler au {tel}.
Message répondeur : "Bonjou, sé {pn} ki ka kriyé, an pa pé vini {slot}, rapplé mwen {tel}. Mèsi."
Msg répondeur de {p} ({tel}) : bloqué(e) dans les embouteillages {town}, arrivera en retard {slot}.
Répondeur : {r} appelle pour {ps}, qui ne pourra pas venir {slot}. Rappeler le {tel}.
Message laissé {slot} par {pn} : "mwen ka rété {addr}, sé pou vizit a domisil". Tél {tel}.
Rappelé {p} au {tel} : pas de réponse, message laissé pour {slot}.
Prévenu {p} que {staff} est absent(e) {slot}, séance déplacée {slot2}.
""", 14), ("""
Export réservation en ligne\\nPatient : {pn}\\nNé(e) le : {ddn}\\nTél : {tel}\\nMail : {email}
  \\nCréneau : {fslot} avec {staff}\\nRéf. réservation : {book}
Résa web {book} — {pn}, {email}, {tel}. Motif : {clin}. Créneau {fslot}.
Nouvelle réservation en ligne : {p}, ddn {ddn}, {slot} ({clin}) chez {staff}. Réf {book}.
""", 9), ("""
Mail transféré par {staff} :\\n« Bonjour, je suis {p}, en vacances {town} jusqu'au 30. Mon médecin
  m'a prescrit 10 séances de {clin}. Pouvez-vous me prendre {slot} ? Mon numéro : {tel}. Cordialement,
  {pg} »
SMS reçu du {tel} : "bjr c {pn}, ok pour {slot}, merci"
SMS de {r} : "Bonjour, {pg} ne viendra pas {slot}, hospitalisation. Merci de rappeler au {tel}"
Mail de {email} : {p} envoie sa carte mutuelle (adhérent {mut}) pour le tiers payant.
""", 10), ("""
Visite à domicile {slot} pour {p}, {addr}. {clin}, vu par {staff}. Code portail à demander au {tel}.
VAD : {p}, {years} ans, {clin}. Adresse : {addr}. Prévenir {aide} qui ouvre. {staff} y va {slot2}.
Domicile {p} : changement d'adresse, désormais {addr}. Tél fixe {tel}, portable {tel2}.
""", 9), ("""
Appel de {r} pour {p} ({years} ans) : souhaite des séances à domicile après sa sortie du {hosp}.
  Rappeler au {tel}.
{aide} appelle pour {ps} : pas de séance {slot}, elle est fatiguée. Reprendre avec {staff} {slot2}.
{r} a téléphoné : {ps} est tombé(e) hier, on annule {slot}. Joignable au {tel}.
Appel de {aide} ({tel}) : {p} n'a plus de bons de transport, voir avec la famille. NIR {nir}.
""", 11), ("""
Ordonnance reçue pour {p}, né(e) le {ddn} : 15 séances de {clin}. N° SS {nir}. 1re séance {slot}.
Prescription scannée : {p}, NIR {nir}, {clin}, dossier {dos}. Bilan par {staff}.
Ordonnance de {pn} expirée, demander une nouvelle au médecin traitant. Tél {tel}. Vu avec {staff}.
""", 9), ("""
Tiers payant : {p}, sécu {nir}, mutuelle n° {mut}. Attestation à scanner.
TP refusé pour {pn} (mutuelle {mut}), {staff} rappelle au {tel} pour régulariser.
{p} : carte Vitale pas à jour, NIR {nir}, ddn {ddn}. Mutuelle {mut}.
""", 9), ("""
Certificat de non contre-indication au foot pour {kid}, né(e) le {kddn}, demandé par {par} ({tel}).
{par} appelle pour {kg} ({kclin}) : attestation pour le collège, dispense de sport jusqu'à {slot}.
Bilan {kclin} pour {kid} ({kage} ans), club de hand {town}. Parent : {par}, {pmail}.
""", 8), ("""
Accident du travail : {p}, ouvrier agricole sur une plantation de bananes à Capesterre, {wclin}.
  N° AT {at}. Tél {tel}. Début des séances {slot}.
AT {at} — {p}, docker au port, {wclin}. Dossier {dos}. Employeur prévenu. Séance {slot} avec {staff}.
{p} (chantier {town}), suivi par {staff} : chute d'échafaudage ({wclin}), AT n° {at}, né(e) le {ddn}.
  Rappeler au {tel}.
""", 7), ("""
Vigilance orange cyclone : séance de {p} {slot} reportée {slot2}. Prévenu au {tel}.
Tempête tropicale : {r} signale que {ps} est bloqué(e) {town}, routes coupées. Rappeler {slot}.
Coupure d'électricité au cabinet : {p} replacé(e) {slot} avec {staff}. Confirmé par SMS au {tel}.
""", 6), ("""
Dossier {dos} : {p}, ddn {ddn}, domicilié(e) {addr}. Mail {email}.
Nouveau patient pour {staff} : {p}, né(e) le {ddn}, {tel}. Adressé par le {hosp} pour {clin}.
""", 6)]]
BARE = templates(kept("""
Cabinet fermé {slot} : vigilance rouge cyclone, toutes les séances sont reportées. Voir [Sophie Lemoine].
Alerte météo : [Julien] annule ses VAD {slot} {town}, routes inondées.
Groupe électrogène en panne, pas de [drainage lymphatique] {slot}. Prévenir [Karim].
Réunion d'équipe {slot} avec [Karim Haddad] et [Sophie Lemoine]. Pas de rendez-vous ce créneau.
Commande de bandes et de gel pour [Julien Martin], livraison prévue {slot}.
Appel sans message laissé sur le répondeur {slot}, numéro masqué.
Le kiné de garde {slot} est [Julien Martin]. Tableau mis à jour.
Plus de créneau pour [kiné respiratoire] avant {slot}, liste d'attente ouverte.
Quelqu'un a appelé pour un [AVC] à domicile {town}, n'a pas laissé de nom. Rappellera {slot}.
Livraison de la table de massage reportée {slot} à cause du cyclone.
Panne du logiciel de réservation en ligne {slot} : noter les RDV à la main.
Stagiaire de l'IFMK présent {slot} avec [Sophie].
"""))
BARE_SHARE = 0.15
LOWER_SHARE = 0.05
HARD_SHARE = 0.26


class Writer(SlotPlaceholders):
    """The placeholders of one note, drawn in the order the template names them."""

    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random, region: str, form: str) -> None:
        self.rng, self.region, self.form = rng, region, form
        self.c = cast(rng, region)
        self.used: set[str] = set()
        self.mentions = 0
        if form in ("word-surname", "particle", "double-surname"):
            self.c.patient.surname = self.special_surname()

    def special_surname(self) -> str:
        if self.form == "word-surname":
            return self.rng.choice(WORD_SURNAMES)
        if self.form == "particle":
            return self.rng.choice(PARTICLE_SURNAMES)
        other = self.rng.choice(self.c.patient.origin.surnames)
        while other == self.c.patient.surname:
            other = self.rng.choice(self.c.patient.origin.surnames)
        return f"{self.c.patient.surname}{self.rng.choice(['-', ' '])}{other}"

    def render(self, template: str) -> str:
        return re.sub(r"\{(\w+)\}", lambda m: getattr(self, m.group(1))(), template)

    def title(self, p: Person) -> str:
        return "Mme" if p.sex == "f" else self.rng.choice(["M.", "Mr"])

    def patient_name(self, with_given: bool) -> str:
        """The patient's name as the note's form writes it; a typo on the first mention only."""
        p, form = self.c.patient, self.form
        surname = slip(p.surname, self.rng) if form == "typo" and not self.mentions else p.surname
        self.mentions += 1
        if form in ("word-surname", "particle", "double-surname", "typo"):
            self.used.add(form)
        if form == "lower":
            self.used.add(form)
            return f"{p.given} {surname}".lower() if with_given else surname.lower()
        if form == "surname-first" and with_given:
            self.used.add(form)
            return f"{surname.upper()} {p.given}"
        return f"{p.given} {surname}" if with_given else surname

    def p(self) -> str:
        if self.form == "after-verb" and not self.mentions:
            self.used.add(self.form)
            return nom(self.patient_name(False))
        if self.form == "brackets" and not self.mentions:
            self.used.add(self.form)
            p = self.c.patient
            return f"{self.title(p)} {nom(self.patient_name(False))} ({nom(p.given)})"
        return f"{self.title(self.c.patient)} {nom(self.patient_name(self.rng.random() < 0.7))}"

    def ps(self) -> str:
        return f"{self.title(self.c.patient)} {nom(self.patient_name(False))}"

    def pn(self) -> str:
        return nom(self.patient_name(True))

    def pg(self) -> str:
        return nom(self.c.patient.given.lower() if self.form == "lower" else self.c.patient.given)

    def r(self) -> str:
        noun, sex, shared = self.c.kin
        rel = self.c.relative
        if self.form == "nickname":
            self.used.add(self.form)
            return f"{possessive(noun, sex)} {nom(self.rng.choice(NICKNAMES))}"
        name = rel.given if shared else f"{rel.given} {rel.surname}"
        return f"{possessive(noun, sex)} {nom(name)}"

    def aide(self) -> str:
        carer = self.c.carer
        return f"l'{self.c.carer_role} {nom(f'{carer.given} {carer.surname}')}"

    def kid(self) -> str:
        return nom(f"{self.c.kid.given} {self.c.kid.surname}")

    def kg(self) -> str:
        return nom(self.c.kid.given)

    def par(self) -> str:
        return f"{self.title(self.c.parent)} {nom(f'{self.c.parent.given} {self.c.parent.surname}')}"

    def tel(self) -> str:
        tourist = self.c.patient.origin.name in ("can", "us") and self.rng.random() < 0.7
        return tag("TEL", phone(self.rng, self.region, tourist))

    tel2 = tel

    def nir(self) -> str:
        return tag("NIR", nir(self.rng, self.c.patient))

    def ddn(self) -> str:
        return tag("DDN", birth_date(self.rng, self.c.patient.born))

    def kddn(self) -> str:
        return tag("DDN", birth_date(self.rng, self.c.kid.born))

    def years(self) -> str:
        return str(age(self.c.patient, TODAY))

    def kage(self) -> str:
        return str(age(self.c.kid, TODAY))

    def email(self) -> str:
        return tag("EMAIL", email(self.rng, self.c.patient))

    def pmail(self) -> str:
        return tag("EMAIL", email(self.rng, self.c.parent))

    def addr(self) -> str:
        return tag("ADRESSE", address(self.rng, self.region))

    def mut(self) -> str:
        return tag("ID", ident(self.rng, "mut"))

    def dos(self) -> str:
        return tag("ID", ident(self.rng, "dos"))

    def book(self) -> str:
        return tag("ID", ident(self.rng, "book"))

    def at(self) -> str:
        return tag("ID", ident(self.rng, "at"))

    def staff(self) -> str:
        return keep(self.rng.choice(STAFF_FORMS))

    def town(self) -> str:
        """A town alone (not marked), with the preposition it takes: à Basse-Terre, au Gosier."""
        town = self.rng.choice(PLAIN_TOWNS[self.region])
        for article, preposition in (("Le ", "au "), ("Les ", "aux ")):
            if town.startswith(article):
                return preposition + town[len(article):]
        return f"à {town}"

    def clin(self) -> str:
        return keep(self.rng.choice(CLINICAL).replace("_", " "))

    def kclin(self) -> str:
        return keep(self.rng.choice(KID_CLINICAL).replace("_", " "))

    def wclin(self) -> str:
        return keep(self.rng.choice(WORK_CLINICAL).replace("_", " "))

    def hosp(self) -> str:
        return keep(self.rng.choice(HOSPITALS[self.region]))


def make_note(rng: random.Random, flags: list[set[str]]) -> Fragments:
    """One note: a bare one, or a scenario with its people, perhaps in a harder name form, perhaps
    typed all in lower case."""
    region = rng.choice(["gp", "mq"])
    bare = rng.random() < BARE_SHARE
    form = pick(rng, HARD_FORMS) if not bare and rng.random() < HARD_SHARE else ""
    writer = Writer(rng, region, form)
    if bare:
        block, template = "bare", rng.choice(BARE)
    else:
        block = rng.choices([s for s, _ in SCENARIOS], [w for _, w in SCENARIOS])[0]
        template = rng.choice(templates(block))
    fragments = join_names(parse(writer.render(template).replace("\\n", "\n")))
    note_flags = {f"region {region}", *writer.used}
    if bare:
        note_flags.add("bare")
    if rng.random() < LOWER_SHARE:
        note_flags.add("lower-case note")
        fragments = [(text.lower(), kind) for text, kind in fragments]
    flags.append(note_flags)
    return fragments


def main() -> None:
    taken = taken_tokens(OUT, EARLIER)
    own = pooled_names(ORIGINS, {}) + WORD_SURNAMES + PARTICLE_SURNAMES + NICKNAMES
    refuse_used_names(own, name_words, taken)
    flags: list[set[str]] = []

    def check(r: dict) -> None:
        check_unlabelled(r, name_words)
        check_no_staff(r, name_words)

    def check_set(rs: list[dict]) -> None:
        check_blind_set(rs, NOTES, name_words, taken, staff_share=0.3, bare=(0.10, 0.20))

    records = write(OUT, PREFIX, NOTES, SEED, lambda rng: make_note(rng, flags), check, check_set)
    hard = sum(bool(f & set(HARD_FORMS)) for f in flags)
    report(records, OUT, flags, hard)


if __name__ == "__main__":
    main()
