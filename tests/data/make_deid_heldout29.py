"""Blind held-out set 29 for the de-identifier: 300 call notes of a kinésithérapie practice in the Nord
and the Pas-de-Calais.

Written 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists, the
tests nor bench were opened, and the de-identifier was not run on the notes. The earlier sets (the
corpus, held-out sets 1 to 27 and the hard cases) were read by program only, through
heldout_markup.taken_tokens, to refuse every name word they hold.

The setting: an ordinary month, October 2028, at a practice whose remote secretariat takes calls for
Lille, Roubaix, Tourcoing, Villeneuve-d'Ascq, the coast from Dunkerque to Boulogne-sur-Mer, the
mining basin of Lens, Liévin and Béthune, Arras, Valenciennes, Maubeuge and the Flemish villages.
The patients come from old Ch'ti and Flemish families, from the Polish and Italian miners' families,
from Maghrebi, Portuguese, Roma and West African families, from Belgium across the border; port and
logistics workers, students, retirees. The notes are phone messages, answering-machine transcripts,
online-booking exports, forwarded SMS and e-mails, home visits, relatives and carers calling,
prescriptions, tiers payant, sport and school papers and work accidents; some typed in lower case, a
few in capitals, about one in nine with no identifier, about one in seven with a harder name form
(a typo, a maiden name, an initial, a name typed surname first, glued to its title or in lower case).

The labelling: NOM for patients, relatives, carers and neighbours, the title outside the span, never
the practice's staff, whose names are kept; TEL, NIR, DDN (birth dates only), EMAIL, ADRESSE (house
number or lieu-dit through postcode and town, in one run; a town alone is not marked) and ID
(mutuelle, dossier, booking and accident numbers). Appointment slots, staff names, clinical terms,
hospitals and eponyms are kept; companies, clubs, schools and employers are plain text, and no doctor
outside the practice is named. Every name, number and address is invented.

Run from tests/data: ../../.venv/bin/python make_deid_heldout29.py
"""

from __future__ import annotations

import datetime as dt
import random
import re

import heldout_markup as hm
from heldout_markup import HERE, STAFF, Cast, Person, SlotPlaceholders, keep, kept, nom, tag

NOTES, SEED, PREFIX = 300, 29_2027, "bd"
OUT = HERE / "deid_heldout29.jsonl"
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 28)),
           "deid_hard_cases.jsonl")
TODAY = dt.date(2028, 10, 16)
PARTICLES = {"de", "du", "des", "la", "le", "van", "der", "den", "d", "l", "el", "ben", "da", "dos", "di",
             "lo", "n", "ait", "ter"}

POOLS = """
chti f: Ghislaine Maryvonne Raymonde Micheline Yolande Rolande Huguette Arlette Ginette Edwige Fernande Léone
  Lysiane Maryse Ludivine Séverine Angélique Amandine Coralie Gwendoline Priscilla Stessy Bertille Aldegonde
  Godeleine Eulalie Philomène Hermance Marcelline Edmée Noëlla Mauricette Claudette Lucette Pierrette
  Marie-Josée Rictrude Alida Zélie Berthe Irma Marie-Ghislaine Jessy Laurine Orlane Aurélienne Bérengère
  Clotilde Domitille Églantine Ernestine Eugénie Félicie Gervaise Honorine Léontine Modestine Octavie
  Séraphine Victorine Zénaïde Adélaïde Albertine Angèle Armelle Blandine Clémentine Cunégonde Elvire Emérence
  Fulberte Gilberte Henriette Joséphine Léocadie Lucienne Marthe Pélagie Reinette Rosine Sidonie Sylvaine
  Yvette Ghislène Maryline Marylène Murielle Nadège Odile Sylviane Mireille Viviane Edith Gaëlle Myriam
  Corinne Aline Carole Katia Joëlle Solène Lorette Perrine Bernardine Gudule Reinilde Amalberge Ursule
  Euphrasie Florentine Léonie Marie-Odile Marie-Madeleine Marie-Agnès Marie-Laure Rolande Josiane
  Marie-Thérèse Francette Ghislaine-Marie Bathilde Colombe Cyrielle Doriane Emeline Ghyslaine Gwenaëlle
  Jordane Karelle Laurette Lilianne Magali Marjorie Maud Nolwenn Ophélie Pascaline Roseline Tiphaine Wendy
  Yolène Annabelle Anne-Lise Axelle Charline Clarisse Cynthia Déborah Flavie Floriane Gladys Gwladys Joanna
  Katy Laurie Leslie Lorie Mallaury Pricillia Rébecca Sindy Tatiana Tiffany Vanina Augustine Bertrande
  Firmine Fortunée Irmine Jeannine Marcelle Noëlle Suzon Thérésa Zélia Maxellende Isbergue Waudru
  Austreberthe Humbeline Hiltrude Brenda Kassandra Shannon Lindsay Aurore Kimberly Coline Dorine
  Fabienne-Marie
chti m: Gontran Ghislain Wilfried Rodrigue Fernand Freddy Steeve Grégory Ludovic Gaston Omer Aimable Désiré
  Hector Léopold Hippolyte Amédée Evrard Eloi Barthélemy Anatole Norbert Florimond Gustave Philibert Armel
  Clovis Wandrille Aurélien Jean-Baptiste Jean-Marie Régis Valéry Rodolphe Firmin Onésime Adelin Alcide
  Alphonse Ambroise Anselme Aristide Arsène Bastien Basile Célestin Cyprien Donatien Edgar Edmond Élie
  Émilien Ernest Eugène Fabrice Félicien Fortuné Gatien Germain Gervais Gilles Hilaire Honoré Isidore Jacky
  Joachim Jocelyn Justin Lambert Léon Lucien Marcellin Maxence Médard Narcisse Nestor Octave Odilon Pacôme
  Prosper Romuald Séraphin Sylvain Théophile Timothée Urbain Victorien Wilfrid Yvon Zéphirin Josselin Loïc
  Hugues Gérald Teddy Johnny Brandon Jason Yannick Lionel Serge Patrice Dimitri Rudy Jacquy Gaétan
  Ghislain-Marie Jean-Bosco Irénée Aimé Albéric Amaury Apollinaire Armand Athanase Aubin Aymeric Barnabé
  Blaise Brice Calixte Candide Cassien Césaire Constant Corentin Dieudonné Eloy Emeric Evariste Faustin
  Ferdinand Fidèle Florent Gautier Gédéon Gildas Godefroy Guislain Ignace Josué Lazare Léonce Lothaire Ludger
  Martial Mathurin Modeste Ovide Philémon Placide Raoul Renaud Sulpice Sylvère Tancrède Thibault Ulysse
  Valère Venceslas Virgile Zacharie Anicet Balthazar Benoni Fulbert Hyacinthe Jovin Landry Vaast Winoc Amand
  Druon Aubert Wulmar Bavon Folquin Ansbert Kelvin Sullivan Logan Killian Kenny Warren Dorian Bryan Alexy
  Steven Jonathan
chti s: Dufossez Delcroix Carpentier Flament Wattier Dhainaut Decroix Cuvelier Hennebelle Wacheux Tison
  Delrue Bocquet Catteau Desmarets Ledent Taffin Pruvost Lagache Lhermitte Bultel Wartelle Plouvier Dubrulle
  Mortreux Caudron Cappelaere Hochart Quennesson Wallart Lebleu Ramette Gressier Queste Boidin Capron
  Hautecoeur Louchart Bracq Demarcq Dourlens Wimet Courtecuisse Hanotte Delobelle Fiévet Théry Hermant
  Delforge Cocquempot Leprêtre Dassonville Segard Debeugny Lefranc Wambre Doisne Blondel Fauqueur Vandeputte
  Vanhoutte Deswarte Verhaeghe Dewaele Vercruysse Vandamme Deconinck Debaecker Degraeve Vanneste Verstraete
  Desmyttere Decock Vermeersch Beuque Huyghe Vanpeene Deblock Dequidt Vandenbussche Verschaeve Lobbedez
  Goudaert Demuynck Moenaert Vandaele Dewitte Ryckebusch Ryckewaert Van_Acker Vanuxem D'Hondt D'Haene
  Schoonheere Vanbelle Gheysens Loeuillet Lamote Verhille Dekeister Bekaert Vanlerberghe Ghesquière Vandromme
  Meersseman Leuridan Spriet Dezitter Hoorelbeke Verlinde Catry Lermytte Dedeyne Ghyselen Vereecke Delbaere
  Haeuw Wyckaert Van_Den_Broucke Devulder Coussemacker
chti kf: Maëlys Capucine Apolline Céleste Maïwenn Alba Romane Nahia Lya Lilou Faustine Albane Héloïse Agathe
  Iris Mila Suzanne Margot Adèle Lison Elsa Louna Thaïs Olympe Lilas Gaïa Liv Mya Loane Lenna Naëlle Soline
  Esther Victoire Hortense Ysée Jasmine Ninon Rosalie Philippine
chti km: Timéo Kylian Nathéo Soan Gabin Malo Mathys Lenny Tiago Marceau Eliott Titouan Baptistin Gaspard
  Léandre Milo Noé Sohan Ewen Esteban Naël Lyam Robin Axel Jonas Ruben Côme Aurèle Isaac Elias Swan Lino Mahé
  Ilian Louison Augustin Abel Marius Joachim-Paul
pl f: Halina Stanisława Genowefa Bronisława Krystyna Danuta Jadwiga Czesława Wiesława Zofia Elżbieta Barbara
  Irena Janina Stefania Leokadia Władysława Apolonia Marianna Aniela Kazimiera Weronika Bożena Grażyna
  Jolanta Urszula Agnieszka Małgorzata Regina Franciszka Rozalia Józefa Mieczysława
pl m: Stanislas Czesław Zbigniew Kazimierz Bolesław Tadeusz Wiesław Bronisław Zdzisław Józef Henryk
  Franciszek Edmund Mieczysław Władysław Ignacy Wacław Jerzy Leszek Ryszard Andrzej Bogdan Wojciech Walenty
  Bogusław Jarosław Krzysztof Sławomir Eugeniusz Zygmunt Antoni Ludwik Casimir Ladislas
pl s: Kaczmarek Wiśniewski Szczepaniak Grabowski Pawlak Dudek Jankowiak Przybylski Wojciechowski Kubiak
  Majewski Sobczak Mazurek Michalak Walczak Szymanski Jasiński Kowalczyk Wróbel Pietrzak Nowicki Rutkowski
  Gajewski Ostrowski Czarnecki Bartkowiak Stachowiak Krawczyk Olejnik Górecki Kaźmierczak Leśniak Tomczak
  Drozdowski Kopeć Banaszak Ratajczak Musiał Frąckowiak Chmielewski Wawrzyniak Glapa Skrzypczak Matuszak
  Kasprzak Szczygielski Pluciński Bednarczyk Sadowski
pl kf: Lena Julia Oliwia Maja
pl km: Antek Kacper Tymon Szymon
it f: Graziella Rosaria Concetta Assunta Carmela Nunzia Filomena Antonella Ornella Giuseppina Immacolata
  Calogera Agata Rosalia Gaetana Vincenza Santina Crocifissa Liboria Serafina Rosina Maria-Grazia Annunziata
  Benedetta Loredana Donatella Patrizia Raffaella Nicoletta Marisa Carmelina Mariella Tiziana Franca
it m: Salvatore Giuseppe Calogero Vincenzo Gaetano Rocco Nunzio Carmelo Pasquale Domenico Cosimo Santo
  Liborio Gioacchino Ignazio Baldassare Gerlando Stefano Francesco Giovanni Antonino Saverio Fortunato
  Michelangelo Mauro Claudio Aldo Dino Gino Renzo Silvio Tonino Pino Ottavio Egidio Vito
it s: Lo_Presti Sciortino Di_Stefano Cammarata Bellomo Pirrello Spitaleri Iacono Scaletta Salemi Provenzano
  Tuccio Zanardi Cusumano Bonanno Gulotta Licata Aquilina Mangiapane Tumminello Bongiorno Sferrazza Lo_Bue
  Zambito Castronovo Cacciatore Cirafici Giambrone Lauricella La_Rocca Mancuso Ognibene Parello Russotto
  Schillaci Termini Vaccaro Alaimo Burgio Caltagirone Costanza Di_Carlo Falzone Ingrassia Lombardino Nicosia
  Randazzo Scibetta Tirrito Vella Zuccaro Abate Buscemi Ciccarello Fragapane Giunta Lentini Milazzo Petix
  Rizzuto Scaglione Trupia
it kf: Giulia Chiara Alessia Bianca Gaia Aurora Ginevra Sofia
it km: Matteo Lorenzo Luca Nino Leonardo Tommaso Gabriele Pietro
mag f: Fatima-Zohra Khedidja Zoulikha Djamila Houria Saliha Yamina Ouarda Kheira Fadila Naïma Souad Zahia
  Hafsa Lamia Assia Chaïma Hanane Siham Nawel Zohra Dalila Warda Baya Fatiha Latifa Khadija Zineb Hayat
  Habiba Louisa Taous Tassadit Ourdia Dahbia Fettouma Fadma Zakia Yamna Malha Fatna Hadda Sabah Nabila Wahiba
  Faïza Karima Hakima Nacera Ghania Saïda Kahina Tinhinane Thiziri Lynda Nesrine Ikram Amel Hind Loubna
  Ghizlane Btissam Ibtissam Soumia Nadjet Souhila Rahma Zina Zoubida Rekia Mimouna Halima Aziza Djedjiga Lila
  Fazia Ouiza Chabha Smina Horia Keltoum Hadjira Mebarka Nouria Safia Dounia Sirine Lyna Maïssa Chahrazed
  Nadjia Hassina Aldjia Tounsia Khaoula Asma Imane Sanaa Ghalia Fadhila Bahia Akila Djouher Fatma
mag m: Mohand Boualem Abdelkader Smaïl Mourad Nordine Djamel Lakhdar Brahim Larbi Abdelhak Walid Bilal Nabil
  Ilyes Sofiane Azzedine Hocine Kamel Tahar Rabah Redouane Arezki Ameziane Idir Slimane Mokrane Ahcène Lounès
  Madjid Mahfoud Messaoud Mebarek Bachir Boubekeur Lahcen Driss Abderrahmane Abdelaziz Abdellah Aziz Hicham
  Khalid Mounir Nassim Tarek Yazid Zoubir Fayçal Chérif Hamza Lotfi Riad Salim Toufik Malik Fouad Aïssa
  Kaddour Miloud Amar Saad Akli Belaïd Tayeb Allaoua Hamou Lyes Kader Nacer Ramdane Salah Seddik Abdenour
  Djilali Ghani Houcine Idriss Jamel Kamal Mouloud Noureddine Rédha Yahia Abdelghani Abdelmalek Belkheir
  El-Hadi Habib Kheireddine Laïd Mahieddine Nadir Okba Rafik Sid-Ahmed Tewfik Wahid Yassine Othmane Hatem
  Anouar Marouane Badr Youcef Chakib Oussama Soufiane Abdeslam
mag s: Benali Bouzid Boukhari Mebarki Hamidi Zitouni Bensalem Belkacem Cherifi Khelifi Boudjemaa Amrani Ouali
  Hamdani Aït_Ouarab Benyahia Lakhal Saadi Bendjeddou Meziane Tahiri Bouabdallah El_Idrissi Berrada Lahlou
  Ferhat Guerfi Rahmouni Belhadj Hadjadj Bouchareb Menad Zerrouki Ben_Ammar Chaouch Djebbar Boumediene Laribi
  Ouchene Tebboune Mokrani Haddouche Benmansour Azzouz Aït_Kaci Bekkouche Benaïssa Benamar Benhamou Bensaïd
  Benzaoui Bouaziz Boudiaf Bouguerra Bouhadjar Boukerche Bousbia Brahimi Chabane Chikhi Dahmani Derradji
  Djaballah Ghezali Hachemi Hamadouche Kadri Kerboua Lamri Laouar Mansouri Messaoudi Nouri Rezgui Sahraoui
  Slimani Tabet Touati Yahiaoui Zeghdoudi Ziani Abdelli Achour Allouache Azzi Baaziz Benhadda Bensouda Bouali
  Chafaï Debbah Djelloul Fellah Gharbi Hamiche Ikhlef Kaouane Lounici Madani Mouffok Ouadah Rahal Salhi Tiab
  Zaidi El_Ouardi Ammari Bakkali Ouazzani Chraïbi Benjelloun Tazi Alaoui Bennani Kettani Ben_Youssef Trabelsi
  Jaziri Mejri Hammami Jlassi Dridi Khemiri Ayari Bouzidi Riahi Selmi Mabrouk Aouadi Bekhti Belaïdi Benchikh
  Bendaoud Benkhaled Berkane Bouaïcha Boukhalfa Boumaza Chenouf Daoudi Djellouli Guendouz Hamel Kherbouche
  Lahmar Mekki Meftah Nedjar Oukaci Rebai Saïdani Sebbah Tebbal Yousfi Zemmouri Aissaoui Amrouche Bellil
  Benmoussa Bouras Cheriet Derbal Ferrah Hamlaoui Labidi Mahdjoub Mazouz Ouslimani Sadki Taouil Zerguine
mag kf: Inaya Safiya Kamila Aya Lina Nour Assiya Meryem Manel Kenza Ilham Douaa Rania Maryam
mag km: Ilyan Ayoub Issa Rayan Yanis Wassim Younes Amir Adem Kaïs Ayden Naïm Rayane Zakaria
pt f: Conceição Fátima Lurdes Graça Ilda Natércia Deolinda Albertina Idalina Rosalina Ermelinda Alzira
  Arminda Aurora Celeste Custódia Elisabete Emília Glória Isaura Laurinda Lucinda Manuela Margarida Olinda
  Otília Palmira Piedade Purificação Rosário Sameiro Silvina Virgínia Zulmira Anabela Adelaide Amália Berta
  Cidália Dulce Edite Fernanda Gracinda Hermínia Joaquina Leonilde Lídia Natália Odete Perpétua Quitéria
  Umbelina
pt m: Joaquim Agostinho Abílio Adelino Armindo Horácio Albano Custódio Amândio Belmiro Aníbal Arlindo Artur
  Avelino Casimiro Celestino Délio Domingos Ernesto Felisberto Gaspar Hélder Hermínio Ilídio Jaime Valdemar
  Zeferino Álvaro Bento Diamantino Telmo Nélson Fábio Serafim Adriano Amadeu Américo Aurélio Bernardino
  Cândido Crispim Evaristo Fausto Gilberto Leonel Norberto Olímpio Porfírio Reinaldo Sebastião Ventura
  Virgílio
pt s: Gonçalves Teixeira Correia Moreira Machado Figueiredo Nogueira Magalhães Cunha Amaral Tavares Guimarães
  Rebelo Quintas Vilela Brandão Sampaio Loureiro Fontes Azevedo Medeiros Antunes Araújo Barros Borges Campos
  Coelho Esteves Faria Freitas Henriques Lourenço Macedo Matos Miranda Monteiro Neves Pacheco Paiva Pires
  Queirós Ramos Ribeiro Rocha Simões Valente Vaz Vieira Aguiar Bessa Calado Castanheira Domingues Fragoso
  Garrido Leitão Maia Meireles Mota Portela Rasteiro Salgado Serrano Soares Veloso Peixoto Carneiro Pinheiro
  Cerqueira Quaresma Bastos Botelho Brito Caldeira Dourado Fonseca Godinho Lobo Marinho Morais Moura Parreira
  Pimentel Prata Sequeira Toscano Abreu Alvim Arruda Assunção Bairrada Barreira Bettencourt Cabral Cachapuz
  Carrilho Cordeiro Couto Encarnação Estrela Falcão Feio Frade Gouveia Jardim Lacerda Louro Madeira Malheiro
  Mourão Novais Pimenta Queiroga Sardinha Sobral Tomé Videira Xisto Amorim Bragança Cabaço Canelas Caseiro
  Fidalgo Mesquita Pestana Quintela Resende Teles Trindade Varela Vasconcelos
pt kf: Matilde Beatriz Leonor Carolina Mafalda Inês Madalena
pt km: Duarte Tomás Rodrigo Afonso Gonçalo Martim Vasco
rom f: Sheila Romanella Esméralda Florica Mirela Lenuța Viorica Sonia Natacha Djessica Marinette Bella
  Mélodie Cheyenne Dolorès Paquita Lolita Kimberley Angelina Ionela Mariana Luminița Georgiana Roxana
  Nicoleta Floarea Rodica Pamela Jennifer
rom m: Django Tchavolo Sonny Rocky Kennedy Tito Stelian Marius Florin Costel Dorel Elvis Bobby Manu Samson
  Zino Ionuț Nicu Gheorghe Vasile Sorin Cătălin Dănuț Mircea Costică Remus Tchatcho Mario-Django Dino-Sonny
rom s: Reinhardt Winterstein Loeffler Lagrené Demeter Duville Helfenstein Zieger Stoica Lăcătuș Căldăraru
  Ciurar Rostaș Florea Adolf Doerflinger Hombert Mayer Rosenberg Bamberger Gimenez Amaya Cortes Moreno
  Montoya Santiago Heredia Ciobanu Lingurar Zlătaru Fieraru Covaci Ursu Tănase Pătrașcu Ghiță Sârbu Oprea
  Dincă Lupu Mocanu Bălan Iordache Niculae Steinbach Krauss Ziegler Wagner
rom kf: Kelly-Ann Lorenza Maylis Gipsy Shana Romane-Lee Esperanza Nadia-Rose
rom km: Chico Manolo Tchanelo Keny Django-Lee Sony Chanel Tonio
waf f: Aminata Fatoumata Kadiatou Awa Ndèye Coumba Oumou Assetou Djeneba Rokia Aïssatou Binta Hawa Maimouna
  Sira Safiatou Korotoumou Kadidia Hadja Salimata Mariètou Astou Khady Dieynaba Ramatoulaye Penda Fatou
  Diariatou Bintou Oumy Sokhna Adja Seynabou Massaran Tenin Sitan Aminatou Habsatou Gnima
waf m: Mamadou Ousmane Boubacar Seydou Lamine Ibrahima Souleymane Cheikh Modou Abdoulaye Bakary Idrissa
  Mahamadou Youssouf Samba Dramane Siaka Karamoko Sékou Fodé Mamady Lansana Thierno Oumar Babacar Malick
  Serigne Matar Ousseynou Assane Modibo Tidiane Bassirou Mody Kalidou Daouda Aliou Issiaka Zoumana Brehima
  Tiémoko Sidiki Salif Mory Djibril
waf s: Sissoko Konaté Keïta Dembélé Kouyaté Doumbia Sangaré Diakité Niang Gueye N'Diaye Kanouté Tounkara
  Baldé Soumaré Mbaye Sakho Kanté Dramé Magassa Diabira Cissokho Tandia Gassama Bathily Bocoum Coly Dabo
  Danfakha Diaby Diagne Diakhaté Diawara Dieng Diouf Kébé Mané Ndao Ndour Sagna Samaké Sarr Seck Sène Sidibé
  Simpara Tall Thiam Wade Yattara Doucouré Soumahoro Bakayoko Ouattara Kouassi N'Guessan Kouadio Zadi Gnahoré
  Yéo Soro Ouédraogo Sawadogo Kaboré Compaoré Zongo Ilboudo Nikiema Zoungrana Sanogo Bagayoko Maïga
  Tandjigora Niakaté Timera Sacko Diagouraga Marega Diabaté Fadiga Gakou Kamissoko Konaré Kouma Minté Niaré
  Samassa Soukouna Tamboura Tangara Wagué Dansoko Fané Goïta Haïdara Kassé Koïta Macalou Sinayoko Sissako
  Badji Diatta Goudiaby Manga Mendy Sambou Sonko Tendeng Kandé
waf kf: Mariama Aïcha Fanta Nafi Ndeye-Awa Aby Marième Coumba-Sira Fily
waf km: Moussa Alassane Demba Ismaïla Elhadji Mouhamed Sidy Bocar Layla-Issa
be f: Marie-Noëlle Anne-Françoise Marie-Bénédicte Vinciane Wivine Bénédicte Ghislène Christelle
  Marie-Christine Marie-France Josée Nadine Véronique Annick Nancy Carine Pascale Geneviève Marie-Claire
  Godelieve Mieke Els Hilde Griet Lieve Veerle Kathleen Ine Inge Katrien Marleen Lutgarde Greet
be m: Baudouin Jean-Luc Arnaud Quentin Grégoire Damien Benjamin Thibaut Jean-Pol Pol Willy Eddy Jos Rik Dirk
  Geert Koen Bart Wim Filip Stijn Pieter Jef Guido Lieven Wouter Joris Kristof Frans Staf Roel Hendrik
be s: Lambotte Dethier Gilson Collignon Delvaux Wauters Peeters Janssens Deprez Delhaye Piérard Jamar Lhoest
  Vandenberghe Mertens Willems Wuyts Claessens Vanderstraeten Goossens Hanssens Detry Dierickx Massart Renson
  Bodart Lhomme Wathelet Thiry Henrard Houben Lecloux Mathy Pirotte Rensonnet Scheuren Thonon Absil Baudoux
  Cornet Dessy Goffin Jacquemin Kinet Lallemand Marchal Nizet Pirson Rasquin Tilmant Wilmet Vanderschueren
  Verbeeck De_Smet De_Backer Vermeulen Vandevelde Van_Hecke Vandekerckhove Debruyne Verhelst Cools Vermeire
  Deleu Verschueren Callewaert Goethals Lievens Maertens Soenens
be kf: Elise Margaux Manon Lotte Fien Noor Marthe-Lise Amélie
be km: Arthur Victor Louis Wout Lars Seppe Brecht Mathis
"""
FACTS = {"chti": (46, "", "59 62 59 62 80"), "pl": (11, "122", "59 62"), "it": (8, "127", "62 59"),
         "mag": (13, "352 350 351", "59 62 75"), "pt": (4, "139", "59 62"), "rom": (4, "114", "59 62 67"),
         "waf": (6, "341 335 326", "59 93"), "be": (6, "131", "59")}
ORIGINS, KIDS = hm.load_pools(POOLS, FACTS)


def name_words(name: str) -> set[str]:
    return hm.name_parts(name, PARTICLES)


TAKEN = hm.taken_tokens(OUT, EARLIER)
CANDIDATES = hm.pooled_names(ORIGINS, KIDS)


def refuse() -> int:
    """Drop from every pool the names holding a taken word; only the count is printed."""
    dropped = 0
    for o in ORIGINS.values():
        for pool in (o.given_f, o.given_m, o.surnames):
            keep_ = [n for n in pool if not name_words(n) & TAKEN]
            dropped += len(pool) - len(keep_)
            pool[:] = keep_
            assert len(pool) >= 3, o.name
    for pool in KIDS.values():
        keep_ = [n for n in pool if not name_words(n) & TAKEN]
        dropped += len(pool) - len(keep_)
        pool[:] = keep_
    hm.refuse_used_names(hm.pooled_names(ORIGINS, KIDS), name_words, TAKEN)
    return dropped


REFUSED = refuse()

TOWNS = [("Lille", "59000"), ("Lille", "59800"), ("Roubaix", "59100"), ("Tourcoing", "59200"),
         ("Villeneuve-d'Ascq", "59650"), ("Villeneuve-d'Ascq", "59491"), ("Dunkerque", "59140"),
         ("Dunkerque", "59240"), ("Calais", "62100"), ("Boulogne-sur-Mer", "62200"), ("Lens", "62300"),
         ("Liévin", "62800"), ("Béthune", "62400"), ("Arras", "62000"), ("Valenciennes", "59300"),
         ("Maubeuge", "59600"), ("Hénin-Beaumont", "62110"), ("Bruay-la-Buissière", "62700"),
         ("Avion", "62210"), ("Noeux-les-Mines", "62290"), ("Grenay", "62160"), ("Loos-en-Gohelle", "62750"),
         ("Denain", "59220"), ("Anzin", "59410"), ("Wattrelos", "59150"), ("Hondschoote", "59122"),
         ("Bergues", "59380"), ("Wormhout", "59470"), ("Steenvoorde", "59114"), ("Cassel", "59670"),
         ("Hazebrouck", "59190"), ("Grande-Synthe", "59760"), ("Saint-Pol-sur-Mer", "59430"),
         ("Outreau", "62230"), ("Le Portel", "62480"), ("Marck", "62730"), ("Harnes", "62440"),
         ("Courrières", "62710"), ("Oignies", "62590"), ("Douai", "59500"), ("Wallers", "59135")]
FLEMISH = ["Hondschoote", "Bergues", "Wormhout", "Steenvoorde", "Cassel"]
MINING = ["Lens", "Liévin", "Avion", "Noeux-les-Mines", "Grenay", "Loos-en-Gohelle", "Harnes", "Courrières",
          "Oignies", "Bruay-la-Buissière", "Hénin-Beaumont", "Wallers", "Denain"]
MINING_TOWNS = [t for t in TOWNS if t[0] in MINING]
STREETS = ["rue des Mineurs", "rue de la Fosse 9", "rue du Terril", "cité des Provinces, rue d'Artois",
           "rue de la Gare", "rue du Coron", "avenue de la Libération", "rue des Écoles", "rue de Lille",
           "rue Pasteur", "boulevard de Strasbourg", "rue des Arts", "rue de Wasquehal",
           "allée des Tilleuls", "rue de la Briqueterie", "chemin du Halage", "quai de la Citadelle",
           "rue du Port", "rue des Fusillés", "rue de la Mairie",
           "résidence les Hortensias, rue des Lilas", "rue Nationale", "rue de Béthune",
           "impasse des Glycines", "rue de l'Église", "cité Saint-Pierre, rue de Bretagne",
           "rue de la Digue", "rue de Cassel", "route de Bergues", "rue du Pont Rouge",
           "cité du 12, rue de Champagne", "rue des Houblonnières"]
LIEUX = ["lieu-dit le Meulenhoek", "lieu-dit Kapelhoek", "hameau du Steenakker", "lieu-dit le Bleu Pignon",
         "lieu-dit de Kruysstraete", "ferme du Hooghe Weg"]
CARE = [kept(x) for x in """[lombalgie chronique]|[entorse de cheville]|
    [rééducation après ligamentoplastie du LCA]|
    [prothèse totale de genou]|[PTH]|[capsulite rétractile]|[BPCO]|[kiné respiratoire]|[bronchiolite]|
    [maladie de Parkinson]|[maladie de Dupuytren]|[Osgood-Schlatter]|[tendinopathie d'Achille]|
    [cervicalgie]|[fracture du poignet]|[syndrome du canal carpien]|[rééducation périnéale]|
    [drainage lymphatique]|[hernie discale L5-S1]|[coiffe des rotateurs]|[AVC]|[sclérose en plaques]|
    [scoliose]|[silicose]|[lumbago]|[rupture du LCA]|[épaule gelée]|[sciatique]|[fracture de Pouteau-Colles]|
    [gonarthrose]|[torticolis]|[syndrome de Guillain-Barré]""".replace("\n    ", "").split("|")]
HOSP = [kept(x) for x in """[CHU de Lille]|[hôpital Salengro]|[Centre Oscar Lambret]|[CH de Lens]|
    [CH de Dunkerque]|
    [CH de Calais]|[CH de Boulogne]|[polyclinique de Riaumont]|[CH de Béthune]|[CH d'Arras]|
    [CH de Valenciennes]|[CH de Roubaix]|[clinique de la Louvière]|[hôpital Swynghedauw]|
    [CHU]""".replace("\n    ", "").split("|")]
MUTS = ["Harmonie Mutuelle", "la MGEN", "Filieris", "la Mutuelle des Mines", "Malakoff Humanis", "la MNT",
        "Mutuelle Just", "la CPAM de Lille-Douai", "la CPAM de l'Artois", "AG2R", "Apivia", "Mutualia"]
JOBS = ["à l'entrepôt de Lauwin-Planque", "au port de Dunkerque", "chez Aluminium Dunkerque",
        "à la verrerie d'Arques", "sur les ferries à Calais", "au tunnel à Coquelles",
        "en intérim à Lens", "à la plateforme logistique de Dourges",
        "à la mairie", "sur un chantier à Roubaix", "à la criée de Boulogne", "chez Toyota à Onnaing",
        "dans une société de nettoyage", "chez un transporteur de Mouscron",
        "à la SNCF", "à La Poste", "au centre d'appels de Roubaix", "dans un Ehpad de Douai"]
CLUBS = ["le RC Lens féminin", "l'USL Dunkerque", "le club de judo d'Avion", "le hand de Villeneuve",
         "le club de basket de Liévin", "l'athlé à Arras", "le foot à Wattrelos", "la gym de Bergues",
         "le rugby à Marcq", "le club de tir à l'arc de Cassel"]
SCHOOLS = ["le collège de Grenay", "le lycée professionnel de Denain", "l'école primaire de Hondschoote",
           "la fac de Villeneuve-d'Ascq", "le lycée de Béthune", "le collège de Wormhout", "l'IUT de Calais"]
KIN = [("fille", "f", True), ("fils", "m", True), ("épouse", "f", True), ("mari", "m", True),
       ("belle-fille", "f", False), ("gendre", "m", False), ("voisine", "f", False), ("voisin", "m", False),
       ("petite-fille", "f", True), ("petit-fils", "m", True), ("nièce", "f", False), ("sœur", "f", False),
       ("compagne", "f", False), ("frère", "m", True)]
CARERS = ["l'aide à domicile", "l'auxiliaire de vie", "l'infirmière libérale", "la tutrice",
          "l'aide-soignante", "l'assistante sociale"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
STAFF_FORMS = [s for s in STAFF] + ["Julien", "Sophie", "Karim", "Sophie", "Karim Haddad"]


def slot_text(rng: random.Random) -> str:
    day = dt.date(2028, 10, rng.randint(2, 31))
    while day.weekday() == 6:
        day = dt.date(2028, 10, rng.randint(2, 31))
    hour, minute = rng.randint(8, 19), rng.choice(["00", "15", "30", "45"])
    t = rng.choice([f"{hour}h{minute}", f"{hour}h" if minute == "00" else f"{hour}h{minute}",
                    f"{hour}:{minute}"])
    name = DAYS[day.weekday()]
    return rng.choice([f"{name} {day.day} à {t}", f"{name[:3]} {day.day}/10 {t}", f"le {day.day}/10 à {t}",
                       f"{name} {t}", f"{name} {day.day} octobre {t}"])


def full_slot(rng: random.Random) -> str:
    day = dt.date(2028, 10, rng.randint(2, 31))
    while day.weekday() == 6:
        day = dt.date(2028, 10, rng.randint(2, 31))
    hour, minute = rng.randint(8, 19), rng.choice(["00", "15", "30", "45"])
    return rng.choice([f"{DAYS[day.weekday()]} {day.day} octobre 2028 à {hour}h{minute}",
                       f"{day.day:02d}/10/2028 à {hour}:{minute}"])


def person(rng: random.Random, origin: str | None = None, sex: str | None = None, lo: int = 18,
           hi: int = 94, surname: str | None = None) -> Person:
    o = ORIGINS[origin or hm.pick(rng, {k: v[0] for k, v in FACTS.items()})]
    sex = sex or rng.choice("fm")
    born = TODAY - dt.timedelta(days=rng.randint(lo * 365 + 10, hi * 365 + 300))
    adult = o.given_f if sex == "f" else o.given_m
    given = rng.choice(KIDS[(o.name, sex)] * 3 + adult if born.year >= 2010 else adult)
    surname = surname or rng.choice(o.surnames)
    if o.name == "pl":  # born in Poland: the woman's form; born here: the form of the family's papers
        form = hm.slavic_form(surname, sex) if born.year < 1950 else hm.fold(surname).capitalize()
        surname = surname if name_words(form) & TAKEN else form
    return Person(given, surname, sex, o, born)


def cast(rng: random.Random) -> Cast:
    patient = person(rng, lo=15)
    kin = rng.choice(KIN)
    rel = person(rng, patient.origin.name if kin[2] or rng.random() < 0.6 else None, kin[1],
                 surname=patient.surname if kin[2] and kin[0] not in ("fille", "sœur") else None)
    if kin[0] in ("fille", "sœur") and rng.random() < 0.5:
        rel.surname = patient.surname
    carer = person(rng, lo=22, hi=60, sex="f" if rng.random() < 0.85 else "m")
    kid = person(rng, lo=8, hi=17)
    parent = person(rng, kid.origin.name, lo=30, hi=50, surname=kid.surname)
    return Cast(patient, rel, kin, carer, rng.choice(CARERS), kid, parent)


def nir(rng: random.Random, p: Person) -> str:
    codes = p.origin.abroad.split()
    if codes and p.born.year < 1985 and rng.random() < 0.6:
        dept, commune = "99", rng.choice(codes)
    else:
        dept, commune = rng.choice(p.origin.departments), f"{rng.randint(1, 660):03d}"
    body = f"{1 if p.sex == 'm' else 2}{p.born.year % 100:02d}{p.born.month:02d}{dept}{commune}" \
           f"{rng.randint(1, 999):03d}"
    key = f"{97 - int(body) % 97:02d}"
    parts = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key]
    return rng.choice([" ".join(parts), body + key, f"{body} {key}", ".".join(parts)])


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]


def ddn(rng: random.Random, p: Person) -> str:
    d = p.born
    return rng.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}",
                       f"{d.day}/{d.month}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}",
                       f"{d.day} {MONTHS[d.month - 1]} {d.year}", f"{d.year}-{d.month:02d}-{d.day:02d}",
                       f"{d.day:02d}-{d.month:02d}-{d.year}"])


def tel(rng: random.Random, belgian: bool = False) -> str:
    if belgian:
        d = [rng.randint(10, 99) for _ in range(3)]
        return rng.choice([f"+32 4{rng.randint(60, 99)} {d[0]} {d[1]} {d[2]}",
                           f"0032 4{rng.randint(60, 99)}/{d[0]}.{d[1]}.{d[2]}"])
    head = rng.choice(["06", "07", "06", "03 20", "03 21", "03 27", "03 28", "07"])
    digits = (head.replace(" ", "") + "".join(str(rng.randint(0, 9)) for _ in range(8)))[:10]
    pairs = [digits[i:i + 2] for i in range(0, 10, 2)]
    return rng.choice([" ".join(pairs), ".".join(pairs), digits, "-".join(pairs), f"+33 {digits[1]} "
                       + " ".join(pairs[1:]), " ".join(pairs)])


def email(rng: random.Random, p: Person) -> str:
    g, s = (re.sub(r"[^a-z-]", "", hm.fold(x).replace(" ", "")) for x in (p.given, p.surname))
    local = rng.choice([f"{g}.{s}", f"{s}.{g}", f"{g[0]}{s}", f"{g}{s}{p.born.year % 100:02d}",
                        f"{g}.{s}59", f"famille.{s}", f"{s}{g[0]}62", f"{g}_{s}"])
    domain = "skynet.be" if p.origin.name == "be" and rng.random() < 0.5 else rng.choice(
        ["orange.fr", "gmail.com", "free.fr", "sfr.fr", "laposte.net", "hotmail.fr", "wanadoo.fr", "yahoo.fr",
         "outlook.fr", "univ-lille.fr"])
    return f"{local}@{domain}"


def address(rng: random.Random, town: tuple[str, str] | None = None) -> str:
    name, code = town or rng.choice(TOWNS)
    if name in FLEMISH and rng.random() < 0.5:
        return f"{rng.choice(LIEUX)} {code} {name}"
    number = rng.choice([str(rng.randint(1, 180)), f"{rng.randint(1, 60)} bis", f"{rng.randint(1, 40)}B"])
    street = rng.choice(STREETS)
    if "," in street:
        place, street = street.split(", ")
        return f"{number} {street}, {place}, {code} {name}"
    flat = rng.choice(["", "", "", f", bât C appt {rng.randint(1, 60)}", f" apt {rng.randint(1, 40)}"])
    return rng.choice([f"{number} {street}{flat} {code} {name}",
                       f"{number}, {street}{flat}, {code} {name.upper()}",
                       f"{number} {street}{flat}, {code} {name}"])


def ident(rng: random.Random, kind: str) -> str:
    n = rng.randint
    return {"mut": rng.choice([f"{n(10, 99)} {n(100, 999)} {n(100, 999)}", f"{n(1000000, 9999999)}",
                               f"MUT-{n(100000, 999999)}", f"{n(100, 999)}{n(100000, 999999)}/01"]),
            "dos": rng.choice([f"DOS-2028-{n(1000, 99999):05d}", f"K{n(10000, 99999)}", f"28/{n(1000, 9999)}",
                               f"PAT{n(100000, 999999)}"]),
            "resa": rng.choice([f"{rng.choice('ABCDEFGHJKMNPQRSTUVWXZ')}{n(2, 9)}{rng.choice('KQRTXZ')}-"
                                f"{n(100, 999)}-{n(10, 99)}", f"RDV{n(1000000, 9999999)}",
                                f"#{n(100000, 999999)}", f"WEB-{n(10000, 99999)}"]),
            "at": rng.choice([f"{n(100000000, 999999999)}", f"AT-{n(1000000, 9999999)}",
                              f"28 {n(100, 999)} {n(100, 999)} {n(10, 99)}"])}[kind]


class Writer(SlotPlaceholders):
    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random, c: Cast, hard: bool) -> None:
        self.rng, self.c, self.hard, self.flags = rng, c, hard, set()

    # names ------------------------------------------------------------------------------------
    def title(self, p: Person) -> str:
        titles = ["Mme", "Mme", "Madame", "mme"] if p.sex == "f" else ["M.", "Mr", "Monsieur", "M"]
        return self.rng.choice(titles)

    def render(self, p: Person, style: str = "full") -> str:
        rng = self.rng
        if self.hard and style in ("full", "titled"):
            self.hard = False
            self.flags.add("hard name")
            form = rng.choice(["slip", "nee", "initial", "upper", "glued", "lower", "double"])
            self.flags.add(f"hard: {form}")
            if form == "slip":
                s = hm.slip(p.surname, rng)
                s = s if not name_words(s) & TAKEN else p.surname
                return nom(f"{p.given} {s}")
            if form == "nee":
                maiden = person(rng, p.origin.name).surname
                links = [" née ", " ép. ", " nee "] if p.sex == "f" else [" dit ", " alias "]
                return nom(f"{p.given} {p.surname}") + rng.choice(links) + nom(maiden)
            if form == "initial":
                return f"{self.title(p)} " + nom(f"{p.given[0]}. {p.surname}")
            if form == "upper":
                return nom(f"{p.surname.upper()} {p.given}")
            if form == "glued":
                return ("Mme." if p.sex == "f" else "Mr.") + nom(p.surname)
            if form == "lower":
                return nom(f"{p.given.lower()} {p.surname.lower()}")
            other = person(rng).surname
            return nom(f"{p.given} {p.surname}-{other}")
        if style == "titled":
            return f"{self.title(p)} " + nom(p.surname)
        return nom(rng.choice([f"{p.given} {p.surname}", f"{p.given} {p.surname}", f"{p.surname} {p.given}",
                               f"{p.surname.upper()} {p.given}", f"{p.given} {p.surname.upper()}"]))

    def fill(self, template: str) -> str:
        c, rng, pt = self.c, self.rng, self.c.patient
        fem = pt.sex == "f"
        act = {"P": lambda: self.render(pt, rng.choice(["full", "full", "titled"])),
               "PT": lambda: self.render(pt, "titled"), "PG": lambda: nom(pt.given),
               "SURU": lambda: nom(f"{pt.surname.upper()} {pt.given}"),
               "R": lambda: self.render(c.relative), "RG": lambda: nom(c.relative.given),
               "kin": lambda: hm.possessive(*c.kin[:2]),
               "mykin": lambda: hm.possessive(*c.kin[:2], True),
               "thekin": lambda: hm.definite(*c.kin[:2]), "C": lambda: self.render(c.carer),
               "crole": lambda: c.carer_role, "K": lambda: self.render(c.kid), "KG": lambda: nom(c.kid.given),
               "PAR": lambda: self.render(c.parent, rng.choice(["full", "titled"])),
               "tel": lambda: tag("TEL", tel(rng, pt.origin.name == "be" and rng.random() < 0.5)),
               "ktel": lambda: tag("TEL", tel(rng)), "nir": lambda: tag("NIR", nir(rng, pt)),
               "ddn": lambda: tag("DDN", ddn(rng, pt)), "kddn": lambda: tag("DDN", ddn(rng, c.kid)),
               "mail": lambda: tag("EMAIL", email(rng, pt)),
               "kmail": lambda: tag("EMAIL", email(rng, c.parent)),
               "addr": lambda: tag("ADRESSE", address(rng)),
               "maddr": lambda: tag("ADRESSE", address(rng, rng.choice(MINING_TOWNS))),
               "staff": lambda: keep(rng.choice(STAFF_FORMS)), "age": lambda: str(hm.age(pt, TODAY)),
               "n": lambda: str(rng.choice([6, 8, 10, 10, 12, 15, 20, 30])),
               "d": lambda: f"{rng.randint(1, 15):02d}/10", "il": lambda: "elle" if fem else "il",
               "le": lambda: "la" if fem else "le", "e": lambda: "e" if fem else "",
               "parn": lambda: "la mère" if c.parent.sex == "f" else "le père",
               "slot": self.slot, "slot2": self.slot2, "fslot": self.fslot, "x": self.x}
        for kind in ("mut", "dos", "resa", "at"):
            act[{"mut": "mutn"}.get(kind, kind)] = lambda kind=kind: tag("ID", ident(rng, kind))
        plain = {"care": CARE, "hosp": HOSP, "town": [t[0] for t in TOWNS], "mtown": MINING, "ftown": FLEMISH,
                 "mut": MUTS, "job": JOBS, "club": CLUBS, "school": SCHOOLS}
        self.act = act
        return re.sub(r"\{(\w+)\}", lambda m: act[m.group(1)]() if m.group(1) in act
                      else rng.choice(plain[m.group(1)]), template)

    def x(self) -> str:
        """A tail of zero to two more identifiers, as the secretary adds them."""
        kinds = hm.draw_kinds(self.rng, self.rng.choice([0, 0, 1, 1, 2]),
                           {"tel": 5, "ddn": 4, "mail": 2, "mutn": 2, "nir": 1, "dos": 2, "addr": 1})
        lead = {"tel": "tél ", "ddn": "né(e) le ", "mail": "mail ", "mutn": "mutuelle n° ", "nir": "NIR ",
                "dos": "dossier ", "addr": "adresse "}
        seps = [" - ", ", ", ". ", " / "]
        return "".join(f"{self.rng.choice(seps)}{lead[k]}{self.act[k]()}" for k in kinds)


PHONE = """
Mr/Mme ? {P} au tél : douleurs {care} depuis 3 semaines, pas d'ordo encore. Lui dire de passer chez son
  médecin. {tel}
{P} ({tel}) confirme {slot}. Viendra avec ses radios du {hosp}.
Appel perso de {PT} : veut changer de kiné, plus de séances avec {staff}. À voir. {tel}{x}
{PT} rappelle pour la 3e fois !! veut {slot} absolument. {tel} / {ktel}
Appel de {P} pour {care}, souhaite un RDV {slot} avec {staff}, rappeler au {tel}{x}
{P} a appelé : annule {slot}, reporte {slot2} si possible. Tél {tel}
msg de {PT} : pas dispo {slot}, {il} rappellera. {x}
Appel {PT} ({age} ans) – ordonnance {n} séances {care}, préfère le matin. Joignable au {tel}
{P} demande si {staff} peut {le} prendre {slot}, sinon n'importe quel créneau. Autre numéro {ktel}{x}
RAPPEL A FAIRE : {P} {tel} – problème de carte vitale, NIR {nir}
{PT} en retard de 15 min {slot}, prévenir {staff}. {x}
Appel de {P} né{e} le {ddn}, nouveau patient, {care} suite {hosp}. Tel {tel}, adresse {addr}
{P} veut savoir si le cabinet est accessible en fauteuil (sortie {hosp}). Rappeler au {tel}
"""
MACHINE = """
Répondeur 7h55 : {PT}, {il} ne pourra pas venir ce matin, bus en grève à {town}. Rappelle.
Message : « c'est {P}, je vous appelle pour mon fils, il a mal au genou depuis le foot, rappelez moi au
  {tel} »
Répondeur 18h52 : « oui bonjour c'est {P}, j'avais rendez-vous {slot} mais j'ai le travail
  {job}, est-ce qu'on peut décaler ? mon numéro c'est le {tel}, merci au revoir »
Messagerie samedi : {PT} appelle pour {kin} {R}, bloqué du dos, demande un passage {slot}. {tel}
Répondeur : voix d'homme, nom pas compris, rappelle lundi. Numéro affiché {ktel}
rep. 12h10 - {P} - «c'est pour la séance {slot}, j'ai pas de voiture, je viendrai en bus de {town}»{x}
Message vocal de {C} ({crole}) pour {PT} : ne pourra pas venir {slot}, hospitalisé{e} au {hosp}. Tél {ktel}
"""
BOOKING = """
[Export agenda en ligne]\\nPatient : {SURU}\\nNé(e) le : {ddn}\\nTél : {tel}\\nEmail : {mail}\\nMotif :
  {care}\\nPraticien : {staff}\\nCréneau : {fslot}\\nRéf. réservation : {resa}
Nouvelle résa web {resa} – {SURU} – {fslot} – {staff} – première séance
RDV en ligne annulé par le patient : {SURU}, {fslot}, réf {resa}. Motif saisi : "empêchement"
Résa internet | {SURU} | ddn {ddn} | {tel} | {fslot} | motif : {care} | commentaire : "je viens avec
  {mykin} {RG}"
"""
FORWARD = """
SMS ({tel}) : "slt c {P} pr mon rdv {slot} je peu pa, on peu mettre {slot2} ? merci bcp"
TR : formulaire contact site\\nNom : {SURU}\\nTéléphone : {tel}\\nMessage : besoin de séances pour {care}{x}
TR: SMS du {tel} : « Bjr c {PG} {slot} c bon pr moi mais je finis a 17h {job} merci »
TR: message\\nDe : {mail}\\nObjet : séances de kiné\\nBonjour, je suis {P}, mon médecin m'a prescrit
  {n} séances pour {care}. Je suis disponible le mercredi. Cordialement.
Fwd mail de {kmail} : {PAR} demande des séances pour {KG} ({care}), dispo après {school}.{x}
SMS transféré ({tel}) : "Bonjour c'est {RG}, {thekin} de {PT}, elle ne viendra pas {slot}, elle est
  tombée ce matin"
Mail reçu : «Bonjour, {P}, né le {ddn}, je vous envoie mon ordonnance en pièce jointe. Mon numéro de
  sécu : {nir}. Bien à vous»
"""
HOME = """
VAD à {ftown} : {P}, {addr}, ferme au bout du chemin, chien. {staff} {slot}. Tél {ktel}
VAD {slot} chez {PT}, {addr}, 3e étage sans ascenseur. Code porte à demander au {tel}
Visite à domicile pour {P} ({age} ans, {care}) : {maddr}. Clés chez {thekin} {R}.
Domicile : {P}, {addr} – {care} – {n} séances – {staff} y va {slot}{x}
{C}, {crole} de {PT}, demande que les séances se fassent à domicile, {maddr}. Tél {ktel}
VAD coron : {PT}, {maddr}, sonner fort, malentendant{e}. {staff} {slot}
"""
FAMILY = """
{R} ({kin}) a déposé l'ordonnance de {PT} : {n} séances {care}. Joignable au {ktel}
Appel {thekin} de {PT} : {il} est en Ehpad à {town} depuis lundi, annuler toutes les séances.{x}
Appel de {R}, {kin} de {PT}, pour prendre RDV {slot}. Rappeler au {ktel}
{R} appelle pour {kin} {P} ({age} ans) sortie du {hosp}, {care}, {n} séances à domicile. {tel}
Appel {crole} {C} : {PT} refuse les séances, voir avec {staff}. Joindre la famille au {ktel}
La voisine de {PT}, {R}, signale qu'{il} ne répond plus à la porte depuis hier, prévenir {staff}.
{C} ({crole}) : la carte mutuelle de {P} est périmée, nouvelle carte {mut} n° {mutn}{x}
"""
PAPERS = """
Relance mutuelle {mut} pour {P} – dossier {dos} – facture de septembre non réglée.
Prescription {hosp} pour {PT} : {care}, {n} séances, urgent. Carte vitale à mettre à jour (NIR {nir})
Ordo reçue pour {P} : {n} séances {care} (prescription {hosp}). Tiers payant {mut}, n° adhérent {mutn}
TP : {SURU} – NIR {nir} – {mut} – adhérent {mutn}. Tout est ok.
Dossier {dos} : {P}, ddn {ddn}, ordonnance scannée, à valider par {staff}.
Tiers payant refusé pour {PT}, {mut} demande le n° de dossier {dos}. Rappeler au {tel}
Prise en charge ALD pour {P} ({care}) : copie attestation, NIR {nir}{x}
"""
SPORT = """
{PAR} : {KG} ({care}) – certificat pour {club} à remplir par {staff}. Né le {kddn}.
Certificat pour {club} : {K}, né le {kddn}, reprise après {care}, demande de {PAR} au {ktel}
{PAR} appelle pour {KG}, {care} au sport à {school}, RDV {slot} après les cours.{x}
Dispense de sport pour {K} ({school}), {care}. Mail de {parn} : {kmail}
Étudiant(e) {P}, {care} (chute en {club}), dispo {slot}. Tel {tel}
Convocation {school} : {K} doit faire {n} séances, {parn} {PAR} passera avec l'ordonnance {slot}.
"""
WORK = """
Déclaration AT reçue : {SURU}, employé {job}, n° {at}, {care}. Feuille d'accident à apporter {slot}.
{P} (intérim) – AT {at} – {care} – dispo seulement après 16h. {tel}
AT du {d} {job} : {P}, n° AT {at}, {care}, {n} séances. Tél {tel}
Accident du travail : {PT} (travaille {job}), déclaration n° {at}, NIR {nir}. Pas d'avance de frais.
{P}, cariste {job}, {care} après chute, AT {at}. Préfère {slot}.{x}
Frontalier {P}, bosse à Menin côté belge, carte européenne, tél {tel}, domicile {addr}
"""
BARE = """
Rappel : fermeture du cabinet le 1er novembre (Toussaint).
Stagiaire de l'IFMK présent toute la semaine avec {staff}.
Fournisseur : commande de strapping reçue, facture dans le casier de {staff}.
Appel sans nom laissé, demandait les horaires du samedi. A rappelé plus tard.
Livraison de bandes et d'huile de massage prévue {slot}, prévenir {staff}.
{staff} absent(e) {slot}, décaler les patients sur {staff}.
Numéro masqué, dame âgée qui cherchait un kiné à {town} pour {care}, réorientée.
Panne du logiciel de 9h à 10h30, les RDV de la matinée ont été notés à la main.
Message pour {staff} : la table électrique fait un bruit bizarre, réparateur à prévoir.
Demande d'info : est-ce que le cabinet fait {care} ? Répondu oui, la personne rappellera.
Appel d'une mutuelle pour un remboursement, pas de nom donné, rappellera {slot}.
Quelqu'un qui travaille {job} demande si on fait des ateliers de prévention des TMS, transmis à {staff}.
Parking de la rue fermé {slot} pour la braderie, prévenir les patients.
"""
SCENARIOS = [(PHONE, 20), (MACHINE, 10), (BOOKING, 11), (FORWARD, 11), (HOME, 11), (FAMILY, 10),
             (PAPERS, 10), (SPORT, 8), (WORK, 7), (BARE, 14)]


def make_note(rng: random.Random) -> list[tuple[str, str | None]]:
    c = cast(rng)
    block, template = hm.draw_template(rng, SCENARIOS)
    w = Writer(rng, c, rng.random() < 0.16 and block is not BARE)
    text = w.fill(template.replace("\\n", "\n"))
    fragments = hm.join_names(hm.parse(text))
    case = rng.random()
    if case < 0.12:
        fragments = [(t.lower(), k) for t, k in fragments]
        w.flags.add("lower-case note")
    elif case < 0.15:
        fragments = [(t.upper(), k) for t, k in fragments]
        w.flags.add("capitals")
    FLAGS.append(w.flags)
    return fragments


FLAGS: list[set[str]] = []


def check(r: dict) -> None:
    hm.check_unlabelled(r, name_words)
    hm.check_no_staff(r, name_words)


def main() -> None:
    print(f"candidate names: {len(CANDIDATES)}; refused as taken: {REFUSED}")
    try:  # a failed check names its note only, never the words of an earlier set
        records = hm.write(OUT, PREFIX, NOTES, SEED, make_note, check,
                        lambda rs: hm.check_blind_set(rs, NOTES, name_words, TAKEN, 0.15, (0.07, 0.17)))
    except AssertionError as error:
        raise SystemExit(f"check failed: {str(error).split(':')[0][:8]}") from None
    hm.report(records, OUT, FLAGS, sum("hard name" in f for f in FLAGS))


if __name__ == "__main__":
    main()
