"""Blind held-out set 30 for the de-identifier: 300 call notes of a kinésithérapie practice in
Languedoc-Roussillon.

Written 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists, the
tests nor bench were opened, and the de-identifier was not run on the notes. The earlier sets (the
corpus, held-out sets 1 to 29 and the hard cases) were read by program only, through
heldout_markup.taken_tokens, to refuse every name word they hold.

The setting: November 2028 at a cabinet de kinésithérapie whose remote secretariat takes calls for
Montpellier, Nîmes, Sète, Béziers, Narbonne, Carcassonne, Perpignan, Alès, the Cévennes and the Catalan
coast: old Languedocien and Catalan families, winegrowers, fishermen, Spanish and Portuguese descendants,
harkis' and Maghrebi families, Gitano families, students, retirees from the North and Northern Europe,
seasonal workers. Phone messages, answering-machine transcripts, online-booking exports, forwarded SMS
and e-mails, home visits, relatives and carers calling, prescriptions, tiers payant, sport and school
papers, work accidents; some in lower case, a few in capitals, about one in nine with no identifier,
about one in seven with a harder name form (a slip, an initial, a double or maiden name, no accents).

Labelling: NOM for patients, relatives, carers and neighbours, the title (M., Mme...) outside the span,
never the practice's staff, whose names are kept; TEL, NIR, DDN (birth dates only), EMAIL, ADRESSE
(house number or lieu-dit through postcode and town, in one run; a town alone is not marked) and ID
(mutuelle, dossier, booking and accident numbers). Kept: appointment slots, staff names, clinical terms,
hospitals and eponyms. Companies, clubs, schools and employers are plain text; no doctor outside the
practice is named. All data are synthetic.

Run from tests/data: ../../.venv/bin/python make_deid_heldout30.py
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import unicodedata
from pathlib import Path

import heldout_markup as hm

NOTES = 300
SEED = 30_2027
PREFIX = "be"
HERE = Path(__file__).parent
OUT = HERE / "deid_heldout30.jsonl"
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 30)),
           "deid_hard_cases.jsonl")
TODAY = dt.date(2028, 11, 15)
PARTICLES = {"de", "du", "da", "das", "dos", "del", "la", "le", "i", "y", "van", "der", "den", "d", "l", "e"}

POOLS = """
lang f: Ermessinde Garsende Esclarmonde Brunissende Alazaïs Maguelone Félicie Aldegonde Eulalie Pétronille
  Scholastique Victorine Zéphyrine Séraphine Philomène Hermine Faustine Ombeline Bénédicte Marinette Arlette
  Nicolette Pierrette Georgette Claudette Josette Paulina Fulcrande Mirèio Hortense Irénée Bathilde Radegonde
  Gersende Azélie Florine Rosalinde Lisette Aglaé Domitille Eudoxie Olympe Clélia Ernestine Flavie Fulvie
  Léocadie Mélusine Aurélia Alexandrine Dauphine Violaine Solenne Héloïse Magalona Nadalena Clamença Sança
  Elionor Margarida Felipa
lang m: Sévérin Théodule Adhémar Anatole Alphonse Augustin Barthélemy Cyrille Eloi Elzéar Évariste Félicien
  Gervais Gonzague Hippolyte Isidore Justin Lazare Léopold Médard Narcisse Onésime Philémon Polycarpe Rodolphe
  Saturnin Séverin Symphorien Théophile Ulysse Zacharie Amédée Aymeric Bérenger Raimbaud Peyre Guiraud
  Jausbert Rostaing Médéric Philibert Pacôme Sixte Wenceslas Anthelme Austremoine Calixte Célestin Clodomir
  Ephrem Flavien Gatien Miquèl Andrieu Teodòr Loís Marcèl Tòni
lang s: Castanier Puech Vézian Cabanis Combescure Teissier Gleizes Fontanel Bonnafous Vernhes Cazalis
  Rouquette Crouzet Malzac Cambon Fabrègue Azaïs Estève Marcouire Aldebert Bouviala Jalabert Lauret Bessière
cat f: Antònia Àngels Cinta Conxita Elisenda Engràcia Fina Genoveva Isona Llúcia Pepeta Remei Rut Teresina
cat m: Bartomeu Benet Blai Cristòfol Domènec Feliu Fermí Guifré Ignasi Isidre Jeroni Llorenç Magí Miquel Ponç
cat s: Ferrer Puig Soler Vilaseca Bosch Casals Pujades Sobraquès Calvet Tixador Bonet Roig Llobet Planas
cat kf: Ona Jana Clàudia Abril Martina Joana
cat km: Nil Pol Eloi Guillem Roc Jan
esp f: Adoración Ascensión Asunción Clemencia Concepción Fuensanta Gregoria Isidora Leocadia Macarena
esp m: Agapito Aniceto Benigno Bonifacio Cipriano Demetrio Dionisio Epifanio Eladio Eulogio Genaro Heliodoro
esp s: Cañizares Albarracín Villaescusa Garrido Navarrete Bermúdez Olmedo Cifuentes Palomares Vallejo Zamorano
  Quesada Arjona Benavente Peñalver Sepúlveda Tornero Cuadrado Belmonte Aranda Maldonado Cervera
esp kf: Lucía Alba Noa Candela
esp km: Hugo Mateo Izan Unai
por f: Alzira Adelaide Amélia Anabela Arminda Belmira Cândida Dulce Edite Elvira Emília Etelvina Eugénia
  Felismina Florbela Gertrudes Glória Guilhermina Hortênsia Isaura Jacinta Laurinda Lucinda Madalena Marcolina
  Odete Otília Palmira Perpétua Quitéria Rosalina Sameiro Teresinha Umbelina Zulmira Ilda Albina
por m: Acácio Agostinho Alípio Álvaro Anacleto Aníbal Armindo Arnaldo Aurélio Avelino Bento Bernardino Cândido
  Celestino Crispim Delfim Domingos Eusébio Firmino Fausto Felisberto Germano Hermínio Inácio Jacinto Januário
  Leopoldo Marcelino Narciso Octávio Plácido Quintino Rogério Silvino Valdemar Zacarias Ilídio Hélder Fernão
  Laurindo Torcato
por s: Albuquerque Aguiar Andrade Antunes Araújo Assunção Barreto Bastos Borges Botelho Caldeira Calado
  Camacho Canelas Carrilho Castanheira Cerqueira Cunha Damasceno Encarnação Espinheira Farinha Felgueiras
  Figueira Frazão Furtado Godinho Granja Henriques Jardim Leitão Magro Malheiro Mesquita Mota Moura Pacheco
  Paiva Pestana Portela Queirós Ramalho Salgado Saraiva Serrão Sobral Veloso Zagalo Arruda Bulhões Carvalhal
  Catarino Gameiro Louro Medeiros Mourão Negrão Ornelas Paixão Quintela Rebordão Sequeira Taborda Varela
  Vilaça Canhoto Caeiro
magh f: Zoulikha Messaouda Fettouma Tassadit Dahbia Nouara Ouerdia Rebiha Sakina Tounsia Warda Yamna Zakia
  Zahia Hassiba Fadéla Louiza Naouel Ourida Rabia Souhila Thiziri Tinhinane Wahiba Lamya Chafia Djohra Fella
  Hadda Kheira Lahouaria Mimouna Nedjma Saadia Zoubida
magh m: Arezki Amokrane Bachir Boubekeur Djillali Fodil Ghani Kaddour Kouider Lounès Mahieddine Mohand Nacer
  Ouahid Rédha Sid-Ali Tayeb Yazid Zoubir Abdelhamid Akli Allaoua Djelloul Hamou Idir Lyès Madjid Menad Miloud
  Mokrane Ramdane Yahia Aksel Chakib Fayçal
magh s: Abdelmalek Aissaoui Amirouche Bendali Benkhelifa Benmansour Benseddik Bentaleb Boualam Bouguerra
  Bouras Bousaïd Chaouch Chettouh Derradji Djaballah Djellal Ghezali Guendouz Hamlaoui Haddouche Kherbouche
  Laouar Lounici Mebarki Nezzar Ould-Ali Rezig Sahraoui Yousfi Zemmouri Zouaoui Benabdallah Bouchama Djeddi
  Ferradj Gacem Hachemi Kebaili Laggoune Mehenni Oukaci Rahal Sellami Zenati
maroc f: Btissam Fadoua Hafsa Hajar Ikram Kaoutar Loubna Majda Najat Nisrine Oumaima Rajae Sanaa Soukaina
  Touria Wafae Khaoula Asmae Chaimae
maroc m: Abdelilah Abdelghani Anouar Badr Chouaib Ezzedine Issam Lhoussaine Mouad Othmane Saad Zakaria
  Lahoucine Moha Hammou Bouchaib Abdeslam Jilali Abdelmajid Abdessamad Abdelhak Bouazza Lahbib Mostafa
  Rachid-Ali Hmad Mimoun Mbark Lhassan Hassane Abdelkrim Said-Ahmed Fouad Jaouad Larbi-Ali Taoufik Zouhair
  Hamid-Ali
maroc s: Benomar Bouazza Chafik Daoudi Ennaji Fikri Ghazali Hamdaoui Jabri Kabbaj Lamrani Naciri Ouardi
  Sefrioui Yacoubi Zahiri Belkadi Doukkali Filali Guessous Kettani Lazrak Mernissi Qadiri Raissouni Skalli
  Zniber Bouhlal Ait_Lahcen Aboulfath Ouazzani Benjelloun El_Idrissi Amrani Bennani Tazi Chraïbi Lahlou
  Berrada Ouchen Aït_Baha Boukhriss Essaidi Zeroual Hajji Laaroussi Ouhaddou Akhiat Benkirane Tahiri Bouchta
  Elkouch Boutaleb
gitan f: Dolorès Esmeralda Soledad Manuela Rosita Paquita Chelo Lolita Carmela Saraï Yoana Naïs Shana Angelita
  Carmencita Conchita Pastora Tita Lupe Priscilla Cindy Rosaria Soraya Lorena Graciela Yolanda
gitan m: Tonino Curro Paco Manolo Chico Nino Rudy Jimmy Tony Enzo Joselito Raphaël Samy Diego Pépito Juanito
  Kiko Chano Nono Pipo Tito Toni Dani Steeve Moïse Emilio Felipe
gitan s: Reyes Gimenez Baliardo Cortès Amaya Salazar Vargas Heredia Borrull Camargo Batista Campos Hernandez
  Ortega Suarez Bustamante Malla Cargol Montoya Jiménez Escudero Carmona Moya Tarrago Amador Contreras Fajardo
nord f: Marie-Agnès Benoîte Ghislène Hermeline Isabeau Laurette Maguy Marlène Pascaline Régina Thérésa Ursule
  Yvelise Zénaïde Berthilde Colombe Dorothée Eliette Francette Gervaise Huberte Ida Jacinthe Ludivine
  Mariannick Walburge Yolaine
nord m: Bernardin Cyriaque Donatien Eudes Gédéon Isaïe Jocelyn Landry Nestor Odilon Pierrick Victorien Wulfran
  Auguste Baudouin Eusèbe Géry Herbert Ildefonse Jacquy Lambert Oswald Rodrigue Théodore Vital Wilfrid Aubert
  Clotaire Dagobert Maximilien
nord s: Catteau Cuvelier Dambrine Debaecker Declercq Defontaine Dehaene Delbecq Demarcq Depoorter Derycke
  Desmet Dhainaut Dumortier Flament Froidure Gheysens Goetghebeur Hannebique Lampin Leleu Lepers Loridan
scan f: Ingrid Birgitta Solveig Gunilla Astrid Margareta Kerstin Sigrid Ulla Britt Agneta Ylva Torunn Anneke
  Marijke Wilhelmina Ineke Greetje Femke Margriet
scan m: Björn Lennart Gunnar Sten Ingemar Torbjörn Håkan Leif Nils Ulf Bengt Göran Kjell Hendrik Gerrit
  Maarten Joost Wouter Sjoerd Klaas
scan s: Lindqvist Bergström Sandberg Åkesson Holmgren Engström Nyberg Sjöberg Lundgren Wallin Hedlund Forsberg
etu f: Ysaline Clervie Gwenola Anaëlle Loane Lison Nine Rosalie Bettina Cyrielle Hermance Iseult Jehanne Liv
  Mahé Neïla Ondine Pervenche Quitterie Tess Uma Vaiana Wanda Yuna Zina Ambrine Azénor Brune Calypso Daria
  Edène Hanaé Ilona Kenna Lucile Nahia Odélia Philippa Rafaëlle Shirine Thaïs Yseult Zaïa Célimène Aubane
  Lorène
etu m: Aurèle Bastian Cassien Dorian Elian Gauvain Jasper Kélian Mayeul Naël Paolo Robinson Soan Tobias Ugo
  Yanis Zéphyr Amaury Balthazar Cosme Dimitri Eliel Florestan Ilian Joachim Kaïs Mathéo Nathanaël Orso Philéas
  Roméo Sandro Thaddée Virgile Wandrille Alistair Bartholomé Darius Enguerrand Faustin Galaad Harold Lubin
  Marcellin Néo Ossian Pio Sylvère Tybalt Ulrich Vianney
etu s: Abgrall Bernicot Brélivet Caradec Cloarec Créac'h Derrien Donnart Gourvennec Hascoët Kerdraon Kergoat
  Lagadec Le_Saout Madec Nédelec Pennec Quiniou Thépaut Uguen Arrighi Ferracci Luciani Santoni Etchegaray
est f: Adina Anca Andreea Camelia Florica Larisa Lavinia Madalina Mirela Raluca Rodica Sorina Stela Teodora
est m: Aurel Ciprian Claudiu Cornel Costică Doru Dragoș Fănel Grigore Horia Iacob Ilie Iulian Laurențiu Liviu
est s: Ardeleanu Bucur Costache Diaconu Dragomir Florea Iliescu Iordache Manole Mitrea Nistor Olteanu
"""
FACTS = {"lang": (24, "", "34 30 11 48 12 66"), "cat": (10, "134", "66 11 34"), "esp": (9, "134", "34 66 11"),
         "por": (6, "139", "34 30 11 66"), "magh": (11, "352", "30 34 11 66"), "maroc": (5, "350", "34 30"),
         "gitan": (6, "", "66 34 30 13"), "nord": (9, "", "59 62 80 02 60"), "scan": (6, "104", "75 59 67"),
         "etu": (9, "", "75 69 31 13 44 35 64 29 33"), "est": (4, "114", "34")}
ABROAD_SHARE = {"cat": 0.1, "esp": 0.35, "por": 0.45, "magh": 0.4, "maroc": 0.8, "scan": 0.9, "est": 1.0}


def name_words(name: str) -> set[str]:
    return hm.name_parts(name, PARTICLES)


def without_accents(text: str) -> str:
    text = text.replace("ø", "o").replace("Ø", "O").replace("å", "aa").replace("Å", "Aa")
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


TAKEN = hm.taken_tokens(OUT, EARLIER)
RAW_ORIGINS, RAW_KIDS = hm.load_pools(POOLS, FACTS)


def fresh(names: list[str]) -> list[str]:
    return [n for n in names if not name_words(n) & TAKEN]


ORIGINS = {k: dataclasses.replace(o, given_f=fresh(o.given_f), given_m=fresh(o.given_m),
                                  surnames=fresh(o.surnames)) for k, o in RAW_ORIGINS.items()}
KIDS = {k: fresh(v) for k, v in RAW_KIDS.items()}
OFFERED, KEPT = (sum(len(o.given_f + o.given_m + o.surnames) for o in x.values())
                  for x in (RAW_ORIGINS, ORIGINS))
assert all(o.given_f and o.given_m and len(o.surnames) > 3 for o in ORIGINS.values()), "a pool ran dry"
ORIGINS["nord"].given_f.extend(ORIGINS["lang"].given_f)
ORIGINS["nord"].given_m.extend(ORIGINS["lang"].given_m)
WEIGHTS = {k: w for k, (w, _, _) in FACTS.items()}

def bars(text: str) -> list[str]:
    return text.replace("\n", "").split("|")


TOWNS = dict((t.split(":")[0], t.split(":")[1].split(",")) for t in bars(
    "Montpellier:34000,34070,34080,34090|Nîmes:30000,30900|Sète:34200|Béziers:34500|Narbonne:11100|"
    "Carcassonne:11000|Perpignan:66000,66100|Alès:30100|Anduze:30140|Saint-Jean-du-Gard:30270|Le Vigan:30120|"
    "Florac-Trois-Rivières:48400|Valleraugue:30570|Collioure:66190|Banyuls-sur-Mer:66650|Port-Vendres:66660|"
    "Argelès-sur-Mer:66700|Canet-en-Roussillon:66140|Lunel:34400|Frontignan:34110|Agde:34300|Pézenas:34120|"
    "Lodève:34700|Gruissan:11430|Leucate:11370|Castelnaudary:11400|Limoux:11300|Uzès:30700|Sommières:30250|"
    "Le Grau-du-Roi:30240|Palavas-les-Flots:34250|Mèze:34140|Marseillan:34340|Thuir:66300|Céret:66400|"
    "Castelnau-le-Lez:34170|Lattes:34970|Vauvert:30600|Saint-Cyprien:66750|Elne:66200"))
STREETS = bars(
    "rue de l'Aiguillerie|rue des Tonneliers|avenue de la Gare|av. du Maréchal Juin|bd Gambetta|"
    "chemin des Oliviers|impasse des Amandiers|rue du Pradet|quai des Barques|rue Haute|"
    "chemin de la Draille|route de Ganges|rue des Micocouliers|avenue de Toulouse|rue du Four à Chaux|"
    "traverse des Salins|montée du Castellas|rue des Cordiers|place de la Fontaine|rue du Lavoir|"
    "allée des Tamaris|chemin du Mas Neuf|rue des Vendangeurs|av. des Pyrénées|carrer de la Mar|"
    "rue Sant Vicens|chemin des Aspres|rue de la Bonneterie|bd Kennedy|rue Font-Froide|rue des Étangs"
)
LIEUX = ["Mas des Garrigues", "Domaine de Fontcaude", "Mas de l'Arbousier", "Hameau de Mialet-Haut",
         "Lieu-dit Les Cazals", "Mas Sainte-Colombe", "Cabanes de Fleury", "Lieu-dit La Castagnède",
         "Domaine du Mas Rouge", "Hameau du Pont de Salindres"]
RESIDENCES = ["Résidence Les Tamaris bât B", "Rés. Le Clos des Oliviers apt 12",
              "Résidence Port Marine, bât. C", "Les Jardins d'Iris esc. 2", "Résidence Les Arcades 3e étage"]
FOREIGN = {"cat": "+34 6", "esp": "+34 6", "por": "+351 9", "maroc": "+212 6", "scan": "+45 ", "est": "+40 7"}
MONTHS = hm.words("janvier février mars avril mai juin juillet août septembre octobre novembre décembre")
DAYS = hm.words("lundi mardi mercredi jeudi vendredi samedi dimanche")
TERMS = [hm.keep(t) for t in bars("""rééducation du genou|ligamentoplastie du LCA|
prothèse totale de hanche|capsulite rétractile|drainage lymphatique|rééducation périnéale|
kiné respiratoire|bronchiolite|entorse de cheville|maladie de Parkinson|canal carpien|lombalgie|
tendinite de De Quervain|sclérose en plaques|AVC|vertiges positionnels|manœuvre de Sémont|cervicalgie|
sciatique|hernie discale L5-S1|scoliose|tendinopathie de la coiffe|fracture de Pouteau-Colles|
syndrome de Guillain-Barré|maladie de Dupuytren|Osgood-Schlatter|PTG|épicondylite|fasciite plantaire|
rééducation post-opératoire|syndrome rotulien|coxarthrose""")]
HOSPITALS = [hm.keep(h) for h in bars("""Lapeyronie|Gui de Chauliac|Carémeau|Saint-Éloi|
l'hôpital de Perpignan|la clinique Saint-Roch|l'hôpital de Béziers|la clinique du Parc|l'hôpital d'Alès|
Lamalou|l'hôpital de Narbonne|l'hôpital de Carcassonne|la clinique Saint-Pierre""")]
SPORT = [t for t in TERMS if any(w in t for w in ("entorse", "LCA", "rotulien", "Osgood", "épicon", "fasci"))]
MUTUELLES = bars("""Harmonie Mutuelle|MGEN|la MSA|Mutuelle Just|Alptis|la CMCAS|Ociane|Malakoff Humanis|
la Mutuelle du Languedoc|Apivia|la MNT|Mutuelle Catalane""")
EMPLOYERS = bars("""la cave coopérative|les Salins du Midi|Intermarché|la criée de Sète|un domaine à Pézenas|
la mairie|Airbus|le chantier naval|la SNCF|l'EHPAD Les Cèdres|une conserverie|l'entreprise de BTP|La Poste|
un maraîcher de Saint-Gilles|l'hôpital""")
CLUBS = bars("""l'AS Béziers|le rugby club de Narbonne|le club de joutes de Sète|l'USAP école de rugby|
le handball de Nîmes|le judo club d'Alès|la section natation|le club de tambourin|le club de pétanque|
l'athlé de Carcassonne|le basket de Lattes""")
SCHOOLS = bars("""le collège Jean Moulin|le lycée Joffre|l'école Jules Ferry|le collège de Sommières|
le lycée Arago|le lycée agricole|l'UFR STAPS|la fac de droit|l'IUT de Béziers|la fac de médecine""")
KIN = [(n, x, share == "1") for n, x, share in (k.split(":") for k in hm.words(
    "fille:f:1 fils:m:1 mari:m:1 épouse:f:1 femme:f:1 compagnon:m:0 compagne:f:0 petite-fille:f:1 "
    "petit-fils:m:1 belle-fille:f:0 gendre:m:0 nièce:f:0 neveu:m:0 sœur:f:0 frère:m:1 voisine:f:0 "
    "voisin:m:0"))]
CARERS = bars("""l'aide à domicile|l'auxiliaire de vie|l'aide-soignante|l'infirmière|la tutrice (UDAF)|
l'auxiliaire de vie de l'ADMR|la dame de compagnie""")


def person(rng: random.Random, low: int = 1930, high: int = 2006, origin: str | None = None,
           sex: str | None = None, surname: str | None = None, child: bool = False) -> hm.Person:
    o = ORIGINS[origin or hm.pick(rng, WEIGHTS)]
    sex = sex or rng.choice("fm")
    young = ORIGINS["etu"] if child and o.name in ("lang", "nord", "etu", "gitan", "scan") else o
    pool = (KIDS.get((o.name, sex)) if child else None) or (young.given_f if sex == "f" else young.given_m)
    return hm.Person(rng.choice(pool), surname or rng.choice(o.surnames), sex, o,
                     dt.date(rng.randint(low, high), rng.randint(1, 12), rng.randint(1, 28)))


def slot_text(rng: random.Random) -> str:
    d = rng.choice([n for n in range(2, 31) if dt.date(2028, 11, n).weekday() < 6])
    wd = DAYS[dt.date(2028, 11, d).weekday()]
    h, m = rng.randint(8, 19), rng.choice([0, 0, 15, 30, 30, 45])
    mm = f"{m:02d}" if m else ""
    return rng.choice([f"{wd} {d} à {h}h{mm}", f"{wd} {d}/11 {h}h{mm}", f"le {d} nov. à {h}h{m:02d}",
                       f"{wd[:3]}. {d} {h}h{mm}", f"{wd} {d} novembre {h}h{mm}", f"{d}/11 à {h}:{m:02d}"])


def full_slot(rng: random.Random) -> str:
    d = rng.choice([n for n in range(2, 31) if dt.date(2028, 11, n).weekday() < 5])
    wd = DAYS[dt.date(2028, 11, d).weekday()]
    return f"{wd} {d} novembre 2028 à {rng.randint(8, 19)}h{rng.choice(['00', '15', '30', '45'])}"


def nir_text(rng: random.Random, p: hm.Person) -> str:
    abroad = p.origin.abroad and rng.random() < ABROAD_SHARE.get(p.origin.name, 0) and p.born.year < 2000
    dep, com = ("99", p.origin.abroad) if abroad else (
        rng.choice(p.origin.departments), f"{rng.randint(1, 350):03d}")
    body = f"{1 if p.sex == 'm' else 2}{p.born.year % 100:02d}{p.born.month:02d}{dep}{com}"
    body += f"{rng.randint(1, 999):03d}"
    key, b = f"{97 - int(body) % 97:02d}", body
    return rng.choice([f"{b[0]} {b[1:3]} {b[3:5]} {b[5:7]} {b[7:10]} {b[10:13]} {key}", b + key,
                       f"{b} {key}", f"{b[0]}.{b[1:3]}.{b[3:5]}.{b[5:7]}.{b[7:10]}.{b[10:13]}.{key}",
                       f"{b[0]} {b[1:3]} {b[3:5]} {b[5:7]} {b[7:10]} {b[10:13]} - {key}"])


def ddn_text(rng: random.Random, p: hm.Person) -> str:
    d, m, y = p.born.day, p.born.month, p.born.year
    return rng.choice([f"{d:02d}/{m:02d}/{y}", f"{d:02d}/{m:02d}/{y}", f"{d}/{m}/{y % 100:02d}",
                       f"{d:02d}.{m:02d}.{y}", f"{d} {MONTHS[m - 1]} {y}", f"{y}-{m:02d}-{d:02d}",
                       f"{d:02d}-{m:02d}-{y}", f"{d:02d}{m:02d}{y}"])


def tel_text(rng: random.Random, p: hm.Person, landline: bool = False) -> str:
    pairs = [f"{rng.randint(0, 99):02d}" for _ in range(4)]
    if p.origin.name in FOREIGN and rng.random() < 0.3:
        head = FOREIGN[p.origin.name]
        return head + f"{rng.randint(0, 99):02d} " + " ".join(pairs[:3])
    if landline or rng.random() < 0.25:
        head = rng.choice(["04 67", "04 66", "04 68"])
        pairs = pairs[1:]
    else:
        head = rng.choice(["06", "07", "06"]) + " " + pairs.pop(0)
    sep = rng.choice([" ", " ", ".", "", "-"])
    text = head.replace(" ", sep) + sep + sep.join(pairs)
    if rng.random() < 0.12 and text.startswith("0") and sep == " ":
        text = "+33 " + text[1:]
    return text


def mail_text(rng: random.Random, p: hm.Person) -> str:
    g, s = (hm.fold(without_accents(x)).replace(" ", "").replace("'", "") for x in (p.given, p.surname))
    user = rng.choice([f"{g}.{s}", f"{g[0]}{s}", f"{s}.{g}{p.born.year % 100:02d}",
                       f"{g}{s}{rng.randint(1, 99)}", f"{s}{g[0]}", f"famille.{s}", f"{g}_{s}"])
    dom = rng.choice(["orange.fr", "free.fr", "laposte.net", "gmail.com", "sfr.fr", "wanadoo.fr",
                      "hotmail.fr", "yahoo.fr", "icloud.com"])
    if p.origin.name == "etu" and rng.random() < 0.5:
        dom = rng.choice(["etu.umontpellier.fr", "etu.univ-perp.fr"])
    if p.origin.name == "scan":
        dom = rng.choice(["telia.com", "gmail.com", "ziggo.nl", "outlook.dk"])
    return f"{user}@{dom}"


def adr_text(rng: random.Random) -> str:
    town = rng.choice(list(TOWNS))
    cp = rng.choice(TOWNS[town])
    town_t = rng.choice([town, town, town.upper()])
    street = f"{rng.randint(1, 148)}{rng.choice(['', '', '', ' bis', ' ter', 'B'])}{rng.choice([' ', ', '])}"
    street += rng.choice(STREETS)
    roll = rng.random()
    if roll < 0.15:
        head = rng.choice(LIEUX) + rng.choice([", ", " "])
        if rng.random() < 0.5:
            head += rng.choice(["route de Ganges ", "chemin de la Draille ", "RD 999 "])
    elif roll < 0.28:
        head = rng.choice(RESIDENCES) + ", " + street + " "
    else:
        head = street + rng.choice([" ", ", ", " - "])
    return head + cp + " " + town_t


def id_text(rng: random.Random, first: int = 0, last: int = 11) -> tuple[str, str]:
    """A label (plain) and a number (ID): the mutuelle's first, then a work accident's, then the others."""
    n = rng.randint
    return rng.choice([
        ("n° adhérent", f"{n(100, 999)} {n(1000, 9999)} {n(10, 99)}"), ("adhérent", f"{n(10**8, 10**9 - 1)}"),
        ("carte tiers payant n°", f"TP{n(10**6, 10**7 - 1)}"),
        ("contrat", f"{rng.choice('CMX')}{n(10**5, 10**6 - 1)}-{n(1, 9)}"),
        ("n° AT", f"{n(10, 99)} {n(1000, 9999)} {n(1000, 9999)}"), ("sinistre", f"2028-11-{n(10000, 99999)}"),
        ("dossier", f"{n(24, 28)}-{n(1000, 9999)}"), ("réf. résa", f"RDV{n(10000, 99999)}K"),
        ("n° d'accord", f"AP{n(100000, 999999)}"), ("dossier patient", f"P{n(10000, 99999)}"),
        ("réservation", f"#{n(10**6, 10**7 - 1)}")][first:last])


# Templates: {p} the patient as named, {pt} with a title, {pf} full, {pg}/{ps} given or surname alone,
# {r} the relative with their noun, {rn} their name, {c} the carer, {k}/{kg} a child, {par} its parent

TEMPLATES = r"""
## phone 16
Appel de {p} pour {t}, souhaite un rdv avec {s} {slot} si possible. Rappeler au {tel}.
{p} a appelé : annule {slot}, reporte {slot2}. ok pour {s}.
msg pour {s} : {p} ({age} ans) a mal depuis la dernière séance, demande à être rappelé(e) avant {slot}. tel
  {tel}
Tél de {p}, nouveau patient, ordonnance pour {t} (15 séances). Habite {town}. Dispo le matin seulement.
  Proposé {slot} avec {s}, confirmé. {tel}
{pt} demande si {s} fait les séances de {t} à domicile. Lui ai dit de rappeler lundi. N° : {tel}
APPEL {pt} : retard 20 min bouchons sur l'A9, garde son créneau de {slot} ? {s} ok.
{pt} ({town}) rappelle pour la 3e fois, veut absolument {s} et pas un autre kiné. Mis sur liste d'attente.
  {tel}
appel {pf} / {t} / dispo {slot} ou {slot2} / préfère {s} / {tel}
## machine 9
Répondeur 7h52 : « oui bonjour c'est {pf}, je vous appelle pour mon rendez-vous de {slot}, je pourrai pas
  venir,
  vous pouvez me rappeler au {tel} merci »
Message répondeur (samedi) : {p}, ne sait plus si son rdv est {slot} ou {slot2}, rappeler sur le fixe {fixe}.
répondeur : voix âgée, {pt} je pense, parle de {t}, n'a pas laissé de numéro. Celui de la fiche : {tel}
Rép. 12h10 : {p} de {town}, sort de {h} pour {t}, veut commencer vite. Rappel {tel}
REPONDEUR 19h05 — {pf} — « c'est pour {s}, je vais être en retard jeudi » — {tel}
## booking 10
[Réservation en ligne]\nPatient : {pf}\nNé(e) le : {ddn}\nMotif : {t}\nPraticien : {s}\nCréneau : {fslot}
  \nTél : {tel}\nRéf : {idn}
Export agenda | RDV {fslot} | {s} | {pf} | {tel} | {mail} | 1ère consultation
Nouvelle résa via le site : {pf}, {mail}, motif « {t} », {slot}. Commentaire patient : secteur {town},
  pas de voiture.
RESA WEB {idn} / {pf} / {fslot} / kiné : {s} / nouveau patient : oui
Doublon agenda : {pf} réservé(e) deux fois ({slot} et {slot2}) sur le site, supprimé le 2e. Réf {idn}.
## sms 8
SMS reçu sur le portable du cabinet ({tel}) : « Bjr c {pg} {ps} jsuis malade pr demain, on peut décaler ?
  merci »
  → proposé {slot}
Transféré par {s} : SMS de {r} (fiche {pt}) « {il} ne pourra pas venir {slot}, {il} est {hosp}
  à {h} ». Annuler la série ?
sms {tel} : "c'est {pg}, je serai là {slot} mais 10 min de retard, dsl" (= {pt})
SMS de {pt} : « ok pr {slot} avec {s}, je ramène la radio » {tel}
## email 8
Mail transféré de {rmail}, objet : ordonnance\n« Bonjour, ci-joint l'ordonnance de {t} pour {pf}, {ne} le
  {ddn}.
  Cordialement, {rn} »
E-mail de {pf} <{mail}> : demande une facture pour {mut}, séances d'octobre avec {s}. N° adhérent {midn}.
De : {mail}\nObjet : rdv\nBonjour, je souhaite déplacer mon rdv de {slot} à {slot2}. {pf}\n{adr}
Fwd de {s} : mail de {pt} qui remercie pour les séances de {t} et demande le compte rendu pour {h}. {mail}
## home 9
Visite à domicile demandée pour {p}, {age} ans, sortie de {h} après {t}. Adresse : {adr}. Code porte 4B27.
  Contact {r} au {tel2}. {s} passera {slot}.
VAD {pt} : {adr}. Sonner fort, entend mal. {c} présente le matin. {s}
Domicile : {pf}, {adr}. {t}. Clé chez {r}. Tél {tel}
à domicile pour {pt} ({town}) à partir de {slot}, {s} fera la tournée du jeudi. {il} a un chien.
## relative 10
Appel de {r} pour {pt} : ne se sent pas de venir {slot}, voudrait que {s} passe à domicile. Rappeler au
  {tel2}.
{r} appelle (fiche {pt}) : DDN {ddn}, carte vitale perdue, NIR {nir}. Peut-on faire les séances quand même ?
{pt} a chuté ce matin, annule {slot}. {kin_def} ({rn}) rappellera pour la suite. Tél {tel2}
C'est {r} qui appelle pour {pg} : {il} sort de {h} pour {t}, reprise des séances à voir avec {s}.
{r} demande un rdv groupé avec {pt} le même jour, {slot} et {slot2} si possible.
## carer 6
{c} appelle pour {pt} ({town}) : la séance de {slot} tombe pendant la toilette, possible de décaler
  à {slot2} ? Joignable au {ctel}.
{crole} de {pt}, {cn}, signale que le déambulateur est cassé. {s} prévenu. Tél {ctel}
Appel de {c} : {pt} refuse de se lever depuis deux jours, {s} passera {slot} au lieu de vendredi.
## prescription 8
Ordonnance reçue par fax pour {pf} : {t}, 20 séances, à domicile ({h}). Dossier {idn}.
Ordo de {pt} : {t}, prescrite à {h}. Manquait la DDN : {ddn}. Mutuelle {mut}, {mid}.
prescription de {h} pour {pf} {ne} le {ddn} : {t}, 12 séances, à commencer avant {slot}
Renouvellement ordo {pt} ({t}) : demander au médecin traitant, {il} passe la déposer {slot}. {tel}
## tiers 7
Tiers payant : {pf}, NIR {nir}, {mut} {mid}. Carte vitale pas à jour, lui dire de passer en pharmacie.
Rejet {mut} pour {pt} : {mid} inconnu. Appeler au {tel}.
{pt} (NIR {nir}) demande pourquoi {il} a reçu une facture : tiers payant pas appliqué sur les séances avec
  {s}.
Mutuelle de {pf} changée au 1er novembre : {mut}, {mid}. Mettre à jour avant {slot}.
## school 9
{par} appelle pour {k} ({kage} ans, {club}) : {ts}, certificat de reprise pour le match du 25.
  Rdv {slot} avec {s}. {ptel}
Dispense de sport pour {k}, {school}, DDN {kddn}. Le parent ({par}) passe prendre le papier {slot}.
Mail de {par} <{parmail}> : {kg} : {ts}, le coach ({club}) veut un bilan. Dispo mercredi après-midi.
Étudiant(e) {pf}, {fac}, {ts} après le tournoi, demande le tarif étudiant. {mail}
Bilan pour {k}, {kddn}, adressé(e) par {h}. Accompagné(e) par {par}. {s} {slot}.
## work 7
Accident du travail : {pf}, {emp}, chute d'échelle le 28/10. {t}. Feuille AT {atn}. Rdv {slot} avec {s}. Tél
  {tel}
AT | {pt} | {emp} | {atid} | {t}, ordonnance de {h}. L'employeur veut un justificatif de présence.
{pf} (saisonnier, vendanges vers {town}) : {t} depuis le 3/11, déclaration AT {atn} en cours. Parle peu
  français, un proche traduit, {rn} : {tel2}
AT {emp} : {pt}, {t}, séances avec {s} {slot}. NIR {nir}.
## bare 0
Appel d'une dame qui n'a pas voulu laisser son nom : demande si {s} prend en charge : {t}. Rappellera.
Livraison des rouleaux de table prévue {slot}, prévenir {s}.
{s} absent(e) {slot}, décaler ses patients sur {s2}.
Ordonnance trouvée sur le comptoir sans nom : {t}, {h}. Gardée au secrétariat.
Répondeur : message inaudible, appel masqué, 18h40.
Monsieur de passage à {town} demande un rdv en urgence ({t}). Orienté vers {h}.
Coupure internet au cabinet, agenda papier jusqu'à {slot}. {s} au courant.
Appel de la mutuelle (pas de nom de patient) pour un accord de prise en charge, rappeler le service.
RAPPEL : {s} en formation {slot}, {s2} reprend ses séances de {t}.
sms sans nom : « c pour savoir si vous prenez la carte vitale » répondu oui.
Un club de {town} demande une intervention de {s} sur les échauffements, {slot}.
Une étudiante en STAPS demande un stage avec {s2}. Envoyer la convention à l'UFR.
"""
BLOCKS = {h.split()[0]: (body, int(h.split()[1])) for h, body in
          (part.split("\n", 1) for part in TEMPLATES.strip().removeprefix("## ").split("\n## "))}
BARE = BLOCKS.pop("bare")[0]
SCENARIOS = list(BLOCKS.values())
NAMES = {body: name for name, (body, _) in BLOCKS.items()}
PLACE_KIND = {"tel": "tel", "tel2": "tel", "ctel": "tel", "fixe": "tel", "ptel": "tel", "mail": "mail",
              "rmail": "mail", "parmail": "mail", "ddn": "ddn", "kddn": "ddn", "nir": "nir", "adr": "addr",
              "town": "city", "id": "id", "idn": "id", "mid": "id", "atid": "id",
              "midn": "id", "atn": "id"}
EXTRA_WEIGHTS = {"tel": 6, "mail": 2, "ddn": 3, "nir": 1, "addr": 2, "city": 2, "id": 2}
EXTRAS = {"tel": [" Rappeler au {tel}.", r"\nTél : {tel}", " ☎ {tel}", " / {tel}", " (portable {tel})"],
          "mail": [r"\nMail : {mail}", " Facture à envoyer à {mail}."],
          "ddn": [" DDN {ddn}.", " ({ne} le {ddn})", r"\nDate de naissance : {ddn}"],
          "nir": [" NIR : {nir}", r"\nN° SS {nir}"], "addr": [r"\nAdresse : {adr}", " Habite au {adr}."],
          "city": [" Habite {town}.", " (secteur {town})"], "id": [" {id}.", r"\n{id}"]}


class Writer(hm.SlotPlaceholders):
    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random, c: hm.Cast, hard: bool) -> None:
        self.rng, self.c, self.hard, self.staff_used = rng, c, hard, []
        self.did_hard = False

    def __getitem__(self, key: str) -> str:
        return PLACES[key](self)

    # people
    def title(self, p: hm.Person) -> str:
        return self.rng.choice(["Mme", "Mme", "Madame", "MME", "Mme."] if p.sex == "f" else
                               ["M.", "M.", "Mr", "Monsieur", "Mr."])

    def named(self, p: hm.Person, titled: bool = True, full: bool = False) -> str:
        rng, g, s = self.rng, p.given, p.surname
        if self.hard and not self.did_hard and p in (self.c.patient, self.c.parent):
            self.did_hard = True
            return self.hard_form(p, titled)
        forms = [hm.nom(f"{g} {s}"), hm.nom(f"{s.upper()} {g}"), hm.nom(f"{s} {g}")]
        if titled and not full:
            forms += [f"{self.title(p)} {hm.nom(x)}" for x in (s, s, s.upper())]
        if titled:
            forms.append(f"{self.title(p)} {hm.nom(f'{g} {s}')}")
        return rng.choice(forms)

    def hard_form(self, p: hm.Person, titled: bool) -> str:
        rng, g, s = self.rng, p.given, p.surname
        t = f"{self.title(p)} " if titled else ""
        other = rng.choice([x for x in p.origin.surnames if x != s])
        roll = rng.random()
        if roll < 0.25:
            typo = hm.slip(s, rng)
            if typo == s or name_words(typo) & TAKEN:
                typo = hm.slip(g, rng)
                return hm.nom(f"{g if name_words(typo) & TAKEN else typo} {s}")
            return t + hm.nom(typo) if rng.random() < 0.5 else hm.nom(f"{g} {typo}")
        if roll < 0.45:
            return hm.nom(rng.choice([f"{g[0]}. {s}", f"{s} {g[0]}.", f"{s.upper()} {g[0]}."]))
        if roll < 0.7:
            if p.origin.name in ("esp", "gitan"):
                return t + hm.nom(f"{s} {other}")
            if p.origin.name == "cat":
                return t + hm.nom(f"{s} i {other}")
            if p.origin.name == "por":
                return hm.nom(f"{g} {rng.choice(['de ', 'da ', ''])}{other} {s}")
            if p.sex == "f":
                return f"{self.title(p)} {hm.nom(other)} née {hm.nom(s)}"
            return t + hm.nom(f"{s}-{other}")
        plain = without_accents(f"{g} {s}")
        return hm.nom(plain if plain != f"{g} {s}" and roll < 0.85 else f"{g} {s}".lower())

    def pt(self) -> str:
        p = self.c.patient
        if self.hard and not self.did_hard:
            return self.named(p)
        return f"{self.title(p)} {hm.nom(self.rng.choice([p.surname, p.surname, p.surname.upper()]))}"

    def rn(self) -> str:
        p = self.c.relative
        return self.rng.choice([hm.nom(p.given), self.named(p), self.named(p, titled=False)])

    def cn(self) -> str:
        p, t = self.c.carer, self.title(self.c.carer)
        return self.rng.choice([hm.nom(p.given), f"{t} {hm.nom(p.surname)}",
                                hm.nom(f"{p.given} {p.surname}")])

    def k(self) -> str:
        p = self.c.kid
        return self.rng.choice([hm.nom(f"{p.given} {p.surname}"), hm.nom(f"{p.surname.upper()} {p.given}"),
                                hm.nom(p.given)])

    def s(self) -> str:
        pool = [f for f in hm.STAFF if not any(f.split()[0] in u for u in self.staff_used)]
        choice = self.rng.choice(pool)
        self.staff_used.append(choice)
        return hm.keep(choice)

    def idl(self, first: int = 0, last: int = 11, labelled: bool = True) -> str:
        label, number = id_text(self.rng, first, last)
        return f"{label} {hm.tag('ID', number)}" if labelled else hm.tag("ID", number)


PEOPLE = {"": "patient", "2": "relative", "c": "carer", "p": "parent", "k": "kid"}
PLACES = {
    "p": lambda w: w.named(w.c.patient), "pt": Writer.pt, "pg": lambda w: hm.nom(w.c.patient.given),
    "pf": lambda w: w.named(w.c.patient, titled=w.rng.random() < 0.3, full=True),
    "ps": lambda w: hm.nom(w.c.patient.surname), "rn": Writer.rn,
    "r": lambda w: f"{hm.possessive(*w.c.kin[:2])} {w.rn()}", "kin_def": lambda w: hm.definite(*w.c.kin[:2]),
    "crole": lambda w: w.c.carer_role[0].upper() + w.c.carer_role[1:], "cn": Writer.cn,
    "c": lambda w: f"{w.c.carer_role} ({w.cn()})" if w.rng.random() < 0.4 else f"{w.c.carer_role} {w.cn()}",
    "k": Writer.k, "kg": lambda w: hm.nom(w.c.kid.given), "par": lambda w: w.named(w.c.parent),
    "il": lambda w: "elle" if w.c.patient.sex == "f" else "il",
    "hosp": lambda w: "hospitalisée" if w.c.patient.sex == "f" else "hospitalisé",
    "ne": lambda w: "née" if w.c.patient.sex == "f" else "né",
    "age": lambda w: str(hm.age(w.c.patient, TODAY)), "kage": lambda w: str(hm.age(w.c.kid, TODAY)),
    "fixe": lambda w: hm.tag("TEL", tel_text(w.rng, w.c.patient, landline=True)),
    "nir": lambda w: hm.tag("NIR", nir_text(w.rng, w.c.patient)),
    "adr": lambda w: hm.tag("ADRESSE", adr_text(w.rng)), "id": Writer.idl,
    "mid": lambda w: w.idl(0, 4), "atid": lambda w: w.idl(4, 6), "idn": lambda w: w.idl(6, 11, False),
    "midn": lambda w: w.idl(0, 4, False), "atn": lambda w: w.idl(4, 5, False),
    "s": Writer.s, "s2": Writer.s, "slot": Writer.slot, "slot2": Writer.slot2, "fslot": Writer.fslot,
    "t": lambda w: w.rng.choice(TERMS), "h": lambda w: w.rng.choice(HOSPITALS),
    "ts": lambda w: w.rng.choice(SPORT),
    "town": lambda w: w.rng.choice(list(TOWNS)), "emp": lambda w: w.rng.choice(EMPLOYERS),
    "club": lambda w: w.rng.choice(CLUBS), "school": lambda w: w.rng.choice(SCHOOLS[:6]),
    "fac": lambda w: w.rng.choice(SCHOOLS[6:]),
    "mut": lambda w: w.rng.choice(MUTUELLES)}
for _key, _kind, _text, _who in [("tel", "TEL", tel_text, ""), ("tel2", "TEL", tel_text, "2"),
                                 ("ctel", "TEL", tel_text, "c"), ("ptel", "TEL", tel_text, "p"),
                                 ("mail", "EMAIL", mail_text, ""), ("rmail", "EMAIL", mail_text, "2"),
                                 ("parmail", "EMAIL", mail_text, "p"), ("ddn", "DDN", ddn_text, ""),
                                 ("kddn", "DDN", ddn_text, "k")]:
    PLACES[_key] = (lambda kind, text, who: lambda w: hm.tag(kind, text(w.rng, getattr(w.c, PEOPLE[who]))))(
        _kind, _text, _who)


def cast(rng: random.Random) -> hm.Cast:
    patient = person(rng)
    kin = rng.choice(KIN)
    neighbour = kin[0].startswith("voisin")
    if kin[0] in ("fille", "fils", "petite-fille", "petit-fils", "belle-fille", "gendre", "nièce", "neveu"):
        patient.born = patient.born.replace(year=rng.randint(1928, 1960))
    relative = person(rng, 1940, 2005, None if neighbour else patient.origin.name, kin[1],
                      patient.surname if kin[2] else None)
    role = rng.choice(CARERS)
    female = role.endswith(("ière", "nte", "rice", "gnie"))
    carer = person(rng, 1958, 2002, sex="f" if female else rng.choice("ffm"))
    kid = person(rng, 2011, 2023, child=True)
    parent = person(rng, 1975, 1995, kid.origin.name, surname=kid.surname if rng.random() < 0.75 else None)
    return hm.Cast(patient, relative, kin, carer, role, kid, parent)


FLAGS: list[set[str]] = []
HARD = [0]
PLAN: list[int] = []


def make_note(rng: random.Random) -> list:
    if not PLAN:
        PLAN.extend(rng.sample(range(NOTES), NOTES))
    bare, hard, c = PLAN[len(FLAGS)] < 33, 33 <= PLAN[len(FLAGS)] < 80, cast(rng)
    w = Writer(rng, c, hard)
    if bare:
        name, template = "bare", rng.choice(hm.templates(BARE))
    else:
        block, template = hm.draw_template(rng, SCENARIOS)
        name = NAMES[block]
        present = {PLACE_KIND[k] for k in PLACE_KIND if "{" + k + "}" in template}
        extra = hm.draw_kinds(rng, rng.choice([0, 0, 0, 1, 1, 2]), EXTRA_WEIGHTS, present, redraw=False)
        template += "".join(rng.choice(EXTRAS[k]) for k in extra)
    text = template.format_map(w).replace("\\n", "\n")
    fragments = hm.join_names(hm.parse(text))
    flags = {name}
    roll = rng.random()
    if roll < 0.12:
        fragments = [(t.lower(), k) for t, k in fragments]
        flags.add("lower-case note")
    elif roll < 0.15:
        fragments = [(t.upper(), k) for t, k in fragments]
        flags.add("capitals")
    if w.did_hard:
        flags.add("hard")
        HARD[0] += 1
    FLAGS.append(flags)
    return fragments


def check(r: dict) -> None:
    try:
        hm.check_unlabelled(r, name_words)
        hm.check_no_staff(r, name_words)
    except AssertionError:
        raise SystemExit(f"check failed: {r['id']}") from None


def check_set(records: list[dict]) -> None:
    try:
        hm.check_blind_set(records, NOTES, name_words, TAKEN, staff_share=0.3, bare=(0.07, 0.16))
    except AssertionError:
        raise SystemExit("set check failed") from None


def main() -> None:
    print(f"name pool: {OFFERED} offered, {KEPT} kept after refusing the earlier sets' words")
    records = hm.write(OUT, PREFIX, NOTES, SEED, make_note, check, check_set)
    hm.report(records, OUT, FLAGS, HARD[0])


if __name__ == "__main__":
    main()
