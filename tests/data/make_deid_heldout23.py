"""Blind held-out set 23 for the de-identifier: 300 call notes of a kinésithérapie practice.

Written 2026-11-29 by a helper session asked for a blind set. Neither handlers/, its word lists, the
tests nor bench were opened, and the de-identifier was not run on the notes. The earlier sets (the
corpus, held-out sets 1 to 21 and the hard cases) were read by program only, through
heldout_markup.taken_tokens, to refuse every name word they hold.

Setting: an ordinary month (November 2027) at a cabinet de kinésithérapie on the Atlantic coast,
Poitou-Charentes and Vendée: La Rochelle, Rochefort, Royan, Saintes, Cognac, Niort, Poitiers, the
islands, the Marais poitevin and the bocage. Old Charentais and Vendéen families, oyster farmers, salt
workers, distillery and shipyard workers, retirees from Paris and the North, British families in the
countryside, Portuguese, Moroccan and Turkish families, students. Answering-machine transcripts,
online-booking exports, forwarded e-mails and SMS, home visits, relatives and carers calling,
prescriptions, tiers payant, sport and school papers, work accidents; some notes in lower case, a few
in capitals, about one in nine with no identifier, about one in seven with a harder name form.

Labelling: NOM for patients, relatives, carers and neighbours (a title such as M. or Mme stays
outside), never the practice's staff (deid_staff.json), who are kept (K); TEL, NIR, DDN (birth dates
only), EMAIL, ADRESSE (house number or lieu-dit through postcode and town, typed in one run; a town
alone is not marked), ID (mutuelle, dossier, booking and accident numbers). Kept (K): appointment
slots, staff names, clinical terms, hospitals and eponyms. Companies, clubs, schools and employers are
plain text; no doctor outside the practice is named.

Run from tests/data: ../../.venv/bin/python make_deid_heldout23.py
"""

from __future__ import annotations

import datetime as dt
import random

import heldout_markup as hm

NOTES = 300
SEED = 23_2027
PREFIX = "l"
OUT = hm.HERE / "deid_heldout23.jsonl"
# The hard cases were checked too when this set was written; they have since taken cases from it.
EARLIER = ("deid_corpus.jsonl", "deid_heldout.jsonl", *(f"deid_heldout{n}.jsonl" for n in range(2, 22)))
TODAY = dt.date(2027, 11, 15)
PARTICLES = {"de", "du", "la", "le", "des", "d", "l"}

POOLS = """
fr f: Mélusine Radegonde Lénaïg Sibylle Macrine Néomaye Gudule Clarence Aure Ermengarde
fr m: Porchaire Maixent Junien Savin Jouin Geoffroy Arthaud Fiacre Childéric Adalbert
fr s: Guérineau Boutet Rabiller Gendronneau Robichon Ardouin Mainguet Grolleau Mériau Tessereau Cougnaud
  Piveteau Bichon Gaborit Bouffard Cheneau Jaunet Rousseleau Pelletreau Giraudeau Métayer Mornet Fradin
  Tillaud Naud Babin Courtin Ribouleau Bernardeau Pairault Gillaizeau Vrignaud Bourasseau Suaud Dugast
  Ravon Mâcheteau Barillot Gautreau Ménanteau Airaud Sauzeau Nadeau Bretaud Coutaud Favreau Moinard
  Chaillou Beneteau Renaudet Tusseau Moreilhon Chabirand Dousset Bodin Bouron Boursier Gobin Hillairet
  Rocheteau Ouvrard Pouvreau
fr kf: Elyna Djulia Shaïna Evie
fr km: Nohan Aëlig Eliaz Kyllian Lukas
nord f: Sibylle Clarence Aure Gudule Ermengarde
nord m: Geoffroy Arthaud Adalbert Childéric Fiacre
nord s: Vandewalle Vanhoutte Coppens Deconinck Cappelaere Tavernier Vermeersch Hoornaert Duquesnoy
  Gheysens Becquart Maes
gb f: Rosalind Bryony Harriet Tamsin Gwendolyn Heather Ethel Agatha Felicity Rowena Cressida Hermione
  Petronella Dulcie Elspeth Marigold Griselda Gwyneth Dilys Sian
gb m: Trevor Alistair Giles Barnaby Crispin Gareth Malcolm Roderick Desmond Tarquin Ambrose Algernon
  Percival Cuthbert Ivor Dermot Mervyn Jasper Rufus Oswald Godfrey Rhodri Archibald Montague
gb s: Fairweather Pennington Thistlewood Blackmore Ellison Wainwright Treharne Pritchard Rutherford
  Atherton Marchbank Stirling Ravenscroft Sowerby Higginbottom Cattermole Pettigrew Tregenza Trelawney
  Penhaligon Dimmock Fotheringham
gb kf: Poppy Isla Evie
gb km: Freddie Alfie
pt f: Clementina Olímpia Natividade Adozinda Ludovina Almerinda Gertrudes Carmelinda Florbela
  Bernardete Catarina
pt m: Custódio Eusébio Bernardino Deolindo Celestino Anacleto Idalécio Zacarias Júlio
pt s: Carvalhal Capelo Arruda Mourato Fialho Rosmaninho Travassos Mendonça Tojal Bulhões
pt kf: Elyna
pt km: Thiago
ma f: Itto Batoul Chama Ouiam Basma Raja Safae Wiam Touda Tamou Hennou
ma m: Hammou Lahoucine Boujemaa Othmane Moha Lahbib Mhamed Miloud
ma s: Essaadi Boutaleb Amezian Bouzoubaa Slaoui Bouhlal Aboulfath Ouaziz Bouabid Marrakchi Drissi
  Amghar Aourir
ma kf: Mayssa Shaïna
ma km: Ilyass
tr f: Kezban Meryem Tülay Yeter Nurten Gülten Sinem Şerife Nebahat Dürdane Tuğba
tr m: Osman Kemal Burak Ümit Taner Cihan Hakan Yasin Zafer
tr s: Karakuş Taşdemir Ergün Kocaoğlu Bayraktar Dumlupınar Hacıoğlu Ateşoğlu Kuşçu Sağlam Akyüz Kalkan
  Bilgin Ceylan Alkan
tr kf: Selin Azra
tr km: Emir Deniz Kerem Miraç
"""
FACTS = {"fr": (40, "", "17 16 79 86 85"), "nord": (12, "", "59 62 75 92 93 94 80 60"),
         "gb": (12, "132", ""), "pt": (12, "139", "17 79 16 75"), "ma": (12, "350", "17 86 79 93"),
         "tr": (8, "208", "86 79 17 85")}
ORIGINS, KIDS = hm.load_pools(POOLS, FACTS)
WORD_SURNAMES = hm.words("Potiron Drapeau Alouette Sabot Pruneau Tourteau Bourrache Mouchard Chabichou")
PARTICLE_SURNAMES = ["de Lestang", "de Vasselot", "Du Chaffault", "de la Laurencie", "de Marsay",
                     "de Beaucorps", "de Suyrot", "de Villedon", "de Goulaine", "de la Lézardière"]
KIN = [("mari", "m", True), ("épouse", "f", True), ("fille", "f", False), ("fils", "m", True),
       ("belle-fille", "f", False), ("petite-fille", "f", True), ("neveu", "m", False),
       ("voisine", "f", False), ("sœur", "f", False), ("compagnon", "m", False)]
CARERS = ["l'aide à domicile", "l'auxiliaire de vie", "l'infirmière du SSIAD", "la tutrice", "l'aidant"]
HARD = ["lower", "surfirst", "bare", "word", "particle", "double", "typo", "bracket", "relgiven"]

TOWNS = [("17000", "La Rochelle"), ("17300", "Rochefort"), ("17200", "Royan"), ("17100", "Saintes"),
         ("16100", "Cognac"), ("79000", "Niort"), ("86000", "Poitiers"), ("86100", "Châtellerault"),
         ("85100", "Les Sables-d'Olonne"), ("85000", "La Roche-sur-Yon"), ("85300", "Challans"),
         ("85330", "Noirmoutier-en-l'Île"), ("17590", "Ars-en-Ré"), ("17410", "Saint-Martin-de-Ré"),
         ("17580", "Le Bois-Plage-en-Ré"), ("17310", "Saint-Pierre-d'Oléron"),
         ("17480", "Le Château-d'Oléron"),
         ("17550", "Dolus-d'Oléron"), ("17230", "Marans"), ("79510", "Coulon"), ("79210", "Arçais"),
         ("85420", "Maillezais"), ("17320", "Marennes-Hiers-Brouage"), ("17390", "La Tremblade"),
         ("16200", "Jarnac"), ("16130", "Segonzac"), ("86300", "Chauvigny"), ("85700", "Pouzauges"),
         ("85500", "Les Herbiers"), ("17450", "Fouras"), ("17340", "Châtelaillon-Plage"),
         ("85800", "Saint-Gilles-Croix-de-Vie"), ("85400", "Luçon"), ("85290", "Mortagne-sur-Sèvre")]
STREETS = hm.words("rue_des_Saulniers rue_du_Port chemin_des_Marais avenue_de_la_Libération rue_des_Chais "
                   "impasse_des_Mouettes route_de_la_Cotinière rue_des_Trois_Fours boulevard_de_la_Plage "
                   "chemin_des_Vignes rue_de_l'Écluse allée_des_Tamaris rue_des_Ostréiculteurs "
                   "avenue_du_Président_Wilson rue_de_la_Conche chemin_du_Puits_Salé")
HAMLETS = hm.words("La_Grande_Métairie Les_Ouches Le_Bourg-Neuf La_Garenne Les_Vergnes Chez_Gaudin "
                   "Chez_Boisnier Le_Petit_Breuil Les_Grandes_Rivières La_Croix_Blanche")
RESIDENCES = hm.words("Les_Tamaris Le_Clos_des_Salines Les_Hauts_de_Lafond Les_Terrasses_du_Port "
                      "Les_Jardins_de_Pontaillac Le_Belvédère")
CLINICAL = hm.words("lombalgie_chronique rééducation_post-PTG rééducation_post-PTH entorse_de_cheville "
                    "tendinopathie_de_la_coiffe capsulite drainage_lymphatique bronchiolite "
                    "maladie_de_Parkinson maladie_de_Dupuytren syndrome_du_canal_carpien "
                    "rééducation_périnéale cervicalgie fracture_du_poignet ligamentoplastie_LCA "
                    "kiné_respiratoire hémiplégie_post-AVC gonarthrose")
HOSPITALS = ["CHU de Poitiers", "hôpital de La Rochelle", "CHD Vendée", "hôpital de Rochefort",
             "centre hospitalier de Saintes", "clinique de l'Atlantique"]
JOBS = ["ostréiculteur/trice à Marennes", "mytiliculteur à Charron", "paludier à Ars",
        "travaille au chai à Jarnac", "dans les vignes à Segonzac", "soudeur au chantier naval",
        "sur la chaîne à l'usine d'avions de Rochefort",
        "retraité(e) de la SNCF monté(e) de Lille", "retraité(e) parisien(ne) à Royan", "en STAPS à Poitiers",
        "moniteur de surf à la Tranche", "skipper au port des Minimes", "étudiant à La Rochelle"]
MUTUELLES = ["MGEN", "Harmonie Mutuelle", "MAAF", "Macif", "la MSA", "Malakoff", "AG2R", "Groupama"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
          "novembre", "décembre"]
ABBR_DAYS = ["lun.", "mar.", "mer.", "jeu.", "ven.", "sam."]


def when(rng: random.Random) -> tuple[dt.date, str]:
    day = dt.date(2027, 11, 16) + dt.timedelta(days=rng.randrange(30))
    while day.weekday() == 6:
        day += dt.timedelta(days=1)
    hour = rng.choice([8, 9, 10, 11, 14, 15, 16, 17, 18])
    minute = rng.choice(["", "15", "30", "45"])
    return day, f"{hour}h{minute}"


def short(month: str) -> str:
    return month if len(month) <= 4 else month[:4] + "."


def clock(hour: str) -> str:
    return hour.replace("h", ":") + ("00" if hour.endswith("h") else "")


def abbreviated(day: dt.date, hour: str) -> str:
    return f"{ABBR_DAYS[day.weekday()]} {day.day} {MONTHS[day.month - 1][:3]}. {clock(hour)}"


def slot_text(rng: random.Random) -> str:
    day, hour = when(rng)
    weekday = DAYS[day.weekday()]
    return rng.choice([f"{weekday} {hour}", f"{weekday} {day:%d/%m} à {hour}",
                       f"{weekday} {day.day} à {hour}", abbreviated(day, hour)])


def full_slot(rng: random.Random) -> str:
    return abbreviated(*when(rng))


def name_words(name: str) -> set[str]:
    return hm.name_parts(name, PARTICLES)


def person(rng: random.Random, origin: hm.Origin, sex: str, low: int, high: int,
           surname: str = "") -> hm.Person:
    given = rng.choice(origin.given_f if sex == "f" else origin.given_m)
    born = TODAY - dt.timedelta(days=rng.randrange(low * 365 + 1, high * 365))
    return hm.Person(given, surname or rng.choice(origin.surnames), sex, origin, born)


def kid(rng: random.Random, parent: hm.Person) -> hm.Person:
    sex = rng.choice("fm")
    pool = KIDS[(parent.origin.name, sex)] or KIDS[("fr", sex)]
    born = TODAY - dt.timedelta(days=rng.randrange(6 * 365, 17 * 365))
    return hm.Person(rng.choice(pool), parent.surname, sex, parent.origin, born)


def cast(rng: random.Random, british: bool) -> hm.Cast:
    origin = ORIGINS["gb" if british else hm.pick(rng, {name: f[0] for name, f in FACTS.items()})]
    patient = person(rng, origin, rng.choice("fm"), 16, 95)
    spouse = "mari" if patient.sex == "m" else "épouse"
    noun, sex, same = rng.choice([k for k in KIN if k[0] != spouse])
    relative = person(rng, origin, sex, 18, 90, patient.surname if same else "")
    carer = person(rng, ORIGINS[rng.choice(list(ORIGINS))], "f", 22, 60)
    parent = person(rng, origin, rng.choice("fm"), 30, 50)
    return hm.Cast(patient, relative, (noun, sex, same), carer, rng.choice(CARERS), kid(rng, parent), parent)


class Writer(hm.SlotPlaceholders):
    """Fills one template: every placeholder is a method, drawn from the note's own stream."""

    slot_text = staticmethod(slot_text)
    full_slot = staticmethod(full_slot)

    def __init__(self, rng: random.Random, hard: str, british: bool) -> None:
        self.rng, self.hard = rng, hard
        self.c = cast(rng, british)
        self.flags: set[str] = set()
        p, r = self.c.patient, self.c.relative
        if hard == "word":
            p.surname = rng.choice(WORD_SURNAMES)
        elif hard == "particle":
            p.surname = rng.choice(PARTICLE_SURNAMES)
        elif hard == "double":
            p.surname = f"{p.surname}-{rng.choice(ORIGINS['fr'].surnames)}"
        if self.c.kin[2]:
            r.surname = p.surname
        self.typo = hm.slip(p.surname, rng) if hard == "typo" else p.surname

    def __getitem__(self, key: str) -> str:
        return getattr(self, key)()

    # people -----------------------------------------------------------------------------------
    def title(self, who: hm.Person) -> str:
        return "Mme" if who.sex == "f" else self.rng.choice(["M.", "Mr", "Monsieur"])

    def surname(self) -> str:
        """The patient's surname; with a typo drawn, mistyped the first time only."""
        text, self.typo = self.typo, self.c.patient.surname
        if self.hard in ("word", "particle", "double") or text != self.typo:
            self.flags.add(f"hard:{self.hard}")
        return text

    def p(self) -> str:
        pat, rng, hard = self.c.patient, self.rng, self.hard
        surname = self.surname()
        forms = {"lower": f"{pat.given} {surname}".lower(), "surfirst": f"{surname.upper()} {pat.given}",
                 "bare": surname, "bracket": f"{surname.upper()} {pat.given}"}
        if hard in forms:
            self.flags.add(f"hard:{hard}")
            text = hm.nom(forms[hard])
            return f"({text})" if hard == "bracket" else text
        if hard in ("word", "particle") or rng.random() < 0.3:
            return f"{self.title(pat)} {hm.nom(surname)}"
        return hm.nom(rng.choice([f"{pat.given} {surname}", f"{pat.given} {surname.upper()}"]))

    def ps(self) -> str:
        if self.hard in ("lower", "bare"):
            return self.p()
        return f"{self.title(self.c.patient)} {hm.nom(self.surname())}"

    def pg(self) -> str:
        return hm.nom(self.c.patient.given)

    def maman(self) -> str:
        return "Maman" if self.c.patient.sex == "f" else "Papa"

    def ne(self) -> str:
        return "née" if self.c.patient.sex == "f" else "né"

    def rel(self) -> str:
        noun, sex, _ = self.c.kin
        r = self.c.relative
        if self.hard == "relgiven":
            self.flags.add("hard:relgiven")
        name = r.given if self.hard == "relgiven" or self.rng.random() < 0.3 else f"{r.given} {r.surname}"
        return f"{hm.possessive(noun, sex)} {hm.nom(name)}"

    def relg(self) -> str:
        return hm.nom(self.c.relative.given)

    def carer(self) -> str:
        who = self.c.carer
        return f"{self.c.carer_role} {hm.nom(f'{who.given} {who.surname}')}"

    def kid(self) -> str:
        k = self.c.kid
        return hm.nom(self.rng.choice([f"{k.given} {k.surname}", f"{k.surname.upper()} {k.given}", k.given]))

    def parent(self) -> str:
        par = self.c.parent
        return f"{self.title(par)} {hm.nom(par.given + ' ' + par.surname)}"

    def staff(self) -> str:
        self.flags.add("staff")
        return hm.keep(self.rng.choice(hm.STAFF))

    # identifiers --------------------------------------------------------------------------------
    def phone(self, digits: str) -> str:
        pairs = [digits[i:i + 2] for i in range(0, 10, 2)]
        rng = self.rng
        style = rng.randrange(7)
        if style < 3:
            return [" ", ".", "-"][style].join(pairs)
        if style == 3:
            return digits
        if style == 4:
            return "+33 " + digits[1] + " " + " ".join(pairs[1:])
        if style == 5:
            return "+33 (0)" + digits[1] + " " + " ".join(pairs[1:])
        return "0033 " + digits[1] + " " + ".".join(pairs[1:])

    def tel(self) -> str:
        area = self.rng.choice(["0546", "0545", "0549", "0251", "0228"])
        return hm.tag("TEL", self.phone(area + f"{self.rng.randrange(10**6):06d}"))

    def mob(self) -> str:
        return hm.tag("TEL", self.phone(self.rng.choice(["06", "07"]) + f"{self.rng.randrange(10**8):08d}"))

    def uk(self) -> str:
        n = f"{self.rng.randrange(10**6):06d}"
        return hm.tag("TEL", self.rng.choice([f"+44 7700 {n}", f"+44 (0)7700 {n}", f"0044 1202 {n}"]))

    def nir(self) -> str:
        pat, rng = self.c.patient, self.rng
        abroad = pat.origin.abroad and (not pat.origin.departments or age(pat) > 35 and rng.random() < 0.7)
        place = "99" + pat.origin.abroad if abroad else \
            rng.choice(pat.origin.departments) + f"{rng.randrange(1, 800):03d}"
        body = f"{1 if pat.sex == 'm' else 2}{pat.born:%y%m}{place}{rng.randrange(1, 999):03d}"
        key = 97 - int(body) % 97
        if rng.random() < 0.15:
            key = key % 97 + 1  # a wrong key, as typed
        full = f"{body}{key:02d}"
        if rng.random() < 0.5:
            return hm.tag("NIR", full)
        parts = [full[0], full[1:3], full[3:5], full[5:7], full[7:10], full[10:13], full[13:]]
        return hm.tag("NIR", " ".join(parts))

    def ddn(self, who: hm.Person | None = None) -> str:
        b, rng = (who or self.c.patient).born, self.rng
        forms = [f"{b:%d/%m/%Y}", f"{b:%d.%m.%y}", f"{b:%d-%m-%Y}", f"{b.day} {MONTHS[b.month - 1]} {b.year}",
                 f"{b.day}/{b.month}/{b:%y}", f"{b:%Y-%m-%d}", f"{b:%d%m%Y}",
                 f"{'1er' if b.day == 1 else b.day} {short(MONTHS[b.month - 1])} {b.year}"]
        return hm.tag("DDN", rng.choice(forms))

    def kidddn(self) -> str:
        return self.ddn(self.c.kid)

    def mail(self, who: hm.Person | None = None) -> str:
        pat, rng = who or self.c.patient, self.rng
        g, s = (hm.fold(x).replace(" ", "").replace("'", "") for x in (pat.given, pat.surname))
        user = rng.choice([f"{g}.{s}", f"{s}.{g}", f"{g[0]}{s}{rng.randrange(10, 99)}",
                           f"{s}-{g}{pat.born:%y}"])
        host = rng.choice(["orange.fr", "wanadoo.fr", "gmail.com", "free.fr", "laposte.net", "sfr.fr",
                           "btinternet.com", "hotmail.fr", "etu.univ-poitiers.fr"])
        return hm.tag("EMAIL", f"{user}@{host}")

    def parentmail(self) -> str:
        return self.mail(self.c.parent)

    def addr(self) -> str:
        rng = self.rng
        cp, town = rng.choice(TOWNS)
        head = rng.choice([
            f"{rng.randrange(1, 120)} {rng.choice(STREETS)}".replace("_", " "),
            f"{rng.randrange(1, 40)} bis {rng.choice(STREETS)}".replace("_", " "),
            f"lieu-dit {rng.choice(HAMLETS)}".replace("_", " "),
            f"Résidence {rng.choice(RESIDENCES)}, bât. {rng.choice('ABC')} apt {rng.randrange(1, 40)}"
            .replace("_", " "),
            f"ponton {rng.choice('ABCDEFG')} place {rng.randrange(1, 300)}, port des Minimes"])
        if head.startswith("ponton"):
            cp, town = "17000", "La Rochelle"
        return hm.tag("ADRESSE", f"{head}{rng.choice([', ', ' ', ' - '])}{cp} {town}")

    def mut(self) -> str:
        n = f"{self.rng.randrange(10**9):09d}"
        number = self.rng.choice([n, f"{n[:4]} {n[4:]}", f"AD{n}"])
        return f"{self.rng.choice(MUTUELLES)} n° {hm.tag('ID', number)}"

    def dos(self) -> str:
        number = f"{self.rng.choice(['K', 'KR', 'D'])}-27-{self.rng.randrange(10**5):05d}"
        return "dossier " + hm.tag("ID", number)

    def book(self) -> str:
        code = "".join(self.rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(7))
        return hm.tag("ID", f"{self.rng.choice(['DLB', 'RDV', 'WEB'])}-{code}")

    def at(self) -> str:
        n = f"{self.rng.randrange(10**9):09d}"
        return f"AT n° {hm.tag('ID', f'{n[:3]} {n[3:6]} {n[6:]}')}"

    def ids(self) -> str:
        weights = {"tel": 5, "mob": 5, "nir": 4, "ddn": 5, "mail": 3, "addr": 4, "mut": 3, "dos": 2}
        kinds = hm.draw_kinds(self.rng, self.rng.randint(1, 3), weights)
        labels = {"tel": "tél. ", "mob": "port. ", "nir": "n° SS ", "ddn": f"{self.ne()} le ",
                  "mail": "mail ", "addr": "adresse ", "mut": "", "dos": ""}
        return self.rng.choice([" - ", ", ", " / "]).join(labels[k] + self[k] for k in kinds)

    # plain and kept words -----------------------------------------------------------------------
    def town(self) -> str:
        return self.rng.choice(TOWNS)[1]

    def clin(self) -> str:
        return hm.keep(self.rng.choice(CLINICAL).replace("_", " "))

    def hosp(self) -> str:
        return hm.keep(self.rng.choice(HOSPITALS))

    def job(self) -> str:
        return self.rng.choice(JOBS)

    def years(self) -> str:
        return f"{age(self.c.patient)} ans"

    def mutname(self) -> str:
        return self.rng.choice(MUTUELLES)


def age(who: hm.Person) -> int:
    return hm.age(who, TODAY)


MESSAGES = """
Répondeur 8h12 : {p} rappelle pour son RDV de {slot}, ne pourra pas venir, demande {slot2}. Rappeler au {mob}.
Message répondeur : "oui bonjour c'est {p}, {ne} le {ddn}, je voulais savoir si {staff} pouvait me prendre
  {slot}, mon numéro c'est le {tel}, merci au revoir"
Msg laissé par {rel} pour {ps} ({years}) : annule {slot}, hospitalisé(e) à {hosp}. Rappel au {tel}.
Appel de {p}, {job}, douleurs ++ depuis le week-end ({clin}). Vu avec {staff} : {slot}. {ids}
rép. 18h50 - {p} - veut décaler {slot} -> {slot2} si possible - {mob}
{p} a appelé, annule {slot} (grève des bus à {town}). Reprogrammer. {ids}
Message en anglais de {p} (maison près de {town}) : physio needed, {clin}. Call back {uk}.
"""
BOOKING = """
[Export Doctolib]\\nPatient : {p}\\nDate de naissance : {ddn}\\nTél : {mob}\\nE-mail : {mail}\\nMotif : {clin}
  \\nRDV : {fslot} avec {staff}\\nRéf. réservation : {book}
RÉSERVATION EN LIGNE - {fslot} - {p} ({ddn}) - {mob} - réf {book} - motif : {clin}
Nouvelle résa internet {book} : {p}, {mail}, {tel}. 1re séance {fslot}. Ordonnance à apporter.
Résa web annulée par le patient : {p}, réf. {book}, créneau {fslot} libéré.
"""
FORWARDED = """
---------- Message transféré ----------\\nDe : {mail}\\nObjet : séances kiné\\nBonjour, je suis {p}, {ne} le
  {ddn}, j'ai une ordonnance pour {clin}. Je suis joignable au {mob}. Merci.
SMS reçu du {mob} : "Bjr c {pg}, je serai en retard de 10 min {slot} dsl"
SMS de {rel} : son père/sa mère {ps} ne viendra pas {slot}, il/elle est chez nous à {town}.
Mail de {p} ({mail}) : demande facture pour {mutname}, séances d'octobre. {ids}
Fwd mail {rel} : "{maman} ({p}) a été opéré(e) à {hosp}, sort {slot}, pouvez-vous passer à domicile ?
  Adresse : {addr}. Merci, {relg}"
"""
HOME = """
Visite à domicile pour {p} ({years}), {clin}. Adresse : {addr}. Code portail 2417. Prévenir {rel} au {mob}.
VAD {slot} chez {ps} : {addr} (après le pont, maison bleue). Tél fixe {tel}. {staff} y va.
Domicile {p} : {addr}. {carer} sera présente. Séance {slot}. Chien dans la cour !
Passage à domicile {ps}, {job}, ne conduit plus ({clin}). Clés chez la voisine. {ids}
Bateau de {p} : {addr}. Vit à l'année sur son voilier, kiné à bord impossible -> séances au cabinet {slot}.
"""
FAMILY = """
Appel de {rel} : {ps} est tombé(e) hier soir, {clin}, veut avancer la séance à {slot}. Joignable au {mob}.
{carer} appelle pour {p} ({ne} le {ddn}) : pas de séance {slot}, fatigue. Recontacter {tel}.
Appel de {rel} pour son parent {p} : demande si le cabinet se déplace à {town}. {ids}
{relg} (la fille de {ps}) rappellera pour le RDV de {slot}. Attention : ne pas appeler le fixe, la patiente
  est malentendante, appeler {relg} au {mob}.
La voisine de {ps} appelle, {ps} n'ouvre pas la porte pour le RDV de {slot}. Prévenir {rel} au {tel}.
"""
PAPERS = """
Ordonnance reçue pour {p}, {ne} le {ddn} : 15 séances {clin}. N° SS {nir}. {mut}. Tiers payant ok.
Tiers payant {p} : carte vitale {nir}, mutuelle {mut}, {dos}. À mettre à jour avant {slot}.
Rejet tiers payant pour {p} ({ddn}) : {mut} pas à jour. Rappeler au {tel}.
AT du 02/11 pour {p}, {job} : {at}, {clin}. Employeur à contacter pour le formulaire. {ids}
Dossier AT {p} - {at} - {nir} - reprise prévue après séance {slot}.
Certificat de non contre-indication pour {kid} ({kidddn}), club de basket de {town}.
  Demandé par {parent}, {mob}.
Fiche sport scolaire {kid}, collège de {town}, {clin}. Parent : {parent}, {parentmail}. Séance {slot}.
{parent} appelle pour {kid} : bilan {clin} prescrit par le pédiatre, dispo {slot}. {ids}
"""
RAMBLING = """
Longue conversation avec {p} ({years}, {job}) : a déménagé de la région parisienne il y a deux ans, ne connaît
  personne, voudrait reprendre ses séances pour {clin}. Son ancien cabinet a tout le dossier. Dit que {rel}
  viendra la/le déposer {slot}. Nouvelle adresse : {addr}. Tél {tel} ou {mob}. {ne} le {ddn}. A demandé
  si {staff} faisait du drainage aussi. Oui.
{p} rappelle encore (3e fois cette semaine) : la séance de {slot} ne lui convient plus car marée basse
  ce jour-là et il/elle travaille aux parcs. Propose {slot2}. Ok avec {staff}. {ids}
Appel confus de {ps} : pensait avoir RDV {slot}, en fait c'est {slot2}. Il/elle a noté le numéro
  du cabinet à l'envers. Vérifié : {ids}. Vient avec {rel}.
"""
BARE = """
Appel d'un patient sans nom, raccroche avant de laisser un numéro. Demandait {slot}.
{staff} absent(e) {slot}, décaler les patients de l'après-midi.
Répondeur : message inaudible, 18h02, numéro masqué.
Livraison des tables de massage prévue {slot}. Le transporteur passe par {town}.
Rappel : réunion de cabinet {slot} avec {staff}.
Demande de renseignement : tarif d'une séance de {clin} non remboursée ? Pas de nom laissé.
Club de rugby de {town} demande si le cabinet fait des bilans de début de saison. Rappeler le président.
Fuite d'eau dans la salle 2, plombier {slot}. Prévenir {staff}.
Coupure internet toute la matinée, résas Doctolib à vérifier. {staff} s'en occupe.
Mairie de {town} : stationnement interdit devant le cabinet {slot} (marché).
Patient(e) venu(e) à l'accueil demander les horaires du samedi. Rien à noter.
Stagiaire de l'IFMK de Poitiers commence {slot}, accueil par {staff}.
"""
SCENARIOS = [(MESSAGES, 6), (BOOKING, 4), (FORWARDED, 4), (HOME, 4), (FAMILY, 5), (PAPERS, 5), (RAMBLING, 3)]


def restyle(fragments: hm.Fragments, flags: set[str], rng: random.Random) -> hm.Fragments:
    """Some notes typed all in lower case, a few all in capitals."""
    roll = rng.random()
    if roll < 0.08:
        flags.add("lower-case note")
        return [(t.lower(), k) for t, k in fragments]
    if roll < 0.11:
        flags.add("caps note")
        return [(t.upper(), k) for t, k in fragments]
    return fragments


FLAGS: list[set[str]] = []


def make_note(rng: random.Random) -> hm.Fragments:
    bare = rng.random() < 0.14
    hard = rng.choice(HARD) if not bare and rng.random() < 0.21 else ""
    template = rng.choice(hm.templates(BARE)) if bare else hm.draw_template(rng, SCENARIOS)[1]
    w = Writer(rng, hard, "{uk}" in template)
    if bare:
        w.flags.add("bare")
    text = template.replace("\\n", "\n").format_map(w)
    if "staff" not in w.flags and rng.random() < 0.2:
        text += rng.choice([" (vu avec {0})", " - {0}", "\nNoté par {0}."]).format(w.staff())
    fragments = restyle(hm.join_names(hm.parse(text)), w.flags, rng)
    FLAGS.append(w.flags)
    return fragments


def check(record: dict) -> None:
    hm.check_unlabelled(record, name_words)
    hm.check_no_staff(record, name_words)


def main() -> None:
    taken = hm.taken_tokens(OUT, EARLIER)
    names = hm.pooled_names(ORIGINS, KIDS) + WORD_SURNAMES + PARTICLE_SURNAMES
    hm.refuse_used_names(names, name_words, taken)
    records = hm.write(OUT, PREFIX, NOTES, SEED, make_note, check,
                       lambda rs: hm.check_blind_set(rs, NOTES, name_words, taken, 0.3, (0.10, 0.20)))
    hm.report(records, OUT, FLAGS, sum(any(f.startswith("hard:") for f in flags) for flags in FLAGS))


if __name__ == "__main__":
    main()
