#!/bin/bash
# The MiST ablation on Slurm: one GPU per seed, as a job array (seeds are independent replications).
#
#   python examples/mist_ablation/run_study.py --config examples/mist_ablation/configs/gpu.yaml \
#       --out runs/mist-gpu --prepare-only                       # data, splits, tokenizer: once, on any node
#   sbatch --array=0-2 examples/mist_ablation/slurm_study.sh examples/mist_ablation/configs/gpu.yaml runs/mist-gpu
#   python examples/mist_ablation/run_study.py --config examples/mist_ablation/configs/gpu.yaml \
#       --out runs/mist-gpu --report-only                        # the report over every finished seed
#
# A requeued or resubmitted task skips finished stages and, with resume_from_checkpoint: auto in the config's
# training block, continues the running stage from its newest checkpoint. Adapt the #SBATCH lines.
#SBATCH --job-name=mist-ablation
#SBATCH --ntasks=1
#SBATCH --gpus-per-task=1
#SBATCH --cpus-per-task=8
#SBATCH --time=12:00:00
#SBATCH --requeue
#SBATCH --output=logs/%x-%A_%a.out

set -euo pipefail
CONFIG=${1:?usage: slurm_study.sh CONFIG.yaml OUT_DIR}
OUT=${2:?usage: slurm_study.sh CONFIG.yaml OUT_DIR}
SEED=${SLURM_ARRAY_TASK_ID:?submit as an array: sbatch --array=0-2 ...}

# Activate the environment chemtrove is installed in (edit to yours).
# source .venv/bin/activate

python examples/mist_ablation/run_study.py --config "$CONFIG" --out "$OUT" --seeds "$SEED"
