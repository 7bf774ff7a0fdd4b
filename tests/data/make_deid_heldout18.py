"""Held-out set 18 for the de-identifier: 300 call notes of June 2027 at a kinésithérapie practice
of the Pays basque and Béarn, in the gold markup of heldout_markup.

Written 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists,
the tests nor bench were opened, and the de-identifier was not run on these notes. The earlier sets
(the corpus, held-out sets 1 to 17 and the hard cases) were read by program only, through
heldout_markup.taken_tokens, to refuse every name word they hold; the staff's names are refused
the same way.

Setting: an ordinary month (June 2027) of a cabinet de kinésithérapie working from Bayonne to Pau:
the coast (Bayonne, Anglet, Biarritz, Saint-Jean-de-Luz, Hendaye), the villages of Labourd,
Basse-Navarre and Soule, the Béarn valleys, the south of the Landes and, across the border,
Gipuzkoa and Navarre. Old Basque families (house-name surnames in -ena, -aga, -artea, written with
tx/tz), Béarnais families with Gascon given names, Spanish Basques and Spaniards, Portuguese,
Maghreb families, surfers and tourists (Australian, British, Irish, German), retirees from Paris,
rugby and pelota players, Landes forestry workers. Answering-machine transcripts (some with Basque
or Spanish words), online-booking exports, forwarded e-mails and SMS, home visits, relatives and
carers calling, prescriptions, tiers payant, sport, school and work-accident papers. 36 notes hold
no identifier at all, 20 are typed all in lower case, 43 give a name in a harder form (lower case,
surname first, a bare surname after a verb, a relative by given name or nickname only, a surname
that is an ordinary word, a particle, a double surname, a typo, brackets), and about a third keep
the name of one of the practice's staff.

Labelling: NOM for the names of patients, relatives, carers and neighbours, a title (M., Mme,
Madame...) left outside the span; TEL, NIR (a wrong key or a birth abroad still a NIR), DDN (birth
dates only), EMAIL, ADRESSE (from the house number, house name, résidence or lieu-dit through
postcode and town, typed in one run; a town alone is not marked), ID (mutuelle, dossier, booking,
accident, licence, DNI, CEAM, travel insurance and INE numbers). Kept (K): appointment slots (never
with a year, so that none looks like a birth date), the staff's names, clinical terms and eponyms,
hospitals and clubs. No doctor outside the practice is named.

Run from tests/data: ../../.venv/bin/python make_deid_heldout18.py (writes deid_heldout18.jsonl).
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass
from pathlib import Path

from heldout_markup import (
    STAFF,
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
    draw_kinds,
    fold,
    join_names,
    keep,
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

HERE = Path(__file__).parent
OUT = HERE / "deid_heldout18.jsonl"
# The hard cases were checked too when this set was written; they have since taken cases from it.
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 18)))
NOTES = 300
SEED = 18_2027
PREFIX = "e"
TODAY = dt.date(2027, 6, 15)
BARE, LOWER, HARD, WITH_STAFF = 36, 20, 43, 105  # no span, lower case, harder name, staff kept
PARTICLES = {"de", "d", "du", "del", "la", "von"}

# ---------------------------------------------------------------------------------------------
# People

POOLS = """
eus f: Itxaro Maialen Oihana Miren Arantxa Nekane Gaxuxa Mayi Kattalin Maddalen Ekhiñe Begiñe
 Graxi Argitxu Libe Idoia Elixabete Pantxika Terexa Xantiana
eus m: Ellande Mattin Gexan Battit Unai Gorka Pantxoa Ramuntxo Mixel Pello Eñaut Erramun Jakes
 Kepa Allande Ganix Gaizka Imanol Joanes Haritz Benoat Mikelo
eus s: Olaizola Larrañaga Zubieta Goienetxe Elissalde Mendiburu Iturralde Haramboure Irigaray
 Inchauspé Etcheto Lekuona Sorhaindo Oçafrain Apesteguy Uhaldeborde Iribarren Curutchet
 Landaburu Larregain Salaberria Amestoy Arotçarena Txoperena Otxandorena Zubiarrain Urrutia
 Ainziburu Arbelbide Idiartegaray Etxart Berhocoirigoin Oyarzabal Olhagaray Lasaga Arozena
 Ibarburu Hegoburu Ithurbide Bordagaray Urruty Sorçabal Harismendy Etxandi Arrosagaray
 Lekunberri Agerre Antxordoki Barnetche Oillarburu Beltzarena Otsoarena Mendiartea Larrartea
 Bidartea Zuloaga Arteaga Iriartea Ibarzabal Elizagoien Aguergaray Lohitzun
eus kf: Ane Haizea Lohitzune Alaia Izaro Uxue Oihane Lorea Malen Hegoa Intza Amets
eus km: Eneko Ekain Oihan Aimar Xan Urko Julen Ortzi Ekhi
bea f: Gratianne Gracieuse Esclarmonde Garsende Guiraude Clarmonda Bernadeta Catalina Margalida
 Vitòria Zélia Fernandine
bea m: Salvat Vital Sanche Guilhem Arnaut Miquèu Georges Jausèp Sarnin Bertomieu Ramon Ovide
bea s: Lassalle Casamayou Pourtau Loustau Labarthe Bordenave Lapassade Pédebernade Haurat
 Camdessus Trouilh Lacrampe Sarthou Casteret Lasserre Cazaubon Hourcade Poueyto Pucheu Lahitte
 Lagouarde Touyarot Cassou Lanusse Cabanne Dupouey Pambrun Suberbielle Cazala Larroque Menjucq
 Tisné Lassègue Crabos Bouhaben Bourdeu Laclau Peyret Hontaas Cantounet Lapuyade Sarrailh Pouey
 Capblancq Lacoarret Mirassou Sallenave Bouzom Lacabanne Poeydomenge Hourcadette Cazalé Palassou
 Candau
bea kf: Ayana Maïlys Lyla Aëlys Méline Joy Cléa Anaé
bea km: Sacha Milan Malone Ilan Lohan Naïm Timoté Matéo Célian
esp f: Nerea Itziar Begoña Consuelo Ainara Iciar Maitane Arrate Yolanda Visitación Jaione Txaro
 Kontxi Maider
esp m: Asier Jon Josu Ander Alfonso Jesús Íker Xabier Joseba Fermín Patxi Eusebio Aritz Urtzi
 Jokin
esp s: Arrizabalaga Olano Urkiola Etxaniz Santamaría Ordóñez Castrillo Peñalva Cuadrado Arribas
 Cabello Goikoetxea Azpiroz Lasarte Zabaleta Egaña Mugica Aranburu Beloki Insausti Otaegi Larrea
 Sarasola Elorza
esp kf: Leire Naroa Nahikari
esp km: Unax Hodei Oier Markel Ekaitz
por f: Leonor Guilhermina Isaura Adosinda Fernanda Gracinda Hermínia Margarida Palmira Sílvia
por m: Artur Baltazar Crispim Diamantino Hermínio Octávio Sebastião Valdemar Horácio
por s: Ribas Vasconcelos Carrapiço Trindade Bragança Canelas Espinheira Cachapuz Lobato Serôdio
 Albuquerque Penedo Quintela Assunção Malheiro
por kf: Matilde Lara Constança
por km: Duarte Tomás Salvador Leonardo Gustavo
mag f: Sabah Ouafa Yamna Loubna Ilham Mbarka Wafae Khadidja Yamila Chahrazed Nabila Ourida
mag m: Boubaker Hamid Bachir Ridha Tayeb Ammar Mohand Hacène
mag s: Hamdaoui Benslimane Guerraoui Sebbagh Laraki Bouchentouf Saadaoui Ghellab Mazouz Bensmaïl
 Bellahcene Nedjari Soltani Abdelmoula
mag kf: Lilia Sara Maïssa
mag km: Naïl Anas
ang f: Bronte Tegan Kirra Poppy Saoirse Harriet Philippa Rosalind Verity Jemima Tamsin
ang m: Lachlan Hamish Jarrah Fergus Rhys Ciaran Angus Callum Toby Declan Oisin Barnaby Digby Aldous
ang s: Fairweather Thornbury McAllister Pendleton Whitlock Ashcroft O'Loughlin Kingsley Pascoe
 Penrose Callaghan Hollis Carmody Fitzgerald Fenwick Ormsby Kettlewell
deu f: Ulrike Heike Dörte Frieda Anke Gesine Birte Gudrun
deu m: Lennart Malte Torsten Jannik Henning Rüdiger Detlef Ekkehard
deu s: Brandstätter Hofmeister Kühnel Ebersbach Reinholz Walbrecht Grünewald Steinhauer Vogelsang
 Mühlbauer Kesselring Dannemann
par f: Ariane Iseult Guénola Béatrix
par m: Foulques Hugolin Bertil Ferréol
par s: Rousselot Chambon Lefébure Tessier Vaillant Feuillade Duplessis Thibaudeau Rochefort
 Dampierre Montclar Beaumanoir Hennequin
par kf: Ariane Iseult
par km: Bertil Hugolin
lan f: Sylvianne Karen Marylou
lan m: Joris Bixente Gérôme Fabian
lan s: Lamaignère Dussau Barrouillet Darricau Bats Ducournau Lesbats Dulau Dupérier Lacouture
 Capdeville Garbay Lalande Mora Darmaillacq Destenave Lasgourgues Dubroca Lannelongue Larrouy
 Campet Laulom Mauco Saubion Lataste
lan kf: Marylou
lan km: Joris
"""
FACTS = {  # origin: (weight, INSEE codes of the countries of birth abroad, birth departments)
    "eus": (26, "", "64 64 64 64 40 33 75"),
    "bea": (18, "", "64 64 64 65 40 31"),
    "esp": (9, "134", "64"),
    "por": (8, "139", "64 40 33"),
    "mag": (8, "350 352 351", "64 33 31"),
    "ang": (5, "132 501 136", ""),
    "deu": (3, "109", ""),
    "par": (9, "", "75 92 94 78"),
    "lan": (7, "", "40 40 40 33 64"),
}
ORIGINS, KIDS = load_pools(POOLS, FACTS)
BASE = {name: weight for name, (weight, _, _) in FACTS.items()}
WORD_SURNAMES = {"esp": words("Pastor Cordero Calvo Herrero"), "eus": words("Larre Mendi Harri"),
                 "bea": words("Lièvre Faucon Loriot Noyer Sabot"), "por": words("Pimenta")}
PARTICLE_SURNAMES = {
    "eus": ["d'Abbadie", "de Belsunce", "d'Uhalt", "de Laxague", "d'Echaux", "d'Etchegoyen", "de Lur"],
    "bea": ["de Casenave", "de Gramont"],
    "esp": ["de la Fuente", "del Campo"],
    "deu": ["von Hagen"],
}
NICKNAMES = words("Titou Dédé Jojo Loulou Pantxo Kattin Pitxu Mimi Pépette Titi Nono Coco Bibi Txiki "
                  "Mattintxo Kiki")
ADULT_KIN = (("sœur", "f", 0.3), ("frère", "m", 1), ("neveu", "m", 0.5), ("nièce", "f", 0.3),
             ("voisine", "f", 0), ("voisin", "m", 0), ("amie", "f", 0))  # noun, sex, chance
OLDER_KIN = (("fille", "f", 0.5), ("fils", "m", 1), ("belle-fille", "f", 1), ("gendre", "m", 0),
             ("petite-fille", "f", 0.5), ("petit-fils", "m", 1))  # of sharing the surname
YOUNGER_KIN = (("mère", "f", 0.7), ("père", "m", 1))
SPOUSES = {"f": (("mari", "m", 1), ("compagnon", "m", 0)),
           "m": (("épouse", "f", 1), ("compagne", "f", 0))}
KID_KIN = (("frère", "m", 1), ("sœur", "f", 1), ("grand-mère", "f", 0.5), ("grand-père", "m", 0.5),
           ("tante", "f", 0.3), ("oncle", "m", 0.5))
NOT_KIN = ("voisine", "voisin", "amie")
CARERS = (("auxiliaire de vie", "f"), ("aide à domicile", "f"), ("aide-soignante du SSIAD", "f"),
          ("infirmière libérale", "f"), ("infirmier libéral", "m"), ("aide à domicile", "m"))
CARER_ORIGINS = ("eus", "bea", "por", "mag", "lan")
TAKEN = taken_tokens(OUT, EARLIER)


def name_words(name: str) -> set[str]:
    return name_parts(name, PARTICLES)


def all_names() -> list[str]:
    """Every name the notes can hold, so that none an earlier set holds slips in."""
    special = [n for table in (WORD_SURNAMES, PARTICLE_SURNAMES) for names in table.values()
               for n in names]
    return pooled_names(ORIGINS, KIDS) + special + NICKNAMES


# ---------------------------------------------------------------------------------------------
# Places

TOWNS = {
    "côte": "64100 Bayonne; 64600 Anglet; 64200 Biarritz; 64500 Saint-Jean-de-Luz; 64500 Ciboure; "
            "64700 Hendaye; 64122 Urrugne; 64210 Bidart; 64210 Guéthary; 64340 Boucau; 40220 Tarnos",
    "labourd": "64310 Ascain; 64310 Sare; 64310 Saint-Pée-sur-Nivelle; 64250 Espelette; "
               "64250 Cambo-les-Bains; 64250 Itxassou; 64480 Ustaritz; 64480 Larressore; "
               "64240 Hasparren; 64210 Arbonne; 64990 Mouguerre; 64990 Villefranque; 64240 Urt; "
               "64520 Bardos",
    "navarre": "64220 Saint-Jean-Pied-de-Port; 64430 Saint-Étienne-de-Baïgorry; 64120 Saint-Palais; "
               "64780 Ossès; 64780 Irissarry; 64780 Bidarray; 64640 Iholdy; 64430 Banca",
    "soule": "64130 Mauléon-Licharre; 64470 Tardets-Sorholus; 64130 Barcus; 64130 Ordiarp; "
             "64560 Larrau; 64560 Sainte-Engrâce",
    "béarn": "64000 Pau; 64230 Lescar; 64140 Lons; 64140 Billère; 64110 Jurançon; 64290 Gan; "
             "64800 Nay; 64300 Orthez; 64270 Salies-de-Béarn; 64390 Sauveterre-de-Béarn; "
             "64190 Navarrenx; 64360 Monein; 64150 Mourenx; 64400 Oloron-Sainte-Marie; 64260 Arudy; "
             "64440 Laruns; 64490 Bedous; 64490 Accous; 64490 Lescun; 64570 Aramits; 64570 Arette",
    "landes": "40440 Ondres; 40530 Labenne; 40130 Capbreton; 40150 Soorts-Hossegor; "
              "40230 Saint-Vincent-de-Tyrosse; 40300 Peyrehorade; 40110 Morcenx; 40260 Castets; "
              "40260 Linxe; 40410 Pissos; 40630 Sabres; 40370 Rion-des-Landes",
    "espagne": "20280 Hondarribia; 20302 Irun; 20304 Irun; 20012 Donostia; 20100 Errenteria; "
               "20110 Pasaia; 31780 Bera; 31700 Elizondo; 31770 Lesaka; 31008 Pamplona",
}
HOMES = {"eus": {"labourd": 4, "côte": 3, "navarre": 2, "soule": 2}, "bea": {"béarn": 1},
         "esp": {"espagne": 8, "côte": 2}, "por": {"côte": 2, "béarn": 1, "landes": 1},
         "mag": {"côte": 2, "béarn": 1}, "ang": {"côte": 1}, "deu": {"côte": 1},
         "par": {"côte": 3, "labourd": 1, "béarn": 1}, "lan": {"landes": 3, "côte": 1}}
STREETS = {
    "côte": "rue Pannecau|rue d'Espagne|avenue de la Marne|rue des Faures|allée des Tamaris|"
            "impasse des Palombes|avenue de l'Adour|chemin des Crêtes|rue du Fronton|"
            "boulevard du BAB|avenue de Verdun|rue Gambetta|place des Halles|route de Cambo|"
            "allée du Trinquet|rue des Corsaires|avenue d'Ilbarritz|quai de la Nive",
    "village": "chemin d'Errepira|route des Cimes|chemin Xopolo|chemin du Moulin|rue Principale|"
               "place du Fronton|route de Mauléon|chemin de Lapitxuri|route de la Rhune|"
               "chemin de l'Ermitage",
    "béarn": "rue du Gave|chemin de la Hourquie|route de Lasseube|avenue des Pyrénées|rue Castetnau|"
             "place de la Halle|chemin Lacrouts|rue des Cordeliers|avenue du Béarn|impasse du Lavoir|"
             "route d'Oloron|rue du Moulin|allée des Platanes",
    "landes": "route des Pins|chemin de Cap de Pin|allée des Chênes-lièges|route de Morcenx|"
              "rue des Résiniers|impasse des Bruyères|avenue de la Gare|route de Sabres|"
              "rue de l'Airial",
}
STREET_GROUP = {"côte": "côte", "labourd": "village", "navarre": "village", "soule": "village",
                "béarn": "béarn", "landes": "landes"}
HOUSES = words("Etxezaharrea Larraldea Iturriondoa Bordaberria Errotaldea Mendibeltzea Haritzaga "
               "Etxegaraia Goienetxea Xokoan Harizpea Ithurburua Oihanaldea Landaxoko Errekaldea "
               "Gaztelondoa Urtxoko Etxeberrikoborda Zelaiburua")
QUARTERS = words("Ibarron Amotz Helbarron Urcuray Basseboure Laxia Olha Pinodieta Zelaia Sorhoeta "
                 "Elizaberri Bourgneuf Suhalmendi")
LIEUX_DITS = {"béarn": ("Lou Casteig", "Bergès", "Peyrelade", "Le Bourdalat", "Houndas", "Capbat",
                        "Tucoulet", "Las Bordes", "Lou Sarrot"),
              "landes": ("Pédebosq", "Lagrave", "Mounic", "Tastet", "Berrot", "Lesperon",
                         "Bordessoules")}
RESIDENCES = ("Les Hortensias", "Les Tamaris", "Arrosa", "Bel Air", "Les Jardins de l'Adour",
              "Itsas Mendi", "Le Clos des Chênes", "Les Terrasses du Gave", "Mendi Alde")
CALLES = ("calle Mayor", "calle San Pedro", "calle Santiago", "avenida de Navarra", "paseo de Colón",
          "Nagusia kalea", "Kale Zaharra", "Santiago kalea")
PISOS = ("2º izda.", "3º dcha.", "bajo", "1º B", "4º A")
CASERIOS = (("Jaizubia", "Iturriondo"), ("Olaberria", "Altzueta"), ("Arkale", "Errekalde"),
            ("Urdanibia", "Goikola"))
ABROAD = {  # the home address of a visitor, by nationality
    "britannique": ("{n} Fistral Crescent, Newquay TR7 1PE", "{n} Tolcarne Road, Newquay TR7 2NQ",
                    "{n} Harbour Street, Whitstable CT5 1AQ"),
    "australien": ("{n} Pacific Parade, Coolangatta QLD 4225",
                   "{n} Marine Parade, Kingscliff NSW 2487"),
    "irlandais": ("{n} Main Street, Lahinch, Co. Clare V95 T6P4",
                  "{n} Strandhill Road, Sligo F91 K7W2"),
    "allemand": ("Lindenstraße {n}, 79098 Freiburg im Breisgau", "Am Deich {n}, 25980 Sylt",
                 "Kastanienallee {n}, 10435 Berlin"),
}
COMPANIES = ("scierie de la Haute-Lande", "entreprise de travaux forestiers", "conserverie",
             "coopérative agricole", "SARL de maçonnerie", "plateforme logistique")

# ---------------------------------------------------------------------------------------------
# What the notes keep, and the words around the names

HOSPITALS = (("m", "Centre hospitalier de la Côte basque"), ("v", "hôpital de Bayonne"),
             ("m", "CH de Pau"), ("m", "CH d'Oloron"), ("f", "Clinique Belharra"),
             ("f", "Clinique Aguiléra"), ("f", "Polyclinique Côte basque sud"),
             ("v", "Hôpital marin d'Hendaye"), ("f", "Clinique Marzet"),
             ("f", "Polyclinique de Navarre"), ("m", "CHU de Bordeaux"),
             ("f", "clinique Saint-Étienne"), ("v", "hôpital de Saint-Palais"))
SPANISH_HOSPITALS = (("v", "Hospital Universitario Donostia"), ("v", "Hospital del Bidasoa"))
AT_HOSPITAL = {"f": "à la ", "m": "au ", "v": "à l'"}
FROM_HOSPITAL = {"f": "de la ", "m": "du ", "v": "de l'"}
CLINICAL = {
    "old": ("maladie de Parkinson", "PTH", "PTG", "fracture de Pouteau-Colles",
            "capsulite rétractile", "maladie de Dupuytren", "syndrome de Guillain-Barré", "VPPB",
            "lombosciatique"),
    "kid": ("maladie d'Osgood-Schlatter", "maladie de Sever", "maladie de Scheuermann",
            "entorse de cheville"),
    "sport": ("ligamentoplastie du LCA", "lésion de Bankart", "fracture de Maisonneuve",
              "entorse de cheville", "tendinopathie de la coiffe"),
    "work": ("lombosciatique", "canal carpien", "ténosynovite de De Quervain",
             "fracture de Maisonneuve", "tendinopathie de la coiffe", "névrome de Morton"),
}
CLINICAL["adult"] = tuple(dict.fromkeys(CLINICAL["sport"] + CLINICAL["work"]))
CLINICAL["all"] = tuple(dict.fromkeys(t for group in CLINICAL.values() for t in group))
CLUBS = {"rugby": ("Aviron bayonnais", "Biarritz Olympique", "Section paloise",
                   "Saint-Jean-de-Luz Olympique"),
         "pelote": ("Luzean", "Zaharrer Segi", "Airetik", "Noizbait"),
         "surf": ("Anglet Surf Club",), "basket": ("Élan béarnais",)}
MUTUELLES = ("MGEN", "Harmonie Mutuelle", "Mutualia", "Apivia", "Malakoff Humanis", "Pro BTP", "MSA",
             "MAAF Santé", "Groupama")
JOBS = {"m": ("ouvrier forestier", "bûcheron", "élagueur", "ouvrier en scierie", "maçon",
              "couvreur", "chauffeur-livreur", "ouvrier agricole", "cuisinier", "docker"),
        "f": ("aide-soignante", "ouvrière en conserverie", "caissière", "serveuse", "agricultrice",
              "agent d'entretien", "auxiliaire de puériculture")}
NATIONS = {"ang": (("australien", "australienne"), ("britannique", "britannique"),
                   ("irlandais", "irlandaise")),
           "deu": (("allemand", "allemande"),), "esp": (("espagnol", "espagnole"),)}
NO_NATION = (("de passage", "de passage"),)
DOMAINS = {"esp": ("gmail.com", "euskaltel.net", "telefonica.net", "yahoo.es", "hotmail.es"),
           "ang": ("gmail.com", "bigpond.com", "btinternet.com", "outlook.com", "icloud.com"),
           "deu": ("web.de", "gmx.de", "t-online.de", "gmail.com"),
           "por": ("gmail.com", "sapo.pt", "orange.fr", "hotmail.fr")}
FRENCH_DOMAINS = ("gmail.com", "orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr",
                  "hotmail.fr", "outlook.fr", "icloud.com")
HI = {"eus": ("Kaixo,", "Egun on,"), "esp": ("Hola, buenos días,", "Hola,"), "ang": ("Hi,", "Hello,"),
      "deu": ("Hallo,",), "por": ("Bom dia, bonjour,",)}
BYE = {"eus": ("Milesker, agur !", "Eskerrik asko, agur."), "esp": ("Gracias, hasta luego.",),
       "ang": ("Cheers, bye!", "Thanks a lot."), "deu": ("Danke, tschüss.",),
       "por": ("Obrigado, au revoir.",)}
IAM = {"eus": ("{pfull} naiz",), "esp": ("soy {pfull}",), "ang": ("it's {pfull}",),
       "deu": ("hier ist {pfull}",)}
CEAM_COUNTRY = {"espagnol": "724", "allemand": "276", "britannique": "826", "irlandais": "372"}
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi")
MONTHS = words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre")
DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE"
LETTERS = "ABCDEFGHJKLMNPRSTUVWXYZ"
PLACEHOLDER = re.compile(r"\{(\w+)\}")
MENTION = re.compile(r"\{(pat|pfull|iam)\}")


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def letters(rng: random.Random, count: int) -> str:
    return "".join(rng.choice(LETTERS) for _ in range(count))


def capital(text: str) -> str:
    """The first letter up, unless the text opens on markup (a name is capitalised already)."""
    return text if text.startswith("[") else text[:1].upper() + text[1:]


def plain(text: str) -> str:
    """A name as it goes into an e-mail address."""
    return re.sub(r"[^a-z0-9]", "", fold(text))


def town_of(rng: random.Random, region: str) -> tuple[str, str]:
    """The postcode and the name of a town of `region`."""
    postcode, town = rng.choice(TOWNS[region].split("; ")).split(" ", 1)
    return postcode, town


# ---------------------------------------------------------------------------------------------
# Dates and slots


def clock(rng: random.Random) -> str:
    hour, minute = rng.randint(8, 19), rng.choice((0, 0, 15, 30, 45))
    if minute == 0:
        return rng.choice((f"{hour}h", f"{hour}h00", f"{hour} h"))
    return rng.choice((f"{hour}h{minute}", f"{hour}:{minute}", f"{hour} h {minute}"))


def slot_text(rng: random.Random) -> str:
    """A day of the week and an hour: mardi 14h30, jeu. 9h, vendredi à 17h15."""
    day = rng.choice(WEEKDAYS)
    return rng.choice((f"{day} {clock(rng)}", f"{day} à {clock(rng)}", f"{day[:3]}. {clock(rng)}"))


def full_slot(rng: random.Random) -> str:
    """A weekday of June or early July 2027 and an hour, without the year."""
    day = dt.date(2027, 6, 1) + dt.timedelta(days=rng.randrange(39))
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    name, date = WEEKDAYS[day.weekday()], "1er" if day.day == 1 else str(day.day)
    return rng.choice((f"{name} {date} {MONTHS[day.month - 1]} à {clock(rng)}",
                       f"{name[:3]}. {day:%d/%m} {clock(rng)}", f"{day:%d/%m} à {clock(rng)}",
                       f"{day:%d/%m} {clock(rng)}", f"{name} {day.day}/{day.month} à {clock(rng)}"))


def birth_text(rng: random.Random, born: dt.date) -> str:
    """A birth date in one of the ways a French secretary types it."""
    day = "1er" if born.day == 1 else str(born.day)
    return rng.choice((f"{born:%d/%m/%Y}", f"{born:%d.%m.%y}", f"{born:%d/%m/%y}",
                       f"{day} {MONTHS[born.month - 1]} {born.year}", f"{born:%d-%m-%Y}",
                       f"{born:%d.%m.%Y}", f"{born.day}/{born.month}/{born.year}"))


# ---------------------------------------------------------------------------------------------
# Scenarios and their templates


@dataclass(frozen=True)
class Scenario:
    name: str
    weight: int
    ages: tuple[int, int]
    origins: dict[str, int]
    clinical: str  # a key of CLINICAL, "" for one by the patient's age
    home: str  # a region of TOWNS the patient lives in, "" for one drawn by origin
    text: str
    visitors: bool = False  # the patients are passing through: no NIR, mutuelle nor landline here


@dataclass(frozen=True)
class Mode:
    """What the plan asks of one note."""

    bare: bool
    lower: bool
    staff: bool
    hard: str  # one of HARD_FORMS, "" for a plain note


SCENARIOS = (
    Scenario("répondeur", 16, (18, 92), BASE, "", "", r"""
Répondeur 8h10 : « {hi} {iam}, j'ai rdv {slot} mais je ne pourrai pas venir, est-ce qu'on peut
 décaler à {slot2} ? Rappelez-moi au {tel}. {bye} »
Msg répondeur : {pat}, suivi{e} pour {clin}, demande si l'ordo de renouvellement est arrivée.
 Rappeler au {tel}.
Message de 12h40 : « {hi} {iam}, je rappelle pour mon rdv de {slot}, vous pouvez me joindre au
 {tel} ou au {tel2}. {bye} »
rép. : {pat} annule {slot}, malade, rappellera. tel laissé : {tel}
Message en partie inaudible : « ... {pfull} ... né{e} le {ddn} ... des séances à domicile ... »
 numéro affiché : {tel}.
Répondeur samedi : {rel} appelle pour {pat}, qui sort {dehosp} mardi ; besoin de kiné à
 domicile. Rappeler au {tel2}.
Répondeur : « {hi} {iam}. C'est pour le dos, n'importe quel jour sauf le jeudi. Mon numéro :
 {tel}. {bye} » Proposer {slot}.
Msg 19h02 (cabinet fermé) : {pat} a oublié sa carte vitale ds la salle d'attente, passera
 {slot}. Tél {tel}.
"""),
    Scenario("réservation en ligne", 10, (18, 85), BASE, "", "", r"""
Nouvelle réservation en ligne\nPatient : {pfull}\nNé(e) le : {ddn}\nTél : {tel}\nE-mail : {email}
 \nMotif : {clin}\nPraticien : {staff}\nCréneau : {fslot}\nRéf. : {booking}
Export agenda en ligne | {fslot} | {pfull} | 1re séance | tél. {tel} | réf. {booking}
Résa web annulée : {pfull} ({email}) annule {fslot}, motif « déplacement ». Réf. {booking}.
 Créneau libéré pour {staff}.
RDV pris en ligne pour {pat} par {rel} : {fslot}, bilan {clin}. Contact : {tel2}.
 Réf. {booking}.
Doublon agenda : {pfull} inscrit{e} deux fois ({fslot} et {slot}). Garder le premier.
 Dossier {dossier}.
Réservation en ligne — motif : {clin} — {pfull}, ddn {ddn} — {tel} — {fslot} avec {staff}
"""),
    Scenario("e-mail", 10, (18, 85), BASE, "", "", r"""
TR : demande de rdv\nDe : {pfull} <{email}>\nObjet : séances kiné\n« Bonjour, mon médecin m'a
 prescrit 10 séances pour {clin}. Je suis disponible {slot}. Mon portable : {mobile}.
 Cordialement, {pg} »
Mail transféré par {staff} : {pat} envoie l'attestation de sa mutuelle ({mutname}, adhérent
 n° {mut}) et sa carte vitale scannée, NIR {nir}. À saisir.
Courriel de {rel} ({email2}) : {pat} est hospitalisé{e} {athosp}, on annule {slot} et les
 suivants ; reprise à la sortie.
Mail de {pat} : nouvelle adresse à noter, {addr}. Le reste ne change pas.
De : {email}\nObjet : facture\n« Pourriez-vous m'envoyer la facture des séances de mai pour ma
 mutuelle ({mutname}) ? N° adhérent {mut}. Merci, {pfull} »
Fwd : message de {pat} reçu sur la boîte du cabinet, demande à passer de 2 à 3 séances par
 semaine avant {slot}. Répondre à {email}.
"""),
    Scenario("sms", 10, (16, 80), BASE, "", "", r"""
SMS du {mobile} : « bjr c'est {pfull}, je serai en retard de 10 min pr {slot}, désolé{e} »
SMS : « {hi} {iam}, possible de décaler {slot} à {slot2} ? merci » (n° {mobile})
SMS de {rel} ({mobile2}) : « Bonjour, {pg} ne pourra pas venir {slot}, {il} est tombé{e} hier soir.
 On vous rappelle. »
SMS transféré depuis le portable de {staff} : {pat} envoie son adresse pour la visite : {addr}.
 Code portail 1947.
SMS {mobile} : « c {pfull}, j'ai perdu mon ordo, vous avez gardé la copie ? » → oui, copie ds le
 dossier.
SMS reçu 7h55 : « {hi} {iam} ! malade ce matin, je ne viens pas. {bye} » num. {mobile}.
 Rdv {slot} annulé.
"""),
    Scenario("visite à domicile", 10, (70, 96), {"eus": 5, "bea": 5, "par": 2, "lan": 1, "por": 1},
             "old", "", r"""
Visite à domicile {slot} chez {pat}, {years} ans, {addr}. Sonner fort, {il} entend mal.
 Tél : {tel}.
VAD : {pat} — {addr} — suite {clin}. Clé chez {rel}, tél {tel2}. Passer {slot}.
Nouvelle visite à prévoir : {pat}, né{e} le {ddn}, {addr}. Ordo du mt pour {clin}. Voir avec
 {staff} pour la tournée de {slot}.
Tournée de {slot} : {pat} ({addr}), puis les autres de la vallée. Chemin de terre après le pont,
 chiens.
Visite annulée chez {pat} ({town}) : {carer} a prévenu qu'{il} est {athosp}. Rappeler au {tel2}.
Visite chez {pat} : {il} a déménagé chez {relnoun}, nouvelle adresse {addr}. Séances maintenues
 {slot}.
"""),
    Scenario("proches et aidants", 12, (60, 95),
             {"eus": 4, "bea": 4, "por": 2, "mag": 2, "par": 2, "lan": 1}, "old", "", r"""
Appel de {rel} pour {pat} (DDN {ddn}) : souhaite des séances à domicile, rappeler au {tel2}.
{Carer} appelle : {pat} a chuté ce matin, pas de fracture ; faut-il maintenir {slot} ?
 Tél : {tel2}.
{relname} ({kin} de {pat}) demande une facture pour la mutuelle {mutname}, n° adhérent {mut}.
 Envoyer à {email2}.
Message de {rel} : {pat} vient vivre chez eux, nouvelle adresse : {addr}. Continuer les séances
 là-bas à partir de {slot}.
Appel de {rel} : {pat} ne veut plus faire ses exercices, demande si {staff} peut passer {slot}.
 Rappeler au {tel2}.
{relname} appelle pour {pat} : sortie {dehosp} prévue, ordo pour {clin}. Adresse : {addr}.
 Tél {tel2}.
{Carer} signale que {pat} a perdu sa carte vitale ; NIR noté : {nir}.
"""),
    Scenario("ordonnance", 8, (20, 90), BASE, "", "", r"""
Ordo reçue par mail pour {pat} : 15 séances, {clin}. NIR {nir}. Mutuelle {mutname}.
 1er rdv {fslot}.
Ordonnance déposée à l'accueil par {rel} pour {pat}, sortie {dehosp}. Rééduc {clin}. Rappeler au
 {tel2} pour les créneaux.
{pat}, né{e} le {ddn} : ordo de plus d'un an, en redemander une au mt avant {slot}.
Prescription du chirurgien {dehosp} pour {pat} : rééduc post-op {clin}, 20 séances, urgent.
 Dossier {dossier}. Tél {tel}.
Ordo illisible pour {pat} (ddn {ddn}) : 10 ou 30 séances ? Appeler le secrétariat du mt,
 prévenir {pg} au {tel}.
"""),
    Scenario("tiers payant", 8, (20, 90), BASE, "", "", r"""
Tiers payant refusé pour {pat} : droits fermés à la CPAM. NIR {nir}, à vérifier sur la carte.
 Prévenir au {tel}.
Rejet mutuelle {mutname} : n° adhérent {mut} inconnu pour {pat}. Demander une attestation à jour
 {slot}.
{pat} : ALD, prise en charge à 100 %, ne rien faire payer. NIR {nir}. Né{e} le {ddn}.
La CPAM a appelé au sujet de {pat} (dossier {dossier}) : facturation en double des séances de
 mai. Voir avec {staff}.
Carte vitale de {pat} illisible, saisie manuelle : {nir}, DDN {ddn}. Mutuelle {mutname},
 adh. {mut}.
Tiers payant : {pat} change de mutuelle au 1er juillet ({mutname}, n° {mut}). Mettre à jour
 avant {slot}.
"""),
    Scenario("sport", 9, (14, 45), {"eus": 5, "bea": 4, "esp": 1, "por": 1, "mag": 1, "lan": 1},
             "sport", "", r"""
Certificat de reprise demandé pour {pat} ({club}), {clin}. Licence n° {lic}. Rdv {slot} avec
 {staff}.
{pat}, pelotari ({pelote}) : épaule, veut être prêt{e} pour les parties des fêtes d'août.
 Tél {tel}. Créneau {slot}.
Le club ({club}) envoie la liste des blessés : {pat}, {clin}, licence {lic}. Contact du club :
 {tel2}.
{pat} (rugby, {rugby}) : {clin}, opéré{e} {athosp}, reprise de la course prévue. Mail {email}.
 Rdv {fslot}.
Dossier sport : {pat}, {years} ans, {clin}, licence {lic}, né{e} le {ddn}. Bilan {slot}.
"""),
    Scenario("surf et tourisme", 6, (18, 50), {"ang": 6, "deu": 3, "esp": 1}, "sport", "côte", r"""
{pat}, touriste {nat}, chute en surf à {town}, épaule. Séjour jusqu'à fin juin. Tél {tel},
 mail {email}. {ceam}. Rdv {slot}.
Fwd : Re: physio\nFrom: {pfull} <{email}>\n« Hi, I'm staying in {town} until the end of the
 month, surfing accident (shoulder). Could I book {slot}? My phone: {tel}. Thanks, {pg} »
Appel en anglais : {pat} ({surfclub}), genou tordu sur la vague des Cavaliers. Adresse de
 location : {addr}. Tél {tel}. Vu avec {staff} : {slot}.
Réservation via le site : {pfull}, {nat}, adresse perso {homeaddr}, tél {tel},
 dossier {dossier}.
""", visitors=True),
    Scenario("école", 5, (8, 16),
             {"eus": 4, "bea": 3, "por": 2, "mag": 2, "esp": 1, "lan": 1, "par": 1}, "kid", "", r"""
{parent} appelle pour {pat} ({years} ans) : {clin}, dispense de sport demandée par le collège.
 Rdv {slot}. Tél {tel2}.
Certificat pour l'école : {pat}, né{e} le {ddn}, INE {ine}, séances le mercredi. Envoyer à
 {email2}.
SMS {fromparent} de {pat} : « {il} a mal au talon depuis le tournoi avec {club}, possible
 {slot} ? » {mobile2}
{pat} (CM2, {town}) — {clin} — responsable légal : {parent}, {tel2}.
Papiers du collège pour {pat} : dispense d'EPS jusqu'aux vacances, {clin}. Parent : {parent},
 {email2}.
"""),
    Scenario("accident du travail", 7, (22, 62),
             {"lan": 5, "por": 4, "mag": 3, "eus": 2, "bea": 2, "esp": 1}, "work", "", r"""
Accident du travail : {pat}, {job} à {town}, {clin}. N° AT {at}. Feuille d'AT reçue. NIR {nir}.
 1re séance {fslot}.
{pat} : AT du 2 juin (chute d'échelle), n° de sinistre {at}, employeur prévenu. Tél {tel}.
 Ne rien faire payer.
Feuille d'accident du travail perdue par {pat}, demander un duplicata. Réf. AT {at}. Envoyer à :
 {addr}.
AT {pat} ({job}) : {clin} après une chute au travail. Employeur : {waddr}. Réf. {at}.
 Rdv {slot}.
Reprise du travail prévue pour {pat}, {job} : bilan kiné à faire avant {slot} pour le médecin du
 travail. Réf. accident {at}.
"""),
    Scenario("frontalier", 7, (20, 80), {"esp": 8, "eus": 2}, "", "espagne", r"""
Appel en espagnol de {pat}, qui vit à {town} : pide cita para la rodilla, mejor por la tarde.
 Tel {tel}. DNI {dni}. Proposé {slot}.
Patient{e} frontalier : {pat}, {addr}. {ceam}. Tél {tel}. Facturer sans tiers payant.
Mensaje : « {hi} {iam}, tengo cita {slot} pero no puedo ir, ¿me podéis llamar al {tel}? {bye} »
Mail de {pat} ({email}) : « Egun on, bihar ezin naiz joan » = ne pourra pas venir demain.
 Rdv reporté à {slot}.
{pat} (DNI {dni}) travaille à Hendaye, habite {addr}. Ordo française pour {clin}. Tél {tel}.
"""),
)
BARE_SCENARIO = Scenario("sans identifiant", 0, (20, 90), BASE, "all", "", r"""
Répondeur 8h12 : une dame, message coupé, ni nom ni numéro. Si elle rappelle, proposer {slot}.
Annulation du cours de gym posturale de {slot}, salle prise pour les bilans de {staff}.
Livraison des bandes de strapping reportée à {slot}. Prévenir {staff}.
Appel sans nom : quelqu'un demande si on prend en charge la rééduc après {clin}. Oui, sur ordo.
 Rappellera.
Message en basque, inaudible, numéro masqué : « Egun on... » Impossible de rappeler.
Une patiente demande si le cabinet est accessible en fauteuil depuis {town} en bus : oui, arrêt
 devant.
Coupure d'électricité annoncée {slot}, décaler les rdv de l'après-midi.
Un monsieur (n'a pas donné son nom) appelle pour son père sorti {dehosp} : pas de visites à
 {town}, l'orienter vers un confrère.
Appel {dehosp}, service d'orthopédie : demande de places pour des rééducs {clin} en juillet.
 Répondu : pas avant {slot}.
Touriste anglais passé sans rdv pour une entorse, orienté vers les urgences {dehosp}.
Réunion d'équipe {slot} : planning d'été, remplacements, protocole {clin}.
Fêtes de Bayonne fin juillet : prévoir la fermeture ; les rdv de {slot} sont à reporter.
Le club ({club}) demande si on peut faire une séance de prévention des blessures à la rentrée.
 Voir avec {staff}.
Facture de la table électrique réglée. Technicien pour la maintenance {slot}.
Mensaje en español sin nombre : quiere cita para su madre, « ya llamaré ». Pas de numéro.
La fille d'une patiente a appelé, n'a pas voulu laisser son nom ; rappellera {slot}.
""")

HARD_FORMS = ("lower-case name", "surname first", "after a verb", "relative by given name",
              "nickname", "word surname", "particle surname", "double surname", "typo", "brackets")
HARD_LINES = {  # the forms told by a line of their own at the end of the note
    "after a verb": ("Rappeler {sur} avant {slot}.", "Vu {sur} ce matin au cabinet, ça va mieux.",
                     "J'ai eu {sur} au tél : ok.", "Prévenir {sur} que l'ordo est arrivée.",
                     "Relancé {sur} pour le chèque de mai.", "Noté : appeler {sur} si désistement."),
    "relative by given name": ("C'est {relnoun} {relg} qui l'amènera.",
                               "{Relnoun}, {relg}, rappellera pour confirmer.",
                               "Voir avec {relg} ({kin}) pour les transports.",
                               "Message laissé à {relg}, {kin}."),
    "nickname": ("Le rdv sera pris par {relnoun} ({nick}).",
                 "Message laissé par {nick}, {relnoun} je crois.",
                 "{nick} ({kin}) passera prendre la facture.",
                 "Voir avec « {nick} », {relnoun}, pour les clés."),
    "typo": ("Rappel fait à {ptitle} {typo}, ok.",
             "NB : facture faite au nom de {ptitle} {typo}, à corriger.",
             "SMS de confirmation envoyé à {ptitle} {typo}."),
    "brackets": ("(dossier au nom de {ptitle} {sur})", "[{SUR} {given}] : mettre sur liste d'attente.",
                 "→ rappeler {lepat} ({sur}) {slot}.", "Pt : [{sur}, {given}] déjà venu{e} en 2025."),
}
HARD_ORIGINS = {"word surname": tuple(WORD_SURNAMES), "particle surname": tuple(PARTICLE_SURNAMES),
                "double surname": ("eus", "bea", "esp")}
STAFF_LINES = ("Transmis à {staff}.", "Vu avec {staff}.", "→ {staff}", "Pour {staff}.",
               "({staff} au courant)", "{staff} rappelle.")
MORE_WEIGHTS = {"tel": 5, "ddn": 4, "nir": 2, "email": 3, "addr": 4, "mut": 2, "dossier": 2, "city": 2}
MORE_LINES = {
    "tel": ("Tél. {tel}", "Rappeler au {tel}", "portable : {mobile}", "tel {tel}"),
    "ddn": ("DDN {ddn}", "né{e} le {ddn}", "ddn: {ddn}", "date de naiss. {ddn}",
            "Date de naissance : {ddn}"),
    "nir": ("NIR {nir}", "n° SS {nir}", "sécu : {nir}", "n° de sécurité sociale {nir}"),
    "email": ("Mail : {email}", "e-mail {email}", "courriel : {email}"),
    "addr": ("Adresse : {addr}", "domicile : {addr}", "habite {addr}"),
    "mut": ("Mutuelle {mutname}, adh. {mut}", "mutuelle {mutname} n° {mut}"),
    "dossier": ("Dossier {dossier}", "réf. dossier {dossier}", "n° dossier cabinet : {dossier}"),
    "city": ("(habite {town})", "Commune : {town}", "Domicile : {town}"),
}
PRESENT = {"tel": "tel", "ddn": "ddn", "nir": "nir", "email": "email", "addr": "addr", "mut": "mut",
           "dossier": "dossier", "town": "city"}  # placeholder of a template: kind of MORE_LINES


# ---------------------------------------------------------------------------------------------
# The cast of a note


def draw_person(rng: random.Random, origin: Origin, sex: str, ages: tuple[int, int],
                surname: str | None = None) -> Person:
    kids = KIDS[(origin.name, sex)]
    pool = kids if ages[1] < 18 and kids else origin.given_f if sex == "f" else origin.given_m
    born = TODAY - dt.timedelta(days=rng.randint(ages[0] * 365 + 1, ages[1] * 365 + 364))
    return Person(rng.choice(pool), surname or rng.choice(origin.surnames), sex, origin, born)


def special_surname(rng: random.Random, hard: str, origin: Origin) -> str | None:
    """The surname a harder name form asks for, or None for one of the origin's pool."""
    if hard == "word surname":
        return rng.choice(WORD_SURNAMES[origin.name])
    if hard == "particle surname":
        return rng.choice(PARTICLE_SURNAMES[origin.name])
    if hard == "double surname":
        first, second = rng.sample(origin.surnames, 2)
        return f"{first} {second}" if origin.name == "esp" else f"{first}-{second}"
    if hard == "typo":
        return rng.choice([s for s in origin.surnames if len(s) >= 6])
    return None


def draw_relative(rng: random.Random, patient: Person, young: bool
                  ) -> tuple[Person, tuple[str, str, bool]]:
    """A relative of the patient and their kin: a given name of their own, and the patient's
    surname when they share it, else another."""
    years = age(patient, TODAY)
    kin = ADULT_KIN + SPOUSES[patient.sex] + (OLDER_KIN if years >= 55 else YOUNGER_KIN if years < 45 else ())
    noun, sex, share = rng.choice(KID_KIN if young else kin)
    shares = rng.random() < share
    origin = ORIGINS[pick(rng, BASE)] if noun in NOT_KIN else patient.origin
    surname = patient.surname if shares else None
    relative = draw_person(rng, origin, sex, (18, 85), surname)
    while relative.given == patient.given or (not shares and relative.surname == patient.surname):
        relative = draw_person(rng, origin, sex, (18, 85), surname)
    return relative, (noun, sex, shares)


def draw_cast(rng: random.Random, scenario: Scenario, hard: str) -> Cast:
    """The people of a note; a surname of a harder form among the origins that have one."""
    allowed = HARD_ORIGINS.get(hard, tuple(scenario.origins))
    origin = ORIGINS[pick(rng, {k: w for k, w in scenario.origins.items() if k in allowed})]
    patient = draw_person(rng, origin, rng.choice("fm"), scenario.ages,
                          special_surname(rng, hard, origin))
    relative, kin = draw_relative(rng, patient, scenario.ages[1] < 18)
    role, carer_sex = rng.choice(CARERS)
    carer = draw_person(rng, ORIGINS[rng.choice(CARER_ORIGINS)], carer_sex, (24, 60))
    parent_surname = patient.surname if rng.random() < 0.75 else None
    parent = draw_person(rng, origin, rng.choice("ffm"), (30, 52), parent_surname)
    return Cast(patient, relative, kin, carer, role, patient, parent)  # a child is the patient


def draw_plan(rng: random.Random) -> list[Mode]:
    """Which notes hold no span, are in lower case, give a harder name, keep a staff name."""
    notes = list(range(NOTES))
    bare = set(rng.sample(notes, BARE))
    forms = [HARD_FORMS[i % len(HARD_FORMS)] for i in range(HARD)]
    rng.shuffle(forms)
    hard = dict(zip(rng.sample([n for n in notes if n not in bare], HARD), forms, strict=True))
    lower, staff = set(rng.sample(notes, LOWER)), set(rng.sample(notes, WITH_STAFF))
    return [Mode(n in bare, n in lower, n in staff, hard.get(n, "")) for n in notes]


# ---------------------------------------------------------------------------------------------
# The writer of one note: each placeholder of a template is one of its methods


class Writer(SlotPlaceholders):
    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random, mode: Mode) -> None:
        self.rng, self.mode = rng, mode
        self.scenario = BARE_SCENARIO if mode.bare else \
            rng.choices(SCENARIOS, [s.weight for s in SCENARIOS])[0]
        self.c = draw_cast(rng, self.scenario, mode.hard)
        origin = self.c.patient.origin.name
        self.region = self.scenario.home or pick(rng, HOMES[origin])
        self.postcode, self.town_name = town_of(rng, self.region)
        self.nation = rng.choice(NATIONS.get(origin, NO_NATION))
        self.flags = {self.scenario.name}
        self.mentioned = self.staff_named = False

    # -- the note

    def note(self) -> Fragments:
        template = self.template()
        text = self.fill(template)
        if not self.mode.bare:
            text += self.more(template)
        if self.mode.hard in HARD_LINES:
            text += self.rng.choice((" ", "\n")) + self.fill(self.rng.choice(HARD_LINES[self.mode.hard]))
        if self.mode.staff and not self.staff_named:
            text += self.rng.choice((" ", "\n")) + self.fill(self.rng.choice(STAFF_LINES))
        fragments = join_names(parse(text))
        if self.mode.lower:
            fragments = [(piece.lower(), kind) for piece, kind in fragments]
            self.flags.add("lower-case note")
        if self.staff_named:
            self.flags.add("staff kept")
        if self.mode.hard:
            self.flags.add(f"hard: {self.mode.hard}")
        return fragments

    def template(self) -> str:
        options = templates(self.scenario.text)
        if self.mode.hard:
            options = [t for t in options if MENTION.search(t)]
        return self.rng.choice(options)

    def fill(self, template: str) -> str:
        return PLACEHOLDER.sub(lambda m: getattr(self, m.group(1))(), template).replace("\\n", "\n")

    def more(self, template: str) -> str:
        """Up to two further identifiers of the patient, on a line of their own or after a dash."""
        present = {PRESENT[p] for p in PLACEHOLDER.findall(template) if p in PRESENT}
        resident = self.resident()
        weights = {k: w for k, w in MORE_WEIGHTS.items() if resident or k not in ("nir", "mut")}
        kinds = draw_kinds(self.rng, self.rng.choice((0, 0, 1, 1, 2)), weights, present, redraw=False)
        return "".join(self.rng.choice(("\n", "\n", " — ")) + self.fill(self.rng.choice(MORE_LINES[k]))
                       for k in kinds)

    # -- the patient

    def title(self, p: Person) -> str:
        return self.rng.choice(("Mme", "Mme", "Madame") if p.sex == "f" else ("M.", "M.", "Mr", "Monsieur"))

    def named(self, p: Person, titled: bool = True) -> str:
        """A person as the secretary writes them: title and surname, given name and surname, or
        both; a child without a title."""
        full = self.rng.choice((f"{p.given} {p.surname}", f"{p.given} {p.surname.upper()}"))
        if not titled or age(p, TODAY) < 16:
            return nom(full)
        title = self.title(p)
        return self.rng.choice((f"{title} {nom(p.surname)}", nom(full), f"{title} {nom(full)}"))

    def mention(self, titled: bool) -> str:
        """The patient; the first time in a harder form when the note's plan asks for one."""
        p, first = self.c.patient, not self.mentioned
        self.mentioned = True
        if first and self.mode.hard == "lower-case name":
            return self.rng.choice((nom(f"{p.given} {p.surname}".lower()), nom(p.surname.lower()),
                                    f"{self.title(p).lower()} {nom(p.surname.lower())}"))
        if first and self.mode.hard == "surname first":
            return self.rng.choice((nom(f"{p.surname.upper()} {p.given}"), nom(f"{p.surname} {p.given}"),
                                    f"{self.title(p)} {nom(f'{p.surname.upper()} {p.given}')}"))
        return self.named(p, titled)

    def pat(self) -> str:
        return self.mention(titled=True)

    def pfull(self) -> str:
        return self.mention(titled=False)

    def pg(self) -> str:
        return nom(self.c.patient.given)

    def iam(self) -> str:
        """The caller saying who they are, in their own language."""
        says = IAM.get(self.c.patient.origin.name, ("c'est {pfull}", "ici {pfull}"))
        return self.fill(self.rng.choice(says))

    def hi(self) -> str:
        return self.rng.choice(HI.get(self.c.patient.origin.name, ("Bonjour,", "Allô, bonjour,")))

    def bye(self) -> str:
        return self.rng.choice(BYE.get(self.c.patient.origin.name, ("Merci, au revoir.", "Bonne journée.")))

    def e(self) -> str:
        return "e" if self.c.patient.sex == "f" else ""

    def il(self) -> str:
        return "elle" if self.c.patient.sex == "f" else "il"

    def lepat(self) -> str:
        return "la patiente" if self.c.patient.sex == "f" else "le patient"

    def years(self) -> str:
        return str(age(self.c.patient, TODAY))

    def ptitle(self) -> str:
        return self.title(self.c.patient)

    def sur(self) -> str:
        return nom(self.c.patient.surname)

    def SUR(self) -> str:  # the placeholder {SUR}
        return nom(self.c.patient.surname.upper())

    def given(self) -> str:
        return nom(self.c.patient.given)

    def typo(self) -> str:
        """The patient's surname with a slip of the keyboard that makes no name of an earlier set."""
        surname = self.c.patient.surname
        wrong = slip(surname, self.rng)
        while wrong == surname or name_words(wrong) & TAKEN:
            wrong = slip(surname, self.rng)
        return nom(wrong)

    # -- relatives, carers, parents

    def rel(self) -> str:
        r, (noun, sex, _) = self.c.relative, self.c.kin
        poss = possessive(noun, sex)
        return self.rng.choice((f"{poss} {nom(f'{r.given} {r.surname}')}", f"{poss} ({self.named(r)})",
                                f"{poss} {self.title(r)} {nom(r.surname)}"))

    def relname(self) -> str:
        return self.named(self.c.relative)

    def relg(self) -> str:
        return nom(self.c.relative.given)

    def kin(self) -> str:
        return self.c.kin[0]

    def relnoun(self) -> str:
        return possessive(self.c.kin[0], self.c.kin[1])

    def Relnoun(self) -> str:  # the placeholder {Relnoun}
        return capital(self.relnoun())

    def nick(self) -> str:
        return nom(self.rng.choice(NICKNAMES))

    def carer(self) -> str:
        role, person = self.c.carer_role, self.c.carer
        return self.rng.choice((f"{definite(role, person.sex)} ({self.named(person)})",
                                f"{self.named(person)} ({role})"))

    def Carer(self) -> str:  # the placeholder {Carer}
        return capital(self.carer())

    def parent(self) -> str:
        return self.named(self.c.parent)

    def fromparent(self) -> str:
        return "de la maman" if self.c.parent.sex == "f" else "du papa"

    # -- phones, NIR, birth date, e-mail

    def resident(self) -> bool:
        """Whether the patient lives here: a visitor has no NIR, mutuelle nor landline."""
        return bool(self.c.patient.origin.departments) and not self.scenario.visitors

    def tel(self) -> str:
        return self.phone(own=True, landline=True)

    def mobile(self) -> str:
        return self.phone(own=True, landline=False)

    def tel2(self) -> str:
        return self.phone(own=False, landline=True)

    def mobile2(self) -> str:
        return self.phone(own=False, landline=False)

    def phone(self, own: bool, landline: bool) -> str:
        """The patient's number (`own`) or a relative's, a mobile or maybe a landline: Spanish for
        those who live across the border, now and then foreign for a visitor, who has no landline."""
        if self.region == "espagne":
            return self.spanish_phone(landline)
        if own and self.nation[0] in ABROAD and self.rng.random() < 0.5:
            self.flags.add("phone abroad")
            return tag("TEL", self.foreign_phone())
        return self.french_phone(landline and (self.resident() or not own))

    def french_phone(self, landline: bool) -> str:
        rng = self.rng
        prefix = "0558" if self.region == "landes" else "0559"
        number = prefix + digits(rng, 6) if landline and rng.random() < 0.3 else \
            "0" + rng.choice("667") + digits(rng, 8)
        pairs = [number[i:i + 2] for i in range(0, 10, 2)]
        rest = " ".join(pairs[1:])
        return tag("TEL", rng.choice((" ".join(pairs), " ".join(pairs), ".".join(pairs), "-".join(pairs),
                                      number, f"+33 {number[1]} {rest}", f"+33 (0){number[1]} {rest}",
                                      f"0033 {number[1]} {rest}", f"+33{number[1:]}")))

    def spanish_phone(self, landline: bool) -> str:
        rng = self.rng
        self.flags.add("phone abroad")
        area = "948" if self.postcode.startswith("31") else "943"  # Navarre, else Gipuzkoa
        number = area + digits(rng, 6) if landline and rng.random() < 0.4 else "6" + digits(rng, 8)
        spaced = f"{number[:3]} {number[3:5]} {number[5:7]} {number[7:]}"
        return tag("TEL", rng.choice((f"+34 {spaced}", f"+34 {number[:3]} {number[3:6]} {number[6:]}",
                                      f"0034 {number}", f"(+34) {spaced}", f"+34{number}", spaced)))

    def foreign_phone(self) -> str:
        """A mobile of the visitor's country: British, Australian, Irish or German."""
        rng, nation = self.rng, self.nation[0]
        if nation == "allemand":
            return rng.choice((f"+49 171 {digits(rng, 7)}", f"+49 (0)160 {digits(rng, 7)}"))
        if nation == "australien":
            return rng.choice((f"+61 4{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
                               f"0061 4{digits(rng, 8)}"))
        if nation == "irlandais":
            return rng.choice((f"+353 87 {digits(rng, 3)} {digits(rng, 4)}", f"00353 86{digits(rng, 7)}"))
        return rng.choice((f"+44 7700 900{digits(rng, 3)}", f"07700 900{digits(rng, 3)}"))

    def nir(self) -> str:
        """The patient's NIR, born in a French department or abroad (99), now and then with a
        wrong key."""
        p, rng = self.c.patient, self.rng
        codes = p.origin.abroad.split()
        if codes and (not p.origin.departments or rng.random() < 0.5):
            place = "99" + rng.choice(codes)
            self.flags.add("NIR born abroad")
        else:
            place = rng.choice(p.origin.departments) + f"{rng.randint(1, 650):03d}"
        body = f"{'2' if p.sex == 'f' else '1'}{p.born:%y%m}{place}{rng.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        if rng.random() < 0.12:
            key = (key - 1 + rng.randint(1, 96)) % 97 + 1
            self.flags.add("NIR wrong key")
        parts = (body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:], f"{key:02d}")
        return tag("NIR", rng.choice((" ".join(parts), " ".join(parts), f"{body} {key:02d}",
                                      f"{body}{key:02d}", f"{' '.join(parts[:-1])} / {key:02d}")))

    def ddn(self) -> str:
        return tag("DDN", birth_text(self.rng, self.c.patient.born))

    def email_of(self, p: Person) -> str:
        rng, given, surname = self.rng, plain(p.given), plain(p.surname)
        local = rng.choice((f"{given}.{surname}", f"{surname}.{given}", f"{given}{surname}{p.born:%y}",
                            f"{given[0]}{surname}", f"{surname}{rng.randint(1, 99)}", f"{given}-{surname}",
                            f"{given}_{surname}64", f"{surname}.{given[0]}"))
        return tag("EMAIL", f"{local}@{rng.choice(DOMAINS.get(p.origin.name, FRENCH_DOMAINS))}")

    def email(self) -> str:
        return self.email_of(self.c.patient)

    def email2(self) -> str:
        return self.email_of(self.c.parent if self.scenario.ages[1] < 18 else self.c.relative)

    # -- addresses

    def addr(self) -> str:
        if self.region == "espagne":
            return tag("ADRESSE", self.spanish_address())
        group = STREET_GROUP[self.region]
        basque = group == "village" or self.c.patient.origin.name == "eus"
        if basque and self.rng.random() < (0.75 if group == "village" else 0.3):
            self.flags.add("house-name address")
            return tag("ADRESSE", self.house_address())
        if group in LIEUX_DITS and self.rng.random() < 0.3:
            return tag("ADRESSE", self.lieu_dit())
        if group == "côte" and self.rng.random() < 0.3:
            return tag("ADRESSE", self.residence())
        return tag("ADRESSE", self.street_address(group))

    def homeaddr(self) -> str:
        if self.nation[0] not in ABROAD:
            return self.addr()
        self.flags.add("address abroad")
        return tag("ADRESSE", self.rng.choice(ABROAD[self.nation[0]]).format(n=self.rng.randint(2, 120)))

    def waddr(self) -> str:
        """An employer's address, with a BP or a CS, in France."""
        rng = self.rng
        self.flags.add("BP/CS address")
        region = self.region if self.region in STREET_GROUP else "côte"
        postcode, town = town_of(rng, region)
        street = rng.choice(STREETS[STREET_GROUP[region]].split("|"))
        box = rng.choice((f"BP {rng.randint(2, 90)}", f"CS {rng.randint(10, 90)}0{digits(rng, 2)}"))
        town += " Cedex" if box.startswith("CS") else ""
        address = f"{self.number()} {street}, {box}, {postcode} {town}"
        return f"{rng.choice(COMPANIES)}, {tag('ADRESSE', address)}"

    def number(self) -> str:
        n = self.rng.randint(1, 160)
        return self.rng.choice((str(n), str(n), str(n), f"{n} bis", f"{n} ter", f"{n}bis", str(n * 10 + 50)))

    def street_address(self, group: str) -> str:
        street = self.rng.choice(STREETS[group].split("|"))
        town = f"{self.postcode} {self.rng.choice((self.town_name, self.town_name.upper()))}"
        return self.rng.choice((f"{self.number()} {street}, {town}", f"{self.number()}, {street} {town}",
                                f"{self.number()} {street} - {town}"))

    def house_address(self) -> str:
        rng, town = self.rng, f"{self.postcode} {self.town_name}"
        house, quarter = rng.choice(HOUSES), rng.choice(QUARTERS)
        street = rng.choice(STREETS["village"].split("|"))
        return rng.choice((f"maison {house}, quartier {quarter}, {town}",
                           f"{house}, {self.number()} {street}, {town}",
                           f"ferme {house}, {town}",
                           f"maison {house} - quartier {quarter} - {town.upper()}",
                           f"{house} etxea, quartier {quarter}, {town}",
                           f"maison {house}, BP {rng.randint(2, 40)}, {town}"))

    def lieu_dit(self) -> str:
        place = self.rng.choice(LIEUX_DITS[STREET_GROUP[self.region]])
        town = f"{self.postcode} {self.town_name}"
        return self.rng.choice((f"lieu-dit {place}, {town}", f"quartier {place}, {town}",
                                f"{place}, {self.number()} chemin de {place}, {town}"))

    def residence(self) -> str:
        rng, town = self.rng, f"{self.postcode} {self.town_name}"
        name, street = rng.choice(RESIDENCES), rng.choice(STREETS["côte"].split("|"))
        flat, entrance = rng.randint(1, 48), f"bât. {rng.choice('ABCD')}"
        return rng.choice((f"résidence {name}, {entrance}, apt {flat}, {self.number()} {street}, {town}",
                           f"{self.number()} {street}, résidence {name}, esc. {rng.randint(1, 4)}, {town}",
                           f"apt {flat} résidence {name} {town}"))

    def spanish_address(self) -> str:
        rng, town = self.rng, f"{self.postcode} {self.town_name}"
        province = "Navarra" if self.postcode.startswith("31") else "Gipuzkoa"
        district, farm = rng.choice(CASERIOS)
        street, number, floor = rng.choice(CALLES), rng.randint(1, 60), rng.choice(PISOS)
        return rng.choice((f"{street} {number}, {floor}, {town}",
                           f"{street}, {number} {floor}, {town} ({province})",
                           f"barrio {district}, caserío {farm}, {town}"))

    # -- numbers

    def mut(self) -> str:
        rng = self.rng
        return tag("ID", rng.choice((digits(rng, 9), f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
                                     f"{letters(rng, 2)}-{digits(rng, 6)}", digits(rng, 10),
                                     f"{digits(rng, 3)}.{digits(rng, 3)}.{digits(rng, 3)}")))

    def mutname(self) -> str:
        return self.rng.choice(MUTUELLES)

    def dossier(self) -> str:
        rng = self.rng
        return tag("ID", rng.choice((f"{letters(rng, 1)}{digits(rng, 4)}", f"2027-{digits(rng, 4)}",
                                     f"KIN{digits(rng, 5)}", f"{digits(rng, 2)}/{digits(rng, 4)}")))

    def booking(self) -> str:
        rng = self.rng
        return tag("ID", rng.choice((f"{letters(rng, 2)}{digits(rng, 2)}-{letters(rng, 3)}{digits(rng, 1)}",
                                     f"RDV{digits(rng, 8)}", f"#{digits(rng, 7)}",
                                     f"{letters(rng, 3)}{digits(rng, 6)}")))

    def at(self) -> str:
        rng = self.rng
        return tag("ID", rng.choice((digits(rng, 9), f"AT-2027-{digits(rng, 6)}",
                                     f"{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
                                     digits(rng, 12))))

    def lic(self) -> str:
        rng = self.rng
        return tag("ID", rng.choice((digits(rng, 10), f"{digits(rng, 2)}-{digits(rng, 5)}", digits(rng, 7))))

    def dni(self) -> str:
        n = self.rng.randint(10_000_000, 99_999_999)
        letter = DNI_LETTERS[n % 23]
        dotted = f"{n:,}".replace(",", ".")
        return tag("ID", self.rng.choice((f"{n}{letter}", f"{n}-{letter}", f"{dotted}-{letter}")))

    def ceam(self) -> str:
        """A European health insurance card, or an Australian's travel insurance, with its label."""
        if self.nation[0] == "australien":
            return f"assurance voyage n° {tag('ID', f'TRV-{digits(self.rng, 8)}')}"
        number = f"80{CEAM_COUNTRY.get(self.nation[0], '724')}{digits(self.rng, 15)}"
        label = self.rng.choice(("CEAM n°", "carte européenne (CEAM) n°", "CEAM"))
        grouped = " ".join(number[i:i + 4] for i in range(0, 20, 4))
        return f"{label} {tag('ID', self.rng.choice((number, grouped)))}"

    def ine(self) -> str:
        return tag("ID", f"{digits(self.rng, 10)}{letters(self.rng, 1)}")

    # -- kept and plain words

    def staff(self) -> str:
        if not self.mode.staff:
            return self.rng.choice(("la kiné", "la remplaçante", "l'associé"))
        self.staff_named = True
        return keep(self.rng.choice(STAFF))

    def hospital(self) -> tuple[str, str]:
        spanish = self.region == "espagne" and self.rng.random() < 0.5
        return self.rng.choice(SPANISH_HOSPITALS if spanish else HOSPITALS)

    def athosp(self) -> str:
        gender, name = self.hospital()
        return AT_HOSPITAL[gender] + keep(name)

    def dehosp(self) -> str:
        gender, name = self.hospital()
        return FROM_HOSPITAL[gender] + keep(name)

    def clin(self) -> str:
        years = age(self.c.patient, TODAY)
        group = self.scenario.clinical or ("kid" if years < 18 else "old" if years >= 65 else "adult")
        return keep(self.rng.choice(CLINICAL[group]))

    def club(self) -> str:
        return keep(self.rng.choice([club for clubs in CLUBS.values() for club in clubs]))

    def rugby(self) -> str:
        return keep(self.rng.choice(CLUBS["rugby"]))

    def pelote(self) -> str:
        return keep(self.rng.choice(CLUBS["pelote"]))

    def surfclub(self) -> str:
        return keep(self.rng.choice(CLUBS["surf"]))

    def town(self) -> str:
        return self.town_name

    def job(self) -> str:
        return self.rng.choice(JOBS[self.c.patient.sex])

    def nat(self) -> str:
        return self.nation[1] if self.c.patient.sex == "f" else self.nation[0]


# ---------------------------------------------------------------------------------------------
# The set


class Planner:
    """Hands each note its part of the plan, drawn with the first note, and keeps their flags."""

    def __init__(self) -> None:
        self.plan: list[Mode] = []
        self.flags: list[set[str]] = []

    def note(self, rng: random.Random) -> Fragments:
        if not self.plan:
            self.plan = draw_plan(rng)
        writer = Writer(rng, self.plan[len(self.flags)])
        fragments = writer.note()
        self.flags.append(writer.flags)
        return fragments


def check(record: dict) -> None:
    check_unlabelled(record, name_words)
    check_no_staff(record, name_words)


def check_set(records: list[dict]) -> None:
    check_blind_set(records, NOTES, name_words, TAKEN, staff_share=0.3, bare=(0.10, 0.20))


def main() -> None:
    refuse_used_names(all_names(), name_words, TAKEN)
    planner = Planner()
    records = write(OUT, PREFIX, NOTES, SEED, planner.note, check, check_set)
    report(records, OUT, planner.flags, sum(bool(mode.hard) for mode in planner.plan))


if __name__ == "__main__":
    main()
