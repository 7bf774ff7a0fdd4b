"""Write `deid_heldout12.jsonl`: a twelfth held-out set for the de-identifier.

Written 2026-11-28 by a helper session asked for a blind set. Neither the engine (handlers/), its
word lists, its tests nor its benchmark were opened, and the de-identifier was not run on these
notes. The earlier sets (deid_corpus, deid_heldout to deid_heldout11, deid_hard_cases) were read by
program only (heldout_markup.taken_tokens), to refuse any name word they hold: every patient,
relative, carer and neighbour name here is new, and the pools below were fixed until the refusal
passed.

The setting: 300 call notes from December 2026 at a cabinet de kinésithérapie working across
Brittany and Nantes (Rennes, Brest, Quimper, Lorient, Vannes, Saint-Brieuc, Saint-Malo, Nantes,
Saint-Nazaire and the small towns and villages of the five departments). The people are those one
meets there: old Breton families (with and without Le, Ker-, Guen-), other French families, families
from the Maghreb, West Africa, Portugal, Turkey, Eastern Europe, Vietnam, the Comoros and Mayotte,
recent arrivals from Syria and Afghanistan, English retirees in rural Brittany, fishermen, farmers
and agri-food workers. The notes are typed fast: abbreviations (rdv, tel, ddn, pec, ordo, mut., VAD,
AT), answering-machine transcripts, online-booking exports, forwarded messages, home visits with a
lieu-dit, a hameau or le bourg, relatives and carers calling, prescriptions, tiers payant, school
and sport papers, work accidents; ALL-CAPS surnames, typos, some notes without accents, about twenty
all in lower case, about one in seven with no identifier at all. About one note in seven carries one
harder yet ordinary name form: a name in lower case, a surname opening the note or after a verb, a
relative or carer called by given name only, a surname that is an ordinary word, a particle, a
double or hyphenated surname, a slip in a name typed twice.

Labelling: NOM for the names of patients, relatives, carers and neighbours (a title stays outside
the span), never the practice's staff, who are kept; TEL, NIR (15 characters with the key), DDN
(birth dates only, in a birth context), EMAIL, ADRESSE (one span from the number, lieu-dit or
residence through the town when typed in one run, bis, building, floor and door code included; a
town alone is not marked), ID (mutuelle member, dossier, booking and claim numbers). Kept: the
appointment slots, the staff's names, urgency words, clinical terms, hospitals and eponyms. Doctors
outside the practice are never named.

Run from this folder: `../../.venv/bin/python make_deid_heldout12.py`.
"""

from __future__ import annotations

import datetime as dt
import random
import re
from pathlib import Path

from heldout_markup import (
    STAFF,
    Cast,
    Fragments,
    Person,
    SlotPlaceholders,
    check_blind_set,
    check_no_staff,
    check_unlabelled,
    draw_template,
    fold,
    join_names,
    keep,
    kept,
    load_pools,
    name_parts,
    nom,
    parse,
    pick,
    pooled_names,
    possessive,
    record,
    refuse_used_names,
    report,
    reused_words,
    slavic_form,
    slip,
    tag,
    taken_tokens,
    templates,
    words,
    write,
)
from heldout_markup import (
    age as years_old,
)

HERE = Path(__file__).parent
OUT = HERE / "deid_heldout12.jsonl"
# The hard cases were checked too when this set was written; they have since taken cases from it.
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 12)))
NOTES, SEED, PREFIX = 300, 20261228, "y"
TODAY = dt.date(2026, 12, 10)
PARTICLES = {"le", "la", "les", "de", "du", "des", "da", "dos", "das", "van", "von", "der", "el", "al", "ben",
             "ould"}

# origin: (weight, INSEE codes of birth countries, birth departments in France)
FACTS: dict[str, tuple[int, str, str]] = {
    "bre": (34, "", "29 56 22 35 44"),
    "fra": (22, "", "35 44 75 49 53 14 50 72 92 69"),
    "mag": (9, "350 352 351", "35 44 29 56 93 69 13"),
    "waf": (5, "341 335 326 330", "35 44 93 75"),
    "por": (6, "139", "35 44 56 29 75 92"),
    "tur": (3, "208", "44 35 29 67"),
    "eeu": (4, "122 155 114 123", "35 44"),
    "vie": (2, "243", "35 44 75 94"),
    "com": (3, "397", "976 44 35 13"),
    "syr": (3, "206 212", ""),
    "eng": (4, "132", ""),
}

POOLS = """
bre f: Youna Anaig Lenaig Awena Naig Mannaig Marivonne Riwanon Enogat Herveline Morwenna Aela Aenor
    Bleunvenn Briaca Gwennoline Jannig Katellig Lanwenn Melwenn Nevena Oanez Sklaerenn Soizig Tephany
    Trifina Tréphine Yuna Youenna Vefa Annaïck Nolwen Louisette
bre m: Jakez Mikael Yann Fañch Paol Goulwen Padrig Iwan Arzhur Judikael Efflam Gwilherm Envel Neven
    Trystan Tudal Herri Yvonnig Yvonnick Bleiz Maodez Tangi Kaourintin Gwendal Guénaël
bre s: Kerbrat Le_Meur Le_Coz Nédélec Quéré Gourvennec Kerleroux Kervran Kerneis Kerouédan Guennec
    Guenveur Le_Guellec Le_Lann Le_Dantec Le_Hir Le_Gac Le_Quéré Le_Mao Le_Strat Le_Gouill Le_Squin
    Le_Duigou Le_Minous Le_Dilosquer Le_Moing Le_Nours Le_Rouzic Le_Cunff Le_Boulch Le_Hénaff
    Le_Gloahec Le_Cléac'h Keraudren Kerrien Kerampran Kermorgant Kerdoncuff Kerhoas Kerloc'h Guillou
    Cloarec Caradec Prigent Bleunven Créach Goasdoué Landuré Pellen Raguénès Thépaut Yvinec Coatanéa
    Coadou Coatmeur Danielou Le_Coat Ferec Gourmelen Kérautret Laouénan Loussouarn Mocaër Péron
    Quentel Urvoas Velly Le_Goarant Le_Goaziou Kergoat Kerlan Kerzerho Guénanten Guennou Guenegou
    Le_Bouëdec Le_Corvec Le_Gurun Le_Mentec Le_Ruyet Le_Sciellour Le_Yaouanc Le_Noac'h Le_Louarn
    Le_Flem Kerdelhué Kerforn Kerguillec Kermoal Kerouanton Kerscaven Kersaudy Kervoelen Guenanff
    Guenézan
fra f: Albertine Ida Victorine Irma Olympe Pénélope Gervaise Oriane Zita Josyane Bérangère Charlène
    Doriane Jordane Lauriane Vinciane Ermeline Amélie Francette Hermance Huberte Josèphe Zénaïde
    Evodie Isaline Roseline Josie Sylvianne
fra m: Xavier Eustache Amédée Casimir Médéric Onésime Siméon Stanislas Frédéric Loris Roméo Tancrède
    Ulrich Alcide Edgar Joris Loïs Martial Mathias Nathanaël Agénor Alfred Apollinaire Carl Conrad
    Cyriaque Dieudonné Hermann Lothaire Maixent Melchior Romaric Sabin Symphorien Venceslas Anthelme
    Fabian Ivan
fra s: Chauvel Thébault Fouquet Gaudin Lebreton Maillard Piel Tessier Barbot Dréano Gicquel Jégo
    Ménard Niel Rouxel Templier Courtel Josse Lemarié Macé Oger Quemerais Soulard Trochu Vauléon
    Brossard Chapron Evain Gaborit Lemée Papin Réthoré Tual Aubrée Baslé Cochet Daniélo Éon Gaultier
    Hérisset Jumel Mainguy Nogues Pihan Rialland Sicot Tardivel Audrain Boschet Cotard Dagorne
    Fleuriot Gesbert Hardouin Lorand Maudet Noury Orhant Pinault Sevestre Trébaol Bréhier Coudray
    Davenel Pottier Richomme Veillard
fra kf: Mya Aylin Castille Gaïa Ilona Naëlle Sélène Thelma Bianca Célia Dalia Elia Myla Nélia Tess
    Ayla Nola Ava
fra km: Timéo Loan Soan Aël Esteban Lenzo Nino Owen Paco Sohan Camil Dario Gianni Jasper Oren Thiago
bre kf: Youna Lenaig Aela Yuna Nolwen Awena Nola Tess Elia Gaïa
bre km: Tangi Envel Neven Iwan Maodez Soan Aël Loan Timéo
mag f: Samira Malika Rachida Loubna Sihem Ilham Asmae Ouafae Btissam Fouzia Habiba Ouardia Zoulikha
    Ouahiba Yamna Hadda Khedidja Mebarka Nacera Assia Zahia Kheira Torkia Drifa
mag m: Hassan Mourad Anouar Mehdi Adel Hamid Tayeb Ayoub Soufiane Nabil Khalid Amine Driss Ghani
    Hocine Noureddine Ramdane Toufik Zoubir Aziz Jilali Miloud Abdelhak Mokhtar Bachir
mag s: Elamrani Jabri Saidi Chaoui Essaidi Filali Bensalah Laaroussi Naceri Regragui Sebbar Boukhris
    Derkaoui Hammoudi Kacemi Lamrani Bouhired Aouad Bekkouche Djellouli Feddal Kherbache Tebboune
    Yousfi Cherradi Daoudi Ennaji Haddadi Louati Marzouki Ouahbi Rifi Souissi Zaoui Baccouche
mag kf: Maïssa Assia Aylin Hana Dalia Naëlle
mag km: Kaïs Camil Zayn Ayoub Amine
waf f: Mame Korotoumou Ténin Adja Fanta Kadidia Nènè Aby Dado Fily Kani Mbalia Oumy Tida Yaye
waf m: Moussa Abdoulaye Amadou Samba Youssouf Mamadi Daouda Birame Sidy Adama Balla Boubou Djibril
    Famara Gorgui Habib Karamoko Lassana Mady Mory Nfaly Ousseynou Salif Tiémoko Yaya Mahamadou
    Kalilou Sambou
waf s: Camara Diop Fofana Bamba Sangaré Kamara Diaby Sakho Sané Tandian Bathily Nimaga Bagayoko
    Danfakha Fadiga Haïdara Kaba Konté Mariko Samaké Timbiné Waïgalo Bocoum Dicko Kassé Mbodj Ndao
    Thiaw Diatta Coly Sagna
por f: Graça Cidália Deolinda Elisabete Joana Lucília Margarida Natália Palmira Sílvia Vitória Zulmira
    Amélia Benvinda Clementina Dulce Felismina Gracinda Hermínia Isaura Laurinda Noémia Otília
    Rosalina Virgínia Zélia Custódia Alcina
por m: Armando Artur Abílio Custódio Domingos Eduardo Fausto Horácio Jaime Mário Orlando Adelino
    Agostinho Casimiro Delfim Ilídio Leonel Duarte Aníbal Bernardino Crispim Diamantino Filipe
    Henrique Inácio Jacinto Lino Marcelino Norberto Octávio Porfírio Raul Silvino Valdemar Arlindo
por s: Gonçalves Nunes Castro Frade Guerreiro Leitão Peixoto Salgado Vaz Abreu Damasceno Falcão
    Queirós Taveira Veloso Aguiar Canhoto Dinis Eusébio Fidalgo Loureiro Pacheco Quaresma Trindade
    Varela
tur f: Ayşe Fatma Emine Hatice Meryem Serpil Nurten Songül Hacer Nermin Tuba Zehra Dilek Necla Şükran
    Aynur Belgin Canan Feride Hanife Kevser Nazmiye Perihan Saadet Ümran Zübeyde Şerife Hayriye
tur m: Ahmet Hasan İbrahim İsmail Osman Yusuf Kemal Erdal Gökhan Hakan Kadir Levent Nihat Recep Selim
    Uğur Zeki Bülent Serkan Burak Abdullah Bayram Durmuş Halil İlhan Kenan Metin Necati Oğuz Sabri
    Tuncay Ümit Veysel Ziya Şükrü Adnan Harun
tur s: Şahin Aslan Şimşek Akın Bulut Avcı Ekinci Kaplan Akgül Bayraktar Coşkun Duman Oral Sevim
    Uysal Başaran Cömert Demirci Günay Kahraman Sönmez Temiz Yazıcı Albayrak
eeu f: Katarzyna Joanna Magdalena Dorota Elżbieta Irena Halina Oksana Olena Natalia Svetlana Elena
    Larisa Galina Wiesława Alina Czesława Genowefa Izabela Lucyna Mirosława Renata Stanisława
    Urszula Wanda Nadiya Liudmyla Halyna Viktoriia Anastasiia Rodica Georgeta Doina Lavinia Cornelia
eeu m: Tomasz Paweł Grzegorz Zbigniew Stanisław Tadeusz Bogdan Mykola Vasyl Dmytro Serhiy Ivan Viktor
    Vasile Cătălin Bogusław Czesław Dariusz Henryk Janusz Leszek Mirosław Ryszard Sławomir Waldemar
    Zdzisław Taras Petro Volodymyr Oleh Andriy Ihor Marian Nicolae Lucian
eeu s: Piotrowski Grabowski Adamczyk Dudek Wieczorek Król Malinowski Rutkowski Shevchenko Kravchenko
    Popa Gheorghiu Zawadzki Brzeziński Kalinowski Ostrowski Sobczak Marciniak Kaczmarczyk Borkowski
    Chmielewski Frankowski Hryhorenko Savchuk Tkachuk Romanyuk Pavlenko Barbu Nistor
vie f: Nga Loan Tuyet Quynh Bich Hien Lien Nhi Tham Uyen Vy Hue Ngan Thoa Tuyen Ngoan Thom Tinh Vien
vie m: Trung Thang Kien Loc Khoa Luan Phong Tai Thinh Toan Tri Tung Hiep Khai Lap Nhat Thuan Trong
    Tuong Xuong Dien Phat
vie s: Bach Diem Hua Khong Kha Lieu Nong Thuong Tieu Ninh Thieu Mao Giap Doanh Nhan Tiet Nham Phung
    Ong Chu
com f: Echati Mouniati Zalifa Nasma Faouzia Hadjira Mwanaïsha Sitti Nourainti Anchiati Sania Mariata
    Fatouma Halima Zouhourya Ramlati Moinaharia Antoufati Chamsia Anlia Andjouza Bahati Chadia
    Dhoihira Irchad Mariamou Nadjma Oumouri Raoudha Saandia Soifia Anzilati
com m: Chaharane Ibouroi Ousseni Boinaheri Mdahoma Mouhoutar Soulaimana Zoubert Nourdine Halidi
    Msaidie Ansoir Baco Chamsidine Dhoiffir Fahardine Hamada Issoufi Mahamoud Mroudjae Naoufal Oirdine
    Rachadi Toihir Zaïdou
com s: Mbae Andjilani Msa Mlanao Hamidou Assani Mouridi Djoumoi Chamassi Anrifou Mdallah Ahamadi
    Bourhane Charif Daroueche Elanrif Fardi Kamardine Mchangama Moinadjoumoi Oili Toilibou Youssouffa
    Zoubeiri Maoulida
syr f: Lama Rasha Hiba Ghada Dima Yara Alaa Manal Rana Sawsan Maysa Suha Fereshta Zarghuna Parwana
    Shabnam Nilofar Mursal Freshta Zahra Marzia Nargis Lailuma Hosai Wazhma Sadaf Bushra Duaa Hala
    Israa Kinda Lubna Nisreen Raghad Shaima Gulalai Khatera Mahbooba Nazanin Roya Sediqa Tamana
syr m: Abdulrahman Mahmoud Bassam Fadi Firas Ghassan Hussam Imad Majd Nizar Rami Samer Wael Ziad Ammar
    Obada Zabihullah Naqibullah Rahmatullah Sayed Ajmal Farhad Hamidullah Mirwais Nasir Qadir Rahim
    Shafiq Wahid Zalmai Elyas Mujtaba Sohail Anas Bashar Eyad Hazem Louay Muhannad Omran Talal Yamen
    Asadullah Emal Fawad Hekmat Khalilullah Najibullah Rohullah Shoaib
syr s: Al-Hassan Al_Khatib Hamoud Darwish Nassar Othman Qassem Sabbagh Shami Tahhan Zein Hijazi Kurdi
    Masri Halabi Hamwi Jaber Ahmadzai Popal Rahimi Hashimi Noori Sultani Stanikzai Wardak Safi Hotak
    Amiri Azizi Haidari Mohammadi Nazari Rasuli Sharifi Yusufzai Zazai Sadat Habibi Faizi Jalali Kakar
    Durrani Samadi Al-Homsi Alloush Barakat Dabbagh Hallak Jouma Kanaan Layous Najjar Qabbani Rifai
    Sawaf Yassin Zoabi Akbari Baheer Ghafoori Hakimi Mirzaei Nuristani Omari Paktiawal Qaderi Sarwari
    Tokhi Waziri Zaheer
eng f: Margaret Susan Janet Gillian Maureen Shirley Hazel Doreen Brenda Carol Lesley Sheila Alison
    Beryl Joan Elaine Rosemary Hilary Penelope Glenys Fiona Bridget Daphne Elspeth Frances Gwendolyn
    Heather Imogen Jill Kathleen Lorna Norma Pamela Rita Sylvia Una Vera Winifred
eng m: Geoffrey Nigel Graham Trevor Malcolm Derek Keith Brian Clive Dennis Howard Ian Kenneth Leslie
    Neil Philip Stuart Terence Gordon Desmond Alistair Rodney Stanley Douglas Edwin Frederick Harold
    Jeremy Mervyn Norman Oliver Percy Reginald Rupert Timothy Vernon Wilfred Hugh Basil
eng s: Thompson Wilkinson Harrison Chapman Fletcher Hughes Marshall Palmer Pearson Robinson Turner
    Wright Ashworth Blackwood Cartwright Dawson Fairbanks Gibbs Hartley Ingram Jenkins Lockwood
    Mitchell Newbury Oakley Pritchard Rowlands Sutcliffe Thornton Underwood Whitfield Yates Holloway
    Bramwell Crabtree Pemberton Hargreaves Abbott Bamford Cropper Dobson Entwistle Fairclough
    Greenhalgh Heywood Illingworth Jessop Kershaw Lomax Merriman Nuttall Ogden Pickering Radcliffe
    Stott Thwaite Waddington Ackroyd Birtwistle Calloway Dunmore Everett Featherstone Goodall Hollins
    Longbottom Moorcroft Northcott Postlethwaite Ramsbottom Summerfield Tattersall Wainwright
"""
ORIGINS, KIDS = load_pools(POOLS, FACTS)

# The harder surnames: ordinary words, particles (by the origin whose given names go with them).
WORD_SURNAMES = words("Merle Loriot Héron Mésange Laurier Chêne Lion Vigne Sabot Moisson Baleine Forgeron "
                      "Hiver Le_Bec Le_Coq Le_Roi Le_Sage Le_Beau Le_Doux Labarre Roitelet Pilote")
PARTICLE_SURNAMES = {
    "bre": words("de_la_Villéon du_Pontavice de_Kergariou du_Boisguéhenneuc de_Lesquen de_Trogoff du_Rusquec "
           "de_Penfentenyo de_la_Moussaye du_Halgouët de_Kerautem de_Coëtlogon du_Cleuziou de_Quélen"),
    "por": words("da_Silveira da_Mota de_Jesus"),
    "fra": words("van_Houten de_Boer de_Groot"),
}


def name_words(name: str) -> set[str]:
    return name_parts(name, PARTICLES)


def all_names() -> list[str]:
    """Every name the pools can put in a note, a Slavic surname in both its forms."""
    names = pooled_names(ORIGINS, KIDS) + [w.replace("_", " ") for w in WORD_SURNAMES]
    names += [p.replace("_", " ") for ps in PARTICLE_SURNAMES.values() for p in ps]
    return names + [slavic_form(n, s) for n in ORIGINS["eeu"].surnames for s in "fm"]


# ---------------------------------------------------------------------------------------------
# Places, numbers, dates

# town: (postcode, department); a line per department, villages after the towns
TOWNS = {
    "Rennes": ("35000", "35"), "Saint-Malo": ("35400", "35"), "Fougères": ("35300", "35"),
    "Vitré": ("35500", "35"), "Redon": ("35600", "35"), "Montfort-sur-Meu": ("35160", "35"),
    "Bécherel": ("35190", "35"), "Pleurtuit": ("35730", "35"), "Cesson-Sévigné": ("35510", "35"),
    "Brest": ("29200", "29"), "Quimper": ("29000", "29"), "Landerneau": ("29800", "29"),
    "Plouguerneau": ("29880", "29"), "Crozon": ("29160", "29"), "Douarnenez": ("29100", "29"),
    "Pont-l'Abbé": ("29120", "29"), "Concarneau": ("29900", "29"), "Huelgoat": ("29690", "29"),
    "Carhaix-Plouguer": ("29270", "29"), "Le Guilvinec": ("29730", "29"), "Plonéour-Lanvern": ("29720", "29"),
    "Lorient": ("56100", "56"), "Vannes": ("56000", "56"), "Auray": ("56400", "56"),
    "Hennebont": ("56700", "56"), "Guidel": ("56520", "56"), "Ploërmel": ("56800", "56"),
    "Pontivy": ("56300", "56"), "Gourin": ("56110", "56"), "Le Faouët": ("56320", "56"),
    "Malestroit": ("56140", "56"), "Quiberon": ("56170", "56"),
    "Saint-Brieuc": ("22000", "22"), "Lannion": ("22300", "22"), "Paimpol": ("22500", "22"),
    "Dinan": ("22100", "22"), "Loudéac": ("22600", "22"), "Guingamp": ("22200", "22"),
    "Rostrenen": ("22110", "22"), "Callac": ("22160", "22"), "Erquy": ("22430", "22"),
    "Plénée-Jugon": ("22640", "22"),
    "Nantes": ("44000", "44"), "Saint-Nazaire": ("44600", "44"), "Rezé": ("44400", "44"),
    "Guérande": ("44350", "44"), "Châteaubriant": ("44110", "44"), "Clisson": ("44190", "44"),
    "Ancenis": ("44150", "44"), "Pornic": ("44210", "44"), "Blain": ("44130", "44"),
    "Le Croisic": ("44490", "44"),
}
BIG = ("Rennes", "Brest", "Quimper", "Lorient", "Vannes", "Saint-Brieuc", "Saint-Malo", "Nantes",
       "Saint-Nazaire")
STREETS = ("rue de la Marne", "rue des Hortensias", "rue Jean Jaurès", "bd de la Liberté", "rue de Siam",
           "impasse des Mouettes", "allée des Camélias", "rue du Port", "quai de la Fosse", "rue de Paris",
           "av. de la Gare", "rue des Glénan", "rue du Stade", "chemin des Ajoncs", "rue de l'Église",
           "rue des Goélands", "rue Saint-Michel", "av. Aristide Briand", "rue des Tilleuls", "rue de Brest",
           "rue des Acacias", "place du Marché", "rue du Calvaire", "rue des Écoles", "bd Gambetta")
LIEUX = ("Kerangoff", "Kerhuel", "Kervéguen", "Kerlivio", "Keroual", "Kermadeoua", "Kerbernès",
         "Kerlaouen", "Penhoat", "Goarem Vras", "Prat Hir", "Coat Mez", "Lann Vihan", "Kergroës",
         "Traonvoas", "Pen ar Hoat")
HAMEAUX = ("la Ville-Aubin", "la Ville-Hervé", "la Métairie", "la Croix-Gibat", "Bel-Air", "la Haute-Lande")
RESIDENCES = ("résidence Les Terre-Neuvas", "résidence Ker Avel", "résidence du Parc", "rés. Les Embruns",
              "résidence Ty Braz", "résidence Le Grand Large")
MUTUELLES = ("MGEN", "Harmonie Mutuelle", "Groupama", "MSA", "Malakoff", "Mutuelle des Pays de Vilaine",
             "Apréva", "CSS", "la MAAF", "AG2R", "Mutuelle Bleue", "Mutuelle Marine")
MOBILE_DOMAINS = ("orange.fr", "gmail.com", "wanadoo.fr", "free.fr", "laposte.net", "hotmail.fr", "sfr.fr",
                  "yahoo.fr", "bbox.fr", "outlook.fr", "btinternet.com")
LANDLINE = {"29": "98", "56": "97", "22": "96", "35": "99", "44": "40"}
MONTHS = ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre")
SHORT_MONTHS = ("janv", "fév", "mars", "avr", "mai", "juin", "juil", "août", "sept", "oct", "nov", "déc")
DAYS = ("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche")
SHORT_DAYS = ("lun", "mar", "mer", "jeu", "ven", "sam", "dim")
HOURS = ("8h", "8h30", "8h45", "9h", "9h15", "10h", "10h30", "11h", "11h45", "12h15", "13h30", "14h", "14h30",
         "15h", "15h45", "16h", "16h30", "17h", "17h15", "18h", "18h30", "19h")

CLINICAL = ("lombalgie", "cervicalgie", "entorse cheville", "PTG", "PTH", "LCA", "coiffe des rotateurs",
            "capsulite", "tendinite d'Achille", "fracture poignet", "rééducation post-op", "lombosciatique",
            "drainage lymphatique", "rééducation périnéale", "épaule gelée", "AVC",
            "maladie de Parkinson", "sclérose en plaques", "canal carpien", "maladie de Dupuytren",
            "syndrome de De Quervain", "hallux valgus", "BPCO",
            "arthrose genou", "vertiges (VPPB)", "scoliose", "fracture col du fémur", "tendinopathie")
CHILD_CLINICAL = ("Osgood-Schlatter", "maladie de Sever", "entorse cheville", "bronchiolite", "scoliose",
                  "fracture poignet", "pieds plats", "torticolis", "mucoviscidose", "genou (Sinding-Larsen)")
HOSPITALS = ("CHU Pontchaillou", "CHU de la Cavale Blanche", "CHU de Nantes", "CHU Hôtel-Dieu",
             "CH Bretagne Atlantique", "GHBS", "centre de Kerpape", "Pôle Saint-Hélier",
             "CH Saint-Nazaire", "CH de Cornouaille", "CHP Saint-Grégoire",
             "centre de Trestel", "CH de Saint-Malo", "CHU Laennec")
URGENT = ("urgent", "URGENT", "douleur 8/10", "douleur 7/10", "ne peut plus marcher", "très douloureux",
          "à rappeler vite", "chute ce matin", "EVA 9", "douleur ++", "bloqué du dos")
KIN = (("fille", "f", False), ("fils", "m", True), ("mari", "m", True), ("épouse", "f", True),
       ("femme", "f", True), ("mère", "f", True), ("père", "m", True), ("sœur", "f", False),
       ("frère", "m", True), ("belle-fille", "f", False), ("petite-fille", "f", False),
       ("petit-fils", "m", True), ("neveu", "m", False), ("nièce", "f", False), ("compagnon", "m", False),
       ("compagne", "f", False), ("gendre", "m", False))
CARERS = (("aide à domicile", "f"), ("auxiliaire de vie", "f"), ("aide-soignante du SSIAD", "f"),
          ("voisine", "f"), ("voisin", "m"), ("aidant", "m"), ("tutrice UDAF", "f"), ("aide ADMR", "f"))


def december(rng: random.Random) -> dt.date:
    """A working day of December 2026 from the 10th on, when the notes are typed."""
    while True:
        day = dt.date(2026, 12, rng.randint(10, 31))
        if day.weekday() < 6 and day.day != 25:
            return day


def slot_text(rng: random.Random) -> str:
    day, hour = december(rng), rng.choice(HOURS)
    name = DAYS[day.weekday()]
    return rng.choice((
        f"{name} {hour}", f"{name} {day.day}/12 à {hour}", f"{day.day}/12 à {hour}", f"{name} matin",
        f"{SHORT_DAYS[day.weekday()]} {day.day} déc {hour}", f"{name} {day.day}/12",
        f"{name} {day.day} {hour}", f"{hour} {name}", f"{day.day:02d}/12 {hour}", f"{name} aprem",
    ))


def full_slot(rng: random.Random) -> str:
    day = december(rng)
    return f"{DAYS[day.weekday()]} {day.day}/12 à {rng.choice(HOURS)}"


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randint(0, 9)) for _ in range(n))


def phone(rng: random.Random, landline: str = "") -> str:
    """A French number (a mobile, or a landline of `landline`'s department) in one of the shapes
    secretaries type."""
    head = f"02{LANDLINE.get(landline, '99')}" if landline else rng.choice(("06", "07"))
    body = head + digits(rng, 10 - len(head))
    pairs = [body[i:i + 2] for i in range(0, 10, 2)]
    shape = rng.randrange(9)
    if shape == 0:
        return ".".join(pairs)
    if shape == 1:
        return "-".join(pairs)
    if shape == 2:
        return body
    if shape == 3:
        return "+33 " + body[1] + " " + " ".join(pairs[1:])
    if shape == 4:
        return "0033 " + body[1:]
    if shape == 5:
        return "+33" + body[1:]
    if shape == 6:
        return f"{body[:4]} {body[4:6]} {body[6:8]} {body[8:]}"
    return " ".join(pairs)


def uk_phone(rng: random.Random) -> str:
    return rng.choice(("+44 7", "0044 7", "+447")) + digits(rng, 3) + " " + digits(rng, 6)


def nir(rng: random.Random, p: Person) -> str:
    """A valid-looking NIR with its key: sex, year and month of birth, place (99 and the country when
    born abroad), order, key."""
    sex = "2" if p.sex == "f" else "1"
    abroad = p.origin.abroad.split()
    if abroad and (not p.origin.departments or rng.random() < (0.75 if p.born.year < 1975 else 0.2)):
        place = "99" + rng.choice(abroad)
    else:
        dept = rng.choice(p.origin.departments)
        place = dept + (f"{rng.randint(1, 99):02d}" if len(dept) == 3 else f"{rng.randint(1, 399):03d}")
    head = f"{sex}{p.born.year % 100:02d}{p.born.month:02d}{place}{rng.randint(1, 999):03d}"
    key = f"{97 - int(head) % 97:02d}"
    shape = rng.randrange(4)
    if shape == 0:
        return head + key
    if shape == 1:
        return f"{head[0]} {head[1:3]} {head[3:5]} {head[5:7]} {head[7:10]} {head[10:]} {key}"
    if shape == 2:
        return f"{head} {key}"
    return f"{head[0]}.{head[1:3]}.{head[3:5]}.{head[5:7]}.{head[7:10]}.{head[10:]}.{key}"


def birth_date(rng: random.Random, born: dt.date) -> str:
    d, m, y = born.day, born.month, born.year
    return rng.choice((
        f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y % 100:02d}", f"{d:02d}.{m:02d}.{y}",
        f"{d:02d}-{m:02d}-{y}", f"{d} {MONTHS[m - 1]} {y}", f"{d}/{m}/{y}", f"{y}-{m:02d}-{d:02d}",
        f"{d:02d} {m:02d} {y}", f"{d} {SHORT_MONTHS[m - 1]} {y}", f"{d:02d}{m:02d}{y}",
    ))


def email(rng: random.Random, p: Person) -> str:
    given, surname = (re.sub(r"[^a-z]", "", fold(x)) for x in (p.given, p.surname))
    local = rng.choice((f"{given}.{surname}", f"{given[0]}{surname}", f"{surname}.{given}",
                        f"{given}{surname}", f"{surname}{given[0]}", f"{given}.{surname}{rng.randint(1, 99)}",
                        f"{surname}-{given}"))
    domain = "btinternet.com" if p.origin.name == "eng" and rng.random() < 0.6 else rng.choice(MOBILE_DOMAINS)
    return f"{local}@{domain}"


def address(rng: random.Random) -> tuple[str, str]:
    """An address typed in one run, and its department."""
    town = rng.choice(list(TOWNS))
    cp, dept = TOWNS[town]
    where = town.upper() if rng.random() < 0.2 else town
    n = rng.randint(1, 140)
    shape = rng.randrange(9)
    if shape == 0:
        return f"lieu-dit {rng.choice(LIEUX)}, {cp} {where}", dept
    if shape == 1:
        return f"{rng.choice(LIEUX)} {cp} {where}", dept
    if shape == 2:
        return f"hameau de {rng.choice(HAMEAUX)}, {cp} {where}", dept
    if shape == 3:
        return f"le bourg, {cp} {where}", dept
    if shape == 4:
        floor = rng.randint(1, 6)
        return (f"{rng.choice(RESIDENCES)}, bât {rng.choice('ABCD')}, {floor}e étage, "
                f"{n} {rng.choice(STREETS)}, {cp} {where}"), dept
    if shape == 5:
        return f"{n} {rng.choice(('bis', 'ter'))} {rng.choice(STREETS)} {cp} {where}", dept
    if shape == 6:
        return f"{n} route de {rng.choice(list(TOWNS))}, {cp} {where}", dept
    if shape == 7:
        door = f"code {digits(rng, 4)}{rng.choice('AB')}"
        return f"{n} {rng.choice(STREETS)}, apt {rng.randint(1, 40)}, {door}, {cp} {where}", dept
    return f"{n}, {rng.choice(STREETS)} {cp} {where}", dept


def member_id(rng: random.Random) -> str:
    return rng.choice((digits(rng, 9), f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}",
                       f"AD{digits(rng, 7)}", f"{digits(rng, 2)}-{digits(rng, 6)}", f"M{digits(rng, 8)}"))


def dossier_id(rng: random.Random) -> str:
    return rng.choice((f"D2026-{digits(rng, 4)}", f"K{digits(rng, 5)}", f"{digits(rng, 2)}-{digits(rng, 4)}",
                       f"PAT{digits(rng, 6)}"))


def booking_ref(rng: random.Random) -> str:
    code = "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))
    return rng.choice((f"RDV-{code}", f"#{code}", f"BK{digits(rng, 7)}", f"{code[:3]}-{code[3:]}"))


def claim_id(rng: random.Random) -> str:
    spaced = f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}"
    return rng.choice((digits(rng, 9), f"AT{digits(rng, 8)}", spaced, f"S26-{digits(rng, 6)}"))


# ---------------------------------------------------------------------------------------------
# People


def draw_person(rng: random.Random, origin: str | None = None, sex: str | None = None, kid: bool = False,
                surname: str | None = None, years: tuple[int, int] = (1932, 2004)) -> Person:
    o = ORIGINS[origin or pick(rng, {k: w for k, (w, _, _) in FACTS.items()})]
    sex = sex or rng.choice("fm")
    pool = KIDS.get((o.name, sex)) if kid else None
    given = rng.choice(pool or (o.given_f if sex == "f" else o.given_m))
    name = surname or rng.choice(o.surnames)
    if o.name == "eeu":
        name = slavic_form(name, sex)
    low, high = (2009, 2021) if kid else years
    born = dt.date(rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28))
    return Person(given, name, sex, o, born)


def draw_cast(rng: random.Random) -> Cast:
    patient = draw_person(rng)
    noun, sex, shares = rng.choice(KIN)
    same = patient.origin.name if rng.random() < 0.85 else None
    relative = draw_person(rng, same, sex, surname=patient.surname if shares and same else None)
    role, carer_sex = rng.choice(CARERS)
    carer = draw_person(rng, sex=carer_sex, years=(1960, 2002))
    parent = draw_person(rng, years=(1975, 1995))
    kid = draw_person(rng, parent.origin.name, kid=True,
                      surname=parent.surname if rng.random() < 0.85 else None)
    return Cast(patient, relative, (noun, sex, shares), carer, role, kid, parent)


TITLES = {"f": ("Mme", "Mme", "Madame", "MME", "Mme."), "m": ("M.", "M.", "Monsieur", "Mr", "M")}


# ---------------------------------------------------------------------------------------------
# The placeholders of the templates


class Writer(SlotPlaceholders):
    """Fills one template: each `{KEY}` calls the method `key`, in the order of the template, and
    returns its text in the gold markup."""

    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random, cast: Cast, taken: set[str], hard: str = "") -> None:
        self.rng, self.c, self.taken, self.hard = rng, cast, taken, hard
        self.dept = ""  # the department of the note's address, for a landline
        self.staff_named: set[str] = set()

    def fill(self, template: str) -> str:
        writer = self

        class Lazy(dict):
            def __missing__(self, key: str) -> str:
                return getattr(writer, key.lower())()

        return kept(template).replace("\\n", "\n").format_map(Lazy())

    # the patient
    def _pn(self, text: str) -> str:
        return nom(text.lower() if self.hard == "lower name" else text)

    def _sur(self, p: Person) -> str:
        return p.surname.upper() if self.rng.random() < 0.25 else p.surname

    def _title(self, p: Person) -> str:
        return self.rng.choice(TITLES[p.sex])

    def pt(self) -> str:
        p = self.c.patient
        return f"{self._title(p)} {self._pn(self._sur(p))}"

    def pf(self) -> str:
        p = self.c.patient
        shape = self.rng.randrange(4)
        if shape == 0:
            return self._pn(f"{p.surname.upper()} {p.given}")
        if shape == 1:
            return f"{self._title(p)} {self._pn(f'{p.given} {p.surname}')}"
        return self._pn(f"{p.given} {self._sur(p)}")

    def p(self) -> str:
        return self.pt() if self.rng.random() < 0.55 else self.pf()

    def ps(self) -> str:
        return self._pn(self._sur(self.c.patient))

    pso = ps

    def psu(self) -> str:
        return self._pn(self.c.patient.surname.upper())

    def pg(self) -> str:
        return self._pn(self.c.patient.given)

    def pslip(self) -> str:
        """The surname with a slip of the keyboard, and no word an earlier set holds."""
        for _ in range(20):
            typed = slip(self.c.patient.surname, self.rng)
            if typed != self.c.patient.surname and not name_words(typed) & self.taken:
                return self._pn(typed)
        return self._pn(self.c.patient.surname.upper())

    def ne(self) -> str:
        return "née" if self.c.patient.sex == "f" else "né"

    def e(self) -> str:
        return "e" if self.c.patient.sex == "f" else ""

    def il(self) -> str:
        return "elle" if self.c.patient.sex == "f" else "il"

    def lui(self) -> str:
        return "elle" if self.c.patient.sex == "f" else "lui"

    def mme(self) -> str:
        return "Mme" if self.c.patient.sex == "f" else "M."

    def age(self) -> str:
        return f"{years_old(self.c.patient, TODAY)} ans"

    # the relative, the carer
    def kin(self) -> str:
        return self.c.kin[0]

    def rk(self) -> str:
        return possessive(self.c.kin[0], self.c.kin[1])

    def rn(self) -> str:
        r = self.c.relative
        if self.rng.random() < 0.35:
            return f"{self._title(r)} {nom(self._sur(r))}"
        return nom(f"{r.given} {self._sur(r)}")

    def r(self) -> str:
        return f"{self.rk()} {self.rn()}"

    def rg(self) -> str:
        return nom(self.c.relative.given)

    def cr(self) -> str:
        return self.c.carer_role

    def cn(self) -> str:
        w = self.c.carer
        if self.rng.random() < 0.5:
            return f"{self._title(w)} {nom(self._sur(w))}"
        return nom(f"{w.given} {self._sur(w)}")

    def ca(self) -> str:
        if self.rng.random() < 0.6:
            return f"{self.cn()} ({self.c.carer_role})"
        return f"{self.c.carer_role} {self.cn()}"

    def cg(self) -> str:
        return nom(self.c.carer.given)

    # a child and a parent
    def kid(self) -> str:
        k = self.c.kid
        return nom(f"{k.surname.upper()} {k.given}" if self.rng.random() < 0.25 else f"{k.given} {k.surname}")

    def kg(self) -> str:
        return nom(self.c.kid.given)

    def kne(self) -> str:
        return "née" if self.c.kid.sex == "f" else "né"

    def kage(self) -> str:
        return f"{TODAY.year - self.c.kid.born.year} ans"

    def kenf(self) -> str:
        return "sa fille" if self.c.kid.sex == "f" else "son fils"

    def park(self) -> str:
        return "sa mère" if self.c.parent.sex == "f" else "son père"

    def par(self) -> str:
        q = self.c.parent
        if self.rng.random() < 0.5:
            return f"{self._title(q)} {nom(self._sur(q))}"
        return nom(f"{q.given} {self._sur(q)}")

    def kddn(self) -> str:
        return tag("DDN", birth_date(self.rng, self.c.kid.born))

    # numbers, dates, places
    def tel(self) -> str:
        if self.c.patient.origin.name == "eng" and self.rng.random() < 0.4:
            return tag("TEL", uk_phone(self.rng))
        return tag("TEL", phone(self.rng))

    def fix(self) -> str:
        return tag("TEL", phone(self.rng, self.dept or self.rng.choice(list(LANDLINE))))

    def nir(self) -> str:
        return tag("NIR", nir(self.rng, self.c.patient))

    def ddn(self) -> str:
        return tag("DDN", birth_date(self.rng, self.c.patient.born))

    def email(self) -> str:
        return tag("EMAIL", email(self.rng, self.c.patient))

    def remail(self) -> str:
        return tag("EMAIL", email(self.rng, self.c.relative))

    def paremail(self) -> str:
        return tag("EMAIL", email(self.rng, self.c.parent))

    def adr(self) -> str:
        text, self.dept = address(self.rng)
        return tag("ADRESSE", text)

    def mut(self) -> str:
        return tag("ID", member_id(self.rng))

    def dos(self) -> str:
        return tag("ID", dossier_id(self.rng))

    def ref(self) -> str:
        return tag("ID", booking_ref(self.rng))

    def sin(self) -> str:
        return tag("ID", claim_id(self.rng))

    def city(self) -> str:
        return self.rng.choice(BIG if self.rng.random() < 0.5 else list(TOWNS))

    def mutn(self) -> str:
        return self.rng.choice(MUTUELLES)

    # kept words
    def rdvle(self) -> str:
        return keep(f"RDV le {december(self.rng).day}/12")

    def _colleague(self, names: list[str]) -> str:
        """A staff name, of someone the note has not named yet."""
        free = [n for n in names if n.split()[0] not in self.staff_named] or names
        chosen = self.rng.choice(free)
        self.staff_named.add(chosen.split()[0])
        return keep(chosen)

    def staff(self) -> str:
        return self._colleague(STAFF)

    def kine(self) -> str:
        return self._colleague(STAFF[1::2])

    def clin(self) -> str:
        return keep(self.rng.choice(CLINICAL))

    def kclin(self) -> str:
        return keep(self.rng.choice(CHILD_CLINICAL))

    def hosp(self) -> str:
        return keep(self.rng.choice(HOSPITALS))

    def urg(self) -> str:
        return keep(self.rng.choice(URGENT))


# ---------------------------------------------------------------------------------------------
# Templates: `[..]` keeps its words, `{KEY}` is a placeholder of the Writer, `\n` a new line.

BOOK = """
{P} appelle pour un 1er rdv, {CLIN}, ordo du médecin traitant ok. Proposé {SLOT} avec {STAFF}. tel {TEL}
Nouveau pat. {PF}, {AGE}, {CLIN} suite chute. dispo le matin seulement. Rappeler au {TEL}
rdv pris pour {PT} {SLOT}, {CLIN}, 10 séances. a noter: vient en bus depuis {CITY}
{PF} tel {TEL} veut commencer les séances avant Noël ({CLIN}). {RDVLE} avec {KINE}
{PT} demande si {KINE} peut la/le prendre {SLOT}, sinon n'importe qui. joignable {TEL}
pec {CLIN} pour {PF} ddn {DDN}, rdv {SLOT} + {SLOT2}
demande rdv {PT} ({CLIN}), préfère fin de journée. {TEL} - mut. {MUTN}
{P} voudrait des séances de {CLIN}, sortie du {HOSP} la semaine dernière. rdv {FSLOT}. tel {TEL}
appel {PT}: entorse au foot dimanche, {URG}. casé {SLOT} avec {STAFF}. rappel sms au {TEL}
rdv {SLOT} pour {PF} ({NE} le {DDN}) - {CLIN}, ordo à apporter
{PT} a rapellé: ok pour {SLOT}. num {TEL}
1ere séance {PF} {SLOT}, prévenir {KINE} que {IL} a un pacemaker. Tel : {TEL}
{PT} {TEL} cherche un créneau le samedi, on n'en a pas. proposé {RDVLE}, réfléchit.
{PF} - {CLIN} - rdv {SLOT} - {TEL} - {EMAIL}
"""
MOVE = """
{PT} annule son rdv de {SLOT} avec {KINE}, malade. rappelle pour reporter. {TEL}
report rdv {PF}: {SLOT} -> {SLOT2}. ok vu avec {KINE}
{P} ne pourra pas venir {SLOT} (enterrement). décalé {SLOT2}
annul. {PT} {SLOT} pas de report, arrête les séances (va mieux)
{PT} s'excuse pour le lapin de {SLOT}, panne de voiture. nouveau rdv {SLOT2}. tel {TEL}
Décaler {PF} de {SLOT} à {SLOT2} svp, {IL} reprend le travail
{PT} a appelé 2 fois ce matin pour annuler {SLOT}. rapeller au {TEL} pour reprogrammer
tempête: {PT} de {CITY} ne peut pas venir {SLOT}, route coupée. voir pour VAD ?
Annulation en ligne de {PF} pour {SLOT}. motif : "hospitalisation au {HOSP}"
{PT} veut avancer son rdv avec {STAFF}, dispo {SLOT} si désistement. {TEL}
{P} absent{E} {SLOT} sans prévenir, 2e fois. {STAFF} demande de rappeler: {TEL}
modif: {PT} passe de {SLOT} à {SLOT2} (grève des bus)
{PF} annule toutes ses séances de décembre, part chez sa fille à {CITY} jusqu'au 5/01.
"""
ORDO = """
{PT} a une nouvelle ordo: 15 séances {CLIN}. scan reçu par mail {EMAIL}. pec à partir de {SLOT}
ordo de {PF} expirée, doit repasser chez son médecin traitant. prévenir {KINE}
{PT} demande si l'ordo du chirurgien (sortie {HOSP}) suffit pour {CLIN}. rappeler {TEL}
ordo reçue pour {PF}, ddn {DDN}, {CLIN}, 20 séances, à domicile. {ADR}
{P} a perdu son ordonance!! le chirurgien refait un duplicata, en attendant on garde {SLOT}
Renouvellement ordo {PT} ({CLIN}) pour {KINE}, la pharmacie de {CITY} a l'original. tel {TEL}
{PF} NIR {NIR} ordo {CLIN} 12 séances. AMO ok, mut. {MUTN} n° {MUT}
ordo non datée pour {PT}, pas de pec tant que pas corrigée. {STAFF} a vu.
"""
PAY = """
tiers payant {PT}: mutuelle {MUTN}, n° adhérent {MUT}. carte vitale {NIR}
{PF} demande facture pour sa mut. ({MUTN}), n° adh {MUT}. envoyer à {EMAIL}
{PT} n'a pas sa carte vitale, NIR : {NIR}. ddn {DDN}. feuille de soins papier
rejet télétransmission pour {PF}, NIR {NIR} erroné ? vérifier avec {LUI}: {TEL}
{PT} conteste le dépassement, voir {STAFF}. dossier {DOS}
C2S pour {PF}, attestation reçue. n° {MUT}. pas d'avance de frais
chèque de {PT} sans provision (45€). {KINE} veut qu'on rappelle {TEL} discrètement
{PF} (dossier {DOS}) demande une attestation de présence aux séances pour son employeur
"""
VAD = """
VAD {PT} {ADR}, {CLIN}, ne sort plus. tel {FIX}
{PF}, {AGE}, demande des séances à domicile: {ADR}. sonner fort, entend mal
domicile: {PT} - {ADR} - portail vert après le calvaire. {STAFF} passe {SLOT}
Nouvelle VAD {PF} ({NE} le {DDN}) {ADR}. {CLIN}. ordo ok. {TEL}
VAD annulée {SLOT} chez {PT} ({CITY}), {IL} est hospitalisé{E} au {HOSP}
{PT} {ADR} tel {FIX} : chien méchant, appeler avant d'arriver
adresse VAD {PF} :\\n{ADR}\\ncode portail dans le dossier. {KINE} {SLOT}
VAD: {PT} a déménagé -> {ADR}. penser à maj le dossier {DOS}
{KINE} fait la tournée VAD de {SLOT} dans l'ordre: {PT} ({CITY}) puis les autres du bourg.
"""
FAMILY = """
{R} appelle pour {PT}: {URG}, {IL} ne se lève plus. rappeler {TEL}
{R} demande des nouvelles de la rééducation de {PF}. {IL} est d'accord ? voir {KINE}
{RK} ({RN}) prend les rdv de {PT} désormais, joindre au {TEL}
message de {R} : {PT} est tombé{E} hier soir, {URG}. rdv à avancer
{R} ({TEL}) signale à {KINE} que {PT} a une nouvelle ordo après son séjour au {HOSP}
{RN} ({KIN} de {PT}) demande si on peut passer à domicile: {ADR}
pour {PT}: {R} viendra la/le chercher après la séance {SLOT}. tel {TEL}
{R} ({REMAIL}) veut recevoir les factures de {PT} par mail
"""
CARER = """
{CA} appelle pour {PT}: refuse de se lever ce matin, {URG}. rdv {SLOT} maintenu ?
{CN} ({CR}) nous dit que {PT} a la grippe, annuler {SLOT} avec {STAFF}
{CA} : {PT} ne trouve plus son ordonnance, on peut faire une copie ?
{CR} de {PT} ({CN}) demande le planning des VAD, à envoyer au {TEL}
message de {CA} pour {STAFF}: {PT} a chuté dans la salle de bain, vu aux urgences du {HOSP}
"""
VOICE = """
Répondeur 8h02: "oui bonjour c'est {PF}, je rappelle pour mon rendez-vous de {SLOT},
    je peux pas venir, mon numéro c'est le {TEL}, merci"
Message répondeur de {PT} : "c'est pour prendre rendez-vous pour ma {CLIN}... euh rappelez-moi au {TEL}"
répondeur sam. : "{PF} à l'appareil, {URG}, j'ai une séance {SLOT} mais je peux plus marcher"
    -> rappeler {TEL}
Msg vocal ({TEL}): "bonjour c'est {RN}, j'appelle pour {PT}, {IL} a besoin de séances à la maison"
Répondeur: "ici {PF}, {NE} le {DDN}, je voulais savoir si {KINE} fait les drainages" rappel {TEL}
messagerie: "{PT}, j'ai pas reçu le sms de confirmation pour {SLOT} avec {KINE}" - {TEL}
"""
ONLINE = """
PRISE DE RDV EN LIGNE - Patient : {PF} | Tél : {TEL} | Email : {EMAIL} | Motif : {CLIN}
    | Créneau : {SLOT} | Réf : {REF}
Export agenda - {SLOT} - {PF} - né(e) le {DDN} - {TEL} - nouveau patient - praticien: {STAFF}
RDV en ligne {REF} annulé par le patient ({PF}), créneau {SLOT} libéré
Réservation web: {PT} / {EMAIL} / {TEL} / motif: {CLIN} / {SLOT} avec {STAFF} / réf {REF}
Confirmation en ligne: {PF}, {SLOT}. commentaire patient : "{URG}, merci de me rappeler au {TEL}"
"""
FORWARD = """
TR: message de {PF} <{EMAIL}> : "Bonjour, je souhaite décaler ma séance de {SLOT}. Cordialement"
Fwd: de {EMAIL} - objet: ordonnance {PT} - pièce jointe illisible, {KINE} demande de redemander. tel {TEL}
transféré par le secrétariat du {HOSP} : sortie de {PF} ({NE} le {DDN}), {CLIN}, pec kiné à organiser. {TEL}
{RN} écrit ({REMAIL}) : merci de confirmer le rdv de {PT} {SLOT}
Fwd {STAFF}: {PT} demande un compte rendu pour le chirurgien. envoyer à {EMAIL}
"""
SCHOOL = """
{PAR} appelle pour {KENF} {KID} ({KAGE}), {KCLIN}. rdv après l'école {SLOT}. {TEL}
certificat de non contre-indication au foot pour {KID}, {KNE} le {KDDN}. {PARK} passe après la séance {SLOT}
{KID} {KAGE} - {KCLIN} - ordo pédiatre - pour {KINE} - tel {PARK} {TEL}
dispense EPS pour {KID} jusqu'aux vacances, à remettre au collège. {PAR} {TEL}
kiné respi: {KID} ({KNE} le {KDDN}), {PAR} {TEL}, {URG}
{PAR} ({PAREMAIL}) demande une attestation de séances pour le club de hand de {KG}
{KID} en 4e au collège de {CITY}, {KCLIN}, {PAR} demande des séances le mercredi {SLOT}
attestation pour le club de voile de {KG} ({KID}) à envoyer à {PAREMAIL}. vu avec {STAFF}
"""
WORK = """
AT: {PF}, pêche au large (Le Guilvinec), chute sur le pont, {CLIN}. n° AT {SIN}. tel {TEL}
Accident du travail {PT} (abattoir de volailles), tendinite poignet, déclaration {SIN}. dispo après 15h
{PT} (exploitation agricole à {CITY}), coincé{E} par une vache, {URG}. VAD ? {ADR}
AT conserverie {CITY}: {PF} {NIR}, {CLIN}, l'employeur a fait la DAT n° {SIN}
{PT} (ostréiculture), {CLIN} ({URG}), ne peut pas venir avant {SLOT}. tel {TEL}
maladie pro (TMS) {PF}, usine agroalimentaire, dossier CPAM {SIN}, 30 séances avec {KINE}
{PT} (mareyage, criée de Lorient) veut des rdv très tôt {SLOT}. {TEL}
AT chantier naval: {PF}, ddn {DDN}, épaule, n° sinistre {SIN}
{PT}, élevage porcin, se fait remplacer pour venir {SLOT} ({STAFF}). tel fixe {FIX}
"""
NEW = """
Fiche nouveau patient\\nNom : {PSU}\\nPrénom : {PG}\\nDDN : {DDN}
    \\nNIR : {NIR}\\nTél : {TEL}\\nAdresse : {ADR}\\nMutuelle : {MUTN} n° {MUT}\\nOrdo : {CLIN}
création dossier {DOS}: {PF}, {NE} le {DDN}, {ADR}, {TEL}, {EMAIL}
nouveau: {PF} ddn {DDN} ss {NIR} port {TEL} mail {EMAIL}
Patient: {PF} | DDN {DDN} | {ADR} | tel {TEL} / {FIX} | mut {MUTN} {MUT}
inscription {PT} chez {STAFF}, date de naissance {DDN}, carte vitale {NIR}, médecin traitant à {CITY}, {CLIN}
"""
ENGLISH = """
{PT}, anglais, parle peu français. {CLIN}. VAD {ADR}. tel {TEL}
{PF} (anglophone) rappelle pour {SLOT}, préfère l'email {EMAIL} au tel
retraités anglais à {CITY}: {PT} et {R}, tous deux pour {CLIN}, {SLOT} et {SLOT2}. tel {TEL}
{PF} calls: "I can't come on {SLOT}, my back is bad" - rappeler en anglais, {KINE} parle anglais. {TEL}
"""
BARE = """
Appel d'une patiente sans laisser de nom pour connaître le tarif des VAD. rappellera.
{STAFF} en formation {SLOT}, bloquer l'agenda
livraison table de massage prévue {SLOT}, quelqu'un doit être là
la mutuelle a appelé, demande un devis pour 20 séances de {CLIN}, sans préciser le patient
panne du TPE ce matin, prendre les chèques
rappel: fermeture du cabinet le 24 à midi et le 31 à midi
Un monsieur a appelé pour savoir si on prend de nouveaux patients ({CLIN}).
    Non pour l'instant, liste d'attente.
{KINE} malade {SLOT}, décaler ses patients sur {STAFF}
demande de renseignements: prenez-vous la carte vitale? oui. pas de nom laissé
le {HOSP} a appelé pour une sortie prévue la semaine prochaine, rappellera avec le nom
Pharmacie du bourg: commande de bandes de contention arrivée
prévoir produit désinfectant pour la salle de gym
appel masqué, a raccroché
question d'un étudiant en kiné pour un stage en janvier, envoyer CV sur l'adresse du cabinet
chauffage salle 2 en panne, technicien {SLOT}
réunion cabinet {SLOT}: planning des congés de fin d'année
un patient du matin a oublié son parapluie bleu en salle d'attente
appel pour un renseignement sur la {CLIN}, conseillé de voir son médecin traitant d'abord
le labo de {CITY} demande notre fax (on n'en a plus)
message du taxi conventionné: retard de 20 min sur toutes les courses {SLOT}
Stagiaire de {STAFF} arrive {SLOT}
plus de créneaux dispos avant le 4 janvier sauf urgences ({URG})
logiciel de facturation: mise à jour à faire {SLOT}
la CPAM de {CITY} a appelé pour une question générale sur les IK
"""
SCENARIOS = [(BOOK, 14), (MOVE, 12), (ORDO, 8), (PAY, 8), (VAD, 9), (FAMILY, 9), (CARER, 5), (VOICE, 7),
             (ONLINE, 5), (FORWARD, 4), (SCHOOL, 7), (WORK, 6), (NEW, 5), (ENGLISH, 3), (BARE, 21)]

# The templates that carry a harder name form by their shape.
HARD = {
    "surname opens": """
{PSO} rappelle pour son rdv {SLOT}, veut le décaler. {TEL}
{PSO} : ordo reçue, {CLIN}, à caler avec {KINE}
{PSO} {PG} tel {TEL} annule {SLOT}
{PSO} absent{E} {SLOT}, rappeler au {TEL}
{PSO} a téléphoné: {URG}. rappeler vite {TEL}
""",
    "surname after a verb": """
rappeler {PS} avant {SLOT} pour confirmer la VAD, tel {FIX}
{KINE} a vu {PS} ce matin, {CLIN} va mieux, garder {SLOT}
prévenir {PS} que {STAFF} n'est pas là {SLOT}. {TEL}
Appeler {PS} pour dire que l'ordo est arrivée. {TEL}
ne pas oublier de facturer {PS} (séance {SLOT}), mut. {MUTN}
""",
    "relative by given name": """
{RG} ({KIN} de {PT}) rappelle pour le rdv de {SLOT}, {TEL}
{PT}: {RK} {RG} passera déposer l'ordo cet aprem
message de {RG} pour {PT} : {IL} est hospitalisé{E} au {HOSP}, annuler {SLOT}
{PT} viendra avec {RG} ({KIN}) {SLOT}. tel {TEL}
""",
    "carer by given name": """
{CG} ({CR}) appelle pour {PT}: {URG}
{CG} de l'ADMR demande si {PT} a séance {SLOT}. tel {TEL}
{PT} : passage {SLOT} ok, {CG} ouvrira la porte
rappeler {CG} ({CR} de {PT}) au {TEL}
""",
    "slip in a name": """
{PT} rappelle: ok pour {SLOT}. rappeler {MME} {PSLIP} si annulation au {TEL}
{PF} ordo {CLIN} - dossier créé au nom de {PSLIP} par erreur, corriger
VAD {PT} {ADR} - attention dans l'agenda c'est écrit {PSLIP}
facture {PT} envoyée, sur la mutuelle le nom est tapé {PSLIP}. n° {MUT}
""",
}
SURNAME_FORMS = ("lower name", "word surname", "particle", "double surname")
SHOWS_SURNAME = re.compile(r"\{(P|PT|PF|PS|PSU|PSO)\}")


# ---------------------------------------------------------------------------------------------
# Notes


def harder_surname(rng: random.Random, cast: Cast, form: str) -> None:
    """Give the patient (and a relative bearing the name) a harder surname: an ordinary word, a
    particle, or two surnames."""
    if form == "word surname":
        cast.patient = draw_person(rng, rng.choice(("bre", "fra")), surname=rng.choice(WORD_SURNAMES))
    elif form == "particle":
        origin = rng.choice(("bre", "bre", "por", "fra"))
        cast.patient = draw_person(rng, origin, surname=rng.choice(PARTICLE_SURNAMES[origin]))
    elif form == "double surname":
        origin = rng.choice(("bre", "fra", "por", "mag"))
        first, second = rng.sample(ORIGINS[origin].surnames, 2)
        joined = f"{first} {second}" if origin == "por" else f"{first}-{second}"
        cast.patient = draw_person(rng, origin, surname=joined.replace("_", " "))
    cast.patient.surname = cast.patient.surname.replace("_", " ")
    if cast.kin[2]:
        cast.relative.surname = cast.patient.surname


def unaccented(text: str) -> str:
    """The text as typed on a keyboard that drops the accents (case kept)."""
    return "".join(ch if fold(ch) == ch.casefold() or not ch.isalpha() else
                   (fold(ch).upper() if ch.isupper() else fold(ch)) for ch in text)


def draw_note(rng: random.Random) -> tuple[Fragments, set[str]]:
    """One note in fragments, and its flags."""
    cast, roll, flags = draw_cast(rng), rng.random(), set()
    hard = ""
    if roll < 0.065:
        hard = rng.choice(list(HARD))
        template = rng.choice(templates(HARD[hard]))
    else:
        block, template = SCENARIOS[0][0], ""
        while True:
            block, template = draw_template(rng, SCENARIOS)
            if roll >= 0.125 or (block is not BARE and SHOWS_SURNAME.search(template)):
                break
        if roll < 0.125:
            hard = rng.choice(SURNAME_FORMS)
            harder_surname(rng, cast, hard)
        if block is ENGLISH:
            cast.patient = draw_person(rng, "eng", years=(1940, 1962))
            cast.relative = draw_person(rng, "eng", "f" if cast.patient.sex == "m" else "m",
                                        surname=cast.patient.surname, years=(1940, 1962))
            cast.kin = ("épouse", "f", True) if cast.patient.sex == "m" else ("mari", "m", True)
        flags.add("bare" if block is BARE else "identified")
    markup = Writer(rng, cast, TAKEN, hard).fill(template)
    fragments = join_names(parse(markup))
    if hard:
        flags.add(f"hard: {hard}")
    elif rng.random() < 0.11:
        flags.add("lower-case note")
        fragments = [(text.lower(), kind) for text, kind in fragments]
    elif rng.random() < 0.08:
        flags.add("no accents")
        fragments = [(unaccented(text), kind) for text, kind in fragments]
    return fragments, flags


def make_note(rng: random.Random) -> Fragments:
    """A note whose names stand nowhere else in its text and hold no word an earlier set holds;
    a draw that fails is drawn again."""
    while True:
        fragments, flags = draw_note(rng)
        trial = record("trial", fragments)
        try:
            check_unlabelled(trial, name_words)
        except AssertionError as error:
            if "left unlabelled" in str(error):
                continue
            raise
        if not reused_words(trial, name_words, TAKEN):
            FLAGS.append(flags)
            return fragments


def check(rec: dict) -> None:
    check_unlabelled(rec, name_words)
    check_no_staff(rec, name_words)


TAKEN: set[str] = set()
FLAGS: list[set[str]] = []


def main() -> None:
    TAKEN.update(taken_tokens(OUT, EARLIER))
    refuse_used_names(all_names(), name_words, TAKEN)
    records = write(OUT, PREFIX, NOTES, SEED, make_note, check,
                    lambda rs: check_blind_set(rs, NOTES, name_words, TAKEN, 0.2, (0.1, 0.2)))
    hard = sum(any(f.startswith("hard") for f in flags) for flags in FLAGS)
    report(records, OUT, FLAGS, hard)


if __name__ == "__main__":
    main()
