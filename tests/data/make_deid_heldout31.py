"""Blind held-out set 31 for the de-identifier: 300 call notes of a sports and paediatric kinésithérapie
practice in Lyon and Saint-Étienne.

Written 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists, the tests
nor bench were opened, and the de-identifier was not run on the notes. The earlier sets (the corpus,
held-out sets 1 to 29 and the hard cases) were read by program only, through heldout_markup.taken_tokens,
to refuse every name word they hold.

The setting: an ordinary December 2028 at a large practice in Lyon, Villeurbanne, Vénissieux, Vaulx-en-Velin,
Caluire and Saint-Étienne, typed by a busy remote secretariat: club athletes, children and teenagers with
their parents, babies with bronchiolitis, office, night-shift and logistics workers, students, retirees of
the Croix-Rousse, families of many origins; phone and answering-machine messages, booking exports,
forwarded SMS and e-mails, school nurses, club staff, relatives and carers calling, prescriptions, tiers
payant, certificates, work accidents. Some notes in lower case, a few in capitals, about one in nine with
no identifier, about one in seven with a harder name form (initial, typo, spelled, maiden name...).

Labelling: NOM for patients, relatives, carers and neighbours, the title (M., Mme...) outside the span,
never the practice's staff (deid_staff.json), whose names are kept (K); TEL, NIR, DDN (birth dates
only), EMAIL, ADRESSE (house number or lieu-dit through postcode and town, in one run; a town alone is
not marked) and ID (mutuelle, dossier, booking, licence and accident numbers). Appointment slots, staff
names, clinical terms, hospitals and eponyms are kept (K). Companies, clubs, schools and employers are
plain text; no doctor outside the practice is named. Every name and number is invented.

Run from tests/data: ../../.venv/bin/python make_deid_heldout31.py
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from pathlib import Path

import heldout_markup as hm

nom, keep, tag = hm.nom, hm.keep, hm.tag
NOTES, SEED, PREFIX = 300, 31_2027, "bf"
HERE = Path(__file__).parent
OUT = HERE / "deid_heldout31.jsonl"
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 30)),
           "deid_hard_cases.jsonl")
PARTICLES = {"de", "da", "di", "do", "dos", "das", "del", "der", "el", "la", "le", "lo", "d", "l", "ait"}

TABLE = """
fr f: Albérique Amarante Ambroisine Anastasie Angélina Anne-Gaëlle Anne-Solène Armance Aude-Marie Auxane
  Azélie Bettina Candice Carmen Cassandre Clélia Clio Corentine Cyrielle Daphné Edmée Elaïa Elvire Émerance
  Éponine Ethel Euphrasie Fantine Flore Gersende Hermance Hildegarde Iphigénie Isoline Jovita Laudine Lison
  Lilou Loïse Lorelei Maïa Marcelline Marie-Clémence Marjolaine Mélusine Mirabelle Noëlle Océanne Orianne
  Péroline Philippa Rosalinde Roseline Sabeline Ségolène Servane Théodora Thaïs Typhaine Ursule Vivienne
fr m: Adélard Albin Alcide Alphonse Amédée Anthime Apollinaire Aurèle Balthazar Baudouin Boniface Césaire
  Colomban Constant Cyriaque Donatien Elzéar Éphrem Ernest Eustache Évariste Faustin Fiacre Florimond Fortuné
  Gérald Germain Gervais Gontran Guérin Hilaire Honorat Ildefonse Irénée Jéhan Josué Léger Léonce Lubin
  Macaire Mathurin Médard Narcisse Nicodème Ovide Paulin Philémon Rufin Sigismond Silvère Théophile Tiburce
  Virgile Youenn Ewen Gwendal Kaïs Thyméo Lyam Naël Kélyan Soan Swann Kilian Jessy Teddy Johnny Mickaël
  Florent Grégory Yoann Loris Lenzo Timothé Gwenn Tugdual Erwann Morgan Killian Aimeric Amandin Anaël Aristote
  Arnould Bérenger Calixte Ciaran Dimitri Éden Elian Émeric Erwin Esteban Ferdinand Flavien Gaylord Gérôme
  Guillian Harold Hyppolite Jérémy Joris Lionel Loan Lohan Merlin Médéric Nils Noa Norman Orso Perceval
  Pierrick Roméo Sylvère Thaddée Théodore Valérian Vianney Wilfrid Yvan Maxens Melvin Kyllian Léonard
fr s: Chavanis Frécon Grangeon Jacquemond Montagnon Peyrache Rivollier Thollet Bréchignac Chorier Cellard
  Dufaud Épinat Faurax Granjon Jusseaud Laurendon Mathevon Perrichon Rajat Vacheron Villemagne Badel Brunon
  Chambonnet Dorier Escoffier Fayolle Jarlot Lafay Mollon Pitaval Sauzet Teyssier Vernay Bruyas Cizeron Defour
  Gagnaire Grataloup Jomard Magand Pralus Chataing Duculty Étiévant Ferlay Gonin Marcoux Palluy Roybon
  Tholance Vindry Bouvard Crozier Desgranges Fournel Guerrier-Buisson Joubert-Lafond Mure Ravel-Chapuis Sapin-
fr kf: Maëlya Lyzéa Kélya Naëlle Elyna Maylis Lyséa Shaïna Kiara Anaé Lorélie Maëline Nélia Ilona Lilwenn
  Lison Lilou Loïse Clio Maïa Candice Cassandre Clélia Daphné Thaïs Océanne Orianne
fr km: Kaïs Thyméo Lyam Naël Kélyan Soan Swann Kilian Lenzo Timothé Éden Elian Éliaz Ylan Yliès Nolan Maxens
  Melvin Kyllian Loan Lohan Noa Nils Mayeul Marin Roméo Paco Orso Ewen Youenn Gwendal Loris
it f: Agata Annalisa Antonella Benedetta Carlotta Cinzia Costanza Domenica Flavia Franca Gabriella Gianna
  Lorena Mariangela Mirella Patrizia Piera Raffaella Rosalba Rossella Santina Sebastiana Tiziana Vincenza
  Noemi Ludovica Arianna Caterina Ottavia Rosetta Maddalena Giovanna Lucrezia Antonietta Venera Calogera
  Gaetana Liboria Assunta Carmela Concetta Giuseppina Nunzia Rosaria Serafina Teresina
it m: Agostino Alfio Amedeo Baldassare Biagio Cataldo Ciro Corradino Donato Egidio Emidio Fortunato Gerlando
  Girolamo Gioacchino Guido Italo Liborio Onofrio Pancrazio Pierluigi Rosario Sebastiano Silvio Tindaro Ugo
  Umberto Venerando Vittorio Gianluca Gianni Massimo Maurizio Ottavio Settimo Tullio Ruggero Aurelio Calogero
it s: Abbruzzese Bevilacqua Cannavò D'Agostino Ferraro La_Rocca Mancuso Pellegrino Quattrocchi Santoro Tedesco
  Zanetti Buscemi Calabrese Cutrona Di_Stefano Ferrigno Iacono Lo_Presti Migliore Palumbo Randazzo Sciortino
  Spadaro Trovato Valenti Zappalà Armanetti Benassi Cianciolo Fumagalli Orlandini Petrucci Scarpelli Tomasello
  Cacciatore Di_Marzio Giambrone Lo_Bianco Mazzarella Provenzano Scuderi
it kf: Giulia Livia Elena Alba Bianca Aurora Ginevra Matilde Greta Lucia
it km: Lorenzo Matteo Nicolò Leonardo Tommaso Giacomo Dario Luca Pietro Elia
arm f: Anahide Araksi Arpi Astrig Azniv Knar Maral Nairi Nazeli Rubina Siranouch Taline Zabel Houri Anouch
  Lilit Hasmik Gayané Sona Marine Chaghik Ani Lousine Armenouhi Hripsimé
arm m: Aram Haïg Hagop Hovannes Kévork Krikor Levon Mihran Nerses Raffi Sarkis Sevan Vahé Varoujan Zaven Garo
  Armen Vartan Sahag Tigran Hrant Ashot Avedis Karnig Movses
arm s: Abrahamian Agopian Baghdassarian Balian Boghossian Chahinian Der_Hagopian Ekmekdjian Haroutiounian
  Kalaydjian Karapetian Khatchadourian Kouyoumdjian Minassian Nahapetian Ohanessian Papazian Sarkissian
  Tachdjian Terzian Topalian Yeghiazarian Zakarian Arzoumanian Chakmakian Demirdjian Garabedian Hovsepian
  Kechichian Mardirossian Nercessian Sahakian Vartanian Boyadjian Tchividjian Gazarian
magh f: Aldjia Aouda Bakhta Dahbia Djedjiga Djohra Drifa Fatma-Zohra Fettouma Ghalia Hadda Hadjer Khadidja
  Kamla Lamya Mebarka Mériama Mimouna Nabiha Nouara Ouahiba Rekia Safa Salha Taous Tounsia Yamna Zahra Zina
  Kaoutar Oumaïma Chaymae Ilhame Maryam Nisrine Nezha Rajae Sanae Touria Zahira Houyam Chorouk Khaoula Malak
  Douae Israe
magh m: Abdelghani Abdeslam Aissa Allal Amor Bouzid Djelloul Embarek Hadj Hamoud Hassane Kouider Lahcen Larbi
  Mahieddine Mahjoub Maamar Nadir Ouahid Rabie Rafik Rezki Sadek Seddik Sid-Ahmed Smaïn Wahid Yahia Zouhir
  Abdessamad Anouar Ilias Jaouad Mohcine Oussama Reda Tarik Yassine Hatim Aymane Amjad Bachir Boubeker Lamri
  Lyès
magh s: Abdelli Achouri Aïssaoui Allouache Amiri Attia Azzouz Bacha Bakouche Belabbes Belaïd Belarbi Belhocine
  Benabdallah Benamar Bendjelloul Benkhelifa Benmoussa Benyahia Berkani Bessaoud Bouabdallah Bouaziz Boudaoud
  Bougherara Boukhari Bourouba Brahimi Chabane Cheraga Chibane Daoudi Derradji Djaballah Djerbi Douadi Fellah
  Gacem Ghanem Hachemi Hamdi Hamici Harrag Kadri Khaldi Khelifi Labidi Lakehal Laouar Madani Mahdjoub Mekki
  Merabet Messaoudi Mezouar Naceri Nezzar Sahraoui Salhi Seddiki Sellami Soltani Tabet Tayeb Touati Yousfi
  Zaidi Zeghdoudi Ziani Zouaoui Akrouf Baali Bekkouche Bendahmane Bouchareb Boutaleb Chelghoum Djebli Ferrah
  Guerfi Hadji Kaddouri Laribi Mahiddine Maouche Ould-Kaci Saïdani Tlemçani Zeroual Amzal Ouchène Hamrouni
pt f: Aldina Almerinda Arlete Belmira Benvinda Custódia Doroteia Edite Esperança Florbela Generosa Guilhermina
  Henriqueta Hortênsia Iolanda Joaquina Leopoldina Lídia Lucília Maximina Natércia Olímpia Quitéria Rosalinda
  Teodora Valdemira Vitalina Ludovina Aldora Gorete Fernandina Inácia Emanuela
pt m: Adelino Aires Amaro Aristides Ascenso Augusto Basílio Benvindo Cândido Cipriano Clemente Deolindo
  Eugénio Feliciano Gualter Guilherme Hermenegildo Isidro Justino Laurindo Marcolino Olímpio Porfírio Quirino
  Romeu Sebastião Simão Telmo Valentim Virgílio Zeferino Ilídio Graciano Ezequiel Germano Adérito
pt s: Abrantes Aguiar Albuquerque Almada Ameixoeira Anjos Arouca Ataíde Azinheira Baião Balsemão Barcelos
  Beirão Bernardes Boaventura Cabrita Caeiro Calisto Camacho Canavarro Carrilho Catarino Cavaco Cotrim Curado
  Damião Dinis Encarnação Espinheira Evangelista Feliciano Festas Fialho Frazão Frade Gralha Janeiro Lampreia
  Laranjeira Leite Lemos Ludovino Mateus Matias Milheiro Mimoso Moita Monsanto Morgado Nóbrega Olival Paixão
tr f: Arzu Ayten Bahar Berna Burcu Cansu Dilara Ebru Esma Filiz Funda Gamze Gonca Gülay Gülsüm Hacer Havva
  Hilal İpek Leyla Meltem Müge Nazan Nesrin Nihal Oya Reyhan Saadet Selda Serap Sevda Seda Şükran Tuğba Ümran
  Yeliz Zehra Zerrin Damla Gülten Nurten Perihan Semra Canan Figen Gülşen Hülya Nurcan Pınar Sibel Tülay
  Nermin Songül
tr m: Alper Atakan Aykut Bülent Cahit Cemal Cihan Doğukan Ercan Erdal Gökhan İlker Kadir Kenan Koray Mahmut
  Metin Necati Nihat Oğuz Okan Onur Ozan Ramazan Rıza Sadık Selim Sinan Şükrü Tayfun Tuncay Turgay Ümit Vedat
  Yasin Zeki Cevdet Halil Muammer Nurettin Remzi Recep Süleyman Taner Zafer Levent
tr s: Acar Ağaoğlu Akın Aktaş Alkan Altıntaş Aslan Ateş Avcı Ayhan Babacan Bayram Bektaş Bilgin Bingöl Cebeci
  Çetin Çiftçi Demirci Dinç Eren Erol Eroğlu Gök Güneş Gürbüz Güven İnce Kahraman Kalkan Karakaya Kartal
  Kaymak Kocabaş Kurtuluş Mutlu Okur Oral Öner Özer Özgür Sezer Soylu Şimşek Taşkın Temiz Tosun Turgut Tüfekçi
  Uzun Yalçın Yaman Yazıcı Yeşil Yurt Zorlu Albayrak Çakmak Düzgün Erbaş Gençer Karabulut Köse Özbek Sevim
tr kf: Zeynep Elif Ecrin Eylül Defne Azra Nehir Asel Duru Hira
tr km: Eymen Berat Arda Göktuğ Yiğit Kerem Emir Miraç Alperen Batuhan
zh f: Xiaomei Lihua Yuting Jiayi Meiling Wenjing Xinyi Yawen Ruoxi Shuang Huimin Qiuyue Xiuying Lanfang
zh m: Zhiwei Haoran Yuchen Jiahao Bowen Chenxi Jianguo Weiming Guoqiang Xiaolong Zhenyu Jinhai
zh s: Bao Cao Dai Ding Fang Han Hou Jia Kong Lai Liang Mao Meng Peng Qin Ren Rong Shi Tian Wen Xia Xiao Xiong
  Yan Yin Yuan Zeng Zou Qiu Kuang Pang Hong Jin Pan Tan
ssa f: Aïssata Astou Bineta Dieynaba Fanta Hadja Kani Korotoumou Mame Massitan Nogaye Oulimata Ramata Safiatou
  Seynabou Sokhna Tening Adjo Ahou Amenan Bintou Kadi Nafissatou Sali Tenin Murielle Bernadette Rosalie
  Pélagie Perpétue Laeticia Chancelle Dorcas Déborah Rébecca Tabitha Mariétou Ndeye Coumba Djénéba Salimata
  Hawa Mabinty Clarisse Ruth Esther Sidonie Assitan Diaba Fily Kadidiatou Makalé Nabintou Sadio Salamata Tacko
  Yandé Aby Codou Mbathio Ngoné Rama Thioro Yaye Estelle Brigitte Prudence
ssa m: Abdou Adama Alioune Aliou Babacar Bocar Demba Fodé Karamoko Lassana Mady Malick Massamba Ndiaga Oumar
  Pape Sékou Sidiki Yaya Yacouba Zoumana Armel Brice Fulgence Gaël Hermann Innocent Jonas Parfait Thierry
  Ulrich Wilfried Claver Evariste Hyacinthe Aimé Alassane Bakary Modibo Tidiane Issiaka Kalidou Djibril
  Mamoudou Rodrigue Assane Birame Boubou Dramane Fousseyni Gaoussou Hamady Kalilou Ladji Mahamadou Moctar
  Ngagne Ousseynou Saliou Sambou Sidy Tiémoko Séraphin Anicet Sylvestre Désiré Josaphat
ssa s: Adjovi Agbo Akakpo Amouzou Assogba Badji Bakayoko Baldé Bangoura Bayo Biaye Boiro Condé Coly Dabo
  Dagnogo Danfa Diabaté Diaby Diawara Dieng Diouf Djiré Gassama Goudiaby Guindo Kaboré Kébé Kouyaté Magassa
  Maïga Mariko Mbengue Ndao Niakaté Ouédraogo Sacko Sagna Sakho Samaké Sanogo Sawadogo Seck Sidibé Souaré Tall
  Tounkara Tiendrebeogo Zongo Kaba Mbemba Loemba Bouanga Makosso Moukala Tsiba Nzaou Kibangou Lusamba Mavungu
  Nsimba Ekambi Tchatchoua Djoumessi Kengne Fokou Tagne Wandji Ngassa Tchuente Yonkeu Assamoi Brou Konan Yapi
"""
FACTS = {"fr": (34, "", "69 42 01 38 71 63 26 07 75 13"), "it": (10, "127", "69 42 13 06 38"),
         "arm": (8, "252 205 206", "69 42 13 38"), "magh": (18, "352 350 351", "69 42 93 13 38"),
         "pt": (9, "139", "69 42 01 38"), "tr": (8, "208", "69 42 38"), "zh": (5, "216", "69 75"),
         "ssa": (10, "341 335 326 322 312 330", "69 42 75 93")}
ORIGINS, KIDS = hm.load_pools(TABLE, FACTS)
TAKEN = hm.taken_tokens(OUT, EARLIER)

def name_words(name: str) -> set[str]:
    return hm.name_parts(name, PARTICLES)

def refuse(names: list[str]) -> list[str]:
    return [n for n in names if not name_words(n) & TAKEN]

def pool_size() -> int:
    return sum(len(o.given_f + o.given_m + o.surnames) for o in ORIGINS.values()) + \
        sum(map(len, KIDS.values()))

BEFORE = pool_size()
for _o in ORIGINS.values():
    _o.given_f[:], _o.given_m[:], _o.surnames[:] = refuse(_o.given_f), refuse(_o.given_m), refuse(_o.surnames)
    assert min(len(_o.given_f), len(_o.given_m), len(_o.surnames)) >= 5, "a pool too thin"
KIDS = {key: refuse(names) for key, names in KIDS.items()}
AFTER = pool_size()

MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
SHORT_M = {12: "déc.", 1: "janv."}
STAFF_K = ["Julien", "Sophie", "Karim", "Julien Martin", "Sophie Lemoine", "Karim Haddad", "Julien M.",
           "Karim H.", "S. Lemoine"]
PLACES = {
    "69001 Lyon": ["rue des Tables Claudiennes", "montée de la Grande-Côte", "rue Burdeau", "rue d'Algérie"],
    "69004 Lyon": ["rue Dumenge", "boulevard de la Croix-Rousse", "rue d'Austerlitz", "rue Pailleron",
                   "rue Hénon", "place de la Croix-Rousse", "rue Chazière"],
    "69003 Lyon": ["cours Lafayette", "rue Paul Bert", "rue du Dauphiné", "avenue Lacassagne"],
    "69007 Lyon": ["grande rue de la Guillotière", "rue de Marseille", "avenue Berthelot", "rue Chevreul"],
    "69100 Villeurbanne": ["cours Émile Zola", "rue Francis de Pressensé", "avenue Roger Salengro",
                           "rue du 4 Août 1789", "rue Léon Blum", "rue Flachet"],
    "69200 Vénissieux": ["avenue Jean Cagne", "rue Gaspard Picard", "boulevard Ambroise Croizat",
                         "avenue de la République", "rue Paul Bert"],
    "69120 Vaulx-en-Velin": ["avenue Gabriel Péri", "chemin du Grand Bois", "rue de la Poudrette",
                             "allée du Mas du Taureau", "rue Condorcet"],
    "69300 Caluire-et-Cuire": ["montée des Soldats", "chemin de Crépieux", "avenue Pierre Terrasse",
                               "rue Coste"],
    "42000 Saint-Étienne": ["rue Michelet", "rue Balay", "rue de la Mulatière", "rue des Martyrs de Vingré"],
    "42100 Saint-Étienne": ["cours Fauriel", "rue Bergson", "rue de la Richelandière", "boulevard Karl Marx"],
}
LIEUX = ["Les Farges, 42390 Villars", "La Combe Bertrand 42530 Saint-Genest-Lerpt",
         "Le Bois Joli 69126 Brindas", "Les Molières, 42320 La Grand-Croix", "La Garenne 69290 Craponne"]
TOWNS = ["Lyon", "Villeurbanne", "Vénissieux", "Vaulx", "Vaulx-en-Velin", "Caluire", "Saint-Étienne",
         "Gerland", "la Croix-Rousse", "la Duchère", "Saint-Fons", "Bron"]
CLUBS = {"foot": ["le FC Vaulx", "l'AS Minguettes", "le FC Croix-Rousse Sud", "l'ASSE féminines",
                  "le Caluire Sporting Club"],
         "rugby": ["le LOU (espoirs)", "le RC Villeurbanne", "le CA Saint-Étienne rugby"],
         "hand": ["Villeurbanne Handball", "le Vénissieux HB", "le HBC Caluire"],
         "danse": ["le conservatoire (section danse)", "l'école de danse de la Croix-Rousse",
                   "la compagnie de hip-hop de Vaulx"],
         "escalade": ["la salle de bloc de Gerland", "le club d'escalade de Villeurbanne",
                      "le CAF de Saint-Étienne"]}
FED = {"foot": "FFF", "rugby": "FFR", "hand": "FFHB", "danse": "FFD", "escalade": "FFME"}
INJURY = {"foot": ["[entorse LLE cheville droite]", "[ligamentoplastie du LCA] genou G J+21",
                   "[lésion ischio-jambiers] grade 2", "[pubalgie]", "[maladie d'Osgood-Schlatter]"],
          "rugby": ["[luxation acromio-claviculaire] stade 2", "[entorse du genou] (LLI)",
                    "[Bankart] opéré il y a 6 sem", "[commotion] + cervicalgies"],
          "hand": ["[entorse de la cheville]", "[tendinopathie de la coiffe]", "[doigt en maillet]",
                   "[syndrome fémoro-patellaire]"],
          "danse": ["[tendinopathie du long fléchisseur de l'hallux]", "[fracture de fatigue] 2e méta",
                    "[maladie de Sever]", "[lombalgie] sur hyperlordose"],
          "escalade": ["[poulie A2] rompue", "[épicondylite]", "[entorse de la cheville] après chute en bloc",
                       "[doigt de grimpeur]"]}
SCHOOLS = ["au collège Gabriel Rosset", "au lycée du Parc", "au collège Henri Barbusse",
           "à l'école primaire des Gratte-Ciel", "au collège Jean Jaurès", "au lycée Honoré d'Urfé"]
JOBS = ["cariste de nuit à l'entrepôt de Corbas",
        "préparateur de commandes chez un logisticien de Saint-Priest",
        "agent de tri de nuit à la plateforme colis de Vénissieux", "aide-soignante de nuit à l'EHPAD",
        "chauffeur-livreur", "opérateur en 3x8 à la chimie de Feyzin", "manutentionnaire au MIN de Corbas"]
OFFICE = ["[cervicalgies] posturales (télétravail)", "[syndrome du canal carpien]", "[lombalgie commune]",
          "[tendinite de De Quervain]", "[névralgie cervico-brachiale]"]
HOSP = ["[HFME]", "[hôpital Édouard Herriot]", "[hôpital de la Croix-Rousse]", "[CHU Nord] de Saint-Étienne",
        "[hôpital Lyon Sud]", "[clinique du Parc]", "[hôpital Femme Mère Enfant]"]
SEVERITY = ["encombré ++", "tousse beaucoup la nuit", "sifflements, mange moins bien", "sat ok d'après eux",
            "2e épisode cet hiver", "sort des urgences ce matin"]
MUTUELLES = ["MGEN", "Harmonie", "la MNT", "Malakoff", "AG2R", "la mutuelle du club", "Apréva",
             "Mutuelle Bleue"]
KIN = [("mère", "f"), ("maman", "f"), ("père", "m"), ("papa", "m"), ("grand-mère", "f"), ("grand-père", "m"),
       ("tante", "f"), ("oncle", "m"), ("sœur", "f"), ("frère", "m"), ("belle-mère", "f"), ("compagne", "f")]
CARERS = ["l'aide à domicile", "l'auxiliaire de vie", "l'assistante maternelle", "la nounou",
          "l'éducatrice du foyer", "la voisine du dessous", "le voisin de palier", "la voisine"]
Person = hm.Person
OLD_ORIGINS = ["fr", "fr", "it", "arm", "pt", "magh"]

def K(text: str) -> str:
    """A phrase with `[..]` around the words to keep, as markup."""
    return re.sub(r"\[(.+?)\]", lambda m: keep(m.group(1)), text)

class Note:
    """One call note: its people, its date, the pieces of markup it draws and its flags."""
    def __init__(self, rng: random.Random) -> None:
        self.r, self.used, self.flags = rng, [], set()
        self.today = dt.date(2028, 12, rng.randint(1, 30))
        self.hard = rng.random() < 0.14
    def one(self, options: list[Callable[[], str]]) -> str:
        """One of the templates, only it drawn: a template not chosen takes nothing from the stream."""
        return self.r.choice(options)()
    def maybe(self, p: float, text: Callable[[], str]) -> str:
        return text() if self.r.random() < p else ""
    def person(self, sex: str | None = None, years: tuple[float, float] = (25, 60), origin: str | None = None,
               surname: str | None = None, kid: bool = False) -> Person:
        o = ORIGINS[origin or self.r.choices(list(FACTS), [f[0] for f in FACTS.values()])[0]]
        sex = sex or self.r.choice("fm")
        pool = KIDS.get((o.name, sex)) if kid else None
        adult = o.given_f if sex == "f" else o.given_m
        given = self.r.choice(pool if pool and self.r.random() < 0.7 else adult)
        days = self.r.randint(int(years[0] * 365.25), int(years[1] * 365.25) + 300)
        born = self.today - dt.timedelta(days=days)
        return Person(given, surname or self.r.choice(o.surnames), sex, o, born)
    def family(self, years: tuple[float, float]) -> tuple[Person, Person, str]:
        noun, sex = self.r.choice(KIN[:8] if years[1] < 3 else KIN)
        kid = self.person(years=years, kid=True)
        same = noun in ("père", "papa", "grand-père") or self.r.random() < 0.5
        old = (52, 75) if noun.startswith("grand") else (24, 46)
        return kid, self.person(sex, old, kid.origin.name, kid.surname if same else None), noun
    def title(self, p: Person) -> str:
        titles = ["Mme", "Mme", "Madame", "Mme."] if p.sex == "f" else ["M.", "M.", "Mr", "Monsieur"]
        return self.r.choice(titles)
    def hard_name(self, p: Person) -> str:
        form = self.r.choice(["initial", "slip", "spelled", "maiden", "hyphen", "bare", "lower", "caps"])
        adult = self.today.year - p.born.year > 16
        form = "caps" if form == "maiden" and (p.sex == "m" or not adult) else form
        self.flags.add(f"hard:{form}")
        pool = p.origin.given_f if p.sex == "f" else p.origin.given_m
        return {
            "initial": lambda: (self.title(p) + " " if adult else "") + nom(f"{p.given[0]}. {p.surname}"),
            "slip": lambda: nom(f"{p.given} {hm.slip(p.surname, self.r)}"),
            "spelled": lambda: f"{nom(p.given + ' ' + p.surname)} (j'épelle : "
                               f"{nom('-'.join(ch for ch in p.surname.upper() if ch.isalpha()))})",
            "maiden": lambda: f"Mme {nom(p.surname)} née {nom(self.r.choice(p.origin.surnames))}",
            "hyphen": lambda: nom(f"{p.given}-{self.r.choice([g for g in pool if g != p.given])} "
                                  f"{p.surname}"),
            "bare": lambda: nom(f"{hm.fold(p.surname).upper()} {hm.fold(p.given)}"),
            "lower": lambda: nom(f"{p.given.lower()} {p.surname.lower()}"),
            "caps": lambda: nom(f"{p.surname.upper()} {p.given.upper()}"),
        }[form]()
    def name(self, p: Person, hard: bool = False) -> str:
        if hard and self.hard and "hard" not in self.flags:
            self.flags.add("hard")
            return self.hard_name(p)
        forms = [lambda: nom(f"{p.given} {p.surname}"), lambda: nom(f"{p.surname.upper()} {p.given}"),
                 lambda: f"{self.title(p)} {nom(p.surname)}",
                 lambda: f"{self.title(p)} {nom(p.given + ' ' + p.surname)}"]
        return self.one([forms[0], *forms] if self.today.year - p.born.year > 16 else [forms[0], *forms[:2]])
    def who(self, p: Person) -> str:
        adult = self.today.year - p.born.year > 16
        return f"{self.title(p)} {nom(p.surname)}" if adult and self.r.random() < 0.4 else nom(p.given)
    def tel(self, land: bool = False) -> str:
        pairs = [f"{self.r.randint(0, 99):02d}" for _ in range(4)]
        if land:
            d = ["04", self.r.choice(["78", "72", "77", "37", "26"]), *pairs[:3]]
            return tag("TEL", self.r.choice([" ", ".", ""]).join(d))
        d = [self.r.choice(["06", "07"]), *pairs]
        return tag("TEL", self.r.choice([" ".join(d), " ".join(d), ".".join(d), "".join(d), "-".join(d),
                                         f"+33 {d[0][1]} {' '.join(pairs)}",
                                         f"+33{d[0][1]}{''.join(pairs)}"]))
    def ddn(self, p: Person) -> str:
        b, day = p.born, "1er" if p.born.day == 1 else str(p.born.day)
        return tag("DDN", self.r.choice([
            f"{b.day:02d}/{b.month:02d}/{b.year}", f"{b.day}/{b.month}/{b.year % 100:02d}",
            f"{b.day:02d}.{b.month:02d}.{b.year}", f"{day} {MONTHS[b.month - 1]} {b.year}",
            f"{b.day:02d}-{b.month:02d}-{b.year}", f"{b.day:02d}/{b.month:02d}/{b.year % 100:02d}"]))
    def nir(self, p: Person) -> str:
        if p.origin.abroad and self.r.random() < (0.5 if self.today.year - p.born.year > 20 else 0.05):
            place = "99" + self.r.choice(p.origin.abroad.split())
        else:
            place = self.r.choice(p.origin.departments) + f"{self.r.randint(1, 390):03d}"
        sex = 1 if p.sex == "m" else 2
        b = f"{sex}{p.born.year % 100:02d}{p.born.month:02d}{place}{self.r.randint(1, 999):03d}"
        key = f"{97 - int(b) % 97:02d}"
        return tag("NIR", self.r.choice([f"{b[0]} {b[1:3]} {b[3:5]} {b[5:7]} {b[7:10]} {b[10:13]} {key}",
                                         b + key, f"{b} {key}",
                                         f"{b[0]} {b[1:3]} {b[3:5]} {b[5:10]} {b[10:]} {key}"]))
    def email(self, p: Person, student: bool = False) -> str:
        g, s = (re.sub(r"[^a-z]", "", hm.fold(x)) for x in (p.given, p.surname))
        user = self.r.choice([f"{g}.{s}", f"{g[0]}{s}{self.r.randint(1, 99)}", f"{s}.{g}", f"{g}_{s}",
                              f"{g}{s[0]}{p.born.year % 100:02d}", f"famille.{s}"])
        host = "etu.univ-lyon1.fr" if student else self.r.choice(
            ["gmail.com", "gmail.com", "free.fr", "orange.fr", "hotmail.fr", "laposte.net", "sfr.fr",
             "yahoo.fr", "outlook.fr", "icloud.com"])
        return tag("EMAIL", f"{user}@{host}")
    def adresse(self, towns: list[str] | None = None) -> str:
        if self.r.random() < 0.08:
            return tag("ADRESSE", self.r.choice(LIEUX))
        town = self.r.choice(towns or list(PLACES))
        street, (code, city) = self.r.choice(PLACES[town]), town.split(maxsplit=1)
        num = f"{self.r.randint(1, 140)}{self.r.choice(['', '', '', ' bis', 'B'])}"
        short = street.replace("rue ", "r. ").replace("avenue ", "av. ").replace("boulevard ", "bd ")
        return tag("ADRESSE", self.r.choice([f"{num} {street}, {town}",
                                             f"{num}, {street} {code} {city.upper()}",
                                             f"{num} {street} {town}".lower(), f"{num} {short} {town}",
                                             f"{num} {street} - {town}"]))
    def ident(self, kind: str) -> str:
        r = self.r
        d = lambda n: "".join(str(r.randint(0, 9)) for _ in range(n))  # noqa: E731
        a = lambda n: "".join(r.choice("ABCDEFGHJKLMNPQRSTUVWXYZ") for _ in range(n))  # noqa: E731
        lead, forms = {
            "mutuelle": (f"{r.choice(MUTUELLES)} n° adh. ", [d(9), f"{d(4)} {d(4)} {d(2)}", a(2) + d(8),
                                                             f"0{d(7)}-{d(2)}"]),
            "dossier": (r.choice(["dossier ", "dossier n° ", "n° dossier ", "dos. "]),
                        [f"K-28-{d(4)}", d(6), f"P{d(5)}", f"{d(2)}/{d(5)}"]),
            "booking": (r.choice(["réf. ", "réf RDV ", "n° de réservation ", "booking #"]),
                        [f"{a(3)}-{d(3)}-{a(2)}", f"RDV{d(7)}", f"{a(2)}{d(4)}{a(2)}"]),
            "licence": (f"licence {FED.get(kind[8:], '')} n° ".replace("  ", " "),
                        [d(10), f"{d(4)} {d(6)}", f"{d(2)}-{d(3)}-{d(4)}", d(6) + a(1)]),
            "at": (r.choice(["n° AT ", "n° de sinistre ", "déclaration AT n° ", "réf. accident "]),
                   [f"{d(4)}-{d(4)}-{d(2)}", f"28AT{d(6)}", f"{d(2)} {d(4)} {d(4)}"]),
        }[kind[:7] if kind.startswith("licence") else kind]
        return lead + tag("ID", r.choice(forms))
    def slot(self, full: bool = False) -> str:
        def draw(r: random.Random) -> str:
            d = self.today + dt.timedelta(days=r.randint(1, 20))
            d += dt.timedelta(days=d.weekday() == 6)
            h, m = r.randint(7, 19), r.choice([0, 15, 30, 45, 0])
            hm_ = f"{h}h{m:02d}" if m else r.choice([f"{h}h", f"{h}h00"])
            wd, month = DAYS[d.weekday()], MONTHS[d.month - 1]
            if full:
                return f"{wd} {d.day} {month} {d.year} à {hm_}"
            return r.choice([f"{wd} {d.day:02d}/{d.month:02d} à {hm_}",
                             f"{wd[:3]}. {d.day} {SHORT_M[d.month]} {hm_}",
                             f"le {d.day:02d}/{d.month:02d} à {hm_}", f"{wd} {d.day} à {hm_}", f"{wd} {hm_}",
                             f"{wd} {d.day} {month} {hm_}", f"{d.day:02d}/{d.month:02d} {h:02d}:{m:02d}"])
        return keep(hm.fresh_slot(draw, self.r, self.used))
    def staff(self) -> str:
        return keep(self.r.choice(STAFF_K))
    def cb(self, p: Person | None = None) -> str:
        if p and self.r.random() < 0.25:
            return f"rappeler sur le portable de {self.who(p)} {self.tel()}"
        lead = self.r.choice(["rappeler au ", "tel ", "tél : ", "joignable au ", "rappel svp ", "dispo au "])
        return lead + self.tel(land=self.r.random() < 0.15)

def sport(n: Note) -> str:
    r, s = n.r, n.r.choice(list(CLUBS))
    p, rel, noun = n.family((11, 17)) if r.random() < 0.6 else (n.person(years=(18, 33)), None, "")
    club, inj, who = r.choice(CLUBS[s]), K(r.choice(INJURY[s])), n.name(p, hard=True)
    lic = n.maybe(0.5, lambda: f", {n.ident('licence ' + s)}")
    child = ("son fils" if p.sex == "m" else "sa fille") if noun in ("mère", "maman", "père", "papa") else ""
    if rel and r.random() < 0.7:
        opener = n.one([lambda: f"{n.title(rel)} {nom(rel.surname)}, {noun} de {who}",
                        lambda: f"appel {noun} de {who}",
                        lambda: f"{noun.capitalize()} ({n.name(rel)}) appelle pour {child} {who}"])
    else:
        opener = n.one([lambda: f"{who} a appelé", lambda: f"Appel {who}",
                        lambda: f"Le coach de {club} appelle pour {who}",
                        lambda: f"Le préparateur physique de {club} nous envoie {who}"])
    back = rel or p
    return n.one([
        lambda: f"{opener} ({club}{lic}) : {inj}, ordonnance de 12 séances, veut reprendre avant la trêve. "
                f"Proposé {n.slot()} avec {n.staff()}. {n.cb(back)}",
        lambda: f"{opener} — {inj} depuis le match de dimanche. "
                f"{n.maybe(0.4, lambda: 'DDN ' + n.ddn(p) + '. ')}Rien avant {n.slot()}, mis sur liste "
                f"d'attente. {n.cb(back)}",
        lambda: f"{opener}. Suivi {inj}, séance de {n.slot()} annulée (tournoi), reporter à {n.slot()} si "
                f"possible. {n.maybe(0.5, lambda: n.cb(back))}",
        lambda: f"{opener} ; {club}. {inj}. Veut bilan + reprise terrain, le staff du club veut un "
                f"compte-rendu par mail : {n.email(back)}. RDV {n.slot()} ({n.staff()})"])

def baby(n: Note) -> str:
    r, (b, rel, noun) = n.r, n.family((0.08, 1.4))
    sev, hosp, first = r.choice(SEVERITY), K(r.choice(HOSP)), n.name(b, hard=True)
    e = "e" if b.sex == "f" else ""
    return n.one([
        lambda: f"{K('[Bronchiolite]')} — {noun} de {first} (né{e} le {n.ddn(b)}), {sev}. Ordonnance kiné "
                f"respi du pédiatre. Urgent : {n.slot()} sinon {n.slot()}. {n.cb(rel)}",
        lambda: f"Message répondeur {r.randint(7, 9)}h{r.randint(0, 59):02d} : « oui bonjour c'est "
                f"{n.name(rel)}, j'appelle pour mon bébé {first}, {K('[bronchiolite]')}, on sort de {hosp}, "
                f"est-ce que vous avez de la place aujourd'hui ou demain... mon numéro c'est le {n.tel()} "
                f"merci »",
        lambda: f"kiné respi {first} {r.randint(2, 16)} mois — {sev}. {noun} dispo que le matin. mis "
                f"{n.slot()} avec {n.staff()}. "
                f"{n.maybe(0.5, lambda: 'tiers payant, ' + n.ident('mutuelle') + '. ')}{n.cb(rel)}",
        lambda: f"Appel {noun} ({n.name(rel)}) : bébé {first}, DDN {n.ddn(b)}, {K('[bronchiolite]')} "
                f"{sev}. Habite {n.adresse()} — demande si on se déplace ? Non, proposé {n.slot()} au "
                f"cabinet de {r.choice(TOWNS)}."])

def booking(n: Note) -> str:
    r, p = n.r, n.person(years=(9, 80))
    motif = K(r.choice(OFFICE + INJURY[r.choice(list(INJURY))] + ["[post-entorse]", "[scoliose]"]))
    head = r.choice(["Nouveau RDV en ligne", "RÉSERVATION INTERNET", "[Doctolib] Nouveau RDV", "Export"])
    parts = [head, f"Patient : {n.name(p, hard=True)}", f"Né(e) le : {n.ddn(p)}", f"Tél : {n.tel()}",
             f"Mail : {n.email(p)}", f"Motif : {motif}", f"Le {n.slot(full=True)} avec {n.staff()}",
             n.ident("booking")]
    if r.random() < 0.4:
        parts.pop(r.choice([2, 4]))
    if r.random() < 0.3:
        parts.insert(4, f"Adresse : {n.adresse()}")
    return r.choice([" | ", "\n", " ; "]).join(parts)

def sms(n: Note) -> str:
    p = n.person(years=(15, 45))
    g = nom(p.given) if n.r.random() < 0.5 else n.name(p, hard=True)
    return n.one([
        lambda: f"SMS reçu de {n.tel()} : « slt c {g}, je pourrai pas venir {n.slot()}, g le taf, on décale "
                f"? »",
        lambda: f"Transféré par {n.staff()} — SMS : « Bonjour c'est {g}, je suis bloqué au boulot pour "
                f"{n.slot()}, possible {n.slot()} ? Merci » → ok fait",
        lambda: f"sms {g} ({n.tel()}) : confirme {n.slot()}, apporte l'ordonnance + la carte vitale",
        lambda: f"SMS {n.tel()} : « c'est la maman de {g}, malade pour {n.slot()} dsl, vous pouvez le "
                f"mettre la semaine pro ? »"])

def mail(n: Note) -> str:
    p = n.person(years=(20, 70))
    subj = "Objet : " + n.r.choice(["RDV kiné", "ordonnance", "annulation", "TR: prise en charge"])
    return n.one([
        lambda: f"TR: mail de {n.email(p)} — {subj}. « Bonjour, je suis {n.name(p, hard=True)}, suivi(e) "
                f"pour {K(n.r.choice(OFFICE))}. Je joins l'ordonnance ; ma mutuelle : "
                f"{n.ident('mutuelle')}. Je serais disponible {n.slot()}. Cordialement » → répondu, RDV "
                f"posé avec {n.staff()}",
        lambda: f"Mail reçu ({subj}) de {n.name(p, hard=True)} <{n.email(p)}> : change d'adresse, nouvelle "
                f"adresse {n.adresse()}, à mettre à jour. {n.maybe(0.5, lambda: n.ident('dossier'))}",
        lambda: f"{subj} — de : {n.email(p)}\n« Bonjour, pourriez-vous me renvoyer la facture de décembre "
                f"pour {n.name(p, hard=True)} ({n.ident('dossier')}) ? Merci » → fait par {n.staff()}"])

def nurse(n: Note) -> str:
    p, rel, noun = n.family((8, 16))
    school = n.r.choice(SCHOOLS)
    what = K(n.r.choice(["[scoliose]", "[maladie d'Osgood-Schlatter]", "[maladie de Sever]", "[dos rond]",
                         "[entorse de la cheville]", "[syndrome de Sinding-Larsen]"]))
    e = "e" if p.sex == "f" else ""
    return n.one([
        lambda: f"L'infirmière scolaire {school} appelle pour {n.name(p, hard=True)} ({n.r.randint(3, 6)}e) "
                f": {what}, dispense de sport demandée. Les parents vont appeler. {noun.capitalize()} : "
                f"{n.name(rel)} {n.tel()}",
        lambda: f"Appel infirmerie {school} : l'élève {n.name(p, hard=True)} s'est fait mal en EPS, "
                f"suspicion {what}. A prévenu la famille ({n.tel()}). Rien de posé pour l'instant.",
        lambda: f"Infirmière scolaire ({school}) : {n.name(p, hard=True)}, né{e} le {n.ddn(p)}, {what}. "
                f"Propose {n.slot()} ? {noun.capitalize()} {n.who(rel)} confirmera."])

def elder(n: Note) -> str:
    r = n.r
    p = n.person(years=(70, 93), sex=r.choice("ffm"), origin=r.choice(OLD_ORIGINS))
    carer, role = n.person(years=(22, 60), sex="f" if r.random() < 0.8 else "m"), r.choice(CARERS)
    why = K(r.choice(["[rééducation à la marche]", "[prothèse totale de hanche] J+15", "[chute] à domicile",
                      "[capsulite rétractile]", "[fracture du poignet] (Pouteau-Colles)", "[Parkinson]"]))
    near = ["69004 Lyon", "69001 Lyon", "69300 Caluire-et-Cuire"]
    return n.one([
        lambda: f"{role.capitalize()} de {n.name(p, hard=True)}, {n.name(carer)}, appelle : {why}, visite à "
                f"domicile au {n.adresse(near)}. Code porte 4B17, 3e sans ascenseur. Passage {n.slot()} par "
                f"{n.staff()}. {n.cb(carer)}",
        lambda: f"Appel de {n.name(carer)} ({role}) pour {n.title(p)} {nom(p.surname)} : ne pourra pas "
                f"ouvrir {n.slot()}, hospitalisé{'e' if p.sex == 'f' else ''} à {K(r.choice(HOSP))}. "
                f"Annulé. {n.maybe(0.5, n.cb)}",
        lambda: f"{n.name(p, hard=True)}, {n.today.year - p.born.year} ans, {why}. NIR {n.nir(p)}, "
                f"{n.maybe(0.5, lambda: 'DDN ' + n.ddn(p) + ', ')}domicile {n.adresse()}. "
                f"{role.capitalize()} : {n.name(carer)} {n.tel()}. Soins à domicile 3x/sem à partir de "
                f"{n.slot()}."])

def work(n: Note) -> str:
    p, job, at = n.person(years=(20, 58)), n.r.choice(JOBS), f"{n.r.randint(1, 28):02d}/11"
    what = K(n.r.choice(["[lombalgie aiguë]", "[entorse de la cheville]", "[tendinopathie de l'épaule]",
                         "[fracture du 5e métacarpien]", "[contusion du genou]", "[lumbago]"]))
    return n.one([
        lambda: f"Accident du travail — {n.name(p, hard=True)}, {job}. AT du {at}, {n.ident('at')}. {what}. "
                f"NIR : {n.nir(p)}. Feuille d'AT à apporter. Dispo seulement l'après-midi (nuit) : "
                f"{n.slot()}.",
        lambda: f"{n.name(p, hard=True)} appelle, {job} : {what} suite AT le {at}. Pas de mutuelle, tiers "
                f"payant sur l'AT ({n.ident('at')}). {n.cb(p)}",
        lambda: f"AT {n.name(p, hard=True)} ({job}) — né le {n.ddn(p)}, sécu {n.nir(p)}. Prescription 10 "
                f"séances {what}. Rappeler après 14h, dort le matin : {n.tel()}."])

def admin(n: Note) -> str:
    p = n.person(years=(4, 75))
    young = n.today.year - p.born.year < 16
    rel = n.person(years=(30, 50), origin=p.origin.name, surname=p.surname) if young else None
    lead = f"{n.name(rel)} pour {n.name(p, hard=True)}" if rel else n.name(p, hard=True)
    payer = rel or p
    return n.one([
        lambda: f"Tiers payant : {lead}. Carte vitale pas à jour, n° sécu {n.nir(payer)}, "
                f"{n.ident('mutuelle')}. "
                f"{n.maybe(0.5, lambda: 'Attestation CSS envoyée par mail ' + n.email(payer) + '.')}",
        lambda: f"Compta — {lead} : rejet mutuelle, {n.ident('mutuelle')} (mauvais n°?). "
                f"{n.ident('dossier')}. Voir avec {n.staff()}.",
        lambda: f"{lead} : demande de devis pour séances non remboursées. {n.cb(payer)}",
        lambda: f"MAJ dossier {lead} ({n.ident('dossier')}) : nouvelle adresse {n.adresse()}, nouveau tel "
                f"{n.tel()}."])

def certif(n: Note) -> str:
    s = n.r.choice(list(CLUBS))
    p, rel, noun = n.family((10, 17))
    return n.one([
        lambda: f"{noun.capitalize()} de {n.name(p, hard=True)} demande un certificat pour "
                f"{n.r.choice(CLUBS[s])} ({n.ident('licence ' + s)}). Expliqué que c'est le médecin, pas le "
                f"kiné. {n.cb(rel)}",
        lambda: f"Bilan de reprise + courrier pour le club : {n.name(p, hard=True)}, DDN {n.ddn(p)}, "
                f"{n.ident('licence ' + s)}. RDV {n.slot()} avec {n.staff()}.",
        lambda: f"certif reprise {s} pour {n.name(p, hard=True)} — {noun} {n.who(rel)} passe le chercher "
                f"{n.slot()}."])

def student(n: Note) -> str:
    p = n.person(years=(18, 24))
    e = "e" if p.sex == "f" else ""
    uni = n.r.choice(["Lyon 1 (STAPS)", "Lyon 2", "Lyon 3", "l'INSA", "Centrale", "la fac de Saint-Étienne",
                      "l'ENS", "la fac de médecine"])
    what = K(n.r.choice(OFFICE + INJURY["escalade"] + INJURY["danse"]))
    return n.one([
        lambda: f"Étudiant{e} à {uni} : {n.name(p, hard=True)}, {what}. Mail {n.email(p, True)}. Que les "
                f"créneaux du soir : {n.slot()}.",
        lambda: f"{n.name(p, hard=True)} (étudiant{e} {uni}) — prise en charge SSU ? {n.cb(p)}. Envoyer la "
                f"confirmation sur {n.email(p, True)}."])

def neighbour(n: Note) -> str:
    p = n.person(years=(72, 95), origin=n.r.choice(["fr", "it", "arm", "magh"]))
    nb = n.person(years=(30, 70))
    return n.one([
        lambda: f"La voisine de {n.name(p, hard=True)}, {n.name(nb)}, appelle : pas entendu la sonnette "
                f"{n.slot()}, elle a un double des clés. {n.cb(nb)}",
        lambda: f"{n.name(nb)}, voisin de palier de {n.title(p)} {nom(p.surname)} "
                f"({n.adresse(['69004 Lyon'])}) : tombé{'e' if p.sex == 'f' else ''} hier, pas de séance "
                f"{n.slot()}. Famille prévenue."])

def move(n: Note) -> str:
    p = n.person(years=(6, 70))
    late = n.r.choice(["retard TCL", "grève", "neige sur Saint-Étienne", "enfant malade", "réunion tardive"])
    return n.one([
        lambda: f"{n.name(p, hard=True)} — annule {n.slot()} ({late}), reporté {n.slot()} avec {n.staff()}.",
        lambda: f"Déplacement RDV {n.name(p, hard=True)} : {n.slot()} → {n.slot()}. "
                f"{n.maybe(0.5, lambda: n.cb(p))}",
        lambda: f"ANNULATION {n.name(p, hard=True)} {n.slot()} — {late}. Ne rappelle pas.",
        lambda: f"{n.name(p, hard=True)} lapin {n.slot()}, 2e fois. Prévenir {n.staff()}. {n.cb(p)}"])

def family_call(n: Note) -> str:
    p, rel, noun = n.family((3, 12))
    sib = n.person(years=(3, 12), origin=p.origin.name, surname=p.surname, kid=True)
    parent = "la maman" if rel.sex == "f" else "le papa"
    return n.one([
        lambda: f"{n.name(rel)}, {noun} de {n.name(p, hard=True)} et {nom(sib.given)} : les deux le même "
                f"jour si possible, mercredi après-midi. Mis {n.slot()} et {n.slot()}. {n.cb(rel)}",
        lambda: f"Répondeur : « oui bonjour, c'est {n.name(rel)}, {parent} de {n.name(p, hard=True)}, c'est "
                f"pour décaler le rendez-vous de {n.slot()}, rappelez-moi au {n.tel()}, merci, au revoir »",
        lambda: f"{noun.upper()} DE {n.name(p, hard=True)} : pieds plats / "
                f"{K('[marche en rotation interne]')}, ordonnance du pédiatre. DDN {n.ddn(p)}. "
                f"{n.ident('dossier')}. {n.cb(rel)}"])

BARE = [
    "Appel d'un club de foot de Vaulx : demandent si on prend des U13 le mercredi. Rappeler, voir avec {s}.",
    "Une dame a appelé pour sa mère, pas laissé de nom ni de numéro.",
    "Répondeur : message inaudible (bruit de bus), pas de numéro.", "Livraison tables prévue {t}, voir {s}.",
    "Rappel : cabinet de Saint-Étienne fermé le 25/12 et le 01/01. Pas de RDV à poser.",
    "Le lycée du Parc demande si on fait des ateliers prévention blessures (section sportive). Voir {s}.",
    "Monsieur au téléphone, kiné respi pour son bébé, raccroché avant que je prenne le nom.",
    "Pharmacie de la Croix-Rousse : leur ordonnance de {k} est bien chez nous ? Oui.",
    "Appel d'une école de danse (Villeurbanne) pour un devis groupe {k}, renvoyé vers {s}.",
    "plus de créneaux respi avant {t}, prévenir les parents", "Coupure internet à Vénissieux {t}.",
    "Le kiné du club de rugby voudrait parler à {s} pour un joueur, rappellera {t}.",
]

def bare(n: Note) -> str:
    n.hard = False
    text = n.r.choice(BARE)
    k = K(n.r.choice(["[bronchiolite]", "[kiné respiratoire]", "[renforcement]", "[gainage]", "[drainage]"]))
    return text.format(s=n.staff(), t=n.slot(), k=k)

SCENARIOS = {sport: 20, baby: 14, booking: 9, sms: 7, mail: 6, nurse: 6, elder: 8, work: 7, admin: 7,
             certif: 5, student: 5, neighbour: 3, move: 9, family_call: 7}
FLAGS: list[set[str]] = []

def make_note(rng: random.Random) -> hm.Fragments:
    n = Note(rng)
    scenario = bare if rng.random() < 0.1 else rng.choices(list(SCENARIOS), list(SCENARIOS.values()))[0]
    text = re.sub(r" {2,}", " ", scenario(n)).strip()
    if rng.random() < 0.35:
        text += f" ({n.staff()})"
    fragments = hm.join_names(hm.parse(text))
    case = rng.random()
    if case < 0.11:
        fragments = [(t.lower() if case < 0.08 else t.upper(), k) for t, k in fragments]
        n.flags.add("lower-case note" if case < 0.08 else "capitals")
    n.flags.add(scenario.__name__)
    FLAGS.append(n.flags)
    return fragments

def check(r: dict) -> None:
    """The checks of one record; a failure names the note only, never a word."""
    try:
        hm.check_unlabelled(r, name_words)
        hm.check_no_staff(r, name_words)
        assert not hm.reused_words(r, name_words, TAKEN)
    except AssertionError:
        raise SystemExit(f"check failed: {r['id']}") from None

def check_set(records: list[dict]) -> None:
    """The checks of the whole set; a failure shows a count at most."""
    try:
        hm.check_blind_set(records, NOTES, name_words, TAKEN, 0.3, (0.08, 0.15))
    except AssertionError as e:
        raise SystemExit(f"set check failed ({e if str(e).isdigit() else 'see the counts'})") from None

def main() -> None:
    print(f"name pools: {AFTER} of {BEFORE} candidate names kept")
    records = hm.write(OUT, PREFIX, NOTES, SEED, make_note, check, check_set)
    hm.report(records, OUT, FLAGS, sum("hard" in f for f in FLAGS))

if __name__ == "__main__":
    main()
