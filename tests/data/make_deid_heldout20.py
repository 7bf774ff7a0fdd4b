"""Blind held-out set 20 for the French patient de-identification: 300 call notes of a kinésithérapie
practice in Corsica, August 2027.

Written 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists, the
tests nor bench were opened, and the de-identifier was not run on the notes. The earlier sets (the
corpus, held-out sets 1 to 19 and the hard cases) were read by program only, through
heldout_markup.taken_tokens, to refuse any name word they already hold; the staff's names are refused
the same way.

Setting: an ordinary summer month at a cabinet de kinésithérapie with patients from Ajaccio, Bastia,
Porto-Vecchio, Corte, Calvi, L'Île-Rousse, Propriano, Sartène, Bonifacio and the villages of the
Balagne, the Castagniccia, the Cap Corse and the Taravo: old Corsican families, families of Italian
and Sardinian descent, pieds-noirs, Moroccan, Tunisian and Portuguese families, continental
retirees, and summer tourists (French, Italian, German, Belgian, Swiss), seasonal workers and GR20
hikers. Answering-machine transcripts (a few Corsican or Italian words), online-booking exports,
forwarded e-mails and SMS, home visits, relatives and carers calling, prescriptions, tiers payant,
sport and school papers, work accidents, tourist emergencies. Twenty notes are all in lower case,
34 (about one in nine) have no identifier at all, and 43 (one in seven) have a harder name form,
taken in turn: lower case, surname first, surname right after a verb, a relative by given name or
nickname only, a surname that is an ordinary word, a particle, a double surname, a typo, brackets.
Corsican NIRs carry department 2A or 2B, some have a wrong key, some are of people born abroad (99);
appointment slots carry no year, so that none looks like a birth date.

Labelling: NOM for the names of patients, relatives, carers and neighbours, a title (M., Mme) left
outside the span; TEL, NIR, DDN (birth dates only), EMAIL, ADRESSE (from the house number or the
lieu-dit through the postcode and town typed in one run; a town alone is not marked) and ID
(mutuelle, dossier, booking, accident and foreign insurance numbers). Kept (K): appointment slots,
the staff's names (deid_staff.json, never NOM), clinical terms, hospitals and eponyms. Companies,
clubs and employers are left unmarked either way; no doctor outside the practice is named.

Run from tests/data: ../../.venv/bin/python make_deid_heldout20.py
"""

from __future__ import annotations

import datetime as dt
import random
import re
from dataclasses import dataclass, field
from pathlib import Path

import heldout_markup as hm
from heldout_markup import Origin, Person, keep, kept, nom

HERE = Path(__file__).parent
OUT = HERE / "deid_heldout20.jsonl"
NOTES, SEED, PREFIX = 300, 20_2027, "g"
# The hard cases were checked too when this set was written; they have since taken cases from it.
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 20)))
TODAY = dt.date(2027, 8, 15)
PARTICLES = {"de", "di", "da", "del", "della", "d", "dos", "das", "do", "van", "von", "der", "den", "e",
             "el", "al", "ben", "ait", "le", "la", "l", "du", "des"}

POOLS = """
corse f: Anghjula Ghjuvanna Orsola Petrina Battistina Chjara Dumenica Matalena Nunzia Fiurenza
    Rusulina Mariuccia Annonciade Vénérande Toussainte Letizia Columba Ghjasinta Ghjulietta Nunziata
    Dévote Restitude Santina Lélia Mathea Paoletta Colomba Ghjulia Petruccia Laetizia Maria-Santa
    Nunziatina Felicina Chjarastella Santa-Maria Restituta Serafina Ghjuliana Fiora Viulanta
corse m: Ghjuvanni Ghjacumu Paulu Dumenicu Francescu Lisandru Ghjiseppu Carlu Anghjulu Antone Saveriu
    Filippu Marcu Matteu Stefanu Ghjuliu Pasquale Simonu Lucianu Bastianu Ghjorghju Natale Tumasgiu
    Ours Anton_Francescu Sampiero Nonce Fulgence Orsantone Petr'Antone Salvadore Ignaziu Larenzu
    Minicu Pieru Ghjaseppu Nicolau Ghjilormu Michelangelu Santu Ghjuvannu
corse s: Santucci Orsoni Quilichini Giudicelli Mondoloni Mozziconacci Vincentelli Sialelli Pasqualini
    Ettori Susini Versini Raffalli Zuccarelli Marcaggi Vinciguerra Canioni Ristori Peraldi Tristani
    Sanguinetti Nivaggioni Morazzani Orlanducci Canarelli Lantieri Luccioni Lucciardi Colombani Leandri
    Poggioli Paolini Andreani Benedetti Bonavita Cermolacce Chiappini Cristinacce Cucchi Desanti Gaffory
    Grisoni Leoni Lorenzi Maestracci Marchiani Mattei Mariani Muracciole Negroni Ottavi Padovani
    Peretti Pietri Quastana Renucci Salini Stefani Valentini Vittori Zanettacci Alessandri Ambrosi
    Arrighi Biancarelli Bonelli Calendini Capponi Carlotti Casalta Cesari Ciavaldini Costantini Damiani
    Dominici Emmanuelli Ferracci Fieschi Filippini Flori Galletti Gavini Giovannoni Graziani Lanfranchi
    Leca Lucchini Luiggi Manfredi Marcelli Massoni Mattioli Milanini Mosconi Muselli Orsatelli Ortoli
    Paoletti Pasquali Piccioni Quilici Rocchi Rutily Sabiani Santini Savelli Scapula Serafini Sorba
    Stromboni Tafani Terrazzoni Vecchioni Venturini Zucconi Antonini Federici Ciccoli Tramoni Natali
    Bozzi Alfonsi Mambrini Nesa Tiberi Achilli Cappai Romani Pancrazi Giorgi Carbuccia Gentili Lucchetti
    Bagnoli Poggi Geronimi
corse kf: Ghjulia Anghjulina Mattea Caterina Chjara Maddalena Nunzia Savria Lia Ambra Ghjasippina
corse km: Matteu Paulu_Santu Anto Saveriu Ghjacumu Marcu Battì Andria Ghjuvanni Lucca Tumà Nicolò
italo f: Nunziata Tonina Bonaria Gavina Efisia Speranza Pasqualina Vincenza Agnese Michelina Raimonda
    Antioca Mariangela Peppina Iolanda Liberata
italo m: Gavino Efisio Sebastiano Bachisio Raimondo Gonario Giommaria Nicolino Peppino Vittorio Ignazio
    Giacinto Tonino Battista Arcangelo Oreste
italo kf: Arianna Ginevra Rebecca Giorgia Mattea
italo km: Jacopo Gabriele Niccolò Mirko Lucca
italo s: Piras Pinna Sanna Mura Deiana Loi Usai Cossu Porcu Atzori Murgia Manca Spanu Fois Pisanu Sechi
    Ledda Solinas Contu Marongiu Floris Cocco Uda Orrù Satta Zedda Muntoni Podda Puddu Mameli Angioi
    Demontis Scanu Pittau Bertolucci Guidi Pardini Puccinelli Lenzi Nieri Giannecchini Franceschini Dini
    Barsotti Lazzarini Cecchi Menchini Pieraccini Fanucchi Dessì Mastino Carboni Sotgiu
pn f: Lilianne Gilda Conchita Carmen Paquita Manuelle Fréha Mazal
pn m: Eusèbe Paco Mardochée Moïse Nessim Chalom Fortunato Salomon Elisée Manolo Vicent Juanito Andrès
    Benito Tonio Dolfi
pn kf: Carmen Lila Naëlle
pn km: Paco Ugo Elyes
pn s: Llobregat Climent Catala Bertomeu Monserrat Buttigieg Scicluna Debono Xuereb Galea Benichou Elbaz
    Hayoun Sultan Darmon Lellouche Nakache Pastor Vella Grech Mifsud Cassar Tabone Seguí Cantó Albiol
    Llinares Tormo Escrivá Azzopardi Caruana Attal Taïeb Chouraqui Sebbag Sintès Galiana Sempéré Maïmon
    Guedj Carbonell
maroc f: Ghita Meryem Nouhaila Chaïmae Soukaina Itto Fadma Mina Kaoutar Najat Saadia Habiba
maroc m: Mbark Lahoucine Lhoucine Soufiane Anouar Abdessamad Abdeslam Mimoun Boujemaa Miloud Abdelkrim
    Lhoussaine Abderrahim Mostafa Mohammed
maroc kf: Nouhaila Chaïmae Meryem Ghita Kaoutar
maroc km: Soufiane Anouar Yliès Elyes
maroc s: Ouarzazi Lazrak Amzil Bouskri Oukhouya Aït_Baha Oubella Ezzahraoui Boukhris Ouhaddou Bouchaïb
    Ouchen Akhnouch Boutaleb Belghiti Moutawakil Bakkali Bouhlal
tunis f: Emna Yosra Hanen Dorra Cyrine Chiraz Mouna Olfa Imen Héla Sawsen Wided Manel Faten Kaouther Sarra
tunis m: Hatem Sofiène Bassem Hédi Béchir Montassar Marouane Raouf Slim Chokri Moncef Riadh Mongi Skander
    Taoufik
tunis kf: Cyrine Yosra Emna Chiraz
tunis km: Montassar Marouane Elyes Skander
tunis s: Bouslama Mestiri Ben_Hamida Ouertani Rekik Bahri Kammoun Zghal Chtourou Feki Baklouti Mhiri
    Loukil Mabrouk Karoui Masmoudi Ben_Romdhane Ghannouchi Mzoughi Kchaou Fourati Ellouze Abid Boughanmi
    Ben_Ammar
portu f: Margarida Ilda Silvina Céu Lucília Ludovina Dulce Teresinha Aldora Benilde Eugénia Georgina
    Noémia Perpétua Sameiro Umbelina Balbina Esperança Fernandina Jacinta Orquídea Preciosa Rosalinda
portu m: Hermínio Leonel Olegário Teófilo Virgílio Camilo Emídio Domingos Albano Orlando Celestino
    Valdemar Amadeu Custódio
portu kf: Margarida Dulce Naëlle Lila
portu km: Camilo Leonel Yoan Ugo
portu s: Mendonça Rebocho Ventura Arruda Vilaça Coutinho Alvim Morgado Carrilho Silveira Figueira Madeira
    Estrela Neto
cont f: Suzel Hélyette Monette Noëlla Michelle Jacinte Martiale Pierrine Maïder Fanette Nanon Zabeth
    Évangéline Théodora Catheline Gisela
cont m: Loïk Yannig Valéry Tiburce Macaire Polycarpe Guilhem Bénoni Gonzalve Hermann Isaïe Octavien
    Pascalin Ulrich Ogier Rainier Ellande Battitte Briac Tudi
cont kf: Lila Naëlle Suzie Dorine
cont km: Ugo Charly Warren Iban
cont s: Vuillemin Courvoisier Perrichon Bouscarel Cabanel Dufourcq Trouvé Collinet Parmentier Wattebled
    Bellec Vialle Rouchon Bouchut Barbat Bonnardot Chevrot Pernot Grosperrin Mourot Schwindenhammer
    Ehrmann Falcoz Bouvard Mugnier Dunand Jacquier Bonifay Puyo Laffitte Casteigts Haurat Desrumaux
    Vanhove Dufossez Cailliau Vimard
tfr f: Ambroisine Laurine Corisande Emmeline Solenne Sybille Aloïse Gwenn Cordélia Philippa Ophélia
    Naëlle Suzie Dorine Clarence Itxaso Alaia
tfr m: Sacha Charly Foucauld Eymeric Geoffroy Ugo Yvain Fulcran Gilian Iban Orian Romaric Soën Vadim
    Warren Yliès Zian Bryan Elyes Fabio Valentino Wesley Yoan Timothé
tfr s: Lajoinie Bouchereau Moulinier Goudard Frachon Gamelin Guibert Chassin Belin Fontanel Cassagne
    Mercadier Roblin Magnin Janin Sibille Lamarque Dauphin Montagnier Lemoal Chambon Vallat Thévenet
    Gendron Dauvergne Brochard Marsault
tfr kf: Naëlle Suzie Alaia Itxaso Lila
tfr km: Ugo Yliès Zian Soën Iban
ital f: Federica Francesca Martina Alessia Serena Roberta Arianna Costanza Nicoletta Rebecca Giorgia
    Cecilia Ginevra Letizia Mirella Ortensia Rosina Fiorella Tosca Zelinda Violetta Domitilla Mariolina
ital m: Davide Riccardo Gabriele Niccolò Jacopo Pietro Alessandro Emanuele Massimo Gianluca Pierluigi
    Federico Mirko
ital s: Galbiati Mauri Fumagalli Rossetti Pozzi Bonfanti Ghezzi Tagliabue Meroni Parravicini Bertolini
    Righetti Rizzoli Bonomi Castelli Monti Donati Bassi Zanardi Orlandi Morandi Lombardo Bonacina Crippa
    Vismara Sangalli Pirovano Locatelli Gervasoni Brivio Spreafico
alle f: Ursula Petra Annegret Birgit Katrin Friederike Anke Silke Henrike Jutta Insa Almut Gesine Frauke
alle m: Jürgen Dieter Klaus Uwe Torsten Holger Jens Björn Lars Sönke Hartmut Gunter Ralf Detlef Eckhard
    Hauke Malte Ingo
alle s: Oberdörfer Wendtland Hinrichsen Brockmöller Tiedemann Westphal Rademacher Kleinschmidt Habicht
    Mertesacker Ruhnke Pfannkuch Eggert Lüdtke Niemeyer Sievers Dettmer Kuhlmann Behrens Wollschläger
    Hübner Grünewald Zwicker Brinkmann Thielemann Janssen Harms Jürgensen Petersen Ahlers
belg f: Lieve Marijke Kaat Sofie Inge Katrien
belg m: Bart Dirk Geert Wim Kris Hendrik
belg s: Maes Jacobs Mertens Willems Claes Goossens Wouters Vermeulen Van_den_Broeck Desmet Hermans
    Michiels Cools Smets Verbeke Deprez Dethier Lemmens Timmermans Hendrickx Coppens Baert Declercq
    Vanhoutte Delvaux Collignon Houben Thiry Wuyts Ceulemans Segers Vermeersch
suis f: Regula Verena Nadja Mirjam Barbara Rahel Flurina Ladina Cornelia Annemarie
suis m: Beat Marco Adrian Lukas Fadri Gian Christoph Roman
suis s: Gerber Zürcher Bühler Ammann Egli Aebischer Hürlimann Odermatt Kälin Inderbitzin Rüegg Tschudi
    Staub Gisler Imhof Lüthi Wyss Häfliger Murith Rochat Chappuis Reymond Rossier Jaquier Mottier Cuendet
    Girardet
"""
# origin -> (weight, INSEE code of the birth country abroad, birth departments in France)
FACTS = {
    "corse": (40, "", "2A 2B"), "italo": (9, "127", "2A 2B"), "pn": (6, "352", "2A 2B 13 06 83"),
    "maroc": (7, "350", "2A 2B"), "tunis": (4, "351", "2A 2B 13"), "portu": (6, "139", "2A 2B"),
    "cont": (10, "", "13 69 75 33 59 29 67 44 21 63"), "tfr": (10, "", "75 92 69 13 59 35 44 31 67 38"),
    "ital": (7, "127", ""), "alle": (4, "109", ""), "belg": (3, "131", ""), "suis": (3, "140", ""),
}
TOURISTS = ("tfr", "ital", "alle", "belg", "suis")
FOREIGN = ("ital", "alle", "belg", "suis")
ITALIAN_WORDS = "Farina Carta Corda Testa Cavallo Castagna Pastore Ferro Mele Lupo Pane Piazza"
FRENCH_WORDS = "Beaujour Bonenfant Chapelain Troubadour Cerisier Froment"
CORSICAN_PARTICLES = "de_Peretti di_Meglio Pozzo_di_Borgo de_Gentili de_Lanfranchi de_Leca d'Istria de_Zerbi"
# surnames that are ordinary words, and surnames with a particle, by origin (else French words and
# Corsican particles)
WORD_SURNAMES = {origin: hm.unique_names(ITALIAN_WORDS) for origin in ("corse", "italo", "ital")}
PARTICLE_SURNAMES = {"belg": hm.unique_names("van_Roosbroeck"),
                     "alle": hm.unique_names("von_Arnim von_Trotha"), "pn": hm.unique_names("del_Rio"),
                     "ital": hm.unique_names("di_Giacomo della_Valle")}
HARD_FORMS = ("lower-case name", "surname first", "after a verb", "relative by given name", "word surname",
              "particle", "double surname", "nickname", "brackets", "typo")  # taken in turn

# ---------------------------------------------------------------------------------------------
# Places

TOWNS = {
    "Ajaccio": ("20000", "20090"), "Bastia": ("20200",), "Porto-Vecchio": ("20137",), "Corte": ("20250",),
    "Calvi": ("20260",), "L'Île-Rousse": ("20220",), "Propriano": ("20110",), "Sartène": ("20100",),
    "Bonifacio": ("20169",),
}
COAST = ["Ajaccio", "Bastia", "Porto-Vecchio", "Calvi", "L'Île-Rousse", "Propriano", "Bonifacio",
         "Saint-Florent", "Porticcio", "Cargèse", "Macinaggio", "Solenzara", "Algajola", "Centuri", "Lumio",
         "Galéria"]
STREETS = {
    "Ajaccio": ["cours Napoléon", "rue Fesch", "boulevard Sampiero", "cours Grandval",
                "avenue Noël Franchini", "rue des Glacis", "boulevard Madame Mère", "route des Sanguinaires"],
    "Bastia": ["boulevard Paoli", "rue César Campinchi", "avenue Émile Sari", "rue Saint-Jean",
               "place Saint-Nicolas", "montée des Philippines", "quai du Martinet"],
    "Porto-Vecchio": ["rue du Général Abbatucci", "avenue Georges Pompidou", "route de Bonifacio",
                      "rue Jean Nicoli", "quai Pascal Paoli"],
    "Corte": ["cours Paoli", "avenue Jean Nicoli", "rue Scoliscia", "place Gaffory",
              "allée du Pont de l'Orta"],
    "Calvi": ["boulevard Wilson", "rue Clemenceau", "avenue de la République", "quai Landry",
              "route de Pietramaggiore"],
    "L'Île-Rousse": ["avenue Paul Doumer", "place Paoli", "rue Notre-Dame", "route de Monticello"],
    "Propriano": ["avenue Napoléon", "rue du Général de Gaulle", "quai Saint-Érasme", "route de la Corniche"],
    "Sartène": ["cours Sœur Amélie", "rue des Voûtes", "place Porta", "avenue Jean Jaurès"],
    "Bonifacio": ["quai Comparetti", "rue des Deux Empereurs", "avenue Sylvère Bohn", "montée Rastello"],
}
VILLAGES = [("20220", "Monticello"), ("20256", "Corbara"), ("20220", "Pigna"), ("20214", "Calenzana"),
            ("20260", "Lumio"), ("20225", "Cateri"), ("20225", "Feliceto"), ("20226", "Speloncato"),
            ("20229", "Piedicroce"), ("20215", "Vescovato"), ("20213", "Penta-di-Casinca"),
            ("20230", "San-Nicolao"), ("20237", "La Porta"), ("20218", "Morosaglia"), ("20228", "Luri"),
            ("20238", "Centuri"), ("20248", "Macinaggio"), ("20222", "Erbalunga"), ("20233", "Sisco"),
            ("20217", "Saint-Florent"), ("20247", "Rogliano"), ("20140", "Petreto-Bicchisano"),
            ("20117", "Cauro"), ("20157", "Zicavo"), ("20113", "Olmeto"), ("20166", "Porticcio"),
            ("20124", "Zonza"), ("20170", "Levie"), ("20146", "Sotta"), ("20145", "Solenzara"),
            ("20130", "Cargèse"), ("20290", "Borgo"), ("20270", "Aléria"), ("20240", "Ghisonaccia")]
LIEUX = ["hameau de Poggiolo", "lieu-dit Suarella", "lieu-dit Pianu", "hameau de Pruno",
         "quartier Saint-Antoine", "lieu-dit A Piana", "chemin de la Fontaine", "hameau de Casanova",
         "lieu-dit Vignale", "route du Cap", "route de la plage", "hameau de Lavu Santu", "lieu-dit U Pratu",
         "route de Calvi", "maison Casabella"]
ESTATES = ["lotissement Les Oliviers", "résidence Castellu, bât. B", "lot. U Casone",
           "résidence Les Arbousiers", "lotissement A Funtana", "résidence Santa Lucia, esc. 2",
           "lot. Les Hauts de Porticcio", "résidence Les Jardins de l'Empereur, bât. C",
           "lotissement Stella Maris"]
CAMPINGS = [("U Sole Marinu", "20137", "Porto-Vecchio"), ("Acqua Dolce", "20110", "Propriano"),
            ("La Pinède", "20260", "Calvi"), ("Les Tamaris", "20217", "Saint-Florent"),
            ("U Farniente", "20144", "Sainte-Lucie-de-Porto-Vecchio"), ("Arinella", "20260", "Lumio"),
            ("Les Oliviers", "20145", "Solenzara"), ("U Ponte Vecchiu", "20250", "Corte"),
            ("A Stella", "20169", "Bonifacio"), ("Le Rocher", "20130", "Cargèse")]
RENTALS = [("villa Les Lentisques, lotissement Cala Rossa", "20137", "Lecci"),
           ("appartement 12, résidence Marina di Santa Giulia", "20137", "Porto-Vecchio"),
           ("gîte A Casetta, hameau de Pruno", "20230", "San-Nicolao"),
           ("villa Ghjuvellina, route de Palombaggia", "20137", "Porto-Vecchio"),
           ("studio 4, résidence Les Calanques", "20166", "Porticcio"),
           ("villa U Scogliu, route du phare", "20220", "L'Île-Rousse"),
           ("appartement 3, résidence A Marina", "20169", "Bonifacio"),
           ("maison Les Agaves, 7 chemin de la plage", "20220", "Algajola"),
           ("T2 rez-de-jardin, résidence Les Mimosas", "20217", "Saint-Florent")]
ABROAD = {
    "ital": ["via Garibaldi 18, 20121 Milano", "via Roma 4, 24121 Bergamo",
             "corso Buenos Aires 92, 20124 Milano", "via Mazzini 7, 57123 Livorno",
             "viale dei Mille 33, 50131 Firenze"],
    "alle": ["Lindenstraße 14, 50667 Köln", "Am Markt 3, 28195 Bremen", "Bahnhofstraße 21, 79098 Freiburg",
             "Schillerweg 8, 24103 Kiel"],
    "belg": ["rue de la Station 12, 4000 Liège", "Kerkstraat 22, 9000 Gent",
             "avenue Louise 140, 1050 Ixelles"],
    "suis": ["Bahnhofstrasse 5, 8001 Zürich", "chemin des Vignes 9, 1009 Pully", "Via Nassa 12, 6900 Lugano"],
    "tfr": ["12 rue des Lilas, 69003 Lyon", "4 allée des Tilleuls, 44300 Nantes",
            "27 boulevard Carnot, 59000 Lille", "8 rue Sainte-Catherine, 33000 Bordeaux",
            "3 impasse du Moulin, 35000 Rennes"],
}
NATIONALITY = {"tfr": ("de passage", "de passage"), "ital": ("italien", "italienne"),
               "alle": ("allemand", "allemande"), "belg": ("belge", "belge"), "suis": ("suisse", "suisse")}
HOSPITALS = ["hôpital de Castelluccio", "centre hospitalier de Bastia", "hôpital Eugénie",
             "CH de Calvi-Balagne", "hôpital de Corte-Tattone", "centre hospitalier de Porto-Vecchio",
             "hôpital de la Miséricorde", "CHU de Marseille"]
EPONYMS = ["maladie de Parkinson", "maladie de Dupuytren", "fracture de Pouteau-Colles",
           "syndrome de Guillain-Barré", "maladie de Lyme", "maladie de Scheuermann", "lésion de Bankart",
           "maladie de Charcot", "syndrome de Sudeck", "hallux valgus", "test de Lachman"]
INJURIES = ["entorse de la cheville", "entorse du genou", "lombalgie aiguë", "fracture du poignet",
            "rupture du LCA", "lumbago", "déchirure du mollet", "luxation de l'épaule", "tendinite d'Achille",
            "fracture de la malléole", "fracture de la clavicule", "entorse du pouce",
            "contusion de l'épaule"]
CHRONIC = ["cervicalgie", "tendinopathie de la coiffe", "rééducation périnéale", "sciatique",
           "capsulite rétractile", "lombalgie chronique", "gonarthrose", "coxarthrose",
           "troubles de l'équilibre"]
POSTOP = ["PTH", "PTG", "ligamentoplastie du LCA", "ostéosynthèse du poignet", "fracture du col du fémur",
          "arthrodèse lombaire", "réparation de la coiffe"]
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi")
DAY_ABBR = ("lun.", "mar.", "mer.", "jeu.", "ven.", "sam.")
MAIL_DOMAINS = {"ital": ["libero.it", "gmail.com", "tiscali.it"], "alle": ["gmx.de", "web.de", "t-online.de"],
                "belg": ["skynet.be", "telenet.be", "gmail.com"], "suis": ["bluewin.ch", "gmail.com"],
                "": ["orange.fr", "wanadoo.fr", "gmail.com", "laposte.net", "free.fr", "sfr.fr", "yahoo.fr",
                     "hotmail.fr", "icloud.com", "corsica.net"]}
PHONE_SECOND = {"ital": "234", "alle": "567", "belg": "5679", "suis": "6789"}
CARD_PREFIX = {"ital": "80380", "alle": "80276", "belg": "80056", "suis": "80756"}
# country code, first digit of a mobile, digit groups
PHONE_FORMS = {"ital": ("+39", "3", (3, 3, 4)), "alle": ("+49", "1", (4, 7)),
               "belg": ("+32", "4", (3, 2, 2, 2)), "suis": ("+41", "7", (2, 3, 2, 2))}
YEARS = {"old": (1932, 1961), "resident": (1938, 2006), "adult": (1960, 2006), "child": (2010, 2021),
         "tourist": (1952, 2007), "worker": (1975, 2008), "italian": (1955, 2005)}
RESIDENTS = ("corse", "italo", "pn", "maroc", "tunis", "portu", "cont")
WORKERS = ("corse", "italo", "maroc", "tunis", "portu", "tfr")
PARTNERS = {"f": [("mari", "m", True), ("compagnon", "m", False)],
            "m": [("épouse", "f", True), ("compagne", "f", False)]}
KIN_OLD = [("fille", "f", False), ("fils", "m", True), ("petite-fille", "f", False), ("neveu", "m", False),
           ("belle-fille", "f", True), ("nièce", "f", False), ("petit-fils", "m", True)]
KIN_ADULT = [("sœur", "f", True), ("frère", "m", True), ("mère", "f", True), ("cousin", "m", False),
             ("cousine", "f", False)]
KIN_CHILD = [("mère", "f", True), ("père", "m", True), ("grand-mère", "f", False), ("tante", "f", False),
             ("grand-père", "m", True)]
CARERS = [("aide à domicile", "f"), ("auxiliaire de vie", "f"), ("infirmière", "f"), ("infirmier", "m"),
          ("aide-soignante", "f")]
NICK = {"f": hm.unique_names("Minnà Tittì Ninì Pépette Mimi Nanou Tatà Loulou"),
        "m": hm.unique_names("Dumè Ghjuvà Checcu Lulù Dédé Fifi Titou Santò")}
PLACEHOLDER = re.compile(r"\{(\w+)\}")
NOT_CACHED = {"PT", "PN", "PS", "PG", "REL", "SLOT", "SLOT2", "FSLOT", "STAFF"}
KIND_OF = {"TEL": "tel", "TEL2": "tel", "NIR": "nir", "DDN": "ddn", "EMAIL": "email", "ADDR": "addr",
           "MUT": "mut", "DOSSIER": "dossier", "INS": "ins", "HOME": "home", "STAY": "stay"}
EXTRA_KINDS = {
    "resident": {"tel": 6, "nir": 3, "ddn": 4, "email": 2, "addr": 3, "mut": 2, "dossier": 1},
    "tourist": {"tel": 6, "ddn": 2, "email": 3, "ins": 3, "home": 2, "stay": 3},
}
EXTRA_LINES = {
    "tel": ["Tél. {TEL}", "tél : {TEL}", "Port. {TEL}", "N° à rappeler : {TEL}", "Joignable au {TEL}",
            "tel {TEL}"],
    "nir": ["NIR : {NIR}", "n° SS {NIR}", "Carte Vitale : {NIR}", "Sécu {NIR}"],
    "ddn": ["Né{E} le {DDN}", "DDN : {DDN}", "ddn {DDN}", "Date de naissance : {DDN}"],
    "email": ["Mail : {EMAIL}", "E-mail : {EMAIL}", "mail {EMAIL}"],
    "addr": ["Adresse : {ADDR}", "Domicile : {ADDR}", "Adr. {ADDR}"],
    "mut": ["Mutuelle : adhérent n° {MUT}", "Mut. n° {MUT}"],
    "dossier": ["N° dossier : {DOSSIER}", "Dossier {DOSSIER}"],
    "ins": ["Assurance : {INS}", "Couverture : {INS}"],
    "home": ["Adresse en temps normal : {HOME}", "Domicile : {HOME}"],
    "stay": ["Logement de vacances : {STAY}", "Hébergement : {STAY}"],
}
SIGNATURES = ["({STAFF})", "(pris par {STAFF})", "Transmis à {STAFF}.", "Vu par {STAFF}.", "Pour {STAFF}.",
              "Rappel fait par {STAFF}."]
AFTER_VERB = ["Rappeler {SUR} demain.", "Prévenir {SUR} que l'ordo est arrivée.",
              "Relancer {SUR} pour l'attestation.", "Dire à {SUR} d'apporter les radios.",
              "Vu avec {SUR} ce matin.", "Confirmer à {SUR} par SMS."]
RELATIVE_LINES = ["Sera accompagné{E} par {REL}.", "Rappel prévu par {REL}.", "Ordo déposée par {REL}.",
                  "Contact si besoin : {REL}."]

# ---------------------------------------------------------------------------------------------
# Templates: `{X}` is filled by the Writer's method x(), `[..]` is kept

VOICEMAIL = """
Répondeur : « Bonjour, c'est {PT}, je vous appelle pour le rdv de {SLOT}, je ne pourrai pas venir. Est-ce
    qu'on peut le mettre {SLOT2} ? Mon numéro c'est le {TEL}. Merci, au revoir. »
Répondeur : « Bonghjornu, c'est {PN}, j'ai une ordonnance pour des séances de kiné, [lombalgie]. Rappelez-moi
    au {TEL}, à prestu. »
Message répondeur de {REL} pour {PT} ({AGE} ans) : sortie d'hospitalisation ({HOSP}) après {POSTOP}, souhaite
    des séances à domicile. Rappeler au {TEL}.
Répondeur, message peu audible : {PS} ? annule {SLOT}, rappellera. Numéro affiché : {TEL}.
Répondeur : « Oui bonjour, {PT}, né{E} le {DDN}, j'ai rendez-vous {SLOT} avec {STAFF} mais j'ai un
    empêchement. Vous pouvez me rappeler au {TEL} ? Salute. »
Msg répondeur : {PN} demande si {STAFF} peut {LA} prendre plus tôt, séances pour {MOTIF}. Tél. {TEL} ou fixe
    {TEL2}.
Répondeur 2 messages de {PS} : 1) annule {SLOT} 2) finalement vient. Rappeler pour confirmer au {TEL}.
"""
BOOKING = """
Export agenda en ligne — nouveau RDV\\nPatient : {PN}\\nNé{E} le : {DDN}\\nTél. : {TEL}\\nE-mail : {EMAIL}
    \\nMotif : {MOTIF}\\nCréneau : {FSLOT}\\nPraticien : {STAFF}\\nRéf. réservation : {RESA}
Prise de RDV en ligne : {PN} — {TEL} — {EMAIL} — {FSLOT} — première séance, motif « {MOTIF} ». Réf. {RESA}.
Réservation web annulée par le patient : {PN}, créneau {FSLOT}, réf. {RESA}. Motif : « départ sur le
    continent ».
Agenda en ligne — modification\\nPatient : {PN} ({DDN})\\nAncien créneau : {SLOT}\\nNouveau créneau : {SLOT2}
    \\nAdresse : {ADDR}\\nTéléphone : {TEL}
RDV pris en ligne pour {PT} : {FSLOT}. Réf. {RESA}. Pas d'ordo jointe, demander au 1er rdv.
"""
EMAIL = """
TR : demande de rendez-vous\\nDe : {EMAIL}\\nObjet : séances de kiné\\n« Bonjour, je suis {PN}, j'ai une
    ordonnance de 15 séances pour {MOTIF}. Je suis joignable au {TEL}. Bien cordialement. »
Mail transféré par {STAFF} : {REL} ({REMAIL}) demande un rdv pour {PT}, {AGE} ans, {EPON}. Adresse : {ADDR}.
    Tél. {TEL}.
Mail de {PT} ({EMAIL}) : ci-joint ordonnance et attestation de mutuelle, adhérent {MUT}. Peut venir {SLOT}.
Courriel reçu : « Madame, Monsieur, suite à ma chute à {TOWN}, mon médecin m'a prescrit des séances.
    {PT}, {ADDR}, tél. {TEL}. Merci. »
Fwd: ordonnance\\n« Bonsoir, voici l'ordo pour {PN}, né{E} le {DDN}. Plutôt le matin si possible. » — {REMAIL}
"""
SMS = """
SMS du {TEL} : « Bonjour, ici {PT}, je serai en retard de 10 min pour {SLOT}, désolé{E} »
SMS de {REL} : « {PG} est malade, on annule {SLOT}, on peut avoir {SLOT2} ? » (envoyé du {TEL})
SMS : « Bjr, {PN}, né{E} le {DDN}, je dois apporter la carte vitale ? » Réponse envoyée : oui + ordo.
SMS reçu : « c'est {PG} pour {SLOT}, je viens avec ma fille, elle me conduit » — tél. {TEL}
SMS {PS} : ok pr {SLOT}. Numéro : {TEL}.
"""
HOME_VISIT = """
Visite à domicile : {PT}, {AGE} ans, {EPON}. Adresse : {ADDR}. Code portail 4B, 2e étage sans ascenseur.
    Tél. {TEL}. Passage {SLOT} avec {STAFF}.
Domicile {PS} — {ADDR} — clé chez {NEIGH}. Séances [lundi, mercredi et vendredi], {MOTIF}. Contact : {REL},
    {TEL}.
Nouveau patient à domicile : {PT}, né{E} le {DDN}, NIR {NIR}, {ADDR}. Passage de {CARER} le matin. Premier
    passage {FSLOT}.
VAD {PS} : reporter {SLOT}, {CARER} dit qu'{IL} est très fatigué{E}. Rappeler au {TEL}.
Kiné à domicile pour {PT} ({EPON}), {ADDR}. Chien dans le jardin, sonner deux fois. Contact : {REL}, {TEL}.
"""
FAMILY = """
Appel de {REL} pour {PT} ({AGE} ans) : sortie d'hospitalisation ({HOSP}) après {POSTOP}, demande de kiné à
    domicile. Rappeler au {TEL}.
{CARER} appelle pour {PT} : séances suspendues cette semaine, hospitalisé{E} ({HOSP}). Reprise prévue {SLOT}.
Appel de {NEIGH} : {PS} est tombé{E} dans l'escalier, ne viendra pas {SLOT}. Prévenir {REL} au {TEL}.
Appel de {REL} : {PT} a oublié ses semelles au cabinet, passera les chercher {SLOT}.
{CARER} demande la copie de l'ordo de {PT} pour le dossier APA. Copie demandée aussi par {REL} : {REMAIL}.
Rappel de {REL} : {PS} ne supporte plus les séances de {MOTIF}, veut voir {STAFF}. Tél. {TEL}.
"""
PRESCRIPTION = """
Ordo reçue pour {PT}, né{E} le {DDN}, NIR {NIR} : 10 séances de rééducation, {MOTIF}. Mutuelle : adh. {MUT}.
    1er rdv {SLOT}.
Ordonnance scannée — {PN} — DDN {DDN} — {MOTIF} — 20 séances à domicile — dossier {DOSSIER}.
Renouvellement ordo {PS} : encore 10 séances pour {EPON}. Apporter la nouvelle ordo {SLOT}. Tél. {TEL}.
Ordo illisible pour {PT} : on devine « {MOTIF} », le cabinet médical refait. Patient{E} joignable au {TEL}.
Ordo balnéo + kiné pour {PT} ({AGE} ans), {EPON}. Adresse sur l'ordo : {ADDR}.
"""
ADMIN = """
Tiers payant {PT} : NIR {NIR}, mutuelle n° {MUT}, attestation valable jusqu'à fin décembre.
Rejet télétransmission pour {PN} ({NIR}) : vérifier la carte vitale au prochain rdv ({SLOT}).
Dossier {DOSSIER} — {PT} — changement d'adresse : {ADDR}. Nouveau tél. {TEL}.
Facture à refaire pour {PT}, ddn {DDN}, la mutuelle demande le n° adhérent {MUT}. Envoyer à {EMAIL}.
Dossier ALD pour {PT} ({EPON}) : NIR {NIR}. Voir avec {STAFF}.
Carte vitale pas à jour pour {PS}, NIR {NIR}, né{E} le {DDN}. Feuille de soins papier en attendant.
"""
CHILD = """
Appel de {REL} pour {PN} ({AGE} ans) : [maladie d'Osgood-Schlatter], certificat demandé par le club de foot.
    Rdv {SLOT} après le centre aéré. Tél. {TEL}.
Mail de {REL} ({REMAIL}) : certificat de reprise pour {PG}, né{E} le {DDN}, pour le stage de voile à Calvi.
Papiers de rentrée : dispense partielle de sport au collège pour {PN} ({DDN}), {INJ}. Passage de {REL} {SLOT}.
{PT}, {AGE} ans, [scoliose] : bilan demandé avant la rentrée. Joignable : {REL}, {TEL}, adresse {ADDR}.
Licence de judo : {REL} demande un bilan pour {PG} ({AGE} ans) après {INJ}. Dossier {DOSSIER}.
Fiche sport scolaire UNSS pour {PN}, né{E} le {DDN} : {INJ}, reprise progressive. Tél. {REL} : {TEL}.
"""
WORK = """
AT : {PT}, en contrat saisonnier dans un restaurant de {TOWN}, {INJ} en service. N° AT {AT}. NIR {NIR}.
    Tél. {TEL}.
Accident du travail {PN} (chantier à {TOWN}) : déclaration {AT}, ordo 15 séances, {INJ}. Rdv {SLOT}.
Feuille d'AT reçue par mail ({EMAIL}) pour {PT}, ddn {DDN} : {INJ}, en arrêt jusqu'au 31 août. Réf. {AT}.
{PT}, plagiste à {COAST}, chute du ponton : {INJ}. AT n° {AT}. Adresse pour l'été : {ADDR}.
En saison au port de {COAST}, {PT}, {INJ} en portant des caisses. AT {AT}, NIR {NIR}, rdv {SLOT}.
"""
SHORTHAND = """
rdv {SLOT} pr {PT}, tjrs douleur genou g., cs mt la sem. pro. tél {TEL}
{PS} a rappelé : ok pr {SLOT}, apporte ordo + carte vitale. bassin ? voir {STAFF}.
Pb règlement {PT} : chèque rejeté, rappeler au {TEL} ou passer {SLOT}.
{PT} passé{E} au cabinet sans rdv, pris entre 2 pts par {STAFF}. ordo à refaire, {MOTIF}.
Annul. {PS} ({SLOT}) – replacé {SLOT2}. tjrs pas de carte vitale, NIR noté : {NIR}.
kiné ds l'eau pr {PT} ? {EPON}, voir si piscine dispo {SLOT}. ddn {DDN}.
"""
TOURIST = """
Touriste {NAT} : {PT}, {INJ} en descendant vers la plage. Logé{E} : {STAY}. Tél. {TEL}. Assurance : {INS}.
    Vu {SLOT}.
Appel de {REL} : {PT} s'est bloqué le dos sur le bateau. Location : {STAY}, jusqu'au 28. Tél {TEL}.
Randonnée GR20 : {PT}, {AGE} ans, {INJ} entre Vizzavona et Capannelle, redescendu{E} en navette. Hébergement :
    {STAY}. Tél. {TEL}. Domicile : {HOME}.
Accident de scooter route de Bonifacio : {PT} ({NAT}), {INJ}, opéré{E} ({HOSP}). Rééducation pendant le
    séjour. Adresse : {HOME}. Tél {TEL}.
Mail de {PT} ({EMAIL}) : « nous louons {STAY} jusqu'au 24, est-ce possible {SLOT} ? » Motif : {INJ}.
Chute de paddle à Palombaggia : {PT}, né{E} le {DDN}, {INJ}. Assurance voyage, dossier {DOSSIER}. Tél. {TEL}.
Client du camping, {PT}, résa {RESA}, {INJ} au beach-volley. Séances {SLOT} et {SLOT2}. Assurance : {INS}.
Touriste {NAT}, {PT}, {AGE} ans : {INJ} après une sortie en kayak à Girolata. Tél. {TEL}, {EMAIL}.
"""
ITALIAN = """
Répondeur (en italien) : « Pronto, buongiorno, sono {PN}, ho una [distorsione alla caviglia], siamo qui :
    {STAY}. Il mio numero è {TEL}. Grazie mille, arrivederci. »
Répondeur : « Buonasera, je parle un peu français, c'est {PT}, mal au dos, [lombalgia], je suis au {TEL},
    grazie. »
Message en italien traduit par {STAFF} : {REL} demande une séance pour {PT}, [colpo della strega] après la
    plongée. Tél. {TEL}. Assurance : {INS}.
Mail en italien de {PT} ({EMAIL}) : « Buongiorno, avrei bisogno di una seduta {SLOT}, [tendinite al
    ginocchio]. »
"""
BARE = """
Cabinet fermé le 15 août ([Assomption]) : prévenir les patients de {SLOT}.
Livraison de la table de massage prévue {SLOT}, prévenir [Julien].
Réunion d'équipe {FSLOT} avec [Sophie Lemoine] et [Karim Haddad] : planning de septembre.
Annulation sur le répondeur, numéro masqué, pour {SLOT}. Pas de nom laissé.
Stagiaire de l'IFMK de Corte : arrivée {SLOT}, tuteur [Karim].
Coupure d'électricité annoncée à Porto-Vecchio {SLOT} : décaler les rdv du matin.
Formation [méthode McKenzie] à Bastia {FSLOT}, [Sophie] inscrite.
Commande : bandes de strapping, gel, 2 rouleaux de drap d'examen. Fournisseur relancé.
Le patient de {SLOT} est venu sans ordo, le mt la faxe demain.
Appel d'un touriste pour {INJ}, ne laisse pas ses coordonnées, rappellera depuis Calvi.
La piscine de Bastia ferme en août, balnéo impossible jusqu'à la rentrée. Voir [Julien Martin].
Demande de stage d'observation d'une lycéenne de Sartène, voir avec [Sophie].
Réunion CPTS Balagne {FSLOT}, thème : {EPON}.
Répondeur saturé ce week-end, vider la boîte. [Karim] s'en occupe {SLOT}.
Les séances de groupe [lombalgie] reprennent {SLOT} à Ajaccio.
Message du secrétariat ({HOSP}) : les courriers de sortie arriveront par messagerie sécurisée.
Plus aucun créneau libre {SLOT}, tout est pris jusqu'au 30.
Climatisation en panne salle 2, [Sophie Lemoine] prend ses patients en salle 1 {SLOT}.
"""
# (name, block, weight, who is the patient)
SCENARIOS = [("voicemail", VOICEMAIL, 11, "resident"), ("booking", BOOKING, 7, "resident"),
             ("e-mail", EMAIL, 6, "resident"), ("sms", SMS, 6, "resident"),
             ("home visit", HOME_VISIT, 7, "old"), ("relative or carer", FAMILY, 8, "old"),
             ("prescription", PRESCRIPTION, 7, "resident"), ("tiers payant", ADMIN, 6, "resident"),
             ("sport or school", CHILD, 6, "child"),
             ("work accident", WORK, 5, "worker"), ("shorthand", SHORTHAND, 5, "resident"),
             ("tourist", TOURIST, 11, "tourist"), ("italian tourist", ITALIAN, 3, "italian")]
BLOCKS = {block: (name, who) for name, block, _, who in SCENARIOS} | {BARE: ("no identifier", "resident")}
RENDER_FORMS = {"surname first", "brackets", "word surname", "particle", "double surname", "typo"}
# notes with no span, notes all in lower case, notes with a harder name form
BARE_NOTES, LOWER_NOTES, HARD_NOTES = 34, 20, 43
SIGN_SHARE = 0.27
LAST_BORN_ABROAD = {"pn": 1962}


def name_words(name: str) -> set[str]:
    return hm.name_parts(name, PARTICLES)


# ---------------------------------------------------------------------------------------------
# Numbers, dates and places


def digits(rng: random.Random, count: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(count))


def grouped(text: str, sizes: tuple[int, ...], sep: str = " ") -> str:
    parts, start = [], 0
    for size in sizes:
        parts.append(text[start:start + size])
        start += size
    return sep.join(parts)


def french_phone(rng: random.Random) -> str:
    number = f"0{rng.choice('67')}{digits(rng, 8)}" if rng.random() < 0.65 else f"0495{digits(rng, 6)}"
    pairs = grouped(number, (2, 2, 2, 2, 2))
    rest = grouped(number[1:], (1, 2, 2, 2, 2))
    return rng.choice([pairs, pairs, pairs.replace(" ", "."), pairs.replace(" ", "-"), number, f"+33 {rest}",
                       f"0033 {number[1:]}", f"+33 (0){rest}", f"+33{number[1:]}"])


def foreign_phone(rng: random.Random, origin: str) -> str:
    code, lead, sizes = PHONE_FORMS[origin]
    body = lead + rng.choice(PHONE_SECOND[origin]) + digits(rng, sum(sizes) - 2)
    return rng.choice([f"{code} {grouped(body, sizes)}", f"00{code[1:]} {grouped(body, sizes)}",
                       f"{code}{body}", f"{code} {body}"])


def nir_text(rng: random.Random, p: Person) -> tuple[str, set[str]]:
    """A NIR for `p` and what is odd about it: born abroad (99 and the country), a wrong key."""
    flags = set()
    abroad = bool(p.origin.abroad) and (not p.origin.departments or (
        p.born.year < LAST_BORN_ABROAD.get(p.origin.name, 1995) and rng.random() < 0.6))
    if abroad:
        dept, place = "99", p.origin.abroad
        flags.add("NIR born abroad")
    else:
        dept, place = rng.choice(p.origin.departments), f"{rng.randint(1, 366):03d}"
    body = f"{'2' if p.sex == 'f' else '1'}{p.born:%y%m}{dept}{place}{rng.randint(1, 999):03d}"
    key = 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97
    if rng.random() < 0.12:
        key = (key + rng.randint(1, 9) - 1) % 97 + 1
        flags.add("wrong NIR key")
    spaced = f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
    return rng.choice([spaced, spaced, f"{body}{key:02d}", f"{body} {key:02d}"]), flags


def ddn_text(rng: random.Random, d: dt.date) -> str:
    month = MONTHS[d.month - 1]
    day = "1er" if d.day == 1 else str(d.day)
    return rng.choice([f"{d:%d/%m/%Y}", f"{d:%d/%m/%Y}", f"{d:%d/%m/%y}", f"{d:%d.%m.%Y}", f"{d:%d-%m-%Y}",
                       f"{day} {month} {d.year}", f"{day} {month.upper()} {d.year}",
                       f"{d.day}/{d.month}/{d.year}", f"{d:%Y-%m-%d}", f"{d:%d%m%Y}",
                       f"{day} {month} {d:%y}"])


def slot_day(rng: random.Random) -> dt.date:
    day = dt.date(2027, 8, 16) + dt.timedelta(days=rng.randrange(26))
    return day + dt.timedelta(days=1) if day.weekday() == 6 else day


def hour_text(rng: random.Random) -> str:
    hour, minute = rng.randint(8, 19), rng.choice((0, 0, 15, 30, 45))
    if not minute:
        return rng.choice([f"{hour}h", f"{hour}:00", f"{hour} h"])
    return rng.choice([f"{hour}h{minute}", f"{hour}:{minute}", f"{hour} h {minute}", f"{hour}H{minute}"])


def slot_text(rng: random.Random) -> str:
    """An appointment slot without a year: `mardi 14h30`, `ven. 20 août 10:00`, `le 17/08 à 11h`."""
    d, hour = slot_day(rng), hour_text(rng)
    day, abbr = DAYS[d.weekday()], DAY_ABBR[d.weekday()]
    return rng.choice([f"{day} {hour}", f"{day} {d.day} à {hour}", f"le {d:%d/%m} à {hour}",
                       f"{abbr} {d.day} {MONTHS[d.month - 1]} {hour}", f"{day} {d:%d/%m} {hour}"])


def full_slot(rng: random.Random) -> str:
    d, hour = slot_day(rng), hour_text(rng)
    return rng.choice([f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} à {hour}", f"{d:%d/%m} – {hour}"])


def resident_address(rng: random.Random) -> str:
    if rng.random() < 0.55:
        town = rng.choice(list(TOWNS))
        code, street = rng.choice(TOWNS[town]), rng.choice(STREETS[town])
        number = f"{rng.randint(1, 120)}{rng.choice(['', '', '', ' bis', 'B'])}"
        return rng.choice([f"{number} {street}, {code} {town}", f"{number}, {street} {code} {town}",
                           f"{number} {street} - {code} {town.upper()}",
                           f"{rng.choice(ESTATES)}, {number} {street}, {code} {town}"])
    code, village = rng.choice(VILLAGES)
    return rng.choice([f"{rng.choice(LIEUX)}, {code} {village}", f"{rng.choice(LIEUX)} {code} {village}",
                       f"{rng.choice(ESTATES)}, {code} {village}",
                       f"maison {rng.randint(1, 30)}, {rng.choice(LIEUX)}, {code} {village.upper()}"])


def stay_address(rng: random.Random) -> str:
    if rng.random() < 0.5:
        name, code, town = rng.choice(CAMPINGS)
        return rng.choice([f"camping {name}, emplacement {rng.randint(1, 180)}, {code} {town}",
                           f"camping {name}, {code} {town}",
                           f"mobil-home {rng.randint(1, 60)}, camping {name}, {code} {town}"])
    place, code, town = rng.choice(RENTALS)
    return f"{place}, {code} {town}"


def ascii_name(name: str) -> str:
    return re.sub(r"[^a-z0-9-]", "", hm.fold(name))


def mail_address(rng: random.Random, p: Person) -> str:
    given, surname = ascii_name(p.given), ascii_name(p.surname)
    local = rng.choice([f"{given}.{surname}", f"{given[0]}.{surname}", f"{surname}.{given}",
                        f"{given}{surname}{rng.randint(2, 99)}", f"{surname}{p.born:%y}",
                        f"{given}_{surname}"])
    return f"{local}@{rng.choice(MAIL_DOMAINS.get(p.origin.name, MAIL_DOMAINS['']))}"


def mutuelle_number(rng: random.Random) -> str:
    return rng.choice([digits(rng, 9), grouped(digits(rng, 10), (4, 4, 2)), f"MUT-{digits(rng, 7)}",
                       f"{digits(rng, 2)} {digits(rng, 6)} {digits(rng, 2)}"])


def dossier_number(rng: random.Random) -> str:
    return rng.choice([f"D27-{digits(rng, 5)}", f"K{digits(rng, 6)}", digits(rng, 8),
                       f"FR27-{digits(rng, 6)}"])


def booking_ref(rng: random.Random) -> str:
    ref = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(8))
    return rng.choice([ref, f"{ref[:4]}-{ref[4:]}", f"RDV-{digits(rng, 7)}"])


def accident_number(rng: random.Random) -> str:
    return rng.choice([digits(rng, 9), f"27-AT-{digits(rng, 5)}", f"AT{digits(rng, 8)}",
                       grouped(digits(rng, 12), (3, 3, 3, 3))])


def foreign_cover(rng: random.Random, origin: str) -> str:
    """A European health insurance card number, or the country's own insurance number, with its label."""
    card = CARD_PREFIX[origin] + digits(rng, 15)
    letters = "ABCDEFGHILMNPRSTVZ"
    own = {"ital": "".join(rng.choice(letters) for _ in range(6)) + f"{digits(rng, 2)}{rng.choice(letters)}"
                   f"{digits(rng, 2)}{rng.choice(letters)}{digits(rng, 3)}{rng.choice(letters)}",
           "alle": f"{rng.choice(letters)}{digits(rng, 9)}", "belg": grouped(digits(rng, 12), (4, 4, 4)),
           "suis": f"756.{digits(rng, 4)}.{digits(rng, 4)}.{digits(rng, 2)}"}[origin]
    return rng.choice([f"carte européenne n° {hm.tag('ID', grouped(card, (5, 5, 5, 5)))}",
                       f"CEAM {hm.tag('ID', card)}", f"n° d'assuré {hm.tag('ID', own)}"])


# ---------------------------------------------------------------------------------------------
# Notes


@dataclass
class Folk:
    """The people of one note (this set's Cast: a neighbour rather than a child of the patient, the
    patient's maiden name, whether the patient is a child) and the slots it has named so far."""

    patient: Person
    relative: Person
    kin: tuple[str, str, bool]
    carer: Person
    carer_role: str
    neighbour: Person
    maiden: str
    child: bool
    used_slots: list[str] = field(default_factory=list)


class Writer(hm.SlotPlaceholders):
    """Fills one note's templates: `{X}` by the method x(), drawn once a note but for names and slots."""

    c: Folk
    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random, folk: Folk, hard: str | None) -> None:
        self.rng, self.c, self.hard = rng, folk, hard
        self.cache: dict[str, str] = {}
        self.flags: set[str] = set()

    def fill(self, template: str) -> str:
        text = PLACEHOLDER.sub(lambda m: self.value(m.group(1)), kept(template)).replace("\\n", "\n")
        if template.startswith("{") and self.hard != "lower-case name":
            text = text[0].upper() + text[1:]
        return text

    def value(self, key: str) -> str:
        if key in NOT_CACHED:
            return getattr(self, key.lower())()
        if key not in self.cache:
            self.cache[key] = getattr(self, key.lower())()
        return self.cache[key]

    # the patient
    def name(self, text: str) -> str:
        return nom(text.lower() if self.hard == "lower-case name" else text)

    def ptitle(self) -> str:
        text = self.title(self.c.patient)
        return text.lower() if self.hard == "lower-case name" else text

    def title(self, p: Person) -> str:
        return self.rng.choice(["Mme", "Mme", "Madame"] if p.sex == "f" else ["M.", "M.", "Mr", "Monsieur"])

    def bracketed(self) -> str:
        p = self.c.patient
        forms = [f"{nom(p.surname.upper())} ({nom(p.given)})", f"{nom(p.surname)} ({nom(p.given)})"]
        if p.sex == "f" and not self.c.child:
            forms.append(f"{nom(f'{p.given} {p.surname}')} (née {nom(self.c.maiden)})")
        return self.rng.choice(forms)

    def pn(self) -> str:
        p = self.c.patient
        if self.hard == "brackets":
            return self.bracketed()
        if self.hard == "surname first":
            return self.name(f"{self.rng.choice([p.surname, p.surname.upper()])} {p.given}")
        return self.name(self.rng.choice([f"{p.given} {p.surname}", f"{p.given} {p.surname}",
                                          f"{p.given} {p.surname.upper()}"]))

    def pt(self) -> str:
        return self.pn() if self.c.child else f"{self.ptitle()} {self.pn()}"

    def ps(self) -> str:
        p = self.c.patient
        if self.c.child:
            return self.name(p.given)
        if self.hard == "brackets":
            return f"{self.ptitle()} {self.bracketed()}"
        return f"{self.ptitle()} {self.name(self.rng.choice([p.surname, p.surname, p.surname.upper()]))}"

    def pg(self) -> str:
        return self.name(self.c.patient.given)

    def sur(self) -> str:
        return nom(self.c.patient.surname)

    def e(self) -> str:
        return "e" if self.c.patient.sex == "f" else ""

    def il(self) -> str:
        return "elle" if self.c.patient.sex == "f" else "il"

    def la(self) -> str:
        return "la" if self.c.patient.sex == "f" else "le"

    def age(self) -> str:
        return str(hm.age(self.c.patient, TODAY))

    def nat(self) -> str:
        return NATIONALITY[self.c.patient.origin.name][self.c.patient.sex == "f"]

    # the people around
    def rel(self) -> str:
        r, (noun, sex, _) = self.c.relative, self.c.kin
        kin = hm.possessive(noun, sex)
        if self.hard in ("relative by given name", "nickname"):
            return self.rng.choice([f"{kin} {nom(r.given)}", f"{nom(r.given)} ({noun})"])
        title, full = self.title(r), nom(f"{r.given} {r.surname}")
        return self.rng.choice([f"{kin} {title} {full}", f"{kin} {full}", f"{kin} ({title} {nom(r.surname)})",
                                f"{title} {full} ({noun})"])

    def neigh(self) -> str:
        n = self.c.neighbour
        noun = "voisine" if n.sex == "f" else "voisin"
        title = self.title(n)
        return self.rng.choice([f"{title} {nom(n.surname)} ({noun})",
                                f"{title} {nom(f'{n.given} {n.surname}')} ({noun})",
                                f"{title} {nom(n.surname)}, {noun} du dessous"])

    def carer(self) -> str:
        p, role = self.c.carer, self.c.carer_role
        title = self.title(p)
        return self.rng.choice([f"{hm.definite(role, p.sex)} {title} {nom(f'{p.given} {p.surname}')}",
                                f"{title} {nom(f'{p.given} {p.surname}')} ({role})",
                                f"{hm.definite(role, p.sex)} ({title} {nom(p.surname)})"])

    # identifiers
    def tel(self) -> str:
        origin = self.c.patient.origin.name
        foreign = origin in FOREIGN and self.rng.random() < 0.85
        return hm.tag("TEL", foreign_phone(self.rng, origin) if foreign else french_phone(self.rng))

    def tel2(self) -> str:
        return hm.tag("TEL", french_phone(self.rng))

    def nir(self) -> str:
        text, flags = nir_text(self.rng, self.c.patient)
        self.flags |= flags
        return hm.tag("NIR", text)

    def ddn(self) -> str:
        return hm.tag("DDN", ddn_text(self.rng, self.c.patient.born))

    def email(self) -> str:
        return hm.tag("EMAIL", mail_address(self.rng, self.c.relative if self.c.child else self.c.patient))

    def remail(self) -> str:
        return hm.tag("EMAIL", mail_address(self.rng, self.c.relative))

    def addr(self) -> str:
        return hm.tag("ADRESSE", resident_address(self.rng))

    def stay(self) -> str:
        return hm.tag("ADRESSE", stay_address(self.rng))

    def home(self) -> str:
        return hm.tag("ADRESSE", self.rng.choice(ABROAD[self.c.patient.origin.name]))

    def mut(self) -> str:
        return hm.tag("ID", mutuelle_number(self.rng))

    def dossier(self) -> str:
        return hm.tag("ID", dossier_number(self.rng))

    def resa(self) -> str:
        return hm.tag("ID", booking_ref(self.rng))

    def at(self) -> str:
        return hm.tag("ID", accident_number(self.rng))

    def ins(self) -> str:
        origin = self.c.patient.origin.name
        if origin in FOREIGN:
            return foreign_cover(self.rng, origin)
        return f"carte Vitale, NIR {self.value('NIR')}"

    # kept words and plain places
    def staff(self) -> str:
        return keep(self.rng.choice(hm.STAFF))

    def inj(self) -> str:
        return keep(self.rng.choice(INJURIES))

    def motif(self) -> str:
        return keep(self.rng.choice([*INJURIES, *CHRONIC, *POSTOP]))

    def postop(self) -> str:
        return keep(self.rng.choice(POSTOP))

    def hosp(self) -> str:
        return keep(self.rng.choice(HOSPITALS))

    def epon(self) -> str:
        return keep(self.rng.choice(EPONYMS))

    def town(self) -> str:
        return self.rng.choice([*TOWNS, *(village for _, village in VILLAGES)])

    def coast(self) -> str:
        return self.rng.choice(COAST)


class Generator:
    """Draws the notes of the set one by one, and keeps the flags of each for the report."""

    def __init__(self, origins: dict[str, Origin], kids: dict[tuple[str, str], list[str]],
                 taken: set[str]) -> None:
        self.origins, self.kids, self.taken = origins, kids, taken
        self.flags: list[set[str]] = []
        self.plan: dict[str, set[int]] = {}
        self.turn = 0

    def draw_plan(self, rng: random.Random) -> None:
        """Which notes have no span, which are all in lower case, which have a harder name form."""
        notes = range(NOTES)
        bare = set(rng.sample(notes, BARE_NOTES))
        self.plan = {"bare": bare, "lower": set(rng.sample(notes, LOWER_NOTES)),
                     "hard": set(rng.sample([n for n in notes if n not in bare], HARD_NOTES))}

    def hard_form(self, template: str) -> str:
        """The next harder name form, in turn, that the template has room for: those that change the
        patient's name need it written out."""
        forms = set(HARD_FORMS)
        if not any(f"{{{key}}}" in template for key in ("PT", "PN", "PS")):
            forms -= RENDER_FORMS
            if "{PG}" not in template:
                forms.discard("lower-case name")
        while HARD_FORMS[self.turn % len(HARD_FORMS)] not in forms:
            self.turn += 1
        self.turn += 1
        return HARD_FORMS[(self.turn - 1) % len(HARD_FORMS)]

    def __call__(self, rng: random.Random) -> hm.Fragments:
        if not self.plan:
            self.draw_plan(rng)
        note = len(self.flags)
        bare = note in self.plan["bare"]
        if bare:
            block, template = BARE, rng.choice(hm.templates(BARE))
        else:
            block, template = hm.draw_template(rng, [(block, weight) for _, block, weight, _ in SCENARIOS])
        scenario, who = BLOCKS[block]
        hard = self.hard_form(template) if note in self.plan["hard"] else None
        writer = Writer(rng, self.cast(rng, who, hard), hard)
        parts = [writer.fill(template)]
        if not bare:
            parts += self.extras(rng, writer, template, who)
        if "{STAFF}" not in template and rng.random() < SIGN_SHARE:
            parts.append(writer.fill(rng.choice(SIGNATURES)))
        flags = {scenario, *writer.flags} | ({f"hard: {hard}"} if hard else set())
        fragments = hm.join_names(hm.parse(rng.choice(["\n", " ", " — "]).join(parts)))
        if note in self.plan["lower"]:
            flags.add("lower-case note")
            fragments = [(text.lower(), kind) for text, kind in fragments]
        self.flags.append(flags)
        return fragments

    def extras(self, rng: random.Random, writer: Writer, template: str, who: str) -> list[str]:
        """The identifier lines after the note (none, one or two kinds it does not hold yet), and the
        sentence that carries a hard name form the template has no room for."""
        present = {KIND_OF[key] for key in PLACEHOLDER.findall(template) if key in KIND_OF}
        group = "tourist" if who in ("tourist", "italian") else "resident"
        count = rng.choices((0, 1, 2), (45, 40, 15))[0]
        kinds = hm.draw_kinds(rng, count, EXTRA_KINDS[group], present, redraw=False)
        lines = [writer.fill(rng.choice(EXTRA_LINES[kind])) for kind in kinds]
        if writer.hard == "after a verb":
            lines.append(writer.fill(rng.choice(AFTER_VERB)))
        if writer.hard in ("relative by given name", "nickname") and "{REL}" not in template:
            lines.append(writer.fill(rng.choice(RELATIVE_LINES)))
        return lines

    def cast(self, rng: random.Random, who: str, hard: str | None) -> Folk:
        origin = self.origins[origin_name(rng, who)]
        patient = self.person(rng, origin, rng.choice("fm"), YEARS[who], young=who == "child")
        patient.surname = self.hard_surname(rng, patient, hard)
        kin = kin_of(rng, who, patient)
        relative = self.person(rng, origin, kin[1], YEARS["adult"])
        if kin[2]:
            relative.surname = patient.surname
        if hard == "nickname":
            relative.given = rng.choice(NICK[kin[1]])
        role, carer_sex = rng.choice(CARERS)
        carer = self.person(rng, self.origins[origin_name(rng, "resident")], carer_sex, YEARS["adult"])
        neighbour_origin = self.origins[origin_name(rng, "resident")]
        neighbour = self.person(rng, neighbour_origin, rng.choice("fm"), YEARS["resident"])
        maiden = rng.choice(origin.surnames)
        return Folk(patient, relative, kin, carer, role, neighbour, maiden, who == "child")

    def person(self, rng: random.Random, origin: Origin, sex: str, years: tuple[int, int],
               young: bool = False) -> Person:
        adult_names = origin.given_f if sex == "f" else origin.given_m
        kid_names = self.kids.get((origin.name, sex), []) if young else []
        given = rng.choice(kid_names or adult_names)
        born = dt.date(rng.randint(*years), 1, 1) + dt.timedelta(days=rng.randrange(365))
        return Person(given, rng.choice(origin.surnames), sex, origin, born)

    def hard_surname(self, rng: random.Random, p: Person, hard: str | None) -> str:
        if hard == "word surname":
            return rng.choice(WORD_SURNAMES.get(p.origin.name, hm.unique_names(FRENCH_WORDS)))
        if hard == "particle":
            return rng.choice(PARTICLE_SURNAMES.get(p.origin.name, hm.unique_names(CORSICAN_PARTICLES)))
        if hard == "double surname":
            return f"{p.surname}-{rng.choice([s for s in p.origin.surnames if s != p.surname])}"
        if hard == "typo":
            return self.typo(rng, p.surname)
        return p.surname

    def typo(self, rng: random.Random, surname: str) -> str:
        """A slip of the keyboard in `surname` that gives no name an earlier set holds."""
        for _ in range(10):
            slipped = hm.slip(surname, rng)
            if slipped != surname and not name_words(slipped) & self.taken:
                return slipped
        raise AssertionError(f"no typo found for {surname}")


def origin_name(rng: random.Random, who: str) -> str:
    group = {"tourist": TOURISTS, "italian": ("ital",), "worker": WORKERS}.get(who, RESIDENTS)
    return hm.pick(rng, {name: FACTS[name][0] for name in group})


def kin_of(rng: random.Random, who: str, patient: Person) -> tuple[str, str, bool]:
    if who == "child":
        return rng.choice(KIN_CHILD)
    others = KIN_OLD if hm.age(patient, TODAY) >= 65 else KIN_ADULT
    return rng.choice(PARTNERS[patient.sex] if rng.random() < 0.35 else others)


def check_record(record: dict) -> None:
    hm.check_unlabelled(record, name_words)
    hm.check_no_staff(record, name_words)


def main() -> None:
    origins, kids = hm.load_pools(POOLS, FACTS)
    taken = hm.taken_tokens(OUT, EARLIER)
    names = [*hm.pooled_names(origins, kids), *NICK["f"], *NICK["m"], *hm.unique_names(ITALIAN_WORDS),
             *hm.unique_names(FRENCH_WORDS), *hm.unique_names(CORSICAN_PARTICLES),
             *(name for group in PARTICLE_SURNAMES.values() for name in group)]
    hm.refuse_used_names(names, name_words, taken)
    generator = Generator(origins, kids, taken)
    records = hm.write(OUT, PREFIX, NOTES, SEED, generator, check_record,
                       lambda rs: hm.check_blind_set(rs, NOTES, name_words, taken, 0.3, (0.10, 0.20)))
    hard = sum(any(flag.startswith("hard: ") for flag in flags) for flags in generator.flags)
    hm.report(records, OUT, generator.flags, hard)


if __name__ == "__main__":
    main()
