from pathlib import Path

import pytest

from newsfacts import extract_html

from .conftest import SHARED_CORPUS

PAGE = Path(__file__).parent / "pages" / "eu-bosnia-page.html"


def test_html_main_text_and_date_from_a_real_page_layout():
    facts = extract_html(PAGE.read_text(encoding="utf-8"))
    assert facts.published is not None and facts.published.isoformat() == "2023-06-07"
    assert facts.text.startswith("EU to send 450 more peacekeepers")
    for furniture in ("Sign in", "Related stories", "Flood kills 19", "All rights reserved", "Markets rally"):
        assert furniture not in facts.text
    assert {d.count for d in facts.deployments} >= {450, 1100}
    assert all(f.count != 19 for c in facts.casualties for f in c.figures)
    assert "We will never surrender" not in " ".join(s.text for s in facts.statements)


def test_html_offsets_refer_to_the_extracted_text():
    facts = extract_html(PAGE.read_text(encoding="utf-8"))
    for span in facts.spans():
        assert facts.text[span.start : span.end] == span.text


def test_html_published_argument_wins():
    facts = extract_html(PAGE.read_text(encoding="utf-8"), published="2023-06-08")
    assert facts.published.isoformat() == "2023-06-08"


def test_html_empty_page_gives_empty_facts():
    facts = extract_html("<html><body></body></html>")
    assert facts.statements == [] and facts.text == ""


def test_html_not_text_is_a_type_error():
    with pytest.raises(TypeError, match="bytes"):
        extract_html(b"<html></html>")


@pytest.mark.skipif(not SHARED_CORPUS.is_dir(), reason="shared corpus not beside the checkout")
def test_html_seed_article_wrapped_in_a_page():
    raw = (SHARED_CORPUS / "seed-trt-nato-kosovo.txt").read_text(encoding="utf-8")
    body = raw.split("June 1, 2023", 1)[1].split("SOURCE:", 1)[0]
    paragraphs = "".join(f"<p>{p.strip()}</p>" for p in body.split("\n") if p.strip() and not p.startswith("Related"))
    page = (
        "<html><head><title>NATO chief: Alliance committed to political solution for Kosovo clashes</title>"
        '<meta property="article:published_time" content="2023-06-01T10:00:00Z"></head><body>'
        '<nav><a href="/">Home</a><a href="/world">World</a><a href="/live">Live</a></nav>'
        "<article><h1>NATO chief: Alliance committed to political solution for Kosovo clashes</h1>"
        f"{paragraphs}</article>"
        '<aside><h2>Explore</h2><ul><li><a href="/x">Turkish authorities detain 19 suspects in crackdown</a></li>'
        '<li><a href="/y">Trump says he is disappointed in Putin</a></li></ul></aside>'
        "<footer>Contact us · Privacy</footer></body></html>"
    )
    facts = extract_html(page)
    assert facts.published.isoformat() == "2023-06-01"
    assert {d.count for d in facts.deployments} == {700, None}
    assert sorted(f.count for c in facts.casualties for f in c.figures) == [30, 53]
    assert not any("Trump" in (s.speaker or "") for s in facts.statements)
