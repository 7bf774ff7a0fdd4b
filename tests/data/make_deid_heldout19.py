"""Held-out set 19: 300 call notes of a July at a kinésithérapie practice in Lorraine and Champagne.

Written 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists,
tests nor bench were opened, and the de-identifier was not run on these notes. The earlier sets (the
corpus, held-out sets 1 to 18, the hard cases) were read by program only, through
heldout_markup.taken_tokens, to refuse any name word they already hold.

Setting: the notes of an ordinary month (July 2027) at a cabinet de kinésithérapie serving Metz,
Nancy, Thionville, Épinal, Verdun, Forbach, Longwy, Reims, Épernay, Châlons-en-Champagne, Troyes and
the villages of Moselle, Meuse, Vosges, Marne and Aube: old Moselle families, Italian and Polish
families of the mines and steelworks, Portuguese, Turkish, Algerian and Moroccan families,
frontaliers working in Luxembourg, vineyard hands and Eastern European seasonal workers, soldiers,
students and retirees. Answering-machine transcripts, online-booking exports, forwarded e-mails and
text messages, home visits, relatives and carers calling, prescriptions, tiers payant, sport and
school papers, work accidents, long rambling notes; about twenty notes in lower case, about fifteen
in capitals, about one in nine with no identifier, one in seven with a harder name form.

Labelling: NOM for the names of patients, relatives, carers and neighbours (a title such as M. or
Mme stays outside the span, a particle de/von/van inside it); TEL, NIR, DDN (full birth dates only,
never a year alone or an age), EMAIL, ADRESSE (from the house number, residence or lieu-dit through
the postcode and town typed in one run; a town alone is not marked), ID (mutuelle, dossier, booking,
work-accident, defence and Luxembourg CNS numbers). Kept (K): appointment slots and message stamps,
the practice's staff (deid_staff.json), clinical terms and eponyms, hospitals, clubs, employers,
bases and mutuelles. No doctor outside the practice is named.

Run from tests/data: ../../.venv/bin/python make_deid_heldout19.py
"""

from __future__ import annotations

import datetime as dt
import random
import re
import string
from dataclasses import dataclass
from pathlib import Path

import heldout_markup as hm
from heldout_markup import Cast, Fragments, Origin, Person, keep, nom, tag

OUT = Path(__file__).with_name("deid_heldout19.jsonl")
NOTES = 300
SEED = 19_2027
PREFIX = "f"
# The hard cases were checked too when this set was written; they have since taken cases from it.
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 19)))
TODAY = dt.date(2027, 7, 15)
BARE, LOWER, CAPS, HARD, STAFF_NOTES = 35, 20, 15, 43, 104  # notes of each kind, out of NOTES
PARTICLES = {"de", "du", "des", "d", "von", "van", "der", "den", "la", "le", "lo", "el", "di", "l"}

# ---------------------------------------------------------------------------------------------
# Names

POOLS = """
lorraine f: Odilia Irma Emerence Walburge Frieda Elfriede Hildegarde Mechtilde Suzel Gertrud Irmgard
  Liselotte Waltraud Gudrun Erna Rosemarie Marlies Lisbeth Gerda Helga Eliette Elvire Ermeline Herminie
  Reinelde Thècle Vinciane Annelise Nanette Magda Elsbeth Käthe Leni
lorraine m: Reynald Wendelin Théobald Lothaire Willibald Sigismond Alfons Eugen Engelbert
  Ewald Gerhard Herbert Horst Otto Rudi Walter Werner Erich Ernst Fritz Hans Heinz Josef Karl Ludwig
  Reinhold Udo Wendel Donat Philémon Polycarpe Savinien
lorraine s: Ackermann Bettinger Beckerich Bour Brunner Feltz Gangloff Geisler Grosdidier Hamant Hilpert
  Hoerner Holtzinger Jungmann Kremer Lauer Lenhardt Liebgott Nilles Ortscheid Pinck Quirin Reinert
  Rohrbacher Schaeffer Schoumacher Schwindt Seiwert Staudt Stoltz Thiery Trapp Weisslinger Zins Zimmer
  Ehlinger Hessinger Kirsinger Mertzinger Steininger Tholinger Bohlinger Oberlinger Dellinger Bieringer
  Herrmann Kaufmann Lellmann Weinmann Houpert Leick Muth Pax Pefferkorn Roeder Rupp Schwab Simmer Tritz
  Wiltzer Zenner Dedinger Hoellinger Karst Grandidier Mougenot Didierjean Hocquaux Demange Colnot Gueniot
  Huguenin Voinson Cuny Mougel Pierrat Claudon Georgel Lalevée Houot Valdenaire Pierrel Thomassin Becker
  Schang Kirsch Wagner Weber Mayer Jager Hentz Fischer Stamm Freyermuth Sprunck Klopp Scharff Wirtz
  Mersch Bintz Fabing Gangolf Kuntz Dorr Wolff Hartmann Greff
lorraine kf: Anaé Billie Joy Liv Mya Ava Ambroisine Abigaëlle Nine
lorraine km: Ilan Teo Timothé Kaël Sacha Oskar
champ f: Charline Tess Hermione Astrid Loane Jessy Karelle Rébecca Eloane Elya Emy Jenna Kimberley Laly
  Léana Lorine Louane Maëlyne Nell Sélène Sophia Thelma Timéa Zia Elyne Maddie Manoë Paulina Hélia Laurianne
  Angeline Charlène Justina Solenne Maïlys
champ m: Melvil Nathanaël Adelin Hadrien Jonas Nohan Faustin Gauvain Ivan Loïs Valérian
  Bryan Jason Mattéo Sohan Tom Ylan Brayan Yoan Lénaïc Maxens Warren
champ s: Gosset Vautrot Brochet Dervin Gobillard Hébrart Lallement Mangeart Noirot Oudin Pérard Raulet
  Thévenin Baudier Collard Doquet Fourmon Huot Jobard Mailliard Pierlot Vély Blondeau Dehu Charlier
  Jacquinet Pannetier Massonnot Boulard Gillet Fresnel Leclère Maillart Launois Dauvergne Margaine Chauvet
  Arnould Henriot Lasalle Aubriot Bonnaire Boizel Cattier Chardonnet Cossy Dagonet Dumangin Faniel
  Gimonnet Godmé Gonet Guiborat Hure Lamiable Larmandier Legras Lenoble Marguet Moutard Oudart Pertois
  Ployez Roualet Savart Sugot Tribaut Vazart Vilmart Waris Fromentin Potié
champ kf: Nine Joy Liv Ava Anaé Billie
champ km: Teo Kaël Sacha Ilan Timothé
ital f: Carmelina Caterina Cettina Gilda Iolanda Lucrezia Luigina Marcella Nicolina Ottavia Palmira
  Rachele Serafina Tina Vittoria Wilma Zaira Liliana Elvira Fiorella Gelsomina Maddalena Mirella Norma
  Pierina Dina Gemma Grazia Licia Mariuccia Mimma Pasqualina Rosina Tosca Ada Anita Dora Enza Fausta
  Jolanda Nunzia Tiziana Rita Rosetta Gabriella Santina Vincenza Romina
ital m: Vincenzo Gaetano Domenico Pasquale Nicola Tonino Renato Ottavio Calogero Gennaro Nazzareno Orazio
  Settimio Egidio Ciro Massimo Antonino Arcangelo Attilio Biagio Carlo Cataldo Dante Duilio Ercole
  Eugenio Fiorenzo Girolamo Guido Ignazio Italo Luciano Marcello Oreste Osvaldo Pietro Remo Rino Saverio
  Silvio Spartaco Ugo Umberto Valerio Vito Agostino Amedeo Battista Cesare Corrado Dino Edoardo Filippo
  Flavio Gianni Giacomo Ivo Livio Mauro Natale Nello Otello Piero Raimondo Santo Sesto
ital s: Bevilacqua Cappelletti Iacovelli Lamberti Mancuso Marinelli Palmieri Pennacchio Rizzotti Scarpelli
  Trombetta Tedeschi Zanetti Zuccarello Fabbri Morelli Petrucci Ruggiero Sartori Castellano Bianchini
  Colucci Spagnolo Dell'Aquila D'Agostino Guarnieri Scognamiglio Minichiello Carbonaro Tagliaferri
  Buonocore Sciortino Lo_Bianco Cavallaro Pistone Granata Pugliese Abbate Albanese Amato Aquilino Baldacci
  Barone Bellomo Benedetti Bonanno Borrelli Buccella Cammarata Campanella Capobianco Cardillo Catalano
  Ciccone Corradi D'Alessandro D'Amico Di_Giacomo Falcone Farina Ferrante Fiore Gualtieri Lauricella
  Lucchesi Maggio Mariani Messina Parisi Piccolo Pirozzi Randazzo Riccio Rossetti Sanna Sorrentino Testa
  Valenti Zito Zaccaria Quaranta Pizzuti Melchiorre Iacono Gravina Fratta Ercolani Donadio Crisafulli
  Casagrande Agresti
ital kf: Ginevra Lara
ital km: Alessio Matteo Nicolò Tommaso
pol f: Wanda Stanisława Irena Genowefa Marianna Bronisława Władysława Janina Czesława Elżbieta Aniela
  Aleksandra Barbara Franciszka Honorata Iwona Józefa Katarzyna Łucja Magdalena Rozalia Stefania Teodozja
  Weronika Wiesława Zdzisława Zuzanna Alicja Bogumiła Celina Felicja Gabriela Mieczysława Pelagia Salomea
  Tekla Wiktoria
pol m: Czesław Zbigniew Tadeusz Edmund Wiesław Józef Mieczysław Leszek Zdzisław Ladislas Władysław
  Bolesław Marian Witold Ryszard Henryk Antoni Bogusław Edward Eugeniusz Feliks Franciszek Grzegorz Ignacy
  Jacek Janusz Jarosław Konrad Lech Ludwik Maciej Michał Roman Sławomir Stefan Szczepan Teodor Wacław
  Walenty Wincenty Zygmunt Alojzy Benedykt Cyprian Dominik Hieronim Lucjan Maksymilian Rafał Seweryn
  Sylwester Tomasz Wawrzyniec
pol s: Wiśniewski Zieliński Michalak Kołodziej Górecki Urbaniak Majewski Adamczyk Pietrzak Ostrowski
  Kowalczuk Mazurek Wojtkowiak Jankowiak Szulc Banaszak Cieślak Gajewski Marciniak Kędzierski Rutkowski
  Sadowski Wasilewski Bąk Frankowski Kuczyński Olejniczak Borowiak Bartkowiak Błaszczyk Brzeziński
  Chojnacki Dąbrowski Domański Fijałkowski Gołębiowski Jasiński Kamiński Kasprzak Krajewski Laskowski
  Lewandowski Malinowski Mroczek Nowakowski Ozimek Piątek Pietrzyk Rogalski Sawicki Sowa Szewczyk
  Szymański Wawrzyniak Witkowski Wysocki Zalewski Żak Żukowski Bednarek Cichy Dziedzic Gawron Grzelak
  Jaworski Kołek Kuś Lasota Matuszak Nawrocki Owczarek Ptak Rataj Skiba Stachowiak Tomczyk Wilk Zych
  Zięba Borkowski Czaja Gierek Jurczyk Lipiński Maciejewski Niemiec Pająk Radomski Sobieraj Wrona
pol kf: Maja Zuzanna Oliwia Amelia
pol km: Kacper Szymon Oskar Filip
port f: Amélia Olinda Margarida Benilde Balbina Dulce Esmeralda Florinda Georgina
  Jacinta Leonilde Marcelina Noémia Palmira Perpétua Sílvia Umbelina Adélia Alcina Amália
  Anabela Clarinda Dorinda Elvira Fernandina Joaquina Luísa Miquelina Rosinda Valdemira
port m: Albano Custódio Domingos Horácio Amândio Arlindo Acácio Álvaro Bernardino Celestino
  Constantino Eduardo Fausto Gervásio Herculano Inácio Jorge Leonel Luciano Marcelino
  Octávio Olímpio Orlando Quirino Raul Rogério Silvino Teotónio Valdemar Virgílio Alípio Anacleto Augusto
  Cipriano Elísio Emídio Gilberto Inocêncio Júlio Laurentino Mateus Simão Carlos
port s: Borges Capela Felgueiras Fidalgo Lemos Serrão Abrantes Caetano Carrilho Damião Domingues
  Estrela Frade Gama Leal Marinho Meira Moura Nascimento Pais Pinhal Rego Seixas Baía Barroso Bezerra
  Calçada Carrola Fagundes Fialho Galvão Lousada Rebordão Souto Taveira Valadares Vidigal Viegas
  Pimenta Bento
port kf: Matilde Lara
port km: Tomás Duarte
turk f: Şerife Nuray Fadime Ayten Belgin Canan Cemile Döndü Emel Feride Hanife Havva Hediye İpek Kadriye
  Kezban Meryem Münevver Necla Nevin Pakize Safiye Serap Sevim Tülay Ümran Yeter Beyza Cansu Duygu Ecem
  Gizem Kübra Nisa Tuğba
turk m: Kemal Osman Burak Yusuf Ertuğrul Şükrü Abdullah Bekir Cafer Celal Cevdet Fahri Hakan Hasan Hayri
  Kadir Kazım Mahmut Muharrem Necati Nurettin Ömer Rıza Sabri Sadık Selim Şaban Şenol Tahsin Uğur Alper
  Berkay Çağrı Doğukan Furkan Gökhan Kaan Mert Ufuk
turk s: Sönmez Taşdemir Durmaz Akkaya Avşar Bilgin Bozdağ Demirel Dursun Ergün Erol Gök Gürbüz Kalkan
  Karabulut Kayhan Kocaman Kuru Mutlu Ozan Öner Özbek Özgür Peker Sağlam Savaş Sevinç Şen Şimşek Soylu
  Temel Toprak Yaman Yazıcı Yeşil Yiğit Yılmazer Yurt Aydoğan Bakır Cömert Dinç Eker Esen Genç Kılınç
  Kırmızı Koçak Meşe Okur Tatlı Ulu
turk kf: Defne Ecrin Melis Azra Nehir Ayla Elina
turk km: Alparslan Eymen Miraç Kerem Poyraz
magh f: Hassiba Nacera Aïda Alia Amina Asma Atika Djaouida Fatma Habiba Halima Hassina Horia
  Kheira Lila Mebarka Naouel Noria Sakina Sara Sihem Thouraya Zahra Fouzia Btissam
  Nezha Rkia Hayate
magh m: Mohand Khalid Abdelhamid Abdelkrim Abdelmalek Abdelnour Allal Azeddine
  Boubekeur Daoud Djilali Fateh Fayçal Ghani Habib Halim Houari Mahfoud Mahmoud Malik Miloud Mohammed
  Nourredine Saad Seddik Toufik Yahia Abdeslam Bouchaïb Hassan Lahoucine Mbarek Mimoun Abdeljalil
  Anouar
magh s: Bouchareb Ouahabi El_Ghazi Benjelloun Adjali Aissaoui Bakhti Belarbi Belkadi Bendjeddou Benaouda
  Bentaleb Bounab Chabane Djellouli Fellah Gacem Hachemi Harbi Kadri Kerbouche Laouar Rachedi Remili
  Seghir Ammari Bakkali Belhaj El_Khatib Essaadi Kabbaj Sefrioui Zouhair Bouhlal Mouline Naji Ouakil Sbai
  Amghar Akkouche Ouadi
magh kf: Emna Hiba Ilef Israa Malak Sirine Soumaya Zeynab Naëlle Kayla
magh km: Ilyan Nahil Zayd Ilan
east f: Alina Raluca Nicoleta Svetla Desislava Galina Lăcrămioara Liliya Tsvetanka Rumyana Mariyka Adriana
  Doina Felicia Georgeta Ileana Liliana Lucica Luminița Maricica Mirela Monica Petronela Rodica Simona
  Veronica Violeta Zenovia Anca Carmen Dorina Florica Ionela Larisa Marinela Silvia Sorina Stela Lesia
  Mariia Nadiia Olha Oleksandra Valentyna Zoriana Khrystyna Solomiia Anelia Boryana Elitsa Gergana Iliana
  Kalina Nadezhda Neli Petya Radka Silviya Snezhana Stanka Veselina Yana Zornitsa
east m: Ionuț Vasile Bogdan Dmytro Stoyan Dimitar Plamen Marian Nicolae Vitalii Andriy Yordan Hristo
  Adrian Alexandru Aurel Cezar Costică Cristian Dănuț Dorel Dragoș Emil Eugen Ion Iulian Lucian Nelu
  Octavian Remus Sergiu Silviu Traian Viorel Virgil Pavlo Petro Serhii Stepan Volodymyr Yurii Ihor
  Anatolii Borys Oleh Ostap Asen Boyan Georgi Ivaylo Kiril Krasimir Lyubomir Nikolay Ognyan Rumen
  Svetoslav Tihomir Todor Valeri Vasil Veselin Zdravko Kaloyan Mladen Spas
east s: Zamfir Georgiev Kravchuk Savchuk Stoyanov Todorov Kolev Ursu Sârbu Pîrvu Chirilă
  Vrabie Diaconu Enache Nistor Bucur Yankov Angelov Andrei Anghel Avram Barbu Cazacu Ciocan Coman Cristea
  Dinu Dragomir Gavrilă Grigore Iancu Lazăr Manole Mihăilă Oprea Pop Preda Sandu Șerban Stanciu Toma
  Vasilescu Voicu Bejan Ciurea Manea Paraschiv Roșca Sima Surdu Tănase Antonenko Babenko Bilous Danyliuk
  Fedorenko Hnatiuk Holub Honcharenko Hryhorenko Kostenko Kovalchuk Kozak Kucher Kuzmenko Levchenko
  Lytvyn Nazarenko Ostapenko Pashchenko Romaniuk Semeniuk Sydorenko Tymoshchuk Vasylenko Yaremchuk
  Atanasov Bozhilov Donchev Hristov Iliev Kostadinov Lazarov Marinov Mitev Nedelchev Nikolov Paskalev
  Petkov Radev Simeonov Slavov Stoev Tsvetkov Valchev Yordanov Zhelev
mil f: Laura Jessy Kimberley Jenna Charlène Justina Sophia Maïlys Angeline Lorine Elya Thelma Timéa Léana
mil m: Bryan Jason Brayan Warren Yoan Tom Mattéo Ylan Sohan Lénaïc Maxens Ivan Hadrien Jonas
mil s: Rouxel Poggi Bergeron Cloarec Donnart Le_Borgne Le_Dantec Le_Saux Albertini Andreani Antonetti
  Bonelli Casabianca Cesari Filippi Franceschi Leandri Mattei Paoli Peretti Pieri Raffalli Santucci Susini
  Tomasi Vincenti Barthe Cassagne Caumont Darrigade Haristoy Lasserre Pédelaborde
  Soubiran Aubanel Fabregue Malzac Mazars Lancrerot Zébo Démosthène
mil kf: Kayla Billie Joy Mya Ava
mil km: Teo Kaël Sacha Ilan
"""
FACTS = {  # origin -> (weight, INSEE codes of birth countries, birth departments)
    "lorraine": (30, "", "57 57 57 54 55 88"),
    "champ": (16, "", "51 51 10 08 52 55 54"),
    "ital": (10, "127", "57 54"),
    "pol": (7, "122", "57 54"),
    "port": (8, "139", "57 54 51 10"),
    "turk": (7, "208", "57 54 51"),
    "magh": (10, "352 350", "57 54 51 10"),
    "east": (4, "114 111 155 151", "51"),
    "mil": (5, "", "29 22 56 64 40 33 13 83 31 35"),
}
ORIGINS, KIDS = hm.load_pools(POOLS, FACTS)
WEIGHTS = {name: weight for name, (weight, _, _) in FACTS.items()}
WORD_SURNAMES = hm.unique_names("""Charbonnier Verrier Sellier Moineau Maçon Serrurier Ferrier Tonneau
    Lavande Prunier Cerisier Cuvier Laforge Faucon Chêne Bouteille Cellier""")
PARTICLE_SURNAMES = hm.unique_names("""de_Ficquelmont de_Gournay du_Coëtlosquet de_Mahuet de_Lambertye
    de_Ludre du_Hautoy d'Hausen von_Kessel von_Bergheim von_der_Mühlen von_Ehrenfels van_den_Broeck
    Van_Houtte De_Marchi de_Raigecourt de_Vigneulles de_Failly de_Bassompierre de_Lenoncourt d'Haraucourt
    de_Gomer de_Tornaco""")
NICKNAMES = {"f": hm.unique_names("""Lulu Nanou Mimi Zaza Cricri Titine Poupette Sissi Nini Mémette Gigi
                                    Josy Lili Loulou Kiki Mamou Fifi"""),
             "m": hm.unique_names(""" Dédé Gégé Riri Nono Doudou Didi  Lolo Toto Yoyo Nanard Kéké
                                    Popaul Titi Mumu""")}
TITLES = {"f": ("Mme", "Mme", "Madame", "Mme"), "m": ("M.", "M.", "Monsieur", "Mr")}
CARER_ROLES = (("l'auxiliaire de vie", "f"), ("l'aide à domicile", "f"), ("l'infirmière", "f"),
               ("l'infirmier", "m"), ("l'aide-soignante du SSIAD", "f"), ("l'aide-soignant du SSIAD", "m"))
FRENCH = {"lorraine", "champ", "mil"}
SETTLED = {"ital", "pol", "port"}
CARER_ORIGINS = {"lorraine": 3, "champ": 2, "magh": 3, "port": 2, "turk": 1, "east": 1, "ital": 1}


def name_words(name: str) -> set[str]:
    return hm.name_parts(name, PARTICLES)


def lines(block: str) -> list[str]:
    """A word list written one entry a line."""
    return [line.strip() for line in block.strip().splitlines()]


# ---------------------------------------------------------------------------------------------
# Places

TOWNS = [  # (town, postcode, area: phone prefix and streets)
    ("Metz", "57000", "57"), ("Metz", "57070", "57"), ("Montigny-lès-Metz", "57950", "57"),
    ("Woippy", "57140", "57"), ("Forbach", "57600", "57"), ("Stiring-Wendel", "57350", "57"),
    ("Freyming-Merlebach", "57800", "57"), ("Creutzwald", "57150", "57"), ("Hombourg-Haut", "57470", "57"),
    ("Sarreguemines", "57200", "57"), ("Boulay-Moselle", "57220", "57"), ("Bitche", "57230", "57"),
    ("Thionville", "57100", "57t"), ("Yutz", "57970", "57t"), ("Hayange", "57700", "57t"),
    ("Florange", "57190", "57t"), ("Fameck", "57290", "57t"), ("Algrange", "57440", "57t"),
    ("Audun-le-Tiche", "57390", "57t"), ("Sierck-les-Bains", "57480", "57t"), ("Uckange", "57270", "57t"),
    ("Nancy", "54000", "54"), ("Nancy", "54100", "54"), ("Vandœuvre-lès-Nancy", "54500", "54"),
    ("Laxou", "54520", "54"), ("Pont-à-Mousson", "54700", "54"), ("Lunéville", "54300", "54"),
    ("Toul", "54200", "54"), ("Longwy", "54400", "54t"), ("Villerupt", "54190", "54t"),
    ("Jarny", "54800", "54t"), ("Briey", "54150", "54t"), ("Jœuf", "54240", "54t"),
    ("Herserange", "54440", "54t"), ("Verdun", "55100", "55"), ("Thierville-sur-Meuse", "55840", "55"),
    ("Bar-le-Duc", "55000", "55"), ("Étain", "55400", "55"), ("Stenay", "55700", "55"),
    ("Saint-Mihiel", "55300", "55"), ("Commercy", "55200", "55"), ("Épinal", "88000", "88"),
    ("Golbey", "88190", "88"), ("Remiremont", "88200", "88"), ("Gérardmer", "88400", "88"),
    ("Mirecourt", "88500", "88"), ("Rambervillers", "88700", "88"), ("Thaon-les-Vosges", "88150", "88"),
    ("Reims", "51100", "51"), ("Tinqueux", "51430", "51"), ("Épernay", "51200", "51"),
    ("Aÿ-Champagne", "51160", "51"), ("Hautvillers", "51160", "51"), ("Cramant", "51530", "51"),
    ("Avize", "51190", "51"), ("Vertus", "51130", "51"), ("Châlons-en-Champagne", "51000", "51"),
    ("Mourmelon-le-Grand", "51400", "51"), ("Verzenay", "51360", "51"), ("Sézanne", "51120", "51"),
    ("Troyes", "10000", "10"), ("Sainte-Savine", "10300", "10"), ("La Chapelle-Saint-Luc", "10600", "10"),
    ("Bar-sur-Aube", "10200", "10"), ("Bar-sur-Seine", "10110", "10"), ("Les Riceys", "10340", "10"),
    ("Romilly-sur-Seine", "10100", "10"), ("Essoyes", "10360", "10"),
]
LANDLINES = {"57": "0387", "57t": "0382", "54": "0383", "54t": "0382", "55": "0329", "88": "0329",
             "51": "0326", "10": "0325"}
STREETS = {
    "any": lines("""
        rue du Général Leclerc
        rue du Général de Gaulle
        avenue Foch
        boulevard Clemenceau
        rue de la Gare
        rue des Jardins
        chemin du Ruisseau
        allée des Mirabelliers
        impasse des Peupliers
        place de l'Église
        rue Haute
        rue du Stade
        avenue de la Libération
        rue du 8 Mai 1945
        lotissement Les Vergers
        allée des Acacias
        rue des Écoles
        impasse du Lavoir
    """),
    "57": lines("""
        rue du Kirchberg
        rue du Schlossberg
        rue du Weiher
        impasse du Rosenberg
        chemin du Hirschberg
        rue du Bruch
        rue de la Houillère
        cité ouvrière de Habsterdick
        rue des Mineurs
        rue de Sarrelouis
        Grand-Rue
        rue Mazelle
        quai de la Moselle
    """),
    "54": lines("""
        rue du Haut-Fourneau
        cité ouvrière Sainte-Barbe
        rue des Aciéries
        quai de la Bataille
        rue de la Mine
        boulevard d'Austrasie
        rue des Tanneurs
    """),
    "55": lines("""
        rue de la Voie Sacrée
        chemin de la Grande Goutte
        rue des Sapins
        rue du Ballon
        rue de la Schlucht
        rue Saint-Sauveur
    """),
    "51": lines("""
        rue des Crayères
        chemin des Vignes
        allée des Coteaux
        avenue de Champagne
        rue des Remparts
        rue du Barbâtre
    """),
    "10": lines("""
        rue de la Bonneterie
        quai des Comtes de Champagne
        rue des Vignes Basses
        chemin de la Côte des Bar
        rue Émile Zola
    """),
}
RESIDENCES = ("Résidence Les Mirabelles", "Résidence du Parc", "Résidence Les Tilleuls", "Résidence Bellevue",
              "Résidence Le Clos des Vignes", "Résidence Les Hauts de Queuleu", "Résidence Le Haut-du-Lièvre",
              "Résidence Saint-Exupéry")
FLATS = ("bât. B", "bât. C, esc. 2", "appt 14", "3e étage", "esc. A, appt 205", "porte 12",
         "bât. D, 1er étage", "appt 7, 2e étage")
LIEUX_DITS = ("lieu-dit La Grange-aux-Ormes", "lieu-dit Le Haut-Chemin", "ferme de la Neuve-Grange",
              "lieu-dit Les Basses-Vignes", "hameau de Froidmont", "lieu-dit Le Moulin-Bas")
LUX_TOWNS = (("Esch-sur-Alzette", 4001, 4399), ("Luxembourg", 1009, 2999), ("Dudelange", 3401, 3599),
             ("Differdange", 4501, 4699), ("Pétange", 4701, 4799), ("Bertrange", 8001, 8099),
             ("Mondorf-les-Bains", 5601, 5699), ("Schifflange", 3801, 3899))
LUX_STREETS = ("rue de l'Alzette", "boulevard J.F. Kennedy", "rue du Brill", "route de Luxembourg",
               "rue de la Libération", "avenue de la Gare", "rue du Canal",
               "boulevard Grande-Duchesse Charlotte")
MAIL = ("orange.fr", "wanadoo.fr", "free.fr", "laposte.net", "sfr.fr", "gmail.com", "hotmail.fr", "yahoo.fr",
        "outlook.fr", "neuf.fr", "numericable.fr")

# ---------------------------------------------------------------------------------------------
# What is kept

HOSPITALS = {
    "57": ("CHR Metz-Thionville", "hôpital de Mercy", "hôpital Bel-Air", "HIA Legouest",
           "clinique Claude Bernard", "hôpital Marie-Madeleine"),
    "54": ("CHRU de Nancy", "hôpital Central", "hôpital de Brabois", "clinique Louis Pasteur",
           "hôpital Maillot", "centre de réadaptation Florentin"),
    "55": ("CH de Verdun", "CH de Bar-le-Duc", "hôpital Saint-Nicolas"),
    "88": ("CH Émile Durkheim", "hôpital de Remiremont"),
    "51": ("CHU de Reims", "hôpital Robert Debré", "polyclinique Courlancy", "CH Auban-Moët",
           "CH de Châlons"),
    "10": ("CH de Troyes", "clinique de Champagne"),
}
CLUBS = ("FC Metz", "AS Nancy-Lorraine", "Stade de Reims", "ESTAC", "SLUC Nancy", "Metz Handball",
         "Reims Champagne Basket", "judo club de Thionville", "Gamyo d'Épinal", "ASPTT Metz")
MILLS = ("ArcelorMittal Florange", "Saint-Gobain PAM", "Stellantis Trémery", "Solvay Dombasle",
         "Liberty Steel Hayange", "la centrale de Cattenom", "Ascométal Hagondange")
STEELWORKS = ("ArcelorMittal Florange", "Liberty Steel Hayange", "Ascométal Hagondange", "Saarstahl")
VINES = ("Moët & Chandon", "Veuve Clicquot", "Pommery", "Taittinger", "Ruinart", "Lanson", "Bollinger",
         "Piper-Heidsieck", "Drappier", "la coopérative de Vertus")
LUX_EMPLOYERS = ("ArcelorMittal Belval", "Goodyear Colmar-Berg", "Cargolux", "les CFL", "Post Luxembourg",
                 "le CHEM", "la BGL", "Cactus")
BASES = ("1er RHC de Phalsbourg", "BA 133 Nancy-Ochey", "501e RCC de Mourmelon", "camp de Suippes",
         "16e BC de Bitche", "1er RCh de Thierville", "BA 113 de Saint-Dizier")
MUTUELLES = ("Harmonie Mutuelle", "MGEN", "Unéo", "la MNH", "Malakoff Humanis", "AG2R", "la SMI", "MNT",
             "Intériale", "la MGC")
CLINICAL = ("maladie de Dupuytren", "maladie de Parkinson", "syndrome de Guillain-Barré",
            "maladie de Scheuermann", "ténosynovite de De Quervain", "fracture de Pouteau-Colles",
            "algodystrophie", "lombalgie chronique", "cervicalgie", "capsulite rétractile",
            "rupture de la coiffe des rotateurs", "PTG droite", "PTH gauche", "ligamentoplastie du LCA",
            "hernie discale L5-S1", "gonarthrose", "entorse de la cheville", "épicondylite",
            "hallux valgus opéré", "rééducation post-AVC", "BPCO", "sclérose en plaques",
            "spondylarthrite ankylosante", "méniscectomie", "fracture du poignet", "lombosciatique",
            "drainage lymphatique", "tendinite d'Achille", "syndrome de Sudeck")
WEEKDAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi")
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
JULY = [day for day in (dt.date(2027, 7, d) for d in range(1, 32)) if day.weekday() < 6]


def with_article(name: str, preposition: str) -> str:
    """`de` or `à` and the article a kept place name takes: du CHR, de la clinique, à l'hôpital."""
    article = "l'" if name[0] in "aeéhioHu" else "la " if "clinique" in name.split()[0] else "le "
    contracted = {("de", "le "): "du ", ("à", "le "): "au "}
    joined = contracted.get((preposition, article), f"{preposition} {article}")
    return f"{joined}{keep(name)}"


def day_number(day: dt.date) -> str:
    return "1er" if day.day == 1 else str(day.day)


def clock(rng: random.Random) -> str:
    return f"{rng.randint(8, 19)}h{rng.choice(['', '', '15', '30', '45', '00'])}"


def slot_text(rng: random.Random) -> str:
    """An appointment as a secretary types it, with no year: it must not pass for a birth date."""
    day = rng.choice(JULY)
    name = WEEKDAYS[day.weekday()]
    return rng.choice([f"{name} {clock(rng)}", f"{name} {day_number(day)} à {clock(rng)}",
                       f"{day:%d/%m} à {clock(rng)}", f"{name} {day_number(day)} juillet", f"{name} matin",
                       f"{name} à {clock(rng)}"])


def full_slot(rng: random.Random) -> str:
    day = rng.choice(JULY)
    name = WEEKDAYS[day.weekday()]
    minutes = rng.choice(["00", "15", "30", "45"])
    return rng.choice([f"{name} {day_number(day)} juillet à {clock(rng)}",
                       f"{name[:3]}. {day.day} juil. {rng.randint(8, 19):02d}:{minutes}"])


def stamp_text(rng: random.Random) -> str:
    """When a message came in, kept: a separator other than a space or a dot stands before the time,
    so that no run of six digits forms."""
    day = rng.choice(JULY[:10])
    hour, minute = rng.randint(7, 20), rng.randint(0, 59)
    written = f"{WEEKDAYS[day.weekday()]} {day_number(day)} juillet, {hour}h{minute:02d}"
    return rng.choice([f"{day:%d/%m/%Y} à {hour:02d}:{minute:02d}", written,
                       f"{day:%d/%m} {hour}h{minute:02d}"])


# ---------------------------------------------------------------------------------------------
# Identifiers


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choices(string.digits, k=count))


def french_phone(rng: random.Random, prefix: str) -> str:
    number = prefix + digits(rng, 10 - len(prefix))
    pairs = [number[i:i + 2] for i in range(0, 10, 2)]
    style = rng.choice([0, 0, 0, 0, 1, 1, 2, 3, 4, 4, 5, 6, 7])
    if style < 4:
        return (" ", ".", "-", "")[style].join(pairs)
    rest = " ".join([number[1], *pairs[1:]])
    return (f"+33 {rest}", f"+33 (0){rest}", f"0033 {rest}", f"+33{number[1:]}")[style - 4]


def lux_phone(rng: random.Random) -> str:
    if rng.random() < 0.3:
        number = rng.choice("2345") + digits(rng, 7)
        return rng.choice([f"+352 {number[:2]} {number[2:4]} {number[4:6]} {number[6:]}", f"00352 {number}"])
    number = f"6{rng.choice('2569')}1{digits(rng, 6)}"
    return rng.choice([f"+352 {number[:3]} {number[3:6]} {number[6:]}",
                       f"00352 {number[:3]} {number[3:6]} {number[6:]}",
                       f"(+352) {number[:3]}-{number[3:6]}-{number[6:]}", f"+352{number}",
                       f"+352 {number[:3]} {number[3:5]} {number[5:7]} {number[7:]}"])


def nir_body(rng: random.Random, p: Person) -> tuple[str, bool]:
    """The thirteen digits of a NIR, and whether they say born abroad (department 99)."""
    codes = p.origin.abroad.split()
    abroad = bool(codes) and (p.origin.name == "east" or rng.random() < (0.6 if p.born.year < 1975 else 0.12))
    commune = f"{rng.choice(p.origin.departments)}{rng.randint(1, 620):03d}"
    place = f"99{rng.choice(codes)}" if abroad else commune
    sex = "2" if p.sex == "f" else "1"
    return f"{sex}{p.born:%y%m}{place}{rng.randint(1, 999):03d}", abroad


def nir_text(rng: random.Random, body: str, key: int) -> str:
    parts = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13]]
    return rng.choice([f"{' '.join(parts)} {key:02d}", f"{body}{key:02d}", f"{body} {key:02d}",
                       f"{' '.join(parts)} / {key:02d}", ".".join([*parts, f"{key:02d}"])])


def date_text(rng: random.Random, day: dt.date) -> str:
    written = f"{day_number(day)} {MONTHS[day.month - 1]} {day.year}"
    return rng.choice([f"{day:%d/%m/%Y}", f"{day:%d.%m.%y}", written, f"{day:%d-%m-%Y}", f"{day:%d/%m/%y}",
                       f"{day:%d.%m.%Y}", f"{day.day}/{day.month}/{day.year}", f"{day:%Y-%m-%d}"])


def plain(text: str) -> str:
    """A name as the local part of an e-mail address holds it."""
    return re.sub(r"[^a-z]", "", hm.fold(text))


def email_text(rng: random.Random, p: Person, domains: tuple[str, ...]) -> str:
    given, surname = plain(p.given), plain(p.surname)
    local = rng.choice([f"{given}.{surname}", f"{given[0]}.{surname}{rng.randint(1, 99)}",
                        f"{surname}.{given}", f"{given}{surname[0]}{p.born:%y}", f"{surname}{given[0]}",
                        f"famille.{surname}", f"{given}_{surname}{rng.choice(['57', '54', '51', '88'])}"])
    return f"{local}@{rng.choice(domains)}"


def street_address(rng: random.Random, home: tuple[str, str, str]) -> tuple[str, str]:
    """A French address typed in one run, and how it opens."""
    town, postcode, area = home
    street = rng.choice(STREETS["any"] + STREETS.get(area[:2], []))
    number = f"{rng.randint(1, 148)}{rng.choice(['', '', '', '', ' bis', ' ter', 'bis', ' B'])}"
    place = f"{postcode} {town if rng.random() < 0.8 else town.upper()}"
    style = rng.choice(["street"] * 8 + ["residence", "flat", "comma"] * 2 + ["lieu-dit", "bp"])
    return {"street": f"{number} {street}, {place}",
            "residence": f"{rng.choice(RESIDENCES)}, {rng.choice(FLATS)}, {number} {street}, {place}",
            "flat": f"{number} {street}, {rng.choice(FLATS)}, {place}",
            "lieu-dit": f"{rng.choice(LIEUX_DITS)}, {place}",
            "comma": f"{number}, {street} {place}",
            "bp": f"{number} {street}, BP {rng.randint(2, 90)}, {place}"}[style], style


def lux_address(rng: random.Random) -> str:
    town, low, high = rng.choice(LUX_TOWNS)
    return f"{rng.randint(1, 120)}, {rng.choice(LUX_STREETS)}, L-{rng.randint(low, high)} {town}"


def mutuelle_number(rng: random.Random) -> str:
    return rng.choice([digits(rng, 8), f"{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)}",
                       f"{rng.choice(['HM', 'MG', 'UN', 'AG'])} {digits(rng, 4)} {digits(rng, 4)}",
                       digits(rng, 10), f"MUT-{rng.choice(['57', '54', '51'])}-{digits(rng, 7)}"])


def file_number(rng: random.Random) -> str:
    return rng.choice([f"K27-{digits(rng, 5)}", digits(rng, 7), f"2027-{digits(rng, 5)}",
                       f"DOS{digits(rng, 7)}", f"{digits(rng, 2)}/{digits(rng, 6)}"])


def booking_number(rng: random.Random) -> str:
    letters = "".join(rng.choices(string.ascii_uppercase + string.digits, k=6))
    return rng.choice([f"RDV-{letters}", f"#{digits(rng, 8)}", f"{letters[:3]}{digits(rng, 5)}"])


def accident_number(rng: random.Random) -> str:
    return rng.choice([digits(rng, 10), f"AT-2027-{digits(rng, 6)}",
                       f"57 27 {digits(rng, 4)} {digits(rng, 4)}",
                       f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}"])


def defence_number(rng: random.Random) -> str:
    number = digits(rng, 10)
    return rng.choice([number, f"{number[:2]} {number[2:6]} {number[6:]}"])


def cns_number(rng: random.Random, p: Person) -> str:
    """A Luxembourg social-security number: the birth date, then five digits."""
    tail = digits(rng, 5)
    return rng.choice([f"{p.born:%Y%m%d}{tail}", f"{p.born:%Y %m%d} {tail[:3]} {tail[3:]}"])


# ---------------------------------------------------------------------------------------------
# Scenes and templates: [..] is kept, {..} is filled by the Writer


@dataclass(frozen=True)
class Scene:
    name: str
    weight: int
    ages: tuple[int, int]
    kin: tuple[tuple[str, str, bool], ...]
    text: str
    origins: tuple[tuple[str, int], ...] = ()
    domains: tuple[str, ...] = MAIL
    areas: tuple[str, ...] = ()  # where the patient lives, when not anywhere


KIN_OLD = (("fille", "f", False), ("fils", "m", True), ("belle-fille", "f", False), ("gendre", "m", False),
           ("épouse", "f", True), ("mari", "m", True), ("nièce", "f", False), ("petite-fille", "f", True),
           ("petit-fils", "m", True), ("sœur", "f", False), ("neveu", "m", True))
KIN_ADULT = (("épouse", "f", True), ("mari", "m", True), ("compagne", "f", False), ("compagnon", "m", False),
             ("sœur", "f", False), ("frère", "m", True), ("mère", "f", True), ("père", "m", True))
KIN_CHILD = (("mère", "f", True), ("père", "m", True), ("mère", "f", False), ("grand-mère", "f", False),
             ("grand-père", "m", True))
KIN_OFFSET = {"fille": (-38, -22), "fils": (-38, -22), "belle-fille": (-38, -22), "gendre": (-38, -22),
              "épouse": (-6, 6), "mari": (-6, 6), "compagne": (-6, 6), "compagnon": (-6, 6),
              "nièce": (-35, -15),
              "neveu": (-35, -15), "petite-fille": (-60, -45), "petit-fils": (-60, -45), "sœur": (-8, 8),
              "frère": (-8, 8), "mère": (22, 38), "père": (22, 40), "grand-mère": (48, 62),
              "grand-père": (48, 64)}
SPOUSES = {"épouse", "mari", "compagne", "compagnon"}
STEEL = (("lorraine", 3), ("ital", 2), ("pol", 1), ("turk", 2), ("magh", 2), ("port", 2))
VINEYARD = (("east", 6), ("pol", 1), ("champ", 3), ("magh", 1), ("port", 2))

SCENES = (
    Scene("answering machine", 11, (20, 92), KIN_OLD + KIN_ADULT, """
Répondeur {stamp} : « Oui bonjour c'est {p}, je vous appelle pour le rendez-vous de {slot}, je pourrai
 pas venir, vous pouvez me rappeler au {tel} ? Merci, au revoir. »
Msg répondeur {stamp} — {p} ({age}) dmde un rdv pr {clin}, sort {hosp_de} en fin de semaine. Rappeler au
 {tel}.
Répondeur : c'est {r} qui appelle pour {pt}, hospitalisé{e} {hosp_a} depuis dimanche, donc pas de séance
 {slot}. Rappeler {rg} au {tel2}.
Répondeur, voix d'une personne âgée : « c'est {p}, pour la séance à domicile, le code de la porte a changé,
 c'est au {addr}, rappelez-moi au {tel} ». Code pas laissé, à redemander.
Répondeur {stamp} : {p} annule {slot} ({clin}, bloqué{e} au lit). Souhaite un créneau {slot2}. Tél {tel}.
Répondeur : {pt}, frontal{iere}, ne peut venir qu'après 18h, propose {slot}. Joignable la journée au
 {luxtel}.
Msg laissé à 12h40 : « Allô, oui, c'est {pf}, {ddn}, je voulais savoir si l'ordonnance est arrivée. » Pas
 de n° laissé, rappeler au {tel} (fiche).
Répondeur (msg coupé) : « ...ici {pn}, je rappellerai... » — n° affiché {tel}.
Répondeur {stamp} : « bonjour c'est {pf}, vous m'avez demandé mon numéro de sécu, c'est le {nir}, voilà,
 merci. »
"""),
    Scene("online booking", 9, (18, 80), KIN_ADULT, """
Réservation en ligne — nouveau rendez-vous\\nPatient : {p}\\nDate de naissance : {ddnd}\\nTéléphone : {tel}
 \\nE-mail : {email}\\nMotif : {clin}\\nCréneau : {fslot}\\nRéférence : {book}
Export agenda en ligne du {stamp}\\n{book} | {p} | {tel} | {fslot} | 1re séance | ordo à apporter
Résa internet : {p}, {email}, {tel}, motif « {clin} », {fslot}. Commentaire : « je viens de la part de ma
 voisine ».
Notification plateforme : {p} a annulé le rdv du {fslot} (réf. {book}). Motif saisi : « empêchement
 professionnel ».
Demande via le site : {p}, {ddn}, {addr}, tél {tel}. Séances à domicile demandées ({clin}). À valider.
Prise de rdv en ligne : {pf} ({email}) — {fslot} — nouveau patient, mutuelle {mutname} n° {mut}.
Liste d'attente en ligne : {p}, dispo {slot} ou {slot2}, portable {tel}, réf. {book}.
"""),
    Scene("forwarded e-mail", 9, (45, 92), KIN_OLD, """
TR : demande de rendez-vous\\nDe : {email}\\nEnvoyé : {stamp}\\nBonjour, je suis {p}, j'ai une ordonnance de
 10 séances pour {clin}. Je suis disponible {slot} ou {slot2}. Mon numéro : {tel}. Cordialement, {pf}
Mail transféré — {rd} de {pt} ({rg}, {email2}) : sortie {hosp_de} prévue {slot}, besoin de kiné à
 domicile au {addr}. Joignable au {tel2}.
Fwd: attestation\\nDe : {email}\\nBonjour, pourriez-vous m'envoyer une attestation de présence pour mon
 employeur ({mill}) ? Séances de juin. Merci. {pf}, n° sécu {nir}
E-mail de la mutuelle {mutname} : prise en charge accordée pour {pt}, adhérent n° {mut}, dossier {doss}.
 À classer.
Mail reçu {stamp} de {email} : « Bonjour, je souhaiterais décaler ma séance de {slot}, je suis de garde.
 Bien à vous, {pf} » — répondu : ok pour {slot2}.
De : {email2}\\nObjet : kiné à domicile\\nBonjour, je vous écris pour {pt} ({ddn}), dont je suis {rd}.
 Une [chute] la semaine dernière, le mt a prescrit de la kiné. Adresse : {addr}. Merci de me rappeler
 au {tel2}. {rg}
"""),
    Scene("text message", 8, (16, 80), KIN_ADULT, """
SMS du {tel} : « Bjr c {pg} {pn}, je serai en retard de 10 min pr {slot} dsl »
SMS reçu {stamp} : « bonjour, rdv de {slot} ok pour moi. {pf} »
SMS de {r}, au {tel2}, pour {pt} : « {pg} ne pourra pas venir {slot}, fièvre depuis hier. Merci de
 rappeler. »
SMS {luxtel} : « Hello c {pg}, coincé{e} sur l'A31 à la frontière, j'arrive pr 18h45 » — {pt}, séance de
 {slot}.
Texto de {p} ({tel}) : dmde si on peut décaler {slot} à {slot2}, {il} bosse de nuit chez {mill}.
SMS envoyé à {p} au {tel} : rappel rdv {slot}, penser à la CV et à l'ordo.
"""),
    Scene("home visit", 9, (70, 98), KIN_OLD, """
Visite à domicile {slot} : {p}, {addr}. Si pas de réponse, sonner chez {n}. Boîte à clés, code donné par
 {r}.
Domicile — {pt}, {age}, {clin}. Adresse : {addr}. Tél fixe {fixe}. Passage de {ck} ({cg}) le matin,
 éviter avant 10h.
Nouvelle PEC à domicile : {p}, {ddn}, {addr}. Contact : {r}, {tel2}. Ordo pour {clin}, 2x/sem.
Dossier domicile : {p}, n° SS {nir}, {addr}. Clés chez {n}.
DOMICILE {slot} — {p}, {addr}, 2e étage ss ascenseur. Prévoir le [déambulateur]. Présence de {cr}.
Séance à domicile annulée {slot} : {pt} hospitalisé{e} {hosp_a} ([chute], suspicion de [fracture du
 col]). Info donnée par {n}.
Domicile : {p} ne répond plus au {tel} depuis 2 jours, {r} prévenu(e) au {tel2}. Passer quand même {slot}.
"""),
    Scene("relative or carer calling", 10, (60, 98), KIN_OLD, """
Appel de {r} pour {pt} : veut savoir si la kiné continue pendant les vacances d'août. Joignable au
 {tel2}, sinon par mail {email2}.
Appel de {cr} pour {pt} : les transferts lit-fauteuil sont plus difficiles depuis une semaine. Demande un
 créneau {slot}. Rappeler au {tel2}.
Appel de la tutrice (UDAF) pour {p}, {ddn}, curatelle renforcée : factures à adresser au service, dossier
 {doss}, NIR {nir}.
Appel : {rd} de {pt} ({rg}) signale que {pg} est sorti{e} {hosp_de}, besoin de [kiné respiratoire].
 Adresse : {addr}. Rappeler au {tel2}.
Appel {stamp} — {rd} de {pt} ({rt}) conteste la facture de juin, dit que la mutuelle ({mutname}, n° {mut})
 devait tout prendre. Voir compta.
Voisinage : {n} appelle, {pt} n'a pas ouvert ce matin. Prévenu {r} au {tel2}.
Appel de {r} : {pt}, né{e} en {year}, refuse les séances, « trop fatigué{e} ». On garde {slot} pour
 l'instant. N° de {rg} : {tel2}.
"""),
    Scene("prescription", 8, (18, 90), KIN_OLD + KIN_ADULT, """
Ordo reçue par mail ({email}) pour {p} : 15 séances de {clin}, au cabinet. CV : {nir}.
Ordonnance déposée par {r} pour {pt} ({ddn}) : {clin}, 20 séances. Rdv donné {slot}.
Ordo du chirurgien ({hosp}) pour {p} : {clin}, protocole joint. NIR {nir}. Tél {tel}.
Ordo de {pt} datée de plus d'un an, le mt doit en refaire une. Prévenu{e} par tél au {tel}.
Renouvellement ordo : {p} ({ddn}) — {clin} — à demander au mt. Patient{e} joignable au {tel}.
Ordo scannée : {pf}, {ddnd}, {clin}, 10 séances, à domicile : non.
"""),
    Scene("tiers payant", 7, (18, 90), KIN_OLD + KIN_ADULT, """
Tiers payant : {p}, NIR {nir}, mutuelle {mutname} n° adhérent {mut}. Attestation à scanner.
Rejet TP pour {pt} : n° {mut} inconnu chez {mutname}. Rappeler au {tel} pour la nouvelle carte.
Facture {doss} — {p}, {addr}. Part AMC ({mutname}) : 12,40 €. Reste à charge 0.
C2S : {p}, {nir}, droits jusqu'au 31/12. Pas d'avance de frais.
PEC ALD ({clin}) pour {p}, {ddn}. Attestation {mutname} n° {mut}.
Attestation de droits reçue pour {pt} : NIR {nir}, {ddn}, AMC {mutname} n° {mut}.
"""),
    Scene("sport or school paper", 7, (8, 17), KIN_CHILD, """
Appel de {r} pour {p} ({age}) : [entorse de la cheville] à l'entraînement ({club}), certificat de
 reprise à faire. Rdv {slot}. Tél {tel2}.
Dispense d'EPS pour {p} ([maladie d'Osgood-Schlatter]) : papier à récupérer {slot} par {rk} ({rg}).
 Mail : {email2}.
Licence {club} : {p}, {ddn}, certificat pour le club — rappeler {r} au {tel2}.
Mail de {email2} : « Bonjour, je suis {rt}, {rd} de {pg} ({age}), qui s'est fait mal à l'épaule à
 l'entraînement ({club}). Un créneau {slot} serait possible ? »
Certificat scolaire : {p}, [scoliose] suivie {hosp_a}, séances le mercredi. Famille : {r} et {par}.
Appel de {r} : {pg} et {kid} (même club, {club}) ont tous les deux mal aux genoux, rdv {slot} et {slot2}.
"""),
    Scene("student", 4, (18, 26), KIN_CHILD, """
Étudiant{e} en STAPS à Nancy, {p}, {ddn}, [tendinopathie rotulienne]. Adresse étudiante : {addr}. Tél
 {tel}.
Étudiant{e} à la fac de Reims, {p} ({email}), dispo seulement {slot} ou {slot2}. Ordo pour [entorse du
 genou].
Appel de {r} pour {pt}, étudiant{e} à Nancy, rentré{e} pour l'été : [lombalgie], rdv {slot}. Tél {tel2}.
Colocation étudiante : {p}, {addr}, [tendinite d'Achille], séances le soir. Portable {tel}.
""", domains=("etu.univ-lorraine.fr", "etudiant.univ-reims.fr", "gmail.com")),
    Scene("work accident, industry", 5, (19, 62), KIN_ADULT, """
Accident du travail : {p}, cariste chez {mill}, [entorse du genou] le 2 juillet. N° AT {at}. Tél {tel}.
AT — {pt}, aciérie ({steel}), [brûlure de la main] et raideur du poignet, 3x/sem. Réf. employeur {doss},
 n° AT CPAM {at}.
Suite AT : {p}, intérimaire chez {mill}, [syndrome du canal carpien]. {ddn}. N° sinistre {at}.
AT : {p}, né{e} en {year}, s'est coincé la main dans un laminoir ({steel}). Feuille AT {at}, {addr}.
""", origins=STEEL, areas=("57", "54")),
    Scene("work accident, vineyard", 4, (19, 62), KIN_ADULT, """
AT palissage : {p}, saisonn{iere} chez {vine}, [lombalgie aiguë] en portant des piquets. Feuille AT n°
 {at}. Logé{e} au {addr}. Tél {tel}.
Déclaration AT de {p} ({nir}) : chute d'un escabeau dans la cuverie ({vine}). RH au {tel2}.
AT trajet : {pt}, accident de scooter en allant chez {vine}, [fracture du poignet]. Feuille d'AT ({at}) et
 ordo apportées par {r}. Rdv {slot}.
AT relevage : {p}, ouvr{iere} viticole ({vine}), [tendinite de l'épaule]. N° AT {at}. Portable {tel}.
""", origins=VINEYARD, areas=("51", "10")),
    Scene("frontalier", 6, (25, 60), KIN_ADULT, """
Frontal{iere} : {p}, travaille à Esch ({lux}), affilié{e} CNS, matricule {cns}. Formulaire S1 à vérifier.
 Portable lux {luxtel}.
{pt} — domicile {addr}, employeur au Luxembourg, rdv uniquement {slot} ou le samedi. Tél {luxtel} /
 {tel}.
Patient{e} frontal{iere} {p}, adresse du travail {luxaddr}, préfère être contacté{e} par mail ({email}).
Appel de {p} ({luxtel}) : bouchons sur l'A31, arrivera en retard {slot}.
Facture pour remboursement CNS : {p}, matricule {cns}, {luxaddr}.
Appel de {r}, au {luxtel} : {pt} s'est fait une [entorse] au travail chez {lux}, accident déclaré côté
 luxembourgeois, dossier {at}.
""", origins=(("lorraine", 4), ("ital", 2), ("port", 2), ("champ", 1), ("magh", 1), ("turk", 1), ("pol", 1)),
          areas=("57t", "54t", "57"),
          domains=("pt.lu", "tango.lu", "gmail.com", "orange.fr")),
    Scene("military", 6, (19, 50), KIN_ADULT, """
{p}, militaire au {base}, [entorse de la cheville] en course d'orientation. Identifiant défense {mil}.
 Joignable au {tel}.
Appel de {r} : {pt} est en mission jusqu'à fin août, tous les rdv sont décalés. Mail : {email2}.
Militaire ({base}) : {p}, {ddn}, mutuelle {mutname} n° {mut}, [rééducation de l'épaule] après
 [luxation]. Adresse : {addr}.
Mail {email} : {pt} ({base}) demande une attestation de séances pour le service de santé des armées
 (dossier {doss}).
Appel du secrétariat du {base} : {p} (matricule {mil}) reprend le sport, certificat à faire {slot}.
""", origins=(("mil", 8), ("lorraine", 2), ("champ", 2), ("magh", 1), ("port", 1)),
          domains=("intradef.gouv.fr", "gmail.com", "orange.fr")),
    Scene("long rambling note", 7, (72, 98), KIN_OLD, """
Long appel de {r} au sujet de {pt} ({age}). Résumé : depuis la sortie {hosp_de}, {pg} refuse le
 [déambulateur] ; {cr} passe 2x/jour ; {n} l'a trouvé{e} par terre dimanche. {rg} voudrait des séances à
 domicile 3x/sem. Adresse : {addr}. Rappeler {rg} au {tel2} après 18h, sinon {kidk} {kid} au {tel3}.
Appel compliqué : {p} ({ddn}) appelle, puis {r} reprend le téléphone. Ils demandent si {cr} peut rester
 pendant les séances, {pg} a peur de tomber depuis la [PTH]. L'ordo sera déposée {slot} par {kidk} {kid}.
 Tél maison {fixe}.
Note pour la tournée : chez {pt}, {addr}, c'est compliqué : {rk} ({rg}) et {kidk} {kidg} ne sont pas
 d'accord sur les séances. {rg} veut arrêter, {kidg} veut continuer. Selon {cr}, {pg} marche mieux.
 On maintient {slot}, rappeler {rg} au {tel2}.
Famille {pn} : appels de {rg} ({tel2}), puis {n}, puis {cr}. Tous pour la même chose : décaler {slot}
 à {slot2} à cause d'une [consultation] {hosp_a}. Noté.
Retour de séance : {pt} fatigué{e}, [dyspnée] à l'effort. Présence de {r}, qui s'inquiète ; {n} passe
 tous les soirs. À signaler au mt. Prochaine séance {slot}. Fixe {fixe}.
"""),
    Scene("front desk", 6, (18, 90), KIN_OLD + KIN_ADULT, """
Carte vitale oubliée au cabinet : {pf}. Prévenu{e} au {tel}.
Béquilles prêtées à {p}, {addr}. À rendre {slot}.
Paiement en retard : {pt}, facture {doss}, relance envoyée à {email}.
Parapluie oublié en salle d'attente, sans doute {pt} (séance de {slot}), laisser un msg au {tel}.
Changement d'adresse : {p} habite désormais {addr}. Tél inchangé.
Changement de n° : {p}, nouveau portable {tel}.
"""),
)
BARE_SCENES = (
    Scene("no identifier", 1, (30, 70), KIN_ADULT, """
Annulation par SMS du rdv de {slot}, numéro masqué, sans nom. Créneau libéré.
Appel d'une dame pour connaître les horaires d'été, ne laisse pas son nom. Rappellera.
Répondeur : msg inaudible, numéro masqué. Rien à faire.
Coupure de courant ce matin, séances de {slot} décalées à {slot2}. Prévenir les patients concernés.
Démarchage téléphonique (logiciel de facturation), pas intéressés.
Demande de renseignements sur la [rééducation périnéale], une patiente qui préfère rappeler plus tard.
Cabinet fermé le 14 juillet, pas de séances ce jour-là.
Commande de bandes de [taping] et de gel passée, livraison prévue {slot}.
Un monsieur est passé déposer une ordo pour [rééducation de l'épaule] puis l'a reprise, reviendra {slot}.
Stagiaire de l'[IFMK de Nancy] : début du stage {slot}, accueil à 8h.
Table de [Bobath] en panne, technicien prévu {slot}.
Réunion d'équipe {slot} : planning d'août et remplacements.
Appel de la CPAM (plateforme) pour une question générale sur la facturation, aucun dossier cité.
Bassin de [balnéo] fermé pour vidange jusqu'à {slot}, séances remplacées par des séances à sec.
Le mt d'un patient a appelé, ne sait plus pour quel patient, rappellera.
SMS d'un numéro inconnu : « c qui ? » — pas de réponse.
Colis de la centrale d'achat déposé chez le voisin du cabinet, à récupérer.
"""),
)
BY_TEXT = {scene.text: scene for scene in SCENES + BARE_SCENES}
STAFF_LINES = hm.templates("""
— {staff}
Msg pris par {staff}.
Transmis à {staff}.
{staff} rappelle.
Vu avec {staff} : ok.
(note de {staff})
Pour {staff}.
Pris par {staff} à l'accueil.
À voir avec {staff}.
""")
PATIENT_NAMED = ("{p}", "{pt}", "{pf}", "{pn}")
HARD_MODES = {  # a harder name form -> the placeholders a template needs for it (none: a line is added)
    "lower-case name": PATIENT_NAMED,
    "surname first": ("{p}", "{pf}"),
    "surname after a verb": (),
    "relative by nickname": (),
    "ordinary word as surname": PATIENT_NAMED,
    "particle in surname": PATIENT_NAMED,
    "double surname": PATIENT_NAMED,
    "typo in surname": PATIENT_NAMED,
    "name in brackets": ("{p}",),
}
HARD_LINES = {
    "surname after a verb": lines("""
        Rappeler {pn} avant {slot2}.
        Prévenir {pn} que l'ordo est prête.
        Vu {pn} en salle d'attente, confirme {slot2}.
        Relancer {pn} pour le règlement.
    """),
    "relative by nickname": lines("""
        Rappel prévu par {rk}, {rg}.
        À noter : {rk} se fait appeler {rg} par tout le monde.
        C'est {rg} ({rk}) qui passera chercher l'ordo.
    """),
}


# ---------------------------------------------------------------------------------------------
# People


def birthday(rng: random.Random, years: int) -> dt.date:
    """A birth date that makes someone `years` old on TODAY."""
    latest = TODAY.replace(year=TODAY.year - years)
    return latest - dt.timedelta(days=rng.randint(0, 364))


def given_name(rng: random.Random, origin: Origin, sex: str, years: int) -> str:
    """A given name that fits the age: the old Lorraine names for the French born before 1972, the
    young French ones after, and often for the grandchildren of the mines and steelworks."""
    kids = KIDS[(origin.name, sex)]
    if years < 18 and kids:
        return rng.choice(kids)
    if origin.name in FRENCH or (origin.name in SETTLED and years < 40 and rng.random() < 0.6):
        origin = ORIGINS["lorraine" if years >= 55 else "mil" if origin.name == "mil" else "champ"]
    return rng.choice(origin.given_f if sex == "f" else origin.given_m)


def surname_for(rng: random.Random, origin: Origin, mode: str) -> str:
    if mode == "ordinary word as surname":
        return rng.choice(WORD_SURNAMES)
    if mode == "particle in surname":
        return rng.choice(PARTICLE_SURNAMES)
    if mode == "double surname":
        first, second = rng.sample(origin.surnames, 2)
        return f"{first} {second}" if origin.name == "port" else f"{first}-{second}"
    if mode == "typo in surname":
        return rng.choice([s for s in origin.surnames if len(s) > 5 and " " not in s])
    return rng.choice(origin.surnames)


def person(rng: random.Random, origin: Origin, sex: str, years: int, surname: str) -> Person:
    years = max(years, 6)
    if origin.name == "east":
        surname = hm.slavic_form(surname, sex)
    return Person(given_name(rng, origin, sex, years), surname, sex, origin, birthday(rng, years))


def stranger(rng: random.Random, weights: dict[str, int], sex: str, years: int) -> Person:
    origin = ORIGINS[hm.pick(rng, weights)]
    return person(rng, origin, sex, years, rng.choice(origin.surnames))


def plausible(kin: tuple[str, str, bool], sex: str, years: int) -> bool:
    """Whether someone of `sex` and `years` can have this relative: a spouse of the other sex, a
    relative of sixteen to ninety-five."""
    low, high = KIN_OFFSET[kin[0]]
    return (kin[0] not in SPOUSES or kin[1] != sex) and years + high >= 16 and years + low <= 95


def make_cast(rng: random.Random, scene: Scene, mode: str) -> Cast:
    origin = ORIGINS[hm.pick(rng, dict(scene.origins) or WEIGHTS)]
    sex = rng.choice("fm")
    years = rng.randint(*scene.ages)
    patient = person(rng, origin, sex, years, surname_for(rng, origin, mode))
    kin = rng.choice([k for k in scene.kin if plausible(k, sex, years)])
    kin_years = min(max(years + rng.randint(*KIN_OFFSET[kin[0]]), 16), 99)
    relative = (person(rng, origin, kin[1], kin_years, patient.surname) if kin[2]
                else stranger(rng, WEIGHTS if rng.random() < 0.3 else {origin.name: 1}, kin[1], kin_years))
    role, carer_sex = rng.choice(CARER_ROLES)
    carer = stranger(rng, CARER_ORIGINS, carer_sex, rng.randint(24, 60))
    kid = person(rng, origin, rng.choice("fm"), rng.randint(10, 24), patient.surname)
    while kid.given == patient.given:
        kid = person(rng, origin, kid.sex, rng.randint(10, 24), patient.surname)
    parent = person(rng, origin, "m" if kin[1] == "f" else "f", min(years + rng.randint(24, 38), 99),
                    patient.surname)
    return Cast(patient, relative, kin, carer, role, kid, parent)


# ---------------------------------------------------------------------------------------------
# The Writer: one note's placeholders


MEMO = {"tel", "fixe", "tel2", "tel3", "luxtel", "nir", "email", "email2", "addr", "luxaddr", "mut", "doss",
        "book", "at", "mil", "cns", "nick", "maiden"}


class Writer(hm.SlotPlaceholders):
    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random, cast: Cast, scene: Scene, mode: str, flags: set[str]) -> None:
        self.rng, self.c, self.scene, self.mode, self.flags = rng, cast, scene, mode, flags
        self.home = rng.choice([town for town in TOWNS if not scene.areas or town[2] in scene.areas])
        self.neighbour = stranger(rng, WEIGHTS, rng.choice("fm"), rng.randint(35, 85))
        self.memo: dict[str, str] = {}
        self.slipped = False

    def fill(self, template: str) -> str:
        text = hm.kept(template).replace("\\n", "\n")
        return re.sub(r"\{(\w+)\}", lambda m: self.value(m.group(1)), text)

    def value(self, key: str) -> str:
        if key not in MEMO:
            return getattr(self, key)()
        if key not in self.memo:
            self.memo[key] = getattr(self, key)()
        return self.memo[key]

    # names --------------------------------------------------------------------------------------

    def title(self, p: Person) -> str:
        return self.rng.choice(TITLES[p.sex])

    def shown(self, text: str) -> str:
        return text.lower() if self.mode == "lower-case name" else text

    def surname(self) -> str:
        """The patient's surname as this mention types it: the first mention of a typo note slips."""
        if self.mode == "typo in surname" and not self.slipped:
            self.slipped = True
            return hm.slip(self.c.patient.surname, self.rng)
        return self.shown(self.c.patient.surname)

    def minor(self) -> bool:
        return hm.age(self.c.patient, TODAY) < 18

    def p(self) -> str:
        patient = self.c.patient
        given, title = self.shown(patient.given), self.title(patient)
        if self.mode == "surname first":
            surname = self.surname()
            return nom(f"{self.rng.choice([surname, surname.upper()])} {given}")
        if self.mode == "name in brackets":
            if patient.sex == "f" and hm.age(patient, TODAY) >= 30:
                return f"{title} {nom(self.surname())} (née {nom(self.value('maiden'))})"
            return f"{nom(self.surname())} ({nom(given)})"
        form = self.rng.randrange(4)
        surname = self.surname()
        if form == 3 and self.mode != "lower-case name":
            surname = surname.upper()
        if self.minor():
            return nom(f"{given} {surname}")
        return (f"{title} {nom(surname)}", nom(f"{given} {surname}"), f"{title} {nom(f'{given} {surname}')}",
                f"{title} {nom(surname)}")[form]

    def pt(self) -> str:
        if self.minor():
            return nom(f"{self.shown(self.c.patient.given)} {self.surname()}")
        return f"{self.title(self.c.patient)} {nom(self.surname())}"

    def pf(self) -> str:
        given, surname = self.shown(self.c.patient.given), self.surname()
        return nom(f"{surname} {given}" if self.mode == "surname first" else f"{given} {surname}")

    def pn(self) -> str:
        return nom(self.surname())

    def pg(self) -> str:
        return nom(self.shown(self.c.patient.given))

    def maiden(self) -> str:
        patient = self.c.patient
        name = self.rng.choice([s for s in patient.origin.surnames if s != patient.surname])
        return hm.slavic_form(name, "f") if patient.origin.name == "east" else name

    def nick(self) -> str:
        return self.rng.choice(NICKNAMES[self.c.relative.sex])

    def rk(self) -> str:
        noun, sex, _ = self.c.kin
        return hm.possessive(noun, sex)

    def rd(self) -> str:
        noun, sex, _ = self.c.kin
        return hm.definite(noun, sex)

    def rg(self) -> str:
        if self.mode == "relative by nickname":
            return nom(self.value("nick"))
        return nom(self.c.relative.given)

    def rt(self) -> str:
        relative = self.c.relative
        if self.rng.random() < 0.5:
            return f"{self.title(relative)} {nom(relative.surname)}"
        return nom(f"{relative.given} {relative.surname}")

    def r(self) -> str:
        relative = self.c.relative
        if self.mode == "relative by nickname":
            return f"{self.rk()} {self.rg()}"
        return self.rng.choice([f"{self.rk()} {nom(relative.given)}", f"{self.rk()} ({self.rt()})",
                                f"{self.rk()} {nom(f'{relative.given} {relative.surname}')}"])

    def ck(self) -> str:
        return self.c.carer_role

    def cg(self) -> str:
        return nom(self.c.carer.given)

    def cr(self) -> str:
        carer = self.c.carer
        role = self.ck()
        return self.rng.choice([f"{role} ({self.cg()})", f"{role} ({self.title(carer)} {nom(carer.surname)})",
                                f"{role} {self.cg()}", f"{role} {nom(f'{carer.given} {carer.surname}')}"])

    def n(self) -> str:
        neighbour = self.neighbour
        noun = "la voisine" if neighbour.sex == "f" else "le voisin"
        if self.rng.random() < 0.6:
            return f"{noun} ({self.title(neighbour)} {nom(neighbour.surname)})"
        return f"{noun} {nom(f'{neighbour.given} {neighbour.surname}')}"

    def kidk(self) -> str:
        return "la petite-fille" if self.c.kid.sex == "f" else "le petit-fils"

    def kidg(self) -> str:
        return nom(self.c.kid.given)

    def kid(self) -> str:
        kid = self.c.kid
        return nom(self.rng.choice([kid.given, f"{kid.given} {kid.surname}"]))

    def par(self) -> str:
        parent = self.c.parent
        return self.rng.choice([f"{self.title(parent)} {nom(parent.surname)}", nom(parent.given)])

    # agreement ----------------------------------------------------------------------------------

    def e(self) -> str:
        return "e" if self.c.patient.sex == "f" else ""

    def il(self) -> str:
        return "elle" if self.c.patient.sex == "f" else "il"

    def iere(self) -> str:
        return "ière" if self.c.patient.sex == "f" else "ier"

    # identifiers --------------------------------------------------------------------------------

    def tel(self) -> str:
        area = self.home[2]
        prefix = LANDLINES[area] if self.scene.ages[0] >= 60 and self.rng.random() < 0.5 else ""
        return tag("TEL", french_phone(self.rng, prefix or self.rng.choice(["06", "07"])))

    def fixe(self) -> str:
        return tag("TEL", french_phone(self.rng, LANDLINES[self.home[2]]))

    def tel2(self) -> str:
        return tag("TEL", french_phone(self.rng, self.rng.choice(["06", "07", LANDLINES[self.home[2]]])))

    def tel3(self) -> str:
        return tag("TEL", french_phone(self.rng, self.rng.choice(["06", "07"])))

    def luxtel(self) -> str:
        self.flags.add("Luxembourg phone")
        return tag("TEL", lux_phone(self.rng))

    def nir(self) -> str:
        body, abroad = nir_body(self.rng, self.c.patient)
        key = 97 - int(body) % 97
        if self.rng.random() < 0.12:
            key = (key + self.rng.randint(1, 90)) % 97 or 97
            self.flags.add("NIR with a wrong key")
        if abroad:
            self.flags.add("NIR born abroad")
        return tag("NIR", nir_text(self.rng, body, key))

    def ddnd(self) -> str:
        return tag("DDN", date_text(self.rng, self.c.patient.born))

    def ddn(self) -> str:
        born = f"né{self.e()} le"
        label = self.rng.choice([born, "DDN", "DDN :", "ddn:", "date de naiss.", born, "Date de naissance :"])
        return f"{label} {self.ddnd()}"

    def year(self) -> str:
        """The birth year alone, which is no birth date and stays unmarked."""
        return str(self.c.patient.born.year)

    def age(self) -> str:
        return f"{hm.age(self.c.patient, TODAY)} ans"

    def email(self) -> str:
        return tag("EMAIL", email_text(self.rng, self.c.patient, self.scene.domains))

    def email2(self) -> str:
        return tag("EMAIL", email_text(self.rng, self.c.relative, MAIL))

    def addr(self) -> str:
        text, style = street_address(self.rng, self.home)
        if style in ("lieu-dit", "residence", "bp"):
            self.flags.add(f"address: {style}")
        return tag("ADRESSE", text)

    def luxaddr(self) -> str:
        self.flags.add("Luxembourg address")
        return tag("ADRESSE", lux_address(self.rng))

    def mut(self) -> str:
        return tag("ID", mutuelle_number(self.rng))

    def doss(self) -> str:
        return tag("ID", file_number(self.rng))

    def book(self) -> str:
        return tag("ID", booking_number(self.rng))

    def at(self) -> str:
        return tag("ID", accident_number(self.rng))

    def mil(self) -> str:
        return tag("ID", defence_number(self.rng))

    def cns(self) -> str:
        return tag("ID", cns_number(self.rng, self.c.patient))

    # kept ---------------------------------------------------------------------------------------

    def staff(self) -> str:
        return keep(self.rng.choice(hm.STAFF))

    def stamp(self) -> str:
        return keep(stamp_text(self.rng))

    def hosp(self) -> str:
        return keep(self.hospital())

    def hosp_de(self) -> str:
        return with_article(self.hospital(), "de")

    def hosp_a(self) -> str:
        return with_article(self.hospital(), "à")

    def hospital(self) -> str:
        if "hospital" not in self.memo:
            self.memo["hospital"] = self.rng.choice(HOSPITALS[self.home[2][:2]])
        return self.memo["hospital"]

    def club(self) -> str:
        return keep(self.rng.choice(CLUBS))

    def mill(self) -> str:
        return keep(self.rng.choice(MILLS))

    def steel(self) -> str:
        return keep(self.rng.choice(STEELWORKS))

    def vine(self) -> str:
        return keep(self.rng.choice(VINES))

    def lux(self) -> str:
        return keep(self.rng.choice(LUX_EMPLOYERS))

    def base(self) -> str:
        return keep(self.rng.choice(BASES))

    def mutname(self) -> str:
        return keep(self.rng.choice(MUTUELLES))

    def clin(self) -> str:
        return keep(self.rng.choice(CLINICAL))


# ---------------------------------------------------------------------------------------------
# Notes


@dataclass(frozen=True)
class Spec:
    """What a note must be: with no identifier, in lower case or capitals, with a harder name form,
    keeping a staff name."""

    bare: bool
    case: str
    hard: bool
    staff: bool


def plan(rng: random.Random) -> list[Spec]:
    """The kinds of every note, drawn once so that each kind comes as often as the set wants it."""
    every = range(NOTES)
    bare = set(rng.sample(every, BARE))
    cased = rng.sample(every, LOWER + CAPS)
    lower, caps = set(cased[:LOWER]), set(cased[LOWER:])
    hard = set(rng.sample([n for n in every if n not in bare | lower | caps], HARD))
    staff = set(rng.sample(every, STAFF_NOTES))
    return [Spec(n in bare, "lower" if n in lower else "caps" if n in caps else "", n in hard, n in staff)
            for n in every]


def hard_modes(template: str) -> list[str]:
    return [mode for mode, needs in HARD_MODES.items() if not needs or any(n in template for n in needs)]


def choose(rng: random.Random, spec: Spec) -> tuple[Scene, str, str]:
    """The scene, the template and the harder name form (or "") of a note."""
    scenes = BARE_SCENES if spec.bare else SCENES
    block, template = hm.draw_template(rng, [(scene.text, scene.weight) for scene in scenes])
    if not spec.hard:
        return BY_TEXT[block], template, ""
    template = rng.choice([t for t in hm.templates(block) if hard_modes(t)])
    return BY_TEXT[block], template, rng.choice(hard_modes(template))


def with_staff(rng: random.Random, writer: Writer, markup: str) -> str:
    line = writer.fill(rng.choice(STAFF_LINES))
    return rng.choice([f"{markup} {line}", f"{markup}\n{line}", f"{writer.staff()} : {markup}"])


def recase(fragments: Fragments, case: str) -> Fragments:
    if case == "lower":
        return [(text.lower(), kind) for text, kind in fragments]
    if case == "caps":
        return [(text.upper(), kind) for text, kind in fragments]
    return fragments


def spec_flags(scene: Scene, spec: Spec, mode: str) -> set[str]:
    flags = {scene.name}
    flags.update({"lower": {"lower-case note"}, "caps": {"note in capitals"}}.get(spec.case, set()))
    if spec.staff:
        flags.add("staff kept")
    if mode:
        flags.add(f"hard: {mode}")
    return flags


class Notebook:
    """make_note for heldout_markup.write: the plan is drawn at the first note, the flags of every
    note are kept for the report."""

    def __init__(self) -> None:
        self.specs: list[Spec] = []
        self.flags: list[set[str]] = []

    def __call__(self, rng: random.Random) -> Fragments:
        if not self.specs:
            self.specs = plan(rng)
        spec = self.specs[len(self.flags)]
        scene, template, mode = choose(rng, spec)
        flags = spec_flags(scene, spec, mode)
        writer = Writer(rng, make_cast(rng, scene, mode), scene, mode, flags)
        markup = writer.fill(template)
        if mode in HARD_LINES:
            markup += ("\n" if "\n" in markup else " ") + writer.fill(rng.choice(HARD_LINES[mode]))
        if spec.staff:
            markup = with_staff(rng, writer, markup)
        self.flags.append(flags)
        return recase(hm.join_names(hm.parse(markup)), spec.case)


def check_record(record: dict) -> None:
    hm.check_unlabelled(record, name_words)
    hm.check_no_staff(record, name_words)


def every_name() -> list[str]:
    """The names a note may hold, a woman's form of an Eastern European surname among them."""
    women = [hm.slavic_form(surname, "f") for surname in ORIGINS["east"].surnames]
    return (hm.pooled_names(ORIGINS, KIDS) + women + WORD_SURNAMES + PARTICLE_SURNAMES + NICKNAMES["f"]
            + NICKNAMES["m"])


def main() -> None:
    taken = hm.taken_tokens(OUT, EARLIER)
    hm.refuse_used_names(every_name(), name_words, taken)
    notebook = Notebook()
    records = hm.write(OUT, PREFIX, NOTES, SEED, notebook, check_record,
                       lambda rs: hm.check_blind_set(rs, NOTES, name_words, taken, 0.3, (0.10, 0.20)))
    hm.report(records, OUT, notebook.flags, sum(spec.hard for spec in notebook.specs))


if __name__ == "__main__":
    main()
