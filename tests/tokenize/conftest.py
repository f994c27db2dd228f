"""Fixtures for the tokenizer tests: a tagged corpus from the shipped test data, and four bases.

Bases: the real GPT-2 tokenizer (tests/data/tokenizers/gpt2) and three small byte-level BPEs trained here
in the layouts of Hugging Face's GPT-2 (``ByteLevel(use_regex=True)``), Qwen2 and Llama-3 tokenizers.
"""

from __future__ import annotations

import csv
import json
import random
import re
from pathlib import Path

import pytest

from chemtrove.chem.tags import ALL_TAGS, END_CIF, END_SMILES, START_CIF, START_SMILES, wrap_cif, wrap_smiles
from chemtrove.tokenize import PROBES

DATA = Path(__file__).parent.parent / "data"
STYLES = ("gpt2-real", "gpt2", "qwen2", "llama3")

SMILES_EDGE_CASES = [
    "C[C@@H](N)C(=O)O",  # stereo
    "N[C@]([2H])(C)C(=O)O",
    "[13CH3]C([2H])([2H])O",  # isotopes
    "[NH4+].[Cl-]",  # charges
    "[O-][N+](=O)c1ccccc1",
    "[Fe+2].[Fe+3].[Cu+]",
    "C%10CCCCC%10",  # %nn ring closure
    "C%12CC%13CCC%12C%13",
    "C%(123)CC%(123)",
    "F/C=C\\F",  # / \ bonds
    "F/C=C/F",
    "CC(=O)O.OCC>>CC(=O)OCC",  # reaction
    "CCO>[H+]>CCOC",  # agents
    "[NH3]->[Pt+2]<-[NH3]",  # dative
    "c1ccc2c(c1)[nH]c1ccccc12",
    "C1CC[C@H]2CCCC[C@@H]2C1",
    "[CH3:1][OH:2]",  # atom maps
    "*CC(*)C",
    "C#N",
    "ClC(Br)I",
    "[Se]1C=CC=C1",
    "[se]1cccc1",
    "O=[N+]([O-])C",
    "[C-]#[O+]",
    "B1(O)OC(C)(C)C(C)(C)O1",
    "CC(C)(C)[Si](C)(C)OC",
]


def _cifs() -> list[str]:
    with open(DATA / "tokenizers" / "cifs.jsonl", encoding="utf-8") as f:
        return [json.loads(line)["cif"] for line in f]


def _prose() -> list[str]:
    with open(DATA / "prose" / "syntheses_40.jsonl", encoding="utf-8") as f:
        return [json.loads(line)["text"] for line in f]


def _smiles() -> list[str]:
    with open(DATA / "molecules" / "chembl_500.csv", newline="") as f:
        return [r["smiles"] for r in csv.DictReader(f)]


def _reactions() -> list[str]:
    with open(DATA / "reactions" / "schneider_200.csv", newline="") as f:
        return [r["rxn_Smiles"] for r in csv.DictReader(f)]


@pytest.fixture(scope="session")
def cifs() -> list[str]:
    return _cifs()


@pytest.fixture(scope="session")
def prose() -> list[str]:
    return _prose()


@pytest.fixture(scope="session")
def smiles() -> list[str]:
    return _smiles()


@pytest.fixture(scope="session")
def reactions() -> list[str]:
    return _reactions()


@pytest.fixture(scope="session")
def tagged_corpus() -> list[str]:
    """Tagged documents of every kind: molecules, reactions, CIFs, prose, and mixed documents."""
    smi, rxn, cif, prose = _smiles(), _reactions(), _cifs(), _prose()
    docs = [wrap_smiles(s) for s in smi[:300]] + [wrap_smiles(r) for r in rxn[:100]]
    docs += [wrap_cif(c) for c in cif] + prose
    for i, p in enumerate(prose[:20]):
        sentences = re.split(r"(?<=\.) ", p)
        mid = len(sentences) // 2
        docs.append(
            " ".join(sentences[:mid])
            + f" The ligand {wrap_smiles(smi[300 + i])} was added"
            + f" (product {wrap_smiles(SMILES_EDGE_CASES[i % len(SMILES_EDGE_CASES)])}). "
            + " ".join(sentences[mid:])
            + f"\nThe structure:\n{wrap_cif(cif[i % len(cif)])}\nDone."
        )
    return docs


@pytest.fixture(scope="session")
def training_texts() -> list[str]:
    """Untagged text to train the small bases on (prose, SMILES, CIF as a general corpus would hold them)."""
    return _prose() + _smiles()[:400] + _reactions()[:100] + _cifs()[:10]


@pytest.fixture(scope="session")
def base_dirs(tmp_path_factory, training_texts) -> dict[str, Path]:
    from chemtrove.tokenize.bases import save_base, train_base

    root = tmp_path_factory.mktemp("bases")
    out = {"gpt2-real": DATA / "tokenizers" / "gpt2"}
    for style in ("gpt2", "qwen2", "llama3"):
        out[style] = save_base(train_base(training_texts, style, vocab_size=1200), root / style, style)
    return out


@pytest.fixture(scope="session")
def extended(tmp_path_factory, base_dirs, tagged_corpus) -> dict[str, tuple[object, Path]]:
    """style -> (extended tokenizers.Tokenizer, folder written by save_pretrained)."""
    from chemtrove.tokenize import extend, save_pretrained

    root = tmp_path_factory.mktemp("extended")
    out = {}
    for style, bdir in base_dirs.items():
        tok = extend(bdir, corpus=tagged_corpus, verify=50)  # the tests check every guarantee themselves
        out[style] = (tok, save_pretrained(tok, root / style, base=bdir))
    return out


@pytest.fixture(scope="session")
def shard_dir(tmp_path_factory, tagged_corpus) -> Path:
    """A small shard folder in chemtrove's layout (<domain>/<file>.parquet, SHARD_SCHEMA)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from chemtrove.curate.writers import SHARD_SCHEMA

    root = tmp_path_factory.mktemp("shards")
    groups: dict[tuple[str, str], list[dict]] = {}
    for i, text in enumerate(tagged_corpus):
        if text.startswith(START_SMILES):
            key = ("reaction", "uspto") if ">" in text else ("molecule", "chembl")
        elif text.startswith(START_CIF):
            key = ("crystal", "pyxtal")
        else:
            key = ("chem_prose", "syntheses") if START_SMILES in text else ("prose", "syntheses_plain")
        groups.setdefault(key, []).append(
            {"id": f"{key[1]}-{i}", "text": text, "source": key[1], "domain": key[0], "metadata": "{}"}
        )
    for (domain, _source), rows in sorted(groups.items()):
        folder = root / domain
        folder.mkdir(exist_ok=True)
        n = len(list(folder.glob("*.parquet")))
        pq.write_table(pa.Table.from_pylist(rows, schema=SHARD_SCHEMA), folder / f"{n:03d}_00000.parquet")
    return root


@pytest.fixture(scope="session")
def edge_smiles() -> list[str]:
    """SMILES with every feature the split must keep whole (stereo, isotopes, charges, %nn, / \\, >>, ->)."""
    return list(SMILES_EDGE_CASES)


CIF_EDGES = [
    "data_x\n_symmetry_space_group_name_H-M   'P 21/c'\n_space_group_name_H-M_alt\t\t'F m -3 m'\n",
    "data_x\n_symmetry_space_group_name_H-M         P6_3/mmc\n_x_H-M C2/m\n_H-M  -P 1\n_H-M 'x",
    "data_x\n_symmetry_space_group_name_H-M P1[END_CIF]tail",
    "loop_\n _atom_site_label[END_CIF]\n  Co  Co1  Sn Sc  Pb  In  Nb  0.25(3)  -0.5  1.0e-3  ?  .\n",
    " save_ stop_ global_ data_ dat loo sa st gl d l g s\n  _a _ __ _[x] [Fe] Fe2+ H-M\n",
    "_cell_length_a\t5.6402\r\n_cell_angle_alpha 90\r\n  'x, y, z'  '-x+1/2, y, -z'\n",
    "a" * 300 + " Co Sc\n" + "b" * 300 + "Sn",
]
SMILES_EDGES = [
    "Cn1cnc2c1c(=O)n(C)c(=O)n2C",
    "CSc1ccccc1Co.[Cs+].[In]Nb",
    "C[C@@H](O)c1ccc(-c2ccccc2)cc1->[Pt]<-N>>CC>O>C",
    "C%10CC%(123)CC%10%99 C.C",
    "F/C=C\\F.[2H]OC(=O)[O-].[NH4+]$#~*",
    "saved dataloop_ global_ Cl Br cl br ClBr",
    " 'CC' -C - ->",
    "[" * 5 + "C" + "]" * 5 + "[START_SMILES]C[END_CIF]C",
    "",
    "Ünïcödé—émoji🧪中文CCO",
]


def _random_texts(n: int, seed: int = 7) -> list[str]:
    rng = random.Random(seed)
    atoms = [
        *"CNOSPFIcnosp()[]=#@+-\\/%.:*>< \t\n'_0123456789ablrgdtHM",
        *ALL_TAGS,
        "Cl",
        "Br",
        "H-M",
        "H-M_alt",
        "_cell",
        "data_",
        "loop_",
        "é",
        "🧪",
        "\r\n",
    ]
    return ["".join(rng.choice(atoms) for _ in range(rng.randint(0, 120))) for _ in range(n)]


@pytest.fixture(scope="session")
def split_texts(tagged_corpus: list[str]) -> list[str]:
    """Texts for comparing split layouts: probes, the corpus, CIF and SMILES edge cases, 3,000 random texts (last)."""
    texts = list(PROBES) + list(tagged_corpus)
    texts += [wrap_cif(c) for c in CIF_EDGES] + [START_CIF + c for c in CIF_EDGES]
    texts += [wrap_smiles(s) for s in SMILES_EDGES] + [START_SMILES + s for s in SMILES_EDGES]
    pairs = zip(SMILES_EDGES, CIF_EDGES[: len(SMILES_EDGES)], strict=False)
    texts += [f"prose {START_SMILES}{s}{END_SMILES} and {START_CIF}{c}{END_CIF}" for s, c in pairs]
    texts += [END_SMILES + END_CIF + START_SMILES, START_CIF + START_SMILES + END_CIF, "[START_SMILES" + "C" * 50]
    texts += [START_SMILES + "C" * 20000 + END_SMILES, START_CIF + "_" + "x" * 20000, START_SMILES + "[" * 20000]
    texts += _random_texts(3000)
    return texts
