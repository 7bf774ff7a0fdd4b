"""Held-out set 21: call notes of a kinésithérapie practice in Burgundy and the Loire valley.

Written 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists,
the tests nor bench were opened, and the de-identifier was not run on the notes. The earlier sets
(the corpus, held-out sets 1 to 20 and the hard cases) were read by program only, through
heldout_markup.taken_tokens, to refuse any name word they hold.

Setting: 300 notes of an ordinary month, September 2027 (la rentrée), at a cabinet de
kinésithérapie working between Dijon, Beaune, Chalon-sur-Saône, Mâcon, Auxerre, Nevers, Orléans,
Tours, Blois, Bourges and Chartres, and the villages of the Morvan, the Sologne, the Berry and the
vineyards. Old rural families, winegrowers, factory, logistics and railway workers, many elderly
patients and the children who call for them, schoolchildren and students back to school and sport,
Portuguese, Turkish, Maghreb, West African and Vietnamese families, Ukrainian refugees and British
retirees. Answering-machine transcripts, online-booking exports, forwarded e-mails and SMS, home
visits, relatives and carers calling, prescriptions, tiers payant, school and sport papers, work
accidents and long rambling notes, in secretary shorthand (rdv, tjrs, pr, ordo, mt, VAD, NRP...).
Drawn to plan: 20 notes all in lower case, 10 in capitals, 34 (about one in nine) with no
identifier at all and 43 (one in seven) with a harder name form, the ten forms in turn: a name in
lower case, surname first, a surname alone after a verb, a relative by given name or by nickname
only, a surname that is an ordinary French word, a particle, a double surname, a typo, brackets.

Labelling (the gold markup of heldout_markup):
- NOM: patients, relatives, carers, neighbours and hosts, a title (M., Mme, Mrs, ...) outside the
  span; the practice's staff (deid_staff.json) are never NOM but kept (K), by given name, full name
  or title and surname (the title outside), a staff name kept whole in about a third of the notes.
  No doctor from outside the practice is named.
- TEL, NIR (keys right or wrong, born abroad as 99), DDN (dates of birth only), EMAIL, ID (mutuelle,
  dossier, booking and work-accident numbers).
- ADRESSE: from the house number, résidence, room or lieu-dit through the postcode and town typed
  in one run; a town alone is not marked, nor is the name of a care home.
- K (kept): appointment slots and message times (never with a year, so none looks like a birth
  date), staff names, clinical terms, hospitals and eponyms ("maladie de Scheuermann").
- Companies, employers, schools and clubs are left unmarked either way.

Run from tests/data: ../../.venv/bin/python make_deid_heldout21.py (writes deid_heldout21.jsonl).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import dataclass

from heldout_markup import (
    HERE,
    Cast,
    Fragments,
    Origin,
    Person,
    SlotPlaceholders,
    age,
    check_blind_set,
    check_no_staff,
    check_unlabelled,
    definite,
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
    write,
)

NOTES = 300
SEED = 21_2027
PREFIX = "i"
OUT = HERE / "deid_heldout21.jsonl"
# The hard cases were checked too when this set was written; they have since taken cases from it.
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 21)))
TODAY = dt.date(2027, 9, 15)
PARTICLES = {"de", "du", "des", "la", "le", "d", "l", "da", "dos"}

# ---------------------------------------------------------------------------------------------
# People

POOLS = """
fr f: Alberte Toinette Muguette Célina Évangéline Georgina Francelyne Léona Nadette Albine Perrette
      Vitaline Zéline Jacquette Edmonde Ninette Odilie Léonore Lysette Déborah Laurine Magalie
      Rébecca Marina Juliana Vérane Claudia Liane Michelle Mona Jeannick Yvelyne
fr m: Edme Symphorien Savinien Aignan Euverte Bonaventure Donat Élisée Maximin Omer Andoche Révérien
      Marien Mesmin Loïck Fabio Johnny Marvin Sullivan Warren Clotaire Yvonnick
fr s: Bourgeon Lavirotte Bouhier Jacquinot Morizot Gauthey Bonnardot Chaumonnot Boissard Quantin Berthaut
      Moissenet Naudin Perreau Gouget Goichot Millot Prudhon Tainturier Bouillot Rebourseau Jobard
      Guenot Raquin Aupetit Chauvat Houdebine Brosseau Chesneau Gatineau Rabusseau Avenet Guillonneau
      Roblot Pautet Laboureau Bidault Lamblin Courtot Ponsard Bachelet Moutot Voillot Gadoux Jeannin
      Grillot Fèvre Rollot Mathey Berthier Parizot Chauveau Monnot Ravaud Piffaut Japiot Dumay
      Terrillon Mignard Buffenoir Virely Bizouard Trapet
fr kf: Célia Norah Yuna Calie Hanaé Mya Victoria Mélina Ava Emy Kiara Lila Maëlia Malia Méline Milla
       Sélène
fr km: Sacha Noham Maé Naïm Marlon Elyas Louka
pt f: Dulce Generosa Laurentina Arlinda Carminda Balbina Ilda Noémia Prazeres
pt m: Custódio Amadeu Celestino Horácio Arménio Baltazar Bernardino Constantino Domingos Fausto Gualter
      Silvestre Inácio Jeremias Marcolino Olímpio Silvino Virgílio
pt s: Quintela Moutinho Valadares Fragoso Magro Bacelar
pt kf: Victoria Mélina Lila
pt km: Diogo Duarte Louka
tr f: Meryem Nurten Sultan Cennet Esma İpek Rukiye Tülay Ümran Necla Saniye Hanife
tr m: Osman Kemal Yusuf Hakan Abdullah Bekir Cemil Faruk Necati Rıza Sadık Selahattin Şükrü Tayfun
      Ufuk Veysel Nevzat Cafer
tr s: Bayrak Ekşi Gürbüz Kartal Kuzu Soylu Tatlı Toprak Ilgaz Karabulut Saygılı
tr kf: Asya Defne Azra
tr km: Eymen Yiğit Emir Arda Kerem Efe Mert
mg f: Dahbia Kheira Louisa Nacera Ghalia Nouria Aldjia Djouher Horia Drifa
mg m: Chabane Abdelhafid Abdelmalek Abdenour Boubekeur Dahmane Djelloul Menad Miloud Mohand Belkheir
      Abdeslam Riad
mg s: Saidi Toumi Aberkane Bouchareb Kerbouche Ouazani Rezig Laouar Oussedik Benkhelifa Fekir Moumen
      Saoudi Yousfi Ammari Cherfaoui Habchi Nemri Rebai
mg kf: Maïssa Alya Norah
mg km: Anas Naïm Elyas
wa f: Fily Kani Korotoumou Nafi Oumy Tenin Yaye Mame
wa m: Cheick Hamidou Kalifa Lassana Madou Mory Samba Yacouba Birama
wa s: Sangaré Kanouté Fofana Tandia Danfakha Dioubaté Guindo Haïdara Mangané Simaga Wagué Djiré Koïta
      Sakho Timbo Bocoum Dicko Nimaga
wa kf: Aïssata Khadidiatou Mya
wa km: Aboubacar Noham Naïm
vn f: Bich Cuc Kim Tam Tuyet Uyen Nhi Suong Thoa
vn m: Kien Thang Toan Chien Khoa Luan Manh Sinh Thinh
vn s: Ong Tieu Tiet Lang Thieu
vn kf: Yuna Hanaé Emy
vn km: Sacha Louka Maé
ua f: Nataliia Yuliia Nadiia Zoriana Ulyana
ua m: Andrii Serhii Volodymyr Dmytro Yurii Ihor Petro Stepan Ostap
ua s: Kushnir Levchenko Ponomarenko Romaniuk Savchuk Danyliuk Yaremchuk Stetsenko Bilyk Zhuk Fedoruk
ua kf: Sofiia Mariia Anastasiia Daryna Solomiia Veronika
ua km: Maksym Matvii Nazar Danylo Yehor Tymofii
gb f: Margaret Hilary Gillian Janet Carol Rosemary Glenys
gb m: Nigel Graham Malcolm Trevor Geoffrey Roy Kenneth Dennis
gb s: Buckley Holloway Pickering Gledhill Marsden Ainsworth Crossley Hebden Oldroyd Rowbotham Waddington
      Yardley Scholes Haworth Bramley Kershaw
"""
FACTS = {  # origin: (weight, INSEE codes of birth countries, birth departments)
    "fr": (54, "", "21 71 89 58 45 37 41 18 28 36"),
    "pt": (8, "139", "21 71 45 37 18"),
    "tr": (7, "208", "21 71 89 58 45"),
    "mg": (10, "352 350 351", "21 71 45 37 28 18"),
    "wa": (7, "341 335 330 326", "21 45 37 41 58"),
    "vn": (4, "243", "21 45 37"),
    "ua": (5, "155", ""),
    "gb": (5, "132", ""),
}
ORIGINS, KIDS = load_pools(POOLS, FACTS)
ORIGIN_WEIGHTS = {name: weight for name, (weight, _, _) in FACTS.items()}
NICKNAMES = {"f": ["Mimi", "Cricri", "Poupette", "Zaza", "Minou", "Gigi", "Nini", "Fifi"],
             "m": ["Dédé", "Nono", "Titi", "Loulou", "Kiki", "Coco"]}
WORD_SURNAMES = ["Perdrix", "Moisson", "Faucon", "Serrurier", "Chaudronnier", "Vitrier", "Lièvre", "Caille"]
PARTICLE_SURNAMES = ["de La Brosse", "d'Anglade", "de Montessus", "de La Ferrière", "des Essarts"]
MAIL_DOMAINS = {"gb": "btinternet.com outlook.com gmail.com", "ua": "ukr.net gmail.com",
                "": "orange.fr wanadoo.fr laposte.net free.fr sfr.fr gmail.com hotmail.fr yahoo.fr"}

# Birth years of a kind of patient; a relative as (noun, sex, shares the surname, and the span of
# their birth year after the patient's).
YEARS = {"old": (1931, 1952), "adult": (1961, 2005), "kid": (2008, 2021), "uk": (1945, 1961),
         "any": (1935, 2003), "carer": (1966, 2001)}
KIN_OLD = [("fille", "f", False, 22, 36), ("fils", "m", True, 22, 36), ("belle-fille", "f", True, 20, 38),
           ("gendre", "m", False, 20, 38), ("petite-fille", "f", False, 44, 62),
           ("petit-fils", "m", True, 44, 62), ("nièce", "f", False, 15, 35), ("neveu", "m", False, 15, 35),
           ("sœur", "f", False, -8, 8), ("frère", "m", True, -8, 8), ("épouse", "f", True, -4, 6),
           ("mari", "m", True, -6, 4)]
KIN_ADULT = [("épouse", "f", True, -4, 6), ("mari", "m", True, -6, 4), ("compagne", "f", False, -5, 8),
             ("compagnon", "m", False, -8, 5), ("mère", "f", True, -32, -20), ("père", "m", True, -35, -22),
             ("sœur", "f", False, -8, 8), ("frère", "m", True, -8, 8)]
KIN_KID = [("mère", "f", True, -40, -22), ("mère", "f", False, -40, -22), ("père", "m", True, -42, -24),
           ("grand-mère", "f", False, -65, -45)]
CARER_ROLES = {"f": ["aide à domicile", "infirmière libérale", "auxiliaire de vie",
                     "aide-soignante du SSIAD"],
               "m": ["infirmier libéral", "aide à domicile", "auxiliaire de vie"]}
CARER_ORIGINS = {"fr": 50, "mg": 20, "wa": 15, "pt": 10, "tr": 5}
HARD_FORMS = ("lower-case name", "surname first", "after a verb", "kin by given name", "nickname",
              "word surname", "particle", "double surname", "typo", "brackets")
FRENCH_FORMS = ("word surname", "particle", "nickname")  # forms only a French family's names take


def titled(title: str, name: str) -> str:
    return f"{title} {name}" if title else name


def name_words(name: str) -> set[str]:
    return name_parts(name, PARTICLES)


def birth(rng: random.Random, years: tuple[int, int]) -> dt.date:
    return dt.date(rng.randint(*years), rng.randint(1, 12), rng.randint(1, 28))


def given_name(rng: random.Random, origin: Origin, sex: str, child: bool) -> str:
    if child:
        return rng.choice(KIDS[(origin.name, sex)] or KIDS[("fr", sex)])
    return rng.choice(origin.given_f if sex == "f" else origin.given_m)


def other_surname(rng: random.Random, origin: Origin, not_this: str) -> str:
    names = [s for s in origin.surnames if s != not_this]
    return rng.choice(names or origin.surnames)


def draw_person(rng: random.Random, origin: Origin, sex: str, years: tuple[int, int],
                surname: str = "", child: bool = False) -> Person:
    given = given_name(rng, origin, sex, child)
    return Person(given, surname or rng.choice(origin.surnames), sex, origin, birth(rng, years))


def hard_surname(rng: random.Random, hard: str, patient: Person) -> str:
    """The patient's surname as the note's hard form wants it (else unchanged)."""
    if hard == "word surname":
        return rng.choice(WORD_SURNAMES)
    if hard == "particle":
        return rng.choice(PARTICLE_SURNAMES)
    if hard == "double surname":
        second = other_surname(rng, patient.origin, patient.surname)
        return f"{patient.surname} {second}" if patient.origin.name == "pt" else f"{patient.surname}-{second}"
    if hard == "typo" and len(patient.surname) < 5:  # too short to slip on
        return rng.choice([s for s in patient.origin.surnames if len(s) >= 5] or [patient.surname])
    return patient.surname


def life_stage(p: Person) -> str:
    return "kid" if p.born.year >= 2008 else "old" if p.born.year < 1958 else "adult"


def draw_relative(rng: random.Random, patient: Person) -> tuple[Person, tuple[str, str, bool]]:
    table = {"kid": KIN_KID, "adult": KIN_ADULT, "old": KIN_OLD}[life_stage(patient)]
    rows = [row for row in table if not (row[0] == "épouse" and patient.sex == "f")
            and not (row[0] == "mari" and patient.sex == "m")]
    noun, sex, shares, low, high = rng.choice(rows)
    year = min(patient.born.year + rng.randint(low, high), 2008)
    origin = patient.origin
    if not shares and rng.random() < 0.3 and origin.name != "gb":
        origin = ORIGINS[pick(rng, {k: w for k, w in ORIGIN_WEIGHTS.items() if k not in ("gb", "ua")})]
    surname = patient.surname if shares else other_surname(rng, origin, patient.surname)
    relative = draw_person(rng, origin, sex, (year, year), surname)
    while relative.given == patient.given:
        relative.given = given_name(rng, origin, sex, child=False)
    return relative, (noun, sex, shares)


def draw_cast(rng: random.Random, origin: Origin, bracket: str, hard: str) -> Cast:
    patient = draw_person(rng, origin, rng.choice("fm"), YEARS[bracket], child=bracket == "kid")
    patient.surname = hard_surname(rng, hard, patient)
    relative, kin = draw_relative(rng, patient)
    carer_sex = "f" if rng.random() < 0.85 else "m"
    carer = draw_person(rng, ORIGINS[pick(rng, CARER_ORIGINS)], carer_sex, YEARS["carer"])
    stage = life_stage(patient)
    parent = patient if stage == "adult" else relative
    family = patient if stage == "kid" else parent
    kid = draw_person(rng, family.origin, rng.choice("fm"), YEARS["kid"], family.surname, child=True)
    while kid.given == patient.given:
        kid.given = given_name(rng, family.origin, kid.sex, child=True)
    return Cast(patient, relative, kin, carer, rng.choice(CARER_ROLES[carer_sex]), kid, parent)


# ---------------------------------------------------------------------------------------------
# Places

TOWNS = """
Dijon|21000|0380|city
Chenôve|21300|0380|city
Talant|21240|0380|city
Beaune|21200|0380|city
Nuits-Saint-Georges|21700|0380|village
Meursault|21190|0380|village
Pommard|21630|0380|village
Saulieu|21210|0380|village
Chalon-sur-Saône|71100|0385|city
Givry|71640|0385|village
Mâcon|71000|0385|city
Cluny|71250|0385|village
Tournus|71700|0385|village
Auxerre|89000|0386|city
Chablis|89800|0386|village
Avallon|89200|0386|village
Quarré-les-Tombes|89630|0386|village
Nevers|58000|0386|city
Château-Chinon|58120|0386|village
Lormes|58140|0386|village
Montsauche-les-Settons|58230|0386|village
Clamecy|58500|0386|village
Orléans|45000|0238|city
Olivet|45160|0238|city
Fleury-les-Aubrais|45400|0238|city
La Ferté-Saint-Aubin|45240|0238|village
Tours|37000|0247|city
Joué-lès-Tours|37300|0247|city
Vouvray|37210|0247|village
Chinon|37500|0247|village
Blois|41000|0254|city
Romorantin-Lanthenay|41200|0254|village
Lamotte-Beuvron|41600|0254|village
Salbris|41300|0254|village
Bourges|18000|0248|city
Sancerre|18300|0248|village
Vierzon|18100|0248|city
Aubigny-sur-Nère|18700|0248|village
Issoudun|36100|0254|village
La Châtre|36400|0254|village
Chartres|28000|0237|city
Lucé|28110|0237|city
Châteaudun|28200|0237|village
"""


@dataclass(frozen=True)
class Town:
    name: str
    postcode: str
    area: str  # the first four digits of a landline there
    village: bool


PLACES = [Town(n, p, a, k == "village")
          for n, p, a, k in (line.split("|") for line in TOWNS.strip().splitlines())]
STREETS = """rue des Tanneries|rue de la Monnaie|rue Paul Bert|avenue Victor Hugo|rue Jean Jaurès|
boulevard de la République|rue des Perrières|avenue de la Gare|chemin des Vignerons|route de Saulieu|
impasse du Lavoir|allée des Tilleuls|place du Marché|quai de la Loire|faubourg Bannier|faubourg de Bourgogne|
mail des Platanes|rue du Puits|rue de la Charité|chemin de la Côte|route de Beaune|place de la Halle|
rue des Écoles|avenue du Stade|impasse des Acacias|allée des Vendanges|rue Basse|rue Haute|quai du Canal|
rue du Four|route de Nevers|boulevard Carnot|rue Denis Papin|chemin des Prés""".replace("\n", "").split("|")
LIEUX = ["Les Grands Champs", "La Croix Blanche", "Le Champ du Puits", "Les Vernes", "La Grange Rouge",
         "Le Pré Long", "Les Bruyères", "La Folie", "Les Charmes", "Le Moulin Neuf", "La Bergerie",
         "Les Gouttes", "La Touche", "Le Petit Bois", "Les Riaux", "hameau de Vaux", "hameau des Granges"]
RESIDENCES = ["Résidence Les Acacias", "Résidence du Parc", "Résidence Les Marronniers",
              "Résidence Le Clos des Vignes", "Résidence Val de Loire", "Résidence Les Lilas"]
CARE_HOMES = ["l'EHPAD Les Tilleuls", "l'EHPAD Les Charmilles", "la maison de retraite du Bon Accueil",
              "l'EHPAD Le Clos Fleuri", "l'EHPAD La Sologne", "la résidence autonomie Les Glycines"]
JOBS = ["à la plateforme logistique de Sennecey", "à la tonnellerie", "à l'usine de pneus",
        "à la cave coopérative", "à l'atelier de maintenance SNCF", "à la fromagerie",
        "chez un négociant en vins de Beaune", "à la scierie", "à l'entrepôt de Saran",
        "à la centrale de Dampierre", "au dépôt de bus", "à la coopérative céréalière"]
SCHOOLS = [  # (from this age, where)
    (5, "à l'école Jules Ferry"), (5, "à l'école du bourg"), (5, "à l'école Pierre et Marie Curie"),
    (11, "au collège Jean Rostand"), (11, "au collège Les Lentillères"), (11, "au collège Gabriel Bridet"),
    (15, "au lycée Hippolyte Fontaine"), (15, "au lycée Jacques Amyot"), (15, "au lycée Pothier"),
    (15, "au lycée Descartes"), (15, "au lycée Henri Brisson"), (15, "au lycée agricole de Fontaines"),
    (18, "à l'IUT de Dijon"), (18, "en STAPS à la fac de Tours"), (18, "en BTS viticulture à Beaune")]
SPORTS = ["au hand", "au foot", "au rugby", "à la gym", "au basket", "au judo", "à l'équitation", "au volley"]

# Kept clinical words and places of care.
CONDITIONS = {
    "old": ["PTH", "PTG", "fracture du col du fémur", "maladie de Parkinson", "rééducation à la marche",
            "syndrome post-chute", "capsulite rétractile", "BPCO", "hémiplégie après AVC",
            "lombalgie chronique", "canal lombaire étroit", "drainage lymphatique", "maladie de Dupuytren",
            "fracture de Pouteau-Colles", "gonarthrose", "coxarthrose", "troubles de l'équilibre"],
    "adult": ["lombalgie", "cervicalgie", "tendinite de l'épaule", "syndrome du canal carpien",
              "épicondylite", "sciatique", "hernie discale L5-S1", "entorse de la cheville",
              "rééducation post-ligamentoplastie", "rééducation périnéale",
              "rupture de la coiffe des rotateurs", "syndrome de Guillain-Barré", "tendinopathie d'Achille",
              "syndrome de Tietze"],
    "kid": ["scoliose", "maladie de Scheuermann", "maladie d'Osgood-Schlatter", "maladie de Sever",
            "entorse de la cheville", "entorse du genou", "pieds plats", "torticolis", "fracture du poignet",
            "syndrome rotulien", "cyphose"],
}
HOSPITALS = ["CHU de Dijon", "CHU Dijon Bourgogne", "hôpital Bretonneau", "hôpital Trousseau",
             "CHR d'Orléans", "CH de Blois", "hôpital Jacques-Cœur", "CH de Chartres", "CH de Nevers",
             "CH d'Auxerre", "CH William Morey", "hospices civils de Beaune", "CH de Mâcon",
             "centre de rééducation de Saint-Gervais"]
PRACTICE = {"Julien": ("Martin", "M."), "Sophie": ("Lemoine", "Mme"), "Karim": ("Haddad", "M.")}  # the staff
STAFF_STYLES = {"given": 3, "full": 2, "title": 2}

# ---------------------------------------------------------------------------------------------
# Identifiers, as typed


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(count))


def alnum(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(count))


def french_phone(rng: random.Random, lead: str) -> str:
    """A ten-digit number starting with `lead` (06, 07, or an area's four digits), in one of the ways
    people type it."""
    number = lead + digits(rng, 10 - len(lead))
    pairs = [number[i:i + 2] for i in range(0, 10, 2)]
    rest = " ".join(pairs[1:])
    forms = [" ".join(pairs), " ".join(pairs), ".".join(pairs), "-".join(pairs), number,
             f"+33 {number[1]} {rest}", f"+33{number[1:]}", f"0033 {number[1]} {rest}",
             f"+33 (0){number[1]} {rest}", f"{pairs[0]} {pairs[1]} {number[4:7]} {number[7:]}"]
    return rng.choice(forms)


def uk_phone(rng: random.Random) -> str:
    if rng.random() < 0.6:
        body = "7" + digits(rng, 9)
        return rng.choice([f"+44 {body[:4]} {body[4:]}", f"0044 {body[:4]} {body[4:7]} {body[7:]}",
                           f"+44{body}", f"0{body[:4]} {body[4:]}"])
    body = rng.choice(["1422", "1274", "1904", "1509"]) + digits(rng, 6)
    return rng.choice([f"+44 (0){body[:4]} {body[4:]}", f"+44 {body[:4]} {body[4:]}"])


def nir(rng: random.Random, p: Person) -> tuple[str, set[str]]:
    """A NIR for `p` as typed, and flags: born abroad, wrong key."""
    abroad = bool(p.origin.abroad) and (not p.origin.departments or p.born.year < 1985)
    place = "99" + rng.choice(p.origin.abroad.split()) if abroad else \
        rng.choice(p.origin.departments) + f"{rng.randint(1, 650):03d}"
    body = f"{1 if p.sex == 'm' else 2}{p.born:%y%m}{place}{rng.randint(1, 999):03d}"
    key, flags = 97 - int(body) % 97, {"nir born abroad"} if abroad else set()
    if rng.random() < 0.12:
        key, flags = rng.choice([k for k in range(1, 98) if k != key]), flags | {"nir wrong key"}
    parts = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], f"{key:02d}"]
    forms = [" ".join(parts), " ".join(parts), "".join(parts), f"{body} {key:02d}",
             f"{' '.join(parts[:-1])} - {key:02d}",
             f"{body[0]}.{body[1:3]}.{body[3:5]}.{body[5:7]}.{body[7:10]}.{body[10:13]}.{key:02d}"]
    return rng.choice(forms), flags


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
SHORT_MONTHS = ["janv.", "févr.", "mars", "avril", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                "déc."]


def day_text(d: dt.date) -> str:
    return "1er" if d.day == 1 else str(d.day)


def birth_text(rng: random.Random, d: dt.date) -> str:
    day = day_text(d)
    forms = [f"{d:%d/%m/%Y}", f"{d:%d/%m/%Y}", f"{d:%d.%m.%Y}", f"{d:%d-%m-%Y}", f"{d:%d/%m/%y}",
             f"{d.day}/{d.month}/{d.year}", f"{day} {MONTHS[d.month - 1]} {d.year}", f"{d:%d%m%Y}",
             f"{d:%Y-%m-%d}", f"{d.day}.{d.month}.{d:%y}", f"{day} {SHORT_MONTHS[d.month - 1]} {d.year}"]
    return rng.choice(forms)


def ascii_word(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


def email(rng: random.Random, p: Person) -> str:
    g, s = ascii_word(p.given), ascii_word(p.surname)
    local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{s}.{g}", f"{g}{s}{p.born:%y}",
                        f"{g}.{s}{rng.randint(2, 99)}", f"famille.{s}", f"{s}{g[0]}"])
    domains = MAIL_DOMAINS.get(p.origin.name, MAIL_DOMAINS[""]).split()
    return f"{local}@{rng.choice(domains)}"


def street_line(rng: random.Random) -> str:
    suffix = rng.choices(["", " bis", " ter", "B"], [8, 2, 1, 1])[0]
    return f"{rng.randint(1, 148)}{suffix} {rng.choice(STREETS)}"


def town_line(rng: random.Random, town: Town) -> str:
    name = town.name.upper() if rng.random() < 0.2 else town.name
    return f"{town.postcode} {name}"


def address(rng: random.Random, town: Town) -> str:
    roll = rng.random()
    if town.village and roll < 0.5:
        lieu = rng.choice(LIEUX)
        named = lieu if lieu.startswith("hameau") else f"lieu-dit {lieu}"
        return rng.choice([f"{named}, {town_line(rng, town)}", f"{lieu}, {town_line(rng, town)}",
                           f"{rng.randint(1, 30)} le Bourg, {town_line(rng, town)}",
                           f"{rng.randint(1, 30)} {lieu} {town_line(rng, town)}"])
    if roll < 0.2:
        flat = f"bât. {rng.choice('ABCD')}, esc. {rng.randint(1, 4)}, appt {rng.randint(1, 48)}"
        return f"{rng.choice(RESIDENCES)}, {flat}, {street_line(rng)}, {town_line(rng, town)}"
    sep = rng.choice([", ", ", ", " ", " - "])
    return f"{street_line(rng)}{sep}{town_line(rng, town)}"


def room_address(rng: random.Random, town: Town) -> str:
    return f"chambre {rng.randint(1, 60)}, {street_line(rng)}, {town_line(rng, town)}"


ID_FORMS: dict[str, Callable[[random.Random], str]] = {
    "mut": lambda r: r.choice([digits(r, 9), f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}",
                               f"A{digits(r, 7)}", f"{digits(r, 2)}-{digits(r, 6)}", f"MU{digits(r, 8)}"]),
    "dos": lambda r: r.choice([f"{r.randint(2019, 2027)}-{digits(r, 5)}", f"K{digits(r, 6)}",
                               f"D{digits(r, 4)}/{digits(r, 2)}"]),
    "book": lambda r: r.choice([f"RDV-{alnum(r, 6)}", alnum(r, 8), f"{alnum(r, 4)}-{alnum(r, 4)}"]),
    "at": lambda r: r.choice([digits(r, 9), f"AT{digits(r, 2)}-{digits(r, 7)}",
                              f"{digits(r, 3)} {digits(r, 3)} {digits(r, 3)}"]),
}

# ---------------------------------------------------------------------------------------------
# Kept slots: September and early October 2027, never with a year

DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
SHORT_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam."]


def slot_day(rng: random.Random, last: int = 37) -> dt.date:
    day = dt.date(2027, 9, 1) + dt.timedelta(days=rng.randint(0, last))
    return day + dt.timedelta(days=1) if day.weekday() == 6 else day


def hour_text(hour: int, minute: int) -> str:
    return f"{hour}h{minute:02d}" if minute else f"{hour}h"


def slot_text(rng: random.Random) -> str:
    d, hour, minute = slot_day(rng), rng.randint(8, 19), rng.choice((0, 0, 15, 30, 45))
    wd, at = d.weekday(), hour_text(hour, minute)
    return rng.choice([f"{DAYS[wd]} {at}",
                       f"{SHORT_DAYS[wd]} {day_text(d)} {SHORT_MONTHS[d.month - 1]} {hour}:{minute:02d}",
                       f"le {d:%d/%m} à {at}", f"{DAYS[wd]} {day_text(d)} à {at}",
                       f"{SHORT_DAYS[wd]} {d:%d/%m} {at}",
                       f"{DAYS[wd]} {day_text(d)} {MONTHS[d.month - 1]} à {at}", f"{DAYS[wd]} prochain {at}"])


def full_slot(rng: random.Random) -> str:
    d, hour, minute = slot_day(rng), rng.randint(8, 19), rng.choice((0, 15, 30, 45))
    return rng.choice([f"{DAYS[d.weekday()]} {day_text(d)} {MONTHS[d.month - 1]} à {hour_text(hour, minute)}",
                       f"{SHORT_DAYS[d.weekday()]} {day_text(d)} {SHORT_MONTHS[d.month - 1]} "
                       f"{hour:02d}:{minute:02d}"])


def stamp_text(rng: random.Random) -> str:
    d = slot_day(rng, 14)
    return f"{SHORT_DAYS[d.weekday()]} {d:%d/%m} {rng.randint(7, 20):02d}:{rng.randint(0, 59):02d}"


# ---------------------------------------------------------------------------------------------
# The writer of one note


class Writer(SlotPlaceholders):
    """Fills the templates of one note: a `{NAME}` is the method `name`, drawn as the note's cast and
    its hard form want it; an identifier is drawn once a note and repeated as typed."""

    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random, cast: Cast, bracket: str, hard: str) -> None:
        self.rng, self.c, self.hard, self.stage = rng, cast, hard, life_stage(cast.patient)
        rural = bracket == "old" and rng.random() < 0.6
        self.town_of = rng.choice([t for t in PLACES if t.village] if rural else PLACES)
        self.nick = rng.choice(NICKNAMES[cast.kin[1]])
        self.memo: dict[str, str] = {}
        self.flags: set[str] = set()
        self.hard_used = False
        self.named = False
        self.neighbour: Person | None = None

    def fill(self, template: str) -> str:
        text = re.sub(r"\{(\w+)\}", lambda m: getattr(self, m.group(1).lower())(), kept(template))
        return text.replace("\\n", "\n")

    def once(self, key: str, draw: Callable[[], str]) -> str:
        if key not in self.memo:
            self.memo[key] = draw()
        return self.memo[key]

    def uses(self, form: str) -> bool:
        """Whether the note's hard form is `form`, noting that it shows."""
        if self.hard == form:
            self.hard_used = True
        return self.hard == form

    # The patient -------------------------------------------------------------------------

    def cased(self, text: str) -> str:
        return text.lower() if self.uses("lower-case name") else text

    def title(self, p: Person) -> str:
        if life_stage(p) == "kid":
            return ""
        if p.origin.name == "gb" and self.rng.random() < 0.7:
            return "Mrs" if p.sex == "f" else "Mr"
        if p.sex == "f":
            return self.rng.choices(["Mme", "Madame", "Mme"], [6, 2, 1])[0]
        return self.rng.choices(["M.", "Monsieur", "Mr"], [6, 2, 1])[0]

    def surname(self) -> str:
        s = self.c.patient.surname
        for form in ("word surname", "particle", "double surname"):
            self.uses(form)
        if self.hard == "typo" and not self.hard_used:
            typed = slip(s, self.rng)
            self.hard_used = typed != s
            return typed
        return s.upper() if self.rng.random() < 0.3 else s

    def pf(self) -> str:
        """The patient named in full, whatever was said before."""
        self.named = True
        p = self.c.patient
        if self.uses("surname first"):
            s = self.surname()
            return self.rng.choice([nom(f"{s.upper()} {p.given}"),
                                    titled(self.title(p), nom(f"{s} {p.given}"))])
        if self.uses("brackets"):
            s = self.surname()
            title = self.title(p)
            if title and self.rng.random() < 0.5:
                return f"({title} {nom(s)})"
            return f"{nom(p.given)} ({nom(s)})"
        given, title, form = self.cased(p.given), self.cased(self.title(p)), self.rng.randrange(4)
        if form == 0 and title:
            return f"{title} {nom(self.cased(self.surname()))}"
        s = self.cased(self.surname())
        return [titled(title, nom(f"{given} {s}")), nom(f"{given} {s}"), nom(f"{given} {s.upper()}"),
                titled(title, nom(f"{given} {s}"))][form]

    def p(self) -> str:
        return self.pt() if self.named else self.pf()

    def pt(self) -> str:
        p = self.c.patient
        if self.uses("brackets"):
            return f"{titled(self.title(p), nom(self.surname()))} ({nom(p.given)})"
        if self.stage == "kid":
            return nom(self.cased(p.given))
        return f"{self.cased(self.title(p))} {nom(self.cased(self.surname()))}"

    def pg(self) -> str:
        return nom(self.cased(self.c.patient.given))

    def ps(self) -> str:
        return nom(self.cased(self.surname()))

    def psu(self) -> str:
        return nom(self.cased(self.surname().upper()))

    def sb(self) -> str:
        """The patient's surname alone after a verb."""
        self.uses("after a verb")
        return nom(self.c.patient.surname)

    def age(self) -> str:
        return str(age(self.c.patient, TODAY))

    def il(self) -> str:
        return "elle" if self.c.patient.sex == "f" else "il"

    def ilc(self) -> str:
        return self.il().capitalize()

    def e(self) -> str:
        return "e" if self.c.patient.sex == "f" else ""

    def ne(self) -> str:
        return "né" + self.e()

    def le(self) -> str:
        return "la" if self.c.patient.sex == "f" else "le"

    def lui(self) -> str:
        return "elle" if self.c.patient.sex == "f" else "lui"

    def maman(self) -> str:
        return "maman" if self.c.patient.sex == "f" else "papa"

    # Relatives, carers, neighbours, children ----------------------------------------------

    def rn(self) -> str:
        rel = self.c.relative
        if self.uses("kin by given name"):
            return nom(rel.given)
        if self.uses("nickname"):
            return nom(self.nick)
        return self.rng.choice([titled(self.title(rel), nom(rel.surname)), nom(f"{rel.given} {rel.surname}"),
                                titled(self.title(rel), nom(f"{rel.given} {rel.surname}"))])

    def rk(self) -> str:
        return possessive(self.c.kin[0], self.c.kin[1])

    def myk(self) -> str:
        return possessive(self.c.kin[0], self.c.kin[1], first_person=True)

    def rkd(self) -> str:
        return definite(self.c.kin[0], self.c.kin[1])

    def r(self) -> str:
        return self.rng.choice([f"{self.rk()} {self.rn()}", f"{self.rk()} ({self.rn()})",
                                f"{self.rn()} ({self.rk()})"])

    def cr(self) -> str:
        return definite(self.c.carer_role, self.c.carer.sex)

    def cg(self) -> str:
        return nom(self.c.carer.given)

    def ca(self) -> str:
        return self.rng.choice([f"{self.cr()} {self.cg()}", f"{self.cg()} ({self.c.carer_role})",
                                f"{self.cr()}, {self.cg()}"])

    def neighbour_person(self) -> Person:
        if self.neighbour is None:
            origin = ORIGINS["fr" if self.rng.random() < 0.8 else pick(self.rng, ORIGIN_WEIGHTS)]
            self.neighbour = draw_person(self.rng, origin, self.rng.choice("ffm"), YEARS["any"])
        return self.neighbour

    def nbn(self) -> str:
        n = self.neighbour_person()
        return self.rng.choice([f"{self.title(n)} {nom(n.surname)}", nom(f"{n.given} {n.surname}"),
                                f"{self.title(n)} {nom(f'{n.given} {n.surname}')}"])

    def nb(self) -> str:
        noun = "la voisine" if self.neighbour_person().sex == "f" else "le voisin"
        return self.rng.choice([f"{self.nbn()}, {noun}", f"{noun} ({self.nbn()})", f"{noun} {self.nbn()}"])

    def kk(self) -> str:
        nouns = {"old": ("petite-fille", "petit-fils"), "kid": ("sœur", "frère"),
                 "adult": ("fille", "fils")}[self.stage]
        sex = self.c.kid.sex
        return possessive(nouns[0] if sex == "f" else nouns[1], sex)

    def kg(self) -> str:
        return nom(self.c.kid.given)

    def k(self) -> str:
        kid = self.c.kid
        return self.rng.choice([f"{self.kk()} {nom(kid.given)}",
                                f"{self.kk()} {nom(f'{kid.given} {kid.surname}')}"])

    # Kept words ---------------------------------------------------------------------------

    def staff(self, key: str, other: str = "") -> str:
        """A member of the staff, kept, drawn once a note under `key`, not the one drawn under `other`:
        by given name, full name, or title and surname."""
        taken = self.memo.get(f"{other} who", "")
        given = self.once(f"{key} who", lambda: self.rng.choice([g for g in PRACTICE if g != taken]))
        surname, title = PRACTICE[given]
        style = self.once(key, lambda: pick(self.rng, STAFF_STYLES))
        if style == "title":
            return f"{title} {keep(surname)}"
        return keep(given if style == "given" else f"{given} {surname}")

    def st(self) -> str:
        return self.staff("st")

    def st2(self) -> str:
        self.staff("st")
        return self.staff("st2", "st")

    def stamp(self) -> str:
        return keep(self.once("stamp", lambda: stamp_text(self.rng)))

    def cond(self) -> str:
        return keep(self.once("cond", lambda: self.rng.choice(CONDITIONS[self.stage])))

    def hosp_with(self, articles: tuple[str, str, str]) -> str:
        """The hospital after its article or preposition: (masculine, before a vowel, plural)."""
        name = self.once("hosp", lambda: self.rng.choice(HOSPITALS))
        if name.startswith("hospices"):
            return f"{articles[2]}{keep(name)}"
        return f"{articles[1 if name[0] in 'aehiou' else 0]}{keep(name)}"

    def au_hosp(self) -> str:
        return self.hosp_with(("au ", "à l'", "aux "))

    def du_hosp(self) -> str:
        return self.hosp_with(("du ", "de l'", "des "))

    def le_hosp(self) -> str:
        return self.hosp_with(("le ", "l'", "les "))

    # Plain words --------------------------------------------------------------------------

    def town(self) -> str:
        return self.town_of.name

    def de_town(self) -> str:
        name = self.town_of.name
        return f"d'{name}" if fold(name[0]) in "aeiou" else f"de {name}"

    def town2(self) -> str:
        return self.once("town2", lambda: self.rng.choice([t.name for t in PLACES if t != self.town_of]))

    def ehpad(self) -> str:
        return self.once("ehpad", lambda: self.rng.choice(CARE_HOMES))

    def job(self) -> str:
        return self.once("job", lambda: self.rng.choice(JOBS))

    def school(self) -> str:
        years = age(self.c.patient, TODAY)
        start = max(first for first, _ in SCHOOLS if first <= years)
        return self.once("school", lambda: self.rng.choice([s for first, s in SCHOOLS if first == start]))

    def sport(self) -> str:
        return self.once("sport", lambda: self.rng.choice(SPORTS))

    # Identifiers --------------------------------------------------------------------------

    def phone(self, p: Person, landline: float) -> str:
        if p.origin.name == "gb" and self.rng.random() < 0.5:
            self.flags.add("uk phone")
            return uk_phone(self.rng)
        lead = self.town_of.area if self.rng.random() < landline else self.rng.choice(["06", "06", "07"])
        return french_phone(self.rng, lead)

    def tel(self) -> str:
        landline = 0.6 if self.stage == "old" else 0.1
        return tag("TEL", self.once("tel", lambda: self.phone(self.c.patient, landline)))

    def tel2(self) -> str:
        return tag("TEL", self.once("tel2", lambda: french_phone(self.rng, self.rng.choice(["06", "07"]))))

    def rtel(self) -> str:
        return tag("TEL", self.once("rtel", lambda: self.phone(self.c.relative, 0.15)))

    def ctel(self) -> str:
        return tag("TEL", self.once("ctel", lambda: french_phone(self.rng, "06")))

    def nbtel(self) -> str:
        return tag("TEL", self.once("nbtel", lambda: french_phone(self.rng, self.town_of.area)))

    def draw_nir(self) -> str:
        text, flags = nir(self.rng, self.c.patient)
        self.flags |= flags
        return text

    def nir(self) -> str:
        return tag("NIR", self.once("nir", self.draw_nir))

    def ddn(self) -> str:
        return tag("DDN", self.once("ddn", lambda: birth_text(self.rng, self.c.patient.born)))

    def kddn(self) -> str:
        return tag("DDN", self.once("kddn", lambda: birth_text(self.rng, self.c.kid.born)))

    def mail(self) -> str:
        return tag("EMAIL", self.once("mail", lambda: email(self.rng, self.c.patient)))

    def rmail(self) -> str:
        return tag("EMAIL", self.once("rmail", lambda: email(self.rng, self.c.relative)))

    def adr(self) -> str:
        return tag("ADRESSE", self.once("adr", lambda: address(self.rng, self.town_of)))

    def eadr(self) -> str:
        return tag("ADRESSE", self.once("eadr", lambda: room_address(self.rng, self.town_of)))

    def number(self, kind: str) -> str:
        return tag("ID", self.once(kind, lambda: ID_FORMS[kind](self.rng)))

    def mut(self) -> str:
        return self.number("mut")

    def dos(self) -> str:
        return self.number("dos")

    def book(self) -> str:
        return self.number("book")

    def at(self) -> str:
        return self.number("at")


# ---------------------------------------------------------------------------------------------
# Templates: `{NAME}` a Writer method, `[..]` kept words, `\n` a line break

ANSWERING_MACHINE = r"""
Msg répondeur {STAMP} : « oui bonjour c'est {P}, je devais venir {SLOT} pour ma séance mais {MYK} ne peut pas
  m'emmener, est-ce qu'on pourrait décaler ? vous pouvez me rappeler au {TEL}, merci, au revoir »
Répondeur {STAMP} : {P} ({AGE} ans) voudrait déplacer sa séance avec {ST} : plutôt {SLOT} que {SLOT2}.
  Rappeler au {TEL} après 18h, sinon {RK} au {RTEL}.
Message laissé {STAMP} : « bonjour, c'est {RN}, j'appelle pour {PT}, {IL} est tombé{E} dimanche, {IL} est
  {AU_HOSP} avec une [fracture du col du fémur] donc pas de séance {SLOT}, je vous tiens au courant. mon
  numéro c'est le {RTEL}. merci »
rép. {STAMP} : {P} annule {SLOT} (grippe), redemande un créneau semaine pro. tél {TEL}
Répondeur {STAMP} : « bonjour, {P}, {NE} le {DDN}, j'ai une ordonnance du médecin pour {COND} et je voudrais
  un rendez-vous avec {ST} si possible, mon numéro c'est le {TEL}, je répète, {TEL}. merci bien »
Msg répondeur ({STAMP}), début coupé : « ...pour {PT} qui habite {ADR}, c'est {R} qui appelle, il faudrait que
  le kiné passe à la maison, {IL} ne peut plus descendre l'escalier. Rappelez-moi au {RTEL} s'il vous plaît »
Répondeur {STAMP} - {P} a perdu sa carte vitale, demande si la séance prévue {SLOT} est maintenue quand même.
  NIR donné au tél : {NIR}. Rappeler au {TEL}.
2 msg sur le répondeur ce matin ({STAMP}) de {P}, tjrs le même souci : ne retrouve pas le cabinet. Lui redire
  au {TEL} que c'est à côté de la pharmacie, rdv {SLOT} avec {ST}.
Répondeur {STAMP} : {RKD} de {PT} (pas compris le prénom) rappelle pour la séance prévue {SLOT}. Numéro laissé
  : {RTEL}.
« allô ? ah c'est le répondeur... bon, c'est {P}, je ne viendrai pas {SLOT}, j'ai les petits-enfants, je
  rappellerai » ({STAMP}, numéro masqué)
Msg {STAMP} : {P} dit que la séance ({SLOT}) lui a fait mal au genou, voudrait parler à {ST} avant la
  prochaine. {TEL}.
"""

BOOKING = r"""
RÉSERVATION EN LIGNE\nRéf. : {BOOK}\nNom : {PSU}\nPrénom : {PG}\nNé(e) le : {DDN}\nTél. : {TEL}\nE-mail :
  {MAIL}\nMotif : {COND}\nPraticien : {ST}\nCréneau : {FSLOT}\nPremière consultation : oui
Nouvelle réservation - {FSLOT} - {ST}\nPatient : {P}\nNaissance : {DDN}\nTél. : {TEL}\nMail :
  {MAIL}\nCommentaire : "ordonnance pour {COND}, je viendrai avec {MYK}"\nRéf. {BOOK}
Annulation en ligne : {P} a annulé {FSLOT} (réf. {BOOK}). Motif saisi : "pas de voiture cette semaine".
  Reproposer un créneau au {TEL}.
Réservation faite par un proche\nRéservé par : {RN} ({RMAIL})\nPour : {P}, {NE} le {DDN}\nMotif : {COND}\nAvec
  : {ST}\nLe : {FSLOT}\nRéf. {BOOK}\nNote : "merci d'appeler plutôt moi au {RTEL}, {IL} entend mal"
Modification de rendez-vous\nPatient : {PF}\nAncien créneau : {FSLOT}\nNouveau créneau : {SLOT}\nRéf. :
  {BOOK}\nTél. : {TEL}
Agenda en ligne - {ST}\n{FSLOT} : {P} ({COND}) - {TEL} - 1ère séance, prévoir le bilan\nréf. {BOOK}
"""

MAIL_OR_SMS = r"""
TR: demande de rdv\nDe : {RN} <{RMAIL}>\nObjet : kiné pour {PT}\n« Bonjour, je vous écris pour {P}, {NE} le
  {DDN}, qui sort {DU_HOSP} ({COND}). Le médecin a prescrit 20 séances à domicile. L'adresse est {ADR}. Je
  suis joignable au {RTEL}. Cordialement »
Mail reçu {STAMP} de {P} <{MAIL}> : demande une facture pour la mutuelle (n° adhérent {MUT}) pour les séances
  d'août avec {ST}.
SMS reçu {STAMP} du {TEL} : "Bjr c {PG} {PS} je serai en retard de 10 min pr mon rdv {SLOT} dsl"
SMS du {RTEL} ({STAMP}) : "bonjour c'est {RN}, {MAMAN} a rdv {SLOT} mais l'ambulance ne peut pas, possible
  {SLOT2} ? merci" -> pour {PT}.
Fwd: ordonnance\nDe : {MAIL}\n« Bonjour, ci-joint l'ordonnance pour mes séances ({COND}). Je suis {P}, dossier
  {DOS}, dispo le matin sauf le mercredi. Bien à vous »
Mail de {RN} ({RMAIL}), {RKD} de {PT} : {IL} entre à {EHPAD} ({EADR}) le 20/09, les séances avec {ST}
  peuvent-elles continuer là-bas ? Réponse à faire par mail.
SMS reçu du {TEL} : "cest {PG} pour {SLOT} je peux venir avec la petite ? elle a pas école" (= {PT})
"""

HOME_VISIT = r"""
VAD {SLOT} chez {P}, {ADR}. Sonner fort, {IL} entend mal. Clé chez {NB}. {COND}, séances avec {ST}.
Visite à dom. : {PT}, {AGE} ans, {ADR}. Portail vert au fond de la cour. {CA} passe le matin, donc venir
  plutôt l'après-midi. Tél. {TEL}, {RK} {RTEL}.
Dom. — {P} — {ADR} — {COND} — 2x/sem. (lun./jeu.) — 1ère séance {SLOT} — contact {R} {RTEL}
A domicile pour {P} ({EHPAD}, {EADR}) : [rééducation à la marche] après chute, {ST} y va {SLOT}. Prévenir
  l'infirmière du service avant.
VAD {P} ({ADR}) : chemin pas goudronné, se garer devant la grange. {ILC} vit seul{E} depuis l'hiver, {CA}
  vient 3 fois par semaine ({CTEL}).
Nouveau patient à domicile : {P}, {NE} le {DDN}, {ADR}. {COND}. NIR {NIR}. Tél {TEL}. {ST} prend, 1er passage
  {SLOT}.
Séance à dom. annulée {SLOT} : {PT} hospitalisé{E} {AU_HOSP} (appel de {R} {RTEL}). Adresse pour la reprise :
  {ADR}.
"""

RELATIVE_CALLING = r"""
Appel de {R} pour {P} ({AGE} ans) : sortie {DU_HOSP} vendredi, {COND}, ordo de 30 séances, voudrait commencer
  {SLOT}. Adresse : {ADR}. Tél {RTEL}.
{RN} ({RK}) appelle : {PT} ne veut plus venir au cabinet, trop fatigué{E}, demande si {ST} peut passer à la
  maison. {ILC} habite {TOWN}. Rappeler {RK} au {RTEL}, pas {LUI} au {TEL}.
{RKD} de {P} ({RN}, tél {RTEL}) s'inquiète : {IL} a encore chuté la semaine dernière. Avancer le rdv, {SLOT} ?
  {ST} d'accord.
Appel {RN}, {RKD} de {PT} : change de numéro, nouveau {RTEL}. Mail : {RMAIL}. Rien d'autre.
{R} appelle pour {PT} : carte vitale introuvable, donne le NIR {NIR} et la date de naissance {DDN}. Séance
  {SLOT} maintenue.
Tél de {RN} : {MAMAN} ({P}) rentre de chez sa sœur à {TOWN2} le 18, reprendre les séances {SLOT}. Attention
  nouvelle adresse : {ADR}.
Appel de {R} : {PT} est chez {RK} jusqu'à fin septembre, suspendre les séances. Reprise prévue {SLOT}. {RTEL}.
"""

CARER_CALLING = r"""
Appel de {CA} (tél {CTEL}) pour {P} : {IL} a du mal à se lever depuis 8 jours, demande si {ST} peut avancer la
  séance, {SLOT} par exemple. Prévenir {RK} ({RTEL}).
{CG}, {CR} de {PT}, signale que le déambulateur est cassé. Voir avec {RK} au {RTEL}. Séance {SLOT} maintenue.
{CR} ({CG}) a laissé un mot : {PT} a de la fièvre, pas de séance {SLOT}. {ILC} rappellera. Tél. : {TEL}.
Appel de {CG} ({CR}) : {P} n'ouvre pas la porte, a-t-on des nouvelles ? Appelé {RK} au {RTEL} : {IL} est chez
  {NB}. RAS.
{CA} demande pour {P} ({ADR}) un passage plus tôt le jeudi, {SLOT} ça irait. Son portable : {CTEL}.
Le SSIAD ({CG}) transmet : {PT}, {COND}, sortie d'hôpital, kiné 3x/sem. à domicile, {ADR}. Tél {TEL}.
"""

PRESCRIPTION = r"""
Ordo reçue par fax pour {P}, {NE} le {DDN} : 15 séances, {COND}, à domicile si besoin. NIR {NIR}. Mutuelle n°
  {MUT}. 1er rdv {SLOT} avec {ST}.
Ordonnance déposée à l'accueil par {R} : {PT}, {COND}, 10 séances, urgent. Dossier {DOS}. Rappeler au {RTEL}
  pour fixer.
Ordo du mt pour {P} : [drainage lymphatique] 2x/sem. Pas de date de naissance dessus, demandée au tél : {DDN}.
  Tél {TEL}.
Renouvellement ordo {PT} ({COND}) : 20 séances de plus. Dossier {DOS}. Prochaine {SLOT}.
Ordo scannée dans le dossier de {P} ({DOS}) : {COND}, compte rendu {DU_HOSP} joint. Bilan {SLOT} avec {ST}.
Ordo illisible pour {P} : en attendant, séance {SLOT}. {ILC} a donné son NIR, {NIR}, et son adresse, {ADR}.
"""

TIERS_PAYANT = r"""
Tiers payant {P} : carte vitale pas à jour, NIR {NIR}, mutuelle adhérent {MUT}, part complémentaire refusée,
  {LE} rappeler au {TEL}.
Rejet télétransmission pour {PT} (dossier {DOS}) : NIR saisi {NIR}, à vérifier avec {LUI} à la séance prévue
  {SLOT}.
{P} a changé de mutuelle au 1er septembre : nouveau n° d'adhérent {MUT}. Attestation reçue par mail ({MAIL}).
CSS pour {P}, {NE} le {DDN} : attestation valable jusqu'en mars. NIR {NIR}. Pas d'avance de frais.
Mutuelle de {PT} : n° {MUT}, pas de tiers payant, {IL} paiera et sera remboursé{E}. Dossier {DOS}.
"""

SCHOOL_AND_SPORT = r"""
{R} appelle pour {P} ({AGE} ans, {SCHOOL}) : {COND} {SPORT} samedi, veut une attestation pour la reprise, rdv
  {SLOT} avec {ST}. Tél {RTEL}.
Rentrée : {P}, {NE} le {DDN}, suivi pour {COND}, reprend les séances le mercredi après les cours, {SLOT}.
  Contact {RN}, {RTEL}, {RMAIL}.
Mail de {RN} <{RMAIL}> : « {P} a repris {SPORT} trop tôt et a de nouveau mal, est-ce que {ST} peut {LE} revoir
  avant {SLOT} ? {IL} est libre le mercredi après-midi »
{P} ({SCHOOL}) : {COND}, dispense de sport jusqu'aux vacances, bilan {SLOT}. {RK} ({RN}) demande un courrier
  pour le prof d'EPS. {RTEL}.
Fratrie : {P} ({COND}) et {K}, bilans le même jour, {SLOT} et {SLOT2}. Parent : {RN}, {RTEL}.
Accident pendant l'EPS ({SCHOOL}) : {P}, {NE} le {DDN}, [fracture du poignet] plâtrée 4 sem. puis kiné.
  Déclaration d'accident scolaire n° {AT}. {R} {RTEL}.
SMS de {RN} ({RTEL}) : "bjr {PG} ne pourra pas venir {SLOT} {IL} a contrôle de maths, on peut mettre {SLOT2}
  ?"
"""

WORK_ACCIDENT = r"""
AT — {P}, {NE} le {DDN}, cariste {JOB}, [lombalgie] suite port de charge le 3/09. N° AT {AT}. NIR {NIR}. 1er
  rdv {SLOT}. Tél {TEL}.
Accident du travail : {PT} ({JOB}), chute d'une échelle, {COND}. Feuille d'AT n° {AT}. Séances {SLOT} et
  {SLOT2}. {TEL}.
{P} : AT du 30/08 pendant les vendanges à {TOWN}, {COND}. Numéro d'AT {AT}, dossier {DOS}. Ne pas facturer la
  mutuelle. Joignable au {TEL} ou {MAIL}.
Appel de {R} pour {PT} : AT {JOB}, n° {AT}, rdv tard le soir, {SLOT} ok. NIR {NIR}.
Horaires décalés ({JOB}) : {P}, {COND} après une chute sur le quai, AT n° {AT}. Préfère {SLOT}. {TEL}.
Intérimaire {JOB} : {P}, {NE} le {DDN}, [entorse de la cheville] sur le quai de chargement, AT {AT}, pas de
  mutuelle. Tél {TEL}, adresse {ADR}.
"""

LONG_NOTE = r"""
Long appel de {R} ce matin pour {P} ({AGE} ans, {TOWN}) : {IL} a fait une chute dans le jardin début
  septembre, le médecin a fait une ordo ({COND}). {RK} travaille {JOB} et ne peut pas l'amener avant 17h30,
  donc {SLOT} ou {SLOT2}.
{P}, {AGE} ans, vit seul{E} à {ADR}. Longue conversation : les vendanges, le chien, la pluie, {RK} qui ne
  vient plus assez... En résumé : {COND}, veut {ST} et personne d'autre, rdv {SLOT}. Tél {TEL}.
Appel (20 min !) de {P} : veut savoir si les séances sont remboursées, si on peut venir chez {LUI}, si {ST}
  est toujours là, et si {RK} peut assister à la séance. Oui à tout. {SLOT}. Tél. {TEL}.
{R} rappelle pour la 3e fois pour {PT} : l'ordo est chez le pharmacien, la carte vitale chez {NB}... bref, on
  verra sur place {SLOT}. {ADR}.
"""

BRITISH_RETIREES = r"""
{P}, retraité{E} britannique installé{E} à {TOWN} : {COND}, parle un peu français. Tél {TEL} ou {TEL2}.
  Adresse : {ADR}. Rdv {SLOT} avec {ST}, qui se débrouille en anglais.
Mail en anglais de {R} <{RMAIL}> : {PT} est tombé{E} en taillant la haie, {COND}, demande un kiné à domicile
  ({ADR}). Numéro : {RTEL}.
{P}, {NE} le {DDN} à Leeds : carte vitale en cours (formulaire S1), NIR {NIR}. Tél {TEL}. {ST} {SLOT}.
{PT} appelle {DE_TOWN} : "I have the rendez-vous {SLOT}, yes ?" oui. Si problème rappeler {RK} : {RTEL}.
{NB} appelle pour {P}, le couple anglais {DE_TOWN} : {IL} ne comprend pas l'ordo ({COND}), rappeler en anglais
  au {TEL}.
"""

UKRAINIAN_REFUGEES = r"""
{P}, réfugié{E} d'Ukraine hébergé{E} chez {NBN} à {TOWN} : {COND}, parle anglais et un peu français. Tél
  {TEL}. NIR {NIR}. Rdv {SLOT} avec {ST}.
Appel de {NBN} (famille d'accueil) pour {P} : {COND}, séances {SLOT} et {SLOT2}, adresse {ADR}. CSS en cours.
{P}, {NE} le {DDN} à Kharkiv, arrivé{E} en 2022 : {COND}. {R} traduit. Tél {RTEL}.
Interprète au tél pour {P} : séances {SLOT} et {SLOT2}, adresse {ADR}, mail {MAIL}.
"""

BARE = r"""
La dame de ce matin a rappelé pour décaler, {SLOT} lui irait, elle n'a pas laissé son nom, rappellera.
Commande de bandes pour le [drainage lymphatique] + papier pour la table 2. Voir avec {ST}.
Cabinet fermé {SLOT} : formation [rééducation vestibulaire] pour {ST}.
Un monsieur a appelé pour savoir si on prend les accidents du travail, sans laisser de numéro.
Info : {LE_HOSP} a changé de fax pour les comptes rendus, penser à mettre à jour.
Un club de foot {DE_TOWN} demande si on fait des bilans pour les U15, rappellera.
Rentrée : beaucoup de demandes pour [scoliose] et [maladie de Sever], garder des créneaux le mercredi
  après-midi.
Ascenseur en panne ce matin, prévenir les patients prévus {SLOT} et {SLOT2}.
Numéro masqué 3 fois ce matin, personne au bout du fil.
Rappel : pas de séances à domicile à {TOWN} le vendredi, {ST} n'est là que le matin.
Message incompréhensible sur le répondeur {STAMP}, juste "c'est pour le rendez-vous". Pas de numéro.
Livraison du nouveau tapis de marche {SLOT}. {ST} s'en occupe.
Réunion d'équipe {SLOT} : planning de la rentrée, remplacement de {ST} pendant les vendanges.
Plateforme de réservation en panne ce matin, prendre les rdv au tél.
Quelqu'un a oublié un parapluie bleu en salle d'attente hier soir.
Un parent demande si on prend les petits pour la [bronchiolite] : oui. Pas de nom donné.
Appel : {LE_HOSP} cherche un kiné pour une sortie vers {TOWN}, pas de nom de patient, rappellera.
L'infirmière du SSIAD {DE_TOWN} rappellera pour un patient de {ST} ([maladie de Parkinson]).
Appel pour savoir si le cabinet est ouvert le samedi matin : oui, de 8h à 12h.
Un patient de {ST} a oublié ses semelles, elles sont à l'accueil.
Pas de séances avec {ST} {SLOT} (formation [ondes de choc]).
Demande d'info pour une [rééducation périnéale] après accouchement, la personne rappellera.
Une dame demande si on fait du [drainage lymphatique] à domicile vers {TOWN} : oui, le mardi.
Le taxi conventionné {DE_TOWN} demande les horaires du mercredi.
Annulation sans nom sur le répondeur ({STAMP}) pour {SLOT}, impossible de savoir qui.
Stagiaire de l'IFMK dès {SLOT}, prévoir une blouse.
Rentrée : les mercredis après-midi sont complets jusqu'à la Toussaint, proposer le samedi matin.
Un élève du lycée agricole cherche un stage d'observation, le renvoyer vers {ST}.
"""

EXTRAS = {
    "old": r"""
{CA} passe tous les matins sauf le dimanche.
{RK} habite {TOWN2} et ne vient que le week-end.
La clé est chez {NB}, qui a aussi le numéro de {RK} ({RTEL}).
Sinon {K} peut l'amener le mercredi.
{KG}, {KK}, lui fait ses courses le samedi.
Attention au chien dans la cour.
Sonner chez {NB} si pas de réponse, fixe {NBTEL}.
{RK} veut un compte rendu pour le médecin, à envoyer à {RMAIL}.
{ILC} confond un peu les jours, rappeler la veille au {TEL}.
Transport : taxi conventionné, bon de transport à faire.
{CA} dit qu'{IL} ne fait plus ses exercices.
En cas d'absence prévenir {RN} ({RK}) au {RTEL}.
A travaillé 40 ans {JOB}, le dos en a pris un coup.
""",
    "adult": r"""
Prévenir {ST2} si annulation.
Paiement par chèque, pas de CB.
Portable : {TEL2} (le fixe ne marche plus).
Déjà venu{E} en 2025 pour {COND} avec {ST}.
Préfère les rdv tôt, avant le travail.
Mail pour les factures : {MAIL}.
Pas encore de carte vitale à jour, apporter l'attestation.
{ILC} demande si {ST} sera là {SLOT2}.
""",
    "kid": r"""
Le club demande une attestation de reprise.
Apporter les radios et le carnet de santé.
{RK} travaille en horaires décalés, préfère {SLOT2}.
{K} (DDN {KDDN}) viendra peut-être aussi pour un bilan.
Pas de rdv pendant les heures de cours.
Facture au nom de {RN}.
""",
    "bare": r"""
Prévenir {ST} si elle rappelle.
Pas urgent.
Vu avec {ST2}.
Noté sur le cahier.
""",
}
HARD_LINES = {
    "after a verb": r"""
Rappeler {SB} avant {SLOT2} pour confirmer.
Relancer {SB} pour l'ordo, tjrs pas reçue.
Prévenir {SB} que la séance prévue {SLOT2} sera avec {ST2}.
Ai rappelé {SB} vers 11h, NRP, msg laissé.
Dire à {SB} d'apporter sa carte vitale.
""",
    "relative": r"""
{R} passera déposer la carte vitale.
C'est {R} qui l'accompagnera {SLOT2}.
Si pb voir avec {R}.
{RN} ({RK}) a les papiers de la mutuelle.
""",
    "patient": r"""
Dossier au nom de {PF}.
Rappeler {PF} si annulation.
Facture à établir au nom de {PF}.
""",
}
SIGNATURES = ["— {ST}", "(pris par {ST})", "Note : {ST}.", "vu avec {ST}."]
SCENES = {  # name: (weight, birth years of the patient, origin or "" for any, templates)
    "answering machine": (12, "any", "", ANSWERING_MACHINE),
    "online booking": (9, "any", "", BOOKING),
    "e-mail or sms": (10, "any", "", MAIL_OR_SMS),
    "home visit": (10, "old", "", HOME_VISIT),
    "relative calling": (13, "old", "", RELATIVE_CALLING),
    "carer calling": (8, "old", "", CARER_CALLING),
    "prescription": (9, "any", "", PRESCRIPTION),
    "tiers payant": (7, "any", "", TIERS_PAYANT),
    "school and sport": (12, "kid", "", SCHOOL_AND_SPORT),
    "work accident": (7, "adult", "", WORK_ACCIDENT),
    "long note": (9, "old", "", LONG_NOTE),
    "british retirees": (4, "uk", "gb", BRITISH_RETIREES),
    "ukrainian refugees": (4, "adult", "ua", UKRAINIAN_REFUGEES),
}
BARE_SCENE = ("any", "", BARE)
PLAN = {"bare": 34, "hard": 43, "lower-case note": 20, "upper-case note": 10}  # notes of each kind


# ---------------------------------------------------------------------------------------------
# Notes


def hard_lines(hard: str) -> list[str]:
    kind = {"after a verb": "after a verb", "kin by given name": "relative", "nickname": "relative"}
    return templates(HARD_LINES[kind.get(hard, "patient")])


def recased(fragments: Fragments, case: str) -> Fragments:
    if case == "lower-case note":
        return [(text.lower(), kind) for text, kind in fragments]
    if case == "upper-case note":
        return [(text.upper(), kind) for text, kind in fragments]
    return fragments


def plan(rng: random.Random) -> list[tuple[str, str]]:
    """What each note is (bare, plain, or the hard name form it shows, the forms taking turns) and its
    case, shuffled: the shares the set is asked for, exactly."""
    kinds = ["bare"] * PLAN["bare"] + [HARD_FORMS[n % len(HARD_FORMS)] for n in range(PLAN["hard"])]
    kinds += ["plain"] * (NOTES - len(kinds))
    cases = ["lower-case note"] * PLAN["lower-case note"] + ["upper-case note"] * PLAN["upper-case note"]
    cases += [""] * (NOTES - len(cases))
    rng.shuffle(kinds)
    rng.shuffle(cases)
    return list(zip(kinds, cases, strict=True))


class NoteMaker:
    """Draws one note a call, in the seeded stream `write` hands it, and keeps each note's flags; the
    first call draws the plan of the set."""

    def __init__(self) -> None:
        self.flags: list[set[str]] = []
        self.plan: list[tuple[str, str]] = []

    def __call__(self, rng: random.Random) -> Fragments:
        self.plan = self.plan or plan(rng)
        kind, case = self.plan[len(self.flags)]
        hard, french = (kind, kind in FRENCH_FORMS) if kind in HARD_FORMS else ("", False)
        scenes = {name: entry[0] for name, entry in SCENES.items() if not (french and entry[2])}
        scene = "bare" if kind == "bare" else pick(rng, scenes)
        bracket, origin, block = BARE_SCENE if kind == "bare" else SCENES[scene][1:]
        origin = origin or ("fr" if french else pick(rng, ORIGIN_WEIGHTS))
        writer = Writer(rng, draw_cast(rng, ORIGINS[origin], bracket, hard), bracket, hard)
        main = rng.choice(templates(block))
        lines = [writer.fill(main)] + [writer.fill(extra) for extra in self.extras(rng, scene, writer.stage)]
        if hard and not writer.hard_used:
            lines.append(writer.fill(rng.choice(hard_lines(hard))))
        if rng.random() < 0.06:
            lines.append(writer.fill(rng.choice(SIGNATURES)))
        joiner = "\n" if "\\n" in main or rng.random() < 0.3 else " "
        self.flags.append({scene, case, f"hard: {hard}" if writer.hard_used else ""} - {""} | writer.flags)
        return recased(join_names(parse(joiner.join(lines))), case)

    @staticmethod
    def extras(rng: random.Random, scene: str, stage: str) -> list[str]:
        pool = templates(EXTRAS["bare" if scene == "bare" else stage])
        count = rng.randint(2, 4) if scene == "long note" else rng.choices([0, 1, 2, 3], [3, 4, 3, 1])[0]
        return rng.sample(pool, count)


def check(record: dict) -> None:
    check_unlabelled(record, name_words)
    check_no_staff(record, name_words)


def main() -> None:
    taken = taken_tokens(OUT, EARLIER)
    names = pooled_names(ORIGINS, KIDS) + NICKNAMES["f"] + NICKNAMES["m"] + WORD_SURNAMES + PARTICLE_SURNAMES
    refuse_used_names(names, name_words, taken)
    maker = NoteMaker()

    def check_set(records: list[dict]) -> None:
        check_blind_set(records, NOTES, name_words, taken, staff_share=0.3, bare=(0.10, 0.20))

    records = write(OUT, PREFIX, NOTES, SEED, maker, check, check_set)
    report(records, OUT, maker.flags, sum(any(f.startswith("hard: ") for f in fl) for fl in maker.flags))


if __name__ == "__main__":
    main()
