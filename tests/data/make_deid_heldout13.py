"""Write `deid_heldout13.jsonl`: a thirteenth held-out set for the de-identifier.

Written 2026-11-28 by a helper session asked for a blind set. Neither the engine (handlers/), its word
lists, its tests nor its benchmark were opened, and the de-identifier was not run on these notes. The
earlier sets (deid_corpus, deid_heldout to deid_heldout12, deid_hard_cases) were read by program only
(heldout_markup.taken_tokens), to refuse any name word they already hold: every patient, relative,
carer and neighbour name here is new to the engine.

Setting: 300 call notes from an ordinary month, January 2027, at a cabinet de kinésithérapie in
Normandy (Rouen, Le Havre, Caen, Cherbourg, Évreux, Dieppe, Lisieux, Fécamp, Elbeuf, Alençon, the
villages of the pays de Caux and the bocage). The people are those one meets there: old Norman
families, dockers and refinery workers, farmers, students in Caen, retirees, families from the
Maghreb, West and Central Africa, Guinea, the Antilles, Portugal, Turkey, Poland, Romania, Ukraine,
Vietnam, Cambodia, Laos, Sri Lanka, Afghanistan, and British people in the Cotentin. The notes are
typed fast: phone calls, answering-machine transcripts, online-booking exports, forwarded e-mails,
SMS, home visits, relatives and carers (SSIAD, auxiliaires de vie, tutelle, curatelle), papers for
school and sport, work accidents at the port, the refinery, the farm or the warehouse. About twenty
notes are typed all in lower case, some without accents, and between a tenth and a fifth carry no
identifier at all. About one note in seven carries one harder yet ordinary name form: a name in lower
case, a surname opening the note or after a verb, a relative or carer called by given name only, a
surname that is an ordinary French word, a particle, a double surname, a slip in a name, a name in
brackets.

Labelling: NOM for the given names and surnames of patients, relatives, carers and neighbours (a title
stays outside the span; doctors outside the practice are never named); TEL, NIR (15 characters with
the key), DDN (birth dates only, with a birth context), EMAIL, ADRESSE (one span from the number, the
lieu-dit or the residence through street, building details, postcode and town when typed in one run;
a town alone is not marked), ID (mutuelle member, dossier, booking and work-accident numbers). Kept
(`[[K|...]]`): appointment days and times, the practice's staff (Julien Martin, Sophie Lemoine, Karim
Haddad), urgency words, clinical terms, hospitals and eponyms.

Standard library and heldout_markup only; fixed seed, so the file regenerates byte for byte:
`cd tests/data && ../../.venv/bin/python make_deid_heldout13.py`.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata

from heldout_markup import (
    HERE,
    STAFF,
    Cast,
    Fragments,
    Origin,
    Person,
    SlotPlaceholders,
    check_blind_set,
    check_no_staff,
    check_unlabelled,
    definite,
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
    templates,
    write,
)

OUT = HERE / "deid_heldout13.jsonl"
# The hard cases were checked too when this set was written; they have since taken cases from it.
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 13)))
SEED = 13_2027
NOTES = 300
PREFIX = "z"
LOWER_NOTES = 20  # notes typed all in lower case
HARD_SHARE = 0.165  # of the notes that name someone: about one note in seven overall
PARTICLES = {"de", "du", "des", "d", "da", "dos", "das", "le", "la", "l", "van", "von", "el", "al", "ben"}

# ---------------------------------------------------------------------------------------------
# Name pools: `origin pool: names`, f/m given names, s surnames, kf/km children's given names.

TABLE = """
normand f: Firmine Gervaise Albertine Séraphine Oriane Aldegonde Rosalba Ginou Berthilde Armandine Gilda
  Ghislène Maryvette Katia
normand m: Aimable Médéric Onésime Jérémy Frédéric Xavier Eudes Tancrède Rollon Ansbert Herbert Léodagar
  Yann Lionnel Félicien Philémon Théophane Zéphirin
normand s: Anquetil Letellier Quesnel Osmont Toutain Vauquelin Tostain Lecanu Féron Leprévost Duboc
  Lecarpentier Delamare Postel Heuzé Mauger Grandin Vautier Hurel Jouen Legrix Thouroude Lebouteiller
  Crochemore Deshayes Lecourtois Groult Lehéricey Lepetit Ozouf Lemeland Brasseur Guillouet Buquet
  Ledentu Lemasson Picquenot Lethuillier Dumesnil Lechevalier Tiphaigne Leménager Hautot Larcher
  Lecrosnier Mabire Lenepveu Letourneur Poulingue Bréard Levillain Guéroult Avenel Lecouturier Leboucher
  Oursel Quibeuf Decaux Turgis Lecointe Lepesqueur Ledanois Hauchecorne Lecacheux Lehodey Lefillastre
  Letourneux Eudeline Drieu Lebrec Feuillye Tesnière Heurtevent Pesqueux Gondouin Lemétayer Boquet
normand kf: Lison Gaïa Mya Célia Léane Mélina Tess Azélie Joy Liv Ilona Naëlle Cléo Maé Aliénor Philippa
  Calypso Marilou Apoline
normand km: Timéo Ruben Sacha Esteban Lény Thélio Nino Lino Virgile
france f: Roseline Claudie Adeline Elouana Pervenche
france m: Mathias Youenn Jakez Alan Judicaël
france s: Leleu Boidin Mabille Rousselot Chauvière Perrochon Gaudichon Brunetière Cathelineau Rabouin
  Faucheux Thibaudeau Brossard
maghreb f: Kheira Ouardia Louiza Rachida Malika Loubna Wassila Ghania
maghreb m: Mohand Hocine Ayoub Nassim Mehdi
maghreb s: Benslimane Belkhir Boukhalfa Guerroudj Lamari Laïdi Ouaddah Bouhired Benabdallah Benjelloun
  Bouras Achour Hadri Mahjoub Sellami
maghreb kf: Yasmine Sirine Hiba Ghita Alya Assil Rim Jinane Manel Souhila Amira Ritaj Lilia
maghreb km: Ilyan Younes Anas Ilies Ayman Ibrahim Mouad Soulaimane Zyad Yassine Haroun Rayane Nizar
  Oussama Bilel
afrique f: Fanta Aïssata Affoué Akissi Amenan
afrique m: Abdoulaye Moussa Yacouba Mamadi Djibril Serigne Bassirou Mountaga Sidiki Amadou Sidy Issiaka
  Yaya Aboubacar Zoumana Fousseyni Bafodé
afrique s: Sangaré Cissokho Sène Mané Samaké Kanouté Sacko Koïta Maïga Bagayoko Coulibali Kouadio Brou
  N'Dri Gnagne Tano Akichi Kacou
centre f: Plamedi Exaucée Bénie Chancelle Falonne Dorcas Priscille Rebecca
centre m: Junior Dieudonné Trésor Fiston Gédéon
centre s: Mbala Tshibanda Kalala Nzuzi Mabiala Nkounkou Bakala Moukoko Fotso Tchoupo Nguema Ondoa Biyong
  Eyenga
guinee f: Hadja Nènè Dalanda Habibatou Kadidiatou Mabinty Djénabou Kankou Salématou
guinee m: Thierno Oury Lansana Alseny Amadou Sory
guinee s: Condé Soumah Kaba Fofana Bangoura Doumbouya
antilles f: Mariette Jessie
antilles m: Harry Fred Frédy Alex Harold Davy Gaby Josué
antilles s: Zadig Démosthène Eucharis Lancrerot Monrose Rigobert Bazile Florentiny Jacoby Magloire
  Ampigny Lorville Belrose Fanfant Tanic
portugal f: Graça Lucinda Isaura Deolinda Natália
portugal m: Adelino Custódio Abílio Domingos Horácio Serafim Silvério Vitorino
portugal s: Gonçalves Gomes Mota Freitas Nunes Lima Campos Vaz Soares Fragoso Pombo Fontes Gouveia
  Alvarenga
turquie f: Ayşe Fatma Emine Hatice Nurcan Dilek Songül Şükran Kübra
turquie m: Hasan İbrahim Osman Yusuf Ramazan Recep Kemal Serkan Burak Tolga Onur Erdal
turquie s: Şahin Aslan Turan Bulut Avcı Kaplan Kaçar Duman Toprak Güler Demirci Koçak Ekinci Yücel
  Bayram Aktaş Kocaman Coşkun Durmaz Sönmez
pologne f: Halina Wiesława Dorota Iwona Elżbieta Renata Barbara Stanisława Genowefa Leokadia Aniela
  Kazimiera Lucyna Jolanta Marzena
pologne m: Zbigniew Tadeusz Czesław Bogdan Grzegorz Mirosław Ryszard Dariusz
pologne s: Kwiatkowski Piotrowski Nowakowski Adamczyk Król Duda Pietrzak Rutkowski Ostrowski Zawadzki
  Borkowski Sokołowski Szczepański Kurek Bielecki Maciejewski
roumanie f: Luminița Rodica Georgeta Alina Nicoleta Gabriela Simona Adriana Mirela Lavinia Corina Bianca
  Denisa
roumanie m: Ionuț Vasile Marian Cătălin Adrian
roumanie s: Marinescu Ungureanu Niculescu Barbu Lazăr Ene Toma Dinu Mocanu
vietnam f: Tuyet Nga Tuyen Vy Hien Quyen Huyen Thom Bich Lien Kim_Chi Ngan
vietnam m: Khanh Thang Trung Tai Loc Thinh Khoa Phong Nhat Hoan
vietnam s: Lai Tieu Phung Vien Hua Lieu
cambodge f: Sreyneang Chanthou Sokha Kalliyan Sothea Vanna Sreymom
cambodge m: Sovann Chhay Vuthy Rithy Sokhom Sambath Dara Bunthoeun
cambodge s: Chea Sok Meas Chhim Ouk Prak Seng Tep Yim Hun Nhem Touch
laos f: Khamphone Souksavanh Vilayvanh Manivone Bouasone Phoutsady Keomany Chanthavy
laos m: Somphone Bounmy Khamla Thongchanh Phetsamone Souphanh
laos s: Sisouphanthong Vongphachanh Keomanivong Inthavong Souvannavong Phimmasone Sayavong Luangrath
  Thammavong Xayavong
srilanka f: Kalaivani Vasuki Thusyanthi Kajani Mathumitha Anushya
srilanka m: Tharmaseelan Kanthasamy Nimalan Thayaparan Kugan
srilanka s: Arumugam Balasubramaniam Ponnuthurai Sabaratnam Paramsothy Vigneswaran Thevarajah
  Suntharalingam Murugesu Jeyaratnam Kumaraswamy Tharmalingam Velupillai
afghan f: Zarghona Nazifa Fereshta Shabnam Parwana Gulalai Mursal Farzana Habiba
afghan m: Farhad Naweed Ajmal Hamid Javid Khalid Shafiq Wahid Zabihullah Rahmatullah Ghulam Mirwais
  Nasrullah
afghan s: Ahmadzai Karimi Stanekzai Noori Sharifi Hashimi Sultani Amiri Wardak Safi Niazi Hotak Durrani
  Samadi Azizi
ukraine f: Nataliia Halyna Liudmyla Yuliia Kateryna Viktoriia Mariia
ukraine m: Serhii Andrii Volodymyr Yurii Vasyl Dmytro Oleh Petro Ihor
ukraine s: Shevchenko Kravchenko Oliinyk Polishchuk Kovalchuk Hnatiuk Boiko Kravets Ponomarenko
  Sydorenko Zinchenko
brit f: Gillian Shirley Beryl Lorna Gwen Heather Fiona Alison Deborah Janice Rosemary
brit m: Nigel Clive Trevor Malcolm Graham Derek Keith Geoffrey Roy Neville Alistair Duncan Rupert
brit s: Whitfield Hargreaves Pemberton Ashworth Cartwright Fairbrother Blackwood Hollingsworth Pickering
  Sutcliffe Greenhalgh Braithwaite Ormerod Fothergill Winterbottom Barraclough Holroyd Calloway Rowntree
  Merriman Tillotson
"""

# origin -> (weight, INSEE codes of the birth countries abroad, birth departments in France)
FACTS: dict[str, tuple[int, str, str]] = {
    "normand": (34, "", "76 14 50 27 61"),
    "france": (12, "", "75 35 29 22 59 62 80 60 72 53"),
    "maghreb": (11, "350 352 351", "76 14 27 75 93"),
    "afrique": (4, "341 335 326", "76 75 93"),
    "centre": (3, "322 324 312", "76 14 75"),
    "guinee": (2, "330", "76 14"),
    "antilles": (3, "", "971 972"),
    "portugal": (5, "139", "76 14 27"),
    "turquie": (4, "208", "76 27 61"),
    "pologne": (2, "122", "76 14"),
    "roumanie": (2, "114", "76 14"),
    "vietnam": (2, "243", "76 75"),
    "cambodge": (1, "234", "76 14"),
    "laos": (1, "241", "76 14"),
    "srilanka": (1, "235", "76 75"),
    "afghan": (1, "212", "76 14"),
    "ukraine": (2, "155", "76 14"),
    "brit": (2, "132", "50"),
}
SLAVIC = {"pologne"}
ORIGINS, KID_NAMES = load_pools(TABLE, FACTS)
WEIGHTS = {name: facts[0] for name, facts in FACTS.items()}

# Harder surnames, each drawn for a note with that flag.
WORD_SURNAMES = ["Bouleau", "Bosquet", "Faucon", "Verger", "Perdrix", "Sabotier", "Cerisier", "Moineau",
                 "Hérisson", "Chardon", "Sureau", "Genêt", "Vannier", "Cormier", "Loriot", "Charbonnier"]
PARTICLE_SURNAMES = ["de Gouberville", "du Mesnildot", "de Bricqueville", "Le Sénécal", "du Hecquet",
                     "d'Osmoy", "de Pierrepont", "Le Véel", "du Moncel", "de Brébeuf", "Le Hérissé",
                     "d'Ouilly", "Le Marquand", "de Tournebu"]


def name_words(name: str) -> set[str]:
    return name_parts(name, PARTICLES)


def all_pool_names() -> list[str]:
    slavic = [slavic_form(s, "f") for o in SLAVIC for s in ORIGINS[o].surnames]
    return pooled_names(ORIGINS, KID_NAMES) + slavic + WORD_SURNAMES + PARTICLE_SURNAMES


# ---------------------------------------------------------------------------------------------
# The month: January 2027 (Monday 4 to Saturday 30), the kept appointment slots.

DAYS = [dt.date(2027, 1, d) for d in range(4, 31) if dt.date(2027, 1, d).weekday() < 6]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
SHORT_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                "déc."]
HOURS = ["8h", "8h30", "9h", "9h15", "10h", "10h45", "11h30", "12h15", "13h30", "14h", "14h30", "15h15",
         "16h", "16h45", "17h30", "18h", "18h30", "19h"]
SATURDAY_HOURS = ["8h30", "9h", "9h45", "10h30", "11h15"]
TODAY = dt.date(2027, 1, 15)


def slot_day(rng: random.Random) -> tuple[dt.date, str, str]:
    day = rng.choice(DAYS)
    hour = rng.choice(HOURS if day.weekday() < 5 else SATURDAY_HOURS)
    return day, WEEKDAYS[day.weekday()], hour


def slot_text(rng: random.Random) -> str:
    day, weekday, hour = slot_day(rng)
    forms = [f"{weekday} {hour}", f"{weekday} {day.day} à {hour}", f"{day.day:02d}/01 à {hour}",
             f"{weekday} {day.day}/01 {hour}", f"{day.day:02d}/01 {hour}", f"{weekday} {day.day} {hour}",
             f"{weekday} {day.day} janv. {hour}"]
    return rng.choice(forms)


def full_slot(rng: random.Random) -> str:
    day, weekday, hour = slot_day(rng)
    return rng.choice([f"{weekday} {day.day} janvier 2027 à {hour}", f"{day.day:02d}/01/2027 à {hour}",
                       f"{weekday.capitalize()} {day.day} janvier, {hour}"])


# ---------------------------------------------------------------------------------------------
# Places, words kept, identifiers

TOWNS = [("76000", "Rouen"), ("76100", "Rouen"), ("76600", "Le Havre"), ("76610", "Le Havre"),
         ("76620", "Le Havre"), ("14000", "Caen"), ("50100", "Cherbourg-en-Cotentin"), ("27000", "Évreux"),
         ("76200", "Dieppe"), ("14100", "Lisieux"), ("76400", "Fécamp"), ("76500", "Elbeuf"),
         ("61000", "Alençon"), ("76190", "Yvetot"), ("76210", "Bolbec"), ("76700", "Harfleur"),
         ("76290", "Montivilliers"), ("50000", "Saint-Lô"), ("61100", "Flers"), ("14400", "Bayeux"),
         ("50700", "Valognes"), ("27300", "Bernay"), ("27400", "Louviers"), ("76300", "Sotteville-lès-Rouen"),
         ("76120", "Le Grand-Quevilly"), ("14200", "Hérouville-Saint-Clair"),
         ("76700", "Gonfreville-l'Orcher")]
VILLAGES = [("76560", "Doudeville"), ("76450", "Cany-Barville"), ("76110", "Goderville"),
            ("76430", "Saint-Romain-de-Colbosc"), ("76280", "Criquetot-l'Esneval"),
            ("76640", "Fauville-en-Caux"), ("76540", "Valmont"), ("76450", "Ourville-en-Caux"),
            ("50340", "Les Pieux"), ("50440", "La Hague"), ("50270", "Barneville-Carteret"),
            ("61700", "Domfront en Poiraie"), ("14310", "Villers-Bocage"), ("61800", "Tinchebray-Bocage"),
            ("14110", "Condé-en-Normandie"), ("76890", "Tôtes"), ("76760", "Yerville"),
            ("76170", "Lillebonne"), ("50600", "Saint-Hilaire-du-Harcouët")]
STREETS = ["rue des Charrettes", "rue Eau-de-Robec", "avenue René-Coty", "boulevard de Strasbourg",
           "rue de Paris", "quai de Southampton", "rue de la République", "rue des Rosiers", "rue Écuyère",
           "rue de Geôle", "boulevard Maréchal-Juin", "avenue de la Libération", "rue Grande",
           "rue du Bel-Air", "allée des Acacias", "rue des Coquelicots", "avenue du 6-Juin", "quai Henri-IV",
           "rue de la Paix", "place du Vieux-Marché", "rue Thiers", "rue de la Halle", "rue Saint-Sever",
           "avenue Foch", "rue du Docteur-Cocteau", "rue des Drapiers", "sente des Glycines",
           "rue du Pont-Mortain"]
LANES = ["chemin des Marettes", "route de Goderville", "impasse des Pommiers", "chemin de la Mare-aux-Chênes",
         "route de Valmont", "chemin des Hêtres", "impasse du Clos-Masure", "route de Fauville",
         "sente aux Moines", "chemin de la Houssaye", "route d'Yvetot", "chemin du Calvaire",
         "impasse des Tilleuls", "route de Bayeux", "chemin de la Vallée", "route des Marais",
         "chemin des Haies", "route du Bocage"]
PLACES = ["lieu-dit Le Clos Bénard", "lieu-dit La Croix Blanche", "hameau du Mont-Rôti",
          "lieu-dit Les Hauts Vents", "La Ferme des Grands Champs", "lieu-dit Le Bas Mesnil",
          "hameau de Bellevue", "lieu-dit La Mare Plate"]
RESIDENCES = ["Résidence les Tilleuls", "Résidence du Parc", "Rés. Le Clos Fleuri",
              "Résidence Les Hortensias", "résidence Le Belvédère", "Résidence Seniors Les Jardins",
              "Résidence Flaubert"]
ESTATES = ["cité des Neiges", "cité du Grand-Hameau", "cité de la Mare-Rouge", "cité Jules-Ferry",
           "cité des Provinces"]
MUTUELLES = ["MGEN", "Harmonie Mutuelle", "Malakoff Humanis", "MNT", "Apréva", "MAAF Santé", "la MSA",
             "Groupama", "Mutuelle Familiale", "AG2R", "CMU-C / C2S", "Mutuelle des Docks"]
DOMAINS = ["gmail.com", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "hotmail.fr", "yahoo.fr",
           "sfr.fr", "outlook.fr", "icloud.com", "neuf.fr"]
CLINICAL = ["lombalgie", "entorse de cheville", "PTH", "PTG", "rééducation post-op", "capsulite rétractile",
            "tendinite de l'épaule", "cervicalgie", "kiné respiratoire", "drainage lymphatique",
            "rééducation périnéale", "fracture du poignet", "ligamentoplastie LCA", "sciatique",
            "hernie discale", "AVC", "lombosciatique", "épicondylite", "coiffe des rotateurs",
            "rééducation vestibulaire", "BPCO", "gonarthrose", "scoliose", "prothèse d'épaule",
            "entorse du genou", "lombalgie chronique", "fracture de la cheville", "rééducation à la marche",
            "syndrome rotulien"]
EPONYMS = ["maladie de Parkinson", "maladie d'Osgood-Schlatter", "maladie de Dupuytren",
           "syndrome de Guillain-Barré", "maladie de Sever", "ténosynovite de De Quervain",
           "maladie de Scheuermann", "maladie de Charcot", "fracture de Pouteau-Colles",
           "syndrome de Sinding-Larsen", "maladie d'Alzheimer", "syndrome de Parsonage-Turner"]
HOSPITALS = ["CHU de Rouen", "CHU Charles-Nicolle", "CHU de Caen", "Groupe Hospitalier du Havre", "GHH",
             "CH Jacques-Monod", "Centre François-Baclesse", "CH de Dieppe", "CH Louis-Pasteur de Cherbourg",
             "CH Eure-Seine", "CH de Lisieux", "CHIC Alençon-Mamers", "CH de Fécamp", "CH d'Elbeuf",
             "centre de rééducation de Granville"]  # all masculine: "au CHU", "du CH"
URGENCY = ["urgent", "URGENT", "en urgence", "très urgent", "prioritaire", "urgence"]
KIN = [("fille", "f", False), ("fils", "m", True), ("mari", "m", True), ("épouse", "f", True),
       ("femme", "f", True), ("belle-fille", "f", False), ("gendre", "m", False), ("petite-fille", "f", True),
       ("petit-fils", "m", True), ("nièce", "f", False), ("sœur", "f", False), ("frère", "m", True),
       ("voisine", "f", False), ("voisin", "m", False), ("compagne", "f", False), ("compagnon", "m", False)]
CARER_ROLES = [("l'auxiliaire de vie", "f"), ("l'aide-soignante du SSIAD", "f"),
               ("l'aide à domicile de l'ADMR", "f"), ("l'infirmière libérale", "f"),
               ("le mandataire UDAF", "m"), ("la curatrice", "f"), ("l'aide-soignant du SSIAD", "m"),
               ("la tutrice", "f")]


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def letters(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(count))


def phone(rng: random.Random, mobile: bool | None = None) -> str:
    """A French number in one of the shapes a secretary types."""
    if mobile is None:
        mobile = rng.random() < 0.65
    number = "0" + rng.choice("67") + digits(rng, 8) if mobile else \
        "02" + rng.choice(["35", "32", "31", "33"]) + digits(rng, 6)
    pairs = [number[i:i + 2] for i in range(0, 10, 2)]
    shapes = {" ".join(pairs): 30, ".".join(pairs): 12, "-".join(pairs): 6, number: 12,
              f"+33 {number[1]} " + " ".join(pairs[1:]): 8, f"+33{number[1:]}": 4,
              f"0033 {number[1]} " + " ".join(pairs[1:]): 4, f"{number[:4]} {number[4:6]} {number[6:]}": 3,
              "/".join(pairs): 2}
    return rng.choices(list(shapes), list(shapes.values()))[0]


def strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFD", text) if not unicodedata.combining(ch)) \
        .replace("œ", "oe")


def born_between(rng: random.Random, first: int, last: int) -> dt.date:
    return dt.date.fromordinal(rng.randint(dt.date(first, 1, 1).toordinal(),
                                           dt.date(last, 12, 31).toordinal()))


def age_on(p: Person) -> int:
    return TODAY.year - p.born.year - ((TODAY.month, TODAY.day) < (p.born.month, p.born.day))


# ---------------------------------------------------------------------------------------------
# People


def draw_origin(rng: random.Random) -> Origin:
    return ORIGINS[rng.choices(list(WEIGHTS), list(WEIGHTS.values()))[0]]


def person(rng: random.Random, origin: Origin, sex: str, years: tuple[int, int], child: bool = False,
           surname: str | None = None) -> Person:
    pool = KID_NAMES.get((origin.name, sex), []) if child else []
    given = rng.choice(pool or (origin.given_f if sex == "f" else origin.given_m))
    surname = surname if surname is not None else rng.choice(origin.surnames)
    if origin.name in SLAVIC:
        surname = slavic_form(surname, sex)
    return Person(given, surname, sex, origin, born_between(rng, *years))


def cast(rng: random.Random, years: tuple[int, int]) -> Cast:
    origin = draw_origin(rng)
    patient = person(rng, origin, rng.choice("ff" + "m"), years)
    spouses = {"épouse", "femme"} if patient.sex == "f" else {"mari"}  # the kin a patient cannot have
    kin = rng.choice([k for k in KIN if k[0] not in spouses])
    rel_origin = draw_origin(rng) if kin[0].startswith("voisin") else origin
    relative = person(rng, rel_origin, kin[1], (1935, 2000), surname=patient.surname if kin[2] else None)
    role, carer_sex = rng.choice(CARER_ROLES)
    carer = person(rng, draw_origin(rng), carer_sex, (1962, 2002))
    kid_origin = draw_origin(rng)
    kid = person(rng, kid_origin, rng.choice("fm"), (2010, 2020), child=True)
    parent = person(rng, kid_origin, rng.choice("ffm"), (1975, 1990),
                    surname=kid.surname if rng.random() < 0.8 else None)
    while parent.given == kid.given:  # small pools: a parent and child do not share a given name
        parent.given = rng.choice(kid_origin.given_f if parent.sex == "f" else kid_origin.given_m)
    while relative.given == patient.given:
        relative.given = rng.choice(rel_origin.given_f if relative.sex == "f" else rel_origin.given_m)
    return Cast(patient, relative, kin, carer, role, kid, parent)


# ---------------------------------------------------------------------------------------------
# The writer of one note: each `{placeholder}` of a template is one of its methods.


class Writer(SlotPlaceholders):
    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random, c: Cast) -> None:
        self.rng = rng
        self.c = c
        self.abroad: dict[int, bool] = {}

    def fill(self, template: str) -> str:
        text = re.sub(r"\{(\w+)\}", lambda m: getattr(self, m.group(1))(), kept(template))
        return text.replace("\\n", "\n")

    # -- names ------------------------------------------------------------------------------
    def title(self, p: Person) -> str:
        forms = ["Mme", "Mme", "Mme", "Madame", "Mme."] if p.sex == "f" else \
            ["M.", "M.", "M.", "Monsieur", "Mr"]
        return self.rng.choice(forms)

    def surname(self, p: Person, caps: float = 0.25) -> str:
        return p.surname.upper() if self.rng.random() < caps else p.surname

    def titled(self, p: Person) -> str:
        return f"{self.title(p)} {nom(self.surname(p))}"

    def full(self, p: Person) -> str:
        return nom(f"{p.given} {self.surname(p, 0.15)}")

    def inverted(self, p: Person) -> str:
        return nom(f"{p.surname.upper()} {p.given}")

    def any_form(self, p: Person) -> str:
        return self.rng.choices([self.titled, self.full, self.inverted], [55, 30, 15])[0](p)

    def P(self) -> str:  # noqa: N802 - placeholders are named as in the templates
        return self.any_form(self.c.patient)

    def PT(self) -> str:  # noqa: N802
        return self.titled(self.c.patient)

    def PF(self) -> str:  # noqa: N802
        return self.full(self.c.patient)

    def PU(self) -> str:  # noqa: N802
        return self.inverted(self.c.patient)

    def PS(self) -> str:  # noqa: N802
        return nom(self.c.patient.surname)

    def PSU(self) -> str:  # noqa: N802
        return nom(self.c.patient.surname.upper())

    def PG(self) -> str:  # noqa: N802
        return nom(self.c.patient.given)

    def pl(self) -> str:
        p = self.c.patient
        return self.rng.choice([f"{self.title(p).lower()} {nom(p.surname.lower())}",
                                nom(f"{p.surname} {p.given}".lower()), nom(f"{p.given} {p.surname}".lower())])

    def PTslip(self) -> str:  # noqa: N802
        p = self.c.patient
        return f"{self.title(p)} {nom(slip(p.surname, self.rng))}"

    def PSslip(self) -> str:  # noqa: N802
        return nom(slip(self.c.patient.surname, self.rng).upper())

    def R(self) -> str:  # noqa: N802
        noun, sex, _ = self.c.kin
        return f"{possessive(noun, sex)} {self.RN()}"

    def RN(self) -> str:  # noqa: N802
        rel = self.c.relative
        return self.rng.choices([self.full(rel), self.titled(rel), self.inverted(rel)], [60, 30, 10])[0]

    def RK(self) -> str:  # noqa: N802
        return possessive(self.c.kin[0], self.c.kin[1])

    def RD(self) -> str:  # noqa: N802
        return definite(self.c.kin[0], self.c.kin[1])

    def RNOUN(self) -> str:  # noqa: N802
        return self.c.kin[0]

    def RG(self) -> str:  # noqa: N802
        return nom(self.c.relative.given)

    def C(self) -> str:  # noqa: N802
        return f"{self.c.carer_role} {self.CN()}"

    def CN(self) -> str:  # noqa: N802
        return self.rng.choice([self.full(self.c.carer), self.titled(self.c.carer)])

    def CR(self) -> str:  # noqa: N802
        return self.c.carer_role

    def CG(self) -> str:  # noqa: N802
        return nom(self.c.carer.given)

    def K(self) -> str:  # noqa: N802
        return self.rng.choice([self.full(self.c.kid), self.inverted(self.c.kid)])

    def KG(self) -> str:  # noqa: N802
        return nom(self.c.kid.given)

    def PAR(self) -> str:  # noqa: N802
        return self.any_form(self.c.parent)

    # -- agreement and ages -------------------------------------------------------------------
    def il(self) -> str:
        return "elle" if self.c.patient.sex == "f" else "il"

    def e(self) -> str:
        return "e" if self.c.patient.sex == "f" else ""

    def rfem(self) -> str:
        return "e" if self.c.kin[1] == "f" else ""

    def ne(self) -> str:
        return "née" if self.c.patient.sex == "f" else "né"

    def kne(self) -> str:
        return "née" if self.c.kid.sex == "f" else "né"

    def kson(self) -> str:
        return "sa fille" if self.c.kid.sex == "f" else "son fils"

    def age(self) -> str:
        return str(age_on(self.c.patient))

    def kage(self) -> str:
        return str(age_on(self.c.kid))

    # -- identifiers --------------------------------------------------------------------------
    def tel(self) -> str:
        return tag("TEL", phone(self.rng))

    def mob(self) -> str:
        return tag("TEL", phone(self.rng, True))

    def fixe(self) -> str:
        return tag("TEL", phone(self.rng, False))

    def nir_of(self, p: Person) -> str:
        """A valid-looking NIR: sex, year and month of birth, place (department and commune, or 99 and
        the country abroad), order, and the key 97 - number mod 97."""
        rng = self.rng
        if id(p) not in self.abroad:
            self.abroad[id(p)] = bool(p.origin.abroad) and p.born.year < 1998 and rng.random() < 0.7
        if self.abroad[id(p)]:
            place = "99" + rng.choice(p.origin.abroad.split())
        else:
            department = rng.choice(p.origin.departments)
            place = department + (digits(rng, 2) if len(department) == 3 else f"{rng.randint(1, 680):03d}")
        body = ("2" if p.sex == "f" else "1") + f"{p.born.year % 100:02d}{p.born.month:02d}" + place + \
            f"{rng.randint(1, 999):03d}"
        key = f"{97 - int(body) % 97:02d}"
        spaced = f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}"
        shapes = [spaced, body + key, f"{body} {key}", spaced.replace(" ", ".")]
        return rng.choices(shapes, [50, 30, 15, 5])[0]

    def nir(self) -> str:
        return tag("NIR", self.nir_of(self.c.patient))

    def parnir(self) -> str:
        return tag("NIR", self.nir_of(self.c.parent))

    def date_of(self, p: Person) -> str:
        b, rng = p.born, self.rng
        forms = [f"{b.day:02d}/{b.month:02d}/{b.year}", f"{b.day:02d}/{b.month:02d}/{b.year % 100:02d}",
                 f"{b.day}/{b.month}/{b.year}", f"{b.day:02d}.{b.month:02d}.{b.year}",
                 f"{b.day:02d}-{b.month:02d}-{b.year}", f"{b.day} {MONTHS[b.month - 1]} {b.year}",
                 f"{b.day} {SHORT_MONTHS[b.month - 1]} {b.year}", f"{b.day:02d}{b.month:02d}{b.year}",
                 b.isoformat()]
        return rng.choices(forms, [30, 12, 10, 8, 6, 14, 4, 3, 3])[0]

    def ddn(self) -> str:
        return tag("DDN", self.date_of(self.c.patient))

    def kddn(self) -> str:
        return tag("DDN", self.date_of(self.c.kid))

    def mail_of(self, p: Person) -> str:
        given = re.sub(r"[^a-z]", "", fold(p.given))
        surname = re.sub(r"[^a-z-]", "", fold(p.surname.replace(" ", "")))
        year = f"{p.born.year % 100:02d}"
        local = self.rng.choice([f"{given}.{surname}", f"{given[0]}.{surname}", f"{surname}.{given}",
                                 f"{given}{surname}{self.rng.randint(10, 99)}", f"{surname}{year}",
                                 f"{given}-{surname}", f"{given[0]}{surname}", f"{given}.{surname}76"])
        return f"{local}@{self.rng.choice(DOMAINS)}"

    def email(self) -> str:
        return tag("EMAIL", self.mail_of(self.c.patient))

    def remail(self) -> str:
        return tag("EMAIL", self.mail_of(self.c.relative))

    def pemail(self) -> str:
        return tag("EMAIL", self.mail_of(self.c.parent))

    def address(self, short: bool = False) -> str:
        rng = self.rng
        number = f"{rng.randint(1, 148)}{rng.choice(['', '', '', '', '', ' bis', ' ter', 'B', 'bis'])}"
        cp, town = rng.choice(TOWNS)
        street = rng.choice(STREETS)
        if short:
            return f"{number} {street}"
        vcp, village = rng.choice(VILLAGES)
        lane, door = rng.choice(LANES), rng.randint(1, 48)
        floor = rng.choice(["1er", "2e", "3e", "4e", "5e", "RDC"])
        shapes = {
            f"{number} {street}, {cp} {town}": 24,
            f"{number} {street} {cp} {town}": 12,
            f"{number}, {street}, {cp} {town.upper()}": 6,
            f"{number} {street}": 8,
            f"{rng.choice(RESIDENCES)}, bât. {rng.choice('ABCDE')}, {floor} étage, porte {door}, "
            f"{number} {street}, {cp} {town}": 7,
            f"{number} {street}, bât {rng.choice('ABCD')} esc. {rng.randint(1, 4)}, "
            f"code {rng.randint(1000, 9999)}{rng.choice('AB')}, {cp} {town}": 6,
            f"{rng.choice(PLACES)}, {number} {lane}, {vcp} {village}": 6,
            f"{rng.choice(PLACES)}, {vcp} {village}": 5,
            f"{number} {lane}, {vcp} {village}": 12,
            f"{number} {rng.choice(ESTATES)}, appt {door}, {cp} {town}": 5,
            f"{number} {strip_accents(street).lower()} {cp} {strip_accents(town).lower()}": 4,
            f"{number} {street} - {cp} {town} - digicode {rng.randint(1000, 9999)}": 5,
        }
        return rng.choices(list(shapes), list(shapes.values()))[0]

    def addr(self) -> str:
        return tag("ADRESSE", self.address())

    def addrs(self) -> str:
        return tag("ADRESSE", self.address(short=True))

    def town(self) -> str:
        return self.rng.choice(TOWNS + VILLAGES)[1]

    def mutname(self) -> str:
        return self.rng.choice(MUTUELLES)

    def mut(self) -> str:
        rng = self.rng
        return tag("ID", rng.choice([digits(rng, 9), f"{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
                                     digits(rng, 10), f"{letters(rng, 2)}{digits(rng, 7)}",
                                     f"{digits(rng, 8)}-{digits(rng, 2)}",
                                     f"{digits(rng, 7)} / 0{rng.randint(1, 4)}"]))

    def dossier(self) -> str:
        rng = self.rng
        return tag("ID", rng.choice([f"K{digits(rng, 6)}", f"2027-{digits(rng, 5)}", digits(rng, 7),
                                     f"D{digits(rng, 4)}-{letters(rng, 2)}"]))

    def resa(self) -> str:
        rng = self.rng
        return tag("ID", rng.choice([f"{letters(rng, 3)}-{digits(rng, 4)}-{letters(rng, 2)}",
                                     f"R{digits(rng, 8)}",
                                     f"{letters(rng, 2)}{digits(rng, 2)}{letters(rng, 4)}",
                                     f"#{digits(rng, 7)}"]))

    def at(self) -> str:
        rng = self.rng
        return tag("ID", rng.choice([digits(rng, 9), f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
                                     f"AT{digits(rng, 8)}", f"{digits(rng, 2)}-{digits(rng, 6)}"]))

    # -- kept words ---------------------------------------------------------------------------
    def staff(self) -> str:
        return keep(self.rng.choices(STAFF, [3, 2, 3, 2, 3, 2])[0])

    def staffg(self) -> str:
        return keep(self.rng.choice(["Julien", "Sophie", "Karim"]))

    def hosp(self) -> str:
        return keep(self.rng.choice(HOSPITALS))

    def eponym(self) -> str:
        return keep(self.rng.choice(EPONYMS))

    def patho(self) -> str:
        return keep(self.rng.choice(CLINICAL))

    def urg(self) -> str:
        return keep(self.rng.choice(URGENCY))

    def extra(self) -> str:
        """Now and then one more identifier at the end of a note."""
        options = ["", "", "", "", " Tel {tel}.", " Rappeler au {tel}.", " (mob. {mob})", " Mail : {email}.",
                   " DDN {ddn}.", " Mut. n° {mut}.", " Fixe {fixe}.",
                   " NIR {nir}.", " ({ne} le {ddn})", " Vitale : {nir}."]
        return self.fill(self.rng.choice(options))


# ---------------------------------------------------------------------------------------------
# Templates: one a line, an indented line goes on with the one above; `[..]` marks words to keep,
# `{..}` a placeholder of the Writer; `\n` a line break of the note.

BOOKING = r"""
{PT} a appelé pour un rdv, [lombalgie] depuis 15 j, ordo du médecin traitant. Proposé {slot} avec {staff}.
  Tel {tel}
Appel de {PF} : dmd 1ère séance pr rééduc [PTG], sortie du {hosp} la sem dernière. Dispo {slot} ou {slot2}.
  Rappel au {tel}
{PU} - nouveau pat. {patho}, ordo 12 séances. ddn {ddn}. Mob {mob}. RDV {slot} ok
{P} souhaite décaler son rdv de {slot} à {slot2}, empêchement travail. OK vu avec {staffg}
{PT} annule {slot}, malade, rappellera pr reprogrammer.{extra}
dmd de rdv {PF} ({ne} le {ddn}) pr {patho}. Pas de dispo avant {slot}, mis en liste d'attente. {tel}
{PT} demande si {staff} peut {il} prendre en fin de journée, travaille jusqu'à 17h. Proposé {slot}, confirmé.
Nouveau patient : {PU}\nDDN : {ddn}\nTél : {tel}\nMotif : {patho}\nOrdo : oui, 10 séances\nRDV : {fslot}
{PT} rappelle, pas reçu la confirmation du rdv {slot}. Confirmé. Mail pour la suite : {email}
RDV {slot} ok pr {PF}, 1ère séance [bilan] avec {staff}. Apporter ordo + carte vitale + radios.
{P} : qd peut-on commencer les séances ? ordo du chirurgien pour {patho}. Rappeler apres 18h au {tel}
Pr {PT} : 2 séances/sem, mardi et jeudi si possible. Mis {slot} et {slot2}.{extra}
{PF} voudrait changer de kiné, préfère {staff}. Prochain rdv {slot} basculé, ok pour tout le monde.
rdv {slot} {PT} -> pas venu{e}, pas prévenu. 2e fois. Rappeler au {mob} pr faire le point.
Appel {PU}, {age} ans, {patho} + {eponym}, demande si on fait de la balnéo. Non. Rdv {slot} malgré tout.
"""

MESSAGES = r"""
Message répondeur 8h02 : "oui bonjour c'est {PF}, je vous appelle pour mon rendez-vous de {slot}, je pourrai
  pas venir, vous pouvez me rappeler au {tel}, merci"
Rép. : {PT}, voix âgée, parle de son genou, veut un rdv. Numéro laissé : {tel} (pas très audible, à vérifier)
msg répondeur : {RD} de {PT} appelle, {il} est tombé{e} hier soir, pas d'urgence vitale mais {urg},
  rappeler au {tel}
Répondeur samedi : "c'est {PF}, {ne} le {ddn}, je voulais savoir si {staffg} avait reçu mon ordonnance par
  mail".
  Rappeler lundi {tel}
Message vocal reçu 12h47 : {PU}, demande annulation {slot}. Pas de n° laissé, utiliser celui du dossier.
Répondeur (inaudible en partie) : ... {PT} ... rdv ... {slot} ... rappeler {tel}
msg : {C} pour {PT}, la séance de {slot} doit être déplacée à cause de la toilette, rappeler {tel}
Vocal : {PF} s'excuse d'avoir raté {slot}, {il} était bloqué{e} au boulot. Redemande un créneau en soirée.
  {mob}
Répondeur 19h40 : "bonsoir, {PT} à l'appareil, j'ai une douleur [très forte] depuis la séance, est-ce normal ?
  rappelez-moi au {tel}"
Message laissé par {R} : {PT} sort du {hosp} {slot}, veut commencer la kiné dès que possible. {tel}
"""

ONLINE = r"""
Réservation en ligne — Patient : {PU} | Né(e) le : {ddn} | Tél : {tel} | E-mail : {email} | Motif : {patho} |
  Créneau : {fslot} | Réf. : {resa}
Export agenda en ligne\nNom : {PS}\nPrénom : {PG}\nDate de naissance : {ddn}\nPortable : {mob}\nMail : {email}
  \nRDV : {fslot} avec {staff}\nRéférence : {resa}
Nouvelle résa web n° {resa} : {PF}, {patho}, {fslot}. Commentaire patient : "j'ai une ordonnance de mon
  médecin"
Annulation en ligne — {PU} — créneau {fslot} libéré — réf {resa}
Résa internet : {PT}, tel {tel}, mail {email}, 1er rdv {fslot}. Motif saisi : "mal au dos depuis le
  déménagement"
Notification : {PF} a déplacé son rdv du {slot} au {slot2} (réf. {resa})
RDV pris en ligne par {RK} pour {PF} ({ne} le {ddn}) : {fslot}. Contact {remail}
RESA WEB\npatient: {PU}\ntel: {mob}\ncreneau: {fslot}\npraticien: {staff}\nremarque: premiere fois au cabinet
"""

EMAILS = r"""
Mail transféré par {staffg} :\n« Bonjour, je suis {PF}, j'ai une ordonnance pour {patho}. Pouvez-vous me
  proposer
  un créneau ? Mon numéro : {tel}. Cordialement »\nexpéditeur : {email}
Fwd: de {email} — « Bonjour, suite à mon opération au {hosp} je dois faire de la kiné, est-ce possible à
  domicile ?
  J'habite {addr}. {PF} »
Mail reçu de {RN} ({remail}), {RNOUN} de {PT} : demande VAD, {il} ne conduit plus. Adresse : {addr}.
Réponse mail à faire : {PF} demande facture des séances de décembre pour sa mutuelle ({mutname}, n°
  adhérent {mut}).
  Envoyer à {email}
TR mail du secrétariat du {hosp} : compte rendu op. de {PU}, {ne} le {ddn}, à transmettre à {staff} avant
  {slot}.
De : {email}\nObjet : rdv\n« bjr je voudrais annuler mon rdv de {slot} car hospitalisé{e}, je rappelerai.
  {PT} »
Mail de {PF} : joint ordo scannée + attestation mutuelle ({mutname}, adh. {mut}). Répondu ok pour {slot}.
Objet : Re: séances kiné\nDe : {remail}\n« Bonjour, {RN} ({RNOUN}) : mon parent ne pourra pas venir {slot},
  merci de décaler. » — concerne {PT}
"""

SMS = r"""
SMS reçu du {tel} : "Bonjour c {PG} {PS}, je serai en retard 10 min pour {slot}"
SMS de {RD} de {PT} ({tel}) : séance de {slot} annulée, fièvre depuis hier.
Texto {PF} : ok pr {slot2} au lieu de {slot}. Merci {staffg}
SMS reçu : "c {PS} pour demain je peux venir plus tot ?" num {mob}
Envoyé SMS rappel rdv {slot} à {PT} ({mob}), pas de réponse.
SMS du {tel} sans nom : « annule rdv de demain merci ». Vérifié dans l'agenda : sans doute {PT} ({slot}).
SMS {PF} : "je suis devant la porte c fermé ??" -> {staffg} était en VAD, rdv décalé à {slot}.
"""

HOME = r"""
VAD à prévoir chez {PT}, {addr}. {patho}, ne peut plus se déplacer. Passage {staffg} {slot}.
Domicile : {PF}\n{addr}\nTél fixe : {fixe}\nSéances {slot} et {slot2}, clé chez la voisine.
Demande VAD pour {PU} ({age} ans) — sortie {hosp}, {patho}. Adresse : {addr}. Contact {R}, {tel}.
{PT}, {addr} : passer par derrière, sonnette en panne. {staff} y va {slot}.
VAD {slot} chez {PT} annulée — {il} est hospitalisé{e} au {hosp} depuis hier ({RK} a prévenu).
Nouvelle adresse pour {PF} à partir de février : {addr}. Tel inchangé.
Kiné respi à domicile pour {PT} ([BPCO]), {addr}. {urg} : encombré{e} depuis 3 j, voir si {staffg} peut
  passer {slot}.
VAD {PU}\nadresse : {addr}\nfixe {fixe} / port. {mob}\nprescription : 15 séances [rééducation à la marche]
  post-chute
Ferme de {PT}, {addr} — chemin pas goudronné, prévoir bottes. Séance {slot} avec {staff}.
Pour la VAD de {PF} : {addr}. Le chien est gentil, entrer sans frapper.
VAD {PT} : déménage en EHPAD fin janvier, dernière séance à domicile {slot} au {addrs}.
Tournée VAD de {staffg} {slot} : {PT} ({addr}) puis le cabinet.
"""

FAMILY = r"""
{R} appelle pour {PT} : {il} a du mal à monter les escaliers depuis sa [PTH]. Demande si séances possibles à
  domicile. Rappeler {tel}
Appel de {R}, inquiet{rfem} pour {PT} ({age} ans) : chute la semaine dernière. {urg}. RDV {slot} avec
  {staffg}.
{RD} de {PF} ({RN}) demande que les comptes rendus soient envoyés par mail : {remail}
{RN}, {RNOUN} de {PT}, rappellera pour confirmer {slot}. N° : {tel}
Appel {R} : {PT} est décédé{e} le 2 janvier. Annuler tous les rdv. Carte de condoléances à envoyer.
{R} prend rdv pour {PT} qui entend mal — parler fort. {slot}. Tel de {RK} : {tel}
Message de {R} : {PT} ne viendra pas {slot}, [grippe]. Reprise {slot2} si ça va mieux.
{R} demande un certificat de présence aux séances pour {PT} (dossier {dossier}).
{R} a déposé l'ordo de {PT} dans la boîte aux lettres. Vu par {staff}, rdv {slot}.
Appel de {R} : {PT} a la {eponym}, peut-on augmenter à 3 séances/sem ? Voir avec {staff}.
"""

CARERS = r"""
{C} appelle pour {PT} : séance de {slot} à décaler d'une heure car passage SSIAD. Tel {tel}
Tutelle : {CN}, mandataire UDAF, demande les factures de {PU} pour l'année 2026, dossier {dossier}.
{CN} de l'ADMR : {PT} refuse de se lever ce matin, reporter la séance à {slot}.
SSIAD – {CN} signale que {PT} a une rougeur au talon, à voir par {staffg} {slot}.
Appel curatelle ({CN}) : accord pour 20 séances de [rééducation] de {PF}, tiers payant, {mutname} n° {mut}.
{CR} de {PT} ({CN}, {tel}) signale chute dans la salle de bain. Pas de fracture d'après les urgences du
  {hosp}.
{CN}, auxiliaire de vie, demande si elle peut assister à la séance de {PT} pour apprendre les transferts.
  OK {staff}.
Mandataire judiciaire {CN} : nouvelle adresse de {PT} → {addr}. Envoyer les factures à l'UDAF.
"""

ADMIN = r"""
Tiers payant {PU} : carte Vitale {nir}, mutuelle {mutname} n° {mut}. Ordo du 05/01, 12 séances.
{PT} n'a pas sa carte Vitale, NIR donné par tel : {nir}. A apporter {slot}.
Facture à refaire pour {PF}, erreur de n° de sécu : le bon est {nir}.
Mutuelle de {PT} : {mutname}, adhérent n° {mut}. Tiers payant ok.
Ordo de {PF} expirée (plus de 1 an), redemander au médecin traitant avant {slot}.
Rejet CPAM dossier {dossier} — {PU}, DDN {ddn}, NIR {nir}. Vérifier l'ordonnance.
Changement de mutuelle pour {PT} au 1er janvier : {mutname}, n° {mut}. Nouvelle attestation reçue par mail
  ({email}).
{PF} demande une attestation de paiement pour les impôts. Envoyer par courrier : {addr}.
DAP envoyée pour {PT} (ddn {ddn}), réf. dossier {dossier}. Attendre accord avant de dépasser 15 séances.
pec {PT} : [ALD] 100 %, NIR {nir}, mut. {mut}. Ordo {patho}.
Carte Vitale de {PF} illisible, saisie manuelle : {nir}, {ne} le {ddn}.
Chèque de {PT} sans provision, rappeler {tel}. Ne pas relancer devant les autres patients.
"""

KIDS = r"""
{PAR} appelle pour {kson} {K} ({kage} ans) : {eponym}, arrêt foot. Ordo pédiatre. RDV {slot} après l'école.
Dispense d'EPS à rédiger pour {K}, {kne} le {kddn}, collège de {town}, à remettre {slot}.
Séances [kiné respiratoire] pour {K}, {urg}, {PAR} rappelle au {tel}.
{PAR} : {KG} a repris le rugby trop tôt, [entorse de cheville] récidive. Dispo mercredi aprem → {slot}.
[Scoliose] {K} — suivi {staff}, prochain rdv {slot}. Mail du parent : {pemail}
{K} (ddn {kddn}) — [maladie de Sever], talons, rdv {slot}. Rattaché à la carte Vitale de {PAR} : {parnir}.
Mot pour l'école de {KG} : séances le {slot}, sortie 15h45 autorisée. Signé {PAR}.
Certificat pour le club de hand de {K} : reprise autorisée après {slot}, à voir avec {staffg}.
{PAR} demande si {staffg} peut voir {KG} le samedi, {PAR} travaille en 3x8 à la raffinerie. {slot}. {mob}
"""

WORK = r"""
AT : {PU}, docker au port du Havre, [entorse du genou] sur le quai. N° AT {at}. RDV {slot}.
Accident du travail {PT} (raffinerie de Gonfreville) — [lombalgie aiguë], feuille d'AT apportée {slot}, n°
  {at}.
{PF}, cariste en entrepôt, [tendinite de l'épaule] en AT depuis le 06/01. Employeur demande attestation de
  présence : refusé sans accord du patient.
AT agricole (MSA) : {PT}, chute de la remorque à la ferme, [fracture du poignet] opérée au {hosp}. NIR {nir}.
{PU} — AT du 28/12 (chantier naval de Cherbourg), n° sinistre {at}, 20 séances. Tel {mob}.
Appel de l'employeur de {PT} (plateforme logistique) : aucun renseignement donné, secret médical.
Reprise du travail de {PF} prévue le 1er février, dernière séance {slot}.{extra}
{PT}, éleveur laitier à {town}, [lombosciatique] après la traite, ne peut venir qu'à {slot}. {tel}
AT {PF} (manutentionnaire, terminal conteneurs) : [hernie discale], dossier AT {at}, mutuelle {mutname} {mut}.
"""

STUDENTS = r"""
{PF}, étudiant{e} en STAPS à Caen, [entorse de cheville] au foot en salle. Tel {mob}. Dispo après 17h →
  {slot}.
Étudiant{e} {PU}, [cervicalgie] (révisions), mutuelle étudiante n° {mut}. RDV {slot}.
{PF}, {age} ans, vient de la part de son coach : [pubalgie]. Mail {email}. Rdv {slot} avec {staffg}.
Résa pour {PT} (fac de droit), [lombalgie], paiement CB, {slot}. {mob}
{PU}, interne au lycée agricole, [genou] douloureux après le cross. Ddn {ddn}. Tel du foyer {fixe}.
"""

BARE = r"""
Appel pour savoir si le cabinet est ouvert le samedi matin. Oui, prochain créneau libre {slot}.
Livraison de la table de massage prévue {slot}. Prévenir {staff}.
Le fournisseur de bandes a rappelé, commande ok pour la semaine prochaine.
Panne du TPE ce matin, {staffg} a appelé le technicien.
Une dame a appelé sans laisser de nom pour du [drainage lymphatique], rappellera.
Réunion du cabinet {slot} : {staff}, plannings de février.
Appel de la CPAM pour une question générale sur les tarifs 2027, rien à faire.
Message inaudible sur le répondeur ce matin, pas de n° visible.
Demande de stage d'un étudiant de l'IFMK de Rouen, transmis à {staff}.
Un monsieur demande si on fait de la [rééducation vestibulaire]. Oui, rappeler avec son ordo.
Plus de gel, commander avant {slot}.
Chauffage en panne salle 2, séances de {staffg} en salle 1 {slot}.
Rappel : fermeture exceptionnelle {slot}, formation [maladie de Parkinson] pour {staff}.
Appel d'une pharmacie de {town} pour savoir si on loue des béquilles. Non.
Quelqu'un demande les horaires : répondu 8h-19h30 en semaine, samedi matin.
Labo passé, prospectus mis dans le bureau de {staffg}.
Le patient de {slot} a oublié son écharpe bleue, rangée à l'accueil.
Appel d'un cabinet de {town} qui cherche un remplaçant, transmis à {staff}.
Ménage du cabinet décalé {slot}. {urg} : racheter du papier pour les tables.
Demande de tarif pour séance hors ordonnance : renvoyé vers {staff}.
"""

# A harder yet ordinary name form, with the flag it carries.
HARD = [
    ("lower-case name", "appel de {pl} pour rdv {slot}, {patho}. tel {tel}"),
    ("lower-case name", "{pl} a rappelé, ok pour {slot} avec {staffg}"),
    ("lower-case name", "Rdv pris pour {pl} ({ne} le {ddn}), {slot}. Ordo [PTH] ok."),
    ("lower-case name", "VAD chez {pl} {slot}, {addr}"),
    ("surname opening", "{PSU} rappeler pour décaler {slot}. {tel}"),
    ("surname opening", "{PS} appelle, douleur ++ après la séance de {slot}, {urg}. Voir avec {staffg}."),
    ("surname opening", "{PSU} {PG} : annule tous ses rdv de janvier, part en cure."),
    ("surname after verb", "Rappeler {PS} avant 18h pour confirmer {slot}."),
    ("surname after verb", "Prévenir {PS} que {staffg} est absent {slot}, proposer {slot2}."),
    ("surname after verb", "Vu avec {PS} au tel : 2 séances par semaine, {slot} et {slot2}."),
    ("surname after verb", "A rappelé {PS}, pour la facture de {mutname}. Renvoyée par mail {email}."),
    ("given name only", "{RK} {RG} a appelé pour {PT} : séance {slot} annulée, rappeler au {tel}."),
    ("given name only", "C'est {CG} (auxiliaire de vie) qui accompagnera {PT} {slot}."),
    ("given name only", "{PT} viendra avec {RG}, {RK}, qui conduit. {slot}."),
    ("given name only", "Message de {RG} ({RK}) : {PT} est hospitalisé{e} au {hosp}, tout annuler."),
    ("name in brackets", "Annulation {slot} ({PT}), rappeler au {tel}."),
    ("name in brackets", "Dossier incomplet ({PU}) : manque ordo et carte Vitale."),
    ("name in brackets", "Répondeur : dmd rdv [lombalgie] ({PF}), rappeler {tel}."),
    ("slip in a name", "{PT} (ordo au nom de {PTslip}, faire corriger) — rdv {slot}."),
    ("slip in a name", "RDV {slot} {PF} — attention mutuelle enregistrée sous {PSslip}, n° {mut}."),
    ("slip in a name", "{PU} rappelle, son nom est mal écrit sur la facture ({PSslip}). Refaire."),
]
# A plain template for a patient whose surname is the harder form, by weight.
CAST_FORMS = {"ordinary-word surname": 2, "particle": 2, "double surname": 2}

SCENARIOS: list[tuple[str, int]] = [(BOOKING, 16), (MESSAGES, 9), (ONLINE, 7), (EMAILS, 7), (SMS, 7),
                                    (HOME, 11), (FAMILY, 9), (CARERS, 7), (ADMIN, 9), (KIDS, 7), (WORK, 7),
                                    (STUDENTS, 4), (BARE, 17)]
BLOCKS = {BOOKING: "booking", MESSAGES: "answering machine", ONLINE: "online booking", EMAILS: "e-mail",
          SMS: "sms", HOME: "home visit", FAMILY: "relative", CARERS: "carer", ADMIN: "admin", KIDS: "child",
          WORK: "work accident", STUDENTS: "student", BARE: "no identifier"}
YEARS = {HOME: (1925, 1950), CARERS: (1926, 1952), FAMILY: (1928, 1955), STUDENTS: (2003, 2008),
         WORK: (1966, 2003)}  # the patient's years of birth, by block
NAMED = [t for block in (BOOKING, MESSAGES, ONLINE, EMAILS, SMS, HOME, FAMILY, CARERS, ADMIN, WORK, STUDENTS)
         for t in templates(block) if re.search(r"\{P[TFUS]?\}", t)]  # templates naming the patient


# ---------------------------------------------------------------------------------------------
# Notes


class Notes:
    """Draws the notes one by one (as `write` asks) and keeps the flags of each."""

    def __init__(self) -> None:
        self.flags: list[set[str]] = []
        self.lower = set(random.Random(SEED + 1).sample(range(NOTES), LOWER_NOTES))

    def __call__(self, rng: random.Random) -> Fragments:
        block, template = draw_template(rng, SCENARIOS)
        flags = {BLOCKS[block]}
        c = cast(rng, YEARS.get(block, (1938, 2004)))
        if block is not BARE and rng.random() < HARD_SHARE:
            template, form = self.harder(rng, c)
            flags.add(f"hard: {form}")
        fragments = join_names(parse(Writer(rng, c).fill(template)))
        if len(self.flags) in self.lower:
            fragments = [(text.lower(), kind) for text, kind in fragments]
            flags.add("lower-case note")
        elif rng.random() < 0.08:
            fragments = [(strip_accents(text) if kind is None else text, kind) for text, kind in fragments]
            flags.add("no accents")
        self.flags.append(flags)
        return fragments

    @staticmethod
    def harder(rng: random.Random, c: Cast) -> tuple[str, str]:
        """A template with a harder name form, or a plain one for a patient with a harder surname."""
        forms = [form for form, _ in HARD] + list(CAST_FORMS)
        weights = [1] * len(HARD) + list(CAST_FORMS.values())
        i = rng.choices(range(len(forms)), weights)[0]
        if i < len(HARD):
            form, template = HARD[i]
            while form == "slip in a name" and len(c.patient.surname) < 6:
                c.patient.surname = rng.choice(ORIGINS["normand"].surnames)
            return template, form
        form = forms[i]
        if form == "ordinary-word surname":
            c.patient.surname = rng.choice(WORD_SURNAMES)
        elif form == "particle":
            c.patient.surname = rng.choice(PARTICLE_SURNAMES)
        else:
            c.patient.surname = "-".join(rng.sample(ORIGINS["normand"].surnames, 2))
        if c.kin[2]:
            c.relative.surname = c.patient.surname
        return rng.choice(NAMED), form


def main() -> None:
    taken = taken_tokens(OUT, EARLIER)
    refuse_used_names(all_pool_names(), name_words, taken)
    notes = Notes()

    def check(r: dict) -> None:
        check_unlabelled(r, name_words)
        check_no_staff(r, name_words)

    def check_set(records: list[dict]) -> None:
        check_blind_set(records, NOTES, name_words, taken, staff_share=0.2, bare=(0.10, 0.20))

    records = write(OUT, PREFIX, NOTES, SEED, notes, check, check_set)
    hard = sum(any(flag.startswith("hard") for flag in flags) for flags in notes.flags)
    report(records, OUT, notes.flags, hard)


if __name__ == "__main__":
    main()
