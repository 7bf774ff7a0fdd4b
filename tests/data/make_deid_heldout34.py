"""Blind held-out set 34 for the de-identifier: 300 call notes of a kinésithérapie practice in the Alps:
Grenoble, Savoie and Haute-Savoie.

Written on 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists, the
tests nor bench were opened, and the de-identifier was not run on these notes. The earlier sets (the
corpus, held-out sets 1 to 33 and the hard cases) were read by program only, through
heldout_markup.taken_tokens, to refuse every name word they hold: the pools below are the helper's own
candidates, and a candidate holding such a word is left out when the pools are loaded, without the
generator ever printing which.

The setting: a remote secretariat answering for a practice of the Alps in February 2029, between
Grenoble, Chambéry, Annecy, Annemasse, Albertville, Bourg-Saint-Maurice and the ski resorts (Val
Thorens, Les Arcs, Chamonix, La Clusaz...). Ski and snowboard injuries, seasonal workers of the resorts
in staff housing, tourists from the United Kingdom, the Netherlands, Belgium and Italy with their
foreign phones, addresses and health cards, Geneva cross-border workers with Swiss mobiles, mountain
guides, students of Grenoble, retirees seen at home, and families of many origins (Savoyard, Italian,
Portuguese, Maghrebi, Turkish, British, Dutch, Belgian). The notes are phone messages, agenda and
booking exports, forwarded SMS and e-mails, calls from relatives, prescriptions, mutuelle and
work-accident paperwork, typed in a hurry: some all lower case, a few in capitals, some without
accents, with abbreviations and slips; about one note in nine names nobody, about one in seven gives
the patient's name in a harder form (capitals with a comma, lower case, an initial, a slip, a maiden
name, a surname alone).

Labelling: NOM for patients, relatives, carers and neighbours, given and family names, the title (M.,
Mme, Mr, Mrs, dhr., Sig.ra...) outside the span; the practice's staff (deid_staff.json) is never NOM
and is kept `[[K|...]]`. TEL for phones, French and foreign; NIR for social security numbers (15
digits, spaced or not); DDN for birth dates only; EMAIL; ADRESSE from the house number, flat or
lieu-dit through the postcode and town, in one run (a town alone is not marked); ID for mutuelle
member, dossier, booking, licence, accident, health-card and Swiss insurance numbers. Appointment slots,
staff names, clinical terms, hospitals and eponyms are kept `[[K|...]]`. Companies, clubs, schools and
employers are plain text, and no doctor outside the practice is named.

Run from tests/data: ../../.venv/bin/python make_deid_heldout34.py
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata
from pathlib import Path

import heldout_markup as hm
from heldout_markup import keep, nom, tag

NOTES = 300
SEED = 34_2027
PREFIX = "bi"
HERE = Path(__file__).parent
OUT = HERE / "deid_heldout34.jsonl"
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 34)),
           "deid_hard_cases.jsonl")
TODAY = dt.date(2029, 2, 14)
PARTICLES = {"de", "da", "di", "del", "della", "du", "des", "dos", "das", "do", "van", "der", "den", "von",
             "le", "la", "el", "al", "ben", "lo", "d", "l", "o"}
MIN_POOL = 6

# origin pool: names (an underscore joins the words of one name)
POOLS = """
savoie f: Honorine Perrine Ombeline Eulalie Mahaut Albane Apolline Capucine Léontine Ghislaine Huguette
    Georgette Lucienne Paulette Germaine Marcelle Solène Bérénice Clothilde Armelle Edwige Ninon Sixtine
    Maëlys Gwladys Bernadette Jocelyne Aldegonde Domitille Églantine Eugénie Félicie Hermine Isaure
    Maryvonne Pascaline Pélagie Philomène Rolande Roseline Sidonie Victorine Zélie Blandine Berthe Flavie
    Héloïse Lorette Marthe Nadège Quitterie Tiphaine Ursule Violaine Yolande Aliénor Bertille Clarisse
    Josette Ginette Raymonde Micheline Andrée Claudette Arlette Aglaé Faustine Gaëtane Sylvaine Noëlle
    Adeline Thaïs Maïwenn Enora Soline Clarence Alix Daphné Ophélie Lison Rosine Amandine Mélisande
    Guillemette Jacinthe Laurine Maylis Romane Océane Nolwenn Gersende Aude Anne-Sophie Marie-Noëlle
    Amance Bathilde Cyprienne Eudoxie Fabiola Gertrude Hildegarde Irma Jovite Léocadie Pétronille Radegonde
    Scholastique Théodora Valburge Wilhelmine Zénaïde Anastasie Euphrasie Florentine Gilberte Hyacinthe Ida
    Laurentine Mathurine Norberte Olympe Prudence Sévérine Théodorine Valentine Angèle Augustine Célestine
    Ernestine Fernande Henriette Léonide Ottilie Rosalie Thècle Appoline Aure Ysaline Ysoline Lorélie
    Océliane Lyne Clélia Méline Lilwenn Nélia Cléo Liséa Elyne Maïna Anthelmine Péronne Marie-Thérèse
    Fortunée Séraphine Modestine Eulodie Ermance Clémentine Delphe Bénigne Aldona Gudule Sigolène Solange
    Edmée Godeliève Yseult Isoline Albertine Marcelline Delphina Rosemonde Pierrette Léopoldine Hortensia
    Anselmine Reinette Jeannine Lucette Mauricette Nicolette Odilia Paule
savoie m: Séraphin Marcellin Albin Urbain Côme Ambroise Anatole Félicien Barnabé Clovis Gaspard Achille
    Ferdinand Honoré Fernand Régis Timothée Corentin Grégoire Lilian Marius Gilbert Armand Anthelme Amédée
    Aimé Alphonse Blaise Cyprien Désiré Edmond Éloi Firmin Gaëtan Gérald Ghislain Gonzague Hippolyte
    Josselin Lazare Léandre Léopold Maxence Médéric Narcisse Norbert Octave Philibert Prosper Raoul Romuald
    Sosthène Stanislas Théophile Valère Venance Victorin Zacharie Wilfried Évariste Landry Aloïs Brice
    Dorian Erwan Gautier Hugues Irénée Jocelyn Killian Loris Marin Nathanaël Pacôme Rodolphe Samson Tanguy
    Ulysse Wandrille Joris Mayeul Alban Aymeric Lénaïc Baudouin Enguerrand Fulbert Gatien Isidore Jordan
    Fulcran Aurèle Anselme Crépin Dieudonné Exupère Flavien Gervais Gildas Hilaire Ignace Jacquelin Léger
    Liévin Mamert Nestor Odilon Pancrace Quirin Rustique Saturnin Sylvestre Tiburce Vianney Wulfran Anthime
    Célestin Donatien Euloge Frumence Gwenaël Herménégilde Isambert Jodoc Lubin Marcien Nicaise Onésime
    Paterne Rogatien Séverin Symphorien Tugdual Ursmer Valéry Timéo Lyam Kélian Ylan Maëlan Aylan Soan Loan
    Gabin Sohan Naël Marceau Apollinaire Aristide Athanase Bénézet Calixte Cyrille Eustache Fortuné
    Gratien Joachim Modeste Nazaire Placide Servais Théodule Victorien Zéphyrin Jovin Claudius Emeric
    Pierrick Yvan Aubin Bérenger Childéric Elzéar Ferréol Gontran Josué Lothaire Ludger Perceval Sigismond
    Tancrède Vivien Wilfrid Abélard Arsène Barthélemy Candide Didace Fiacre Germain Jonas Lancelot Médard
    Nolhan Octavien Rodrigue Siméon Théotime Vital Yvonnick Anthonin Donovan Elouan Florimond Hadrien Isaïe
    Kylian Mahé Oswald Sixte Ulrich Amaury Armel Edgar Faustin Horace Milo Solal Swann Virgile Zéphyr
savoie s: Perrollaz Mugnier Bibollet Bochaton Chevallay Ducrettet Curdy Lathuille Gantin Mermoud Decouz
    Sallaz Grosset-Grange Gojon Devouassoux Tairraz Ravanel Couttet Balmat Chamiot Tochon Chardonnet Cochat
    Vulliez Mégevand Gerfaux Lyonnaz Peillex Bozonnet Lachenal Jacquemoud Pollien Socquet Paccalet Buttin
    Excoffier Gruaz Mermillod Desbiolles Fournier-Bidoz Marullaz Challamel Brondex Dagand Guffon Hudry
    Lavorel Missillier Montmasson Quétand Rannaz Sonnerat Thabuis Uginet Vachoux Bétemps Cheneval Perréard
    Vittoz Arpin Chappaz Chatellard Chenevier Contat Covarel Darves-Bornoz Déchamboux Dijoud Domenge
    Duverney Emonet Exertier Falquet Fillion Fontanel Gaime Genoud Grillet Joguet Jorioz Marjollet Mogenet
    Nantermoz Orset Pellissier Perillat Pernoud Puthod Reveyaz Rosaz Sautier Servettaz Tissot-Daguette
    Veyrat-Charvillon Vuarand Argoud Bouchayer Cuynat Eymard Faure-Brac Gerin Mollard Mounier Ravix
    Repellin Rochas Sappey Vallet-Mollard Veyron Chaix Achard Tournoud Bonnardel Jacolin Guichardaz
italie f: Graziella Loredana Ornella Rossella Mariangela Donatella Fiorella Carmela Assunta Nunzia Ilaria
    Benedetta Ludovica Giorgia Annunziata Raffaella Concetta Gianna Agnese Adelina Antonella Caterina
    Elisabetta Filomena Franca Immacolata Letizia Lucrezia Marisa Michela Nicoletta Orsola Patrizia
    Pierangela Roberta Rosaria Simonetta Tiziana Vincenza Ersilia Maddalena Cinzia Arianna Federica
    Mirella Pina Silvana Rosalba Ottavia Graziana
italie m: Giancarlo Gianluca Massimo Renzo Ottavio Salvatore Carmine Domenico Vittorio Piergiorgio Tommaso
    Ruggero Arturo Emiliano Gennaro Corrado Saverio Aldo Amedeo Calogero Cosimo Egidio Ettore Fabrizio
    Fausto Gaetano Giacomo Italo Lino Orazio Pasquale Primo Raffaele Rocco Umberto Valerio Oreste Raniero
    Rodolfo Tullio Giuliano Lamberto Gualtiero Osvaldo Sandro Ercole Nazzareno
italie s: Bortolotti Cattaneo Bonfanti Mancuso Sartori Pellegrini Tortorici Scarpellini Mazzoleni
    Bergamaschi Zampieri Vanzetti Fumagalli Castagnoli Righetti Pagnotta Iannone Lo_Presti Di_Stefano
    Zanolla Tamborini Carrozza Ghirardelli Bonaldi Sciortino Pastorello Abbiati Baldacci Benvenuti
    Bianchetti Boschetti Brambilla Cavallaro Cerutti Corsini Crippa De_Angelis Donadoni Galbiati Guarnieri
    Leoncini Lucchesi Montanari Orlandini Perotti Quaranta Ravasi Salvadori Tedeschi Tonelli Trevisan
    Valsecchi Zucchi Agostinelli Bellomo Cappelletti Fogliani Pirovano Sangalli Zambon Cortinovis
portugal f: Conceição Lurdes Rosário Graça Joana Leonor Filipa Fernanda Deolinda Idalina Natércia
    Ermelinda Rosalina Adelaide Albertina Aurora Beatriz Cidália Dulce Edite Elvira Emília Glória Isaura
    Judite Laurinda Lucinda Madalena Manuela Margarida Otília Palmira Piedade Zulmira Celeste Benvinda
    Alzira Olímpia Guilhermina Leopoldina Gracinda Fátima
    Aldina Arminda Benilde Carminda Custódia Eduarda Etelvina Generosa Hermínia Ilda Jacinta Lucília
    Marcolina Noémia Orquídea Perpétua Quitéria Sameiro Teodora Umbelina Virgínia Zélia Cremilde Dorinda
    Esmeralda Iracema Joaquina Luzia Mafalda Nazaré Odete Prazeres Rosinda Silvina Telma Valquíria Alcina
    Almerinda Amância Angelina Balbina Belmira Brígida Cacilda Cândida Crisanta Delmira Dores Ercília
    Estefânia Felismina Florbela Germana Henriqueta Inocência Josefa Leontina Libânia Lígia Marília
    Miquelina Natividade Olinda Patrocínia Rosária Ulrica Vanda Virgília Zita Ivone Rosete
portugal m: Joaquim Abílio Armando Rui Tiago Nuno Duarte Gonçalo Vasco Hélder Agostinho Adelino Albano
    Custódio Lourenço Alcides Álvaro Américo Aníbal Belmiro Bernardino Casimiro Delfim Diamantino Domingos
    Emídio Germano Horácio Inácio Jaime Leonel Lúcio Marcelino Norberto Octávio Reinaldo Rogério Sebastião
    Serafim Silvino Valdemar Virgílio Zeferino Amândio Arlindo Cândido
    Adriano Aires Alípio Anselmo Aurélio Baltazar Bráulio Camilo Crispim Eurico Evaristo Fabrício Firmino
    Florêncio Gervásio Hermenegildo Isidro Jacinto Juvenal Laurindo Olegário Patrício Quirino Rufino
    Tomé Ulisses Valentim Vitorino Zacarias Albino Amadeu Crisóstomo Elísio Feliciano Gualter Ilídio Lauro
    Simão Teófilo
portugal s: Figueiredo Magalhães Fonseca Azevedo Quintas Pinheiro Sequeira Vasconcelos Medeiros Cerqueira
    Brandão Mourão Carvalhal Amorim Louro Esteves Valente Sampaio Meireles Trindade Afonso Aguiar Antunes
    Araújo Borges Caldeira Coelho Couto Domingues Faria Freitas Guerreiro Henriques Leal Leite Macedo
    Moreira Nogueira Paiva Pimenta Queirós Serrano Simões Tavares Veloso Calado Carneiro Cordeiro Gouveia
    Lameiras Loureiro Pacheco Rebelo Salgado Sarmento Seixas Taborda Quaresma Barroso
    Abrantes Alvarenga Ameixoeira Anjos Arruda Assunção Bacelar Balsemão Barreiros Bettencourt Boaventura
    Bragança Caeiro Canelas Carrilho Carreira Carvalheira Cerveira Chaves Damasceno Estrela Falcão Figueira
    Frazão Furtado Galvão Garrido Godinho Gusmão Lacerda Lemos Lousada Magro Malheiro Marinho Mascarenhas
    Meneses Morgado Negrão Noronha Novais Ornelas Pestana Portela Proença Rebordão Resende Ribas Rosado
    Sardinha Semedo Sobral Toscano Valadares Varela Videira Vilaça Zagalo Barreto Bessa Bilhim Cachapuz
    Cunhal Gamboa Grilo Leitão Mesquita Pinhal Pombo Raposo Serôdio Tojal Trigo Fragoso
maghreb f: Nawel Ikram Soumaya Hafsa Meriem Zineb Ouarda Dounia Houria Chahinez Loubna Farida Samia Naïma
    Wassila Kenza Souad Amel Asma Assia Bahia Chafia Dalila Djamila Fadila Fatiha Ghania Hakima Hanane Hayat
    Jamila Karima Khadidja Lamia Latifa Malika Mounia Nabila Nacera Nesrine Ouafa Radia Rym Safia Sakina
    Salima Sihem Taous Wafa Yamina Zohra Zoubida Manel Rania Sirine Hiba Chaïma Fella Kahina Dihia Tassadit
    Tinhinane Thiziri Ouiza Lynda Baya
    Aldjia Chérifa Dehbia Djohra Fettouma Hadjira Kheira Louisa Messaouda Mimouna Nafissa Ounissa Rabia
    Saliha Yamna Zahia Zakia Ghizlane Hasna Ibtissam Jihane Khaoula Majda Najat Rajae Siham Touria Widad
    Zahra Bouchra Hanae Ikrame Mariam Oumaïma Soukaina Yousra Amira Anissa Chirine Djena Feriel Lilia
    Maroua Nihel Rihab Wiam
maghreb m: Bilal Hichem Mourad Abdelkader Nordine Walid Yacine Fayçal Lakhdar Tarek Smaïn Issam Redouane
    Mustapha Noureddine Azzedine Abdelhak Abderrahmane Ahcène Amar Arezki Belaïd Boualem Brahim Chérif
    Djamel Farouk Hocine Idir Ilyes Jamal Kamel Khaled Lounes Madjid Menad Messaoud Mohand Nacer Rabah Riad
    Slimane Sofiane Toufik Younes Zakaria Aksel Massinissa Amayas Mounir Othmane Ayoub Badr Lyes Yazid
    Ameziane Lahcen
    Abdelmadjid Abdenour Achour Akli Allaoua Ammar Aomar Belkheir Benaïssa Bouziane Chabane Dahmane
    Djelloul Fodil Ghani Habib Hacène Hamid Ismaïl Kaddour Kouider Lyazid Mahfoud Makhlouf Mokrane Nadir
    Ramdane Saddek Salah Seddik Tahar Yahia Zoubir Abdeslam Driss Jilali Mostafa Abdellatif Azeddine Hamou
    Lahoucine Mbarek Moulay Aziz Chakib Taoufik Anouar Haroun Souhail Wassim Adnane Ilias Rayane Ayman Amir
    Anas Idriss Moncef Slim Hatem Lotfi
maghreb s: Belkacem Bouzid Cherifi Djebbar Hamidi Kaddouri Mansouri Ouali Rahmouni Saadi Tahiri Zerrouki
    El_Idrissi Bensalem Boukhari Lahlou Messaoudi Amrouche Ferhat Guendouz Hadjadj Khelifi Benyahia Zitouni
    Abdelli Aouadi Belhadj Belaïdi Benamar Bendjelloul Benhamou Benmoussa Bouaziz Boudjema Boughaba Bouras
    Brahimi Chaouch Chebbi Dahmani Derbal Djellal Gharbi Hachemi Haddouche Harbi Jaziri Kerroum Laribi
    Mebarki Meziane Mokrani Oudjani Rezgui Sahraoui Souilah Touati Yahiaoui Ziani Amziane Hammoudi Lounici
    Mekki Ouchène Sellami Talbi Tounsi Zemmouri Bouchelaghem Guerfi Aissaoui
turquie f: Elif Zeynep Ayşe Emine Büşra Gülsen Derya Hatice Melek Sevgi Yasemin Dilek Esra Sibel Aslı Bahar
    Berna Burcu Canan Çiğdem Ebru Filiz Gamze Gizem Gönül Hande Hülya İpek Meltem Merve Nazlı Nermin Nilay
    Özlem Pınar Selin Serap Songül Şule Tuba Tuğba Ümran Yeliz Zehra Zerrin Aysel Hacer Nurten Sevim Şenay
turquie m: Mehmet Emre Burak Hakan Kemal Okan Serkan Tuncay Volkan Ömer Cem Erkan Levent Adem Alper Arda
    Barış Bülent Cengiz Coşkun Engin Ercan Erdal Ersin Eyüp Fikret Gökhan Halil Kadir Kerem Mahmut Mert
    Metin Necati Orhan Recep Sedat Sinan Tolga Uğur Ufuk Yavuz Yiğit Zafer Cihan Oğuz Taner Turgut İlhan
    Abdullah Bayram Cemal Eray Fatih Gürkan Harun İlker İsmet Kenan Koray Mesut Muhammet Nihat Onur Oktay
    Rıza Sabri Salih Selçuk Semih Serdar Şükrü Tarık Tayfun Timur Tuncer Vedat Yakup Yunus Zeki Batuhan
    Berkay Emirhan Furkan Mücahit Oğuzhan Talha Yasin Efe Enes Görkem Çağlar Ozan Sercan Tunahan
turquie s: Yılmaz Şahin Çelik Öztürk Aydın Arslan Doğan Kılıç Polat Karakaya Gündoğdu Tekin Korkmaz
    Özdemir Uçar Kocabaş Taşkın Akgül Akın Aktaş Altun Avcı Bozkurt Cansız Duman Eren Erdem Güler Güneş
    Gürbüz Işık Kaplan Karaca Keskin Koç Özkan Özer Şimşek Temiz Toprak Turan Uysal Ünal Yıldız Yücel
    Ateş Bulut Çakır Durmaz Ekinci Erol Kalkan Karataş Kocaman Savaş Sönmez Tunç Sarıkaya Demirtaş
    Ağaoğlu Akbulut Akdağ Akyüz Albayrak Alkan Altıntaş Atalay Ayhan Başaran Bayındır Birinci Çetinkaya
    Çiftçi Dağdelen Demirci Dinçer Dündar Elmas Erbay Ergün Ersoy Gedik Gezer Gökçe Gümüş Gürsoy İnce
    Kahraman Karabulut Karagöz Kavak Kaymaz Kılınç Kurtuluş Mutlu Okumuş Önal Örnek Özbek Özgür Özkaya
    Pehlivan Sevinç Soylu Süleymanoğlu Tatlı Tokgöz Topal Tuna Türkmen Uzun Yalçın Yaman Yazıcı Yeşil Zengin
british f: Harriet Imogen Bethany Philippa Rosalind Gemma Siobhan Fiona Kirsty Abigail Eleanor Poppy
    Rhiannon Georgina Alison Annabel Araminta Beatrix Bryony Caitlin Clementine Cordelia Elspeth Felicity
    Freya Gwen Heather Isla Jemima Lorna Mairi Maisie Morag Niamh Penelope Primrose Rowena Saoirse Tabitha
    Verity Winifred Ffion Bronwen Carys Eilidh Hattie Millicent Ottilie Tamsin Hermione Pippa
british m: Alistair Rupert Hamish Angus Callum Gareth Dominic Nigel Ewan Rhys Toby Crispin Declan Fergus
    Alfie Archibald Barnaby Bertie Cedric Clive Cormac Desmond Duncan Edmund Fraser Gavin Giles Graham Jasper
    Jolyon Keith Lachlan Malcolm Magnus Neville Niall Ollie Percival Reginald Rory Ruaridh Seamus Torquil
    Trevor Wilfred Owain Gethin Huw Iain Aled Hector Monty
british s: Whitfield Ashworth Pemberton Cartwright Holloway Fairbairn Thistlethwaite McAllister O'Donnell
    Pritchard Blackwood Hargreaves Llewellyn Redfern Winterbottom Kershaw Threlfall Entwistle Braithwaite
    Ogilvie Appleby Arkwright Bagshaw Barraclough Bickerstaff Birtwistle Blenkinsop Boothroyd Crabtree
    Dalrymple Drinkwater Eccleston Fothergill Greenhalgh Haworth Higginbottom Illingworth Ingleby Lockwood
    MacLeod McGillivray Netherwood Oldroyd Pickersgill Postlethwaite Rowbotham Sowerby Stansfield Sutcliffe
    Tattersall Uttley Wainwright Wolstenholme Ackroyd Ainsworth Dewhurst Heptonstall Kenworthy Murgatroyd
    Nuttall Ormerod Openshaw Pilkington Ramsbottom Thwaites Whiteley Prothero Kilbride Fitzpatrick Quigley
    Mulholland
dutch f: Femke Sanne Marieke Lieke Marloes Ineke Esmee Fleur Jolien Wietske Annemiek Anke Bregje Carlijn
    Dieuwke Evelien Froukje Geertje Hanneke Ilse Jantine Karlijn Loes Maaike Mirjam Nienke Renske Roos
    Saskia Trijntje Willemijn Brechtje Elke Floortje Gerda Hester Lonneke Margriet Neeltje Rianne Sietske
dutch m: Joost Bram Pieter Sjoerd Maarten Thijs Gijs Wouter Jeroen Ruud Koen Daan Arjen Casper Dirk Egbert
    Floris Frits Gerrit Hidde Jaap Jelmer Joep Kees Lieuwe Mees Niels Onno Reinier Rutger Siebe Teun Tijmen
    Ties Valentijn Wessel Arend Berend Diederik Evert Freek Huub Menno Sander
dutch s: van_der_Meulen de_Groot Visser Bakker Hendriks Dekker Brouwer Kuipers Verhoeven Postma Hoekstra
    Schouten van_Leeuwen Zwart Terpstra Wijnberg Aalbers Bosma Dijkstra Feenstra Haverkamp Jonker Lammers
    Nijhuis Oosterhuis Roelofs Smeets Timmermans van_den_Bosch van_der_Linden Veenstra Willemsen Zijlstra
    Boersma Groeneveld Hofstede Kooistra Molenaar Ottens Scholten Stegeman Tuinstra Wolters Bouwman
    Huisman Koopman Steenbergen van_Rijn Kuijpers Oudshoorn Schipper Wiersma Ypma
belgium f: Griet Annelies Lotte Ellen Gaëlle Liesbeth Veerle Bieke Els Evi Fien Hilde Ine Katrien Kristel
    Leen Marijke Nele Tine Inge Hanne Febe Yana Maïté Géraldine Murielle Ann Goedele Sien Jozefien
belgium m: Wim Stijn Pieterjan Jelle Koenraad Tijs Bert Dries Filip Geert Gert Jef Kobe Lander Seppe Sven
    Warre Ward Wout Brecht Jens Thibault Grégory Cédric Jelmer Arnout Korneel Lieven
belgium s: Vandenberghe Desmet Peeters Claes Goossens Vermeulen Van_Damme Dewulf Lambrechts Vanhove
    De_Smedt Vercruysse Verstraete Depoorter Baert Bogaert Claeys De_Backer De_Clercq Dehaene De_Meyer Devos
    De_Wilde Dierickx D'Hondt Hermans Janssens Lemmens Martens Mertens Michiels Moens Smets Thys Van_Acker
    Van_de_Velde Van_den_Broeck Verbeke Verhaegen Wauters Delvaux Collignon Gilson Hubin Jacquemin Lhoist
    Marchal Piret Stassen Goffin Dethier Lecocq Henrard Vanderstraeten
"""
# origin -> (unused weight, INSEE code of the birth country, birth departments when born in France)
FACTS = {
    "savoie": (0, "", "73 74 38 01 69 05"),
    "italie": (0, "127", "73 74 38 69 13"),
    "portugal": (0, "139", "73 74 38 69"),
    "maghreb": (0, "352", "38 69 73 74 13"),
    "turquie": (0, "208", "38 74 73 69"),
    "british": (0, "132", ""),
    "dutch": (0, "135", ""),
    "belgium": (0, "131", ""),
}
MAGHREB_BIRTH = ("350", "351", "352")
ORIGINS, _KIDS = hm.load_pools(POOLS, FACTS)
TAKEN = hm.taken_tokens(OUT, EARLIER)


def name_words(name: str) -> set[str]:
    return hm.name_parts(name, PARTICLES)


def fresh(names: list[str]) -> list[str]:
    """The candidates none of whose words an earlier set or the staff holds (nothing printed)."""
    return [n for n in names if not name_words(n) & TAKEN]


POOL = {o: {"f": fresh(org.given_f), "m": fresh(org.given_m), "s": fresh(org.surnames)}
        for o, org in ORIGINS.items()}

STAFF_NAMES = ["Julien Martin", "Sophie Lemoine", "Karim Haddad"]
STAFF_SHORT = {"Julien Martin": "Julien", "Sophie Lemoine": "Sophie", "Karim Haddad": "Karim"}

# ---------------------------------------------------------------------------------------------
# Profiles: who the patient is

PROFILE_WEIGHTS = {"local": 23, "seasonal": 14, "tourist_uk": 8, "tourist_nl": 5, "tourist_be": 4,
                   "tourist_it": 4, "frontalier": 9, "student": 9, "retiree": 12, "guide": 5, "kid": 9}
LOCAL_MIX = {"savoie": 48, "italie": 15, "portugal": 12, "maghreb": 14, "turquie": 8, "british": 3}
PROFILE_ORIGINS = {
    "local": LOCAL_MIX,
    "kid": LOCAL_MIX,
    "seasonal": {"savoie": 30, "portugal": 10, "maghreb": 12, "british": 14, "dutch": 5, "italie": 7,
                 "turquie": 5, "belgium": 4},
    "tourist_uk": {"british": 1},
    "tourist_nl": {"dutch": 1},
    "tourist_be": {"belgium": 1},
    "tourist_it": {"italie": 1},
    "frontalier": {"savoie": 38, "portugal": 16, "italie": 10, "maghreb": 16, "turquie": 8},
    "student": {"savoie": 40, "maghreb": 16, "italie": 10, "portugal": 10, "turquie": 10, "british": 4},
    "retiree": {"savoie": 52, "italie": 20, "portugal": 12, "maghreb": 9, "turquie": 3, "british": 4},
    "guide": {"savoie": 72, "british": 10, "italie": 10, "dutch": 4, "belgium": 4},
}
AGES = {"local": (22, 70), "kid": (7, 16), "seasonal": (19, 34), "tourist_uk": (24, 62),
        "tourist_nl": (24, 62), "tourist_be": (24, 62), "tourist_it": (24, 62), "frontalier": (24, 58),
        "student": (18, 26), "retiree": (63, 91), "guide": (27, 61)}
RESIDENCE = {"tourist_uk": "uk", "tourist_nl": "nl", "tourist_be": "be", "tourist_it": "it"}

# kin noun, its sex, the patient as seen from the relative (m, f), chance of sharing the surname
KIN = {
    "mère": ("f", "fils", "fille", 0.85), "père": ("m", "fils", "fille", 0.9),
    "mari": ("m", "mari", "femme", 0.6), "femme": ("f", "mari", "femme", 0.6),
    "compagne": ("f", "compagnon", "compagne", 0.05), "compagnon": ("m", "compagnon", "compagne", 0.05),
    "fille": ("f", "père", "mère", 0.6), "fils": ("m", "père", "mère", 0.9),
    "sœur": ("f", "frère", "sœur", 0.7), "frère": ("m", "frère", "sœur", 0.9),
    "voisine": ("f", "voisin", "voisine", 0.0), "voisin": ("m", "voisin", "voisine", 0.0),
    "aide à domicile": ("f", "patient", "patiente", 0.0), "coloc": ("f", "coloc", "coloc", 0.0),
    "amie": ("f", "ami", "amie", 0.0), "ami": ("m", "ami", "amie", 0.0),
}
KIN_BY_PROFILE = {
    "kid": "mère mère père",
    "student": "mère père coloc amie ami compagne compagnon",
    "retiree": "fille fils voisine voisin aide_à_domicile mari femme fille",
    "seasonal": "coloc compagne compagnon mère amie ami",
    "tourist": "mari femme compagne compagnon amie sœur frère",
    "other": "mari femme compagne compagnon sœur frère fille fils mère",
}

# ---------------------------------------------------------------------------------------------
# Places, kept words, plain words

FR_TOWNS = [("38000", "Grenoble"), ("38100", "Grenoble"), ("38130", "Échirolles"), ("38240", "Meylan"),
            ("38170", "Seyssinet-Pariset"), ("38500", "Voiron"), ("38410", "Chamrousse"),
            ("73000", "Chambéry"), ("73290", "La Motte-Servolex"), ("73100", "Aix-les-Bains"),
            ("73200", "Albertville"), ("73700", "Bourg-Saint-Maurice"), ("73600", "Moûtiers"),
            ("74000", "Annecy"), ("74600", "Seynod"), ("74100", "Annemasse"), ("74200", "Thonon-les-Bains"),
            ("74400", "Chamonix-Mont-Blanc"), ("74220", "La Clusaz"), ("74300", "Cluses"),
            ("73400", "Ugine"), ("38330", "Montbonnot")]
BORDER_TOWNS = [("74100", "Annemasse"), ("74100", "Ambilly"), ("74100", "Ville-la-Grand"),
                ("74160", "Saint-Julien-en-Genevois"), ("74240", "Gaillard"), ("74140", "Douvaine")]
RESORT_TOWNS = [("73440", "Val Thorens"), ("73700", "Les Arcs"), ("74400", "Chamonix"),
                ("74220", "La Clusaz"),
                ("73320", "Tignes"), ("73440", "Les Menuires"), ("73120", "Courchevel"),
                ("73550", "Méribel"), ("74450", "Le Grand-Bornand"), ("73210", "La Plagne")]
STREETS = ["rue des Alliés", "cours Berriat", "avenue Alsace-Lorraine", "rue de la République",
           "chemin des Écureuils", "impasse des Gentianes", "route des Chalets", "allée des Edelweiss",
           "rue du Lac", "avenue de Genève", "quai des Clarisses", "rue Sommeiller", "faubourg Montmélian",
           "rue Croix-d'Or", "chemin du Biollay", "montée du Fort", "rue de la Gare", "route de Tignes",
           "rue du Mont-Blanc", "avenue des Marquisats", "rue Très-Cloîtres", "chemin des Mésanges",
           "rue des Bergeronnettes", "route de Thônes", "avenue de Chevênes", "rue Paul-Bert",
           "boulevard du Théâtre", "rue de l'Isère", "place du Marché", "chemin de la Tour"]
STREETS_SHORT = {"rue": "r.", "avenue": "av.", "chemin": "ch.", "boulevard": "bd", "route": "rte"}
LIEUX = ["lieu-dit Les Granges", "hameau du Villard", "lieu-dit Le Praz", "hameau des Chavonnes",
         "lieu-dit La Combe", "hameau du Cernix", "lieu-dit Les Mollettes"]
RESIDENCES = ["Résidence Le Ruitor", "Résidence Les Glaciers", "Chalet Les Marmottes",
              "Résidence Altitude 2000",
              "Chalet Le Grizzli", "Résidence Le Cheval Blanc", "Résidence Les Lauzes"]
UK_PLACES = [("Harrogate", "HG1 4QP"), ("Bristol", "BS6 7XR"), ("Leeds", "LS6 2AB"),
             ("Manchester", "M20 2RN"),
             ("Edinburgh", "EH10 4BF"), ("Guildford", "GU1 3JX"), ("Bath", "BA2 4DL"), ("York", "YO24 1AB"),
             ("Cheltenham", "GL50 2QT"), ("Kendal", "LA9 4TS")]
UK_STREETS = ["Mill Lane", "Queen's Road", "Victoria Street", "Church Walk", "Beech Grove", "Station Road",
              "Orchard Close", "Kingsway", "Albert Terrace"]
NL_PLACES = [("1016 HD", "Amsterdam"), ("3511 AS", "Utrecht"), ("2514 EC", "Den Haag"),
             ("3012 CL", "Rotterdam"),
             ("5611 AB", "Eindhoven"), ("9711 LM", "Groningen"), ("2311 EZ", "Leiden")]
NL_STREETS = ["Prinsengracht", "Oudegracht", "Lange Voorhout", "Vondelstraat", "Kerkstraat", "Biltstraat",
              "Nieuwe Binnenweg"]
BE_PLACES = [("1000", "Bruxelles"), ("9000", "Gent"), ("2000", "Antwerpen"), ("4000", "Liège"),
             ("5000", "Namur"), ("3000", "Leuven"), ("1300", "Wavre"), ("8000", "Brugge")]
BE_STREETS = ["Rue Royale", "Kouter", "Meir", "Rue des Guillemins", "Avenue Louise", "Naamsestraat",
              "Rue de Fer", "Steenstraat"]
IT_PLACES = [("10122", "Torino"), ("20124", "Milano"), ("11100", "Aosta"), ("16121", "Genova"),
             ("10064", "Pinerolo"), ("24121", "Bergamo"), ("37121", "Verona")]
IT_STREETS = ["Via Garibaldi", "Corso Francia", "Via Roma", "Via Mazzini", "Corso Buenos Aires",
              "Via Cavour", "Viale Monza"]

RESORTS = ["Val Thorens", "Les Arcs", "Chamonix", "La Clusaz", "Tignes", "Les Menuires", "Courchevel",
           "Méribel", "Le Grand-Bornand", "Chamrousse", "La Plagne", "Val d'Isère", "Avoriaz"]
TOWNS = ["Grenoble", "Chambéry", "Annecy", "Annemasse", "Albertville", "Bourg-Saint-Maurice", "Moûtiers",
         "Échirolles", "Aix-les-Bains", "Cluses", "Thonon"]
INJURIES = ["entorse du LCA", "rupture du LCA", "fracture du plateau tibial", "luxation d'épaule",
            "fracture du poignet", "entorse de cheville", "lésion du ménisque interne", "pouce du skieur",
            "fracture de clavicule", "traumatisme du coccyx", "lombalgie", "tendinopathie rotulienne",
            "ligamentoplastie DIDT", "entorse du LLI", "contusion costale", "fracture du radius distal",
            "rupture de la coiffe des rotateurs", "PTG", "PTH", "cervicalgie", "syndrome de l'essuie-glace",
            "fracture de Pouteau-Colles", "ligamentoplastie selon Kenneth-Jones", "entorse grave du genou",
            "fracture de l'humérus", "maladie d'Osgood-Schlatter", "fracture de la malléole",
            "test de Lachman positif", "capsulite rétractile", "entorse acromio-claviculaire"]
KID_INJURIES = ["entorse de cheville", "fracture du poignet", "maladie d'Osgood-Schlatter",
                "entorse du genou",
                "fracture de clavicule", "maladie de Sever", "traumatisme du coude", "contusion du genou"]
OLD_INJURIES = ["PTH", "PTG", "fracture du col du fémur", "lombalgie", "rééducation à la marche",
                "capsulite rétractile", "fracture du poignet", "maladie de Parkinson",
                "syndrome de glissement",
                "rupture de la coiffe des rotateurs", "fracture de l'humérus", "arthrose du genou"]
# a hospital and its gender for the article: m, f, e (elided) or p (plural)
HOSPITALS = [("CHU Grenoble Alpes", "m"), ("CHUGA", "m"), ("hôpital Michallon", "e"),
             ("CH Métropole Savoie", "m"),
             ("hôpital de Chambéry", "e"), ("CH Annecy Genevois", "m"), ("CHAG", "m"),
             ("CH de Bourg-Saint-Maurice", "m"), ("clinique des Cèdres", "f"), ("clinique Belledonne", "f"),
             ("hôpital de Moûtiers", "e"), ("HUG", "p"), ("Hôpital privé Pays de Savoie", "e"),
             ("Clinique Générale d'Annecy", "f"), ("hôpital de Sallanches", "e"),
             ("centre médical de la station", "m")]
ARTICLES = {"de": {"m": "du ", "f": "de la ", "e": "de l'", "p": "des "},
            "à": {"m": "au ", "f": "à la ", "e": "à l'", "p": "aux "},
            "le": {"m": "le ", "f": "la ", "e": "l'", "p": "les "}}
MUTUELLES = ["Harmonie Mutuelle", "MGEN", "Malakoff Humanis", "AG2R La Mondiale", "Alan", "Apivia",
             "MAAF Santé", "la Mutuelle Générale", "Swiss Life", "MNT", "Mutuelle Mont-Blanc", "Groupama",
             "la MSA", "Axa", "April", "LMDE", "Heyme"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_SHORT = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]


# ---------------------------------------------------------------------------------------------
# Slots (kept)


def slot_text(rng: random.Random) -> str:
    day = dt.date(2029, 2, 12) + dt.timedelta(days=rng.randrange(26))
    while day.weekday() == 6:
        day = dt.date(2029, 2, 12) + dt.timedelta(days=rng.randrange(26))
    hour = rng.choice([8, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 18, 19])
    minute = rng.choice([0, 0, 15, 30, 30, 45])
    hm_ = f"{hour}h{minute:02d}" if minute else rng.choice([f"{hour}h", f"{hour}h00", f"{hour}:00"])
    wd = day.weekday()
    forms = [
        f"{DAYS[wd]} {day.day:02d}/{day.month:02d} à {hm_}",
        f"{DAYS[wd]} {day.day} à {hm_}",
        f"{DAYS_SHORT[wd]} {day.day:02d}/{day.month:02d} {hm_}",
        f"le {day.day}/{day.month:02d} à {hm_}",
        f"{DAYS[wd]} {hm_}",
        f"{DAYS[wd]} {day.day} {MONTHS[day.month - 1]} {hm_}",
        f"{day.day:02d}/{day.month:02d}/{day.year % 100} {hm_}",
        f"{DAYS[wd].capitalize()} {day.day} {MONTHS[day.month - 1][:3]}. {hm_}",
    ]
    return rng.choice(forms)


# ---------------------------------------------------------------------------------------------
# Identifiers


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def groups(text: str, sizes: list[int], sep: str = " ") -> str:
    out, i = [], 0
    for size in sizes:
        out.append(text[i:i + size])
        i += size
    if i < len(text):
        out.append(text[i:])
    return sep.join(out)


def phone(rng: random.Random, country: str, landline: bool = False) -> str:
    if country == "fr":
        if landline:
            body = rng.choice(["476", "479", "450", "438"]) + digits(rng, 6)
        else:
            body = rng.choice("67") + digits(rng, 8)
        num = "0" + body
        form = rng.random()
        if form < 0.35:
            return groups(num, [2, 2, 2, 2, 2])
        if form < 0.55:
            return groups(num, [2, 2, 2, 2, 2], ".")
        if form < 0.7:
            return num
        if form < 0.8:
            return groups(num, [2, 2, 2, 2, 2], "-")
        if form < 0.92:
            return "+33 " + groups(body, [1, 2, 2, 2, 2])
        return "+33" + body
    if country == "uk":
        body = "7" + rng.choice(["700", "911", "825", "438", "580"]) + digits(rng, 6)
        return rng.choice([f"+44 {body[:4]} {body[4:]}", f"0{body[:4]} {body[4:7]} {body[7:]}",
                           f"0044 {body}", f"+44 (0){body[:4]} {body[4:]}"])
    if country == "nl":
        body = "6" + digits(rng, 8)
        return rng.choice([f"+31 6 {body[1:5]} {body[5:]}", f"06-{body[1:]}", f"0031 {body}", f"+31{body}"])
    if country == "be":
        body = "4" + rng.choice(["75", "86", "96", "70"]) + digits(rng, 6)
        return rng.choice([f"+32 {body[:3]} {groups(body[3:], [2, 2, 2])}",
                           f"0{body[:3]}/{body[3:5]}.{body[5:7]}.{body[7:]}", f"0032 {body}"])
    if country == "it":
        body = "3" + rng.choice(["33", "47", "39", "40", "28"]) + digits(rng, 7)
        return rng.choice([f"+39 {body[:3]} {body[3:6]} {body[6:]}", f"{body[:3]} {body[3:]}",
                           f"0039 {body}", f"+39 {body}"])
    # Swiss mobile
    body = "7" + rng.choice("6789") + digits(rng, 7)
    return rng.choice([f"+41 {body[:2]} {body[2:5]} {body[5:7]} {body[7:]}",
                       f"0{body[:2]} {body[2:5]} {body[5:7]} {body[7:]}", f"0041 {body}",
                       f"+41{body}"])


def nir(rng: random.Random, p: hm.Person, abroad: bool) -> str:
    sex = "1" if p.sex == "m" else "2"
    if abroad:
        code = rng.choice(MAGHREB_BIRTH) if p.origin.name == "maghreb" else p.origin.abroad
        place = "99" + code
    else:
        place = rng.choice(p.origin.departments or ("73",)) + f"{rng.randint(1, 330):03d}"
    body = f"{sex}{p.born.year % 100:02d}{p.born.month:02d}{place}{rng.randint(1, 999):03d}"
    key = f"{97 - int(body) % 97:02d}"
    full = body + key
    form = rng.random()
    if form < 0.5:
        return groups(full, [1, 2, 2, 2, 3, 3, 2])
    if form < 0.75:
        return full
    if form < 0.9:
        return f"{body} {key}"
    return groups(full, [1, 2, 2, 2, 3, 3, 2], ".")


def ddn(rng: random.Random, born: dt.date, english: bool = False) -> str:
    d, m, y = born.day, born.month, born.year
    forms = [f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d:02d}.{m:02d}.{y}",
             f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}", f"{d}/{m}/{y}"]
    if english:
        forms += [f"{d} {born.strftime('%B')} {y}", f"{d:02d}/{m:02d}/{y}"]
    return rng.choice(forms)


def ascii_word(text: str) -> str:
    text = text.translate(hm.ODD_LETTERS)
    text = unicodedata.normalize("NFKD", text)
    return re.sub(r"[^a-z0-9]", "", "".join(c for c in text if not unicodedata.combining(c)).lower())


DOMAINS = {"fr": ["gmail.com", "orange.fr", "free.fr", "sfr.fr", "laposte.net", "hotmail.fr", "yahoo.fr",
                  "wanadoo.fr", "outlook.fr"],
           "uk": ["gmail.com", "btinternet.com", "hotmail.co.uk", "outlook.com", "yahoo.co.uk"],
           "nl": ["gmail.com", "ziggo.nl", "kpnmail.nl", "hotmail.nl"],
           "be": ["gmail.com", "skynet.be", "telenet.be", "proximus.be"],
           "it": ["gmail.com", "libero.it", "alice.it", "virgilio.it"]}


def email(rng: random.Random, p: hm.Person, country: str, student: bool = False) -> str:
    g, s = ascii_word(p.given), ascii_word(p.surname)
    if student and rng.random() < 0.6:
        return f"{g}.{s}@etu.univ-grenoble-alpes.fr"
    local = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g}{rng.randint(1, 99)}", f"{g}_{s}{p.born.year}",
                        f"{g}{s[:3]}{p.born.year % 100:02d}", f"{s}{g[0]}"])
    return f"{local}@{rng.choice(DOMAINS.get(country, DOMAINS['fr']))}"


def fr_street(rng: random.Random) -> str:
    street = rng.choice(STREETS)
    if rng.random() < 0.2:
        first = street.split()[0]
        street = street.replace(first, STREETS_SHORT.get(first, first), 1)
    num = str(rng.randint(1, 180)) + rng.choice(["", "", "", "", " bis", "B", " ter"])
    return f"{num}{rng.choice([' ', ', '])}{street}"


def town_text(rng: random.Random, town: str) -> str:
    return rng.choice([town, town, town, town.upper()])


def address(rng: random.Random, country: str, kind: str = "home") -> str:
    if country == "fr":
        if kind == "resort":
            cp, town = rng.choice(RESORT_TOWNS)
            head = rng.choice([f"{rng.choice(RESIDENCES)}, apt {rng.randint(2, 480)}",
                               f"{rng.choice(RESIDENCES)} bât. {rng.choice('ABCD')} ch. {rng.randint(1, 60)}",
                               f"{rng.choice(RESIDENCES)}, {rng.randint(10, 900)} route des Chalets",
                               f"logement saisonnier {rng.choice(RESIDENCES)} n°{rng.randint(1, 90)}"])
        else:
            cp, town = rng.choice(BORDER_TOWNS if kind == "border" else FR_TOWNS)
            head = rng.choice(LIEUX) if rng.random() < 0.12 else fr_street(rng)
            if rng.random() < 0.1:
                head = f"apt {rng.randint(1, 60)}, {head}"
        return f"{head}{rng.choice([', ', ' ', ' - '])}{cp} {town_text(rng, town)}"
    if country == "uk":
        town, pc = rng.choice(UK_PLACES)
        head = f"{rng.randint(2, 140)} {rng.choice(UK_STREETS)}"
        if rng.random() < 0.3:
            head = f"Flat {rng.randint(1, 12)}, {head}"
        return f"{head}, {town} {pc}"
    if country == "nl":
        pc, town = rng.choice(NL_PLACES)
        return f"{rng.choice(NL_STREETS)} {rng.randint(2, 300)}, {pc} {town}"
    if country == "be":
        pc, town = rng.choice(BE_PLACES)
        street = rng.choice(BE_STREETS)
        if street.startswith(("Rue", "Avenue")) and rng.random() < 0.5:
            return f"{rng.randint(1, 200)} {street.lower()}, {pc} {town}"
        return f"{street} {rng.randint(1, 200)}, {pc} {town}"
    pc, town = rng.choice(IT_PLACES)
    return f"{rng.choice(IT_STREETS)} {rng.randint(1, 220)}, {pc} {town}"


def id_mutuelle(rng: random.Random) -> str:
    return rng.choice([digits(rng, 8), digits(rng, 10), f"{rng.choice('ABCMH')}{digits(rng, 7)}",
                       groups(digits(rng, 9), [3, 3, 3]), f"{digits(rng, 6)}-{digits(rng, 2)}"])


def id_dossier(rng: random.Random) -> str:
    return rng.choice([f"K29-{digits(rng, 4)}", f"2029/{digits(rng, 4)}", f"D-{digits(rng, 5)}",
                       f"{digits(rng, 6)}", f"KIN{digits(rng, 5)}",
                       f"29{rng.choice('ABCG')}{digits(rng, 4)}"])


def id_booking(rng: random.Random) -> str:
    letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
    code = "".join(rng.choice(letters + "23456789") for _ in range(6))
    return rng.choice([f"RDV-{code}", f"#{digits(rng, 7)}", code, f"BK{digits(rng, 6)}",
                       f"{code[:3]}-{code[3:]}"])


def id_licence(rng: random.Random) -> str:
    return rng.choice([f"{digits(rng, 1)}{rng.choice('ABCDEF')}{digits(rng, 7)}", f"C{digits(rng, 8)}",
                       f"{digits(rng, 3)} {rng.choice(['ED', 'GM', 'AM'])} {digits(rng, 4)}",
                       f"FFS-{digits(rng, 7)}"])


def id_accident(rng: random.Random) -> str:
    return rng.choice([f"{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 6)}", f"AT-2029-{digits(rng, 5)}",
                       f"29-AC-{digits(rng, 5)}", digits(rng, 12), f"SIN{digits(rng, 8)}"])


def id_card(rng: random.Random, country: str) -> str:
    prefix = {"uk": "80826", "nl": "80528", "be": "80056", "it": "80380"}.get(country, "80250")
    body = prefix + digits(rng, 15)
    return rng.choice([groups(body, [5, 5, 5, 5]), body, groups(body, [4, 4, 4, 4, 4])])


def id_swiss(rng: random.Random) -> str:
    return f"756.{digits(rng, 4)}.{digits(rng, 4)}.{digits(rng, 2)}"


# ---------------------------------------------------------------------------------------------
# People


def person(rng: random.Random, origin: str, sex: str, ages: tuple[int, int], surname: str | None = None
           ) -> hm.Person:
    years = rng.randint(*ages)
    born = TODAY - dt.timedelta(days=365 * years + rng.randrange(360))
    given = rng.choice(POOL[origin][sex])
    return hm.Person(given, surname or rng.choice(POOL[origin]["s"]), sex, ORIGINS[origin], born)


def safe_slip(rng: random.Random, name: str) -> str:
    """A typing slip in a name, unless the slip happens to spell a word an earlier set holds."""
    slipped = hm.slip(name, rng)
    return name if name_words(slipped) & TAKEN else slipped


def title(rng: random.Random, p: hm.Person, country: str) -> str:
    f = p.sex == "f"
    if country == "uk" or p.origin.name == "british":
        return rng.choice(["Mrs", "Ms", "Mrs"] if f else ["Mr", "Mr."])
    if country == "nl":
        return rng.choice(["mevr.", "Mme"] if f else ["dhr.", "M."])
    if country == "it":
        return rng.choice(["Sig.ra", "Mme"] if f else ["Sig.", "M."])
    return rng.choice(["Mme", "Mme", "Madame", "MME"] if f else ["M.", "M.", "Monsieur", "Mr"])


# ---------------------------------------------------------------------------------------------
# Templates: {P} the patient's first mention (maybe in a harder form), {PN} given + surname, {PG} given,
# {PT} title + surname, {PX} SURNAME given, {R}/{RG}/{RT} the relative, {RN} "sa mère" (the relative
# as the patient's), {RD} "la mère", {PR} "son fils" (the patient as the relative's), {CNM} "mon fils".

SCENARIOS: dict[str, str] = {
    "local": r"""
msg répondeur : {P} rappelle pour sa rééduc ({INJ}), ne peut pas venir {SLOT}, demande à décaler sur {SLOT2}
    avec {KINE}. tél {TEL}
Nouveau patient : {P}\nné{E} le {DDN}\nAdresse : {ADR}\nTél : {TEL}\nN° SS : {NIR}\nMutuelle : {MUT}
    (adh. {MUTID})\n1er RDV {SLOT} avec {KINE}
{PT} a appelé : douleurs depuis la dernière séance ({INJ}), souhaite parler à {KINE} avant {SLOT}. joignable
    au {TEL} après 18h
Mail reçu de {MAIL} : "Bonjour, je suis {PN}, mon médecin m'a prescrit 10 séances pour {INJ}. Auriez-vous
    un créneau en fin de journée ? Cordialement" -> proposé {SLOT}
ordo scannée pour {P} ({AGE}) : 12 séances, {INJ}, prescription du chirurgien {DE_HOSP}. dossier n° {DOS}.
    début {SLOT}
SMS de rappel envoyé au {TEL} ({PN}) pour {SLOT} avec {KINE}. Réponse : "ok c noté merci"
{P} a oublié sa carte vitale, numéro de sécu donné au tél : {NIR}. ramène la carte {SLOT}
changement d'adresse pour {PT} : {ADR} (déménagé la semaine dernière). Tél inchangé. Prévenir {KINE}
appel de {R}, {RD} de {PG} : {IL} est tombé{E} sur le verglas devant chez {LUI}, {INJ}. veut un rdv
    rapide, {SLOT} proposé. rappeler au {TEL2}
RDV {SLOT} | {PX} | {TEL} | {INJ} | {KINE} | réf {RESA}
{P}\n{ADR}\ntél. {TEL}\nDDN {DDN}\ndemande séances à domicile (ne conduit plus depuis {INJ}). voir avec {KINE}
accueil : {PT} est passé{E} déposer son ordonnance + attestation {MUT} n° {MUTID}. rdv fixé {SLOT}
{RN} a appelé pour {PN} ({DDN}) : sort {DE_HOSP} après {INJ}, cherche un kiné près de chez eux,
    {ADR}. tel {TEL2}. {KINE} ok pour {SLOT}
message laissé par {P} : annule {SLOT} (gastro), rappellera. portable {TEL}
{PX} ({DDN}) - {INJ} - accident de ski de fond au Semnoz - 15 séances - {MUT} {MUTID} - {SLOT} avec {KINE}
Bonjour, {RD} de {PT} ({RG}) demande si {KINE} peut prendre {PG} {SLOT} au lieu de {SLOT2}, {IL} finit le
    travail plus tard. tél de {RG} : {TEL2}
""",
    "seasonal": r"""
{P}, {SAISONNIER} à {RESORT}, accident du travail (chute en service) : {INJ}. N° AT {AT}. Logement :
    {ADRFR}. tel {TEL}. 1ère séance {SLOT} avec {KINE}
SMS transféré du {TEL} : "bjr c {PG}, je suis {SAISONNIER} a {RESORT} je peux descendre que {SLOT} c
    possible ?
    merci"
dossier {DOS} - {PX} - {AGE} - {MONITEUR} ESF à {RESORT} - {INJ} en cours de ski - AT déclaré par l'ESF, n°
    sinistre {AT} - tel {TEL}
pisteur-secouriste à {RESORT}, {P} : {INJ} pendant une intervention, AT n° {AT}, NIR {NIR}, né{E} le {DDN}.
    voir avec {KINE} en priorité
appel de {R} ({RD} de {PG}) : {PG} bosse aux remontées mécaniques de {RESORT}, {INJ}, sera là {SLOT}.
    numéro de {PG} : {TEL}
{P} — en cuisine dans un resto d'altitude à {RESORT} — {INJ}. mutuelle employeur {MUT}, adh {MUTID}.
    adresse perso : {ADR}. tel {TEL}
{SAISONNIER} {RESORT} : {PX}, {INJ} au snowpark (jour de repos donc pas AT). logement saison {ADRFR},
    domicile {ADR}. portable {TEL}. rdv {SLOT}
{PT} travaille au Club Med de {RESORT}, descend en navette le mardi. {INJ}. tél {TEL}, mail {MAIL}. {SLOT}
    avec {KINE}
fwd mail de {MAIL} : "hello, c {PG}, {SAISONNIER} a {RESORT}, mon AT c'est le {AT}, je serai la {SLOT}
    normalement. bisous" -> noté
""",
    "tourist_uk": r"""
Email from {MAIL}:\n"Hello, I'm on holiday in {RESORT} and hurt my knee skiing yesterday ({INJ} according to
    the medical centre). Could I book a session before we fly home on Saturday? My mobile is {TEL}. Kind
    regards, {PN}"\n-> répondu en anglais, rdv {SLOT} avec {KINE}
touriste anglais{E}, {P} ({AGE}), {INJ} à {RESORT}. Carte GHIC n° {EHIC}. tel UK {TEL}. loge à {ADRFR}
    jusqu'à samedi. ne parle pas français -> {KINE}
appel de {R} (en anglais), {RD} de {PG} : {PG} s'est fait mal en snowboard à {RESORT} ({INJ}). souhaitent
    un rdv {SLOT}. portable {TEL}
{PX}\nhome address: {ADR}\nphone {TEL}\nemail {MAIL}\nDOB {DDN}\nGHIC {EHIC}\nbooking {RESA} — {SLOT}
{PT} (british, chalet à {RESORT}) : annule {SLOT}, rentre à Londres plus tôt. demande facture à envoyer
    à {ADR}. tel {TEL}
SMS du {TEL} : "Hi its {PG} {PS} from the chalet, running 15 min late for {SLOT}, sorry!!"
""",
    "tourist_nl": r"""
touriste néerlandais{E} : {P}, {INJ} sur les pistes de {RESORT}. EHIC {EHIC}. tel {TEL}. adresse NL :
    {ADR}. RDV {SLOT} avec {KINE}
mail de {MAIL} (en anglais) : {PN} demande s'il peut continuer la rééduc commencée {A_HOSP}, famille en
    vacances à {RESORT} jusqu'à dimanche. proposé {SLOT} et {SLOT2}
{R} (néerlandais{RE}, parle anglais) appelle pour {PR} {PG}, {INJ} hier à {RESORT}. tel {TEL}. carte
    européenne {EHIC}
{PX} (NL) - {ADR} - {TEL} - né{E} le {DDN} - résa {RESA} - {SLOT}
""",
    "tourist_be": r"""
famille belge en vacances à {RESORT} : {R} appelle pour {PR} {PG} ({AGE}), {INJ} hier en fin de journée.
    CEAM {EHIC}. GSM belge {TEL}. Rdv {SLOT} avec {KINE}
{P}, touriste belge, domicile {ADR}, gsm {TEL}, mail {MAIL}. séances prévues {SLOT} et {SLOT2}.
    règlement sur place, feuille de soins pour sa mutualité
msg de {PT} (Belgique) : {INJ} à {RESORT}, loge {ADRFR}. rappeler sur son GSM {TEL} avant 10h
{PX} / BE / {DDN} / {TEL} / {INJ} / {SLOT}
""",
    "tourist_it": r"""
{P}, touriste italien{NE} ({ADR}), {INJ} à {RESORT}. cell. {TEL}. tessera sanitaria {EHIC}. vient {SLOT}
appel de {R} (parle italien, un peu français) pour {PR} {PG} : {INJ}. famille à {RESORT} jusqu'à
    samedi. tel {TEL}. {KINE} parle un peu italien -> {SLOT}
mail de {MAIL} : "Buongiorno, sono {PN}, ho una {INJ}, vorrei un appuntamento... grazie" -> {SLOT}
{PT} (Italie, {DDN}) - {INJ} - {TEL} - booking {RESA}
""",
    "frontalier": r"""
{P}, {FRONTALIER} (travaille à Genève), domicilié{E} {ADR}. tel CH {TELCH} / FR {TELFR}. assuré{E} LAMal,
    n° AVS {AVS}. {INJ}. Rdv {SLOT} avec {KINE}
msg de {PT} : coincé{E} à la douane de Moillesulaz, sera en retard {SLOT}. rappeler sur son portable suisse
    {TELCH}
{PX} — NIR {NIR} — option assurance maladie française — mutuelle {MUT} adh {MUTID} — {INJ} (chute à vélo
    au Salève) — tel {TEL}
mail de {MAIL} : "Bonjour, je travaille à Genève et ne peux venir qu'après 18h30. {PN}, {ADR}" -> {SLOT}
appel de {R}, {RD} de {PG}, pour dire que {PG} est bloqué{E} au travail à Genève, décaler {SLOT} sur
    {SLOT2}. tel {TELCH}
{P} ({DDN}) bosse aux [[K|HUG]] comme aide-soignant{E}, {INJ}. adresse {ADR}. portables {TELFR} / {TELCH}
""",
    "student": r"""
{P}, étudiant{E} à l'UGA, {INJ} au snowpark de Chamrousse. mail {MAIL}. NIR {NIR}. coloc {ADR}. mutuelle
    {MUT} n° {MUTID}. rdv {SLOT}
SMS du {TEL} : "bonjour c'est {PG} {PS}, je dois annuler {SLOT} j'ai un partiel :( on peut mettre {SLOT2} ?"
appel de {R} ({RD} de {PG}, étudiant{E} à Grenoble) : veut s'assurer que {PG} a bien rdv {SLOT}. tel {TEL2}
{PX}, {AGE}, STAPS, {INJ} (rugby). dossier {DOS}. tel {TEL}. né{E} le {DDN}. {SLOT} avec {KINE}
mail de {MAIL} : "Bonjour, je suis {PN}, en master à Grenoble, je voudrais continuer ma rééduc ({INJ})
    commencée
    à Lyon. Je suis dispo le jeudi" -> {SLOT}
{P} — résidence universitaire, {ADR} — {TEL} — ddn {DDN} — {INJ} — 1er rdv {SLOT}
""",
    "retiree": r"""
{P} ({AGE}), {INJ}, séances à domicile : {ADR}. digicode 4721B, 2e étage. c'est {RN} {R} qui gère les
    rdv : {TEL2}
appel de {R}, {RD} de {PT} : {IL} est sorti{E} {DE_HOSP} hier après {INJ}, besoin de kiné à domicile
    3x/semaine. adresse : {ADR}. ddn {DDN}. NIR {NIR}
{PT} a rappelé 3 fois ce matin (malentendant{E}), rdv confirmé {SLOT} avec {KINE}. tél fixe {TEL}
{PX} - né{E} le {DDN} - {ADR} - {TEL} - {MUT} {MUTID} - domicile lundi/jeudi - {KINE}
{RD} de {PT} ({R}) a appelé : {PG} a chuté cette nuit, pas de fracture, annule {SLOT}. rappeler {RG} au {TEL2}
{P} demande que {KINE} passe plus tôt {SLOT}, {IL} a le taxi pour l'hôpital à 11h. tél {TEL}
""",
    "guide": r"""
{P}, guide de haute montagne (compagnie de Chamonix), {INJ} en cascade de glace. tel {TEL}. carte pro
    n° {LIC}. veut reprendre avant avril, voir {KINE}
{ACCOMPAGNATEUR} en montagne, {P} ({AGE}), {INJ} en raquettes à {RESORT}. mail {MAIL}. adresse {ADR}. {SLOT}
{PX} - guide - {INJ} - AT (client tombé sur lui) n° {AT} - tel {TEL} - {SLOT} avec {KINE}
appel {DRD} de {PG} (guide) : rentré de {RESORT} en hélico, {INJ}. sortie {DE_HOSP} prévue demain.
    {R} rappelle au {TEL2}
""",
    "kid": r"""
{R} appelle pour {PR} {PG} ({AGE}) : {INJ} en ski-club à {RESORT}. licence FFS n° {LIC}. dispo le mercredi
    après-midi, {SLOT} ok. tel {TEL2}
mail de {MAIL2} : "Bonjour, je vous écris pour {CNM} {PN}, né{E} le {DDN}, qui s'est fait {INJ} en
    snowboard. Le chirurgien {DE_HOSP} a prescrit 10 séances. Cordialement, {R}" -> {SLOT}
{PX} ({AGE}) - {INJ} - accompagné{E} de {RN} - tel parent {TEL2} - {SLOT}
{RD} de {PG} ({R}) : {PG} a un match de hockey samedi, décaler {SLOT} sur {SLOT2} svp. {TEL2}
nouveau patient mineur : {P}, ddn {DDN}, {ADR}. parent : {R}, {TEL2}. NIR du parent {NIRR}. {SLOT}
""",
    "bare": r"""
appel masqué : une dame demande si on prend les urgences ski le samedi matin. Pas laissé de nom. -> oui,
    créneaux {SLOT}
{KINE} absent {SLOT} (formation), basculer ses patients sur {KINE2}
livraison des packs de cryothérapie prévue {SLOT}, prévenir {KINE}
réunion d'équipe {SLOT} : planning vacances scolaires, {KINE} et {KINE2}
La mutuelle {MUT} a appelé pour un tiers payant, pas de nom de patient, rappelleront
msg laissé sans numéro : quelqu'un veut savoir si on fait les bilans {INJ} pour les ski-clubs
l'ESF de {RESORT} demande nos tarifs pour les moniteurs blessés, envoyer la plaquette (adresse mail générique)
coupure de courant au cabinet {SLOT}, {KINE} décale les séances de balnéo
club de hockey de Grenoble : demande de partenariat pour le suivi des joueurs, voir avec {KINE}
fermeture du cabinet {SLOT}, mettre le message sur le répondeur
un monsieur a appelé pour savoir si {KINE} fait de la rééducation {INJ} à domicile à {TOWN}. rappellera
rappel : {KINE2} remplace {KINE} {SLOT}, prévenir l'accueil
{LE_HOSP} a faxé une ordonnance illisible, sans nom de patient. demander un renvoi
""",
}


class Note:
    """One note being written: its people, the slots it has named, and the flags it carries."""

    def __init__(self, rng: random.Random, profile: str) -> None:
        self.rng = rng
        self.profile = profile
        self.country = RESIDENCE.get(profile, "fr")
        origin = hm.pick(rng, PROFILE_ORIGINS.get(profile, LOCAL_MIX))
        if profile == "seasonal" and origin in ("british", "dutch", "belgium"):
            self.country = {"british": "uk", "dutch": "nl", "belgium": "be"}[origin]
        self.p = person(rng, origin, rng.choice("fm"), AGES.get(profile, (22, 70)))
        group = profile if profile in KIN_BY_PROFILE else (
            "tourist" if profile.startswith("tourist") else "other")
        noun = rng.choice(words_of(KIN_BY_PROFILE[group]))
        rsex, inv_m, inv_f, share = KIN[noun]
        if noun == "coloc":
            rsex = rng.choice("fm")
        self.kin, self.kin_sex = noun, rsex
        self.inverse = inv_f if self.p.sex == "f" else inv_m
        r_origin = origin if share > 0 or rng.random() < 0.6 else hm.pick(rng, LOCAL_MIX)
        surname = self.p.surname if rng.random() < share else None
        self.r = person(rng, r_origin, rsex, (25, 75), surname)
        while self.r.given == self.p.given:
            self.r = person(rng, r_origin, rsex, (25, 75), surname)
        self.used: list[str] = []
        self.staff = rng.sample(STAFF_NAMES, 2)
        self.hard: str | None = None
        self.named = False
        self.flags: set[str] = {profile}

    # -- names
    def _title(self, p: hm.Person) -> str:
        return title(self.rng, p, self.country)

    def _normal(self, p: hm.Person) -> str:
        rng, g, s = self.rng, p.given, p.surname
        form = rng.choices(range(6), [30, 15, 15, 10, 5, 10])[0]
        if form == 0:
            return nom(f"{g} {s}")
        if form == 1:
            return f"{self._title(p)} {nom(f'{g} {s}')}"
        if form == 2:
            return f"{self._title(p)} {nom(s)}"
        if form == 3:
            return nom(f"{s.upper()} {g}")
        if form == 4:
            return nom(f"{s} {g}")
        return nom(f"{g} {s.upper()}")

    def _hard(self, p: hm.Person) -> str:
        rng, g, s = self.rng, p.given, p.surname
        forms = ["caps_comma", "lower", "initial", "slip", "maiden", "given_initial", "surname_caps",
                 "slip_given"]
        form = rng.choice(forms)
        if form == "maiden" and p.sex != "f":
            form = "initial"
        self.hard = form
        if form == "caps_comma":
            return f"{nom(s.upper())}, {nom(g)}"
        if form == "lower":
            return nom(f"{g.lower()} {s.lower()}")
        if form == "initial":
            return f"{self._title(p)} {nom(f'{g[0]}. {s}')}"
        if form == "slip":
            slipped = safe_slip(rng, s)
            if slipped != s:
                return nom(f"{g} {slipped}")
            self.hard = form = "lower"
        if form == "slip_given":
            slipped = safe_slip(rng, g)
            if slipped != g:
                return nom(f"{slipped} {s.upper()}")
            self.hard = form = "lower"
        if form == "maiden":
            maiden = rng.choice([n for n in POOL[p.origin.name]["s"] if n != s])
            maiden = maiden.upper() if rng.random() < 0.5 else maiden
            return f"{self._title(p)} {nom(f'{g} {s}')} née {nom(maiden)}"
        if form == "given_initial":
            return nom(f"{g} {s[0]}.")
        return nom(s.upper())

    def _first(self) -> bool:
        """Whether this mention of the patient's full name is the first and is to be given hard."""
        if self.profile == "bare":
            raise AssertionError("a bare note names nobody")
        first, self.named = not self.named, True
        return first and self.rng.random() < HARD_SHARE

    def P(self) -> str:
        return self._hard(self.p) if self._first() else self._normal(self.p)

    def PN(self) -> str:
        return self._hard(self.p) if self._first() else nom(f"{self.p.given} {self.p.surname}")

    def PG(self) -> str:
        return nom(self.p.given)

    def PS(self) -> str:
        return nom(self.p.surname)

    def PT(self) -> str:
        return self._hard(self.p) if self._first() else f"{self._title(self.p)} {nom(self.p.surname)}"

    def PX(self) -> str:
        return self._hard(self.p) if self._first() else nom(f"{self.p.surname.upper()} {self.p.given}")

    def R(self) -> str:
        return self._normal(self.r)

    def RG(self) -> str:
        return nom(self.r.given)

    def RT(self) -> str:
        return f"{self._title(self.r)} {nom(self.r.surname)}"

    def RN(self) -> str:
        return hm.possessive(self.kin, self.kin_sex)

    def RD(self) -> str:
        return hm.definite(self.kin, self.kin_sex)

    def PR(self) -> str:
        return hm.possessive(self.inverse, self.p.sex)

    def CNM(self) -> str:
        return "ma fille" if self.p.sex == "f" else "mon fils"

    def DRD(self) -> str:
        noun = self.kin
        if noun[0] in "aeéiou":
            return f"de l'{noun}"
        return f"de la {noun}" if self.kin_sex == "f" else f"du {noun}"

    def _fm(self, f: str, m: str) -> str:
        return f if self.p.sex == "f" else m

    def SAISONNIER(self) -> str:
        return self._fm("saisonnière", "saisonnier")

    def FRONTALIER(self) -> str:
        return self._fm("frontalière", "frontalier")

    def MONITEUR(self) -> str:
        return self._fm("monitrice", "moniteur")

    def ACCOMPAGNATEUR(self) -> str:
        return self._fm("accompagnatrice", "accompagnateur")

    def E(self) -> str:
        return "e" if self.p.sex == "f" else ""

    def RE(self) -> str:
        return "e" if self.kin_sex == "f" else ""

    def NE(self) -> str:
        return "ne" if self.p.sex == "f" else ""

    def IL(self) -> str:
        return "elle" if self.p.sex == "f" else "il"

    def LUI(self) -> str:
        return "elle" if self.p.sex == "f" else "lui"

    def AGE(self) -> str:
        years = hm.age(self.p, TODAY)
        return self.rng.choice([f"{years} ans", f"{years}a", f"{years} ans"])

    # -- identifiers
    def TEL(self) -> str:
        c = self.country
        if self.profile == "frontalier" and self.rng.random() < 0.4:
            c = "ch"
        landline = self.profile == "retiree" and self.rng.random() < 0.6
        return tag("TEL", phone(self.rng, c, landline))

    def TEL2(self) -> str:
        return tag("TEL", phone(self.rng, self.country, self.rng.random() < 0.15))

    def TELFR(self) -> str:
        return tag("TEL", phone(self.rng, "fr"))

    def TELCH(self) -> str:
        return tag("TEL", phone(self.rng, "ch"))

    def NIR(self) -> str:
        abroad = self.p.origin.abroad != "" and (
            not self.p.origin.departments or self.rng.random() < (0.7 if self.profile == "retiree" else 0.35))
        return tag("NIR", nir(self.rng, self.p, abroad))

    def NIRR(self) -> str:
        abroad = self.r.origin.abroad != "" and (not self.r.origin.departments or self.rng.random() < 0.5)
        return tag("NIR", nir(self.rng, self.r, abroad))

    def DDN(self) -> str:
        return tag("DDN", ddn(self.rng, self.p.born, self.country == "uk"))

    def MAIL(self) -> str:
        return tag("EMAIL", email(self.rng, self.p, self.country, self.profile == "student"))

    def MAIL2(self) -> str:
        return tag("EMAIL", email(self.rng, self.r, self.country))

    def ADR(self) -> str:
        kind = "border" if self.profile == "frontalier" else "home"
        return tag("ADRESSE", address(self.rng, self.country, kind))

    def ADRFR(self) -> str:
        return tag("ADRESSE", address(self.rng, "fr", "resort"))

    def MUTID(self) -> str:
        return tag("ID", id_mutuelle(self.rng))

    def DOS(self) -> str:
        return tag("ID", id_dossier(self.rng))

    def RESA(self) -> str:
        return tag("ID", id_booking(self.rng))

    def LIC(self) -> str:
        return tag("ID", id_licence(self.rng))

    def AT(self) -> str:
        return tag("ID", id_accident(self.rng))

    def EHIC(self) -> str:
        return tag("ID", id_card(self.rng, self.country))

    def AVS(self) -> str:
        return tag("ID", id_swiss(self.rng))

    # -- kept and plain words
    def SLOT(self) -> str:
        return keep(hm.fresh_slot(slot_text, self.rng, self.used))

    SLOT2 = SLOT

    def KINE(self) -> str:
        name = self.staff[0]
        return keep(STAFF_SHORT[name] if self.rng.random() < 0.3 else name)

    def KINE2(self) -> str:
        return keep(self.staff[1])

    def INJ(self) -> str:
        pool = {"kid": KID_INJURIES, "retiree": OLD_INJURIES}.get(self.profile, INJURIES)
        return keep(self.rng.choice(pool))

    def _hosp(self, case: str) -> str:
        name, gender = self.rng.choice(HOSPITALS)
        return ARTICLES[case][gender] + keep(name)

    def DE_HOSP(self) -> str:
        return self._hosp("de")

    def A_HOSP(self) -> str:
        return self._hosp("à")

    def LE_HOSP(self) -> str:
        return self._hosp("le")

    def MUT(self) -> str:
        return self.rng.choice(MUTUELLES)

    def RESORT(self) -> str:
        return self.rng.choice(RESORTS)

    def TOWN(self) -> str:
        return self.rng.choice(TOWNS)


HARD_SHARE = 0.15
TYPOS = [("séance", "scéance"), ("appelé", "apellé"), ("demande", "demnde"), ("rappeler", "rapeler"),
         ("après", "apres"), ("prévenir", "prevenir"), ("semaine", "semiane"), ("douleurs", "douleur"),
         ("souhaite", "souhiate"), ("avec", "aevc"), ("merci", "mercii"), ("pour", "pr"), ("appel", "apel"),
         ("dossier", "dosier"), ("accident", "acident"), ("adresse", "adrese"), ("prévue", "prevu"),
         ("veut", "veux"), ("demain", "demin"), ("portable", "portabel"), ("rdv", "rdz"), ("tel", "tél"),
         ("mutuelle", "mutelle"), ("hier", "hiers"), ("sera", "serra"), ("vacances", "vacance")]
FLAGS: list[set[str]] = []
BARE_NOTES = set(random.Random(SEED + 1).sample(range(NOTES), NOTES // 9))  # one note in nine names nobody


def words_of(text: str) -> list[str]:
    return [w.replace("_", " ") for w in text.split()]


CONTRACTIONS = [("à Les ", "aux "), ("à Le ", "au "), ("de Les ", "des "), ("de Le ", "du ")]


def fill(note: Note, template: str) -> str:
    text = re.sub(r"\{(\w+)\}", lambda m: getattr(note, m.group(1))(), template).replace("\\n", "\n")
    for long, short in CONTRACTIONS:
        text = text.replace(long, short)
    return text


def strip_accents(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c))


def make_note(rng: random.Random) -> hm.Fragments:
    bare = len(FLAGS) in BARE_NOTES
    profile = "bare" if bare else hm.pick(rng, PROFILE_WEIGHTS)
    note = Note(rng, "local" if profile == "bare" else profile)
    if profile == "bare":
        note.profile = "bare"
        note.flags = {"bare"}
    template = rng.choice(hm.templates(SCENARIOS[profile]))
    fragments = hm.join_names(hm.parse(fill(note, template)))
    roll = rng.random()
    if roll < 0.13:
        fragments = [(t.lower().replace("i\u0307", "i"), k) for t, k in fragments]
        note.flags.add("lower-case note")
    elif roll < 0.16:
        fragments = [(t if k == "EMAIL" else t.upper(), k) for t, k in fragments]
        note.flags.add("upper-case note")
    if rng.random() < 0.1:
        fragments = [(strip_accents(t), k) for t, k in fragments]
        note.flags.add("no accents")
    if rng.random() < 0.25:
        plain = " ".join(t for t, k in fragments if k is None)
        options = [(w, r) for w, r in TYPOS if re.search(rf"\b{w}\b", plain)]
        if options:
            wrong, right = rng.choice(options)
            for i, (t, k) in enumerate(fragments):
                if k is None and re.search(rf"\b{wrong}\b", t):
                    fragments[i] = (re.sub(rf"\b{wrong}\b", right, t, count=1), k)
                    note.flags.add("typo")
                    break
    if note.hard:
        note.flags.add(f"hard:{note.hard}")
    FLAGS.append(note.flags)
    return fragments


def check(record: dict) -> None:
    hm.check_unlabelled(record, name_words)
    hm.check_no_staff(record, name_words)


def check_set(records: list[dict]) -> None:
    """The set's checks, reporting only note ids and counts should a name of an earlier set slip in."""
    clashing = [r["id"] for r in records if hm.reused_words(r, name_words, TAKEN)]
    if clashing:
        raise SystemExit(f"notes holding a name word of an earlier set: {clashing}")
    hm.check_blind_set(records, NOTES, name_words, TAKEN, staff_share=0.3, bare=(0.07, 0.17))


def main() -> None:
    short = [f"{o} {k}" for o, rows in POOL.items() for k, names in rows.items() if len(names) < MIN_POOL]
    if short:
        raise SystemExit(f"pools too small once earlier names are refused: {short}")
    print("pool sizes kept:", {o: {k: len(v) for k, v in rows.items()} for o, rows in POOL.items()})
    records = hm.write(OUT, PREFIX, NOTES, SEED, make_note, check, check_set)
    hard = sum(any(f.startswith("hard:") for f in flags) for flags in FLAGS)
    hm.report(records, OUT, FLAGS, hard)


if __name__ == "__main__":
    main()
