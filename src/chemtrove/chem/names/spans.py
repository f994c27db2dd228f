"""Candidate spans for chemical names: words with offsets, which words can be part of a name, and runs.

A chemical name in prose is one or more whitespace-separated words ("2-chloro-5-nitropyridine",
"sodium sulfate decahydrate", "N,N-dimethylformamide"). Each word is trimmed of the punctuation prose puts
around it (a trailing ``,`` or ``.``, unbalanced brackets, brackets around the whole word), keeping the
brackets and primes that belong to the name. A word is *chemical* when it is an element name, an ion or
hydrate word, a word of a multi-word lexicon name, or reads as systematic nomenclature (locants such as
``2-`` or ``N,N-``, stereo descriptors, or a nomenclature stem with a nomenclature ending). Consecutive
chemical words with only spaces between them form a *run*; only windows inside runs are ever looked up,
so "water and ethanol" is never one candidate and "lead" the verb is never a word on its own.
"""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

MAX_WORD_CHARS = 300
"""Longer words are never part of a name."""

ELEMENT_NAMES = frozenset(
    (
        "hydrogen helium lithium beryllium boron carbon nitrogen oxygen fluorine neon sodium magnesium aluminium "
        "aluminum silicon phosphorus sulfur sulphur chlorine argon potassium calcium scandium titanium vanadium "
        "chromium manganese iron cobalt nickel copper zinc gallium germanium arsenic selenium bromine krypton "
        "rubidium strontium yttrium zirconium niobium molybdenum technetium ruthenium rhodium palladium silver "
        "cadmium indium tin antimony tellurium iodine xenon caesium cesium barium lanthanum cerium praseodymium "
        "neodymium promethium samarium europium gadolinium terbium dysprosium holmium erbium thulium ytterbium "
        "lutetium hafnium tantalum tungsten rhenium osmium iridium platinum gold mercury thallium lead bismuth "
        "polonium astatine radon francium radium actinium thorium protactinium uranium neptunium plutonium "
        "ammonium"
    ).split()
)
"""Element names (and ammonium), lower case."""

ION_WORDS = frozenset(
    (
        "chloride bromide iodide fluoride oxide hydroxide peroxide superoxide nitrate nitrite sulfate sulphate "
        "sulfite sulphite sulfide sulphide bisulfate bisulfite thiosulfate carbonate bicarbonate hydrogencarbonate "
        "acetate formate oxalate citrate tartrate lactate phosphate hydrogenphosphate dihydrogenphosphate "
        "phosphite pyrophosphate perchlorate chlorate hypochlorite permanganate manganate chromate dichromate "
        "cyanide cyanate thiocyanate silicate orthosilicate borate tetraborate tungstate molybdate vanadate "
        "metavanadate titanate zirconate aluminate germanate stannate plumbate antimonate niobate tantalate "
        "ferrate cobaltate nickelate ferrite ferricyanide ferrocyanide acetylacetonate stearate "
        "oleate alkoxide methoxide ethoxide isopropoxide propoxide butoxide tert-butoxide hydride borohydride "
        "amide azide nitride carbide selenide telluride arsenide phosphide triflate tosylate mesylate benzoate "
        "dioxide trioxide tetroxide pentoxide monoxide disulfide trichloride tetrachloride pentachloride "
        "dichloride difluoride trifluoride hexafluorophosphate tetrafluoroborate iodate bromate periodate "
        "persulfate peroxodisulfate hexachloroplatinate tetrachloroaurate chloroauric acid anhydride "
        "hydrate monohydrate dihydrate trihydrate tetrahydrate pentahydrate hexahydrate heptahydrate octahydrate "
        "nonahydrate decahydrate dodecahydrate sesquihydrate hemihydrate dehydrate"
    ).split()
)
"""Ion, acid and hydrate words that continue a name ("cobalt(II) nitrate hexahydrate"); "dehydrate" is the
frequent misspelling of dihydrate after a salt's name ("oxalic acid dehydrate"), read as dihydrate."""

CONNECTOR_STOPWORDS = frozenset("of in on at to and or the a an with for by as is are was be s base".split())
"""Words of multi-word lexicon names that are never chemical on their own."""

PROPERTY_NOUNS = frozenset(
    (
        "value values number numbers index indices standard vacancy vacancies deficiency deficient "
        "stoichiometry black nanotube nanotubes nanofiber nanofibers nanofibre nanofibres fiber fibers fibre "
        "fibres cloth paper felt foam matrix "
        "nanosheets nanosheet dots dot quantum partial atmosphere-free isotope isotopes edge edges "
        "bond bonds bonding"
    ).split()
)
"""Nouns after which a bare element name is a property or a material, not a compound ("iodine value",
"carbon black", "oxygen vacancies"). A support, shell, coating or layer is made of the element ("carbon
support", "silicon shell"): the element is named, as every labelled split marks it; so are its content and
its source ("the sulfur content", "the titanium source")."""

SUBSTANCE_FORMS = frozenset(
    (
        "np nps nanoparticle nanoparticles particle particles powder powders film films foil foils "
        "nanowire nanowires nanocrystal nanocrystals nanocluster nanoclusters cluster clusters atom atoms "
        "ion ions species salt salts precursor precursors metal loading shot shots granule granules ingot ingots"
    ).split()
)
"""Form nouns after an element after which it stays the element ("Co NPs", "Pt film", "tin foil")."""

OBJECT_NOUNS = frozenset(
    "ring rings electrode electrodes wafer wafers mold molds mould moulds rod rods mesh grid grids disk "
    "disks disc discs boat boats tip tips needle needles target targets coin coins screw screws die dies "
    "monochromator monochromators".split()
)
"""Objects made of an element: a bare element name before one names the thing ("silver ring"). Plates,
sheets, foils and films are forms of the material and keep the substance reading ("aluminum plates were
anodized")."""

MATERIAL_ADJECTIVES = frozenset("activated glassy conductive hard soft doped".split())
"""Adjectives before a bare element name that make it another material ("activated carbon", "glassy
carbon"). Adjectives of form or structure (porous, mesoporous, amorphous, graphitic, reduced) do not: "mesoporous
carbon" and "reduced cobalt" are the element."""

MULTIPLIER_WORDS = frozenset("mono di tri tetra penta hexa hepta octa bis tris tetrakis".split())
"""Multiplying prefixes written as separate words ("titanium tetra isopropoxide"): part of the name they
sit in (lower case only: "DI water" is deionized water)."""

CLASSICAL_CATIONS = frozenset(
    (
        "ferrous ferric cuprous cupric stannous stannic mercurous mercuric plumbous plumbic cobaltous cobaltic "
        "manganous manganic nickelous chromous chromic aurous auric ceric cerous titanous vanadous vanadic"
    ).split()
)
"""Classical cation names ("ferrous sulfate heptahydrate", "ceric ammonium nitrate"): words of a salt name."""

SALT_FORMERS = frozenset("hydrochloride dihydrochloride hydrobromide hydroiodide hydrofluoride".split())
"""Words that end a salt name ("propranolol hydrochloride"); alone they name no substance."""

NAME_GOES_ON = frozenset("monobasic dibasic tribasic tetrabasic dehydrate".split())
"""Catalogue words after a compound name that change the compound ("sodium phosphate dibasic", "oxalic acid
dehydrate" when its dihydrate is not read): the name read before them is not the one written."""

NEVER_ALONE = frozenset({"lead", "ammonium"})
"""Words only resolved as part of a longer name: an English word ("lead" the verb) or a bare ion."""

GRADE_WORDS = frozenset(
    (
        "anhydrous aqueous deionized de-ionized deionised de-ionised demineralized demineralised demi di distilled "
        "bidistilled double-distilled ultrapure pure high-purity "
        "glacial absolute concentrated dilute diluted fuming dry dried degassed fresh freshly-prepared "
        "analytical-grade reagent-grade"
    ).split()
)
"""Grade and state words written before a compound: not part of its name (the span convention: "anhydrous
N,N-dimethylformamide" names N,N-dimethylformamide)."""

FORM_NOUNS = frozenset("ion ions np nps nanoparticle nanoparticles powder powders".split())
"""Form words written after a compound ("TiN NPs", "sulfate ions"): not part of its name either."""

OXIDATION_STATE = re.compile(r"\((?:0|I{1,3}|IV|VI{0,3}|IX|[1-8][+-]?)\)")
"""A separate oxidation-state word: "cobalt (II) acetate"."""

PRIMED_LOCANTS = re.compile(r"\d+'*(?:[,:]\d+'*)+")
"""Locants written apart from their name, with primes: "2,2':6',2'' terpyridine" (a word of the name)."""

_LOCANT = re.compile(
    r"(?:^|[-(\[{,])\d+[a-z]?(?:,\d+[a-z]?)*'*-[a-z(\[{]"  # 2-chloro, 1,4-, (4-hydroxyphenyl)
    r"|^[nosp](?:,[nosp]'*)*'*-[a-z(]"  # N,N-dimethyl, N'-, O-
    r"|\([rsez](?:,[rsez])*\)-|\b(?:tert|sec|iso|neo|cis|trans|rac|meso|n|t|o|m|p|d|l|dl)-[a-z]"
    r"|[a-z]\([iv]+\)$"  # iron(III)
)
_STEM = re.compile(
    r"(?:meth|eth|prop|but|pent|hex|hept|oct|non|dec|benz|phen|tolu|xyl|naphth|anthr|pyr|furan|thio|thiophen|"
    r"indol|quinol|imidaz|piperid|piperaz|morphol|chlor|brom|iod|fluor|amino|nitro|cyan|hydroxy|oxy|sulf|sulph|"
    r"phosph|carbox|acet|form|vinyl|allyl|cyclo|glyc|ure|anil|phthal|salicyl|succin|malon|hydrazin|azid|silan|"
    r"silox|oxal|citr|lact|tartr|amid|acryl|styr|pyrid|pyrrol|benzo|oxazol|thiazol|triazol|tetrazol)"
)
_ENDING = re.compile(
    r"(?:anes?|enes?|ynes?|ols?|ones?|als?|amines?|amides?|imides?|nitriles?|ides?|ates?|ites?|ines?|yls?|oyl|"
    r"oic|ium|ethers?|esters?|oses?|azoles?|oles?|idines?|ic|ane|onium|ylene|ylidene|anhydride|aldehydes?|"
    r"ketones?|oxides?|yde)$"
)


_MULTIPLIED = re.compile(r"(?:mono|di|tri|tetra|penta|hexa)-?([a-z]+)")


def element_word(lw: str) -> bool:
    """Whether a lower-case word names an element, alone or counted by a multiplying prefix, written glued or
    with a hyphen ("sodium", "disodium", "tri-sodium"): a word of a salt name.

    Example:
        >>> [element_word(w) for w in ("sodium", "trisodium", "tri-sodium", "bismuth", "tritium", "hexagonal")]
        [True, True, True, True, False, False]
    """
    if lw in ELEMENT_NAMES:
        return True
    m = _MULTIPLIED.fullmatch(lw)
    return m is not None and m.group(1) in ELEMENT_NAMES


def is_systematic_word(lw: str) -> bool:
    """Whether a lower-case word reads as systematic nomenclature (no look-up).

    Example:
        >>> [is_systematic_word(w) for w in ("2-chloro-5-nitropyridine", "triethylamine", "method", "together")]
        [True, True, False, False]
    """
    if len(lw) < 4 or not any(c.isalpha() for c in lw):
        return False
    if _LOCANT.search(lw):
        return True
    if len(lw) < 5:
        return False
    ending = _ENDING.search(lw)
    if ending is None:
        return False
    stem = _STEM.search(lw, 0, ending.start())  # a stem before the ending ("together" has none)
    return stem is not None


_TRIVIAL_ENDING = re.compile(
    r"(?:urea|aldehyde|amine|ine|ene|ane|yne|ol|ole|one|ose|ate|ite|ide|ic|ous|oin|yl"
    r"|an|al|in|il|ile|ium|oxime|oform|uret|yme)$"  # furan, citral, coumarin, uracil, nitrile, glyme
)

ENGLISH_READ_AS_NAMES = frozenset({"cuban", "ethan", "german"})
"""English words (or first names) with a trivial name's ending that OPSIN reads as a compound (cubane, ethane,
germane): never looked up alone."""


def has_chemical_ending(lw: str) -> bool:
    """Whether a lower-case word of letters ends like a trivial name ("thiourea", "glutaraldehyde",
    "ascorbate", "tartaric" of "tartaric acid", "lidocaine", "benzofuran", "citral", "coumarin", "uracil",
    "crotononitrile", "guanidinium", "acetoxime", "bromoform", "biuret", "diglyme"): worth one OPSIN
    look-up even without a known stem. Most such words are English ("separate", "machine", "specific",
    "final", "within"); OPSIN reads none of them, so the look-up decides (and every context check still
    applies to what it reads). The few English words OPSIN does read (:data:`ENGLISH_READ_AS_NAMES`) are
    left out.

    Example:
        >>> [has_chemical_ending(w) for w in ("thiourea", "benzofuran", "tartaric", "method", "german", "gel")]
        [True, True, True, False, False, False]
    """
    return len(lw) >= 5 and lw.isalpha() and _TRIVIAL_ENDING.search(lw) is not None and lw not in ENGLISH_READ_AS_NAMES


@dataclass(slots=True)
class Word:
    """One trimmed word: ``text[start:end]``; ``cut_left``/``cut_right``: punctuation was trimmed there."""

    start: int
    end: int
    text: str
    cut_left: bool
    cut_right: bool


_APOSTROPHES = ("\u2019", "\u2018", "\u02bc", "\u2032")
_NAME_DASH = re.compile(r"[\u2010-\u2015\u2212](?<=\S[\u2010-\u2015\u2212])(?=\S)")  # not "NO3−", not " – "
_SPACED_POSSESSIVE = re.compile(r"(?<=[^\W\d_]) '(?=s(?:\s|$))")
_ACCENTS = re.compile("[\u0300-\u036f]")

POSSESSIVES = frozenset({"'s", "\u2019s", "\u02bcs", "\u2018s"})
"""A possessive ending written as a token of its own, as text extracted from PDF writes it ("Lawesson ’s
reagent"): it belongs to the word before it."""


def plain_spelling(name: str) -> str:
    """A name as the lexicons key it: typographic apostrophes and primes (’ ‘ ʼ ′) as ``'``, a dash or minus
    sign between two name parts (– — − ‐) as ``-``, a possessive set apart by a space joined again
    ("Lawesson ’s reagent"), and accents taken off letters ("Hünig's base"). Plain ASCII without a spaced
    possessive is returned as it is (one check).

    Example:
        >>> [plain_spelling(n) for n in ("Lawesson\u2019s", "Dess\u2013Martin", "Wilkinson \u2019s", "H\u00fcnig's")]
        ["Lawesson's", 'Dess-Martin', "Wilkinson's", "Hunig's"]
    """
    if name.isascii():
        return _SPACED_POSSESSIVE.sub("'", name) if " '" in name else name
    return _plain_unicode(name)


@functools.lru_cache(maxsize=1 << 16)
def _plain_unicode(name: str) -> str:
    """:func:`plain_spelling` of a name with a character outside ASCII (cached: windows repeat)."""
    for apostrophe in _APOSTROPHES:
        name = name.replace(apostrophe, "'")
    name = _NAME_DASH.sub("-", name)
    if " '" in name:
        name = _SPACED_POSSESSIVE.sub("'", name)
    if not name.isascii():
        name = unicodedata.normalize("NFC", _ACCENTS.sub("", unicodedata.normalize("NFD", name)))
    return name


_TOKEN = re.compile(r"\S+")
_REFERENCE = re.compile(r"\[\d+(?:[,\u2013-]\d+)*\][.,;:]?$")
_GLUED_CITATION = re.compile(r"(?<=[A-Za-z])\.\d{1,3}(?:[,\u2013-]\d{1,3}){0,8}$")
"""Reference numbers glued after the full stop that ends a word ("dispersed in water.11 In", "of DMF.36,37")."""
_COMMA_CITATION = re.compile(r"(?<=[A-Za-z0-9)\]\u2022]),\d{1,3}(?:[,\u2013-]\d{1,3}){0,8}$")
"""Reference numbers glued after a comma to a word with a capital ("Pd(OAc)2,19", "NiCl2,16", "t-BuO•,13"): no
formula or abbreviation holds a comma before its last digits."""
_TRAIL = set('.,;:!?"\u201d\u2019')
_LEAD = set('"\u201c\u2018')
_PAIRS = {")": "(", "]": "[", "}": "{"}
_OPEN = {"(": ")", "[": "]", "{": "}"}


def _matching_close(s: str, i: int) -> int:
    """Index of the bracket closing ``s[i]``, or -1."""
    depth = 0
    for k in range(i, len(s)):
        c = s[k]
        if c in _OPEN:
            depth += 1
        elif c in _PAIRS:
            depth -= 1
            if depth == 0:
                return k
    return -1


def _possessive_plural(token: str, hi: int) -> bool:
    """Whether the ``’`` ending ``token[:hi]`` is the apostrophe of a capitalized name's possessive plural
    ("Grubbs’", "Comins’"), not a closing quote (no opening ``‘`` in the token)."""
    return hi >= 3 and token[hi - 2] == "s" and token[:1].isupper() and "\u2018" not in token


def trim(token: str) -> tuple[int, int]:
    """Offsets ``(lo, hi)`` of the part of ``token`` that can belong to a name.

    Example:
        >>> [t[slice(*trim(t))] for t in ("(DMF),", "acid).", "(S)-2-aminopropanoic", "[Cu(NH3)4]SO4.")]
        ['DMF', 'acid', '(S)-2-aminopropanoic', '[Cu(NH3)4]SO4']
    """
    lo, hi = 0, len(token)
    for _ in range(len(token)):
        if lo >= hi:
            break
        c_last, c_first = token[hi - 1], token[lo]
        part = token[lo:hi]
        if c_last in _TRAIL and not (c_last == "\u2019" and _possessive_plural(token, hi)):
            hi -= 1
        elif c_last in _PAIRS and part.count(_PAIRS[c_last]) < part.count(c_last):
            hi -= 1
        elif c_first in _OPEN and part.count(c_first) > part.count(_OPEN[c_first]):
            lo += 1
        elif c_first in _LEAD:
            lo += 1
        elif c_first in _OPEN and _matching_close(part, 0) == len(part) - 1:
            lo, hi = lo + 1, hi - 1
        else:
            break
    return lo, hi


def make_word(tok: str, start: int) -> Word | None:
    """The trimmed :class:`Word` of one whitespace-delimited token at ``start`` (``None`` if nothing is left),
    without a reference that ends it ("[12]", or a number glued after the full stop of a word, "water.11")."""
    if len(tok) > MAX_WORD_CHARS:
        return None
    if tok.isalnum():  # nothing to trim
        return Word(start, start + len(tok), tok, False, False)
    trimmed = _trimmed(tok)
    if trimmed is None:
        return None
    lo, hi, word, cut_right = trimmed
    return Word(start + lo, start + hi, word, lo > 0, cut_right)


@functools.lru_cache(maxsize=1 << 16)
def _trimmed(tok: str) -> tuple[int, int, str, bool] | None:
    """:func:`make_word` of a token at offset 0, as ``(lo, hi, word, cut_right)`` (cached: tokens repeat)."""
    if OXIDATION_STATE.fullmatch(tok):
        return 0, len(tok), tok, False
    ref = _REFERENCE.search(tok) or _GLUED_CITATION.search(tok)
    if ref is None and "," in tok and not tok[0].isdigit() and any(c.isupper() for c in tok):
        ref = _COMMA_CITATION.search(tok)
    lo, hi = trim(tok[: ref.start()] if ref and ref.start() > 0 else tok)
    if hi <= lo:
        return None
    return lo, hi, tok[lo:hi], hi < len(tok) or ref is not None


def possessive_word(text: str, before: re.Match | None, tok: re.Match) -> Word | None:
    """The word of a name and its possessive ending written apart ("Lawesson ’s": one space between them),
    as written, when ``tok`` is such an ending right after the token ``before``; ``None`` otherwise."""
    if before is None or tok.group() not in POSSESSIVES or before.end() + 1 != tok.start():
        return None
    if text[before.end()] != " " or not before.group()[-1:].isalpha():
        return None
    return make_word(text[before.start() : tok.end()], before.start())


def tokens(text: str):
    """Whitespace-delimited tokens of ``text`` as regex matches."""
    return _TOKEN.finditer(text)


def words(text: str) -> list[Word]:
    """Trimmed words of ``text`` with their offsets (empty ones and words over :data:`MAX_WORD_CHARS` left out)."""
    return [w for m in _TOKEN.finditer(text) if (w := make_word(m.group(), m.start())) is not None]


def next_word(text: str, end: int) -> str:
    """The trimmed word after offset ``end`` (lower case; empty at the end or after punctuation)."""
    if end < len(text) and not text[end].isspace():
        return ""
    m = _TOKEN.search(text, end, min(len(text), end + MAX_WORD_CHARS))
    if m is None:
        return ""
    w = make_word(m.group(), m.start())
    return w.text.lower() if w is not None and not w.cut_left else ""


def previous_word(text: str, start: int) -> str:
    """The trimmed word before offset ``start`` (lower case; empty at the start or after punctuation)."""
    if start > 0 and not text[start - 1].isspace():
        return ""
    head = text[max(0, start - MAX_WORD_CHARS) : start].rstrip()
    cut = max(head.rfind(" "), head.rfind("\n"), head.rfind("\t"))
    tok = head[cut + 1 :]
    if not tok:
        return ""
    w = make_word(tok, 0)
    return w.text.lower() if w is not None and not w.cut_right else ""


def compound_core(span: str) -> tuple[int, int]:
    """Offsets ``(lo, hi)`` of the compound's name inside a material mention: leading :data:`GRADE_WORDS` and
    trailing :data:`FORM_NOUNS` left out (the convention the finder's spans and the labelled sets follow).

    Example:
        >>> [s[slice(*compound_core(s))] for s in ("anhydrous N,N-dimethylformamide", "TiN NPs", "DI water")]
        ['N,N-dimethylformamide', 'TiN', 'water']
    """
    parts = [(m.start(), m.end()) for m in _TOKEN.finditer(span)]
    while len(parts) > 1 and span[slice(*parts[0])].lower() in GRADE_WORDS:
        parts.pop(0)
    while len(parts) > 1 and span[slice(*parts[-1])].lower() in FORM_NOUNS:
        parts.pop()
    if not parts:
        return 0, 0
    return parts[0][0], parts[-1][1]


def anion_only(name: str) -> bool:
    """Whether a window names only the anion side of a salt without its cation: a salt-forming or hydrate
    word alone ("hydrochloride", "monohydrate") or anion words ending with a hydrate ("sulfate
    heptahydrate"): the tail of a salt name whose cation was not read.

    Example:
        >>> [anion_only(n) for n in ("hydrochloride", "sulfate heptahydrate", "sulfate", "zinc sulfate heptahydrate")]
        [True, True, False, False]
    """
    words = name.lower().split()
    if len(words) == 1:
        return words[0] in SALT_FORMERS or words[0].endswith("hydrate")
    return all(w in ION_WORDS or w in SALT_FORMERS for w in words) and words[-1].endswith("hydrate")


MIXTURE_WORDS = frozenset({"mixture", "mixtures", "mix"})
"""Words after a list written as one token that call it a mixture of its members ("O2/N2 mixture")."""

_HYPHEN_PAIR = re.compile(r"([A-Za-z]{4,})-([A-Za-z]{4,})")


def list_members(token: str) -> list[tuple[int, int]]:
    """Offsets of the members of a list written as one token: names joined by slashes ("ethanol/water",
    "SiO2/CTAB/NaOH/H2O/EtOH", "EtOAc/n-hexane") or two words of four letters or more joined by a hyphen
    ("ethanol-water"); ``[]`` for anything else.

    Example:
        >>> [[t[a:b] for a, b in list_members(t)] for t in ("O2/N2", "ethanol-water", "Ti-6Al", "TiO2")]
        [['O2', 'N2'], ['ethanol', 'water'], [], []]
    """
    if "/" in token:
        out, at = [], 0
        for part in token.split("/"):
            if not part:
                return []
            out.append((at, at + len(part)))
            at += len(part) + 1
        return out
    m = _HYPHEN_PAIR.fullmatch(token)
    return [m.span(1), m.span(2)] if m else []


def list_is_members(hyphen: bool, molecular: list[bool], next_word: str) -> bool:
    """Whether a list written as one token names its members (each a mention of its own) rather than one
    material. Every member must resolve (the caller checks); then a slash list names its members when it
    has three or more of which one at least is a compound with a SMILES ("SiO2/CTAB/NaOH"), when the next
    word calls it a mixture, or when every member is a compound with a SMILES, not a bare element (solvents,
    gases, acids: "ethanol/water", "N2/H2", "H2SO4/H3PO4"); a composite of solids written by formulas
    ("Cu/ZnO", "CuO/CeO2/TiO2", "Pt/C", "Ni/Co/Mn") and a pair with an element ("H2/Ar") are one material.
    Two words joined by a hyphen name their members only when both are molecules ("chloroform-hexane", not
    "glycine-nitrate").

    Args:
        hyphen: The members are joined by a hyphen (not slashes).
        molecular: For each member, whether it resolves to a compound with a SMILES that is not a bare
            element (symbol or name) or an anion word.
        next_word: The lower-cased word after the token.
    """
    if hyphen:
        return len(molecular) == 2 and all(molecular)
    return (len(molecular) >= 3 and any(molecular)) or next_word in MIXTURE_WORDS or all(molecular)
