"""Blind held-out set 24 for the de-identifier: 300 call notes of a kinésithérapie practice in Alsace.

Written 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists, the tests nor
bench were opened, and the de-identifier was not run on the notes. The earlier sets (the corpus, held-out sets
1 to 23 and the hard cases) were read by program only, through heldout_markup.taken_tokens, to refuse every
name word they hold.

The setting: an ordinary month (February 2028) at a cabinet in Alsace, with patients from Strasbourg and its
suburbs, Colmar, Mulhouse, Haguenau, Sélestat, Saverne, the wine villages and the Sundgau: old Alsatian
families, cross-border workers (Baden, Basel), Turkish, Kosovar, Maghrebi, Portuguese and Eastern European
families, staff of the European institutions, students and retirees. The notes are what a remote
secretariat types: phone and answering-machine messages, online-booking exports, forwarded SMS and e-mails,
home visits, relatives and carers calling, prescriptions, tiers payant and the régime local, sport and
school papers, work accidents. Some are in lower case, a few in capitals, about one in nine carries no
identifier, and about one in seven writes the patient's name in a harder form (a typo, a spelled-out name,
a maiden name, an initial, a compound name, diacritics dropped, a name glued to its title).

Labelling: NOM for patients, relatives, carers and neighbours (a title such as M. or Mme stays outside the
span), never the practice's staff (deid_staff.json), whose names are kept (K); TEL, NIR, DDN (birth dates
only), EMAIL, ADRESSE (house number or lieu-dit through postcode and town, in one run; a German address from
the street through the town; a town alone is not marked), ID (mutuelle, RCAM, dossier, booking and accident
numbers). Kept: appointment slots, staff names, clinical terms, hospitals and eponyms. Companies, clubs,
schools and employers are plain text; no doctor outside the practice is named. All data are invented.

Run from tests/data: ../../.venv/bin/python make_deid_heldout24.py
"""

from __future__ import annotations

import datetime as dt
import random
import re
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

import heldout_markup as hm
from heldout_markup import fold, keep, kept, nom, tag

NOTES = 300
SEED = 24_2027
PREFIX = "o"
HERE = Path(__file__).parent
OUT = HERE / "deid_heldout24.jsonl"
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 24)),
           "deid_hard_cases.jsonl")
TODAY = dt.date(2028, 2, 1)
PARTICLES = {"de", "du", "von", "van", "da", "dos", "das", "der", "d", "l", "el", "ben", "o"}


def name_words(name: str) -> set[str]:
    return hm.name_parts(re.sub(r"[,()]", " ", name), PARTICLES)


POOLS = """
alsace f: Ottilie Walburge Liselotte Hannelore Irmgard Waltraud Gudrun Friedel Mechthild Adelheid Roswitha
  Hedwige Ermeline Clothilde Mariele Edelgard Philomène Radegonde Gertrude Reinhilde Frieda Amalia Kunigunde
  Hiltrud Rosalinde Ludivine Solange Ghislaine Aurélie Doris Marlyse Lucienne Yvette Huguette
alsace m: Fridolin Wendelin Arbogast Materne Reinhold Eberhard Lothar Egon Gerold Siegfried Ignace Aloïs
  Florent Théobald Hubertus Ortwin Burkhard Gebhard Wolfram Erwin Anselme Célestin Rodolphe Gustave Armand
  Médard Valentin Fernand Gilbert Raymond Marcel
alsace s: Ringeisen Schwoerer Heitzmann Wolfersberger Oberlé Kuntzmann Gsell Bilger Jehl Sittler Wadel
  Schnoebelen Trendel Gewinner Hurstel Ehrhart Ostermann Riehl Spielmann Bingert Hattenberger Kientzler
  Zirnheld Freyermuth Wachsmann Litzler Goetzmann Lienhardt Mosbach Oesterlé Schittly Wintz Reibel
  Nonnenmacher Strohm Hertzog Ruhlmann Stoeckel Wurtz Sengel Kleinmann Brucker Egelé Sturtzer Heimburger
  Rohmer Bachert Zinck Schlotter Muckensturm Frantz Bléger Koehly Haegeli Buecher Jaegly Scheidecker
alsace kf: Romy Lenna Thaïs Maëlys Timéa Lyana Eléa Capucine Apolline Ombeline Margaux Lou Ysaline Héloïse
  Alix Garance Mahé Livia Célestine Anouk Azilis Léonore Suzon Victoire Bertille Aëlys Maïwenn Nélya Syana Téa
  Elyne Lisandre Mayline Olympe Séléna Solveig Talia Ysée Zélia Gaïa Liv Mila
alsace km: Timéo Nolhan Eliott Malo Léandre Aurélien Gabin Lilian Maxence Sacha Loan Marceau Augustin Baptiste
  Côme Elouan Isaac Lénaïc Milo Pacôme Rafaël Soan Tilio Ambroise Clément Aymeric Célian Darius Eliam Ézio
  Ilan Kélyan Maddox Nino Swann Thélio Valère Wilhem Ylan Zélio Ruben Noa Kaïs
france f: Maryvonne Bernadette Josiane Nadège Gwladys Armelle Prisca Clémence Bérengère Perrine Séverine
france m: Anatole Fulbert Gaëtan Lucien Octave Aurèle Gratien Norbert Amaury Jordan Kévin Dorian Gaël Quentin
france s: Perrotin Vuillemin Grandjean Thiriet Mougenot Didierjean Colnot Demange Pierrat Chardin Guerdin
  Laurençon Berthelot Jacquot Gérardin Henriot Vautrin Petitjean Cuny Vinot Parisot Gaudel Renaudin Leleu
  Bricout Georgel Mathis Claudon Jeandel Hingray Antoine Huguenin Thouvenot Cordier Thiébaut Collignon Mangin
  Jeanmaire Vuillaume Bégin Hanus Idoux Jeangeorges Lhuillier Mansuy Poirot Quirin Rouyer Simonin Urion
  Voinson Xardel Jacquemin Grosdidier Humbertclaude Jeanpierre Mougel Pierson Thomassin Cholez Deschaseaux
  Houillon Jaquel Lambolez Nicolle Tisserand
turc f: Aysel Berna Cansu Derya Filiz Gülay Hacer Kübra Merve Nesrin Özlem Pınar Selma Tuğba Ülkü Yasemin
  Zehra Nermin Şerife Gülizar Saniye Nuray Emel Birsen Dürdane Kezban Nurten Perihan Sevim Gülşen Nurcan
  Sevgül Hatice Emine Dilek Yeliz Şükran Gülbahar Nazlı Sibel Songül Tülay Zübeyde Kader Feride Hülya Meltem
  Esra Büşra Ayten Fadime Gönül Reyhan
turc m: Mehmet Hüseyin Recep Murat Yusuf Kadir Bülent Cemal Erdal Levent Taner Ramazan Orhan Serkan Volkan
  Ümit Halil Necati Tuncay Erkan Şenol Metin Sinan İlhan Abdullah Burak Cengiz Doğan Ekrem Fikret Gökhan Kemal
  Mahir Nevzat Oğuz Rıza Sadık Tahsin Uğur Vedat Yaşar Zeki Adem Bayram Cavit Ercan Kenan Mesut Nihat Remzi
  Turgut Yunus
turc s: Çakıroğlu Yıldırım Karataş Öztürk Aydoğan Kocabaş Demirci Güleryüz Bozkurt Kılınç Tekin Şahinoğlu
  Erdoğdu Akbulut Uçar Kurtuluş Altıntaş Çelebi Durmaz Sarıkaya Taşdemir Yavuz Özkaya Gündoğdu Coşkun
  Bayraktar Çiftçi Karakuş Topçu Eryılmaz Acar Balcı Cömert Dağdelen Ekinci Gök Işık Kahraman Karadeniz Keskin
  Korkmaz Meriç Oral Polat Sönmez Şimşek Türkmen Ünal Varol Yalçın Yüksel Zengin Bilgin Çetin Duman Erdem
turc kf: Zeynep Elif Azra Ela Defne Eylül Duru Asya Nehir
turc km: Emir Kerem Çınar Alp Aras Yiğit Miraç Berat Eymen
kosovo f: Blerta Drita Vjosa Arbnora Mimoza Shqipe Lirije Fatmire Valbona Teuta Hanife Mirlinda Qëndresa
  Elmedina Arjeta Besarta Donjeta Fitore
kosovo m: Arbër Bujar Fatmir Lulzim Shkëlzen Valon Besnik Driton Agron Ilir Mentor Bekim Gëzim Labinot Avdyl
  Xhevdet Qerim Shpend
kosovo s: Krasniqi Berisha Gashi Hoxha Shala Morina Kelmendi Rexhepi Bytyqi Zeqiri Haxhiu Ahmeti Thaçi Kryeziu
  Sopi Hajdari Limani Osmani Gjonbalaj Avdiu Salihu Berbatovci Sylejmani Hasani Mehmeti Gjocaj
maghreb f: Badia Chahrazed Dalila Fadila Ghania Hadjira Ilhem Karima Lamia Nabila Ouahiba Rabia Sabiha
  Tassadit Wahiba Yasmina Zahia Akila Baya Chafia Djohra Fella Habiba Keltouma Mebarka Nassima Rahma Souad
  Taous Yamna Zoulikha Fettouma Hassiba Mounia Bahia Hadda Ouardia Tounsia Aldja Bakhta Dehbia Drifa Fazia
  Ghenima Hayat Kahina Lalia Messaouda Nadjet Ounissa Razika Sadjia Tinhinane Warda Yakout Zakia Ghalia
  Aouicha Dhaouia Khedidja Mimouna Nafissa Rekia Hakima Hadjer Ikram Chaïma Oumayma Sabah
maghreb m: Abdelmalek Belaïd Dahmane Elhadi Fodil Ghani Hacène Lakhdar M'hamed Nacer Rabah Tahar Zoubir Amar
  Bachir Chaabane Djilali Fayçal Kaddour Lounès Messaoud Noureddine Redouane Slimane Toufik Zakaria Arezki
  Mokrane Sofiane Ahcène Chouaïb Hamou Kouider Laïd Madjid Mahfoud Nadir Rabie Seddik Yahia Abdenour Aomar
  Boussad Djaffar Idriss Lyes Madani Mokhtar Mouloud Ramdane Zahir Abdelaziz Abderrahmane Abdellatif Azzedine
  Fouad Hicham Lotfi Moncef Riad Wahid
maghreb s: Achour Bekkouche Chabane Dahmani Ferradji Ghezali Idri Kaddouri Laribi Nedjar Oukaci Rezgui Taleb
  Yahiaoui Zitouni Boudjema Chikhi Djebbar Fellah Guendouz Hadjadj Kerkouche Lounis Naceri Ouchene Rahal
  Zeghdoudi Aouadi Bouzid Cherifi Dridi Gharbi Jebali Mejri Ayari Boughanmi Jaziri Khemiri Ouertani Zouari
  El_Ghazi Aït_Yahia Ben_Slimane Berrada Lahlou Sqalli Kettani Chraïbi Abdelli Belabbes Bouabdallah Chenouf
  Djellouli Guerfi Hamadouche Ikhlef Kheloufi Maameri Ouadah Selmi Tounsi Yousfi Zerguine Bendjelloul Bouhafs
  Hamitouche Medjdoub Ouabdesselam Remili Sebbah Tebbal Zenati Amraoui Bouhlel Chebbi Hachani Jendoubi Khelil
  Riahi Souissi Tlili Zribi Bennis El_Fassi Guessous Laraki Mernissi Naciri Ouazzani Slaoui Zniber
maghreb kf: Assia Meriem Inaya Nour Sirine Alya Maryam Lina
maghreb km: Ayoub Ilyes Rayan Wassim Yanis Nael Ismaël Younes
portugal f: Albertina Arminda Balbina Cândida Custódia Delfina Ermelinda Felismina Gracinda Hermínia Idalina
  Joaquina Laurinda Otília Palmira Quitéria Rosalina Sameiro Zulmira Mafalda Bernardete Francelina Gorete
  Lucinda Aldina Belmira Clementina Eugénia Guilhermina Henriqueta Ivone Jacinta Luzia Noémia Piedade Rosinda
  Silvina Teresinha Umbelina Arlete Cidália Dores Florinda Isaura Judite Marília Nazaré Orlanda Preciosa
portugal m: Aníbal Bento Casimiro Delfim Estêvão Fausto Gualter Hélder Inácio Olímpio Rogério Sebastião Tomé
  Vitorino Amadeu Bernardino Crispim Domingos Firmino Gervásio Hermenegildo Isidoro Januário Lino Porfírio
portugal s: Abrantes Bettencourt Calado Damasceno Esteves Falcão Henriques Igreja Jardim Leitão Mourão Orvalho
  Peixoto Quaresma Raposo Salgueiro Trindade Amorim Caldeira Estrela Figueiredo Lacerda Meireles Outeiro Paiva
  Serrão Alvim Bragança Coutinho Espinheira Garrido Novais Queirós Resende Trigo Valadares Albuquerque Barros
  Encarnação Galvão Horta Matos Neves Pires Queiroga Vasconcelos Aguiar Couto Dantas Guedes Machado Nóbrega
  Portela Ramalho Sequeira Veloso Barreto Carneiro Freitas Gouveia Lemos Taborda Vilela
est f: Bożena Grażyna Halina Jadwiga Wiesława Ludmila Svetlana Oksana Tetiana Raluca Ioana Mihaela Florentina
  Bogdana Iryna Zlata Galyna Lyudmyla Dorota Agnieszka Urszula Teodora Stanka Beata Czesława Danuta Elżbieta
  Genowefa Kazimiera Lucyna Stanisława Wanda Zofia Anca Corina Dorina Georgeta Lăcrămioara Nicoleta Rodica
  Viorica Anastasiya Kateryna Larysa Myroslava Nataliya Olena Valentyna Zoryana Desislava Radka Snezhana
  Tsvetelina Yordanka
est m: Zbigniew Tadeusz Mirosław Grzegorz Wojciech Bogdan Mircea Florin Sorin Vasile Dmytro Taras Oleksandr
  Yaroslav Sergiy Andriy Piotr Stanisław Radu Dragoș Ivaylo Boyko
est s: Kamiński Wiśniewski Zieliński Lewandowski Grabowski Pawłowski Jabłoński Krawczyk Wróbel Dudek Popescu
  Ionescu Dumitrescu Constantinescu Munteanu Ciobanu Rusu Melnyk Shevchenko Bondarenko Kovalenko Tkachenko
  Sokolov Volkov Dimitrov Marinov Kaczmarek Szymański Horobets Lysenko Adamczyk Borkowski Chmielewski
  Dąbrowski Fijałkowski Górecki Jakubowski Kowalczyk Majewski Nowicki Olszewski Piątek Rutkowski Sikorski
  Tomaszewski Urbański Walczak Zając Bălan Căpraru Enache Gheorghiu Iordache Moldovan Neagu Oprea Pîrvu Stoica
  Zamfir Antonenko Danylyuk Hrytsenko Kravchuk Levchenko Oliynyk Pavlyuk Savchuk Tymoshchuk Yurchenko
  Zinchenko Belov Gusev Zaitsev Orlov Lebedev Kozlov Stoyanov Todorov Georgiev
rhin f: Ute Heike Silke Anke Birgit Dagmar Gisela Kerstin Elke Renate Jutta Annegret Britta Marlies Regula
  Vreni Rahel Seraina Verena
rhin m: Jürgen Dieter Uwe Klaus Rüdiger Hartmut Helmut Volker Horst Detlef Bernd Torsten Jens Rainer Urs Beat
  Reto Ueli Christoph
rhin s: Schäfer Bäuerle Schwab Häußler Kühnle Grieshaber Läufer Bühler Faißt Zähringer Hämmerle Wößner Gänßle
  Obergfell Rombach Schillinger Dufner Ketterer Weißhaar Baumgartner Flückiger Stöckli Wüthrich Aebischer
  Hänggi Zbinden Tschudi Stucki Hunziker Kälin
europe f: Chiara Ilaria Benedetta Lucía Montserrat Ainhoa Inge Sanne Maartje Sigrid Aoife Siobhán Eleni
  Despina Kaja Liisa Agnese Aitziber Arantxa Itziar Nekane Ilse Femke Lieke Marit Ingvild Ragnhild Sunniva
  Gráinne Niamh Orla Vasiliki Kadri Maarja Ilze Laima Rūta
europe m: Lorenzo Tommaso Ignacio Íñigo Jordi Pieter Joost Sjoerd Lars Henrik Eoin Cian Nikos Stavros Tõnis
  Matteo Gianluca Alessio Bartolomeo Carmelo Donato Emiliano Ferruccio Gennaro Nicolò Ottavio Raffaele
  Vittorio Aitor Borja Ekaitz Gorka Iker Unai Xabier Bram Daan Jeroen Maarten Wouter Bjørn Espen Gunnar Håkon
  Sindre Torbjørn Oisín Ruairí Tadhg Panagiotis Spyros Vangelis Mikk Toomas Jānis Kristaps Mārtiņš Rytis
  Žygimantas
europe s: Bianchi Esposito Colombo Ferraro Giordano Arrieta Etxeberria Goñi Vandenberghe Janssens Bakker
  Visser Lindqvist Halvorsen Papadakis Oikonomou Tamm Kask Ó_Briain Mac_Giolla De_Smedt
"""
FACTS = {  # origin -> (weight, INSEE codes of birth countries, birth departments)
    "alsace": (34, "", "67 68 67 68 57"), "france": (12, "", "54 88 57 25 90 75 69"),
    "turc": (11, "208", "67 68"), "kosovo": (6, "157 125", "67 68"), "maghreb": (12, "350 352 351", "67 93"),
    "portugal": (7, "139", "67 68"), "est": (7, "122 114 155 123", "67"), "rhin": (7, "109 140", "68 67"),
    "europe": (4, "127 134 131 135 104 126 136 106", "67"),
}
ORIGINS, KIDS = hm.load_pools(POOLS, FACTS)
TAKEN = hm.taken_tokens(OUT, EARLIER)


def fresh(names: list[str]) -> list[str]:
    """The names of a pool that hold no word of an earlier set or of the staff."""
    return [n for n in names if not name_words(n) & TAKEN and not name_words(hm.slavic_form(n, "f")) & TAKEN]


ORIGINS = {k: replace(o, given_f=fresh(o.given_f), given_m=fresh(o.given_m), surnames=fresh(o.surnames))
           for k, o in ORIGINS.items()}
ORIGINS["france"] = replace(ORIGINS["france"], given_f=ORIGINS["france"].given_f + ORIGINS["alsace"].given_f,
                            given_m=ORIGINS["france"].given_m + ORIGINS["alsace"].given_m)
KIDS = {k: v for k, v in ((k, fresh(v)) for k, v in KIDS.items()) if len(v) > 5}
for _o in ORIGINS.values():
    hm.refuse_used_names(_o.given_f + _o.given_m + _o.surnames, name_words, TAKEN)
    assert min(len(_o.given_f), len(_o.given_m), len(_o.surnames)) >= 8, _o.name
WEIGHTS = {k: w for k, (w, _, _) in FACTS.items()}

# ---------------------------------------------------------------------------------------------
# Places, words kept, plain words

TOWNS = [t.replace("_", " ").split(":") for t in re.split(r"\s+", """Strasbourg:67000 Strasbourg:67100
  Strasbourg:67200 Schiltigheim:67300 Bischheim:67800 Illkirch-Graffenstaden:67400 Lingolsheim:67380
  Ostwald:67540 Hoenheim:67800 Eckbolsheim:67201 Souffelweyersheim:67460 Colmar:68000 Mulhouse:68100
  Mulhouse:68200 Riedisheim:68400 Wittenheim:68270 Haguenau:67500 Bischwiller:67240 Sélestat:67600
  Saverne:67700 Obernai:67210 Molsheim:67120 Riquewihr:68340 Kaysersberg_Vignoble:68240 Ribeauvillé:68150
  Eguisheim:68420 Turckheim:68230 Bergheim:68750 Altkirch:68130 Ferrette:68480 Hirsingue:68560
  Dannemarie:68210 Wissembourg:67160 Erstein:67150 Brumath:67170 Geispolsheim:67118 Saint-Louis:68300
  Huningue:68330""")]
STREETS = re.split(r"\s*\|\s*", """rue des Tanneurs | rue de la Forêt-Noire | route de Bischwiller |
  rue des Vignerons | rue du Ladhof | allée des Peupliers | rue des Jardins | impasse des Vergers |
  chemin du Rebberg | rue des Cigognes | quai des Pêcheurs | Grand'Rue | rue Principale | rue de l'Église |
  rue du Moulin | rue de la Synagogue | rue des Houblonniers | rue de la Gare | route du Vin |
  rue des Tonneliers | rue du Sundgau | rue de la Thur | avenue de Colmar | rue du Rhin | route de Lyon |
  rue des Prés | rue de la Doller | place du Marché-aux-Choux""")
LIEUDITS = ["lieu-dit Lerchenberg", "lieu-dit Birkenhof", "Ferme du Kohlacker", "lieu-dit Hinterfeld"]
GERMAN = ["Hauptstraße:77694 Kehl", "Am Mühlbach:79576 Weil am Rhein", "Lindenweg:79395 Neuenburg am Rhein",
          "Schwarzwaldstraße:79189 Bad Krozingen", "Rheinstraße:77855 Achern", "Kirchgasse:77933 Lahr"]


def kept_list(text: str) -> list[str]:
    """A `|`-separated list of phrases, each in the gold markup (`[..]` kept)."""
    return [kept(part) for part in re.split(r"\s*\|\s*", text.strip())]


HOSP = kept_list("""[Hautepierre] | [NHC] | [CHU de Strasbourg] | [Clinique Rhéna] | [Hôpital Pasteur] |
  [GHRMSA] | [Clinique de l'Orangerie] | [CH de Haguenau] | [CH de Sélestat] | [IUR Clemenceau] |
  [Diaconat-Fonderie] | [CH de Saverne]""")
PATHO = kept_list("""[lombalgie chronique]|[cervicalgie]|[entorse de la cheville]|[PTG] droite|[PTH] gauche|
  [rééducation post-LCA]|[capsulite rétractile]|[tendinopathie de la coiffe]|[BPCO]|[drainage lymphatique]|
  [rééducation périnéale]|[fracture du poignet]|[maladie de Dupuytren] opérée|[maladie de Parkinson]|
  séquelles d'[AVC]|[SEP]|[kyste de Baker]|[canal carpien] opéré|[hernie discale L5-S1]|
  [vertiges positionnels (VPPB)]|[épicondylite]|[fasciite plantaire]|[prothèse d'épaule]""")
KPATHO = kept_list("""[Osgood-Schlatter]|[maladie de Sever]|[entorse de la cheville]|[scoliose]|
  [pieds plats]|[fracture de la clavicule]|[Scheuermann]""")
WPATHO = kept_list("""[entorse du genou] | [lumbago] | [fracture du 5e métacarpien] |
  [tendinite de l'épaule] | [section du tendon fléchisseur] | [entorse de la cheville]""")
EMP = ["Stellantis à Mulhouse", "Novartis à Bâle", "Roche à Bâle", "la CTS", "les brasseries de Hochfelden",
       "un entrepôt à Entzheim", "le Port autonome", "une entreprise de BTP de Colmar",
       "le Conseil de l'Europe",
       "un Ehpad de Brumath", "Lidl à Kehl", "une usine à Fribourg-en-Brisgau", "la Poste de Sélestat",
       "une cave coopérative d'Eguisheim", "une boulangerie de Haguenau", "le Parlement européen"]
CLUBS = ["SIG", "Racing", "FC Mulhouse", "club de handball de Sélestat", "club de judo de Wittenheim",
         "Étoile Noire", "club vosgien de Saverne", "club de gym d'Illkirch", "SR Colmar"]
SCHOOLS = ["collège de Hoenheim", "lycée Kléber", "collège de Riquewihr", "lycée agricole d'Obernai",
           "collège d'Altkirch", "école primaire de Bischwiller", "lycée de Haguenau"]
LANGS = {"alsace": "alsacien", "france": "le patois", "turc": "turc", "kosovo": "albanais",
         "maghreb": "kabyle", "portugal": "portugais", "est": "polonais", "rhin": "allemand",
         "europe": "anglais"}
FRONT = ["Novartis à Bâle", "Roche à Bâle", "Lidl à Kehl", "une usine à Fribourg-en-Brisgau",
         "un labo de Bâle", "un transporteur de Lörrach", "l'aéroport de Bâle-Mulhouse (côté suisse)"]
MUTS = ["MGEN", "Harmonie", "la Macif", "MNT", "mutuelle d'entreprise", "Apivia", "AG2R", "la MAAF"]
STAFF_FORMS = hm.STAFF  # kept whole: "Julien Martin", "Julien", "Sophie Lemoine", ...
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
HOURS = ["8h", "8h30", "9h15", "10h", "10h45", "11h30", "12h15", "13h30", "14h", "15h15", "16h30", "17h45",
         "18h30", "19h"]
MAILS = ["orange.fr", "free.fr", "wanadoo.fr", "laposte.net", "gmail.com", "gmx.de", "web.de", "bluewin.ch",
         "hotmail.fr", "sfr.fr", "estvideo.fr", "yahoo.fr", "outlook.com", "etu.unistra.fr"]


def slot_day(rng: random.Random) -> dt.date:
    day = dt.date(2028, 2, rng.randint(1, 29))
    return day if day.weekday() < 6 else day - dt.timedelta(days=1)


def slot_text(rng: random.Random) -> str:
    d, h = slot_day(rng), rng.choice(HOURS)
    h = h if d.weekday() < 5 else rng.choice(HOURS[:5])
    name = DAYS[d.weekday()]
    return rng.choice([f"{name} {d.day} à {h}", f"le {d.day:02d}/02 à {h}", f"{name[:3]}. {d.day} {h}",
                       f"{name} {h}", f"{d.day} février {h}", f"{name} {d.day}/2 {h}"])


def full_slot(rng: random.Random) -> str:
    d = slot_day(rng)
    return f"{DAYS[d.weekday()]} {d.day} février 2028 à {rng.choice(HOURS if d.weekday() < 5 else HOURS[:5])}"


# ---------------------------------------------------------------------------------------------
# People


def person(rng: random.Random, origin_key: str, sex: str | None = None, lo: int = 18, hi: int = 92,
           surname: str | None = None, child: bool = False) -> hm.Person:
    o = ORIGINS[origin_key]
    sex = sex or rng.choice("fm")
    own = KIDS.get((origin_key, sex)) or KIDS.get(("alsace", sex)) * (origin_key not in "turc kosovo maghreb")
    pool = own if child else None
    given = rng.choice(pool or (o.given_f if sex == "f" else o.given_m))
    surname = surname or rng.choice(o.surnames)
    if origin_key == "est":
        surname = hm.slavic_form(surname, sex)
    born = TODAY - dt.timedelta(days=rng.randint(lo * 365 + 10, hi * 365 + 300))
    return hm.Person(given, surname, sex, o, born)


KIN = [("mari", "m", True), ("épouse", "f", True), ("fille", "f", True), ("fils", "m", True),
       ("voisine", "f", False), ("voisin", "m", False), ("sœur", "f", True), ("frère", "m", True),
       ("belle-fille", "f", True), ("petit-fils", "m", True), ("compagne", "f", False), ("nièce", "f", False)]
ROLES = ["aide à domicile", "auxiliaire de vie", "aide-soignante", "infirmière libérale", "tutrice",
         "assistante sociale"]


def cast(rng: random.Random) -> hm.Cast:
    key = hm.pick(rng, WEIGHTS)
    patient = person(rng, key, lo=16, hi=94)
    kin = rng.choice(KIN if hm.age(patient, TODAY) > 55 else KIN[:2] + KIN[4:8] + KIN[10:])
    base = re.sub(r"(sk|ck)a$", r"\1i", re.sub(r"(ov|ev)a$", r"\1", patient.surname))
    relative = person(rng, key if kin[2] or rng.random() < 0.5 else hm.pick(rng, WEIGHTS), kin[1],
                      surname=base if kin[2] and rng.random() < 0.85 else None)
    carer = person(rng, hm.pick(rng, WEIGHTS), "f" if rng.random() < 0.85 else "m", lo=22, hi=60)
    kid = person(rng, key, lo=6, hi=17, child=True)
    parent = person(rng, key, "f" if rng.random() < 0.7 else "m", lo=28, hi=50,
                    surname=kid.surname if rng.random() < 0.2 else None)
    return hm.Cast(patient, relative, kin, carer, rng.choice(ROLES), kid, parent)


FORMS = {  # the patient's name the first time a note writes it: plain, or in a harder form
    None: lambda r, p, g, s: nom(r.choice([f"{g} {s}", f"{g} {s}", f"{s} {g}", f"{s.upper()} {g}",
                                           f"{g} {s.upper()}", s])),
    "spelled": lambda r, p, g, s: f"{nom(s)} ({nom('-'.join(s.upper()))}) {nom(g)}",
    "maiden": lambda r, p, g, s: f"{nom(g + ' ' + s)} née {nom(r.choice(p.origin.surnames))}",
    "initial": lambda r, p, g, s: nom(f"{g[0]}. {s}"),
    "compound": lambda r, p, g, s: nom(f"{g}-{r.choice([n for n in given_pool(p) if n != g])} {s}"),
    "ascii": lambda r, p, g, s: nom(f"{fold(s).upper()} {fold(g).capitalize()}"),
    "glued": lambda r, p, g, s: ("Mme." if p.sex == "f" else "M.") + nom(s.upper()) + " " + nom(g),
    "comma": lambda r, p, g, s: nom(f"{s.upper()}, {g}"),
    "lower": lambda r, p, g, s: nom(f"{s.lower()} {g.lower()}"),
    "hyphen": lambda r, p, g, s: nom(f"{g} {s}-{r.choice([n for n in p.origin.surnames if n != s])}"),
}


def given_pool(p: hm.Person) -> list[str]:
    return p.origin.given_f if p.sex == "f" else p.origin.given_m


HARD = {"typo": 3, "spelled": 2, "maiden": 2, "initial": 2, "compound": 2, "ascii": 2, "glued": 1, "comma": 1,
        "lower": 2, "hyphen": 1}


class Writer(hm.SlotPlaceholders):
    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random, c: hm.Cast, hard: str | None):
        self.rng, self.c, self.hard, self.memo, self.times, self.applied = rng, c, hard, {}, 0, None
        self.p = c.patient

    def __getitem__(self, key: str) -> str:
        return SIMPLE[key](self) if key in SIMPLE else getattr(self, key)()

    def once(self, key: str, make: Callable[[], str]) -> str:
        return self.memo[key] if key in self.memo else self.memo.setdefault(key, make())

    def M(self) -> str:
        if self.hard == "glued" and not self.times:
            return "\x00"
        titles = ["Mme", "Mme", "Madame", "Mme."] if self.p.sex == "f" else ["M.", "M.", "Mr", "Monsieur"]
        return self.rng.choice(titles)

    def PAT(self) -> str:
        r, p, g, s = self.rng, self.p, self.p.given, self.p.surname
        self.times += 1
        if self.times > 1:
            return nom(r.choice([s, s, g, f"{g} {s}"]))
        form = self.hard if self.hard != "maiden" or p.sex == "f" else None
        if form == "typo":
            typed = hm.slip(s, r)
            s, form = (typed, form) if typed != s and not name_words(typed) & TAKEN else (s, None)
        if form == "compound" and p.origin.name not in ("alsace", "france", "rhin"):
            form = "comma"
        self.applied = form
        return FORMS.get(form, FORMS[None])(r, p, g, s)

    def REL(self) -> str:
        rel, (noun, sex, _) = self.c.relative, self.c.kin
        shown = self.rng.choice([rel.given, f"{rel.given} {rel.surname}", rel.surname])
        if shown == rel.surname:
            return f"{hm.possessive(noun, sex)}, {'Mme' if sex == 'f' else 'M.'} {nom(shown)}"
        return f"{hm.possessive(noun, sex)} {nom(shown)}"

    def phone(self, roll: float | None = None) -> str:
        r = self.rng
        d = [f"{r.randint(0, 99):02d}" for _ in range(4)]
        roll = r.random() if roll is None else roll
        if roll < 0.55:
            sep = r.choice([" ", " ", ".", "", "-"])
            return sep.join([r.choice(["06", "07"]), *d])
        if roll < 0.75:
            return " ".join([r.choice(["03 88", "03 89", "03 90"]), *d[:3]])
        if roll < 0.85:
            return r.choice(["+33 6 ", "+33 (0)6 ", "+33 7 "]) + " ".join(d)
        if roll < 0.93:
            return r.choice(["+49 7851 ", "0049 761 ", "+49 (0)7621 ", "+49 176 "]) + "".join(d)[:7]
        return r.choice(["+41 61 ", "0041 79 ", "+41 76 "]) + f"{d[0][1]}{d[1]} {d[2]} {d[3]}"

    def NIR(self) -> str:
        r, p = self.rng, self.p
        codes = p.origin.abroad.split()
        place = f"99{r.choice(codes)}" if codes and r.random() < 0.7 else \
            f"{r.choice(p.origin.departments)}{r.randint(1, 600):03d}"
        born = f"{p.born.year % 100:02d}{p.born.month:02d}"
        head = f"{1 if p.sex == 'm' else 2}{born}{place}{r.randint(1, 999):03d}"
        key = f"{97 - int(head) % 97:02d}"
        parts = [head[0], head[1:3], head[3:5], head[5:7], head[7:10], head[10:13], key]
        form = r.random()
        text = " ".join(parts) if form < 0.5 else head + key if form < 0.75 else f"{head} {key}"
        return tag("NIR", text)

    def birth(self, b: dt.date) -> str:
        months = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                  "octobre", "novembre", "décembre")
        d, m, y = b.day, b.month, b.year
        return self.rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d:02d}.{m:02d}.{y}",
                                f"{d}/{m}/{y % 100:02d}", f"{d} {months[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
                                f"{d:02d}-{m:02d}-{y}", f"{d}.{m}.{y}"])

    def mail(self) -> str:
        r, p = self.rng, self.p
        g, s = (re.sub(r"[^a-z]", "", fold(x)) for x in (p.given, p.surname))
        domain = "ec.europa.eu" if p.origin.name == "europe" and r.random() < 0.5 else r.choice(MAILS)
        domain = domain if domain != "etu.unistra.fr" or hm.age(p, TODAY) < 30 else "orange.fr"
        local = r.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{s}.{g}", f"{g}{s}{r.randint(60, 99)}",
                          f"{g}_{s[:3]}68", f"{s}{r.choice(['67', '68', ''])}"])
        return tag("EMAIL", f"{local}@{domain}")

    def address(self) -> str:
        r = self.rng
        if self.p.origin.name == "rhin" and r.random() < 0.6:
            street, place = r.choice(GERMAN).split(":")
            return tag("ADRESSE", f"{street} {r.randint(1, 60)}{r.choice(['', '', 'a'])}, {place}")
        town, code = r.choice(TOWNS)
        number = f"{r.randint(1, 140)}{r.choice(['', '', '', 'a', ' B', 'bis', ' bis'])}"
        street = r.choice(STREETS).strip()
        place = r.choice([f"{code} {town}", f"{code} {town}", f"{code} {town.upper()}", f"F-{code} {town}"])
        if r.random() < 0.08:
            return tag("ADRESSE", f"{r.choice(LIEUDITS)}, {place}")
        return tag("ADRESSE", r.choice([f"{number} {street}, {place}", f"{number}, {street} {place}",
                                        f"{number} {street} - {place}", f"{number} {street} {place}"]))


IDS = {  # the forms of the numbers marked ID: # a digit, @ a letter or digit of a booking code
    "MUT": ["## ### ###", "#######", "########", "ADH######", "####-####-##", "MGN ### ### ##"],
    "DOS": ["KR-####", "28-####", "P#####", "D2027/###", "dossier-####"],
    "RDV": ["@@@@@@", "RDV-@@@@@@@@", "@@@-@@@@@", "@@@@@@@@"],
    "AT": ["6## ### ###", "AT########", "28-AT-#####", "##/#######", "AT 67-28-#####"],
}


def fill(rng: random.Random, pattern: str) -> str:
    return "".join(rng.choice("0123456789") if ch == "#" else rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789")
                   if ch == "@" else ch for ch in pattern)


SIMPLE = {  # the placeholders drawn in one line
    "PS": lambda w: nom(w.p.surname), "PG": lambda w: nom(w.p.given),
    "age": lambda w: str(hm.age(w.p, TODAY)), "nee": lambda w: "née" if w.p.sex == "f" else "né",
    "e": lambda w: "e" if w.p.sex == "f" else "", "il": lambda w: "elle" if w.p.sex == "f" else "il",
    "le": lambda w: "la" if w.p.sex == "f" else "le", "RELN": lambda w: nom(w.c.relative.given),
    "kage": lambda w: str(hm.age(w.c.kid, TODAY)), "lang": lambda w: LANGS[w.p.origin.name],
    "ke": lambda w: "e" if w.c.kid.sex == "f" else "", "wpatho": lambda w: w.rng.choice(WPATHO),
    "kin": lambda w: hm.possessive(w.c.kin[0], w.c.kin[1]),
    "kin1": lambda w: hm.possessive(w.c.kin[0], w.c.kin[1], first_person=True),
    "role": lambda w: w.c.carer_role, "knee": lambda w: "née" if w.c.kid.sex == "f" else "né",
    "CAR": lambda w: w.rng.choice([f"{'Mme' if w.c.carer.sex == 'f' else 'M.'} {nom(w.c.carer.surname)}",
                                   nom(w.c.carer.given), nom(f"{w.c.carer.given} {w.c.carer.surname}")]),
    "KID": lambda w: nom(w.rng.choice([f"{w.c.kid.given} {w.c.kid.surname}", w.c.kid.given,
                                       f"{w.c.kid.surname.upper()} {w.c.kid.given}"])),
    "PAR": lambda w: w.rng.choice([f"{'Mme' if w.c.parent.sex == 'f' else 'M.'} {nom(w.c.parent.surname)}",
                                   f"{'la maman' if w.c.parent.sex == 'f' else 'le papa'}, "
                                   f"{nom(w.c.parent.given)},"]),
    "ST": lambda w: keep(w.rng.choice(STAFF_FORMS)), "hosp": lambda w: w.rng.choice(HOSP),
    "patho": lambda w: w.once("patho", lambda: w.rng.choice(PATHO)), "kpatho": lambda w: w.rng.choice(KPATHO),
    "town": lambda w: w.rng.choice(TOWNS)[0], "emp": lambda w: w.rng.choice(EMP),
    "femp": lambda w: w.rng.choice(FRONT),
    "MOB": lambda w: tag("TEL", w.phone(w.rng.choice([0.1, 0.1, 0.8]))),
    "club": lambda w: w.rng.choice(CLUBS), "school": lambda w: w.rng.choice(SCHOOLS),
    "mutname": lambda w: w.rng.choice(MUTS),
    "seances": lambda w: w.rng.choice(["10", "12", "15", "20", "30", "dix", "quinze"]),
    "TEL": lambda w: tag("TEL", w.phone()), "FIXE": lambda w: tag("TEL", w.phone(0.6)),
    "NIR2": lambda w: w.NIR(), "DDN": lambda w: tag("DDN", w.birth(w.p.born)),
    "KDDN": lambda w: tag("DDN", w.birth(w.c.kid.born)), "MAIL": lambda w: w.once("mail", w.mail),
    "ADR": lambda w: w.once("adr", w.address),
    "MUT": lambda w: tag("ID", fill(w.rng, w.rng.choice(IDS["MUT"]))),
    "DOS": lambda w: tag("ID", fill(w.rng, w.rng.choice(IDS["DOS"]))),
    "RDV": lambda w: tag("ID", fill(w.rng, w.rng.choice(IDS["RDV"]))),
    "AT": lambda w: tag("ID", fill(w.rng, w.rng.choice(IDS["AT"]))),
}


# ---------------------------------------------------------------------------------------------
# Templates: one block per scenario; [..] kept, {..} drawn by the Writer, \n a line break

PHONE = r"""
Appel de {M} {PAT} ({age} ans), {patho}, sortie de {hosp} la semaine dernière. Ordonnance de {seances}
  séances. Souhaite commencer {slot} avec {ST}. Rappeler au {TEL}.
{M} {PAT} a appelé, veut décaler son rdv de {slot} à {slot2}. tel {TEL}
Tél de {PAT} : s'excuse pour le rdv manqué de {slot}, grève CTS. Reprogrammer après 17h si possible. {TEL}
nouveau patient : {PAT}, {nee} le {DDN}, habite {ADR}. {patho}. carte vitale ok, mutuelle {mutname} n° {MUT}.
{M} {PAT} demande si {ST} peut {le} prendre {slot}, sinon n'importe qui. Travaille chez {emp}, horaires
  décalés. Portable {MOB}
appel {PAT} -> confirme {slot}. Viendra avec ses semelles. Pas de changement.
{PAT} appelle pour savoir s'il reste des places le samedi matin, {patho}. Rappel au {TEL} svp (messagerie
  sinon). Dit être {nee} le {DDN}, pas sûr{e} d'être déjà dans nos fichiers.
{M} {PAT}, {age} ans, parle surtout {lang}, c'est {REL} qui traduit : rdv {slot} pour {patho}.
  Joignable au {FIXE} (pas de portable).
Étudiant{e} à l'Unistra, {PAT} ({MAIL}), {patho} après le hand, pas de mutuelle étudiante. Rdv {slot}.
Appel {M} {PS} : demande le code du portail du cabinet, a oublié. Rdv {slot} maintenu avec {ST}.
"""
VOICE = r"""
Répondeur 07h52 : « bonjour c'est {PAT}, j'ai rendez-vous {slot} avec {ST} mais j'ai la gastro, je pourrai
  pas venir, rappelez-moi au {TEL}, merci au revoir »
Message répondeur (samedi) : « Ja bonjour, {PAT} à l'appareil, c'est pour la kiné de {kin1}, euh, c'est
  pour {patho}, on habite {ADR}, vous pouvez venir à la maison ? » Numéro laissé : {TEL}
Msg répondeur, voix âgée, mal compris : « ... ici {PAT} ... de {town} ... pour le rendez-vous de {slot} ... »
  Pas de numéro, retrouvé dans le fichier : {TEL}.
Répondeur (en allemand) : « Grüß Gott, hier ist {PAT}, ich hätte gern einen Termin wegen {patho}, ich
  arbeite in {town}, Rückruf bitte unter {TEL}, danke » - rappelé, rdv {slot} avec {ST} (parle allemand).
REPONDEUR 12h10 - {M} {PAT} annule {slot}, {kin} est hospitalisé(e) à {hosp}. Rappellera.
Répondeur : {REL} pour {M} {PAT}. Demande si les séances de {patho} peuvent continuer pendant les vacances de
  {ST}. Tél {TEL}.
"""
BOOKING = r"""
Export agenda en ligne - Nouveau RDV\nPatient : {PAT}\nNé(e) le : {DDN}\nTél : {TEL}\nMail : {MAIL}
  \nMotif : première séance\nCréneau : {fslot}\nPraticien : {ST}\nRéf. réservation : {RDV}
Résa en ligne {RDV} - {PAT} - {slot} - motif « bilan » - commentaire : « ordonnance pour {patho}, je viens
  de {town} en bus, ascenseur ? »
Annulation en ligne : {PAT} a annulé {slot} (réf {RDV}). Créneau remis en ligne.
EXPORT RDV ;{fslot};{PAT};{TEL};{MAIL};{RDV};{ST};
Rdv pris en ligne par {PAT} pour {kin} ({REL}), {slot}. Réf {RDV}. Vérifier que l'ordonnance est au nom de
  la bonne personne.
"""
SMS = r"""
SMS reçu sur le portable du cabinet : « Bjr c {PG} {PS}, je serai en retard de 10 min pour {slot}, dsl »
Transféré par {ST} : « Coucou c'est {PAT}, je peux venir avec le petit {slot} ? Pas de garde » - répondu oui.
SMS de {REL} ({TEL}) : « {PG} ne pourra pas venir {slot}, hospitalisé{e} à {hosp}. Je vous tiens au
  courant » - rdv de {M} {PS} annulé.
sms {TEL} : « cest {PAT} pour mon rdv de {slot} vous pouvez me renvoyer l'adresse du cabinet svp »
SMS non signé du {TEL} : « je peux décaler à {slot} ? » -> d'après l'agenda c'est {M} {PAT}.
"""
MAIL = r"""
Mail de {MAIL} - objet : ordonnance kiné\n« Bonjour, je vous transmets l'ordonnance pour {patho}. Je
  m'appelle {PAT}, {nee} le {DDN}. Je suis frontalier{e}, je travaille chez {femp}, je ne suis libre qu'après
  18h. Cordialement »
Mail de {PAT} ({MAIL}) : fonctionnaire au Parlement européen, demande une facture détaillée en anglais pour
  le RCAM, n° d'affiliation {MUT}. Séances de {patho} avec {ST}.
Courriel transféré par {ST} : {M} {PAT} demande si le cabinet prend les patients affiliés à une caisse
  allemande (AOK). Réponse : oui, feuille de soins papier. Contact {MAIL}
Mail {MAIL} : « Bonjour, je n'ai pas reçu la confirmation de mon rdv de {slot}. {PAT} » - envoyée à nouveau.
"""
HOME = r"""
Visite à domicile demandée pour {M} {PAT}, {age} ans, {patho}. Adresse : {ADR}, 2e étage sans ascenseur,
  code porte 4512B. Passage {slot}.
Domicile : {PAT}, {ADR}. {ST} passe {slot}. Clé chez {kin} {RELN} si personne ne répond ({TEL}).
{role} {CAR} appelle pour {M} {PAT} ({ADR}) : chute hier soir, pas de fracture d'après les urgences de
  {hosp}. Demande si {ST} peut passer {slot} au lieu de {slot2}.
VAD {PAT} - {ADR} - {patho} - lit médicalisé livré - {slot}
"""
FAMILY = r"""
Appel de {REL} pour {M} {PAT} : {patho}, sortie de {hosp} prévue vendredi. Demande séances à domicile.
  Rappeler {RELN} au {TEL}.
{REL} (tél {TEL}) : {M} {PS} oublie ses rdv. Mettre les rappels sur le portable de {RELN} désormais.
Appel de {REL} : {M} {PAT} est décédé{e} le week-end dernier. Annuler tous les rdv. Condoléances
  transmises à {ST}.
{REL} appelle pour {M} {PAT}, {nee} le {DDN} : peut-on avoir la facture des séances pour la mutuelle
  ({mutname}, n° {MUT}) ?
"""
CARER = r"""
{CAR}, {role} chez {M} {PAT}, signale qu'{il} a refusé la séance de {slot}. À voir avec {ST}.
Tutelle : {CAR} (mandataire UDAF) demande les factures des séances de {M} {PAT}, dossier {DOS}.
{role} ({CAR}) : {M} {PAT} ne se lève plus depuis 3 jours, {ST} peut-il passer plus tôt ? Tél {TEL}.
"""
PAPERS = r"""
{PAT} : ordo reçue par mail, {seances} séances {patho}. NIR {NIR}, régime local Alsace-Moselle, mutuelle
  {mutname} adh. {MUT}. Tiers payant ok.
Tiers payant refusé pour {M} {PAT} (droits mutuelle fermés au 31/01). N° adhérent {MUT}. Lui demander
  l'attestation {slot}.
Carte vitale de {PAT} illisible, saisie manuelle : {NIR}, {nee} le {DDN}.
{M} {PAT} - C2S - attestation reçue, dossier {DOS}.
N° SS : {NIR}\nNom : {PAT}\nDDN : {DDN}\nMutuelle : {mutname} {MUT}\nOrdonnance du 24/01, {seances} séances
Dossier {DOS} ({PAT}) : ordonnance périmée, prévenir au {TEL}.
"""
KIDS_BLOCK = r"""
{PAR} appelle pour {KID} ({kage} ans), {kpatho}, licencié{ke} au {club}. Faut-il un certificat pour la
  reprise ? Rdv {slot}. Tél maman {TEL}.
Certificat pour le {school} : {KID}, {knee} le {KDDN}, ne peut pas faire le cross. {PAR} tél {TEL}.
Dispense d'EPS : {KID}, élève au {school}. {PAR} passera chercher l'attestation {slot}. {knee} le {KDDN}.
{KID} ({kage} a), {kpatho}, séances le mercredi après-midi uniquement. {PAR} tél {TEL}.
Kiné respi pour {KID}, {kage} ans, [bronchite asthmatiforme]. Parent : {PAR} {TEL}. Urgent, {ST} le
  prend {slot}.
"""
WORK = r"""
AT : {M} {PAT}, employé{e} chez {emp}, entorse du genou le 26/01. N° AT {AT}. NIR {NIR}. Feuille
  d'accident apportée {slot}.
Accident du travail {PAT} ({emp}) - n° {AT} - {wpatho} - prise en charge 100 % - rdv {slot} avec {ST}.
Frontalier{e} : {PAT}, {femp}, accident de trajet, dossier {AT}. Né{e} le {DDN}. Facture en euros.
Rechute d'AT pour {M} {PAT}, nouveau n° {AT}, l'ancien dossier {DOS} est clos.
"""
BARE = r"""
Appel masqué 9h40, personne au bout du fil. Rien sur le répondeur.
Cabinet fermé {slot} (formation [Kabat] de {ST}). Prévenir les patients de ce créneau.
Livraison de bandes de [strapping] et de gel prévue {slot}, quelqu'un doit être là.
Appel d'un patient qui n'a pas laissé son nom : prend-on la [rééducation périnéale] ? Rappellera.
Agenda en ligne : créneau de {slot} annulé par le patient, motif non renseigné.
Mairie : travaux rue Principale, parking inaccessible {slot}.
La table de la salle 2 grince, {ST} a appelé le SAV.
Un monsieur demande les horaires du samedi. Réponse donnée, pas de rdv pris.
rappel interne : {ST} absent(e) {slot}, ses patients sont répartis entre les collègues
Démarchage téléphonique (logiciel de facturation), pas intéressé.
"""
NAMED = {"phone": (PHONE, 16), "voicemail": (VOICE, 9), "booking": (BOOKING, 9), "sms": (SMS, 8),
         "mail": (MAIL, 7), "home": (HOME, 8), "relative": (FAMILY, 9), "carer": (CARER, 5),
         "papers": (PAPERS, 9), "child": (KIDS_BLOCK, 7), "work": (WORK, 6), "bare": (BARE, 12)}
SCENARIOS = list(NAMED.values())
BLOCK_NAMES = {block: name for name, (block, _) in NAMED.items()}
TAILS = ["Tél : {TEL}", "rappeler au {TEL} (après 18h)", "Mutuelle {mutname} adh. {MUT}", "ddn {DDN}",
         "fixe {FIXE} / port. {MOB}", "n° sécu {NIR}", "NIR : {NIR}", "adresse : {ADR}", "mail : {MAIL}"]


def make_note(rng: random.Random, flags: list[set[str]]) -> list[tuple[str, str | None]]:
    hard = hm.pick(rng, HARD) if rng.random() < 0.2 else None
    block, template = hm.draw_template(rng, SCENARIOS)
    w = Writer(rng, cast(rng), hard)
    if block is WORK or "rontalier" in template or "Étudiant" in template:  # of working or student age
        lo, hi = (18, 26) if "Étudiant" in template else (20, 60)
        w.p.born = TODAY - dt.timedelta(days=rng.randint(lo * 365 + 10, hi * 365 + 300))
    note = kept(template).replace("\\n", "\n")
    if block not in (BARE, KIDS_BLOCK) and rng.random() < 0.3:
        sep = rng.choice(["\n", " - ", ". "])
        note = (note.rstrip(".") if sep == ". " else note) + sep + rng.choice(TAILS)
    text = re.sub("\x00 ?", "", note.format_map(w))
    style = rng.random()
    fragments = hm.join_names(hm.parse(text))
    flag = {BLOCK_NAMES[block]}
    if style < 0.12:
        fragments = [(t.lower(), k) for t, k in fragments]
        flag.add("lower-case note")
    elif style < 0.16:
        fragments = [(t.upper(), k) for t, k in fragments]
        flag.add("capitals")
    elif fragments and fragments[0][0][:1].islower():
        fragments[0] = (fragments[0][0][0].upper() + fragments[0][0][1:], fragments[0][1])
    if w.applied:
        flag.add(f"hard:{w.applied}")
    flags.append(flag)
    return fragments


def main() -> None:
    flags: list[set[str]] = []

    def check(r: dict) -> None:
        hm.check_unlabelled(r, name_words)
        hm.check_no_staff(r, name_words)

    records = hm.write(OUT, PREFIX, NOTES, SEED, lambda rng: make_note(rng, flags), check,
                    lambda rs: hm.check_blind_set(rs, NOTES, name_words, TAKEN, 0.2, (0.07, 0.16)))
    hm.report(records, OUT, flags, sum(any(f.startswith("hard:") for f in fl) for fl in flags))


if __name__ == "__main__":
    main()
