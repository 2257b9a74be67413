"""Language guessing for the short messages voters send; None rather than a wrong guess."""

from __future__ import annotations

import pytest

from matching import detect_language


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
        pytest.param("", None, id="empty"),
        pytest.param("🗳️ 2024 !!!", None, id="no letters"),
        pytest.param("vote", None, id="one ambiguous word"),
        pytest.param("SMS 8080", None, id="no stop words"),
        pytest.param("Выборы перенесли на понедельник", None, id="script we do not serve"),
        pytest.param("que se", None, id="tie between languages"),
    ],
)
def test_detect_language(text: str, expected: str | None) -> None:
    assert detect_language(text) == expected


def test_only_candidates_are_returned() -> None:
    assert detect_language("Vous pouvez voter par SMS", candidates=("en", "fr")) == "fr"
    assert detect_language("Vous pouvez voter par SMS", candidates=("en", "es")) is None
    assert detect_language("تم تأجيل الانتخابات", candidates=("en", "fr")) is None
