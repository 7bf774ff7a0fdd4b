"""Postal addresses: number (bis/ter), street type and name, postcode and city."""

from __future__ import annotations

import re

from handlers.deid.entities import Entity
from handlers.deid.lexicon import (
    HONORIFICS,
    PARTICLES,
    is_french_word,
    is_given_name,
    is_keep_word,
    is_stop_word,
    word_set,
)
from handlers.deid.normalise import fold, holds_any, openings

# Street types that only ever name a street.
_STREET = (r"rue|r\.|avenue|av|ave|boulevard|bd|bld|blvd|allee|all\.|impasse|imp|quai|square|sq"
           r"|residence|res|lotissement|lot\.|lieu-dit|lieudit|ld|faubourg|fbg|rond-point"
           r"|chaussee|ruelle|venelle|esplanade|parvis|hameau|cite|montee|corniche"
           r"|carrer")  # Catalan, typed after its number in Roussillon ("52 carrer de la Mar")
# Words that also have an everyday meaning ("pas de place", "en voie de guérison"): an
# address only after a street number or before a capitalised name.
_AMBIGUOUS = (r"place|pl\.|chemin|ch\.|chem|route|rte|cours|voie|passage|sentier|clos|parc|villa"
              r"|domaine|promenade|traverse|foyer|sente|mas|chalet")
# After a number, and before "des", "du", "de": "126 mail des Platanes" (a tree-lined avenue),
# not "9:30 mail acattaneo@..." nor "mail de Mme X" (e-mails).
_NUMBERED = "mail(?= d[eu'])|lot(?= l(?:es?|a) )"  # and "58 lot Les Bambous" (a lotissement)
_NUMBER = r"\d{1,4}(?: ?(?:bis|ter|quater|[abc])\b)?,? ?"


def _by_first_letter(alternatives: str) -> str:
    """The same alternatives grouped by first letter ("rue|r\\.|avenue" ->
    "r(?:ue|\\.)|avenue"): the engine tries one group instead of every word, in the same order."""
    groups: dict[str, list[str]] = {}
    for word in alternatives.split("|"):
        groups.setdefault(word[0], []).append(word[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_OPENINGS = "".join(sorted({word[0] for word in f"{_STREET}|{_AMBIGUOUS}".split("|")}))
# A street needs one of these words in the note (or "Grand'Rue", or a bis/ter number): most
# notes have none, and are spared the scan below, which the engine tries at every position.
_STREET_WORDS = frozenset(re.findall(r"\w+", word)[0]
                          for word in f"{_STREET}|{_AMBIGUOUS}|mail|grand".split("|"))
_BIS = re.compile(r"\d ?(?:bis|ter|quater)")
_STREETS, _AMBIGUOUS_STREETS = _by_first_letter(_STREET), _by_first_letter(_AMBIGUOUS)
# The last two openings: a street that needs no name ("125, Grand'Rue"), and a number with bis
# or ter before any words ("130 bis taille de mas", a Savoyard path): the number says it all.
# An article may stand between the number and the street word ("38 Le Hameau Gosselin").
_START = re.compile(
    rf"\b(?<!\d[-/.])(?<![a-z]-)(?=[\d{_OPENINGS}g])"  # (not the postcode of "CH-1347 Le Sentier")
    rf"(?:(?P<num>{_NUMBER}(?:l[ae] |les )?)(?P<any>{_STREETS}|{_AMBIGUOUS_STREETS}|{_NUMBERED})"
    rf"|(?P<street>{_STREETS})|(?P<amb>{_AMBIGUOUS_STREETS})|\d{{1,4}} ?(?:bis|ter|quater)"
    rf"|(?P<whole>(?:\d{{1,4}},? )?grand(?:e |'|-)rue))\.? (?=\S)"
)
# Small words inside street names beyond the name particles (Résidence les Pins, rue aux Fèvres).
_CONNECTORS = PARTICLES | {"les", "aux", "au", "sur", "sous", "en", "et", "a"}
# Street names after a date: avenue du 8 Mai 1945, rue du 14 Juillet.
_DATE_NAME = (r"\d{1,2}(?:er)?[ -](?:janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[uû]t|septembre"
              r"|octobre|novembre|d[ée]cembre)(?:[ -]\d{4})?")  # also "du 8-Mai-1945"
# A word of a street's or a town's name, its hyphens and apostrophes within: "Saint-Gilles-Croix-
# de-Vie", "L'Haÿ".
_PLACE_WORD = r"[^\W\d_]+(?:['\-][^\W\d_]+)*"
_NAME_WORD = re.compile(rf"{_PLACE_WORD}\.?|{_DATE_NAME}", re.IGNORECASE)
_ELISION = re.compile(r"[ld]'", re.IGNORECASE)
# department (2A/2B for Corsica) and commune, opening on a digit (see normalise._TRANSLATED);
# some type a space between them ("83 220 LE PRADET"), taken before a capitalised town only
_POSTCODE_CITY = re.compile(
    r"\d(?<!\w\d)(?:(?<=0)[1-9]|(?<=[1-8])\d|(?<=9)[0-8]|(?<=2)[ab])(?P<space> )?\d{3}"
    rf" (?:(?:le|la|les) )?(?P<city>{_PLACE_WORD})"  # Le Mans, La Rochelle
    r"(?: (?:sur|sous|les|en|de|du|la|le|cedex|[^\W\d_]+-[^\W\d_]+|\d{1,2}(?:e|er|eme)?)\b)*",
)
# A village's centre, its whole address before the postcode: "le bourg, 44130 Blain"; and a
# named place of two words or more alone before it, as a farm or a hamlet is addressed: "La
# Borie Haute, 19140 Uzerche", "Village de Fraisse, 15200 Mauriac" (on the note as typed).
# Either may have its house number: "16 le Bourg, 18300 Sancerre", "20 La Bergerie 58140 Lormes".
_HOUSE_NUMBER = r"(?:\b\d{1,4}(?: ?(?:bis|ter)\b)?,? )?"
_OF = re.compile(r"d[eu] |d'")  # before a street's name
_BOURG = re.compile(rf"{_HOUSE_NUMBER}\ble bourg,? $")
_PLACE_BEFORE = re.compile(rf"{_HOUSE_NUMBER}(?<![\w'])[A-ZÀ-Ý][^\W\d_]*"
                           r"(?:[ '\-](?:de|du|des|la|le|les|d|l|au|aux|[A-ZÀ-Ý][^\W\d_]*))+(?:,| -)? $")
# In lower case, a place named with its article after a colon or a comma, of words that are not
# the note's own: "domicile : la métairie, 17410 saint-martin-de-ré", "chez mr X, le puy grenier
# 85800 ..." (on the folded note).
_LOWER_PLACE_BEFORE = re.compile(r"(?:(?<=[:,;] )|(?<=\n)|^)l(?:a|e|es) [^\W\d_]+(?: [^\W\d_]+){0,2},? $")
# What stands before a street or a postcode as part of the address, whatever the case: a named
# house or building, a quarter, a campsite and its pitch, a post box, the flat ("chalet les
# bouquetins, 605 route des essertets", "maison Harizpea, quartier Helbarron, 64240 Urt",
# "Etxegaraia etxea, ...", "BP 76", "apt 14 résidence les hortensias", "mobil-home 40, camping
# La Pinède, 20260 Calvi", "maison 9, route du Cap", a seasonal worker's "logement saisonnier
# Chalet Les Marmottes bât. B ch. 21", "Flat 7, 115 Beech Grove", "lot 252 lotissement ...",
# "tribu de Mou, 98884 Lifou").
_PIECE_BEFORE = (r"(?:\b(?:chalet|residence|mas|villa|domaine|hameau|lieu-?dit|ferme|immeuble|maison"
                 r"|quartier|camping|emplacement|mobil-home|mobile-home|bungalow|gite|studio|appartement|chambre"
                 r"|ponton|port|section|logement|tribu|village"
                 r"|t\d)(?: [^,;:.\n]{1,40}?)?|\b[^\W\d_]+ etxea|\b(?:bp|cs|tsa) \d{1,5}"
                 r"|\b(?:apt|appt|app|bat|esc|ch|flat|lot)\.?(?: ?(?:n° ?)?\w{1,4})?)")
_HOUSE_BEFORE = re.compile(rf"{_PIECE_BEFORE}(?:(?:,| [-–]) ?{_PIECE_BEFORE})*(?:,| [-–])? ?$")
_HOUSE_REACH = 100
# Addresses abroad, as frontaliers and visitors give them: the street's name before its number
# ("calle mayor 58", "Nagusia kalea 12", "Kastanienallee 117", "Biltstraat 214", "24 Tolcarne
# Road", "30 Queen's Road"), and the British and Australian postcodes after their town ("Newquay
# TR7 2NQ", "Coolangatta QLD 4225").
_STREETS_ABROAD = openings("calle|avenida|avda|plaza|paseo|carrer|rua|travessa|piazza|viale|corso")
_BASQUE_STREETS = openings("kalea|etorbidea")  # after the name: "Nagusia kalea 12"
_ENGLISH_STREETS = openings("road|street|parade|crescent|terrace|gardens|grove|walk|lane|close|drive|way")
_ITALIAN_STREETS = openings("via")  # only with its postcode: "via Mazzini 7, 57123 Livorno"
_STREET_WORDS_ABROAD = (_STREETS_ABROAD.words | _BASQUE_STREETS.words | _ENGLISH_STREETS.words
                        | _ITALIAN_STREETS.words)
# German and Dutch streets end a word ("Kastanienallee 117", "Oudegracht 71"): looked for as
# endings before a space.
_GERMANIC_ENDINGS = ("strasse", "straße", "str.", "allee", "weg", "gasse", "platz", "straat", "gracht",
                   "laan", "plein", "kade", "singel", "dijk")
_GERMANIC_ENDINGS_BEFORE_A_SPACE = tuple(f"{ending} " for ending in _GERMANIC_ENDINGS)
_ABROAD = re.compile(
    rf"\b(?:(?:{_STREETS_ABROAD.pattern})\.? (?:[^\W\d_]+ ){{1,3}}\d{{1,4}}"
    rf"|(?:[^\W\d_]+ ){{1,2}}(?:{_BASQUE_STREETS.pattern}),? \d{{1,4}}"
    rf"|\d{{1,4}},? (?:[^\W\d_]+(?:'s)? ){{1,3}}(?:{_ENGLISH_STREETS.pattern})"
    rf"|(?:{_ITALIAN_STREETS.pattern}) (?:[^\W\d_]+ ){{1,3}}\d{{1,4}},? \d{{4,5}} [^\W\d_]+"
    rf"|[^\W\d_]{{3,}}(?:{'|'.join(map(re.escape, _GERMANIC_ENDINGS))}) \d{{1,4}})(?:[a-z]\b)?")
# A postcode with its country's letter, then its town: "L-2272 Luxembourg", "B-6700 Arlon",
# "F-68000 Colmar", "CH-1347 Le Sentier"
# (found by its dash, then the letter is checked: not "réf AB-1234").
_POSTCODE_COUNTRY = re.compile(rf"-\d{{4,5}}(?: (?:l[ae]s? )?{_PLACE_WORD})?")
_COUNTRY = re.compile(r"(?<![\w-])(?:l|b|d|ch|a|i|e|nl|f)$")
_POSTCODE_ABROAD = re.compile(r"[A-Z](?<!\w[A-Z])(?:[A-Z]?\d[A-Z\d]? \d[A-Z]{2}|(?:(?<=Q)LD|(?<=N)SW|(?<=V)IC"
                              r"|(?<=T)AS|(?<=A)CT|(?<=[WS])A|(?<=N)T) \d{4})\b")
# The house number after the street's name, then a postcode of four digits (the Netherlands' with
# two letters) and its town: "Lange Voorhout 205, 3012 CL Rotterdam", "kerkstraat 8, 2311 ez
# leiden", "Naamsestraat 115, 1000 Bruxelles" (the street's name, by its ending or by the model).
_NUMBER_POSTCODE_ABROAD = re.compile(
    r"\d(?<![\w/.,]\d)\d{0,3}[a-z]?, \d{4}(?P<letters> ?[A-Z]{2}(?!\w)| [a-z]{2}(?= ))? "
    rf"(?P<town>(?:(?:[Dd]en|[Ll][ae]s?) )?{_PLACE_WORD})")
# After an "adresse :" label, what follows up to the end of the phrase, a phone or an e-mail,
# a word of the note's own vocabulary, or the town after its postcode: "adresse : La Ferme des
# Grands Champs, 14310 ...", "adresse : 16 square condorcet, les lilas. facturer ..."
_LABELLED = re.compile(
    r"\badresse(?: postale)? ?: ?(?P<address>(?:(?!\b(?:tel|mail|port|mob)\b| [-–] )[^\n.;:|@/])+)")
_WORD = re.compile(r"[^\W\d_]+")
# The rest of a town's name of several words, capitalised as typed: "La Plaine| des Cafres".
_TOWN_REST = re.compile(
    r"(?: (?:sur|sous|les|en|de|du|des|la|le|aux?) [A-ZÀ-Ý][^\W\d_]*(?:['\-][^\W\d_]+)*)+")
# The region or country in brackets after a town: "31700 Elizondo (Navarra)".
_REGION = re.compile(r" \(([^\W\d_]+(?:-[^\W\d_]+)*)\)")
# The town first, its postcode after it in brackets: "Eysines (33320)", "Le Bouscat (33110)".
_POSTCODE_IN_BRACKETS = re.compile(r"\((?:\d{5}|2[AB]\d{3})\)")
_TOWN_BEFORE = re.compile(r"(?:\b(?:Le|La|Les) )?\b[A-ZÀ-Ý][^\W\d_]*(?:['\-][^\W\d_]+)* $")
_TOWN_REACH = 60
_MAX_NAME_WORDS = 6
# Abbreviations inside street names ("rue du Gal. Leclerc"); any other word with a full stop
# ends the sentence, and the street name with it.
_POSTCODE_AFTER = re.compile(r",? ?(?:\d{5}|2[AB]\d{3})(?![\w/.])(?! [^\W\d_])")  # no town after it
# The house number after the street's name, then a postcode of four or five digits, maybe with
# its country's letters, and its town, as Belgium and Switzerland write it: "avenue Louise 140,
# 1050 Ixelles", "rue des Envers 13, CH-2300 La Chaux-de-Fonds" (or with the number first: "82
# AVENUE LOUISE, 1000 BRUXELLES": a four-digit postcode, which no French street is followed by).
_NUMBER_AND_POSTCODE = re.compile(
    rf",? (?:\d{{1,4}}[a-z]?,? (?:[A-Z]{{1,2}}-)?\d{{4,5}}|\d{{4}}) (?:(?:L[ae]s?|l[ae]s?) )?{_PLACE_WORD}")
# A postcode typed with a space after the street, its town in any case: ", 06 600 antibes".
_SPACED_POSTCODE = re.compile(rf",? \d\d \d{{3}} {_PLACE_WORD}")
_TOWN_AFTER = re.compile(r", ?(?P<town>[^\W\d_]+(?:[ '\-][^\W\d_]+){0,3})(?= ?(?:[.;)\n]|$))")
_BUILDING_WORDS = word_set("bat batiment esc escalier app appt apt appart appartement etage rdc digicode")
_ABBREVIATIONS = word_set("st ste gal mal dr pr pdt cdt cne lt col mgr fg fbg bd av")
# Where the patient lives, said with a town alone: "habite à L'Union", "domiciliée à Muret".
# (on the folded note, as _START: no case-insensitive alternation)
_LIVES = openings("habite|vit|reside|demeurant|domicilie|domiciliee|domicilies|domiciliees")
_LIVES_IN = re.compile(rf"\b(?:{_LIVES.pattern}) (?:a|sur) "
                       r"(?P<town>(?:(?:l'|la |le |les )(?=\w))?[^\W\d_][^\s,;:.()]*)")


# A building's details typed after its address belong to it: "bât. B, 3e étage, code 7657D",
# "(esc. 2, RDC, interphone en panne)", "tour 7, 2e droite".
_DETAIL = (r"(?:b[âa]t(?:iment)?\.?|esc(?:alier)?\.?|tour|porte|app?(?:ar)?t\.?|entr[ée]e) ?\w{1,4}\b"
           r"|\d{1,2} ?(?:e|er|[èe]re|[èe]me) ?(?:[ée]tage|[ée]t\.|droite|gauche|sans ascenseur)"
           r"|case \d{1,4}\b"  # La Réunion's house number
           r"|\d{1,2} ?º ?(?:dcha|izda|izq|der|centro)?\.?|bajo\b"  # a Spanish floor and door
           r"|(?:rdc\b|rez-de-chauss[ée]e)(?: [ée]tage)?|(?:digi)?code\b:? ?\w+|interphone\b[^,;)\n]*")
_BUILDING = re.compile(rf"(?:[ ,\-–(]+(?:{_DETAIL}))+\)?", re.IGNORECASE)


def with_building(text: str, entities: list[Entity]) -> list[Entity]:
    """Each address with the building details that follow it."""
    return [Entity(e.start, match.end(), e.kind)
            if e.kind == "ADRESSE" and (match := _BUILDING.match(text, e.end)) else e
            for e in entities]


def find_addresses(text: str) -> list[Entity]:
    folded = fold(text)
    spans = []
    streets = holds_any(folded, _STREET_WORDS) or (  # "quater" holds "ter"
        ("bis" in folded or "ter" in folded) and _BIS.search(folded))
    for match in _START.finditer(folded) if streets else ():
        if match["amb"] and folded.endswith("a la ", 0, match.start()):
            continue  # "à la place de Karim": instead of him, no square
        end = _street_name_end(text, match.end(), capitalised_only=bool(match["amb"]))
        if match["whole"] and end == match.end():
            end = match.end("whole")  # "125, Grand'Rue" (and "grande rue de la Guillotière")
        if match["amb"] and is_given_name(_OF.sub("", folded[match.end():end], count=1)) and (
                _with_town(text, end) == end):
            continue  # "Passage Sophie 11/01", "passage de Julien": a visit, no street (not
            # "route de France 2, CH-1347 Le Sentier")
        if end > match.end() or match["whole"]:
            house = _HOUSE_BEFORE.search(folded, max(0, match.start() - _HOUSE_REACH), match.start())
            spans.append(Entity(house.start() if house else match.start(), _with_town(text, end), "ADRESSE"))
    spans += _abroad(text, folded)
    if holds_any(folded, _LIVES.words):
        spans += [Entity(*match.span("town"), "ADRESSE") for match in _LIVES_IN.finditer(folded)
                  if not is_keep_word(match["town"])]  # "vit à domicile"
    for bracket in _POSTCODE_IN_BRACKETS.finditer(text):  # rare: the town is looked for then
        if town := _TOWN_BEFORE.search(text, max(0, bracket.start() - _TOWN_REACH), bracket.start()):
            spans.append(Entity(town.start(), bracket.end(), "ADRESSE"))
    for match in _POSTCODE_CITY.finditer(folded):
        if match["space"] and not text[match.start("city")].isupper():
            continue  # "marche 10 000 pas" (after a street, _with_town takes "06 600 antibes")
        # "mutuelle 60593 Parkinson" is no town; "79500 Melle" is one
        if not is_keep_word(match["city"]) or match["city"] in HONORIFICS:
            before = (_BOURG.search(folded, max(0, match.start() - 20), match.start())
                      or _HOUSE_BEFORE.search(folded, max(0, match.start() - _HOUSE_REACH), match.start())
                      or _PLACE_BEFORE.search(text, max(0, match.start() - _TOWN_REACH), match.start())
                      or _lower_place_before(folded, match.start()))
            rest = _TOWN_REST.match(text, match.end())  # "97418 La Plaine des Cafres"
            end = rest.end() if rest else match.end()
            if (region := _REGION.match(text, end)) and not is_keep_word(fold(region[1])):
                end = region.end()  # "20100 Errenteria (Gipuzkoa)"
            spans.append(Entity(before.start() if before else match.start(), end, "ADRESSE"))
    for match in _LABELLED.finditer(folded) if "adresse" in folded else ():
        start, end = match.span("address")
        if town := _POSTCODE_CITY.search(folded, start, end):
            end = town.end()
        end = next((w.start() for w in _WORD.finditer(folded, start, end) if is_keep_word(w.group())), end)
        end = start + len(folded[start:end].rstrip(" ,-"))
        if end > start:
            spans.append(Entity(start, end, "ADRESSE"))
    return spans


def _abroad(text: str, folded: str) -> list[Entity]:
    streets = _ABROAD.finditer(folded) if holds_any(folded, _STREET_WORDS_ABROAD) or any(
        map(folded.__contains__, _GERMANIC_ENDINGS_BEFORE_A_SPACE)) else ()
    spans = []
    for match in streets:  # with the flat before it ("Flat 7, 115 Beech Grove")
        house = _HOUSE_BEFORE.search(folded, max(0, match.start() - _HOUSE_REACH), match.start())
        spans.append(Entity(house.start() if house else match.start(), match.end(), "ADRESSE"))
    for match in _POSTCODE_COUNTRY.finditer(folded):
        if country := _COUNTRY.search(folded, max(0, match.start() - 3), match.start()):
            spans.append(Entity(country.start(), match.end(), "ADRESSE"))
    for code in _NUMBER_POSTCODE_ABROAD.finditer(text):
        town = code["town"]
        if code["letters"] or town[0].isupper() or not is_french_word(town):
            spans.append(Entity(code.start(), code.end(), "ADRESSE"))
    for code in _POSTCODE_ABROAD.finditer(text):
        town = _TOWN_BEFORE.search(text, max(0, code.start() - _TOWN_REACH), code.start())
        spans.append(Entity(town.start() if town else code.start(), code.end(), "ADRESSE"))
    return spans


def _lower_place_before(folded: str, start: int) -> re.Match[str] | None:
    place = _LOWER_PLACE_BEFORE.search(folded, max(0, start - _TOWN_REACH), start)
    if place and any(is_keep_word(w) or is_stop_word(w) for w in _WORD.findall(place.group())[1:]):
        return None  # "rdv : le lundi, 17000 La Rochelle"
    return place


def _with_town(text: str, end: int) -> int:
    """Where a street address ends with its postcode typed without its town ("37 route du
    Piton 97490,"), or with the town that closes its sentence, typed without its postcode:
    "8 traverse des pêcheurs, thuir." (a capitalised town, or one whose first word no dictionary
    has)."""
    if postcode := (_POSTCODE_AFTER.match(text, end) or _NUMBER_AND_POSTCODE.match(text, end)
                    or _SPACED_POSTCODE.match(text, end)):
        return postcode.end()
    town = _TOWN_AFTER.match(text, end)
    if not town:
        return end
    words = town["town"].replace("-", " ").replace("'", " ").split()
    first = next((w for w in words if fold(w) not in PARTICLES), "")  # "les lilas": "lilas"
    if any(is_keep_word(fold(w)) for w in words) or not (
            town["town"][0].isupper() or not is_french_word(first)):
        return end
    return town.end("town")


def _street_name_end(text: str, pos: int, *, capitalised_only: bool) -> int:
    """End of the street name starting at `pos` (returns `pos` when there is none).

    Takes capitalised words, particles, and lower-case words that are neither function
    words nor call-note vocabulary (`rue des lilas`), stopping at punctuation.
    """
    end = last = pos
    particle = False
    for count, match in enumerate(_NAME_WORD.finditer(text, pos)):
        if text[last:match.start()].strip() or count >= _MAX_NAME_WORDS:
            break
        last = match.end()
        word = match.group()
        folded = fold(word.rstrip("."))
        bare = _ELISION.sub("", folded) if "'" in folded else folded
        # after "du", "de la": the street's name, even a word of the notes' ("boulevard du port")
        vocabulary = is_keep_word(bare) and not particle
        particle = bare in _CONNECTORS
        title_case = word[0].isupper() and not word.isupper()  # rue de l'Hôpital
        if bare in _BUILDING_WORDS:
            break  # "résidence Les Santolines esc. 1 porte 8": the building's details follow
        if (vocabulary and not title_case) or (
            not (particle or word[0].isupper()) and (capitalised_only or is_stop_word(bare))
        ):
            break
        if not particle or title_case:  # rue Sainte, Résidence Les Pins
            end = match.end()
        if word.endswith(".") and folded not in _ABBREVIATIONS:  # "quai des Bateliers. Karim ok"
            break
    return end
