"""Blind held-out set 28 for the de-identifier: 300 call notes of a kinésithérapie practice in Auvergne
and the Limousin.

Written 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists, the tests
nor bench were opened, and the de-identifier was not run on the notes. The earlier sets (the corpus,
held-out sets 1 to 27 and the hard cases) were read by program only, through heldout_markup.taken_tokens,
to refuse every name word they hold.

Setting: an ordinary month (September 2028) at a practice whose remote secretariat takes calls for
Clermont-Ferrand, Vichy, Riom, Aurillac, Le Puy-en-Velay, Limoges, Brive-la-Gaillarde, Tulle, Guéret
and the villages of the Cantal, the Creuse and the Corrèze: old Auvergnat and Limousin farming families
(MSA), Michelin and porcelain workers, patients on a thermal cure, Portuguese, Turkish, Maghrebi, Dutch
and British newcomers in the hamlets, students and retirees. Phone messages, answering-machine
transcripts, online-booking exports, forwarded SMS and e-mails, home visits, relatives and carers
calling, prescriptions, tiers payant, sport and school papers, work accidents; some notes in lower
case, a few in capitals, about one in nine with no identifier, about one in seven with a harder name
form (a slip of the keyboard, a name spelt out, an initial, a birth name, a glued title, a double name).

Labelling: NOM for patients, relatives, carers and neighbours, a title such as M. or Mme left outside
the span, never the practice's staff (deid_staff.json), whose names are kept (K); TEL, NIR, DDN (birth
dates only), EMAIL, ADRESSE (house number or lieu-dit through postcode and town, in one run; a town alone
is not marked), ID (mutuelle, dossier, booking and accident numbers). Kept (K): appointment slots, staff
names, clinical terms, hospitals and eponyms. Companies, clubs, schools and employers are plain text;
no doctor outside the practice is named. All data synthetic.

Run from tests/data: ../../.venv/bin/python make_deid_heldout28.py
"""

from __future__ import annotations

import datetime as dt
import random
import re

from heldout_markup import (
    HERE,
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
    draw_kinds,
    draw_template,
    fold,
    join_names,
    keep,
    load_pools,
    name_parts,
    nom,
    parse,
    pick,
    record,
    report,
    slip,
    tag,
    taken_tokens,
    write,
)

NOTES = 300
SEED = 28_2027
PREFIX = "bc"
OUT = HERE / "deid_heldout28.jsonl"
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 28)),
           "deid_hard_cases.jsonl")
TODAY = dt.date(2028, 9, 15)
PARTICLES = {"de", "du", "des", "la", "le", "van", "der", "den", "da", "dos", "das", "el", "d", "l", "ten"}

POOLS = """
auv f: Marcelle Germaine Raymonde Léontine Fernande Odette Paulette Ginette Huguette Josiane Mauricette
  Albertine Eugénie Berthe Clémence Séverine Solange Agnès Rolande Yvette Gilberte Marinette Noëlle Annick
  Josette Émilienne Adrienne Lucienne Ernestine Armelle Bernadette Maryvonne Liliane Sidonie Anastasie
  Philomène Zélie Octavie Alphonsine Célestine Blandine Reine Casilde Flavie Irma Lydie Ghislaine Armande
  Augustine Odile Perrine Jeanne-Marie Bérengère Anne-Laure Hortense Églantine Isaure Clotilde Alix Amandine
  Annonciade Antoinette Apollonie Armance Aubierge Aude Aurélia Azélie Bathilde Benoîte Bertille Calixte
  Césarine Clarisse Claudine Cunégonde Cyprienne Désirée Dieudonnée Domitille Edmée Eulalie Euphrasie Eusébie
  Évangéline Félicie Félicité Firmine Florentine Fortunée Gertrude Henriette Honorine Hyacinthe Ida Julienne
  Léocadie Léonide Léopoldine Luce Mathurine Maximilienne Mélie Modeste Nanette Olympe Pélagie Pétronille
  Pierrette Prudence Radegonde Scholastique Toinette Ursule Victorine Zéphirine Gervaise Ambroisine Blanche
  Colombe Alodie Guillemette Iseult Jehanne Aliénor Ermeline Oriane Gwladys Marjolaine Marceline Baptistine
  Aimée Sévérine Anthelmette Bénédicte Catherine Delphine Fabienne Laurence Annie
auv m: Fernand Léonce Aimé Baptistin Gaston Firmin Amédée Auguste Honoré Marius Célestin Urbain Anselme
  Eugène Ferréol Léon Abel Ernest Cyprien Aurélien Amable Bastien Régis Jean-Ferréol Gilbert Benoît Evariste
  Victorin Florentin Prosper Hippolyte Joachim Gervais Symphorien Austremoine Damien Jean-Mary Antonin
  Achille Cyrille Théophile Placide Fulbert Hilaire Ignace Onésime Paulin Sylvestre Valéry Ghislain Armand
  Germain Lazare Médard Octave Roch Séverin Zacharie Bertin Delphin Géraud Privat Flavien Yvon Adolphe Alcide
  Aloïs Anthelme Apollinaire Arsène Athanase Aubin Barnabé Basile Bénigne Blaise Boniface Calixte Casimir
  Césaire Clément Constant Désiré Dieudonné Donat Edgar Élie Émilien Ephrem Eudes Eustache Fabien Faustin
  Fidèle Fortuné Gatien Gautier Gédéon Gildas Godefroy Gustave Héribert Innocent Isidore Jacquemin Josselin
  Just Lambert Léger Loup Macaire Mathurin Maixent Mayeul Nestor Odilon Pancrace Patrice Romuald Sauveur
  Sévère Siméon Sixte Tancrède Tiburce Ulric Victorien Zénon Fulcran Anicet Marcellin
auv s: Chabrier Vigier Tixier Veysseyre Jarrige Teillard Roddier Coutarel Bouchardon Malleret Pradel Issartel
  Vermenouze Bergheaud Cabanes Moulier Vaissière Couderc Lafarge Espinasse Pouzadoux Ceyrac Ribeyrolles
  Gibiat Soubrier Meyzonnier Chastang Malbec Fayolle Laborie Chabanne Tourreix Sauvadet Gioux Montel Bonnefoy
  Raynal Salat Delpeuch Aldebert Boyer-Chammard Chazal Pagès Rouffiac Maisonobe Verdier Lescure Bouygues
  Bastide Jaffeux Astier Conchon Cheminade Fouilhoux Vachias Mallet-Rodde Dauzet Pebeyre Rigal Cassagnes
  Serieys Falgoux Mamet Lavigne-Delpon Escaffre Chanet Gaudriot Bréchard Dozolme Fournioux Gerbaud Lamadon
  Mondanel Nugeyre Pélissier Quinsat Roussilhe Teyssèdre Usclade Vernière Aubignat Bourlier Chanteloube
  Enjalbert Goutaudier Jouve Mazel Niocel Orcibal Planeix Rochon Sauret Trincal Valadier Bouyssou Cantuel
  Dalbavie Estival Fraisse Gazard Labro Mandonnet Rieuf Terrisse Volpilhac Boissonnade Dejou Féniès Grimal
  Lacam Moissinac Pradal Salvy
lim f: Simone Jeanine Micheline Georgette Renée Andrée Marguerite Colette Évelyne Françoise Angèle Léonie
  Mireille Aurore Héloïse Margaux Ombeline Nadège Roselyne Violaine Ludivine Edwige Francine Roberte
  Philippine Mélisande Aurélie Berthilde Jacinthe Madeleine Marthe Rosine Valérie Sylviane Élodie Pascale
  Gisèle Arlette Claudette Denise Adélaïde Aglaé Angélina Annette Apolline Ariane Brigitte Capucine
  Clémentine Corinne Dominique Émeline Estelle Fanny Flore Geneviève Hélène Joëlle Jocelyne Lucette Maryse
  Mathilde Monique Murielle Nicole Paule Régine Suzanne Sylvette Thérèse Valentine Véronique Yolande Zoé
  Marie-Paule Élisabeth Laurette Claudie Francette
lim m: Marcel Henri Raoul Lucien Edmond René Roger Gérard Alphonse Léopold Clovis Barthélemy Ludovic Gaëtan
  Corentin Sylvain Aymeric Thibaud Yannick Bertrand Valentin Hervé Rodolphe Gonzague Norbert Rémi Anatole
  Léonard Junien Martial Eloi Baudouin Donatien Éloi Félicien Gilles Hugues Jocelyn Lionel Maxence Omer
  Philibert Robin Sébastien Timothée Ulysse Vianney Wilfrid Alexis Alfred Aristide Arthur Augustin Camille
  Charles Christophe Denis Didier Dominique Émile Étienne Fabrice Félix Florent Francis Georges Guillaume Guy
  Hubert Jacques Jean-Claude Joël Jules Louis Maurice Michel Noël Olivier Pascal Paul Philippe Pierre Raymond
  Roland Serge Thierry Vincent Yves Adrien Albin Bernard Cédric Daniel Jacky Jean-Pierre Patrick
lim s: Nouhaud Lachaud Mazaud Parrichon Peyrichou Boudeau Chaumeil Faugeras Dumonteil Bessaguet Mazeaud
  Lacouture Desroches Auconie Chassagnac Peyrat Vialle Marsaleix Lavaud Faucher Laplaud Bourdarias Magadoux
  Pradeau Tessier-Lagrange Chabaud Couchaud Lajudie Brousseaud Villeger Ducourtieux Vergnenègre Aupetit
  Farges Mouret Bardet Jouhaud Tarrade Meynieux Labesse Delpastre Nicot Guimbaud Chastagnol Peyroux Tabaraud
  Veyriras Leyssenne Laplagne Soulier Pradaud Rougerie Marcheix Trapinaud Audevard Bétoulle Chapoulaud
  Dessalles Eyraud Fayemendy Gaudy Jabet Lathière Maldent Nadaud Pénicaud Queyroi Ribière Sénamaud Veyrier
  Boulesteix Couty Gadaud Lagrafeuil Mazabraud Parot Roulland Bonnaud Cluzeaud Granet Jamilloux Laucournet
  Mérigaud Pouyaud Rebière Sudrie Vignaud Chapelaud Desmoulins-Pradier
por f: Conceição Fátima Rosário Graça Albertina Lurdes Idalina Filomena Benedita Ermelinda Custódia Olinda
  Deolinda Ilda Gracinda Aldina Arminda Belmira Cidália Esmeralda Florinda Glória Hermínia Laurinda Leonilde
  Natércia Odete Palmira Rosalina Virgínia Zulmira Cândida Adelaide Lucinda Marília Alzira Aurora Balbina
  Carminda Conceiçãozinha Delmira Elvira Etelvina Felismina Gertrudes Hortênsia Iolanda Jacinta Leopoldina
  Luzia Madalena Margarida Noémia Olívia Prazeres Quitéria Rosalinda Sameiro Teodora Umbelina Valquíria Zélia
  Ivone Otília Generosa Emília Bernardete Clotilde Edite Guilhermina Irene
por m: Joaquim Rui Nuno Abílio Armindo Custódio Herculano Adelino Teotónio Amadeu Arlindo Valdemar Aníbal
  Belmiro Casimiro Domingos Evaristo Hilário Inácio Jacinto Leonel Norberto Olímpio Porfírio Quintino Silvino
  Tibério Vitorino Zeferino Albano Crispim Deolindo Firmino Gervásio Horácio Justino Agostinho Alcino
  Baltazar Camilo Delfim Emílio Fausto Gonçalo Hélder Isidro Júlio Lino Marcolino Narciso
por s: Carvalhais Magalhães Vasconcelos Quintas Barroso Caldeira Figueiredo Mesquita Lourenço Gouveia Vilaça
  Rodovalho Sobral Arruda Cachapuz Fidalgo Galvão Lacerda Malheiro Pestana Queiroga Rebocho Tojal Varejão
  Zagalo Amorim Carneiro Dinis Estrela Frazão Mourão Orvalho Prata Raposo Taborda Bulhões Moita Patrício
  Sequeira Tomé Valadares Sampaio Valente Pimentel Seixas Portela Amaral Brandão Fonseca Meireles Cerqueira
  Pinheiro Rebelo Vilarinho Quaresma Trindade Antunes Esteves Godinho Henriques Loureiro Nogueira Paiva
  Queirós Serrano Toscano Azevedo Bettencourt Damasceno Encarnação Falcão Guedes Leitão Macedo Novais Outeiro
  Ramalho Salgueiro Teles Abrantes Borralho Calado Espírito-Santo Fragoso Lapa Roriz Sardinha Veloso Coutinho
  Morgado Canelas Bragança
tur f: Emine Hatice Zeynep Sevgi Gülşen Nurcan Şükran Dilek Hülya Meryem Filiz Songül Yasemin Gülten Nermin
  Saadet Ayten Necla Fadime Kezban Hacer Gönül Selvi Nuriye Perihan Tülay Derya Özlem Ebru Gülizar Büşra
  Sibel Melek Şerife Havva Döndü Gülbahar Songül-Nur Esma Feride Gülay Hanife Kübra Leyla Meltem Nesrin Pınar
  Rukiye Saniye Tuba Ümmühan
tur m: Mustafa Recep Oğuz Hüseyin Ramazan Cengiz Yusuf Kadir Erdal Selim Tuncay Levent Orhan Murat Halil
  Süleyman Veli Bekir Nevzat Sabri Şükrü Metin Yücel Sinan Volkan Cemal Haydar Rıza Fikret Nazım Adem Tayfun
  Orhun Alper Abdullah Bayram Celal Cüneyt Davut Ercan Faruk Gökhan Hakan İlhan Kazım Mahmut Necati Osman
  Şenol Turgut
tur s: Yıldırım Aksoy Kocabaş Doğan Türkmen Karadağ Çelik Kaya Özkan Erdoğdu Şahin Tekin Bozkurt Akgül
  Demirtaş Kılıç Uysal Gündoğdu Koçak Ateş Yalçınkaya Kahraman Gültekin Sarıkaya Karabulut Ekinci Topaloğlu
  Durmaz Altıntaş Yazıcı Eryılmaz Kurtuluş Aydemir Bayraktar Taşdemir Erkoç Sönmez Karataş Kavak Dursun
  Tokgöz Kalkan Akbulut Kocaman Cebeci Öztürkmen Sevindik Demirkol Balcı Özdemirci Karakuş Gedik Akyüz Baysal
  Soylu
mag f: Khadija Zoubida Fatiha Nadia Malika Houria Yamina Zohra Naïma Latifa Samira Ouarda Djamila Zahia
  Ghania Louiza Taous Tassadit Dehbia Ouiza Fettouma Rahma Khedidja Mebarka Hadda Yamna Zina Rkia Itto
  Mimouna Fadila Nacera Hafsa Chérifa Safia Kheira Baya Tinhinane Thiziri Dihya Tafsut Tiziri Thanina Chabha
  Djedjiga Aldjia Ldjida Sekoura Tounsia Saliha Ouardia Zakia Hayat Yousra Manel Chahinez Lamia Wafa Amel
  Ikram Nesrine Ghizlane Btissam Hasnaa Loubna Siham Ilham Mounia Naoual Bouchra Fouzia Habiba Mabrouka Radia
  Souad Touria Wahiba Zoulikha Hassiba Fadhila Djohra Aziza Rabia Sabiha Hadjira Messaouda Taklit Titem
  Mebrouka Kenza Saïda Rachida Dalila
mag m: Mourad Rachid Abdelkader Mokhtar Lahcen Saïd Brahim Driss Hocine Mohand Smaïl Tahar Kamel Arezki Ouali
  Akli Belaïd Boualem Lounes Mouloud Rabah Idir Madjid Messaoud Bachir Larbi Miloud Tayeb Lakhdar Abdelhak
  Bouziane Azzedine Noureddine Abdeslam Mbarek Ahmed-Chérif Ferhat Amokrane Slimane Hacène Moussa Saïd-Ali
  Belkacem Dahmane Lyes Yacine Nassim Walid Farid Djamel Omar Hamza Abdelghani Abdennour Redouane Mustapha
  Azeddine Brahim-Ali Salem Hakim Samir Mehdi Bilal Anouar Ameziane Amirouche Boussad Chabane Djillali Elhadi
  Ahcène Aomar Azwaw Boudjema Lhocine Mahieddine Menouar Mhand Mokrane Ouamar Yidir Zoubir Zahir Abderrahmane
  Abdelmalek Abdelouahab Fethi Hichem Lazhar Mabrouk Nacer Sofiane Tarek Wahid Boubekeur Chouaïb Fayçal Lotfi
  Moncef Béchir Fathi Hédi Jalel Kaïs Mongi Naceur Ridha Slaheddine Taoufik Zouhair Abdelilah Jaouad Mohcine
  Najib Youness Zakaria Ayoub Bouchaïb Elmostafa Lahoucine Mbark Abdelkrim Abdelaziz Hamoud Seddik Tayeb-Ali
  Kouider Benaïssa Mohand-Saïd Ouahab
mag s: Benyahia Boukhari Ouazzani Belkacemi Zerrouki Hamdani Benslimane Aït-Kaci Tahri Mekki Rahmouni Bouzidi
  Chaouch Lakhdari Menad Saadi Guendouz Abdelli Bekkouche Hadjadj Ferhat Ziani Aït-Ouarab Ouchène Benamara
  Haddouche Bouabdallah Kaci-Moussa Ighil Laribi Mebarki Chérifi Zeghdoudi Oukaci Medjahed Amrouche
  Nait-Slimane Hamouche Djebbar Ourabah Kherbouche Tighilt Sadoun Yahiaoui Merabet Abbou El-Idrissi Lamrani
  Bennani-Smires Sqalli Chraïbi Alaoui-Mrani Berrada Ouahbi Zouaoui Jebali Gharbi Mejri Ayari Khemiri Dridi
  Sellami Ouzeggane Tizaoui Bouhired Ferradji Guerroudj Hadjeres Ikhlef Kessaci Louaked Mahfouf Ouared
  Rezkallah Sahraoui Yefsah Zemmouri Bendjelloul Chikhaoui Derradji Ghezali Hadjadji Imache Khelifati Lounici
  Mezaache Ouldali Remini Saichi Tigrine Ziouche Azzoug Berkani Cherrad Grine Hamadache Iddir Kerrouche
  Lahlou Messaoudène Nedjari Oulebsir Rahal Smaïli Tebbal Yousfi Zitouni Belabbès Boukerche Chellali Djeddi
  Elkadiri Filali Ghomari Hajji Jerrari Kettani Lazrak Naciri Rhazali Slaoui Tounsi Wakrim Zniber Bouraoui
  Chaabane Dkhil Ferchichi Guizani Hosni Jaziri Kchaou Laabidi Marzouki Nasri Ouertani Riahi Souissi Tlili
nlb f: Marijke Anneke Willemijn Gillian Fiona Deirdre Hilary Beatrix Ineke Sheila Gwendolyn Hester Femke
  Saskia Lieke Janneke Margriet Tineke Rosalind Philippa Imogen Harriet Penelope Bronwen Moira Morag Anouk
  Eline Famke Geertje Hanneke Jantine Maaike Nienke Roos Sanne Wietske Yvonne Daphne Nicola Tamsin
nlb m: Joost Pieter Maarten Nigel Alistair Rupert Clive Gerrit Wouter Geoffrey Hamish Barend Derek Hendrik
  Sjoerd Bram Gijs Rutger Floris Tjeerd Crispin Giles Roderick Torquil Angus Malcolm Trevor Dermot Arjen
  Bastiaan Dirk Evert Frans Jelle Klaas Lodewijk Menno Reinier Siebe Teun Wessel Alasdair Humphrey
nlb s: Van_der_Heijden Bosman Kuipers Hendriks Verhoeven Pemberton Whitfield Ashworth Cartwright Dekker
  Van_Dijk Brouwer Hollingsworth Ainsworth Fairbairn Dijkstra Oosterhuis Blakemore Thornton Van_Leeuwen
  Schuurman Veenstra Zwart Hoekstra Bakker-Smit Mulder De_Groot Ter_Horst Kloosterman Wainwright Pickering
  Brocklehurst Fothergill Featherstone Haverfield Ketteridge Lockwood Ormerod Pennington Quigley Rushworth
  Sutcliffe Trelawney Underhill Winstanley
auv kf: Maëlys Lilou Capucine Albane Romane Éléonore Apolline Margot Faustine Constance Soline Lison Ninon
  Suzon Azilis Bérénice Philippine Hermine Josépha Mahaut Séraphine Victoire
auv km: Timéo Lisandro Ambroise Baptiste Côme Gaspard Augustin Célian Anatole Marceau Léandre Aurèle Éloi
  Gabin Sacha Aristide Melchior Pacôme Philémon Valère Virgile Lubin
lim kf: Lou-Anne Clélia Mélodie Aloïs Rosalie Ysaline
lim km: Noé Maxime Clovis Titouan Amaury Lénaïc
"""
FACTS = {"auv": (34, "", "63 63 15 15 43 03"), "lim": (24, "", "87 87 19 23"),
         "por": (12, "139", "63 19 87"), "tur": (9, "208", "63 03 87"),
         "mag": (11, "350 352 351", "63 87 03"), "nlb": (5, "135 132", "23 19 15")}
ORIGINS, KIDS = load_pools(POOLS, FACTS)
PLACES = {  # region -> postcodes and towns, phone prefix
    "63": ("04 73", "63000 Clermont-Ferrand|63100 Clermont-Ferrand|63200 Riom|63400 Chamalières|63130 Royat|"
           "63140 Châtel-Guyon|63150 La Bourboule|63800 Cournon-d'Auvergne|63170 Aubière|63460 Combronde|"
           "63200 Mozac|63310 Randan"),
    "03": ("04 70", "03200 Vichy|03300 Cusset|03700 Bellerive-sur-Allier|03270 Saint-Yorre|03200 Abrest"),
    "15": ("04 71", "15000 Aurillac|15100 Saint-Flour|15110 Chaudes-Aigues|15300 Murat|15140 Salers|"
           "15800 Vic-sur-Cère|15230 Pierrefort|15400 Riom-ès-Montagnes|15130 Arpajon-sur-Cère"),
    "43": ("04 71", "43000 Le Puy-en-Velay|43750 Vals-près-le-Puy|43700 Brives-Charensac|43000 Espaly"),
    "87": ("05 55", "87000 Limoges|87100 Limoges|87280 Limoges|87350 Panazol|87170 Isle|87220 Feytiat"),
    "19": ("05 55", "19100 Brive-la-Gaillarde|19000 Tulle|19800 Corrèze|19500 Meyssac|19160 Neuvic|"
           "19360 Malemort|19320 Marcillac-la-Croisille"),
    "23": ("05 55", "23000 Guéret|23200 Aubusson|23500 Felletin|23110 Évaux-les-Bains|23400 Bourganeuf|"
           "23220 Bonnat|23000 Sainte-Feyre|23250 Soubrebost"),
}
STREETS = ["rue Ballainvilliers", "avenue de Royat", "rue Montlosier", "rue du Port", "avenue Thermale",
           "rue de Paris", "rue des Tanneries", "avenue Baudin", "rue des Quatre-Passeports",
           "chemin des Sagnes", "impasse des Genêts", "rue François-Chénieux", "route de Vic",
           "allée des Bruyères", "rue du Pont-Rouge", "place du Foirail", "route de la Chaise-Dieu",
           "rue des Farges", "avenue du Limousin", "rue de la Mauvendière", "rue Eugène-Gilbert",
           "boulevard Gambetta", "rue des Cités", "chemin de la Buge", "rue du Moulin Bas"]
LIEUX = ["La Borie Haute", "Le Mas de Lajoux", "Les Granges", "La Croix du Puy", "Lasteyrie", "Le Bos Redon",
         "Puy Lacoste", "La Vergne Basse", "Le Bourg", "Les Chazeaux", "La Jarrige", "Chez Mounet",
         "Le Theil", "Lavaurs", "La Besse"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
CLIN = ["lombalgie", "PTH droite", "PTG gauche", "entorse de cheville", "capsulite rétractile",
        "canal carpien", "tendinopathie de la coiffe", "ligamentoplastie du LCA", "rééducation périnéale",
        "drainage lymphatique", "maladie de Parkinson", "Osgood-Schlatter", "cervicalgie",
        "fracture du poignet", "sciatique", "bronchiolite", "AVC", "scoliose", "gonarthrose",
        "maladie de Dupuytren", "méthode McKenzie", "kiné respiratoire", "hallux valgus",
        "syndrome de Tietze"]
KCLIN = ["Osgood-Schlatter", "bronchiolite", "scoliose", "entorse de cheville", "maladie de Sever",
         "pieds plats", "torticolis congénital", "plagiocéphalie", "fracture du poignet",
         "kiné respiratoire"]
HOSP = ["CHU Gabriel-Montpied", "CHU Estaing", "CH Jacques-Lacarin", "CH Henri-Mondor", "CH Émile-Roux",
        "CHU Dupuytren", "CH de Brive", "CH de Tulle", "CH de Guéret", "clinique de la Châtaigneraie",
        "Pôle Santé République"]
JOBS = ["chez Michelin aux Carmes", "à la manufacture de porcelaine", "à la coopérative laitière",
        "à la scierie", "chez Legrand", "sur la ligne d'emboutissage", "au chantier de Saint-Flour",
        "à l'abattoir", "au supermarché", "aux espaces verts de la mairie", "au centre de tri postal",
        "à la fromagerie"]
CURES = ["Royat", "Châtel-Guyon", "La Bourboule", "Le Mont-Dore", "Vichy", "Chaudes-Aigues",
         "Évaux-les-Bains", "Néris"]
MUTS = ["la MSA", "la MGEN", "Harmonie Mutuelle", "Groupama", "la Mutualité Française Limousine", "Malakoff",
        "la MNT"]
CLUBS = ["l'ASM", "le club de rugby de Tulle", "le judo club", "le CABCL", "le Limoges CSP jeunes",
         "le club de foot"]


def name_words(name: str) -> set[str]:
    return name_parts(name, PARTICLES)


TAKEN = taken_tokens(OUT, EARLIER)


def clean(origin: Origin) -> str:
    """Drop from an origin's pools every name that holds a taken word; only the counts are shown."""
    shown = []
    for sex, pool in (("f", origin.given_f), ("m", origin.given_m), ("s", origin.surnames)):
        before = len(pool)
        pool[:] = [n for n in pool if not name_words(n) & TAKEN]
        if len(pool) < 5:
            raise SystemExit(f"too few names left in pool {origin.name} {sex}: {len(pool)}")
        shown.append(f"{sex} {before}->{len(pool)}")
    return ", ".join(shown)


for _a, _b in (("auv", "lim"), ("lim", "auv")):  # French given names are shared by the two regions
    ORIGINS[_a].given_f.extend([n for n in ORIGINS[_b].given_f if n not in ORIGINS[_a].given_f])
    ORIGINS[_a].given_m.extend([n for n in ORIGINS[_b].given_m if n not in ORIGINS[_a].given_m])
COUNTS = {name: clean(o) for name, o in ORIGINS.items()}
for key in KIDS:
    KIDS[key] = [n for n in KIDS[key] if not name_words(n) & TAKEN]


def free(name: str) -> bool:
    return not {w for w in name_words(name) if len(w.strip(".")) > 1} & TAKEN


def slot_text(rng: random.Random) -> str:
    day = rng.choice([d for d in range(4, 31) if dt.date(2028, 9, d).weekday() < 6])
    wd, h, m = DAYS[dt.date(2028, 9, day).weekday()], rng.randint(8, 19), rng.choice((0, 15, 30, 45))
    mm = f"{m:02d}" if m else ""
    return rng.choice((f"{wd} {day}/09 à {h}h{mm}", f"{wd} {day} à {h}h{mm}", f"le {day} sept. {h}h{mm}",
                       f"{wd[:3]}. {day:02d}/09 {h:02d}:{m:02d}", f"{wd} {h}h{mm}"))


def full_slot(rng: random.Random) -> str:
    day = rng.choice([d for d in range(4, 31) if dt.date(2028, 9, d).weekday() < 6])
    hour = f"{rng.randint(8, 19)}h{rng.choice(('00', '30'))}"
    return f"{DAYS[dt.date(2028, 9, day).weekday()]} {day} septembre 2028 à {hour}"


def person(rng: random.Random, cls: str, origin_name: str | None = None, sex: str | None = None) -> Person:
    o = ORIGINS[origin_name or pick(rng, {k: v[0] for k, v in FACTS.items()})]
    sex = sex or rng.choice("fm")
    lo, hi = {"old": (1931, 1958), "adult": (1959, 2006), "kid": (2011, 2023), "young": (1999, 2009),
              "any": (1936, 2008)}[cls]
    born = dt.date(rng.randint(lo, hi), rng.randint(1, 12), rng.randint(1, 28))
    given = rng.choice(o.given_f if sex == "f" else o.given_m)
    kids = KIDS.get((o.name, sex), [])
    if cls == "kid" and kids and rng.random() < 0.6:
        given = rng.choice(kids)
    return Person(given, rng.choice(o.surnames).replace("_", " "), sex, o, born)


KIN = {"old": [("fille", "f", 0.3), ("fils", "m", 1), ("belle-fille", "f", 1), ("gendre", "m", 0),
               ("petite-fille", "f", 0.5), ("petit-fils", "m", 0.8), ("épouse", "f", 0.9), ("mari", "m", 0.9),
               ("nièce", "f", 0.3), ("voisine", "f", 0)],
       "adult": [("épouse", "f", 0.7), ("mari", "m", 0.7), ("compagne", "f", 0), ("compagnon", "m", 0),
                 ("mère", "f", 0.6), ("sœur", "f", 0.5), ("colocataire", "m", 0)],
       "kid": [("mère", "f", 0.5), ("père", "m", 1), ("grand-mère", "f", 0.4), ("beau-père", "m", 0)]}
KIN["any"] = KIN["young"] = KIN["adult"]
CARERS = ("l'aide à domicile", "l'infirmière du cabinet de", "l'auxiliaire de vie",
          "l'aide-soignante du SSIAD", "la mandataire de l'UDAF")


def asc(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


class Writer(SlotPlaceholders):
    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random, cls: str, hard: bool) -> None:
        self.rng, self.cls, self.hard = rng, cls, hard
        p = person(rng, cls)
        noun, sex, share = rng.choice(KIN[cls])
        rel = person(rng, "adult" if cls != "adult" else "any", p.origin.name, sex)
        shares = rng.random() < share
        if shares:
            rel.surname = p.surname
        self.c = Cast(p, rel, (noun, sex, shares), person(rng, "adult"), rng.choice(CARERS),
                      p, rel)
        self.dept = rng.choice(p.origin.departments) if p.born.year > 1985 or not p.origin.abroad \
            else rng.choice(FACTS[p.origin.name][2].split())
        self.region = self.dept if self.dept in PLACES else "63"
        self.used_p = False

    # --- the patient
    def T(self) -> str:
        return "Mme" if self.c.patient.sex == "f" else "M."

    def hard_form(self, p: Person) -> str:
        rng, g, s = self.rng, p.given, p.surname
        form = rng.choice(("slip", "spelt", "initial", "nee", "glued", "double", "comma", "slip"))
        if form == "slip":
            typo = slip(s, rng)
            if typo != s and free(typo):
                return f"{nom(g)} {nom(typo)}" if rng.random() < 0.5 else f"{self.T()} {nom(typo)}"
            form = "spelt"
        if form == "spelt":
            spelt = rng.choice(("-", " ")).join(asc(s).upper())
            return f"{nom(g + ' ' + s)}, je vous épelle : {nom(spelt)}," if spelt[1] == " " \
                else f"{self.T()} {nom(s.upper())} ({nom(spelt)})"
        if form == "initial":
            return rng.choice((f"{nom(g[0] + '. ' + s)}", f"{nom(s.upper() + ' ' + g[0] + '.')}",
                               f"{nom(g + ' ' + s[0] + '.')}"))
        if form == "nee" and p.sex == "f":
            birth = person(rng, "adult", p.origin.name).surname
            return f"Mme {nom(g + ' ' + s)} née {nom(birth.upper())}"
        if form == "glued":
            return rng.choice((f"{self.T()}{nom(s.upper())}", f"{nom(s.upper() + '.' + g)}",
                               f"{nom(asc(g) + '_' + asc(s))}"))
        if form == "double":
            other = person(rng, "adult", p.origin.name).surname
            if other != s:
                return nom(f"{g} {s}-{other}" if p.origin.name in "auv lim" else f"{g} {s} {other}")
        return f"{nom(s.upper())}, {nom(g)}"

    def P(self) -> str:
        p, rng = self.c.patient, self.rng
        if self.hard and not self.used_p:
            self.used_p = True
            return self.hard_form(p)
        self.used_p = True
        g, s = p.given, p.surname
        return rng.choice((nom(f"{g} {s}"), nom(f"{s.upper()} {g}"), nom(f"{s} {g}"), f"{self.T()} {nom(s)}",
                           f"{self.T()} {nom(s.upper())}", nom(f"{g} {s.upper()}"), nom(f"{s.upper()} {g}")))

    # --- the others
    def R(self) -> str:
        rel, (noun, sex, _) = self.c.relative, self.c.kin
        phrase = possessive(noun, sex)
        return self.rng.choice((f"{phrase} {nom(rel.given)}",
                                f"{phrase} {nom(rel.given + ' ' + rel.surname)}",
                                f"{phrase}, {'Mme' if sex == 'f' else 'M.'} {nom(rel.surname)},",
                                f"{nom(rel.given)} ({phrase})"))

    def CR(self) -> str:
        car = self.c.carer
        role = self.c.carer_role
        who = self.rng.choice((nom(car.given), f"{'Mme' if car.sex == 'f' else 'M.'} {nom(car.surname)}",
                               nom(f"{car.given} {car.surname}")))
        return f"{role} {self.TOWN()}, {who}," if role.endswith(" de") else f"{role} ({who})"

    def NB(self) -> str:
        n = person(self.rng, "old", sex="f")
        return self.rng.choice((f"sa voisine Mme {nom(n.surname)}",
                                f"la voisine, {nom(n.given + ' ' + n.surname)},"))

    # --- identifiers
    def TEL(self, p: Person | None = None) -> str:
        rng, o = self.rng, (p or self.c.patient).origin
        d = [rng.randint(10, 99) for _ in range(4)]
        if o.name == "nlb" and rng.random() < 0.5:
            num = rng.choice((f"+31 6 {rng.randint(1000, 9999)} {rng.randint(1000, 9999)}",
                              f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}"))
        elif o.name == "por" and rng.random() < 0.25:
            num = f"+351 9{rng.randint(10, 69)} {rng.randint(100, 999)} {rng.randint(100, 999)}"
        else:
            head = rng.choice(("06", "07", "06", "land"))
            pairs = (PLACES[self.region][0].split() if head == "land" else [head]) + [f"{x:02d}" for x in d]
            num = (rng.choice(" .  -") if rng.random() < 0.85 else "").join(pairs[:5])
            if rng.random() < 0.12:
                num = f"+33 {pairs[0][1]} " + " ".join(pairs[1:5])
        return tag("TEL", num)

    def NIR(self) -> str:
        p, rng = self.c.patient, self.rng
        if p.origin.abroad and p.born.year < 1986:
            place = "99" + rng.choice(p.origin.abroad.split())
        else:
            place = self.dept + f"{rng.randint(1, 290):03d}"
        sex = 1 if p.sex == "m" else 2
        body = f"{sex}{p.born.year % 100:02d}{p.born.month:02d}{place}{rng.randint(1, 400):03d}"
        key = f"{97 - int(body) % 97:02d}"
        parts = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key]
        return tag("NIR", rng.choice((" ".join(parts), body + key, body + " " + key, ".".join(parts))))

    def DDN(self) -> str:
        b, rng = self.c.patient.born, self.rng
        return tag("DDN", rng.choice((f"{b.day:02d}/{b.month:02d}/{b.year}",
                                      f"{b.day:02d}.{b.month:02d}.{b.year % 100:02d}",
                                      f"{b.day} {MONTHS[b.month - 1]} {b.year}", b.isoformat(),
                                      f"{b.day}/{b.month}/{b.year % 100:02d}",
                                      f"{b.day:02d}/{b.month:02d}/{b.year}")))

    def EMAIL(self) -> str:
        p, rng = self.c.patient if self.cls != "kid" else self.c.relative, self.rng
        g, s = asc(p.given), asc(p.surname)
        local = rng.choice((f"{g}.{s}", f"{s}{p.born.year % 100:02d}", f"{g[0]}{s}", f"{s}.{g}{self.dept}",
                            f"{g}-{s}", f"{s}.famille"))
        student = ("etu.uca.fr", "etu.unilim.fr") if 1999 < p.born.year < 2009 else ()
        dom = rng.choice(("orange.fr", "wanadoo.fr", "laposte.net", "gmail.com", "sfr.fr", "free.fr",
                          "hotmail.fr", "icloud.com", "outlook.fr") + student)
        return tag("EMAIL", f"{local}@{dom}")

    def ADDR(self) -> str:
        rng = self.rng
        cp_town = rng.choice(PLACES[self.region][1].split("|"))
        if rng.random() < 0.3 and not cp_town.split()[1].startswith(("Clermont", "Limoges", "Vichy")):
            lieu = rng.choice(LIEUX)
            text = rng.choice((f"lieu-dit {lieu} {cp_town}", f"{lieu}, {cp_town}",
                               f"{lieu} - {cp_town.upper()}"))
        else:
            n = rng.randint(1, 140)
            bis = rng.choice(("", "", "", " bis", " ter"))
            sep = rng.choice((", ", " ", " - "))
            text = f"{n}{bis} {rng.choice(STREETS)}{sep}{cp_town}"
        return tag("ADRESSE", text)

    def MUT(self) -> str:
        rng = self.rng
        return f"{rng.choice(MUTS)} n° " + tag("ID", rng.choice((
            str(rng.randint(10**7, 10**9)), " ".join(str(rng.randint(100, 999)) for _ in range(3)),
            f"{rng.choice('ABHMK')}{rng.randint(10**6, 10**7)}",
            f"{rng.randint(10, 99)}-{rng.randint(10**5, 10**6)}")))

    def DOS(self) -> str:
        rng = self.rng
        return tag("ID", rng.choice((f"K28-{rng.randint(1000, 9999)}", f"{rng.randint(10**5, 10**6)}",
                                     f"DOS{rng.randint(10**4, 10**5)}", f"28/{rng.randint(100, 2999)}")))

    def BOOK(self) -> str:
        rng = self.rng
        code = "".join(rng.choice("ABCDEFGHJKMNPQRSTUVWXYZ23456789") for _ in range(rng.choice((6, 8))))
        return tag("ID", rng.choice((code, f"RDV-{code}", str(rng.randint(10**7, 10**8)))))

    def AT(self) -> str:
        rng = self.rng
        return tag("ID", rng.choice((f"{rng.randint(10**8, 10**9)}", f"2028-AT-{rng.randint(100, 9999):05d}",
                                     f"{self.region} 28 {rng.randint(100, 999)} {rng.randint(100, 999)}")))

    # --- kept and plain
    def TOWN(self) -> str:
        return self.rng.choice(PLACES[self.region][1].split("|")).split(" ", 1)[1]

    def HDR(self) -> str:
        d = self.rng.randint(1, 29)
        return f"{d:02d}/09 {self.rng.randint(8, 18)}h{self.rng.randint(0, 59):02d}"


def possessive(noun: str, sex: str) -> str:
    return f"son {noun}" if sex == "m" or noun[0] in "aeéiou" else f"sa {noun}"


BARE = """
Appel sans nom laissé, demande si {S} prend encore des nouveaux patients (motif : {CLIN}). Rappellera.
messagerie {HDR} : une dame appelle pour savoir si on se déplace jusqu'à {TOWN}, n'a pas laissé de numéro
Un monsieur passé au cabinet pour déposer une ordonnance, pas d'étiquette, {S} voit ça demain.
Question d'une curiste de {CURE} : peut-on faire des séances ({CLIN}) pendant la cure ? Répondu de rappeler le
  secrétariat.
  \\nPas de coordonnées.
ESSAI LIGNE - appel muet à {HDR}, rien laissé.
SMS reçu d'un numéro masqué : « je serai en retard de 10 min » — pas signé, impossible de savoir pour qui.
Le {HOSP} a faxé un compte rendu de {CLIN} sans page de garde ni étiquette, transmis à {S}.
rappel interne : absence de {S} {SLOT}, décaler ses patients sur {S2}
Une maman demande si on prend les enfants pour {KCLIN}, rappellera ce soir après le travail.
Curiste à {CURE} (3 semaines), veut 2 séances de {CLIN} en plus de la cure, n'a pas donné son nom. Voir {S}.
pour {S} : le VSL de {TOWN} ne passe plus le jeudi, réorganiser la tournée {SLOT}
"""
PHONE = """
{HDR} - {P} a appelé, souhaite décaler son rdv {SLOT} (kiné {S}). Propose {SLOT2}. Rappeler au {TEL}.
Message répondeur : « oui bonjour c'est {P}, je viens pour mes séances avec {S}, j'ai un souci de
  voiture pour {SLOT}, rappelez-moi au {TEL} merci »
Appel {P} ({AGE}) pour 1ere séance {CLIN}, ordonnance du 28/08. DDN {DDN}. Tél {TEL}. Donné {SLOT} avec {S}.
{P} tel {TEL} - veut un rdv avant de partir en cure à {CURE}, {S} ok pour {SLOT}
rappeler {P} au {TEL} pour confirmer {SLOT}, elle n'a pas eu le sms
{P} annule {SLOT} : hospitalisé{E} au {HOSP}. Reprendra après. Mutuelle : {MUT}.
Appel {P}, né{E} le {DDN}, nouveau patient, adressé pour {CLIN}. Habite {ADDR}. Tél : {TEL}.
  Attribué à {S}, 1er rdv {SLOT}.
{P} demande si {S} peut passer à domicile, ne conduit plus. Adresse : {ADDR}. Fixe {TEL}.
{P} en cure à {CURE} jusqu'au 22, logé{E} {ADDR}, demande des séances de {CLIN} le soir. {TEL}
Visite à domicile {P} ({AGE}) {ADDR} - après le pont à gauche, ferme avec les vaches. {S} {SLOT}. {TEL}
"""
FAMILY = """
Appel de {R} pour {P} ({AGE}) : sortie du {HOSP} après {CLIN}, besoin de séances à domicile. {ADDR}.
  Joignable au {TEL2}. {S} peut démarrer {SLOT}.
{R} appelle : {PN} ne pourra pas venir {SLOT}, {IL} est tombé{E} hier. Rappeler {RN} au {TEL2}.
messagerie : c'est {R} de {P}, on voudrait savoir pour le transport en VSL, rappelez au {TEL2}, merci
{CR} appelle pour {P} : séances de {CLIN} à domicile à reprendre, clé dans la boîte, {ADDR}. Tél {TEL2}.
{NB} signale que {PN} n'a pas ouvert ce matin pour la séance avec {S}. Prévenu {R} au {TEL2}.
Appel de {R}, nouvelle adresse de {P} depuis l'EHPAD : {ADDR}. NIR {NIR} pour le dossier {DOS}.
"""
ADMIN = """
TIERS PAYANT - {P}, NIR {NIR}, {MUT}. Carte vitale pas à jour, {S} a fait une feuille papier.
{P} : manque l'attestation de {MUTN}, numéro adhérent {MUT}. Demander à {IL} de la ramener {SLOT}.
Dossier {DOS} - {P} (DDN {DDN}) : ordonnance de 12 séances {CLIN}, renouvellement fait. Mail : {EMAIL}
Facture demandée par {P} pour sa mutuelle, envoyer à {EMAIL}. Dossier {DOS}.
{P} né{E} {DDN} / sécu {NIR} / adresse {ADDR} / tél {TEL} -> dossier créé par {S}
Mail de {P} ({EMAIL}) : « Bonjour, pouvez-vous me renvoyer la facture de septembre ? Cordialement »
Ordonnance reçue par mail pour {P}, {CLIN}, 10 séances à domicile. Pris en charge {MUTN}, tiers payant.
  \\nNIR {NIR}\\nDDN {DDN}\\n{ADDR}
"""
BOOKING = """
[Réservation en ligne] Réf. {BOOK}\\nPatient : {P}\\nNé(e) le : {DDN}\\nTél : {TEL}\\nEmail : {EMAIL}
  \\nMotif : {CLIN}\\nPraticien : {S}\\nCréneau : {FSLOT}
RDV internet annulé - {P} - {FSLOT} - réf {BOOK}
Export agenda {HDR}\\n{FSLOT} | {P} | {TEL} | {CLIN} | {S}\\n{SLOT} | {P} | séance 4/10
Nouvelle résa web {BOOK} : {P}, {EMAIL}, 1ère consultation {CLIN} avec {S}, {FSLOT}.
"""
SMS = """
SMS transféré du {TEL} : « Bonjour c'est {PG}, je peux pas venir {SLOT}, désolé{E}, je rappelle »
Fwd: SMS de {P} au portable de garde : « retard 15 min bouchons sur l'A75 » ({TEL})
Mail transféré par {S} : {P} <{EMAIL}> demande un créneau le samedi pour {CLIN}.
"""
WORK = """
ACCIDENT DU TRAVAIL - {P}, {AGE}, travaille {JOB}. N° AT {AT}. {WCLIN}. Feuille AT à scanner. Tél {TEL}.
{P} : AT du 02/09 {JOB}, déclaration {AT}, 15 séances. Employeur demande justificatifs. Dossier {DOS}.
Appel de {P} ({TEL}), rechute de son accident du travail (n° {AT}), voir avec {S} {SLOT}.
Mail RH de l'employeur pour {P} : reprise à mi-temps thérapeutique, séances à caler le soir, AT {AT}.
  Contact : {EMAIL}
"""
KIDS_B = """
{R} appelle pour {P}, {AGE}, {KCLIN}. Certificat pour {CLUB} à faire. Tél {TEL2}.
Pour {P} (né{E} le {DDN}) : séances ({KCLIN}) le mercredi après l'école, {KIN} au {TEL2}. {S} {SLOT}.
{R} : {PG} a mal au genou depuis le foot, dispense de sport pour le collège, rdv {SLOT}. Mail {EMAIL}.
messagerie : c'est la maman de {P}, la kiné respiratoire pour la petite, on peut venir {SLOT} ? {TEL2}
"""
STUDENT = """
{P}, étudiant{E} en STAPS, {CLIN} au rugby. {MUT}. Dispo le soir. {TEL}. {EMAIL}
{P} ({AGE}) demande un certificat pour le sport à la fac, ddn {DDN}, envoyer à {EMAIL}
"""
SCENARIOS = [(PHONE, 30), (FAMILY, 20), (ADMIN, 15), (BOOKING, 10), (SMS, 8), (WORK, 8), (KIDS_B, 7),
             (STUDENT, 4)]
CLASSES = {PHONE: "any", FAMILY: "old", ADMIN: "any", BOOKING: "adult", SMS: "adult", WORK: "adult",
           KIDS_B: "kid", STUDENT: "young", BARE: "any"}
EXTRA = {"TEL": 5, "DDN": 3, "EMAIL": 2, "ADDR": 2, "NIR": 1, "MUT": 1, "DOS": 1}
TAILS = {"TEL": [" Tél. {TEL}", " - rappeler {TEL}", " ({TEL})"], "DDN": [" DDN {DDN}.", " ddn: {DDN}"],
         "EMAIL": [" mail {EMAIL}", " @ {EMAIL}"], "ADDR": [" Domicile : {ADDR}.", " adr {ADDR}"],
         "NIR": [" n° ss {NIR}"], "MUT": [" {MUT}"], "DOS": [" dossier {DOS}"]}
FLAGS: list[set[str]] = []
HARD = [0]


PLAIN = {"JOB": JOBS, "CURE": CURES, "MUTN": MUTS, "CLUB": CLUBS}
WCLIN = ["lombalgie aiguë", "entorse du genou", "fracture du poignet", "tendinopathie de la coiffe",
         "plaie de la main", "canal carpien", "hernie discale", "épicondylite"]
KEPT = {"CLIN": CLIN, "KCLIN": KCLIN, "WCLIN": WCLIN, "HOSP": HOSP, "S": STAFF, "S2": STAFF}
SLOTS = {"SLOT": Writer.slot, "SLOT2": Writer.slot2, "FSLOT": Writer.fslot,
         "E": lambda w: "e" if w.c.patient.sex == "f" else "",
         "IL": lambda w: "elle" if w.c.patient.sex == "f" else "il",
         "PN": lambda w: f"{w.T()} {nom(w.c.patient.surname)}", "PG": lambda w: nom(w.c.patient.given),
         "AGE": lambda w: f"{age(w.c.patient, TODAY)} ans", "RN": lambda w: nom(w.c.relative.given),
         "KIN": lambda w: possessive(w.c.kin[0], w.c.kin[1]), "TEL2": lambda w: w.TEL(w.c.relative)}


def placeholder(w: Writer, name: str) -> str:
    if name in PLAIN:
        return w.rng.choice(PLAIN[name])
    if name in KEPT:
        return keep(w.rng.choice(KEPT[name]))
    return SLOTS[name](w) if name in SLOTS else getattr(w, name)()


def fill(template: str, w: Writer) -> str:
    return re.sub(r"\{(\w+)\}", lambda m: placeholder(w, m.group(1)), template.replace("\\n", "\n"))


def draft(rng: random.Random) -> tuple[Fragments, set[str], bool]:
    flags: set[str] = set()
    bare = rng.random() < 0.1
    block, template = draw_template(rng, [(BARE, 1)] if bare else SCENARIOS)
    hard = not bare and rng.random() < 0.2
    w = Writer(rng, CLASSES[block], hard)
    if not bare and rng.random() < 0.25:
        present = [k for k in EXTRA if "{" + k + "}" in template]
        for kind in draw_kinds(rng, 1, EXTRA, present):
            template += rng.choice(TAILS[kind])
            flags.add("tail")
    markup = fill(template, w).replace("]],,", "]],").replace("]], :", "]] :").replace("]],)", "]])")
    fragments = join_names(parse(markup))
    case = rng.random()
    if case < 0.1:
        fragments, flags = [(t.lower(), k) for t, k in fragments], flags | {"lower-case note"}
    elif case < 0.14:
        fragments, flags = [(t if k == "EMAIL" else t.upper(), k) for t, k in fragments], flags | {"capitals"}
    flags.add(CLASSES[block] + ("-bare" if bare else ""))
    return fragments, flags, hard and w.used_p


def make_note(rng: random.Random) -> Fragments:
    while True:
        fragments, flags, hard = draft(rng)
        trial = record("trial", fragments)
        try:
            check(trial)
        except AssertionError:
            continue
        FLAGS.append(flags | ({"hard name"} if hard else set()))
        HARD[0] += hard
        return fragments


def check(r: dict) -> None:
    check_unlabelled(r, name_words)
    check_no_staff(r, name_words)
    text = r["text"]
    assert not any(len(w.strip(".")) > 1 and w in TAKEN for s in r["spans"] if s["kind"] == "NOM"
                   for w in name_words(text[s["start"]:s["end"]])), r["id"]


def check_one(r: dict) -> None:
    try:
        check(r)
    except AssertionError as error:
        raise SystemExit(f"check failed: {r['id']}") from error


def main() -> None:
    print("name pools (candidates -> kept):", COUNTS)
    records = write(OUT, PREFIX, NOTES, SEED, make_note, check_one,
                    lambda rs: check_blind_set(rs, NOTES, name_words, TAKEN, 0.3, (0.07, 0.16)))
    report(records, OUT, FLAGS, HARD[0])


if __name__ == "__main__":
    main()
