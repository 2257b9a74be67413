"""TextIndex: forwarded copies find their claim, fragments and noise do not, files round-trip."""

from __future__ import annotations

import json
import random
from collections.abc import Hashable
from pathlib import Path

import pytest

from matching import (
    DEFAULT_ANSWER_THRESHOLD,
    DEFAULT_SUGGEST_THRESHOLD,
    Hit,
    IndexFileError,
    Signal,
    TextIndex,
)
from matching.text_score import score_text

CLAIMS: dict[str, str] = {
    "sms": "You can vote by sending an SMS with your candidate's number to 8080",
    "postponed": "The presidential elections have been postponed to Monday 14 October because "
    "of the floods",
    "ink": "Polling stations will use disappearing ink so your ballot will be blank when counted",
    "id": "Voters without a biometric ID card will be turned away at the polling station",
    "pencil": "Do not mark your ballot with a pencil because officials will erase your vote",
    "dead": "Thousands of dead people are still registered to vote in the northern province",
    "twice": "Supporters of the opposition are allowed to vote twice this year",
    "close": "All polling stations will close at 2pm instead of 7pm on election day",
    "online": "The electoral commission has opened online voting through a website for citizens "
    "abroad",
    "fine": "Citizens who do not vote will pay a fine of 500 dollars",
    "machines": "The voting machines were hacked and changed thousands of votes in the capital",
    "photo": "Taking a photo of your ballot will cancel your vote",
    "queue": "If you are in the queue when polls close you will not be allowed to vote",
    "results": "The official results were announced before the polls closed",
    "police": "Police officers will check the immigration status of voters at polling stations",
    "covid": "People who tested positive for covid are banned from voting this year",
    "bus": "The ruling party is paying voters to travel by bus to other districts",
    "register": "Voter registration closes tomorrow at midnight, register online now",
    "candidate": "The main opposition candidate has withdrawn from the race and endorsed the "
    "president",
    "ballots": "Boxes of marked ballots were found burned near the river",
    "mail": "Postal ballots received after election day will be counted for the ruling party",
    "es": "Las elecciones presidenciales se aplazaron al lunes 14 de octubre por las inundaciones",
    "fr": "Vous pouvez voter par SMS en envoyant le numéro de votre candidat au 8080",
    "pt": "Você pode votar pela internet no site do tribunal eleitoral até domingo",
    "ar": "تم تأجيل الانتخابات الرئاسية إلى يوم الإثنين بسبب الفيضانات",
}


@pytest.fixture
def claims_index() -> TextIndex[str]:
    index: TextIndex[str] = TextIndex()
    for key, text in CLAIMS.items():
        index.add(key, text)
    return index


@pytest.mark.parametrize(
    ("key", "forwarded"),
    [
        pytest.param(
            "sms",
            "*URGENT* Forwarded as received 📢📢 You can vote by sendng an SMS with your "
            "candidates number to 8080!! share before it is deleted https://bit.ly/3xYz",
            id="en boilerplate typo emoji url",
        ),
        pytest.param(
            "postponed",
            "Forwarded many times\nthe presidental elections have been postponed to monday "
            "14 october because of the floods 😱😱 pass it on",
            id="en lower case and typo",
        ),
        pytest.param(
            "ink",
            "URGENT!!! polling stations will use dissapearing ink so your ballot will be blank "
            "when counted. Bring your own pen! Pass it on",
            id="en extra sentence",
        ),
        pytest.param(
            "es",
            "URGENTE reenviado!! las eleciones presidenciales se aplazaron al lunes 14 de "
            "octubre por las inundaciones 😡 compártelo",
            id="es",
        ),
        pytest.param(
            "fr",
            "TRANSFÉRÉ ⚠️ vous pouvez voter par sms en envoyant le numero de votre candidat "
            "au 8080 !!! faites tourner www.example.fr/x",
            id="fr",
        ),
        pytest.param(
            "pt",
            "Encaminhado com frequência 📲 Voce pode votar pela internet no sitte do tribunal "
            "eleitoral até domingo!!! compartilhe",
            id="pt",
        ),
        pytest.param(
            "ar",
            "عاجل 🔴 تم تاجيل الانتخابات الرئاسيه الى يوم الاثنين بسبب الفيضانات !! منقول",
            id="ar",
        ),
    ],
)
def test_forwarded_copy_answers_with_its_claim(
    claims_index: TextIndex[str], key: str, forwarded: str
) -> None:
    hits = claims_index.search(forwarded, k=len(CLAIMS))

    assert hits[0].key == key
    assert hits[0].score >= DEFAULT_ANSWER_THRESHOLD
    assert all(hit.score < DEFAULT_SUGGEST_THRESHOLD for hit in hits[1:])


def test_claim_quoted_inside_a_question_still_answers(claims_index: TextIndex[str]) -> None:
    message = (
        "Is it true that the presidential elections have been postponed to Monday 14 October "
        "because of the floods? My aunt sent this to the family group"
    )
    [best, *_] = claims_index.search(message)
    assert best.key == "postponed"
    assert best.score >= DEFAULT_ANSWER_THRESHOLD


@pytest.mark.parametrize(
    "fragment",
    ["vote", "the elections", "elections tomorrow", "polling station", "vote by SMS", "ballot"],
)
def test_short_fragment_of_a_claim_is_not_even_suggested(
    claims_index: TextIndex[str], fragment: str
) -> None:
    assert all(hit.score < DEFAULT_SUGGEST_THRESHOLD for hit in claims_index.search(fragment))


def test_changed_date_goes_to_a_human_not_the_voter(claims_index: TextIndex[str]) -> None:
    changed = (
        "The presidential elections have been postponed to Monday 21 October because of the floods"
    )
    [best, *_] = claims_index.search(changed)
    assert best.key == "postponed"
    assert DEFAULT_SUGGEST_THRESHOLD <= best.score < DEFAULT_ANSWER_THRESHOLD


def test_claim_without_its_last_words_still_answers(claims_index: TextIndex[str]) -> None:
    shortened = "Polling stations use disappearing ink so your ballot is blank"
    [best, *_] = claims_index.search(shortened)
    assert best.key == "ink"
    assert best.score >= DEFAULT_ANSWER_THRESHOLD


def test_half_of_a_claim_is_suggested_not_answered(claims_index: TextIndex[str]) -> None:
    [best, *_] = claims_index.search("The presidential elections have been postponed")
    assert best.key == "postponed"
    assert DEFAULT_SUGGEST_THRESHOLD <= best.score < DEFAULT_ANSWER_THRESHOLD


def test_invisible_characters_inside_words_do_not_hide_a_claim(
    claims_index: TextIndex[str],
) -> None:
    hidden = (
        "Voters with\u200bout a bio\u00admetric ID card will be turned away at the polling "
        "st\u200dation"
    )
    [best, *_] = claims_index.search(hidden)
    assert best.key == "id"
    assert best.score >= DEFAULT_ANSWER_THRESHOLD


@pytest.mark.parametrize(
    "query",
    [
        "",
        "   \n\t",
        "🗳️🔥👍🏽",
        "!!! ???",
        "https://bit.ly/3xYz",
        "Forwarded as received",
        "\u200b\u200f",
    ],
)
def test_query_with_nothing_to_compare_finds_nothing(
    claims_index: TextIndex[str], query: str
) -> None:
    assert claims_index.search(query) == []


@pytest.mark.parametrize(
    "query",
    [
        pytest.param("la elección " * 90_000, id="1 MB"),
        pytest.param("\u200b" * 5000, id="zero-width only"),
        pytest.param("\u200f\u202e" + CLAIMS["ar"] + "\u202c", id="RTL marks around Arabic"),
        pytest.param("vote ভোট 投票 голосование تصويت 🗳️ vote", id="mixed scripts"),
        pytest.param("\ud800 lone surrogate \udfff", id="lone surrogates"),
    ],
)
def test_hostile_query_does_not_crash(claims_index: TextIndex[str], query: str) -> None:
    hits = claims_index.search(query)
    assert all(0.0 <= hit.score <= 1.0 for hit in hits)


def test_hit_shows_the_indexed_text_as_written(claims_index: TextIndex[str]) -> None:
    [best, *_] = claims_index.search(CLAIMS["fr"].upper())
    assert best == Hit("fr", 1.0, Signal.TEXT, CLAIMS["fr"])


def test_k_limits_the_hits() -> None:
    index: TextIndex[str] = TextIndex(min_score=0.0)
    for key, text in CLAIMS.items():
        index.add(key, text)
    query = CLAIMS["close"]
    assert [hit.key for hit in index.search(query, k=1)] == ["close"]
    assert len(index.search(query, k=3)) == 3
    assert len(index.search(query, k=100)) == len(CLAIMS)
    assert index.search(query, k=0) == []


def test_min_score_drops_weak_hits(claims_index: TextIndex[str]) -> None:
    assert claims_index.min_score > 0.0
    hits = claims_index.search("Polling stations will close because of the floods", k=100)
    assert 0 < len(hits) < len(CLAIMS)
    assert all(hit.score >= claims_index.min_score for hit in hits)


def test_add_replace_remove() -> None:
    index: TextIndex[int] = TextIndex()
    index.add(1, CLAIMS["sms"])
    index.add(2, CLAIMS["ink"])
    assert len(index) == 2

    index.add(1, CLAIMS["photo"])
    assert len(index) == 2
    assert [hit.key for hit in index.search(CLAIMS["sms"])] != [1]
    assert index.search(CLAIMS["photo"])[0].key == 1

    index.remove(2)
    index.remove(99)
    assert len(index) == 1
    assert index.search(CLAIMS["ink"]) == []


def test_keys_of_different_types_stay_distinct() -> None:
    index: TextIndex[Hashable] = TextIndex()
    index.add(1, CLAIMS["sms"])
    index.add("1", CLAIMS["ink"])
    index.add((1,), CLAIMS["photo"])
    assert len(index) == 3
    assert index.search(CLAIMS["ink"])[0].key == "1"


@pytest.mark.parametrize(
    "keys",
    [
        pytest.param([1, 2, -3, 10**30], id="int"),
        pytest.param(["a", "ünïcode", "", "1"], id="str"),
        pytest.param([(1, "en"), (1, "es"), ("x", (2, 3)), ()], id="tuple"),
        pytest.param([1, "1", (1,), None, False], id="mixed"),
    ],
)
def test_save_load_round_trip(tmp_path: Path, keys: list[Hashable]) -> None:
    index: TextIndex[Hashable] = TextIndex(min_score=0.25)
    texts = list(CLAIMS.values())
    for key, text in zip(keys, texts, strict=False):
        index.add(key, text, lang="en")
    path = tmp_path / "text.json"

    index.save(path)
    loaded = TextIndex.load(path)

    assert len(loaded) == len(keys)
    assert loaded.min_score == 0.25
    for key, text in zip(keys, texts, strict=False):
        [best, *_] = loaded.search(text)
        assert best.key == key
        assert type(best.key) is type(key)
    loaded.save(tmp_path / "again.json")
    assert (tmp_path / "again.json").read_bytes() == path.read_bytes()


def test_save_rejects_a_key_it_cannot_restore(tmp_path: Path) -> None:
    index: TextIndex[Hashable] = TextIndex()
    index.add(frozenset({1}), CLAIMS["sms"])
    with pytest.raises(TypeError, match="frozenset"):
        index.save(tmp_path / "text.json")


@pytest.mark.parametrize(
    "content",
    [
        pytest.param("not json", id="not JSON"),
        pytest.param(json.dumps({"format": "something else", "version": 1}), id="other format"),
        pytest.param(
            json.dumps({"format": "tipline.matching.TextIndex", "version": 99}), id="newer version"
        ),
        pytest.param(
            json.dumps(
                {
                    "format": "tipline.matching.TextIndex",
                    "version": 1,
                    "min_score": 0.3,
                    "entries": [{"key": ["x", 1], "text": "a", "lang": None}],
                }
            ),
            id="unknown key tag",
        ),
    ],
)
def test_load_rejects_a_file_that_is_not_a_text_index(tmp_path: Path, content: str) -> None:
    path = tmp_path / "text.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(IndexFileError) as raised:
        TextIndex.load(path)
    assert raised.value.path == str(path)


def test_load_of_a_missing_file_names_it(tmp_path: Path) -> None:
    with pytest.raises(IndexFileError, match=r"missing\.json"):
        TextIndex.load(tmp_path / "missing.json")


_VOCABULARY = str.split(
    "vote votes voter elections election polls polling station ballot ballots count counted "
    "monday tuesday october november president candidate party commission fraud hacked machines "
    "sms online register closes opens tomorrow today the a of to in on by will not can is are "
    "elecciones votar urnas lunes élections bureau scrutin eleições urnas votação "
    "الانتخابات التصويت الاثنين 2pm 7pm 14 21 2024 8080"
)


def _sentence(rng: random.Random, low: int = 2, high: int = 16) -> str:
    return " ".join(rng.choice(_VOCABULARY) for _ in range(rng.randint(low, high)))


def _mutated(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(0, 3)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice("abcdefghij !🗳️"))
    return rng.choice(["", "*URGENT* ", "Forwarded: "]) + "".join(chars)


@pytest.mark.parametrize("min_score", [0.0, 0.3])
def test_search_agrees_with_a_full_scan(min_score: float) -> None:
    rng = random.Random(20241014)
    index: TextIndex[int] = TextIndex(min_score=min_score)
    entries: dict[int, str] = {}
    for key in range(150):
        entries[key] = _sentence(rng)
        index.add(key, entries[key])
    for key in rng.sample(range(150), 25):
        entries.pop(key)
        entries[key] = _sentence(rng)
        index.add(key, entries[key])
    for key in rng.sample(range(150), 25):
        entries.pop(key, None)
        index.remove(key)
    queries = [_sentence(rng, 1, 20) for _ in range(8)]
    queries += [_mutated(rng, rng.choice(list(entries.values()))) for _ in range(8)]

    for query in queries:
        scored = [(key, score_text(query, text)) for key, text in entries.items()]
        ranked = sorted(
            [(key, score) for key, score in scored if score >= min_score], key=lambda item: -item[1]
        )
        for k in (1, 5, 25):
            assert [(hit.key, hit.score) for hit in index.search(query, k)] == ranked[:k], query
