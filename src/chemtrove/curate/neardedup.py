"""Near-duplicate removal of prose with datatrove's MinHash stages, aware of tagged chemistry.

datatrove's MinHash signature lowercases the text, replaces digits by 0 and strips punctuation before
splitting it into words, and its default word tokenizer needs spaCy. Applied to chemistry that turns
``[START_SMILES]c1ccc(O)cc1[END_SMILES]`` into noise. :class:`ChemMinhashSignature` shingles prose
the same way datatrove does, but keeps every tagged span whole, as one word spelled exactly as written
(tagged SMILES are canonical after curation, so two spellings of a molecule are one word).
"""

from __future__ import annotations

import re

import numpy as np
from datatrove.pipeline.dedup.minhash import MinhashConfig, MinhashDedupSignature
from datatrove.utils.text import ngrams, simplify_text
from datatrove.utils.word_tokenizers import WordTokenizer

_WORD = re.compile(r"\S+")


class ChemWordTokenizer(WordTokenizer):
    """Split text into words: whitespace-separated prose words; each tagged span one word.

    Needs no model or download. ``word_tokenize`` expects raw (not simplified) text.

    Example:
        >>> ChemWordTokenizer().word_tokenize("Phenol, [START_SMILES]Oc1ccccc1[END_SMILES], is toxic")
        ['phenol', '[START_SMILES]Oc1ccccc1[END_SMILES]', 'is', 'toxic']
    """

    def __init__(self):
        super().__init__(language="en")

    def word_tokenize(self, text: str) -> list[str]:
        """Words of ``text``: prose simplified as datatrove does, tagged spans verbatim."""
        from chemtrove.chem.tags import tagged_spans

        words: list[str] = []
        last = 0
        for _, start, end, _ in tagged_spans(text):
            words.extend(_WORD.findall(simplify_text(text[last:start])))
            words.append(text[start:end])
            last = end
        words.extend(_WORD.findall(simplify_text(text[last:])))
        return words

    def sent_tokenize(self, text: str) -> list[str]:
        """Not used by MinHash; one sentence per line."""
        return [s for s in text.splitlines() if s.strip()]

    def span_tokenize(self, text: str) -> list[tuple[int, int]]:
        """Not used by MinHash; spans of whitespace-separated words."""
        return [m.span() for m in _WORD.finditer(text)]


class ChemMinhashSignature(MinhashDedupSignature):
    """MinHash stage 1 with :class:`ChemWordTokenizer` (no spaCy; tagged chemistry kept whole).

    Args:
        output_folder: Folder for the signatures.
        config: datatrove's :class:`MinhashConfig` (n-grams, buckets, hashes per bucket, seed).
    """

    name = "🎯 MinHash stage 1 (chemistry-aware)"

    def __init__(self, output_folder, config: MinhashConfig | None = None):
        super().__init__(output_folder, config=config, language=ChemWordTokenizer())

    def get_shingles(self, text: str) -> np.ndarray:
        """Hashed word n-grams of ``text``."""
        words = self.word_tokenizer.word_tokenize(text)
        return np.fromiter(
            (self._hash_func(" ".join(x)) for x in ngrams(words, self.config.n_grams)), dtype=np.uint64
        ).reshape((-1, 1))
