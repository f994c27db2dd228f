"""Context rules: when a word that resolves is not a substance mention, and mentions only context reveals.

Used by :class:`chemtrove.chem.names.NameFinder`; each rule is a class of cases (tests on corpus sentences).

A name can resolve and still not name a substance in its sentence: "water bath" and "tungsten carbide jars"
are things (an apparatus noun follows the chemical words), "Na et al." is an author (an element symbol
beside "et al." or initials), "4 H2O" after "Ni(Ac)2·" is the hydrate part of a formula the finder cannot
read, "iodide" after "Propidium" is the tail of a salt name nothing resolved. Context also reveals
mentions: element symbols of a ratio ("Li/Ni/Mn = 2.1:1:3", "Si/Al ratio"); abbreviations a text defines
are in :mod:`chemtrove.chem.names.abbreviations`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from chemtrove.chem.names import codes, mentions, quantities, reagents, spans, vendors
from chemtrove.chem.names.carbons import CARBON_FORMS, carbon_form_ok
from chemtrove.chem.names.formulas import ELEMENTS, MAX_FORMULA_CHARS, looks_like_formula
from chemtrove.chem.names.ratios import ABBREVIATED_RATIOS

APPARATUS_NOUNS = frozenset(
    (
        "bath baths jacket jackets condenser condensers bridge bridges jar jars vial vials tube tubes tubing boat "
        "boats crucible crucibles vessel vessels flask flasks beaker beakers bottle bottles container containers "
        "cell cells lamp lamps cylinder cylinders trap traps line lines autoclave autoclaves reactor reactors "
        "furnace furnaces oven ovens chamber chambers mortar mortars pestle balls ball mill mills dish dishes "
        "holder holders cuvette cuvettes pump pumps thermometer thermocouple probe probes gun guns nozzle "
        "syringe syringes needle needles funnel funnels column columns pan pans cup cups capsule capsules ampoule "
        "ampoules tray trays"
    ).split()
)
"""Head nouns that make the chemical words before them a thing, not a substance ("water bath", "silver
tubes", "tungsten carbide jars", "salt bridge", "alumina crucibles")."""

APPARATUS_MODIFIERS = frozenset(
    (
        "reference counter working solar fuel electrochemical reaction ice oil sand salt cooling heating purification"
    ).split()
)
"""Words between a chemical word and an apparatus noun ("Si reference cell", "Pt counter cell", "water ice
bath", "water cooling jacket"); after one, "system" and "unit" are apparatus too ("water purification
system")."""

_APPARATUS_AFTER_MODIFIER = frozenset("system systems unit units".split())

SALT_ANIONS = frozenset(
    "chloride bromide iodide fluoride nitrate sulfate sulphate acetate perchlorate hydroxide tosylate".split()
)
"""Anion words that end a salt name; after an unresolved cation word ("Propidium iodide") they are its tail."""

CATION_CLASSES = frozenset("metal metals alkali alkaline earth rare-earth lanthanide actinide".split())
"""Class words for the cation of a salt ("transition-metal hydroxide"): the salt is a class, not a compound."""

_AUTHOR_AFTER = re.compile(
    r"\s*(?:,\s*)?(?:et\.?\s+al\b|and\s+co-?workers\b|'s\b|\u2019s\b|(?:[A-Z]\.\s*-?){1,3}(?=[\s,;)]))"
)
_AUTHOR_BEFORE = re.compile(r"(?:\b[A-Z]\.\s*-?\s*){1,3}$")
_SYMBOL_ONLY = re.compile(r"[A-Z][a-z]?")
_NUMBER_BEFORE = re.compile(r"(?:^|[\s(\-\u2212\u2013])\d+(?:\.\d+)?[ \u00a0]$")
_HYDRATE_COUNT = re.compile(r"\S\d+(?:\.\d+)?[ \u00a0]$")
_RATIO = re.compile(r"[A-Z][a-z]?(?:(?:/[A-Z][a-z]?)+|(?::[A-Z][a-z]?)+)")
_FORMULA_RATIO = re.compile(r"[A-Z][A-Za-z]*\d[A-Za-z0-9]*(?:/[A-Z][A-Za-z]*\d[A-Za-z0-9]*)+")
_EQUALS = re.compile(r"[ \u00a0]*=")
_RATIO_OF = re.compile(r"\bratios?[ \u00a0]+of[ \u00a0]+\(?$")
_RATIO_NOUN = re.compile(r"\s+(?:(?:molar|mole|atomic|atom|weight|mass|stoichiometric|feed|gas|flow)\s+)?ratios?\b")
_MIXED_RATIO = re.compile(r"[A-Z][A-Za-z0-9]{0,11}(?:/[A-Z][A-Za-z0-9]{0,11})+")
"""Formulas and element symbols joined by slashes, at least one with a count ("O2/Ar", "SiO2/Al2O3")."""
_VALUE_BEFORE = re.compile(r"(?<![\w.%])\d{1,4}\.\d{1,4}[ \u00a0]$")
"""A ratio's value written before it ("0.90 O2/Ar"): a bare decimal, no unit or percentage."""
_BOUND_PARTS = ("hydrate", "solvate", "etherate", "complex", "adduct", "salt")
_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z][A-Za-z\-]*)")


def _next_words(text: str, end: int, n: int) -> list[str]:
    """Up to ``n`` lower-case words after ``end`` when only spaces separate them (punctuation stops)."""
    out: list[str] = []
    pos = end
    for _ in range(n):
        if pos >= len(text) or text[pos] not in " \u00a0":
            break
        m = _NEXT_WORD.match(text, pos)
        if m is None:
            break
        out.append(m.group(1).lower())
        pos = m.end()
    return out


def before_apparatus(text: str, end: int) -> bool:
    """Whether the chemical words ending at ``end`` are followed by an apparatus head noun.

    Example:
        >>> before_apparatus("stirred in a water bath for 12 h", 18), before_apparatus("water and ethanol", 5)
        (True, False)
    """
    following = _next_words(text, end, 2)
    if not following:
        return False
    if following[0] in APPARATUS_NOUNS:
        return True
    if len(following) < 2 or following[0] not in APPARATUS_MODIFIERS:
        return False
    return following[1] in APPARATUS_NOUNS or following[1] in _APPARATUS_AFTER_MODIFIER


def before_object(text: str, end: int) -> bool:
    """Whether a bare element name ending at ``end`` is followed by the head noun of an object made of it
    (``spans.OBJECT_NOUNS``: "silver ring", "platinum electrode", "iron molds", "silicon wafers"). Forms of
    the substance ("gold nanoparticles", "copper foils", ``spans.SUBSTANCE_FORMS``) are no objects. Any
    plural count noun after the name is not taken as an object: "carbon products" and "mercury solutions"
    name the substance.

    Example:
        >>> before_object("fixed with a silver ring as", 19), before_object("gold nanoparticles were", 4)
        (True, False)
    """
    after = spans.next_word(text, end)
    return after in spans.OBJECT_NOUNS or after.split("-", 1)[0] in spans.OBJECT_NOUNS  # "mesh-heated"


def author_like(text: str, start: int, end: int) -> bool:
    """Whether an element-symbol word (``Na``, ``Li``) stands where an author's name stands: before "et al."
    or "and co-workers", with initials before or after it, or as a possessive ("Li's method").

    Example:
        >>> author_like("as reported by Na et al.42 to produce", 15, 17), author_like("Na free TiO2", 0, 2)
        (True, False)
    """
    word = text[start:end]
    if not _SYMBOL_ONLY.fullmatch(word):
        return False
    if _AUTHOR_AFTER.match(text, end):
        return True
    return bool(_AUTHOR_BEFORE.search(text[max(0, start - 24) : start]))


def unit_after_number(text: str, start: int) -> bool:
    """Whether an element-symbol word stands right after a number, where units stand ("100 Pa").

    Example:
        >>> unit_after_number("at a pressure of 100 Pa. To", 21), unit_after_number("20 sccm Ar at", 8)
        (True, False)
    """
    return bool(_NUMBER_BEFORE.search(text[max(0, start - 16) : start]))


def hydrate_part(text: str, start: int) -> bool:
    """Whether the word at ``start`` (``H2O``) is the hydrate part of a formula written with a space after
    its count ("Ni(Ac)2·4 H2O", "CuSO4 5 H2O"): not a mention of water.

    Example:
        >>> hydrate_part("nickel acetate [Ni(Ac)2?4 H2O] and", 26), hydrate_part("in 4 mL H2O", 8)
        (True, False)
    """
    return bool(_HYDRATE_COUNT.search(text[max(0, start - 12) : start]))


def salt_tail(text: str, start: int, word: str) -> bool:
    """Whether an anion word is the end of a salt name whose cation word nothing resolved ("Propidium
    iodide", "ethidium bromide") or a class word ("transition-metal hydroxide"): the anion alone is not
    the substance.

    Example:
        >>> salt_tail("Propidium iodide, LysoTracker", 10, "iodide"), salt_tail("the iodide was", 4, "iodide")
        (True, False)
    """
    before = spans.previous_word(text, start)
    if amine_salt(before, word.lower()):
        return True  # "hexamethylenediamine carbamate" that nothing resolved: the amine's salt
    if word.lower() not in SALT_ANIONS:
        return False
    if before in CATION_CLASSES or before.rpartition("-")[2] in CATION_CLASSES:
        return True  # "transition-metal hydroxide", "alkali nitrate": a class of salts
    return len(before) > 4 and before.endswith("ium") and before not in spans.ELEMENT_NAMES


_DIATOMIC = frozenset("H2 N2 O2 F2 Cl2 Br2 I2".split())


def _mixed_ratio(core: str) -> bool:
    """Whether a word is formulas joined by slashes, element symbols among them ("SiO2/Al2O3", "O2/Ar")."""
    if _MIXED_RATIO.fullmatch(core) is None or not any(c.isdigit() for c in core):
        return False
    return all(p in ELEMENTS or p in _DIATOMIC or looks_like_formula(p) for p in core.split("/"))


def ratio_symbols(text: str, word: spans.Word) -> list[tuple[int, int]]:
    """Offsets of the element symbols (or formulas) of a ratio word, or ``[]``: symbols joined by slashes
    or colons, or formulas with a count joined by a slash ("SiO2/Al2O3 = 30"), with an equals sign after
    them ("Li/Ni/Mn=2.1:1:3", "(Si/Al = 50)"), a ratio noun after them ("Si/Al ratio", "H2O/SiO2 molar
    ratio", "O2/Ar gas ratio") or "ratio of" before them ("a cationic ratio of Li:Ni:Co equal to 1:0.8:0.2"); a
    ratio of formulas also with its value before it ("0.90 O2/Ar", where "5% H2/Ar" is one gas mixture).

    Example:
        >>> t = "a molar ratio of Zn/Co molar ratio"
        >>> [t[s:e] for s, e in ratio_symbols(t, spans.Word(17, 22, "Zn/Co", False, False))]
        ['Zn', 'Co']
    """
    core = word.text.split("=", 1)[0]
    m = _RATIO.fullmatch(core)
    if m is None and not _mixed_ratio(core) or core in ABBREVIATED_RATIOS:  # "I/C": ionomer to carbon
        return []
    symbols = re.split("[/:]", core)
    if any(s not in ELEMENTS and m is not None or s == "D" for s in symbols) or len(set(symbols)) != len(symbols):
        return []
    if spans.next_word(text, word.end).split("-")[0] in spans.ION_WORDS:
        return []  # "a 2:2:6 ratio of Ni/Co/Mn sulfate": the salts, not the elements
    said = "=" in word.text or _RATIO_NOUN.match(text, word.end) or _EQUALS.match(text, word.end)
    if m is None and not said and not word.cut_left:  # "0.90 O2/Ar": its value before it
        said = _VALUE_BEFORE.search(text, max(0, word.start - 10), word.start) is not None
    if not (said or _RATIO_OF.search(text, max(0, word.start - 40), word.start)):
        return []
    out, pos = [], word.start
    for s in symbols:
        out.append((pos, pos + len(s)))
        pos += len(s) + 1
    return out


AMBIGUOUS_OXOANIONS = frozenset(
    (
        "silicate borate aluminate vanadate titanate zirconate germanate stannate plumbate antimonate niobate "
        "tantalate molybdate tungstate manganate ferrate cobaltate nickelate"
    ).split()
)
"""Oxoanion stems whose unprefixed name does not fix the anion in common use: the element forms ortho-,
meta-, pyro- and condensed anions (or several oxidation states), and the salt a paper means is not the one
a parser reads. "sodium silicate" is water glass (Na2SiO3, or Na2O·nSiO2), OPSIN reads Na4SiO4; "sodium
borate" is borax (Na2B4O7), not Na3BO3; "ammonium molybdate" and "ammonium tungstate" are the hepta- and
paratungstate salts, "sodium molybdate" is Na2MoO4; "lithium manganate" is LiMn2O4, "potassium manganate"
K2MnO4; aluminate, vanadate, titanate, zirconate, germanate, stannate, plumbate, antimonate, niobate and
tantalate salts are written for MO2-, MO3- and MO4-type anions alike (NaAlO2 and Ca3Al2O6, NH4VO3 and Na3VO4,
BaTiO3 and Li4Ti5O12, Li2ZrO3 and Li8ZrO6); ferrate, cobaltate and nickelate name both the high-valent
oxoanions (K2FeO4) and mixed oxides (LaFeO3, LiCoO2, La2NiO4). A prefix (``metasilicate``,
``orthovanadate``, ``tetraborate``, ``hexafluorosilicate``), an oxidation number (``manganate(VI)``) or a
formula fixes the anion and is read as written. Not here: stems whose anion is fixed (sulfate, nitrate,
carbonate, chromate, permanganate, periodate) and phosphate, whose anion is fixed and only its protonation is
open ("sodium phosphate" is read as the IUPAC name says, Na3PO4)."""


MANY_OXIDES = frozenset(
    (
        "vanadium chromium manganese iron cobalt nickel copper niobium molybdenum tungsten rhenium ruthenium "
        "osmium iridium palladium platinum mercury thallium tin lead cerium praseodymium terbium europium "
        "uranium germanium arsenic antimony selenium tellurium silicon carbon nitrogen sulfur sulphur phosphorus "
        "chlorine"
    ).split()
)
"""Elements with several oxides (and sulfides) in common use: "vanadium oxide" is VO2, V2O3 or V2O5, "tin
oxide" SnO or SnO2, "cerium oxide" CeO2 or Ce2O3, "copper oxide" CuO or Cu2O, "molybdenum sulfide" MoS2 or
MoS3, and a parser reads one of them by its own default (OPSIN: SnO, Ce2O3, WO, MoO, SiO). Such a name
without an oxidation number or a multiplying prefix ("tin(IV) oxide", "tin dioxide", "ferric oxide") names
no single compound. Elements with one oxide in common use (zinc, magnesium, aluminium, zirconium,
titanium) are read as written."""

BINARY_ANIONS = frozenset("oxide oxides sulfide sulfides sulphide sulphides selenide selenides telluride".split())


def generic_salt(name: str) -> bool:
    """Whether a name ends with an unprefixed oxoanion stem of :data:`AMBIGUOUS_OXOANIONS` (before any
    hydrate words), or is the oxide or sulfide of an element of :data:`MANY_OXIDES` with no oxidation
    number: a chemical mention with no single structure ("sodium silicate", "ammonium molybdate
    tetrahydrate", "silicate", "vanadium oxide").

    Example:
        >>> [generic_salt(n) for n in ("Sodium silicate", "sodium metasilicate", "sodium sulfate", "borate")]
        [True, False, False, True]
    """
    words = name.lower().split()
    while len(words) > 1 and words[-1].endswith("hydrate"):
        words.pop()
    if len(words) == 2 and words[0] in MANY_OXIDES and words[1] in BINARY_ANIONS:
        return True  # "vanadium oxide", "tin oxide": which oxide is not said
    return bool(words) and words[-1] in AMBIGUOUS_OXOANIONS


def one_compound(name: str, smiles: str) -> bool | None:
    """Whether OPSIN's structure for a name of several words is one compound (``True``), two names side by
    side (``False``: several neutral molecules, "ammonia water") or a misread of one compound's name
    (``None``: parts whose charges do not add up, "ammonia hydroxide"). Parts whose charges add up to zero
    are a salt; hydrate, solvate, etherate, complex, adduct and salt-forming words ("hydroxylamine
    hydrochloride") bind neutral parts into one compound, and so does an anion word ending a name of two
    neutral parts, OPSIN's base and acid of an acid-addition salt ("hydrazine sulphate"). A one-part
    structure, or a one-word name (an ion), is left alone.

    Example:
        >>> [one_compound(n, s) for n, s in [("ammonia water", "N.O"), ("sodium chloride", "[Cl-].[Na+]"),
        ...  ("hydrazine monohydrate", "NN.O"), ("ammonia hydroxide", "N.[OH-]"), ("nitrate", "[O-][N+](=O)[O-]")]]
        [False, True, True, None, True]
        >>> one_compound("hydroxylamine hydrochloride", "Cl.NO"), one_compound("ethanol water", "CCO.O")
        (True, False)
        >>> one_compound("hydrazine sulphate", "NN.O=S(=O)(O)O")  # an acid-addition salt: base and acid
        True
    """
    if "." not in smiles or " " not in name.strip():
        return True
    from rdkit import Chem

    mol = Chem.MolFromSmiles(smiles)
    if mol is None:
        return None
    parts = Chem.GetMolFrags(mol, asMols=True)
    if Chem.GetFormalCharge(mol) != 0:
        return None
    if any(Chem.GetFormalCharge(part) != 0 for part in parts):
        return True
    if any(word.lower().endswith(_BOUND_PARTS) or word.lower() in spans.SALT_FORMERS for word in name.split()):
        return True
    return len(parts) == 2 and _anion_word(name.split()[-1].lower())  # "hydrazine sulphate": base and acid


def _anion_word(word: str) -> bool:
    """An anion word ending a two-part name: the acid of an acid-addition salt ("hydrazine sulphate")."""
    return word in spans.ION_WORDS and word.endswith(("ate", "ite", "ide")) and not word.endswith("hydrate")


PROBE_NOUNS = frozenset("tip tips needle needles".split())
"""Probes after an element symbol: an object made of the element ("contacted by a Pt tip"), where its grid,
mesh, ring or target is the metal."""


def not_a_mention(text: str, w: spans.Word) -> bool:
    """A resolving single word that context shows is no substance: an apparatus ("Si reference cell"), the
    symbol of a generic oxide or sulfide ("Ir oxide", as "iridium oxide" names no single compound), a probe
    ("Pt tip", :data:`PROBE_NOUNS`),
    an author ("Na et al."), a polymer's molar mass ("Mn = 17500 g mol-1"), a supplier ("Ti metals Ltd"),
    the hydrate part of a formula ("Ni(Ac)2·4 H2O")."""
    if not w.cut_right and before_apparatus(text, w.end):
        return True
    if codes.inside_complex(text, w.start, w.end):
        return True  # "[PdCl2 (PPh3)2]": a part of a complex
    if codes.sample_code(w.text):
        return True  # "CS600", "CBV390H": a sample code
    if author_like(text, w.start, w.end) or quantities.molar_mass(text, w.start, w.end):
        return True  # "Na et al.", "Mn = 17500 g mol-1"
    if w.text in ELEMENTS and not w.cut_right and vendors.company_name(text, w.end):
        return True  # "(Ti metals Ltd, UK)": a supplier
    if w.text in ELEMENTS and not w.cut_right and mentions.before_compound_class(text, w.end):
        return True  # "Te oxoacids": a class of the element's compounds
    if w.text in ELEMENTS and not w.cut_right and (after := spans.next_word(text, w.end)) in PROBE_NOUNS:
        return True  # "a Pt tip": a probe made of the metal, an object
    if w.text in ELEMENTS and not w.cut_right and after in BINARY_ANIONS:
        return True  # "Ir oxide": an oxide of no stated formula (one the words resolve took the window)
    if quantities.unit_symbol(w.text) and unit_after_number(text, w.start):
        return True  # "100 Pa": a unit
    if not w.cut_right and before_class_suffix(text, w.end):
        return True  # "biuret - type compounds": a class named after the compound
    if not w.cut_left and mentions.in_gas_mixture(text, w.start):
        return True  # "Ar-5% H2": one gas mixture
    return w.text == "H2O" and not w.cut_left and hydrate_part(text, w.start)


_CLASS_SUFFIX = re.compile(r"[ \u00a0][-\u2010\u2013][ \u00a0](?:type|based|fused|appended|tethered|like)\b")
"""A spaced hyphen and a word that makes the name before it a class of compounds, as tokenized text writes
"biuret-type compounds": "naphthalene - based chromene", "2-azetidinone - tethered alkynyl"."""


def before_class_suffix(text: str, end: int) -> bool:
    """Whether a name ending at ``end`` is followed by a spaced class suffix (:data:`_CLASS_SUFFIX`), which
    makes it the parent of a class, not a substance ("biuret - type compounds"); "derived" is not one ("proline -
    derived catalyst" names the proline used).

    Example:
        >>> before_class_suffix("the biuret - type compounds", 10), before_class_suffix("biuret - derived", 6)
        (True, False)
    """
    return text.startswith(" ", end) and _CLASS_SUFFIX.match(text, end) is not None


def run_is_not_a_substance(text: str, run: list[spans.Word], last_end: int) -> bool:
    """Whether the names found in a run are no substance: the run is followed by an apparatus noun ("water
    bath", "tungsten carbide jars": a thing), by a spaced class suffix ("naphthalene - based chromene") or by
    a word that lengthens the name ("sodium citrate tribasic"), or the last name found, ending at
    ``last_end`` inside the run, is followed by such a word ("oxalic acid" of an "oxalic acid dehydrate" whose
    dihydrate was not read: not the compound read)."""
    end = run[-1].end
    if not run[-1].cut_right and (
        before_apparatus(text, end)
        or spans.next_word(text, end) in spans.NAME_GOES_ON
        or before_class_suffix(text, end)
    ):
        return True
    return last_end < end and spans.next_word(text, last_end) in spans.NAME_GOES_ON


def amine_salt(cation: str, anion: str) -> bool:
    """Whether two words are an amine and an anion word, the name of the amine's salt ("hexamethylenediamine
    carbamate"): when nothing resolves the pair, neither word alone is the substance."""
    return cation.endswith("amine") and anion.endswith(("ate", "ite", "ide")) and not anion.endswith("hydrate")


def cation_of_unread_salt(run: list[spans.Word], a: int) -> bool:
    """An element name followed in its run by an anion word ("Sodium titanate" that nothing resolved), or
    an element name with its oxidation number followed by any chemical word ("iron(II) phthalocyanine"):
    the metal of a compound nothing resolved, not the element or its ion."""
    if a + 1 >= len(run):
        return False
    word = run[a].text.lower()
    if amine_salt(word, run[a + 1].text.lower()):
        return True  # "hexamethylenediamine carbamate": the amine of a salt nothing resolved
    if word.partition("(")[0] in spans.ELEMENT_NAMES and word.endswith(")"):
        return True
    return word in spans.ELEMENT_NAMES and run[a + 1].text.lower() in spans.ION_WORDS


def inside_polymer(text: str, w: spans.Word) -> bool:
    """A polymer name ("polyethylene", "poly (sodium 4-styrenesulfonate)"): no single structure."""
    if w.text.lower().startswith("poly"):
        return True
    before = text[max(0, w.start - 6) : w.start].lower()
    if before.rstrip(" (-").endswith("poly"):
        return True
    before = text[max(0, w.start - 60) : w.start].lower()  # inside "poly(vinyl pyrrolidone)"
    at = before.rfind("poly")
    inside = before[at + 4 :] if at >= 0 else ""
    return inside.lstrip().startswith("(") and inside.count("(") > inside.count(")")


def run_in_polymer(text: str, run: list[spans.Word], a: int, poly: bool) -> bool:
    """:func:`inside_polymer` of a run's first word or its word ``a``; ``poly``: whether "poly" occurs in the
    lower-cased text (without it, only a word's own spelling can start a polymer's name)."""
    if poly:
        return inside_polymer(text, run[0]) or inside_polymer(text, run[a])
    return run[0].text.lower().startswith("poly") or run[a].text.lower().startswith("poly")


def single_candidate(t: str) -> bool:
    """A word outside runs worth a lexicon/formula look-up: an abbreviation or formula, not prose
    (a capitalized word of three letters or more is a sentence start or a proper noun; an ion is not)."""
    capitalized = len(t) > 2 and t[0].isupper() and t[1:].islower() and t[-1] not in "+-\u2212" and "(" not in t
    # Fe3+ and Cl− are ions, Fe(acac)3 a formula
    return t != t.lower() and len(t) <= MAX_FORMULA_CHARS and not capitalized


def standalone_ok(text: str, w: spans.Word) -> bool:
    """Context rules for a one-word name: a bare element name, or an anion after an unknown cation."""
    lw = w.text.lower()
    if not w.cut_left and salt_tail(text, w.start, w.text):
        return False  # "Propidium iodide": the tail of a salt name nothing resolved
    if mentions.lone_anion(text, w):
        return False  # "metal oxalate", "A for acetate": a class of salts, not the ion
    if mentions.class_noun(text, w):
        return False  # "petroleum ether", "an alcohol": the class, not its common member
    if reagents.natural_brine(text, w):
        return False  # "salt lake brine": a mixture of salts, not the work-up's sodium chloride solution
    if text.startswith(" black", w.end) and w.text.isalpha() and spans.next_word(text, w.end) == "black":
        return False  # "acetylene black", "carbon black": a carbon black, not the molecule or element
    if lw in CARBON_FORMS:
        return carbon_form_ok(text, w) and (w.cut_right or not before_object(text, w.end))  # not "graphite die"
    if lw not in spans.ELEMENT_NAMES:
        return True
    if not w.cut_right and mentions.before_compound_class(text, w.end):
        return False  # "titanium alkoxides": a class of its compounds
    if lw in spans.NEVER_ALONE:  # "lead" the verb, unless its purity follows: "lead (99.9%)"
        return not w.cut_right and mentions.raw_element(text, w.end)
    if not w.cut_right and text.startswith((" foam", " paste", " mesh", " gauze", " target"), w.end):
        if mentions.metal_foam(text, w):
            return True  # "nickel foam", "silver paste", "platinum mesh", "copper target": the metal
    if not w.cut_right and (spans.next_word(text, w.end) in spans.PROPERTY_NOUNS or before_object(text, w.end)):
        return False
    if not w.cut_right and mentions.ion_device(text, w.end):
        return False  # "lithium ion batteries": a device named after the ion
    if not w.cut_left and spans.previous_word(text, w.start) in spans.MATERIAL_ADJECTIVES:
        return False
    return True


@lru_cache(maxsize=1 << 16)
def unresolved_ok(word: str) -> bool:
    """A word worth reporting as an unresolved name: long, systematic-looking, not an ion or element word."""
    lw = word.lower()
    return len(lw) >= 6 and lw not in spans.ION_WORDS and lw not in spans.ELEMENT_NAMES and spans.is_systematic_word(lw)


def window_name(text: str, first: spans.Word, last: spans.Word) -> str:
    """The look-up key of a window: its words joined by single spaces, in plain spelling
    (:func:`spans.plain_spelling`: "Lawesson ’s reagent" is looked up as "Lawesson's reagent",
    "Dess–Martin periodinane" as "Dess-Martin periodinane"); a plural "acids" read as "acid" ("oxamic and
    oxalic acids")."""
    name = spans.plain_spelling(" ".join(text[first.start : last.end].split()))
    return name[:-1] if name.endswith(" acids") else name


def run_windows(text: str, run: list[spans.Word], max_words: int) -> list[list[str]]:
    """The look-up keys of a run's windows of up to ``max_words`` words: ``[a][b - a - 1]`` for words ``a`` to
    ``b - 1`` (see :func:`window_name`)."""
    return [
        [window_name(text, run[a], run[b - 1]) for b in range(a + 1, min(len(run), a + max_words) + 1)]
        for a in range(len(run))
    ]
