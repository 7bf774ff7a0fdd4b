"""Blind held-out set 33 for the de-identifier: 300 call notes of a kinésithérapie practice in French Guiana.

Written on 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists, the
tests nor bench were opened, and the de-identifier was not run on these notes. The earlier sets (the
corpus, held-out sets 1 to 31, the hard cases) were read by program only, through
heldout_markup.taken_tokens, to refuse every name word they hold: a candidate of the pools below that
holds such a word is dropped whole before any draw, and a slip of the keyboard that would make one is
not typed.

The setting: a practice of three physiotherapists whose remote secretariat takes calls for patients of
Cayenne, Rémire-Montjoly, Matoury, Kourou, Saint-Laurent-du-Maroni and the villages around, in February
2029 (carnival, lundi gras and mardi gras closed). The patients are Guianese Creole, Brazilian,
Surinamese (Hindustani, Javanese), Haitian, Hmong, Maroon (Bushinengue), Amerindian (Kali'na, Wayana,
Palikur), Chinese and metropolitan families: space-centre and public-sector workers, legionnaires and
marines, students, retirees, babies with a bronchiolitis and children. They live in lotissements, cités
and quartiers, or at a kilometre point of the RN1 or RN2; they call from 0594 landlines and 0694
mobiles, sometimes from Brazil (+55 96) or Suriname (+597). The notes are what a busy secretariat
writes: phone messages, booking exports, forwarded SMS and e-mails, relatives calling, prescriptions,
mutuelles, work accidents, home visits; some in lower case, a few in capitals, with abbreviations and
slips of the keyboard. About one note in nine holds no identifier, about one in seven a harder form of
a name (surname first in capitals, initial, slip, title glued to the name, Hmong clan name first,
Guianese Chinese compound names, two Brazilian surnames, names that are also words).

Labelling: NOM for patients, relatives, carers and neighbours, first and last names, the title (M.,
Mme, Dr...) outside the span; the practice's staff (deid_staff.json) are never NOM, their names are kept
[[K|...]]. TEL for phones, NIR for social security numbers (15 characters), DDN for birth dates only,
EMAIL, ADRESSE from the house number or lieu-dit through the postcode and town in one run (a town alone
is not marked), ID for mutuelle member, dossier, booking, licence and accident numbers. Appointment
slots, staff names, clinical terms, hospitals and eponyms are kept [[K|...]]. Companies, clubs, schools
and employers are plain text; no doctor outside the practice is named.

Run from tests/data: ../../.venv/bin/python make_deid_heldout33.py
"""

from __future__ import annotations

import datetime as dt
import random
from collections.abc import Callable
from dataclasses import dataclass
from types import SimpleNamespace

import heldout_markup as hm
from heldout_markup import keep, nom, tag

NOTES = 300
SEED = 33_2027
PREFIX = "bh"
OUT = hm.HERE / "deid_heldout33.jsonl"
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 32)),
           "deid_hard_cases.jsonl")
TODAY = dt.date(2029, 2, 9)
PARTICLES = {"da", "de", "do", "dos", "das", "du", "van", "le", "la", "a", "d", "l"}


def name_words(name: str) -> set[str]:
    return hm.name_parts(name, PARTICLES)


# ---------------------------------------------------------------------------------------------
# Pools: origin pool: names (f given, m given, s surnames); an underscore joins a name of two words.

POOLS = """
creole f: Josiane Ginette Lucienne Rolande Murielle Nadège Sylvette Marlène Ghislaine Huguette Yolène
  Maryse Lyliane Paulette Edwige Rosemonde Firmine Jocelyne Hermine Léontine Georgette Clarisse Gisèle
  Marie-Josée Solange Raymonde Lucette Nicaise Suzelle
  Exilda Anatolie Philomène Séraphine Ernestine Eudoxie Fernande Irmine Lénaïse Médérine Olympe Sidonie
  Théodora Yvrose Zélie Kattia Lysiane Méliane Octavie Rosita Armance Élodia Florise Gilberte Hyacinthe
  Lucinda Myrtha Nérine Orphise Prisque Reinette Siméone Yolaine
creole m: Gérard Léon Serge Alain Rodolphe Yannick Dimitri Jordan Ruddy Harry Teddy Rémy Lucien
  Gaston Hilaire Justin Raymond Victorin Ludovic Wilfried Cédric Mickaël Fernand Jean-Claude Régis
  Ferdinand Eugène Olivier Josselin
  Hégésippe Fulgence Léandre Marius Numa Ovide Prosper Théophile Ulrich Zénon Exupère Nérestan Wendell
  Stévy Lenny Johan Médard Philémon Sylvère Urbain_Jean Rosan Dorval Élie-Paul Fortunat Gervais Hermann
  Isaïe Jovien Lénick Marcelin Octave Rudy-Paul Séverin Tiburce
  Elfried Cyrille Ghislain_Max Janvier Lindsay Romuald Sylvain-Paul Wilson Yvon-Marc
  Abel-Simon Ezéchiel Hypolite Milord Nélio Raphaël-Jean Ti-Paul
creole s: Bellony Léopold Castor Horth Palmot Monnerville Catayée Othily Karam Lapierre Mathurin
  Roumillac Ceide Cétout Bellemare Elfort Bourgarel Rimane Armougom Florentiny Alcide Clet Euzet
  Hodebourg Jadfard Lecante Linguet Marajo Mercan Nérée Odonnat Pindard Ringuet Tarcy Volny Zulémaro
  Baptistide Fabulas Gratien Radamonthe Sabayo Sirder Trébeau Dorlipo Enélien Héder Malfleury
  Mélinard Olivaux Piquion Tanon Vérin Egalgi Pradinaud Lémerre Bergrave Ursulet Félicité Dinal
"""
POOLS += """
brazil f: Thaís Jéssica Rayane Kamila Luana Daiane Gleice Francisca Raimunda Edileuza Sueli Josefa
  Ivone Marilene Vitória Ketlen Adriele Tainara Lucimara Rosângela Elisângela Keila Iara Débora
  Cleidiane Joelma Rosilene
brazil m: Kauã Wellington Cleiton Raimundo Edivaldo Josué Wanderley Erivaldo Ronaldo Jailson Gilvan
  Railson Davi Thiago Anderson Washington Uesley Reginaldo Adailton Francinaldo Ezequiel Valdir Joílson
  Genival Rosivaldo
brazil s: Nascimento Brandão Figueiredo Araújo Cardoso Pinheiro Barbosa Monteiro Cavalcante Queiroz
  Tavares Farias Nogueira Bezerra Macedo Sampaio Gonçalves Coutinho Damasceno Lobato Magalhães Mendonça
  Paixão Quaresma Sarmento Trindade Valadares Amanajás Pantoja Picanço Guedes Bittencourt Siqueira
  Brito Leal Furtado Maciel
  Alencar Assunção Bragança Cordeiro Ferraz Gadelha Lacerda Loureiro Marinho Menezes Pimentel
  Rabelo Serrão Vasconcelos Aguiar Brasileiro Falcão
suriname f: Sharmila Reshma Anjali Poonam Sitawati Wagini Soemini Djoeminah Gracia Shanti Nirmala
  Priyanka Kavita Roshni Soenita Asha Warsini Indira
suriname m: Rakesh Soeresh Ramesh Dinesh Krishna Soekardi Paidjo Sarmo Anand Kishan Glenn Ricardo
  Radjesh Wirjo Sunil Ashwin Harish Marlon
suriname s: Ramdin Soekhoe Kartosen Sitaldin Wongsodikromo Doekhie Ramsaran Jhinkoe Mohabier Bissumbhar
  Kromodimedjo Sardjoe Karijopawiro Lachmon Nanhoe Ganpat Biharie Pahladsingh Tjokro Wirjosentono
  Ramautar Radjkoemar Soebhag Kalloe Sewnarain Djojokarso
haiti f: Wideline Fabiola Ketly Guerline Mirlande Sherline Lovely Nathacha Wislande Fedline Dieula
  Bernadine Ketia Roseline Merline Islande Rose-Carmelle Marie-Florence Nadège Magalie Elourdes Yolette
  Jesula Manoucheka Rosemène Sonide Guerdine Farah Katiana Loudmia Mislène Darline Edline Viergela
haiti m: Wilner Jocelin Mackenson Wilfrid Fritznel Dieuseul Jean-Robert Wisly Frantz Rosny Lesly Enock
  Fritz Pierre-Richard Woodly Nesly Garry Dady Wesner Jonas Ernso Kervens Jimmy
  Wilguens Frantzy Jameson Mackendy Reginald Lovensky Wilbens Kerby Jovenel Evens
haiti s: Dorvilus Saintilus Fleurimond Exantus Desrosiers Pierre-Louis Louissaint Jean-Charles
  Bien-Aimé Dorcely Thélusma Sainvil Charlestin Mondésir Pétion Occéan Lafortune Jolicoeur Célestin
  Désir Valcourt Métellus Dérisma Lindor Vilsaint Senatus Joachim Dorival Fenelus Bélizaire Dorléans
  Guerrier Jean-Gilles Philistin
hmong f: Mai Pa_Nhia Ia Kia Yer Houa Zoua Kalia Bao Sua Nhia Lia Maiv Paj Mai_Xee Youa Chia Dia
hmong m: Chue Kou Xai Yeng Pao Chong Fue Ger Tong Leng Neng Cheng Toua Kao Vam Yia Blia
hmong s: Vang Yang Thao Xiong Moua Lor Chang Hang Kue Khang Lee Cha Yaj Tcheu Lyfoung
maroon f: Awina Yenaëlle Djenna Kenty Sanaisa Jeanice Mayaya Nelanie Tanicha Bilesia Ilonka Fanella
  Ameline Sherida Djamila Ivanka Denicia
maroon m: Dinaldo Aboesi Kwasi Kofi Kodjo Kwaku Ambeng Chrisnel Jaïr Kenzo Sheldon Winston Ferdi
  Roysten Elvio Romano Dieudonné Aniefie
maroon s: Amoedang Tojo Adiemboe Asaiti Doekoe Abienso Pinas Ajintoena Aboikoni Misiedjan Tolinga
  Sabajo Koese Aloeboetoe Anaina Majoor Amatali Wooter Bakaboto Lingaar Sonoebi Apinsa Kasanpoeli
  Moese Adjako Tinwaa Sodiki Difou Aseiba Bolosie
amerind f: Yanika Maïna Lalie Katouli Lorna Séverine Odile Tiwaé Inès Aïssatou Mélodie Virginie
  Marlise Tamara Cinthia
  Tiwaï Maloua Kalinda Yaïra Ninon Rosalba Awa-Lise
amerind m: Aïmawalé Tapoka Kupi Sylvio Yaka Jocelyn Ramon Calixte Norbert Rodrigue Aurélien Parana
  Kulé Maïpouri Alipa Tawa Jacinto Aparaï
amerind s: Tiouka Aloïké Opoya Makilawa Tapinkili Kouyouri Sakeye Alupki Kulijaman Palanaiwa Kawaille
  Mayaluwa Ikilipa Karipuna Iwaka Yamale Labonté Iaparra Ioïo Yawalou Pelasi Kuliyaman
chinese f: Meiling Xiaoli Yuqin Lihua Shuang Jiayi Huifang Wenjing Yan Ying Sioulin Lai-Fong
chinese m: Weiming Jianhua Zhiqiang Haitao Guoliang Jun Bin Kai Lei Yong Kam-Sing Fook
chinese s: Chin-A-Lien Ho-A-Chuck Tjon-A-Hung Chung-Tong Lam-Sheung Chow-Toun Wong-A-Jin Lin Zheng Hu
  Xu Weng Li-A-Fong Ho-Kong-Yen Tang-A-Kiam Ah-Tchoy Lou-A-Sam Chan-Wai Jiang Zhou
  Fong-A-Ping Tjin-A-Koeng Lie-A-Ling Kon-Sun-Tack Chan-A-Sue Tsang-A-Lam Ng-A-Fook Ho-Chong-Line
  Tjong-A-Kim Sang-A-Kiong Liu-A-Tchang Yap-A-Sen Kwong-A-Hing Phang-A-Soy
metro f: Ségolène Bérengère Apolline Solène Maëlys Clémence Gwenaëlle Anouk Blandine Capucine Ombeline
  Domitille Enora Maïwenn Perrine Mathilde Sixtine Armelle Hortense Albane
  Ysaline Bertille Philippine Gaëlane Clothilde Eulalie Iseult Léocadie Marceline Pélagie Tiphaine
  Ysolde Aliénor Edmée Flavie Guillemette Mahaut Oriane Prisca Quitterie Rozenn Bénédicte Ghislaine_Anne
  Honorine Lise-Marie Maïlys Sibylle Violaine Zoé-Lou
  Maialen Ainhoa Garazi Itziar Amaia Nahia Ghjulia Maddalena Azilis Gwenola Soazig Katell Anaig
  Tifenn Mirèio Elixabete Maïder Oihana Nolwenn_Anaig Liselotte Frieda Annabrigitte Dounia Sihem Inès_Leila
  Ilona Brunehilde Alizée Perrine_Lou Berthille Roxelane
  Ombline Aubane Bathilde Églantine Fantine Gersende Hermance Isaure Laudine Mélisande Noëlie
  Ondine Radegonde Solveig Théodorine Wilhelmine Yselle Zélia Aude-Marine Bérangère_Lou
metro m: Gaspard Tanguy Erwan Grégoire Aymeric Gwendal Quentin Bastien Corentin Florian Ronan
  Hippolyte Maxence Tristan Yoann Armel Eudes Brieuc
  Aldric Enguerrand Flavien Ghislain Évariste Anselme Barnabé Côme Gatien Honorin Isidore Lazare
  Marcellin Nestor Pacôme Sosthène Thibaud Ulysse Wandrille Clovis Donatien Fulbert Gauvain Hugues Landry
  Melchior Amaury Briac Goulven Loïc-Marie Tugdual
  Iñaki Peio Unai Eneko Xabi Beñat Ander Mikel Koldo Ghjuvanni Petru Santu Orsu Anghjulu Yannig
  Gurvan Jakez Riwal Padrig Ewen Loeiz Fridolin Joris Gaétan_Iban Ramuntxo Txomin Battittu Ange-Toussaint
  Ludwig Malo Lancelot Sauveur
  Aurèle Bérenger Childéric Éloi Firmin Gonzague Hilarion Ignace Modeste Odilon Quirin Savinien
  Valère Yvain Zacharie Anthelme Baudouin Colomban Euphrasien Gildas Hervé-Marie Théobald
metro s: Kerjean Quéméner Ribeyrolles Fauvergue Lestrade Gourvennec Peyrefitte Chassagne Delmotte Brouard
  Tixier Vandamme Lacombe Herbelin Jourdan Mazurier Vigouroux Courtecuisse Le_Bihan Le_Moal Pennec
  Troadec Dufourcq Espitalier Castagné Rouquette Soubeyran Caradec Malbranque Ferrandon Lhermitte
  Puybaret Sarrazin Blanchon
  Kerhervé Le_Gall_Moal Plouzennec Bourdieu Castagnède Dubourdieu Estève Fontvieille Garrigou
  Lagardère Montcalm Quéffelec Roucayrol Sauveterre Tréguier
kids f: Lyana Kessy Naëlle Shaïna Maylis Kénya Ilyana Djélissa Mayssa Lorenza Aliyah Kéliana Anaïs
  Thaïssa Maëline Kiyana Soraya Ambre Mélyne
  Kyara Lénaëlle Maëva Naïla Shanice Tessa Yléna Aylin Djenaba Ornella Keyla Inaya
kids m: Kaïs Nolann Ilyan Kenzy Jayden Ezio Naïm Timéo Shaïden Kylian Mahé Kaylan Noam Ayden Yanis
  Kenan Elyo Matteo
  Lyam Kaïlan Elyas Sohan Tylian Keyron Djayson Mayron Ryad Nahel Ilan Swann Esteban Aylan Kenji Milo
"""

FACTS = {  # origin: (weight, INSEE code of the birth country or "", birth departments)
    "creole": (22, "", "973 973 973 972 971"),
    "brazil": (14, "350", ""),
    "suriname": (8, "437", ""),
    "haiti": (13, "336", ""),
    "hmong": (6, "", "973"),
    "maroon": (12, "", "973"),
    "amerind": (6, "", "973"),
    "chinese": (6, "", "973"),
    "metro": (10, "", "75 69 13 29 33 35 31 59 67 44"),
}
ABROAD_SHARE = {"brazil": 0.85, "suriname": 0.7, "haiti": 0.8, "hmong": 0.15, "chinese": 0.3}
ABROAD_CODE = {"hmong": "241", "chinese": "216"}


def load() -> tuple[dict[str, dict[str, list[str]]], int]:
    """The pools, every candidate holding a word of an earlier set or of the staff dropped whole, and
    how many were dropped (the count only is printed)."""
    taken = hm.taken_tokens(OUT, EARLIER)
    rows: dict[tuple[str, str], str] = {}
    current = ("", "")
    for line in POOLS.strip().splitlines():
        if not line.strip():
            continue
        if not line.startswith(" "):
            origin, pool, line = line.split(maxsplit=2)
            current = (origin, pool.rstrip(":"))
        rows[current] = f"{rows.get(current, '')} {line}"
    pools: dict[str, dict[str, list[str]]] = {}
    dropped = 0
    for (origin, pool), text in rows.items():
        names = hm.unique_names(text)
        fresh = [n for n in names if not name_words(n) & taken]
        dropped += len(names) - len(fresh)
        assert len(fresh) >= 6, (origin, pool, len(fresh))
        pools.setdefault(origin, {})[pool] = fresh
    hm.refuse_used_names([n for o in pools.values() for p in o.values() for n in p], name_words, taken)
    return pools, dropped


POOL, DROPPED = load()
TAKEN = hm.taken_tokens(OUT, EARLIER)


@dataclass
class P:
    given: str
    surname: str
    sex: str
    origin: str
    born: dt.date
    birthplace: str  # NIR department + commune, five characters


def birthplace(rng: random.Random, origin: str) -> str:
    weight, abroad, departments = FACTS[origin]
    if origin in ABROAD_CODE and rng.random() < ABROAD_SHARE[origin]:
        return "99" + ABROAD_CODE[origin]
    if abroad and rng.random() < ABROAD_SHARE[origin]:
        return "99" + abroad
    dep = rng.choice(departments.split()) if departments else "973"
    if dep in ("973", "972", "971"):
        return dep + rng.choice(["02", "04", "07", "09", "11", "05", "12"])
    return dep + f"{rng.randrange(1, 400):03d}"


def person(rng: random.Random, origin: str, sex: str, years: tuple[int, int], surname: str | None = None,
           kid: bool = False) -> P:
    pools = POOL[origin]
    given = rng.choice(POOL["kids"][sex]) if kid and rng.random() < 0.65 else rng.choice(pools[sex])
    born = TODAY - dt.timedelta(days=rng.randrange(int(years[0] * 365.25), int(years[1] * 365.25)))
    return P(given, surname or rng.choice(pools["s"]), sex, origin, born, birthplace(rng, origin))


# ---------------------------------------------------------------------------------------------
# Calendar, numbers, addresses

DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
OPEN_DAYS = [TODAY + dt.timedelta(days=n) for n in range(-4, 30)]
OPEN_DAYS = [d for d in OPEN_DAYS if d.weekday() < 6 and d not in (dt.date(2029, 2, 12), dt.date(2029, 2, 13),
                                                                   dt.date(2029, 2, 14))]


def hour(rng: random.Random) -> str:
    h = rng.choice([7, 8, 9, 10, 11, 12, 14, 15, 16, 17, 18, 19])
    m = rng.choice(["00", "15", "30", "45", "00", "30"])
    return rng.choice([f"{h}h{m}", f"{h}h{m}", f"{h}:{m}", f"{h}h" if m == "00" else f"{h}h{m}"])


def slot_text(rng: random.Random) -> str:
    d = rng.choice(OPEN_DAYS)
    day = DAYS[d.weekday()]
    form = rng.randrange(7)
    if form == 0:
        return f"{day} {d.day:02d}/{d.month:02d} à {hour(rng)}"
    if form == 1:
        return f"{day[:3]} {d.day} {MONTHS[d.month - 1][:3]}. {hour(rng)}"
    if form == 2:
        return f"{day} {d.day} {MONTHS[d.month - 1]} {hour(rng)}"
    if form == 3:
        return f"le {d.day}/{d.month} à {hour(rng)}"
    if form == 4:
        return f"{day} {hour(rng)}"
    if form == 5:
        return f"{d.day:02d}/{d.month:02d}/{d.year} à {hour(rng)}"
    return f"{day} {d.day}"


def full_slot(rng: random.Random) -> str:
    d = rng.choice(OPEN_DAYS)
    return f"{DAYS[d.weekday()]} {d.day} {MONTHS[d.month - 1]} à {hour(rng)}"


def ddn_text(rng: random.Random, born: dt.date) -> str:
    form = rng.randrange(8)
    if form == 0:
        return f"{born.day:02d}/{born.month:02d}/{born.year}"
    if form == 1:
        return f"{born.day}/{born.month}/{born.year % 100:02d}"
    if form == 2:
        return f"{born.day} {MONTHS[born.month - 1]} {born.year}"
    if form == 3:
        return f"{born.day:02d}-{born.month:02d}-{born.year}"
    if form == 4:
        return f"{born.year}-{born.month:02d}-{born.day:02d}"
    if form == 5:
        return f"{born.day:02d}.{born.month:02d}.{born.year}"
    if form == 6:
        return f"{born.day} {MONTHS[born.month - 1][:4].rstrip('.')}. {born.year}"
    return f"{born.day:02d}/{born.month:02d}/{born.year}"


def digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def pairs(text: str, sep: str = " ") -> str:
    return sep.join(text[i:i + 2] for i in range(0, len(text), 2))


def phone(rng: random.Random, kind: str = "") -> str:
    kind = kind or hm.pick(rng, {"mob": 62, "fix": 20, "br": 8, "sr": 6, "metro": 4})
    if kind in ("mob", "fix"):
        body = ("0694" + rng.choice("0123456789") + digits(rng, 5)) if kind == "mob" else \
            ("0594" + rng.choice("23345") + digits(rng, 5))
        form = rng.randrange(9)
        if form <= 2:
            return f"{body[:4]} {pairs(body[4:])}"
        if form == 3:
            return body
        if form == 4:
            return pairs(body, ".")
        if form == 5:
            return f"+594 {body[1:4]} {pairs(body[4:])}"
        if form == 6:
            return f"00594{body[1:]}"
        if form == 7:
            return f"{body[1:4]} {pairs(body[4:])}"
        return pairs(body)
    if kind == "br":
        n = "9" + rng.choice("12789") + digits(rng, 7)
        return rng.choice([f"+55 96 {n[:5]}-{n[5:]}", f"(96) {n[:5]}-{n[5:]}", f"0055 96 {n}",
                           f"+55 (96) {n[:5]} {n[5:]}"])
    if kind == "sr":
        n = rng.choice("6788") + digits(rng, 6)
        return rng.choice([f"+597 {n[:3]}-{n[3:]}", f"00597 {n}", f"+597{n}", f"(597) {n[:3]} {n[3:]}"])
    n = "06" + digits(rng, 8)
    return rng.choice([pairs(n), n, pairs(n, ".")])


def nir_text(rng: random.Random, p: P) -> str:
    sex = "1" if p.sex == "m" else "2"
    body = f"{sex}{p.born.year % 100:02d}{p.born.month:02d}{p.birthplace}{rng.randrange(1, 999):03d}"
    key = 97 - int(body) % 97
    full = f"{body}{key:02d}"
    a, b, c, d, e, f, g = full[0], full[1:3], full[3:5], full[5:7], full[7:10], full[10:13], full[13:]
    if p.birthplace[:3] in ("973", "972", "971"):
        d, e = full[5:8], full[8:10]
    form = rng.randrange(4)
    if form == 0:
        return full
    if form == 1:
        return f"{a} {b} {c} {d} {e} {f} {g}"
    if form == 2:
        return f"{full[:13]} {g}"
    return f"{a}.{b}.{c}.{d}.{e}.{f}.{g}"


DOMAINS = ["gmail.com", "gmail.com", "hotmail.fr", "yahoo.fr", "orange.fr", "outlook.fr", "wanadoo.fr",
           "icloud.com", "yahoo.com.br", "hotmail.com", "live.nl", "laposte.net"]


def plain(text: str) -> str:
    return hm.fold(text).replace(" ", "").replace("'", "")


def email(rng: random.Random, p: P) -> str:
    g, s = plain(p.given).replace("-", ""), plain(p.surname).replace("-", "")
    form = rng.randrange(6)
    local = [f"{g}.{s}", f"{s}.{g}{rng.randrange(1, 99)}", f"{g[0]}{s}", f"{g}_{s}973",
             f"{g}{s}{p.born.year}", f"{s}{g[:3]}"][form]
    domain = "yahoo.com.br" if p.origin == "brazil" and rng.random() < 0.5 else rng.choice(DOMAINS)
    return f"{local}@{domain}"


TOWNS = [("Cayenne", "97300", 30), ("Rémire-Montjoly", "97354", 16), ("Matoury", "97351", 18),
         ("Kourou", "97310", 16), ("Saint-Laurent-du-Maroni", "97320", 12), ("Macouria", "97355", 5),
         ("Montsinéry-Tonnegrande", "97356", 2), ("Mana", "97360", 2), ("Sinnamary", "97315", 2),
         ("Roura", "97311", 2)]
STREETS = ["rue des Manguiers", "allée des Aras", "impasse des Balourous", "chemin de la Crique",
           "route de Baduel", "avenue de la Liberté", "rue des Palmistes", "route de Montabo",
           "route des Plages", "rue des Wapas", "allée des Flamboyants", "rue du Canal", "chemin des Pripris",
           "rue des Orchidées", "avenue des Jasmins", "impasse Bois-Canon", "rue des Goyaviers",
           "chemin du Dégrad", "rue de la Source", "allée des Maripas"]
LOTS = ["lotissement Les Ibis", "lot. Colibris", "lotissement Copaya", "résidence Les Alizés",
        "lotissement Morne Coco", "lot Les Bambous", "résidence Les Toucans", "lotissement Katoury",
        "lotissement Concorde", "résidence Les Hauts de la Chaumière", "lotissement Cabassou",
        "lotissement Les Mombins", "résidence Ti Kaz", "lotissement Petit Manguier"]
CITES = ["cité Mirza", "cité Bonhomme", "cité Arc-en-Ciel", "cité Préfontaine", "cité des Cocotiers",
         "résidence Anatole", "cité Thémire", "cité Césaire"]
LIEUX = [("lieu-dit Sablance", "Macouria", "97355"), ("lieu-dit Soula", "Macouria", "97355"),
         ("lieu-dit Carapa", "Kourou", "97310"), ("lieu-dit Larivot", "Matoury", "97351"),
         ("lieu-dit Balata", "Matoury", "97351"), ("lieu-dit Tonate", "Macouria", "97355"),
         ("village Saramaca", "Kourou", "97310"), ("lieu-dit Paddock", "Saint-Laurent-du-Maroni", "97320"),
         ("lieu-dit Charbonnière", "Saint-Laurent-du-Maroni", "97320"), ("village Cacao", "Roura", "97311"),
         ("lieu-dit Degrad des Cannes", "Rémire-Montjoly", "97354")]
ROADS = [("RN1", "Macouria", "97355"), ("RN1", "Kourou", "97310"), ("RN2", "Matoury", "97351"),
         ("route de Mana", "Saint-Laurent-du-Maroni", "97320"), ("route de Saint-Maurice",
                                                                  "Saint-Laurent-du-Maroni", "97320"),
         ("route de Montsinéry", "Montsinéry-Tonnegrande", "97356"), ("route de la Madeleine", "Cayenne",
                                                                      "97300"),
         ("route de Rémire", "Rémire-Montjoly", "97354"), ("RN1", "Sinnamary", "97315")]


def town(rng: random.Random) -> tuple[str, str]:
    name, cp, _ = rng.choices(TOWNS, [t[2] for t in TOWNS])[0]
    return name, cp


def address(rng: random.Random) -> str:
    form = rng.randrange(8)
    name, cp = town(rng)
    sep = rng.choice([", ", " ", " - ", ", "])
    if form in (0, 1):
        return f"{rng.randrange(1, 140)} {rng.choice(STREETS)}{sep}{cp} {name}"
    if form == 2:
        return f"{rng.randrange(1, 90)} {rng.choice(LOTS)}{sep}{cp} {name}"
    if form == 3:
        bat = rng.choice("ABCDEFGH")
        return f"{rng.choice(CITES)} bât {bat} appt {rng.randrange(1, 60)}{sep}{cp} {name}"
    if form == 4:
        ld, name, cp = rng.choice(LIEUX)
        return f"{ld}{sep}{cp} {name}"
    if form == 5:
        road, name, cp = rng.choice(ROADS)
        km = rng.randrange(2, 40)
        pk = rng.choice([f"PK {km}", f"PK{km}", f"pk {km},5", f"PK {km}+500"])
        return rng.choice([f"{pk} {road}{sep}{cp} {name}", f"{road} {pk}{sep}{cp} {name}"])
    if form == 6:
        return f"{rng.randrange(1, 60)} {rng.choice(STREETS)}, quartier {rng.choice(['Baduel', 'Zéphir', 'Cogneau', 'Mango', 'Anatole', 'Balata'])}, {cp} {name}"  # noqa: E501
    return f"{rng.randrange(1, 200)} {rng.choice(STREETS)} {name}"


MUTUELLES = ["MGEN", "Harmonie Mutuelle", "la MNT", "Unéo", "la CSS", "Mutuelle Générale", "AXA",
             "Swiss Life", "la MFP", "Intériale", "Malakoff Humanis", "Alan", "la Mutuelle de Guyane"]


def ident(rng: random.Random, kind: str) -> str:
    if kind == "mut":
        return rng.choice([digits(rng, 9), f"{digits(rng, 3)} {digits(rng, 3)} {digits(rng, 3)}",
                           f"M{digits(rng, 8)}", f"{digits(rng, 2)}-{digits(rng, 6)}",
                           f"ADH{digits(rng, 7)}"])
    if kind == "dossier":
        return rng.choice([f"D29-{digits(rng, 5)}", f"2029/{digits(rng, 4)}", f"DOS{digits(rng, 6)}",
                           f"K{digits(rng, 6)}", f"{digits(rng, 7)}"])
    if kind == "resa":
        chars = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
        return rng.choice(["".join(rng.choice(chars) for _ in range(6)), f"RDV-29-{digits(rng, 5)}",
                           f"#{digits(rng, 8)}", f"R{digits(rng, 7)}"])
    if kind == "licence":
        return rng.choice([f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 2)}", digits(rng, 10),
                           f"973{digits(rng, 6)}"])
    return rng.choice([f"AT {digits(rng, 3)} {digits(rng, 4)} {digits(rng, 4)}", f"9731{digits(rng, 8)}",
                       f"AT-2029-{digits(rng, 6)}", f"{digits(rng, 4)} {digits(rng, 4)} {digits(rng, 3)}"])


# ---------------------------------------------------------------------------------------------
# Kept words

STAFF = ["Julien", "Sophie", "Karim", "Julien Martin", "Sophie Lemoine", "Karim Haddad"]
CLIN_ADULT = ["lombalgie", "lombalgie chronique", "entorse de cheville", "rééducation LCA", "PTG", "PTH",
              "capsulite rétractile", "tendinopathie de la coiffe", "cervicalgie", "sciatique", "AVC",
              "maladie de Parkinson", "syndrome de Guillain-Barré", "tendinite de De Quervain",
              "maladie de Dupuytren", "fracture du poignet", "rééducation périnéale", "épicondylite",
              "hernie discale L5-S1", "syndrome du canal carpien", "lombosciatique", "drainage lymphatique",
              "rupture du tendon d'Achille", "gonarthrose", "chikungunya", "post-op épaule",
              "lésion de Bankart"]
CLIN_KID = ["bronchiolite", "kiné respiratoire", "encombrement bronchique", "torticolis congénital",
            "maladie d'Osgood-Schlatter", "maladie de Sever", "scoliose", "pieds plats", "plagiocéphalie",
            "retard de marche", "entorse genou"]
HOSP = ["CHC", "hôpital de Cayenne", "CHOG", "CMCK", "clinique Véronique", "urgences du CHC",
        "hôpital de Kourou", "CHOG de Saint-Laurent"]
EMPLOYERS = ["au CSG", "chez Arianespace", "au CNES", "à la CTG", "à la mairie de Matoury", "à EDF",
             "à la CGSS", "à l'université", "au rectorat", "à La Poste", "chez un sous-traitant du CSG",
             "au port de Dégrad des Cannes", "au lycée Melkior", "à l'aéroport Félix Éboué", "chez la SIGUY",
             "au SDIS", "à la gendarmerie de Matoury"]
JOBS = ["technicienne au CSG", "agent CTG", "retraité(e)", "enseignant(e)", "militaire", "étudiant(e)",
        "aide-soignant(e)", "commerçant(e)", "pêcheur", "sans emploi", "ingénieur CNES", "chauffeur de bus"]
MILITARY = ["au 3e REI", "au 9e RIMa", "au RSMA", "à la BA 367", "au DLEM"]


# ---------------------------------------------------------------------------------------------
# The note writer


KIN = [("fille", "f", True), ("fils", "m", True), ("mère", "f", True), ("père", "m", True),
       ("épouse", "f", False), ("mari", "m", False), ("compagne", "f", False), ("compagnon", "m", False),
       ("sœur", "f", True), ("frère", "m", True), ("nièce", "f", False), ("petite-fille", "f", True),
       ("tante", "f", False), ("cousine", "f", False), ("belle-fille", "f", False)]
CARERS = ["aide à domicile", "auxiliaire de vie", "voisine", "voisin", "infirmière libérale",
          "aide-soignante"]


class Writer(hm.SlotPlaceholders):
    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        self.flags: set[str] = set()
        origin = hm.pick(rng, {o: f[0] for o, f in FACTS.items()})
        group = hm.pick(rng, {"adult": 55, "old": 27, "young": 18})
        years = {"adult": (19, 64), "old": (65, 93), "young": (11, 19)}[group]
        sex = rng.choice("fm")
        self.p = person(rng, origin, sex, years)
        noun, ksex, same = rng.choice(KIN)
        kin_years = {"fille": (20, 60), "fils": (20, 60), "mère": (45, 90), "père": (45, 90),
                     "petite-fille": (16, 35)}.get(noun, (18, 80))
        kin_origin = origin if rng.random() < 0.8 else hm.pick(rng, {o: f[0] for o, f in FACTS.items()})
        shared = self.p.surname if same and rng.random() < 0.8 else None
        self.r = person(rng, kin_origin, ksex, kin_years, shared)
        self.kin = noun
        self.carer_role = rng.choice(CARERS)
        csex = "m" if self.carer_role == "voisin" else "f"
        self.carer = person(rng, hm.pick(rng, {o: f[0] for o, f in FACTS.items()}), csex, (25, 65))
        self.parent = person(rng, origin, rng.choice("ffm"), (18, 42))
        kid_surname = self.parent.surname if rng.random() < 0.85 else None
        self.kid = person(rng, origin, rng.choice("fm"), (0.1, 11), kid_surname, kid=True)
        self.c = SimpleNamespace(used_slots=[])
        self.hard = rng.random() < 0.16

    # -- names ------------------------------------------------------------------------------------

    def title(self, p: P) -> str:
        if p.sex == "f":
            young = "Mlle" if p.born.year > 1995 else "Mme"
            return self.rng.choice(["Mme", "Mme", "Mme.", "madame", "Mme", young])
        return self.rng.choice(["M.", "M.", "Mr", "monsieur", "M", "Mr."])

    def typo(self, text: str) -> str:
        out = hm.slip(text, self.rng)
        return out if not name_words(out) & TAKEN else text

    def name(self, p: P, form: str = "") -> str:
        """A person named in markup; `form` "" draws a usual one; the note's first patient mention may
        come in a harder form."""
        rng = self.rng
        if not form:
            form = hm.pick(rng, {"full": 34, "title": 22, "sf": 16, "given": 8, "tfull": 14, "lower": 6})
        if form == "full":
            return nom(f"{p.given} {p.surname}")
        if form == "title":
            return f"{self.title(p)} {nom(p.surname)}"
        if form == "tfull":
            return f"{self.title(p)} {nom(p.surname)} {nom(p.given)}" if rng.random() < 0.4 else \
                f"{self.title(p)} {nom(p.given + ' ' + p.surname)}"
        if form == "sf":
            return f"{nom(p.surname.upper())} {nom(p.given)}"
        if form == "given":
            return nom(p.given)
        if form == "lower":
            return nom(f"{p.given} {p.surname}".lower())
        return nom(f"{p.given} {p.surname}")

    def hard_name(self, p: P) -> str:
        rng = self.rng
        self.flags.add("hard name")
        options = ["initial", "slip", "glued", "caps_comma", "lower_sf"]
        if p.origin == "hmong":
            options += ["clan"] * 3
        if p.origin == "chinese" and "-" in p.surname:
            options += ["spaced"] * 3
        if p.origin == "brazil":
            options += ["two"] * 3
        if p.origin == "haiti" and p.surname in ("Lafortune", "Jolicoeur", "Mondésir", "Désir", "Bien-Aimé",
                                                 "Guerrier", "Célestin", "Philistin"):
            options += ["word"] * 4
        form = rng.choice(options)
        if form == "initial":
            return f"{self.title(p)} {nom(p.given[0] + '. ' + p.surname)}"
        if form == "slip":
            return nom(f"{p.given} {self.typo(p.surname)}")
        if form == "glued":
            t = "Mme." if p.sex == "f" else rng.choice(["M.", "Mr."])
            return f"{t}{nom(p.surname.upper() if rng.random() < 0.5 else p.surname)}"
        if form == "caps_comma":
            return f"{nom(p.surname.upper())}, {nom(p.given)}"
        if form == "lower_sf":
            return nom(f"{p.surname} {p.given}".lower())
        if form == "clan":
            return nom(f"{p.surname.upper()} {p.given}")
        if form == "spaced":
            return nom(f"{p.surname.replace('-', ' ').upper()} {p.given}")
        if form == "two":
            other = rng.choice([s for s in POOL["brazil"]["s"] if s != p.surname])
            p.surname = f"{p.surname} {rng.choice(['', '', 'da ', 'dos '])}{other}"
            return nom(f"{p.given} {p.surname}")
        return f"{self.title(p)} {nom(p.surname)}"

    def pat(self, form: str = "") -> str:
        """The patient's first mention."""
        if self.hard:
            self.hard = False
            return self.hard_name(self.p)
        return self.name(self.p, form)

    def kname(self, form: str) -> str:
        """The child of a note; a harder form may come instead of the first mention."""
        if self.hard and form != "given":
            self.hard = False
            return self.hard_name(self.kid)
        return self.name(self.kid, form)

    def rel(self, form: str = "") -> str:
        if not form and self.r.surname == self.p.surname:
            form = self.rng.choice(["given", "given", "full"])
        return self.name(self.r, form)

    # -- other pieces --------------------------------------------------------------------------------

    def tel(self, kind: str = "") -> str:
        return tag("TEL", phone(self.rng, kind))

    def nir(self, p: P | None = None) -> str:
        return tag("NIR", nir_text(self.rng, p or self.p))

    def ddn(self, p: P | None = None) -> str:
        return tag("DDN", ddn_text(self.rng, (p or self.p).born))

    def mail(self, p: P | None = None) -> str:
        return tag("EMAIL", email(self.rng, p or self.p))

    def addr(self) -> str:
        return tag("ADRESSE", address(self.rng))

    def id(self, kind: str) -> str:
        return tag("ID", ident(self.rng, kind))

    def staff(self) -> str:
        return keep(self.rng.choice(STAFF))

    def clin(self, kid: bool = False) -> str:
        return keep(self.rng.choice(CLIN_KID if kid else CLIN_ADULT))

    def hosp(self) -> str:
        return keep(self.rng.choice(HOSP))

    def mut(self) -> str:
        return self.rng.choice(MUTUELLES)

    def age(self, p: P) -> str:
        days = (TODAY - p.born).days
        if days < 730:
            return f"{days // 30} mois"
        return f"{(TODAY.year - p.born.year) - ((TODAY.month, TODAY.day) < (p.born.month, p.born.day))} ans"

    def job(self) -> str:
        return self.rng.choice(EMPLOYERS + MILITARY)

    def ch(self, *options: str | Callable[[], str]) -> str:
        """One of `options`; a callable one is only called when drawn, so that a name it writes is
        drawn (and flagged) only when the note holds it."""
        chosen = self.rng.choice(options)
        return chosen() if callable(chosen) else chosen


# ---------------------------------------------------------------------------------------------
# Scenarios: each writes one note in markup


def s_voicemail(w: Writer) -> str:
    opening = w.ch("Message répondeur", "Msg rép.", "répondeur", "Appel manqué + message", "MESSAGE",
                   "msg vocal WhatsApp")
    at = hour(w.rng)
    body = w.ch(
        lambda: f"{w.pat()} demande à décaler son rdv du {w.slot()} au {w.slot2()} si possible",
        lambda: f"{w.pat()} annule {w.slot()}, " + w.ch("malade", "pas de transport", "grève des bus",
                                                        "le fils a pris la voiture",
                                                        "inondation rue, peut pas sortir"),
        lambda: f"{w.pat()} ne pourra pas venir {w.slot()}, rappeler pour un autre créneau avec {w.staff()}",
        lambda: f"{w.pat()}, patient(e) de {w.staff()}, confirme {w.slot()}",
        lambda: f"c'est {w.pat('full')} pour la {w.clin()}, veut un créneau après le travail, {w.job()}",
        lambda: f"{w.pat()} demande si {w.staff()} a reçu l'ordonnance, {w.clin()}, 2e série de séances",
    )
    back = w.ch(lambda: f"Rappeler au {w.tel()}", lambda: f"rappel {w.tel()}", lambda: f"tel: {w.tel()}",
                lambda: f"Numéro laissé : {w.tel()}", lambda: f"joignable au {w.tel()} après 17h",
                "numéro masqué, pas de rappel possible", lambda: f"rap. {w.tel()} svp")
    return f"{opening} {at} : {body}. {back}."


def s_export(w: Writer) -> str:
    sep = w.ch(" | ", ";", " ; ", "\t", ",")
    cells = [w.pat("sf"), f"DDN {w.ddn()}" if w.rng.random() < 0.7 else w.ddn(), w.tel(), w.fslot()
             if w.rng.random() < 0.3 else keep(slot_text(w.rng)), w.staff(), f"motif: {w.clin()}"]
    if w.rng.random() < 0.4:
        cells.append(f"{w.mut()} {w.id('mut')}")
    if w.rng.random() < 0.4:
        cells.insert(0, f"réf {w.id('resa')}")
    if w.rng.random() < 0.2:
        cells.append(w.mail())
    if w.rng.random() < 0.15:
        cells.append(w.addr())
    head = w.ch("Export agenda", "EXPORT RDV", "Nouvelle résa en ligne", "résa web", "Import planning")
    return f"{head}{sep}" + sep.join(cells)


def s_sms(w: Writer) -> str:
    src = w.ch("SMS transféré", "Fwd SMS", "sms reçu", "SMS du", "texto", "WhatsApp de")
    number = w.tel(w.ch("mob", "mob", "mob", "br", "sr"))
    body = w.ch(
        lambda: f"bjr c la maman de {w.kname('given')} il pourra pas venir {w.slot()} il a de la fièvre. mrc",
        lambda: f"Bonjour c'est {w.name(w.parent, 'full')} la mère de {w.kname('full')}, on peut avancer la "
                f"séance de {w.clin(True)} à {w.slot()} ? merci",
        lambda: f"bonsoir {w.staff()}, {w.kname('given')} a encore toussé toute la nuit, vous avez de la "
                f"place demain ?",
        lambda: f"slt c {w.name(w.parent, 'given')} pour le petit {w.kname('full')} on est bloqué au bac, on "
                f"arrive en retard",
        lambda: f"Bom dia, sou a mãe do {w.kname('given')}, não posso {w.slot()}. obrigada",
        lambda: f"c {w.pat('given')}, je suis à l'hôpital, je viens pas {w.slot()}, désolée",
        lambda: f"Bonjour, {w.pat()} sera en retard de 15 min, bouchons au rond-point du Larivot",
    )
    return f"{src} {number} : {body}"


def s_email(w: Writer) -> str:
    p = w.p
    frm = w.mail(w.r)
    subject = w.ch("ordonnance kiné", "RE: rdv", "demande de rendez-vous", "Fwd: prescription", "séances",
                   "(pas d'objet)", "TR: feuille de soins")
    born = "née" if p.sex == "f" else "né"
    lines = [f"De : {frm}", f"Objet : {subject}",
             w.ch(lambda: f"Bonjour, je vous transmets l'ordonnance de {possess(w)} {w.pat('tfull')}, "
                          f"{born} le {w.ddn()}.",
                  lambda: f"Bonjour, ci-joint la prescription pour {w.pat('full')} ({w.clin()}), 15 séances.",
                  lambda: f"Bonjour {w.staff()}, suite à l'appel, voici les infos pour {w.pat('full')}.",
                  lambda: f"bonjour je voudrais un rdv pour {w.pat('full')} {born} le {w.ddn()} pour "
                          f"{w.clin()} merci de me recontacter")]
    if w.rng.random() < 0.5:
        lines.append(f"N° sécu {w.nir()}")
    if w.rng.random() < 0.5:
        lines.append(f"Adresse : {w.addr()}")
    if w.rng.random() < 0.4:
        lines.append(f"Mutuelle {w.mut()}, adhérent {w.id('mut')}")
    who = w.rel("full")
    lines.append(w.ch(lambda: f"Cordialement, {who}", lambda: f"Merci, {who}",
                      lambda: f"Bien à vous\n{who}\n{w.tel()}", lambda: f"{who} ({w.kin})",
                      "Envoyé de mon iPhone"))
    return "\n".join(lines)


def possess(w: Writer) -> str:
    return hm.possessive("mère" if w.p.sex == "f" else "père", w.p.sex, True)


FEMININE = ("fille", "mère", "épouse", "compagne", "sœur", "nièce", "petite-fille", "tante", "cousine",
            "belle-fille")


def s_relative(w: Writer) -> str:
    who = w.rel()
    kin = hm.possessive(w.kin, "f" if w.kin in FEMININE else "m")
    reason = w.ch(
        lambda: f"{w.pat()} est hospitalisé(e) au {w.hosp()}, on suspend les séances",
        lambda: f"{w.pat()} est tombé(e) hier soir, voudrait passer {w.slot()} au lieu de {w.slot2()}",
        lambda: f"demande si {w.staff()} peut venir à domicile pour {w.pat()}, {w.clin()}, adresse : "
                f"{w.addr()}",
        lambda: f"pour {w.pat()} : la mutuelle {w.mut()} demande une facture, n° adhérent {w.id('mut')}",
        lambda: f"{w.pat()} a perdu l'ordonnance, en redemander une au médecin traitant",
        lambda: f"{w.pat()} ({w.age(w.p)}) sort du {w.hosp()} vendredi, {w.clin()}, il faut des séances à "
                f"domicile",
    )
    close = w.ch(lambda: f"Rappeler {w.tel()}", lambda: f"tel {w.tel()}", "",
                 lambda: f"numéro de {kin} : {w.tel()}",
                 lambda: f"joignable sur WhatsApp {w.tel(w.ch('br', 'sr', 'mob'))}")
    head = w.ch(lambda: f"Appel de {who} ({kin})", lambda: f"{kin} {who} a appelé",
                lambda: f"{who} ({kin}) au tel")
    return f"{head} : {reason}. {close}".strip()


def s_new(w: Writer) -> str:
    sep = w.ch("\n", " / ", " - ", "\n")
    p = w.p
    fields = [f"Nom : {nom(p.surname.upper() if w.rng.random() < 0.6 else p.surname)}",
              f"Prénom : {nom(p.given)}", f"DDN : {w.ddn()}"]
    if w.hard:
        w.hard = False
        fields = [f"Patient : {w.hard_name(p)}", f"né(e) le {w.ddn()}"]
    extra = [lambda: f"Adresse : {w.addr()}", lambda: f"Tél : {w.tel()}", lambda: f"Sécu : {w.nir()}",
             lambda: f"Mail : {w.mail()}", lambda: f"Mutuelle : {w.mut()} n° {w.id('mut')}",
             lambda: f"Prescription : {w.clin()}", lambda: f"Profession : {w.ch(*JOBS)}",
             lambda: f"Kiné : {w.staff()}",
             lambda: f"Personne à prévenir : {w.rel('full')} ({w.kin}) {w.tel()}"]
    w.rng.shuffle(extra)
    fields += [make() for make in extra[: w.rng.randrange(3, 7)]]
    head = w.ch("NOUVEAU PATIENT", "Fiche nouveau patient", "nv patient", "Création dossier",
                "Nouveau dossier")
    if w.rng.random() < 0.4:
        head += f" {w.id('dossier')}"
    return head + sep + sep.join(fields)


def s_work_accident(w: Writer) -> str:
    job = w.ch("technicien", "agent", "opérateur", "cariste", "agent d'entretien", "soudeur", "docker")
    lines = [w.ch("Accident du travail", "AT", "Déclaration AT", "accident de travail"),
             f"{w.pat()}, {job} {w.ch(*EMPLOYERS)}",
             f"{w.clin()} " + w.ch("suite chute sur le chantier", "en portant une charge", "chute d'échelle",
                                   "accident de trajet sur la RN1") + ", séances prises en charge",
             f"n° d'accident : {w.id('at')}"]
    if w.rng.random() < 0.5:
        lines.append(f"NIR {w.nir()}")
    if w.rng.random() < 0.5:
        lines.append(f"1er rdv {w.slot()} avec {w.staff()}")
    if w.rng.random() < 0.4:
        lines.append(f"joindre au {w.tel()}")
    return w.ch(" — ", "\n", ". ").join(lines)


def s_baby(w: Writer) -> str:
    kid = w.kid
    return w.ch(
        lambda: f"Bébé {w.kname('full')}, {w.age(kid)}, DDN {w.ddn(kid)}, {w.clin(True)}. "
                f"Maman {w.name(w.parent, 'full')} au {w.tel()}. Dispo {w.slot()} avec {w.staff()}.",
        lambda: f"{w.name(w.parent, 'title')} appelle pour son enfant {w.kname('full')} ({w.age(kid)}), "
                f"{w.clin(True)}, passé(e) aux {keep('urgences pédiatriques du CHC')}, ordonnance 10 "
                f"séances. Proposé {w.slot()}.",
        lambda: f"enfant {w.kname('sf')} né(e) le {w.ddn(kid)} - {w.clin(True)} - papa/maman joignable "
                f"{w.tel()} - crèche à {town(w.rng)[0]}",
        lambda: f"Pour {w.kname('given')} ({w.age(kid)}) : séance de {w.clin(True)} {w.slot()}, la maman "
                f"{w.name(w.parent, 'given')} viendra avec le carnet de santé. Mutuelle {w.mut()} "
                f"{w.id('mut')}.",
        lambda: f"la PMI de {town(w.rng)[0]} adresse {w.kname('full')}, {w.age(kid)}, pour {w.clin(True)}. "
                f"Parent : {w.name(w.parent, 'full')} {w.tel()}",
    )


def s_home(w: Writer) -> str:
    lines = [w.ch("Visite à domicile", "VAD", "Domicile", "à domicile"),
             f"{w.pat()}, {w.age(w.p)}, {w.clin()}",
             f"{w.addr()}",
             w.ch("portail vert, attention au chien", "derrière la boulangerie chinoise",
                  "maison sur pilotis",
                  "appeler en arrivant, pas de sonnette", "après le rond-point, 2e à droite",
                  "piste non goudronnée, 4x4 conseillé", "en face du carbet")]
    if w.rng.random() < 0.6:
        lines.append(f"{w.carer_role} : {w.name(w.carer, w.ch('full', 'title', 'given'))} {w.tel()}")
    lines.append(f"{w.staff()} {w.slot()}")
    return w.ch(" // ", "\n", " - ").join(lines)


def s_prescription(w: Writer) -> str:
    n = w.ch("10", "12", "15", "20", "30")
    lines = [w.ch("Ordonnance reçue", "Prescription scannée", "ordo", "Ordonnance (photo WhatsApp)"),
             f"patient : {w.pat()}",
             w.ch(lambda: f"né(e) le {w.ddn()}", lambda: f"DDN {w.ddn()}", lambda: f"{w.age(w.p)}"),
             f"{n} séances de rééducation — {w.clin()}",
             w.ch(lambda: f"prescrit au {w.hosp()}", "médecin traitant", lambda: f"sortie du {w.hosp()}",
                  "chirurgien du CHC")]
    if w.rng.random() < 0.5:
        lines.append(f"NIR : {w.nir()}")
    if w.rng.random() < 0.3:
        lines.append(f"{w.mut()} {w.id('mut')}")
    return w.ch("\n", " / ", " ; ").join(lines)


def s_carer(w: Writer) -> str:
    c = w.carer
    article = "Le" if w.carer_role == "voisin" else "La"
    return w.ch(
        lambda: f"{article} {w.carer_role} de {w.pat()}, {w.name(c, 'full')}, appelle : {w.clin()}, "
                f"n'arrive plus à se lever. Demande passage {w.slot()}. Tel {w.tel()}",
        lambda: f"{w.name(c, 'title')} ({w.carer_role}) signale que {w.pat()} n'ouvre pas la porte, "
                f"séance de {w.slot()} non faite. Prévenir la famille : {w.rel('full')} {w.tel()}",
        lambda: f"appel {w.carer_role} {w.name(c, 'given')} pour {w.pat()}: besoin d'un bon de transport "
                f"pour le {w.hosp()}. {w.staff()} rappelle.",
    )


def s_military(w: Writer) -> str:
    grade = w.ch("Sergent", "caporal", "Adjudant", "Lieutenant", "légionnaire", "Cch", "sgt")
    unit = w.ch(*MILITARY)
    return w.ch(
        lambda: f"{grade} {w.pat('full')} {unit}, {w.clin()} en mission, prise en charge Unéo, "
                f"n° adhérent {w.id('mut')}. {w.slot()} avec {w.staff()}.",
        lambda: f"Le secrétariat médical {unit} envoie {w.pat('sf')} pour {w.clin()}, 12 séances. "
                f"Contact {w.tel()}.",
        lambda: f"{grade} {w.pat('title')} {unit} : rdv {w.slot()}, repart en mission à Maripasoula le 20.",
    )


def s_student(w: Writer) -> str:
    return w.ch(
        lambda: f"étudiante {w.pat('full')} (université de Guyane) pour {w.clin()} après le match de hand, "
                f"licence {w.id('licence')}, dispo {w.slot()}, {w.tel()}",
        lambda: f"Le club de foot de Matoury appelle pour {w.pat('full')} ({w.age(w.p)}), {w.clin()}, "
                f"licence n° {w.id('licence')}. Les parents : {w.rel('full')} {w.tel()}",
        lambda: f"{w.pat()} {w.age(w.p)} lycéen, {w.clin()} sport, demande créneau mercredi aprem, maman au "
                f"{w.tel()}",
    )


def s_mutuelle(w: Writer) -> str:
    return w.ch(
        lambda: f"{w.mut()} a appelé pour {w.pat()} : dossier {w.id('dossier')}, il manque la feuille de "
                f"soins de {w.slot()}. Renvoyer avant fin février.",
        lambda: f"Tiers payant refusé pour {w.pat()} (n° adhérent {w.id('mut')}), carte vitale pas à jour, "
                f"NIR {w.nir()}",
        lambda: f"CGSS : rejet facture {w.id('dossier')} — {w.pat('sf')}, DDN {w.ddn()}, renvoyer avec "
                f"ordonnance",
        lambda: f"AME : {w.pat()} n° {w.id('dossier')}, valable jusqu'au 30/06, séances {w.clin()} OK",
    )


def s_family_abroad(w: Writer) -> str:
    return w.ch(
        lambda: f"{w.rel('full')} appelle du Brésil (Oiapoque) {w.tel('br')} : {possess_r(w)} "
                f"{w.pat('full')} reviendra de Macapá {w.slot()}, garder les séances de {w.clin()}",
        lambda: f"appel d'Albina {w.tel('sr')} : {w.rel('full')} pour {w.pat('full')}, passe le fleuve "
                f"mercredi, rdv à Saint-Laurent {w.slot()} avec {w.staff()}",
        lambda: f"Famille au Suriname, numéro {w.tel('sr')}, patient {w.pat('sf')} {w.clin()}. traduction "
                f"par {w.rel('given')} (parle sranan)",
        lambda: f"Message en portugais de {w.rel('full')} ({w.tel('br')}), {w.pat()} não vem {w.slot()}",
    )


def possess_r(w: Writer) -> str:
    return hm.possessive("mère" if w.p.sex == "f" else "père", w.p.sex)


def s_list(w: Writer) -> str:
    """A cancellation or waiting list with several patients."""
    lines = [w.ch("Liste d'attente", "Annulations du jour", "LISTE ATTENTE", "annul. / reports")]
    people = [w.p, w.r, w.carer]
    for i, p in enumerate(people[: w.rng.randrange(2, 4)]):
        who = w.pat("sf") if i == 0 else w.name(p, w.ch("sf", "full", "title"))
        when = w.ch("dispo matin", "le soir", "tout le temps", "")
        lines.append(f"- {who} {w.tel()} {w.clin()} {when}".rstrip())
    return "\n".join(lines)


BARE = [
    "Cabinet fermé [lundi gras] et [mardi gras], reprise [mercredi 14 février] l'après-midi. Prévenir les "
    "patients de [Julien].",
    "[Sophie] en formation [jeudi 22 février], décaler ses rdv sur [Karim] si possible.",
    "appel d'un monsieur, n'a pas laissé de nom, voulait savoir si on fait la [kiné respiratoire] pour les "
    "bébés le samedi. Répondu oui, [samedi matin] avec [Julien].",
    "Coupure d'électricité à Rémire ce matin, [Karim Haddad] a annulé ses séances de [8h] à [10h].",
    "Rappel : plus de créneaux pour [drainage lymphatique] avant [mars]. Liste d'attente pleine.",
    "La pharmacie de Kourou demande si on loue des béquilles. Non, voir la pharmacie de la place.",
    "PATIENT DE [16H30] ANNULÉ, PAS DE NOM LAISSÉ. [SOPHIE] PRÉVENUE.",
    "[Julien Martin] : vérifier la table électrique salle 2, le vérin fait du bruit.",
    "appel masqué, dame qui demande les tarifs de la [rééducation périnéale] sans ordonnance, rappellera.",
    "Grève des transports : plusieurs patients de Matoury en retard, [Sophie Lemoine] décale ses rdv de "
    "[15 min].",
    "le livreur de serviettes passe [vendredi 16/02] entre [9h] et [11h], laisser la grille ouverte",
    "Un patient demande si la séance de [balnéo] est remboursée par la CGSS : non.",
    "Défilé du carnaval dimanche, route de Baduel fermée, prévenir les patients du matin.",
    "[Karim] : réunion avec le réseau bronchiolite au [CHC] [jeudi 1er mars] à [12h30].",
    "le cabinet de Kourou ouvre le samedi matin à partir du [24 février], [Julien] y sera.",
    "Une maman a appelé pour la [bronchiolite] de son fils, rappellera avec l'ordonnance, pas de nom.",
    "pas de réseau à Saint-Laurent ce matin, les SMS de rappel ne partent pas",
    "[Sophie] demande qu'on ne mette plus de [PTH] à [18h], trop tard pour la salle.",
    "Commande de bandes de [strapping] et de gel à faire avant [vendredi].",
    "une entreprise du CSG demande un devis pour des séances de prévention [TMS] sur site. transmis à "
    "[Karim].",
    "Client de l'hôtel de Kourou, touriste, [entorse de cheville], passera sans rdv. Dit à [Julien].",
    "fermeture exceptionnelle [mercredi des Cendres] matin",
]


SCENARIOS = [(s_voicemail, 14), (s_export, 10), (s_sms, 8), (s_email, 8), (s_relative, 10), (s_new, 8),
             (s_work_accident, 5), (s_baby, 6), (s_home, 6), (s_prescription, 7), (s_carer, 5),
             (s_military, 4),
             (s_student, 4), (s_mutuelle, 5), (s_family_abroad, 4), (s_list, 3)]
BARE_SHARE = 0.11
FLAGS: list[set[str]] = []


def case(fragments: hm.Fragments, how: str) -> hm.Fragments:
    if how == "lower":
        return [(text.lower(), kind) for text, kind in fragments]
    return [(text.upper(), kind) for text, kind in fragments]


def make_note(rng: random.Random) -> hm.Fragments:
    w = Writer(rng)
    if rng.random() < BARE_SHARE:
        markup = hm.kept(rng.choice(BARE))
        w.flags = {"bare"}
        w.hard = False
    else:
        scenario = rng.choices([s for s, _ in SCENARIOS], [n for _, n in SCENARIOS])[0]
        markup = scenario(w)
        w.flags.add(scenario.__name__[2:])
        if rng.random() < 0.25 and not any(fold_staff(markup)):
            markup = markup.rstrip(".") + rng.choice([f" ({w.staff()})", f" — pour {w.staff()}",
                                                      f". vu avec {w.staff()}"])
    fragments = hm.join_names(hm.parse(markup))
    roll = rng.random()
    if roll < 0.11:
        fragments = case(fragments, "lower")
        w.flags.add("lower-case note")
    elif roll < 0.15:
        fragments = case(fragments, "upper")
        w.flags.add("capitals note")
    FLAGS.append(w.flags)
    return fragments


def fold_staff(markup: str) -> list[bool]:
    return [f"[[K|{s}]]" in markup for s in STAFF]


def check(record: dict) -> None:
    hm.check_unlabelled(record, name_words)
    hm.check_no_staff(record, name_words)


def check_set(records: list[dict]) -> None:
    try:
        hm.check_blind_set(records, NOTES, name_words, TAKEN, staff_share=0.3, bare=(0.07, 0.16))
    except AssertionError as error:  # the note ids only, never a clashing word
        clashing = [r["id"] for r in records if hm.reused_words(r, name_words, TAKEN)]
        raise SystemExit(f"set check failed; notes reusing an earlier name: {clashing}") from error


def main() -> None:
    records = hm.write(OUT, PREFIX, NOTES, SEED, make_note, check, check_set)
    print(f"pool candidates dropped for an earlier set's or the staff's word: {DROPPED}")
    hm.report(records, OUT, FLAGS, sum("hard name" in f for f in FLAGS))


if __name__ == "__main__":
    main()
