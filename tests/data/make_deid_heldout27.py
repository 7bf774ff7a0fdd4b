"""Blind held-out set 27 for the de-identifier: 300 call notes of a kinésithérapie practice in
Seine-Saint-Denis and the Val-d'Oise.

Written 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists, the
tests nor bench were opened, and the de-identifier was not run on the notes. The earlier sets (the
corpus, held-out sets 1 to 25 and the hard cases) were read by program only, through
heldout_markup.taken_tokens, to refuse every name word they hold.

The setting: an ordinary June 2028 at a large cabinet working from Saint-Denis, Aubervilliers,
Montreuil, Bobigny, Sarcelles, Argenteuil, Cergy and Garges-lès-Gonesse, cités and pavillons, towers
and staircases. Families from the Maghreb, West and Central Africa, the Comoros, Haiti, Sri Lanka,
China, Vietnam, Turkey, Portugal, Eastern Europe and the Antilles; building, logistics, Roissy and
hospital workers, students, retirees; interpreters, social workers, neighbours and relatives calling
for patients; AME and CSS. The remote secretariat types phone messages, answering-machine
transcripts, online-booking exports, forwarded SMS and e-mails, home visits, prescriptions, tiers
payant, sport and school papers and work accidents, some in lower case, a few in capitals; about one
note in nine holds no identifier, about one in seven a harder name form (an initial, a slip of the
keyboard, a maiden name, a surname first, two surnames, a name typed without its accents).

Labelling: NOM for patients, relatives, carers and neighbours (a title stays outside the span),
never the practice's staff, whose names are kept; TEL, NIR, DDN (birth dates only), EMAIL, ADRESSE
(house number through postcode and town, in one run; a town alone is not marked) and ID (mutuelle,
dossier, booking, AME and accident numbers). Slots, staff names, clinical terms, hospitals and
eponyms are kept (K); companies, clubs and schools are plain text, and no outside doctor is named.

Run from tests/data: ../../.venv/bin/python make_deid_heldout27.py
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import random
import re
import unicodedata
from pathlib import Path

import heldout_markup as hm
from heldout_markup import STAFF, Cast, Person, keep, kept, nom, tag

NOTES, SEED, PREFIX = 300, 27_2027, "bb"
HERE = Path(__file__).parent
OUT = HERE / "deid_heldout27.jsonl"
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 26)),
           "deid_hard_cases.jsonl")
TODAY = dt.date(2028, 6, 14)
PARTICLES = {"de", "da", "do", "dos", "das", "du", "des", "el", "al", "ben", "bin", "ait", "d", "l", "n", "m"}

POOLS = """
maghreb f: Ryma Khadidja Naziha Saloua Lylia Noura Sabiha Badra Fetta Nadira Saadia Ounissa
maghreb m: Smaïn Abdelghani Chafik Ouahib Hafid Djillali Nadir Zouhir Abdelouahab Faouzi Houcine Abdesslem
  Elhadi
maghreb s: El_Ouafi Boulahia Bensouda Boussaha Bouchenak Hadjeres Ferroukhi Boulefaa Bouarfa Smaili
  Benkhelifa Labidi Seghier Belmokhtar Guessoum Bouazza Kessal
maghreb kf: Assil Ayah Alya Hiba Israe Maram Ranya Malak Aridj
maghreb km: Idris Haroun Souhayl Yahya Mouad
westafr f: Assétou Kadidia Korotoum Nogaye Massitan Hadja Ténimba Sokona Goundo Hapsatou Mariame Diaka
  Niakalé Kankou Sitan Makoura
westafr m: Lassana Mahamadou Samba Kalilou Hamady Sambou Oumarou Siriman Djiby Makan Tiémoko Moriba
westafr s: Niakaté Timera Tandia Wagué Dembaga Baradji Gaye Ndaw Diatta Makalou Dansoko Haïdara Kourouma
  Danfakha
westafr kf: Kadi Binetou
westafr km: Djibril Sidiki Bakou Mamady Sadibou
centrafr f: Falone Plamedi Exaucée Perpétue Consolate Mamie Fidélia Nsona Kiese
centrafr m: Trésor Ferry Jovial Chrinovic Gloire Crépin Tite
centrafr s: Nzeza Ngoy Bokanga Makiadi Tchoua Kamga Tchatchoua Mvondo Bikoro Owona Ekani Nganou Massamba
  Loubaki Mutombo Lokombe Ndongala
centrafr kf: Gracia Emmanuella Keren
centrafr km: Joyce Exaucé Christ Elikia
comores f: Nasra Halima Anlia Zalia Nadjati Faouzia Rahamatou Zoubeida Nourou Hayria
comores m: Chamsidine Djaffar Anfane Mradabi Athoumani Mahamoud Bacari
comores s: Mhoudini Hamada Mkandzile Assoumani M'Changama Toiliha Daoud Djae Andhumdine
comores kf: Ankia Rayhana Nafouta
comores km: Anzize Akim Faïd Bilali
haiti f: Nahomie Dieula Sherline Yolette Mimose Lovely Dieunise
haiti m: Réginald Ronel Wesner Jonas Dieunel Ernso Ricot
haiti s: Pierrilus Métellus Charlemagne Estimé Délice Similien Mondésir Dieujuste Dorélien Clerveaux Lindor
  Mompremier Nazaire Ostin Plaisimond Sanon Thermidor Zamor Alcindor Fleurant Mérilan Occéan
haiti kf: Daphnée Widlyne
haiti km: Woodly Stanley Jeff
tamil f: Tharshini Vasuki Sangeetha Mathumitha Thulasi Janani Abirami Piraba Keerthana Yalini Shanthi Gowri
  Nithya Sumathy Ranjini Vanaja
tamil m: Kumaran Rajeevan Sathees Kajan Thusyanthan Mayooran Suthan Nirojan Ragavan Ketheeswaran Jeyanthan
  Vithusan Arunan Gobinath Sasikaran
tamil s: Sivakumaran Rasalingam Thangarajah Balasingam Nadarajah Ponnuthurai Murugesu Arumugam Thevarajah
  Sriskandarajah
tamil kf: Sanjana Kirthika Abinaya
tamil km: Kishaan Vithushan Pranav
chine f: Xiulan Lihua Xiaoyan Yuqin Meifang Ruolan Chunhua Xiaohong Yanping
chine m: Haitao Xiaodong Weidong Chunlin Yongjun Dehua
chine s: Deng Feng Dai Yin Zeng Gong Xiong Mo Yuan Wan Qiu Ouyang Situ Meng Liang Qin Wen Jia Shao
chine kf: Xinyi Zixuan Yutong
chine km: Zirui Yichen
vietnam f: Tuyet Duyen Ngan Truc Uyen Hue Lien Thom
vietnam m: Khanh Thang Toan Luan Khiem Thinh Hoan Lanh Sang Chinh
vietnam s: Ta Lac Dam
vietnam km: Khoi Tri
turquie f: Serpil Sevim Necla Makbule Şengül Meral Müzeyyen Selda Birgül Hamide
turquie m: Kemal Bülent Remzi Ferit Selahattin Süleyman Şaban Nurettin Veysel Halis Hayri Fevzi
turquie s: Ergin Günay Karadağ Alkan Oruç Kurnaz Kocaman Gültekin Akyol Canbolat Boztepe Karaman Ayvaz
  Demirtaş Çakmak Kurşun Cankurt Akdemir Ertürk
turquie kf: Duru Asya Nisanur
turquie km: Berat Yiğit Poyraz Alparslan Çınar
portugal f: Isilda Prazeres Fernandina Benilde Germana Inácia Celestina Delmira
portugal m: Amândio Eduíno Gaudêncio Honório Inocêncio Januário Marcolino Reinaldo
portugal s: Granja Ramalho Alvarenga Beirão Campelo Mascarenhas Negrão Pedrosa
portugal kf: Constança
portugal km: Simão
esteurope f: Katarzyna Georgeta Doina Violeta Lăcrămioara Ileana Oleksandra Khrystyna
esteurope m: Tomasz Ionuț Marian Volodymyr Serhiy Vitalie Ryszard Zdzisław Czesław Mirosław Jarosław Mariusz
esteurope s: Ungureanu
esteurope kf: Zuzanna Alina
esteurope km: Matvii Tudor
antilles f: Félicienne Nicaise Suzelle Rosita Saintilia Lindsay
antilles m: Judes Ronny Berthold Lucius Octavien Dorival Fénelon Hégésippe
antilles s: Louisy Apatout Bellerose Mirval Valérius Tanasi Hoton Gouyer Pétris Vitalis Corbin
antilles kf: Kassandra
france f: Annaïck Josèphe Toinette Ysoline Oihana Anaïg Auda
france m: Mériadec Thaddée Yannig Ghjuvanni Ifig Pèire Abélard
france s: Régnier Thuillier Derache Flament Colas Leconte Bothorel Cornic Barthe Saubade Chastagnol Fabregue
  Ancelin Bréchet Fockedey Huyghe Lannoo Ryckebusch Wullus Bachelard Cornuault Fontanel Girod Jacquier Mermet
  Rochat Vuillermoz Blanchon
france kf: Maëlia Anouck
"""
FACTS = {  # origin: (weight, INSEE codes of birth countries, birth departments)
    "maghreb": (20, "352 350 351", "93 95 75 69 13"), "westafr": (13, "335 341 326 330", "93 95 75"),
    "centrafr": (8, "322 312 324", "93 95 75"), "comores": (5, "397", "93 95 13"),
    "haiti": (4, "436", "93 95 75"), "tamil": (4, "235", "93 95 75"), "chine": (4, "216", "93 75"),
    "vietnam": (2, "243", "93 95 75"), "turquie": (6, "208", "95 93 67"), "portugal": (6, "139", "93 95 94"),
    "esteurope": (5, "122 114 155 151", "93 95"), "antilles": (5, "", "971 972 93 95"),
    "france": (10, "", "93 95 75 60 59 62 22 29"),
}
LANGS = {"maghreb": "arabe", "westafr": "soninké", "centrafr": "lingala", "comores": "shikomori",
         "haiti": "créole", "tamil": "tamoul", "chine": "mandarin", "vietnam": "vietnamien",
         "turquie": "turc", "portugal": "portugais", "esteurope": "roumain"}
ABROAD_TEL = {"maghreb": ("+213 5", 8), "westafr": ("+223 7", 7), "centrafr": ("+243 8", 8),
              "comores": ("+269 3", 6), "haiti": ("+509 3", 7), "tamil": ("+94 7", 8),
              "chine": ("+86 13", 9), "vietnam": ("+84 9", 8), "turquie": ("+90 5", 9),
              "portugal": ("+351 9", 8), "esteurope": ("+40 7", 8)}

TOWNS = [("Saint-Denis", "93200"), ("Saint-Denis", "93210"), ("Aubervilliers", "93300"),
         ("Montreuil", "93100"), ("Bobigny", "93000"), ("Sarcelles", "95200"), ("Argenteuil", "95100"),
         ("Cergy", "95000"), ("Cergy", "95800"), ("Garges-lès-Gonesse", "95140"), ("La Courneuve", "93120"),
         ("Stains", "93240"), ("Pierrefitte-sur-Seine", "93380"), ("Villiers-le-Bel", "95400"),
         ("Goussainville", "95190"), ("Bondy", "93140"), ("Pantin", "93500")]
STREETS = """rue Gabriel-Péri|avenue Jean-Jaurès|boulevard Anatole-France|allée Romain-Rolland
rue de la République|rue Danielle-Casanova|avenue Salvador-Allende|rue des Pommiers|allée des Lilas
chemin des Postes
rue Henri-Barbusse|boulevard Félix-Faure|avenue de la Division-Leclerc|rue du Moulin-Basset
rue Louise-Michel|allée Aimé-Césaire|avenue de Stalingrad|rue Édouard-Vaillant|rue Carnot
avenue Pierre-Sémard|rue Francisco-Ferrer|square Lamartine|rue des Chardonnerets|avenue du 8-Mai-1945
chemin de la Marlière|rue Maurice-Thorez|allée Frida-Kahlo|boulevard de la Muette|rue du Docteur-Roux
place du Marché|avenue des Bosquets|rue de l'Abreuvoir|allée des Bleuets|rue du Chemin-Vert
boulevard du Port""".replace("\n", "|").split("|")
CITES = ["la cité des Francs-Moisins", "la cité Allende", "les Lochères", "la Muette", "la Dame-Blanche",
         "le Val-d'Argent", "la Maladrerie", "les Courtillières", "la cité de l'Abreuvoir", "la Boissière",
         "les Carreaux", "les Marnaudes", "la cité Floréal", "le quartier des Indes"]
CONDS = [keep(w) for w in re.findall(r"\[(.+?)\]", """
[lombalgie chronique] [entorse de la cheville] [rupture du LCA] [capsulite rétractile]
[tendinopathie de la coiffe] [cervicalgie] [gonarthrose] [PTG] [PTH] [fracture du poignet]
[hémiplégie post-AVC] [maladie de Parkinson] [BPCO] [lombosciatique] [épicondylite]
[syndrome du canal carpien] [fasciite plantaire] [hernie discale L4-L5] [maladie de Dupuytren]
[ténosynovite de De Quervain] [lésion de Bankart] [fracture de la malléole] [sclérose en plaques]""")]
KCONDS = [keep(w) for w in re.findall(r"\[(.+?)\]", """
[maladie d'Osgood-Schlatter] [scoliose idiopathique] [maladie de Sever] [entorse de la cheville]
[torticolis] [syndrome rotulien] [pieds plats] [fracture de la clavicule] [asthme d'effort]""")]
HOSPS = [kept(h) for h in ["[Avicenne]", "l'[hôpital Delafontaine]", "[Jean-Verdier]",
                          "l'[hôpital de Gonesse]", "[Victor-Dupouy]", "[René-Dubos]", "[Robert-Debré]",
                          "[Bichat]", "[Lariboisière]", "[André-Grégoire]", "la [clinique de l'Estrée]"]]
JOBS = {"m": ["maçon", "coffreur", "cariste", "chauffeur-livreur", "agent de piste", "bagagiste",
              "agent de sûreté", "plaquiste", "brancardier", "aide-soignant", "préparateur de commandes",
              "chauffeur VTC", "agent d'entretien", "étudiant en BTS"],
        "f": ["aide-soignante", "agente d'entretien", "préparatrice de commandes", "hôtesse au sol",
              "caissière", "ASH", "auxiliaire de puériculture", "agente de sûreté", "étudiante",
              "femme de chambre", "cariste", "agente d'escale"]}
AIRJOBS = {"m": ["agent de piste", "bagagiste", "agent de sûreté"],
           "f": ["hôtesse au sol", "agente d'escale"]}
WORKS = ["une plateforme logistique de Garonor", "un entrepôt de Gonesse", "un sous-traitant de Roissy",
         "une entreprise de BTP de Saint-Ouen", "un hôtel de la zone de Roissy", "une société de nettoyage",
         "un chantier du Grand Paris Express", "une agence d'intérim", "le centre commercial O'Parinor",
         "un traiteur de la Plaine", "un hôpital de l'AP-HP", "une entreprise de sécurité privée"]
ROLES = [("aide à domicile", "f"), ("auxiliaire de vie", "f"), ("auxiliaire de vie", "m"),
         ("aide-ménagère", "f"), ("éducatrice", "f"), ("interprète", "m"), ("interprète", "f"),
         ("tutrice", "f"), ("curateur", "m")]
DOMAINS = ["gmail.com"] * 4 + ["hotmail.fr"] * 2 + ["yahoo.fr", "outlook.fr", "orange.fr", "free.fr",
                                                     "sfr.fr", "laposte.net", "live.fr", "icloud.com"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]

PHONE = """
Appel de {P} ({AGE}) pour {COND}, ordo reçue, souhaite commencer avec {STAFF}. Dispo plutôt le soir.
  Proposé {SLOT}. Rappeler au {TEL}.
{PT} a appelé : annule {SLOT} (convocation à la préfecture), demande à décaler sur {SLOT2}. Tél {TEL}
tel {TEL} - {PX} - veut un rdv pour [rééducation de l'épaule] suite [capsulite], pas avant {SLOT},
  ok avec {STAFFG}
Msg pris à 12h40 : {P}, né{E} le {DDN}, demande si le cabinet prend la CSS. Oui, tiers payant intégral.
  Lui ai donné {SLOT}. Son num : {TEL}.
{PT} rappelle pour la 3e fois, personne ne répond au standard le matin. Veut parler à {STAFF} au sujet
  de sa {COND}. Joignable {TEL} ou {TEL2} (fixe).
Appel {PG} {PSU}, {JOB} ({WORK}), horaires décalés, ne peut venir que tôt. Mis {SLOT} avec {STAFF}.
  Parle peu français, préfère les SMS au {TEL}.
{P} demande un RDV avant son départ au pays le 28 juin. Reste 4 séances sur 12 pour {COND}.
  Calé {SLOT} et {SLOT2}. Confirmer par SMS au {TEL}
rappel patient {P} tel {TEL} : pas reçu le SMS de confirmation pour {SLOT}, c'est bien maintenu ?
{PT} ({TOWN}) veut changer de kiné, trouve {STAFFG} trop loin de chez {LUI}. Lui proposer {STAFF} ? {TEL}
"""
MACHINE = """
Répondeur 08h05 : « oui bonjour c'est {P}, j'avais rendez-vous {SLOT} avec {STAFF} mais je suis
  bloqué{E} au travail, on peut décaler ? mon numéro c'est le {TEL}, merci »
MESSAGERIE lundi 19h52 - {PT}, suivi{E} pour {COND} - rappelle demain matin - {TEL}
message répondeur (mal audible) : {PG} ... {PS} ? rappeler au {TEL}, pour un bilan [lombalgie]
Répondeur samedi : {RK} de {PT} ({RG}) appelle, {IL} est hospitalisé{E} à {HOSP}, annuler {SLOT}.
  Rappeler {RG} au {TEL}.
Transcription messagerie : « Allô, c'est {C}, {CR} de {PT}, je vous appelle pour le rendez-vous de
  {SLOT}, il faut un taxi... rappelez-moi au {TEL} s'il vous plaît »
Répondeur 21h14, {NB} de {PT} : « {PG} est tombé{E} dans l'escalier du bâtiment {BAT}, pas de séance
  demain ». Numéro laissé : {TEL}. C'est {C}.
répondeur: {P} né{E} le {DDN} demande un bilan pour {COND}, « n'importe quel jour après 17h »,
  {TEL}, rappeler vite svp
"""
BOOKING = """
Nouveau rendez-vous (agenda en ligne)\\nPatient : {PSU} {PG}\\nNé(e) le : {DDN}\\nTél. : {TEL}
  \\nE-mail : {EMAIL}\\nMotif : première consultation, {COND}\\nPraticien : {STAFF}\\nDate : {FSLOT}
  \\nRéf. : {BOOK}
Réservation web n° {BOOK} - {PX} - {SLOT} - {STAFF} - motif : suivi {COND} - mob. {TEL}
Export agenda : annulation en ligne par {P} ({EMAIL}) du créneau {SLOT}.
  Motif saisi : « décès dans la famille ».
nouveau patient via le site : {PX} / ddn {DDN} / {ADR} / {TEL} / {COND} / a coché « tiers payant CSS »
Demande en ligne non confirmée : {P}, {TEL}, veut {STAFFG} uniquement. Créneau demandé {SLOT} déjà
  pris, proposer {SLOT2}.
RDV EN LIGNE | {PX} | né{E} le {DDN} | {EMAIL} | {TEL} | {FSLOT} | réf {BOOK} | 1re séance
"""
MESSAGES = """
SMS reçu du {TEL} : « bjr c {PG} {PS} je serai en retard de 10 min pour {SLOT}, le RER D est bloqué dsl »
Mail transféré par {STAFFG} :\\nDe : {EMAIL}\\nObjet : séances kiné\\n« Bonjour, suite à mon opération à
  {HOSP} pour {COND} je dois faire 20 séances. Je m'appelle {P}, né{E} le {DDN}, n° de sécu {NIR}.
  Cordialement »
Fwd SMS de {RG} ({RK} de {PT}) : « Bonsoir, {PG} ne pourra pas venir {SLOT}, fièvre depuis hier. On peut
  reporter ? » Rappeler au {TEL}
SMS 07h12 de {TEL} : « slt c {PG}, pour ce soir avec {STAFFG} je peux venir avec mon petit ? »
E-mail de {C}, {CR} ({CEMAIL}) : demande une prise en charge à domicile pour {PT}, {ADR}.
  Digicode 3B71, ascenseur souvent en panne. Tél : {TEL}.
mail de {REMAIL} : « bonjour je suis {RKL} de {P}, pouvez-vous envoyer la facture des séances à cette
  adresse pour la mutuelle, n° adhérent {MUT} merci »
Capture d'écran WhatsApp envoyée par {PT} ({TEL}) : ordonnance ({HOSP}), 15 séances, {COND}.
"""
HOME = """
VAD {P} - {ADR} - tour {BAT}, {ETAGE} étage - {COND} - NIR {NIR} - passage de {STAFF} {SLOT}.
  Si pas de réponse, appeler {RK} {R} au {TEL}.
Visite à domicile demandée par {C} ({CR}) pour {PT}, {AGE}, [PTH] gauche posée à {HOSP} le 28/05.
  Adresse : {ADR}. Présente le matin, tél {TEL}.
Domicile : {PX}, {ADR}. Pavillon au fond de l'impasse, portail vert, chien. Ordo 15 séances
  [rééducation à la marche] à domicile. Tiers payant, AME n° {AME}.
à domicile : {PT} (né{E} le {DDN}), bât {BAT} esc. {ESC}, {ADR}. Clé chez le gardien. {STAFF} y va {SLOT}.
  Le fils est joignable au {TEL}.
Nouvelle demande VAD : {P}, {COND}, ne sort plus depuis l'hiver. {ADR}, {ETAGE} sans ascenseur.
  Contact : {RK}, {R}, {TEL}.
VAD {CITE} : {PT}, {AGE}, {COND}. {ADR}. Interphone HS, appeler {C} ({CR}) en bas : {TEL}.
"""
RELATIVES = """
{RK} de {PT} ({R}) appelle : {IL} sort d'hospitalisation ({HOSP}) vendredi après une
  [fracture du col du fémur], besoin de kiné à domicile. Rappeler {RG} au {TEL}.
{C}, {CR}, appelle pour {PT} ({AGE}) : plus de prise en charge CSS depuis mai, peut-on continuer les
  séances quand même ? Tél {TEL}
Appel via interprète ({C}, {LANG}) pour {P} : {COND}, ne comprend pas l'ordonnance. RDV {SLOT} avec
  {STAFF}, interprète présent{CE}. Tél interprète : {TEL}
{AS} de la ville ({C}, {TEL}) pour {PT} : dossier AME en cours de renouvellement, n° {AME}.
  Peut-on maintenir les séances avec {STAFF} ?
{RKD} de {PT} rappelle, veut assister au bilan. {R}, {TEL}, dispo après 18h. N° sécu de {PG} :
  {NIR}. Bilan {SLOT} avec {STAFF}.
{NB} de {PT} ({C}) prévient que {PG} est au pays jusqu'au 20 juin. Numéro là-bas : {TELX}.
appel {RG} {RS}, {RKL} de {PG} : peut-on passer les séances en fin de journée, {IL} n'a plus de
  transport le matin. joignable {TEL}
"""
PRESCRIPTION = """
Ordo reçue par mail pour {P} : 10 séances [rééducation du genou] après [ligamentoplastie]. NIR {NIR}.
  Mutuelle n° {MUT}. Tiers payant ok.
TP : {PX} - NIR {NIR} - CSS jusqu'au 31/03/2029 - pas de mutuelle à part. Ordo du {DATE}.
Carte vitale de {PT} pas à jour, attestation papier : {NIR}. Adhérent mutuelle {MUT}. DDN {DDN}. Tél {TEL}.
{P} ({DDN}) : l'ordonnance date de février, encore valable pour débuter ? Voir avec {STAFF}. Dossier {DOS}.
Refus tiers payant mutuelle pour {PT}, dossier {DOS}, n° adhérent {MUT} : carte expirée. La demander au
  prochain RDV ({SLOT}).
AME : {PT}, n° {AME}, attestation valable jusqu'en décembre. Pas de carte vitale. Né{E} le {DDN}.
  Hébergé{E} chez {RK} : {ADR}.
Facturation : {PX}, né{E} le {DDN}, séances {COND} du mois de mai rejetées (NIR {NIR} mal saisi).
  Refaire la FSE. Dossier {DOS}.
"""
CHILDREN = """
Appel {DPAK} de {K} ({KAGE}, né{KE} le {KDDN}) : {KCOND}, ordo 12 séances. Seulement mercredi après-midi
  ou samedi. {SLOT} ok. Tél {TEL}.
Attestation de fin de rééducation pour le club de foot de {TOWN} : {K}, né{KE} le {KDDN}, reprise après
  {KCOND}. À faire par {STAFF}. Parent : {PA}, {TEL}.
Collège : {K} dispensé{KE} de sport jusqu'à fin juin, {PAK} ({PA}) demande une attestation des séances
  pour le prof d'EPS. Mail : {PAEMAIL}
{PAT} pour {KG} ({KAGE}) : {KCOND}, suivi{KE} par {STAFF}. Séances après 16h30 (école).
  NIR du parent : {PANIR}. {TEL}
section sportive basket - {K} ({KDDN}) - {KCOND} - rdv {SLOT} - accompagnement : {PA} ({TEL})
{PA} appelle pour son enfant {KG} {KS}, {KCOND}, envoyé par l'infirmière scolaire. Mutuelle {MUT}.
  Préfère être rappelé{PAE} au {TEL}.
"""
WORK_ACCIDENT = """
AT : {P}, {JOB}, chute le 29/05 sur son lieu de travail à {TOWN}. [Fracture du poignet].
  N° AT {AT}. NIR {NIR}. Pas d'avance de frais. {TEL}
Accident du travail : {PX}, {JOB} ({WORK}), [lumbago] en soulevant un colis. Feuille AT réf. {AT}
  remise au cabinet. RDV {SLOT} avec {STAFF}.
{PT} ({AIRJOB} à Roissy) : AT du 06/06, [entorse de la cheville] sur le tarmac. Déclaration {AT}.
  Reprise prévue le 03/07. Tél {TEL}, mail {EMAIL}.
accident de trajet : {P} renversé{E} en trottinette en allant au travail. n° sinistre {AT} - ddn {DDN} - {ADR}
{JOB} ({WORK}), {PT} : [tendinite de la coiffe des rotateurs] en AT, dossier {DOS}, feuille d'AT n° {AT}.
  Travaille de nuit, séances en fin de matinée. {SLOT}.
AT {AT} - {PX} - {COND} - employeur : {WORK} - tél {TEL} - NIR {NIR}
"""
BARE = """
{STAFF} en formation jeudi 22 juin, ne rien poser après 14h.
Appel sans nom : tarif d'une séance sans mutuelle ? Répondu base sécu. Pas de RDV pris.
Plusieurs appels ce matin pour la [rééducation périnéale], on ne fait pas, orienter vers une sage-femme.
Ascenseur du cabinet en panne jusqu'à lundi, prévenir les patients en fauteuil.
  Voir avec {STAFF} pour des VAD.
message sans nom ni numéro sur le répondeur à 7h58, inaudible (bruit de chantier). Rien à faire.
Livraison des bandes de [taping] et des élastiques reportée au 16 juin. Prévenir {STAFF}.
Grève RER D demain : annulations à prévoir sur la matinée de {STAFF}.
Rappel : ordonnance de plus d'un an = plus valable pour débuter. Demander l'original au 1er RDV.
Un monsieur a appelé de Roissy pour savoir si on fait le [drainage lymphatique], rappellera. Pas de nom.
Le lecteur de carte vitale de la salle 2 ne marche plus, {STAFF} a appelé le SAV.
RAPPEL : FERMETURE DU CABINET LE LUNDI DE PENTECÔTE 5 JUIN.
Une dame de {TOWN} demande si {STAFFG} parle arabe. Oui. Elle rappellera pour un RDV.
"""
SCENARIOS = [(PHONE, 16), (MACHINE, 9), (BOOKING, 10), (MESSAGES, 9), (HOME, 10), (RELATIVES, 11),
             (PRESCRIPTION, 11), (CHILDREN, 9), (WORK_ACCIDENT, 8), (BARE, 9)]
BLOCKS = dict(zip([s for s, _ in SCENARIOS], [("phone", 18, 85), ("machine", 18, 90), ("booking", 18, 70),
                  ("messages", 18, 70), ("home", 68, 96), ("relatives", 50, 95), ("prescription", 18, 90),
                  ("children", 25, 60), ("work_accident", 19, 62), ("bare", 18, 90)], strict=True))
KIN_OLD = [("fille", "f"), ("fils", "m"), ("petite-fille", "f"), ("petit-fils", "m"), ("belle-fille", "f"),
           ("nièce", "f"), ("neveu", "m")]
KIN_YOUNG = [("mère", "f"), ("père", "m"), ("sœur", "f"), ("frère", "m"), ("cousine", "f"), ("cousin", "m"),
             ("tante", "f")]


def name_words(name: str) -> set[str]:
    return hm.name_parts(name, PARTICLES)


# A pool name is refused when an earlier set or the staff holds one of its words (in either Slavic form),
# or when the fixed text of the notes does, which would leave a name word unlabelled. The table above was
# pruned once by a program (printing counts only) of the candidates this refused; it stays as the guard.
FIXED_TEXT = " ".join([*(s for s, _ in SCENARIOS), *STREETS, *CITES, *CONDS, *KCONDS, *HOSPS, *WORKS, *DAYS,
                       *JOBS["m"], *JOBS["f"], *AIRJOBS["f"], *(r for r, _ in ROLES), *DOMAINS,
                       *LANGS.values(),
                       *(t for t, _ in TOWNS), *(k for k, _ in KIN_OLD + KIN_YOUNG),
                       "mari épouse voisine voisin assistante assistant social sociale lui elle mère père",
                       "Mme Madame Monsieur Mr Thi Van juin mai née ép bis ter bât esc appt tour ét",
                       "résidence"])
RESERVED = {hm.fold(w) for w in re.findall(r"[^\W\d_]+", FIXED_TEXT)}
TAKEN = hm.taken_tokens(OUT, EARLIER)
ORIGINS, KIDS = hm.load_pools(POOLS, FACTS)
POOLED = len(hm.pooled_names(ORIGINS, KIDS))


def free(names: list[str]) -> list[str]:
    return [n for n in names if not any(name_words(hm.slavic_form(n, s)) & (TAKEN | RESERVED) for s in "fm")]


ORIGINS = {k: dataclasses.replace(o, given_f=free(o.given_f), given_m=free(o.given_m),
                                  surnames=free(o.surnames)) for k, o in ORIGINS.items()}
KIDS = {k: free(v) for k, v in KIDS.items()}
hm.refuse_used_names(hm.pooled_names(ORIGINS, KIDS), name_words, TAKEN)
WEIGHTS = {k: v[0] for k, v in FACTS.items()}
FLAGS: list[set[str]] = []
PLAN = random.Random(SEED + 1).sample(range(NOTES), 80)  # which notes hold no identifier, which a harder name
BARE_NOTES, HARD_NOTES = set(PLAN[:33]), set(PLAN[33:])


def chars(rng: random.Random, n: int, alphabet: str = "0123456789") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def plain(text: str) -> str:
    """A name typed without its accents, its case kept."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text.translate(hm.ODD_LETTERS))
                   if not unicodedata.combining(ch))


def when(rng: random.Random) -> tuple[dt.date, str, str]:
    """A working day of June 2028 (Saturday mornings too), its name and an hour as typed."""
    day = dt.date(2028, 6, rng.randint(1, 30))
    while day.weekday() == 6:
        day = dt.date(2028, 6, rng.randint(1, 30))
    hour = rng.randint(8, 11) if day.weekday() == 5 else rng.randint(7, 19)
    minute = rng.choice([0, 0, 15, 30, 30, 45])
    typed = rng.choice([f"{hour}h{minute:02d}"] * 5 + [f"{hour}:{minute:02d}"]) if minute else \
        rng.choice([f"{hour}h", f"{hour}h", f"{hour}h00"])
    return day, DAYS[day.weekday()], typed


def slot_text(rng: random.Random) -> str:
    d, name, h = when(rng)
    return rng.choice([f"{name} {d.day} juin à {h}", f"{name} {d.day:02d}/06 à {h}",
                       f"{name[:3]}. {d.day}/06 {h}", f"{d.day}/06 {h}", f"{name} {h}",
                       f"{name} {d.day} à {h}", f"{d.day} juin {h}"])


def full_slot(rng: random.Random) -> str:
    d, name, h = when(rng)
    return rng.choice([f"{name} {d.day} juin 2028 à {h}", f"{d.day:02d}/06/2028 à {h}",
                       f"{name.capitalize()} {d.day:02d}/06/2028 - {h}"])


def person(rng: random.Random, o: hm.Origin, sex: str, lo: int, hi: int, surname: str | None = None,
           child: bool = False) -> Person:
    kids = KIDS[(o.name, sex)] if child and rng.random() < 0.7 else []
    born = TODAY - dt.timedelta(days=rng.randint(lo * 365 + 1, hi * 365 + 300))
    given = rng.choice(kids or (o.given_f if sex == "f" else o.given_m))
    return Person(given, hm.slavic_form(surname or rng.choice(o.surnames), sex), sex, o, born)


def make_cast(rng: random.Random, lo: int, hi: int) -> Cast:
    o = ORIGINS[hm.pick(rng, WEIGHTS)]
    patient = person(rng, o, rng.choice("fm"), lo, hi)
    spouse = ("mari", "m") if patient.sex == "f" else ("épouse", "f")
    noun, rsex = rng.choice([*(KIN_OLD if hm.age(patient, TODAY) >= 58 else KIN_YOUNG), spouse])
    share = noun in ("fils", "père", "frère") or (noun not in ("belle-fille", "tante") and rng.random() < 0.6)
    relative = person(rng, o, rsex, 18, 80, patient.surname if share else None)
    role, csex = rng.choice(ROLES)
    carer = person(rng, o if rng.random() < 0.5 else ORIGINS[hm.pick(rng, WEIGHTS)], csex, 22, 68)
    o2 = ORIGINS[hm.pick(rng, WEIGHTS)]
    kid = person(rng, o2, rng.choice("fm"), 6, 16, child=True)
    parent = person(rng, o2, rng.choice("ffm"), 27, 55, kid.surname if rng.random() < 0.8 else None)
    return Cast(patient, relative, (noun, rsex, share), carer, role, kid, parent)


def tel(rng: random.Random) -> str:
    head = rng.choice(["06", "07"] * 4 + ["0148", "0149", "0143", "0134", "0139", "0130"])
    d = head + chars(rng, 10 - len(head))
    pairs = [d[i:i + 2] for i in range(0, 10, 2)]
    return rng.choice([" ".join(pairs)] * 5 + [d] * 2 + [".".join(pairs), "-".join(pairs),
                       f"+33 {d[1]} " + " ".join(pairs[1:]), "+33" + d[1:], f"0{d[1]} {d[2:]}"])


def nir(rng: random.Random, p: Person) -> str:
    if p.origin.abroad and p.born.year < 2002 and rng.random() < 0.75:
        place = "99" + rng.choice(p.origin.abroad.split())
    else:
        dep = rng.choice(p.origin.departments)
        place = dep + (f"{rng.randint(1, 34):02d}" if len(dep) == 3 else f"{rng.randint(1, 420):03d}")
    body = ("2" if p.sex == "f" else "1") + f"{p.born:%y%m}" + place + chars(rng, 3)
    key = f"{97 - int(body) % 97:02d}"
    g = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13]]
    return rng.choice([" ".join([*g, key])] * 4 + [body + key] * 2 + [f"{body} {key}", " ".join(g),
                       " ".join(g) + " / " + key, ".".join([*g, key])])


def ddn(rng: random.Random, d: dt.date) -> str:
    month = MONTHS[d.month - 1]
    return rng.choice([f"{d:%d/%m/%Y}"] * 4 + [f"{d:%d/%m/%y}", f"{d:%d.%m.%Y}", f"{d:%d-%m-%Y}",
                       f"{d:%Y-%m-%d}", f"{d.day}/{d.month}/{d.year}", f"{d.day} {month} {d.year}",
                       f"{'1er' if d.day == 1 else d.day} {month} {d.year}"])


def email(rng: random.Random, p: Person) -> str:
    g, s = (re.sub(r"[^a-z]", "", hm.fold(x)) for x in (p.given, p.surname))
    y = p.born.year
    local = rng.choice([f"{g}.{s}", f"{s}.{g}", f"{g}{s}", f"{g}.{s}{y % 100:02d}",
                        f"{g[0]}{s}{rng.randint(1, 99)}", f"{s}{g[0]}{rng.choice(['93', '95'])}", f"{g}_{s}",
                        f"{g}{y}", f"{s}-{g}"])
    return f"{local}@{rng.choice(DOMAINS)}"


def address(rng: random.Random) -> str:
    town, cp = rng.choice(TOWNS)
    street = rng.choice(STREETS)
    if rng.random() < 0.2:
        street = street.replace("avenue", "av.").replace("boulevard", "bd").replace("allée", "all.")
    if rng.random() < 0.25:
        street = street.replace("-", " ")
    town = rng.choice([town] * 4 + [town.upper(), town.replace("Saint-", "St-").replace("-lès-", " les ")])
    number = f"{rng.choice([rng.randint(1, 40), rng.randint(1, 190)])}"
    number += rng.choice([""] * 8 + [" bis", " ter"])
    building = rng.choice([""] * 6 + [f", bât. {rng.choice('ABCDEFG')}{rng.randint(1, 4)}",
                                      f", esc. {rng.randint(1, 6)}, appt {rng.randint(11, 1408)}",
                                      f" - tour {rng.randint(1, 14)} - {rng.randint(2, 17)}e ét.",
                                      ", résidence les Acacias"])
    return f"{number}{rng.choice([' ', ', '])}{street}{building}{rng.choice([' ', ', ', ' - '])}{cp} {town}"


def ident(rng: random.Random, kind: str) -> str:
    d, a = (lambda n: chars(rng, n)), (lambda n: chars(rng, n, "ABCDEFGHJKLMNPRSTUVWXYZ"))
    forms = {"MUT": lambda: [f"{d(4)} {d(4)} {d(2)}", d(9), a(1) + d(8), f"{d(3)}-{d(6)}", f"{d(2)} {d(7)}"],
             "DOS": lambda: [f"28-{d(5)}", f"D{d(6)}", f"KR{d(4)}/{d(2)}", d(6), f"P-{d(5)}"],
             "BOOK": lambda: [f"{a(2)}{d(2)}-{a(3)}{d(1)}", f"RDV-{d(8)}", f"#{d(7)}", f"{a(3)}{d(3)}{a(2)}"],
             "AT": lambda: [f"{d(3)} {d(3)} {d(3)}", f"AT{d(2)}-{d(6)}", d(10), f"28/{d(6)}"],
             "AME": lambda: [f"{d(2)} {d(4)} {d(5)}", f"93{d(9)}", f"AME-{d(7)}", f"{d(3)} {d(3)} {d(5)}"]}
    return rng.choice(forms[kind]())


class Writer(hm.SlotPlaceholders):
    """Fills a template: each `{KEY}` is an entry of `fields` or a slot method, drawn left to right."""

    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random, c: Cast, hard: bool) -> None:
        self.rng, self.c, self.hard, self.hard_used = rng, c, hard, False
        p, rel, car, kid, par = c.patient, c.relative, c.carer, c.kid, c.parent
        fem = lambda x, f, m="": f if x.sex == "f" else m  # noqa: E731
        one = lambda items: lambda: rng.choice(items)  # noqa: E731
        tagged = lambda kind, draw, *args: lambda: tag(kind, draw(rng, *args))  # noqa: E731
        self.fields = {
            "P": lambda: self.first(p, self.full(p)),
            "PX": lambda: self.first(p, nom(f"{p.surname.upper()} {p.given}")),
            "PT": lambda: f"{self.title(p)} {self.first(p, nom(p.surname))}", "PG": lambda: nom(p.given),
            "PS": lambda: nom(p.surname), "PSU": lambda: nom(p.surname.upper()), "R": lambda: self.full(rel),
            "RG": lambda: nom(rel.given), "RS": lambda: nom(rel.surname.upper()), "C": lambda: self.full(car),
            "RK": lambda: hm.possessive(c.kin[0], c.kin[1]), "RKL": lambda: hm.definite(c.kin[0], c.kin[1]),
            "RKD": lambda: hm.definite(c.kin[0], c.kin[1]).capitalize(), "CR": lambda: c.carer_role,
            "CE": lambda: fem(car, "e"), "NB": lambda: fem(car, "la voisine", "le voisin"),
            "AS": lambda: fem(car, "L'assistante sociale", "L'assistant social"),
            "K": lambda: self.first(kid, self.full(kid)), "KG": lambda: nom(kid.given),
            "KS": lambda: nom(kid.surname.upper()), "PA": lambda: self.full(par),
            "PAT": lambda: f"{self.title(par)} {nom(par.surname)}",
            "PAK": lambda: fem(par, "la mère", "le père"),
            "DPAK": lambda: fem(par, "de la mère", "du père"), "PAE": lambda: fem(par, "e"),
            "E": lambda: fem(p, "e"), "KE": lambda: fem(kid, "e"), "IL": lambda: fem(p, "elle", "il"),
            "LUI": lambda: fem(p, "elle", "lui"), "TEL": tagged("TEL", tel), "TEL2": tagged("TEL", tel),
            "TELX": self.telx, "NIR": tagged("NIR", nir, p), "PANIR": tagged("NIR", nir, par),
            "DDN": tagged("DDN", ddn, p.born), "KDDN": tagged("DDN", ddn, kid.born),
            "EMAIL": tagged("EMAIL", email, p),
            "REMAIL": tagged("EMAIL", email, rel), "CEMAIL": tagged("EMAIL", email, car),
            "PAEMAIL": tagged("EMAIL", email, par), "ADR": tagged("ADRESSE", address),
            **{k: tagged("ID", ident, k) for k in ("MUT", "DOS", "BOOK", "AT", "AME")},
            "SLOT": self.slot, "SLOT2": self.slot2, "FSLOT": self.fslot,
            "STAFF": one([keep(n) for n in STAFF]),
            "STAFFG": one([keep(n) for n in STAFF if " " not in n]), "COND": one(CONDS), "KCOND": one(KCONDS),
            "HOSP": one(HOSPS), "WORK": one(WORKS), "CITE": one(CITES), "JOB": one(JOBS[p.sex]),
            "AIRJOB": one(AIRJOBS[p.sex]), "TOWN": lambda: rng.choice(TOWNS)[0],
            "LANG": lambda: LANGS[p.origin.name],
            "AGE": lambda: f"{hm.age(p, TODAY)} ans", "KAGE": lambda: f"{hm.age(kid, TODAY)} ans",
            "BAT": lambda: rng.choice([*"ABCDEFGH", str(rng.randint(1, 12)), f"C{rng.randint(1, 5)}"]),
            "ESC": lambda: str(rng.randint(1, 6)), "ETAGE": lambda: f"{rng.randint(2, 16)}e",
            "DATE": lambda: f"{rng.randint(1, 31):02d}/05",
        }

    def fill(self, template: str) -> str:
        text = kept(template).replace("\\n", "\n")
        return re.sub(r"\{(\w+)\}", lambda m: self.fields[m.group(1)](), text)

    def full(self, p: Person) -> str:
        g, s = p.given, p.surname
        return self.rng.choice([nom(f"{g} {s}")] * 5 + [nom(f"{s.upper()} {g}")] * 2 +
                               [nom(f"{g} {s.upper()}"), nom(f"{s} {g}")])

    def title(self, p: Person) -> str:
        return self.rng.choice(["Mme", "Mme", "Madame", "MME"] if p.sex == "f" else
                               ["M.", "M.", "Monsieur", "Mr"])

    def telx(self) -> str:
        head, n = ABROAD_TEL.get(self.c.patient.origin.name, ("+33 6", 8))
        rest = chars(self.rng, n)
        return tag("TEL", f"{head}{rest[0]} " + " ".join(rest[i:i + 2] for i in range(1, n, 2)))

    def first(self, p: Person, ordinary: str) -> str:
        """The first full mention of the patient (or child) takes the note's harder form, if it has one."""
        if not self.hard or self.hard_used:
            return ordinary
        harder = self.hard_form(p)  # Thi or Van, or a slip, may be a word an earlier set holds
        if any(name_words(n) & TAKEN for n in re.findall(r"\[\[NOM\|(.*?)\]\]", harder)):
            return ordinary
        self.hard_used = True
        return harder

    def hard_form(self, p: Person) -> str:
        rng, o, g, s = self.rng, p.origin, p.given, p.surname
        forms = ["initial", "slip", "slip", "lower", "compound"] + ["maiden"] * 2 * (p.sex == "f")
        forms += ["asian"] * 4 * (o.name in ("chine", "vietnam")) + ["double"] * 3 * (o.name == "portugal")
        form = rng.choice(forms + ["ascii"] * 2 * (plain(g + s) != g + s))
        others = [n for n in o.surnames if hm.slavic_form(n, p.sex) != s]
        form = "initial" if form in ("maiden", "double") and not others else form
        typed = hm.slip(s, rng) if form == "slip" else s
        if form == "slip" and typed != s and not name_words(typed) & TAKEN:
            return nom(f"{g} {typed}")
        if form in ("slip", "initial"):
            return nom(rng.choice([f"{g[0]}. {s}", f"{s.upper()} {g[0]}.", f"{g[0]}.{s}"]))
        if form == "lower":
            return nom(f"{g} {s}".lower())
        if form == "compound":
            other = rng.choice([n for n in (o.given_f if p.sex == "f" else o.given_m) if n != g])
            return nom(f"{g}-{other} {s}")
        if form == "maiden":
            maiden = hm.slavic_form(rng.choice(others), "f")
            return rng.choice([f"{nom(f'{g} {s}')} née {nom(maiden)}",
                               f"{nom(maiden.upper())} ép. {nom(s.upper())} {nom(g)}"])
        if form == "asian":
            middle = ("Thi " if p.sex == "f" else "Van ") if o.name == "vietnam" else ""
            return nom(rng.choice([f"{s.upper()} {middle}{g}", f"{s} {middle}{g}"]))
        if form == "double":
            return nom(f"{g} {rng.choice(others)} {s}")
        return nom(f"{plain(g)} {plain(s).upper()}")


def make_note(rng: random.Random) -> list[tuple[str, str | None]]:
    note = len(FLAGS)
    if note in BARE_NOTES:
        block, template = BARE, rng.choice(hm.templates(BARE))
    else:
        block, template = hm.draw_template(rng, SCENARIOS[:-1])
    name, lo, hi = BLOCKS[block]
    cast = make_cast(rng, lo, hi)
    while "{LANG}" in template and cast.patient.origin.name not in LANGS:
        template = rng.choice(hm.templates(block))
    writer = Writer(rng, cast, note in HARD_NOTES)
    fragments = hm.join_names(hm.parse(writer.fill(template)))
    flags = {name} | ({"hard name form"} if writer.hard_used else set())
    roll = rng.random()
    if roll < 0.1:
        fragments = [(text.lower(), kind) for text, kind in fragments]
        flags.add("lower-case note")
    elif roll > 0.965:
        fragments = [(text.upper(), kind) for text, kind in fragments]
        flags.add("capitals")
    FLAGS.append(flags)
    return fragments


def main() -> None:
    left = [len(o.given_f) + len(o.given_m) + len(o.surnames) for o in ORIGINS.values()]
    refused = POOLED - len(hm.pooled_names(ORIGINS, KIDS))
    print(f"pool names: {POOLED}, refused as taken or common words: {refused}; "
          f"left by origin: {left}")

    def check(r: dict) -> None:
        hm.check_unlabelled(r, name_words)
        hm.check_no_staff(r, name_words)

    def check_set(records: list[dict]) -> None:
        try:
            hm.check_blind_set(records, NOTES, name_words, TAKEN, 0.3, bare=(0.07, 0.16))
        except AssertionError as failed:  # a failure names no word an earlier set holds
            raise SystemExit(f"set check failed: {str(failed).split(':')[0]}") from None

    records = hm.write(OUT, PREFIX, NOTES, SEED, make_note, check, check_set)
    hm.report(records, OUT, FLAGS, sum("hard name form" in f for f in FLAGS))


if __name__ == "__main__":
    main()
