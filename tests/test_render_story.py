"""render(story): the merged facts with their sources, conflicts highlighted."""

from __future__ import annotations

import html

from newsfacts import merge, render

from .story_builders import article


def _story():
    return merge([
        article("wire-a", published="2024-03-02", speakers=[("Ana Ruiz", "mayor")],
                statements=[("Ana Ruiz", "direct", "Schools <stay> closed until Monday & after.")],
                figures=[{"kind": "killed", "group": "people", "count": 20}]),
        article("wire-b", published="2024-03-02", speakers=[("Ruiz", None)],
                statements=[("Ruiz", "indirect", "schools stay closed until Monday and after")],
                figures=[{"kind": "killed", "group": "people", "count": 28}]),
    ])


def test_render_story_lists_sources_and_each_wording_with_its_source():
    page = render(_story())
    assert page.count('<span class="nf-src">wire-a</span>') >= 3
    assert html.escape("Schools <stay> closed until Monday & after.") in page
    assert "schools stay closed until Monday and after" in page


def test_render_story_highlights_conflicts():
    story = _story()
    page = render(story)
    assert '<ul class="nf-conflicts">' in page
    assert html.escape(story.conflicts[0].summary) in page
    assert page.count('<tr class="nf-conflict">') == len(story.conflicts) == 1


def test_render_story_is_what_a_notebook_shows():
    story = _story()
    assert story._repr_html_() == render(story)
