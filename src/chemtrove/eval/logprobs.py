"""Batched log-probabilities of completions and of character spans under a causal language model.

Conventions are lm-evaluation-harness's:

* a request is a ``(prompt, completion)`` pair; trailing whitespace of the prompt moves to the start of the
  completion (``"Answer: " + "C"`` is scored as ``"Answer:" + " C"``, the way a BPE tokenizer glues a space
  to the following word);
* ``prompt + completion`` and ``prompt`` are encoded separately (no special tokens) and the completion's
  tokens are the tail of the whole encoding after the prompt's length;
* an empty prompt is replaced by one prefix token (the tokenizer's BOS, else its EOS), so the first
  completion token is predicted from something;
* a model that expects BOS (its tokenizer adds one by default) gets it in front of every request.

All requests of a call go through one batched forward per batch (sorted by length to waste little
padding, padded on either side with position ids taken from the attention mask, so left and right padding
give the same numbers as one request at a time), then log-softmax at the scored positions, gather of the
target ids, and the rank of each target among the vocabulary (1 = the model's top choice).

Example:
    >>> scores = completion_logprobs(model, tokenizer, [("The answer is", " 42")])  # doctest: +SKIP
    >>> scores[0].sum, scores[0].greedy  # doctest: +SKIP
    (-3.2, False)
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np

from chemtrove.tokenize.hf import load_transformers_tokenizer as load_tokenizer

__all__ = [
    "Request",
    "TokenScores",
    "completion_logprobs",
    "encode_completion",
    "encode_span",
    "load_model",
    "load_tokenizer",
    "score_requests",
    "span_logprobs",
    "split_prompt",
]


@dataclass(frozen=True)
class Request:
    """Token ids to run and which of them to score.

    Attributes:
        ids: The full token sequence.
        score: For each position ``i``, whether token ``ids[i]`` is scored (predicted from ``ids[:i]``);
            position 0 is never scored.
    """

    ids: tuple[int, ...]
    score: tuple[bool, ...]

    def __post_init__(self) -> None:
        if len(self.ids) != len(self.score):
            raise ValueError(f"ids and score differ in length ({len(self.ids)} != {len(self.score)})")
        if self.score and self.score[0]:
            raise ValueError("position 0 has no context and cannot be scored")


@dataclass
class TokenScores:
    """Log-probabilities and ranks of the scored tokens of one request.

    Attributes:
        logprobs: Natural-log probability of each scored token given everything before it.
        ranks: Rank of each scored token among the vocabulary (1 = highest logit; ties count in its favour).
        truncated: The request was longer than the model's context and lost tokens on the left.
    """

    logprobs: np.ndarray = field(default_factory=lambda: np.zeros(0))
    ranks: np.ndarray = field(default_factory=lambda: np.zeros(0, dtype=np.int64))
    truncated: bool = False

    @property
    def n(self) -> int:
        """Number of scored tokens."""
        return int(self.logprobs.size)

    @property
    def sum(self) -> float:
        """Total log-probability of the scored tokens (the log-likelihood of the completion)."""
        return float(self.logprobs.sum())

    @property
    def mean(self) -> float:
        """Mean per-token log-probability (``nan`` when nothing was scored)."""
        return float(self.logprobs.mean()) if self.n else math.nan

    @property
    def mean_rank(self) -> float:
        """Mean rank of the scored tokens (``nan`` when nothing was scored)."""
        return float(self.ranks.mean()) if self.n else math.nan

    @property
    def greedy(self) -> bool:
        """Whether greedy decoding would have produced every scored token (lm-eval's ``is_greedy``)."""
        return bool(self.n) and bool((self.ranks == 1).all())


# ------------------------------------------------------------------------------------------------- loading
def load_model(source: Any, device: str | None = None, dtype: Any = None) -> Any:
    """A causal LM from a local folder (``from_pretrained``, no hub, no remote code) or as given.

    Args:
        source: A local model folder or a loaded ``PreTrainedModel``.
        device: ``"cpu"``, ``"cuda"``, ... (default: CUDA when available for a folder; a loaded model stays
            where it is).
        dtype: Torch dtype for a folder (default: the checkpoint's, float32 on CPU).

    Returns:
        The model in eval mode.
    """
    import torch

    if isinstance(source, str | Path):
        from transformers import AutoModelForCausalLM

        path = Path(source)
        if not path.is_dir():
            raise FileNotFoundError(f"model folder not found: {path}")
        device = device or ("cuda" if torch.cuda.is_available() else "cpu")
        if dtype is None:
            dtype = "auto" if device != "cpu" else torch.float32
        model = AutoModelForCausalLM.from_pretrained(str(path), local_files_only=True, dtype=dtype)
        model.to(device)
    else:
        model = source
        if device is not None:
            model.to(device)
    model.eval()
    return model


# ------------------------------------------------------------------------------------------------ encoding
def split_prompt(prompt: str, completion: str) -> tuple[str, str]:
    """Move the prompt's trailing whitespace to the start of the completion (lm-eval's convention).

    Args:
        prompt: The context.
        completion: The continuation.

    Returns:
        ``(prompt without trailing whitespace, that whitespace + completion)``.

    Example:
        >>> split_prompt("Answer: ", "C")
        ('Answer:', ' C')
    """
    n = len(prompt) - len(prompt.rstrip())
    if n:
        return prompt[:-n], prompt[-n:] + completion
    return prompt, completion


def _encode(tokenizer: Any, text: str) -> list[int]:
    return list(tokenizer(text, add_special_tokens=False)["input_ids"])


def _bos_prefix(tokenizer: Any, add_bos: bool | None) -> list[int]:
    """``[bos]`` when the tokenizer adds BOS by default (or ``add_bos``), else ``[]``."""
    bos = getattr(tokenizer, "bos_token_id", None)
    if bos is None:
        return []
    if add_bos is None:
        probe = tokenizer("a")["input_ids"]
        add_bos = bool(probe) and probe[0] == bos
    return [bos] if add_bos else []


def _prefix_token(tokenizer: Any) -> int:
    for name in ("bos_token_id", "eos_token_id", "pad_token_id"):
        tid = getattr(tokenizer, name, None)
        if tid is not None:
            return int(tid)
    raise ValueError("the tokenizer has no bos, eos or pad token to stand in for an empty prompt")


def encode_completion(tokenizer: Any, prompt: str, completion: str, *, add_bos: bool | None = None) -> Request:
    """Encode a ``(prompt, completion)`` pair the way lm-eval does.

    Args:
        tokenizer: A ``transformers`` tokenizer.
        prompt: The context.
        completion: The continuation to score; must not be empty.
        add_bos: Put BOS in front (``None``: when the tokenizer adds it by default).

    Returns:
        A :class:`Request` scoring exactly the completion's tokens.

    Raises:
        ValueError: If the completion is empty or encodes to no token.
    """
    if not completion:
        raise ValueError("empty completion")
    prompt, completion = split_prompt(prompt, completion)
    prefix = _bos_prefix(tokenizer, add_bos)
    whole = _encode(tokenizer, prompt + completion)
    ctx = _encode(tokenizer, prompt) if prompt else []
    cont = whole[len(ctx) :]
    if not cont:
        raise ValueError(f"the completion {completion!r} encodes to no token after the prompt")
    if not prefix and not ctx:
        prefix = [_prefix_token(tokenizer)]
    ids = prefix + ctx + cont
    return Request(tuple(ids), tuple([False] * (len(ids) - len(cont)) + [True] * len(cont)))


def encode_span(tokenizer: Any, text: str, spans: Sequence[tuple[int, int]], *, add_bos: bool | None = None) -> Request:
    """Encode a text and score the tokens that overlap character spans of it.

    Used where the scored part sits inside the text (a SMILES between its tags): the text is encoded once,
    exactly as training saw it, and every token whose character range overlaps a span is scored (a token
    straddling a span's edge, which a tokenizer without the chemistry split can produce, is included).

    Args:
        tokenizer: A fast ``transformers`` tokenizer (offsets are needed).
        text: The whole text.
        spans: ``(start, end)`` character ranges, end exclusive.
        add_bos: Put BOS in front (``None``: when the tokenizer adds it by default).

    Returns:
        A :class:`Request`.

    Raises:
        ValueError: If no token overlaps the spans.
    """
    enc = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True)
    ids = list(enc["input_ids"])
    score = [any(s < e_tok and b_tok < e for s, e in spans) for b_tok, e_tok in enc["offset_mapping"]]
    prefix = _bos_prefix(tokenizer, add_bos)
    if not prefix and score and score[0]:
        prefix = [_prefix_token(tokenizer)]
    ids = prefix + ids
    score = [False] * len(prefix) + score
    if not any(score):
        raise ValueError(f"no token of {text!r} overlaps the spans {list(spans)}")
    return Request(tuple(ids), tuple(score))


# ------------------------------------------------------------------------------------------------- scoring
def _max_length(model: Any) -> int | None:
    cfg = getattr(model, "config", None)
    for name in ("max_position_embeddings", "n_positions", "max_sequence_length"):
        value = getattr(cfg, name, None)
        if isinstance(value, int) and value > 0:
            return value
    return None


def _truncate(req: Request, max_length: int | None) -> tuple[list[int], list[bool], bool]:
    ids, score = list(req.ids), list(req.score)
    if max_length is None or len(ids) <= max_length:
        return ids, score, False
    ids, score = ids[-max_length:], score[-max_length:]
    score[0] = False
    return ids, score, True


def score_requests(
    model: Any,
    requests: Sequence[Request],
    *,
    batch_size: int = 16,
    padding_side: str = "left",
    pad_token_id: int = 0,
    max_length: int | None = None,
) -> list[TokenScores]:
    """Log-probabilities and ranks of the scored tokens of many requests, in batches.

    Requests are sorted by length (longest first) so a batch holds similar lengths, padded on
    ``padding_side``, and run with ``position_ids`` computed from the attention mask: every request gets
    the numbers it would get alone. The model computes logits only from the first scored position of the
    batch on (``logits_to_keep``, when its forward takes it): with left padding the completions of a batch
    line up at the right edge, so the output layer runs on little more than the scored tokens. Log-softmax
    is taken only at scored positions, in float32.

    Args:
        model: A causal LM (``transformers``), in eval mode.
        requests: What to score.
        batch_size: Requests per forward pass.
        padding_side: ``"right"`` or ``"left"``.
        pad_token_id: Id written into padding (never attended to, never scored).
        max_length: Longest sequence the model takes (default: its ``max_position_embeddings``); longer
            requests lose tokens on the left and are flagged ``truncated``.

    Returns:
        One :class:`TokenScores` per request, in the order given.
    """
    import torch

    if padding_side not in ("left", "right"):
        raise ValueError(f"padding_side must be 'left' or 'right', got {padding_side!r}")
    if batch_size < 1:
        raise ValueError(f"batch_size must be >= 1, got {batch_size}")
    if max_length is None:
        max_length = _max_length(model)
    device = next(model.parameters()).device
    keep_logits = "logits_to_keep" in inspect.signature(model.forward).parameters
    prepared = [_truncate(r, max_length) for r in requests]
    order = sorted(range(len(prepared)), key=lambda i: -len(prepared[i][0]))
    out: list[TokenScores | None] = [None] * len(prepared)
    with torch.inference_mode():
        for b0 in range(0, len(order), batch_size):
            idx = order[b0 : b0 + batch_size]
            width = max(len(prepared[i][0]) for i in idx)
            input_ids = torch.full((len(idx), width), pad_token_id, dtype=torch.long)
            attn = torch.zeros((len(idx), width), dtype=torch.long)
            rows, cols, targets = [], [], []
            for r, i in enumerate(idx):
                ids, score, _ = prepared[i]
                off = width - len(ids) if padding_side == "left" else 0
                input_ids[r, off : off + len(ids)] = torch.tensor(ids, dtype=torch.long)
                attn[r, off : off + len(ids)] = 1
                for p, s in enumerate(score):
                    if s:
                        rows.append(r)
                        cols.append(off + p - 1)  # the logits at p-1 predict the token at p
                        targets.append(ids[p])
            position_ids = (attn.cumsum(-1) - 1).clamp(min=0)
            extra = {"logits_to_keep": width - min(cols)} if keep_logits else {}
            logits = model(
                input_ids=input_ids.to(device),
                attention_mask=attn.to(device),
                position_ids=position_ids.to(device),
                use_cache=False,
                **extra,
            ).logits
            shift = width - logits.shape[1]  # logits of the last positions only, when the model took logits_to_keep
            picked = logits[torch.tensor(rows, device=device), torch.tensor(cols, device=device) - shift].float()
            tgt = torch.tensor(targets, device=device)
            tgt_logit = picked.gather(-1, tgt[:, None])
            ranks = (picked > tgt_logit).sum(-1) + 1
            lp = (tgt_logit[:, 0] - torch.logsumexp(picked, dim=-1)).cpu().numpy().astype(np.float64)
            ranks = ranks.cpu().numpy().astype(np.int64)
            rows_np = np.asarray(rows)
            for r, i in enumerate(idx):
                sel = rows_np == r
                out[i] = TokenScores(lp[sel], ranks[sel], prepared[i][2])
    return out  # type: ignore[return-value]


def _pad_id(tokenizer: Any) -> int:
    for name in ("pad_token_id", "eos_token_id", "bos_token_id"):
        tid = getattr(tokenizer, name, None)
        if tid is not None:
            return int(tid)
    return 0


def completion_logprobs(
    model: Any,
    tokenizer: Any,
    pairs: Sequence[tuple[str, str]],
    *,
    batch_size: int = 16,
    padding_side: str = "left",
    add_bos: bool | None = None,
) -> list[TokenScores]:
    """Score completions given prompts (lm-eval's ``loglikelihood``), batched.

    Args:
        model: A causal LM in eval mode.
        tokenizer: Its ``transformers`` tokenizer.
        pairs: ``(prompt, completion)`` pairs.
        batch_size: Requests per forward pass.
        padding_side: ``"right"`` or ``"left"`` (the numbers do not depend on it).
        add_bos: Put BOS in front (``None``: when the tokenizer adds it by default).

    Returns:
        One :class:`TokenScores` per pair: ``.sum`` is the log-likelihood, ``.greedy`` lm-eval's
        ``is_greedy``.
    """
    add_bos = bool(_bos_prefix(tokenizer, add_bos))  # resolved once, not per request
    reqs = [encode_completion(tokenizer, p, c, add_bos=add_bos) for p, c in pairs]
    return score_requests(
        model, reqs, batch_size=batch_size, padding_side=padding_side, pad_token_id=_pad_id(tokenizer)
    )


def span_logprobs(
    model: Any,
    tokenizer: Any,
    items: Sequence[tuple[str, Sequence[tuple[int, int]]]],
    *,
    batch_size: int = 16,
    padding_side: str = "left",
    add_bos: bool | None = None,
) -> list[TokenScores]:
    """Score the tokens overlapping character spans of texts (see :func:`encode_span`), batched.

    Args:
        model: A causal LM in eval mode.
        tokenizer: Its fast ``transformers`` tokenizer.
        items: ``(text, [(start, end), ...])`` pairs.
        batch_size: Requests per forward pass.
        padding_side: ``"right"`` or ``"left"``.
        add_bos: Put BOS in front (``None``: when the tokenizer adds it by default).

    Returns:
        One :class:`TokenScores` per item.
    """
    add_bos = bool(_bos_prefix(tokenizer, add_bos))
    reqs = [encode_span(tokenizer, t, s, add_bos=add_bos) for t, s in items]
    return score_requests(
        model, reqs, batch_size=batch_size, padding_side=padding_side, pad_token_id=_pad_id(tokenizer)
    )
