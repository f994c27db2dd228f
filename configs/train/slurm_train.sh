#!/bin/bash
# Multi-node training on Slurm: one task per node, accelerate starts one process per GPU on each node.
#
#   sbatch --nodes 2 configs/train/slurm_train.sh cpt configs/train/one_gpu_qwen.yaml
#   sbatch --nodes 4 configs/train/slurm_train.sh grpo configs/train/grpo_vllm.yaml --max_steps 500
#
# The recipe is the same as on one GPU; the launcher (here: accelerate with the FSDP config) makes it
# distributed. resume_from_checkpoint: auto in the recipe lets a requeued or resubmitted job continue from
# the newest checkpoint. Adapt the #SBATCH lines (partition, account, time) to your cluster.
#SBATCH --job-name=chemtrove-train
#SBATCH --ntasks-per-node=1
#SBATCH --gpus-per-node=8
#SBATCH --cpus-per-task=64
#SBATCH --time=24:00:00
#SBATCH --requeue
#SBATCH --output=logs/%x-%j.out

set -euo pipefail
STAGE=${1:?usage: slurm_train.sh cpt|sft|grpo RECIPE.yaml [overrides...]}
RECIPE=${2:?usage: slurm_train.sh cpt|sft|grpo RECIPE.yaml [overrides...]}
shift 2
ACCELERATE_CONFIG=${ACCELERATE_CONFIG:-configs/train/accelerate/fsdp.yaml}   # or ddp.yaml / zero3.yaml
GPUS_PER_NODE=${GPUS_PER_NODE:-8}

# Activate the environment chemtrove is installed in (edit to yours).
# source .venv/bin/activate

MAIN_ADDR=$(scontrol show hostnames "$SLURM_JOB_NODELIST" | head -n 1)
MAIN_PORT=${MAIN_PORT:-29500}
NUM_PROCESSES=$((SLURM_NNODES * GPUS_PER_NODE))

# One srun task per node; $SLURM_NODEID is evaluated on each node, so every node gets its own rank.
srun --kill-on-bad-exit=1 bash -c "accelerate launch \
    --config_file $ACCELERATE_CONFIG \
    --num_machines $SLURM_NNODES \
    --num_processes $NUM_PROCESSES \
    --machine_rank \$SLURM_NODEID \
    --main_process_ip $MAIN_ADDR \
    --main_process_port $MAIN_PORT \
    --rdzv_backend c10d \
    -m chemtrove.train.$STAGE --config $RECIPE $*"
