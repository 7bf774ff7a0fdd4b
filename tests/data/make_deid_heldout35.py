"""Blind held-out set 35 for the de-identifier: 300 call notes of a kinésithérapie practice in
Poitou-Charentes and the Vendée.

Written on 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists,
the tests nor bench were opened, and the de-identifier was not run on the notes. The earlier sets
(the corpus, held-out sets 1 to 33, the hard cases) were read by program only, through
heldout_markup.taken_tokens, to refuse every name word they hold: a pool name holding such a word is
dropped silently when the pools load, and only counts are printed.

The setting: a remote secretariat answering for a practice of Poitou-Charentes and the Vendée in
March 2029, between Poitiers, Niort, La Rochelle, the Île de Ré and Oléron, Rochefort, Angoulême,
Cognac, La Roche-sur-Yon and Les Sables-d'Olonne. It takes phone messages and voicemails, exports
the booking agenda, forwards SMS and e-mails, hears relatives, neighbours and home helpers calling
for the old people of the coast, files prescriptions, hospital discharges, mutuelle and tiers-payant
problems and work accidents of oyster farmers, fishermen, cognac and dairy workers and Moroccan and
Portuguese farm hands; British retirees of the Charente call in a mix of English and French, traveller
families (gens du voyage) are reached on an aire d'accueil, students of Poitiers come with their sport
licence, parents bring babies with bronchiolitis and children. Notes are typed in a hurry: some all
in lower case, a few in capitals, abbreviations, typos; about one in nine names no one, about one in
seven gives a name in a harder form (surname first in capitals, initials, a slip of the keyboard,
spelled out, a maiden name, in lower case).

Labelling: NOM for patients, relatives, carers and neighbours, first and last names, the title (M.,
Mme, Mrs, Dr...) left outside the span; the practice's staff (deid_staff.json) are never NOM and are
kept [[K|...]]. TEL for phones, NIR for social security numbers (15 characters, spaced or not), DDN for
birth dates only, EMAIL, ADRESSE from the house number or the lieu-dit through postcode and town in
one run (a town alone is not marked), ID for mutuelle member, dossier, stay, booking, invoice, licence,
GHIC and accident numbers. Appointment slots and other dates and times, staff names, clinical terms,
hospitals and eponyms are kept [[K|...]]. Companies, clubs, schools and employers are plain text; no
doctor outside the practice is named.

Run from tests/data: ../../.venv/bin/python make_deid_heldout35.py
"""

from __future__ import annotations

import datetime as dt
import random
from pathlib import Path

import heldout_markup as hm
from heldout_markup import keep, nom, tag

NOTES = 300
SEED = 35_2027
PREFIX = "bj"
HERE = Path(__file__).parent
OUT = HERE / "deid_heldout35.jsonl"
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 34)),
           "deid_hard_cases.jsonl")
PARTICLES = {"de", "du", "des", "la", "le", "d", "l", "da", "dos", "das", "do", "el", "ait", "id", "ben"}


def name_words(text: str) -> set[str]:
    return hm.name_parts(text, PARTICLES)


TAKEN = hm.taken_tokens(OUT, EARLIER)

POOLS = """
fr f: Odile Ghislaine Josiane Mauricette Yvette Jeannine Paulette Lucienne Marcelle Huguette Raymonde Gisèle
 Solange Micheline Colette Andrée Ginette Éliane Annick Maryvonne Arlette Lucette Simone Régine Liliane
 Germaine Madeleine Denise Bernadette Claudette Geneviève Christiane Évelyne Armelle Edwige Jocelyne
 Roselyne Maryse Nadine Pierrette Rolande Yolande Georgette Thérèse Irène Sandrine Karine Séverine Delphine
 Virginie Aurélie Élodie Laëtitia Magali Fabienne Corinne Murielle Gaëlle Sabine Carole Estelle Peggy Nadège
 Manon Clémence Maëlys Louane Apolline Margaux Romane Léonie Anaïs Solène Maïwenn Gwendoline Axelle Éloïse
 Coline Ophélie Bérénice Perrine Annabelle Bénédicte Héloïse Marylène Lydie Viviane Renée Jacqueline Lysiane
 Francette Noëlle Aline Mireille Radegonde Aldegonde Macrine Sylvine Pélagie Scholastique Eulalie Théodorine
 Ursule Philomène Ermeline Ombeline Clotilde Bathilde Mathurine Guillemette Jacquette Hermine Aliénor Maëlie
 Lyséa Naëlle Thaïs Sélène Isaure Azilis Enora Gwladys Maylis Clervie Sixtine Bertille Domitille Guenièvre
 Oriane Ysaline Aubane Blandine Félicie Léontine Honorine Augustine Victorine Célestine Prudence Mahaut
 Garance Castille Colombe Hortense Jacinthe Mayeule Olympe Quitterie Tiphaine Violette Anaëlle Eugénie
 Armande Berthe Clémentine Edmée Fernande Gilberte Henriette Ida Josèphe Léonce Marcienne Noémie Odette
 Paule Reine Sidonie Ernestine Adélaïde Albertine Amandine Bernardine Cunégonde Donatienne Éliette Flavie
 Gervaise Huberte Ildegarde Joëlle Laurence Maixente Nicolette Osmonde Pétronille Rosalie Séraphine Thècle
 Urbaine Valentine Zénaïde Aurore Fleur Gaëtane Hyacinthe Irma Jehanne Lucrèce Marthe Nelly Orlane Priscille
 Tatiana Ursuline Véra Wilfriede Yvonne Zoé Agnès Constance Dorothée Edwina Fanélie Hélia Ivette Josette
 Lisette Nicole Aldine Alexandrine Amélina Angéline Aricie Armantine Athénaïs Aure Azélie Bérangère Clarisse
 Cornélie Cyrielle Désirée Églantine Elvire Eudoxie Euphrasie Évodie Fantine Félicienne Flore Francine
 Gertrude Gwenola Herminie Hildegarde Iphigénie Irmine Isménie Judith Julienne Léocadie Léopoldine Ludivine
 Modestine Octavie Philiberte Rosine Théodora Gwenaëlle Soazig Rozenn Katell Annaïg Bleuenn Gaïd Klervi
 Tifenn Youna Lénaïg Aglaé Alodie Anastasie Aymone Bettina Brunehilde Césarine Corisande Dieudonnée Esther
 Eulalia Fortunée Gisberte Hermance Jeanine Ludmilla Mélusine Nadia Ninette Rosemonde Sévérine Thérésa
 Vitaline Zéphirine Abélia Adèle Adrienne Albanie Alcyone Amaranthe Ambroisine Angélique Annonciade Aude
 Barbe Brigitte Cécilia Chloé Cléo Coralie Delphia Diane Edith Élise Élisabeth Émeline Eugénia Faustine
 Fleurine Gaëlane Guénola Héléna Ingrid Isabeau Laure Marjolaine Mélisande Myriam Ondine Perle Rébecca
 Roseline Sarah Servane Sibylle Sylviane Tiphanie Vanina Yseult
fr m: Gérard Raymond Marcel Roger Bernard Guy Maurice Lucien Gilbert Fernand Thierry Pascal Didier Hervé
 Patrice Ludovic Cédric Grégory Fabrice Yannick Anthony Mathis Clovis Gaspard Baptiste Corentin Valentin
 Évan Aubin Côme Gatien Marcelin Abel Firmin Gaston Émile Léandre Octave Armand Honoré Séraphin Alphonse
 Edmond Roland Serge Jacky Joël Lionel Régis Francis Christian Jérôme Romain Florian Quentin Kylian Lenny
 Lubin Marius Aurèle Titouan Loïc Gwenaël Erwan Killian Ghislain Rodolphe Jean-Yves Gilles Bertrand Hubert
 Fabien Mickaël Guillaume Arnaud Benoît Aymeric Eustache Léopold Hilaire Porchaire Junien Savinien Maixent
 Jouin Fortunat Florentin Cybard Eutrope Vivien Trojan Gélase Fiacre Mathurin Amaury Geoffroy Savary Hugues
 Aymar Enguerrand Thibault Médéric Anselme Cyprien Eudes Evrard Fulbert Gauthier Hippolyte Isidore Joachim
 Lazare Mayeul Pacôme Philémon Romuald Sixte Tancrède Ulysse Wandrille Zéphyrin Aristide Barnabé Casimir
 Déodat Elzéar Florimond Gildas Hilarion Ignace Jocelyn Landry Marin Norbert Onésime Prosper Rémi Barthélemy
 Cassien Edgar Félicien Gauvain Hector Nathanaël Oswald Victorien Alban Bastien Calixte Éloi Ferdinand
 Grégoire Louison Nestor Odilon Philéas Sidoine Timothée Urbain Virgile Elouan Brieuc Lénaïc Tugdual Goulven
 Aurélien Achille Ambroise Anatole Arsène Auguste Blaise Célestin Clément Colomban Constant Damien Désiré
 Donatien Eugène Faustin Gaëtan Gervais Gustave Irénée Jérémie Joseph Justin Léonard Léonce Marcellin
 Maxence Modeste Narcisse Nazaire Patrick Raoul Sébastien Séverin Siméon Sosthène Symphorien Théophile
 Tristan Valéry Venceslas Vianney Wilfried Xavier Yves Zacharie Abélard Basile Bérenger Childéric Dagobert
 Ermenegilde Flavien Gontran Héribert Ildefonse Josselin Lothaire Marcoul Tanguy Yannig Erwann Gurvan Maëlan
 Riwal Ronan Youenn Armel Gwendal Loïg Paol Pierrick Adolphe Alcide Anthelme Apollinaire Athanase Baudouin
 Bonaventure Candide Cyrille Dieudonné Eloy Émeric Euloge Fénelon Ferréol Gédéon Gérald Gratien Guérin
 Jacquelin Léger Maximilien Melchior Nicodème Pamphile Parfait Paterne Polycarpe Rodrigue Saturnin Sévère
 Télesphore Théodule Tiburce Valère Zénon Ange Auxence Béranger Clodomir Cyriaque Évariste Fidèle Gilduin
 Herbert Honorat Jovin Lucain Magloire Mériadec Pons Privat Rustique Silvère Sulpice Taurin Térence Ulric
 Vital Alphée Ansbert Arcade Bénigne Bertin Calliste Césaire Clair Crépin Cyr Denis Donat Énogat Éleuthère
 Épiphane Erwin Félix Florent Frédégand Gaubert Génulphe Gérasime Godefroy Gonzague Guénolé Hermel Hermeland
 Hugolin Innocent Isaïe Jacob Jodoc Justinien Lambert Lié Loup Macaire Mamert Mandé Martial Maur Médard
 Mélaine Moïse Nérée Noël Olivier Pancrace Pérégrin Prudent Quirin Régnier Rigobert Roch Samson Servais
 Siffrein Solen Tugal Ursin Venant Victorin Vincent Wulfran Ywen Adhémar Amand Arnould Aubry Brice Conrad
 Didace Fulcran Jacquemin Mathias Rainier Renaud Rolland Sigismond Thaddée Thiébaut Zéphirin
fr s: Guilbaud Chaigneau Giraudeau Bironneau Rabiller Bouhier Gaborit Guérineau Ardouin Grolleau Bourasseau
 Gautreau Boisseau Micheneau Landreau Brochard Bonnin Pajot Poupard Moinard Soulard Texier Sarrazin Papin
 Barreau Merlet Raffin Jaud Charrier Godet Bernardeau Boutin Cougnaud Drapeau Épaud Favreau Fradin
 Gendronneau Naud Ouvrard Pacaud Perrochon Quintard Rambaud Retailleau Sire Tallon Tesson Vrignaud Baudry
 Beneteau Bodin Bouron Caillaud Cailleteau Chabirand Chatelier Coutand Delhomme Dieumegard Frouin Gallais
 Gouraud Guitton Mandin Mercereau Métais Morisset Nicolleau Racaud Sabourin Airault Babin Billaud Bitaud
 Bourdin Chagnaud Chapron Daviet Gachet Gazeau Guéry Guichet Jamin Marot Mesnard Micheau Mousset Nauleau
 Ordonneau Pairault Pinaud Priouzeau Proux Renaudet Roturier Savarit Sauzeau Simonneau Suire Touzeau Trichet
 Valladon Vrignon Bégaud Boucard Bréchet Chaillou Clénet Doussin Huvelin Maindron Méchin Oger Paillat Rabaud
 Raveleau Ripaud Sautereau Taconnet Tessereau Vinet Bouffard Gardrat Bouyer Jourdain Massias Chauffour
 Bouchet Rochereau Auzanneau Berjonneau Chevrier Fouassier Garnaud Hillairet Imbert Jolivet Lhommedé
 Mainguet Neveur Pouvreau Rouhaud Thibaudeau Vergnaud Audebert Brisson Collineau Daniau Fétiveau Gréau Juin
 Maillochaud Parpay Réveillère Surreau Tranchant Bonneau
fr kf: Lilou Maëlle Ambre Alba Lya Romy Louna Mila Inaya Zélie Iris Margot Agathe Victoire Constance Albane
 Philippine Capucine Jeanne Suzon Céleste Lison Anouk Nélia Rose Éléna Sixtine Bertille Domitille Aubane
 Isaure Ysaline Maylis Clervie Thaïs Sélène Enora Naëlle Lyséa Maëlie Éléa Anaëlle Mahaut Brune Garance
 Castille Blanche Colombe Félicité Hortense Jacinthe Lucille Mayeule Nine Olympe Pia Quitterie Roxane
 Tiphaine Violette Azilis Gaïa Ninon Talia Suzanne Joséphine Maïa Elsa Line Laïa Ambrine Alya Mya Thya Lyana
 Nélya Kessy Lorie Maddy Maëly Nahia Sohane Yaëlle Zia Ayla Kaïna Lenna Milla Névéa Olya
fr km: Timéo Gabin Marceau Paolo Naël Eden Ezio Milo Soan Malo Isaac Léon Lino Nolan Ewen Augustin Célestin
 Basile Sasha Aloïs Ilian Nino Achille Oscar Émilien Valentin Barthélemy Cassien Dorian Edgar Félicien
 Gauvain Hector Isidore Joachim Lancelot Mayeul Nathanaël Pacôme Rafaël Tancrède Ulysse Victorien Wandrille
 Alban Bastien Calixte Éloi Ferdinand Grégoire Louison Médéric Nestor Odilon Philéas Sidoine Timothée Urbain
 Virgile Elouan Brieuc Lénaïc Tugdual Goulven Aurèle Ruben Hugo Sohan Ayden Loan Noam Swann Tylio Ylan Maho
 Joas Lissandro Eliaz Nahel Livio Marlon Kaïs Naïm Lyam
gb f: Margaret Gillian Pauline Lesley Beverley Hazel Maureen Wendy Janet Shirley Lorraine Glenys Brenda
 Sheila Valerie Deirdre Rosalind Heather Alison Lynne Eileen Doreen Muriel Philippa Gwyneth Marjorie Enid
 Mavis Edna Ethel Winifred Gladys Hilda Dorothy Mildred Phyllis Agnes Beryl Cynthia Dilys Elspeth Fenella
 Gwenda Hermione Jocasta Kathleen Letitia Morag Nerys Olwen Prunella Rowena Sybil Thelma Una Verity Myfanwy
 Ailsa Bronwen Carys Elowen Morwenna Tamsin Imogen Harriet Rosamund
gb m: Nigel Graham Clive Derek Malcolm Trevor Keith Colin Geoffrey Barry Gordon Neville Rodney Desmond
 Stuart Kenneth Terence Clifford Howard Duncan Rupert Alistair Gareth Reginald Cyril Alfred Bertram Cuthbert
 Digby Eustace Fergus Gerald Horace Ivor Jeremy Mervyn Norman Oswald Percival Sidney Tristram Wilfred
 Crispin Hamish Alasdair Angus Dougal Euan Giles Jolyon Piers Ranulph Torquil Aubrey Basil Dudley Edmund
 Ernest Humphrey Lambert Roderick Clarence Montague
gb s: Pemberton Whitfield Ashworth Hargreaves Blackwood Fairclough Thornton Cartwright Pilkington Ramsbottom
 Entwistle Bickerstaff Dewhurst Sutcliffe Longbottom Ollerenshaw Heathcote Winterbottom Braithwaite
 Higginbotham Kettlewell Rushworth Sowerby Tattersall Wainwright Aldridge Fenwick Hepworth Illingworth
 Merriweather Pendlebury Greenhalgh Butterworth Ackroyd Birtwistle Crabtree Holroyd Nuttall Openshaw
 Postlethwaite Stansfield Thistlethwaite Yardley Catterall Throssell Haythornthwaite Mottershead
 Featherstonehaugh Grimshaw Clegg Earnshaw Fothergill Gledhill Hollinrake Lockwood Micklethwaite Normanton
 Pickles Riddiough Scarisbrick Tunnicliffe Uttley Whitworth Ackerley Bamford Cheetham Dunderdale Eccleston
 Fawcett Greenwood Hartley Ingham Jowett Kershaw Lumley Moorhouse
ma f: Fatima-Zahra Khadija Naïma Saïda Zineb Hanane Loubna Meryem Souad Rachida Latifa Najat Ghizlane
 Btissam Siham Houda Malika Zohra Hafsa Kaoutar Oumaima Touria Yamna Rkia Itto Fadma Ijja Hennou Yamina
 Mbarka Hadda Fadila Khaddouj Ghita Ibtissam Keltoum Nezha Ouafae Rabia Saadia Tourya Wafaa Zoubida Hayat
 Asmae Bouchra Chaïma Douae Ikram Kenza Majda Nisrine Radia Soukaina Widad Yousra
ma m: Mustapha Abdelkader Brahim Lahcen Driss Abdellah Hamid Aziz Mbarek Lhoussaine Jamal Abdelghani Hicham
 Noureddine Khalid Abdelaziz Ayoub Larbi Mimoun Belaïd Abdeslam Lahoucine Mohammed Redouane Bouchaïb
 Abderrahim Abdelilah Abdessamad Azzedine Boujemaa Elmehdi Faouzi Hammou Haddou Jilali Kaddour Lhoucine
 Mohcine Moulay Mostafa Naceur Othmane Rahal Tarik Yassine Zouhair Bouazza Miloud Aomar Addi Moha Hmad
 Lmahjoub Abdennbi Smail Brik
ma s: Aït_Ouahmane El_Khattabi Benjelloun Ouazzani Bouzidi Lahlou Chraïbi Berrada Ouchen Aït_Lhaj Boutaleb
 Zerouali Lamrani Naciri El_Ghazouani Ouahbi Azzouzi Hajji Kettani Oubella Tahiri Zemmouri Ouhammou Aït_Baha
 Amzil Boukhris Elmoutaouakil Ezzahraoui Oukhouya Agoumi Aznag Bouhali Akhiat Id_Belkacem Oumoussa
 Aït_Hammou Ouaarab Bouzalmat Elghoufairi Ennaciri Fakhreddine Hamdaoui Jebbari Kabbaj Laaroussi Maatouk
 Nachit Ouakrim Qasmi Rharbaoui Sbai Yacoubi Zahraoui Aboulouafa Bakkali Chaouki Darif Ghazali Harrak
 Jazouli Karrouchi Louafi Mezouar Nejjar Oudghiri Slaoui Tounsi Wahbi Zniber Bourkadi Ouzzine
ma kf: Lina Assia Nour Sirine Aya Hiba Ghita Kenza Douae Chaïma Yousra Soukaina Nisrine Ikram Israe Malak
 Rim Marwa Salma Hajar
ma km: Ilyes Younes Anas Wassim Ayman Zakaria Othmane Yassine Elmehdi Zouhair Tarik Mohcine Badr Ismail
 Ilias Amine Souhail Marouane
pt f: Fernanda Lurdes Graça Filomena Conceição Manuela Isaura Olinda Albertina Deolinda Ermelinda Alzira
 Natércia Lucinda Arminda Celeste Glória Idalina Benvinda Palmira Zulmira Amélia Adosinda Agostinha
 Almerinda Angelina Balbina Brígida Cândida Cesaltina Clementina Dulce Emília Esperança Etelvina Felisbela
 Florinda Gracinda Hermínia Joaquina Leopoldina Luzia Margarida Miquelina Noémia Otília Piedade Prazeres
 Purificação Quitéria Rosalina Sameiro Teolinda Umbelina Virgínia Zélia Alda Amândia Amparo Assunção
 Benedita Carminda Custódia Elvira Fernandina Gertrudes Ivone Jacinta Laurinda Madalena Natália Olívia
 Perpétua Rosária Silvina Tânia Vitória Aldina Arlete Belmira Cremilde Edite Eduarda Gabriela Guilhermina
 Helena Irene Josefa Leonilde Lucília Marcelina Maximina Odete Orquídea Rosalinda Sílvia Tereza Valdemira
 Zilda Hortênsia Ludovina Ricardina Adélia Elisabete
pt m: Joaquim Armando Agostinho Américo Arlindo Custódio Delfim Horácio Leonel Zeferino Adelino Albino
 Belmiro Casimiro Domingos Eusébio Germano Hélder Valdemar Aníbal Abílio Ilídio Albano Alcino Amadeu Aurélio
 Bento Cândido Crispim Diamantino Efigénio Elísio Emídio Firmino Florêncio Gaudêncio Gervásio Hermínio
 Inácio Jacinto Laurindo Lourenço Marcolino Nazário Olímpio Porfírio Quintino Rogério Serafim Silvino
 Teotónio Ventura Virgílio Agnelo Alípio Anacleto Bernardino Celestino Deolindo Evaristo Fabrício Gil
 Hilário Januário Juvenal Leandro Lucílio Militão Nuno Paulino Reinaldo Sebastião Tadeu Ulisses Valentim
pt s: Ferreira Carvalho Gonçalves Teixeira Nogueira Magalhães Quintas Sampaio Figueiredo Loureiro Tavares
 Rebelo Azevedo Cunha Amaral Coelho Esteves Fonseca Macedo Moutinho Brandão Calado Guimarães Meireles
 Pimentel Queirós Ramalho Salgado Seixas Vilaça Carneiro Fontes Simões Bessa Portela Abrunhosa Bacelar
 Cerqueira Damasceno Espinheira Falcão Gouveia Lacerda Mourão Negrão Ornelas Quaresma Rosmaninho Sequeira
 Trindade Vasconcelos Zagalo Alvarenga Barroso Cachapuz Castanheira Couceiro Felgueiras Laranjeira Louro
 Marinho Novais Outeiro Pestana Penedo Rego Roriz Sardinha Sobral Taveira Valadares Alpoim Amorim Anjos
 Antunes Arrais Baptista Bettencourt Botelho Bulhões Caldas Canhoto Cepeda Cordeiro Corvo Covelo Franco
 Freitas Galvão Garrido Godinho Jardim Leitão Lemos Machado Malheiro Mascarenhas Moreira Morgado Palhinha
 Paiva Passos Patrício Peixoto Pinheiro Prates Raposo Ribeiro Rocha Saraiva Silveira Soares Taborda Torres
 Veloso Videira Xisto Boaventura Carrilho Chaves Conde Dinis Fialho Frazão Grilo Henriques Magro Mota
 Mendonça Quintela Resende Sarmento Tomé Vidal Vilela Zambujo Alcobia Balsemão Brás Calheiros Carapinha
 Estrela Farinha Fidalgo Gameiro Mealha Nabais Pardal Quintanilha Rebocho Seabra Tojal Varela
pt kf: Inês Beatriz Leonor Matilde Carolina Margarida Luzia Dulce Lara Íris Carlota Mafalda Benedita
 Constança Madalena
pt km: Rodrigo Duarte Afonso Gonçalo Tomás Lourenço Bento Vicente Salvador Martim Simão Santiago Gaspar
 Vasco Dinis Tomé
voy f: Maïté Graziella Mélodie Chayana Sabrina Priscilla Shana Sindy Laly Dolorès Esméralda Rosita Lolita
 Kimberley Sandy Nadia Tiffany Jenifer Pamela Lorena Yolanda Mandy Tatiana Romina Estrella Marilou Sarita
 Magaly Zina Sendy
voy m: Django Tony Johnny Ricky Steeve Jimmy Rudy Manolo Kendji Sonny Willy Freddy Tchavolo Gino Romano
 Tiziano Rocco Dario Brandon Babik Boulou Elios Mandino Moreno Fapy Angelo Stochelo Dorado Yorgui Tito Pablo
 Nicky Bobby Sammy
voy s: Winterstein Reinhardt Lagrené Baliardo Dorkel Steinbach Guttenberger Falque Demeter Loeffler Zanko
 Helfer Ferret Gimenez Maximin Bertolin Wiss Hoffart Mosca Duville
voy kf: Chelsea Louisiana Sharon Nelly Luna Maëva Kiara Ruby
voy km: Kenzo Lenzo Tyron Kelyan Jayson Maddox Lyam Stanley
sn f: Awa Mariama Aminata Ndèye Khady Coumba Fatou Adja Astou Bineta Dieynaba Yacine Sokhna Daba Penda
 Rokhaya Seynabou Maimouna Ramatoulaye Arame Ngoné Dior Maguette Oumou Nafi Khoudia
sn m: Moussa Ibrahima Cheikh Ousmane Babacar Modou Serigne Alioune Lamine Abdoulaye Ablaye Aliou Bassirou
 Djibril Elhadji Falilou Gorgui Issa Mansour Malick Ndiaga Pathé Saliou Souleymane Thierno Youssou Birame
 Demba Samba Doudou Assane Massamba Mor Khadim
sn s: Diop Sow Faye Gueye Mbaye Sarr Thiam Ciss Diagne Ndour Sène Badji Diatta Tine Ndao Mbengue Seck Dione
 Gning Niang Sagna Coly Manga Sambou Tendeng Goudiaby Diedhiou Bassène Senghor Kébé Dramé Samb Wade Dieng
 Mboup Lô Diack Ndiour
"""
FACTS = {"fr": (62, "", "86 79 17 16 85 44 49 37 33 75"), "gb": (9, "132", ""), "ma": (8, "350", ""),
         "pt": (8, "139", ""), "voy": (7, "", "86 79 17 16 85 33 24 47"), "sn": (4, "341", "")}
ORIGINS, KIDS = hm.load_pools(POOLS, FACTS)
POOL_SIZE = len(hm.pooled_names(ORIGINS, KIDS))


def usable(names: list[str]) -> list[str]:
    """The names none of whose words an earlier set or the staff holds (dropped without a word)."""
    return [n for n in names if not name_words(n) & TAKEN]


for _origin in ORIGINS.values():
    _origin.given_f[:] = usable(_origin.given_f)
    _origin.given_m[:] = usable(_origin.given_m)
    _origin.surnames[:] = usable(_origin.surnames)
    assert min(len(_origin.given_f), len(_origin.given_m), len(_origin.surnames)) >= 5, _origin.name
for _key in KIDS:
    KIDS[_key][:] = usable(KIDS[_key])
POOL_KEPT = len(hm.pooled_names(ORIGINS, KIDS))
hm.refuse_used_names(hm.pooled_names(ORIGINS, KIDS), name_words, TAKEN)

# ---------------------------------------------------------------------------------------------
# Places, numbers, words kept

TOWNS = {
    "vienne": [("86000", "Poitiers"), ("86180", "Buxerolles"), ("86360", "Chasseneuil-du-Poitou"),
               ("86100", "Châtellerault"), ("86600", "Lusignan"), ("86300", "Chauvigny")],
    "niort": [("79000", "Niort"), ("79180", "Chauray"), ("79230", "Aiffres"), ("79410", "Échiré"),
              ("79500", "Melle"), ("79510", "Coulon")],
    "aunis": [("17000", "La Rochelle"), ("17440", "Aytré"), ("17140", "Lagord"), ("17700", "Surgères"),
              ("17300", "Rochefort"), ("17450", "Fouras"), ("17540", "Nuaillé-d'Aunis")],
    "iles": [("17410", "Saint-Martin-de-Ré"), ("17590", "Ars-en-Ré"), ("17630", "La Flotte"),
             ("17580", "Le Bois-Plage-en-Ré"), ("17310", "Saint-Pierre-d'Oléron"),
             ("17480", "Le Château-d'Oléron"), ("17550", "Dolus-d'Oléron"),
             ("17370", "Saint-Trojan-les-Bains"),
             ("17320", "Marennes-Hiers-Brouage"), ("17560", "Bourcefranc-le-Chapus")],
    "charente": [("16000", "Angoulême"), ("16800", "Soyaux"), ("16100", "Cognac"), ("16200", "Jarnac"),
                 ("16130", "Segonzac"), ("16120", "Châteauneuf-sur-Charente"), ("16700", "Ruffec"),
                 ("16500", "Confolens"), ("16220", "Montbron")],
    "vendee": [("85000", "La Roche-sur-Yon"), ("85100", "Les Sables-d'Olonne"), ("85400", "Luçon"),
               ("85200", "Fontenay-le-Comte"), ("85300", "Challans"), ("85800", "Saint-Gilles-Croix-de-Vie"),
               ("85160", "Saint-Jean-de-Monts"), ("85330", "Noirmoutier-en-l'Île")],
}
STREETS = hm.words("""
rue_des_Salines rue_du_Port chemin_des_Écluses impasse_des_Mouettes allée_des_Tamaris rue_de_la_Chaume
rue_des_Chais rue_des_Tonneliers rue_de_l'Aunis cité_des_Ajoncs rue_du_Moulin chemin_de_la_Prée
rue_des_Écoles rue_Carnot place_du_Marché avenue_de_la_Libération rue_des_Huîtrières route_de_Saintes
rue_des_Vignes chemin_des_Marais impasse_du_Lavoir rue_de_la_Gare allée_des_Pins rue_des_Pêcheurs
boulevard_de_la_République rue_des_Lilas rue_du_Four rue_du_Puits chemin_du_Halage rue_des_Forges
rue_de_la_Croix_Verte résidence_les_Goélands rue_du_Bois_Plage avenue_du_Maréchal_Leclerc rue_Gambetta
""")
LIEUX = hm.words("""
La_Grande_Pièce Les_Touches La_Métairie Le_Bois_Clair La_Coudraie Les_Ouches Le_Puy_Grenier
La_Prée_Neuve Chez_Piet Chez_Boucheron Les_Brandes La_Font_Chaude Le_Logis_des_Combes Chez_Guignard
Les_Granges Le_Moulin_Neuf La_Petite_Barre Les_Chaumes_de_la_Vallée Chez_Bernier Le_Pas_des_Vignes
""")
TERMS = hm.words("""
lombalgie lombalgie_chronique cervicalgie entorse_de_cheville entorse_du_genou rééducation_post-PTH
rééducation_post-PTG ligamentoplastie_du_LCA capsulite_rétractile tendinopathie_de_la_coiffe
fracture_du_poignet fracture_de_Pouteau-Colles sciatique hernie_discale épicondylite syndrome_rotulien
tendinite_d'Achille syndrome_du_canal_carpien maladie_de_Dupuytren lumbago drainage_lymphatique
lymphœdème VPPB rééducation_vestibulaire prévention_des_chutes rééducation_à_la_marche
maladie_de_Parkinson hémiplégie_post-AVC BPCO sclérose_en_plaques coxarthrose gonarthrose
périarthrite_de_l'épaule tendinite_de_De_Quervain syndrome_de_Guillain-Barré
""")
KID_TERMS = hm.words("""
maladie_d'Osgood-Schlatter scoliose pieds_plats maladie_de_Sever entorse_de_cheville fracture_du_coude
torticolis genu_valgum
""")
BABY_TERMS = hm.words("bronchiolite kiné_respiratoire encombrement_bronchique torticolis_congénital "
                      "plagiocéphalie pied_bot")
WORK_TERMS = hm.words("""
lombalgie tendinite_du_poignet syndrome_du_canal_carpien épicondylite entorse_de_cheville
tendinopathie_de_la_coiffe lumbago fracture_du_poignet entorse_du_genou
""")
HOSPITALS = hm.words("""
CHU_de_Poitiers CH_de_Niort CH_de_La_Rochelle hôpital_de_Rochefort CH_de_Saintonge CHD_Vendée
hôpital_de_Girac CH_de_Cognac clinique_du_Mail polyclinique_de_Poitiers CH_Loire_Vendée_Océan
CH_de_Châtellerault hôpital_de_Saint-Pierre-d'Oléron
""")
STAFF_FORMS = ["Julien", "Julien Martin", "Sophie", "Sophie Lemoine", "Karim", "Karim Haddad"]
MUTUELLES = ["Harmonie Mutuelle", "MGEN", "la MSA", "Groupama", "Mutuelle de Poitiers", "MAAF Santé",
             "Malakoff Humanis", "la Mutuelle des Pays Charentais", "Mutualia", "AG2R"]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
TYPOS = {"rendez-vous": "rendez vous", "appelle": "apelle", "rappeler": "rapeler", "message": "mesage",
         "séances": "scéances", "ordonnance": "ordonance", "mutuelle": "mutelle", "demande": "demmande",
         "bonjour": "bjr", "téléphone": "tél", "confirmer": "confimer", "pourra": "poura",
         "souhaite": "souhaitte", "prévenir": "prevenir", "domicile": "domicille"}


def ktext(text: str) -> str:
    return text.replace("_", " ")


def slot_text(rng: random.Random) -> str:
    """An appointment slot in March or early April 2029, as a secretary writes it."""
    while True:
        day = dt.date(2029, 3, 1) + dt.timedelta(days=rng.randint(0, 38))
        if day.weekday() < 6:
            break
    hour, minute = rng.choice([8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19]), rng.choice([0, 0, 15, 30, 45])
    hm_ = f"{hour}h" if minute == 0 else f"{hour}h{minute:02d}"
    wd = WEEKDAYS[day.weekday()]
    month = "mars" if day.month == 3 else "avril"
    return rng.choice([
        f"{wd} {day.day} {month} à {hm_}", f"{wd[:3]} {day.day:02d}/{day.month:02d} {hm_}",
        f"le {day.day}/{day.month:02d} à {hour}:{minute:02d}", f"{wd} {hm_}",
        f"{day.day:02d}/{day.month:02d}/2029 {hour:02d}:{minute:02d}", f"{wd} {day.day} à {hm_}",
    ])


def past_date(rng: random.Random) -> str:
    day = dt.date(2029, 3, 1) - dt.timedelta(days=rng.randint(0, 40))
    return rng.choice([f"{day.day:02d}/{day.month:02d}", f"{day.day}/{day.month:02d}/2029",
                       f"{day.day} {['janvier', 'février', 'mars'][day.month - 1]}"])


def nir_key(digits13: str) -> str:
    return f"{97 - int(digits13) % 97:02d}"


# ---------------------------------------------------------------------------------------------
# The writer of one note


class Writer:
    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.today = dt.date(2029, 3, rng.randint(1, 30))
        self.used: list[str] = []
        self.hard_pending = False
        self.hard_used = False

    # people
    def origin(self, *allowed: str) -> hm.Origin:
        names = list(allowed) or list(FACTS)
        return ORIGINS[self.rng.choices(names, [FACTS[n][0] for n in names])[0]]

    def person(self, origin: hm.Origin | None = None, sex: str | None = None,
               ages: tuple[int, int] = (20, 80), surname: str | None = None, kid: bool = False) -> hm.Person:
        rng = self.rng
        origin = origin or self.origin()
        sex = sex or rng.choice("fm")
        adults = origin.given_f if sex == "f" else origin.given_m
        pool = (KIDS.get((origin.name, sex)) if kid else None) or adults
        given = rng.choice(pool)
        days = rng.randint(int(ages[0] * 365.25), int(ages[1] * 365.25) + 360)
        return hm.Person(given, surname or rng.choice(origin.surnames), sex, origin,
                         self.today - dt.timedelta(days=days))

    def title(self, p: hm.Person) -> str:
        if p.origin.name == "gb" and self.rng.random() < 0.6:
            return "Mrs" if p.sex == "f" else "Mr"
        titles = ["Mme", "Mme", "Madame", "mme"] if p.sex == "f" else ["M.", "M.", "Monsieur", "Mr"]
        return self.rng.choice(titles)

    def name(self, p: hm.Person, form: str = "full") -> str:
        rng, g, s = self.rng, p.given, p.surname
        if self.hard_pending:
            self.hard_pending, self.hard_used = False, True
            form = rng.choice(["caps_comma", "init", "slip", "lower", "spelled", "caps_sur", "init_rev"])
        if form == "slip":
            slipped = hm.slip(s, rng)
            if slipped == s or name_words(slipped) & TAKEN:
                form = "caps_comma"
            else:
                return nom(f"{g} {slipped}") if rng.random() < 0.6 else nom(f"{slipped.upper()} {g}")
        if form == "spelled" and " " in s:
            form = "caps_sur"
        match form:
            case "full":
                return nom(f"{g} {s}")
            case "rev":
                return nom(f"{s} {g}")
            case "caps":
                return nom(f"{s.upper()} {g}")
            case "sur":
                return nom(s)
            case "given":
                return nom(g)
            case "caps_comma":
                return f"{nom(s.upper())}, {nom(g)}"
            case "init":
                return nom(f"{g[0]}. {s}")
            case "init_rev":
                return nom(f"{s.upper()} {g[0]}.")
            case "lower":
                return nom(f"{g.lower()} {s.lower()}")
            case "spelled":
                said = rng.choice(['épelé', 'ça s écrit', 'nom :'])
                return f"{nom(f'{g} {s}')} ({said} {nom('-'.join(s.upper()))})"
            case "caps_sur":
                return nom(s.upper())
        raise ValueError(form)

    def tn(self, p: hm.Person, form: str | None = None) -> str:
        """A title and a name: `Mme Chaigneau`, `M. Gérard Texier`."""
        form = form or self.rng.choice(["sur", "sur", "full", "caps_sur"])
        return f"{self.title(p)} {self.name(p, form)}"

    # numbers
    def tel(self, p: hm.Person | None = None, land: str = "") -> str:
        rng = self.rng
        o = p.origin.name if p else "fr"
        if o == "gb" and rng.random() < 0.5:
            tail = rng.randint(0, 999)
            return tag("TEL", rng.choice([f"+44 7700 900{tail:03d}", f"07700 900{tail:03d}",
                                          f"+447700900{tail:03d}"]))
        if o == "pt" and rng.random() < 0.35:
            d = [rng.randint(0, 9) for _ in range(6)]
            return tag("TEL", f"+351 9{rng.choice('1236')}{rng.randint(0, 9)} "
                              f"{d[0]}{d[1]}{d[2]} {d[3]}{d[4]}{d[5]}")
        if o == "ma" and rng.random() < 0.35:
            d = [f"{rng.randint(0, 99):02d}" for _ in range(4)]
            return tag("TEL", rng.choice([f"+212 6 {' '.join(d)}", f"00212 6{''.join(d)}"]))
        if land or rng.random() < 0.2:
            area = land or rng.choice(["05 49", "05 46", "05 45", "02 51"])
            first = [area[:2], area[3:]]
        else:
            first = [rng.choice(["06", "07", "06"]), f"{rng.randint(10, 99)}"]
        pairs = first + [f"{rng.randint(0, 99):02d}" for _ in range(3)]
        style = rng.randint(0, 9)
        if style < 5:
            text = " ".join(pairs)
        elif style < 7:
            text = ".".join(pairs)
        elif style < 8:
            text = "".join(pairs)
        elif style < 9:
            text = "-".join(pairs)
        else:
            text = "+33 " + pairs[0][1] + " " + " ".join(pairs[1:])
        return tag("TEL", text)

    def nir(self, p: hm.Person) -> str:
        rng = self.rng
        if p.origin.abroad and rng.random() < 0.85:
            dep, com = "99", p.origin.abroad
        else:
            dep, com = rng.choice(p.origin.departments or ("86",)), f"{rng.randint(1, 450):03d}"
        sex = "1" if p.sex == "m" else "2"
        body = f"{sex}{p.born.year % 100:02d}{p.born.month:02d}{dep}{com}{rng.randint(1, 999):03d}"
        key = nir_key(body)
        style = rng.randint(0, 3)
        if style == 0:
            text = body + key
        elif style == 1:
            text = f"{body} {key}"
        else:
            text = f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key}"
        return tag("NIR", text)

    def ddn(self, p: hm.Person) -> str:
        b, rng = p.born, self.rng
        months = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
                  "octobre", "novembre", "décembre"]
        return tag("DDN", rng.choice([
            f"{b.day:02d}/{b.month:02d}/{b.year}", f"{b.day}/{b.month}/{b.year % 100:02d}",
            f"{b.day:02d}.{b.month:02d}.{b.year}", f"{b.day} {months[b.month - 1]} {b.year}",
            f"{b.day:02d}-{b.month:02d}-{b.year}", f"{b.day:02d}/{b.month:02d}/{b.year}"]))

    def email(self, p: hm.Person) -> str:
        rng = self.rng
        g = hm.fold(p.given).replace(" ", "").replace("'", "")
        s = hm.fold(p.surname).replace(" ", "").replace("'", "").replace("-", "")
        local = rng.choice([f"{g}.{s}", f"{g[0]}.{s}", f"{s}.{g}", f"{g}{s}{rng.randint(1, 99)}",
                            f"{s}{g[0]}",                             f"{g}_{s}"])
        if p.origin.name == "gb":
            domain = rng.choice(["btinternet.com", "yahoo.co.uk", "gmail.com", "orange.fr"])
        else:
            domain = rng.choice(["orange.fr", "wanadoo.fr", "free.fr", "gmail.com", "laposte.net", "sfr.fr",
                                 "hotmail.fr", "outlook.fr"])
        return tag("EMAIL", f"{local}@{domain}")

    def addr(self, *areas: str) -> str:
        rng = self.rng
        cp, town = rng.choice(TOWNS[rng.choice(areas or tuple(TOWNS))])
        if rng.random() < 0.15:
            town = town.upper()
        if rng.random() < 0.28:
            place = ktext(rng.choice(LIEUX))
            return tag("ADRESSE", rng.choice([f"{place}, {cp} {town}", f"{place} {cp} {town}"]))
        num = f"{rng.randint(1, 120)}{rng.choice(['', '', '', '', ' bis', 'ter'])}"
        street = ktext(rng.choice(STREETS))
        extra = rng.choice(["", "", "", "", f" appt {rng.randint(1, 40)}", f" bât {rng.choice('ABCD')}"])
        return tag("ADRESSE", rng.choice([f"{num} {street}{extra}, {cp} {town}",
                                          f"{num} {street}{extra} {cp} {town}",
                                          f"{num}, {street}{extra} - {cp} {town}"]))

    def ident(self, kind: str) -> str:
        rng = self.rng
        n = rng.randint
        text = {
            "mut": rng.choice([f"{n(10**8, 10**9 - 1)}", f"{n(1000, 9999)} {n(1000, 9999)} {n(10, 99)}",
                               f"A{n(10**6, 10**7 - 1)}", f"{n(10**9, 10**10 - 1)}"]),
            "dos": rng.choice([f"2029-{n(100, 9999):04d}", f"D{n(10000, 99999)}", f"{n(100000, 999999)}",
                               f"KR-{n(1000, 9999)}"]),
            "resa": rng.choice([f"RDV-{self.code(6)}", f"{self.code(8)}", f"#{n(1000000, 9999999)}",
                                f"R{n(100, 999)}-{self.code(4)}"]),
            "at": rng.choice([f"{n(10, 99)} {n(1000, 9999)} {n(10000, 99999)}", f"AT{n(10**9, 10**10 - 1)}",
                              f"{n(10**11, 10**12 - 1)}"]),
            "lic": rng.choice([f"{n(1000000, 9999999)}", f"2029-86-{n(10000, 99999)}",
                               f"FF{n(100000, 999999)}"]),
            "inv": rng.choice([f"F2029-{n(100, 9999):04d}", f"FAC{n(10000, 99999)}",
                               f"2029/02/{n(100, 999)}"]),
            "ghic": f"{n(10000, 99999)} {n(10000, 99999)} {n(1000, 9999)}",
            "sej": rng.choice([f"{n(10**7, 10**8 - 1)}", f"S{n(100000, 999999)}",
                               f"IEP {n(10**8, 10**9 - 1)}"]),
        }[kind]
        return tag("ID", text)

    def code(self, length: int) -> str:
        return "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(length))

    # kept words
    def slot(self) -> str:
        return keep(hm.fresh_slot(slot_text, self.rng, self.used))

    def when(self) -> str:
        return keep(past_date(self.rng))

    def staff(self) -> str:
        return keep(self.rng.choice(STAFF_FORMS))

    def term(self, pool: list[str] = TERMS) -> str:
        return keep(ktext(self.rng.choice(pool)))

    def hosp(self) -> str:
        return keep(ktext(self.rng.choice(HOSPITALS)))

    def time(self) -> str:
        minutes = self.rng.choice(['00', '05', '12', '20', '34', '41', '50'])
        return keep(f"{self.rng.randint(8, 19)}h{minutes}")

    def opt(self, chance: float, text: str) -> str:
        return text if self.rng.random() < chance else ""

    def town(self, *areas: str) -> str:
        return self.rng.choice(TOWNS[self.rng.choice(areas or tuple(TOWNS))])[1]


# ---------------------------------------------------------------------------------------------
# Scenarios: each returns the note in the gold markup


def sc_move(w: Writer) -> str:
    p = w.person(ages=(18, 85))
    r = w.rng
    return r.choice([
        f"{w.tn(p)} a appelé pour décaler son rdv du {w.slot()} ({w.term()}) -> proposé {w.slot()} avec "
        f"{w.staff()}, ok. Tel : {w.tel(p)}",
        f"Appel {w.time()} : {w.name(p, 'full')} ne pourra pas venir {w.slot()}, souhaite un créneau en "
        f"fin de "
        f"journée. Rappeler au {w.tel(p)}{w.opt(0.4, ' (dossier ' + w.ident('dos') + ')')}.",
        f"{w.name(p, 'caps')} annule {w.slot()}, travail. redonner rdv semaine pro. {w.tel(p)}",
        f"Patient {w.name(p, 'rev')} demande si on peut avancer sa séance de {w.slot()} au matin. Dit que "
        f"{w.staff()} est d'accord. A confirmer par sms au {w.tel(p)}.",
        f"{w.tn(p)} confirme {w.slot()} et {w.slot()}. Rien d'autre.",
    ])


def sc_relative(w: Writer) -> str:
    r = w.rng
    p = w.person(w.origin("fr", "fr", "pt", "ma", "gb"), ages=(72, 96))
    shares = r.random() < 0.5
    kin, ksex = r.choice([("fille", "f"), ("fils", "m"), ("belle-fille", "f"), ("petite-fille", "f"),
                          ("petit-fils", "m"), ("nièce", "f"), ("gendre", "m")])
    same = shares or kin in ("fils", "petit-fils")
    rel = w.person(p.origin, ksex, (30, 65), surname=p.surname if same else None)
    return r.choice([
        f"Appel de {w.tn(rel, 'full')}, {kin} de {w.tn(p)} ({hm.age(p, w.today)} ans, {w.term()}). "
        f"Demande des "
        f"séances à domicile : {w.addr()}. {w.staff()} ok pour {w.slot()}. Joignable au {w.tel(rel)}.",
        f"La {kin} de {w.tn(p, 'full')} appelle : sortie du {w.hosp()} après {w.term()}, ordonnance de "
        f"{r.choice([10, 15, 20, 30])} séances à domicile. Adresse {w.addr()}. Code portail "
        f"2{r.randint(100, 999)}. "
        f"Contact : {w.name(rel, 'given')} {w.tel(rel)}".replace("La fils", "Le fils").replace(
            "La petit-fils", "Le petit-fils").replace("La gendre", "Le gendre"),
        f"{w.name(rel, 'full')} ({kin}) prévient que {w.name(p, 'given')} {w.name(p, 'sur')} est "
        f"hospitalisé(e) "
        f"au {w.hosp()} depuis le {w.when()}, annuler tous les rdv jusqu'à nouvel ordre. Rappellera. "
        f"{w.tel(rel)}",
        f"{kin} de {w.tn(p)} : veut savoir si {w.staff()} peut passer plus tôt le {w.slot()}, aide à "
        f"domicile "
        f"arrive à 9h. tel {w.tel(rel)} ou fixe de la maman "
        f"{w.tel(p, land=r.choice(['05 49', '05 46', '05 45']))}",
    ])


def sc_export(w: Writer) -> str:
    r = w.rng
    p = w.person(ages=(16, 88))
    if r.random() < 0.5:
        return (f"Export agenda — {w.slot()}\nPatient : {w.name(p, 'caps')}\nNé(e) le : {w.ddn(p)}\nTél : "
                f"{w.tel(p)}\nMotif : {w.term()}\nRéf. résa : {w.ident('resa')}\nPraticien : {w.staff()}"
                f"{w.opt(0.3, chr(10) + 'NIR : ' + w.nir(p))}")
    return (f"{w.slot()};{nom(p.surname.upper())};{nom(p.given)};{w.tel(p)};{w.term()};"
            f"{w.ident('resa')};{w.staff()}{w.opt(0.4, ';' + w.email(p))}")


def sc_sms(w: Writer) -> str:
    r = w.rng
    p = w.person(ages=(18, 75))
    return r.choice([
        f"SMS transféré du {w.tel(p)} : « bonjour c {w.name(p, 'given')} {w.name(p, 'sur')} je serai en "
        f"retard "
        f"de 10 min pour {w.slot()} dsl »",
        f"Fwd SMS {w.time()} de {w.tel(p)}: Bjr, {w.name(p, 'full')} ne viendra pas ce matin, fièvre. "
        f"Merci de "
        f"prévenir {w.staff()}.",
        f"sms reçu {w.tel(p)} -> « Bonsoir c'est pour confirmer {w.slot()} pour {w.name(p, 'full')}, ma "
        f"carte "
        f"vitale est à jour. Cdt »",
        f"SMS : « jai perdu le papier avec mon rdv, c'était quand ?? {w.name(p, 'given')} » numéro "
        f"{w.tel(p)} -> "
        f"c'est {w.tn(p, 'sur')}, rdv {w.slot()}, répondu.",
    ])


def sc_mail(w: Writer) -> str:
    r = w.rng
    p = w.person(ages=(20, 80))
    return r.choice([
        f"Mail de {w.email(p)} transféré : « Bonjour, je suis {w.name(p, 'full')}, {hm.age(p, w.today)} "
        f"ans, j'ai "
        f"une ordonnance pour {w.term()}, je souhaiterais commencer au plus vite. Je suis dispo le matin. "
        f"Cordialement.{w.opt(0.5, ' ' + w.tel(p))} »",
        f"De : {w.email(p)}\nObjet : annulation\nBonjour, je dois annuler {w.slot()} (garde d'enfant). "
        f"{w.name(p, 'full')}{w.opt(0.4, chr(10) + 'Né le ' + w.ddn(p))}",
        f"mail reçu ce jour de {w.name(p, 'rev')} ({w.email(p)}) avec ordonnance scannée : {w.term()}, 12 "
        f"séances. "
        f"Pas de n° de sécu sur la pièce jointe, lui redemander.",
    ])


def sc_newfile(w: Writer) -> str:
    r = w.rng
    p = w.person(ages=(18, 90))
    mut = r.choice(MUTUELLES)
    lines = [f"Nouveau patient — {w.name(p, 'caps')}", f"DDN {w.ddn(p)} — NIR {w.nir(p)}"]
    if r.random() < 0.8:
        lines.append(f"Adresse : {w.addr()}")
    lines.append(f"Tél {w.tel(p)}{w.opt(0.5, ' / mail ' + w.email(p))}")
    if r.random() < 0.7:
        lines.append(f"Mutuelle {mut} n° adhérent {w.ident('mut')}")
    sessions = r.choice([10, 12, 15, 20, 30])
    lines.append(f"Ordonnance : {sessions} séances, {w.term()}, 1er rdv {w.slot()} avec "
                 f"{w.staff()}")
    sep = r.choice(["\n", " | ", " ; "])
    return sep.join(lines)


def sc_mutuelle(w: Writer) -> str:
    r = w.rng
    p = w.person(ages=(20, 85))
    mut = r.choice(MUTUELLES)
    return r.choice([
        f"Tiers payant refusé pour {w.tn(p)} (NIR {w.nir(p)}) : {mut} demande le n° d'adhérent, le patient a "
        f"donné {w.ident('mut')}, ça ne passe pas. Rappeler {w.tel(p)}.",
        f"{mut} a appelé au sujet du dossier {w.ident('dos')} de {w.name(p, 'full')}, rejet de la facture "
        f"{w.ident('inv')}. Voir avec {w.staff()}.",
        f"{w.name(p, 'caps')} a changé de mutuelle au 1er mars : {mut}, n° {w.ident('mut')}. Mettre à "
        f"jour la "
        f"fiche.{w.opt(0.4, ' Carte vitale : ' + w.nir(p))}",
    ])


JOBS = [
    ("ostréiculteur à Bourcefranc", "iles"), ("ostréicultrice au Château-d'Oléron", "iles"),
    ("marin-pêcheur à La Cotinière", "iles"), ("pêcheur aux Sables", "vendee"),
    ("tonnelier dans une tonnellerie de Cognac", "charente"),
    ("caviste dans une maison de cognac à Jarnac", "charente"),
    ("ouvrier à la laiterie de Surgères", "aunis"), ("employé de la coopérative laitière d'Échiré", "niort"),
    ("ouvrier de chai à Segonzac", "charente"), ("saisonnier au maraîchage près de Luçon", "vendee"),
    ("mytiliculteur à Charron", "aunis"), ("saunier à Ars-en-Ré", "iles"),
]


def sc_at(w: Writer) -> str:
    r = w.rng
    job, area = r.choice(JOBS)
    p = w.person(w.origin("fr", "fr", "fr", "pt", "ma"), ages=(19, 62))
    return r.choice([
        f"AT du {w.when()} : {w.tn(p, 'full')}, {job}, {w.term(WORK_TERMS)}. N° AT {w.ident('at')}. "
        f"NIR {w.nir(p)}. Feuille d'accident reçue, {r.choice([10, 15, 20])} séances. Tel {w.tel(p)}",
        f"{w.name(p, 'caps')} - {job} - accident du travail ({w.term(WORK_TERMS)}), feuille AT n° "
        f"{w.ident('at')}, pas d'avance de frais. 1ère séance {w.slot()} avec {w.staff()}."
        f"{w.opt(0.5, ' Habite ' + w.addr(area))}",
        f"l'employeur ({job.split(' à ')[-1]}) appelle pour {w.tn(p)}, arrêt suite AT, veut savoir quand "
        f"il peut "
        f"reprendre : on ne donne pas d'info, on lui a dit de voir avec le patient. patient joignable "
        f"{w.tel(p)}",
    ])


def sc_british(w: Writer) -> str:
    r = w.rng
    gb = ORIGINS["gb"]
    wife = w.person(gb, "f", (62, 84))
    husband = w.person(gb, "m", (64, 88), surname=wife.surname)
    p, other = (husband, wife) if r.random() < 0.5 else (wife, husband)
    noun = "mari" if p.sex == "m" else "femme"
    return r.choice([
        f"{w.tn(other)} ({'anglaise' if other.sex == 'f' else 'anglais'}, parle un peu français) appelle "
        f"pour "
        f"son {noun} {w.name(p, 'given')} : "
        f"{w.term()} après une chute dans le jardin. Ils habitent {w.addr('charente')}. Tel {w.tel(other)}. "
        f"Préfère l'anglais -> {w.staff()}.".replace("son femme", "sa femme"),
        f"Email from {w.email(p)}: \"Hello, this is {w.name(p, 'full')}, the pharmacy in "
        f"{w.town('charente')} gave me your number. I need physio for my knee after my operation at "
        f"{w.hosp()}. I have the French prescription.\" -> proposé {w.slot()}, répondu en anglais.",
        f"{w.tn(p, 'full')}, retraité(e) britannique, carte vitale pas encore reçue, donne sa carte GHIC n° "
        f"{w.ident('ghic')}. Adresse {w.addr('charente', 'charente', 'niort')}. {w.tel(p)}",
        f"msg en anglais de {w.name(other, 'full')} : {w.name(p, 'given')} ne peut pas venir {w.slot()}, "
        f"\"his back is bad again\". call back {w.tel(other)}",
    ])


def sc_voyage(w: Writer) -> str:
    r = w.rng
    voy = ORIGINS["voy"]
    mother = w.person(voy, "f", (22, 42))
    kid = w.person(voy, ages=(2, 14), surname=mother.surname, kid=True)
    dad = w.person(voy, "m", (24, 46), surname=mother.surname)
    town = w.town("vienne", "niort", "aunis", "charente", "vendee")
    son = "son fils" if kid.sex == "m" else "sa fille"
    return r.choice([
        f"{w.tn(mother)} (gens du voyage, aire d'accueil de {town}) pour {son} {w.name(kid, 'given')} "
        f"{hm.age(kid, w.today)} ans, {w.term(KID_TERMS)}. Pas d'adresse postale, courrier via le CCAS. "
        f"Tel du "
        f"mari {w.name(dad, 'given')} : {w.tel(dad)}. Restent sur {town} jusqu'à fin avril.",
        f"famille {w.name(mother, 'sur')} sur l'aire d'accueil, la maman {w.name(mother, 'given')} rappelle "
        f"pour {w.name(kid, 'given')} (né le {w.ddn(kid)}), séances le mercredi si possible. {w.tel(mother)}",
        f"{w.name(dad, 'full')} appelle, ils repartent sur la route {w.slot()}, demande si on peut faire "
        f"2 séances "
        f"cette semaine pour sa femme {w.name(mother, 'given')} ({w.term()}). Portable {w.tel(dad)}",
    ])


def sc_farm(w: Writer) -> str:
    r = w.rng
    p = w.person(w.origin("ma", "pt"), "m", (20, 55))
    cousin = w.person(p.origin, "m", (25, 55), surname=p.surname if r.random() < 0.5 else None)
    lang = "arabe" if p.origin.name == "ma" else "portugais"
    return r.choice([
        f"Le chef d'équipe de l'exploitation (maraîchage, {w.town('vendee', 'aunis', 'niort')}) appelle pour "
        f"{w.tn(p, 'full')} (saisonnier, parle {lang}), {w.term(WORK_TERMS)}. NIR {w.nir(p)}. Interprète : "
        f"son cousin {w.name(cousin, 'full')} {w.tel(cousin)}.",
        f"{w.name(p, 'rev')}, ouvrier agricole, vient avec son collègue qui traduit. {w.term(WORK_TERMS)}. "
        f"{w.opt(0.6, 'DDN ' + w.ddn(p) + '. ')}Tel {w.tel(p)}. Rdv {w.slot()}.",
        f"M. {w.name(p, 'caps_sur')} {w.name(p, 'given')} : pas de mutuelle, CSS en cours. Logé chez "
        f"{w.name(cousin, 'full')}, {w.addr('vendee', 'aunis', 'charente')}. {w.tel(p)}",
    ])


def sc_student(w: Writer) -> str:
    r = w.rng
    p = w.person(w.origin("fr", "fr", "sn", "ma", "pt"), ages=(18, 24))
    g = hm.fold(p.given).replace(" ", "")
    s = hm.fold(p.surname).replace(" ", "").replace("-", "")
    mail = tag("EMAIL", f"{g}.{s}@etu.univ-poitiers.fr")
    sport = r.choice(["au rugby", "au handball", "au basket", "en course à pied", "au foot", "au volley"])
    return r.choice([
        f"{w.name(p, 'full')}, étudiant(e) en {r.choice(['STAPS', 'droit', 'IUT GEA', 'licence de bio'])} à "
        f"Poitiers, "
        f"{w.term(['entorse_de_cheville', 'entorse_du_genou', 'ligamentoplastie_du_LCA', 'lumbago'])} "
        f"{sport}. Licence n° {w.ident('lic')}. Mail {mail}. Dispo que le jeudi aprem : {w.slot()}.",
        f"étudiante/étudiant {w.name(p, 'lower')} veut un certif de reprise pour le club, {w.term()}. "
        f"{w.tel(p)}",
        f"{w.name(p, 'caps')} - licencié(e) {w.ident('lic')} - {w.term()} {sport} - {w.tel(p)} - {mail}",
    ])


def sc_baby(w: Writer) -> str:
    r = w.rng
    mum = w.person(w.origin("fr", "fr", "fr", "ma", "pt", "voy"), "f", (22, 40))
    baby = w.person(mum.origin, ages=(0, 0), surname=mum.surname if r.random() < 0.7 else None, kid=True)
    baby.born = w.today - dt.timedelta(days=r.randint(30, 330))
    months = max(1, (w.today - baby.born).days // 30)
    return r.choice([
        f"Maman de {w.name(baby, 'given')} ({months} mois, né(e) le {w.ddn(baby)}) : "
        f"{w.term(BABY_TERMS)}, kiné "
        f"respi demandée en urgence par le pédiatre. {w.staff()} peut le/la prendre {w.slot()}. Mère : "
        f"{w.name(mum, 'full')} {w.tel(mum)}",
        f"{w.tn(mum)} pour son bébé {w.name(baby, 'full')} {months} mois, {w.term(BABY_TERMS)}. Ordonnance "
        f"du {w.when()}. Garde du samedi avec {w.staff()} ? Tel {w.tel(mum)}",
        f"URGENT bronchiolite : {w.name(baby, 'caps')}, DDN {w.ddn(baby)}, rappeler la maman au {w.tel(mum)}",
    ])


def sc_child(w: Writer) -> str:
    r = w.rng
    parent = w.person(w.origin("fr", "fr", "fr", "ma", "pt", "sn"), ages=(30, 50))
    same = r.random() < 0.8
    kid = w.person(parent.origin, ages=(5, 15), surname=parent.surname if same else None, kid=True)
    who = "son fils" if kid.sex == "m" else "sa fille"
    return r.choice([
        f"{w.tn(parent)} appelle pour {who} {w.name(kid, 'given')} ({hm.age(kid, w.today)} ans), "
        f"{w.term(KID_TERMS)}. Ordonnance du médecin traitant. Après l'école : {w.slot()}. DDN {w.ddn(kid)}.",
        f"Enfant {w.name(kid, 'caps')} né(e) le {w.ddn(kid)} — parent : {w.name(parent, 'full')} "
        f"{w.tel(parent)} — {w.term(KID_TERMS)} — préfère le mercredi.",
        f"le papa/la maman de {w.name(kid, 'full')} demande si les séances peuvent se faire pendant les "
        f"vacances "
        f"scolaires. {w.tel(parent)}{w.opt(0.4, ' ' + w.email(parent))}",
    ])


def sc_coast(w: Writer) -> str:
    r = w.rng
    p = w.person(w.origin("fr", "fr", "gb"), ages=(70, 95))
    nb = w.person(ORIGINS["fr"], ages=(50, 80))
    rel = w.person(p.origin, ages=(40, 65), surname=p.surname)
    town = w.town("iles", "iles", "aunis", "vendee")
    return r.choice([
        f"La voisine ({w.tn(nb, 'full')}) appelle pour {w.tn(p)} {hm.age(p, w.today)} ans à {town} : chute, "
        f"{w.term()}, ne peut pas se déplacer, séances à domicile ? {w.addr('iles', 'vendee')}. Fils à "
        f"Bordeaux : {w.name(rel, 'full')} {w.tel(rel)}",
        f"{w.tn(p, 'full')} ({town}) : reprise de la "
        f"{w.term(['prévention_des_chutes', 'rééducation_à_la_marche'])} "
        f"à domicile, {w.staff()} passe {w.slot()}. Clé chez le voisin {w.name(nb, 'sur')}. "
        f"{w.tel(p, land='05 46')}",
        f"voisin {w.name(nb, 'full')} a trouvé {w.name(p, 'given')} {w.name(p, 'sur')} par terre ce matin, "
        f"hospitalisé(e) au {w.hosp()}, annuler les séances. Pas de famille sur place, la fille c'est "
        f"{w.name(rel, 'given')} {w.tel(rel)}",
    ])


def sc_voicemail(w: Writer) -> str:
    r = w.rng
    p = w.person(ages=(60, 92))
    rel = w.person(p.origin, ages=(35, 65), surname=p.surname if r.random() < 0.5 else None)
    parent, she, sick = (("ma mère", "elle", "hospitalisée") if p.sex == "f"
                         else ("mon père", "il", "hospitalisé"))
    return r.choice([
        f"messagerie {w.time()} oui bonjour c'est {w.name(rel, 'lower')} pour {parent} {w.name(p, 'lower')} "
        f"qui a rendez vous {w.slot()} avec {w.staff()} {she} pourra pas venir {she} est {sick} au "
        f"{w.hosp()} rappelez moi au {w.tel(rel)} merci",
        f"répondeur : {w.name(p, 'given')} euh {w.name(p, 'sur')} je sais plus à quelle heure c'est demain "
        f"rappelez moi {w.tel(p)} au revoir",
        f"msg vocal peu audible, un(e) {w.name(p, 'sur')} ou approchant, rappeler le {w.tel(p)}",
    ])


def sc_callbacks(w: Writer) -> str:
    r = w.rng
    a, b, c = (w.person(ages=(18, 90)) for _ in range(3))
    items = [f"- {w.tn(a, 'full')} {w.tel(a)} (décaler {w.slot()})",
             f"- {w.name(b, 'caps')} {w.tel(b)} : ordonnance à renouveler",
             f"- {w.name(c, 'full')} : dossier {w.ident('dos')} incomplet, manque la mutuelle"]
    head = r.choice(["À rappeler :\n", "A RAPPELER\n", "rappels du jour "])
    return head + "\n".join(items[: r.choice([2, 3])])


def sc_carer(w: Writer) -> str:
    r = w.rng
    p = w.person(ages=(75, 95))
    carer = w.person(w.origin("fr", "fr", "ma", "pt", "sn"), "f", (25, 60))
    return r.choice([
        f"L'aide à domicile de {w.tn(p)} ({w.name(carer, 'full')}, ADMR) prévient que "
        f"{w.name(p, 'given')} ne "
        f"sera pas là {w.slot()}, rdv médical. Son portable : {w.tel(carer)}",
        f"auxiliaire de vie {w.name(carer, 'given')} {w.name(carer, 'sur')} appelle de chez "
        f"{w.tn(p, 'full')}, "
        f"{w.addr()}, la porte sera ouverte pour {w.staff()} {w.slot()}.",
    ])


def sc_invoice(w: Writer) -> str:
    r = w.rng
    p = w.person(ages=(25, 85))
    return r.choice([
        f"{w.tn(p)} conteste la facture n° {w.ident('inv')} de février, dit avoir payé par chèque. Voir avec "
        f"{w.staff()}. {w.tel(p)}",
        f"Demande d'attestation de paiement pour les impôts : {w.name(p, 'full')}, {w.email(p)}",
        f"Facture {w.ident('inv')} ({w.name(p, 'rev')}) renvoyée par la poste, adresse fausse. Nouvelle "
        f"adresse "
        f"donnée : {w.addr()}",
    ])


def sc_hospital(w: Writer) -> str:
    r = w.rng
    p = w.person(ages=(40, 92))
    rel = w.person(p.origin, ages=(35, 70), surname=p.surname if r.random() < 0.6 else None)
    return r.choice([
        f"Fax du service d'orthopédie du {w.hosp()} : {w.name(p, 'caps')} né(e) le {w.ddn(p)}, {w.term()} le "
        f"{w.when()}, sortie prévue {w.slot()}, demande de prise en charge kiné. N° séjour {w.ident('sej')}. "
        f"{w.opt(0.5, 'NIR ' + w.nir(p) + '. ')}Contact famille : {w.name(rel, 'full')} {w.tel(rel)}",
        f"Mail de l'assistante sociale du {w.hosp()} pour {w.tn(p, 'full')} (séjour n° {w.ident('sej')}), "
        f"retour à domicile {w.addr()}, kiné 3x/semaine.",
    ])


def sc_maiden(w: Writer) -> str:
    """An old woman known by her married and her maiden names: a harder form of its own."""
    r = w.rng
    p = w.person(ORIGINS["fr"], "f", (70, 95))
    maiden = r.choice([s for s in ORIGINS["fr"].surnames if s != p.surname])
    w.hard_pending, w.hard_used = False, True
    return r.choice([
        f"Mme {nom(p.surname)} née {nom(maiden)}, {nom(p.given)}, DDN {w.ddn(p)}, {w.term()} -> {w.slot()}",
        f"{nom(p.surname.upper())} épouse ... non, {nom(maiden.upper())} épouse {nom(p.surname.upper())} "
        f"{nom(p.given)} (carte vitale à son nom de jeune fille) NIR {w.nir(p)}",
    ])


BARE = [
    "{staff} en formation {slot}, décaler ses rdv de l'après-midi.",
    "Appel fournisseur pour les bandes de strapping, rappeler en fin de semaine.",
    "une dame a appelé pour savoir si on prend les nourrissons pour la {baby}, n'a pas laissé de nom. oui le "
    "samedi matin avec {staff}.",
    "La mutuelle a appelé au sujet d'un rejet de tiers payant sans préciser le dossier, rappellera.",
    "Coupure internet au cabinet de Rochefort {slot}, prévenir {staff}.",
    "Rappel : cabinet fermé le lundi de Pâques {slot2}.",
    "numéro masqué, a raccroché avant de donner son nom. 2 fois ce matin.",
    "{staff} demande qu'on ne mette plus de {term} le vendredi après 17h.",
    "Pharmacie de Marans demande si on fait du {term}, oui, donner le numéro du cabinet.",
    "{staff} malade {slot}, tous ses patients à prévenir (liste sur l'agenda).",
    "Livraison de la table électrique prévue {slot}, quelqu'un doit être là.",
    "Un patient a oublié son parapluie bleu en salle d'attente.",
    "Appel d'un monsieur pour un tarif de séance de {term} sans ordonnance : dépassement, renvoyé vers le "
    "médecin traitant.",
    "Le club de rugby voudrait une convention pour les jeunes, {staff} rappellera le président.",
    "Stagiaire de l'IFMK de Poitiers arrive {slot}, prévoir une blouse.",
    "Plus de créneaux {slot} ni {slot2}, liste d'attente ouverte.",
]


def sc_bare(w: Writer) -> str:
    text = w.rng.choice(BARE)
    return text.format(staff=w.staff(), slot=w.slot(), slot2=w.slot(), baby=w.term(BABY_TERMS), term=w.term())


SCENARIOS = [(sc_move, 12), (sc_relative, 10), (sc_export, 8), (sc_sms, 8), (sc_mail, 6), (sc_newfile, 8),
             (sc_mutuelle, 6), (sc_at, 8), (sc_british, 7), (sc_voyage, 5), (sc_farm, 6), (sc_student, 5),
             (sc_baby, 6), (sc_child, 6), (sc_coast, 7), (sc_voicemail, 5), (sc_callbacks, 4), (sc_carer, 4),
             (sc_invoice, 4), (sc_hospital, 5), (sc_maiden, 2)]
BARE_SHARE = 0.09

# ---------------------------------------------------------------------------------------------
# Notes


FLAGS: list[set[str]] = []
RETRIES = [0]


def restyle(fragments: hm.Fragments, rng: random.Random, flags: set[str]) -> hm.Fragments:
    roll = rng.random()
    if roll < 0.13:
        flags.add("lower-case note")
        fragments = [(t.lower(), k) for t, k in fragments]
    elif roll < 0.16:
        flags.add("capitals")
        fragments = [(t.upper(), k) for t, k in fragments]
    if rng.random() < 0.3:
        typos = list(TYPOS.items())
        rng.shuffle(typos)
        for good, bad in typos:
            hit = next((i for i, (t, k) in enumerate(fragments) if k is None and good in t), None)
            if hit is not None:
                text = fragments[hit][0]
                fragments[hit] = (text.replace(good, bad, 1), None)
                flags.add("typo")
                break
    return fragments


def good(rec: dict) -> bool:
    try:
        hm.check_unlabelled(rec, name_words)
        hm.check_no_staff(rec, name_words)
    except AssertionError:
        return False
    return not hm.reused_words(rec, name_words, TAKEN)


def make_note(rng: random.Random) -> hm.Fragments:
    while True:
        w = Writer(rng)
        flags: set[str] = set()
        if rng.random() < BARE_SHARE:
            markup, flags = sc_bare(w), {"no identifier"}
        else:
            w.hard_pending = rng.random() < 0.16
            scenario = rng.choices([s for s, _ in SCENARIOS], [n for _, n in SCENARIOS])[0]
            markup = scenario(w)
            flags.add(scenario.__name__[3:])
            if w.hard_used:
                flags.add("harder name form")
        fragments = hm.join_names(restyle(hm.parse(markup), rng, flags))
        if good(hm.record("check", fragments)):
            FLAGS.append(flags)
            return fragments
        RETRIES[0] += 1


def check(rec: dict) -> None:
    hm.check_unlabelled(rec, name_words)
    hm.check_no_staff(rec, name_words)


def main() -> None:
    records = hm.write(OUT, PREFIX, NOTES, SEED, make_note, check,
                       lambda rs: hm.check_blind_set(rs, NOTES, name_words, TAKEN, 0.25, (0.08, 0.15)))
    hard = sum("harder name form" in f for f in FLAGS)
    print(f"pool names: {POOL_SIZE}, kept after refusing earlier sets' words: {POOL_KEPT}; "
          f"notes redrawn: {RETRIES[0]}; notes keeping a staff name: {hm.staff_kept(records)}")
    hm.report(records, OUT, FLAGS, hard)


if __name__ == "__main__":
    main()
