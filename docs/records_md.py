"""Write docs/records.md from the record models: ``python docs/records_md.py > docs/records.md``."""

from __future__ import annotations

import re

from newsfacts import records as R

INTRO = {
    "Facts": "Everything found in one article. `facts.spans()` lists every span of every record.",
    "Span": "A stretch of the input text. `text[start:end] == span.text` always.",
    "Entity": "A named entity with all its mentions.",
    "Speaker": "One per person or named body that speaks. Anonymous sources (\"hospital sources\") "
               "are not speakers, though their statements are kept with their own words as `speaker`.",
    "Statement": "One act of saying.",
    "TroopDeployment": "One deployment, however often the article repeats it.",
    "Casualty": "The figures of one incident. Properties, not serialised: `killed`, `injured` and "
                "`missing` map group to count (`incident.injured == {\"NATO soldiers\": 30, "
                "\"civilians\": 53}`); `counts` maps (group, kind) to count, so a group both killed "
                "and injured keeps both figures: `{(\"civilians\", \"killed\"): 2, "
                "(\"civilians\", \"injured\"): 40}`. In `facts.to_pandas()` and CSV each figure is a "
                "row that carries its `count_max` and its incident's `date`.",
    "CasualtyFigure": "One number of people harmed in one way.",
    "DateMention": "A calendar date.",
    "Quantity": "A number with its unit.",
}


def type_name(annotation: object) -> str:
    text = str(annotation)
    text = re.sub(r"<class '(?:[\w.]+\.)?(\w+)'>", r"\1", text)
    text = re.sub(r"\b(?:typing|newsfacts\.records|datetime)\.", "", text)
    return text.replace("|", "or")


def main() -> None:
    lines = ["# Records", "",
             "All records are frozen pydantic v2 models (`extra=\"forbid\"`). `Facts.model_json_schema()` "
             "gives the JSON Schema with these descriptions; missing values are `null`.", ""]
    for name, intro in INTRO.items():
        model = getattr(R, name)
        lines += [f"## {name}", "", intro, "", "| field | type | meaning |", "|---|---|---|"]
        for field, info in model.model_fields.items():
            lines.append(f"| `{field}` | {type_name(info.annotation)} | {(info.description or '').replace('|', '/')} |")
        lines.append("")
    lines += [
        "## Values", "",
        "- `Statement.kind`: `direct` (words in quotation marks, attributed) or `indirect` (reported speech, \"according to\").",
        "- `TroopDeployment.status`: `announced`, `deploying`, `en_route`, `arrived`, `stationed`, `standby`, `withdrawn`.",
        "- `CasualtyFigure.kind`: `killed`, `injured`, `missing`.",
        "- qualifiers: `exact`; `at_least` (\"at least\", \"no fewer than\"); `more_than` (\"more than\", \"over\"); "
        "`about` (\"about\", \"nearly\", \"some\"); `up_to` (\"up to\", \"as many as\"); `less_than` (\"less than\", \"fewer than\").",
        "- `DateMention.granularity`: `year` (`YYYY`), `month` (`YYYY-MM`), `day` (`YYYY-MM-DD`).", "",
    ]
    print("\n".join(lines))


if __name__ == "__main__":
    main()
