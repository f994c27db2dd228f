"""Two-process DDP on CPU: ``torchrun --nproc_per_node 2 -m chemtrove.train.cpt`` (gloo), the same recipe."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("torch")
pytest.importorskip("trl")

REPO = Path(__file__).resolve().parents[2]


def test_torchrun_two_processes(shards, tokenizer_dir, tmp_path):
    out = tmp_path / "ddp"
    steps, batch, length = 4, 2, 64
    cmd = [
        sys.executable, "-m", "torch.distributed.run", "--standalone", "--nproc_per_node", "2",
        "-m", "chemtrove.train.cpt",
        "--config", str(REPO / "configs" / "train" / "tiny_cpu.yaml"),
        "--tokenizer_name_or_path", str(tokenizer_dir),
        "--data", str(shards),
        "--output_dir", str(out),
        "--max_steps", str(steps), "--per_device_train_batch_size", str(batch), "--max_length", str(length),
        "--logging_steps", "1", "--save_strategy", "no", "--disable_tqdm", "true",
    ]  # fmt: skip
    env = {**os.environ, "OMP_NUM_THREADS": "1", "TOKENIZERS_PARALLELISM": "false"}
    proc = subprocess.run(cmd, capture_output=True, text=True, timeout=300, env=env, cwd=tmp_path)
    assert proc.returncode == 0, proc.stderr[-3000:]
    info = json.loads((out / "run_info.json").read_text())
    assert info["world_size"] == 2 and info["processes"] == 2 and info["steps"] == steps
    # tokens are counted over both processes: each step trains 2 x batch windows of `length` tokens
    assert info["tokens"] == steps * 2 * batch * length
    state = json.loads((out / "trainer_state.json").read_text())
    losses = [e["loss"] for e in state["log_history"] if "loss" in e]
    assert len(losses) == steps and all(x == x for x in losses)
    assert (out / "model.safetensors").is_file()
