"""Blind held-out set 32 for the de-identifier: 300 call notes of a kinésithérapie practice in
Franche-Comté and the Swiss border.

Written on 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists,
the tests nor bench were opened, and the de-identifier was not run on the notes. The earlier sets
(the corpus, held-out sets 1 to 31, the hard cases) were read by program only, through
heldout_markup.taken_tokens, to refuse every name word they hold: a candidate of the pools below
that holds such a word is dropped when the pools are loaded (only the number dropped is printed),
and a note whose typo lands on such a word is drawn again.

The setting: a remote secretariat answers for a kinésithérapie practice of the Doubs in January
2029, with patients from Besançon, Montbéliard, Belfort, Pontarlier, Morteau and the Haut-Doubs:
watchmaking and car-plant workers, cross-border workers who live in France and work in Switzerland
(some with a Swiss phone, a Swiss address for the week or a Swiss insurer next to the French ones),
farmers of the plateau, skiers and cross-country skiers, retirees, and families of many origins
(Comtois, Swiss, Portuguese, Turkish, Maghrebi, Kosovar, Italian). The notes are what such a
secretariat writes: phone messages, booking exports, forwarded SMS and e-mails, relatives calling,
prescriptions, mutuelles and Swiss insurers, work accidents, ski falls; some in lower case, a few
in capitals, with abbreviations and typos. About one note in nine names nobody and holds no
identifier; about one in seven gives the patient's name in a harder form (surname first in
capitals, a typo, an initial, a maiden name, a comma, a couple, accents dropped).

Labelling: NOM for patients, relatives, carers and neighbours (first and last names; the title
M., Mme, Mr, Madame... stays outside the span), never the practice's staff (deid_staff.json),
whose names are kept as [[K|...]]; TEL for French and Swiss phones; NIR for French social security
numbers (15 characters, spaced or not); DDN for birth dates only; EMAIL; ADRESSE from the house
number or lieu-dit (the street, for a Swiss address written number after street) through postcode
and town, in one run, a town alone not marked; ID for mutuelle and insurer member numbers, AVS
numbers, dossier, booking, licence and work-accident numbers. Appointment slots (days, dates,
times), other dates, staff names, clinical terms, hospitals and eponyms are kept [[K|...]].
Companies, clubs, schools, insurers and employers are plain text; no doctor outside the practice is
named.

Run from tests/data: ../../.venv/bin/python make_deid_heldout32.py
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

import heldout_markup as hm
from heldout_markup import keep, nom, tag

NOTES = 300
SEED = 32_2027
PREFIX = "bg"
HERE = Path(__file__).parent
OUT = HERE / "deid_heldout32.jsonl"
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 32)),
           "deid_hard_cases.jsonl")
TODAY = dt.date(2029, 1, 12)
PARTICLES = {"da", "de", "do", "dos", "das", "di", "del", "della", "dal", "el", "ben", "ait", "d", "l", "la",
             "le", "von", "van", "du"}

# origin pool: names (f women, m men, s surnames, kf / km children); an underscore joins one name
POOLS = """
comtois f: Odile Josiane Mauricette Marinette Huguette Ghislaine Roseline Bérangère Edwige Armelle
  Blandine Léontine Philomène Clotilde Hortense Ombeline Apolline Perrine Maryvonne Annick Gisèle
  Reine Angèle Marthe Gilberte Yolande Germaine Lucette Jocelyne Mireille Bernadette Raymonde
  Solange Ginette Nicole Colette Arlette Renée Marie-Odile Marie-Claude Anne-Laure Maud Séverine
comtois m: Gervais Hilaire Amédée Célestin Norbert Ghislain Landry Tanguy Urbain Prosper Honoré
  Firmin Séverin Aimé Edmond Marcelin Léandre Anatole Clovis Gauthier Lucien Gilbert Raymond Roland
  Marcel Fernand Régis Lionel Ludovic Jean-Marie Jean-Pierre Pierre-Yves Bertrand Gaëtan Hubert
  Sylvain Jacky Didier Joël Cyrille
comtois s: Pourchet Marmier Régnaud Brocard Cuynet Rognon Bidaux Boiteux Bouday Brulport Cachot
  Demougeot Dubiez Faivre-Pierret Fauconnet Gaiffe Grandvoinnet Guinchard Jeanningros Jeannin-Naltet
  Malfroy Mourey Mottet Nappey Prétot Quiquerez Rapenne Robardet Rondot Sauterey Toitot Vauthier
  Vuez Barthet Bernardot Billerey Bolard Boudot Chabod Chagnot Chevroton Choulet Dromard Dubief
  Euvrard Ferreux Gaume Grillot Jeanmougin Jobard Lanquetin Mairot Menetrier Mignerot Oudot Pahin
  Pernin Rousselet Saulnier Taillard Trouttet Vaufrey Voisard Vuillet Willemin Cupillard Bouhelier
  Pagnot Pétetin Genevard Amiotte Bobillier Courtet Midol Cuenot Pourcelot Grosperrin Billod Marguet
  Parrenin Bertin-Mourot Brischoux Bouveresse Jouffroy Vermot-Desroches Tournier Sancey Nicod
  Boillot Cattin Vionnet Chopard Mougin Girardot Jacquemin Vernier Maire Vieille Bulle
comtois kf: Capucine Maëlys Lilou Romane Margaux Apoline Louane Albane Éléonore Mahé Ninon Clarisse
comtois km: Timéo Baptiste Mathis Aubin Célian Maël Eliott Gabin Loan Noé Sacha Titouan
suisse f: Ursula Regula Verena Vreni Rösli Margrit Corinne Séverine Lorraine Mélissa Nicole Barbara
  Doris Heidi Ruth Silvia Anouk Fabienne Joëlle Murielle Valérie Chantal Evelyne Ariane Daniela
suisse m: Ueli Urs Beat Reto Kurt Hansruedi Jürg Markus Yvan Cyril Steve Loïc Raphaël Fritz Werner
  Rolf Thomas Dominique Olivier Jean-Daniel Pierre-Alain Claude-Alain Gilles Jacques Stéphane
suisse s: Jeanneret Perrenoud Huguenin Ducommun Matthey Robert-Nicoud Calame Vuilleumier Sandoz
  Rochat Golay Reymond Berney Meylan Baehler Steiner Gerber Zürcher Kaufmann Wüthrich Hofstetter
  Aeschlimann Rüegsegger Stauffer Tschanz Schüpbach Flückiger Zbinden Frutiger Amstutz Liechti
  Gfeller Zaugg Oppliger Hirschi Christen Jaquet Cuche Piaget Nussbaum Maurer Rufener Tissot-Daguette
  Dubois-Ferrière Jacot-Descombes Favre-Bulle Landry-Ducommun Brandt Imhof Chollet Vuagniaux
suisse kf: Léonie Elin Nora Lia Elina Ambre Zoé
suisse km: Nils Lenny Robin Timo Elouan Noa Yanis
portugais f: Fátima Conceição Rosário Graça Lurdes Filomena Albertina Deolinda Ilda Natércia Custódia
  Otília Rosalina Gracinda Benvinda Idalina Leonor Inês Arminda Cidália Ermelinda Olinda Margarida
  Manuela Paula Sónia Cátia Vânia Sandra Célia Marlene Helena Luísa Alzira
portugais m: Joaquim Armando Albino Abílio Custódio Belmiro Arnaldo Hélder Nuno Rui Tiago Duarte
  Amadeu Aurélio Adelino Firmino Ilídio Zeferino Valdemar Agostinho Américo Fernando Jorge Vítor
  Sérgio Paulo Hugo Márcio Fábio Bruno Délio Orlando Avelino
portugais s: Gonçalves Carvalho Teixeira Magalhães Monteiro Moreira Azevedo Fonseca Coelho Amaral
  Figueiredo Quintas Brandão Meireles Sequeira Gouveia Bastos Tavares Leite Nogueira Valente Pimenta
  Carneiro Medeiros Godinho Lourenço Faria Peixoto Rebelo Queirós Esteves Antunes Baptista Serrão
  Cerqueira Sampaio Macedo Machado Cunha Freitas Guimarães Pacheco Loureiro Salgado Vasconcelos
  Barros Mota Couto Ramalho da_Cunha dos_Reis da_Mota Pimentel Lobo Caldeira Portela Abreu
portugais kf: Beatriz Matilde Carolina Leonor Lara Mariana Íris
portugais km: Rodrigo Tomás Duarte Afonso Gonçalo Martim Vicente
turc f: Ayşe Emine Hatice Zeynep Merve Büşra Esra Hülya Sevgi Gülsüm Nurcan Songül Derya Dilek Tuğba
  Yasemin Gülay Sibel Ebru Melek Nazlı Kübra Sevda Gülten Hacer Nurhan Şerife Saadet Fadime Aysel
  Özlem Dilan Cansu Ceren
turc m: Mehmet Hüseyin Osman Murat Emre Burak Serkan Volkan Tolga Erkan Orhan Recep Kemal Cengiz
  Ercan Levent Oğuz Kadir Ramazan Enes Berkay Furkan Halil Süleyman Veli Şükrü Cemal Hakan Uğur
  Yakup Sinan Tuncay
turc s: Yıldırım Öztürk Aydın Özdemir Arslan Doğan Kılıç Çetin Koç Özkan Şimşek Polat Korkmaz
  Karakaya Erdoğan Tekin Akın Bulut Güneş Aktaş Keskin Uysal Ünal Güler Kahraman Bozkurt Türkmen
  Karadağ Gökçe Altıntaş Sezer Tuncer Çakır Ekinci Durmaz Erdem Okur Karaca Yavuz Coşkun Kaplan
  Işık Acar Avcı Sönmez Başaran Güven Duman Tosun Eren Akbulut Kocabaş Yalçın Günay Çiftçi Oruç
turc kf: Elif_Naz Ecrin Defne Azra Eylül Ela Asya
turc km: Yiğit Efe Eymen Kerem Mert Arda Alparslan
maghrebin f: Fatiha Khadija Samira Malika Zohra Houria Latifa Saliha Naïma Yamina Fadila Rachida
  Souad Amel Imane Soukaina Hajar Salma Nour Zineb Hafida Ouarda Nacéra Djamila Farida Habiba
  Meriem Chaïma Kenza Loubna Safia Sabrina Wafa
maghrebin m: Abdelkader Mustapha Saïd Farid Nordine Kamel Lahcen Brahim Hocine Yassine Bilal
  Sofiane Nabil Ilyes Walid Hamza Abdelaziz Djamel Larbi Tahar Rabah Mokhtar Azzedine Lakhdar
  Abdelhak Khalid Driss Tarik Younes Fouad
maghrebin s: Bouzid Amrani Bensaïd Chaouch Belkacem Mansouri Zerrouki Hamidi Benyahia Ouahbi Lahlou
  Tazi Berrada Alaoui El_Ouafi Boukhris Kaddouri Laroussi Ghazouani Touati Meziane Benabdallah
  Aït_Ouali Slimani Benchekroun Djebbar Taleb Boudjemaa Mebarki Khelifi Hadjadj Brahimi Saïdani
  Zitouni Chergui Bouaziz Jebali Trabelsi Ferchichi Gharbi Benhamou Ziani Lamrani Ait_Said Belhadj
  Dahmani Hammoudi Zeroual Bendjelloul Ouali Sebbar Lounis Haddouche Tebboune Rahmouni Bekkouche
  El_Khatib Ben_Slama
maghrebin kf: Aya Lina Inaya Maryam Assia Nesrine Aïcha
maghrebin km: Ayoub Rayan Ismaël Younès Amine Nassim Ilian
kosovar f: Arta Blerta Drita Fatmire Valbona Shqipe Mimoza Vjosa Lindita Merita Teuta Albulena
  Donika Egzona Besarta Leonora Arbnore Qendresa Rina Era Fjolla Edona Liridona Vlora Hana Nora
  Ardiana Shpresa Zana Flutura
kosovar m: Arben Agim Besnik Bujar Driton Fatos Ilir Shkëlzen Valon Blerim Fitim Gent Dardan Arton
  Labinot Mentor Liridon Burim Visar Kushtrim Ardit Enis Bekim Fisnik Granit Lulzim Naim Shpend
  Xhevdet Avni Faton
kosovar s: Krasniqi Gashi Shala Morina Bytyqi Kryeziu Hajdari Rexhepi Ahmeti Osmani Thaqi Musliu
  Zeqiri Sylejmani Ibrahimi Kastrati Bajrami Kelmendi Qerimi Salihu Demolli Halili Jashari Maloku
  Haxhiu Zymberi Shabani Dervishi Mehmeti Selmani Kuqi Limani Gjoka Elshani Tahiri Rrahmani Sopi
  Veseli Haziri Berisha Hoxha Hyseni Aliu Mustafa Krasniqi-Gashi Ramadani Canolli Spahiu Pllana
  Bunjaku Hoti Latifi Vitia
kosovar kf: Rron Elsa Dea Alba Ylli Lea
kosovar km: Art Drin Lis Andi Eron Leart
italien f: Giuseppina Antonietta Carmela Rosaria Concetta Assunta Graziella Loredana Ornella Tiziana
  Silvana Marisa Franca Rita Nunzia Immacolata Pina Vincenza Teresa Elvira Gabriella Patrizia
  Donatella Rosanna Mirella
italien m: Giuseppe Salvatore Vincenzo Domenico Carmine Gennaro Luigi Franco Sergio Renzo Gianni
  Massimo Claudio Enzo Dario Aldo Elio Rocco Pasquale Nunzio Sandro Fulvio Primo Ettore Angelo
  Gianfranco Rosario Calogero Mario Piero
italien s: Bortolotti Pavan Scarpa Zanella Trevisan Brambilla Bonfanti Cattelan Zampieri Furlan Tonon
  Zorzi Dal_Molin Biasutti Lazzarin Zanin Cescon Mion Baldan Pizzolato Marcon Visentin Favaro
  Bragagnolo Cecchin Fregonese Rinaldi Santoro Caruso Gentile Vitale Coppola Marchetti Pellegrini
  Palumbo Farina Cattaneo Silvestri Carbone Montanari Palmieri Ferretti Basile Sartori Ruggiero
  Sorrentino D'Amico De_Santis D'Angelo Di_Stefano Lo_Presti La_Rosa Spinelli Iacono Scuderi
italien kf: Giulia Chiara Alessia Sofia Aurora Greta
italien km: Lorenzo Matteo Leonardo Tommaso Nicolò Gioele
comtois f: Adrienne Alberte Albertine Alexandrine Ambroisine Andrée Antoinette Aude Augustine Aurore
  Bérénice Berthe Blanche Cécile Christelle Claudette Clémentine Constance Denise Désirée Domitille
  Edith Eliane Emeline Emilienne Estelle Eugénie Eulalie Félicie Fernande Francine Gabrielle Georgette
  Géraldine Ghyslaine Gwladys Henriette Honorine Ida Irène Isaure Jeannine Joséphine Julienne Laure
  Lise Louisette Lucile Ludivine Madeleine Marcelle Maryse Micheline Noëlle Octavie Odette Olympe
  Paulette Pierrette Priscille Rolande Rosine Simone Sylvette Thérèse Violette Yvette Yvonne Zélie
  Aglaé Bettina Célestine Cyrielle Dorothée Edmée Flavie Hermine Héloïse Irma Jacinthe Lorène Lydie
  Marjolaine Nelly Pascaline Philippine Quitterie Sidonie Sixtine Tiphaine Ursule Victorine Ysaline
  Francette Jeannette Josette Eliette Odeline Aloïse Bertille Bathilde Clélia Gwenaëlle Mélisande
comtois m: Adolphe Alphonse Ambroise Anselme Aristide Armand Arsène Auguste Barthélemy Basile Benoît
  Blaise Brice Casimir Césaire Clément Constant Corentin Cyprien Désiré Donatien Edgar Eloi Emilien
  Ernest Eudes Eugène Evrard Faustin Félicien Fidèle Florent Gaspard Gatien Germain Gildas Gratien
  Grégoire Gustave Hector Hippolyte Hugues Ignace Isidore Jérémie Joachim Jocelyn Justin Lazare
  Léonce Léopold Lothaire Marceau Martial Maxence Médéric Melchior Narcisse Nestor Octave Odilon
  Onésime Pacôme Philibert Placide Rodolphe Romuald Sigismond Sylvère Théodore Théophile Timothée
  Ulysse Valère Valéry Victorien Vivien Zacharie Abel Alban Aloys Amaury Arnould Baudouin Candide
  Evariste Fulbert Gonzague Josselin Léger Mayeul Paulin Sixte Wilfried Yvon Armel Herbert Gérald
comtois kf: Alix Anouk Bertille Héloïse Iris Livia Maëline Naëlle Olympe Victoire Ysé Agathe Pia
  Clémentine Suzanne Jeanne
comtois km: Augustin Côme Gaspard Isaac Milo Oscar Malo Marceau Soan Ewen Aurèle Joachim Basile Elio
suisse f: Annemarie Elsbeth Erika Esther Gertrud Hanni Käthi Lotti Marianne Rosmarie Trudi Theres
  Gisela Monika Laurence Carole Mireille Christiane Liselotte Ruth-Anne Brigitta Susanna
suisse m: Andreas Christoph Erwin Ernst Hans-Peter Heinz Jakob Niklaus Otto Ruedi Samuel Willi Adrian
  Lukas Mathias Silvan Stefan Res Mathieu-Jean Köbi Hansjörg Gottfried Ulrich Balz
portugais f: Adelaide Adélia Aida Alcina Amélia Aurora Belmira Berta Carminda Celeste Delfina Dulce
  Elisa Emília Esperança Etelvina Fernanda Florbela Glória Hermínia Isaura Jacinta Joaquina Judite
  Laurinda Lucília Madalena Marcolina Natália Noémia Palmira Piedade Prazeres Purificação Quitéria
  Regina Rute Sameiro Silvina Teresinha Umbelina Virgínia Zulmira Amândia Balbina Emiliana Firmina
  Generosa Guilhermina Lívia Mafalda Micaela Miquelina Odete Olímpia Perpétua Rosinda
portugais m: Acácio Aderito Adriano Alcides Alípio Almerindo Álvaro Anacleto Aníbal Artur Augusto
  Baltazar Bernardino Camilo Casimiro Celestino Crispim Delfim Diamantino Domingos Emídio Evaristo
  Fausto Feliciano Florentino Gaspar Gilberto Horácio Inácio Jacinto Jaime Jerónimo Laurindo Lino
  Luciano Marcelino Moisés Norberto Olímpio Palmiro Quirino Reinaldo Rogério Rolando Sebastião
  Silvino Teodoro Ulisses Valentim Virgílio Zacarias Bento Cândido Damião Gervásio Hermenegildo
  Leonel Porfírio Simão
portugais s: Abrantes Alvarenga Amorim Arruda Assunção Bacelar Barbeiro Barreto Belo Bettencourt
  Bragança Caetano Calado Camacho Canelas Capela Carrilho Castanheira Cavaco Cerdeira Cordeiro
  Cortez Covas Damasceno Dinis Encarnação Estrela Falcão Felgueiras Ferraz Frade Frazão Grilo Jardim
  Lacerda Lage Lemos Malheiro Mateus Matias Mesquita Nóbrega Novais Paiva Paixão Patrício Pestana
  Prata Raposo Resende Seabra Silveira Tomé Valadares Veloso Vilela Aguiar Bessa Calheiros Coutinho
  Espinheira Fidalgo Galvão Lobato Madureira Magro Meneses Quaresma Rebocho Ribas Sardinha Seixas
  Taveira Varela Gravato Brás Sobral Carrasqueira Trindade Penedo Louro Fragoso
portugais kf: Benedita Constança Madalena Clara Alice Francisca Joana Vitória
portugais km: Salvador Lourenço Simão Dinis Gustavo Henrique Santiago Guilherme
turc f: Adile Ahsen Akgül Aliye Aynur Bahar Belgin Berrin Beyza Canan Cemile Döndü Dudu Emel Esma
  Feride Figen Filiz Gönül Gülbahar Gülizar Gülşen Hale Hanife Havva Hediye Hümeyra İpek Kader Kevser
  Lale Makbule Meral Mukaddes Müberra Nazife Nebahat Necla Nermin Neslihan Nevin Nihal Nilgün Nuray
  Nurten Oya Pakize Perihan Rabia Rukiye Safiye Şaziye Seher Selda Semra Serap Sevim Süheyla Şükran
  Tülay Türkan Ümran Ülkü Yeter Zübeyde Zuhal
turc m: Abdullah Adem Alper Arif Bayram Bekir Bülent Caner Cavit Cemil Cihan Davut Ekrem Erdal Ergün
  Ertan Fahri Faruk Fikret Gökhan Haydar Hikmet İlhan İzzet Kazım Kenan Lütfi Mahmut Metin Muharrem
  Muammer Necati Nevzat Nihat Nurettin Okan Rahmi Rasim Sabri Sadık Sedat Selahattin Şenol Şevket
  Tayfun Turgut Ümit Vedat Yaşar Zafer Zeki Cüneyt Erol Hilmi İhsan Nazım Tahsin Sami
turc s: Ağca Akbaş Akçay Akdeniz Akgün Akkaya Aksoy Aksu Akyüz Albayrak Altun Arıkan Atalay Ateş Avşar
  Aygün Baysal Bilgin Bilgiç Budak Cebeci Ceylan Çınar Çolak Demirci Demirel Dinç Duran Ekici Elmas
  Erbaş Ergin Ersoy Genç Göksu Gümüş Gündoğdu Gürbüz Ilgaz İnan Kalkan Karabulut Karakuş Kartal
  Kaynak Kılınç Kocaman Kurtuluş Mutlu Oral Özer Özgür Pehlivan Sağlam Sarıkaya Soylu Süzer Şentürk
  Taşkın Temiz Toprak Tunç Uçar Uzun Varol Yağcı Yaman Yener Yücel Zengin Başer Eroğlu Gündüz
  Karataş Öner Sancar Savaş Tekeli Tokgöz Ulusoy Yazıcı Yüksel Zorlu
turc kf: Zümra Ada Nehir Hiranur Miray Öykü Irmak
turc km: Çınar Poyraz Miraç Aras Ömer_Asaf Kuzey Batuhan
maghrebin f: Aldjia Baya Bahia Chafia Cherifa Dalila Dounia Fouzia Ghania Halima Hanane Hasna Hayat
  Ilham Jamila Karima Keltoum Lamia Louiza Lynda Mbarka Mina Nabila Nadira Nassima Nawal Ouafa Rabéa
  Radia Rahma Sakina Samia Sanaa Siham Sihem Taous Touria Warda Yasmina Zahia Zakia Zoulikha Fettouma
  Tassadit Ghalia Hayet Kheira Mounia Najat Rkia Saïda Wassila Yousra Zhor Bouchra Asmae Btissam
  Ikram Manal Oumaima
maghrebin m: Abdallah Abdelghani Abdelkrim Abdellah Abdelmajid Abdelouahab Abderrahmane Ahcène Akli
  Amar Ammar Aziz Belaïd Boualem Bouchaïb Chérif Hichem Idir Ismaïl Jilali Kaddour Lounès Lyès Madjid
  Mahfoud Mbarek Messaoud Miloud Mohand Mouloud Noureddine Rabie Redouane Saâd Salah Slimane Smaïl
  Tayeb Toufik Yazid Zoubir Abdenour Chakib Hakim Lamine Mounir Nacer Riad Samir Zakaria Abdelilah
  Hafid Jaouad Khalil Mostafa Othmane
maghrebin s: Abbas Achour Aissaoui Ait_Ahmed Ait_Hamou Amara Amokrane Aouadi Azzouz Bachir Baghdadi
  Bakhti Belaïdi Belarbi Belhocine Bellal Benamar Benarbia Benkhelifa Bennani Benomar Benslimane
  Bensalem Berkani Bouabdallah Bouchama Boudiaf Bouhafs Boulahia Boumediene Bourouba Chabane Chenouf
  Chikhi Daoudi Derradji Djaballah Djellal Drici Ennaji Essaidi Fellah Guendouz Guerfi Hachemi
  Hamdi Hamouche Harbi Idrissi Kaci Kadri Kerroum Kherbouche Laïb Lakhal Louadi Madani Mahjoub
  Maazouz Medjdoub Messaoudi Mokrani Moussaoui Nait_Ali Ouchene Rahal Rezki Saadi Sahraoui Salhi
  Sekkai Smaïli Tounsi Yahiaoui Zaoui Zenati Bahloul Cherkaoui El_Fassi Filali Jabri Kettani Lazrak
  Mernissi Naciri Ouazzani Sqalli Benjelloun Hamrouni Jendoubi Mejri Sassi Toumi Zouari
maghrebin kf: Alya Lyna Sirine Hiba Layla Razane Wiam Meryem
maghrebin km: Anas Ilyan Zakaria Idriss Wassim Soufiane Adil Mehdi
italien f: Adalgisa Agata Albina Annunziata Brunella Carla Cesira Clelia Fiorella Gemma Iolanda Lidia
  Liliana Luciana Marcella Nella Ottavia Piera Santina Serafina Vittoria Wanda Zita Ersilia Letizia
  Orsola Raffaella Ginevra
italien m: Alfio Arturo Cosimo Corrado Egidio Emilio Ezio Fabrizio Gaetano Giacomo Gino Girolamo
  Ivano Livio Marcello Mauro Nello Oreste Osvaldo Raffaele Remo Sante Silvio Tullio Ugo Umberto
  Vittorio Cirillo Biagio Ciro Gaspare Gerlando Ignazio Rodolfo Saverio Tindaro
italien kf: Beatrice Martina Ludovica Camilla Noemi Vittoria
italien km: Edoardo Riccardo Pietro Filippo Samuele Cristian
suisse kf: Mila Jana Lena Alina Selina Noémie
suisse km: Levin Jonas Luca Gian Nino Mattia
comtois f: Soizic Katell Gwenola Enora Rozenn Maïwenn Azilis Tifenn Bleuenn Solenn Annaïg Loeiza
  Gwendoline Morwenna Léocadie Euphrasie Scholastique Radegonde Eudoxie Zénaïde Anastasie Pélagie
  Eusébie Césarine Adélaïde Alphonsine Apollonie Athénaïs Azélie Célina Émérence Euphémie Félicité
  Flore Florentine Gertrude Hyacinthe Ismérie Modeste Prudence Romaine Rosalie Zélia Maïder Itziar
  Amaia Edurne Ainhoa Nekane Garazi Oihana Ondine Clervie Malou Mechtilde Hildegarde Ottilie Guénola
  Armande Aurélie-Anne Benoîte Claudie Colombe Dieudonnée Eglantine Fleurine Gilda Huberte Hélyette
  Jocelyne-Marie Lucrèce Maximilienne Nicolette Norberte Pervenche Rosemonde Sévérine Théodora
  Vérane Yolaine Zoélie Aurélia Ghislène Lauriane Marylène Mylène Raymonde-Lucie Sylviane Paola-Marie
comtois m: Anthelme Aubert Aymar Bénigne Brieuc Clodomir Dieudonné Elzéar Émeric Engelbert Ephrem
  Eusèbe Fortuné Guénolé Hilarion Irénée Jodoc Juvénal Landelin Lubin Mamert Maximin Melaine
  Mériadec Nazaire Pancrace Philémon Polycarpe Prudent Rigobert Sulpice Symphorien Télesphore
  Théodule Tugdual Ursin Vianney Wandrille Goulven Iban Peio Xabi Eneko Gaizka Unai Ximun Beñat
  Andoni Txomin Séraphin Zéphirin Alcide Gwenaël Loïg Erwan Yoann Yannick Abélard Adalbert Aldric
  Athanase Bérenger Callixte Ernestin Eustache Flavien Florimond Gédéon Hervé-Marie Honorat
  Hugolin Jacquelin Lambert Léonard Marcellin Modeste Nicodème Pamphile Raoul Rodrigue Savinien
  Théophane Tiburce Vital Wilfrid Yvelin Maurin Fiacre Gérôme Emmerich
comtois kf: Castille Éléa Faustine Garance Lison Mahaut Maylis Ysaure Aliénor Cassandre Daphné Lou
  Roxane Séraphine Solveig Bérangère Ombeline Azalée Capucine
comtois km: Alaric Arthus Balthazar Barnabé Cassien Ferdinand Gauvain Lancelot Marius Tancrède
  Aymeric Foucauld Sixtin Côme-Marie Ambroise Bastien Evrard Eudes
maghrebin f: Tinhinane Thiziri Dihya Lounja Kahina Nouara Djedjiga Ounissa Tighilt Fazia Ferroudja
  Ghenima Lalla Meriama Ourida Saadia Seghira Tounès Yakout Dehbia Tassadit Chabha Ldjida Zoulikha
  Hadjira Kheïra Mebarka Nouria Rebiha Sabiha Tounsia Yamna Zina
maghrebin m: Aksel Amayas Massinissa Jugurtha Yuba Ferhat Arezki Mokrane Hamou Mhand Ouamar Saddek
  Belkheir Benaïssa Cherki Djilali Kouider Menouar Mimoun Touhami Youcef Zoheir Nadir Fethi Hédi
  Moncef Mongi Slaheddine Taoufik Chedly Lotfi Habib Fayçal Kaïs Wajdi Aymen Boudjema Lhoussaine
  Mbark Hmida Salem Abdeslam Belgacem
maghrebin kf: Thilelli Tinhinan Anaya Kamelia Selma Ranya Imene
maghrebin km: Amazigh Idir Anir Massyl Yanis-Idir Ilyès Naïm
italien f: Addolorata Elisabetta Genoveffa Maddalena Michela Nicoletta Pasqualina Romina Stefania
  Teodolinda Rossella Ombretta Fiorenza Graziana Lucrezia Mariangela Natalina Nicolina Onorina
  Rosina Speranza Tecla Venera Viviana
italien kf: Arianna Benedetta Caterina Gaia Ilaria
portugais kf: Leonor_Sofia Inês_Maria Luana Yara Lia Matilda
suisse kf: Flurina Ladina Seraina Anja Nadja
comtois f: Mireio Magali-Rose Estérelle Nerte Sylvaine Roselyne Francelle Gislaine Jeanine-Rose
  Marie-Pia Annonciade Ghjuvanna Vannina Maddalena-Rose Paoline Serena-Lou Albérique Angélina
  Bénédicte-Anne Brunehilde Colombine Donatienne Edwina Ermeline Evelyne-Rose Félicienne Germinie
  Guillemette Honorée Josèphe Léonarde Liévine Mauricienne Méline Noémie-Rose Pascale-Marie Pétronille
  Rosalinde Sabeline Théodorine Urbaine Vitaline Wilfriede Zéphirine Adelphine Aurélienne Clothilde
  Élisabeth-Marie Fabiola Godeliève Ludmila Marthe-Rose Noëlla Pascaline-Rose Roseline-Anne Sandrine-Lou
comtois m: Aurélien-Marie Bénézet Calixte Clotaire Donat Ermenegilde Euloge Firmin-Marie Gontran
  Hermann Honoré-Marie Isaïe Jeannot Joffrey Lézin Ludger Macaire Marcien Médard Népomucène Oswald
  Patern Radulphe Régnier Rémi-Paul Sosthène Taurin Théobald Ulric Valérien Venceslas Wulfran
  Adhémar Agricol Alpinien Amand Armelin Bonaventure Célien Chrysostome Désiré-Paul Ennemond Ghislain-Marie
  Gilles-Marie Guérin Hyacinthe Joël-Marie Léodegaire Marin Mathurin Noël-Marie Onufre Paterne Quirin
  Rieul Romaric Servais Siffrein Tanneguy Urbain-Paul Yvonnick Aurèle-Marie Gildas-Marie
maghrebin f: Tafsut Taninna Dassine Lalla-Fatma Mennana Rbiha Taklit Tiziri Yemma-Gouraya Aldjia-Rose
  Bahdja Dalila-Mira Fettoum Guemra Houaria Kaltoum Lahouaria Messaouda Ouiza Rachda Sadia
  Tanina Touda Yezza Zahra-Lina Zouina
"""
FACTS = {  # origin: (weight, INSEE country code when born abroad, birth departments in France)
    "comtois": (30, "", "25 25 25 39 90 70"),
    "suisse": (10, "140", "25 39"),
    "portugais": (14, "139", "25 90 25"),
    "turc": (11, "208", "25 90"),
    "maghrebin": (13, "350 352 351", "25 90 69"),
    "kosovar": (9, "157", "25 90"),
    "italien": (9, "127", "25 90 54"),
}
BORN_ABROAD = {"comtois": 0.0, "suisse": 0.5, "portugais": 0.45, "turc": 0.45, "maghrebin": 0.4,
               "kosovar": 0.6, "italien": 0.3}


def name_words(name: str) -> set[str]:
    return hm.name_parts(name, PARTICLES)


ORIGINS, KIDS = hm.load_pools(POOLS, {k: (w, a, d) for k, (w, a, d) in FACTS.items()})
TAKEN = hm.taken_tokens(OUT, EARLIER)
_before = len(hm.pooled_names(ORIGINS, KIDS))
for _o in ORIGINS.values():
    for _pool in (_o.given_f, _o.given_m, _o.surnames):
        _pool[:] = [n for n in _pool if not name_words(n) & TAKEN]
for _key, _pool in KIDS.items():
    _pool[:] = [n for n in _pool if not name_words(n) & TAKEN]
REFUSED = _before - len(hm.pooled_names(ORIGINS, KIDS))
hm.refuse_used_names(hm.pooled_names(ORIGINS, KIDS), name_words, TAKEN)
for _o in ORIGINS.values():
    assert min(len(_o.given_f), len(_o.given_m), len(_o.surnames)) >= 6, _o.name

# ---------------------------------------------------------------------------------------------
# Places, words of the trade

FR_PLACES = [
    ("25000", "Besançon"), ("25000", "Besançon"), ("25000", "Besançon"), ("25200", "Montbéliard"),
    ("25200", "Montbéliard"), ("25400", "Audincourt"), ("25700", "Valentigney"), ("25300", "Pontarlier"),
    ("25300", "Pontarlier"), ("25500", "Morteau"), ("25500", "Morteau"), ("25130", "Villers-le-Lac"),
    ("25120", "Maîche"), ("25290", "Ornans"), ("25110", "Baume-les-Dames"), ("25410", "Saint-Vit"),
    ("90000", "Belfort"), ("90000", "Belfort"), ("90300", "Valdoie"), ("90100", "Delle"),
    ("70400", "Héricourt"), ("25650", "Gilley"), ("25240", "Mouthe"), ("25370", "Métabief"),
    ("25500", "Les Fins"), ("25570", "Grand'Combe-Châteleu"), ("25560", "Frasne"), ("25270", "Levier"),
    ("25650", "Montbenoît"), ("25450", "Damprichard"), ("25210", "Le Russey"), ("25140", "Charquemont"),
    ("25600", "Sochaux"), ("25200", "Bethoncourt"), ("25310", "Hérimoncourt"), ("25150", "Pont-de-Roide"),
    ("39300", "Champagnole"), ("39400", "Morez"), ("39220", "Les Rousses"), ("90300", "Offemont"),
    ("90800", "Bavilliers"), ("25160", "Malbuisson"), ("25390", "Orchamps-Vennes"), ("25770", "Franois"),
]
CH_PLACES = [("2300", "La Chaux-de-Fonds"), ("2400", "Le Locle"), ("2000", "Neuchâtel"),
             ("2416", "Les Brenets"), ("1348", "Le Brassus"), ("1347", "Le Sentier"), ("1337", "Vallorbe"),
             ("1400", "Yverdon-les-Bains"), ("1450", "Sainte-Croix"), ("2900", "Porrentruy"),
             ("2800", "Delémont"), ("2350", "Saignelégier"), ("2114", "Fleurier"), ("2108", "Couvet")]
FR_STREETS = ["rue de Dole", "rue Battant", "chemin des Montboucons", "av. de Montrapon", "rue de Vesoul",
              "Grande Rue", "grande rue", "rue des Granges", "rue du Lac", "rue de la Gare",
              "rue de l'Helvétie",
              "chemin du Bief", "rue des Gentianes", "impasse des Épicéas", "rue du Stade", "rue de Belfort",
              "avenue Carnot", "rue des Fontaines", "chemin de la Combe", "route de Pontarlier",
              "rue du Mont d'Or", "allée des Sorbiers", "rue de l'Église", "rue Pasteur", "rue des Tilleuls",
              "faubourg de Montbéliard", "rue de la Savoureuse", "rue des Écoles", "route de Morteau",
              "cité des Fougères", "rue du Doubs", "chemin des Chevreuils", "rue des Frênes",
              "quai Veil-Picard"]
LIEUX_DITS = ["Les Cernets", "Le Crêt du Bief", "La Seigne", "Les Suchaux", "Le Bas de la Côte",
              "La Grange Neuve", "Les Fourgs d'en Haut", "Le Chauffaud", "Les Combes Derniers", "La Ferrière"]
CH_STREETS = ["rue du Progrès", "rue de la Serre", "avenue Léopold-Robert", "rue du Temple", "Grand-Rue",
              "rue des Envers", "chemin des Sorbiers", "rue de la Côte", "route de France", "rue du Marais",
              "rue des Crêtets", "chemin du Crêt-Rossel"]
TOWNS = [t for _, t in FR_PLACES]
CH_TOWNS = [t for _, t in CH_PLACES]
MUTUELLES = ["MGEN", "Harmonie Mutuelle", "la MFP", "Mutuelle Familiale", "MMA santé", "AG2R", "Malakoff",
             "Mutuelle des Frontaliers", "MAAF santé", "Groupama", "la MSA", "Apivia", "Alptis", "Axa"]
CH_INSURERS = ["Groupe Mutuel", "CSS", "Assura", "Helsana", "Visana", "Sanitas", "Swica", "Concordia"]
JOBS = ["à l'usine de Sochaux", "chez Stellantis à Sochaux", "chez Tissot au Locle", "chez Zenith au Locle",
        "dans une boîte d'horlogerie à La Chaux-de-Fonds", "chez Cartier à La Chaux-de-Fonds",
        "chez Jaeger-LeCoultre au Sentier", "dans le décolletage à Morteau", "chez Alstom à Belfort",
        "chez GE à Belfort", "à la fruitière de Gilley", "sur l'exploitation (vaches montbéliardes)",
        "au GAEC à Frasne", "moniteur ESF à Métabief", "chez un sous-traitant auto à Audincourt",
        "comme frontalière à Neuchâtel (EMS)", "à l'hôpital de La Chaux-de-Fonds", "dans le BTP en Suisse",
        "chauffeur de car Mobidoubs", "dans une scierie du Haut-Doubs", "chez Faurecia à Audincourt"]
CONDS = ["lombalgie", "lombalgie chronique", "cervicalgies", "entorse cheville", "entorse du genou",
         "rupture LCA", "ligamentoplastie LCA", "PTG", "PTH", "prothèse de genou", "capsulite",
         "tendinite épaule",
         "coiffe des rotateurs", "épicondylite", "canal carpien", "fracture du poignet",
         "fracture de Pouteau-Colles",
         "syndrome de De Quervain", "maladie de Dupuytren", "maladie de Parkinson", "vertiges positionnels",
         "manœuvre d'Epley", "rééducation périnéale", "sciatique", "hernie discale", "tendon d'Achille",
         "fasciite plantaire", "fracture du col du fémur", "AVC", "drainage lymphatique", "BPCO",
         "méthode Mézières", "méthode McKenzie", "scoliose", "torticolis", "gonarthrose", "méniscectomie"]
KID_CONDS = ["bronchiolite", "kiné respi", "pieds plats", "maladie d'Osgood-Schlatter", "scoliose",
             "entorse cheville au foot", "torticolis congénital", "maladie de Sever", "genou au ski"]
HOSPITALS = ["CHU Minjoz", "l'hôpital Jean Minjoz", "HNFC", "l'Hôpital Nord Franche-Comté", "Trévenans",
             "le CHI de Haute-Comté", "l'hôpital de Pontarlier", "la clinique Saint-Vincent",
             "la Polyclinique de Franche-Comté", "la clinique de la Miotte", "l'hôpital de Morteau",
             "l'hôpital de La Chaux-de-Fonds", "l'hôpital d'Yverdon", "le CRF de Quingey", "Minjoz"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
MONTHS_SHORT = ["janv", "fév", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
DAYS_SHORT = ["lun", "mar", "mer", "jeu", "ven", "sam", "dim"]
KIN = [("fille", "f", False), ("fille", "f", True), ("fils", "m", True), ("mari", "m", True),
       ("femme", "f", True), ("épouse", "f", True), ("compagne", "f", False), ("compagnon", "m", False),
       ("sœur", "f", False), ("frère", "m", True), ("belle-fille", "f", False), ("gendre", "m", False),
       ("petite-fille", "f", True), ("petit-fils", "m", True), ("nièce", "f", False), ("neveu", "m", False)]
CARERS = [("l'aide à domicile", "f"), ("l'auxiliaire de vie", "f"), ("la voisine", "f"), ("le voisin", "m"),
          ("l'infirmière libérale", "f"), ("l'infirmier", "m"), ("la voisine du dessus", "f")]
STAFF_FORMS = ["Julien", "Sophie", "Karim", "Julien", "Sophie", "Karim", "Julien Martin", "Sophie Lemoine",
               "Karim Haddad"]


def digits(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(n))


def pairs(text: str, sep: str = " ") -> str:
    return sep.join(text[i:i + 2] for i in range(0, len(text), 2))


def ascii_name(name: str) -> str:
    return hm.fold(name).title() if name[:1].isupper() else hm.fold(name)


# ---------------------------------------------------------------------------------------------
# Calendar: slots of January and early February 2029


def slot_text(rng: random.Random) -> str:
    day = dt.date(2029, 1, 8) + dt.timedelta(days=rng.randrange(32))
    while day.weekday() == 6:
        day += dt.timedelta(days=1)
    hour, minute = rng.choice(range(7, 20)), rng.choice([0, 0, 15, 30, 30, 45])
    if day.weekday() == 5:
        hour = rng.choice(range(8, 12))
    h = f"{hour}h{minute:02d}" if minute else rng.choice([f"{hour}h", f"{hour}h00", f"{hour}h"])
    name, short = DAYS[day.weekday()], DAYS_SHORT[day.weekday()]
    month, month_short = MONTHS[day.month - 1], MONTHS_SHORT[day.month - 1]
    forms = [f"{name} {day.day:02d}/{day.month:02d} à {h}", f"{short}. {day.day} {month_short}. {h}",
             f"le {day.day} {month} à {h}", f"{name} {day.day} à {h}", f"{name} {h}",
             f"{day.day:02d}/{day.month:02d} {hour:02d}:{minute:02d}", f"{name} {day.day} {month} {h}",
             f"{short} {day.day}/{day.month} {h}"]
    return rng.choice(forms)


def full_slot(rng: random.Random) -> str:
    day = dt.date(2029, 1, 8) + dt.timedelta(days=rng.randrange(30))
    while day.weekday() >= 5:
        day += dt.timedelta(days=1)
    hour, minute = rng.choice(range(7, 20)), rng.choice([0, 15, 30, 45])
    return rng.choice([f"{day.day:02d}/{day.month:02d}/{day.year} - {hour:02d}:{minute:02d}",
                       f"{day.isoformat()} {hour:02d}h{minute:02d}",
                       f"{DAYS_SHORT[day.weekday()]} {day.day:02d}/{day.month:02d}/{day.year % 100} "
                       f"{hour}h{minute:02d}"])


def past_day(rng: random.Random) -> str:
    day = TODAY - dt.timedelta(days=rng.randrange(2, 40))
    return rng.choice([f"le {day.day} {MONTHS[day.month - 1]}", f"le {day.day:02d}/{day.month:02d}",
                       f"{DAYS[day.weekday()]} {day.day}", f"{day.day}/{day.month}/{day.year}"])


# ---------------------------------------------------------------------------------------------
# People


def person(rng: random.Random, origin: hm.Origin, sex: str, young: int, old: int) -> hm.Person:
    given = rng.choice(origin.given_f if sex == "f" else origin.given_m)
    born = TODAY - dt.timedelta(days=rng.randrange(young * 365 + 30, old * 365 - 30))
    return hm.Person(given, rng.choice(origin.surnames), sex, origin, born)


def kid_person(rng: random.Random, origin: hm.Origin) -> hm.Person:
    sex = rng.choice("fm")
    pool = KIDS.get((origin.name, sex)) or (origin.given_f if sex == "f" else origin.given_m)
    born = TODAY - dt.timedelta(days=rng.randrange(2 * 365, 16 * 365))
    return hm.Person(rng.choice(pool), "", sex, origin, born)


def draw_origin(rng: random.Random) -> hm.Origin:
    return ORIGINS[hm.pick(rng, {k: v[0] for k, v in FACTS.items()})]


class Writer:
    """One note: its people, and the placeholders of the templates, each drawn when first met."""

    def __init__(self, rng: random.Random, hard: bool) -> None:
        self.rng = rng
        self.hard = hard
        self.flags: set[str] = set()
        self.used_slots: list[str] = []
        o = draw_origin(rng)
        self.p = person(rng, o, rng.choice("ffm"), 18, 92)
        noun, sex, same = rng.choice(KIN)
        ro = o if rng.random() < 0.8 else draw_origin(rng)
        self.r = person(rng, ro, sex, 16, 85)
        if same:
            self.r.surname = self.p.surname
        self.kin = noun
        role, csex = rng.choice(CARERS)
        self.c = person(rng, draw_origin(rng), csex, 22, 70)
        self.carer_role = role
        self.parent = person(rng, o, rng.choice("ffm"), 25, 50)
        self.kid = kid_person(rng, o)
        self.kid.surname = self.parent.surname
        self.named = False

    # names -------------------------------------------------------------------------------
    def title(self, p: hm.Person) -> str:
        if p.sex == "f":
            return self.rng.choice(["Mme ", "Mme ", "Mme ", "Madame ", "Mme. ", "", "mme "])
        return self.rng.choice(["M. ", "M. ", "M. ", "Mr ", "Monsieur ", "", "Mr. "])

    def plain(self, p: hm.Person) -> str:
        r = self.rng.random()
        if r < 0.55:
            return nom(f"{p.given} {p.surname}")
        if r < 0.8:
            return nom(f"{p.surname.upper()} {p.given}")
        if r < 0.9:
            return nom(f"{p.surname} {p.given}")
        return nom(f"{p.given} {p.surname}".lower())

    def hard_form(self, p: hm.Person) -> tuple[str, str]:
        """A harder form of the patient's name, and the title before it."""
        rng = self.rng
        choices = ["caps_first", "typo", "initial", "comma", "ascii", "couple"]
        if p.sex == "f":
            choices.append("nee")
        form = rng.choice(choices)
        if form == "ascii" and hm.fold(p.given + p.surname) == (p.given + p.surname).lower():
            form = "typo"
        self.flags.add(f"hard:{form}")
        if form == "caps_first":
            title = "Mme " if p.sex == "f" else "M. "
            return nom(f"{p.surname.upper()} {p.given.upper()}"), rng.choice(["", title])
        if form == "typo":
            typed = hm.slip(p.surname, rng) if len(p.surname) >= 5 else p.surname
            given = hm.slip(p.given, rng) if typed == p.surname else p.given
            return nom(f"{given} {typed}"), self.title(p)
        if form == "initial":
            return nom(f"{p.given[0]}. {p.surname}"), self.title(p)
        if form == "comma":
            return nom(f"{p.surname.upper()}, {p.given}"), ""
        if form == "ascii":
            return nom(f"{ascii_name(p.given)} {ascii_name(p.surname).upper()}"), self.title(p)
        if form == "couple":
            return nom(p.surname), rng.choice(["M. et Mme ", "Mr et Mme ", "couple "])
        maiden = rng.choice(draw_origin(rng).surnames)
        return f"{nom(p.given + ' ' + p.surname)} {rng.choice(['née', 'née', 'ép.', 'nee'])} {nom(maiden)}", \
            self.title(p)

    def P(self) -> str:  # noqa: N802 - the templates' placeholders are written in capitals
        if self.hard and not self.named:
            self.named = True
            name, title = self.hard_form(self.p)
            return title + name
        self.named = True
        return self.title(self.p) + self.plain(self.p)

    def PN(self) -> str:  # noqa: N802
        if self.hard and not self.named:
            self.named = True
            return self.hard_form(self.p)[0]
        self.named = True
        return self.plain(self.p)

    def PS(self) -> str:  # noqa: N802
        self.named = True
        t = self.title(self.p) or ("Mme " if self.p.sex == "f" else "M. ")
        return t + nom(self.p.surname if self.rng.random() < 0.8 else self.p.surname.upper())

    def PG(self) -> str:  # noqa: N802
        self.named = True
        return nom(self.p.given)

    def PA(self) -> str:  # noqa: N802
        return f"{hm.age(self.p, TODAY)} ans"

    def R(self) -> str:  # noqa: N802
        noun = hm.possessive(self.kin, self.r.sex)
        if self.rng.random() < 0.5:
            return f"{noun} {nom(self.r.given)}"
        return f"{noun} {self.title(self.r)}{nom(self.r.given + ' ' + self.r.surname)}"

    def RG(self) -> str:  # noqa: N802
        return nom(self.r.given)

    def RN(self) -> str:  # noqa: N802
        return self.plain(self.r)

    def KINN(self) -> str:  # noqa: N802
        return self.kin

    def C(self) -> str:  # noqa: N802
        if self.rng.random() < 0.5:
            return f"{self.carer_role} {nom(self.c.given)}"
        return f"{self.carer_role} {self.title(self.c)}{nom(self.c.surname)}"

    def PAR(self) -> str:  # noqa: N802
        noun = "la maman" if self.parent.sex == "f" else "le papa"
        if self.rng.random() < 0.5:
            return f"{noun}, {self.title(self.parent)}{self.plain(self.parent)},"
        return f"{noun} ({nom(self.parent.given)})"

    def K(self) -> str:  # noqa: N802
        self.named = True
        if self.rng.random() < 0.5:
            return nom(f"{self.kid.given} {self.kid.surname}")
        return nom(f"{self.kid.surname.upper()} {self.kid.given}")

    def KG(self) -> str:  # noqa: N802
        self.named = True
        return nom(self.kid.given)

    def KA(self) -> str:  # noqa: N802
        return str(hm.age(self.kid, TODAY))

    # identifiers ---------------------------------------------------------------------------
    def TEL(self) -> str:  # noqa: N802
        rng = self.rng
        if rng.random() < 0.8:
            number = rng.choice(["06", "07", "06", "07", "06"]) + digits(rng, 8)
        else:
            number = rng.choice(["0381", "0381", "0384", "0363"]) + digits(rng, 6)
        style = rng.random()
        if style < 0.5:
            text = pairs(number)
        elif style < 0.65:
            text = pairs(number, ".")
        elif style < 0.8:
            text = number
        elif style < 0.88:
            text = pairs(number, "-")
        else:
            text = "+33 " + number[1] + " " + pairs(number[2:])
        return tag("TEL", text)

    def TELCH(self) -> str:  # noqa: N802
        rng = self.rng
        self.flags.add("swiss phone")
        if rng.random() < 0.8:
            pre, rest = rng.choice(["79", "78", "76", "77"]), digits(rng, 7)
            body = f"{pre} {rest[:3]} {rest[3:5]} {rest[5:]}"
            text = rng.choice([f"+41 {body}", f"0{body}", f"0041 {body}", f"+41{pre}{rest}", f"0{pre}{rest}"])
        else:
            pre, rest = rng.choice(["32", "24", "21"]), digits(rng, 7)
            body = f"{pre} {rest[:3]} {rest[3:5]} {rest[5:]}"
            text = rng.choice([f"0{body}", f"+41 {body}"])
        return tag("TEL", text)

    def TELX(self) -> str:  # noqa: N802
        return self.TELCH() if self.rng.random() < 0.35 else self.TEL()

    def NIR(self) -> str:  # noqa: N802
        rng, p = self.rng, self.p
        abroad = p.origin.abroad and rng.random() < BORN_ABROAD[p.origin.name]
        if abroad:
            place = "99" + rng.choice(p.origin.abroad.split())
        else:
            place = rng.choice(p.origin.departments) + digits(rng, 3)
        body = f"{1 if p.sex == 'm' else 2}{p.born.year % 100:02d}{p.born.month:02d}{place}{digits(rng, 3)}"
        key = 97 - int(body) % 97
        full = f"{body}{key:02d}"
        style = rng.random()
        if style < 0.5:
            text = full
        elif style < 0.85:
            text = f"{full[0]} {full[1:3]} {full[3:5]} {full[5:7]} {full[7:10]} {full[10:13]} {full[13:]}"
        else:
            text = f"{full[:13]} {full[13:]}"
        return tag("NIR", text)

    def birth(self, born: dt.date) -> str:
        rng = self.rng
        d, m, y = born.day, born.month, born.year
        forms = [f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}",
                 f"{d:02d}.{m:02d}.{y}",
                 f"{d} {MONTHS[m - 1]} {y}", f"{d:02d}-{m:02d}-{y}",
                 f"{d:02d}{m:02d}{y}"]
        return tag("DDN", rng.choice(forms))

    def DDN(self) -> str:  # noqa: N802
        return self.birth(self.p.born)

    def KDDN(self) -> str:  # noqa: N802
        return self.birth(self.kid.born)

    def mail(self, p: hm.Person) -> str:
        rng = self.rng
        g = re.sub(r"[^a-z]", "", hm.fold(p.given))
        s = re.sub(r"[^a-z]", "", hm.fold(p.surname))
        local = rng.choice([f"{g}.{s}", f"{s}.{g}", f"{g[0]}.{s}", f"{g}{s}{rng.randrange(10, 99)}",
                            f"{s}{g[0]}", f"{g}.{s}{rng.choice(['25', '90', '39', ''])}", f"famille.{s}"])
        domain = rng.choice(["orange.fr", "wanadoo.fr", "free.fr", "sfr.fr", "laposte.net", "gmail.com",
                             "hotmail.fr", "bluewin.ch", "yahoo.fr", "outlook.fr", "sunrise.ch", "gmx.ch"])
        if domain.endswith(".ch"):
            self.flags.add("swiss mail")
        return tag("EMAIL", f"{local}@{domain}")

    def EMAIL(self) -> str:  # noqa: N802
        return self.mail(self.p)

    def REMAIL(self) -> str:  # noqa: N802
        return self.mail(self.r)

    def ADR(self) -> str:  # noqa: N802
        rng = self.rng
        code, town = rng.choice(FR_PLACES)
        if rng.random() < 0.15:
            place = rng.choice(LIEUX_DITS)
            text = rng.choice([f"lieu-dit {place}, {code} {town}", f"{place} {code} {town}",
                               f"ferme {place}, {code} {town}"])
            self.flags.add("lieu-dit")
        else:
            num = str(rng.choice([rng.randrange(1, 40), rng.randrange(1, 140)]))
            if rng.random() < 0.1:
                num += rng.choice([" bis", "bis", " ter", "B"])
            street = rng.choice(FR_STREETS)
            sep = rng.choice([" ", ", ", " - ", ",  "])
            text = f"{num} {street}{sep}{code} {town}"
            if rng.random() < 0.12:
                text = text.upper()
        return tag("ADRESSE", text)

    def ADRCH(self) -> str:  # noqa: N802
        rng = self.rng
        self.flags.add("swiss address")
        code, town = rng.choice(CH_PLACES)
        street, num = rng.choice(CH_STREETS), rng.randrange(1, 90)
        text = rng.choice([f"{street} {num}, {code} {town}", f"{street} {num} {code} {town}",
                           f"{street} {num}, CH-{code} {town}"])
        return tag("ADRESSE", text)

    def MUT(self) -> str:  # noqa: N802
        rng = self.rng
        return tag("ID", rng.choice([digits(rng, 9), f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
                                     f"{digits(rng, 2)}{rng.choice('ABCKM')}{digits(rng, 6)}",
                                     f"{digits(rng, 8)}-{digits(rng, 2)}", digits(rng, 7)]))

    def CHMUT(self) -> str:  # noqa: N802
        rng = self.rng
        self.flags.add("swiss insurer")
        return tag("ID", rng.choice([f"{digits(rng, 2)}.{digits(rng, 3)}.{digits(rng, 3)}-{digits(rng, 1)}",
                                     f"{digits(rng, 7)}", f"80756{digits(rng, 15)}"[:20]]))

    def AVS(self) -> str:  # noqa: N802
        rng = self.rng
        return tag("ID", f"756.{digits(rng, 4)}.{digits(rng, 4)}.{digits(rng, 2)}")

    def DOS(self) -> str:  # noqa: N802
        rng = self.rng
        return tag("ID", rng.choice([f"D-2029-{digits(rng, 4)}", f"K{digits(rng, 2)}/{digits(rng, 4)}",
                                     f"{digits(rng, 5)}", f"DOS{digits(rng, 6)}", f"PAT-{digits(rng, 5)}"]))

    def RESA(self) -> str:  # noqa: N802
        rng = self.rng
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ"
        code = "".join(rng.choice(letters + "23456789") for _ in range(6))
        return tag("ID", rng.choice([f"RDV-{code}", f"#{code}", f"BK-2029-{digits(rng, 5)}", code]))

    def LIC(self) -> str:  # noqa: N802
        rng = self.rng
        return tag("ID", rng.choice([digits(rng, 7), f"25-{digits(rng, 4)}-{digits(rng, 3)}",
                                     f"FFS{digits(rng, 7)}", f"{digits(rng, 3)} {digits(rng, 4)}"]))

    def AT(self) -> str:  # noqa: N802
        rng = self.rng
        return tag("ID", rng.choice([f"AT-2029-{digits(rng, 4)}-{digits(rng, 1)}", digits(rng, 10),
                                     f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 4)}",
                                     f"S{digits(rng, 2)}-{digits(rng, 6)}"]))

    # kept and plain words --------------------------------------------------------------------
    def slot(self) -> str:
        return keep(hm.fresh_slot(slot_text, self.rng, self.used_slots))

    slot2 = slot

    def fslot(self) -> str:
        return keep(hm.fresh_slot(full_slot, self.rng, self.used_slots))

    def past(self) -> str:
        return keep(past_day(self.rng))

    def staff(self) -> str:
        self.flags.add("staff")
        return keep(self.rng.choice(STAFF_FORMS))

    staff2 = staff

    def cond(self) -> str:
        return keep(self.rng.choice(CONDS))

    def kcond(self) -> str:
        return keep(self.rng.choice(KID_CONDS))

    def hosp(self) -> str:
        return keep(self.rng.choice(HOSPITALS))

    def town(self) -> str:
        return self.rng.choice(TOWNS)

    def chtown(self) -> str:
        return self.rng.choice(CH_TOWNS)

    def job(self) -> str:
        return self.rng.choice(JOBS)

    def mutn(self) -> str:
        return self.rng.choice(MUTUELLES)

    def caisse(self) -> str:
        return self.rng.choice(CH_INSURERS)

    def n(self) -> str:
        return str(self.rng.choice([6, 8, 10, 10, 12, 15, 20]))


# ---------------------------------------------------------------------------------------------
# Templates: {Placeholder} drawn left to right; \n a new line

PHONE = """
{P} a appelé, veut décaler son rdv ({slot}) si possible sur {slot2}. Rappeler au {TEL}
Appel {P} ({PA}) : {cond}, ordo du médecin traitant pour {n} séances. Dispo seulement le soir
  (travaille {job}). Tél {TEL}. Proposé {slot} avec {staff}.
{PS} annule {slot}, route de {town} pas déneigée. Rappellera. natel {TELCH}
rappeler {PN} svp au {TEL} ou sur son portable suisse {TELCH} (frontalier, pas joignable avant 17h30)
Nouveau patient : {PN}, né(e) le {DDN}, {ADR}. Tél. {TEL}. Motif {cond}. 1er rdv {slot} {staff}
{P} demande si on fait le tiers payant avec {mutn}, n° adhérent {MUT}. Ok pour {slot}.
{P} pas venu(e) {slot}, 2e fois ce mois. {TEL} ne répond pas, message laissé. voir avec {staff}
Msg répondeur 7h52 : {PN}, {cond} suite chute sur le verglas {past}, voudrait un rdv rapide. {TEL}
{P} ({PA}) veut savoir si {staff} fait les ondes de choc pour son {cond}. rappeler {TELX}
appel de {P}, sa mutuelle {mutn} demande la facture détaillée. adhérent {MUT}, mail {EMAIL}
{PS} en retard pour {slot}, bouchons à la douane du Col-France. prévenir {staff}
{P} souhaite passer à 2 séances / semaine. Né(e) le {DDN}. Garder {slot} et ajouter {slot2}. tel {TEL}
"""
RELATIVE = """
{R} appelle pour {P} ({PA}) : sortie de {hosp} après {cond}, kiné à domicile svp. Adresse {ADR}.
  Joignable au {TEL}.
{R} a téléphoné : {PS} hospitalisé(e) à {hosp}, annuler tous les rdv (prochain {slot}). Rappeler au
  {TEL} si besoin.
appel de {RN}, {KINN} de {PN}, pour des séances à domicile. {ADR}. 2e étage sans ascenseur. rappeler au {TEL}
{C} appelle pour {P} : ne peut plus descendre l'escalier depuis {past}, demande passage de {staff}
  {slot}. tel {TEL}
{R} (tel {TELCH}, travaille en Suisse) demande si {PS} peut avoir ses séances le samedi matin, sinon {slot}.
{C} signale que {PS} a chuté {past}, séance prévue {slot} annulée. rappeler la famille : {R}, {TEL}
Pour {P}, né(e) le {DDN} : {R} envoie l'ordonnance par mail ({REMAIL}). {cond}. rdv {slot}.
{R} rappelle au sujet de {PN}, la carte vitale est à jour. NIR {NIR}. mutuelle {mutn} {MUT}
"""
KIDS_T = """
{PAR} appelle pour {K} ({KA} ans) : {kcond}. Né(e) le {KDDN}. rdv mercredi après l'école, proposé
  {slot}. tél {TEL}
{PAR} demande un rdv pour {K}, {kcond}, ordo pédiatre. Dispo {slot} ou {slot2}. {TEL} / {EMAIL}
Maman de {KG} ({K}) : {kcond}, peut-on le/la prendre {slot} ? rappeler {TELX}
{PAR} pour {K}, {KA} ans, club de ski de fond de {town}, {kcond}. licence {LIC}. rdv {slot} avec {staff}
"""
EXPORT = """
export agenda | {fslot} | {PN} | {DDN} | {TEL} | {cond} | {staff}
RDV;{fslot};{PN};{TEL};{cond};réf {RESA}
Réservation en ligne {RESA} — {PN} — {fslot} — motif : {cond} — tél : {TEL} — mail : {EMAIL}
[export] {fslot} - {PN} - né(e) {DDN} - {TELX} - 1ère consultation - praticien {staff}
résa web n° {RESA} : {PN}, {fslot}, {cond}. Commentaire patient : « frontalier, je finis à 17h à {chtown} »
"""
SMS = """
SMS transféré de {TEL} : « bjr c {PG}, je pourrai pas venir {slot} le petit est malade, on peut
  décaler ? merci »
Fwd sms ({TELCH}) : Bonjour, ici {PN}, je suis bloqué à la douane, j'arrive avec 20 min de retard
  pour {slot}. Désolé
sms de {RG} ({KINN} de {PN}) : il/elle a oublié sa carte vitale, passera la déposer {slot}. {TEL}
SMS {TELX} : « Bonsoir, {PN}. Est-ce que {staff} peut me prendre {slot} ? Je suis en 2x8 cette semaine »
SMS reçu : « bonjour c'est {PN} pour mon {cond}, ok pour {slot} merci bcp » (num {TEL})
SMS du {TEL} : « {PN} j'ai glissé au ski de fond {past} à {town}, mal au genou, vous avez de la place ? »
"""
MAILS = """
De : {EMAIL}\\nObjet : rdv kiné\\nBonjour, je suis {PN}, frontalier(e), je travaille {job}. Mon
  médecin m'a prescrit {n} séances pour {cond}. Je suis dispo {slot}. Mon adresse : {ADR}. Cordialement
mail de {PN} <{EMAIL}> : envoie l'ordonnance scannée + attestation {mutn} (adhérent {MUT}). demande {slot}
Mail transféré par {staff} : {PN} ({EMAIL}) change d'adresse : {ADR}. Nouveau portable {TEL}.
De: {REMAIL}\\nBonjour, je vous écris pour {PN}, née le {DDN}, qui sort de {hosp}.
  Pouvez-vous passer à domicile ? {ADR}. Merci, {RN}
Objet : Annulation\\n{PN} annule {slot} (grippe). Me recontacter au {TELCH} ou {EMAIL}.
"""
ADMIN = """
Accident du travail {past} : {PN}, {job}, {cond}. n° AT {AT}. NIR {NIR}. Feuille d'AT à récupérer {slot}.
Dossier {DOS} – {PN} – ddn {DDN} – NIR {NIR} – {mutn} {MUT} – {ADR}
Frontalier : {PN}, assuré(e) {caisse} (LAMal), n° assuré {CHMUT}, AVS {AVS}. Adresse en France :
  {ADR}. Facture à envoyer en Suisse.
{P} — licence FFS {LIC} — chute en ski alpin à Métabief {past}, {cond}. Le club veut une attestation. {TEL}
AT {AT} : {P} né(e) le {DDN}, {cond} à l'usine. Employeur demande les dates de séances : {slot} et {slot2}.
ordonnance reçue pour {PN} ({DDN}) : {n} séances {cond}, dossier {DOS}. rappeler pour planifier au {TEL}
Mise à jour dossier {DOS} : {PN}, carte vitale NIR {NIR}, complémentaire {mutn} n° {MUT}, tel {TELX}
{PS}, permis G, habite {ADR}, travaille {job}. Assurance {caisse} n° {CHMUT}. 1er rdv {slot}.
"""
BORDER = """
{P} habite {town} mais la semaine {ADRCH}. Natel {TELCH}, fixe France {TEL}. rdv {slot}
{P} vient de {chtown} : {ADRCH}. {cond}. assurance {caisse} {CHMUT}. tel {TELCH}. {staff} {slot}
Frontalier(e) {PN} ({PA}) demande si remboursement possible par {caisse}. AVS {AVS}. rappeler {TELCH}
{PN}, agriculteur/trice à {town} (GAEC), {cond}. Tél {TEL}. Préfère {slot}, après la traite.
"""
BARE = """
Appel anonyme : tarifs des séances de drainage ? Pas de nom laissé, rappellera.
{staff} absent {slot}, reporter ses patients sur {staff2}.
Route de {town} fermée (congères), plusieurs annulations ce matin. {staff} prévenu.
Un bonnet et une paire de gants oubliés en salle d'attente {slot}.
Livraison des nouvelles tables de massage prévue {slot}, prévenir {staff}.
ordonnance reçue par fax, nom illisible. rappeler le secrétariat du cabinet médical de {town}
La pharmacie de {town} demande si on a encore des attelles de poignet en stock.
Le club de ski de fond de {town} voudrait une intervention prévention blessures {slot}. Voir avec {staff}.
Coupure d'électricité au cabinet {slot}, les rdv de {staff} décalés d'une heure.
appel d'une dame pour savoir si on parle portugais au cabinet. rappellera.
Quelqu'un demande si on prend les assurés {caisse} (frontaliers). réponse : oui, facture à avancer.
Réunion d'équipe {slot} : {staff}, {staff2}. Ordre du jour : planning des vacances de février.
Fournisseur des électrodes : commande livrée, facture à régler.
Salle 2 : la table électrique ne monte plus. technicien {slot}.
Un monsieur a appelé pour une {cond}, n'a pas laissé de nom ni de numéro, rappellera.
"""
SCENARIOS = [(PHONE, 22), (RELATIVE, 14), (KIDS_T, 6), (EXPORT, 9), (SMS, 12), (MAILS, 9), (ADMIN, 12),
             (BORDER, 8)]
PLACEHOLDER = re.compile(r"\{(\w+)\}")


def fill(w: Writer, template: str) -> str:
    text = template.replace("\\n", "\n")
    return PLACEHOLDER.sub(lambda m: getattr(w, m.group(1))(), text)


def restyle(fragments: hm.Fragments, mode: str) -> hm.Fragments:
    if mode == "lower":
        return [(t.lower(), k) for t, k in fragments]
    if mode == "upper":
        return [(t.upper(), k) for t, k in fragments]
    return fragments


FLAGS: list[set[str]] = []


def passes(fragments: hm.Fragments) -> bool:
    try:
        rec = hm.record("try", fragments)
        hm.check_unlabelled(rec, name_words)
        hm.check_no_staff(rec, name_words)
    except AssertionError:
        return False
    return not hm.reused_words(rec, name_words, TAKEN)


def make_note(rng: random.Random) -> hm.Fragments:
    while True:
        bare = rng.random() < 0.115
        hard = not bare and rng.random() < 0.15
        w = Writer(rng, hard)
        if bare:
            template = rng.choice(hm.templates(BARE))
        else:
            _, template = hm.draw_template(rng, SCENARIOS)
        if "{staff" not in template and rng.random() < 0.45:
            prefix = rng.choice(["Pour {staff} : ", "pour {staff} - ", "[{staff}] ", ""])
            template = prefix + template
            if not prefix:
                template += rng.choice([" → {staff}", " (patient(e) de {staff})", " /{staff}",
                                        " -- vu avec {staff}"])
        text = fill(w, template)
        mode = rng.choices(["normal", "lower", "upper"], [80, 16, 4])[0]
        if mode == "upper" and ("\n" in text or len(text) > 180):
            mode = "normal"
        fragments = restyle(hm.join_names(hm.parse(text)), mode)
        if passes(fragments):
            flags = set(w.flags)
            if mode != "normal":
                flags.add(f"{mode}-case note")
            if bare:
                flags.add("bare")
            if any(f.startswith("hard:") for f in flags):
                flags.add("hard")
            FLAGS.append(flags)
            return fragments


def main() -> None:
    def check(rec: dict) -> None:
        hm.check_unlabelled(rec, name_words)
        hm.check_no_staff(rec, name_words)

    def check_set(records: list[dict]) -> None:
        hm.check_blind_set(records, NOTES, name_words, TAKEN, staff_share=0.3, bare=(0.07, 0.16))

    records = hm.write(OUT, PREFIX, NOTES, SEED, make_note, check, check_set)
    print(f"pool candidates refused (an earlier set or the staff holds a word): {REFUSED}")
    hard = sum("hard" in f for f in FLAGS)
    hm.report(records, OUT, FLAGS, hard)


if __name__ == "__main__":
    main()
