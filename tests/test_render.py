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
    page = render(facts, id_prefix="a")
    for i, speaker in enumerate(facts.speakers):
        assert f'id="a-speaker-{i}"' in page
        assert f'href="#a-speaker-{i}"' in page
        assert html.escape(speaker.name) in page


def test_render_ids_are_unique_per_rendering(facts):
    # two Facts in one notebook: each link finds its own speaker, no id is used twice
    first, second = render(facts), render(facts)
    ids = re.findall(r' id="([^"]+)"', first + second)
    assert ids and len(ids) == len(set(ids))
    for page in (first, second):
        targets = set(re.findall(r' id="([^"]+)"', page))
        links = re.findall(r'href="#([^"]+)"', page)
        assert links and set(links) <= targets


def test_render_nests_later_kinds_inside_earlier_ones():
    facts = extract('Headline\n\n"We will send 40 more trucks on Monday," Anna Berg told reporters.',
                    published="2023-06-01")
    assert facts.statements and facts.dates
    page = render(facts)
    date_text = html.escape(facts.dates[0].text)
    # the date inside the statement sits inside the statement's mark, both visible
    assert re.search(r'<mark class="nf-mark nf-statement"[^>]*><mark class="nf-mark nf-date"[^>]*>' + date_text, page)


def test_render_gives_cause_and_source_once_per_incident():
    facts = extract("Headline\n\nTwo civilians were killed and more than 40 were wounded by shelling, "
                    "according to hospital sources.", published="2023-06-01")
    (incident,) = facts.casualties
    assert len(incident.figures) == 2 and incident.source
    table = render(facts).split('<table class="nf-casualties">', 1)[1].split("</table>", 1)[0]
    assert table.count(html.escape(incident.source)) == 1
    assert table.count("<tr>") == 1 + len(incident.figures)


def test_render_shows_entities(facts):
    page = render(facts)
    assert "<h4>Entities</h4>" in page
    for entity in facts.entities:
        assert f"<td>{html.escape(entity.name)}</td><td>{entity.label}</td>" in page


def test_render_tables_of_deployments_and_casualties(facts):
    page = render(facts)
    assert "<h4>Deployments</h4>" in page and "peacekeepers" in page
    assert "<h4>Casualties</h4>" in page and "at least 12" in page


def test_render_is_self_contained_html(facts):
    page = render(facts)
    assert "<script" not in page and "http" not in page
    assert re.sub(r"\bnf\d+\b", "ID", facts._repr_html_()) == re.sub(r"\bnf\d+\b", "ID", page)


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
