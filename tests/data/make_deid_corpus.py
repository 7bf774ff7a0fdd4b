"""Generate the synthetic de-identification corpus `deid_corpus.jsonl` (committed as data).

Every note is invented: names, numbers and addresses are drawn at random from pools written
here, and NIR keys are computed so that most are valid and some deliberately wrong. Each
line is {"id", "text", "spans": [{"start", "end", "kind"}], "keep": [{"start", "end"}]}:
`spans` are the identifiers that must disappear, `keep` what triage needs to survive
(staff names, appointment days and times, urgency and clinical words).

Run: .venv/bin/python tests/data/make_deid_corpus.py  (deterministic: fixed seed)
"""

from __future__ import annotations

import json
import random
import sys
from dataclasses import dataclass, field
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # the repository, for held-out

HERE = Path(__file__).parent
NOTES = 400
SEED = 20241128
STAFF = ["Julien Martin", "Julien", "Sophie Lemoine", "Sophie", "Karim Haddad", "Karim"]



def words(block: str) -> list[str]:
    return block.split()


# Patients: common names, names outside the engine's lists, and surnames that are French words.
GIVEN = words("""Marie Jean-Pierre Nathalie Philippe Isabelle Michel Françoise Alain Monique Bernard
Christine Patrick Sylvie Gérard Catherine Thierry Martine Pascal Valérie Éric Sandrine Laurent
Chantal Olivier Nicole Daniel Brigitte Yves Josiane Hervé Ginette Maëlys Nolwenn Soizic Gwénola
Loïc Ophélie Lydia Maryse Huguette Bérénice Léna Anaïs Ewen Tugdual Erwann Ronan Jean-Baptiste
Marie-Noëlle Fatoumata Zinedine Kenza Yasmina Wassim Idriss Océane Ludivine Pascaline Rose Claire
Pierre Aimé Jade Anne-Sophie Louis Mathilde Théo Enzo Inès Chloé Yannick Gaëlle Agnès Hélène
Dominique Mireille Solène Clémence Armelle Bruno Hugo Lucie Margaux Jeanne Simone Raymond""")
SURNAMES = words("""Dupont Martin Bernard Durand Lefebvre Moreau Girard Fournier Lambert Rousseau Faure
Mercier Garnier Chevalier Perrin Robin Masson Duval Lemaire Meyer Dufour Brunet Barbier Renard
Roche Schmitt Caron Picard Aubert Lacroix Kowalczyk Ferrand Lenoir Vauclair Delmas Cabanes
Quéméner Tissot Bonnefoy Rabier Castel Ducret Peyrot Agostini Santoni Casanova Orsini Mazur
Jankowski Okafor Ouattara Belhadj Haddou Vasquez Petit Blanc Boulanger Rose Lebon Leroi Mouton
Poisson Lefort Loiseau Boucher Berger Marchand Meunier Fontaine Nguyen Traoré Diallo Benali
Rodrigues Ferreira Kowalski Morvan Tanguy Kerjean Hoarau Payet Grondin Lagadec Marchetti Rey""")
PARTICLE_SURNAMES = ["Le Goff", "Le Gall", "Le Bihan", "Le Floch", "De La Fontaine",
                     "de Sousa", "Da Silva", "Dos Santos", "Van Damme", "Ben Amor", "El Amrani",
                     "Le Roux", "De Oliveira", "Saint-Martin", "Du Pont"]
APOSTROPHE_SURNAMES = ["N'Diaye", "N'Guessan", "D'Angelo", "O'Neill", "D'Almeida", "M'Bappé"]

RELATIVES = ["sa fille", "son fils", "son mari", "sa femme", "son épouse", "sa mère", "son père",
             "sa soeur", "son frère", "sa belle-fille", "son gendre", "sa petite-fille",
             "son compagnon", "sa voisine", "son aidant"]
HONORIFIC = {"f": ["Mme", "Mme", "Madame", "MME", "mme", "Mlle", "Mme."],
             "m": ["M.", "M", "Mr", "Monsieur", "M.", "mr", "MR"]}
STREET_TYPES = ["rue", "rue", "avenue", "av.", "bd", "boulevard", "allée", "impasse", "chemin",
                "place", "route", "quai", "résidence", "lotissement", "square"]
STREET_NAMES = ["de la Paix", "Victor Hugo", "Jean Jaurès", "des Lilas", "du Moulin",
                "des Tilleuls", "de la Gare", "Pasteur", "du Général de Gaulle", "des Vignes",
                "de Brest", "Saint-Michel", "des Écoles", "de l'Église", "des Mimosas",
                "du Port", "Émile Zola", "de la République", "des Hortensias", "du Stade"]
CITIES = [("75011", "Paris"), ("29200", "Brest"), ("35000", "Rennes"), ("56100", "Lorient"),
          ("13008", "Marseille"), ("69003", "Lyon"), ("44000", "Nantes"), ("20000", "Ajaccio"),
          ("29400", "Landivisiau"), ("33000", "Bordeaux"), ("59000", "Lille"),
          ("31000", "Toulouse"), ("22300", "Lannion"), ("97400", "Saint-Denis"),
          ("67000", "Strasbourg"), ("06000", "Nice"), ("14000", "Caen"), ("29000", "Quimper")]
MAIL_DOMAINS = ["gmail.com", "orange.fr", "wanadoo.fr", "hotmail.fr", "laposte.net", "free.fr",
                "yahoo.fr", "sfr.fr", "outlook.com"]
MUTUELLES = ["MGEN", "Harmonie", "MAAF", "Malakoff", "AG2R", "Mutuelle Bleue", "MNT", "Swiss Life"]
MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre",
          "octobre", "novembre", "décembre"]
DAYS = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"]

# [brackets] mark the clinical words triage needs.
REASONS = ["douleur [genou] droit depuis 3 semaines", "[lombalgie] aiguë, bloqué du dos",
           "[entorse] cheville gauche", "rééducation après [prothèse] de hanche",
           "[PTG] droite J+15", "suite [LCA] opéré le mois dernier", "[cervicalgies] ++",
           "[tendinite] épaule, ordonnance ok", "[capsulite] épaule gauche",
           "[sciatique], a vu son médecin traitant", "chute à domicile hier, douleurs [dos]",
           "[bilan] kiné demandé par le Dr", "séances de rééducation [périnéale]",
           "fracture [poignet] plâtre retiré", "kiné respiratoire pour [bronchiolite]",
           "renouvellement [ordonnance] 10 séances", "douleurs cervicales, raideur [nuque]",
           "[AVC] il y a 2 mois, rééduc marche", "post-op [ménisque] genou gauche",
           "[lumbago], ne peut plus marcher", "[épaule] droite bloquée depuis une chute",
           "[hanche] douloureuse la nuit", "[canal carpien] opéré",
           "[Parkinson], séances à domicile"]
REQUESTS = ["souhaite RDV {slot}", "demande à décaler son RDV de {slot}", "annule {slot}",
            "voudrait un créneau {slot}", "confirme {slot}", "RDV proposé {slot}",
            "dispo {slot}", "rappeler pour fixer RDV, dispo {slot}",
            "peut venir {slot}", "report de la séance de {slot}"]
URGENCY = ["URGENT", "urgent", "en urgence", "Urgent !", "TRÈS URGENT", "à rappeler rapidement"]
OPENERS = ["Appel de", "appel de", "Message de", "Appel", "msg de", "Tél de", "Rappel de",
           "De la part de", "A appelé :", "Appel reçu de", ""]


@dataclass(frozen=True)
class Pools:
    given: list[str]
    surnames: list[str]
    particle_surnames: list[str]
    relatives: list[str]
    relative_frames: list[str]
    openers: list[str]


TUNING = Pools(GIVEN, SURNAMES, PARTICLE_SURNAMES, RELATIVES,
               [", {relative} ", " ({relative} ", ". Appel de {relative} "], OPENERS)

# The held-out set is not used to tune the engine: its names are all outside the engine's
# name lists (only context and capitals can find them) and its phrasing differs. (A first
# held-out set, with other names, served for one round of fixes and was then replaced.)
HELD_OUT_NOTES = 200
HELD_OUT_SEED = SEED + 2
HELD_OUT_GIVEN = words("""Albane Barnabé Céleste Dorothée Évariste Flore Ghislaine Hippolyte Iris
Jeannette Kilian Léonce Mahault Nathanaël Odilon Philomène Rosalie Sidonie Théophile Ursule
Valérien Wandrille Yseult Zacharie Aubane Bénédicte Calixte Diane-Laure Edmée Fleur Gwladys
Hyacinthe Irénée Jacinthe Lazare Mélisande Norbert Ombeline Pacôme Raphaëlle Solange Tanguy
Urbain Vivien Adélaïde Baudouin Capucine Désiré Elzéar Florimond Guénolé Hermine Isidore""")
HELD_OUT_SURNAMES = words("""Abiven Boëdec Cadiou Derrien Euzen Floc'h Gourvès Hascoët Inizan
Jézéquel Kerhervé Le Bris-Jaouen Mahé Nédellec Olier Pichavant Quiniou Rannou Stéphan Tilly
Urien Vourc'h Berthelot Chesnel Dufresne Esnault Froger Gohier Huchet Jouanno Lagrée Morice
Noblet Orhan Peslerbe Rihouet Sorin Texier Ursin Vaugrenard Blanchet Caillaud Drouet Évenou
Fouché Gautron Hervouët Jamet Launay Mercereau Neveu Orain Poirier-Coutansais Renaudin""")
HELD_OUT_PARTICLES = ["Le Dantec", "Le Gac", "de Cadoudal", "Du Guesclin", "Le Quéré",
                      "de la Porte", "Van der Berg", "Ben Amara", "El Fassi", "Dos Reis"]
HELD_OUT_RELATIVES = ["sa grand-mère", "son grand-père", "la soeur", "le frère", "la compagne",
                      "le conjoint", "sa tante", "son oncle", "la voisine", "l'infirmière",
                      "la belle-fille", "son gendre", "la petite-fille"]
HELD_OUT_FRAMES = [" ; personne à prévenir : {relative} ", " — {relative} ", ", cf. {relative} ",
                   ". A rappeler aussi {relative} "]
HELD_OUT_OPENERS = ["Appel entrant :", "Tél. reçu de", "RAPPEL", "Objet :", "Dossier", "Info :",
                    "Demande de", "Appel pour", "Répondeur :", ""]


def held_out_pools() -> Pools:
    """Held-out pools, minus any name the engine happens to list."""
    from handlers.deid.lexicon import is_given_name, is_surname
    from handlers.deid.normalise import fold

    def unlisted(names: list[str]) -> list[str]:
        return [n for n in names if not any(
            is_given_name(fold(part)) or is_surname(fold(part)) for part in n.split(" "))]

    return Pools(unlisted(HELD_OUT_GIVEN), unlisted(HELD_OUT_SURNAMES),
                 unlisted(HELD_OUT_PARTICLES), HELD_OUT_RELATIVES, HELD_OUT_FRAMES,
                 HELD_OUT_OPENERS)


@dataclass
class Note:
    parts: list[str] = field(default_factory=list)
    spans: list[dict[str, object]] = field(default_factory=list)
    keep: list[dict[str, int]] = field(default_factory=list)
    length: int = 0

    def add(self, text: str, kind: str | None = None, keep: bool = False) -> None:
        if kind and text:
            self.spans.append({"start": self.length, "end": self.length + len(text), "kind": kind})
        if keep and text:
            self.keep.append({"start": self.length, "end": self.length + len(text)})
        self.parts.append(text)
        self.length += len(text)

    @property
    def text(self) -> str:
        return "".join(self.parts)


def nir_key(body: str) -> int:
    number = int(body.replace("2A", "19").replace("2B", "18"))
    return 97 - number % 97


def make_nir(rng: random.Random, sex: str) -> str:
    dept = rng.choice(["75", "29", "35", "56", "13", "2A", "2B", "69", "99", "44"])
    body = (("1" if sex == "m" else "2") + f"{rng.randint(30, 99):02d}{rng.randint(1, 12):02d}"
            + dept + f"{rng.randint(1, 999):03d}{rng.randint(1, 999):03d}")
    key = nir_key(body)
    if rng.random() < 0.2:  # a wrong key must be redacted all the same
        key = (key + rng.randint(1, 50)) % 97 or 1
    groups = [body[0], body[1:3], body[3:5], body[5:7], body[7:10], body[10:13], f"{key:02d}"]
    if rng.random() < 0.1:
        groups = groups[:-1]  # key missing
    style = rng.random()
    if style < 0.5:
        return " ".join(groups)
    if style < 0.8:
        return "".join(groups)
    return ".".join(groups)


def make_phone(rng: random.Random) -> str:
    first = rng.choice(["6", "7", "6", "1", "2", "3", "4", "5", "9"])
    pairs = [f"{rng.randint(0, 99):02d}" for _ in range(4)]
    style = rng.randrange(9)
    national = ["0" + first] + pairs
    if style == 0:
        return " ".join(national)
    if style == 1:
        return ".".join(national)
    if style == 2:
        return "-".join(national)
    if style == 3:
        return "".join(national)
    if style == 4:
        return "+33 " + first + " " + " ".join(pairs)
    if style == 5:
        return "+33" + first + "".join(pairs)
    if style == 6:
        return "0033 " + first + " " + " ".join(pairs)
    if style == 7:
        return "+33 (0)" + first + " " + " ".join(pairs)
    return " ".join(national[:2]) + "  " + " ".join(national[2:])  # double space typo


def make_birth_date(rng: random.Random) -> str:
    day, month, year = rng.randint(1, 28), rng.randint(1, 12), rng.randint(1930, 2015)
    style = rng.randrange(7)
    if style == 0:
        return f"{day:02d}/{month:02d}/{year}"
    if style == 1:
        return f"{day:02d}.{month:02d}.{year % 100:02d}"
    if style == 2:
        return f"{day} {MONTHS[month - 1]} {year}"
    if style == 3:
        return f"{day:02d}/{month:02d}/{year % 100:02d}"
    if style == 4:
        return f"{'1er' if day == 1 else day} {MONTHS[month - 1]} {year}"
    if style == 5:
        return f"{day:02d}-{month:02d}-{year}"
    return f"{day}/{month}/{year}"


def make_slot(rng: random.Random) -> str:
    day = rng.choice(DAYS)
    hour = f"{rng.randint(8, 19)}h{rng.choice(['', '00', '15', '30', '45'])}"
    style = rng.randrange(6)
    if style == 0:
        return f"{day} {hour}"
    if style == 1:
        return f"le {rng.randint(1, 28):02d}/{rng.randint(1, 12):02d} à {hour}"
    if style == 2:
        return f"{day} matin"
    if style == 3:
        return f"{day} {rng.randint(1, 28)} {rng.choice(MONTHS)} à {hour}"
    if style == 4:
        return f"demain {hour}"
    return f"{day} prochain vers {hour}"


def surname(rng: random.Random, pools: Pools) -> str:
    roll = rng.random()
    if roll < 0.15:
        return rng.choice(pools.particle_surnames)
    if roll < 0.22:
        return rng.choice(APOSTROPHE_SURNAMES)
    return rng.choice(pools.surnames)


def person(rng: random.Random, pools: Pools) -> tuple[str, str]:
    """A name as a secretary types it, and a sex for the honorific."""
    given, last, sex = rng.choice(pools.given), surname(rng, pools), rng.choice("fm")
    style = rng.randrange(8)
    if style == 0:
        return f"{last.upper()} {given}", sex
    if style == 1:
        return f"{given} {last}", sex
    if style == 2:
        return f"{last} {given}", sex
    if style == 3:
        return f"{given.lower()} {last.lower()}", sex
    if style == 4:
        return last, sex
    if style == 5:
        return f"{given} {last.upper()}", sex
    if style == 6:
        return f"{last.upper()} {given.upper()}", sex
    return f"{last} {given[0]}.", sex


def add_patient(note: Note, rng: random.Random, pools: Pools) -> tuple[str, str]:
    name, sex = person(rng, pools)
    opener = rng.choice(pools.openers)
    with_honorific = rng.random() < 0.6 or " " not in name
    if opener:
        note.add(opener + " ")
    if with_honorific:
        note.add(rng.choice(HONORIFIC[sex]) + " ")
    elif rng.random() < 0.3:
        note.add(rng.choice(["patiente ", "patient ", "pt ", "Pte "]))
    note.add(name, "NOM")
    return name, sex


def add_contact(note: Note, rng: random.Random, sex: str, pools: Pools) -> None:
    kind = rng.randrange(7)
    if kind == 0:
        note.add(rng.choice([" tel ", " tél : ", " au ", " rappeler au ", ", joignable au ",
                             " port. ", " Tel: "]))
        note.add(make_phone(rng), "TEL")
        if rng.random() < 0.35:
            note.add(rng.choice([" ou ", " / ", " (fixe) ou "]))
            note.add(make_phone(rng), "TEL")
    elif kind == 1:
        note.add(rng.choice([", née le ", " née le ", " DDN ", " ddn: ", " (DDN ", ", né le ",
                             " date de naissance ", " DN "]))
        note.add(make_birth_date(rng), "DDN")
    elif kind == 2:
        note.add(rng.choice([" NIR ", " n° sécu ", " num SS ", " carte vitale ",
                             " n° de sécurité sociale : ", " secu "]))
        note.add(make_nir(rng, sex), "NIR")
    elif kind == 3:
        note.add(rng.choice([" mail ", " email : ", ", mail: ", " adresse mail "]))
        given, last = rng.choice(pools.given), rng.choice(pools.surnames)
        local = rng.choice([f"{given}.{last}", f"{last}.{given[0]}", f"{given[0]}{last}",
                            f"{last}_{given}{rng.randint(1, 99)}"])
        ascii_local = local.lower().translate(str.maketrans("éèëêïîôüçà'", "eeeeiioucaa"))
        note.add(f"{ascii_local}@{rng.choice(MAIL_DOMAINS)}", "EMAIL")
    elif kind == 4:
        note.add(rng.choice([", habite ", " adresse : ", ", domicile ", " séances à domicile : ",
                             " nouvelle adresse "]))
        number = str(rng.randint(1, 180)) + rng.choice(["", "", "", " bis", " ter", "B"])
        postcode, city = rng.choice(CITIES)
        city = city.upper() if rng.random() < 0.3 else city
        sep = rng.choice([" ", ", ", " - "])
        note.add(f"{number} {rng.choice(STREET_TYPES)} {rng.choice(STREET_NAMES)}", "ADRESSE")
        if rng.random() < 0.8:
            note.add(sep)
            note.add(f"{postcode} {city}", "ADRESSE")
    elif kind == 5:
        note.add(rng.choice([" mutuelle ", ", n° adhérent ", " mut. ", " n° adhérent mutuelle "]))
        if rng.random() < 0.5:
            note.add(rng.choice(MUTUELLES) + " n° ")
        number = rng.choice([
            f"{rng.randint(10**6, 10**10)}",
            f"{rng.randint(10000, 99999)}",
            f"AB{rng.randint(10**5, 10**7)}",
            f"{rng.randint(100, 999)}-{rng.randint(1000, 9999)}",
        ])
        note.add(number, "ID")
    else:
        relative = rng.choice(pools.relatives)
        note.add(rng.choice(pools.relative_frames).format(relative=relative))
        name, _ = person(rng, pools)
        note.add(name, "NOM")
        if rng.random() < 0.5:
            note.add(" au ")
            note.add(make_phone(rng), "TEL")


def make_note(rng: random.Random, pools: Pools) -> Note:
    note = Note()
    if rng.random() < 0.15:
        note.add(rng.choice(URGENCY), keep=True)
        note.add(rng.choice([" - ", " ", ": "]))
    _, sex = add_patient(note, rng, pools)
    for _ in range(rng.choice([1, 1, 2, 2, 3])):
        add_contact(note, rng, sex, pools)
    note.add(rng.choice([". ", ", ", " - ", "\n", " : ", " "]))
    before, _, rest = rng.choice(REASONS).partition("[")
    clinical, _, after = rest.partition("]")
    note.add(before)
    note.add(clinical, keep=True)
    note.add(after)
    note.add(rng.choice([". ", ", ", "\n", " "]))
    request = rng.choice(REQUESTS)
    before, _, after = request.partition("{slot}")
    note.add(before)
    note.add(make_slot(rng), keep=True)
    note.add(after)
    if rng.random() < 0.5:
        note.add(rng.choice([" avec ", " pour ", ". Voir avec ", ", prévenir "]))
        note.add(rng.choice(STAFF), keep=True)
    if rng.random() < 0.4:
        add_contact(note, rng, sex, pools)
    if rng.random() < 0.15:
        note.add(rng.choice([" ", ". "]))
        note.add(rng.choice(URGENCY), keep=True)
    if rng.random() < 0.1:
        note.add(" (pris par ")
        note.add(rng.choice(STAFF), keep=True)
        note.add(")")
    return note


def write_corpus(path: Path, pools: Pools, notes: int, seed: int, prefix: str) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for number in range(1, notes + 1):
            note = make_note(rng, pools)
            text = note.text
            if rng.random() < 0.08:  # typed with caps lock or none at all
                text = text.upper() if rng.random() < 0.5 else text.lower()
            record = {"id": f"{prefix}{number:03d}", "text": text, "spans": note.spans,
                      "keep": note.keep}
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def main() -> None:
    write_corpus(HERE / "deid_corpus.jsonl", TUNING, NOTES, SEED, "n")
    write_corpus(HERE / "deid_heldout.jsonl", held_out_pools(), HELD_OUT_NOTES, HELD_OUT_SEED, "h")
    (HERE / "deid_staff.json").write_text(json.dumps(STAFF, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
