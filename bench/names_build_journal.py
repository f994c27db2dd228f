"""Build the journal sets of the names evaluation (tests/data/names/journal_{a,...,m}_gold.jsonl).

Input: ``tests/data/names/journal_sentences.tsv``, 100 sentences from organic-chemistry journal papers of
jiangfeng1124/ChemRxnExtractor (MIT, Copyright (c) 2020 Jiang Guo; commit 86be85e, ``tests/data/raw.txt``,
2,000 sentences, PDF-extracted and tokenized), one a line, verbatim (ligatures, spaces around punctuation and
hyphenation breaks kept), each after its line number (``raw.txt:N``, the file's N-th line), in the order of
``random.Random(32).sample(range(2000), 100)`` (line N is index N - 1).

Split: ``random.Random(33).shuffle`` of the 100 (in the sample's order); the first 50 are journal_a, the last
50 journal_b. Both were labelled from the text alone, and the finder was not run on them.

journal_c: ``tests/data/names/journal_c_sentences.tsv``, 60 more sentences of the same file, verbatim, in the
order of ``random.Random(34).sample(rest, 60)``, ``rest`` the indices of its lines not among the 100, in file
order; labelled from the text alone after the journal round began, the finder not run on them.

journal_d: ``tests/data/names/journal_d_sentences.tsv``, 60 more, verbatim, in the order of
``random.Random(35).sample(rest, 60)``, ``rest`` the indices of the lines among neither the 100 nor journal_c's
60, in file order; labelled from the text alone during the journal rounds, the finder not run on them.

journal_e: ``tests/data/names/journal_e_sentences.tsv``, 60 more, verbatim, in the order of
``random.Random(36).sample(rest, 60)``, ``rest`` the indices of the lines among none of the 100, journal_c's 60
and journal_d's 60, in file order; labelled from the text alone during the second journal round, the finder not
run on them.

journal_f: ``tests/data/names/journal_f_sentences.tsv``, 60 more, verbatim, in the order of
``random.Random(37).sample(rest, 60)``, ``rest`` the indices of the lines among none of the 100 and journal_c's,
journal_d's and journal_e's 60, in file order; journal_g: ``tests/data/names/journal_g_sentences.tsv``, 60 more,
``random.Random(38).sample(rest, 60)`` of the lines left after journal_f's too. Both were labelled from the text
alone before the third journal round, the finder not run on them.

journal_h: ``tests/data/names/journal_h_sentences.tsv``, 60 more, verbatim, in the order of
``random.Random(41).sample(rest, 60)``, ``rest`` the 1,600 lines among none of journal_a to journal_g, in file
order; journal_i: ``tests/data/names/journal_i_sentences.tsv``, 60 more, ``random.Random(42).sample(rest, 60)``
of the 1,540 lines left after journal_h's too. Both were labelled from the text alone before the fourth journal
round, the finder not run on them.

journal_j: ``tests/data/names/journal_j_sentences.tsv``, 60 more, verbatim, in the order of
``random.Random(44).sample(rest, 60)``, ``rest`` the 1,480 lines among none of journal_a to journal_i, in file
order; journal_k: ``tests/data/names/journal_k_sentences.tsv``, 60 more, ``random.Random(45).sample(rest, 60)``
of the 1,420 lines left after journal_j's too. Both were labelled from the text alone after the fourth journal
round, the finder not run on them.

journal_l: ``tests/data/names/journal_l_sentences.tsv``, 60 more, verbatim, in the order of
``random.Random(46).sample(rest, 60)``, ``rest`` the 1,360 lines among none of journal_a to journal_k, in file
order; journal_m: ``tests/data/names/journal_m_sentences.tsv``, 60 more, ``random.Random(47).sample(rest, 60)``
of the 1,300 lines left after journal_l's too. Both were labelled from the text alone after the fifth journal
round, the finder not run on them.

Labels (``names_journal_labels``; journal_c's in ``names_journal_c_labels``, journal_d's in
``names_journal_d_labels``, journal_e's in ``names_journal_e_labels``,
journal_f's in ``names_journal_f_labels``, journal_g's in ``names_journal_g_labels``, journal_h's in
``names_journal_h_labels``, journal_i's in ``names_journal_i_labels``, journal_j's in
``names_journal_j_labels``, journal_k's in ``names_journal_k_labels``, journal_l's in
``names_journal_l_labels``, journal_m's in ``names_journal_m_labels``) and the build
(``names_build_patents.build``) are as for the patent sets: offsets from each mention's text and order, loud
failures on a mention not found, overlapping mentions, a name OPSIN does not parse and a SMILES RDKit does not
read; the counts of each set are printed.

Usage: python bench/names_build_journal.py
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import names_journal_c_labels  # noqa: E402
import names_journal_d_labels  # noqa: E402
import names_journal_e_labels  # noqa: E402
import names_journal_f_labels  # noqa: E402
import names_journal_g_labels  # noqa: E402
import names_journal_h_labels  # noqa: E402
import names_journal_i_labels  # noqa: E402
import names_journal_j_labels  # noqa: E402
import names_journal_k_labels  # noqa: E402
import names_journal_l_labels  # noqa: E402
import names_journal_labels  # noqa: E402
import names_journal_m_labels  # noqa: E402
from names_build_patents import DATA_DIR, build, sentences, split  # noqa: E402

SENTENCES = DATA_DIR / "journal_sentences.tsv"
SETS = {"journal_a": "journal_a_gold.jsonl", "journal_b": "journal_b_gold.jsonl"}
C_SENTENCES = DATA_DIR / "journal_c_sentences.tsv"
C_SETS = {"journal_c": "journal_c_gold.jsonl"}
D_SENTENCES = DATA_DIR / "journal_d_sentences.tsv"
D_SETS = {"journal_d": "journal_d_gold.jsonl"}
E_SENTENCES = DATA_DIR / "journal_e_sentences.tsv"
E_SETS = {"journal_e": "journal_e_gold.jsonl"}
F_SENTENCES = DATA_DIR / "journal_f_sentences.tsv"
F_SETS = {"journal_f": "journal_f_gold.jsonl"}
G_SENTENCES = DATA_DIR / "journal_g_sentences.tsv"
G_SETS = {"journal_g": "journal_g_gold.jsonl"}
H_SENTENCES = DATA_DIR / "journal_h_sentences.tsv"
H_SETS = {"journal_h": "journal_h_gold.jsonl"}
I_SENTENCES = DATA_DIR / "journal_i_sentences.tsv"
I_SETS = {"journal_i": "journal_i_gold.jsonl"}
J_SENTENCES = DATA_DIR / "journal_j_sentences.tsv"
J_SETS = {"journal_j": "journal_j_gold.jsonl"}
K_SENTENCES = DATA_DIR / "journal_k_sentences.tsv"
K_SETS = {"journal_k": "journal_k_gold.jsonl"}
L_SENTENCES = DATA_DIR / "journal_l_sentences.tsv"
L_SETS = {"journal_l": "journal_l_gold.jsonl"}
M_SENTENCES = DATA_DIR / "journal_m_sentences.tsv"
M_SETS = {"journal_m": "journal_m_gold.jsonl"}


def journal_record(key: str) -> dict[str, str]:
    """The ``doi`` and ``file`` of a journal sentence (``raw.txt:159``)."""
    line = key.split(":")[1]
    return {"doi": f"ChemRxnExtractor:raw:{line}", "file": f"tests/data/{key}"}


def main() -> None:
    build(
        split(sentences(SENTENCES), names_journal_labels.JOURNAL_SEED, tuple(SETS)),
        names_journal_labels,
        SETS,
        journal_record,
    )
    build({"journal_c": sentences(C_SENTENCES)}, names_journal_c_labels, C_SETS, journal_record)
    build({"journal_d": sentences(D_SENTENCES)}, names_journal_d_labels, D_SETS, journal_record)
    build({"journal_e": sentences(E_SENTENCES)}, names_journal_e_labels, E_SETS, journal_record)
    build({"journal_f": sentences(F_SENTENCES)}, names_journal_f_labels, F_SETS, journal_record)
    build({"journal_g": sentences(G_SENTENCES)}, names_journal_g_labels, G_SETS, journal_record)
    build({"journal_h": sentences(H_SENTENCES)}, names_journal_h_labels, H_SETS, journal_record)
    build({"journal_i": sentences(I_SENTENCES)}, names_journal_i_labels, I_SETS, journal_record)
    build({"journal_j": sentences(J_SENTENCES)}, names_journal_j_labels, J_SETS, journal_record)
    build({"journal_k": sentences(K_SENTENCES)}, names_journal_k_labels, K_SETS, journal_record)
    build({"journal_l": sentences(L_SENTENCES)}, names_journal_l_labels, L_SETS, journal_record)
    build({"journal_m": sentences(M_SENTENCES)}, names_journal_m_labels, M_SETS, journal_record)


if __name__ == "__main__":
    main()
