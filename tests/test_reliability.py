"""Any text, any load: never a crash, never a lost fact."""

import json
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsfacts
from newsfacts import Extractor, Facts, InputTooLongError, ModelNotFoundError, extract

from .conftest import FIXTURES, ROOT

SETTINGS = settings(max_examples=40, deadline=None, derandomize=True, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])

SENTENCES = [
    line.strip()
    for path in sorted(FIXTURES.glob("*.txt")) + [ROOT / "examples" / "article.txt"]
    for line in path.read_text(encoding="utf-8").splitlines()
    if len(line.strip()) > 30
]
NOISE = st.sampled_from([
    '"', "\u201c", "\u201d", "'", "\u2018", "\u2019", "\u00ab", "\u00bb", ":", " - ", "\u2014", "\n", "\n\n",
    "\t", "\x00", "\x07", "\x1b", "\u200f", "\u202e", "\u202c", "\u05e9\u05dc\u05d5\u05dd", "\u0645\u0631\u062d\u0628\u0627",
    "\U0001f600", "\U0001f1fa\U0001f1f8", "\ufeff", "\u00a0", "12", "1,200", "3.5", "at least", "seven hundred",
    "said", "according to", "Monday", "May", "2023", "x" * 300, "!?.,;" * 20, "(", ")", "[...]",
])


@st.composite
def news_like(draw: st.DrawFn) -> str:
    """Real sentences with random cuts, quotation marks, digits, control characters, RTL
    text, emoji, very long tokens and punctuation-only runs in between."""
    pieces = []
    for _ in range(draw(st.integers(1, 8))):
        sentence = draw(st.sampled_from(SENTENCES))
        start = draw(st.integers(0, len(sentence) // 2))
        end = draw(st.integers(start, len(sentence)))
        pieces.append(sentence[start:end] if draw(st.booleans()) else sentence)
        pieces.extend(draw(st.lists(NOISE, max_size=4)))
    return "".join(draw(st.permutations(pieces)) if draw(st.booleans()) else pieces)


def _check(text: str) -> None:
    facts = extract(text, published="2023-06-01")
    for span in facts.spans():
        assert text[span.start : span.end] == span.text
    dumped = facts.model_dump_json()
    assert Facts.model_validate_json(dumped) == facts
    assert extract(text, published="2023-06-01").model_dump_json() == dumped


@SETTINGS
@given(st.text(max_size=1500))
def test_reliability_any_unicode_text(text):
    _check(text)


@SETTINGS
@given(news_like())
def test_reliability_news_like_text_with_noise(text):
    _check(text)


@pytest.mark.parametrize("text", [
    "", " ", "\n" * 50, "." * 5000, '"' * 999, "\u201c" * 10 + "said", "x" * 200_000,
    "\x00" * 100, "\U0001f600" * 1000, "said said said", "According to", '"Unclosed quote, he said.',
])
def test_reliability_odd_texts(text):
    _check(text)


@pytest.mark.parametrize("value", [None, b"bytes", 42, 4.2, ["text"], {"text": "x"}])
def test_reliability_not_text_is_a_type_error_naming_the_type(value):
    with pytest.raises(TypeError, match=type(value).__name__):
        extract(value)


def test_reliability_lone_surrogates_are_a_clear_error():
    with pytest.raises(ValueError, match="surrogate"):
        extract("The minister said \ud800 nothing.")


def test_reliability_huge_text_is_refused_above_the_limit_never_cut():
    with pytest.raises(InputTooLongError, match="max_chars"):
        extract("word " * 2_100_000)  # 10.5 MB
    small = Extractor(max_chars=1_000)
    with pytest.raises(InputTooLongError):
        small.extract("x" * 1_001)
    assert Extractor(max_chars=None).max_chars is None


def test_reliability_max_chars_from_the_environment(monkeypatch):
    monkeypatch.setenv("NEWSFACTS_MAX_CHARS", "2000")
    assert Extractor().max_chars == 2000
    monkeypatch.setenv("NEWSFACTS_MAX_CHARS", "none")
    assert Extractor().max_chars is None


def test_reliability_threads_share_the_pipeline_and_get_sequential_results():
    texts = [p.read_text(encoding="utf-8") for p in sorted(FIXTURES.glob("*.txt"))]
    expected = [extract(t).model_dump_json() for t in texts]
    results: dict[tuple[int, int], str] = {}
    errors: list[BaseException] = []

    def work(thread: int) -> None:
        try:
            for call in range(50):
                i = (thread + call) % len(texts)
                results[(thread, call)] = extract(texts[i]).model_dump_json()
        except BaseException as err:  # surfaced below
            errors.append(err)

    threads = [threading.Thread(target=work, args=(n,)) for n in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert len(results) == 400
    assert all(results[(n, c)] == expected[(n + c) % len(texts)] for n, c in results)


def test_reliability_missing_model_directory_fails_at_load(tmp_path):
    with pytest.raises(ModelNotFoundError, match="pip install"):
        newsfacts.load(tmp_path / "no-such-model")


def test_reliability_broken_model_directory_fails_at_load(tmp_path):
    broken = tmp_path / "broken-model"
    broken.mkdir()
    (broken / "config.cfg").write_text("[nlp]\nlang = \"en\"\npipeline = [\"parser\"]\n[components]\n", encoding="utf-8")
    (broken / "meta.json").write_text(json.dumps({"lang": "en", "name": "broken", "version": "0.0.0"}), encoding="utf-8")
    with pytest.raises(ModelNotFoundError, match="broken-model"):
        newsfacts.load(broken)
    with pytest.raises(ModelNotFoundError):
        Extractor(broken)
