"""The run report: markdown with counts, reasons and examples; a PNG; tokens per domain when asked."""

from pathlib import Path

from tokenizers import Tokenizer, models, pre_tokenizers, trainers

from chemtrove.curate import pipeline
from chemtrove.curate.config import CurateConfig


def _tiny_tokenizer(path: Path, texts: list[str]) -> Path:
    tok = Tokenizer(models.BPE(unk_token="[UNK]"))
    tok.pre_tokenizer = pre_tokenizers.Whitespace()
    tok.train_from_iterator(texts, trainers.BpeTrainer(vocab_size=200, special_tokens=["[UNK]"]))
    out = path / "tokenizer.json"
    tok.save(str(out))
    return out


def test_report_with_tokens(tmp_path, data_dir):
    (tmp_path / "m").mkdir()
    (tmp_path / "m" / "m.csv").write_text("smiles\nCCO\nC1CC\nc1ccccc1O\nOCC\n\n")
    tok = _tiny_tokenizer(tmp_path, ["[START_SMILES]CCO[END_SMILES]", "c1ccccc1O", "the cat sat"])
    cfg = CurateConfig.from_dict(
        {
            "output": str(tmp_path / "out"),
            "sources": [{"name": "m", "kind": "molecules", "path": "m", "column": "smiles", "licence": "CC0-1.0"}],
            "molecules": {"min_heavy_atoms": 1},
            "report_tokenizer": str(tok.parent),
        },
        base_dir=tmp_path,
    )
    summary = pipeline.run(cfg, quiet=True, progress=False)
    assert summary["reconciles"]
    md = (tmp_path / "out" / "report.md").read_text()
    assert "| m | molecules | CC0-1.0 | 5 | 2 | 3 | yes |" in md
    assert "| parse_failed | 1 |" in md and "C1CC" in md
    assert "| duplicate | 1 |" in md and "| empty | 1 |" in md
    tokens_line = next(line for line in md.splitlines() if line.startswith("| molecule |"))
    expected = sum(
        len(t)
        for t in [
            Tokenizer.from_file(str(tok)).encode(s, add_special_tokens=False).ids
            for s in ("[START_SMILES]CCO[END_SMILES]", "[START_SMILES]Oc1ccccc1[END_SMILES]")
        ]
    )
    assert tokens_line == f"| molecule | 2 | {expected} |"
    png = (tmp_path / "out" / "report.png").read_bytes()
    assert png[:8] == b"\x89PNG\r\n\x1a\n" and len(png) > 5000
