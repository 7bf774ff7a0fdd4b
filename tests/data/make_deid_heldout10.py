"""Write `deid_heldout10.jsonl`: a tenth held-out set for the de-identifier.

Written 2026-11-28 by a helper session asked for a blind set. The engine (handlers/), its word lists,
its tests, the hard cases and the evaluation script were not opened, and the de-identifier was not
run on these notes; the earlier sets were read by program only (heldout_markup.earlier_name_tokens),
to refuse any name they already hold, so every name of a patient, a relative or a carer here is new
to the engine. 300 call notes from an ordinary November (2026) at a cabinet de kinésithérapie in
Bordeaux, with patients from all over the Gironde (Mérignac, Pessac, Talence, Bègles, Libourne, the
Bassin d'Arcachon...): Gascon and Basque families and the whole of France today (Portugal, Spain,
the Maghreb, West and Central Africa, Vietnam, Cambodia, China, the Antilles and La Réunion, the
Comoros, Madagascar, Eastern Europe, Turkey, Armenia, Italy). Secretaries typing fast (rdv, tel, ddn,
pec, ordo, mut., VAD), answering-machine transcripts, online-booking exports, home visits, relatives
and carers calling, prescriptions, billing and mutuelles, papers for children's schools and clubs,
work accidents. Mostly plain forms (a title and a surname, a given name and a surname, a surname in
capitals); about one note in eight has a harder but ordinary one (a name typed in lower case, a bare
surname opening the note or after a verb, a relative called by the given name only, a surname that
is a French word, particles, apostrophes and hyphens), and some notes are typed all in lower case.
Same markup and labelling as heldout4-9 (see heldout_markup.py): patients, relatives and carers are
NOM, the practice's staff (deid_staff.json: Julien Martin and Karim Haddad, physios; Sophie Lemoine,
secretary), appointment slots, clinical words, hospitals and urgency words are kept.

Standard library only. Run: cd tests/data && ../../.venv/bin/python make_deid_heldout10.py (fixed seed)
"""

from __future__ import annotations

import datetime as dt
import random
import re

import heldout_markup as markup
from heldout_markup import Fragments, Origin, Person, fold, keep, kept, nom, tag

OUT = markup.HERE / "deid_heldout10.jsonl"
NOTES, SEED, PREFIX = 300, 2026_11_28_10, "w"
# Checked against every earlier set and the hard cases as they stood when it was written; the hard
# cases have since taken cases from this set.
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 10)))
TODAY = dt.date(2026, 11, 16)
PARTICLES = {"de", "la", "le", "du", "des", "da", "dos", "d", "l", "n", "ait", "ben"}

# ---------------------------------------------------------------------------------------------
# Name pools (an underscore joins the words of one name)

FRENCH_F = """Maylis Berthe Alexandrine Victorine Aliénor Marjolaine Antoinette Lou Elia Louison Bertrande
    Albertine Amélie Florine Clélia Noélie Danaé Yvette Germaine Oriane Jacotte Mado Gaby Ghyslaine
    Nicolette Adrienne Sylviane Cathy Stéphanie Alizée Jessica Isabeau Roseline Thérésa Éliette"""
FRENCH_M = """Guilhem Bernat Arsène Elie Médéric Armel Gwenaël Aubin Lubin Noël Philémon Sacha Sixte Yvan
    Albin Casimir Jules Pacifique Théodore Lucien Jacques Frédéric Jérôme Valentin Amaury Joris Yohann
    Mathias Ange Hermann Horace Paulin Elian"""
KIDS_F = """Lyna Thaïs Calie Lilas Azélie Solveig Aléna Lison Cléo Ava Ayla Naëlle Maïlys Noa Nais Ellie
    Elena Loane Emy Tessa Norah Mélina Maddy Andréa Raphaëlle"""
KIDS_M = """Sohan Timéo Ilan Kélyan Lorenzo Aaron Célian Ruben Soan Elyas Joseph Esteban Swann Matis
    Lino Balthazar Hector Sasha Solal Nino Louka Mayeul"""

# origin: weight, birth countries (INSEE codes after "99"), birth departments, given f, given m,
# surnames, children's given f, children's given m ("" for the adults' pools)
ORIGIN_TABLE: dict[str, tuple[float, str, str, str, str, str, str, str]] = {
    "gascon": (20, "", "33 33 33 33 40 40 47 24 64 32 2A 2B", FRENCH_F, FRENCH_M, """Lacoste Labarthe
        Dupouy Larrieu Lafargue Darrigade Cazenave Castaing Lamothe Barrère Duprat Laborde Dufau
        Soubiran Lalanne Tauzin Lataste Daugreilh Lartigau Dartigues Lapeyre Dubourdieu Cabannes
        Courrèges Sarthou Pouyanne Laffargue Lescouzères Dubernet Castéra Labadie Lagardère Sempé
        Pédeboscq Bordessoules Lamarque Darriet Dulucq Haurie Lacampagne Larrouy Pémartin Tachoires
        Lartigue Dutoya Mesplède Loustau Lasserre Cantegrit Peyrelongue Ducasse Pouchan Tastet Lacrouts
        Daney Bernadet Lafitte Lassalle Darcos Latapie Sallenave Labeyrie Mounet Darroze Broustet
        Camblanne Gaillac Laulan Dumora""", KIDS_F, KIDS_M),
    "basque": (6, "", "64 64 64 33 40", """Maialen Kattalin Oihana Itziar Miren Edurne Ane Libe Lorea
        Nerea Leire Alaia Maylis Germaine Yvette Bertrande""", """Ximun Unai Iban Ekaitz Eneko Mikel
        Jokin Ibai Paxkal Manex Gorka Txomin Iker Ander Joanes Mattin Koldo Oier Eñaut Bernat Jacques
        Lucien""", """Haramboure Elissalde Ithurbide Mendiondo Oyhenart Urruty Harispe Iribarne Etchart
        Arrossagaray Olçomendy Garat Sallaberry Inchauspé Berhouet Lekuona Zubiri Ospital Ithurralde
        Elizalde Mendizabal Aramendi Errecart Goytino Laxague Apesteguy Echeverria Zabaleta Amestoy
        Oxandabaratz Barneche Jaureguiberry Idiart Darraidou Eyheramendy""", """Maialen Kattalin Libe
        Lorea Nerea Uxue Leire Alaia Haizea Amets""", """Unai Iban Ekaitz Eneko Ibai Manex Iker Ander
        Mattin Oier"""),
    "france": (12, "", "33 33 87 16 17 24 19 75 69 59 31 13 2A", FRENCH_F, FRENCH_M, """Chabrol
        Peyronnet Faugère Bouyssou Vergnaud Rouffignac Chastang Marcillac Pradier Sauvageot Chambon
        Mazeau Bourdeix Puyraimond Lagrue Dexet Jolivet Brissaud Chaumeil Bouchereau Frugier Boissonnet
        Couderc Bouthier Rivaud Merlaud Vignaud Sabourin Marsaud Ardouin Bertaud Gaborit Ravard Nadaud
        Pasquet Puydupin Desplat Laplagne Chassaing Charbonnel Mazière Bessède Cluzeau Fongauffier
        Roumagne Valade Lavaud Deyres Forestier Larue Saintout Bonnamy Cassagne Chaigneau Esclapez
        Fauchier Gautreau Jammet Lagorce Maupas Nouaux Pradeau Thévenot Vignes Auroux Bessaguet Boyé
        Castagnet Dalbos Gourgues Lamaison Lestage Orliac Pujols Ramond Sautereau Tauziède Duchêne
        Delafosse Chênevert Maillard Guichard Tessier Vinet Beauregard Cadiou""", KIDS_F, KIDS_M),
    "portugal": (9, "139", "33 33 75 64", """Conceição Graça Filomena Glória Alzira Custódia Deolinda
        Ermelinda Joana Leonor Beatriz Matilde Carolina Mafalda Ana_Paula Benedita Margarida Rute
        Catarina Edite Olinda""", """Armando Abílio Arménio Fernando Duarte Vasco Afonso Henrique Amadeu
        Custódio Adelino Aníbal Zeferino Orlando Horácio Alcino Domingos Serafim Valdemar Jorge""",
        """Carvalho Gonçalves Teixeira Fernandes Almeida Mendes Nunes Rebelo Quaresma Bettencourt
        Moreira Barbosa Cunha Lourenço Valente Pimentel Sequeira Resende Queirós Guimarães
        Carreira Patrício Brás Meireles Salgueiro Fontes Coelho Pacheco Miranda Campos Sampaio Vaz
        Macedo Portela Loureiro Mesquita Penteado Veloso Couto""", "Leonor Beatriz Matilde Carolina Mafalda",
        "Duarte Afonso Vasco Henrique Lorenzo"),
    "spain": (6, "134", "33 64 66 31 65", """Pilar Rocío Inmaculada Encarnación Amparo Consuelo Araceli
        Begoña Milagros Paloma Ainara Marisol Esperanza Trinidad Reyes Sagrario Rosalía""", """Alfonso
        Jesús Ramón Santiago Julián Gonzalo Íñigo Salvador Agustín Emilio Faustino Leandro Hilario
        Valentín Baldomero Eusebio Teodoro Patricio Rubén Álvaro Borja Jaime Andrés""", """Martinez
        Fernandez Ruiz Herrera Castro Blanco Serrano Cano Calvo Lozano Cabrera Ibáñez Carrasco Benítez
        Montero Vargas Santana Arroyo Cuesta Salinas Escobar Sarmiento Pizarro Villalobos Valverde
        Bermúdez Quintana Alcaraz Echevarría Arrabal Montesinos Urquijo Orozco Pallarès Vilalta Roig
        Casals Bosch""", "Paloma Ainara Lyna Elena Andréa", "Álvaro Íñigo Rubén Esteban Lorenzo"),
    "maghreb": (11, "350 352 351", "33 33 75 13 69", """Malika Samira Rachida Houria Nacera Hafida
        Loubna Hajar Rania Badia Lina Sirine Assia Hanane Rym Bouchra Fouzia Jamila""", """Abdelkader
        Mourad Farid Hakim Yacine Sofiane Mehdi Nabil Hamid Lahcen Mokhtar Abdelaziz Redouane Hicham
        Adil Anouar Ayoub Ilyes Amine Hassan Mounir Azzedine Messaoud Ammar Abderrahmane""", """Belkacem
        Benmoussa Saidi Benyahia Lakhdari Boukhalfa Hamadouche Laaroussi Rahmouni Tlemcani Benchekroun
        Bennani Tazi Lahlou Sekkat Bouazizi Mahjoub Kharrat Oukaci Boudiaf Sahnoun Larbaoui Abdelli
        Bellil""", "Lina Rania Sirine Assia Lyna Ilyana", "Ayoub Ilyes Amine Yanis Kaïs Ibrahim Elyas Sohan"),
    "sahel": (4, "341 335 330", "33 75 93", """Aminata Awa Ramatoulaye Ndèye Khady Mariétou Astou
        Dieynaba Penda Tenin Nafissatou Ndella""", """Mamadou Moussa Ousmane Abdoulaye Boubacar Alioune
        Samba Malick Amadou Bakary Sekou Mody Mouhamadou Aboubacar""", """Sow Diop Camara Sylla Sanogo
        Keïta Sissoko Diakité Kanté Fofana Gueye Sarr Wade Barry Baldé Sidibé Dieng Mendy Sagna Diatta
        Sané Goudiaby""", "", ""),
    "guinea_coast": (3, "326 331 345 327", "33 75", """Affoué Akissi Amenan Ahou Ayaba Afi Yawa Abla
        Adama""", """Kouadio Kouamé Yao Konan Komlan Kossi Issouf Yacouba Drissa""", """Bamba Kouakou Yapi
        Gnagne Aka Assi Brou Tanoh Boni Ehui Tiendrébéogo Ouédraogo Sawadogo Kaboré Zongo Compaoré
        Nikiéma Yaméogo Agbodjan Amouzou Adjovi Hounkpatin Dossou Akakpo Gbaguidi Ahouandjinou""", "", ""),
    "gulf": (1, "", "33 75", """Chiamaka Ngozi Adaeze Folake Yetunde Bisola Efua Ama Akosua""", """Emeka
        Chukwudi Olumide Oluwaseun Tunde Ebenezer Kofi Kwame Kwabena""", """Okonkwo Adeyemi Oyelaran
        Nwosu Eze""", "", ""),
    "central_africa": (4, "322 312 324 328", "33 75", """Merveille Dorcas Gloria Bénie Exaucée Naomie
        Rebecca Chancelle Laurelle Falonne Ruth""", """Christ Dieudonné Fiston Junior Glodi Trésor
        Héritier Armel Landry Chérubin Déo Borel Arsène Nathanaël""", """Mbemba Nkoulou Ekambi Tshibangu
        Kalonji Nzeza Matondo Nsimba Biyong Fotso Tchoupo Kamga Nganou Tchamba Ndongo Abessolo Mvondo
        Onana Owona Ngono Bekolo Mabika Moukouri Nkodia Bouanga Malonga Mabiala Loemba Moukala Kibinda
        Tshilombo Lukusa Mwamba Kasongo Mpiana Lokwa Makiese Nzuzi Kiala Ngalula Tshimanga Mbuyi Kazadi
        Bakala Massamba Mouanda Diabanza Ondongo Ngoma Makaya""", "", ""),
    "vietnam": (2, "243", "33 75", "Nga Hien Hang Quynh Uyen Ngan Tuyet Loan Xuan Oanh Vy", """Khanh Phuc
        Thang Trung Cuong Dat Khoa Toan Loc Phong Viet Thinh""", """Phan Kieu Lai Thai Tang Khuc Mac Dao
        Thach Nghiem""", "", ""),
    "cambodia": (1, "234", "33 75", """Sreymom Chanthou Malis Sokha Vannary Kanya Chanthy Nary Soriya
        Sothea Sreyleak Kolab Rachana""", """Sovann Vuthy Rithy Chanra Sophal Pheap Thearith Sambath
        Vannak Piseth Rotha""", """Chea Meas Pich Sim Touch Ung Yim Kong Prak Seng Hem Nhem Chhay
        Kheng""", "", ""),
    "china": (1.5, "216", "33 75", "Mei Ling Hui Jing Xia Yun Qing Lihua Xiaoling Meiling", """Wei Jun Hao
        Tao Jian Lei Qiang Ming Gang Yong Zhiwei Jianguo""", """Chen Lin Wu Xu Zheng Liang Song Feng Deng
        Zeng Tian Dong Yuan Cai Jiang Ding Shen Yao Cui Zhong Chan Wong Leung Cheung Lau Kwok Tsang""",
        "", ""),
    "outremer": (4, "", "971 972 974 973", """Ghislène Nicaise Ketty Sully Katia Stella Cynthia Victorine
        Antoinette Yvette Germaine""", """Fred Rony Ruddy Willy Harry Johnny Fritz Wilfrid Lucien Léonel
        Jacques Frédéric""", """Bellance Laurencin Théodose Rosemond Bazile Nadeau Zénon Monrose Bellemare
        Dorival Pélage Clairville Démonière Belleville Lancry Modestine Romney Tirolien Fidelin Cétout
        Galas Zami Lamberty Jabot Largen Siméon Gabourg Dalin Pancrace Onésime Madiana Coridon
        Pétricien Rabathaly Sinivassin Ponin-Ballom Boyer Dijoux Sautron Gonthier Barret Bègue Cadet
        Ah-Hot Ah-Soune Narayanin Vellayoudom Moutien""", "", ""),
    "comoros": (1, "397", "976 33", "Faouzia Anrifa Nasma Sittina Mariamou", """Chamsoudine Anfane Houssen
        Nourdine Mouhoutar Fahardine Kamardine""", "Youssouf Msa Abdou Ibouroi Attoumane Mchangama Djoumoi",
        "", ""),
    "madagascar": (1, "333", "33 75", "Voahangy Hanitra Lalao Noro Fara Tiana Volana Haingo Nirina",
        "Hery Tojo Fanja Mamy Rija Haja Toky Njaka Lova", """Randrianarisoa Rasoamanana Andrianaivo
        Razafindrakoto Rakotonirina Ravelojaona Rabemananjara Ratsimbazafy Rasolofo Andriamihaja""", "", ""),
    "poland": (1.5, "122", "33 59 57", "Katarzyna Magdalena Ewa Joanna Halina", """Piotr Tomasz Paweł Marek
        Grzegorz Zbigniew""", """Wiśniewski Zieliński Szymański Wójcik Kamiński Piotrowski
        Grabowski Michalski Wróblewski Dudek Sikora""", "", ""),
    "romania": (1.5, "114", "33 75", "Cristina Gabriela Raluca Anca Simona Alina", """Ion Vasile Cătălin
        Bogdan Dorin""", "Dumitru Marinescu Constantinescu Petrescu Neagu Enache", "", ""),
    "russia_ukraine": (1.5, "123 155", "33 75", """Irina Natalia Svetlana Elena Oksana Iryna Olena Darya
        Valentina""", """Dmitri Sergueï Vladimir Nikolaï Alexeï Andreï Oleg Yuri Viktor Taras Mykola
        Ostap""", """Petrov Smirnov Sokolov Lebedev Kozlov Novikov
        Shevchenko Kovalenko Melnyk Boyko Kravchenko Oliynyk""", "", ""),
    "balkans": (0.5, "119 121", "33", "Ivana Jelena Milena Snežana Dragana Vesna", """Milan Dragan Goran
        Zoran Nenad""", "Horvat Kovačević Babić Marić Jurić", "", ""),
    "hungary": (0.5, "112", "33", "Katalin Zsófia Réka Eszter", "Tibor Zoltán Lajos Gábor", """Szabó Nagy
        Tóth Kovács Horváth Varga Molnár""", "", ""),
    "turkey": (2, "208", "33 67", """Ayşe Fatma Emine Hatice Elif Merve Büşra Gülsen Sevgi Derya Songül
        Nurcan Tuğba Dilek Aysel""", """Mustafa Hasan İbrahim Osman Yusuf Emre Burak Serkan Kemal Erdal
        Ömer Cengiz Tuncay Selim Levent""", """Kaya Demir Şahin Çelik Yıldırım Doğan Aslan Kara Kurt
        Şimşek Korkmaz Erdoğan Bulut Karaca Uçar""", "", ""),
    "armenia": (1, "252", "33 13 69 75", "Anahid Lusine Nairi Arpi Taline", "Garabed Kévork Ashot Haïk",
        "Kasparian Hagopian Avedissian Boghossian Tchakerian Aznavourian Hovhannessian", "", ""),
    "italy": (3, "127", "33 47 06", "Gina Nunzia Silvana Tiziana Donatella Fiorella", """Vincenzo
        Francesco Gennaro Rocco Domenico Pasquale Massimo Claudio Aldo Renzo""", """Ricci Mancini Rizzo
        Barbieri Fontana Mariani Martini Vitale Serra Coppola Sanna Fabbri Monti Orlandi Zanetti Parisi
        Bellini Tedesco Farina Grasso Pagano Benedetti Rossetti Guerrini Ferrari""", "", ""),
}

# The harder surnames, by origin: French words, and particles, apostrophes, hyphens.
WORD_SURNAMES = """Bouchon Cerisier Bois Chapeau Comte Hiver Janvier Dimanche Pêcheur Marteau Cheval Merle
    Moineau Faucon Lion Gros Vaillant Chaudron Lapin Barbe Campagne Sarment Barrique Coquille Bouteille
    Canard Lièvre Castor Agneau Chatelain Soldat Rond Lebègue Taureau Moulinet Pruneau Raisin Figuier
    Laurier Rosier Muguet"""
PARTICLE_SURNAMES = {
    "spain": "de_la_Fuente de_la_Torre de_la_Vega",
    "portugal": "Da_Cunha Da_Mota Da_Conceição D'Abreu",
    "sahel": "N'Doye N'Dour",
    "guinea_coast": "N'Goran N'Zi N'Gbakou",
    "gascon": "de_Lestrac de_Laborie du_Puch",
    "basque": "d'Arcangues d'Abbadie d'Etchepare",
    "france": "Le_Meur Le_Guillou Le_Coz Le_Quéré Le_Borgne Le_Cam Le_Hir Le_Dantec Le_Gac Le_Saux Le_Men",
    "maghreb": "Aït_Oufella Aït_Yahia Ben_Ammar",
}


ORIGINS = {key: Origin(key, markup.unique_names(f), markup.unique_names(m), markup.unique_names(s), abroad,
                      tuple(departments.split()))
           for key, (_, abroad, departments, f, m, s, _, _) in ORIGIN_TABLE.items()}
WEIGHTS = {key: row[0] for key, row in ORIGIN_TABLE.items()}
KIDS = {(key, sex): markup.unique_names(row[6] if sex == "f" else row[7])
        for key, row in ORIGIN_TABLE.items() for sex in "fm"}
WORDS = markup.unique_names(WORD_SURNAMES)
PARTICLED = {key: markup.unique_names(block) for key, block in PARTICLE_SURNAMES.items()}


def feminine(surname: str, origin: Origin, sex: str) -> str:
    """Polish and Russian surnames take the feminine ending for a woman."""
    if sex != "f" or origin.name not in ("poland", "russia_ukraine"):
        return surname
    return markup.slavic_form(surname, "f")


def name_words(name: str) -> set[str]:
    """The words of a name the checks look for: N'Goran, D'Abreu, d'Abbadie without the article."""
    return markup.name_parts(name, PARTICLES)


def pooled() -> list[str]:
    found = markup.pooled_names(ORIGINS, KIDS) + WORDS
    found += [n for block in PARTICLED.values() for n in block]
    found += [feminine(s, o, "f") for o in ORIGINS.values() for s in o.surnames]
    return found


# ---------------------------------------------------------------------------------------------
# People


def draw_origin(rng: random.Random) -> Origin:
    return ORIGINS[markup.pick(rng, WEIGHTS)]


def birth(rng: random.Random, low: int, high: int, mode: int) -> dt.date:
    years = int(rng.triangular(low, high, mode))
    day = TODAY - dt.timedelta(days=365 * years + rng.randint(0, 364))
    return day


def new_person(rng: random.Random, sex: str | None = None, origin: Origin | None = None,
               surname: str | None = None, age: tuple[int, int, int] = (18, 96, 66)) -> Person:
    sex = sex or ("f" if rng.random() < 0.58 else "m")
    origin = origin or draw_origin(rng)
    born = birth(rng, *age)
    pool = origin.given_f if sex == "f" else origin.given_m
    if origin.name not in ("gascon", "france", "basque") and born.year > 1980 and rng.random() < 0.15:
        pool = ORIGINS["france"].given_f if sex == "f" else ORIGINS["france"].given_m
    family = surname or feminine(rng.choice(origin.surnames), origin, sex)
    return Person(rng.choice(pool), family, sex, origin, born)


def new_kid(rng: random.Random, parent: Person) -> Person:
    sex = "f" if rng.random() < 0.5 else "m"
    pool = KIDS[(parent.origin.name, sex)] or (parent.origin.given_f if sex == "f" else parent.origin.given_m)
    if rng.random() < 0.2:
        pool = KIDS[("france", sex)]
    pool = [name for name in pool if name != parent.given]
    surname = parent.surname if rng.random() < 0.85 else new_person(rng, origin=parent.origin).surname
    surname = feminine(masculine(surname), parent.origin, sex)
    return Person(rng.choice(pool), surname, sex, parent.origin, birth(rng, 5, 17, 11))


def masculine(surname: str) -> str:
    """The man's form of a surname, so that a son or a husband of a Kamińska is a Kamiński."""
    return markup.slavic_form(surname, "m")


def age(p: Person) -> int:
    return markup.age(p, TODAY)


def hard_surname(rng: random.Random, kind: str) -> tuple[str, Origin]:
    if kind == "word":
        return rng.choice(WORDS), ORIGINS[rng.choice(["gascon", "france", "france"])]
    if rng.random() < 0.2:  # a double name, joined by a hyphen
        first, second = rng.sample(ORIGINS["gascon"].surnames + ORIGINS["france"].surnames, 2)
        return f"{first}-{second}", ORIGINS["gascon"]
    key = rng.choice(list(PARTICLED))
    return rng.choice(PARTICLED[key]), ORIGINS[key]


# ---------------------------------------------------------------------------------------------
# Identifiers


def phone(rng: random.Random, landline: bool | None = None) -> str:
    if landline is None:
        landline = rng.random() < 0.25
    if landline:
        digits = "05" + rng.choice(["56", "56", "57", "57", "35"]) + f"{rng.randint(0, 999999):06d}"
    else:
        digits = rng.choice(["06", "06", "07"]) + f"{rng.randint(10000000, 99999999)}"
    pairs = [digits[i:i + 2] for i in range(0, 10, 2)]
    roll = rng.random()
    if roll < 0.42:
        return " ".join(pairs)
    if roll < 0.58:
        return ".".join(pairs)
    if roll < 0.63:
        return "-".join(pairs)
    if roll < 0.78:
        return digits
    if roll < 0.88:
        return "+33 " + digits[1] + " " + " ".join(pairs[1:])
    if roll < 0.92:
        return "+33" + digits[1:]
    if roll < 0.96:
        return "0033 " + digits[1] + " " + " ".join(pairs[1:])
    return "+33 (0)" + digits[1] + " " + " ".join(pairs[1:])


MONTHS = markup.words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre")
ABBREVIATED = markup.words("janv. févr. mars avr. mai juin juil. août sept. oct. nov. déc.")


def day_number(day: dt.date) -> str:
    """The day of the month as written in French: 1er, 2, 3..."""
    return "1er" if day.day == 1 else str(day.day)


def birth_text(day: dt.date, rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.40:
        return day.strftime("%d/%m/%Y")
    if roll < 0.55:
        return day.strftime("%d/%m/%y")
    if roll < 0.65:
        return day.strftime("%d.%m.%Y")
    if roll < 0.80:
        return f"{day.day} {MONTHS[day.month - 1]} {day.year}"
    if roll < 0.86:
        return day.strftime("%d-%m-%Y")
    if roll < 0.93:
        return f"{day.day}/{day.month}/{day.year % 100:02d}"
    return f"{day_number(day)} {ABBREVIATED[day.month - 1]} {day.year}"


def nir(p: Person, rng: random.Random) -> str:
    departments = [d for d in p.origin.departments if not (d.startswith("2") and p.born.year < 1976)]
    if p.origin.abroad and p.born.year < 2000 and rng.random() < 0.5:
        place = "99" + rng.choice(p.origin.abroad.split())
    else:
        department = rng.choice(departments)
        if p.origin.name in ("gascon", "france") and p.born.year >= 1976 and rng.random() < 0.5:
            department = rng.choice(["2A", "2B"])  # born in Corsica
        if len(department) == 3:
            place = department + f"{rng.randint(1, 34):02d}"
        else:
            place = department + f"{rng.randint(1, 560):03d}"
    body = ("2" if p.sex == "f" else "1") + p.born.strftime("%y%m") + place + f"{rng.randint(1, 999):03d}"
    key = 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97
    if rng.random() < 0.05:  # a slip in the key
        key = (key + rng.randint(1, 95)) % 97 + 1
    groups = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], f"{key:02d}"]
    roll = rng.random()
    if roll < 0.5:
        return " ".join(groups)
    if roll < 0.75:
        return "".join(groups)
    if roll < 0.92:
        return "".join(groups[:6]) + " " + groups[6]
    return ".".join(groups)


def plain_letters(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", fold(text))


DOMAINS = ["gmail.com"] * 6 + ["orange.fr"] * 3 + markup.words(
    "free.fr free.fr hotmail.fr hotmail.fr laposte.net sfr.fr yahoo.fr outlook.fr wanadoo.fr icloud.com")


def mail(p: Person, rng: random.Random) -> str:
    g, s = plain_letters(p.given), plain_letters(p.surname)
    user = rng.choice([f"{g}.{s}", f"{g}.{s}", f"{g[0]}.{s}", f"{s}.{g}", f"{g}{s}{p.born.year % 100:02d}",
                       f"{s}{g[0]}{rng.randint(1, 99)}", f"{g}.{s}33", f"{g}-{s}", f"{s}.{g[0]}"])
    return f"{user}@{rng.choice(DOMAINS)}"


TOWNS = [("33000", "Bordeaux"), ("33200", "Bordeaux"), ("33300", "Bordeaux"), ("33800", "Bordeaux"),
         ("33100", "Bordeaux"), ("33700", "Mérignac"), ("33700", "Mérignac"), ("33600", "Pessac"),
         ("33600", "Pessac"), ("33400", "Talence"), ("33400", "Talence"), ("33400", "Talence"),
         ("33130", "Bègles"), ("33130", "Bègles"), ("33500", "Libourne"), ("33120", "Arcachon"),
         ("33260", "La Teste-de-Buch"), ("33170", "Gradignan"), ("33140", "Villenave-d'Ornon"),
         ("33150", "Cenon"), ("33310", "Lormont"), ("33110", "Le Bouscat"), ("33320", "Eysines"),
         ("33290", "Blanquefort"), ("33160", "Saint-Médard-en-Jalles"), ("33270", "Floirac"),
         ("33520", "Bruges"), ("33510", "Andernos-les-Bains"), ("33470", "Gujan-Mestras"),
         ("33610", "Cestas"), ("33850", "Léognan"), ("33330", "Saint-Émilion"), ("33380", "Biganos"),
         ("33440", "Ambarès-et-Lagrave"),
         ("33185", "Le Haillan"), ("33450", "Saint-Loubès"), ("33360", "Latresne"), ("33650", "Martillac")]
STREETS = markup.templates("""
rue des Palombes
avenue Thiers
cours de la Marne
rue Judaïque
avenue de la Libération
allée des Pins
chemin des Vignes
impasse des Mimosas
rue du Château-d'Eau
avenue Pasteur
boulevard du Président-Wilson
cours Victor-Hugo
rue Camille-Pelletan
avenue Jean-Jaurès
rue de la Benauge
quai de Bacalan
rue Fondaudège
avenue de Magudas
route de Toulouse
avenue de Verdun
rue des Genêts
allée des Arbousiers
rue du Médoc
chemin de la Garenne
rue des Écoles
boulevard de la Plage
allée des Dunes
avenue Gambetta
rue Lamartine
rue de l'Église
place du Marché
avenue de l'Océan
chemin du Moulin
rue des Vignerons
avenue de Saige
rue Jules-Ferry
route de Saint-Émilion
rue des Résiniers
allée des Chênes-Lièges
avenue du Général-de-Gaulle
""")
BUILDINGS = ["résidence les Acacias, bât. B, ", "résidence du Parc, apt 14, ", "rés. Les Hauts de Saige, ",
             "lotissement le Clos des Chênes, ", "résidence Plein Ciel, 6e ét., "]


def street(rng: random.Random) -> str:
    number = str(rng.randint(1, 148))
    if rng.random() < 0.14:
        number += rng.choice([" bis", " bis", "bis", " ter", "ter", " B"])
    building = rng.choice(BUILDINGS) if rng.random() < 0.1 else ""
    comma = "," if rng.random() < 0.15 else ""
    return f"{building}{number}{comma} {rng.choice(STREETS)}"


def member_number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.35:
        return f"{rng.randint(10000000, 99999999)}"
    if roll < 0.6:
        digits = f"{rng.randint(0, 9999999999):010d}"
        return f"{digits[:4]} {digits[4:8]} {digits[8:]}"
    if roll < 0.8:
        return f"{rng.choice('ABHMS')}{rng.randint(100000000, 999999999)}"
    return f"ADH-{rng.randint(100000, 999999)}"


def accident_number(rng: random.Random) -> str:
    roll = rng.random()
    if roll < 0.4:
        return f"{rng.choice(['2610', '2611'])}{rng.randint(10000, 99999)}33"
    if roll < 0.7:
        return f"33 26 {rng.randint(100, 999)} {rng.randint(1000, 9999)}"
    return f"AT-{rng.choice(['26', '2026'])}-{rng.randint(100000, 999999)}"


def file_number(rng: random.Random) -> str:
    return rng.choice([f"D26-{rng.randint(1000, 9999)}", f"2026/{rng.randint(10000, 99999)}",
                       f"K{rng.randint(100000, 999999)}", f"{rng.randint(1000000, 9999999)}"])


def invoice_number(rng: random.Random) -> str:
    return rng.choice([f"F2611-{rng.randint(100, 999)}", f"FAC{rng.randint(260000, 269999)}",
                       f"2026-11-{rng.randint(1000, 9999)}"])


# ---------------------------------------------------------------------------------------------
# Calendar: appointments from 3 November to 18 December 2026 (closed on Sundays and on 11 November)

DAYS = markup.words("lundi mardi mercredi jeudi vendredi samedi dimanche")
SHORT = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam.", "dim."]
OPEN_DAYS = [dt.date(2026, 11, 3) + dt.timedelta(days=n) for n in range(46)]
OPEN_DAYS = [d for d in OPEN_DAYS if d.weekday() < 6 and d != dt.date(2026, 11, 11)]
TIMES = ["8h", "8h30", "8h45", "9h", "9h15", "9h30", "10h", "10h15", "10h45", "11h", "11h30", "12h",
         "13h30", "14h", "14h15", "14h30", "15h", "15h45", "16h", "16h30", "17h", "17h15", "17h45", "18h",
         "18h30", "19h"]


def hour_on(day: dt.date, rng: random.Random) -> str:
    return rng.choice(TIMES[:10]) if day.weekday() == 5 else rng.choice(TIMES)


def clock(hour: str) -> str:
    h, _, m = hour.partition("h")
    return f"{int(h):02d}:{m or '00'}"


def slot_text(rng: random.Random) -> str:
    day = rng.choice(OPEN_DAYS[6:])
    hour = hour_on(day, rng)
    name, date = DAYS[day.weekday()], day.strftime("%d/%m")
    roll = rng.random()
    if roll < 0.3:
        return f"{name} {hour}"
    if roll < 0.45:
        return f"{SHORT[day.weekday()]} {date} {hour}"
    if roll < 0.6:
        return f"{name} {date} à {hour}"
    if roll < 0.72:
        return f"{date} à {hour}"
    if roll < 0.82:
        return f"{name} {day_number(day)} à {hour}"
    if roll < 0.9:
        return date
    if roll < 0.95:
        return f"{name} {clock(hour)}"
    return f"{name} {'matin' if int(hour.split('h')[0]) < 12 else 'après-midi'}"


def past_slot(rng: random.Random) -> str:
    day = rng.choice(OPEN_DAYS[:18])
    hour = hour_on(day, rng)
    name, date = DAYS[day.weekday()], day.strftime("%d/%m")
    return rng.choice([f"{name} {hour}", f"{SHORT[day.weekday()]} {date} {hour}", f"{date} à {hour}",
                       f"{name} dernier"])


def full_slot(rng: random.Random) -> str:
    day = rng.choice(OPEN_DAYS[6:])
    hour = hour_on(day, rng)
    number = day_number(day)
    return rng.choice([f"{DAYS[day.weekday()]} {number} {MONTHS[day.month - 1]} {day.year} à {clock(hour)}",
                       f"{day.strftime('%d/%m/%Y')} à {clock(hour)}",
                       f"{SHORT[day.weekday()]} {day.strftime('%d/%m')} - {hour}"])


def past_date(rng: random.Random) -> str:
    day = dt.date(2026, 10, 12) + dt.timedelta(days=rng.randint(0, 30))
    return rng.choice([day.strftime("%d/%m"), day.strftime("%d/%m"), day.strftime("%d/%m/%Y"),
                       f"{day_number(day)} {MONTHS[day.month - 1]}"])


def later_date(rng: random.Random) -> str:
    day = dt.date(2026, 11, 23) + dt.timedelta(days=rng.randint(0, 40))
    number = day_number(day)
    return rng.choice([day.strftime("%d/%m"), day.strftime("%d/%m/%Y"), f"{number} {MONTHS[day.month - 1]}"])


def stamp(rng: random.Random) -> str:
    day = rng.choice(OPEN_DAYS[:18])
    h, m = rng.choice([7, 7, 8, 12, 13, 18, 19, 20]), rng.randint(0, 59)
    return rng.choice([f"{SHORT[day.weekday()]} {day.strftime('%d/%m')} {h:02d}h{m:02d}",
                       f"{day.strftime('%d/%m')} à {h}h{m:02d}", f"du {DAYS[day.weekday()]} {h}h{m:02d}",
                       f"{h:02d}:{m:02d}"])


# ---------------------------------------------------------------------------------------------
# Words of the practice

KINES = ["Julien", "Julien", "Julien Martin", "Karim", "Karim", "Karim Haddad"]
SECRETARY = ["Sophie", "Sophie", "Sophie", "Sophie Lemoine"]
HOSPITALS = [  # the words before the name (plain), the name (kept)
    ("au ", "CHU Pellegrin"), ("à ", "Pellegrin"), ("à ", "Haut-Lévêque"), ("à l'", "hôpital Saint-André"),
    ("à l'", "hôpital Xavier-Arnozan"), ("à la ", "clinique Tivoli"),
    ("à la ", "Polyclinique Bordeaux Nord"), ("à la ", "clinique du Sport de Mérignac"),
    ("au ", "CH de Libourne"), ("au ", "pôle de santé d'Arcachon"), ("à la ", "MSP Bagatelle"),
    ("à la ", "clinique Saint-Augustin"), ("à la ", "clinique Bordeaux Rive Droite")]
PATHOLOGIES = [
    "lombalgie chronique", "PTH droite", "PTG gauche", "entorse de cheville", "capsulite rétractile",
    "tendinopathie de la coiffe", "cervicalgie", "rééducation post-AVC", "fracture de Pouteau-Colles",
    "ténosynovite de De Quervain", "BPCO", "sciatique", "hernie discale L5-S1", "gonarthrose",
    "lombosciatique", "rupture du LCA", "épicondylite", "vertiges positionnels", "maladie de Parkinson",
    "syndrome fémoro-patellaire", "sclérose en plaques", "maladie de Dupuytren", "canal carpien"]
MOTIVES = ["Bilan et rééducation", "Douleur lombaire", "Rééducation après entorse",
           "Suivi post-opératoire genou", "Première consultation", "Kinésithérapie respiratoire",
           "Drainage lymphatique", "Douleur d'épaule", "Rééducation vestibulaire"]
MUTUELLES = ["MGEN", "Harmonie Mutuelle", "MAAF Santé", "Malakoff Humanis", "AG2R", "Ociane", "MNT", "Apivia",
             "Alan", "Swiss Life", "la Mutuelle Générale", "Intériale", "Matmut", "Mutuelle Bleue"]
REASONS = ["malade", "empêchement au travail", "plus de voiture", "enfant malade", "rdv chez le spécialiste",
           "grève des trams", "garde de ses petits-enfants", "panne de réveil"]
COMMENTS = ["première fois dans un cabinet", "douleur au genou depuis 3 semaines",
            "je viendrai avec l'ordonnance", "je suis en béquilles, y a-t-il un ascenseur ?",
            "possible de venir avec ma poussette ?", "c'est pour un renouvellement"]
SPORTS = ["rugby", "handball", "basket", "foot", "judo", "gym", "danse", "natation", "surf", "pelote basque"]
FLOORS = ["3e étage sans ascenseur", "rez-de-chaussée, porte de gauche", "maison au fond de l'allée",
          "interphone en panne, appeler en arrivant", "chien dans le jardin", "2e étage avec ascenseur"]
KIN = [  # noun, sex, chance of bearing the patient's surname, patient's sex it fits ("" for both)
    ("fille", "f", 0.45, ""), ("fille", "f", 0.45, ""), ("fils", "m", 0.9, ""), ("fils", "m", 0.9, ""),
    ("mari", "m", 0.85, "f"), ("mari", "m", 0.85, "f"), ("femme", "f", 0.8, "m"), ("épouse", "f", 0.85, "m"),
    ("compagne", "f", 0.0, "m"), ("compagnon", "m", 0.0, "f"), ("sœur", "f", 0.35, ""),
    ("frère", "m", 0.9, ""), ("voisine", "f", 0.0, ""), ("voisin", "m", 0.0, ""),
    ("belle-fille", "f", 0.5, ""), ("gendre", "m", 0.0, ""), ("petite-fille", "f", 0.4, ""),
    ("petit-fils", "m", 0.7, ""), ("nièce", "f", 0.2, ""), ("neveu", "m", 0.5, ""),
]
CARERS = [  # role, chance that a woman holds it (the noun does not change)
    ("auxiliaire de vie", 0.85), ("auxiliaire de vie", 0.85), ("aide à domicile", 0.9), ("curatrice", 1.0),
    ("curateur", 0.0), ("aide ménagère", 1.0)]


# ---------------------------------------------------------------------------------------------
# Templates: [..] kept, {..} filled by the Writer

RDV = """
{P} a appelé pour décaler son rdv du {SLOT} au {SLOT2}. Vu avec {KINE}, ok. Tél. {TEL}
Appel de {PT} : 1er rdv pour [rééducation du genou] après [PTG], ordo du {ODATE}. Proposé {SLOT} avec {KINE},
    {il} confirme. {Ne} le {DDN}, tel {TEL}.
rdv {SLOT} pour {P} ({PATHO}), nouveau patient. ddn {DDN} - NIR {NIR} - tel {TEL} - mut. {MUTN} n° {MUT}
{P} annule {SLOT} ({WHY}). À recaser {SLOT2} si possible, rappeler au {TEL}.
{PT} voudrait un créneau après 18h, pas dispo avant {DAY}. Mis{e} sur liste d'attente. Joignable au {TELM}
    (portable) ou au {TELF} (fixe).
Confirmation du rdv {SLOT} avec {KINE} envoyée par SMS à {PT} ({TEL}).
{PT} demande si {KINE} peut {le} prendre {SLOT} au lieu de {SLOT2}. {KINE} d'accord, {patient} prévenu{e}.
Nouvelle pec : {PF}, {ne} le {DDN}, NIR {NIR}, tél {TEL}. {PATHOC}, 15 séances prescrites. 1re séance {SLOT}
    avec {KINE}.
{PT} préfère être suivi{e} par {KINE} désormais, plutôt le {DAY} matin. Modifié dans l'agenda.
Doublon agenda : {PT} inscrit{e} deux fois {SLOT}, doublon supprimé. Tel {TEL} en cas de souci.
{P} (ddn {DDN}) pas venu{e} {PSLOT}. Pas de réponse au {TEL}, message laissé.
{PT} demande si on prend les [cervicalgies] sans ordonnance. Expliqué l'accès direct, {il} préfère voir son
    médecin d'abord. Rappellera au besoin, tel {TEL}.
{PF} voudrait grouper ses séances le {DAY} et le {DAY2}, en fin de journée. Ok pour {SLOT}.
Tel de {PT} : {il} part en cure trois semaines à partir du {LATER}, suspendre les séances après {SLOT}.
rdv pris par tel pour {P}, {AGE} ans, [entorse de la cheville] (chute dans l'escalier). {SLOT} avec {KINE}.
    tel {TEL}
{PT} arrivera en retard {SLOT} (travail), prévenir {KINE}. Portable : {TELM}
{PF} ({TEL}) demande s'il reste de la place {DAY} avant 9h. Non, proposé {SLOT}, {il} réfléchit.
nouveau patient : {PSG}, ddn {DDN}, {PATHO}. Adressé{e} par son médecin traitant. 1er rdv {SLOT} avec {KINE}.
    Tel {TEL} / mail {EMAIL} / NIR {NIR}
"""
MACHINE = """
Répondeur {STAMP} : « Oui bonjour, c'est {PT}, je ne pourrai pas venir {SLOT}, j'ai de la fièvre. Vous
    pouvez me
    rappeler au {TEL}, merci. »
Msg rép. {STAMP} - {P} - voudrait avancer sa séance, dispo {DAY} toute la journée - {TEL}
Message {STAMP} : {RDEFC} de {PT}, {RN}, prévient que {patient} est hospitalisé{e} {HOSPA}. Annuler les
    séances
    jusqu'à nouvel ordre. Rappeler au {RTEL}.
Répondeur {STAMP} : « bonjour, {PF}, {ne} le {DDN}, j'ai une ordonnance de 10 séances de [drainage
    lymphatique],
    est-ce que vous vous déplacez à {TOWN} ? mon numéro c'est le {TEL} »
rép. {STAMP}, message mal enregistré : {P}, rappeler le {TEL} (pas trouvé{e} dans le logiciel)
Répondeur {STAMP} : {PT} confirme {SLOT} et demande si la séance peut se faire en [balnéo]. Pas besoin de
    rappeler.
Répondeur {STAMP} : « c'est {PF}, {KINE} m'a dit de rappeler pour les prochains rdv, je suis joignable au
    {TEL}
    après 17h, au revoir »
Répondeur {STAMP} : « Bonjour, ici {CN}, {CAR} de {PT}. {Il} ne pourra pas venir {SLOT}, {il} est trop
    fatigué{e}. Vous pouvez me joindre au {CTEL}. »
Répondeur {STAMP} : « oui c'est {RN}, {RDEF} de {PT}, je vous appelle pour {Rlui_patient} : est-ce qu'on peut
    passer les séances à domicile ? mon portable {TELM} »
"""
EXPORT = """
Réservation en ligne — Patient : {PSG} — Né(e) le : {DDN} — Tél. : {TEL} — E-mail : {EMAIL} — Motif : {MOTIF}
    — Praticien : {KINEF} — Créneau : {FSLOT}
RDV EN LIGNE | {PSG} | {TEL} | {EMAIL} | {MOTIF} | {FSLOT} | Nouveau patient : oui
Annulation en ligne : {PF} ({EMAIL}) a annulé le créneau du {FSLOT}. Motif saisi : « {WHY} ».
Nouvelle résa web — {PF} — tél {TEL} — né{e} le {DDN} — {FSLOT} avec {KINEF} — commentaire : « {COMMENT} »
Résa en ligne pour {PF} ({FSLOT}), faite depuis le compte de {REL}, {RN} : {RTEL}, {REMAIL}.
Export agenda en ligne\\nNom : {PSU}\\nPrénom : {PGIV}\\nDate de naissance : {DDN}\\nTéléphone :
    {TEL}\\nMotif :
    {MOTIF}\\nRendez-vous : {FSLOT} ({KINEF})
"""
VISIT = """
VAD à prévoir pour {P}, {AGE} ans, sortie d'hospitalisation ({HOSP}). Adresse : {ADDR}. {FLOORC}. Tél.
    {TEL}. NIR {NIR}.
    {KINE} passera {SLOT}.
{KINE} : ajouter une VAD {DAY} pour {PT}, {ADDR}. Code de la porte : demander à {REL}, {RN}, au {RTEL}.
Nouvelle adresse pour les VAD de {PT} : chez {REL} {RN}, {ADDR}. Même tél {TEL}.
vad {PT} - {ADDR} - portail vert, sonner 2 fois - [hémiplégie] droite - {KINE} {SLOT}
Demande de VAD par {CAR} de {PT}, {CN} : {patient} ne sort plus de chez {lui} depuis sa chute. Habite à
    {TOWN}.
    Ordo à récupérer chez le médecin. Rappeler {CN} au {CTEL}.
{PT}, {ADDR}. VAD [lundi et jeudi] à partir du {LATER}. ddn {DDN}, NIR {NIR}. [Parkinson], travail de
    l'équilibre et [prévention des chutes].
VAD : {PT} s'installe chez {REL} ({RN}) à partir du {LATER}. Nouvelle adresse : {ADDR}. Vérifier que c'est
    dans notre secteur.
VAD {PF} ({AGE} ans) : {STREET}, {CITY}. {FLOORC}. [Kiné respiratoire], {KINE} {SLOT}. Tel {TEL}
Premier passage chez {PT} {SLOT} : {ADDR}, {FLOOR}. [BPCO] sous oxygène. NIR {NIR}.
"""
FAMILY = """
{RDEFC} de {PT} ({RN}) a appelé : {patient} a chuté hier soir, [pas de fracture] d'après les urgences.
    Reprise des séances {SLOT}. Tél : {RTEL}.
{RN}, {RDEF} de {PT}, voudrait faire un point avec {KINE} sur la rééducation. Rappeler au {RTEL} après 18h.
{CARC} de {PT}, {CN}, signale que {patient} est très fatigué{e} depuis lundi. Séance du {DAY} à voir avec
    {KINE}. Joignable au {CTEL}.
Appel {CARDE} ({CN}) : {PT} est hospitalisé{e} {HOSPA} depuis le {ODATE}, suspendre les VAD.
{RDEFC} de {PT} ({RN}) gère désormais ses rdv : merci de l'appeler plutôt, au {RTEL}, ou d'écrire à
    {REMAIL}.
{PT} viendra {SLOT} accompagné{e} de {REL}, {RN}, qui voudrait assister à la séance. Ok pour {KINE}.
{PT} ne conduit plus : c'est {REL}, {RN}, qui l'amènera {SLOT}. Retard possible. Tél {RTEL}.
Message pour {KINE} : {RDEF} de {PT}, {RN}, trouve que {patient} a beaucoup progressé, merci ! Aimerait
    continuer après les 20 séances. Tel {RTEL}.
{CARC} de {PT}, {CN}, demande que les factures lui soient envoyées directement : {CEMAIL}.
{RN} ({RDEF} de {PT}) demande si les séances peuvent être mises le même jour que la [prise de sang] {DAY}.
    Rappeler au {RTEL}.
"""
PRESCRIPTION = """
{PT} a déposé son ordo du {ODATE} : 12 séances, [rééducation de l'épaule] après [rupture de la coiffe].
    Scannée dans le dossier. ddn {DDN}, NIR {NIR}.
Ordo de {PF} périmée, lui demander une nouvelle prescription avant {SLOT}. Tel {TEL}
{P} a envoyé son ordonnance et sa carte vitale par mail ({EMAIL}), bien reçues. NIR {NIR}. 1re séance {SLOT}
    avec {KINE}.
Carte vitale de {PT} pas à jour, NIR noté à la main : {NIR}. {Il} la met à jour en pharmacie et la ramène
    {DAY}.
{PT} : renouvellement d'ordo OK pour sa [lombalgie], 10 séances de plus, suite avec {KINE} {SLOT}.
{P}, {ne} le {DDN} : [BDK] à faire à la 1re séance, ordo du chirurgien ({HOSP}), [prothèse totale de hanche]
    posée le {ODATE}.
Ordonnance de {PF} illisible (nombre de séances ?), {il} rappelle son médecin et nous redit. {TEL}
Dossier {DOS} : {PF}, compte rendu de [bilan] envoyé au médecin traitant le {ODATE}.
{PT} a perdu son ordonnance, le cabinet du médecin la refait. En attendant, séance {SLOT} maintenue. ddn {DDN}
"""
BILLING = """
Facturation {PT} ({NIR}) : rejet {MUTDE}, n° adhérent {MUT} erroné sur la fiche. Rappeler au {TEL} pour le bon
    numéro.
{P} n'a pas été remboursé{e} par {MUTN} : renvoyer la facture {FAC} à {EMAIL}.
Tiers payant {PT} : {MUTN}, n° {MUT}, attestation à jour. NIR {NIR}.
{PF} demande une facture acquittée pour sa mutuelle, envoyée à {EMAIL}.
Reste à charge de 6,46 € non réglé par {PT} (séance du {ODATE}), à demander au prochain rdv {SLOT}.
{PT} passe à la C2S, attestation reçue (NIR {NIR}, dossier CPAM {DOS}). Plus d'avance de frais.
Chèque de {PT} pour octobre pas signé. {Il} repasse {DAY} pour le refaire. — {SEC}
mut. de {PT} a changé au 1er novembre : {MUTN}, n° {MUT}. Carte scannée.
"""
KID = """
{PAR} demande une attestation de séances pour le club de {SPORT} de {KREL} {K} ({KA}).
{K}, {KA}, [maladie de Sever] : 2 séances par semaine, la 1re {SLOT}. {PARNC} : {PAR}, tél {TEL}.
Attestation de présence pour le collège à faire pour {K} (séance du {DAY} sur le temps scolaire). Demandée par
    {PAR}, à envoyer à {PEMAIL}.
{PAR} demande un certificat d'aptitude pour {K} (section sportive) : expliqué que c'est le médecin qui le
    fait,
    {KINE} peut juste faire un courrier de suivi.
{PAR} annule la séance de {KREL} {K} {SLOT} (gastro), reprise {SLOT2}.
{K}, né{ke} le {KDDN}, [scoliose] suivie {HOSPA}, 20 séances. {PARNC} ({PAR}) préfère le [mercredi
    après-midi].
    Tél {TEL}.
Dispense de sport demandée par {PAR} pour {K} ({KA}, [entorse du poignet]) : c'est au médecin de la faire,
    proposé un compte rendu de {KINE}.
Rdv pour {K} ({KA}), [Osgood-Schlatter], envoyé{ke} par le médecin du sport. {PARNC}, {PAR}, tél {TEL},
    e-mail {PEMAIL}.
{K} ({KA}) : ordo pour [pieds plats], 10 séances. {PARNC} ({PAR}) demande des créneaux le samedi matin.
    Proposé {SLOT}. ddn {KDDN}
Certificat pour la piscine de l'école : {PAR} voudrait que {KINE} atteste que {K} peut reprendre la natation.
    Expliqué que ce n'est pas possible. Rappeler au {TEL}.
"""
WORK = """
AT : {PF}, ddn {DDN}, NIR {NIR}, [entorse du genou] sur un chantier le {ODATE}. N° AT {AT}. Feuille
    d'accident remise,
    pas d'avance de frais. Tel {TEL}.
{PT} (accident du travail, réf. {AT}) : prolongation des soins, nouvelle ordo jusqu'au {LATER}. rdv {SLOT}.
La CPAM a appelé pour le dossier AT de {PT} (n° {AT}) : feuille de soins manquante pour octobre. À renvoyer.
{P} - AT {AT} - [lombalgie aiguë] en soulevant des colis au dépôt - 1re séance {SLOT} avec {KINE}. NIR {NIR}
L'employeur de {PT} demande la liste des séances : refusé (secret médical), {patient} prévenu{e}. tel {TEL}
Accident de trajet de {PF} ({ODATE}, scooter) reconnu en AT, n° {AT}, NIR {NIR}. [Fracture du poignet],
    plâtre retiré.
    Reprise {SLOT}.
"""
ADMIN = """
Cabinet fermé [mercredi 11/11]. Penser à décaler les rdv de {KINE} sur [jeudi].
{KINE} en formation [Mézières] {DAY} et {DAY2}, répartir ses patients avec {KINE2}.
Relancer les mutuelles pour les impayés d'octobre. — {SEC}
TPE en panne ce matin : paiements par chèque ou virement uniquement. {SEC}
Réunion d'équipe {SLOT}, bloquer les agendas de {KINE} et {KINE2}.
Livraison des [bandes de contention] et du gel prévue {DAY}, quelqu'un doit être là à l'ouverture.
Grève TBM {DAY} : prévoir des retards et des annulations le matin.
"""
URGENT = """
[URGENT] {PT} : [douleur thoracique] pendant les exercices hier, d'après {REL} ({RN}). Conseillé d'appeler le
    [15]. Prévenir {KINE}. Tel {RTEL}.
{P} hospitalisé{e} [en urgence] {HOSPA} ([AVC]). Annuler toutes les séances. Info donnée par {REL}, {RN}.
[Urgent] rappeler {PT} au {TEL} : [chute] chez {lui} ce matin, demande si {KINE} peut passer.
Décès de {PT} annoncé par {REL}, {RN}. Annuler les VAD et envoyer un mot de condoléances. — {SEC}
[En urgence] : {PT} a une [phlébite] diagnostiquée hier, stop séances jambe jusqu'à nouvel avis. tel {TEL}
"""
BARE = """
{PBC} a rappelé : ok pour {SLOT}. Tel {TEL}.
{PBC}, ordo reçue, 12 séances [rééducation de la cheville], 1re séance {SLOT}.
{PBC} pas venu{e} {DAY}, rappeler au {TEL}.
{PBC} demande un créneau tôt le matin, avant le travail : proposé {EARLY}.
{PBC} : facture de novembre à renvoyer, adresse mail {EMAIL}.
{PBC} ({AGE} ans) voudrait reprendre après les fêtes, rappellera {DAY}.
"""
VERB = """
Rappeler {PB} au {TEL} pour confirmer {SLOT}.
Prévenir {PB} que {KINE} est absent {DAY}, séance à reprogrammer.
{KINE} demande de relancer {PB} pour l'ordo de renouvellement.
Penser à appeler {PB} ({TEL}) pour décaler {SLOT}.
Envoyer la facture à {PB} par mail : {EMAIL}.
Relancer {PB} pour la carte vitale (NIR {NIR} à vérifier).
Rappeler {PB} demain matin, {il} attend la réponse du chirurgien ({HOSP}).
"""
SCENARIOS = [(RDV, 26), (MACHINE, 12), (EXPORT, 8), (VISIT, 13), (FAMILY, 12), (PRESCRIPTION, 10),
             (BILLING, 8), (KID, 9), (WORK, 6), (ADMIN, 5), (URGENT, 5)]
OLD = (VISIT, FAMILY, URGENT)
HARD = {"lower-case name": 1.0, "bare surname opening": 1.0, "surname after a verb": 1.0,
        "relative by given name": 1.0, "surname a French word": 1.2, "particle or hyphen": 1.3}


# ---------------------------------------------------------------------------------------------
# Casting and writing a note


class Writer:
    def __init__(self, rng: random.Random, hard: str, block: str):
        self.rng, self.hard = rng, hard
        old = block in OLD
        sex = "f" if rng.random() < 0.58 else "m"
        surname, origin = (hard_surname(rng, "word" if hard == "surname a French word" else "particle")
                           if hard in ("surname a French word", "particle or hyphen") else (None, None))
        ages = (62, 97, 84) if old else (20, 64, 40) if block is WORK else (18, 96, 60)
        self.patient = new_person(rng, sex, origin, surname, ages)
        kin = rng.choice([k for k in KIN if k[3] in ("", sex)])
        shares = rng.random() < kin[2]
        self.kin = kin
        self.relative = new_person(rng, kin[1], self.patient.origin if shares or rng.random() < 0.7 else None,
                                   masculine(self.patient.surname) if shares else None)
        if shares:
            self.relative.surname = feminine(self.relative.surname, self.patient.origin, kin[1])
        role = rng.choice(CARERS)
        self.role = role[0], ("f" if rng.random() < role[1] else "m")
        self.carer = new_person(rng, self.role[1])
        self.parent = new_person(rng, "f" if rng.random() < 0.68 else "m", origin, surname, (26, 55, 40))
        self.kid = new_kid(rng, self.parent)
        if surname:
            self.kid.surname = self.parent.surname
        self.town = rng.choice(TOWNS)
        self.styles: dict[int, str] = {}
        self.slipped = False
        self.used: list[str] = []
        self.physio = ""
        self.flags: set[str] = set()

    def fill(self, template: str) -> str:
        text = kept(template).replace("\\n", "\n")
        return re.sub(r"\{(\w+)\}", lambda m: getattr(self, m.group(1))(), text)

    # names -------------------------------------------------------------------------------------

    def _family(self, p: Person) -> bool:
        return p is self.patient or p is self.kid or p is self.parent

    def _style(self, p: Person) -> str:
        if id(p) not in self.styles:
            if self.hard == "lower-case name" and self._family(p):
                style = "lower"
            else:
                style = "caps" if self.rng.random() < 0.3 else "plain"
            self.styles[id(p)] = style
        return self.styles[id(p)]

    def _surname(self, p: Person) -> str:
        s, style = p.surname, self._style(p)
        if style == "lower":
            s = s.lower()
        elif style == "caps":
            s = s.upper()
        if not self.slipped and self.rng.random() < 0.03 and re.fullmatch(r"[^\W\d_]+", s):
            s = markup.slip(s, self.rng)
            self.slipped = True
            self.flags.add("typo in a name")
        return s

    def _given(self, p: Person) -> str:
        return p.given.lower() if self._style(p) == "lower" else p.given

    def _title(self, p: Person) -> str:
        if p.sex == "f":
            title = self.rng.choices(["Mme", "Madame", "Mme."], [78, 16, 6])[0]
        else:
            title = self.rng.choices(["M.", "Mr", "Monsieur", "M"], [60, 20, 15, 5])[0]
        return title.lower() if self._style(p) == "lower" else title

    def _titled(self, p: Person) -> str:
        return f"{self._title(p)} {nom(self._surname(p))}"

    def _full(self, p: Person) -> str:
        surname = self._surname(p)
        if self._style(p) == "caps" and self.rng.random() < 0.6:
            return nom(f"{surname} {self._given(p)}")
        return nom(f"{self._given(p)} {surname}")

    def _called(self, p: Person, titled: float = 0.55) -> str:
        return self._titled(p) if self.rng.random() < titled else self._full(p)

    def P(self) -> str:
        return self._called(self.patient)

    def PT(self) -> str:
        return self._titled(self.patient)

    def PF(self) -> str:
        return self._full(self.patient)

    def PSG(self) -> str:
        p = self.patient
        surname = self._surname(p)
        return nom(f"{surname if self._style(p) == 'lower' else surname.upper()} {self._given(p)}")

    def PSU(self) -> str:
        surname = self._surname(self.patient)
        return nom(surname if self._style(self.patient) == "lower" else surname.upper())

    def PGIV(self) -> str:
        return nom(self._given(self.patient))

    def PB(self) -> str:
        return nom(self._surname(self.patient))

    def PBC(self) -> str:
        s = self._surname(self.patient)
        return nom(s[0].upper() + s[1:])

    def RN(self) -> str:
        if self.hard == "relative by given name":
            return nom(self._given(self.relative))
        return self._called(self.relative, 0.5)

    def CN(self) -> str:
        return self._called(self.carer, 0.65)

    def K(self) -> str:
        return self._full(self.kid)

    def PAR(self) -> str:
        return self._called(self.parent, 0.7)

    # people's words ----------------------------------------------------------------------------

    def e(self) -> str:
        return "e" if self.patient.sex == "f" else ""

    def ne(self) -> str:
        return "née" if self.patient.sex == "f" else "né"

    def Ne(self) -> str:
        return self.ne().capitalize()

    def il(self) -> str:
        return "elle" if self.patient.sex == "f" else "il"

    def Il(self) -> str:
        return self.il().capitalize()

    def lui(self) -> str:
        return "elle" if self.patient.sex == "f" else "lui"

    def le(self) -> str:
        return "la" if self.patient.sex == "f" else "le"

    def patient_(self) -> str:
        return "la patiente" if self.patient.sex == "f" else "le patient"

    def REL(self) -> str:
        return markup.possessive(self.kin[0], self.kin[1])

    def RDEF(self) -> str:
        return markup.definite(self.kin[0], self.kin[1])

    def RDEFC(self) -> str:
        return self.RDEF().capitalize()

    def Rlui_patient(self) -> str:
        noun = {"fille": "ma mère", "fils": "ma mère", "mari": "ma femme", "femme": "mon mari",
                "épouse": "mon mari", "compagne": "mon compagnon", "compagnon": "ma compagne",
                "sœur": "ma sœur", "frère": "ma sœur", "voisine": "ma voisine", "voisin": "ma voisine",
                "belle-fille": "ma belle-mère", "gendre": "ma belle-mère", "petite-fille": "ma grand-mère",
                "petit-fils": "ma grand-mère", "nièce": "ma tante", "neveu": "ma tante"}[self.kin[0]]
        if self.patient.sex == "m":
            noun = {"ma mère": "mon père", "ma sœur": "mon frère", "ma voisine": "mon voisin",
                    "ma belle-mère": "mon beau-père", "ma grand-mère": "mon grand-père",
                    "ma tante": "mon oncle"}.get(noun, noun)
        return noun

    def CAR(self) -> str:
        return markup.definite(self.role[0], self.role[1])

    def CARC(self) -> str:
        return self.CAR().capitalize()

    def CARDE(self) -> str:
        article = self.CAR()
        return "du" + article[2:] if article.startswith("le ") else "de " + article

    def KREL(self) -> str:
        return markup.possessive("fille" if self.kid.sex == "f" else "fils", self.kid.sex)

    def KA(self) -> str:
        return f"{age(self.kid)} ans"

    def ke(self) -> str:
        return "e" if self.kid.sex == "f" else ""

    def PARNC(self) -> str:
        if self.parent.sex == "f":
            return self.rng.choice(["La maman", "La mère", "Sa mère"])
        return self.rng.choice(["Le papa", "Le père", "Son père"])

    def AGE(self) -> str:
        return str(age(self.patient))

    # identifiers -------------------------------------------------------------------------------

    def TEL(self) -> str:
        return tag("TEL", phone(self.rng))

    TEL2 = RTEL = CTEL = TEL

    def TELM(self) -> str:
        return tag("TEL", phone(self.rng, landline=False))

    def TELF(self) -> str:
        return tag("TEL", phone(self.rng, landline=True))

    def DDN(self) -> str:
        return tag("DDN", birth_text(self.patient.born, self.rng))

    def KDDN(self) -> str:
        return tag("DDN", birth_text(self.kid.born, self.rng))

    def NIR(self) -> str:
        return tag("NIR", nir(self.patient, self.rng))

    def EMAIL(self) -> str:
        return tag("EMAIL", mail(self.patient, self.rng))

    def REMAIL(self) -> str:
        return tag("EMAIL", mail(self.relative, self.rng))

    def CEMAIL(self) -> str:
        return tag("EMAIL", mail(self.carer, self.rng))

    def PEMAIL(self) -> str:
        return tag("EMAIL", mail(self.parent, self.rng))

    def STREET(self) -> str:
        return tag("ADRESSE", street(self.rng))

    def CITY(self) -> str:
        code, town = self.town
        return tag("ADRESSE", self.rng.choice([f"{code} {town}", f"{code} {town}", f"{town} ({code})",
                                               f"{code} {town.upper()}"]))

    def TOWN(self) -> str:
        return tag("ADRESSE", self.town[1])

    def ADDR(self) -> str:
        roll = self.rng.random()
        code, town = self.town
        if roll < 0.35:
            return tag("ADRESSE", f"{street(self.rng)}, {code} {town}")
        if roll < 0.65:
            return f"{self.STREET()}, {self.CITY()}"
        if roll < 0.8:
            return f"{self.STREET()} à {self.TOWN()}"
        if roll < 0.9:
            return f"{self.STREET()} - {self.CITY()}"
        return self.STREET()

    def MUT(self) -> str:
        return tag("ID", member_number(self.rng))

    def AT(self) -> str:
        return tag("ID", accident_number(self.rng))

    def DOS(self) -> str:
        return tag("ID", file_number(self.rng))

    def FAC(self) -> str:
        return tag("ID", invoice_number(self.rng))

    # kept words --------------------------------------------------------------------------------

    def SLOT(self) -> str:
        return keep(markup.fresh_slot(slot_text, self.rng, self.used))

    SLOT2 = SLOT

    def EARLY(self) -> str:
        day = self.rng.choice(OPEN_DAYS[6:])
        hour = self.rng.choice(["7h45", "8h", "8h"])
        return keep(f"{DAYS[day.weekday()]} {day.strftime('%d/%m')} à {hour}")

    def PSLOT(self) -> str:
        return keep(markup.fresh_slot(past_slot, self.rng, self.used))

    def FSLOT(self) -> str:
        return keep(full_slot(self.rng))

    def DAY(self) -> str:
        return keep(markup.fresh_slot(lambda rng: rng.choice(DAYS[:5]), self.rng, self.used))

    DAY2 = DAY

    def STAMP(self) -> str:
        return keep(stamp(self.rng))

    def ODATE(self) -> str:
        return keep(past_date(self.rng))

    def LATER(self) -> str:
        return keep(later_date(self.rng))

    def _physio(self) -> str:
        """The note's physio, drawn when first named, so that a note names the same one throughout."""
        self.physio = self.physio or self.rng.choice(["Julien", "Karim"])
        return self.physio

    def KINE(self) -> str:
        """The note's physio, however often named; KINE2 is the other one."""
        physio = self._physio()
        return keep(self.rng.choice([k for k in KINES if k.startswith(physio)]))

    def KINE2(self) -> str:
        physio = self._physio()
        return keep(self.rng.choice([k for k in KINES if not k.startswith(physio)]))

    def KINEF(self) -> str:
        physio = self._physio()
        return keep(next(k for k in KINES if k.startswith(physio) and " " in k))

    def SEC(self) -> str:
        return keep(self.rng.choice(SECRETARY))

    def HOSP(self) -> str:
        return keep(self.rng.choice(HOSPITALS)[1])

    def HOSPA(self) -> str:
        before, name = self.rng.choice(HOSPITALS)
        return before + keep(name)

    def PATHO(self) -> str:
        return keep(self.rng.choice(PATHOLOGIES))

    def PATHOC(self) -> str:
        p = self.rng.choice(PATHOLOGIES)
        return keep(p[0].upper() + p[1:])

    def MOTIF(self) -> str:
        return keep(self.rng.choice(MOTIVES))

    # plain words -------------------------------------------------------------------------------

    def MUTN(self) -> str:
        return self.rng.choice(MUTUELLES)

    def MUTDE(self) -> str:
        name = self.MUTN()
        return f"d'{name}" if name[0] in "AEIOUÉ" else f"de {name}"

    def WHY(self) -> str:
        return self.rng.choice(REASONS)

    def COMMENT(self) -> str:
        return self.rng.choice(COMMENTS)

    def SPORT(self) -> str:
        return self.rng.choice(SPORTS)

    def FLOOR(self) -> str:
        return self.rng.choice(FLOORS)

    def FLOORC(self) -> str:
        return self.FLOOR().capitalize()


FLAGS: list[set[str]] = []  # per note, in order: its harder form, "lower-case note", "typo in a name"
RETRIES: dict[str, int] = {}


def draw_hard(rng: random.Random) -> str:
    if rng.random() >= 0.14:
        return ""
    return markup.pick(rng, HARD)


def draw_template(rng: random.Random, hard: str) -> tuple[str, str]:
    if hard == "bare surname opening":
        return BARE, rng.choice(markup.templates(BARE))
    if hard == "surname after a verb":
        return VERB, rng.choice(markup.templates(VERB))
    while True:
        block, template = markup.draw_template(rng, SCENARIOS)
        if hard == "relative by given name" and "{RN}" not in template:
            continue
        if hard and block is not KID and not re.search(r"\{P[A-Z]*\}", template):
            continue
        if hard and block is KID and "{K}" not in template:
            continue
        return block, template


def make_note(rng: random.Random, taken: set[str]) -> Fragments:
    for _ in range(50):
        hard = draw_hard(rng)
        block, template = draw_template(rng, hard)
        writer = Writer(rng, hard, block)
        body = writer.fill(template.replace("{patient}", "{patient_}"))
        if block not in (ADMIN, VERB, BARE, EXPORT) and "{SEC}" not in template and rng.random() < 0.15:
            signature = writer.SEC()  # the secretary who took the call
            body += rng.choice([f" — {signature}", f" ({signature})", f"\n{signature}"])
        fragments = markup.join_names(markup.parse(body))
        flags = set(writer.flags) | ({hard} if hard else set())
        if rng.random() < 0.065:  # typed all in lower case
            fragments = [(text.lower(), kind) for text, kind in fragments]
            flags.add("lower-case note")
        trial = markup.record("w000", fragments)
        try:
            markup.check_unlabelled(trial, name_words)
        except AssertionError as problem:
            if "unlabelled digits" in str(problem):
                raise
            reason = "name word also outside the spans"
            RETRIES[reason] = RETRIES.get(reason, 0) + 1
            continue
        if markup.reused_words(trial, name_words, taken):
            RETRIES["typo made an old name"] = RETRIES.get("typo made an old name", 0) + 1
            continue
        FLAGS.append(flags)
        return fragments
    raise SystemExit("no note drawn in 50 tries")


# ---------------------------------------------------------------------------------------------
# Checks beyond heldout_markup.validate


def check(record: dict) -> None:
    """heldout_markup.check_no_staff and check_unlabelled, and no bracket, brace or double space left."""
    markup.check_no_staff(record, name_words)
    markup.check_unlabelled(record, name_words)
    text = record["text"]
    assert "[" not in text and "{" not in text and "  " not in text, record["id"]


def check_set(records: list[dict], taken: set[str]) -> None:
    assert len(records) == NOTES and len({r["id"] for r in records}) == NOTES
    markup.check_new_names(records, name_words, taken)
    kept_staff = markup.staff_kept(records)
    assert kept_staff > 0.3 * NOTES, kept_staff


def nir_stats(records: list[dict]) -> dict[str, int]:
    stats = {"all": 0, "wrong key": 0, "Corsica": 0, "abroad": 0, "overseas": 0}
    for r in records:
        for span in r["spans"]:
            if span["kind"] == "NIR":
                value = re.sub(r"[^0-9AB]", "", r["text"][span["start"]:span["end"]].upper())
                body, key = value[:13], int(value[13:])
                stats["all"] += 1
                stats["wrong key"] += key != 97 - int(body.replace("2A", "19").replace("2B", "18")) % 97
                stats["Corsica"] += body[5:7] in ("2A", "2B")
                stats["abroad"] += body[5:7] == "99"
                stats["overseas"] += body[5:7] == "97"
    return stats


def main() -> None:
    taken = markup.taken_tokens(OUT, EARLIER)
    markup.refuse_used_names(pooled(), name_words, taken)
    records = markup.write(OUT, PREFIX, NOTES, SEED, lambda rng: make_note(rng, taken), check,
                           lambda rs: check_set(rs, taken))
    counts = markup.span_counts(records)
    counts["K"] = sum(len(r["keep"]) for r in records)
    lower = sum("lower-case note" in f for f in FLAGS)
    hard = sum(bool(f & set(HARD)) for f in FLAGS)
    with_staff = markup.staff_kept(records)
    print(f"{len(records)} notes -> {OUT.name}: {dict(sorted(counts.items()))}")
    print(f"notes in lower case: {lower}; with a harder name form: {hard}; with staff kept: {with_staff}; "
          f"without any span: {sum(not r['spans'] for r in records)}")
    print(markup.tally(FLAGS), "NIR:", nir_stats(records), "redrawn:", RETRIES)


if __name__ == "__main__":
    main()
