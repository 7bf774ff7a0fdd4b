"""Write `deid_heldout11.jsonl`: an eleventh held-out set for the de-identifier.

Written 2026-11-28 by a helper session asked for a blind set. Neither the engine (handlers/), its word
lists, its tests nor its benchmark were opened, and the de-identifier was not run on these notes. The
earlier sets (deid_corpus, deid_heldout to deid_heldout10, deid_hard_cases) were read by program only
(heldout_markup.taken_tokens), to refuse any name they hold: every name of a patient, a relative or a
carer here is new to the engine. Names, numbers, addresses and stories are invented.

300 call notes from an ordinary month (November 2026) at a group practice of kinésithérapeutes in the
Paris suburbs, Seine-Saint-Denis and Val-de-Marne (Montreuil, Saint-Denis, Bobigny, Créteil, Vincennes,
Vitry...), with the people of France today: old French families, Maghreb, West and Central Africa,
Portugal, Tamils of Sri Lanka, China, Vietnam, the Antilles, Haiti, Turkey, Roma from Romania, Poland,
Ukraine and Moldova, Sephardic and Ashkenazi Jewish families, Armenians. Secretaries typing fast (rdv,
tel, ddn, pec, ordo, mut., VAD, AT): answering-machine transcripts, online-booking exports, home visits
with building codes and floors, carers and family calling, prescriptions, tiers payant, CSS/CMU-C and
AME, papers for schools and clubs, work accidents, ALL-CAPS surnames, typos. Mostly plain forms
(a title and a surname, a given name and a surname); about one note in seven carries one harder but
ordinary form (a name in lower case, a surname opening the note or after a verb, a relative or carer
called by the given name only, a surname that is a French word, particles, hyphenated and double
surnames, a slip in a name: 40 notes, HARD_QUOTA); 18 notes are typed all in lower case.

The gold markup of heldout_markup.py: NOM for patients, relatives and carers, never for
the practice's staff (deid_staff.json), who are kept like appointment slots, call times, hospitals,
schools, eponyms, clinical and urgency words. An address is one span from the number (or the residence)
to the town, building, staircase, floor and door code included when typed in the same run; a town
alone is not marked. Doctors outside the practice are never named.

Standard library only. Run: cd tests/data && ../../.venv/bin/python make_deid_heldout11.py (fixed seed)
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata

import heldout_markup as markup
from heldout_markup import Origin, Person, fold, keep, nom, tag

OUT = markup.HERE / "deid_heldout11.jsonl"
NOTES, SEED, PREFIX = 300, 2026_11_28_11, "x"
# The hard cases were checked too when this set was written; they have since taken cases from it.
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 11)))
TODAY = dt.date(2026, 11, 16)
FIRST_DAY, LAST_DAY, HOLIDAYS = dt.date(2026, 11, 2), dt.date(2026, 12, 19), {dt.date(2026, 11, 11)}
WRONG_KEYS = (4, 11)  # the NIRs of the set, counted from 1, typed with a wrong key
LOWER_NOTES = 18  # notes typed all in lower case
TYPO_NOTES = 20  # notes with a slip of the keyboard in a plain word
WORD6 = re.compile(r"[^\W\d_]{6,}")
# the harder forms, and how many notes carry each (one a note)
HARD_QUOTA = {"lower": 6, "open": 6, "verb": 5, "given-rel": 6, "word": 5, "particle": 5, "compound": 4,
              "typo": 3}
PARTICLES = {"de", "du", "des", "da", "das", "do", "dos", "ben", "el", "al", "la", "le", "der", "ait", "d",
             "n"}

# ---------------------------------------------------------------------------------------------
# Names: `origin pool: names` (f, m given names; s surnames; kf, km children's given names), an
# underscore joining the words of one name. Checked against the earlier sets and the staff.

POOL_TABLE = """
france f: Gwenaëlle Annabelle Priscille Wendy Josseline Octavie Ernestine Simonne Laurie Roseline
  Sterenn Armande Daphné Guillemette Séraphine Thaïs Chrystèle Gislaine Noëlla Réjane
france m: Xavier Gwendal Eudes Hector Médéric Brendan Riwal Loïg Jakez Yvonnick Gratien Lucien Anthelme
  Félicien Gédéon Narcisse Rosaire Théophane Wilfrid Samson
france s: Abgrall Daniellou Dewaele Delcourt Duflot Lheureux Delahaye Hennebert Platel Bocquet Caudron
  Wattiez Ryckebusch Tournadre Roumégous Lafargue Darrigrand Labat Dauriac Sarrazin Didelot Gérardin
  Vuillemin Jeunet Girardot Cuenot Mougin Prost Aubineau Bodin Chaigneau Guilbaud Fradet Girault Raffin
  Poupard Billaud Desnoyers Chauvet Coquelin Godefroy Letourneau Doucet Rouault Sénéchal Jacquemin
  Chevreau Leveau Hurel Villard Lesueur Massé Lecornu Frémont Vatinel Duchemin Laisné Lebouc Mauduit
  Bréhier Ravenel Tirel Guesdon Winterstein Lagrené Ferret Loeffler
france kf: Éléonore Oriane Olympe Marceline Castille Clothilde Anouck Maelly
france km: Nino Eliot Célian Lubin Paulin Solal Télio
maghreb f: Hafsa Chahinez Rachida Loubna Hanane Fadela Nesrine Hayet Malika Houria Hakima Sihem Rym
  Feriel Ghania Yamna Zahia Akila Ouiza Dehbia Tinhinane Nabila Hassiba Fouzia Habiba Zakia Asmaa Salma
  Widad Radia Louiza Taous Chafia Hadjer
maghreb m: Mourad Abdelkader Sofiane Hocine Tarik Redouane Abdelaziz Lahcen Aziz Mokhtar Hamid Fethi
  Hichem Lyes Abdelhamid Messaoud Mohand Arezki Ameziane Idir Madjid Abderrahmane Bachir Toufik Azzedine
  Noureddine Mahieddine Allal Driss Abdellah Jamal Anouar Chakib
maghreb s: Benamara Bennani Tazi Ghezal Laouini Benkirane Oukacha Touil Guerfi Azzouz Mekki Nasri
  Kerroum Allouache Boussaid Brahimi Ghanem Ikhlef Kheddache Moussaoui Ouchene Tahri Amokrane Bouchakour
  Chalabi Djermoune Fellag Guemmaz Iddir Lounici Medjdoub Saker Zenati Abdelli Boukerma Cherrad Debbache
  Ferrah Ghoul Hannachi Lasfar Mesbah Nedjar Othmani Ramdani Semmar Tebbal Zeghdoudi Bouhadda Lahrichi
  Skalli Jlassi Guesmi Sfaxi Dridi
maghreb kf: Ilef Sirine Ritej Maïssane Selma Aleyna Imène Nélia Hiba Loujaine Tesnim
maghreb km: Ayoub Ilyan Kaïs Imran Yanis Amine Anas Issam Younès Haroun Souheil Nassim Zayd
subsah f: Mariam Awa Adjoa Akissi Gloria Rokia Ndeye Massiré Fanta Mariétou Ama Affoué Raïssa Chimène
  Brunelle Dieynaba Oumy Sira Tenin Sanata Korotoumou Adiaratou Nana Affiba Adjara Néné Hadja Saran Mabinty
subsah m: Moussa Mamadou Abdoulaye Yao Alassane Boubacar Mamadi Samba Daouda Adama Landry Didace Mory
  Youssouf Bassirou Malick Amadou Aboubacar Siaka Zoumana Bourama Sidiki Karamoko Hamidou Bocar Ladji
  Kalidou Gaoussou
subsah s: Keïta Sangaré Fofana Sacko Bamba Gueye Ouédraogo Zongo Tshibangu Mbala Lukusa Nsimba Makiese
  Mabiala Soumahoro Dosso Gnaoré Zadi Tounkara Magassa Niakaté Baradji Gassama Soukouna Tandia Diawara
  Kamissoko Yattara Konan Yapi Assi Aka Djédjé Ekra Kalonji Mwamba Ngalula Lumbala Matondo Mpiana Ateba
  Ngono Fotso Kamga Tchouaké Nkoulou Bathily Cissoko Dansoko Fadiga Guirassy Kébé Marega Tangara Timera
  Wagué Dabo Sagna Diatta Manga Mendy Sané Yéo Silué Tuo Jalloh
subsah kf: Grâcia Kadija Nélia Djena Fatim Ashley Binta Dalla Kadi
subsah km: Issiaka Elijah Mathys Ibrahim Bakari Mamady Ismaïla Alpha
portugal f: Graça Adelina Joaquina Ermelinda Alzira Deolinda Natália Cristiana Vânia Amélia Arminda
  Benvinda Clementina Custódia Emília Felismina Gracinda Hermínia Isaura Laurinda Lucinda Margarida
  Palmira Purificação Rosalina Zulmira Marisa Tânia
portugal m: Abílio Custódio Agostinho Albino Arménio Fernando Amadeu Artur Horácio Delfim Hélder Adelino
  Alcino Aníbal Bernardino Casimiro Domingos Ernesto Evaristo Feliciano Hilário Inácio Jacinto Lino
  Marcelino Olímpio Porfírio Querubim Severino Valdemar Zeferino Fábio
portugal s: Pacheco Gouveia Lourenço Calado Valente Godinho Coelho Seabra Mota Loureiro Sequeira Rebelo
  Couto Freitas Queirós Ramalho Frazão Meireles Carneiro Bastos Cabral Leitão Paiva Brito Abreu Vilela
  Felgueiras Barroso Toscano Saraiva Amorim Dias Branco Sarmento
portugal kf: Leonor Matilde Lara Beatriz
portugal km: Rodrigo Duarte Tomás Martim Salvador
tamil f: Tharshika Kavitha Nirosha Sumathy Vasuki Shalini Mathumitha Thivya Jeyanthi Pirunthavi Sinthuja
  Kowsalya Thanusha Abirami Sharmila Vithya
tamil m: Suthakaran Thayaparan Kajan Nirojan Tharmaraj Pratheepan Kannan Mathivanan Ravindran Kirushanth
  Thuvarakan Logeswaran
tamil s: Sivanesan Thurairajah Kanagaratnam Balachandran Rasiah Yogarajah Sinnathamby Ponnampalam
  Arulanantham Navaratnam Kandiah Paramanathan Subramaniam Loganathan Sritharan Jeyaseelan Mahendran
  Puvanendran Ratnasingam Theivendram
tamil kf: Aksaya Harini Thanya Kirthana
tamil km: Sajeevan Aravinth Lakshan Thanujan
china f: Mei Jing Lihua Qing Ling Xue Yuying Xiaomei Lanying Shuang Yuhan Guiying Yufang Chunmei Hongmei
china m: Wei Jun Hao Jian Lei Ming Tao Bin Qiang Zhiwei Zhenyu Guoqiang Jianhua Weiming Xiaodong Chengwu
china s: Zheng Xu Pan Jiang Dong Ji Yang Zhan Weng Qian Ruan Jin Miao Hou Kong Luo
china kf: Yuna Lila Célia
china km: Tom Liam Yann Kyllian
vietnam f: Cam_Tu Thuong Huyen Ngan Suong Uyen Quynh Nhi Bich Hanh Tuyet Hien Nga Loan Xuan
vietnam m: Hung Khoa Khanh Nghia Phong Thang Trung Binh Loc Manh Viet Kiet Quy
vietnam s: Kieu Khuc Dao Trieu Mac Tong Quan Tieu Ung Hua Thach Mach Hau
vietnam kf: Vy Clara
vietnam km: Kenji Nolhan Sacha
antilles f: Rosita Yolène Georgina Félicienne Régina Manuella Cynthia Francelise Dominica
antilles m: Harry Alex Georges Freddy Willy Fred Mario Ruddy
antilles s: Rosemond Bellance Belrose Rosamont Zébina Bazile Clairville Laguerre Sinivassin Nelson Rilcy
  Pélage Cétout Bellemare Zozor Valmont Nicol Hierso Larcher Lapaix Marlin Rabathaly Romney Hayot Louisy
  Beaubrun Corbin Vanterpool Paviot Virassamy Moutou Ramassamy Pétro Jalta Nainsouta Bordelais
antilles kf: Kelya Shaïna Keyla Laly Lenaïg
antilles km: Ryan Lenzo Timothy Jayson
haiti f: Guerline Wislande Lovely Mirlène Darline Islande Nathacha Medgine Bernadine Jesula Gertha Mona
haiti m: Evens Jameson Kervens Ricardo Dieudonné Fritzner Lesly Wisly Réginald Fresnel Wisnel Elmano Obed
  Yvenson
haiti s: Thelusma Mésidor Altidor Chéry Dorcé Vilsaint Dorméus Mérilan Orélien Pierrilus Fanfan Delva
  Jeudy Métellus Préval Sainvil Dorelus Milord
haiti kf: Naïka Widlyne Kerlyne Bethsaïda
haiti km: Widchelson Woodley Stanley
turkey f: Ayşe Fatma Hatice Emine Melek Sevgi Derya Songül Nurcan Aysel Dilek Hacer Kezban Meryem Tülay Zeliha
turkey m: Mustafa Kemal Osman Serkan Emre Burak Yusuf Cemal Hasan Bayram Erdal Fikret Metin Recep Sinan
  Tuncay Yaşar
turkey s: Demir Çelik Şahin Doğan Karaca Bulut Erdem Akın Korkmaz Kurtuluş Taşkın Altıntaş Baysal Cebeci
  Durmaz Gündoğdu Kahraman Kaplan Ocak Sarı Tosun Turan
turkey kf: Ecrin Zehra Defne Azra
turkey km: Emir Kerem Mert Eymen
roma f: Mirela Lenuța Ramona Nicoleta Luminița Steluța Mădălina Cosmina Florica Mioara
roma m: Marian Ionuț Nicu Fănel Costică Viorel Cătălin Dănuț Mircea Aurel
roma s: Lingurar Căldărar Zlătar Rostaș Carpaci Ciurar Mihalache Spoitoru Lăcătuș Bumbar Fieraru Ursaru
roma kf: Denisa Bianca Rebeca Alesia
roma km: Darius Alin Sebastian
poland f: Katarzyna Dorota Wioletta Ewelina Urszula
poland m: Tomasz Zbigniew Marek Grzegorz Jarosław Mirosław Stanisław
poland s: Wiśniewski Kamiński Szymański Grabowski Majewski Sikorski Kołodziej Borowski Sadowski Kuźmiński
poland kf: Maja Zuzanna
poland km: Oskar Antoni
easteu f: Olena Oksana Iryna Svitlana Mariana Valentina Ecaterina Halyna Nadiya Zinaida Larysa
easteu m: Dmytro Serhiy Vasyl Andriy Mykola Vladimir Ion Vasile Taras Petro
easteu s: Shevchuk Kravchuk Sokolov Cojocaru Țurcanu Marchenko Rudenko Boyko Oliynyk Moroz Polishchuk
  Rotaru Ceban Bălan Constantinescu
easteu kf: Polina Daria
easteu km: Mikhail Maksym
jewish f: Déborah Orly Sharon Liora Hannah Dvora Batsheva Fortunée Mazal Aliza
jewish m: Yoram Yossef Avraham Yoni Mordechaï Shlomo Joseph Hillel
jewish s: Elbaz Hayoun Sebbag Touati Ohayon Guedj Abitbol Sitbon Krief Teboul Uzan Dahan Rosenberg
  Goldstein Feldman Grinberg Blumenthal Lewkowicz Zylberstein Rozenblum Szpiro Weinstock Bouhnik Knafo
  Sultan Elmaleh Journo Benichou Bitton Haziza Lellouche Mimoun Nakache Ouaknine Partouche Saada Taieb
  Zana Finkelstein Gutman Kupferman Lipszyc Rotstein Wajsbrot
jewish kf: Shirel Noa Tali Lior
jewish km: Ilan Yaacov Noam Eytan
armenian f: Anahid Siranouch Nariné Houri Lousine Zabel Ani Araxie Dzovinar Knar Manouchak Sona Takouhie
  Nevart Hripsimé
armenian m: Garabed Ara Raffi Hovhannès Zaven Kévork Mihran Nerses Ohannès Dikran Movses
armenian s: Kouyoumdjian Hovsepian Tchakerian Nalbandian Karamanoukian Ohanessian Torossian Ekmekdjian
  Avedissian Yeghiayan Mardirossian Chahinian Djabourian Garabedian Hagopian Kalaydjian Sarafian
  Vartanian Zakarian
armenian kf: Lilit Nairi Lusiné
armenian km: Aren Narek Davit Gor
"""

# origin -> (weight, INSEE codes of birth countries after "99", birth departments in France)
ORIGIN_FACTS = {
    "france": (21, "", "75 93 94 92 95 77 91 59 62 29 22 35 72 45 18 58 03 63 87 24"),
    "maghreb": (19, "352 350 351", "93 94 75 92 95"),
    "subsah": (13, "335 341 326 322 312 330 324 397 336", "93 94 75 95"),
    "portugal": (7, "139", "94 93 75 92 77"),
    "tamil": (5, "235", "93 75 95"),
    "china": (4, "216", "93 75 94"),
    "vietnam": (3, "243", "94 93 75"),
    "antilles": (5, "", "97 93 94 75"),
    "haiti": (3, "436", "93 94 95"),
    "turkey": (4, "208", "93 94 95 77"),
    "roma": (2, "114", "93 94 77"),
    "poland": (2, "122", "94 93 75"),
    "easteu": (3, "155 151 123", "94 93"),
    "jewish": (4, "351 352 350", "75 93 94 92"),
    "armenian": (2, "252 208", "94 93 75 13"),
}

# The harder surnames, origin:surname: French words, particles, hyphenated and double names.
HARD_TABLE = """
word: france:Lechien france:Merle france:Mouche france:Lagneau france:Lacloche france:Lesourd
  france:Leblond france:Juge france:Prieur france:Chanoine france:Prince france:Comte france:Marquis
  france:Soldat france:Porcher france:Fromage france:Lamouche france:Lanoix france:Moineau france:Cerisier
  france:Couteau france:Chapeau france:Beaujour france:Chemin france:Laurier france:Faucon france:Legrand
  france:Lechat antilles:Aimable antilles:Charmant antilles:Précieux antilles:Lafortune antilles:Mondésir
  antilles:Jolicoeur antilles:Bellerose antilles:Fleuri haiti:Destin haiti:Estimé haiti:Prophète
  haiti:Salomon haiti:Sérieux haiti:Désir haiti:Mercure
particle: maghreb:Ben_Ammar maghreb:Ben_Mbarek maghreb:Ben_Romdhane maghreb:El_Ouardi maghreb:El_Hachimi
  maghreb:Ben_Slama maghreb:El_Bakkali maghreb:Aït_Hamou maghreb:Ben_Othman maghreb:Ben_Jemaa
  maghreb:El_Yazidi maghreb:Aït_Mouhoub maghreb:El-Mokhtari subsah:N'Dri subsah:N'Zi subsah:N'Guetta
  subsah:N'Dongo subsah:N'Gbesso subsah:N'Diongue subsah:N'Goma portugal:D'Abreu
  portugal:Da_Veiga tamil:D'Souza france:de_Kerviler france:de_Tournemire france:de_Valence
  france:d'Aubigny france:de_Préville france:du_Fresnay france:de_Castelbajac france:Le_Guennec
  armenian:Der_Haroutiounian
compound: antilles:Belrose-Zébina portugal:Valente-Gouveia portugal:Pacheco_Loureiro
  portugal:Calado_Valente maghreb:Tahri-Bocquet subsah:Yapi-Konan portugal:Godinho_Seabra
  france:Mesbah-Lheureux france:Laisné-Kamga france:Mougin-Dosso maghreb:Raffin-Tazi france:Coquelin-Mendy
  france:Fradet-Ramdani subsah:Hurel-Bamba france:Girault-Saraiva jewish:Frémont-Hayoun
  france:Sénéchal-Ekra portugal:Meireles_Carneiro portugal:Sequeira_Rebelo haiti:Pierrilus-Jeudy
  france:Duflot-Nasri france:Lecornu-Sagna armenian:Chauvet-Tchakerian maghreb:Jacquemin-Ouchene
"""

ORIGINS, KID_NAMES = markup.load_pools(POOL_TABLE, {o: (w, a, d) for o, (w, a, d) in ORIGIN_FACTS.items()})


def load_hard(table: str) -> dict[str, list[tuple[str, str]]]:
    rows: dict[str, list[tuple[str, str]]] = {}
    kind = ""
    for line in table.strip().splitlines():
        if not line.startswith(" "):
            kind, line = line.split(maxsplit=1)
            kind = kind.rstrip(":")
        for item in line.split():
            origin, surname = item.split(":")
            rows.setdefault(kind, []).append((origin, surname.replace("_", " ")))
    return rows


HARD_SURNAMES = load_hard(HARD_TABLE)


def feminine(surname: str, origin: Origin, sex: str) -> str:
    """Polish and Russian surnames take the feminine ending for a woman."""
    if origin.name not in ("poland", "easteu") or sex != "f":
        return surname
    return markup.slavic_form(surname, "f")


def masculine(surname: str) -> str:
    """The form a family shares, so that a man and a woman of it count as one surname."""
    return markup.slavic_form(surname, "m")


def name_words(name: str) -> set[str]:
    """The folded words of a name, particles aside (the elided article of N'Dri or d'Aubigny)."""
    return markup.name_parts(name, PARTICLES)


def refuse_used_names(taken: set[str]) -> None:
    pooled = markup.pooled_names(ORIGINS, KID_NAMES)
    pooled += [feminine(s, ORIGINS[o], "f") for o in ("poland", "easteu") for s in ORIGINS[o].surnames]
    pooled += [surname for rows in HARD_SURNAMES.values() for _, surname in rows]
    markup.refuse_used_names(pooled, name_words, taken)


# ---------------------------------------------------------------------------------------------
# Places, words to keep, numbers

TOWNS = """93100 Montreuil|93200 Saint-Denis|93000 Bobigny|93300 Aubervilliers|93500 Pantin|93140 Bondy
|93130 Noisy-le-Sec|93170 Bagnolet|93260 Les Lilas|93310 Le Pré-Saint-Gervais|93400 Saint-Ouen-sur-Seine
|93600 Aulnay-sous-Bois|93230 Romainville|93700 Drancy|93800 Épinay-sur-Seine|93240 Stains|94000 Créteil
|94300 Vincennes|94400 Vitry-sur-Seine|94200 Ivry-sur-Seine|94800 Villejuif|94120 Fontenay-sous-Bois
|94130 Nogent-sur-Marne|94160 Saint-Mandé|94220 Charenton-le-Pont|94700 Maisons-Alfort
|94500 Champigny-sur-Marne|94100 Saint-Maur-des-Fossés|94600 Choisy-le-Roi|94270 Le Kremlin-Bicêtre
|94110 Arcueil|94190 Villeneuve-Saint-Georges|93330 Neuilly-sur-Marne|93390 Clichy-sous-Bois"""
TOWNS = [t.strip() for t in TOWNS.replace("\n", "").split("|")]
STREET_TYPES = ["rue"] * 8 + ["avenue"] * 3 + ["av.", "bd", "boulevard", "allée", "allée", "impasse", "place",
                                                "chemin", "sentier", "villa", "passage", "square", "quai"]
STREET_NAMES = """Marcel-Cachin|Gabriel-Péri|Paul-Vaillant-Couturier|de la République|Jean-Jaurès
|Danielle-Casanova|Pierre-Sémard|Édouard-Vaillant|Rosa-Parks|Nelson-Mandela|Salvador-Allende
|Lucie-Aubrac|Jules-Guesde|du 8-Mai-1945|de Stalingrad|Voltaire|des Acacias|des Tilleuls|du Moulin
|de la Paix|des Lilas|Anatole-France|Henri-Barbusse|Karl-Marx|Maurice-Thorez|Victor-Hugo|Émile-Zola
|de la Convention|du Général-Leclerc|Youri-Gagarine|Pablo-Picasso|des Vignes|de Verdun|Carnot
|de Fontenay|de Lagny|des Hayes|de Rosny|de Paris|des Chardonnerets|du Parc|Robespierre|de Brément
|des Marronniers|Hoche|Diderot|Condorcet|du Château|Ambroise-Croizat|Ernest-Renan|des Glycines"""
STREET_NAMES = [s.strip() for s in STREET_NAMES.replace("\n", "").split("|")]
RESIDENCES = ["Résidence Les Tilleuls", "Cité des Courtillières", "Résidence du Parc", "Cité Karl-Marx",
              "Résidence Bel-Air", "Résidence des Sablons", "Cité Youri-Gagarine", "Résidence Le Clos fleuri",
              "Foyer Adoma", "Résidence autonomie Les Hortensias"]

# Hospitals and the like, each with the article it takes ("l'" / "le " / "la " / none).
HOSPITALS = [("l'", "hôpital Avicenne"), ("", "Avicenne"), ("l'", "hôpital Delafontaine"),
             ("", "Delafontaine"), ("l'", "hôpital Jean-Verdier"), ("l'", "hôpital Robert-Ballanger"),
             ("le ", "CHI André-Grégoire"), ("le ", "CHI de Créteil"), ("l'", "hôpital Henri-Mondor"),
             ("", "Henri-Mondor"), ("", "Mondor"), ("l'", "hôpital Bicêtre"), ("l'", "hôpital Paul-Brousse"),
             ("l'", "hôpital Bégin"), ("l'", "hôpital Saint-Camille"), ("la ", "Pitié-Salpêtrière"),
             ("la ", "Pitié"), ("", "Lariboisière"), ("l'", "hôpital Albert-Chenevier"),
             ("la ", "clinique de l'Estrée"), ("l'", "hôpital privé de Vitry"), ("la ", "clinique Floréal")]
KIDS_HOSPITALS = [("", "Robert-Debré"), ("", "Trousseau"), ("l'", "hôpital Jean-Verdier"),
                  ("le ", "CHI de Créteil"), ("", "Delafontaine"), ("", "Necker")]
MATERNITIES = [("la ", "maternité des Lilas"), ("le ", "CHI André-Grégoire"), ("", "Delafontaine"),
               ("le ", "CHI de Créteil"), ("", "Port-Royal"), ("", "Robert-Ballanger")]
REHAB = [("l'", "hôpital Rothschild"), ("le ", "SSR Émile-Roux"), ("l'", "hôpital Charles-Foix"),
         ("l'", "hôpital Albert-Chenevier"), ("le ", "SSR de Bois-Larris")]
CANCER = [("", "Gustave-Roussy"), ("l'", "Institut Curie"), ("l'", "hôpital Henri-Mondor"), ("la ", "Pitié"),
          ("l'", "hôpital Tenon")]
COLLEGES = ["collège Pablo-Neruda", "collège Paul-Éluard", "collège Henri-Wallon", "collège Lucie-Aubrac",
            "collège Politzer", "collège Gustave-Courbet", "collège Romain-Rolland"]
LYCEES = ["lycée Eugène-Delacroix", "lycée Jacques-Brel", "lycée Marcelin-Berthelot", "lycée Louise-Michel"]
OSGOOD = "maladie d'Osgood-Schlatter"
CLUBS = ["l'ES Montreuil", "le CO Vincennes", "l'US Créteil", "le FC Bagnolet", "le CSM Bobigny",
         "l'AS Bondy", "le Racing Saint-Denis", "l'Élan sportif de Vitry", "le Red Star"]
SPORTS = ["le foot", "le hand", "le basket", "le judo", "la boxe", "le rugby", "l'athlé", "la danse",
          "le volley"]
MUTUELLES = ["Harmonie Mutuelle", "MGEN", "Malakoff Humanis", "AG2R", "MNT", "MNH", "Alan", "Pro BTP",
             "Mutuelle Générale", "Klesia", "Matmut", "Apivia", "Intériale", "Mutuelle Familiale"]

DX_ADULT = ["lombalgie", "lombalgie chronique", "cervicalgie", "tendinopathie de la coiffe",
            "capsulite rétractile", "entorse de cheville", "fracture du poignet",
            "fracture de Pouteau-Colles", "PTG droite", "PTG gauche", "PTH gauche", "ligamentoplastie LCA",
            "méniscectomie", "épicondylite", "sciatique", "hernie discale L5-S1", "canal carpien opéré",
            "maladie de Dupuytren", "tendinite de De Quervain", "névrome de Morton", "kyste de Baker",
            "luxation de l'épaule", "fracture de Lisfranc", "algodystrophie", "rupture du tendon d'Achille",
            "aponévrosite plantaire", "coxarthrose"]
DX_WORK = ["lombalgie", "lumbago", "entorse de cheville", "fracture du poignet", "tendinopathie de la coiffe",
           "épicondylite", "sciatique", "entorse du genou", "fracture de la malléole",
           "contusion de l'épaule", "tendinite de De Quervain", "fracture de Pouteau-Colles"]
DX_SPORT = ["entorse de cheville", "entorse du genou", "ligamentoplastie LCA", "lésion de Bankart",
            "pubalgie", "tendinite rotulienne", "déchirure des ischios", "luxation de l'épaule"]
DX_NEURO = ["maladie de Parkinson", "sclérose en plaques", "SEP", "séquelles d'AVC", "maladie d'Alzheimer",
            "syndrome de Guillain-Barré", "maladie de Charcot", "maladie de Huntington",
            "neuropathie diabétique"]
DX_OLD = ["troubles de la marche", "rééducation après chute", "fracture du col du fémur", "PTH droite",
          "prothèse d'épaule", "syndrome post-chute", "maladie de Parkinson", "gonarthrose",
          "déconditionnement", "maladie de Paget", "fracture du bassin"]
DX_KID = ["maladie d'Osgood-Schlatter", "maladie de Sever", "entorse de cheville", "maladie de Scheuermann",
          "pieds plats", "fracture du poignet", "tendinite rotulienne"]
MOTIFS = ["Première séance", "Bilan kiné", "Rééducation du genou", "Lombalgie", "Suivi post-opératoire",
          "Rééducation périnéale", "Kiné respiratoire", "Séance de suivi", "Rééducation de l'épaule"]
DAYS_KEPT = ["lundi et jeudi", "mardi et vendredi matin", "tous les mercredis à 17h",
             "lundi-mercredi-vendredi", "jeudi après-midi", "samedi matin", "mardi et jeudi 18h",
             "lundi et vendredi 8h30"]
REASONS = ["grève RATP", "RER B en rade", "enfant malade", "pas de solution de garde", "rdv à la préfecture",
           "travaille finalement ce jour-là", "ligne 9 coupée", "fièvre depuis hier",
           "convocation France Travail", "voiture au garage", "décès dans la famille", "bus 318 supprimé",
           "rdv à la CAF"]
LANGUAGES = {"tamil": ["tamoul"], "china": ["mandarin", "wenzhounais"], "turkey": ["turc", "kurde"],
             "vietnam": ["vietnamien"], "roma": ["roumain", "romani"],
             "easteu": ["ukrainien", "russe", "roumain"], "poland": ["polonais"],
             "maghreb": ["arabe", "kabyle"], "subsah": ["soninké", "bambara", "lingala"],
             "portugal": ["portugais"], "armenian": ["arménien"], "haiti": ["créole"]}
# the languages of the African families, by surname (Mali, Senegal, Côte d'Ivoire, Congo, Cameroon...)
AFRICAN_LANGUAGE_TABLE = """
soninké/bambara: Keïta Sangaré Fofana Sacko Tounkara Magassa Niakaté Baradji Gassama Soukouna Tandia Diawara
  Kamissoko Yattara Bathily Cissoko Dansoko Fadiga Guirassy Kébé Marega Tangara Timera Wagué
wolof: Gueye Sagna Diatta Manga Mendy Sané Dabo
dioula/baoulé: Konan Yapi Assi Aka Djédjé Ekra Gnaoré Zadi Bamba Dosso Soumahoro Yéo Silué Tuo
lingala: Tshibangu Mbala Lukusa Nsimba Makiese Mabiala Kalonji Mwamba Ngalula Lumbala Matondo Mpiana
bassa/ewondo: Ateba Ngono Fotso Kamga Tchouaké Nkoulou
mooré: Ouédraogo Zongo
peul: Jalloh
"""
AFRICAN_ROWS = (row.split(": ") for row in AFRICAN_LANGUAGE_TABLE.replace("\n  ", " ").strip().splitlines())
AFRICAN_LANGUAGES = {surname: languages.split("/")
                     for languages, names in AFRICAN_ROWS for surname in names.split()}
JOBS = [("manutentionnaire", "manutentionnaire"), ("magasinier", "magasinière"),
        ("agent d'entretien", "agente d'entretien"), ("cariste", "cariste"), ("livreur", "livreuse"),
        ("maçon", "aide-ménagère"), ("aide-soignant", "aide-soignante"), ("caissier", "caissière"),
        ("chauffeur de bus", "conductrice de bus"), ("agent de sécurité", "agente de sécurité"),
        ("plombier", "femme de chambre"), ("employé de cantine", "employée de cantine"),
        ("carreleur", "agente de propreté")]
WORKPLACES = ["un entrepôt de Bonneuil", "un chantier à Saint-Ouen", "le MIN de Rungis", "un Ehpad de Vitry",
              "une supérette de Bagnolet", "la cuisine centrale de Bobigny", "un hôtel de Roissy",
              "la plateforme de Garonor", "un dépôt de bus de Créteil"]
MECHANISMS = ["chute dans l'escalier", "faux mouvement en portant une charge", "glissade sur sol mouillé",
              "chute d'un escabeau", "choc contre un transpalette", "chute sur le quai de chargement"]
STAFF_SEX = {"Julien": "m", "Sophie": "f", "Karim": "m"}
WEEKDAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
MONTHS_SHORT = ["janv.", "févr.", "mars", "avr.", "mai", "juin", "juil.", "août", "sept.", "oct.", "nov.",
                "déc."]

# relative's noun -> (sex, chance of sharing the patient's surname, age gap to the patient)
KIN = {"fille": ("f", 0.5, (-38, -22)), "fils": ("m", 0.9, (-38, -22)), "belle-fille": ("f", 0.6, (-36, -22)),
       "gendre": ("m", 0.0, (-38, -22)), "petite-fille": ("f", 0.5, (-60, -40)),
       "petit-fils": ("m", 0.8, (-60, -40)), "neveu": ("m", 0.4, (-35, -15)), "nièce": ("f", 0.3, (-35, -15)),
       "mari": ("m", 1.0, (-2, 6)), "femme": ("f", 0.7, (-6, 2)), "épouse": ("f", 0.7, (-6, 2)),
       "compagnon": ("m", 0.0, (-4, 6)), "compagne": ("f", 0.0, (-6, 3)), "sœur": ("f", 0.6, (-8, 8)),
       "frère": ("m", 1.0, (-8, 8)), "voisine": ("f", 0.0, (-30, 10)), "voisin": ("m", 0.0, (-30, 10)),
       "mère": ("f", 0.5, (22, 40)), "père": ("m", 1.0, (24, 45))}
OLD_KIN = ["fille", "fils", "fille", "fils", "belle-fille", "gendre", "petite-fille", "petit-fils", "nièce",
           "neveu"]
CARER_ROLES = ["auxiliaire de vie", "aide à domicile", "auxiliaire de vie", "aide-ménagère"]
CARER_ORIGINS = ["subsah", "subsah", "maghreb", "portugal", "haiti", "antilles", "easteu", "roma", "france",
                 "tamil"]


def strip_accents(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def e(p: Person) -> str:
    return "e" if p.sex == "f" else ""


def il(p: Person) -> str:
    return "elle" if p.sex == "f" else "il"


def le(p: Person) -> str:
    return "la" if p.sex == "f" else "le"


def years(p: Person) -> int:
    return markup.age(p, TODAY)


def months(p: Person) -> int:
    return (TODAY.year - p.born.year) * 12 + TODAY.month - p.born.month - (TODAY.day < p.born.day)


def open_days() -> list[dt.date]:
    days, day = [], FIRST_DAY
    while day <= LAST_DAY:
        if day.weekday() < 6 and day not in HOLIDAYS:
            days.append(day)
        day += dt.timedelta(days=1)
    return days


OPEN_DAYS = open_days()


def hour_text(h: int, m: int) -> str:
    return f"{h}h{m:02d}" if m else f"{h}h"


def past_slot_text(rng: random.Random) -> str:
    """A slot named so that it may lie in the past: no `demain`, no `prochain`."""
    text = slot_text(rng)
    while "demain" in text or "prochain" in text or text.startswith("ce"):
        text = slot_text(rng)
    return text


def slot_text(rng: random.Random) -> str:
    day = rng.choice(OPEN_DAYS)
    h = rng.randint(8, 12) if day.weekday() == 5 else rng.randint(8, 19)
    hm = hour_text(h, rng.choice([0, 0, 15, 30, 30, 45]))
    wd = WEEKDAYS[day.weekday()]
    form = rng.randrange(9)
    if form == 0:
        return f"{wd} {day.day}/{day.month:02d} à {hm}"
    if form == 1:
        return f"{wd} {hm}"
    if form == 2:
        return f"{wd} {day.day} {MONTHS[day.month - 1]} à {hm}"
    if form == 3:
        return f"le {day.day}/{day.month:02d} à {hm}"
    if form == 4:
        return f"{wd[:3]}. {day.day}/{day.month:02d} {hm}"
    if form == 5:
        return f"{wd} {day.day} à {hm}"
    if form == 6:
        return f"{wd} {day.day:02d}/{day.month:02d} {hm}"
    if form == 7:
        when = ["demain", "demain",
                "après-demain"] + (["ce soir"] if h >= 17 else ["cet aprem"] if h >= 13 else [])
        return f"{rng.choice(when)} {hm}"
    return f"{wd} prochain {hm}"


def export_slot(rng: random.Random) -> str:
    day = rng.choice(OPEN_DAYS)
    h, m = rng.randint(8, 12 if day.weekday() == 5 else 19), rng.choice([0, 15, 30, 45])
    if rng.random() < 0.5:
        return f"{WEEKDAYS[day.weekday()][:3]}. {day.day:02d}/{day.month:02d}/{day.year} - {h:02d}:{m:02d}"
    return f"{day.day:02d}/{day.month:02d}/{day.year} à {h:02d}h{m:02d}"


def call_time(rng: random.Random) -> str:
    return hour_text(rng.randint(8, 19), rng.randint(0, 59))


def stamp(rng: random.Random) -> str:
    day = TODAY - dt.timedelta(days=rng.randint(0, 14))
    return f"{day.day:02d}/{day.month:02d}/{day.year} à {rng.randint(0, 23):02d}:{rng.randint(0, 59):02d}"


def past_date(rng: random.Random) -> str:
    day = TODAY - dt.timedelta(days=rng.randint(3, 70))
    if rng.random() < 0.7:
        return f"{day.day:02d}/{day.month:02d}"
    return f"{day.day} {MONTHS_SHORT[day.month - 1]}"


def digits(rng: random.Random, count: int) -> str:
    return "".join(rng.choice("0123456789") for _ in range(count))


def birth_text(day: dt.date, rng: random.Random) -> str:
    d, m, y = day.day, day.month, day.year
    form = rng.choices(range(8), [38, 9, 12, 8, 5, 18, 5, 5])[0]
    if form == 0:
        return f"{d:02d}/{m:02d}/{y}"
    if form == 1:
        return f"{d}/{m}/{y}"
    if form == 2:
        return f"{d:02d}/{m:02d}/{y % 100:02d}"
    if form == 3:
        return f"{d:02d}.{m:02d}.{y}"
    if form == 4:
        return f"{d:02d}-{m:02d}-{y}"
    if form == 5:
        return f"{'1er' if d == 1 else d} {MONTHS[m - 1]} {y}"
    if form == 6:
        return f"{d} {MONTHS_SHORT[m - 1]} {y}"
    return f"{d}/{m}/{y % 100:02d}"


# ---------------------------------------------------------------------------------------------
# A note being written: its people, and how it names them


class Note:
    def __init__(self, rng: random.Random, hard: str | None) -> None:
        self.rng = rng
        self.hard = hard  # the harder form this note is to carry, if any
        self.flags: set[str] = set()
        self.used_slots: list[str] = []
        self.titles: dict[int, str] = {}
        self.seen: set[int] = set()
        self.people: list[Person] = []
        self.places: dict[int, str] = {}
        self.shown: dict[int, str] = {}
        self.main: Person | None = None
        self.caps = rng.random() < 0.15
        self.staff_sex = "m"

    # -- drawing
    def pick(self, items: list):
        return self.rng.choice(items)

    def v(self, count: int) -> int:
        return self.rng.randrange(count)

    def chance(self, share: float) -> bool:
        return self.rng.random() < share

    def realize(self, flag: str) -> None:
        self.flags.add(flag)
        self.hard = None

    # -- people
    def origin(self, names: list[str] | None = None) -> Origin:
        if names:
            return ORIGINS[self.pick(names)]
        return ORIGINS[markup.pick(self.rng, {o: w for o, (w, _, _) in ORIGIN_FACTS.items()})]

    def person(self, lo: float, hi: float, sex: str | None = None, origin: Origin | None = None,
               surname: str | None = None) -> Person:
        origin = origin or self.origin()
        sex = sex or self.pick(["f", "m"])
        born = TODAY - dt.timedelta(days=self.rng.randint(int(lo * 365.25) + 1, int(hi * 365.25)))
        age = (TODAY - born).days / 365.25
        kids = KID_NAMES[(origin.name, sex)]
        adults = origin.given_f if sex == "f" else origin.given_m
        pool = kids if age < 19 and kids and self.chance(0.8) else adults
        taken = {q.given for q in self.people} | {w for q in self.people for w in q.surname.split()}
        if surname is None:
            # the surnames least drawn so far in the set: a practice sees many families
            others = [s for s in origin.surnames if s not in taken] or origin.surnames
            fewest = min(SURNAME_USE.get(s, 0) for s in others)
            surname = self.pick([s for s in others if SURNAME_USE.get(s, 0) == fewest])
        SURNAME_USE[surname] = SURNAME_USE.get(surname, 0) + 1
        givens = [g for g in pool if g not in taken and (g, masculine(surname)) not in NAMES_USED]
        given = self.pick(givens or pool)
        NAMES_USED.add((given, masculine(surname)))
        p = Person(given, feminine(masculine(surname), origin, sex), sex, origin, born)
        self.people.append(p)
        return p

    def patient(self, lo: float, hi: float, sex: str | None = None,
                origins: list[str] | None = None) -> Person:
        if self.main is None and self.hard in ("word", "particle", "compound"):
            rows = HARD_SURNAMES[self.hard]
            if origins:
                rows = [r for r in rows if r[0] in origins] or rows
            origin, surname = self.pick(rows)
            p = self.person(lo, hi, sex, ORIGINS[origin], surname)
            self.realize(self.hard)
        else:
            p = self.person(lo, hi, sex, self.origin(origins))
        if self.main is None:
            self.main = p
        return p

    def relative(self, p: Person, nouns: list[str]) -> tuple[Person, str]:
        noun = self.pick(nouns)
        if noun in ("mari", "femme", "épouse", "compagnon", "compagne"):
            noun = self.pick(["mari", "compagnon"] if p.sex == "f" else ["femme", "épouse", "compagne"])
        sex, share, (lo, hi) = KIN[noun]
        age = min(max(years(p) + self.rng.randint(lo, hi), 18), 95)
        neighbour = noun.startswith("voisin")
        surname = masculine(p.surname) if self.chance(share) and not neighbour else None
        married_in = noun in ("gendre", "belle-fille", "mari", "femme", "épouse", "compagnon", "compagne")
        elsewhere = neighbour or (married_in and surname is None and self.chance(0.25))
        origin = self.origin() if elsewhere else p.origin
        r = self.person(age, age + 0.9, sex, origin, surname)
        return r, noun

    def parent(self, kid: Person) -> tuple[Person, str]:
        noun = "mère" if self.chance(0.7) else "père"
        sex, share, _ = KIN[noun]
        surname = masculine(kid.surname) if self.chance(share) else None
        age = years(kid) + self.rng.randint(24, 40)
        return self.person(age, age + 0.9, sex, kid.origin, surname), noun

    def carer(self) -> tuple[Person, str]:
        role = self.pick(CARER_ROLES)
        sex = "f" if role == "aide-ménagère" or self.chance(0.85) else "m"
        return self.person(24, 60, sex, self.origin(CARER_ORIGINS)), role

    # -- naming
    def title(self, p: Person) -> str:
        if id(p) not in self.titles:
            if p.sex == "f":
                options, weights = ["Mme", "Madame", "Mlle"], [85, 13, 2 if years(p) < 30 else 0]
            else:
                options, weights = ["M.", "Mr", "Monsieur"], [62, 25, 13]
            self.titles[id(p)] = self.rng.choices(options, weights)[0]
        return self.titles[id(p)]

    def upper(self, surname: str) -> str:
        return strip_accents(surname).upper() if self.chance(0.4) else surname.upper()

    def sur(self, p: Person) -> str:
        if self.caps:
            if id(p) not in self.shown:
                self.shown[id(p)] = self.upper(p.surname)
            return self.shown[id(p)]
        return p.surname

    def render(self, p: Person, form: str, lower: bool = False) -> str:
        t, s, g = self.title(p), self.sur(p), p.given
        if "S" in form:
            s = self.upper(p.surname)
        if lower:
            t, s, g = t.lower(), s.lower(), g.lower()
        names = {"t s": (t, s), "t s g": (t, f"{s} {g}"), "t g s": (t, f"{g} {s}"), "g s": ("", f"{g} {s}"),
                 "S g": ("", f"{s} {g}"), "s g": ("", f"{s} {g}"), "s": ("", s), "S": ("", s), "g": ("", g),
                 "g S": ("", f"{g} {s}")}
        before, name = names[form]
        return f"{before} {nom(name)}" if before else nom(name)

    def first(self, p: Person, forms: dict[str, int] | None = None) -> str:
        """The first mention of `p` in the note, a later one if `p` was named already."""
        if id(p) in self.seen:
            return self.again(p)
        self.seen.add(id(p))
        forms = forms or {"t s": 40, "t s g": 21, "t g s": 13, "g s": 16, "S g": 10}
        form = markup.pick(self.rng, forms)
        if self.hard == "lower" and p is self.main:
            self.realize("lower-case name")
            return self.render(p, form, lower=True)
        return self.render(p, form)

    def kid(self, p: Person) -> str:
        """A child: no title, and once named, often the given name alone."""
        if id(p) in self.seen:
            return self.pick([nom(p.given), self.render(p, "g s")])
        return self.first(p, {"g s": 50, "S g": 25, "s g": 10, "g S": 15})

    def lead(self, p: Person) -> str:
        """The patient named at the very start of the note."""
        if self.hard == "open" and p is self.main:
            self.seen.add(id(p))
            self.realize("surname opening the note")
            return self.render(p, self.pick(["s", "S", "S g", "s g", "S g"]))
        return self.first(p)

    def again(self, p: Person) -> str:
        if self.hard == "typo" and p is self.main and len(p.surname) >= 6 and " " not in p.surname:
            slipped = markup.slip(self.sur(p), self.rng)
            if slipped != self.sur(p):
                self.realize("slip in a name")
                return f"{self.title(p)} {nom(slipped)}"
        return f"{self.title(p)} {nom(self.sur(p))}"

    def spoken(self, p: Person) -> str:
        t = {"Mme": "Madame", "Mlle": "Mademoiselle", "M.": "Monsieur", "Mr": "Monsieur"}.get(self.title(p))
        if t:
            self.titles[id(p)] = t
        return self.first(p, {"t s": 60, "g s": 25, "t g s": 15})

    def export_name(self, p: Person) -> str:
        return self.first(p, {"S g": 60, "g s": 25, "s g": 15})

    def rel_name(self, r: Person) -> str:
        if self.hard == "given-rel":
            self.seen.add(id(r))
            self.realize("relative or carer by given name")
            return nom(r.given)
        if any(masculine(q.surname) == masculine(r.surname) for q in self.people if q is not r):
            return self.first(r, {"g s": 50, "t g s": 30, "t s g": 20})  # the given name tells them apart
        return self.first(r, {"t s": 40, "g s": 35, "t s g": 10, "t g s": 15})

    def rel(self, r: Person, noun: str, start: bool = False) -> str:
        """`sa fille Mme X`, `son fils (Mourad X)`: the relative of the patient."""
        poss = markup.possessive(noun, r.sex)
        poss = cap(poss) if start else poss
        name = self.rel_name(r)
        if name.startswith("[[") and self.chance(0.25):
            return f"{poss} ({name})"
        return f"{poss} {name}"

    def cb(self, p: Person, start: bool = False) -> str:
        """`la rappeler`, `rappeler Mme X`, or, as a harder form, `rappeler X`."""
        if self.hard == "verb" and p is self.main:
            self.realize("surname after a verb")
            text = f"{self.pick(['rappeler', 'recontacter', 'rappeler', 'joindre'])} {nom(self.sur(p))}"
        else:
            text = self.pick([f"{le(p)} rappeler", f"rappeler {self.again(p)}", "rappeler"])
        return cap(text) if start else text

    # -- identifiers
    def tel(self, landline: bool | None = None) -> str:
        rng = self.rng
        if landline is None:
            landline = self.chance(0.2)
        if landline:
            body = rng.choice(["148", "143", "149", "141", "145", "142", "956", "981"]) + digits(rng, 6)
        else:
            body = rng.choice("6667") + digits(rng, 8)
        pairs = " ".join(body[i:i + 2] for i in range(1, 9, 2))
        form = rng.choices(range(8), [44, 12, 5, 15, 10, 3, 5, 6])[0]
        text = [f"0{body[0]} {pairs}", f"0{body[0]}.{pairs.replace(' ', '.')}",
                f"0{body[0]}-{pairs.replace(' ', '-')}", f"0{body}", f"+33 {body[0]} {pairs}",
                f"+33 (0){body[0]} {pairs}", f"0033 {body[0]} {pairs}", f"+33{body}"][form]
        return tag("TEL", text)

    def dval(self, p: Person) -> str:
        return tag("DDN", birth_text(p.born, self.rng))

    def ddn(self, p: Person, start: bool = False) -> str:
        context = self.pick(["ddn", "ddn", "DDN :", f"né{e(p)} le", "date de naissance :", "DDN", "nais."])
        return f"{cap(context) if start else context} {self.dval(p)}"

    def birthplace(self, p: Person) -> tuple[str, str]:
        if id(p) not in self.places:
            abroad = p.origin.abroad.split()
            share = 0.65 if years(p) > 35 else 0.2
            if abroad and self.chance(share):
                place = ("99", self.pick(abroad))
            else:
                dept = self.pick(list(p.origin.departments))
                commune = f"{self.pick('12')}{self.rng.randint(1, 34):02d}" if dept == "97" else \
                    f"{self.rng.randint(1, 380):03d}"
                place = (dept, commune)
            self.places[id(p)] = "|".join(place)
        dept, commune = self.places[id(p)].split("|")
        return dept, commune

    def nir(self, p: Person) -> str:
        NIRS.append(p.given)
        dept, commune = self.birthplace(p)
        body = f"{1 if p.sex == 'm' else 2}{p.born.year % 100:02d}{p.born.month:02d}{dept}{commune}" \
               f"{self.rng.randint(1, 999):03d}"
        key = 97 - int(body) % 97
        if len(NIRS) in WRONG_KEYS:
            key = (key + self.rng.randint(3, 60)) % 97 or 11
            self.flags.add("NIR with a wrong key")
        spaced = f"{body[0]} {body[1:3]} {body[3:5]} {body[5:7]} {body[7:10]} {body[10:13]} {key:02d}"
        form = self.rng.choices(range(4), [55, 27, 12, 6])[0]
        text = [spaced, f"{body}{key:02d}", f"{body} {key:02d}", spaced.replace(" ", ".")][form]
        return tag("NIR", text)

    def mail(self, p: Person) -> str:
        g = re.sub(r"[^a-z]", "", fold(p.given))
        s = re.sub(r"[^a-z]", "", fold(p.surname))
        yy = f"{p.born.year % 100:02d}"
        local = self.pick([f"{g}.{s}", f"{s}.{g}", f"{g}{s}{yy}", f"{g[0]}.{s}", f"{s}{g[0]}", f"{g}_{s}",
                           f"{g}.{s}{self.rng.randint(1, 99)}", f"{s}-{g}", f"{g}{self.pick(['93', '94'])}"])
        domain = self.pick(["gmail.com", "gmail.com", "hotmail.fr", "yahoo.fr", "orange.fr", "free.fr",
                            "laposte.net", "sfr.fr", "outlook.fr", "icloud.com", "live.fr"])
        return tag("EMAIL", f"{local}@{domain}")

    def adr(self, details: bool = False) -> str:
        rng = self.rng
        number = str(rng.choice([rng.randint(1, 40), rng.randint(1, 40), rng.randint(1, 190)]))
        if self.chance(0.12):
            number += self.pick([" bis", " ter", "bis", " B"])
        street = f"{number} {self.pick(STREET_TYPES)} {self.pick(STREET_NAMES)}"
        town = self.pick(TOWNS)
        if self.chance(0.2):
            code, name = town.split(" ", 1)
            town = f"{code} {name.upper()}"
        extra = ""
        if details or self.chance(0.25):
            parts = [self.pick(["bât. B", "bâtiment C", "bât 4", "esc. 2", "bât. A esc. 3", "tour 7"]),
                     self.pick(["RDC", "1er étage", "3e étage", "4e ét.", "7e étage porte gauche",
                                "2e droite",
                                "5e sans ascenseur", "11e étage"]),
                     self.pick([f"code {digits(rng, 4)}{rng.choice('ABCD')}", f"digicode {digits(rng, 4)}",
                                f"code {digits(rng, 2)}B{digits(rng, 2)}",
                                f"digicode {rng.choice('ABC')}{digits(rng, 4)}", "interphone en panne"])]
            extra = ", ".join(p for p in parts if self.chance(0.75)) or parts[1]
        form = rng.randrange(6)
        if form == 0 and extra:
            text = f"{street}, {extra}, {town}"
        elif form == 1 and extra:
            text = f"{street}, {town}, {extra}"
        elif form == 2:
            text = f"{self.pick(RESIDENCES)}, {street}, {town}" + (f", {extra}" if extra else "")
        elif form == 3:
            text = f"{street} {town}" + (f" {extra}" if extra else "")
        elif form == 4:
            text = f"{street}, {town.split(' ', 1)[1]}" + (f" ({extra})" if extra else "")
        else:
            text = f"{street}, {town}" + (f" - {extra}" if extra else "")
        return tag("ADRESSE", text)

    def mut_id(self) -> str:
        rng = self.rng
        return tag("ID", self.pick([digits(rng, 10), "0" + digits(rng, 7),
                                    f"{digits(rng, 2)} {digits(rng, 3)} {digits(rng, 3)} "
                                    f"{digits(rng, 2)}", f"A{digits(rng, 9)}",
                                    f"{digits(rng, 8)}-{digits(rng, 2)}", f"MG{digits(rng, 8)}"]))

    def ame_id(self) -> str:
        rng = self.rng
        return tag("ID", self.pick([f"{digits(rng, 3)} {digits(rng, 4)} {digits(rng, 4)}",
                                    f"2026-93-{digits(rng, 6)}", f"AME{digits(rng, 9)}",
                                    f"PR26-{digits(rng, 6)}"]))

    def at_id(self) -> str:
        rng = self.rng
        return tag("ID", self.pick([digits(rng, 9), f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 1)}",
                                    f"93-2026-{digits(rng, 6)}", f"AT{digits(rng, 9)}",
                                    f"26{digits(rng, 8)}"]))

    def file_id(self) -> str:
        rng = self.rng
        return tag("ID", self.pick([digits(rng, 10), f"80{digits(rng, 8)}", f"IPP{digits(rng, 8)}",
                                    f"D26-{digits(rng, 6)}", f"{digits(rng, 2)}/{digits(rng, 6)}"]))

    def ref(self) -> str:
        letters = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        code = "".join(self.pick(list(letters)) for _ in range(8))
        return tag("ID", self.pick([f"{code[:4]}-{code[4:]}", f"RDV-{code[:6]}", code]))

    # -- what is kept
    def slot(self, prep: str = "", past: bool = False) -> str:
        """A kept appointment slot, new to the note; after `de` (`du 24/11 à 9h`, `de mardi 9h`)."""
        text = markup.fresh_slot(past_slot_text if past else slot_text, self.rng, self.used_slots)
        if prep != "de":
            return keep(text)
        return f"du {keep(text[3:])}" if text.startswith("le ") else f"de {keep(text)}"

    def wednesday(self) -> str:
        day = self.pick([d for d in OPEN_DAYS if d.weekday() == 2])
        hm = hour_text(self.rng.randint(13, 18), self.pick([0, 15, 30, 45]))
        return keep(self.pick([f"mercredi {day.day}/{day.month:02d} à {hm}", f"mercredi {hm}",
                               f"mercredi {day.day} {MONTHS[day.month - 1]} {hm}"]))

    def de(self, text: str) -> str:
        """`de Mme X`, `d'Azra X`: `de`, elided before a name that opens on a vowel."""
        bare = re.sub(r"^\[\[\w+\|", "", text)
        return f"d'{text}" if bare and fold(bare[0]) in "aeiou" else f"de {text}"

    def staff(self, full: bool = False) -> str:
        name = self.pick([s for s in markup.STAFF if (" " in s) == full])
        self.staff_sex = STAFF_SEX[name.split()[0]]
        return keep(name)

    def two_staff(self) -> tuple[str, str]:
        """Two different staff first names, for a note where one hands over to the other."""
        one = self.staff()
        other = self.staff()
        while other == one:
            other = self.staff()
        return one, other

    def hosp(self, prep: str, names: list[tuple[str, str]] | None = None) -> str:
        """`de l'hôpital X`, `au CHI de Y`, `à Z`: a hospital, its name kept, after `de` or `à`."""
        article, name = self.pick(names or HOSPITALS)
        if prep == "de":
            bare = "d'" if name[0] in "AEIOUÉ" else "de "
            lead = {"l'": "de l'", "le ": "du ", "la ": "de la "}.get(article, bare)
        else:
            lead = {"l'": "à l'", "le ": "au ", "la ": "à la "}.get(article, "à ")
        return f"{lead}{keep(name)}"

    def k(self, items: str | list[str]) -> str:
        return keep(items if isinstance(items, str) else self.pick(items))


# ---------------------------------------------------------------------------------------------
# The notes: one function a scenario, each in several wordings


def relative_of(n: Note, noun: str, r: Person, whose: str) -> str:
    """`La fille de Mme X (Mme Y)`: a relative or carer named after the patient `whose` they call about,
    at the start of a sentence."""
    return f"{cap(markup.definite(noun, r.sex))} {n.de(whose)} ({n.rel_name(r)})"


def s_answering_machine(n: Note) -> str:
    p = n.patient(18, 92)
    t = n.k(call_time(n.rng))
    v = n.v(4)
    if v == 0:
        return (f"Msg répondeur {t} : {n.first(p)} ne pourra pas venir {n.slot()} ({n.pick(REASONS)}). "
                f"{n.cb(p, True)} au {n.tel()} pour un autre créneau.")
    if v == 1:
        return (f"Répondeur ({t}) : « Oui bonjour, c'est {n.spoken(p)}, j'avais rendez-vous {n.slot()} avec "
                f"{n.staff()}, je suis malade, vous pouvez me rappeler au {n.tel(False)} ? "
                f"Merci, au revoir. »")
    if v == 2:
        return f"répondeur {t} - {n.first(p)} - annule {n.slot()}, rappellera. Tel {n.tel()}"
    return (f"Message laissé {t} par {n.first(p)} : {il(p)} a perdu son ordonnance, demande si on en a une "
            f"copie. Rappeler sur le fixe {n.tel(True)} après 18h.")


def s_online_booking(n: Note) -> str:
    p = n.patient(16, 82)
    v = n.v(3)
    if v == 0:
        return (f"Nouvelle résa en ligne ({n.k(stamp(n.rng))}) | Patient : {n.export_name(p)} | Né(e) le : "
                f"{n.dval(p)} | Tél : {n.tel(False)} | Email : {n.mail(p)} | Motif : {n.k(MOTIFS)} | "
                f"Praticien : {n.staff(True)} | Créneau : {n.k(export_slot(n.rng))}")
    if v == 1:
        return (f"Doctolib - nouveau rendez-vous\nPatient(e) : {n.export_name(p)}\nDate de naissance : "
                f"{n.dval(p)}\nPortable : {n.tel(False)}\nMotif : {n.k(MOTIFS)}\nAvec : {n.staff(True)}\nLe "
                f": {n.k(export_slot(n.rng))}\nRéf. : {n.ref()}"
                + (f"\nAdresse : {n.adr()}" if n.chance(0.4) else ""))
    why = n.pick(["empêchement", "je suis malade", "travail", "plus besoin", "erreur de créneau"])
    return (f"Annulation en ligne {n.k(stamp(n.rng))} : {n.export_name(p)} a annulé son rdv du "
            f"{n.k(export_slot(n.rng))} avec {n.staff()} (motif : « {why} »). Créneau remis en ligne.")


def after_address(n: Note) -> str:
    return n.pick(["", "", "", " (ascenseur en panne)", " (sonner fort, entend mal)",
                   " (chien, prévenir avant)", " (stationnement difficile)", " (clé chez la gardienne)"])


def s_home_visit(n: Note) -> str:
    p = n.patient(70, 97)
    r, noun = n.relative(p, OLD_KIN + ["mari"])
    dx = n.k(DX_OLD)
    v = n.v(3)
    if v == 0:
        when = n.pick(["hier", "lundi", "la semaine dernière", "ce matin"])
        return (f"VAD à organiser : {n.first(p)}, {years(p)} ans, {dx}, sortie {n.hosp('de')} {when}. "
                f"Adresse : {n.adr(True)}{after_address(n)}. Contact : {n.rel(r, noun)} au {n.tel()}. "
                f"{n.staff()} peut passer {n.slot()}.")
    if v == 1:
        return (f"Demande de kiné à domicile pour {n.first(p)} ({n.ddn(p)}), {dx}. {n.rel(r, noun, True)} a "
                f"appelé, {il(r)} sera présent{e(r)} à la 1re séance. {n.adr()}. Tél fixe {n.tel(True)}. Pec "
                f"{n.staff()} {n.k(DAYS_KEPT)}.")
    return (f"vad {dx} - {n.first(p)} - {n.adr(True)} - {n.rel(r, noun)} {n.tel()} - ordo ok, "
            f"{n.pick(['commencer au plus vite', 'pas avant le 20', 'voir avec le SSIAD pour les heures'])}")


def s_carer(n: Note) -> str:
    p = n.patient(65, 97)
    c, role = n.carer()
    v = n.v(3)
    if v == 0:
        return (f"Appel {n.de(n.rel_name(c))} ({role} {n.de(n.first(p))}) : {il(p)} est hospitalisé{e(p)} "
                f"{n.hosp('à')} depuis {n.pick(['hier', 'samedi', 'trois jours'])}. Suspendre les VAD de "
                f"{n.staff()} jusqu'à nouvel ordre. {cap(le(c))} rappeler au {n.tel(False)} pour la reprise.")
    if v == 1:
        return (f"{n.first(p)} : {markup.possessive(role, c.sex)}, {n.rel_name(c)}, signale qu'{il(p)} est "
                f"très fatigué{e(p)} depuis le week-end. Séance {n.slot('de')} à reporter. Joignable au "
                f"{n.tel(False)} le matin.")
    return (f"{relative_of(n, role, c, n.first(p))} prévient que personne "
            f"ne pourra ouvrir {n.slot()} ({n.adr(True)}), la fille est en déplacement. Reporter. "
            f"{cap(il(c))} rappelle {n.pick(['demain', 'dans la journée', 'vendredi'])} du {n.tel(False)}.")


def s_prescription(n: Note) -> str:
    p = n.patient(20, 86)
    dx = n.k(DX_ADULT)
    count = n.pick(["10", "12", "15", "20", "30"])
    source = n.pick([f"ordo {n.hosp('de')}", "prescrite par son médecin traitant", "ordo du chirurgien",
                     "ordo du rhumatologue"])
    v = n.v(3)
    if v == 0:
        via = n.pick(["reçue par mail", "reçue en photo sur WhatsApp", "reçue par fax de la clinique",
                      "déposée par son fils", "reçue par courrier"])
        return (f"{n.lead(p)} : ordo {via}, {count} séances pour {dx}, {source}. {n.ddn(p, True)}. Mut. "
                f"{n.pick(MUTUELLES)}, n° adh. {n.mut_id()}. {n.staff()} {le(p)} prend {n.k(DAYS_KEPT)}.")
    if v == 1:
        sec = f" N° sécu {n.nir(p)}." if n.chance(0.5) else ""
        return (f"Ordo déposée à l'accueil pour {n.first(p)} ({n.ddn(p)}) : {dx}, {count} séances, pas de "
                f"domicile.{sec} Tiers payant mutuelle {n.pick(MUTUELLES)} (adh. {n.mut_id()}). Premier rdv "
                f"{n.slot()} avec {n.staff()}.")
    return (f"ordo {dx} x{count} pour {n.first(p)}, reçue par mail ({n.mail(p)}). {n.cb(p, True)} pour les "
            f"rdv.")


def s_billing(n: Note) -> str:
    p = n.patient(18, 88)
    until = f"{n.rng.randint(1, 28):02d}/{n.rng.randint(1, 12):02d}/2027"
    v = n.v(4)
    if v == 0:
        return (f"{n.lead(p)} : tiers payant intégral, {n.k('CSS')} (ex CMU-C) valable jusqu'au {until}. N° "
                f"sécu {n.nir(p)}. Attestation n° {n.mut_id()} scannée.")
    if v == 1:
        return (f"{n.lead(p)} est à l'{n.k('AME')}, attestation n° {n.ame_id()} valable jusqu'au {until}. "
                f"Pas de carte Vitale, {n.ddn(p)}. Adresse : {n.adr()}. Facturer en tiers payant total.")
    if v == 2:
        return (f"Carte Vitale {n.de(n.first(p))} pas à jour (droits fermés ?). NIR {n.nir(p)}, {n.ddn(p)}. "
                f"Lui demander son attestation de droits {n.slot()}.")
    return (f"{n.lead(p)} passe en {n.k('ALD')} ({n.k(DX_NEURO)}), prise en charge à 100 %. NIR : "
            f"{n.nir(p)}. Mettre le dossier à jour avant {n.slot()}.")


def kid_parent(n: Note, kid: Person, par: Person, noun: str) -> str:
    """`La maman de Lila X (Mme Y)`: a parent calling about a child, at the start of a sentence."""
    word = n.pick([noun, "maman" if noun == "mère" else "papa"])
    return relative_of(n, word, par, n.kid(kid))


def s_school(n: Note) -> str:
    kid = n.patient(11, 17)
    par, noun = n.parent(kid)
    school, dx = n.k(LYCEES if years(kid) >= 15 else COLLEGES), n.k(DX_KID)
    if n.chance(0.5):
        return (f"{kid_parent(n, kid, par, noun)} demande une attestation de suivi kiné pour le CPE du "
                f"{school} : {il(kid)} est dispensé{e(kid)} d'EPS jusqu'aux vacances ({dx}). À envoyer à "
                f"{n.mail(par)}.")
    return (f"Attestation pour l'école : {n.kid(kid)}, {years(kid)} ans, {n.ddn(kid)}, suivi{e(kid)} par "
            f"{n.staff()} pour {dx} ({school}). {cap(markup.possessive(noun, par.sex))} ({n.rel_name(par)}) "
            f"passera la chercher {n.slot()}. Tel {n.tel(False)}.")


def job(n: Note, p: Person) -> str:
    m, f = n.pick(JOBS)
    return f if p.sex == "f" else m


def s_work_accident(n: Note) -> str:
    p = n.patient(20, 62)
    dx = n.k(DX_WORK)
    v = n.v(3)
    if v == 0:
        return (f"{n.lead(p)} : {n.k('AT')} du {past_date(n.rng)}, {job(n, p)}, {n.pick(MECHANISMS)} "
                f"({n.pick(WORKPLACES)}), {dx}. N° AT {n.at_id()}. Apporter la feuille d'accident du travail "
                f"au 1er rdv {n.slot()}. Tel {n.tel()}.")
    if v == 1:
        return (f"Accident du travail : {n.first(p)}, {job(n, p)} ({n.pick(WORKPLACES)}), {dx}. Feuille d'AT "
                f"n° {n.at_id()}, employeur prévenu. {n.ddn(p, True)}, NIR {n.nir(p)}. Pec {n.staff()} "
                f"{n.k(DAYS_KEPT)}.")
    return (f"{n.lead(p)} appelle pour son {n.k('AT')} : la CPAM veut le numéro de l'accident ({n.at_id()}) "
            f"sur les factures. Noté dans le dossier. {n.cb(p, True)} quand c'est renvoyé.")


def s_cancel(n: Note) -> str:
    p = n.patient(16, 90)
    v = n.v(4)
    if v == 0:
        why = n.pick(["rappellera", "malade", "pas de transport", "reprend le travail", "hospitalisé" + e(p)])
        return f"{n.lead(p)} annule {n.slot()}, {why}."
    if v == 1:
        return f"{n.lead(p)} : annulation {n.slot()} ({n.pick(REASONS)}), reporter si possible {n.slot()}."
    if v == 2:
        return f"{n.lead(p)} décale {n.slot()} → {n.slot()}. Ok avec {n.staff()}."
    return f"{n.lead(p)} annule toutes ses séances de la semaine pro ({n.pick(REASONS)}). Tel {n.tel()}."


def s_change_physio(n: Note) -> str:
    p = n.patient(18, 85)
    first_staff, second = n.two_staff()
    if n.chance(0.6):
        return (f"{n.lead(p)} voudrait continuer avec {first_staff} plutôt qu'avec {second} (horaires plus "
                f"tard le soir). Ok à partir {n.slot('de')}. {n.cb(p, True)} pour confirmer.")
    return (f"{n.lead(p)} préfère une kiné femme pour sa rééduc ({n.k(DX_ADULT)}) → {n.k('Sophie')}. Premier "
            f"rdv {n.slot()}. Tel {n.tel()}.")


def s_neuro_family(n: Note) -> str:
    p = n.patient(55, 92)
    r, noun = n.relative(p, ["fille", "fils", "mari", "fille", "sœur", "belle-fille"])
    dx = n.k(DX_NEURO)
    if n.chance(0.5):
        return (f"{relative_of(n, noun, r, n.first(p))} demande si "
                f"{n.staff()} peut passer {n.k('3 fois par semaine')} ({dx}, chutes à répétition). Voir "
                f"planning. Rappeler au {n.tel()}.")
    seul = "seule" if p.sex == "f" else "seul"
    staff = n.staff()
    return (f"{n.first(p)} ({dx}) : {n.rel(r, noun)} signale une aggravation depuis 15 jours, {il(p)} ne "
            f"tient plus debout {seul}. {staff} prévenu{'e' if n.staff_sex == 'f' else ''}, séance avancée "
            f"{n.slot()}.")


def s_bronchiolitis(n: Note) -> str:
    kid = n.patient(0.1, 1.4)
    par, noun = n.parent(kid)
    age = f"{max(months(kid), 1)} mois"
    v = n.v(3)
    if v == 0:
        return (f"{n.k('URGENT')} {n.k('bronchiolite')} : {n.kid(kid)}, {age} (né{e(kid)} le {n.dval(kid)}), "
                f"ordo des urgences {n.hosp('de', KIDS_HOSPITALS)}. {'Maman' if par.sex == 'f' else 'Papa'} "
                f": {n.rel_name(par)} au {n.tel(False)}. {n.staff()} peut {le(kid)} voir {n.slot()}.")
    if v == 1:
        child = "sa fille" if kid.sex == "f" else "son fils"
        return (f"Kiné respi bébé : {n.rel_name(par)} appelle pour {child} {n.kid(kid)} ({age}), très "
                f"encombré{e(kid)}, ordo du pédiatre. Dispo {n.slot()}. Tél {n.tel(False)}.")
    return (f"{n.kid(kid)} ({n.ddn(kid)}) : {n.k('kiné respiratoire')} x{n.pick(['6', '8', '10'])}, "
            f"{markup.definite(noun, par.sex)} ({n.rel_name(par)}) voudrait un créneau tôt avant la crèche → "
            f"{n.slot()}. Mail : {n.mail(par)}.")


def s_perineal(n: Note) -> str:
    p = n.patient(23, 42, "f")
    sophie = n.k(n.pick(["Sophie", "Sophie Lemoine"]))
    if n.chance(0.55):
        return (f"{n.lead(p)} : {n.k('rééducation périnéale')} post-partum (accouchement il y a "
                f"{n.rng.randint(6, 12)} semaines {n.hosp('à', MATERNITIES)}), {n.k('10 séances')} avec "
                f"{sophie}. {n.ddn(p, True)}. Dispo seulement {n.k(DAYS_KEPT)}. Mail : {n.mail(p)}."
                + (f" NIR : {n.nir(p)}." if n.chance(0.35) else ""))
    return (f"{n.lead(p)} demande un rdv avec {sophie} pour {n.k('rééduc périnéale')}, ordo de la "
            f"sage-femme. Tel {n.tel(False)}. Premier rdv {n.slot()}.")


def s_lymph(n: Note) -> str:
    p = n.patient(38, 78, "f" if n.chance(0.85) else "m")
    side = n.k(n.pick(["membre sup. gauche", "bras droit", "MS gauche", "membre inf. droit"]))
    if n.chance(0.5):
        return (f"{n.lead(p)} : {n.k('drainage lymphatique manuel')} {side}, suite à un "
                f"{n.k('curage axillaire')}, suivi{e(p)} {n.hosp('à', CANCER)}. {n.k('2 séances/semaine')}. "
                f"Tel {n.tel()}. {n.pick(MUTUELLES)} n° {n.mut_id()}.")
    return (f"{n.first(p)}, {n.ddn(p)}, {n.k('lymphœdème')} {side} : bandages + drainage avec {n.staff()}. "
            f"Adresse pour les factures : {n.adr()}.")


def s_sport(n: Note) -> str:
    p = n.patient(14, 36)
    sport, club = n.pick(SPORTS), n.pick(CLUBS)
    bare_sport = re.split(r"[ ']", sport)[-1]
    at_club = f"au {club[3:]}" if club.startswith("le ") else f"à {club}"
    v = n.v(3)
    if v == 0:
        return (f"{n.lead(p)} ({years(p)} ans, {bare_sport} {at_club}) : {n.k(DX_SPORT)}, veut reprendre "
                f"vite. Bilan {n.slot()} avec {n.staff()}. Tel {n.tel(False)}.")
    if v == 1:
        return (f"{n.lead(p)}, {n.ddn(p)}, {n.k('ligamentoplastie LCA')} opéré{e(p)} le {past_date(n.rng)} "
                f"{n.hosp('à')}. Protocole du chirurgien à apporter. Mail : {n.mail(p)}. Rdv {n.slot()}.")
    return (f"{n.lead(p)} veut un papier pour reprendre {sport} : pas de certificat de notre part, voir son "
            f"médecin. Bilan de fin de rééduc prévu {n.slot()} avec {n.staff()}.")


def s_no_show(n: Note) -> str:
    p = n.patient(16, 88)
    v = n.v(3)
    if v == 0:
        return (f"Absent{e(p)} {n.slot(past=True)} sans prévenir : {n.first(p)}. Appelé{e(p)} au {n.tel()}, "
                f"messagerie, message laissé.")
    if v == 1:
        return (f"2e lapin pour {n.first(p)} ({n.slot(past=True)}). Lui rappeler qu'on facture au-delà de 2 "
                f"absences non excusées. Tel {n.tel()}.")
    return f"{n.first(p)} pas venu{e(p)} {n.slot(past=True)}. {n.cb(p, True)} au {n.tel()}."


def s_payment(n: Note) -> str:
    p = n.patient(18, 88)
    amount = f"{n.rng.randint(16, 190)},{n.pick(['00', '50', '13', '26', '80'])} €"
    v = n.v(3)
    if v == 0:
        return f"Chèque {n.de(n.first(p))} rejeté ({amount}). {n.cb(p, True)} au {n.tel()} pour régulariser."
    if v == 1:
        return (f"{n.lead(p)} : {n.pick(MUTUELLES)} refuse la prise en charge, n° adhérent {n.mut_id()} "
                f"inconnu chez eux. Lui demander sa carte de mutuelle à jour {n.slot()}.")
    return (f"Reste à charge pour {n.first(p)} ({amount}, {n.rng.randint(3, 12)} séances). Relance par mail "
            f"à {n.mail(p)}.")


def s_interpreter(n: Note) -> str:
    p = n.patient(45, 88, origins=[o for o in LANGUAGES if o != "portugal"])
    r, noun = n.relative(p, ["fille", "fils", "petite-fille", "petit-fils", "neveu", "belle-fille"])
    language = n.pick(AFRICAN_LANGUAGES.get(p.surname, LANGUAGES[p.origin.name]))
    only = f"l'{language}" if language[0] in "aeiouéy" else f"le {language}"
    if n.chance(0.55):
        when = n.pick(["après 17h", "le midi", "le matin avant 9h", "n'importe quand"])
        return (f"{n.first(p)} parle peu français ({language}). C'est {n.rel(r, noun)} qui traduit, "
                f"joignable au {n.tel(False)} {when}. {n.staff()} ok pour {n.slot()}.")
    return (f"Pour {n.first(p)} (ne parle que {only}) : appeler {n.rel(r, noun)}, pas {le(p)} patient{e(p)}. "
            f"{n.tel(False)}.")


def s_confidentiality(n: Note) -> str:
    p = n.patient(30, 92)
    r, noun = n.relative(p, ["fils", "fille", "gendre", "neveu", "sœur", "frère", "compagnon"])
    if n.chance(0.5):
        return (f"Appel {n.de(n.rel_name(r))} ({noun} {n.de(n.first(p))}) qui veut savoir où en est la "
                f"rééduc. Pas d'info par téléphone (secret pro), lui ai dit d'en parler directement avec "
                f"{le(p)} patient{e(p)}.")
    return (f"{cap(markup.definite(noun, r.sex))} {n.de(n.first(p))}, {n.rel_name(r)}, voudrait le compte "
            f"rendu du bilan. Seulement avec l'accord écrit "
            f"{'de la patiente' if p.sex == 'f' else 'du patient'}. Renvoyé{e(r)} vers {n.staff()}, "
            f"{n.tel()}.")


def s_new_address(n: Note) -> str:
    p = n.patient(25, 95)
    v = n.v(3)
    if v == 0:
        return (f"{n.lead(p)} a déménagé : nouvelle adresse {n.adr()}. VAD de {n.staff()} à partir "
                f"{n.slot('de')}.")
    if v == 1:
        return f"Changement d'adresse pour {n.first(p)} : {n.adr(True)}. Tél inchangé."
    return f"Nouvelle adresse {n.de(n.first(p))} ({n.ddn(p)}) : {n.adr()}. Fixe : {n.tel(True)}."


def s_new_contact(n: Note) -> str:
    p = n.patient(18, 85)
    if n.chance(0.6):
        return f"{n.lead(p)} : nouveau portable {n.tel(False)} (l'ancien ne marche plus). Mail : {n.mail(p)}."
    return f"Mise à jour coordonnées {n.first(p)} - tel {n.tel()}, mail {n.mail(p)}."


def s_invoice(n: Note) -> str:
    p = n.patient(20, 85)
    if n.chance(0.5):
        return (f"{n.lead(p)} demande une facture acquittée pour sa mutuelle ({n.pick(MUTUELLES)}, adh. "
                f"{n.mut_id()}), à envoyer à {n.mail(p)}.")
    if n.chance(0.5):
        return (f"{n.lead(p)} veut ses factures par courrier, pas par mail : {n.adr()}. Mut. "
                f"{n.pick(MUTUELLES)}, adh. {n.mut_id()}.")
    return (f"Facture de {n.rng.randint(4, 20)} séances pour {n.first(p)}, envoyée le {past_date(n.rng)} à "
            f"{n.mail(p)}. {n.cb(p, True)} si pas reçue.")


def deal(n: Note, deck: str, count: int) -> int:
    """The wordings of a note with no name are dealt like cards, so that the set repeats none too soon."""
    cards = DECKS.setdefault(deck, [])
    if not cards:
        cards.extend(range(count))
        n.rng.shuffle(cards)
    return cards.pop()


def s_staff_only(n: Note) -> str:
    k = n.k
    one, other = n.two_staff()
    full = n.staff(True)
    topic = k(n.pick(["rééducation vestibulaire", "kiné respiratoire pédiatrique", "méthode McKenzie",
                      "drainage lymphatique", "rééducation périnéale"]))
    return [
        f"{one} en formation ({topic}) {k('lundi 23 et mardi 24')} : bloquer son planning. {other} reprend "
        f"ses VAD.",
        f"Réunion d'équipe {k(n.pick(['jeudi 12h30', 'mardi 13h', 'lundi 12h']))}, pas de rdv sur le créneau "
        f"du midi. Prévenir {one}.",
        f"Panne du TPE ce matin, encaisser en chèque ou espèces. {full} a appelé le prestataire.",
        f"Livraison de la table électrique prévue {n.slot()}, quelqu'un doit être là. Voir avec {one}.",
        f"{one} malade aujourd'hui, décaler ses patients de {k('14h')} à {k('18h30')}.",
        f"{full} en congés {k('du 21 au 29 décembre')}, ne plus rien mettre dans son agenda.",
        f"Le cabinet ferme à {k('17h')} {k('vendredi 18')} (pot de fin d'année). Prévenir {full}.",
        f"{one} ne veut plus de VAD après {k('17h')} {k('le vendredi')}, bloquer dans l'agenda.",
        f"Stagiaire de l'IFMK avec {one} à partir de {k('lundi 30')}, prévenir ses patients.",
        f"Logiciel de facturation en maintenance {k('mardi de 8h à 10h')}, noter les paiements à la main. "
        f"{one} au courant.",
        f"Commande de bandes et d'électrodes passée, livraison {n.slot()}. Réception : {one}.",
        f"{one} échange sa matinée de {k('samedi 5')} avec {other}.",
        f"Ménage du cabinet décalé à {k('jeudi 20h')}, {one} laisse les clés dans la boîte.",
        f"Rappel : {full} en formation ({topic}) {k('jeudi 10 décembre')}, agenda fermé.",
        f"Salle 2 indisponible {n.slot()} (peinture), {one} prend la salle 3.",
    ][deal(n, "staff", 15)]


def s_anonymous(n: Note) -> str:
    t = n.k(call_time(n.rng))
    return [
        f"Appel masqué {t}, a raccroché avant que je décroche.",
        f"Un monsieur a appelé {t} pour les tarifs des séances, n'a pas laissé de nom. Rappellera.",
        f"Démarchage téléphonique {t} (complémentaire santé pour le cabinet), pas intéressés.",
        f"Une dame cherche un kiné pour de la balnéo {t}, on ne fait pas : orientée vers la piscine de "
        f"Montreuil.",
        f"La CPAM du Val-de-Marne a appelé {t} pour une facture rejetée, sans nom de patient. Rappellent "
        f"{n.k('demain matin')}.",
        f"Plombier {t} : passe {n.slot()} pour la fuite des toilettes du cabinet.",
        f"Appel {t} de quelqu'un qui cherchait le cabinet dentaire d'à côté, réorienté.",
        f"Faux numéro {t}, une dame qui voulait la pharmacie.",
        f"Message vide sur le répondeur {t}.",
        f"Le podologue d'en face a appelé {t} : les semelles commandées sont arrivées, à récupérer.",
        f"Un jeune homme demande {t} si on prend de nouveaux patients pour du sport : liste d'attente "
        f"jusqu'en janvier, rappellera.",
        f"L'IFMK a appelé {t} pour les stages de printemps. Voir avec {n.staff()}.",
    ][deal(n, "anonymous", 12)]


def s_callback_list(n: Note) -> str:
    people = [n.patient(18, 92) for _ in range(n.pick([2, 3, 3]))]
    topics = ["ordo expirée", "facture", "changement de créneau", "mutuelle", "VAD", "bilan de fin", "AT"]
    first, second = n.rng.sample(topics, 2)
    lines = [f"- {n.first(people[0])} ({first}) {n.tel()}", f"- {n.first(people[1])} : {second}, {n.tel()}"]
    if len(people) > 2:
        lines.append(f"- {n.first(people[2])} pour {n.slot()}")
    head = n.pick(["À rappeler aujourd'hui :", "Rappels à faire :", "A RAPPELER"])
    return "\n".join([head, *lines])


def s_stroke(n: Note) -> str:
    p = n.patient(48, 88)
    r, noun = n.relative(p, ["mari", "mari", "fille", "fils"])
    if n.chance(0.5):
        return (f"Sortie {n.hosp('de', REHAB)} pour {n.first(p)}, {n.k('hémiplégie droite')} "
                f"post-{n.k('AVC')}. Kiné à domicile 5x/sem demandée. Adresse : {n.adr(True)}. "
                f"{n.rel(r, noun, True)} : {n.tel()}.")
    return (f"{relative_of(n, noun, r, n.first(p))} : {il(p)} rentre "
            f"{n.hosp('de', REHAB)} {n.slot()}, besoin de kiné à domicile ({n.k('Bobath')} si possible). "
            f"{n.adr()}.")


def s_transport(n: Note) -> str:
    p = n.patient(60, 94)
    r, noun = n.relative(p, ["fils", "fille", "petit-fils", "neveu", "mari"])
    if n.chance(0.5):
        return (f"{n.first(p)} : bon de transport (taxi conventionné) pour les séances, {n.rel(r, noun)} "
                f"l'accompagne {n.k(DAYS_KEPT)}. Tel {n.tel()}.")
    return (f"Taxi {n.de(n.first(p))} pas venu {n.slot(past=True)}, séance annulée. {n.rel(r, noun, True)} "
            f"voit avec la compagnie. Rappeler au {n.tel()}.")


def s_mail(n: Note) -> str:
    p = n.patient(22, 78)
    if n.chance(0.6):
        signature = nom(f"{p.given} {p.surname}")
        return (f"Mail reçu de {n.mail(p)} :\n« Bonjour, je suis {n.first(p, {'g s': 70, 't s': 30})}, "
                f"patient{e(p)} de {n.staff()}. Je ne pourrai pas venir {n.slot()}, est-il possible de "
                f"décaler {n.slot()} ? Cordialement, {signature} »")
    return (f"Mail {n.de(n.first(p))} ({n.mail(p)}) : demande ses factures d'{n.pick(['octobre', 'août'])} "
            f"pour la mutuelle. Envoyées.")


def s_fall(n: Note) -> str:
    p = n.patient(70, 96)
    r, noun = n.relative(p, ["voisine", "voisin", "fille", "voisine"])
    if n.chance(0.5):
        return (f"{n.k('URGENT')} : {markup.definite(noun, r.sex)} {n.de(n.first(p))} ({n.rel_name(r)}) "
                f"appelle, {il(p)} a chuté ce matin, {n.k('pompiers')} passés, transfert {n.hosp('à')}. "
                f"Annuler la VAD {n.slot('de')}. Rappeler {markup.definite(noun, r.sex)} au {n.tel()}.")
    return (f"{n.first(p)} a fait une {n.k('chute')} hier soir, {n.rel(r, noun)} a appelé le {n.k('15')}. "
            f"Pas de fracture. Reprise des séances {n.slot()} si ok. Tel {n.tel()}.")


def s_expired(n: Note) -> str:
    p = n.patient(25, 90)
    if n.chance(0.5):
        return (f"{n.lead(p)} : ordo terminée (dernière séance le {past_date(n.rng)}), doit revoir son "
                f"médecin traitant. Suspendre les rdv à partir {n.slot('de')}.")
    return f"Plus d'ordo pour {n.first(p)}, nouvelle ordo à demander. Prévenir {n.staff()}. {n.cb(p, True)}."


def s_namesakes(n: Note) -> str:
    a = n.patient(30, 90)
    b = n.person(30, 90, origin=a.origin, surname=masculine(a.surname))
    forms = {"t s g": 50, "t g s": 30, "S g": 20}
    return (f"Attention homonymes au fichier : {n.first(a, forms)} ({n.ddn(a)}) et {n.first(b, forms)} "
            f"({n.ddn(b)}), pas de lien de parenté. Bien vérifier la date de naissance avant de facturer.")


def s_vestibular(n: Note) -> str:
    p = n.patient(35, 85)
    staff = n.staff()
    trained = "formée" if n.staff_sex == "f" else "formé"
    if n.chance(0.6):
        manoeuvre = n.pick([f"manœuvre de {n.k('Sémont')}", f"manœuvre d'{n.k('Epley')}"])
        return (f"{n.lead(p)}, vertiges ({n.k('VPPB')} selon l'ORL {n.hosp('de')}), {manoeuvre} à faire. "
                f"{staff} {trained}, rdv {n.slot()}. Tél {n.tel()}.")
    return (f"{n.lead(p)} : {n.k('maladie de Ménière')}, rééducation vestibulaire, {n.ddn(p)}. Avec {staff} "
            f"{n.slot()}.")


def s_scoliosis(n: Note) -> str:
    kid = n.patient(10, 16)
    par, noun = n.parent(kid)
    return (f"{kid_parent(n, kid, par, noun)} : {n.k('scoliose')} thoracique, {n.k('corset de Chêneau')} "
            f"depuis la rentrée, méthode {n.k('Schroth')} conseillée par l'orthopédiste "
            f"{n.hosp('de', KIDS_HOSPITALS)}. Le mercredi après-midi svp → {n.wednesday()}. "
            f"{n.ddn(kid, True)}. Tel {n.tel(False)}.")


def s_late(n: Note) -> str:
    p = n.patient(18, 80)
    return (f"{n.lead(p)} prévient : {il(p)} aura {n.pick(['10', '15', '20'])} min de retard {n.slot()} "
            f"({n.pick(REASONS)}).")


def s_respiratory(n: Note) -> str:
    p = n.patient(58, 90)
    r, noun = n.relative(p, ["mari", "mari", "fille"])
    return (f"{n.k('Kiné respi')} à domicile pour {n.first(p)} ({n.k('BPCO')} sous O2), {n.adr()}. "
            f"{n.rel(r, noun, True)} au {n.tel()}. {n.staff()} {n.slot()}.")


def s_new_patient(n: Note) -> str:
    p = n.patient(18, 85)
    new = "nouvelle patiente" if p.sex == "f" else "nouveau patient"
    where = f" Adresse : {n.adr()}." if n.chance(0.45) else ""
    return (f"{n.lead(p)} - {new}, {n.ddn(p)}, tel {n.tel()}. Motif : {n.k(DX_ADULT)}, ordo "
            f"{n.pick(['du médecin traitant', 'des urgences', 'du chirurgien'])}. NIR {n.nir(p)}.{where} "
            f"Premier rdv {n.slot()} avec {n.staff()}.")


def s_hospital_letter(n: Note) -> str:
    p = n.patient(30, 92)
    if n.chance(0.5):
        return (f"CR reçu {n.hosp('de')} pour {n.first(p)} (IPP {n.file_id()}) : {n.k(DX_ADULT)}, "
                f"{n.k('appui complet autorisé')}. Scanné au dossier.")
    return (f"Fax {n.hosp('de')} : sortie {n.de(n.first(p))} prévue {n.slot()}, kiné à domicile à prévoir. "
            f"N° de dossier {n.file_id()}.")


def s_sms(n: Note) -> str:
    p = n.patient(18, 88)
    return (f"SMS de rappel non délivré pour {n.first(p)} ({n.tel(False)}), numéro faux ? Vérifier à la "
            f"séance {n.slot('de')}.")


def s_photo(n: Note) -> str:
    p = n.patient(55, 94)
    r, noun = n.relative(p, ["fils", "fille", "petite-fille", "petit-fils"])
    return (f"Ordo reçue en photo sur le portable du cabinet, envoyée par {n.rel_name(r)} ({noun} "
            f"{n.de(n.first(p))}) depuis le {n.tel(False)}. Illisible en bas, redemander l'original.")


def s_club(n: Note) -> str:
    kid = n.patient(9, 17)
    par, noun = n.parent(kid)
    sport = n.pick(["foot", "hand", "basket", "rugby"])
    return (f"{kid_parent(n, kid, par, noun)} demande un justificatif de séances pour le club "
            f"({n.pick(CLUBS)}) : {n.k(OSGOOD)}, arrêt du {sport} 6 semaines. Mail : {n.mail(par)}.")


# (function, weight, tags): "lead" when the patient can open the note, "rel" when a relative or a
# carer is named, "none" when the note names no one.
SCENARIOS = [
    (s_answering_machine, 14, ""), (s_online_booking, 12, ""), (s_home_visit, 13, "rel"), (s_carer, 8, "rel"),
    (s_prescription, 12, "lead"), (s_billing, 10, "lead"), (s_school, 6, "rel"), (s_work_accident, 8, "lead"),
    (s_cancel, 14, "lead"), (s_change_physio, 5, "lead"), (s_neuro_family, 7, "rel"),
    (s_bronchiolitis, 7, "rel"), (s_perineal, 5, "lead"), (s_lymph, 4, "lead"), (s_sport, 7, "lead"),
    (s_no_show, 7, ""), (s_payment, 6, "lead"), (s_interpreter, 6, "rel"), (s_confidentiality, 4, "rel"),
    (s_new_address, 5, "lead"), (s_new_contact, 5, "lead"), (s_invoice, 5, "lead"), (s_staff_only, 9, "none"),
    (s_anonymous, 8, "none"), (s_callback_list, 5, ""), (s_stroke, 5, "rel"), (s_transport, 4, "rel"),
    (s_mail, 5, ""), (s_fall, 5, "rel"), (s_expired, 5, "lead"), (s_namesakes, 3, ""),
    (s_vestibular, 4, "lead"), (s_scoliosis, 3, "rel"), (s_late, 5, "lead"), (s_respiratory, 4, "rel"),
    (s_new_patient, 6, "lead"), (s_hospital_letter, 5, ""), (s_sms, 3, ""), (s_photo, 3, "rel"),
    (s_club, 3, "rel"),
]
FLAGS: list[set[str]] = []
SURNAME_USE: dict[str, int] = {}  # how often each surname was drawn in the set so far
NAMES_USED: set[tuple[str, str]] = set()
DECKS: dict[str, list[int]] = {}
NIRS: list[str] = []


def finish(n: Note, text: str) -> str:
    """A harder form the wording had no place for: a closing line that carries it."""
    p = n.main
    if p is None or n.hard not in ("verb", "typo"):
        return text
    sep = "\n" if "\n" in text else " "
    if n.hard == "verb":
        n.realize("surname after a verb")
        verb = n.pick(["À faire : rappeler", "Penser à rappeler", "Relancer", "→ rappeler"])
        tail = n.pick(["", " pour confirmer", " pour l'ordo", " avant vendredi"])
        return f"{text}{sep}{verb} {nom(n.sur(p))}{tail}."
    slipped = markup.slip(n.sur(p), n.rng)
    if slipped == n.sur(p) or " " in p.surname:
        return text
    n.realize("slip in a name")
    return f"{text}{sep}Dossier de {n.title(p)} {nom(slipped)} mis à jour."


def plan() -> tuple[dict[int, str], set[int], set[int]]:
    """Which notes carry a harder form, and which one; which are typed in lower case; which have a typo in
    a plain word (their own seeded stream)."""
    rng = random.Random(SEED + 1)
    kinds = [kind for kind, count in HARD_QUOTA.items() for _ in range(count)]
    hard = dict(zip(rng.sample(range(NOTES), len(kinds)), kinds, strict=True))
    return hard, set(rng.sample(range(NOTES), LOWER_NOTES)), set(rng.sample(range(NOTES), TYPO_NOTES))


HARD_PLAN, LOWER_PLAN, TYPO_PLAN = plan()


def make_note(rng: random.Random) -> list[tuple[str, str | None]]:
    index = len(FLAGS)
    hard = HARD_PLAN.get(index)
    scenarios = SCENARIOS
    if hard:
        need = {"open": "lead", "given-rel": "rel"}.get(hard)
        scenarios = [s for s in SCENARIOS if s[2] != "none" and (need is None or s[2] == need)]
    saved = dict(SURNAME_USE), set(NAMES_USED), len(NIRS)
    for attempt in range(10):  # a note with no place for the harder form asked for is drawn again
        func = rng.choices([s for s, _, _ in scenarios], [w for _, w, _ in scenarios])[0]
        n = Note(rng, hard)
        text = finish(n, func(n))
        if n.hard is None or attempt == 9:
            break
        SURNAME_USE.clear()
        SURNAME_USE.update(saved[0])
        NAMES_USED.clear()
        NAMES_USED.update(saved[1])
        del NIRS[saved[2]:]
    fragments = markup.join_names(markup.parse(text))
    flags = set(n.flags)
    if index in TYPO_PLAN:  # a slip of the keyboard in a plain word
        plain = [i for i, (piece, kind) in enumerate(fragments) if kind is None and WORD6.search(piece)]
        if plain:
            i = rng.choice(plain)
            piece = fragments[i][0]
            m = rng.choice(list(WORD6.finditer(piece)))
            piece = piece[:m.start()] + markup.slip(m.group(), rng) + piece[m.end():]
            fragments[i] = (piece, None)
            flags.add("typo in a word")
    if n.hard:
        flags.add(f"unrealized {n.hard}")
    if index in LOWER_PLAN:
        fragments = [(piece.lower(), kind) for piece, kind in fragments]
        flags.add("lower-case note")
    FLAGS.append(flags)
    return fragments


# ---------------------------------------------------------------------------------------------
# Checks beyond heldout_markup.validate


def check(record: dict) -> None:
    """heldout_markup.check_no_staff and check_unlabelled, and no bracket left."""
    markup.check_no_staff(record, name_words)
    markup.check_unlabelled(record, name_words)
    assert "[" not in record["text"] and "]" not in record["text"], record["id"]


def hard_notes(flags: list[set[str]]) -> int:
    """The notes that carry a harder name form: lower case, a wrong NIR key and a typo in a plain word
    are counted apart, and a form that found no place does not count."""
    harder = {"lower-case note", "NIR with a wrong key", "typo in a word"}
    return sum(bool({f for f in note if not f.startswith("unrealized")} - harder) for note in flags)


def main() -> None:
    taken = markup.taken_tokens(OUT, EARLIER)
    refuse_used_names(taken)
    records = markup.write(OUT, PREFIX, NOTES, SEED, make_note, check,
                           lambda rs: markup.check_blind_set(rs, NOTES, name_words, taken, 0.2, (0.03, 0.12)))
    markup.report(records, OUT, FLAGS, hard_notes(FLAGS))


if __name__ == "__main__":
    main()
