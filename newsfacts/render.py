"""Facts as a self-contained HTML page: the article with each fact's evidence highlighted.

``render(facts)`` gives the same HTML that ``Facts._repr_html_`` shows in a notebook:
the text with highlights by kind (statements, speakers, deployments, casualties, dates,
quantities), each statement linked to its speaker, and compact tables of speakers,
deployments, casualties and entities underneath. ``render(story)`` (also
``Story._repr_html_``) gives a merged story instead: its sources, the facts with the
articles that report them and each article's wording, conflicts and updates highlighted.
HTML and CSS only, no JavaScript.

Element ids carry a prefix unique to each rendering, so two Facts shown in one notebook
link to their own speakers. Highlights nest with the later kinds of ``KINDS`` inside,
on translucent backgrounds, so a date inside a statement shows both.
"""

from __future__ import annotations

import html
import itertools
from collections.abc import Iterable

from newsfacts.records import Facts, Span
from newsfacts.story import Story

__all__ = ["render", "render_story", "KINDS"]

#: Highlight kinds, innermost last: a date inside a statement shows as both.
KINDS = ("statement", "speaker", "deployment", "casualty", "date", "quantity")
#: Numbers the renderings of this process, for element ids unique to each.
_RENDERINGS = itertools.count(1)

_CSS = """
.nf-facts{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.55;max-width:56em;color:#1b1b1b}
.nf-facts .nf-text{white-space:pre-wrap;border:1px solid #ddd;border-radius:6px;padding:.8em 1em;background:#fff}
.nf-facts mark{background:none;color:inherit;padding:0}
.nf-facts .nf-statement{background:rgba(74,123,208,.14);border-bottom:2px solid #4a7bd0}
.nf-facts .nf-speaker{background:rgba(240,150,40,.28);font-weight:600}
.nf-facts .nf-deployment{background:rgba(60,170,80,.18)}
.nf-facts .nf-casualty{background:rgba(220,60,60,.2);outline:1px solid #c0392b}
.nf-facts .nf-date{text-decoration:underline dotted #7b3fa0 2px}
.nf-facts .nf-quantity{font-variant-numeric:tabular-nums;border-bottom:2px dotted #8a6d1f}
.nf-facts a.nf-by{font-size:.75em;vertical-align:super;color:#4a7bd0;text-decoration:none;margin-left:.15em}
.nf-facts table{border-collapse:collapse;margin:.8em 0;font-size:.9em}
.nf-facts th,.nf-facts td{border:1px solid #ddd;padding:.25em .6em;text-align:left}
.nf-facts th{background:#f5f5f5}
.nf-facts .nf-legend span{margin-right:.8em;padding:0 .3em}
.nf-facts h4{margin:1em 0 .3em}
"""


def _marks(facts: Facts, prefix: str) -> list[tuple[Span, str, dict[str, str]]]:
    """Every highlighted span with its kind and attributes."""
    out: list[tuple[Span, str, dict[str, str]]] = []
    speaker_ids = {s.name: i for i, s in enumerate(facts.speakers)}
    for i, st in enumerate(facts.statements):
        attrs = {"title": f"{st.kind} statement by {st.speaker or 'unknown'}", "data-statement": str(i)}
        for part in st.parts or [st.span]:
            out.append((part, "statement", attrs))
        if st.speaker_span is not None and st.speaker in speaker_ids:
            out.append((st.speaker_span, "speaker", {"title": f"speaker: {st.speaker}",
                                                     "data-speaker": f"{prefix}-speaker-{speaker_ids[st.speaker]}"}))
    for d in facts.deployments:
        label = f"deployment: {d.actor or '?'} {d.count if d.count is not None else ''} {d.unit} → {d.destination or '?'} ({d.status})"
        out.extend((s, "deployment", {"title": " ".join(label.split())}) for s in d.spans)
    for c in facts.casualties:
        for f in c.figures:
            out.append((f.span, "casualty", {"title": f"{f.group} {f.kind} {f.count} ({f.qualifier})"}))
    out.extend((d.span, "date", {"title": f"date: {d.value}"}) for d in facts.dates)
    out.extend((q.span, "quantity", {"title": f"{q.value:g} {q.unit or ''} ({q.qualifier})".replace("  ", " ")})
               for q in facts.quantities)
    return out


def _highlighted_text(facts: Facts, prefix: str) -> str:
    text = facts.text
    marks = _marks(facts, prefix)
    cuts = sorted({0, len(text)} | {m[0].start for m in marks} | {m[0].end for m in marks})
    statement_ends: dict[int, list[int]] = {}
    for i, st in enumerate(facts.statements):
        statement_ends.setdefault(st.span.end, []).append(i)
    speaker_ids = {s.name: i for i, s in enumerate(facts.speakers)}
    pieces: list[str] = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        segment = html.escape(text[a:b])
        active = [m for m in marks if m[0].start <= a and b <= m[0].end and m[0].start < m[0].end]
        # wrap from the inside out: the last kinds (and the shorter of one kind) closest to
        # the text, the first kinds around them, so that every layer shows
        for _span, kind, attrs in sorted(active, key=lambda m: (-KINDS.index(m[1]), m[0].end - m[0].start)):
            attr_text = "".join(f' {k}="{html.escape(v, quote=True)}"' for k, v in attrs.items())
            segment = f'<mark class="nf-mark nf-{kind}"{attr_text}>{segment}</mark>'
        pieces.append(segment)
        for i in statement_ends.get(b, []):
            st = facts.statements[i]
            if st.speaker in speaker_ids:
                pieces.append(f'<a class="nf-by" href="#{prefix}-speaker-{speaker_ids[st.speaker]}" '
                              f'title="{html.escape(st.speaker or "", quote=True)}">{html.escape(_initials(st.speaker or ""))}</a>')
    return "".join(pieces)


def _initials(name: str) -> str:
    return "".join(w[0] for w in name.split() if w[:1].isupper())[:3] or name[:3]


def _table(headers: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td>{html.escape('' if v is None else str(v))}</td>" for v in row) + "</tr>"
                   for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def render(facts: Facts | Story, *, id_prefix: str | None = None) -> str:
    """The article with its facts highlighted, and tables of speakers, deployments,
    casualties and entities; ``id_prefix`` (default: one unique to each call) starts every
    element id.

    Given a [`Story`][newsfacts.Story], the merged story (see ``render_story``).
    """
    if isinstance(facts, Story):
        return render_story(facts)
    prefix = id_prefix or f"nf{next(_RENDERINGS)}"
    parts = [f'<div class="nf-facts" id="{html.escape(prefix, quote=True)}"><style>{_CSS}</style>']
    meta = []
    if facts.published is not None:
        meta.append(f"published {facts.published.isoformat()}")
    if facts.dateline is not None:
        meta.append(f"dateline {html.escape(facts.dateline.text)}")
    if meta:
        parts.append(f'<p class="nf-meta">{" · ".join(meta)}</p>')
    parts.append('<p class="nf-legend">' + "".join(
        f'<span class="nf-{k}">{k}</span>' for k in KINDS) + "</p>")
    parts.append(f'<div class="nf-text">{_highlighted_text(facts, html.escape(prefix, quote=True))}</div>')
    if facts.speakers:
        parts.append("<h4>Speakers</h4><ol class=\"nf-speakers\">")
        for i, s in enumerate(facts.speakers):
            said = sum(1 for st in facts.statements if st.speaker == s.name)
            extra = ", ".join(x for x in (s.title, s.organization) if x)
            parts.append(f'<li id="{html.escape(prefix, quote=True)}-speaker-{i}"><b>{html.escape(s.name)}</b>'
                         f'{" — " + html.escape(extra) if extra else ""} ({said} statement{"s" if said != 1 else ""})</li>')
        parts.append("</ol>")
    if facts.deployments:
        parts.append("<h4>Deployments</h4>" + _table(
            ("actor", "count", "unit", "destination", "status"),
            ((d.actor, _count(d.count, d.qualifier), d.unit, d.destination, d.status) for d in facts.deployments)))
    if facts.casualties:
        parts.append("<h4>Casualties</h4>" + _casualty_table(facts))
    if facts.entities:
        parts.append("<h4>Entities</h4>" + _table(
            ("name", "label", "mentions"), ((e.name, e.label, len(e.spans)) for e in facts.entities)))
    parts.append("</div>")
    return "".join(parts)


def _count(count: int | None, qualifier: str) -> str:
    if count is None:
        return ""
    words = {"at_least": "at least ", "more_than": "more than ", "about": "about ", "up_to": "up to ",
             "less_than": "less than "}
    return f"{words.get(qualifier, '')}{count:,}"


def _casualty_table(facts: Facts) -> str:
    """One row per figure; the incident, its cause and its source once per incident."""
    head = "".join(f"<th>{h}</th>" for h in ("incident", "kind", "group", "count", "cause", "source"))
    rows: list[str] = []
    for i, c in enumerate(facts.casualties):
        span = f' rowspan="{len(c.figures)}"' if len(c.figures) > 1 else ""
        for j, f in enumerate(c.figures):
            cells = [f"<td>{html.escape(str(v))}</td>" for v in (f.kind, f.group, _count(f.count, f.qualifier))]
            if j == 0:
                cells.insert(0, f"<td{span}>{i + 1}</td>")
                cells.extend(f"<td{span}>{html.escape(v or '')}</td>" for v in (c.cause, c.source))
            rows.append("<tr>" + "".join(cells) + "</tr>")
    return f'<table class="nf-casualties"><thead><tr>{head}</tr></thead><tbody>{"".join(rows)}</tbody></table>'


_STORY_CSS = """
.nf-story{font-family:system-ui,-apple-system,"Segoe UI",sans-serif;line-height:1.5;max-width:60em;color:#1b1b1b}
.nf-story table{border-collapse:collapse;margin:.6em 0;font-size:.9em;width:100%}
.nf-story th,.nf-story td{border:1px solid #ddd;padding:.3em .6em;text-align:left;vertical-align:top}
.nf-story th{background:#f5f5f5}
.nf-story .nf-src{display:inline-block;font-size:.8em;background:#eef1f6;border-radius:3px;padding:0 .35em;margin:0 .15em}
.nf-story tr.nf-conflict td{background:#fff1e6}
.nf-story .nf-conflicts li{color:#8a3b00}
.nf-story .nf-updates li{color:#24594a}
.nf-story .nf-wording{color:#444;font-size:.9em;margin:.15em 0}
.nf-story h4{margin:1em 0 .3em}
"""


def _sources(ids: Iterable[str]) -> str:
    return "".join(f'<span class="nf-src">{html.escape(i)}</span>' for i in ids)


def _story_table(headers: Iterable[str], rows: Iterable[tuple[bool, Iterable[str]]]) -> str:
    """A table whose cells are already HTML; rows flagged True are marked as in conflict."""
    head = "".join(f"<th>{html.escape(h)}</th>" for h in headers)
    body = "".join(
        ('<tr class="nf-conflict">' if flagged else "<tr>") + "".join(f"<td>{c}</td>" for c in cells) + "</tr>"
        for flagged, cells in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _esc(value: object) -> str:
    return html.escape("" if value is None else str(value))


def render_story(story: Story) -> str:
    """A merged story: its sources, each fact with the articles that report it, conflicts highlighted."""
    flagged = {(c.fact, c.index) for c in story.conflicts}
    parts = [f'<div class="nf-story"><style>{_STORY_CSS}</style>']
    parts.append("<h4>Sources</h4>" + _story_table(("id", "title", "publisher", "published"), (
        (False, (_sources([s.id]), _esc(s.title), _esc(s.publisher),
                 _esc(s.published.isoformat() if s.published else None))) for s in story.sources)))
    if story.conflicts:
        parts.append('<h4>Conflicts</h4><ul class="nf-conflicts">' + "".join(
            f"<li>{_esc(c.summary)}</li>" for c in story.conflicts) + "</ul>")
    if story.updates:
        parts.append('<h4>Updates</h4><ul class="nf-updates">' + "".join(
            f"<li>{_esc(u.summary)}</li>" for u in story.updates) + "</ul>")
    if story.speakers:
        parts.append("<h4>Speakers</h4>" + _story_table(("name", "title", "also written", "sources"), (
            (False, (f"<b>{_esc(s.name)}</b>", _esc(s.title), _esc(", ".join(n for n in s.names if n != s.name)),
                     _sources(s.sources))) for s in story.speakers)))
    if story.statements:
        parts.append("<h4>Statements</h4>" + _story_table(("speaker", "kind", "wordings"), (
            (("statement", i) in flagged, (_esc(st.speaker), _esc(st.kind), "".join(
                f'<div class="nf-wording">{_sources([x.source])} \u201c{_esc(x.record.text)}\u201d ({_esc(x.record.kind)})</div>'
                for x in st.mentions))) for i, st in enumerate(story.statements))))
    if story.deployments:
        parts.append("<h4>Deployments</h4>" + _story_table(
            ("actor", "count", "unit", "destination", "status", "sources"), (
                (("deployment", i) in flagged, (_esc(d.actor), _esc(_count(d.count, d.qualifier)), _esc(d.unit),
                                                 _esc(d.destination), _esc(d.status), _sources(d.sources)))
                for i, d in enumerate(story.deployments))))
    if story.casualties:
        parts.append("<h4>Casualties</h4>" + _story_table(("kind", "group", "count", "date", "sources"), (
            (("casualty", i) in flagged, (_esc(c.kind), _esc(c.group), _esc(_count(c.count, c.qualifier)),
                                           _esc(c.date), _sources(c.sources)))
            for i, c in enumerate(story.casualties))))
    if story.dates:
        parts.append("<h4>Dates</h4>" + _story_table(("value", "as written", "sources"), (
            (False, (_esc(d.value), _esc(", ".join(d.texts)), _sources(d.sources))) for d in story.dates)))
    parts.append("</div>")
    return "".join(parts)
