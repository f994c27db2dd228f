"""Span precision/recall and structure accuracy of chemical-name finding on the labelled set.

Gold: tests/data/names/materials_{fresh14_,fresh13_,...,fresh2_,fresh_,dev_,}gold.jsonl (human Material
spans of real synthesis paragraphs, with structures labelled for this project; see bench/names_gold_labels.py) and
tests/data/names/patents_{a,b}_gold.jsonl (every chemical mention of real patent sentences, labelled for this project;
see bench/names_patent_labels.py) and tests/data/names/journal_{a,...,u}_gold.jsonl (the same for sentences of
organic-chemistry journal papers; see bench/names_journal_labels.py, names_journal_c_labels.py,
names_journal_d_labels.py, names_journal_e_labels.py, names_journal_f_labels.py,
names_journal_g_labels.py, names_journal_h_labels.py, names_journal_i_labels.py, names_journal_j_labels.py,
names_journal_k_labels.py, names_journal_l_labels.py, names_journal_m_labels.py, names_journal_n_labels.py,
names_journal_o_labels.py, names_journal_p_labels.py, names_journal_q_labels.py, names_journal_r_labels.py,
names_journal_s_labels.py, names_journal_t_labels.py and names_journal_u_labels.py) and
tests/data/names/materials_fresh{15,...,26}_gold.jsonl (the same for sentences of sample preparation of materials
papers of the MuLMS corpus; see bench/names_mulms_labels.py and names_mulms_f16_labels.py to names_mulms_f26_labels.py).
A prediction counts when it has a structure (a SMILES or a formula). Exact: the
predicted span equals a gold span that has a structure; overlap: it overlaps one (each gold span counted once).
Structure accuracy: of the exact matches whose gold structure is labelled, the share with the same canonical
SMILES, or the same composition when one side is a formula.

Compared systems: chemtrove's ``find_names`` (default lexicon, pymatgen formulas, OPSIN), the same
without OPSIN, and the baseline of the issue: every window of 1 to 4 words tried with OPSIN, the longest
resolving window first, left to right.

Usage: python bench/names_eval.py [--out bench/results/names.md] [--errors test] [--set fresh9]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from chemtrove.chem import smiles as smiles_lib
from chemtrove.chem.names import NameFinder
from chemtrove.chem.names.opsin import OpsinProcess

GOLD_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "names"
SETS = {
    "journal_a (held out: real journal sentences, labelled from the text alone)": GOLD_DIR / "journal_a_gold.jsonl",
    "journal_b (held out: real journal sentences, labelled from the text alone, held out for the round after "
    "journal_a's)": GOLD_DIR / "journal_b_gold.jsonl",
    "journal_c (held out: real journal sentences, labelled from the text alone after the journal round began; "
    "errors read in the rounds after journal_n/o were labelled)": GOLD_DIR / "journal_c_gold.jsonl",
    "journal_d (held out: real journal sentences, labelled from the text alone during the journal rounds; errors "
    "read in the third journal round)": GOLD_DIR / "journal_d_gold.jsonl",
    "journal_e (held out: real journal sentences, labelled from the text alone during the second journal round; "
    "errors read in the third journal round)": GOLD_DIR / "journal_e_gold.jsonl",
    "journal_f (held out: real journal sentences, labelled from the text alone before the third journal round; "
    "errors read in the fourth journal round)": GOLD_DIR / "journal_f_gold.jsonl",
    "journal_g (held out: real journal sentences, labelled from the text alone before the third journal round; "
    "errors read in the fourth journal round)": GOLD_DIR / "journal_g_gold.jsonl",
    "journal_h (held out: real journal sentences, labelled from the text alone before the fourth journal round; "
    "errors read in the fifth journal round)": GOLD_DIR / "journal_h_gold.jsonl",
    "journal_i (held out: real journal sentences, labelled from the text alone before the fourth journal round; "
    "errors read in the fifth journal round)": GOLD_DIR / "journal_i_gold.jsonl",
    "journal_j (held out: real journal sentences, labelled from the text alone after the fourth journal round; "
    "errors read in the sixth journal round)": GOLD_DIR / "journal_j_gold.jsonl",
    "journal_k (held out: real journal sentences, labelled from the text alone after the fourth journal round; "
    "errors read in the sixth journal round)": GOLD_DIR / "journal_k_gold.jsonl",
    "journal_l (held out: real journal sentences, labelled from the text alone after the fifth journal round; "
    "errors read in the rounds after journal_n/o and fresh20/21 were labelled)": GOLD_DIR / "journal_l_gold.jsonl",
    "journal_m (held out: real journal sentences, labelled from the text alone after the fifth journal round; "
    "errors read in the rounds after journal_n/o and fresh20/21 were labelled)": GOLD_DIR / "journal_m_gold.jsonl",
    "journal_n (held out: real journal sentences, labelled from the text alone after the sixth journal round; "
    "errors read in the rounds after journal_p/q and fresh22/23 were labelled)": GOLD_DIR / "journal_n_gold.jsonl",
    "journal_o (held out: real journal sentences, labelled from the text alone after the sixth journal round; "
    "errors read in the rounds after journal_p/q and fresh22/23 were labelled)": GOLD_DIR / "journal_o_gold.jsonl",
    "journal_p (held out: real journal sentences, labelled from the text alone after the seventh journal round; "
    "errors read in the rounds after journal_r/s and fresh24/25 were labelled)": GOLD_DIR / "journal_p_gold.jsonl",
    "journal_q (held out: real journal sentences, labelled from the text alone after the seventh journal round; "
    "errors read in the rounds after journal_r/s and fresh24/25 were labelled)": GOLD_DIR / "journal_q_gold.jsonl",
    "journal_r (held out: real journal sentences, labelled from the text alone after the eighth journal round; "
    "errors read in the rounds after journal_t/u and fresh26 were labelled)": GOLD_DIR / "journal_r_gold.jsonl",
    "journal_s (held out: real journal sentences, labelled from the text alone after the eighth journal round; "
    "errors read in the rounds after journal_t/u and fresh26 were labelled)": GOLD_DIR / "journal_s_gold.jsonl",
    "journal_t (held out: real journal sentences, labelled from the text alone after the ninth journal round; "
    "never read)": GOLD_DIR / "journal_t_gold.jsonl",
    "journal_u (held out: real journal sentences, labelled from the text alone after the ninth journal round; "
    "never read)": GOLD_DIR / "journal_u_gold.jsonl",
    "patents_a (held out: real patent sentences, labelled from the text alone before the fourteenth round)": GOLD_DIR
    / "patents_a_gold.jsonl",
    "patents_b (held out: real patent sentences, labelled from the text alone before the fourteenth round, held out "
    "until the rounds after journal_n/o were labelled)": GOLD_DIR / "patents_b_gold.jsonl",
    "fresh15 (sentences of sample preparation of 29 materials papers of the MuLMS corpus, every chemical mention "
    "labelled from the text alone; errors read in the sixteenth and seventeenth rounds)": GOLD_DIR
    / "materials_fresh15_gold.jsonl",
    "fresh16 (sentences of sample preparation of materials papers of the MuLMS corpus, every chemical "
    "mention labelled from the text alone before the sixteenth round; errors read in the seventeenth round)": GOLD_DIR
    / "materials_fresh16_gold.jsonl",
    "fresh17 (sentences of sample preparation of materials papers of the MuLMS corpus, every chemical mention "
    "labelled from the text alone during the sixteenth round; errors read in the eighteenth round)": GOLD_DIR
    / "materials_fresh17_gold.jsonl",
    "fresh18 (held out: sentences of sample preparation of materials papers of the MuLMS corpus, every chemical "
    "mention labelled from the text alone after the seventeenth round; errors read in the rounds "
    "after journal_n/o and fresh20/21 were labelled)": GOLD_DIR / "materials_fresh18_gold.jsonl",
    "fresh19 (held out: sentences of sample preparation of materials papers of the MuLMS corpus, every chemical "
    "mention labelled from the text alone after the seventeenth round; errors read in the rounds "
    "after journal_n/o and fresh20/21 were labelled)": GOLD_DIR / "materials_fresh19_gold.jsonl",
    "fresh20 (held out: sentences of sample preparation of materials papers of the MuLMS corpus, every chemical "
    "mention labelled from the text alone after the eighteenth round; errors read in the rounds "
    "after journal_p/q and fresh22/23 were labelled)": GOLD_DIR / "materials_fresh20_gold.jsonl",
    "fresh21 (held out: sentences of sample preparation of materials papers of the MuLMS corpus, every chemical "
    "mention labelled from the text alone after the eighteenth round; errors read in the rounds "
    "after journal_p/q and fresh22/23 were labelled)": GOLD_DIR / "materials_fresh21_gold.jsonl",
    "fresh22 (held out: sentences of sample preparation of materials papers of the MuLMS corpus, every chemical "
    "mention labelled from the text alone after the nineteenth round; errors read in the rounds "
    "after fresh24/25 and journal_r/s were labelled)": GOLD_DIR / "materials_fresh22_gold.jsonl",
    "fresh23 (held out: sentences of sample preparation of materials papers of the MuLMS corpus, every chemical "
    "mention labelled from the text alone after the nineteenth round; errors read in the rounds "
    "after fresh24/25 and journal_r/s were labelled)": GOLD_DIR / "materials_fresh23_gold.jsonl",
    "fresh24 (held out: sentences of sample preparation of materials papers of the MuLMS corpus, every chemical "
    "mention labelled from the text alone after the twenty-first round; errors read in the rounds "
    "after fresh26 and journal_t/u were labelled)": GOLD_DIR / "materials_fresh24_gold.jsonl",
    "fresh25 (held out: sentences of sample preparation of materials papers of the MuLMS corpus, every chemical "
    "mention labelled from the text alone after the twenty-first round; errors read in the rounds "
    "after fresh26 and journal_t/u were labelled)": GOLD_DIR / "materials_fresh25_gold.jsonl",
    "fresh26 (held out: sentences of sample preparation of materials papers of the MuLMS corpus, every chemical "
    "mention labelled from the text alone after the twenty-second round; never read)": GOLD_DIR
    / "materials_fresh26_gold.jsonl",
    "fresh14 (the last 5 train papers, labelled before the thirteenth round's rules; errors read in the sixteenth "
    "round)": GOLD_DIR / "materials_fresh14_gold.jsonl",
    "fresh13 (held out: labelled before the thirteenth round's rules, never tuned on)": GOLD_DIR
    / "materials_fresh13_gold.jsonl",
    "fresh12 (held out in the twelfth round; its errors were read in the thirteenth)": GOLD_DIR
    / "materials_fresh12_gold.jsonl",
    "fresh11 (held out in the eleventh round; its errors were read in the twelfth)": GOLD_DIR
    / "materials_fresh11_gold.jsonl",
    "fresh10 (held out in the tenth round; its errors were read in the eleventh)": GOLD_DIR
    / "materials_fresh10_gold.jsonl",
    "fresh9 (held out in the ninth round; its errors were read in the tenth)": GOLD_DIR / "materials_fresh9_gold.jsonl",
    "fresh8 (held out in the eighth round; its errors were read in the ninth)": GOLD_DIR
    / "materials_fresh8_gold.jsonl",
    "fresh7 (held out in the seventh round; its errors were read in the eighth)": GOLD_DIR
    / "materials_fresh7_gold.jsonl",
    "fresh6 (held out in the sixth round; its errors were read in the seventh)": GOLD_DIR
    / "materials_fresh6_gold.jsonl",
    "fresh5 (held out in the fifth round; its errors were read in the sixth)": GOLD_DIR / "materials_fresh5_gold.jsonl",
    "fresh4 (held out in the fourth round; its errors were read in the fifth)": GOLD_DIR
    / "materials_fresh4_gold.jsonl",
    "fresh3 (held out in the generic-salt round; its errors were read in the fourth)": GOLD_DIR
    / "materials_fresh3_gold.jsonl",
    "fresh2 (held out in the third round, before the generic-salt rule)": GOLD_DIR / "materials_fresh2_gold.jsonl",
    "fresh (held out in the second round; its errors were read in the third)": GOLD_DIR / "materials_fresh_gold.jsonl",
    "dev (held out in the first round; its errors were read in the second)": GOLD_DIR / "materials_dev_gold.jsonl",
    "test (the rules were fixed on its errors)": GOLD_DIR / "materials_gold.jsonl",
}


def composition(smiles: str | None, formula: str | None):
    from pymatgen.core import Composition
    from rdkit import Chem
    from rdkit.Chem.rdMolDescriptors import CalcMolFormula

    try:
        if formula:
            return Composition(formula).reduced_composition
        mol = Chem.MolFromSmiles(smiles) if smiles else None
        # a net charge is written last ("H4NO-", "C2H3O2-"): drop it, keep the last element's count
        return Composition(re.sub(r"[+-]\d*$", "", CalcMolFormula(mol))).reduced_composition if mol else None
    except Exception:  # noqa: BLE001
        return None


def same_structure(gold: dict, smiles: str | None, formula: str | None) -> bool:
    if gold["smiles"] and smiles:
        return smiles == gold["smiles"]
    a, b = composition(gold["smiles"], gold["formula"]), composition(smiles, formula)
    return a is not None and b is not None and a.almost_equals(b)


def baseline(text: str, opsin: OpsinProcess, max_words: int = 4) -> list[tuple[int, int, str | None, str | None]]:
    """Every 1..4-word window (whitespace words, sentence punctuation stripped) tried with OPSIN."""

    words = [(m.start(), m.end()) for m in re.finditer(r"\S+", text)]
    strip = ".,;:()[]"
    spans = []
    for a in range(len(words)):
        for b in range(a + 1, min(len(words), a + max_words) + 1):
            s, e = words[a][0], words[b - 1][1]
            while s < e and text[s] in strip:
                s += 1
            while e > s and text[e - 1] in strip:
                e -= 1
            if e > s:
                spans.append((a, b, s, e))
    unique = sorted({text[s:e] for *_, s, e in spans})
    parsed = dict(zip(unique, opsin.parse(unique), strict=True))
    out, a = [], 0
    by_start: dict[int, list] = {}
    for sp in spans:
        by_start.setdefault(sp[0], []).append(sp)
    while a < len(words):
        for _, b, s, e in sorted(by_start.get(a, []), key=lambda sp: -sp[1]):
            smi = parsed.get(text[s:e])
            canon = smiles_lib.canonicalize(smi).value if smi else None
            if canon:
                out.append((s, e, canon, None))
                a = b
                break
        else:
            a += 1
    return out


def score(docs: list[dict], predictions: list[list[tuple[int, int, str | None, str | None]]]) -> dict:
    tp = fp = 0
    overlap_hit: set = set()
    overlap_fp = 0
    correct = judged = 0
    gold_total = sum(e["structure"] for d in docs for e in d["entities"])
    found_exact: set = set()
    for i, (doc, preds) in enumerate(zip(docs, predictions, strict=True)):
        gold = {(e["start"], e["end"]): e for e in doc["entities"]}
        for s, e, smi, formula in preds:
            g = gold.get((s, e))
            if g is not None and g["structure"]:
                tp += 1
                found_exact.add((i, s, e))
                if g["smiles"] or g["formula"]:
                    judged += 1
                    correct += same_structure(g, smi, formula)
            else:
                fp += 1
            hits = [k for k, ge in gold.items() if ge["structure"] and k[0] < e and s < k[1]]
            if hits:
                overlap_hit.update((i, *k) for k in hits)
            else:
                overlap_fp += 1
    n_pred = tp + fp
    return {
        "predicted": n_pred,
        "gold": gold_total,
        "precision": tp / n_pred if n_pred else 0.0,
        "recall": len(found_exact) / gold_total if gold_total else 0.0,
        "overlap_precision": (n_pred - overlap_fp) / n_pred if n_pred else 0.0,
        "overlap_recall": len(overlap_hit) / gold_total if gold_total else 0.0,
        "structure_accuracy": correct / judged if judged else 0.0,
        "judged": judged,
    }


def main(out: Path | None, only: str | None = None) -> dict:
    """Score every system on every labelled set (or on one) and print the markdown tables.

    Args:
        out: where to write the tables (None: print only).
        only: the first word of one set's label to score that set alone (None: every set).
    """
    lines: list[str] = []
    every = {}
    for set_name, path in SETS.items():
        if only is not None and set_name.split()[0] != only:
            continue
        docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
        results = evaluate(docs)
        every[set_name] = results
        gold = results[next(iter(results))]["gold"]
        lines += [
            f"**{set_name}**: {len(docs)} real texts, {sum(len(d['entities']) for d in docs)} labelled "
            f"spans, {gold} with a structure.",
            "",
            "| system | predicted | precision | recall | structure accuracy (judged) | overlap P | overlap R "
            "| seconds |",
            "|---|---:|---:|---:|---:|---:|---:|---:|",
        ]
        for label, r in results.items():
            lines.append(
                f"| {label} | {r['predicted']} | {r['precision']:.3f} | {r['recall']:.3f} | "
                f"{r['structure_accuracy']:.3f} ({r['judged']}) | {r['overlap_precision']:.3f} | "
                f"{r['overlap_recall']:.3f} | {r['seconds']:.1f} |"
            )
        lines.append("")
    text = "\n".join(lines)
    print(text)
    if out is not None:
        out.parent.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
    return every


def evaluate(docs: list[dict]) -> dict:
    """Scores of every system on one labelled set."""
    results = {}
    systems = {
        "chemtrove find_names (lexicon + formulas + OPSIN)": NameFinder(opsin=True),
        "chemtrove find_names without OPSIN": NameFinder(opsin=False),
    }
    for label, finder in systems.items():
        t0 = time.perf_counter()
        preds = [[(m.start, m.end, m.smiles, m.formula) for m in finder.find(d["text"]) if m.resolved] for d in docs]
        results[label] = {**score(docs, preds), "seconds": time.perf_counter() - t0}
        finder.close()
    opsin = OpsinProcess()
    t0 = time.perf_counter()
    preds = [baseline(d["text"], opsin) for d in docs]
    results["baseline: every 1-4-word window through OPSIN"] = {
        **score(docs, preds),
        "seconds": time.perf_counter() - t0,
    }
    opsin.close()
    return results


def errors(set_key: str) -> None:
    """Print the false hits and the misses of ``find_names`` on one set (the first word of its label)."""
    path = next(p for name, p in SETS.items() if name.split()[0] == set_key)
    docs = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    finder = NameFinder(opsin=True)
    for doc in docs:
        text = doc["text"]
        gold = {(e["start"], e["end"]): e for e in doc["entities"] if e["structure"]}
        preds = {(m.start, m.end): m for m in finder.find(text) if m.resolved}
        for s, e in sorted(preds.keys() - gold.keys()):
            print(f"FP {text[s:e]!r} ({preds[s, e].kind}) ... {text[max(0, s - 40) : e + 40]!r}")
        for s, e in sorted(gold.keys() - preds.keys()):
            print(f"FN {text[s:e]!r} ... {text[max(0, s - 40) : e + 40]!r}")
        for s, e in sorted(gold.keys() & preds.keys()):
            g, m = gold[s, e], preds[s, e]
            if (g["smiles"] or g["formula"]) and not same_structure(g, m.smiles, m.formula):
                print(f"WRONG {text[s:e]!r} ({m.kind}: {m.smiles or m.formula}; gold {g['smiles'] or g['formula']})")
    finder.close()


if __name__ == "__main__":
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", type=Path, default=None, help="write the markdown table here")
    ap.add_argument("--errors", default=None, help="print the errors on one set (its first word) instead")
    ap.add_argument("--set", default=None, help="score one set only (the first word of its label)")
    args = ap.parse_args()
    if args.errors:
        errors(args.errors)
    else:
        main(args.out, args.set)
