"""The numpy sentence encoder: held to sentence-transformers' own output, and to bad files.

The reference (data/minilm_reference.json) was written by data/make_minilm_reference.py with the
real sentence-transformers and Hugging Face tokenizer; the tests that need the model skip (or fail
under TIPLINE_REQUIRE_SEMANTIC=1) where the `semantic` extra is not installed. The file-format
and batching tests build a tiny random BERT folder and need nothing installed.
"""

from __future__ import annotations

import json
import struct
from pathlib import Path

import numpy as np
import pytest

from matching import EncoderFileError
from matching.sentence_encoder import (
    MAX_TOKENS,
    SentenceEncoder,
    WordPieceTokenizer,
    read_safetensors,
)

REFERENCE = json.loads(
    (Path(__file__).parent / "data" / "minilm_reference.json").read_text(encoding="utf-8")
)
CASES = REFERENCE["cases"]


@pytest.mark.parametrize("case", CASES, ids=[f"case{n}" for n in range(len(CASES))])
def test_token_ids_match_the_hugging_face_tokenizer(
    bundled_encoder: SentenceEncoder, case: dict[str, object]
) -> None:
    assert bundled_encoder.tokenizer.ids(str(case["text"])) == case["ids"]


@pytest.mark.parametrize("case", CASES, ids=[f"case{n}" for n in range(len(CASES))])
def test_vectors_match_sentence_transformers(
    bundled_encoder: SentenceEncoder, case: dict[str, object]
) -> None:
    mine = bundled_encoder.encode([str(case["text"])])[0]
    theirs = np.asarray(case["vector"], dtype=np.float64)
    assert mine.shape == (384,)
    assert float(np.abs(mine - theirs).max()) < 1e-5
    assert float(mine @ theirs) > 0.99999


def test_paraphrases_are_closer_than_unrelated_claims(bundled_encoder: SentenceEncoder) -> None:
    claim, paraphrase, unrelated = bundled_encoder.encode(
        [
            "Polling stations will close at noon on election day.",
            "They are shutting the voting centres at midday when we vote",
            "The new bridge over the river will open to traffic in March.",
        ]
    )
    assert float(claim @ paraphrase) > float(claim @ unrelated) + 0.3


def test_a_megabyte_of_text_is_cut_to_the_model_length(bundled_encoder: SentenceEncoder) -> None:
    huge = "fraud " * 200_000
    assert len(bundled_encoder.tokenizer.ids(huge)) == MAX_TOKENS
    vector = bundled_encoder.encode([huge])[0]
    assert abs(float(np.linalg.norm(vector)) - 1.0) < 1e-5


# --- a tiny random BERT, written as a sentence-transformers folder -----------------------------

VOCABULARY = ["[PAD]", "[UNK]", "[CLS]", "[SEP]", "vote", "##s", "the", "poll", "close", ",", "!"]


_NUMPY_TYPES = {"F32": "<f4", "F16": "<f2", "I64": "<i8"}


def _tensor_file(path: Path, tensors: dict[str, np.ndarray], dtype: str = "F32") -> None:
    """A .safetensors file as the format describes it: length, JSON header, raw arrays."""
    header: dict[str, object] = {"__metadata__": {"format": "pt"}}
    blobs = []
    offset = 0
    for name, array in tensors.items():
        kind = "I64" if name.endswith("position_ids") else dtype
        data = np.asarray(array).astype(_NUMPY_TYPES[kind]).tobytes()
        header[name] = {
            "dtype": kind,
            "shape": list(np.shape(array)),
            "data_offsets": [offset, offset + len(data)],
        }
        blobs.append(data)
        offset += len(data)
    encoded = json.dumps(header).encode()
    path.write_bytes(struct.pack("<Q", len(encoded)) + encoded + b"".join(blobs))


def _tiny_model(folder: Path, *, layers: int = 2, width: int = 8, dtype: str = "F32") -> None:
    rng = np.random.default_rng(7)
    tensors: dict[str, np.ndarray] = {
        "embeddings.word_embeddings.weight": rng.normal(size=(len(VOCABULARY), width)),
        "embeddings.position_embeddings.weight": rng.normal(size=(32, width)),
        "embeddings.token_type_embeddings.weight": rng.normal(size=(2, width)),
        "embeddings.LayerNorm.weight": np.ones(width),
        "embeddings.LayerNorm.bias": np.zeros(width),
        "embeddings.position_ids": np.arange(32)[None],
    }
    for number in range(layers):
        prefix = f"encoder.layer.{number}."
        for name, shape in (
            ("attention.self.query", (width, width)),
            ("attention.self.key", (width, width)),
            ("attention.self.value", (width, width)),
            ("attention.output.dense", (width, width)),
            ("intermediate.dense", (4 * width, width)),
            ("output.dense", (width, 4 * width)),
        ):
            tensors[prefix + name + ".weight"] = rng.normal(scale=0.3, size=shape)
            tensors[prefix + name + ".bias"] = rng.normal(scale=0.1, size=shape[0])
        for norm in ("attention.output.LayerNorm", "output.LayerNorm"):
            tensors[prefix + norm + ".weight"] = np.ones(width)
            tensors[prefix + norm + ".bias"] = np.zeros(width)
    folder.mkdir(parents=True, exist_ok=True)
    _tensor_file(folder / "model.safetensors", tensors, dtype)
    (folder / "vocab.txt").write_text("\n".join(VOCABULARY) + "\n", encoding="utf-8")
    (folder / "config.json").write_text(
        json.dumps({"model_type": "bert", "num_attention_heads": 2, "layer_norm_eps": 1e-12})
    )


def test_a_batch_gives_what_one_text_at_a_time_gives(tmp_path: Path) -> None:
    _tiny_model(tmp_path)
    encoder = SentenceEncoder.load(tmp_path)
    # The tiny model has 32 positions: the 60-word text is cut to 32 tokens, not an error.
    texts = ["the poll", "votes close, the poll!", "", "vote " * 60, "unknown words here"]
    together = encoder.encode(texts)
    one_by_one = np.vstack([encoder.encode([text]) for text in texts])
    assert np.allclose(together, one_by_one, atol=1e-5)
    assert np.allclose(np.linalg.norm(together, axis=1), 1.0, atol=1e-5)
    # Padding must not leak into a shorter text's vector.
    assert not np.allclose(together[0], together[1])


def test_half_precision_weights_load(tmp_path: Path) -> None:
    _tiny_model(tmp_path / "f32")
    _tiny_model(tmp_path / "f16", dtype="F16")
    full = SentenceEncoder.load(tmp_path / "f32").encode(["the poll votes"])
    half = SentenceEncoder.load(tmp_path / "f16").encode(["the poll votes"])
    assert float(full[0] @ half[0]) > 0.99


def test_wordpiece_splits_and_unknowns() -> None:
    tokenizer = WordPieceTokenizer(VOCABULARY)
    assert tokenizer.words("Vötes,  the\tPOLL!\u200b") == ["votes", ",", "the", "poll", "!"]
    # As BERT does: format characters (zero-width space) are dropped, not read as spaces.
    assert tokenizer.words("the\u200bpoll") == ["thepoll"]
    ids = tokenizer.ids("votes xyz")
    assert [VOCABULARY[i] for i in ids] == ["[CLS]", "vote", "##s", "[UNK]", "[SEP]"]


@pytest.mark.parametrize(
    ("damage", "message"),
    [
        (lambda folder: (folder / "vocab.txt").unlink(), "cannot read"),
        (lambda folder: (folder / "model.safetensors").write_bytes(b"\x01\x02"), "too short"),
        (
            lambda folder: (folder / "model.safetensors").write_bytes(
                struct.pack("<Q", 10**9) + b"{}"
            ),
            "past the end",
        ),
        (
            lambda folder: (folder / "model.safetensors").write_bytes(
                (folder / "model.safetensors").read_bytes()[:-64]
            ),
            "outside the file",
        ),
        (lambda folder: (folder / "config.json").write_text('{"model_type": "gpt2"}'), "BERT"),
        (lambda folder: (folder / "config.json").write_text("not json"), "cannot read"),
        (lambda folder: (folder / "config.json").write_text('{"model_type": "bert"}'), "usable"),
        (lambda folder: (folder / "config.json").write_text("[1, 2]"), "BERT"),
        (lambda folder: (folder / "vocab.txt").write_text("vote\n"), "[CLS]"),
    ],
)
def test_a_damaged_model_folder_raises_encoder_file_error(
    tmp_path: Path, damage: object, message: str
) -> None:
    _tiny_model(tmp_path)
    assert callable(damage)
    damage(tmp_path)
    with pytest.raises(EncoderFileError, match=message):
        SentenceEncoder.load(tmp_path)


def test_weights_without_a_layer_raise_encoder_file_error(tmp_path: Path) -> None:
    _tiny_model(tmp_path, layers=0)
    with pytest.raises(EncoderFileError, match="no encoder layers"):
        SentenceEncoder.load(tmp_path)


def test_read_safetensors_round_trip(tmp_path: Path) -> None:
    arrays = {"a.weight": np.arange(6.0).reshape(2, 3), "b.bias": np.array([0.5, -1.0])}
    _tensor_file(tmp_path / "t.safetensors", arrays)
    read = read_safetensors(tmp_path / "t.safetensors")
    assert set(read) == set(arrays)
    for name, array in arrays.items():
        assert read[name].dtype == np.float32
        assert np.array_equal(read[name], array)
