"""Build the journal sets of the names evaluation (tests/data/names/journal_{a,...,u}_gold.jsonl).

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

journal_n: ``tests/data/names/journal_n_sentences.tsv``, 60 more, verbatim, in the order of
``random.Random(50).sample(rest, 60)``, ``rest`` the 1,240 lines among none of journal_a to journal_m, in file
order; journal_o: ``tests/data/names/journal_o_sentences.tsv``, 60 more, ``random.Random(51).sample(rest, 60)``
of the 1,180 lines left after journal_n's too. Both were labelled from the text alone after the sixth journal
round, the finder not run on them.

journal_p: ``tests/data/names/journal_p_sentences.tsv``, 60 more, verbatim, in the order of
``random.Random(54).sample(rest, 60)``, ``rest`` the 1,120 lines among none of journal_a to journal_o, in file
order; journal_q: ``tests/data/names/journal_q_sentences.tsv``, 60 more, ``random.Random(55).sample(rest, 60)``
of the 1,060 lines left after journal_p's too. Both were labelled from the text alone after the seventh journal
round, the finder not run on them.

journal_r: ``tests/data/names/journal_r_sentences.tsv``, 60 more, verbatim, in the order of
``random.Random(58).sample(rest, 60)``, ``rest`` the 1,000 lines among none of journal_a to journal_q, in file
order; journal_s: ``tests/data/names/journal_s_sentences.tsv``, 60 more, ``random.Random(59).sample(rest, 60)``
of the 940 lines left after journal_r's too. Both were labelled from the text alone after the eighth journal
round, the finder not run on them.

journal_t: ``tests/data/names/journal_t_sentences.tsv``, 60 more, verbatim, in the order of
``random.Random(62).sample(rest, 60)``, ``rest`` the 880 lines among none of journal_a to journal_s, in file
order; journal_u: ``tests/data/names/journal_u_sentences.tsv``, 60 more, ``random.Random(63).sample(rest, 60)``
of the 820 lines left after journal_t's too. Both were labelled from the text alone after the ninth journal
round, the finder not run on them.

Labels (``names_journal_labels``; journal_c's in ``names_journal_c_labels``, journal_d's in
``names_journal_d_labels``, journal_e's in ``names_journal_e_labels``,
journal_f's in ``names_journal_f_labels``, journal_g's in ``names_journal_g_labels``, journal_h's in
``names_journal_h_labels``, journal_i's in ``names_journal_i_labels``, journal_j's in
``names_journal_j_labels``, journal_k's in ``names_journal_k_labels``, journal_l's in
``names_journal_l_labels``, journal_m's in ``names_journal_m_labels``, journal_n's in
``names_journal_n_labels``, journal_o's in ``names_journal_o_labels``, journal_p's in
``names_journal_p_labels``, journal_q's in ``names_journal_q_labels``, journal_r's in
``names_journal_r_labels``, journal_s's in ``names_journal_s_labels``, journal_t's in
``names_journal_t_labels``, journal_u's in ``names_journal_u_labels``) and the build
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
import names_journal_n_labels  # noqa: E402
import names_journal_o_labels  # noqa: E402
import names_journal_p_labels  # noqa: E402
import names_journal_q_labels  # noqa: E402
import names_journal_r_labels  # noqa: E402
import names_journal_s_labels  # noqa: E402
import names_journal_t_labels  # noqa: E402
import names_journal_u_labels  # noqa: E402
from names_build_patents import DATA_DIR, build, sentences, split  # noqa: E402

SENTENCES = DATA_DIR / "journal_sentences.tsv"
SETS = {"journal_a": "journal_a_gold.jsonl", "journal_b": "journal_b_gold.jsonl"}
SINGLE_SETS = {
    "journal_c": names_journal_c_labels,
    "journal_d": names_journal_d_labels,
    "journal_e": names_journal_e_labels,
    "journal_f": names_journal_f_labels,
    "journal_g": names_journal_g_labels,
    "journal_h": names_journal_h_labels,
    "journal_i": names_journal_i_labels,
    "journal_j": names_journal_j_labels,
    "journal_k": names_journal_k_labels,
    "journal_l": names_journal_l_labels,
    "journal_m": names_journal_m_labels,
    "journal_n": names_journal_n_labels,
    "journal_o": names_journal_o_labels,
    "journal_p": names_journal_p_labels,
    "journal_q": names_journal_q_labels,
    "journal_r": names_journal_r_labels,
    "journal_s": names_journal_s_labels,
    "journal_t": names_journal_t_labels,
    "journal_u": names_journal_u_labels,
}
"""The sets of one sample each: their sentences in ``<set>_sentences.tsv``, their gold in ``<set>_gold.jsonl``."""


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
    for name, labels in SINGLE_SETS.items():
        sentences_file = DATA_DIR / f"{name}_sentences.tsv"
        build({name: sentences(sentences_file)}, labels, {name: f"{name}_gold.jsonl"}, journal_record)


if __name__ == "__main__":
    main()
