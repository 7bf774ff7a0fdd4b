"""Write `deid_heldout15.jsonl`: a fifteenth held-out set for the de-identifier.

Written 2026-11-28 by a helper session asked for a blind set. Neither the engine (handlers/), its word
lists, its tests nor its benchmark were opened, and the de-identifier was not run on these notes. The
earlier sets (`deid_corpus.jsonl`, `deid_heldout.jsonl` to `deid_heldout14.jsonl`,
`deid_hard_cases.jsonl`) were read by program only (heldout_markup.taken_tokens): their text was not
looked at, and no word of one of their names comes back here (refuse_used_names, check_new_names).
Their generators were not opened either.

Setting: 300 call notes from March 2027 at a cabinet de kinésithérapie in the Alps (Grenoble,
Chambéry, Annecy, Albertville, Bourg-Saint-Maurice, Voiron, Échirolles, the ski resorts of Savoie and
Haute-Savoie). The people: old Savoyard and Dauphiné families, Italian descent (Piedmont, Val d'Aosta),
Swiss and frontaliers, Portuguese, Turkish, Kabyle and Maghreb, Congolese, Malagasy, Vietnamese, Sri
Lankan, Chilean, Kosovar and Bosnian families, seasonal resort workers, English, Dutch and Scandinavian
skiers, engineers and PhD students at the labs, elderly people in mountain villages. Secretaries typing
fast, notes dictated on a phone (speech-to-text: little punctuation, "virgule" written as a word, odd
capitals), SMS, forwarded e-mails, online-booking exports, answering-machine transcripts. About 20
notes are typed all in lower case, 10-20 % carry no identifier at all, and about one note in seven
holds one harder yet ordinary name form (a name in lower case, a surname opening the note or after a
verb, a relative or carer by given name only, a surname that is a French word, particles, a double
surname, a slip in a name, a name in brackets).

Labelling: NOM for the names of patients, relatives, carers and neighbours, a title outside the span;
the practice's staff (Julien Martin, Sophie Lemoine, Karim Haddad) are kept, never NOM, and no doctor
outside the practice is named. TEL any phone number, French or foreign; NIR 15 characters with its
key; DDN birth dates only; EMAIL; ADRESSE one span from the number (or lieu-dit, chalet, residence)
through street, postcode and town typed in one run, building, floor and door code included; a town
alone is not marked; ID other personal numbers (mutuelle, dossier, booking reference, foreign
insurance or passport, AVS). Kept (`[[K|...]]`): appointment slots, staff names, urgency words,
clinical terms, hospitals.

Run from this folder: `../../.venv/bin/python make_deid_heldout15.py`.
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
    slavic_form,
    slip,
    tag,
    taken_tokens,
    templates,
    write,
)

OUT = HERE / "deid_heldout15.jsonl"
# The hard cases were checked too when this set was written; they have since taken cases from it.
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 15)))
PREFIX, NOTES, SEED = "b", 300, 20_270_315
TODAY = dt.date(2027, 3, 15)
PARTICLES = {"de", "du", "des", "la", "le", "d", "l", "van", "der", "den", "ter", "dal", "della", "dos", "da"}
HARD_NOTES, LOWER_NOTES, BARE_NOTES = 43, 20, 45
STAFF_SHARE = 0.2  # more than this share of the notes keep a staff name

# ---------------------------------------------------------------------------------------------
# Name pools: origin, pool (f, m given names; s surnames), names; `_` joins the words of one name

POOLS = """
savoie f: Pernette Péronne Benoîte Guillemette Philiberte Azélie Alphonsine Clothilde Louison
savoie m: Humbert Aymon Anthelme Claudius Ennemond Euloge Rambert Jocelin Théodule Amand Frumence
savoie s: Vuillermoz Tochon Buttin Vulliez Jacquemoud Pessey Burnier Dupraz Cohendet Trolliet Mugnier
    Mermillod Bochaton Excoffier Missillier Bozonnet Thovex Marullaz Desbiolles Ballaloud Perroud Folliet
    Curtet Boimond Anthoine Pollet Chabloz Peillex Mollard Rosaz Genoud Gavillet Ravanel Balmat Couttet
    Simond Payot Tairraz Charlet Devouassoux Claret Chevallay Bétemps Bernaz Berthod Bozon Mermet
dauphine f: Antonine Dieudonnée Dorothée Valériane Bernadine Lionelle Hermance Fulvie Euphrasie
dauphine m: Othon Honorin Roméo Gédéon Siméon Bernardin Polycarpe Eustache Apollinaire
dauphine s: Bonnardel Chabert Rivoire Bouchayer Eymard Ravix Sappey Drevet Raffin Gaude Dode Chaix Gerin
    Argoud Baudin Cattin Ruffier Frasson Brunod
italie f: Bruna Elda Rina Lidia Ivana Nives Piera Luciana Ferdinanda Dorotea Ninfa Orsola
italie m: Secondo Battista Ottavio Remo Aldo Livio Primo Dario Gino Nello Ezechiele Aurelio Quinto Settimo
    Onorato Ermes Eliseo Vittorino Costantino Ubaldo
italie s: Chiabodo Bertolino Vietti Gianotti Cravero Bonino Fassio Vallino Pautasso Cagnotto Trossarello
    Cuaz Jaccod Bionaz Chenal Barbero Ravera Giordanengo Ghigo Bertone Musso Griva Aimonetto Chiartano
    Borgarello Rigotti Garrone Sandrone Boggio Audisio Giachino Allais Girodo Yeuillaz Vevey Benettin
    Pagliero Chiotti Bosonetto Perotto Varrone Ruffino
suisse f: Ursula Regula Vreni Brigitta Verena Madlen Seraina Margrit Annelise Rösli
suisse m: Reto Urs Ueli Hansruedi Kaspar Jörg Silvan Gian Flurin
suisse s: Zbinden Bättig Pittet Rochat Jaquier Perrenoud Gygax Stucki Wüthrich Bonvin Zufferey Crettenand
    Fellay Luisier Theytaz Mudry
portugal f: Laurinda Lucinda Elisabete Rosalina Quitéria Graciete Otília Virgínia Leopoldina
portugal m: Abílio Aurélio Gervásio Arnaldo Ezequiel Albano Ilídio Belarmino Alcides Juvenal Celestino
    Arlindo
portugal s: Pinheiro Mourão Barreiros Bessa Sardinha Patrício Serrano Couto Sobral Pestana Lameiras
    Valadares Cortinhas Vilaça Ferraz Sarmento Queiroga Mesquita Castanheira
turquie f: Fadime Meryem Hacer Saadet Nurten Zübeyde Perihan Şükran Tuğba Gülizar Zerrin Semra Ferhunde
turquie m: Serkan Ergün Levent Yusuf Oğuz Kadir Kıvanç Ilhan Dursun Oktay Kerem Ozan Ömür
turquie s: Sarıkaya Yüksel Eroğlu Avcı Bozdağ Tuncer Akbulut Gökçe Karabulut Tanrıverdi
maghreb f: Nacira Hassiba Ourida Fetta Wahiba Aldjia Ferroudja Nouara Fadhila Tounsia Djedjiga Chabha Taklit
    Tiziri Slimana
maghreb m: Akli Hocine Juba Mohand Ouamar Lhadi Azwaw Amayas Koceila
maghreb s: Belkacemi Hamidouche Ferhani Medjber Mezouar Berkani Hadri Aouchiche Meziani Bouhadi Hamitouche
    Benmessaoud Iouaden Ouslimani Ighil Bellil Zerguine Chabane Ouzine Uzayer Mezdad Hamrouche Tighidet
congo f: Plamedie Béatitude Chancelle Bilonda Ngalula Tshala Rachelle Keren
congo m: Héritier Exaucé Fiston Dieudonné Trésor Glody
congo s: Kasongo Makiese Mavungu Luzolo Nzuzi Kiala Mayala Mbombo Ntumba Kabeya Mbiya
madagascar f: Hanitra Lalao Noro Hasina
madagascar m: Haja Tojo Hery Solofo Fidy
madagascar s: Randriamanana Andrianarivo Ravelomanana Rajaonarison Randrianasolo
vietnam f: Vy Hiền Quyên Khuê
vietnam m: Khánh Trung Lộc Phát Nhân Thịnh
vietnam s: Khổng Hồ Mẫn Ninh Bạch Tiêu Lục
srilanka f: Kavitha Dilani Thanuja Vasanthi
srilanka m: Suresh Pradeep Nimal Kumaran Tharshan Gajan Ruwan
srilanka s: Thevarajah Balasingham Wickramasinghe Jayasuriya Tharmalingam
chili f: Javiera Constanza Catalina Francisca Macarena Antonia Florencia Ximena Bárbara Rayén
chili m: Matías Cristóbal Rodrigo Tomás Agustín Maximiliano Cristián Nicanor Lautaro
chili s: Sepúlveda Fuentes Araya Espinoza Valenzuela Tapia Cárdenas Riquelme Vergara Alarcón Henríquez
    Sagredo Zamorano Ulloa Poblete Saavedra Quiroga Villagrán Cifuentes Leiva Orellana Bascuñán Irarrázaval
    Larraín Echeverría Undurraga
kosovo f: Albulena Arbnora Drita Vjosa Blerta Fjolla Mimoza Elira Shqipe Teuta Afërdita
kosovo m: Arben Besnik Fatmir Ilir Valon Agron Bekim Luan Shpend Gëzim Labinot
kosovo s: Krasniqi Berisha Gashi Hoxha Shala Kryeziu Bytyqi Kelmendi Sylejmani Haxhiu Zeqiri Osmani Ramadani
    Kastrati Hajdari Avdiu
bosnie f: Amra Emina Lejla Jasmina Merima Azra Sabina Elma Ajla Enisa Edina
bosnie m: Adnan Edin Haris Mirza Nermin Senad Almir Nihad Kenan Dino
bosnie s: Hodžić Begović Delić Mehmedović Hadžić Softić Omerović Salihović Karić Mujić Bešić Muhamedagić
    Čaušević Hasanović Zukić Šabić Kadić
anglais f: Harriet Imogen Philippa Rosalind Bethany Tamsin Ottoline Fenella Felicity Araminta Jocasta
    Jessamy
anglais m: Alistair Callum Nigel Crispin Peregrine Barnaby Jolyon Fergus Lachlan Tarquin Leofric Rafferty
    Alasdair
anglais s: Whitfield Ashworth Pemberton Fairclough Blackwood Ellison Holloway Hollingworth Wetherby
    Pickering Ravenscroft Oakeshott Braithwaite Bramwell Hebblethwaite Grimshaw Huxtable Sowerby
neerlandais f: Marieke Femke Sanne Lieke Ineke Hiltje Aukje Wietske Jantje Klaasje
neerlandais m: Joris Bram Maarten Thijs Ruud Jelle Tjeerd Sybren Hidde Wiebe
neerlandais s: Dekker Brouwer Kuipers Postma Molenaar Wijnberg Hoogendoorn Zwart Koopman Groenewegen
    Vlasblom Boonstra Hofstede Kuiken Spijker
scandinave f: Sigrid Linnea Freja Ragnhild
scandinave m: Magnus Henrik Torbjørn Espen Mikkel Sindre
scandinave s: Lindqvist Sandberg Björklund Haugland Nyberg Halvorsen Åberg Bergström Kristiansen Solberg
    Mortensen
saisonnier f: Dorota Siobhan Kasia Bianca Aoife
saisonnier m: Bogdan Tomasz Ciaran Eoin
saisonnier s: Szczepański Horváth O'Sullivan Gallagher Vlădescu Murphy Brennan Fitzgerald Kavanagh
labos f: Priya Ananya Yuqi Shirin Lakshmi
labos m: Arjun Vikram Babak Tobias Kaveh
labos s: Raghunathan Venkatesan Hosseini Moradi Rezaei Krishnamurthy Brandstätter
"""
FACTS = {  # origin: (weight, INSEE country of birth when born abroad, birth departments in France)
    "savoie": (18, "", "73 74"), "dauphine": (12, "", "38 26 05"), "italie": (9, "127", "73 38 74"),
    "suisse": (5, "140", "74 01"), "portugal": (8, "139", "74 73 38"), "turquie": (5, "208", "38 73"),
    "maghreb": (7, "352", "38 69 73"), "congo": (4, "312", "38 69"), "madagascar": (3, "333", "38 73"),
    "vietnam": (3, "243", "38 69"), "srilanka": (3, "235", "74 38"), "chili": (2, "417", "38"),
    "kosovo": (3, "157", "74 73"), "bosnie": (3, "118", "74 38"), "anglais": (4, "132", "74"),
    "neerlandais": (3, "135", "73"), "scandinave": (3, "104", "73"), "saisonnier": (4, "114", "73"),
    "labos": (4, "223", "38"),
}
ORIGINS, _KIDS = load_pools(POOLS, FACTS)
SETTLED = [o for o in FACTS if o not in {"anglais", "neerlandais", "scandinave", "saisonnier", "labos"}]
TOURISTS = ["anglais", "neerlandais", "scandinave"]
FOREIGN_PREFIX = {"anglais": ["+44 7700 9{0}{1} {2}{3}{4}"],
                  "neerlandais": ["+31 6 {0}{1}{2}{3}{4}{5}{6}{7}"],
                  "scandinave": ["+46 70 {0}{1}{2} {3}{4} {5}{6}", "+47 9{0}{1} {2}{3} {4}{5}{6}",
                                 "+45 2{0} {1}{2} {3}{4} {5}{6}"],
                  "saisonnier": ["+40 7{0}{1} {2}{3}{4} {5}{6}{7}", "+48 5{0}{1} {2}{3}{4} {5}{6}{7}",
                                 "+353 8{0} {1}{2}{3} {4}{5}{6}{7}"],
                  "labos": ["+91 9{0}{1}{2}{3} {4}{5}{6}{7}{8}", "+49 15{0} {1}{2}{3}{4}{5}{6}{7}"],
                  "chili": ["+56 9 {0}{1}{2}{3} {4}{5}{6}{7}"],
                  "portugal": ["+351 91{0} {1}{2}{3} {4}{5}{6}"]}

# Harder surname forms: a French word, a particle, a double name (each split into its words)
WORD_SURNAMES = ["Sapin", "Chalet", "Glacier", "Tonnerre", "Cerise", "Noisette", "Fourneau", "Brouillard",
                 "Bouleau", "Sureau"]
PARTICLES_BY_ORIGIN = {
    "savoie": ["de Buttet", "du Verneil", "d'Arvillars", "de la Palud", "de Menthon", "de Lescheraines",
               "d'Oncieu"],
    "dauphine": ["du Noyer", "de la Palud", "du Verneil"], "italie": ["Dal Zotto", "Della Bona"],
    "neerlandais": ["van den Heuvel", "ter Horst"],
}
PARTICLE_SURNAMES = sorted({n for names in PARTICLES_BY_ORIGIN.values() for n in names})
SURNAME_FORM_ORIGINS = {  # the origins where each harder surname form is found
    "surname a French word": ["savoie", "dauphine"], "surname with a particle": list(PARTICLES_BY_ORIGIN),
    "double surname": ["savoie", "dauphine", "italie", "portugal", "chili"],
}
KIN = [("fille", "f", False), ("fils", "m", True), ("mari", "m", True), ("épouse", "f", True),
       ("femme", "f", True), ("compagnon", "m", False), ("compagne", "f", False), ("sœur", "f", False),
       ("frère", "m", True), ("petite-fille", "f", True), ("petit-fils", "m", True), ("nièce", "f", False),
       ("belle-fille", "f", True), ("gendre", "m", False), ("mère", "f", True), ("père", "m", True)]
CARERS = ["l'aide à domicile", "l'auxiliaire de vie", "l'infirmière libérale", "la voisine", "le voisin",
          "l'aide-soignante du SSIAD", "la tutrice", "l'assistante sociale"]


def name_words(name: str) -> set[str]:
    return name_parts(name, PARTICLES)


# ---------------------------------------------------------------------------------------------
# Places, numbers, slots

TOWNS = [  # town, postcode, streets
    ("Grenoble", "38000", ["rue Très-Cloîtres", "cours Berriat", "rue Lesdiguières",
                           "avenue Alsace-Lorraine"]),
    ("Grenoble", "38100", ["avenue Jeanne-d'Arc", "rue Ampère", "avenue Rhin-et-Danube",
                           "rue Blanche-Neige"]),
    ("Échirolles", "38130", ["avenue du Général-de-Gaulle", "rue de la Convention", "cours Jean-Jaurès"]),
    ("Voiron", "38500", ["rue Sermorens", "avenue Tardy", "chemin de la Brunerie"]),
    ("Meylan", "38240", ["chemin du Vieux-Chêne", "avenue du Granier"]),
    ("Chambéry", "73000", ["rue Croix-d'Or", "faubourg Montmélian", "avenue de Lyon", "rue de Boigne"]),
    ("Aix-les-Bains", "73100", ["boulevard de la Roche-du-Roi", "avenue de Tresserve"]),
    ("Albertville", "73200", ["rue Gambetta", "chemin des Molettes", "avenue Jean-Moulin"]),
    ("Annecy", "74000", ["rue Sommeiller", "avenue de Genève", "chemin des Fins", "rue de la Paix"]),
    ("Seynod", "74600", ["route d'Aix", "chemin de Vieugy"]),
    ("Bourg-Saint-Maurice", "73700", ["avenue du Centenaire", "route de Montrigon", "chemin du Reclus"]),
    ("Moûtiers", "73600", ["rue de la Sous-Préfecture", "quai Saint-Réal"]),
    ("Saint-Martin-de-Belleville", "73440", ["route des Menuires", "chemin de Villarabout"]),
    ("Tignes", "73320", ["rue du Val-Claret", "route du Lac"]),
    ("Chamonix-Mont-Blanc", "74400", ["route des Pècles", "chemin des Cristalliers",
                                      "avenue Ravanel-le-Rouge"]),
    ("Les Houches", "74310", ["route de Coupeau", "chemin du Bettey"]),
    ("La Clusaz", "74220", ["route des Confins", "chemin du Danay"]),
    ("Morzine", "74110", ["route du Plénay", "taille de Mas"]),
    ("Annemasse", "74100", ["rue du Parc", "avenue de la Gare"]),
    ("Saint-Julien-en-Genevois", "74160", ["Grand'Rue", "route de Lathoy"]),
    ("Saint-Jean-de-Maurienne", "73300", ["rue Bonrieu", "avenue d'Italie"]),
    ("Villard-de-Lans", "38250", ["avenue du Général-de-Gaulle", "chemin des Bartavelles"]),
]
LIEUX = ["Le Villaret", "Les Chavonnes", "La Thuile", "Le Crey", "Les Granges du Praz", "Le Planay",
         "La Combaz", "Le Chef-Lieu", "Les Mollettes", "Le Mont-Dessus", "Les Essertets"]
ROADS = ["route du Villaret", "route de la Thuile", "route du Crey", "route des Chavonnes", "route du Planay",
         "chemin de la Combaz", "route des Essertets", "chemin des Granges"]
CHALETS = ["Les Gentianes", "L'Edelweiss", "Le Grand Pic", "Les Bouquetins", "Le Névé", "La Marmotte",
           "Les Airelles", "Le Mazot"]
RESIDENCES = ["Le Belvédère", "Les Hauts de Chambéry", "Le Clos des Tilleuls", "Les Terrasses du Lac",
              "Le Parc Mistral", "L'Orée du Bois"]
RESORTS = ["Val Thorens", "Valmorel", "Peisey-Vallandry", "Sainte-Foy-Tarentaise", "Méribel", "Courchevel",
           "Tignes", "Val d'Isère", "Val Cenis", "Avoriaz", "Flaine", "Arêches-Beaufort", "Chamrousse"]
MUTUELLES = ["MGEN", "Harmonie Mutuelle", "la MNT", "Malakoff Humanis", "AG2R", "Apivia", "la MAAF",
             "Mutuelle Générale", "Solimut", "la SMI"]
HOSPITALS = ["CHU Grenoble Alpes", "hôpital Sud", "CH Métropole Savoie", "CH Annecy Genevois",
             "CH d'Albertville-Moûtiers", "hôpital de Bourg-Saint-Maurice", "clinique des Cèdres",
             "CH de Voiron", "HUG à Genève"]
INJURIES = ["rupture du LCA", "ligamentoplastie du genou", "entorse du genou", "entorse de cheville",
            "fracture du poignet", "luxation d'épaule", "fracture du plateau tibial", "lombalgie",
            "tendinopathie de la coiffe", "rééducation post-PTH", "rééducation post-PTG", "cervicalgie",
            "fracture de la clavicule", "pouce du skieur", "entorse du LLI", "capsulite rétractile",
            "méniscectomie", "sciatique", "fracture de la malléole", "bronchiolite"]
URGENT = ["URGENT", "urgent", "en urgence", "urgence", "à voir vite", "prioritaire"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
STAFF_FORMS = ["Julien Martin", "Julien", "Sophie Lemoine", "Sophie", "Karim Haddad", "Karim"]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def grouped(number: str, sep: str) -> str:
    return sep.join(number[i:i + 2] for i in range(0, len(number), 2))


def french_phone(rng: random.Random, landline: bool = False) -> str:
    head = rng.choice(["0450", "0479", "0476"]) if landline else rng.choice(["06", "07"]) + digits(rng, 2)
    number = head + digits(rng, 6)
    shape = rng.choice(["sp", "sp", "sp", "none", "dot", "dash", "intl", "intl0", "mixed"])
    if shape == "sp":
        return grouped(number, " ")
    if shape == "none":
        return number
    if shape == "dot":
        return grouped(number, ".")
    if shape == "dash":
        return grouped(number, "-")
    if shape == "intl":
        return "+33 " + number[1] + " " + grouped(number[2:], " ")
    if shape == "intl0":
        return "0033 " + number[1] + grouped(number[2:], "")
    return number[:4] + " " + number[4:7] + " " + number[7:]


def swiss_phone(rng: random.Random) -> str:
    mobile = rng.choice(["76", "77", "78", "79"]) + digits(rng, 7)
    shape = rng.choice(["intl", "intl", "00", "local"])
    spaced = f"{mobile[:2]} {mobile[2:5]} {mobile[5:7]} {mobile[7:]}"
    return {"intl": "+41 " + spaced, "00": "0041 " + spaced, "local": "0" + spaced}[shape]


def foreign_phone(rng: random.Random, origin: str) -> str:
    shapes = FOREIGN_PREFIX.get(origin)
    if not shapes:
        return swiss_phone(rng) if origin == "suisse" else french_phone(rng)
    return rng.choice(shapes).format(*digits(rng, 9))


def nir(rng: random.Random, p: Person) -> str:
    place = "99" + p.origin.abroad if p.origin.abroad and rng.random() < 0.5 else \
        rng.choice(p.origin.departments) + digits(rng, 3)
    if place.startswith("99") and len(place) != 5:
        place = "73" + digits(rng, 3)
    body = f"{1 if p.sex == 'm' else 2}{p.born.year % 100:02d}{p.born.month:02d}{place}{digits(rng, 3)}"
    key = f"{97 - int(body) % 97:02d}"
    if rng.random() < 0.35:
        return body + key
    return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}"


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
SHORT_MONTHS = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                "déc."]


def birth_date(rng: random.Random, d: dt.date) -> str:
    shape = rng.randrange(8)
    if shape == 0:
        return f"{d.day:02d}/{d.month:02d}/{d.year}"
    if shape == 1:
        return f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}"
    if shape == 2:
        return f"{d.day} {MONTHS[d.month - 1]} {d.year}"
    if shape == 3:
        return f"{d.day}/{d.month}/{d.year % 100:02d}"
    if shape == 4:
        return f"{d.year}-{d.month:02d}-{d.day:02d}"
    if shape == 5:
        return f"{d.day:02d}-{d.month:02d}-{d.year}"
    if shape == 6:
        return f"{d.day:02d}{d.month:02d}{d.year}"
    return f"{'1er' if d.day == 1 else d.day} {SHORT_MONTHS[d.month - 1]} {d.year}"


def ascii_word(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text))


def email(rng: random.Random, p: Person) -> str:
    given, surname = ascii_word(p.given), ascii_word(p.surname)
    domain = {"suisse": ["bluewin.ch", "gmx.ch"], "anglais": ["btinternet.com", "gmail.com"],
              "neerlandais": ["ziggo.nl", "live.nl"], "scandinave": ["telia.com", "online.no"],
              "labos": ["univ-grenoble-alpes.fr", "cnrs.fr", "cea.fr"]}.get(p.origin.name, [
                  "orange.fr", "gmail.com", "free.fr", "sfr.fr", "laposte.net", "wanadoo.fr", "hotmail.fr",
                  "yahoo.fr", "outlook.fr", "icloud.com"])
    local = rng.choice([f"{given}.{surname}", f"{given[0]}{surname}", f"{surname}.{given}{digits(rng, 2)}",
                        f"{given}{surname[:4]}{p.born.year % 100:02d}", f"{given}-{surname}"])
    return f"{local}@{rng.choice(domain)}"


def address(rng: random.Random, plain: bool = False) -> str:
    town, code, streets = rng.choice(TOWNS)
    number = f"{rng.randint(1, 240)}{rng.choice(['', '', '', '', ' bis', ' ter', 'B'])}"
    street = rng.choice(streets)
    shape = rng.randrange(7)
    if shape == 0:
        road = f"{rng.randint(10, 900)} {rng.choice(ROADS)}"
        text = f"chalet {rng.choice(CHALETS)}, {road}, {code} {town}"
    elif shape == 1:
        text = f"lieu-dit {rng.choice(LIEUX)}, {code} {town}"
    elif shape == 2:
        floor = f"bât. {rng.choice('ABCDE')}, {rng.randint(1, 6)}e étage"
        door = f"code {digits(rng, 4)}{rng.choice(['', 'A', 'B'])}"
        text = f"résidence {rng.choice(RESIDENCES)}, {floor}, {door}, {number} {street}, {code} {town}"
    elif shape == 3:
        climb = rng.choice(["du Fort", "des Chartreux", "de la Tour", "Saint-Jacques"])
        text = f"{number} montée {climb}, {code} {town}"
    elif shape == 4:
        text = f"{number}, {street} - {code} {town.upper()}"
    else:
        text = f"{number} {street} {code} {town}"
    if plain:
        text = fold(text).replace(",", "")
    return text


def slot_text(rng: random.Random) -> str:
    day = rng.randint(15, 31)
    weekday = WEEKDAYS[(day - 1) % 7]
    hour = rng.choice([8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19])
    minute = rng.choice(["", "15", "30", "45", "00"])
    shape = rng.randrange(6)
    if shape == 0:
        return f"{weekday} {day} à {hour}h{minute}"
    if shape == 1:
        return f"{weekday} {hour}h{minute}"
    if shape == 2:
        return f"le {day}/03 à {hour}h{minute}"
    if shape == 3:
        return f"demain {hour}h{minute}"
    if shape == 4:
        return f"{weekday} {rng.choice(['matin', 'après-midi', 'en fin de journée'])}"
    return f"{weekday} {day} mars {hour}h{minute}"


def full_slot(rng: random.Random) -> str:
    day = rng.randint(15, 31)
    hour = f"{rng.choice(range(8, 20))}:{rng.choice(['00', '30'])}"
    return f"{WEEKDAYS[(day - 1) % 7]} {day} mars 2027 à {hour}"


def id_number(rng: random.Random, kind: str) -> str:
    """A personal number of one of the kinds marked ID."""
    if kind == "mut":
        return rng.choice([digits(rng, 9), f"{digits(rng, 4)} {digits(rng, 3)} {digits(rng, 3)}",
                           f"{rng.choice(['AH', 'MG', 'SV'])}{digits(rng, 8)}",
                           f"{digits(rng, 10)}-{digits(rng, 2)}"])
    if kind == "doss":
        return rng.choice([f"K27-{digits(rng, 4)}", f"{digits(rng, 6)}", f"D{digits(rng, 5)}"])
    if kind == "ref":
        alnum = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        code = "".join(rng.choice(alnum) for _ in range(rng.randint(6, 8)))
        return rng.choice(["RDV-", "#", "", "R"]) + code
    if kind == "at":
        return rng.choice([f"{digits(rng, 4)} {digits(rng, 5)}", digits(rng, 10), f"AT-{digits(rng, 7)}"])
    if kind == "ehic":
        spaced = " ".join(digits(rng, 4) for _ in range(4))
        return rng.choice([f"80{digits(rng, 3)} {spaced}", "80" + digits(rng, 18)])
    if kind == "pass":
        dutch = f"N{rng.choice('PRWX')}{digits(rng, 2)}{rng.choice('KLMR')}{digits(rng, 4)}"
        return rng.choice([digits(rng, 9), dutch, f"{rng.choice('ABHP')}{digits(rng, 7)}"])
    if kind == "avs":
        return f"756.{digits(rng, 4)}.{digits(rng, 4)}.{digits(rng, 2)}"
    return f"{rng.choice(['80756', '80', ''])}{digits(rng, 8)}"  # a Swiss LAMal insurance card


def plain_accents(text: str) -> str:
    """Accents dropped, case kept: a name typed on a keyboard that has none."""
    out = []
    for ch in text:
        folded = fold(ch)
        out.append(folded.upper() if ch.isupper() and folded else folded or ch)
    return "".join(out)


# ---------------------------------------------------------------------------------------------
# People


def person(rng: random.Random, origin: str, sex: str, youngest: int, oldest: int,
           surname: str = "") -> Person:
    o = ORIGINS[origin]
    given = rng.choice(o.given_f if sex == "f" else o.given_m)
    years = rng.randint(youngest, oldest)
    born = TODAY - dt.timedelta(days=365 * years + rng.randint(1, 360))
    return Person(given, slavic_form(surname or rng.choice(o.surnames), sex), sex, o, born)


def make_cast(rng: random.Random, origins: list[str], youngest: int, oldest: int) -> Cast:
    origin = pick(rng, {o: FACTS[o][0] for o in origins})
    patient = person(rng, origin, rng.choice("fm"), youngest, oldest)
    noun, sex, shared = rng.choice(KIN)
    relative = person(rng, origin, sex, 18, 85, patient.surname if shared and rng.random() < 0.8 else "")
    while relative.given == patient.given:  # two people of one note, two given names
        relative.given = rng.choice(relative.origin.given_f if sex == "f" else relative.origin.given_m)
    carer = person(rng, pick(rng, {o: FACTS[o][0] for o in SETTLED}), rng.choice("fffm"), 22, 60)
    kid = person(rng, origin, rng.choice("fm"), 7, 16)
    parent = person(rng, origin, rng.choice("fm"), 32, 50, kid.surname)
    return Cast(patient, relative, (noun, sex, shared), carer, rng.choice(CARERS), kid, parent)


# ---------------------------------------------------------------------------------------------
# The placeholders of the templates


class Writer(SlotPlaceholders):
    """Fills a template's `{NAME}` placeholders with the gold markup of one note's cast."""

    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random, c: Cast, lower_name: bool = False) -> None:
        self.rng, self.c, self.lower_name = rng, c, lower_name
        self.style = rng.choices(["gS", "Sg", "gs", "sg"], [40, 25, 25, 10])[0]
        self.bare_accents = rng.random() < 0.12
        self.title_word = rng.choice(["Mme", "Mme", "Madame", "Mme"] if c.patient.sex == "f" else
                                     ["M.", "M.", "Monsieur", "Mr"])

    def fill(self, template: str) -> str:
        text = re.sub(r"\{(\w+)\}", lambda m: getattr(self, m.group(1))(), kept(template))
        return text.replace("\\n", "\n")

    # the patient
    def typed(self, name: str, caps: bool = False) -> str:
        if self.bare_accents:
            name = plain_accents(name)
        if self.lower_name:
            return name.lower()
        return name.upper() if caps else name

    def surname(self) -> str:
        return self.typed(self.c.patient.surname, self.style in {"gS", "Sg"})

    def given(self) -> str:
        return self.typed(self.c.patient.given)

    def full(self) -> str:
        first = self.style[0] == "g"
        return f"{self.given()} {self.surname()}" if first else f"{self.surname()} {self.given()}"

    def P(self) -> str:
        return nom(self.full())

    def PG(self) -> str:
        return nom(self.given())

    def PS(self) -> str:
        return nom(self.surname())

    def PT(self) -> str:
        return f"{self.title_word} {nom(self.surname())}"

    def PTF(self) -> str:
        return f"{self.title_word} {nom(self.full())}" if self.rng.random() < 0.4 else nom(self.full())

    def PV(self) -> str:  # a name as speech-to-text writes it
        return nom(f"{self.c.patient.given} {self.c.patient.surname}")

    def PSO(self) -> str:  # a surname alone, opening the note or after a verb
        return nom(self.typed(self.c.patient.surname, self.rng.random() < 0.5))

    def PSA(self) -> str:
        return nom(self.typed(self.c.patient.surname))

    def PSLIP(self) -> str:
        return nom(slip(self.c.patient.surname, self.rng))

    def MAIDEN(self) -> str:
        others = [s for s in self.c.patient.origin.surnames if s != self.c.patient.surname]
        return nom(self.rng.choice(others))

    def e(self) -> str:
        return "e" if self.c.patient.sex == "f" else ""

    def il(self) -> str:
        return "elle" if self.c.patient.sex == "f" else "il"

    def Il(self) -> str:
        return self.il().capitalize()

    def T(self) -> str:
        return self.title_word

    def madame(self) -> str:
        return "madame" if self.c.patient.sex == "f" else "monsieur"

    def AGE(self) -> str:
        return str(age(self.c.patient, TODAY))

    # relatives, carers, children
    def rel_full(self) -> str:
        r = self.c.relative
        return f"{r.given} {r.surname.upper() if self.rng.random() < 0.4 else r.surname}"

    def KIN(self) -> str:
        return possessive(self.c.kin[0], self.c.kin[1])

    def LEKIN(self) -> str:
        return definite(self.c.kin[0], self.c.kin[1])

    def REL(self) -> str:
        return f"{self.KIN()} {nom(self.rel_full())}"

    def RELF(self) -> str:
        return nom(self.rel_full())

    def RELG(self) -> str:
        return nom(self.c.relative.given)

    def CARER(self) -> str:
        c = self.c.carer
        titled = c.sex == "f" and self.rng.random() < 0.5
        name = f"Mme {nom(c.surname)}" if titled else nom(f"{c.given} {c.surname}")
        return f"{self.c.carer_role} {name}"

    def ROLE(self) -> str:
        return self.c.carer_role

    def CARERG(self) -> str:
        return nom(self.c.carer.given)

    def KID(self) -> str:
        k = self.c.kid
        return nom(f"{k.given} {k.surname.upper()}" if self.rng.random() < 0.5 else f"{k.given} {k.surname}")

    def KIDG(self) -> str:
        return nom(self.c.kid.given)

    def PAR(self) -> str:
        p = self.c.parent
        title = "Mme" if p.sex == "f" else "M."
        return f"{title} {nom(p.surname)}" if self.rng.random() < 0.5 else nom(f"{p.given} {p.surname}")

    def KDDN(self) -> str:
        return tag("DDN", birth_date(self.rng, self.c.kid.born))

    # identifiers
    def TEL(self) -> str:
        return tag("TEL", french_phone(self.rng))

    def TELF(self) -> str:
        return tag("TEL", french_phone(self.rng, landline=True))

    def TELV(self) -> str:
        return tag("TEL", grouped(self.rng.choice(["06", "07"]) + digits(self.rng, 8), " "))

    def TELCH(self) -> str:
        return tag("TEL", swiss_phone(self.rng))

    def TELX(self) -> str:
        return tag("TEL", foreign_phone(self.rng, self.c.patient.origin.name))

    def NIR(self) -> str:
        return tag("NIR", nir(self.rng, self.c.patient))

    def DDN(self) -> str:
        return tag("DDN", birth_date(self.rng, self.c.patient.born))

    def DDNV(self) -> str:
        b = self.c.patient.born
        return tag("DDN", f"{b.day} {MONTHS[b.month - 1]} {b.year}")

    def EMAIL(self) -> str:
        return tag("EMAIL", email(self.rng, self.c.patient))

    def EMAILR(self) -> str:
        return tag("EMAIL", email(self.rng, self.c.relative))

    def EMAILV(self) -> str:  # an address spelled out by speech-to-text
        p = self.c.patient
        domain = self.rng.choice(["gmail point com", "orange point fr", "free point fr", "hotmail point fr"])
        return tag("EMAIL", f"{ascii_word(p.given)} point {ascii_word(p.surname)} arobase {domain}")

    def ADDR(self) -> str:
        return tag("ADRESSE", address(self.rng))

    def ADDRV(self) -> str:
        return tag("ADRESSE", address(self.rng, plain=True))

    def MUT(self) -> str:
        return f"{self.rng.choice(MUTUELLES)} n° {tag('ID', id_number(self.rng, 'mut'))}"

    def MUTN(self) -> str:
        return tag("ID", id_number(self.rng, "mut"))

    def DOSS(self) -> str:
        return tag("ID", id_number(self.rng, "doss"))

    def REF(self) -> str:
        return tag("ID", id_number(self.rng, "ref"))

    def AT(self) -> str:
        return tag("ID", id_number(self.rng, "at"))

    def EHIC(self) -> str:
        return tag("ID", id_number(self.rng, "ehic"))

    def PASS(self) -> str:
        return tag("ID", id_number(self.rng, "pass"))

    def AVS(self) -> str:
        return tag("ID", id_number(self.rng, "avs"))

    def LAMAL(self) -> str:
        return tag("ID", id_number(self.rng, "lamal"))

    # what is kept, and plain words
    def STAFF(self) -> str:
        return keep(self.rng.choice(STAFF_FORMS))

    def STAFF2(self) -> str:
        return keep(self.rng.choice(STAFF_FORMS[::2]))

    def INJ(self) -> str:
        return keep(self.rng.choice(INJURIES))

    def HOSP(self) -> str:
        return keep(self.rng.choice(HOSPITALS))

    def URG(self) -> str:
        return keep(self.rng.choice(URGENT))

    def TOWN(self) -> str:
        return self.rng.choice(TOWNS)[0]

    def RESORT(self) -> str:
        return self.rng.choice(RESORTS)

    def n(self) -> str:
        return str(self.rng.choice([10, 12, 15, 20, 30]))


# ---------------------------------------------------------------------------------------------
# Templates: `[..]` kept words, `{NAME}` a placeholder of the Writer, an indented line goes on

PHONE = """
{PTF} a appelé pour sa [rééducation] après {INJ}. Ordonnance de {n} séances. Propose {slot}.
    Tél : {TEL}.
Appel de {PTF}, {AGE} ans, {INJ} au ski à {RESORT}. Première séance {slot} avec {STAFF}.
    Rappeler au {TEL} si souci.
{PT} souhaite déplacer son rdv de {slot} à {slot2}. Joignable au {TEL} après 18h.
{PTF} (DDN {DDN}) : nouveau dossier, {INJ}. NIR {NIR}. Mutuelle {MUT}. Rdv {slot}.
Message pour {STAFF} : {PT} ne pourra pas venir {slot}, fièvre. Rappeler au {TEL}.
{PTF} demande si on fait le tiers payant. Carte vitale {NIR}, mutuelle {MUT}.
Nouveau dossier : {P}, né{e} le {DDN}, tél {TEL}, mail {EMAIL}. {INJ}, prescription reçue par mail.
    Vu{e} par {STAFF} {slot}.
{PT} a rappelé, toujours mal au genou après la séance de {slot}. {STAFF} doit rappeler au {TEL}.
Appel {PTF} : accident du travail sur un télésiège à {RESORT}, {INJ}. N° AT {AT}. Adresse : {ADDR}.
    Tél {TEL}.
{PT} demande une attestation de présence pour son employeur, à envoyer à {EMAIL}.
{PTF} {TEL} rappeler pour fixer les séances {INJ}
Changement d'adresse pour {PTF} : {ADDR}. Nouveau portable {TEL}.
{PTF} voudrait un créneau tôt le matin, travaille en station à {RESORT}. {INJ}. {TEL}
{PT}, dossier {DOSS} : l'ordonnance est périmée, doit en refaire une chez le médecin traitant.
    Prochaine séance {slot}.
{PT} n'est pas venu{e} {slot}. Deuxième absence ce mois-ci. {STAFF} demande de rappeler au {TEL}.
La mutuelle refuse le tiers payant pour {PTF}, numéro adhérent {MUTN}. Demander une attestation à jour.
{PTF}, {AGE} ans, sortie de l'hôpital ({HOSP}) après {INJ}. Kiné à domicile 3x/semaine. Adresse : {ADDR}.
    Contact : {REL}, {TEL}.
{PT} annule {slot} ({URG} : hospitalisé{e}). {STAFF} rappellera la famille au {TEL}.
{PTF} appelle de la part de {REL} : {INJ}, besoin d'un rdv {URG}. {TEL}
Prise en charge {PTF} : NIR {NIR}, né{e} le {DDN}, {MUT}. Ordonnance : {INJ}, {n} séances.
Rappeler {PTF} au {TELF} (fixe) ou {TEL} (portable) pour caler {slot}.
{PTF} — {INJ} — demande de la balnéo, on n'en fait pas. Orienter vers le centre de {TOWN}. Tél {TEL}
{PT} a perdu son ordonnance, le cabinet en a une copie ? Dossier {DOSS}. Rappeler au {TEL}.
Rdv pris pour {PTF} {slot} avec {STAFF} ({INJ}). Confirmation par SMS au {TEL}.
{PTF} ne sait plus si sa séance est {slot} ou {slot2}, rappeler au {TEL}
DDN de {PT} erronée dans le dossier : c'est le {DDN}, pas l'autre. Corriger aussi le NIR : {NIR}.
{PT} règle par chèque, pas de mutuelle pour l'instant. Adresse de facturation : {ADDR}.
{PTF} demande un créneau le samedi, impossible en semaine (saison). {INJ}. {TEL} / {EMAIL}
"""

VOICE = """
Note vocale : rappeler {madame} {PV} pour son genou virgule {il} a eu une {INJ} à {RESORT}
    la semaine dernière son numéro c'est le {TELV} voilà
bonjour c'est pour {madame} {PV} qui vient {slot} virgule il faudra lui demander sa mutuelle point
    son numéro {TELV}
Dictée : {PV} né{e} le {DDNV} {INJ} ordonnance pour {n} séances à domicile au {ADDRV} rappeler la fille
    au {TELV}
note vocale {STAFF} rappeler {PV} au {TELV} Pour le bilan de l'épaule point merci
{madame} {PV} virgule {INJ} virgule Accident du travail Au chantier virgule son numéro de sécu {NIR}
    point {il} vient {slot}
dictée du téléphone : {PV} a appelé {il} veut annuler {slot} et reprendre {slot2} elle dit que c'est
    {URG} à cause de la douleur rappeler au {TELV}
euh {madame} {PV} son mail c'est {EMAILV} pour envoyer la facture virgule merci
Note vocale : {PV} {AGE} ans {INJ} à {RESORT} {il} habite {ADDRV} visite à domicile {slot}
    Téléphone {TELV}
dictée {STAFF} : {PV} date de naissance {DDNV} nouveau dossier {INJ} Mutuelle {MUT} virgule
    tiers payant ok
rappeler {PV} Point {il} a changé de numéro le nouveau c'est {TELV} point à noter dans le dossier
Vocal : le fils de {PV} a appelé {il} est tombé{e} dans la montée du chalet {INJ} besoin d'un passage
    {URG} numéro {TELV}
note vocale bonjour {STAFF} c'est pour {PV} qui ne peut pas venir {slot} {Il} est bloqué{e} à cause de
    la neige rappeler au {TELV}
dictée : Reprise des séances pour {PV} {slot} virgule {INJ} virgule nouvelle ordonnance arrivée par mail
    de {EMAIL}
Note vocale : {PV} habite maintenant {ADDRV} virgule penser à changer l'adresse dans le dossier {DOSS}
message dicté : {PV} né{e} le {DDNV} numéro de sécurité sociale {NIR} {il} vient pour une {INJ} {slot}
note vocale pour {STAFF} {madame} {PV} Veut savoir si on prend la carte vitale point téléphone {TELV}
dictée rapide {PV} annule tout le mois {il} part en cure appeler {REL} au {TELV} pour les détails
"""

SMS = """
SMS reçu : Bonjour c {PG} {PS} je pourrai pas venir {slot} dsl, on peut décaler ? {TEL}
SMS de {TEL} : "Bjr, c'est {PTF}, je suis en retard de 10 min pour {slot}"
SMS : {PG} ({TEL}) demande si {STAFF} peut le/la prendre {slot2} au lieu de {slot}.
Texto {PTF} : "genou gonflé depuis hier soir, je viens qd même {slot} ?" Rappeler {TEL}
SMS du {TEL} : {PT} ne viendra pas {slot}, {il} est chez {REL}.
sms {P} {TEL} : ok pour {slot} merci
SMS : "Bonjour, {RELF} pour {PTF}, {il} a besoin d'une séance à domicile, adresse {ADDR}"
SMS reçu {TEL} : "C {PS}, j'ai oublié ma carte vitale, je l'amène {slot}"
Texto de {PTF} : nouvelle adresse mail {EMAIL}, merci de mettre à jour.
"""

MAIL = """
TR : demande de rdv\\nDe : {P} <{EMAIL}>\\nObjet : rééducation\\nBonjour, suite à une {INJ} je souhaiterais
    un rendez-vous avec {STAFF}. Mon numéro : {TEL}. Cordialement
Mail transféré par {STAFF} :\\n« Bonjour, je suis {RELF}, pour {PTF} qui sort de l'hôpital ({HOSP})
    {slot} et aura besoin de kiné à domicile : {ADDR}. Tél {TEL}. »
Fwd: ordonnance\\nDe : {EMAIL}\\nBonjour, ci-joint l'ordonnance de {PTF} (né{e} le {DDN}).
    N° de sécu : {NIR}. Merci.
TR: attestation\\nExpéditeur : {EMAIL}\\nMadame, Monsieur, je vous remercie de m'adresser l'attestation
    de séances pour {PTF}, dossier {DOSS}. {P}
Courriel reçu de {EMAIL} : {PTF} demande une facture détaillée pour {MUT}. Adresse : {ADDR}.
TR : changement\\nDe : {RELF} <{EMAILR}>\\nBonjour, {PTF} ne pourra plus venir seul{e}. Pouvez-vous
    passer à domicile, {ADDR} ? Mon portable : {TEL}.
Mail de {EMAIL} : {PTF}, PhD au labo, demande des séances le soir pour {INJ}. Tél {TEL}.
Fwd: arrêt de travail\\nDe : {EMAIL}\\nObjet : {PTF} — accident du travail n° {AT}\\nMerci de joindre
    le certificat. {STAFF} a vu le patient {slot}.
"""

BOOKING = """
Réservation en ligne | Patient : {P} | Né(e) le : {DDN} | Tél : {TEL} | Motif : {INJ} | Créneau : {fslot}
    | Praticien : {STAFF} | Réf. {REF}
Export agenda — {fslot} — {P} — {TEL} — {EMAIL} — motif : {INJ} — réf {REF}
RDV EN LIGNE\\nNom : {PS}\\nPrénom : {PG}\\nDate de naissance : {DDN}\\nTéléphone : {TEL}\\nMotif : {INJ}
    \\nRendez-vous : {fslot}
Prise de rendez-vous internet ; {P} ; {EMAIL} ; {TEL} ; {fslot} ; nouveau patient ; réf. {REF}
Annulation en ligne : {P} (réf. {REF}) annule {fslot}. Motif : « pas de neige, on rentre plus tôt ».
Export : patient {P}, ddn {DDN}, NIR {NIR}, mutuelle {MUT}, rdv {fslot} avec {STAFF}.
"""

ANSWER = """
Répondeur 8h12 : « Bonjour, c'est {PTF}, je rappelle pour mon rendez-vous de {slot}, mon numéro {TEL}. »
Message répondeur : {PT} ... annule {slot} ... rappeler au {TEL} (message coupé).
Répondeur : « oui bonjour c'est {REL}, pour {PTF}, {il} est tombé{e} hier, il faudrait quelqu'un
    à la maison, on est au {ADDR}, merci de rappeler le {TEL} »
Répondeur samedi : {PTF} demande si {STAFF} peut la/le voir {URG}, {INJ}. Tél {TEL}.
Message laissé à 19h40 : {P}, {INJ}, « rappelez-moi au {TEL} ou au {TELF} ».
Répondeur (inaudible en partie) : {PT}, né{e} le {DDN} ?, veut un rdv {slot}. Numéro : {TEL}.
Répondeur : « bonjour c'est {CARER} pour {PTF}, la séance de {slot} ne pourra pas se faire, rappelez-moi
    au {TEL} »
"""

HOME = """
Visite à domicile {slot} chez {PTF}, {AGE} ans : {ADDR}. Sonner deux fois. {INJ}. Fille : {TEL}.
Domicile : {PTF} — {ADDR} — accès difficile l'hiver, chaînes conseillées. {STAFF} y va {slot}.
Nouvelle prise en charge à domicile : {PTF}, né{e} le {DDN}, {ADDR}. Tél fixe {TELF}. {INJ}.
{PT} ({AGE} ans), hameau isolé, {ADDR}. Le chemin n'est pas déneigé, appeler avant au {TELF}.
Passage {slot} chez {PTF} : {ADDR}. Clé dans la boîte, {CARER} sera là. {TEL}
Rééducation à domicile pour {PTF} après {INJ} : {ADDR}. Contact {REL} ({TEL}).
{PTF}, chalet en altitude : {ADDR}. Ne pas monter si verglas, prévenir au {TEL}. Prochaine visite {slot}.
Domicile {URG} : {PTF} a chuté, {INJ} suspectée, {ADDR}. Voisine sur place, {TELF}.
Visite du {slot} annulée chez {PT} (route fermée par avalanche). Rappeler au {TELF}.
Kiné respiratoire à domicile pour {PTF} : {ADDR}. NIR {NIR}. {STAFF} passe {slot}.
"""

FAMILY = """
{REL} appelle pour {PTF} : {il} a du mal à monter l'escalier depuis la {INJ}. Rappeler au {TEL}.
Appel de {CARER} pour {PT} : séance de {slot} à décaler (rendez-vous chez le médecin). {TEL}
{REL} ({TEL}) demande qu'on envoie les factures de {PTF} à son adresse : {ADDR}.
{CARER} signale que {PT} se plaint de l'épaule depuis la chute. {STAFF} passera {slot}.
Appel de {REL} : {PTF} (né{e} le {DDN}) est à l'{HOSP}, suspendre les séances. Tél {TEL}.
{REL}, {TEL}, demande si {STAFF} peut voir {PTF} plus tôt, {URG}.
Appel de {CARER} : {PTF} refuse les exercices, demande un avis de {STAFF}. Rappeler au {TEL}.
{REL} appelle de l'étranger ({TELX}) : {PTF} rentre {slot}, reprendre les séances.
{REL}, tuteur de {PTF}, transmet le NIR : {NIR} et la mutuelle : {MUT}.
{REL} nous écrit de {EMAILR} : {PTF} habite désormais avec {LEKIN}, {ADDR}.
Appel de {CARER} : {PT} est mieux, on garde {slot}. Numéro de l'agence {TELF}.
"""

WORK = """
Accident du travail — {PTF}, perchman à {RESORT}, {INJ}. N° AT {AT}, employeur prévenu. Tél {TEL}.
    Rdv {slot}.
{PTF}, saisonnier{e} (hôtel à {RESORT}), {INJ} en portant des charges. Feuille AT {AT}. Tél {TEL}.
Chantier à {TOWN} : {PTF} tombé{e} d'un échafaudage, {INJ}. NIR {NIR}, AT {AT}. Rappeler au {TEL}.
{PTF}, pisteur-secouriste, {INJ}. Dossier AT {AT}, adresse {ADDR}. {STAFF} le/la voit {slot}.
Accident de travail en cuisine (restaurant d'altitude) : {P}, {INJ}. Logé{e} {ADDR}. {TEL}
{PT} demande le certificat de reprise pour son patron, AT {AT}. Envoyer à {EMAIL}.
Moniteur de ski, {PTF}, {INJ} en cours collectif. AT {AT}, tél {TEL}, reprise prévue {slot}.
"""

SCHOOL = """
{PAR} appelle pour {KID} ({KDDN}), {INJ} au ski-club. Certificat pour le club à préparer. {TEL}
Dispense d'EPS pour {KID}, {INJ}. Le parent ({PAR}) passe la chercher {slot}. Tél {TEL}.
{KID}, né(e) le {KDDN}, entorse au cross du collège. Rdv {slot} avec {STAFF}. Père : {TEL}.
Club de hockey de {TOWN} : {KID}, {INJ}. Le parent, {PAR}, demande un bilan. {EMAIL}
{PAR} : {KIDG} a repris le ski trop tôt, douleur. Rdv {URG} {slot}. {TEL}
Section ski-études : {KID} ({KDDN}) {INJ}. Facture au nom de {PAR}, mutuelle {MUT}.
{KID} — {INJ} au biathlon — certificat de non-contre-indication refusé. Rappeler {PAR} au {TEL}.
Stage de ski de {KID} annulé, {PAR} demande des séances pendant les vacances. {TEL}
"""

TOURIST = """
Touriste : {P}, en séjour à {RESORT}, {INJ}. GHIC {EHIC}. Portable {TELX}. Rdv {slot}.
{P}, on holiday in {RESORT}, knee ({INJ}). Phone {TELX}, EHIC {EHIC}. Seen by {STAFF} {slot}.
Skieur en séjour, {P}, {INJ} à {RESORT}. Passeport {PASS}. Tél {TELX}. Logement : {ADDR}.
Vacancier {P} (passeport {PASS}), {INJ}, repart samedi. Séance {slot}. {TELX}
{P} : carte européenne {EHIC}, loge {ADDR}. {INJ}. Rappeler au {TELX} en anglais.
Tourist {P}, {INJ} after a fall in {RESORT}. Insurance ref {REF}, mobile {TELX}, email {EMAIL}.
Famille en vacances : {P}, {INJ}. N° assurance voyage {REF}. Tél {TELX}.
{PTF}, {AGE} ans, en vacances à {RESORT}, {INJ}. Carte européenne {EHIC}. Séance {slot} avec {STAFF}.
Appel du loueur de ski pour un client, {P}, {INJ}. Son numéro {TELX}. Rdv {slot}.
SMS reçu du {TELX} : "Hello, this is {PG} {PS}, ski accident in {RESORT}, can I book a session? {slot}?"
SMS {TELX} : "Hi, {PG} here, my GHIC number is {EHIC}, see you {slot}"
Fw: Booking\\nFrom: {P} <{EMAIL}>\\nHello, I injured my shoulder ({INJ}) skiing in {RESORT}.
    My phone: {TELX}. Is {slot} possible? Thanks
Répondeur : « Hello, it's {P}, staying in {RESORT}, knee injury, my number is {TELX}, thank you »
Booking online | {P} | {TELX} | {EMAIL} | {fslot} | {INJ} | booking ref {REF}
"""

FRONTIER = """
Frontalier : {PTF}, travaille à Genève, assuré LAMal n° {LAMAL}. Portable suisse {TELCH}. Rdv {slot}.
{PTF}, habite {ADDR}, travaille à Lausanne. AVS {AVS}. Tél {TELCH}.
{PT} (frontalier{e}) demande une facture en CHF pour son assurance suisse, n° {LAMAL}. Mail {EMAIL}.
Appel de {PTF} depuis la Suisse ({TELCH}) : {INJ} opéré{e} aux {HOSP}, suite de la rééducation ici.
{PTF}, N° AVS {AVS}, LAMal {LAMAL}, adresse {ADDR}. {INJ}. Rdv {slot}.
Frontalier {PTF}, {INJ}, dispo seulement après 18h30. Portable {TELCH}, fixe {TELF}.
"""

LABS = """
{PTF}, doctorant{e} au labo, {INJ} en randonnée. Mail {EMAIL}. Tél {TEL}. Rdv {slot}.
{P} (post-doc, CEA) : {INJ} à {RESORT}. Numéro étranger {TELX}. Sécu en cours, n° provisoire {DOSS}.
Ingénieur{e} {PTF}, {INJ}, demande un créneau le midi. {EMAIL} / {TEL}.
{PTF}, thésard{e}, mutuelle étudiante {MUT}, {INJ}. Joignable au {TELX}.
Invité au labo, {P}, passeport {PASS}, {INJ}. Facture au labo, contact {EMAIL}.
"""

BARE = """
Un monsieur a appelé pour les tarifs d'une séance hors nomenclature, n'a pas laissé de nom.
{STAFF} en congé {slot}, décaler ses patients sur {STAFF2}.
Livraison de la table de massage prévue {slot}. Prévenir {STAFF}.
Réunion d'équipe {slot}. Ordre du jour : planning des vacances, ménage, commande de bandes.
Le chauffage de la salle 2 ne marche plus, appeler le plombier.
Appel d'une dame pour savoir si on prend les [entorses de cheville] sans ordonnance. Réponse : non.
Rappel : la salle de balnéo est fermée jusqu'à {slot}.
Stock de [strapping] presque vide, commander avant {slot}.
La mairie a appelé pour le forum des associations, {STAFF} ira.
Coupure de courant prévue {slot} dans la rue, décaler les rdv du matin.
{STAFF} propose une formation [drainage lymphatique] {slot}, qui est intéressé ?
Quelqu'un a oublié une paire de lunettes de ski dans la salle d'attente.
Ne plus donner de rdv {slot}, {STAFF} est en formation à {TOWN}.
Appel anonyme, demande si on fait de la [kiné respiratoire] le week-end. Oui, garde le samedi.
Le logiciel de facturation sera mis à jour {slot}, pas de télétransmission pendant 1h.
Route du col fermée, les visites à domicile prévues {slot} sont reportées.
Un patient demande si on accepte les chèques vacances. Non.
Imprimante en panne, {STAFF} a appelé le dépanneur.
Commande de glace et de [attelles de genou] passée, livraison {slot}.
la dame de {TOWN} qui voulait un rdv pour son [genou] rappellera, pas laissé de numéro
Note vocale rappeler le fournisseur pour les bandes virgule on n'a plus de [tape] point
Message pour {STAFF} : les clés du local de {TOWN} sont chez {STAFF2}.
Garde de kiné respiratoire : {STAFF} {slot}, {STAFF2} {slot2}.
Formation [gestes et postures] pour la station de {RESORT} {slot}, {STAFF} confirme.
Un moniteur a appelé pour des infos sur la [rééducation du LCA], rappellera.
Le parking est fermé {slot} (déneigement).
SMS reçu sans signature : « je viens pas demain ». Numéro masqué, impossible de savoir qui.
"""

HARD_OPEN = """
{PSO} rappelle pour {INJ}, dispo {slot}. Tél {TEL}.
{PSO} : annule {slot}, reprend {slot2}.
{PSO} pas venu{e} ce matin, 2e fois. Voir avec {STAFF}.
{PSO} a laissé un message, douleur au genou après la séance, rappeler au {TEL}.
{PSO} veut un certificat pour le club, {INJ}, rdv {slot}.
"""
HARD_VERB = """
Rappeler {PSA} demain pour la mutuelle ({MUT}).
Prévenir {PSA} que {STAFF} est absent {slot}. Tél {TEL}.
Voir avec {PSA} si la séance de {slot} tient toujours, {INJ}.
Appeler {PSA} au {TEL} pour l'ordonnance.
Faut rappeler {PSA} {URG}, douleur forte depuis la séance. {TEL}
Demander à {PSA} sa nouvelle carte de mutuelle, {slot}.
"""
HARD_GIVEN = """
{PTF} : c'est {KIN} {RELG} qui l'amènera {slot}. Tél {TEL}.
{PT} viendra avec {RELG} ({LEKIN}) {slot}, prévoir le fauteuil.
{ROLE} {CARERG} a appelé pour {PT} : séance de {slot} décalée à {slot2}. {TEL}
Pour {PTF} : voir avec {CARERG} ({ROLE}) pour les clés, {TEL}.
{PT} a chuté, {RELG} a appelé du {TEL}, rdv {URG} {slot}.
{ROLE} de {PT}, {CARERG}, demande un rappel de {STAFF} au {TEL}.
"""
HARD_SLIP = """
{PT} a appelé (dossier au nom de {PSLIP} par erreur, corriger). Rdv {slot}. {TEL}
{T} {PSLIP} — {INJ} — rappeler au {TEL}.
Rappel {PTF} : NIR {NIR}, nom mal orthographié sur l'ordonnance ({PSLIP}).
Rdv {slot} pour {PSLIP} ({INJ}), tél {TEL}.
"""
HARD_BRACKETS = """
Appel de {LEKIN} ({RELF}) pour {PT} : {INJ}, rdv {slot}. {TEL}
Rdv {slot} confirmé ({PTF}), {INJ}.
{PT} (nom de naissance {MAIDEN}) : changement de nom sur la carte vitale, NIR {NIR}.
Annulation {slot} (patient : {P}) — rappeler au {TEL}.
Visite à domicile {slot} chez le patient ({PT}), {INJ}, voir {STAFF}.
"""


# ---------------------------------------------------------------------------------------------
# Notes

EVERYONE = list(FACTS)
HOME_FOLK = ["savoie", "dauphine", "italie", "portugal", "maghreb", "turquie", "bosnie", "kosovo", "vietnam"]
BLOCKS = [  # name, templates, weight, origins of the patient, youngest and oldest age
    ("appel", PHONE, 60, SETTLED + ["labos", "saisonnier"], (18, 88)),
    ("note vocale", VOICE, 40, SETTLED, (20, 92)),
    ("SMS", SMS, 22, EVERYONE, (18, 75)),
    ("mail transféré", MAIL, 18, EVERYONE, (20, 85)),
    ("réservation en ligne", BOOKING, 18, EVERYONE, (18, 75)),
    ("répondeur", ANSWER, 16, EVERYONE, (20, 90)),
    ("domicile", HOME, 22, HOME_FOLK, (68, 97)),
    ("proche ou aidant", FAMILY, 20, SETTLED, (60, 95)),
    ("accident du travail", WORK, 14, SETTLED + ["saisonnier"], (19, 60)),
    ("école et sport", SCHOOL, 14, SETTLED, (30, 50)),
    ("touriste", TOURIST, 18, TOURISTS, (20, 66)),
    ("frontalier", FRONTIER, 12, ["suisse", "savoie", "portugal", "italie", "kosovo", "bosnie", "maghreb"],
     (25, 62)),
    ("labo", LABS, 10, ["labos", "chili", "vietnam", "maghreb", "congo", "madagascar", "srilanka", "italie"],
     (23, 40)),
]
HARD_FORMS = {  # form: its own templates, "" for the ordinary ones with the patient's surname
    "name in lower case": "", "surname opening the note": HARD_OPEN, "surname after a verb": HARD_VERB,
    "relative or carer by given name": HARD_GIVEN, "surname a French word": "", "surname with a particle": "",
    "double surname": "", "slip in a name": HARD_SLIP, "name in brackets": HARD_BRACKETS,
}
NAMED = [t for t in templates(PHONE) if "{P}" in t or "{PT}" in t or "{PTF}" in t]


class NoteMaker:
    """Draws the notes one by one, in the order `write` asks for them, and keeps their flags."""

    def __init__(self) -> None:
        plan = random.Random(SEED + 1)
        order = list(range(1, NOTES + 1))
        plan.shuffle(order)
        self.bare = set(order[:BARE_NOTES])
        self.hard_notes = set(order[BARE_NOTES:BARE_NOTES + HARD_NOTES])
        self.lower = set(plan.sample(sorted(set(order) - self.hard_notes), LOWER_NOTES))
        forms = list(HARD_FORMS) * (HARD_NOTES // len(HARD_FORMS) + 1)
        self.forms = plan.sample(forms, HARD_NOTES)  # the forms in turn, four or five notes each
        self.flags: list[set[str]] = []
        self.hard = 0

    def __call__(self, rng: random.Random) -> Fragments:
        number = len(self.flags) + 1
        flags: set[str] = set()
        if number in self.bare:
            writer = Writer(rng, make_cast(rng, SETTLED, 20, 80))
            markup = writer.fill(rng.choice(templates(BARE)))
            flags.add("no identifier")
        elif number in self.hard_notes:
            markup = self.hard_note(rng, flags)
        else:
            name, block, _, origins, (youngest, oldest) = rng.choices(BLOCKS, [b[2] for b in BLOCKS])[0]
            writer = Writer(rng, make_cast(rng, origins, youngest, oldest))
            markup = writer.fill(rng.choice(templates(block)))
            flags.add(name)
        fragments = join_names(parse(markup))
        if number in self.lower:
            fragments = [(text.lower(), kind) for text, kind in fragments]
            flags.add("lower-case note")
        self.flags.append(flags)
        return fragments

    def hard_note(self, rng: random.Random, flags: set[str]) -> str:
        form = self.forms[self.hard]
        flags.add(f"hard: {form}")
        own = HARD_FORMS[form]
        template = rng.choice(templates(own) if own else NAMED)
        cast = make_cast(rng, SURNAME_FORM_ORIGINS.get(form, SETTLED), 20, 85)
        p = cast.patient
        if form == "surname a French word":
            p.surname = rng.choice([w for w in WORD_SURNAMES if fold(w) not in fold(template)])
        elif form == "surname with a particle":
            p.surname = rng.choice(PARTICLES_BY_ORIGIN[p.origin.name])
        elif form == "double surname":
            first, second = rng.sample(p.origin.surnames, 2)
            p.surname = f"{first}-{second}"
        elif form == "slip in a name":
            while len(p.surname) < 6 or slip(p.surname, random.Random(0)) == p.surname:
                p.surname = rng.choice(p.origin.surnames)
        self.hard += 1
        return Writer(rng, cast, lower_name=form == "name in lower case").fill(template)


def main() -> None:
    taken = taken_tokens(OUT, EARLIER)
    names = pooled_names(ORIGINS, _KIDS) + WORD_SURNAMES + PARTICLE_SURNAMES
    names += [slavic_form(o.surnames[i], "f") for o in ORIGINS.values() for i in range(len(o.surnames))]
    refuse_used_names(names, name_words, taken)
    maker = NoteMaker()

    def check(r: dict) -> None:
        check_unlabelled(r, name_words)
        check_no_staff(r, name_words)

    def check_set(records: list[dict]) -> None:
        check_blind_set(records, NOTES, name_words, taken, staff_share=STAFF_SHARE, bare=(0.10, 0.20))

    records = write(OUT, PREFIX, NOTES, SEED, maker, check, check_set)
    report(records, OUT, maker.flags, maker.hard)


if __name__ == "__main__":
    main()
