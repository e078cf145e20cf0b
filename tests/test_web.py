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


def test_html_neither_text_nor_bytes_is_a_type_error():
    with pytest.raises(TypeError, match="int"):
        extract_html(42)


def _page(body: str, head: str = "") -> str:
    paragraphs = "".join(f"<p>{p}</p>" for p in body.split("\n\n"))
    return (f"<html><head>{head}<title>Troops sent to the valley</title></head><body>"
            f"<article><h1>Troops sent to the valley</h1>{paragraphs}</article></body></html>")


LATIN = ("\u00c1ngel N\u00fa\u00f1ez, the regional governor, said on Monday that 200 troops would be sent "
         "to the valley after days of clashes.\n\nResidents said the roads into the valley were closed.")


@pytest.mark.parametrize("head", ['<meta charset="iso-8859-1">',
                                  '<meta http-equiv="Content-Type" content="text/html; charset=windows-1252">'])
def test_html_bytes_are_read_in_the_charset_the_page_declares(head):
    raw = _page(LATIN, head).encode("latin-1")
    facts = extract_html(raw, published="2023-06-01")
    assert "\u00c1ngel N\u00fa\u00f1ez" in facts.text
    assert "\u00c1ngel N\u00fa\u00f1ez" in [s.name for s in facts.speakers]


def test_html_utf8_bytes_without_a_declaration_are_utf8():
    facts = extract_html(_page(LATIN).encode("utf-8"), published="2023-06-01")
    assert "\u00c1ngel N\u00fa\u00f1ez" in facts.text


def test_html_metadata_gives_title_source_url_and_date_in_one_pass(monkeypatch):
    import htmldate
    import trafilatura.metadata

    calls = []
    real = trafilatura.metadata.find_date

    def counted(*args, **kwargs):
        calls.append(1)
        return real(*args, **kwargs)

    def refused(*args, **kwargs):
        raise AssertionError("htmldate run a second time")

    monkeypatch.setattr(trafilatura.metadata, "find_date", counted)
    monkeypatch.setattr(htmldate, "find_date", refused)
    head = ('<meta property="og:site_name" content="Valley Herald">'
            '<link rel="canonical" href="https://valley.example/troops">'
            '<meta property="article:published_time" content="2023-06-01T10:00:00Z">')
    facts = extract_html(_page(LATIN, head))
    assert len(calls) == 1
    assert facts.published.isoformat() == "2023-06-01"
    assert facts.title == "Troops sent to the valley" and facts.headline.text == "Troops sent to the valley"
    assert facts.source == "Valley Herald" and facts.url == "https://valley.example/troops"


def test_html_what_the_caller_gives_wins_over_the_page():
    head = '<meta property="og:site_name" content="Valley Herald">'
    facts = extract_html(_page(LATIN, head), url="https://mirror.example/a", title="Governor sends troops",
                         source="Mirror", id="page-7", published="2023-06-02")
    assert (facts.id, facts.url, facts.title, facts.source) == ("page-7", "https://mirror.example/a",
                                                                "Governor sends troops", "Mirror")
    assert facts.headline.text == "Troops sent to the valley" and str(facts.published) == "2023-06-02"


def test_html_german_page_warns():
    from newsfacts import NotEnglishWarning

    german = ("Der Gouverneur sagte am Montag, dass 200 Soldaten in das Tal geschickt w\u00fcrden, nachdem "
              "es tagelang Zusammenst\u00f6\u00dfe gegeben hatte.\n\nDie Stra\u00dfen seien gesperrt, "
              "sagten Anwohner.")
    with pytest.warns(NotEnglishWarning, match="German"):
        facts = extract_html(_page(german, '<meta charset="utf-8">').encode("utf-8"))
    assert facts.language == "de"


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
