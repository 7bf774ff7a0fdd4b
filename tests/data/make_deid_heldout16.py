"""Write `deid_heldout16.jsonl`: a sixteenth held-out set for the de-identifier.

Written 2026-11-28 by a helper session asked for a blind set. Neither the engine (handlers/), its word
lists, its tests nor its benchmark were opened, and the de-identifier was not run on these notes. The
earlier sets (deid_corpus, deid_heldout, deid_heldout2 to deid_heldout15, deid_hard_cases) were read by
program only (heldout_markup.taken_tokens), to refuse any name word they hold; their generators were
not opened. The notes are written from the brief alone.

Setting: 300 call notes of April 2027 at a cabinet de kinésithérapie working across Auvergne and
Limousin (Clermont-Ferrand, Vichy, Riom, Issoire, Aurillac, Le Puy-en-Velay, Montluçon, Limoges,
Brive, Tulle, Guéret and the villages of the Cantal, Creuse, Corrèze and Haute-Loire). The people are
those one meets there: old villagers and farmers, Michelin workers and retirees, a large Portuguese
share, Turkish, Maghreb, Laotian and Hmong, Cape Verdean families, Dutch and British second-home
owners, students in Clermont. Many notes were typed in a hurry by a temp secretary (letters swapped,
accents lost, words glued or split, odd capitals, "tél"/"tl"/"tel", numbers oddly spaced); others are
answering-machine transcripts, online-booking exports, forwarded e-mails and SMS, home visits,
carers and relatives calling, prescriptions and tiers payant, work accidents, school and sport papers.
About twenty notes are all in lower case, 10-20 % carry no identifier, and about one in seven carries
one harder but ordinary name form (lower case, surname opening the note or after a verb, a relative
or carer by given name only, a surname that is a French word, a particle, a double surname, a slip,
a name in brackets).

Gold labelling: NOM for the given names and surnames of patients, relatives, carers and neighbours
(a title stays outside; the practice's staff, Julien Martin, Sophie Lemoine and Karim Haddad, are
kept, never NOM; no doctor outside the practice is named); TEL; NIR (15 characters with the key);
DDN for birth dates in a birth context; EMAIL; ADRESSE from the number, lieu-dit, farm or residence
through street, postcode and town typed in the same run (a town alone is not marked); ID for other
personal numbers (mutuelle member, dossier, booking reference, work-accident number). Kept (`K`):
appointment slots, staff names, urgency words, clinical terms, hospitals and eponyms.

Run from this folder: `../../.venv/bin/python make_deid_heldout16.py`.
"""

from __future__ import annotations

import datetime as dt
import random
import re
import unicodedata

from heldout_markup import (
    HERE,
    STAFF,
    Cast,
    Fragments,
    Person,
    SlotPlaceholders,
    check_blind_set,
    check_no_staff,
    check_unlabelled,
    definite,
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
    refuse_used_names,
    report,
    slip,
    tag,
    taken_tokens,
    templates,
    unique_names,
    write,
)

OUT = HERE / "deid_heldout16.jsonl"  # written once, at the end
# The hard cases were checked too when this set was written; they have since taken cases from it.
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 16)))
SEED = 16_0427
NOTES = 300
TODAY = dt.date(2027, 4, 14)
PARTICLES = {"de", "du", "des", "da", "das", "do", "dos", "van", "der", "den", "le", "la", "d", "l", "el"}
QUOTAS = {"bare": 44, "hard": 43, "lower": 20, "typist": 135}  # notes of each kind, drawn into the plan

# ---------------------------------------------------------------------------------------------
# Names: origin pool: names (f, m given names; s surnames; kf, km children's given names)

POOLS = """
auvergne f: Alodie Roberte Cunégonde Amélie Apollonie Désirée Lorette Octavie Pélagie Raphaëlle
    Scholastique Zénaïde Anastasie
auvergne m: Casimir Alcide Jacquelin Zéphirin Adhémar Adolphe Athanase Boniface Dieudonné Eustache
    Faustin Géraud Martial Télesphore
auvergne s: Bourdier Chabrillat Chapsal Vigouroux Roudil Bouscayrol Chastang Malaval Bouyssou Teillard
    Mathonnat Brugière Dauzet Fournial Aubignat Chadefaux Chanet Combronde Cournil Dabert Fontanier
    Giraudon Goigoux Lassalas Manlhiot Mazuel Monboisse Pignol Pourrat Sauvadet Vernadet Vimal Chaumeil
    Bugeat Lagrafeuil Eyraud Laroussinie Farges Peuch Rebière Tronche Chauzu Dumontet Tauveron
    Roumegoux Chaulet Cubizolles Malfreyt Dufayet Chabanon Vazeilles Aurière Bardet Delpeuch Estival
    Gendraud Mazières Nouhaud Ribière Tarrade Vergnaud Chapoulie Lajoinie Aldebert Bayle
    Bergougnoux Besseyre Boissonnade Bournier Bravard Chalvignac Chamalet Chassang Chauvy Cheminade
    Cohadon Cromarias Degeorges Dutheil Esbelin Fauvet Gidon Gouttebel Imbaud Jarrige Juillard
    Lamadon Lavialle Lestrade Mazeyrat Mignot Montagnon Neyrial Pradal Queyriaux Romeuf Sagnes
    Sauret Sugier Taillandier Terrisse Veyssière Vigier Vialaneix Chirent Crouzeix Delarbre Fargeix
    Gorce Malsang Rigaudière Tourret Védrine
auvergne kf: Louane Gaïa Lili Maya
auvergne km: Sacha Aloys Soan Ugo Wendel
portugal f: Natércia Hermínia Palmira Leonor Aldina Olímpia Angelina Belmira Cândida Dorinda Efigénia
    Etelvina Gracinda Jacinta Lucinda Marília Noémia Orlanda Piedade Rosinda Severina Teresinha
portugal m: Adelino Custódio Domingos Fernão Horácio Valdemar Amândio Arnaldo Bernardino Delfim Adriano
    Albano Avelino Baltazar Cândido Eduardo Elísio Fausto Firmino Florindo Germano Hermenegildo
    Isidro Laurindo Norberto Olegário Porfírio Quirino Serafim Virgílio
portugal s: Vilela Gouveia Novais Mota Cabeças Dinis Falcão Jardim Lameiras Raposo Salgado Serrano Vaz
portugal kf: Matilde Lara Yara Clara Diana Joana
portugal km: Tomás Duarte Rodrigo Simão Bernardo Guilherme Salvador
turquie f: Emine Fadime Sultan Meryem Şükran Bahar Cemile Reyhan Tülay Zübeyde
turquie m: Osman Kemal Ismet Halil Nihat Abdullah Bekir Burak Durmuş Faruk Hakan Kadir Levent Metin
    Necati Rıza Selim Vedat
turquie s: Akbulut Aktaş Bulut Kocaman Sezer Şimşek Çakır Dinçer Erbaş Oğuz Sönmez Tatlı Topçu Yağcı
turquie kf: Ecrin Defne Azra Irmak Nehir Sudenaz
turquie km: Emir Yiğit Kerem Berat Mert Alparslan Çınar Eymen Ömer
maghreb f: Chérifa Kheira Lalla Aldjia Badra Bahia Chahrazed Habiba Halima Hassiba Lila Messaouda
    Mimouna Nedjma Ourida Rekia Rezkia Saadia Zahra Fazia
maghreb m: Ahcène Djilali Ghani Hamid Nabil Tayeb Abdelhamid Abdelmalek Bachir Boubekeur Chabane
    Dahmane Embarek Hacène Hamoud Mebrouk Mohand Moussa Noureddine Seddik Tarik
maghreb s: Cherkaoui Hadjeb Kerkouche Khelifa Achouri Aouchiche Berkane Chabani Iratni Maouche Nezzar
    Sadoun Yahi
maghreb kf: Anaya Sirine
maghreb km: Anas Zine
laos f: Souphaphone Khamphet Bouavanh Chanthaly Viengkham Nou Chia Yer Douangchanh Kongchay Latsamy
    Phonesavanh Sengdao Soudaly Vilayvanh Youa Zoua
laos m: Somphone Khamsing Bounmy Souksavath Vong Pao Chue Neng Kou Fue Txawj Bounthanh Khamla Outhai
    Phetsamone Sengphet Thongchanh Vanxay Nhia
laos s: Vang Xiong Moua Lor Vue Chang Sisouphanh Keomany Sayavong Vongsavath Souvannavong Khounvisith
    Kue Phanthavong Rattanavong Sengsavang Siharath Vongphachanh Xaysana Yaj Phetsavong Luangrath
laos kf: Malee Nalee Kia Mim Pakou
laos km: Leng Xeng Tswb
capvert f: Djenifa Dulce Eunice Ivone Jandira Odete Nilza Carmelita Domingas Edna Luzia Maritza Nilda
capvert m: Amílcar Arlindo Euclides Ildo Orlando Zeca Adérito Januário Aristides Benvindo Carlitos
    Crispim Emanuel Gilson Osvaldo Romeu
capvert s: Semedo Fortes Furtado Évora Spencer Andrade Centeio Mendonça Pina Sanches Silves Tolentino
    Veiga
capvert kf: Kiara Ayana Nayara Suely Tamara
capvert km: Kelvin Edmilson Denilson Wesley Anilson Edilson Nilton Stevy
paysbas f: Anneke Marijke Ineke Wilhelmina Joke Femke Sanne Hennie Aaltje Baukje Geertje Tineke Wietske
paysbas m: Willem Gerrit Hendrik Bram Joris Maarten Arend Cornelis Dirk Jeroen Klaas Sietse
paysbas s: van_Dijk de_Vries Bakker Visser Smit Mulder Hoekstra Dekker Brouwer Vermeulen van_Leeuwen
    Kuipers Postma Wijnberg Terpstra Bosma Dijkstra Groen Hofman Koster Prins Sikkema van_Wijk
    Veenstra Zwart
paysbas kf: Fenna Lotte Roos
paysbas km: Daan Sem Jelle
bretagne f: Gillian Hilary Gwendolyn Glenys Alison Carol Gwen Janet Linda Moira Rosalind
bretagne m: Nigel Clive Trevor Graham Derek Malcolm Alistair Geoffrey Dennis Keith Martyn Neville
bretagne s: Whitfield Pemberton Hargreaves Cartwright Holloway Pickering Kettlewell Oakley Ainsworth
    Bickerstaff Crabtree Dunmore Fothergill Hebblethwaite Lockwood Marsden Sowerby Whitworth
bretagne kf: Poppy Harriet
bretagne km: Alfie Rory Archie
"""

# origin -> (weight, INSEE code of the birth country abroad, birth departments when born in France)
FACTS = {
    "auvergne": (40, "", "63 03 15 43 87 19 23"),
    "portugal": (22, "139", "63 03 15 19 87"),
    "turquie": (6, "208", "63 03"),
    "maghreb": (9, "352", "63 03 87"),
    "laos": (6, "241", "63 19 87"),
    "capvert": (5, "396", "63 87"),
    "paysbas": (4, "135", ""),
    "bretagne": (4, "132", ""),
}

# the harder name forms: surnames that are French words, with particles, double ones
WORD_SURNAMES = unique_names("Bergerette Pastoureau Faucille Charbonnier Rameau Chaume Fenouil Grillon "
                             "Papillon Tourterelle Chardon Prunier Cerisier Meule Bouvreuil Courtil Sarment")
PARTICLE_SURNAMES = unique_names("de_Chabannes du_Chassain de_Féligonde de_la_Tourette de_Lastic "
                                 "van_den_Hoek d'Apchier de_Montboissier du_Peyroux de_Pradt de_Sauzet "
                                 "van_Essen")
DOUBLE_SURNAMES = unique_names("Aubignat-Vimal Nouhaud-Dufayet Chabrillat-Roudil Goigoux-Fournial "
                               "Bouscayrol-Malaval Lajoinie-Chauzu Teillard-Mazuel")

ORIGINS, KIDS = load_pools(POOLS, FACTS)


def name_words(name: str) -> set[str]:
    return name_parts(name, PARTICLES)


# ---------------------------------------------------------------------------------------------
# Places

ADDRESSES = [  # (street, postcode, town)
    ("rue des Gras", "63000", "Clermont-Ferrand"), ("avenue de Royat", "63400", "Chamalières"),
    ("boulevard Lafayette", "63000", "Clermont-Ferrand"), ("rue Fontgiève", "63000", "Clermont-Ferrand"),
    ("rue de l'Oradou", "63000", "Clermont-Ferrand"), ("avenue du Brézet", "63100", "Clermont-Ferrand"),
    ("rue de Cataroux", "63100", "Clermont-Ferrand"), ("rue du Pont de Naud", "63000", "Clermont-Ferrand"),
    ("rue de Paris", "03200", "Vichy"), ("boulevard des États-Unis", "03200", "Vichy"),
    ("rue du Commerce", "63200", "Riom"), ("faubourg de la Bade", "63200", "Riom"),
    ("rue de la Berbiziale", "63500", "Issoire"), ("avenue de la République", "15000", "Aurillac"),
    ("rue des Carmes", "15000", "Aurillac"), ("boulevard Saint-Louis", "43000", "Le Puy-en-Velay"),
    ("rue Pannessac", "43000", "Le Puy-en-Velay"), ("avenue de la République", "03100", "Montluçon"),
    ("rue Grande", "03100", "Montluçon"), ("rue François Chénieux", "87000", "Limoges"),
    ("avenue du Général Leclerc", "87100", "Limoges"), ("rue de la Boucherie", "87000", "Limoges"),
    ("avenue de Paris", "19100", "Brive-la-Gaillarde"), ("rue Toulzac", "19100", "Brive-la-Gaillarde"),
    ("quai de Rigny", "19000", "Tulle"), ("avenue de la Bastille", "23000", "Guéret"),
    ("route de Thiers", "63190", "Lezoux"), ("rue du Château", "63600", "Ambert"),
    ("route de Murat", "15100", "Saint-Flour"), ("avenue du Lioran", "15300", "Murat"),
]
RURAL = [  # (lieu-dit or farm, postcode, village)
    ("Lieu-dit Les Chazeaux", "15140", "Salers"), ("Hameau de Lavergne", "23200", "Aubusson"),
    ("Le Bourg", "19250", "Meymac"), ("Ferme de la Croix Blanche", "15400", "Riom-ès-Montagnes"),
    ("La Borie Haute", "19140", "Uzerche"), ("Lieu-dit Chambon", "23500", "Felletin"),
    ("GAEC des Trois Puys", "63210", "Rochefort-Montagne"), ("Le Bourg", "43300", "Langeac"),
    ("Village de Fraisse", "15200", "Mauriac"), ("Lieu-dit Le Mas", "23400", "Bourganeuf"),
    ("Hameau du Cros", "43200", "Yssingeaux"), ("Ferme des Genêts", "19300", "Égletons"),
    ("Lieu-dit La Vialle", "15170", "Allanche"), ("Le Bourg", "87300", "Bellac"),
]
RESIDENCES = ["Résidence Les Tilleuls", "Résidence du Parc", "Résidence Les Volcans", "Résidence Michelet",
              "Résidence Le Pariou", "Résidence Beaulieu", "Résidence des Sources"]
TOWNS = ["Clermont", "Vichy", "Riom", "Issoire", "Aurillac", "Le Puy", "Montluçon", "Limoges", "Brive",
         "Tulle", "Guéret", "Thiers", "Ambert", "Saint-Flour", "Ussel", "Murat", "Salers", "Cournon",
         "Aubière", "Chamalières", "Lempdes", "Gerzat", "Brioude", "Mauriac", "Aubusson"]
HOSPITALS = ["CHU Gabriel-Montpied", "CHU Estaing", "hôpital de Vichy", "CHU Dupuytren",
             "centre hospitalier d'Aurillac", "hôpital Émile-Roux", "clinique de la Châtaigneraie",
             "centre hospitalier de Brive", "pôle santé République"]
MUTUELLES = ["MGEN", "Harmonie", "Groupama", "MSA", "Malakoff", "Ociane", "Mutuelle Michelin", "AG2R",
             "Mutuelle Familiale", "Aésio"]
STREET_WORDS = ("rue", "avenue", "bd", "route", "chemin", "impasse", "allée", "place")

# ---------------------------------------------------------------------------------------------
# Calendar of April 2027

DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
HOURS = ["8h", "8h30", "9h", "9h15", "10h", "10h45", "11h30", "13h30", "14h", "14h30", "15h15",
         "16h", "16h45", "17h30", "18h", "18h15", "19h"]


def open_day(rng: random.Random) -> dt.date:
    """A weekday (Saturday morning too) of April 2027 from the 15th on."""
    while True:
        day = dt.date(2027, 4, rng.randint(15, 30))
        if day.weekday() < 6:
            return day


def slot_text(rng: random.Random) -> str:
    day, hour = open_day(rng), rng.choice(HOURS)
    form = rng.randrange(5)
    if form == 0:
        return f"{DAYS[day.weekday()]} {hour}"
    if form == 1:
        return f"{DAYS[day.weekday()]} {day.day} à {hour}"
    if form == 2:
        return f"le {day.day:02d}/04 à {hour}"
    if form == 3:
        return f"{DAYS[day.weekday()][:3]} {day.day}/04 {hour}"
    return f"{DAYS[day.weekday()]} {rng.choice(['matin', 'aprem', 'après-midi', 'fin de journée'])}"


def full_slot(rng: random.Random) -> str:
    day = open_day(rng)
    return f"{DAYS[day.weekday()]} {day.day} avril 2027 à {rng.choice(HOURS)}"


# ---------------------------------------------------------------------------------------------
# Templates. `{X}` a placeholder of the Writer, `[..]` words to keep.

CALLS = """
{P} appelle pr décaler son rdv de {SLOT} à {SLOT2}, {tel} {TEL}
{P} {tel} {TEL} dmd rdv kiné pr [lombalgie], ordo du médecin traitant, dispo {SLOT}
rappeler {P} au {TEL} : annule {SLOT} ([grippe]) avec {ST}, reprendre qd possible
{P} a appelé, ne pourra pas venir {SLOT}, redonner un créneau svp. {tel} {TEL}
{P} ddn {DOB} nouvelle pec [rééducation genou] après [PTG] au [{HOSP}], {tel} {TEL}
{P} veut savoir si {ST} peut la prendre {SLOT}. {tel} {TEL}
{P} ({AGE}) dmd séances [drainage lymphatique], dispo le matin seulement, {tel} {TEL}
appel de {P} pr renouvellement ordo [kiné respiratoire], rappeler au {TEL}
{P} en retard {SLOT}, prévient, arrive dans 15 min. {tel} {TEL}
nouveau patient {P}, [cervicalgie] suite accident voiture, {tel} {TEL}, mail {EMAIL}
{P} confirme {SLOT} avec {ST}. numéro changé : {TEL}
{P} dmd si on fait les [ondes de choc] pr [épine calcanéenne], rappeler {TEL} - {ST} ?
{P} annule tous ses rdv jusqu'à nouvel ordre, hospitalisée [{HOSP}]. fille joignable {TEL}
rdv {SLOT} pour {P}, 1ère séance, apporter ordo + carte vitale. {tel} {TEL}
{P} {DDN} {tel} {TEL} - [entorse cheville] - dispo {SLOT}
{P} a oublié son rdv de ce matin avec {ST}, dit qu'il vient {SLOT}. {tel} {TEL}
{P}, étudiante à Clermont, [tendinite] d'Achille, dispo après 17h, {tel} {TEL} / {EMAIL}
{P} pr rééduc [épaule] après [capsulite], veut {ST} uniquement. {tel} {TEL}
pb de parking pr {P}, demande rdv au cabinet de {TOWN} plutôt. {tel} {TEL}
{P} souhaite continuer les séances [équilibre] {SLOT} et {SLOT2}, {tel} {TEL}
{P} mut. {MUTN} n° adh {MUT}, demande si tiers payant OK, {tel} {TEL}
{P} a eu {ST} au tél, ok pr {SLOT}. rappeler si pb au {TEL}
{P} dmd facture pr sa mutuelle ({MUTN}), dossier {DOSS}, envoyer à {EMAIL}
{P} {tel} {TEL} — [Parkinson], séances à domicile ? voir avec {ST}
{P} rappelle pour la 3e fois, toujours pas de créneau ! [urgent] svp {TEL}
"""

RELATIVES = """
{R} appelle pour {P}, veut un rdv {SLOT} avec {ST}, {tel} {TEL}
{R} prévient que {P} est tombé hier, pas de séance {SLOT}. rappeler {TEL}
{R} dmd si {ST} peut passer à domicile chez {P}, {ADDR}. {tel} {TEL}
appel {R} : {P} rentre du [{HOSP}] {SLOT}, reprise séances [marche]. {tel} {TEL}
{R} ({TEL}) pour {P} ddn {DOB}, nouvelle ordo [kiné post-AVC]
{R} voudrait accompagner {P} au rdv {SLOT}, ok. {tel} {TEL}
{R} appelle : {P} a perdu sa carte vitale, NIR {NIR}
{R} signale que {P} ne supporte plus les séances debout, voir avec {ST}. {TEL}
{P} : c'est {R} qui gère les rdv maintenant, {tel} {TEL2}
{R} demande attestation de présence pour {P} ({AGE}), envoyer à {EMAIL}
pour {P} : {R} donne son numéro {TEL2}, joignable après 18h
{R} inquiet, {P} a mal depuis la dernière séance avec {ST}, [douleur] ++, rappeler {TEL}
{R} annule pr {P} {SLOT} - décès dans la famille. rappeler plus tard {TEL}
{R} rappelle pr {P} : code de la porte changé, nouvelle adresse {ADDR}
{R} dmd les papiers pr la mutuelle de {P} ({MUTN} adh {MUT}), {tel} {TEL}
"""

CARERS = """
{C} (ADMR) appelle pour {P}, séance de {SLOT} à décaler, {tel} {TEL}
SSIAD de {TOWN} : {C} signale [chute] de {P} cette nuit, {ST} rappelle svp {TEL}
{C} auxiliaire de vie de {P}, dmd horaire VAD {SLOT}. {tel} {TEL}
tutelle : {C} mandataire de {P}, envoyer factures à {EMAIL}, tél {TEL}
{C} (infirmière libérale) : {P} sous [anticoagulants], prudence. {tel} {TEL}
{C} de l'ADMR prévient que {P} sera chez sa fille {SLOT}, VAD annulée
SSIAD : {C} dmd passage de {ST} chez {P}, {ADDR}, {SLOT}
{C} (aide à domicile) pour {P} : clé dans la boîte aux lettres, {tel} {TEL}
curatelle UDAF : {C} dmd relevé des séances de {P}, dossier {DOSS}
{C} appelle de l'EHPAD pour {P}, [escarre] talon, kiné au lit, {tel} {TEL}
"""

VISITS = """
VAD {P} {ADDR}, {tel} {TEL}, {SLOT} avec {ST}
VAD {SLOT} chez {P} : {RADDR}. sonner fort, chien. {TEL} (pour {ST})
domicile {P} — {ADDR} — [BPCO] — {tel} {TEL}
VAD pour {P}, {RADDR}, chemin pas goudronné, {ST} prend la voiture du cabinet
{P} ne peut plus se déplacer, VAD {SLOT}. adresse : {ADDR}. {tel} {TEL}
nouvelle VAD : {P}, {RADDR}, tél fixe {TEL} (pas de portable), {ST}
VAD {P} {ADDR} — [rééducation marche] après [fracture col fémur] — {SLOT}
{P} déménage chez son fils : {ADDR}, même numéro {TEL}
VAD agriculteur {P}, {RADDR}, [lombosciatique], passer après la traite (vers 10h), {TEL}
{P} : adresse pour VAD = {ADDR}. {R} sera là. {tel} {TEL}
VAD {SLOT} : {P}, {RADDR}. demander à la mairie si perdu. {TEL}
{P} sort de [SSR], VAD {SLOT} {ADDR}, {tel} {TEL}
"""

ADMIN = """
{P} NIR {NIR} mut. {MUTN} n° {MUT}, tiers payant intégral
dossier {P} : ddn {DOB}, sécu {NIR}, {tel} {TEL}
{P} a oublié carte vitale, n° sécu {NIR}, mutuelle {MUTN} adhérent {MUT}
fiche patient {P} | ddn {DOB} | {TEL} | {EMAIL} | {ADDR}
{P} ALD, prise en charge 100 %, NIR {NIR}. ordo [30 séances], suivi {ST}
{P} mutuelle {MUTN} refuse tiers payant, adh. {MUT}, faire feuille papier
mise à jour dossier {DOSS} : {P}, nouveau numéro {TEL}, nouvelle adresse {ADDR}
{P} CMU-C/CSS, n° {NIR}, attestation reçue par mail {EMAIL}
ordo reçue pr {P} ({DDN}) : [20 séances] [rééducation lombaire], à saisir
{P} vient de {TOWN}, ddn {DOB}, carte vitale pas à jour, NIR {NIR}
{P} dmd remboursement séance non faite {SLOT}, dossier {DOSS}, {tel} {TEL}
{P} : mut. {MUTN} a changé, nouveau n° adhérent {MUT}, envoyer attestation à {EMAIL}
"""

MACHINE = """
répondeur 8h12 : « bonjour c'est {P}, je rappelle pour mon rendez-vous de {SLOT}, mon numéro {TEL} »
msg répondeur : {P} annule {SLOT} avec {ST}, [gastro]. rappeler au {TEL}
répondeur : « oui bonjour, {R} pour {P}, il faudrait rappeler au {TEL}, merci »
répondeur (samedi) : {P} dmd rdv [urgent], [blocage du dos], {tel} {TEL}
msg vocal peu audible, {P} ?? numéro laissé {TEL}, rappeler
répondeur : « c'est {P}, je suis la patiente de {ST}, je serai en retard {SLOT} »
message laissé 19h40 : {P} {tel} {TEL}, veut rdv avant les vacances
répondeur : {C} de l'ADMR, {P} hospitalisée, annuler VAD. {TEL}
répondeur, message en portugais, {P} je crois, rappeler {TEL}
répondeur : « allô c'est {P} de {TOWN}, rappelez moi au {TEL} »
"""

BOOKING = """
[Réservation en ligne] {P} — {FSLOT} — {ST} — tél {TEL} — e-mail {EMAIL} — réf. {REF}
Doctolib export : patient {P}, né(e) le {DOB}, motif [entorse], {FSLOT}, {TEL}
résa en ligne annulée : {P}, réf {REF}, créneau {FSLOT}
[Nouvelle réservation] {FSLOT} | {P} | {EMAIL} | {TEL} | première consultation
résa internet {P} réf. {REF}, motif « [mal au genou] », {ST}, {FSLOT}
export agenda : {FSLOT} — {P} ({TEL}) — réf {REF} — [bilan]
[RDV modifié] {P} : {FSLOT}, réf {REF}, contact {EMAIL}
"""

MESSAGES = """
mail transféré de {EMAIL} : « Bonjour, je suis {P}, je souhaite un rdv avec {ST}. {TEL} »
SMS reçu du {TEL} : « bjr c {P} pr le rdv {SLOT} je pe pas désolé »
mail de {P} ({EMAIL}) : ordonnance en PJ, [rééducation périnéale], dispo {SLOT}
Fwd: de {EMAIL} — {P} dmd si séance {SLOT} maintenue, neige sur le col
SMS {TEL} : {P} confirme {SLOT} merci - transmis à {ST}
mail {R} ({EMAIL}) pour {P}, ci-joint bulletin de sortie [{HOSP}], rdv svp
SMS du {TEL} : « c {P} jarive en retard 10 min »
From: {EMAIL} / Objet : rdv kiné / {P}, ddn {DOB}, [tendinite épaule]
mail de {P} : "We are at our house in {TOWN} until May, can {ST} see me {SLOT}?" {TEL}
SMS {R} ({TEL}) : {P} malade, annule {SLOT}
"""

ACCIDENTS = """
AT : {P}, Michelin Cataroux, [lombalgie] après port de charge, n° AT {ATNO}, {tel} {TEL}
accident du travail {P} (ouvrier chez Michelin), feuille AT {ATNO}, ordo [15 séances]
AT agricole {P}, chute du tracteur, MSA dossier {DOSS}, {RADDR}, {tel} {TEL}
{P} bûcheron, [plaie main] tronçonneuse, AT {ATNO}, suite [{HOSP}], {tel} {TEL}
AT {P} : glissade atelier, [entorse genou], n° {ATNO}, employeur prévenu, {TEL}
{P} agriculteur, coincé par une vache, [fracture côtes], MSA {MUT}, VAD {RADDR}
AT trajet {P}, verglas, [traumatisme cervical], AT n° {ATNO}, {tel} {TEL}, voir {ST}
{P} retraité Michelin, ddn {DOB}, mut. Michelin n° {MUT}, [arthrose hanche]
"""

KIDS_ = """
{KP} appelle pour {K} ({KDDN}), [scoliose], certificat pr le collège. {tel} {TEL}
certificat sport pour {K}, club de rugby de {TOWN}, {KP} rappelle au {TEL}
{K} 14 ans [Osgood-Schlatter], foot, {KP} dispo mercredi, {tel} {TEL}
{KP} : {K} né le {KDOB}, [entorse cheville] au hand, rdv {SLOT}, {TEL}
rééduc [kiné respiratoire] bronchiolite pour {K}, {KP}, {tel} {TEL}
{KP} demande attestation de séances pour {K} pr le lycée, mail {EMAIL}
{K} ski au Lioran, [entorse LCA], {KP} {tel} {TEL}, ordo en PJ
"""

BARE = """
plus de papier dans l'imprimante, commande faite par {ST}
rappel : cabinet fermé lundi de Pâques, prévenir les patients de {SLOT}
{ST} absent {SLOT}, décaler ses patients sur {ST2}
livraison table de massage mardi matin, quelqu'un doit être là
appel labo pour démarchage, pas intéressé, carte laissée pour {ST}
une patiente a appelé sans laisser de nom, rappellera
numéro masqué, a raccroché
{ST} demande qu'on bloque {SLOT} pour réunion
coupure de courant prévue {SLOT}, pas d'[ondes de choc] ce jour-là
la mutuelle {MUTN} a rappelé pour un dossier, pas compris lequel, rappellera
quelqu'un a oublié un parapluie dans la salle d'attente
stagiaire de l'IFMK arrive {SLOT}, prévenir {ST}
dmd de renseignement : fait-on la [kiné respiratoire] le week-end ? répondu oui, astreinte
pb terminal carte bleue, appeler le support
le monsieur de la [PTG] a appelé, pas de nom, il rappelle
appel pour savoir si on prend les [AT], oui
{ST} en formation [méthode McKenzie] {SLOT}
rdv annulé par SMS, numéro inconnu, à vérifier
la secrétaire du [{HOSP}] a appelé pour une fiche de liaison, rappellera
commande de bandes [Coban] + gel à passer
prévoir planning de mai avec {ST} et {ST2}
appel d'un patient de {TOWN} pour savoir si on se déplace, oui dans un rayon de 20 km
quelqu'un demande si on fait la [rééducation vestibulaire], oui avec {ST}
ménage cabinet {SLOT}, laisser les clés
pas de nom laissé, dmd rdv [urgent] [lumbago], rappellera
le plombier passe {SLOT}
demande de tarifs séance hors nomenclature, renseigné
patiente de {ST} dit que la salle est trop froide
fax reçu illisible, redemander
"""

HARD = """
{HOPEN} appelle pr rdv [lombalgie], {tel} {TEL}
{HOPEN} a appelé, annule {SLOT} avec {ST}
rappeler {HVERB} au {TEL} pour {SLOT}
voir avec {HVERB} si la séance {SLOT} tient toujours
{P} : {HRELG} rappellera pour le rdv {SLOT}, {tel} {TEL}
VAD chez {P}, c'est {HCARG} qui ouvre, {SLOT}
{HCARG} a appelé pour {PT} : séance annulée {SLOT}
{HWORD} dmd rdv [cervicalgie] {SLOT}, {tel} {TEL}
rappeler {HWORD} au {TEL}, ordo pas signée
{HPART} {tel} {TEL}, VAD {SLOT}, [rééducation hanche]
{HPART} dmd attestation pour la mutuelle, adh {MUT}
{HDBL} nouvelle patiente, [entorse], {tel} {TEL}
{HDBL} ddn {DOB} rdv {SLOT} avec {ST}
{P} rdv {SLOT}. rappeler {HSLIP} au {TEL} si annulation
{P} dmd ordo, puis rappelle : {HSLIP} sera en retard {SLOT}
appel pour son père {HBRK}, [AVC], VAD {SLOT}, {TEL}
{HBRK} rappellera, [urgent], {tel} {TEL}
{HLOW} {tel} {TEL} rdv {SLOT}
rdv pr {HLOW} {SLOT} avec {ST}, [tendinite]
{P} : {HRELG} a appelé, le rdv {SLOT} est ok
"""

SCENARIOS = [(CALLS, 26), (RELATIVES, 15), (CARERS, 10), (VISITS, 12), (ADMIN, 11), (MACHINE, 9),
             (BOOKING, 6), (MESSAGES, 9), (ACCIDENTS, 7), (KIDS_, 6)]

KIN = [("fille", "f", False), ("fils", "m", True), ("épouse", "f", True), ("mari", "m", True),
       ("belle-fille", "f", True), ("voisine", "f", False), ("neveu", "m", False),
       ("petite-fille", "f", False),
       ("sœur", "f", False), ("gendre", "m", False), ("compagne", "f", False), ("frère", "m", True)]
CARER_ROLES = ["l'auxiliaire de vie", "l'aide-soignante", "l'aide à domicile", "l'infirmière",
               "la mandataire", "l'AVS"]
TEL_WORDS = ["tél", "tel", "tl", "tél.", "Tel", "tel:", "tél :", "TEL", "tél", "portable", "port."]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
MAIL_HOSTS = ["orange.fr", "wanadoo.fr", "gmail.com", "free.fr", "laposte.net", "sfr.fr", "hotmail.fr",
              "yahoo.fr", "uca.fr", "etu.uca.fr"]

# ---------------------------------------------------------------------------------------------
# People


def draw_person(rng: random.Random, origin_name: str | None = None, sex: str | None = None,
                years: tuple[int, int] | None = None) -> Person:
    origin = ORIGINS[origin_name or pick(rng, {k: w for k, (w, _, _) in FACTS.items()})]
    sex = sex or rng.choice("fm")
    given = rng.choice(origin.given_f if sex == "f" else origin.given_m)
    if years is None:
        years = rng.choices([(75, 96), (60, 75), (35, 60), (18, 35)], [34, 26, 24, 16])[0]
    born = TODAY - dt.timedelta(days=rng.randint(years[0] * 365 + 10, years[1] * 365 - 10))
    return Person(given, rng.choice(origin.surnames), sex, origin, born)


def draw_cast(rng: random.Random) -> Cast:
    patient = draw_person(rng)
    kin = rng.choice(KIN)
    relative = draw_person(rng, patient.origin.name, kin[1], (25, 70))
    if kin[2]:
        relative.surname = patient.surname
    carer = draw_person(rng, rng.choice(["auvergne", "auvergne", "portugal", "maghreb", "capvert"]), "f",
                        (22, 60))
    carer.sex = rng.choice("ffffm")
    origin = patient.origin
    sex = rng.choice("fm")
    kid = Person(rng.choice(KIDS[(origin.name, sex)]), patient.surname, sex, origin,
                 TODAY - dt.timedelta(days=rng.randint(6 * 365, 17 * 365)))
    parent = draw_person(rng, origin.name, rng.choice("ffm"), (30, 50))
    parent.surname = patient.surname
    return Cast(patient, relative, kin, carer, rng.choice(CARER_ROLES), kid, parent)


def title(p: Person) -> str:
    return "Mme" if p.sex == "f" else "M."


def nir(p: Person, rng: random.Random) -> str:
    """A valid-looking NIR (key 97 - n mod 97), in one of the ways it gets typed."""
    abroad = p.origin.abroad and (p.born.year < 1975 or rng.random() < 0.4) or not p.origin.departments
    place = f"99{p.origin.abroad}" if abroad else \
        f"{rng.choice(p.origin.departments)}{rng.randint(1, 420):03d}"
    sex = 1 if p.sex == "m" else 2
    body = f"{sex}{p.born.year % 100:02d}{p.born.month:02d}{place}{rng.randint(1, 999):03d}"
    key = f"{97 - int(body) % 97:02d}"
    parts = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], key]
    form = rng.randrange(5)
    if form == 0:
        return " ".join(parts)
    if form == 1:
        return body + key
    if form == 2:
        return f"{body} {key}"
    if form == 3:
        return ".".join(parts)
    return " ".join(parts[:-1]) + "  " + key


def phone(rng: random.Random, p: Person) -> str:
    """A phone number of the region, or from abroad, oddly spaced as often as not."""
    if p.origin.name in ("paysbas", "bretagne", "portugal") and rng.random() < 0.3:
        d = [str(rng.randint(0, 9)) for _ in range(9)]
        if p.origin.name == "paysbas":
            return f"+31 6 {''.join(d[:4])} {''.join(d[4:8])}"
        if p.origin.name == "bretagne":
            return f"+44 7{''.join(d[:3])} {''.join(d[3:9])}"
        return f"+351 9{''.join(d[:2])} {''.join(d[2:5])} {''.join(d[5:8])}"
    lead = rng.choice(["06", "07", "04", "05", "06", "07"])
    d = lead + "".join(str(rng.randint(0, 9)) for _ in range(8))
    pairs = [d[i:i + 2] for i in range(0, 10, 2)]
    form = rng.randrange(9)
    if form == 0:
        return " ".join(pairs)
    if form == 1:
        return d
    if form == 2:
        return ".".join(pairs)
    if form == 3:
        return "-".join(pairs)
    if form == 4:
        return f"+33 {d[1]} " + " ".join(pairs[1:])
    if form == 5:
        return f"{d[:2]} {d[2:6]} {d[6:]}"
    if form == 6:
        return f"{d[:3]} {d[3:6]} {d[6:8]} {d[8:]}"
    if form == 7:
        return " ".join(pairs[:3]) + " " + d[6:]
    return f"+33{d[1:]}"


def birth(p: Person, rng: random.Random) -> str:
    b = p.born
    form = rng.randrange(7)
    if form == 0:
        return f"{b.day:02d}/{b.month:02d}/{b.year}"
    if form == 1:
        return f"{b.day}.{b.month}.{b.year % 100:02d}"
    if form == 2:
        return f"{b.day} {MONTHS[b.month - 1]} {b.year}"
    if form == 3:
        return f"{b.day:02d}-{b.month:02d}-{b.year}"
    if form == 4:
        return f"{b.day:02d}/{b.month:02d}/{b.year % 100:02d}"
    if form == 5:
        return f"{b.day} {b.month} {b.year}"
    return f"{b.day:02d} /{b.month:02d}/ {b.year}"


def ascii_fold(text: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", text.translate(str.maketrans("ıł", "il")))
                   if not unicodedata.combining(c))


def email(p: Person, rng: random.Random) -> str:
    given, sur = (ascii_fold(x).lower().replace(" ", "").replace("'", "") for x in (p.given, p.surname))
    local = rng.choice([f"{given}.{sur}", f"{given[0]}{sur}", f"{sur}.{given}",
                        f"{given}{sur}{rng.randint(1, 99)}",
                        f"{sur}{p.born.year % 100:02d}", f"{given}-{sur}"])
    return f"{local}@{rng.choice(MAIL_HOSTS)}"


def address(rng: random.Random) -> str:
    street, postcode, town = rng.choice(ADDRESSES)
    number = f"{rng.randint(1, 140)}{rng.choice(['', '', '', ' bis', ' ter', 'B'])}"
    form = rng.randrange(6)
    if form == 0:
        return f"{number} {street} {postcode} {town}"
    if form == 1:
        return f"{number}, {street}, {postcode} {town}"
    if form == 2:
        return f"{number} {street}, {town}"
    if form == 3:
        return (f"{rng.choice(RESIDENCES)} bât. {rng.choice('ABCDE')} {rng.randint(1, 6)}e étage code "
                f"{rng.randint(1000, 9999)}{rng.choice(['', 'A', 'B'])}, {number} {street} {postcode} {town}")
    if form == 4:
        return f"{number} {street.upper()} {postcode} {town.upper()}"
    return f"{number} {street} - {postcode} {town}"


def rural(rng: random.Random) -> str:
    place, postcode, village = rng.choice(RURAL)
    form = rng.randrange(3)
    if form == 0:
        return f"{place}, {postcode} {village}"
    if form == 1:
        return f"{place} {postcode} {village.upper()}"
    return f"{place} {village}"


# ---------------------------------------------------------------------------------------------
# The note writer


class Writer(SlotPlaceholders):
    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random, taken: set[str]) -> None:
        self.rng = rng
        self.taken = taken
        self.forms: set[str] = set()

    def _nom_of(self, p: Person, form: int) -> str:
        if form == 0:
            return f"{title(p)} {nom(p.surname)}"
        if form == 1:
            return f"{title(p)} {nom(p.surname.upper())}"
        if form == 2:
            return nom(f"{p.given} {p.surname}")
        if form == 3:
            return nom(f"{p.surname.upper()} {p.given}")
        return f"{title(p)} {nom(p.given + ' ' + p.surname.upper())}"

    def SLOT(self) -> str:
        return self.slot()

    def SLOT2(self) -> str:
        return self.slot2()

    def FSLOT(self) -> str:
        return self.fslot()

    # the people
    def P(self) -> str:
        return self._nom_of(self.c.patient, self.rng.choices(range(5), [30, 15, 25, 20, 10])[0])

    def PT(self) -> str:
        return f"{title(self.c.patient)} {nom(self.c.patient.surname)}"

    def R(self) -> str:
        noun, sex, _ = self.c.kin
        r = self.c.relative
        who = possessive(noun, sex) if self.rng.random() < 0.7 else definite(noun, sex)
        return f"{who} {self._nom_of(r, self.rng.choice([0, 2, 3]))}"

    def C(self) -> str:
        p = self.c.carer
        if self.rng.random() < 0.4:
            return f"{self.c.carer_role} {self._nom_of(p, self.rng.choice([0, 2, 4]))}"
        return self._nom_of(p, self.rng.choice([0, 2, 4]))

    def K(self) -> str:
        k = self.c.kid
        upper = k.surname.upper()
        return nom(f"{k.given} {upper}" if self.rng.random() < 0.6 else f"{upper} {k.given}")

    def KP(self) -> str:
        p = self.c.parent
        noun = "sa mère" if p.sex == "f" else "son père"
        return f"{noun} {self._nom_of(p, self.rng.choice([0, 2]))}" if self.rng.random() < 0.6 \
            else f"{title(p)} {nom(p.surname)}"

    # the identifiers
    def TEL(self) -> str:
        return tag("TEL", phone(self.rng, self.c.patient))

    def TEL2(self) -> str:
        return tag("TEL", phone(self.rng, self.c.relative))

    def NIR(self) -> str:
        return tag("NIR", nir(self.c.patient, self.rng))

    def DOB(self) -> str:
        return tag("DDN", birth(self.c.patient, self.rng))

    def KDOB(self) -> str:
        return tag("DDN", birth(self.c.kid, self.rng))

    def DDN(self) -> str:
        born = "née le" if self.c.patient.sex == "f" else "né le"
        lead = self.rng.choice(["ddn", "DDN", "ddn:", "né(e) le", born,
                                "date de naiss.", "dnn"])
        return f"{lead} {self.DOB()}"

    def KDDN(self) -> str:
        return f"{'née' if self.c.kid.sex == 'f' else 'né'} le {self.KDOB()}"

    def EMAIL(self) -> str:
        who = self.rng.choice([self.c.patient, self.c.patient, self.c.relative])
        return tag("EMAIL", email(who, self.rng))

    def ADDR(self) -> str:
        return tag("ADRESSE", address(self.rng))

    def RADDR(self) -> str:
        return tag("ADRESSE", rural(self.rng))

    def MUT(self) -> str:
        r = self.rng
        return tag("ID", r.choice([f"{r.randint(10**8, 10**9 - 1)}",
                                   f"{r.randint(1000, 9999)} {r.randint(100000, 999999)}",
                                   f"M{r.randint(10**6, 10**7 - 1)}",
                                   f"{r.randint(10**9, 10**10 - 1)}-0{r.randint(1, 4)}"]))

    def DOSS(self) -> str:
        r = self.rng
        return tag("ID", r.choice([f"D-2027-{r.randint(1000, 9999)}", f"{r.randint(10**5, 10**6 - 1)}",
                                   f"K{r.randint(10**5, 10**6 - 1)}"]))

    def REF(self) -> str:
        r = self.rng
        letters = "".join(r.choice("ABCDEFGHJKLMNPRSTUVWXZ") for _ in range(3))
        return tag("ID", r.choice([f"{letters}-{r.randint(10**4, 10**5 - 1)}",
                                   f"RDV{r.randint(10**6, 10**7 - 1)}"]))

    def ATNO(self) -> str:
        r = self.rng
        return tag("ID", r.choice([f"{r.randint(10, 99)} {r.randint(1000, 9999)} {r.randint(1000, 9999)}",
                                   f"AT{r.randint(10**7, 10**8 - 1)}"]))

    # kept and plain words
    def ST(self) -> str:
        return keep(self.rng.choice(STAFF))

    def ST2(self) -> str:
        return keep(self.rng.choice([s for s in STAFF if " " in s]))

    def HOSP(self) -> str:
        return self.rng.choice(HOSPITALS)

    def TOWN(self) -> str:
        return self.rng.choice(TOWNS)

    def tel(self) -> str:
        return self.rng.choice(TEL_WORDS)

    def MUTN(self) -> str:
        return self.rng.choice(MUTUELLES)

    def AGE(self) -> str:
        p = self.c.patient
        return f"{TODAY.year - p.born.year - ((TODAY.month, TODAY.day) < (p.born.month, p.born.day))} ans"

    # the harder name forms
    def HOPEN(self) -> str:
        self.forms.add("surname opens the note")
        p = self.c.patient
        return nom(p.surname.upper()) + (f" {nom(p.given)}" if self.rng.random() < 0.5 else "")

    def HVERB(self) -> str:
        self.forms.add("surname after a verb")
        return nom(self.rng.choice([self.c.patient.surname, self.c.patient.surname.upper()]))

    def HRELG(self) -> str:
        self.forms.add("relative by given name")
        noun, sex, _ = self.c.kin
        return f"{possessive(noun, sex)} {nom(self.c.relative.given)}"

    def HCARG(self) -> str:
        self.forms.add("carer by given name")
        return f"{self.c.carer_role} {nom(self.c.carer.given)}"

    def HWORD(self) -> str:
        self.forms.add("surname is a word")
        self.c.patient.surname = self.rng.choice(WORD_SURNAMES)
        return self._nom_of(self.c.patient, self.rng.choice([0, 1, 4]))

    def HPART(self) -> str:
        self.forms.add("particle")
        p = self.c.patient
        p.surname = self.rng.choice(PARTICLE_SURNAMES)
        return f"{title(p)} {nom(p.surname)}" if self.rng.random() < 0.5 else nom(f"{p.given} {p.surname}")

    def HDBL(self) -> str:
        self.forms.add("double surname")
        p = self.c.patient
        p.surname = self.rng.choice(DOUBLE_SURNAMES)
        if self.rng.random() < 0.5:
            return f"{title(p)} {nom(p.surname)}"
        return nom(f"{p.given} {p.surname.upper()}")

    def HSLIP(self) -> str:
        self.forms.add("slip in a name")
        p = self.c.patient
        typed = p.surname
        for _ in range(20):  # a slip that turns the name into one an earlier set holds is typed again
            typed = slip(p.surname, self.rng)
            if typed != p.surname and not name_words(typed) & self.taken:
                break
        else:
            typed = p.surname[:-1] + p.surname[-1] * 2
        return f"{title(p)} {nom(typed)}"

    def HBRK(self) -> str:
        self.forms.add("name in brackets")
        p = self.c.patient if self.rng.random() < 0.5 else self.c.relative
        if self.rng.random() < 0.5:
            return f"({title(p)} {nom(p.given + ' ' + p.surname.upper())})"
        return f"{nom(p.surname.upper())} ({nom(p.given)})"

    def HLOW(self) -> str:
        self.forms.add("lower-case name")
        p = self.c.patient
        return f"{title(p).lower()} {nom(p.surname.lower())}" if self.rng.random() < 0.5 \
            else nom(f"{p.given} {p.surname}".lower())

    def fill(self, template: str, cast: Cast) -> Fragments:
        self.c = cast
        self.forms = set()
        markup = re.sub(r"\{(\w+)\}", lambda m: getattr(self, m.group(1))(), kept(template))
        return join_names(parse(markup))


# ---------------------------------------------------------------------------------------------
# The temp secretary's keyboard

ACCENTS = str.maketrans("éèêàùçôîï", "eeeaucoii")


def typist(text: str, rng: random.Random) -> str:
    """A hurried hand on the plain text of a note: accents lost, letters swapped, words glued or
    split, a word in capitals."""
    if rng.random() < 0.6:
        text = text.translate(ACCENTS)
    tokens = re.split(r"( )", text)
    spots = [i for i, t in enumerate(tokens) if len(t) >= 4 and t.isalpha()]
    for i in rng.sample(spots, min(len(spots), rng.randint(1, 2))):
        t = tokens[i]
        j = rng.randrange(1, len(t) - 2)
        roll = rng.random()
        if roll < 0.5:
            tokens[i] = t[:j] + t[j + 1] + t[j] + t[j + 2:]
        elif roll < 0.7:
            tokens[i] = t[:j] + " " + t[j:]
        elif roll < 0.85:
            tokens[i] = t.upper()
        else:
            tokens[i] = t[:j] + t[j + 1:]
    text = "".join(tokens)
    glue = [m.start() for m in re.finditer(r"(?<=[a-zé]) (?=[a-zé])", text)]
    if glue and rng.random() < 0.5:
        k = rng.choice(glue)
        text = text[:k] + text[k + 1:]
    return text


# ---------------------------------------------------------------------------------------------
# The set


def plan(rng: random.Random) -> list[set[str]]:
    """Which note is bare, hard, in lower case, typed by the temp: the quotas drawn into the set."""
    order = ["bare"] * QUOTAS["bare"] + ["hard"] * QUOTAS["hard"]
    order += ["plain"] * (NOTES - len(order))
    rng.shuffle(order)
    lower = set(rng.sample(range(NOTES), QUOTAS["lower"]))
    typed = set(rng.sample(range(NOTES), QUOTAS["typist"]))
    return [{order[n]} | ({"lower"} if n in lower else set()) | ({"typist"} if n in typed else set())
            for n in range(NOTES)]


def main() -> None:
    taken = taken_tokens(OUT, EARLIER)
    names = pooled_names(ORIGINS, KIDS) + WORD_SURNAMES + PARTICLE_SURNAMES + DOUBLE_SURNAMES
    refuse_used_names(names, name_words, taken)
    rng_plan = random.Random(SEED + 1)
    notes = plan(rng_plan)
    writer_box: list[Writer] = []
    flags: list[set[str]] = []
    hard_notes = 0

    def make_note(rng: random.Random) -> Fragments:
        nonlocal hard_notes
        if not writer_box:
            writer_box.append(Writer(rng, taken))
        writer = writer_box[0]
        kinds = notes[len(flags)]
        cast = draw_cast(rng)
        if "bare" in kinds:
            block = BARE
        elif "hard" in kinds:
            block = HARD
        else:
            block = rng.choices([s for s, _ in SCENARIOS], [w for _, w in SCENARIOS])[0]
        fragments = writer.fill(rng.choice(templates(block)), cast)
        note_flags = set(writer.forms)
        if writer.forms:
            hard_notes += 1
            note_flags.add("hard form")
        if "typist" in kinds:
            fragments = [(typist(t, rng), None) if k is None else (t, k) for t, k in fragments]
            note_flags.add("temp typist")
        if "lower" in kinds:
            fragments = [(t.lower(), k) for t, k in fragments]
            note_flags.add("lower-case note")
        if "bare" in kinds:
            note_flags.add("bare")
        flags.append(note_flags)
        return fragments

    def check(record: dict) -> None:
        check_unlabelled(record, name_words)
        check_no_staff(record, name_words)

    def check_set(records: list[dict]) -> None:
        check_blind_set(records, NOTES, name_words, taken, staff_share=0.2, bare=(0.10, 0.20))

    records = write(OUT, "c", NOTES, SEED, make_note, check, check_set)
    report(records, OUT, flags, hard_notes)


if __name__ == "__main__":
    main()
