"""Write `deid_heldout9.jsonl`: a ninth held-out set for the de-identifier.

Written 2026-11-28 by a helper session asked for a blind set. Neither the engine, its word lists nor
its tests were opened, and the de-identifier was not run on these notes; the earlier sets were read
by program only (heldout_markup.earlier_name_tokens), to refuse any name they already hold, so every
name of a patient or a relative here is new to the engine. 300 call notes from an ordinary fortnight
(30 November - 12 December 2026) at a cabinet de kinésithérapie in Strasbourg: Alsatian families
and the whole of France today, secretaries typing fast (rdv, tel, ddn, pec, ordo, mut.),
answering-machine transcripts, online-booking exports, home visits, relatives and carers calling,
prescriptions, billing and the régime local, papers for children's schools and clubs. Mostly plain
forms (a title and a surname, a given name and a surname); about one note in seven has a harder
but ordinary one (a name in lower case, a surname alone at the start or after a verb, a relative called
by the given name only, a surname that is a French word, particles, hyphens, apostrophes).
Same markup and labelling as heldout4-8 (see heldout_markup.py): patients, relatives and carers are
NOM, the practice's staff (deid_staff.json), appointment slots, clinical words and urgency words
are kept.

Standard library only. Run: cd tests/data && ../../.venv/bin/python make_deid_heldout9.py (fixed seed)
"""

from __future__ import annotations

import datetime as dt
import random
import re

import heldout_markup as markup
from heldout_markup import Cast, Fragments, Origin, Person, fold, keep, kept, nom, tag

OUT = markup.HERE / "deid_heldout9.jsonl"
NOTES, SEED, PREFIX = 300, 2026_11_28_9, "v"
# The hard cases were checked too when this set was written; they have since taken cases from it.
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 9)))
TODAY = dt.date(2026, 12, 1)

# ---------------------------------------------------------------------------------------------
# Names: one row per origin and pool (f, m given names; s surnames; kf, km children's given names).
# An underscore joins the words of one name. Checked against the earlier sets and the staff.

POOL_TABLE = """
alsace f: Germaine Astrid Céline Ottilie Liselotte Annelise Suzanne Elfriede Laura Denise Madeleine Yvette
    Albertine Elisabeth Gretel Hedwige Hildegarde Rosemarie Heidi Ilse Trudi Frida Gerda Erika
    Ursula Inge Lina Ida Lisa Clara Greta Wilhelmine Walburge Adelheid Stéphanie Morgane Typhaine
    Octavie Augusta Mathurine Sabrina Amélie Pénélope Annette Mariette Hannelore Lieselotte
alsace m: Materne Xavier Joseph Erwin Arsène Alfred Romain Célestin Lucien Gunther Siegfried Egon Helmut
    Manfred Werner Lothar Oswald Médard Pius Florentin Emeric Edmond Serge Steve Victorien Ambroise
    Aloïs Eckhart Ottmar Ruprecht Wendelin Fridolin Arbogast Sosthène Gaston Cyprien Gonzague
alsace s: Schaller Wetzel Bronner Hummel Ritzenthaler Obrecht Spiess Trautmann Scheer Zimmermann Kientz
    Ostermann Geiger Lutz Haegel Schweitzer Stoeckel Fritsch Jaeg Rohmer Jost Hubscher Metzger
    Uhlmann Wolfarth Grussenmeyer Schwoerer Sittler Kuntz Bieber Frey Gerber Baumann Wurtz Dietrich
    Hickel Reibel Ertz Ringeisen Eschbach Ackermann Sutter Spitz Herrmann Hamm Bader Hertrich
    Wiedemann Ohlmann Kuhn Gangloff Steinmetz Blaess Ruhlmann Oberle Fuchs Burckel Lienhard
    Nonnenmacher Ebersold Haenel Rieffel Stahl Maurer Jaegle Kauffmann Striebig Scheidecker Meyblum
    Bohn Walch Engel Dreyer Luttringer Wahl Schnell Kremer Riehl Schoettel Zimmer Knecht Kirchhoffer
    Munch Heckel Vogt Goetz Pfister Hertz Rapp Hauss Hoeffel Schott Roth Walter Kocher Holtzmann
    Kleinclaus Lichtle Mathern Zeyer Oesterle Bapst Gross Ott Strub Riff Hoff Brucker Birgel
    Gerhardt Siegrist Lobstein Koenig Muckensturm Gillig Jehl Kittler Wolff Dossmann Hanauer Fix
    Lang Kern Wirth Burger Rieger Weiss Diebolt Diemer Erb Specht Stoltz Sieffert Schwartz Neff
    Herzog Ehret Zorn Baltzer Hurstel Doerflinger Finck Humbert Scheibel Kapp Rinckel Uhrig Wolfrom
    Hammerer Hemmerlé Voegel Weisbecker Eckert Kah Sengel Haas Karcher Schoenenberger Hahn Eberhardt
    Dollinger Kleiber Schill Ritleng Dinkel Boehler Mosser Greiner Grimm Heinrich Zenner Keller
    Baldenweck Bilger Schirrer Staub Grosskost Lehmann Mischler Hoog Wernert Bischoff Eckly
    Gutknecht Scheffler Lux Rothgerber Schwebel Stutzmann Edel Matter Nuss Heintz Ulrich Pfeiffer
    Rinn Weinling Hugel Ostertag Furst Himmelspach Fahrlaender Kreutzer Bildstein Hagenmuller Kretz
    Kohler Brendel Blum Ruff Kuss Dettling Lorentz Sohn Boeglin Schwab Sigrist Gebhart Hirlemann
    Juncker Kientzler Leibenguth Meppiel Oberlin Rauscher Scherrer Schnitzler Thomann Umbdenstock
    Vonau Waechter Wittmann Zundel Zwickert Bauer Stoecklin Kieny Willmann Hatterer Heyd Jundt Koehl
    Lotz Mehl Nagel Reinbold Rohfritsch Schnepp Seiler Spehner Trendel Utzmann Wack Wendel Bastian
    Ruch Elles Eschlimann Friederich Gasser Goepp Haumesser Ihli Kastler Klipfel Ludwig Marzolf
    Mutschler Pflieger Reeb Schalck Siat Stoll Strohl Vetter Wantz Wolfer Zaegel
alsace kf: Garance Éléonore Maya Charlie Lana Billie Mia Thaïs Lila Ava Julia Nola Hanaé Luna Kiara Maïa
    Ella Alix Daphné Azilis Lorelei Oriana Zélia Ysé Philippa Elia Naïa Kaïna Amelia Hanna Elena
alsace km: Sacha Aaron Milo Timéo Jules Maël Ilian Lino Nino Noam Sohan Kylian Aron Loris Valentin Soan
    Naïm Rafaël Sasha Tao Timothé Ruben Hector Titouan Sévan Ilan Nohan
france f: Madeleine Yvette Gwenaëlle Emérence Enora Violaine Guillemette Gersende Vanina Domitille Solenn
    Morgane Laurène Loeiza Anaëlle Klervi Jordane Ludmilla Carla Ludovica Alix Aurélia Flora Paola
france m: Aloïs Médard Ambroise Emeric Edmond Gonzague Gwenaël Gildas Maël Titouan Arthus Cyprien Gatien
    Gratien Rodrigue Sosthène Johnny Gaston Mathurin Nicodème Sulpice Valéry Abel Jocelyn Lancelot
    Yohan Fabien
france s: Bouquet Vasseur Tessier Huet Ménard Boyer Thiébaut Colin Mangin Gérardin Thiriet Vautrin
    Chrétien Jacquot Poinsignon Claudel Hanriot Villaume Cuny Pierson Houillon Jeandel Demange
    Thouvenin Grosjean Febvre Bernardin Mougel Dieudonné Géhin Parisot Collignon Vuillaume Poirot
    Le_Meur Le_Corre Le_Page Le_Quéré de_la_Vergne de_Laforcade de_Montigny de_Vaublanc de_Kerhoas
    Van_Hove Van_der_Linden Delecroix Lefrançois Dupire Quintard Vilcoq Thévenot Pouzet Sarrazin
    Courtois Ribot Cazenave Labadie Fabregat Soulier Vignal Costes Gaubert Larrieu Barthe Estève
    Chapuis Coudert Vachon Duchêne Vigier Brochard Ravier Lafargue Subra Lavergne Chambon Grange
    Tardy Peyrard Mazet Delaunay Huguet Cochet Goujon Maillard Le_Hir Le_Bras Lebœuf Pain Beauchêne
    Chaudron Coquelin Fromentin Gaudin Laboureur Marteau Mercadier Pâris Rouillard Tribout D'Aubigny
    L'Hôte L'Huillier D'Haese
italy f: Nunzia Pasqualina Rosalba Donatella Patrizia Serena Silvana Tiziana Vincenza Agata Gaetana
    Immacolata
italy m: Vincenzo Carmelo Domenico Gaetano Gennaro Nicola Pasquale Rocco Silvio Umberto Fabrizio Gianni
    Massimo Renato Tonino Ugo Calogero Corrado Orazio
italy s: Ricci Mancini La_Rosa Lo_Bianco Dell'Aquila Fontana Barbieri Mariani Rizzo Serra Coppola
    De_Santis Sanna Fabbri Farina Messina Amato Ruggiero Parisi Grasso Ferri De_Angelis Di_Pietro
    La_Spina Lo_Cascio Iacono Musumeci Pappalardo Scuderi Tumminello Randazzo Sciortino D'Orazio
    D'Alessandro D'Ambrosio D'Agostino Dell'Oro D'Urso
italy kf: Alessia
italy km: Alessio Lorenzo Matteo Mattia
maghreb f: Samira Houria Leïla Malika Rachida Hanane Nabila Habiba Louisa Hafida Asma Sabah Loubna
    Chahrazed Sihem Khaoula Baya Taous Tassadit Zakia Yamna Touria Jamila Mounia Najat Bouchra Hasna
    Hind Laïla Rim Wahiba Fouzia Ghania Hassiba Kheira Nacera Ouiza Rahma Safia Tinhinane Zahia
    Zoulikha Chafia Djohra Fettouma Horria Messaouda Nadira Samia
maghreb m: Mourad Abdelkader Farid Hichem Lyes Yacine Samir Hakim Rédouane Abdelaziz Abderrahmane Aziz
    Driss Hamid Hocine Idir Kader Madjid Malik Messaoud Mokhtar Nabil Noureddine Omar Ramdane Salah
    Toufik Walid Yazid Younes Adel Aymen Amine Chakib Fayçal Ilyes Jalil Khaled Mehdi Mounir Nassim
    Othmane Soufiane Tarik Badr Hassan Ismaël Abdelhak Abdellatif Azzedine Bachir Djilali Elhadi
    Fethi Ghani Hacène Lahcen Miloud Mouloud Rabie Sofiane Tayeb Zoheir Lotfi Riad Chaïb Saad Hafid
maghreb s: Belkacem Zerrouki Benyahia Boukhari Tahiri Lahlou Oukaci Touati Ben_Salah Lounici Medjahed
    Ouchene Rezki Saidani Tazi Bouchareb Chikhi Daoudi Ghoul Hamouche Ikhlef Laouar Redjem Tlemçani
    Zemmouri Abbou Bekkouche Boussaïd Chabane Fellah Guerroudj Hachemi Kaddour Lamri Mahdjoub Naceri
    Oussedik Benabdallah Bennani Alaoui Berrada Chraibi Filali Guessous Kettani Lazrak Benjelloun
    Sqalli Tounsi Chebbi Hammami Zouari Ayari Dridi Khemiri Mabrouk Sassi Ferchichi Ben_Khalifa
    Boumaza Cheurfa Hamadouche Kebaili Meddour Rouabah Zeroual
maghreb kf: Assia Alya Aya Maryam Sirine Yasmine Hiba Rania Amira Malak Lyna Jannah Layana Meïssa
maghreb km: Yanis Zayn Ibrahim Ilyes Younes Adem Ismaïl Lyes Ayoub Imran Anas Idris Haroun Bilel
westafrica f: Aminata Mariam Awa Ramatoulaye Adama Ndeye Diénéba Fanta Kadidia Korotoum Néné Sokhna Astou
    Khady Dieynaba Penda Rokhaya Seynabou Affoué Akissi Amenan Ahou Rokia Tenin Nafissatou
    Habibatou Fatimata Oumy Coura Marème Adjara Fily Sali Ténimba Yaye Mbathio Ndella Massogui
westafrica m: Mamadou Ousmane Moussa Seydou Boubacar Abdoulaye Amadou Alassane Aliou Bakary Daouda Djibril
    Habib Karamoko Lassana Mady Malick Mamadi Momar Samba Sékou Sidiki Youssouf Yaya Kouadio Kouakou
    Drissa Siaka Tiémoko Zoumana Bassirou Ablaye Mouhamed Elhadji Saliou Ngagne Cheick Ladji Sory
    Assane Birame Doudou Falilou Gorgui Lansana Ngor Serigne Thierno Waly
westafrica s: Camara Sow Diop Keïta Sylla Fofana Sangaré Kanté Gueye Sarr Diakité Baldé Bamba Kouamé Sissoko
    Tounkara Magassa Wade Ndoye Kane Dieng Ndao Cissokho Sagna Diatta Mendy Sané Barry Bah Kaba
    Kourouma Condé Soumah Bangoura Sidibé Samaké Dicko Maïga Tangara Berthé Dagnogo Kamagaté Konan
    Assi Ehui Kra Amani Gnagne Yapi Tano Zadi Séri Ahoussou Adou Brou Kassi Mbengue Sakho Goudiaby
    Coly Manga Sambou Tendeng Diédhiou Bodian Fadiga Soukouna Tandia N'Doumbé N'Zi N'Gbesso N'Dah M'Bodj
    M'Baye N'Diongue N'Goma N'Doye M'Boup N'Guetta N'Sondé M'Bemba
westafrica kf: Kadidja Binta Nafi Ramata Aya
westafrica km: Mamadou Bakary Ibrahim
portugal f: Rosa Conceição Graça Filomena Rosário Natália Paula Glória Amélia Luísa Margarida Fernanda
    Ermelinda Deolinda Madalena Lucinda Joana Cristina Vera Catarina Mafalda Leonor Beatriz Rita
    Tânia Liliana Marisa Cátia Vânia Diana Raquel Benedita Cidália Dulce Emília Florinda Gracinda
    Idalina Laurinda Noémia Odete Otília Palmira Rosalina Zulmira Armanda Belmira Custódia
portugal m: Manuel Fernando Armando Jorge Domingos Adelino Albino Abílio Agostinho Alcino Arménio Artur
    Bento Carlos Custódio Delfim Diamantino Duarte Eduardo Fausto Filipe Gonçalo Hélder Henrique
    Horácio Jaime Juvenal Leonel Mário Miguel Orlando Ricardo Rogério Valdemar Zeferino Amândio
    Aurélio Belmiro Casimiro Ilídio Lucínio Porfírio
portugal s: Gonçalves Fernandes Teixeira Carvalho Mendes Ribeiro Moreira Batista Coelho Amaral Cunha Rebelo
    Sequeira Machado Barbosa Caldeira Campos Castro Dias Esteves Freitas Guerreiro Henriques
    Loureiro Miranda Nunes Pacheco Peixoto Salgado Soares Valente Veloso Louro Meireles Frazão
    Bettencourt Quaresma Serrão Vaz Lobo Portela Calado Abreu Barros Borges Brito Cabral Couto
    Cerqueira Domingues Falcão Gouveia Jardim Lacerda Medeiros Mota Paiva Queirós Sampaio Sardinha
    Taveira
portugal kf: Matilde Carolina Lara Mariana
portugal km: Diogo Rodrigo Afonso Martim Duarte Tomás Santiago
turkey f: Ayşe Fatma Emine Hatice Elif Sevim Hülya Meltem Selin Derya Nurcan Songül Aynur Bahar Canan
    Dilek Ebru Gönül Hacer Hande Kübra Leyla Melek Merve Nazlı Nermin Pınar Rukiye Saadet Sibel
    Şerife Tülay Ümran Yeter Zehra Zuhal Aysel Büşra Cansu Dilan Eda Gamze Hilal İpek Nilüfer Sultan
    Tuğba Şükran Havva Fadime Gülizar Hayriye Medine Necla Saniye Sevgi Şenay Türkan
turkey m: Mustafa Ahmet Hasan İbrahim Kemal Osman Ramazan Serkan Emre Burak Yusuf Erdal Cemal Adnan Bayram
    Cengiz Davut Fikret Gökhan Halil Hakan İsmail Kadir Levent Metin Necati Recep Sadık Tamer Ufuk
    Yakup Zafer Abdullah Bülent Cihan Dursun Engin Fatih Güven İlhan Kenan Mahmut Nihat Okan Rıza
    Selim Şükrü Taner Uğur Veysel Yücel Zeki Cumali Erol Hayati Mevlüt Nurettin Sabri Şaban Turgut
turkey s: Kaya Demir Şahin Çelik Yıldız Doğan Aslan Kara Kurt Özkan Şimşek Korkmaz Erdoğan Tekin Uçar
    Bulut Karataş Acar Akbulut Akgül Akın Atalay Avcı Aydemir Coşkun Duman Durmaz Ekinci Eren Ergün
    Gök Güler Gündoğdu Gürbüz Karaca Kaplan Kocabaş Köse Kuzu Önal Özer Sarı Savaş Sönmez Tatlı
    Topal Turan Tunç Uysal Ünal Yalçın Yazıcı Yurt Zengin Başaran Cömert Dinç Genç Kahraman Kalkan
    Kılınç Sezer Soylu Tuna Toprak Uzun Yüksel Akdağ Bayraktar Çakır Demirci Erdem Gedik Kocaman
    Özcan Tosun Yiğit
turkey kf: Defne Eylül Ecrin Asel Azra Ela Miray Nehir Ayla Duru Beren
turkey km: Selim Yusuf Emir Kerem Eymen Ömer Kaan Efe Alperen Berat Aras Mert Çınar Miraç Poyraz
easteu f: Katarzyna Irina Olena Natalia Svetlana Oksana Elena Lyudmila Marta Iryna Ekaterina Valentina
    Halina Wanda Ewa Joanna Dorota Renata Monika Justyna Aleksandra Magdalena Elżbieta Alina Florina
    Gabriela Georgeta Larisa Lavinia Luminița Mirela Ramona Simona Violeta Galina Nadejda Tamara
    Zinaïda Kateryna Halyna Lesya Mariya Nataliya Albana Blerta Drita Fatime Lirije Mimoza Shqipe
    Vjosa Zarema Madina Aminat Kheda Luiza Petya Radka Snezhana Desislava Milena Jelena Dragana
    Slavica Vesna Biljana
easteu m: Piotr Tomasz Ion Vasile Dmitri Sergueï Andriy Vladimir Bogdan Nikolaï Arben Besnik Ilir Adem
    Janusz Marek Paweł Stanisław Zbigniew Zdzisław Grzegorz Dariusz Mariusz Radosław Sławomir
    Tadeusz Lech Dorin Ionuț Marian Nicolae Tudor Viorel Anatoli Guennadi Oleg Pavel Valeri Viktor
    Yuri Maksym Taras Vitali Yaroslav Bekim Blerim Driton Fatmir Gëzim Ramadan Valon Ruslan Magomed
    Shamil Timur Zelimkhan Dragan Goran Milan Nenad Zoran Stojan Dimitar Georgi Hristo Plamen
easteu s: Zieliński Kamiński Kovalenko Shevchenko Petrov Smirnov Krasniqi Berisha Gashi Hoxha Morina
    Kelmendi Shala Bytyqi Rexhepi Hasani Ahmeti Wójcik Michalski Dudek Sikora Szymański Grabowski
    Pietrzak Adamczyk Sadowski Stępień Malinowski Sobczak Rutkowski Jasiński Ostrowski Lupu Dobre
    Barbu Tudose Neagu Preda Florea Oprea Dragomir Ilie Voicu Manea Gheorghiu Bălan Marinescu Lazăr
    Sandu Melnyk Kravchenko Boyko Oliynyk Koval Tkachuk Savchenko Rudenko Marchenko Moroz Pavlenko
    Sokolov Lebedev Novikov Fedorov Orlov Zaitsev Magomedov Umarov Jovanović
    Petrović Nikolić Marković Đorđević Stojanović Ilić Stanković Pavlović Dimitrov Georgiev
    Todorov Stoyanov
easteu kf: Viktoria Zoya Polina Maja Hanna
easteu km: Mikhail Oskar Filip Kacper Jakub Antoni Luka Ilya
asia f: Xiaoling Mei Sokha Chanthy Hanh Kim Bich Loan Hien Nga Oanh Tuyet Vy Quynh Xuan Jing Hui Ying
    Xiu Lili Sreymom Channary Malee Noy Kanya Souphaphone Huyen Lien Sreyneang Vanna Ratana Lijuan
    Meiling
asia m: Hung Wei Jian Sophal Vannak Bounmy Phong Khanh Thang Cuong Hieu Kien Tai Trung Hao Jun Ming Lei
    Yong Peng Chao Rithy Sovann Vuthy Samnang Khamla Somsak Bounthavy Phet Sanh Thongchai Huy Loc
    Viet Xiaobo Zhiwei Haiyang Bunthoeun Sokhom
asia s: Duong Chen Wang Wu Lin Sok Chea Sayavong Phan Tang Xu Sun Zhu Guo Luo Zheng Liang Xie Han Feng
    Dong Xiao Pan Yuan Deng Jiang Cai Chhun Heng Meas Ouk Prak Seng Thach Ung Yim Chanthavong
    Inthavong Keomany Phetsamone Souvannavong Vilaysack Xayavong
asia km: Duy Khoa
antilles f: Rosemonde Nicaise Régina Yolène Léonne Hermance Irma Judicaëlle Lindsay Shirley Stessy Cynthia
    Daphnée Guylaine Karen Ketty Manuella Myrtha Nella Thérésine Jessyca Laurita Maggy Paméla
antilles m: Serge Fred Harry Lucien Alex Georges Judes Lény Ruddy Willy Yvan Fabien Freddy Gary Mathias
    Nelson Ronald Roméo Sully Rodrigue Ferdy Josué Mérès Rony
antilles s: Bellance Lubin Alcindor Zébina Valérius Placide Pélage Laguerre Cadignan Démosthène Bazile
    Jeanville Bernier Boisdur Charlery Clairis Cornélie Daninthe Dorville Edmond-Mariette Jacoby
    Larose Mérine Nestoret Nicolo Péjoux Polydor Quénette Sainte-Luce Vestris Zamor Zénon
    Alexandrine Bordelais Cabréra Grandisson Jasor Lauriette Mathurin Palmier Rotsen Thélamon
    Ventura Zozime
"""

# origin: (weight among patients, INSEE country codes after "99" when born abroad, birth departments)
ORIGIN_FACTS = {
    "alsace": (40, "", "67 67 67 67 67 67 68 68 57"),
    "france": (16, "", "54 54 57 88 75 75 69 29 56 59 13 25 51 2A 2B"),
    "italy": (2, "127", "67 57 54"),
    "maghreb": (12, "352 350 351", "67 67 67 75 69"),
    "westafrica": (5, "341 335 326 330", "67 75 93"),
    "portugal": (5, "139", "67 67 68"),
    "turkey": (8, "208", "67 67 67 68"),
    "easteu": (6, "122 114 155 123 157 121", "67"),
    "asia": (3, "243 216 234 241", "67 75"),
    "antilles": (3, "", "971 972 971 972 973 67"),
}
PARTICLES = {"de", "la", "le", "van", "der", "lo", "di", "ben", "du", "des", "da", "del", "el"}
# surnames that are French words: ordinary enough, but harder
WORD_SURNAMES = {"Pain", "Grange", "Marteau", "Chaudron", "Bouquet", "Courtois", "Laboureur", "Lebœuf",
                 "Larose", "Palmier", "Colin", "Grasso", "Manga"}

ORIGINS, KID_NAMES = markup.load_pools(POOL_TABLE, ORIGIN_FACTS)
ALSACE, FRANCE = ORIGINS["alsace"], ORIGINS["france"]


def feminine(surname: str, origin: Origin, sex: str) -> str:
    """Polish and Russian surnames take the feminine ending for a woman."""
    if origin.name != "easteu" or sex != "f":
        return surname
    return markup.slavic_form(surname, "f")


def masculine(surname: str, origin: Origin) -> str:
    return markup.slavic_form(surname, "m") if origin.name == "easteu" else surname


def name_words(name: str) -> set[str]:
    """The words of a name the checks look for: N'Doye, D'Orazio, L'Hôte without the article."""
    return markup.name_parts(name, PARTICLES)


def refuse_used_names(taken: set[str]) -> None:
    """Stop if any name in the pools, or the feminine of an eastern surname, is a word of a NOM span
    of an earlier set or a staff name."""
    pooled = markup.pooled_names(ORIGINS, KID_NAMES)
    pooled += [feminine(s, ORIGINS["easteu"], "f") for s in ORIGINS["easteu"].surnames]
    markup.refuse_used_names(pooled, name_words, taken)


# ---------------------------------------------------------------------------------------------
# People


def draw_origin(rng: random.Random) -> Origin:
    names = list(ORIGIN_FACTS)
    return ORIGINS[rng.choices(names, [ORIGIN_FACTS[n][0] for n in names])[0]]


def draw_birth(rng: random.Random, kind: str) -> dt.date:
    if kind == "baby":  # 1 to 20 months
        return TODAY - dt.timedelta(days=rng.randint(30, 600))
    if kind == "kid":  # 5 to 17
        return dt.date(2009, 6, 1) + dt.timedelta(days=rng.randrange(365 * 12))
    start = rng.choices([1928, 1940, 1952, 1965, 1980, 1995], [6, 18, 24, 22, 18, 12])[0]
    return dt.date(start, 1, 1) + dt.timedelta(days=rng.randrange(365 * 12))


def new_person(rng: random.Random, sex: str | None = None, origin: Origin | None = None,
               surname: str | None = None, kind: str = "adult", before: int = 2008) -> Person:
    sex = sex or ("f" if rng.random() < 0.58 else "m")
    origin = origin or draw_origin(rng)
    born = draw_birth(rng, kind)
    while kind == "adult" and born.year >= before:
        born = draw_birth(rng, kind)
    if kind == "adult":
        given_from = origin
        if origin.name == "alsace" and rng.random() < 0.3:
            given_from = FRANCE
        elif origin.name not in ("alsace", "france") and born.year > 1978 and rng.random() < 0.15:
            given_from = rng.choice([ALSACE, FRANCE])
        pool = given_from.given_f if sex == "f" else given_from.given_m
    else:
        pool = KID_NAMES[(origin.name, sex)]
        if not pool or rng.random() < 0.3:
            pool = KID_NAMES[("alsace", sex)]
    family = surname or feminine(rng.choice(origin.surnames), origin, sex)
    return Person(rng.choice(pool), family, sex, origin, born)


def age(p: Person) -> int:
    return markup.age(p, TODAY)


# ---------------------------------------------------------------------------------------------
# Identifiers


def phone(rng: random.Random) -> str:
    head = rng.choices(["06", "07", "03 88", "03 90", "03 69", "03 89", "03 87", "09 5", "09 7"],
                       [46, 22, 14, 4, 4, 3, 2, 3, 2])[0]
    digits = head.replace(" ", "") + ("" if head != "07" else rng.choice("5678"))
    digits += "".join(rng.choice("0123456789") for _ in range(10 - len(digits)))
    pairs = [digits[i:i + 2] for i in (0, 2, 4, 6, 8)]
    style = rng.choices(["space", "tight", "dots", "dash", "slash", "intl", "intl_tight", "intl_zero",
                         "double_zero", "odd"], [48, 16, 12, 4, 2, 7, 3, 2, 3, 3])[0]
    if style == "space":
        return " ".join(pairs)
    if style == "tight":
        return digits
    if style == "dots":
        return ".".join(pairs)
    if style == "dash":
        return "-".join(pairs)
    if style == "slash":
        return "/".join(pairs)
    if style == "intl":
        return "+33 " + digits[1] + " " + " ".join(pairs[1:])
    if style == "intl_tight":
        return "+33" + digits[1:]
    if style == "intl_zero":
        return "+33 (0)" + digits[1] + " " + " ".join(pairs[1:])
    if style == "double_zero":
        return "0033 " + digits[1] + " " + " ".join(pairs[1:])
    if digits[1] == "3":  # 0388 123 456
        return f"{digits[:4]} {digits[4:7]} {digits[7:]}"
    return f"{digits[:2]} {digits[2:6]} {digits[6:]}"


MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
MONTHS_SHORT = ["janv.", "fév.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                "déc."]
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]


def birth_text(day: dt.date, rng: random.Random) -> str:
    style = rng.choices(range(8), [40, 14, 9, 5, 15, 6, 6, 5])[0]
    d = "1er" if day.day == 1 else str(day.day)
    if style == 0:
        return f"{day:%d/%m/%Y}"
    if style == 1:
        return f"{day:%d/%m/%y}"
    if style == 2:
        return f"{day:%d.%m.%Y}"
    if style == 3:
        return f"{day:%d-%m-%Y}"
    if style == 4:
        return f"{d} {MONTHS[day.month - 1]} {day.year}"
    if style == 5:
        return f"{day.day} {MONTHS_SHORT[day.month - 1]} {day.year}"
    if style == 6:
        return f"{day.day}/{day.month}/{day.year}"
    return f"{day:%d%m%Y}"


def nir_body(p: Person, rng: random.Random) -> tuple[str, int]:
    if p.origin.abroad and p.born.year < 2000 and rng.random() < 0.65:
        place = "99" + rng.choice(p.origin.abroad.split())
    else:
        department = rng.choice(p.origin.departments)
        if department in ("67", "68", "57") and rng.random() < 0.1:  # born in Corsica, a soldier's child
            department = rng.choice(["2A", "2B"])
        place = department + f"{rng.randint(1, 10 ** (5 - len(department)) - 1):0{5 - len(department)}d}"
    body = ("2" if p.sex == "f" else "1") + p.born.strftime("%y%m") + place + f"{rng.randint(1, 700):03d}"
    number = int(body.replace("2A", "19").replace("2B", "18"))
    return body, 97 - number % 97


def nir(p: Person, rng: random.Random, wrong: bool = False) -> str:
    body, key = nir_body(p, rng)
    if wrong or rng.random() < 0.05:  # a slip in the key
        key = (key + rng.randint(3, 40) - 1) % 97 + 1
    groups = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], f"{key:02d}"]
    style = rng.choices(["spaced", "solid", "solid key", "dots", "place"], [52, 24, 14, 4, 6])[0]
    if style == "spaced":
        return " ".join(groups)
    if style == "solid key":
        return f"{body} {key:02d}"
    if style == "dots":
        return ".".join(groups)
    if style == "place":  # department and commune written together
        return f"{body[0]} {body[1:3]} {body[3:5]} {body[5:10]} {body[10:13]} {key:02d}"
    return body + f"{key:02d}"


DOMAINS = ["gmail.com"] * 4 + ["orange.fr"] * 2 + ["free.fr", "sfr.fr", "laposte.net", "hotmail.fr",
           "yahoo.fr", "outlook.fr", "wanadoo.fr", "estvideo.fr", "icloud.com", "live.fr", "proton.me"]


def plain_letters(text: str) -> str:
    return re.sub(r"[^a-z]", "", fold(text))


def mail(p: Person, rng: random.Random) -> str:
    first, last = plain_letters(p.given), plain_letters(p.surname)
    local = rng.choice([f"{first}.{last}", f"{first}{last}", f"{last}.{first}", f"{first[0]}.{last}",
                        f"{first}.{last}{p.born.year % 100:02d}", f"{last}{p.born.year}",
                        f"{first}-{last}", f"{first}_{last}67", f"{last}{first[0]}",
                        f"{first}{rng.randint(1, 99)}"])
    return f"{local}@{rng.choice(DOMAINS)}"


STREETS = ["rue du Faubourg-National", "rue des Orphelins", "route du Polygone", "rue de la Course",
           "quai des Bateliers", "rue du Jeu-des-Enfants", "avenue des Vosges", "boulevard de la Dordogne",
           "rue de Molsheim", "route de Schirmeck", "route d'Oberhausbergen", "rue Boecklin", "rue de l'Yser",
           "rue Saint-Urbain", "rue du Neufeld", "rue de Soleure", "rue de la Forêt-Noire",
           "allée de la Robertsau", "rue de Lunéville", "rue du Ried", "impasse des Tilleuls",
           "rue Kageneck", "route de Bischwiller", "rue des Glycines", "place de Haguenau",
           "rue de Wissembourg", "rue du Marais-Vert", "rue de Koenigshoffen", "route des Romains",
           "rue de l'Ill", "rue du Général-Leclerc", "rue Principale", "rue de l'Église", "rue des Vignes",
           "rue du Moulin", "avenue de Colmar", "boulevard d'Anvers", "route de Lyon", "rue des Jardins",
           "chemin du Gaz", "rue des Cerisiers", "rue de la Canardière", "rue du Doubs", "rue Jean-Monnet"]
SHORT_STREET = {"rue ": "r. ", "avenue ": "av. ", "route ": "rte ", "boulevard ": "bd ", "impasse ": "imp. ",
                "allée ": "all. ", "place ": "pl. "}
TOWNS = [("67000", "Strasbourg"), ("67100", "Strasbourg"), ("67200", "Strasbourg"), ("67000", "Strasbourg"),
         ("67100", "Strasbourg"), ("67200", "Strasbourg"), ("67300", "Schiltigheim"), ("67800", "Bischheim"),
         ("67800", "Hoenheim"), ("67400", "Illkirch-Graffenstaden"), ("67380", "Lingolsheim"),
         ("67540", "Ostwald"), ("67450", "Mundolsheim"), ("67610", "La Wantzenau"),
         ("67460", "Souffelweyersheim"), ("67640", "Fegersheim"), ("67201", "Eckbolsheim"),
         ("67205", "Oberhausbergen"), ("67114", "Eschau"), ("67118", "Geispolsheim"), ("67170", "Brumath"),
         ("67120", "Molsheim"), ("67210", "Obernai"), ("67500", "Haguenau"), ("67150", "Erstein"),
         ("67370", "Truchtersheim")]
FLOORS = [", 3e étage", ", 2e ét. sans ascenseur", ", bât. C", ", appt 14", " (rez-de-chaussée)",
          ", 5e gauche", ", esc. B", ", interphone en panne"]


def street(rng: random.Random) -> str:
    name = rng.choice(STREETS)
    if rng.random() < 0.3:
        for long, short in SHORT_STREET.items():
            if name.startswith(long):
                name = short + name[len(long):]
    number = rng.choices([rng.randint(1, 30), rng.randint(31, 180)], [65, 35])[0]
    suffix = rng.choices(["", " bis", "bis", " ter", "A", " B"], [80, 8, 3, 4, 3, 2])[0]
    comma = "," if rng.random() < 0.15 else ""
    return tag("ADRESSE", f"{number}{suffix}{comma} {name}")


def town_text(rng: random.Random, with_code: bool) -> str:
    code, town = rng.choice(TOWNS)
    short = town.replace("Strasbourg", "Strasbg").replace("Illkirch-Graffenstaden", "Illkirch")
    town = rng.choices([town, town.upper(), short], [75, 15, 10])[0]
    return tag("ADRESSE", f"{code} {town}" if with_code else town)


def address(rng: random.Random) -> str:
    text = street(rng)
    if rng.random() < 0.2:
        text += rng.choice(FLOORS)
    if rng.random() < 0.8:
        text += rng.choice([", ", " ", " - ", " – "]) + town_text(rng, True)
    elif rng.random() < 0.5:
        text += rng.choice([" à ", ", "]) + town_text(rng, False)
    return text


INSURERS = ["MGEN", "Harmonie Mutuelle", "Malakoff Humanis", "AG2R", "Groupama", "MACIF", "Apréva", "Unéo",
            "Alan", "Swiss Life", "Mutuelle Générale", "MAAF", "Klesia", "Pro BTP", "Axa"]


def member_number(rng: random.Random) -> str:
    n = rng.randrange
    return rng.choice([f"{n(10 ** 7, 10 ** 8)}", f"{n(10 ** 9, 10 ** 10):010d}",
                       f"{n(10, 99)} {n(100, 999)} {n(100, 999)}",
                       f"AM-{n(10 ** 5, 10 ** 6)}", f"HM {n(1000, 9999)} {n(1000, 9999)}",
                       f"{n(10, 99)}.{n(100, 999)}.{n(100, 999)}", f"C{n(10 ** 6, 10 ** 7)}",
                       f"{n(10 ** 6, 10 ** 7)}-0{n(1, 4)}"])


def file_number(rng: random.Random) -> str:
    n = rng.randrange
    return rng.choice([f"{n(10000, 60000)}", f"P-{n(1000, 9999)}", f"67-{n(10000, 99999)}",
                       f"KS{n(100000, 999999)}", f"2026-{n(100, 999):04d}"])


def accident_number(rng: random.Random) -> str:
    n = rng.randrange
    return rng.choice([f"{n(10 ** 8, 10 ** 9)}", f"AT {n(10, 99)} {n(1000, 9999)} {n(100, 999)}",
                       f"26{n(10 ** 6, 10 ** 7)}"])


# ---------------------------------------------------------------------------------------------
# Appointment slots (kept): open days from Monday 30 November 2026 to Saturday 23 January 2027;
# Saturday mornings only; closed on 25 and 26 December (Saint-Étienne is a holiday in Alsace) and 1 January.

CLOSED = {dt.date(2026, 12, 25), dt.date(2026, 12, 26), dt.date(2027, 1, 1)}
FIRST_DAY, LAST_DAY = dt.date(2026, 11, 30), dt.date(2027, 1, 23)
OPEN_DAYS = [d for d in (FIRST_DAY + dt.timedelta(days=i) for i in range((LAST_DAY - FIRST_DAY).days + 1))
             if d.weekday() != 6 and d not in CLOSED]
TIMES = ["7h45", "8h", "8h30", "9h", "9h15", "9h45", "10h30", "11h", "11h15", "11h45", "12h15", "13h",
         "14h", "14h30", "15h", "15h45", "16h15", "17h", "17h30", "18h", "18h15", "18h45", "19h"]


def open_day(rng: random.Random) -> dt.date:
    return rng.choice(OPEN_DAYS[:16]) if rng.random() < 0.75 else rng.choice(OPEN_DAYS)


def time_on(day: dt.date, rng: random.Random) -> str:
    return rng.choice(TIMES[:10] if day.weekday() == 5 else TIMES)


def slot_text(rng: random.Random) -> str:
    day = open_day(rng)
    wd, hour = WEEKDAYS[day.weekday()], time_on(day, rng)
    d = "1er" if day.day == 1 else str(day.day)
    forms = [f"{wd} {hour}", f"{wd} à {hour}", f"{wd} {d} à {hour}", f"{wd[:3]}. {d}/{day.month} {hour}",
             f"le {day:%d/%m} à {hour}", f"le {day:%d/%m}", f"{wd} {d} {MONTHS_SHORT[day.month - 1]} {hour}",
             f"{wd} {d} {MONTHS[day.month - 1]}", f"{wd} matin" if day.weekday() < 5 else f"{wd} {hour}",
             f"{wd} aprem" if day.weekday() < 5 else f"{wd} {d}", f"demain {hour}", f"{hour} {wd}",
             f"{day:%d/%m} {hour}", f"{wd} prochain à {hour}"]
    return rng.choices(forms, [12, 9, 12, 5, 10, 6, 6, 5, 4, 3, 5, 4, 6, 4])[0]


def full_slot(rng: random.Random) -> str:
    day = open_day(rng)
    return f"{WEEKDAYS[day.weekday()]} {day:%d/%m/%Y} à {time_on(day, rng)}"


def stamp(rng: random.Random) -> str:
    day = rng.choice(["lun.", "mar.", "mer.", "jeu.", "ven."])
    return f"{day} {rng.randint(7, 19)}h{rng.randint(0, 59):02d}"


# ---------------------------------------------------------------------------------------------
# Clinical and urgent words (kept); [..] marks the words to keep

MOTIFS = """[lombalgie] aiguë | [lombosciatique] gauche | [cervicalgies] avec [céphalées]
| [capsulite rétractile] épaule D
| [PTG] droite, J+15 | [PTH] gauche, marche avec [déambulateur] | [rupture du tendon d'Achille] opérée
| [tendinopathie de la coiffe] | [ténosynovite de De Quervain] | [maladie de Dupuytren] opérée
| [kyste de Baker]
| [névrome de Morton] | [fracture de Pouteau-Colles] | [algodystrophie] de la main
| [entorse du LLE] de cheville
| [ligamentoplastie du LCA] | [méniscectomie] genou G | [hallux valgus] opéré | [épicondylite]
| [canal carpien]
| [BPCO], réentraînement à l'effort | [maladie de Parkinson] | [sclérose en plaques]
| [syndrome de Guillain-Barré]
| [AVC] récent, [hémiparésie] | [rééducation périnéale] | [vertiges positionnels] | [fasciite plantaire]
| [maladie de Haglund] | [spondylarthrite ankylosante] | [coxarthrose] | [gonarthrose] bilatérale
| [torticolis]
| [lymphœdème] du membre sup. | [cruralgie] | [hernie discale] L4-L5 | [syndrome de Tietze]
| [fracture de Maisonneuve]
| [tendinite de la patte d'oie] | [prothèse d'épaule] inversée
| [chutes à répétition], [troubles de l'équilibre]
| [syndrome rotulien] | [entorse cervicale] (accident) | [fracture du col du fémur] | [dorsalgies]"""
KID_MOTIFS = """[maladie d'Osgood-Schlatter] | [maladie de Sever] | [scoliose] idiopathique
| [entorse] de cheville au hand
| [maladie de Scheuermann] | [pieds plats] | [fracture de l'avant-bras], plâtre enlevé | [genu valgum]
| [luxation de la rotule] | [entorse] du genou au foot"""
BABY_MOTIFS = "[bronchiolite] | [encombrement bronchique] | [plagiocéphalie] | [torticolis congénital]"
URGENT = ["URGENT", "urgent", "en urgence", "au plus vite", "rappel rapide svp", "prioritaire", "URGENT !!"]
PLACES = [("à", "de", "[Hautepierre]"), ("au", "du", "[NHC]"), ("à la", "de la", "[clinique Rhéna]"),
          ("à l'", "de l'", "[hôpital de Hautepierre]"), ("au", "du", "[CCOM d'Illkirch]"),
          ("à la", "de la", "[clinique de l'Orangerie]"), ("en", "du", "[centre de rééducation]")]


# ---------------------------------------------------------------------------------------------
# Relatives and carers: (noun, sex, shares the surname)

KIN = [("fille", "f", True), ("fils", "m", True), ("mari", "m", True), ("épouse", "f", True),
       ("femme", "f", True), ("compagne", "f", False), ("compagnon", "m", False), ("belle-fille", "f", False),
       ("gendre", "m", False),
       ("sœur", "f", False), ("frère", "m", True), ("petite-fille", "f", True), ("petit-fils", "m", True),
       ("nièce", "f", False), ("neveu", "m", False), ("voisine", "f", False), ("voisin", "m", False),
       ("amie", "f", False)]
SPOUSES = {"f": {"épouse", "femme", "compagne"}, "m": {"mari", "compagnon"}}
CARERS = [("auxiliaire de vie", "f"), ("aide à domicile", "f"), ("infirmière", "f"), ("infirmier", "m"),
          ("aide-soignante", "f"), ("tutrice", "f"), ("curateur", "m")]


def new_cast(rng: random.Random, template: str) -> Cast:
    before = 1958 if "{home}" in template else 2008
    patient = new_person(rng, before=before)
    kin_options = [k for k in KIN if k[0] not in SPOUSES[patient.sex]]
    if "{spouse}" in template:
        kin_options = [k for k in KIN if k[0] in SPOUSES["m" if patient.sex == "f" else "f"]]
    kin = rng.choice(kin_options)
    same = kin[2] and rng.random() < 0.8
    relative = new_person(rng, kin[1], patient.origin if same else None, patient.surname if same else None)
    if same:
        relative.surname = feminine(masculine(patient.surname, patient.origin), patient.origin, kin[1])
    role, carer_sex = rng.choice(CARERS)
    parent = new_person(rng, "f" if rng.random() < 0.68 else "m", before=1998)
    kind = "baby" if "{baby}" in template else "kid"
    kid_surname = parent.surname if rng.random() < 0.85 else None
    kid = new_person(rng, origin=parent.origin, surname=kid_surname, kind=kind)
    if kid_surname:
        kid.surname = feminine(masculine(parent.surname, parent.origin), parent.origin, kid.sex)
    return Cast(patient, relative, kin, new_person(rng, carer_sex), role, kid, parent)


# ---------------------------------------------------------------------------------------------
# Notes. {x} in a template: a placeholder filled by Writer.x below; \\n a line break in the note;
# an indented line goes on with the template above it. {home}, {spouse}, {baby} only steer the cast.

QUICK = """
{Pt} appelle pour décaler son rdv de {slot} à {slot2}. ok vu avec {kine}.
rdv pris {slot} avec {kine} pour {Ptf}, {motif}. tel {tel}
{P} - ddn {ddn} - nouvelle ordo 10 séances, {motif}. à saisir
annul. {Pt} {slot}, grippé{e}. reprogrammer quand {il} rappelle
{Pt} ({age} ans) veut un créneau tôt le matin, rien avant {slot}. mis sur liste d'attente. tel: {tel}
nouveau n° de tel pour {Pt} : {tel} (l'ancien ne répond plus)
{Ptf} pas venu{e} {slot}, 2e fois. prévenir {kine}
{Pt} demande si {kine} fait la [méthode Mézières]. oui -> 1er rdv {slot}
{Pt} : douleur ++ depuis la dernière séance, veut voir {kine} {urg}. rappeler au {tel}
pec {Pt}, {motif}. 1ère séance {slot}. apporter ordo, carte vitale et radios
RDV {slot} {P} confirmé par SMS
{P} souhaite 2 séances/sem avec {kine}, dispo {day} et {day2}. tel {tel}
{Pt} arrive en retard {slot} (tram bloqué), prévenir {kine}
Rdv {P} déplacé de {slot} à {slot2} à sa demande
{Pt} a perdu son ordo, demande à son médecin de la renvoyer par mail au cabinet
{Pt} a oublié sa carte vitale, NIR noté : {nir}. à mettre à jour {day}
{Ptf} : séances terminées, bilan de fin fait par {kine}. rdv de contrôle {slot}
{P} {tel} veut savoir si on prend la carte bancaire. oui
{Pt} en arrêt jusqu'au {until}, demande rdv en fin de journée, {slot} ok
{Pt} appelle depuis le travail, rappeler après 17h au {tel}
{P}, {motif}, 12 séances prescrites, 4 faites. continuer avec {kine}
séance de {Pt} {slot} ok, prendre les béquilles
{Ptf} souhaite être vu{e} par {kine} uniquement, pas de remplaçant
"""

VERBS = """
rappeler {Pv} au {tel} pour fixer la suite des séances
merci de rappeler {Pv} ({tel}), veut annuler {slot}
prévenir {Pv} que {kine} est absent {day}, proposer {slot}
{Pbare} - annule {slot}, reprend en janvier
{Pbare} {tel} rappeler svp
{Pbare} : ok pour {slot} avec {kine}
voir avec {Pv} pour la facture de novembre
relancer {Pv} : ordo toujours pas reçue ({tel})
"""

PHONE = """
Répondeur {stamp} : « bonjour c'est {Ptf}, je ne pourrai pas venir {slot}, vous pouvez me rappeler au {tel},
    merci »
msg rép. {stamp} - {P}, veut un rdv pour {motif}, rappeler au {tel}
Répondeur : {Rt}, {kinof}, demande à être rappelé{Re} au {tel} pour des séances à domicile
message de {P} laissé {day}, mal compris, numéro noté : {tel}
Répondeur {stamp} : « oui bonjour {Pt} à l'appareil, c'est pour annuler {slot}, j'ai la gastro. je rappelle.
    au revoir »
Répondeur : {Ptf}, né{e} le {ddn}, pas encore de dossier, {motif}. rappelle au {tel} ou {tel2}
msg {stamp} : {Ptf} épelle son nom « {spelled} », voudrait des séances de [kiné respiratoire]. tel {tel}
répondeur samedi : {Pt} ne viendra pas {slot}, pas laissé de numéro
msg laissé par {P} : {il} a trouvé une place chez un kiné plus près, arrête ses séances
Répondeur {stamp} : « c'est {R}, {kinof}, {il} est rentré{e} {fromplace}, il faudrait reprendre la kiné. mon
    portable {tel} »
"""

ONLINE = """
== Réservation en ligne ==\\nPatient : {PS}\\nNé(e) le : {ddnbare}\\nTél : {tel}\\nEmail : {mail}
    \\nMotif : {motif}\\nPraticien : {kinefull}\\nCréneau : {fslot}
Demande via le site - {P} - {tel} - {mail} - « {motif} » - 1ère séance souhaitée {slot}
RDV EN LIGNE | {PS} | {slot} | {kine} | nouveau patient : oui | mobile {tel}
Prise de rdv internet : {P}, {motif}, {slot}. pas d'ordo jointe, à demander à l'accueil
Site : annulation en ligne : {PS}, rdv {slot} (praticien : {kinefull})
Nouvelle demande en ligne\\nNom : {Psurbare}\\nPrénom : {Pgiven}\\nDate de naissance : {ddnbare}
    \\nTéléphone : {tel}\\nCourriel : {mail}\\nMessage : « {motif}, je préfère les rdv en fin de journée »
"""

HOME = """
{home}VAD {P}, {addr}. {motif}. {kine} passe {slot}. {kin} {R} sera là : {tel}
{home}Domicile : {Pt} ({age} ans), {addr}. séances 2x/sem, {kine}. tel {tel}
{home}visite à dom. pour {Ptf}, sortie {fromplace} après {motif}. adresse : {addr}. contact {kin} {R} au {tel}
Nouvelle adresse de {Pt} : {addr}
{home}{Pt} - séances à domicile à {town}, {street}. {kine} ok pour {slot}
{home}Domicile {P} : {street}, sonner chez {kin} ({Rt}). {motif}
{home}{Ptf}, {addr} - ne peut plus se déplacer ({motif}), ordo de séances à domicile reçue. ddn {ddn}
{home}tournée {day} : {Pt} ({street}) à {hour} puis retour cabinet
"""

FAMILY = """
{kinof} ({R}) appelle : {il} est hospitalisé{e} {atplace}, suspendre les séances. tel {tel}
Appel de {R}, {kinnoun} de {Ptf} : demande si on peut passer à domicile. joignable au {tel}
{Rg}, {kinnoun} de {Pt}, rappellera pour le rdv de {slot}
{crole} de {Pt} ({C}) : chute ce week-end, {urg}, rappeler {kine} au {tel}
{kin} {Rg} a appelé pour {Pt} : annule {slot}, {il} est fatigué{e}
{Rt} ({kinnoun} de {Pt}) signale qu'{il} ne répondait pas à l'interphone {slot}
{kinof}, {R}, veut parler à {kine} de la rééducation ... rappeler au {tel}
{spouse}{Pt} et son conjoint {R} veulent des rdv à la suite {slot}, même kiné ({kine})
{spouse}{Ptf} appelle pour {kin} {Rg}, qui a oublié sa séance {slot}. désolé{e}
{crole} ({C}) pour {Pt} : le bon de transport est à refaire, appeler {kin} au {tel}
{kinof}, {Rg}, ({tel}) demande la facture pour sa mutuelle, envoyer à {Rmail}
"""

ADMIN = """
Ordo reçue par mail pour {P} ({mail}) : 15 séances {motif}. manque la carte mutuelle
Mutuelle {Pt} : {mut}, n° adhérent {adh}. tiers payant ok
Facture {P} - {amount} - à envoyer à {mail}
AT : {Ptf}, n° AT {atnum}, NIR {nir}, employeur à compléter. {motif}
Carte vitale de {Pt} pas à jour, NIR relevé : {nir}. ddn {ddn}
Rejet CPAM pour {P} (NIR {badnir}) - clé fausse ? vérifier avec l'attestation
{Pt} demande un duplicata de facture pour sa mut. ({mut}, adh. {adh})
dossier {dossier} - {PS} - changement de mutuelle au 1er janvier : {mut}, n° {adh}
chèque de {P} revenu impayé. rappeler au {tel}
{Pt} réglé en espèces {amount}, reçu fait par {sec}
régime local Alsace-Moselle pour {Pt}, NIR {nir}, mutuelle {mut} {adh}
{P} n° patient {dossier} : ordo du {date} expirée, nouvelle prescription à demander
{PS} - NSS {nir} - DDN {ddn} - {mut} {adh}
Attestation de présence demandée par {Ptf} pour son employeur (séances {day}), faite par {sec}
{Pt} : note d'honoraires de {amount} envoyée à {mail}, paiement par virement
"""

KIDS = """
{parde} de {K} ({kage}) demande une attestation de suivi pour l'école, [dispense d'EPS] jusqu'aux vacances.
    ddn {Kddn}
{K}, {kage}, {kmotif}. 1ère séance {slot} avec {kine}. maman : {tel}
certificat pour le club de foot de {Kg} {Ksurn} : reprise possible ? voir avec {kine}. parent : {Par} {tel}
{baby}Kiné respi bébé : {K}, né{ke} le {Kddn}, {bmotif}. {par} {Parg} au {tel}. {urg}
{Kg} ({filsde} {Par}) - {kmotif} - prochain rdv {slot}
{baby}{Par} pour son bébé {Kg} ({kage}), {bmotif}, {urg}, rappeler au {tel}
{Par} : {Kg} a le tournoi de hand samedi, peut-{kil} jouer ? ({kmotif}). rappeler au {tel}
certificat d'aptitude natation pour {K}, ddn {Kddn}, à faire signer par {kine}
{K} ({kage}) : {kmotif}, séances après l'école, 1ère {slot}. mail {par} : {Parmail}
Bilan [posture] pour {K}, demandé par l'infirmière scolaire. {par} {Par} {tel}
"""

NEWFILE = """
NOUVEAU PATIENT\\n{PS}\\nDDN : {ddn}\\nAdresse : {addr}\\nTél : {tel}\\nMail : {mail}\\nNIR : {nir}
    \\nMutuelle : {mut} - {adh}\\nMotif : {motif}\\nKiné : {kine}
Création dossier {P}, né{e} le {ddn}, {tel}, {addr}. ordo du {date}, {motif}
Création dossier {Ptf} - NIR {nir} - ddn {ddn} - {mut} {adh} - {motif}
Fiche patient n° {dossier} : {PS} | ddn {ddn} | {tel} | {mail} | NIR {nir} | 1er rdv {slot}
nouveau dossier : {Ptf}, DDN {ddn}, {addr}. personne à prévenir : {kin} {R} {tel}
"""

INTERNAL = """
{kine} absent {day}, décaler ses patients sur {kine2}
plus de papier pour l'imprimante, commande faite. {sec}
une dame a appelé sans laisser de nom pour une [lombalgie], rappellera
Rappel : cabinet fermé les 25 et 26 décembre. {sec}
numéro masqué, pas de message
{kine2} remplace {kine} {slot}, prévenir les patients du créneau
réunion d'équipe {slot}, pas de rdv sur ce créneau. {sec}
un monsieur voulait savoir si on fait la [kiné respiratoire] le samedi. oui, [samedi matin] sur rdv
"""

SCENARIOS = [(QUICK, 26), (VERBS, 7), (PHONE, 12), (ONLINE, 9), (HOME, 10), (FAMILY, 11), (ADMIN, 13),
             (KIDS, 10), (NEWFILE, 5), (INTERNAL, 7)]
HARD_VERBS = {"Pv", "Pbare"}


def title(sex: str, rng: random.Random, young: bool = False) -> str:
    if sex == "f":
        return rng.choices(["Mme", "Madame", "mme", "Mme.", "Mlle"], [70, 12, 10, 4, 4 if young else 0])[0]
    return rng.choices(["M.", "Monsieur", "Mr", "mr", "M"], [58, 14, 20, 4, 4])[0]


class Writer(markup.SlotPlaceholders):
    slot_text = staticmethod(slot_text)  # the calendar the slot placeholders draw from
    full_slot = staticmethod(full_slot)

    def __init__(self, cast: Cast, rng: random.Random):
        self.c, self.rng = cast, rng
        self.hard: set[str] = set()
        team = ["Julien Martin", "Karim Haddad"]
        rng.shuffle(team)
        self.team = team

    def fill(self, template: str) -> str:
        template = template.replace("\\n", "\n")
        for steer in ("{home}", "{spouse}", "{baby}"):
            template = template.replace(steer, "")
        template = kept(template)
        text = re.sub(r"\{(\w+)\}", lambda m: getattr(self, m.group(1))(), template)
        for before, after in (("de [[K|le ", "du [[K|"), ("à [[K|le ", "au [[K|"), ("du [[K|le ", "du [[K|")):
            text = text.replace(before, after)
        return text

    # names ------------------------------------------------------------------------------------

    def _note_name(self, p: Person, surname: str) -> None:
        if surname in WORD_SURNAMES:
            self.hard.add("word surname")
        if re.search(r"^(de|Le|Van|La|Lo|Di|De|Ben) |'|\w-\w", surname):
            self.hard.add("particle/hyphen/apostrophe")

    def _surname(self, p: Person) -> str:
        self._note_name(p, p.surname)
        s = p.surname
        if self.rng.random() < 0.035 and re.fullmatch(r"[^\W\d_]+", s):  # a slip of the keyboard
            s = markup.slip(s, self.rng)
        shape = self.rng.choices(["as is", "upper", "lower"], [75, 24, 1])[0]
        if shape == "lower":
            self.hard.add("lower-case name")
        return {"as is": s, "upper": s.upper(), "lower": s.lower()}[shape]

    def _given(self, p: Person) -> str:
        if self.rng.random() < 0.02:
            self.hard.add("lower-case name")
            return p.given.lower()
        return p.given

    def _full(self, p: Person) -> str:
        g, s = self._given(p), self._surname(p)
        shape = self.rng.choices(["g s", "S g", "s g", "g S", "i s"], [52, 18, 7, 17, 6])[0]
        # "M. Roth" would read as Monsieur
        if shape == "i s" and " " not in g and "-" not in g and g[0] not in "Mm":
            return nom(f"{g[0].upper()}. {s}")
        if shape == "S g":
            return nom(f"{s.upper()} {g}")
        if shape == "s g":
            return nom(f"{s} {g}")
        if shape == "g S":
            return nom(f"{g} {s.upper()}")
        return nom(f"{g} {s}")

    def _titled(self, p: Person) -> str:
        return f"{title(p.sex, self.rng, age(p) < 30)} {nom(self._surname(p))}"

    def _called(self, p: Person, titled: float = 0.55) -> str:
        return self._titled(p) if self.rng.random() < titled else self._full(p)

    def P(self) -> str:
        return self._full(self.c.patient)

    def Pt(self) -> str:
        return self._called(self.c.patient)

    def Ptf(self) -> str:
        p = self.c.patient
        if self.rng.random() < 0.5:
            return f"{title(p.sex, self.rng, age(p) < 30)} {self._full(p)}"
        return self._called(p, 0.4)

    def PS(self) -> str:
        p = self.c.patient
        return nom(f"{self._surname(p).upper()} {self._given(p)}")

    def Psurbare(self) -> str:
        return nom(self._surname(self.c.patient).upper())

    def Pgiven(self) -> str:
        return nom(self.c.patient.given)

    def Pv(self) -> str:
        p = self.c.patient
        if self.rng.random() < 0.45:
            return self._titled(p)
        self.hard.add("name after a verb")
        return nom(self._surname(p)) if self.rng.random() < 0.5 else self._full(p)

    def Pbare(self) -> str:
        self.hard.add("bare name opening the note")
        p = self.c.patient
        if self.rng.random() < 0.5:
            return nom(self._surname(p))
        return nom(f"{self._surname(p)} {self._given(p)}")

    def spelled(self) -> str:
        if self.rng.random() < 0.8:
            return nom(self.c.patient.surname.upper())
        self.hard.add("spelled name")
        letters = [ch for ch in fold(self.c.patient.surname).upper() if ch.isalpha()]
        return nom("-".join(letters))

    def e(self) -> str:
        return "e" if self.c.patient.sex == "f" else ""

    def il(self) -> str:
        return "elle" if self.c.patient.sex == "f" else "il"

    def age(self) -> str:
        return str(age(self.c.patient))

    def Re(self) -> str:
        return "e" if self.c.relative.sex == "f" else ""

    def R(self) -> str:
        return self._called(self.c.relative, 0.35)

    def Rt(self) -> str:
        return self._titled(self.c.relative)

    def Rg(self) -> str:
        if self.rng.random() < 0.4:
            return self._full(self.c.relative)
        self.hard.add("relative by given name")
        return nom(self._given(self.c.relative))

    def Rmail(self) -> str:
        return tag("EMAIL", mail(self.c.relative, self.rng))

    def kin(self) -> str:
        noun, sex, _ = self.c.kin
        return markup.possessive(noun, sex)

    def kinnoun(self) -> str:
        return self.c.kin[0]

    def kinof(self) -> str:
        """'sa fille' about the patient, named: 'la fille de Mme X'."""
        noun, sex, _ = self.c.kin
        return f"{markup.definite(noun, sex)} de {self._called(self.c.patient, 0.8)}"

    def C(self) -> str:
        p = self.c.carer
        roll = self.rng.random()
        if roll < 0.4:
            return self._titled(p)
        if roll < 0.5:
            self.hard.add("relative by given name")
            return nom(self._given(p))
        return self._full(p)

    def crole(self) -> str:
        role = self.c.carer_role
        return role[0].upper() + role[1:] if self.rng.random() < 0.5 else role

    def K(self) -> str:
        k = self.c.kid
        g, s = self._given(k), self._surname(k)
        shape = self.rng.choices(["g s", "S g", "g S"], [65, 20, 15])[0]
        return nom({"g s": f"{g} {s}", "S g": f"{s.upper()} {g}", "g S": f"{g} {s.upper()}"}[shape])

    def Kg(self) -> str:
        return nom(self._given(self.c.kid))

    def Ksurn(self) -> str:
        return nom(self._surname(self.c.kid))

    def kage(self) -> str:
        k = self.c.kid
        years = age(k)
        if years >= 2:
            return f"{years} ans"
        months = (TODAY.year - k.born.year) * 12 + TODAY.month - k.born.month - (TODAY.day < k.born.day)
        return f"{max(months, 1)} mois"

    def ke(self) -> str:
        return "e" if self.c.kid.sex == "f" else ""

    def kil(self) -> str:
        return "elle" if self.c.kid.sex == "f" else "il"

    def Kddn(self) -> str:
        return tag("DDN", birth_text(self.c.kid.born, self.rng))

    def par(self) -> str:
        return self.rng.choice(["sa maman", "la mère", "la maman"]) if self.c.parent.sex == "f" else \
            self.rng.choice(["son papa", "le père", "le papa"])

    def parde(self) -> str:
        return self.rng.choice(["la maman", "la mère"]) if self.c.parent.sex == "f" else \
            self.rng.choice(["le papa", "le père"])

    def filsde(self) -> str:
        return ("fille" if self.c.kid.sex == "f" else "fils") + " de"

    def Par(self) -> str:
        return self._called(self.c.parent, 0.5)

    def Parg(self) -> str:
        if self.rng.random() < 0.5:
            return self._titled(self.c.parent)
        self.hard.add("relative by given name")
        return nom(self._given(self.c.parent))

    def Parmail(self) -> str:
        return tag("EMAIL", mail(self.c.parent, self.rng))

    # identifiers -------------------------------------------------------------------------------

    def tel(self) -> str:
        return tag("TEL", phone(self.rng))

    tel2 = tel

    def nir(self) -> str:
        return tag("NIR", nir(self.c.patient, self.rng))

    def badnir(self) -> str:
        return tag("NIR", nir(self.c.patient, self.rng, wrong=True))

    def ddn(self) -> str:
        return tag("DDN", birth_text(self.c.patient.born, self.rng))

    def ddnbare(self) -> str:
        return tag("DDN", f"{self.c.patient.born:%d/%m/%Y}")

    def mail(self) -> str:
        return tag("EMAIL", mail(self.c.patient, self.rng))

    def addr(self) -> str:
        return address(self.rng)

    def street(self) -> str:
        return street(self.rng)

    def town(self) -> str:
        return town_text(self.rng, False)

    def mut(self) -> str:
        return self.rng.choice(INSURERS)

    def adh(self) -> str:
        return tag("ID", member_number(self.rng))

    def dossier(self) -> str:
        return tag("ID", file_number(self.rng))

    def atnum(self) -> str:
        return tag("ID", accident_number(self.rng))

    def amount(self) -> str:
        return self.rng.choice(["16,13 €", "32,26 €", "48,39 €", "129,04 €", "64,52 €", "80 €", "161,30 €"])

    # kept (and slot, slot2, fslot) -------------------------------------------------------------

    def day(self) -> str:
        return keep(self.rng.choice(["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi matin",
                                     "lundi matin", "jeudi après-midi", "mardi soir"]))

    def day2(self) -> str:
        return keep(self.rng.choice(["vendredi", "mercredi après 17h", "samedi", "jeudi"]))

    def date(self) -> str:
        day = dt.date(2026, 9, 1) + dt.timedelta(days=self.rng.randrange(90))  # a prescription's date
        forms = [f"{day:%d/%m}", f"{day:%d/%m/%Y}", f"{day.day} {MONTHS[day.month - 1]}"]
        return keep(self.rng.choice(forms))

    def until(self) -> str:
        day = dt.date(2026, 12, 4) + dt.timedelta(days=self.rng.randrange(40))
        return keep(self.rng.choice([f"{day:%d/%m}", f"{day.day} {MONTHS[day.month - 1]}"]))

    def stamp(self) -> str:
        return keep(stamp(self.rng))

    def kine(self) -> str:
        name = self.team[0]
        if self.rng.random() < 0.04:
            return f"M. {keep(name.split()[1])}"
        return keep(name if self.rng.random() < 0.25 else name.split()[0])

    def kine2(self) -> str:
        return keep(self.team[1].split()[0] if self.rng.random() < 0.7 else self.team[1])

    def kinefull(self) -> str:
        return keep(self.team[0])

    def sec(self) -> str:
        return keep(self.rng.choice(["Sophie", "Sophie", "Sophie Lemoine"]))

    def motif(self) -> str:
        return kept(self.rng.choice(MOTIFS.split("|")))

    def kmotif(self) -> str:
        return kept(self.rng.choice(KID_MOTIFS.split("|")))

    def bmotif(self) -> str:
        return kept(self.rng.choice(BABY_MOTIFS.split("|")))

    def urg(self) -> str:
        return keep(self.rng.choice(URGENT))

    def atplace(self) -> str:
        at, _, place = self.rng.choice(PLACES)
        return at + ("" if at.endswith("'") else " ") + kept(place)

    def fromplace(self) -> str:
        _, of, place = self.rng.choice(PLACES)
        return of + ("" if of.endswith("'") else " ") + kept(place)

    def hour(self) -> str:
        return keep(self.rng.choice(TIMES))


FLAGS: list[set[str]] = []  # per note, in order: what makes it harder, and "lower-case note"


def make_note(rng: random.Random) -> Fragments:
    _, template = markup.draw_template(rng, SCENARIOS)
    writer = Writer(new_cast(rng, template), rng)
    fragments = markup.join_names(markup.parse(writer.fill(template)))
    flags = set(writer.hard)
    if rng.random() < 0.08:  # typed all in lower case
        fragments = [(text.lower(), kind) for text, kind in fragments]
        flags.add("lower-case note")
    FLAGS.append(flags)
    return fragments


# ---------------------------------------------------------------------------------------------
# Checks beyond heldout_markup.validate


def check(record: dict) -> None:
    """heldout_markup.check_no_staff and check_unlabelled, and no bracket left."""
    markup.check_no_staff(record, name_words)
    markup.check_unlabelled(record, name_words)
    assert "[" not in record["text"], record["id"]


def check_set(records: list[dict], taken: set[str]) -> None:
    assert len(records) == NOTES and len({r["id"] for r in records}) == NOTES
    with_nothing = sum(not r["spans"] for r in records)
    assert 0.04 * NOTES < with_nothing < 0.12 * NOTES, with_nothing
    markup.check_new_names(records, name_words, taken)
    kept_staff = markup.staff_kept(records)
    assert kept_staff > 0.2 * NOTES, kept_staff


def main() -> None:
    taken = markup.taken_tokens(OUT, EARLIER)
    refuse_used_names(taken)
    records = markup.write(OUT, PREFIX, NOTES, SEED, make_note, check, lambda rs: check_set(rs, taken))
    counts = markup.span_counts(records)
    counts["K"] = sum(len(r["keep"]) for r in records)
    lower = sum("lower-case note" in f for f in FLAGS)
    hard = sum(bool(f - {"lower-case note"}) for f in FLAGS)
    print(f"{len(records)} notes -> {OUT.name}: {dict(sorted(counts.items()))}")
    print(f"notes in lower case: {lower}; with a harder name form: {hard}; "
          f"without any span: {sum(not r['spans'] for r in records)}")
    print(markup.tally(FLAGS))


if __name__ == "__main__":
    main()
