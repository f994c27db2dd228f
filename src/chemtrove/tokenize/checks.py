"""Checks of an extended tokenizer against its base: round trips, whole units, prose ids unchanged."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING

from chemtrove.chem.tags import ALL_TAGS, START_CIF, START_SMILES, wrap_cif, wrap_smiles
from chemtrove.tokenize import pretokenize as P
from chemtrove.tokenize.tokenizer_json import load_tokenizer

if TYPE_CHECKING:
    from tokenizers import Tokenizer

PROBES = (
    "Hello world! It's 2024, and the molecule costs $3.50 (about 10%).",
    "  leading spaces,\ttabs\nand\n\nnewlines   \n",
    "Benzene c1ccccc1 and ClCCBr in prose, [C@@H] and %10 and _cell_length_a in prose too; Pnma, P2_1/c.",
    "Brown bronze: Cl- ions; O=C=O; Na+ [Na+] ->. >> <- data_ loop_ Fm-3m",
    "Ünïcödé — “quotes” and émoji 🧪 中文 العربية",
    "The tag without a partner [END_SMILES] and [END_CIF] in prose.",
    f"Ethanol is {wrap_smiles('CCO')}; chiral {wrap_smiles('C[C@@H](N)C(=O)O')}, "
    f"isotopes {wrap_smiles('[13CH3]C([2H])([2H])O')}, charges {wrap_smiles('[NH4+].[Cl-]')}, "
    f"ring {wrap_smiles('C%10CCCCC%10')}, "
    + wrap_smiles("F/C=C\\F")
    + ", reaction "
    + f"{wrap_smiles('CC(=O)O.OCC>>CC(=O)OCC')}, dative {wrap_smiles('[NH3]->[Pt+2]<-[NH3]')}.",
    "A crystal:\n"
    + wrap_cif(
        "data_Na4Cl4\n_symmetry_space_group_name_H-M   Fm-3m\n_cell_length_a   5.6402\n"
        "_chemical_formula_sum   'Na4 Cl4'\nloop_\n _symmetry_equiv_pos_as_xyz\n  1  'x, y, z'\n"
        "  Na  Na0  4  0.0000  0.0000  0.0000  1\n"
    )
    + " and done.",
    "Names, MiST style: [START_MOL] ethanol [END_MOL][START_SMILES] CCO [END_SMILES] and "
    "[START_MOL] N,N-dimethylformamide [END_MOL][START_SMILES] CN(C)C=O [END_SMILES]; a stray [END_MOL].",
    f"Unterminated at the end {START_SMILES}CC(=O",
    f"{START_CIF}data_x\n_cell_length_a 3",
)
"""Texts every extension is checked on (prose edge cases, all SMILES features, CIF, broken tags)."""


def segments(text: str) -> list[tuple[str, str]]:
    """Split a document into prose segments and tagged segments, as the extended tokenizer does.

    Args:
        text: A document.

    Returns:
        ``(kind, segment)`` pairs, kind ``"prose"``, ``"smiles"``, ``"cif"`` or ``"tag"`` (a stray closing tag).
    """
    return list(P.iter_spans(text))


def check_extension(extended: str | Path | Tokenizer, base: str | Path | Tokenizer, texts: Iterable[str]) -> list[str]:
    """Check the guarantees of an extension on some texts.

    Checks that every added (special) token of the base keeps its id and, for each text (and a few texts
    holding the base's added tokens): ``decode(encode(text)) == text``; the ids of the whole text are the
    base's ids of each prose segment and the extension's ids of each tagged segment, in order (prose ids
    identical to the base outside tags); each opening tag is one id.

    Args:
        extended: The extended tokenizer.
        base: The base tokenizer it was made from.
        texts: Texts to check.

    Returns:
        One message per failure (empty if all hold).
    """
    ext, base = load_tokenizer(extended), load_tokenizer(base)
    problems: list[str] = []
    tag_ids = {t: ext.token_to_id(t) for t in ALL_TAGS}
    added = sorted(base.get_added_tokens_decoder().items())
    for token_id, token in added:
        if ext.token_to_id(token.content) != token_id:
            problems.append(f"added token {token.content!r} has id {ext.token_to_id(token.content)}, base {token_id}")
    extra = [f"before {t.content} after {wrap_smiles('C')}{t.content}" for _, t in added[:8]]
    texts = [*texts, *extra]
    encoded = [e.ids for e in ext.encode_batch(texts, add_special_tokens=False)]
    decoded = ext.decode_batch(encoded, skip_special_tokens=False)
    segs = [segments(t) for t in texts]
    prose = [seg for ss in segs for kind, seg in ss if kind == "prose"]
    spans = [seg for ss in segs for kind, seg in ss if kind != "prose"]
    prose_ids = iter([e.ids for e in base.encode_batch(prose, add_special_tokens=False)])
    span_ids = iter([e.ids for e in ext.encode_batch(spans, add_special_tokens=False)])
    for text, ids, back, ss in zip(texts, encoded, decoded, segs, strict=True):
        if back != text:
            problems.append(f"round trip: {text[:80]!r} -> {back[:80]!r}")
        expected: list[int] = []
        for kind, seg in ss:
            seg_ids = next(prose_ids) if kind == "prose" else next(span_ids)
            expected += seg_ids
            if kind in ("smiles", "cif"):
                start = START_SMILES if kind == "smiles" else START_CIF
                if seg_ids[:1] != [tag_ids[start]]:
                    problems.append(f"{start} is not one id in {seg[:60]!r}")
        if ids != expected:
            problems.append(f"prose ids differ from the base in {text[:80]!r}")
    return problems
