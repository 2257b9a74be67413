"""Language identification for voters' messages and imported fact-checks; None rather than a
wrong guess."""

from __future__ import annotations

import pytest

from matching import detect_language
from matching.language import MIN_CONFIDENCE, identify_language


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("Las elecciones se aplazaron al lunes", "es", id="es short claim"),
        pytest.param("Vous pouvez voter par SMS", "fr", id="fr short claim"),
        pytest.param("Você pode votar pela internet", "pt", id="pt short claim"),
        pytest.param("You can vote by SMS", "en", id="en short claim"),
        pytest.param("Is this true? The polls close at 2pm", "en", id="en question"),
        pytest.param("¿Es verdad que cierran las urnas?", "es", id="es question marks"),
        pytest.param("Votação adiada", "pt", id="pt letters only"),
        pytest.param("تم تأجيل الانتخابات إلى يوم الإثنين", "ar", id="Arabic script"),
        pytest.param("عاجل: SMS 8080 الانتخابات", "ar", id="Arabic with a Latin word"),
        pytest.param("URGENTE: Las elecciones se aplazaron 🗳️ https://t.co/x", "es", id="noise"),
        pytest.param("Выборы перенесли на понедельник", "ru", id="Cyrillic"),
        pytest.param("انتخابات به دوشنبه موکول شد", "fa", id="Persian, not Arabic"),
        pytest.param("انتخابات پیر تک ملتوی کر دیے گئے ہیں", "ur", id="Urdu, not Arabic"),
        pytest.param("चुनाव सोमवार तक टाल दिए गए हैं", "hi", id="Devanagari"),
        pytest.param("选举推迟到下周一", "zh", id="Chinese"),
        pytest.param("Pemilu ditunda sampai hari Senin", "id", id="Indonesian"),
        pytest.param("", None, id="empty"),
        pytest.param("🗳️ 2024 !!!", None, id="no letters"),
        pytest.param("vote", None, id="one ambiguous word"),
        pytest.param("SMS 8080", None, id="too few letters"),
        pytest.param("que se", None, id="tie between languages"),
        pytest.param("#election2024 @ECI", None, id="a hashtag and a handle"),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_only_candidates_are_returned() -> None:
    assert detect_language("Vous pouvez voter par SMS", candidates=("en", "fr")) == "fr"
    assert detect_language("Vous pouvez voter par SMS", candidates=("en", "es")) is None
    assert detect_language("تم تأجيل الانتخابات", candidates=("en", "fr")) is None


def test_the_guess_carries_its_confidence() -> None:
    sure = identify_language("Las elecciones se aplazaron al lunes por la lluvia")
    unsure = identify_language("que se")
    assert sure.language == "es" and sure.confidence >= MIN_CONFIDENCE
    assert unsure.language is None and 0.0 < unsure.confidence < MIN_CONFIDENCE


def test_a_long_text_is_read_from_its_beginning() -> None:
    # Beyond the bytes the identifier reads, a text changes nothing; a split character is fine.
    spanish = "Las elecciones se aplazaron al lunes por la lluvia. " * 40
    assert detect_language(spanish + "ü" + "The election was postponed. " * 200) == "es"
