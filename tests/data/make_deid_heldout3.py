"""Write `deid_heldout3.jsonl`: a third held-out set, written after the engine had been
tuned on the second (issue #3), to measure recall on names and phrasings it has not seen.

Same machinery as `make_deid_heldout2.py`, other names (outside the engine's lists and every
earlier corpus, checked) and other templates. Every note is invented.

Run: .venv/bin/python tests/data/make_deid_heldout3.py  (deterministic: fixed seed)
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).parent
sys.path.insert(0, str(HERE))

import make_deid_corpus as corpus  # noqa: E402
import make_deid_heldout2 as held_out2  # noqa: E402

NOTES = 200
SEED = 20250612

GIVEN = corpus.words("""Armance Bathilde Clovis Donatien Fantine Gaspardine Hilarion Isaure
Jéromine Koffi Lisandro Mahaut Pétronille Quitterie Romuald Séverin Ulysse Véronèse Wenceslas
Xénia Yolaine Bilal Chérine Dounia Eyüp Fodé Ghizlane Hawa Jawad Kadidja Lounès Nazim Oumou
Paulo Rabiâ Tahar Vanh Wissam Yannis Bénigne Cosme Diégo Ermelinde Fulbert Héloïse Ignace
Josépha Pernelle Sabeline Clothaire Jehanne Adémar Léocadie Albéric Maëlwenn Ysolde Enguerrand
Soëlie Blandine Aldric Ninog""")
SURNAMES = corpus.words("""Kerbiriou Ollivro Penven Tromeur Uguen Yhuel
Bihannic Calvez Ezanno Floc'hlay Garrec Kerriou-Bozec Jacq Kervarec Lozach Madec Omnès
Pouliquen Tanné Vétel Achard Bourgoin Chassagne Delestrade Escoffier-Rieux Fayolle Grangier
Hérault Issartel Jouve Lachaud Maurin Nègre Orcel Peyrache Rouvière Sabatier Teyssier Usclat
Vialatte Chentouf Dahmani Ferhat Guendouz Hamdani Diakhaby Kouyaté-Niane""")
SPACED_SURNAMES = ["Le Drézen", "El Ghazouani", "Ait Bouziane", "Ben Rejeb", "Ould Cheikh",
                   "Abou Saleh", "Da Rocha Brandão", "Dos Anjos", "Do Carmo Teles", "Van de Velde",
                   "Ter Haar", "Von Rosen", "De Meneses Quintas", "Lo Presti", "Del Vecchio",
                   "La Rocca"]
TEMPLATES = [
    "Tél. de <p> : <reason>, <request>",
    "<p> souhaiterait <slot> si possible<contact>",
    "de la part de <relative_of> de <h> <p1>, <request>",
    "<p> (née en [[DDN|1948]]) <request>",
    "Mr et Mme <s> : <request>",
    "famille <s> : <reason>, <request>",
    "<p>, patiente de <staff>, <request>",
    "RAPPEL <p> <phone>",
    "<p> et <r> (son épouse) <request>",
    "message de <p> via <relative> <r>",
    "à la demande de <p>, <request>",
    "<p> a laissé un message : <reason>",
    "<p>: <reason> depuis 3 jours",
    "pour info <p> annule <slot>",
    "ok pour <p> <slot>",
    "<p> nous informe qu'il sera absent <slot>",
    "nouvelle demande : <p><contact>, <reason>",
    "<h> <p1> et sa fille <r> rappelleront <slot>",
    "urgent !! <p> tombée ce matin, <request>",
    "dossier <p> à compléter<contact>",
    "re: <p> - <request>",
    "<p> / <reason> / <slot>",
    "prise en charge de <p> : <reason>",
    "le fils de <h> <p1>, <r>, <request>",
    "<p> ne viendra pas <slot>, rappeler au <phone>",
    "séance <p> <slot> ok",
    "<p> arrive avec 10 min de retard",
    "transmettre à <staff> : <p> <reason>",
    "<reason>\n<p>\n<request><contact>",
    "j'ai eu <p> au téléphone, <request>",
]
NO_NAME_TEMPLATES = [
    "réunion d'équipe <slot>",
    "commande de bandes de contention passée, livraison <slot>",
    "<staff> en formation <slot>",
    "le cabinet sera fermé <slot>, prévenir <staff>",
]
HELD_OUT_3 = held_out2.Pools(GIVEN, SURNAMES, SPACED_SURNAMES, TEMPLATES, NO_NAME_TEMPLATES)


def main() -> None:
    earlier = (*held_out2.EARLIER_NAMES, held_out2.GIVEN, held_out2.SURNAMES,
               held_out2.SPACED_SURNAMES)
    held_out2.checked_pools(HELD_OUT_3, earlier)
    held_out2.write(HERE / "deid_heldout3.jsonl", HELD_OUT_3, NOTES, SEED, "m")


if __name__ == "__main__":
    main()
