"""Normalisation: each rule that makes two forwards of one claim compare equal, one row each."""

from __future__ import annotations

import pytest

from matching import normalise, tokens


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        pytest.param("VOTE Now", "vote now", id="case is folded"),
        pytest.param("ＶＯＴＥ １２", "vote 12", id="NFKC: fullwidth letters and digits"),
        pytest.param("𝐕𝐎𝐓𝐄 now", "vote now", id="NFKC: decorative maths letters"),
        pytest.param("STRASSE Straße", "strasse strasse", id="casefold: sharp s"),
        pytest.param("Élections reportées à lundi", "elections reportees a lundi", id="accents"),
        pytest.param("mañana Votação", "manana votacao", id="tilde and cedilla"),
        pytest.param("Łódź Øresund", "lodz oresund", id="letters NFD does not split"),
        pytest.param("الانْتِخَابَاتُ", "الانتخابات", id="Arabic stays Arabic, harakat go"),
        pytest.param("أجّلت إلى", "اجلت الي", id="Arabic alef hamza and alef maksura forms"),
        pytest.param("الانتـــخابات", "الانتخابات", id="Arabic tatweel stretching"),
        pytest.param("चुनाव", "चुनाव", id="Devanagari vowel signs are kept"),
        pytest.param("٢٠٢٤ ۱۲", "2024 12", id="Arabic-Indic digits become ASCII"),
        pytest.param(
            "Polls close at 7pm on 14/10/2024", "polls close at 7pm on 14 10 2024", id="digits kept"
        ),
        pytest.param("see https://example.com/a?b=1 now", "see now", id="http URL"),
        pytest.param("see www.fake-news.com now", "see now", id="www URL"),
        pytest.param("see bit.ly/3xYz now", "see now", id="bare domain with path"),
        pytest.param(
            "Rapinoe stomped on it #Repulsivepic.twitter.com/Kevbe7jJYt",
            "rapinoe stomped on it repulsive",
            id="hashtag glued to a picture link keeps its word",
        ),
        pytest.param(
            "read thishttps://t.co/x1 #Zeroto100https://t.co/Z5",
            "read this zeroto 100",
            id="word glued to a link keeps its word",
        ),
        pytest.param(
            "@juan_p vote now", "juan p vote now", id="mention becomes its words: it names who"
        ),
        pytest.param(
            "@realDonaldTrump said", "real donald trump said", id="camel-case handle is split"
        ),
        pytest.param("#VoteFraud2024 now", "vote fraud 2024 now", id="hashtag becomes its words"),
        pytest.param(
            "Polls moved — Election News 📢 (@ElectNews24) March 3, 2021",
            "polls moved elect news 24 march 3 2021",
            id="tweet signature: display name dropped, handle and date kept",
        ),
        pytest.param(
            "Polls moved — Juan (@jp) and more text",
            "polls moved juan jp and more text",
            id="a dash mid-text is no signature",
        ),
        pytest.param(
            "polls moved pic.twitter.com/9L2ixl24Er", "polls moved", id="tweet picture link"
        ),
        pytest.param("sooooo URGENTTTT vote", "so vote", id="letters repeated for emphasis"),
        pytest.param("1000000 votes", "1000000 votes", id="repeated digits are a number, kept"),
        pytest.param("Выборы ПЕРЕНЕСЛИ", "выборы перенесли", id="Cyrillic case folded"),
        pytest.param("Ёлка й", "елка и", id="Cyrillic diacritics folded like Latin accents"),
        pytest.param("चुनाव स्थगित", "चुनाव स्थगित", id="Devanagari virama kept"),
        pytest.param("选举推迟到周一", "选举推迟到周一", id="Chinese without spaces stays one run"),
        pytest.param("ｶﾀｶﾅ", "カタカナ", id="NFKC: half-width katakana"),
        pytest.param(
            "polls close, forward this message to everyone",
            "polls close to everyone",
            id="forward this message",
        ),
        pytest.param("info@cne.gob", "info cne gob", id="e-mail address is not a mention"),
        pytest.param("vote 🗳️🇺🇸 now 👍🏽", "vote now", id="emoji, flags, skin tones"),
        pytest.param("vote🗳️now", "vote now", id="emoji between words separates them"),
        pytest.param("★ vote ➡ now ©", "vote now", id="decorative symbols"),
        pytest.param("vote!!!...now?¿", "vote now", id="punctuation becomes space"),
        pytest.param("  vote \n\t now  ", "vote now", id="whitespace collapsed"),
        pytest.param("vo\u200bte\u200d now\ufeff", "vote now", id="zero-width characters"),
        pytest.param("\u202bvote\u202c \u200fnow\u200e", "vote now", id="bidi marks"),
        pytest.param("elec\u00adtion", "election", id="soft hyphen"),
        pytest.param("vote\x00now\x1b", "vote now", id="control characters"),
        pytest.param(
            "Forwarded as received: polls close", "polls close", id="forwarded as received"
        ),
        pytest.param("*URGENT* polls close", "polls close", id="urgent"),
        pytest.param("polls close, share before it's deleted", "polls close", id="share before"),
        pytest.param("polls close. Pass it on!", "polls close", id="pass it on"),
        pytest.param(
            "Reenviado: URGENTE las urnas cierran", "las urnas cierran", id="es boilerplate"
        ),
        pytest.param("Transféré : les bureaux ferment", "les bureaux ferment", id="fr boilerplate"),
        pytest.param(
            "Encaminhado com frequência: as urnas fecham, compartilhe",
            "as urnas fecham",
            id="pt boilerplate",
        ),
        pytest.param("عاجل الانتخابات منقول", "الانتخابات", id="ar boilerplate"),
        pytest.param(
            "urgently forwarders", "urgently forwarders", id="boilerplate words only whole"
        ),
        pytest.param("🗳️🗳️ !!! \u200b", "", id="nothing left"),
    ],
)
def test_normalise(text: str, expected: str) -> None:
    assert normalise(text) == expected


def test_tokens_are_the_normalised_words() -> None:
    assert tokens("*URGENT* The ELECTION is on 14/10!!") == [
        "the",
        "election",
        "is",
        "on",
        "14",
        "10",
    ]


def test_tokens_of_nothing_is_empty() -> None:
    assert tokens("  🗳️ ") == []


def test_lone_surrogates_and_unassigned_code_points_do_not_crash() -> None:
    assert normalise("\ud800vote\udfff \U000e0001now\U0010ffff") == "vote now"


def test_normalise_is_idempotent_on_messy_text() -> None:
    messy = "*URGENT* Forwarded — Élections ١٢/١٠ 🗳️ vo\u200bte @x https://t.co/a"
    assert normalise(normalise(messy)) == normalise(messy)
