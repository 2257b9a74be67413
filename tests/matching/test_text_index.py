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
from matching.text_index import CANDIDATES, CLEAR_WINNER_MIN_TEXTS

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
    assert best == Hit("fr", best.score, Signal.TEXT, CLAIMS["fr"])
    assert best.score > 0.99


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


def _random_index(rng: random.Random, size: int) -> tuple[TextIndex[int], dict[int, str]]:
    """An index of random sentences after random replacements and removals, and what it holds."""
    index: TextIndex[int] = TextIndex(min_score=0.0)
    entries: dict[int, str] = {}
    for key in range(size):
        entries[key] = _sentence(rng)
        index.add(key, entries[key])
    for key in rng.sample(range(size), size // 6):
        entries.pop(key)
        entries[key] = _sentence(rng)
        index.add(key, entries[key])
    for key in rng.sample(range(size), size // 6):
        entries.pop(key, None)
        index.remove(key)
    return index, entries


def test_small_index_search_is_the_full_scan() -> None:
    rng = random.Random(20241014)
    index, entries = _random_index(rng, 150)
    queries = [_sentence(rng, 1, 20) for _ in range(8)]
    queries += [_mutated(rng, rng.choice(list(entries.values()))) for _ in range(8)]
    for query in queries:
        for k in (1, 5, 25):
            assert index.search(query, k) == index.scan(query, k), query


def test_large_index_finds_what_the_full_scan_finds() -> None:
    """Past CANDIDATES texts, search re-ranks only a BM25 shortlist picked with the query's
    FIRST_STAGE_TERMS rarest words. Documented tolerance: every text the full scan would answer
    with is shortlisted, and at least 95% of those it would suggest, each with the same score;
    queries are copies of indexed texts with typos and noise, or random word salads."""
    rng = random.Random(7)
    index, entries = _random_index(rng, 3 * CANDIDATES)
    assert len(index) > CANDIDATES
    queries = [_mutated(rng, rng.choice(list(entries.values()))) for _ in range(30)]
    queries += [_sentence(rng, 4, 20) for _ in range(30)]
    suggested = found = 0
    for query in queries:
        full = index.candidates(query, exhaustive=True)
        short = index.candidates(query)
        assert len(short.keys) <= CANDIDATES
        shortlisted = dict(zip(short.keys, short.scores.tolist(), strict=True))
        for key, score in zip(full.keys, full.scores.tolist(), strict=True):
            if score >= DEFAULT_ANSWER_THRESHOLD:
                assert shortlisted[key] == pytest.approx(score, abs=1e-9), (query, key)
            if score >= DEFAULT_SUGGEST_THRESHOLD:
                suggested += 1
                if key in shortlisted:
                    found += 1
                    assert shortlisted[key] == pytest.approx(score, abs=1e-9), (query, key)
        # The best hit may be raised for standing out from the rest; no hit scores above that.
        shortlisted = dict(zip(short.keys, short.top_scores(short.order).tolist(), strict=True))
        hits = index.search(query, k=10)
        assert all(hit.score <= shortlisted[hit.key] for hit in hits)
        assert [hit.score for hit in hits] == sorted((hit.score for hit in hits), reverse=True)
    assert suggested > 30
    assert found >= 0.95 * suggested


@pytest.mark.parametrize(
    ("claim", "forwarded"),
    [
        pytest.param(
            "选举已推迟到下周一因为洪水", "紧急！！选举已推迟到下周一，因为洪水 🔴", id="Chinese"
        ),
        pytest.param(
            "การเลือกตั้งถูกเลื่อนออกไปเป็นวันจันทร์",
            "ด่วน การเลือกตั้งถูกเลื่อนออกไปเป็นวันจันทร์!!",
            id="Thai",
        ),
        pytest.param(
            "Выборы перенесли на понедельник из-за наводнения",
            "СРОЧНО!!! выборы перенесли на понедельник из за наводнения 😱",
            id="Russian",
        ),
        pytest.param(
            "चुनाव बाढ़ के कारण सोमवार तक स्थगित कर दिए गए हैं",
            "चुनाव बाढ़ के कारण सोमवार तक स्थगित कर दिए गए हैं!! 🙏",
            id="Hindi",
        ),
    ],
)
def test_scripts_without_our_stop_words_or_spaces_still_answer(claim: str, forwarded: str) -> None:
    index: TextIndex[str] = TextIndex()
    for key, text in CLAIMS.items():
        index.add(key, text)
    index.add("new", claim)
    [best, *rest] = index.search(forwarded)
    assert best.key == "new"
    assert best.score >= DEFAULT_ANSWER_THRESHOLD
    assert all(hit.score < DEFAULT_SUGGEST_THRESHOLD for hit in rest)


def test_misspelt_copy_in_a_large_index_still_answers() -> None:
    rng = random.Random(11)
    index: TextIndex[str] = TextIndex()
    for number in range(3 * CANDIDATES):
        index.add(f"noise-{number}", _sentence(rng, 8, 16))
    for key, text in CLAIMS.items():
        index.add(key, text)
    [best, *_] = index.search(
        "the presidental electons have been postponned to monday 14 october becuase of the floods"
    )
    assert best.key == "postponed"
    assert best.score >= DEFAULT_ANSWER_THRESHOLD


def test_many_adds_replacements_and_removals_merge_without_losing_anything() -> None:
    rng = random.Random(5)
    index: TextIndex[int] = TextIndex(min_score=0.0)
    entries: dict[int, str] = {}
    for round_number in range(3):
        for key in range(2_500):
            if rng.random() < 0.5 or key not in entries:
                entries[key] = _sentence(rng, 4, 12) + f" round{round_number}"
                index.add(key, entries[key])
        for key in rng.sample(sorted(entries), 300):
            entries.pop(key)
            index.remove(key)
        for key, text in rng.sample(sorted(entries.items()), 5):
            [best, *_] = index.search(text)
            assert best.key == key or entries[best.key] == text
    assert len(index) == len(entries)
    assert all(key in index for key in entries)


def test_an_unrelated_claim_is_not_even_suggested(claims_index: TextIndex[str]) -> None:
    hits = claims_index.search("The moon landing footage was filmed inside a studio in Nevada")
    assert all(hit.score < DEFAULT_SUGGEST_THRESHOLD for hit in hits)


def test_scores_never_rise_down_the_list(claims_index: TextIndex[str]) -> None:
    for text in CLAIMS.values():
        scores = [hit.score for hit in claims_index.search(text[: len(text) // 2], k=10)]
        assert scores == sorted(scores, reverse=True)
        assert all(0.0 <= score <= 1.0 for score in scores)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("la elección " * 90_000, id="1 MB"),
        pytest.param("\u200b\u200f" * 5000, id="invisible only"),
        pytest.param("\x00\x1b\x7f" * 1000, id="control characters"),
        pytest.param("🗳️" * 10_000, id="emoji only"),
    ],
)
def test_hostile_indexed_text_does_not_break_the_index(
    claims_index: TextIndex[str], text: str
) -> None:
    claims_index.add("hostile", text)
    [best, *_] = claims_index.search(CLAIMS["sms"])
    assert best.key == "sms"
    claims_index.remove("hostile")
    assert "hostile" not in claims_index


def _filler(count: int) -> list[str]:
    """Unrelated claims, so that an index is as dense as a real catalogue of thousands."""
    rng = random.Random(7)
    words = [
        "mayor",
        "budget",
        "bridge",
        "hospital",
        "river",
        "festival",
        "tax",
        "football",
        "vaccine",
        "museum",
    ]
    return [f"{' '.join(rng.choices(words, k=6))} story {n}" for n in range(count)]


def test_a_clear_winner_scores_higher_than_the_same_hit_with_a_close_runner_up() -> None:
    """In a catalogue of thousands the best hit is raised when nothing else comes near it."""
    claim = "Polling stations will close at 5pm on election day instead of 8pm, officials say"
    query = "heard the polling stations close early at 5pm this election day, not 8pm like usual"
    scores = {}
    for runner_up in (
        "The mayor bought a new car with public money last spring",
        "Polling stations will close at 5pm on election day in rural districts, officials say",
    ):
        index: TextIndex[str] = TextIndex()
        for number, text in enumerate(_filler(CLEAR_WINNER_MIN_TEXTS)):
            index.add(f"filler{number}", text)
        index.add("claim", claim)
        index.add("other", runner_up)
        hits = index.search(query)
        assert hits[0].key == "claim"
        found = index.candidates(query)
        assert hits[0].score >= found.scores[found.keys.index("claim")]
        scanned = index.scan(query)
        assert [hit.key for hit in scanned] == [hit.key for hit in hits]
        assert [hit.score for hit in scanned] == pytest.approx([hit.score for hit in hits])
        scores[runner_up[:3]] = hits[0].score
    assert scores["The"] >= DEFAULT_ANSWER_THRESHOLD
    assert scores["The"] > scores["Pol"]


def test_a_small_catalogue_never_raises_a_lone_hit() -> None:
    """With few texts every hit stands alone: its own score is the answer, no raise."""
    claim = "Polling stations will close at 5pm on election day instead of 8pm, officials say"
    query = "heard the polling stations close early at 5pm this election day, not 8pm like usual"
    index: TextIndex[str] = TextIndex()
    index.add("claim", claim)
    index.add("other", "The mayor bought a new car with public money last spring")
    [hit, *_] = index.search(query)
    found = index.candidates(query)
    assert hit.score == pytest.approx(float(found.scores[found.keys.index("claim")]))
