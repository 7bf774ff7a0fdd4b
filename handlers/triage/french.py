"""Built-in French lexicon. Terms are matched word by word after case and accent folding;
a word ending in "*" matches any word starting with it; small words (le, de, son, très...)
may sit between the words of a term. Every list can be extended or replaced in [triage]."""

from __future__ import annotations

URGENCY_TERMS: dict[str, tuple[str, ...]] = {
    "urgent": (
        "urgent*", "urgence*", "urgant*", "urg",
        # cannot walk or bear weight ("ne" may precede: it is not a negation on its own)
        "peut plus marcher", "peut pas marcher", "pourra pas marcher", "ne marche plus",
        "arrive plus à marcher", "arrive pas à marcher", "impossible de marcher",
        "incapable de marcher", "peut plus poser le pied", "peut pas poser le pied",
        "impossible de poser le pied", "peut pas prendre appui", "peut plus prendre appui",
        "appui impossible", "impossible d'appuyer", "peut pas appuyer", "peut plus appuyer",
        "tient plus debout", "tient pas debout", "peut plus se lever", "peut pas se lever",
        # post-operative warning signs
        "fièvre", "fievreu*", "fébrile", "température", "frisson*",
        "gonflement brutal", "gonflement soudain", "gonflement brusque", "gonflé d'un coup",
        "gonfle d'un coup", "gonflé brutalement", "gonfle brutalement", "gonflé brusquement",
        "œdème brutal", "œdème soudain",
        "douleur* mollet", "mal mollet", "mollet douloureu*", "mollet gonfl*", "gonfl* mollet",
        "mollet rouge", "mollet chaud", "mollet dur",
        "saign*", "écoulement", "essouffl*", "difficulté à respirer", "douleur* thoracique*",
        # fall
        "tombé", "tombée", "chute",
        "insupportable",
    ),
    "soon": (
        "très douloureu*", "très mal", "souffre beaucoup", "souffre énormément",
        "énormément mal", "beaucoup de douleur*", "beaucoup de mal",
        "douleur* forte*", "forte* douleur*", "douleur* intense*", "douleur* importante*",
        "douleur* vive*", "douleur* aigu*", "douleur* augment*",
        "aggrav*", "agrav*", "empire", "de pire en pire", "encore pire", "de plus en plus",
        "s'améliore pas", "va pas mieux", "bloqué", "bloquée",
        "dès que possible", "au plus vite", "le plus tôt possible", "rapidement", "asap",
    ),
}

CATEGORY_TERMS: dict[str, tuple[str, ...]] = {
    "reschedule": (
        "décal*", "avancer", "avanc* rdv", "avanc* séance*", "report*", "repouss*",
        "reprogramm*", "chang* rdv", "chang* séance*", "chang* horaire*", "chang* heure",
        "chang* date", "chang* jour", "chang* créneau*", "changer pour", "modifi* rdv",
        "modifi* séance*", "modifi* horaire*", "déplac* rdv", "déplac* séance*", "à déplacer",
        "un autre créneau", "un autre horaire", "un autre jour", "une autre date",
    ),
    "cancel": (
        "annul*", "anul*", "viendra pas", "viendra plus", "pourra pas venir", "peut pas venir",
        "peut plus venir", "vient pas", "vient plus", "pourra pas être là", "sera pas là",
        "absent*", "désist*", "arrêt* séances", "arrêt* rééducation", "arrêt* kiné",
    ),
    "home_visit": (
        "domicile", "à la maison", "venir chez elle", "venir chez lui", "passer chez elle",
        "passer chez lui", "peut pas se déplacer", "peut plus se déplacer",
        "pourra pas se déplacer", "peut pas venir au cabinet", "peut plus venir au cabinet",
        "pourra pas venir au cabinet", "se déplace* pas", "se déplace* plus",
    ),
    "new_appointment": (
        "rdv", "rendez-vous", "bilan*", "première séance", "nouveau patient",
        "nouvelle patiente", "commencer", "commenc* séances", "commenc* rééducation",
        "débuter", "pri* en charge", "prendre en charge", "créneau*", "disponibilit*", "dispo",
        "séance* kiné*", "séance* rééducation", "kiné respi*", "nouveau cycle",
        "veut séances", "voudrait séances", "souhaite séances", "demande séances",
        "reprendre séances", "reprise séances", "continuer séances", "poursuivre séances",
        "veut voir", "voudrait voir", "souhaite voir", "être vu*",
    ),
    "prescription": ("ordonnance*", "prescri*", "renouvel*"),
    "billing": (
        "factur*", "rembours*", "mutuelle*", "tiers payant", "paiement*", "payé*",
        "règlement*", "régler", "chèque*", "carte vitale", "feuille* de soin*", "honoraire*",
        "dépassement*", "devis", "impayé*", "tarif*", "attestation*",
    ),
    "callback": (
        "rappel*", "rapel*", "recontact*", "appeler", "joindre", "parler",
    ),
}

# Categories naming a subject rather than an act: "pas reçu la facture" is still billing.
TOPICS = frozenset({"prescription", "billing"})

# Which category wins when a note matches several: acting on an existing appointment first.
CATEGORY_PRIORITY = (
    "reschedule", "cancel", "home_visit", "new_appointment", "prescription", "billing", "callback",
)

NEGATIONS = ("pas", "sans", "aucun", "aucune", "ni", "non", "jamais", "rien", "absence", "nie")

ABBREVIATIONS: dict[str, str] = {
    "dlr": "douleur", "dlrs": "douleurs", "ordo": "ordonnance", "rv": "rdv", "tjs": "toujours",
    "tjrs": "toujours", "bcp": "beaucoup", "pr": "pour", "tt": "tout", "ds": "dans",
}
