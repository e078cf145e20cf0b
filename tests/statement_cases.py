"""Checks shared by the statement tests: a case is (body, [(speaker, kind, text), ...]); the
body follows a headline line and a blank line, published 2023-06-01, and speakers and texts
are compared as the gold scorer does."""

from __future__ import annotations

from typing import Any

from newsfacts.evaluation import token_f1
from newsfacts.testing import assert_facts_match

HEAD = "Test headline\n\n"
Expected = list[tuple[str, str, str]]


def check(extractor: Any, body: str, expected: Expected) -> Any:
    """The statements of ``body`` are ``expected``, speakers and texts as the scorer matches
    them; returns the Facts."""
    facts = extractor.extract(HEAD + body, published="2023-06-01")
    gold = {"id": "case", "statements": [{"speaker": s, "kind": k, "text": t} for s, k, t in expected]}
    assert_facts_match(facts, gold, kinds=["statements"])
    return facts


def check_with_kinds(extractor: Any, body: str, expected: Expected) -> None:
    """As :func:`check`, and each expected statement's kind is that of the statement matched to it."""
    facts = check(extractor, body, expected)
    for _, kind, text in expected:
        best = max(facts.statements, key=lambda s: token_f1(s.text, text))
        assert best.kind == kind, f"{best.text!r} is {best.kind}, expected {kind}"
