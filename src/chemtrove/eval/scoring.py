"""Multiple-choice scoring, pass@k and sampling.

* :func:`choice_metrics` turns the log-likelihoods of the options of one question into lm-eval's ``acc``
  and ``acc_norm`` (log-likelihood divided by the option's length in characters), the probability of the
  gold option renormalized over the options (softmax of the log-likelihoods) and the margin between the
  gold option and the best distractor.
* :func:`multiple_choice` scores many questions with one batched call.
* :func:`pass_at_k` is the unbiased estimator of Chen et al. (2021): ``1 - C(n-c, k) / C(n, k)``.
* :func:`sample_completions` draws ``n`` completions per prompt; :func:`sampled_pass_at_k` checks them.

Example:
    >>> round(pass_at_k(10, 3, 1), 3)
    0.3
    >>> choice_metrics([-1.0, -2.0, -3.0], gold=0, lengths=[1, 1, 1])["acc"]
    1.0
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping, Sequence
from typing import Any

import numpy as np

from chemtrove.chem import reactions, smiles
from chemtrove.chem.tags import strip_tags
from chemtrove.eval.logprobs import completion_logprobs

__all__ = [
    "choice_metrics",
    "default_check",
    "multiple_choice",
    "pass_at_k",
    "sample_completions",
    "sampled_pass_at_k",
]


def pass_at_k(n: int, c: int, k: int) -> float:
    """Unbiased pass@k from ``n`` samples of which ``c`` are correct: ``1 - C(n-c, k) / C(n, k)``.

    Computed as ``1 - prod_{i=n-c+1..n} (1 - k/i)``, which is exact and never overflows.

    Args:
        n: Samples drawn.
        c: Correct samples among them.
        k: The k of pass@k (``1 <= k <= n``).

    Returns:
        The probability that at least one of ``k`` samples drawn without replacement from the ``n`` is
        correct.

    Raises:
        ValueError: If the arguments are out of range.

    Example:
        >>> pass_at_k(5, 0, 2), pass_at_k(5, 4, 2), pass_at_k(5, 5, 5)
        (0.0, 1.0, 1.0)
    """
    if not (0 <= c <= n) or not (1 <= k <= n):
        raise ValueError(f"need 0 <= c <= n and 1 <= k <= n, got n={n}, c={c}, k={k}")
    if n - c < k:
        return 1.0
    return float(1.0 - np.prod(1.0 - k / np.arange(n - c + 1, n + 1, dtype=np.float64)))


def choice_metrics(
    loglikelihoods: Sequence[float], gold: int, lengths: Sequence[int] | None = None
) -> dict[str, float]:
    """Metrics of one multiple-choice question from the log-likelihood of each option.

    Args:
        loglikelihoods: Total log-probability of each option's completion.
        gold: Index of the right option.
        lengths: Length of each option in characters, for ``acc_norm`` (default: all 1, so ``acc_norm``
            equals ``acc``).

    Returns:
        ``acc`` (1.0 when the gold option has the highest log-likelihood; ties go to the first),
        ``acc_norm`` (the same on log-likelihood per character), ``p_gold`` (gold's probability
        renormalized over the options), ``margin`` (gold's log-likelihood minus the best distractor's) and
        ``pred`` (the chosen index).

    Example:
        >>> m = choice_metrics([-2.0, -2.0 + math.log(3)], gold=1)
        >>> m["acc"], round(m["p_gold"], 3), round(m["margin"], 3)
        (1.0, 0.75, 1.099)
    """
    ll = np.asarray(loglikelihoods, dtype=np.float64)
    if ll.ndim != 1 or ll.size < 2:
        raise ValueError("need the log-likelihoods of at least two options")
    if not 0 <= gold < ll.size:
        raise ValueError(f"gold index {gold} out of range for {ll.size} options")
    lens = np.ones_like(ll) if lengths is None else np.maximum(np.asarray(lengths, dtype=np.float64), 1.0)
    pred = int(np.argmax(ll))
    pred_norm = int(np.argmax(ll / lens))
    p = np.exp(ll - ll.max())
    p /= p.sum()
    others = np.delete(ll, gold)
    return {
        "acc": float(pred == gold),
        "acc_norm": float(pred_norm == gold),
        "p_gold": float(p[gold]),
        "margin": float(ll[gold] - others.max()),
        "pred": float(pred),
    }


def multiple_choice(
    model: Any,
    tokenizer: Any,
    items: Sequence[Mapping[str, Any]],
    *,
    batch_size: int = 16,
) -> dict[str, Any]:
    """Score multiple-choice items: every option of every item in one batched pass.

    Args:
        model: A causal LM in eval mode.
        tokenizer: Its ``transformers`` tokenizer.
        items: Dicts with ``prompt``, ``options`` (list of completions; a leading space is usual, as in
            ``" Reductions"``) and ``gold`` (index of the right option). Items lacking a valid ``gold`` but
            carrying an ``answer`` that is one of the options use that option.
        batch_size: Requests per forward pass.

    Returns:
        ``{"n": items scored, "acc", "acc_norm", "p_gold", "margin": means, "chance": mean 1/options,
        "per_item": [metrics of each item]}``.
    """
    pairs: list[tuple[str, str]] = []
    spans: list[tuple[int, int, int, Sequence[str]]] = []
    for it in items:
        options = list(it["options"])
        gold = it.get("gold")
        if gold is None and it.get("answer") in options:
            gold = options.index(it["answer"])
        if gold is None:
            raise ValueError(f"item without a gold option: {it.get('id', it['prompt'][:40])!r}")
        spans.append((len(pairs), len(options), int(gold), options))
        pairs.extend((it["prompt"], o) for o in options)
    scores = completion_logprobs(model, tokenizer, pairs, batch_size=batch_size)
    per_item = []
    for start, n_opt, gold, options in spans:
        ll = [s.sum for s in scores[start : start + n_opt]]
        per_item.append(choice_metrics(ll, gold, [len(o) for o in options]))
    out: dict[str, Any] = {"n": len(per_item)}
    for key in ("acc", "acc_norm", "p_gold", "margin"):
        out[key] = float(np.mean([m[key] for m in per_item])) if per_item else math.nan
    out["chance"] = float(np.mean([1.0 / s[1] for s in spans])) if spans else math.nan
    out["per_item"] = per_item
    return out


def sample_completions(
    model: Any,
    tokenizer: Any,
    prompts: Sequence[str],
    n: int,
    *,
    max_new_tokens: int = 32,
    temperature: float = 1.0,
    top_p: float = 1.0,
    seed: int = 0,
    batch_size: int = 8,
    stop: Sequence[str] = ("\n",),
    include_stop: bool = False,
) -> list[list[str]]:
    """Draw ``n`` sampled completions per prompt (left-padded batches, ``model.generate``).

    The global torch random state is left as it was; the same seed gives the same samples on the same
    machine and library versions.

    Args:
        model: A causal LM in eval mode.
        tokenizer: Its ``transformers`` tokenizer.
        prompts: Prompts (encoded with the tokenizer's defaults, special tokens included).
        n: Samples per prompt.
        max_new_tokens: Longest completion in tokens.
        temperature: Sampling temperature (``0``: greedy, then the ``n`` samples are equal).
        top_p: Nucleus sampling mass.
        seed: Torch seed for sampling.
        batch_size: Prompts per ``generate`` call (each expands to ``n`` sequences).
        stop: Strings that end a completion (it is cut at the first one found).
        include_stop: Keep the stop string that ended a completion (``"</answer>"``); else cut before it.

    Returns:
        ``n`` completion strings for each prompt.
    """
    import torch

    device = next(model.parameters()).device
    pad = next(
        (int(t) for t in (tokenizer.pad_token_id, tokenizer.eos_token_id, tokenizer.bos_token_id) if t is not None),
        0,
    )
    eos = tokenizer.eos_token_id
    out: list[list[str]] = []
    with torch.random.fork_rng(devices=[device] if device.type == "cuda" else []), torch.inference_mode():
        torch.manual_seed(seed)
        for b0 in range(0, len(prompts), batch_size):
            batch = list(prompts[b0 : b0 + batch_size])
            enc = [list(tokenizer(p)["input_ids"]) for p in batch]
            width = max(len(e) for e in enc)
            ids = torch.full((len(enc), width), pad, dtype=torch.long)
            attn = torch.zeros_like(ids)
            for r, e in enumerate(enc):
                ids[r, width - len(e) :] = torch.tensor(e, dtype=torch.long)
                attn[r, width - len(e) :] = 1
            kwargs: dict[str, Any] = {"do_sample": temperature > 0, "max_new_tokens": max_new_tokens}
            if temperature > 0:
                kwargs.update(temperature=temperature, top_p=top_p, top_k=0)
            if any(stop):
                kwargs.update(stop_strings=[s for s in stop if s], tokenizer=tokenizer)  # end sequences early
            gen = model.generate(
                input_ids=ids.to(device),
                attention_mask=attn.to(device),
                num_return_sequences=n if temperature > 0 else 1,
                pad_token_id=pad,
                eos_token_id=eos,
                **kwargs,
            )
            if temperature <= 0:  # greedy: one sequence per prompt, repeated
                gen = gen.repeat_interleave(n, dim=0)
            new = gen[:, width:].cpu().tolist()
            texts = []
            for row in new:
                if eos is not None and eos in row:
                    row = row[: row.index(eos)]
                text = tokenizer.decode(row, skip_special_tokens=True)
                cut = min(
                    (text.index(s) + (len(s) if include_stop else 0) for s in stop if s and s in text), default=None
                )
                texts.append(text if cut is None else text[:cut])
            out.extend(texts[i * n : (i + 1) * n] for i in range(len(batch)))
    return out


_WS = re.compile(r"\s+")


def default_check(completion: str, answer: str) -> bool:
    """Whether a completion gives the reference answer.

    Whitespace is collapsed and stripped on both sides; when both parse as SMILES (molecules or reactions,
    tags allowed) they are compared by canonical form, otherwise as strings.

    Args:
        completion: The model's text.
        answer: The reference.

    Returns:
        ``True`` when they agree.

    Example:
        >>> default_check(" OCC", "CCO"), default_check("C2H6O ", "C2H6O"), default_check("CCN", "CCO")
        (True, True, False)
    """
    a = _WS.sub(" ", strip_tags(completion)).strip()
    b = _WS.sub(" ", strip_tags(answer)).strip()
    if a == b:
        return True
    if not a or not b or " " in a or " " in b:
        return False
    canon = reactions.canonicalize if ">" in b else smiles.canonicalize
    ca, cb = canon(a), canon(b)
    return ca.ok and cb.ok and ca.value == cb.value


def sampled_pass_at_k(
    model: Any,
    tokenizer: Any,
    items: Sequence[Mapping[str, Any]],
    *,
    n: int,
    ks: Sequence[int] = (1,),
    check: Callable[[str, Mapping[str, Any]], bool] | None = None,
    **sample_kwargs: Any,
) -> dict[str, Any]:
    """pass@k of sampled completions against each item's reference.

    Args:
        model: A causal LM in eval mode.
        tokenizer: Its ``transformers`` tokenizer.
        items: Dicts with ``prompt`` and ``answer`` (or ``reference``).
        n: Samples per item.
        ks: The k values (each ``<= n``).
        check: ``check(completion, item) -> bool`` (default: :func:`default_check` against the answer).
        **sample_kwargs: Passed to :func:`sample_completions` (``max_new_tokens``, ``temperature``, ``seed``,
            ``stop``, ``batch_size``).

    Returns:
        ``{"n_items", "n_samples", "pass@k" for each k (mean over items), "correct": per-item counts,
        "examples": the first completion of the first few items}``.
    """
    ks = sorted({int(k) for k in ks if 1 <= int(k) <= n})
    if check is None:

        def check(completion: str, item: Mapping[str, Any]) -> bool:
            return default_check(completion, str(item.get("answer", item.get("reference", ""))))

    samples = sample_completions(model, tokenizer, [it["prompt"] for it in items], n, **sample_kwargs)
    correct = [sum(bool(check(s, it)) for s in ss) for ss, it in zip(samples, items, strict=True)]
    out: dict[str, Any] = {"n_items": len(items), "n_samples": n}
    for k in ks:
        out[f"pass@{k}"] = float(np.mean([pass_at_k(n, c, k) for c in correct])) if correct else math.nan
    out["correct"] = correct
    out["examples"] = [
        {"prompt": it["prompt"][-80:], "answer": str(it.get("answer", it.get("reference", ""))), "sample": ss[0]}
        for it, ss in list(zip(items, samples, strict=True))[:3]
    ]
    return out
