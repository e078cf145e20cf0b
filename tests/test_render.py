import html
import re

import pytest

from newsfacts import extract, render

from .conftest import ROOT

TEXT = (ROOT / "examples" / "article.txt").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def facts():
    return extract(TEXT)


def test_render_highlights_every_kind_of_fact(facts):
    page = render(facts)
    for kind in ("statement", "speaker", "deployment", "casualty", "date", "quantity"):
        assert f'class="nf-mark nf-{kind}"' in page, kind


def test_render_keeps_the_whole_text(facts):
    page = render(facts)
    text_div = page.split('<div class="nf-text">', 1)[1].split("</div>", 1)[0]
    visible = html.unescape(re.sub(r'<a class="nf-by"[^>]*>[^<]*</a>|<[^>]+>', "", text_div))
    assert visible == facts.text


def test_render_links_statements_to_speakers(facts):
    page = render(facts)
    for i, speaker in enumerate(facts.speakers):
        assert f'id="nf-speaker-{i}"' in page
        assert f'href="#nf-speaker-{i}"' in page
        assert html.escape(speaker.name) in page


def test_render_tables_of_deployments_and_casualties(facts):
    page = render(facts)
    assert "<h4>Deployments</h4>" in page and "peacekeepers" in page
    assert "<h4>Casualties</h4>" in page and "at least 12" in page


def test_render_is_self_contained_html(facts):
    page = render(facts)
    assert "<script" not in page and "http" not in page
    assert facts._repr_html_() == page


def test_render_escapes_markup_in_the_text():
    facts = extract("Headline\n\n<b>Officials</b> said on Monday that 3 < 4 & talks would resume.", published="2023-06-01")
    page = render(facts)
    assert "<b>Officials</b>" not in page and "&lt;b&gt;Officials&lt;/b&gt;" in page


def test_to_pandas_gives_a_frame_per_kind(facts):
    frames = facts.to_pandas()
    assert set(frames) == {"statements", "speakers", "deployments", "casualties", "dates", "quantities", "entities"}
    assert len(frames["statements"]) == len(facts.statements)
    casualties = frames["casualties"]
    assert list(casualties["count"]) == [f.count for c in facts.casualties for f in c.figures]
    assert "qualifier" in casualties.columns


def test_to_pandas_frames_carry_the_article_id_and_concatenate():
    import pandas as pd

    texts = {"a-1": "At least 30 people were killed in the blast on Monday, police said.",
             "a-2": "Officials said 12 miners were killed when the tunnel collapsed."}
    frames = [extract(text, id=key, published="2023-06-01").to_pandas() for key, text in texts.items()]
    casualties = pd.concat([f["casualties"] for f in frames], ignore_index=True)
    assert list(casualties.columns[:1]) == ["article_id"]
    assert list(zip(casualties["article_id"], casualties["count"], strict=True)) == [("a-1", 30), ("a-2", 12)]
    statements = pd.concat([f["statements"] for f in frames], ignore_index=True)
    assert list(statements["article_id"]) == ["a-1", "a-2"]
    empty = extract("", id="a-3").to_pandas()["deployments"]
    assert list(empty.columns)[0] == "article_id" and len(empty) == 0
