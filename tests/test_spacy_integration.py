"""newsfacts as a spaCy user expects: owned pipelines, honoured configs, declared attributes."""

import pytest
import spacy

import newsfacts
from newsfacts import Extractor, MissingComponentError, extract

HEAD = "Test headline\n\n"
QUOTE = HEAD + "Officials met on Monday.\n\nLena Holm gushed that the bridge would open in spring."
SAID = HEAD + '"We will not give up," Anna Berg told reporters in the capital.'
SCALDED = HEAD + "Four villagers were scalded in the flood on Sunday, police said."
PALLETS = HEAD + "The convoy carried 40 pallets of flour to the town."
TITLED = HEAD + "Harbourmaster Ivo Rask said the port would reopen on Friday."

#: Every span key moved, every word list extended.
CONFIGS = {
    "newsfacts_article": {"spans_key": "my_dateline"},
    "newsfacts_entities": {"dateline_key": "my_dateline", "extra_titles": ["harbourmaster"]},
    "newsfacts_dates": {"spans_key": "my_dates", "dateline_key": "my_dateline"},
    "newsfacts_quantities": {"spans_key": "my_quantities", "extra_units": {"pallets": "pallet"}},
    "newsfacts_statements": {"spans_key": "quotes", "extra_speech_verbs": ["gush"],
                             "extra_titles": ["harbourmaster"]},
    "newsfacts_deployments": {"spans_key": "my_deployments", "dateline_key": "my_dateline"},
    "newsfacts_casualties": {"spans_key": "my_casualties",
                             "extra_casualty_words": {"injured": {"verbs": ["scald"]}}},
}


@pytest.fixture(scope="module")
def custom_dir(tmp_path_factory):
    nlp = newsfacts.load()
    for name, config in CONFIGS.items():
        nlp.replace_pipe(name, name, config=config)
    path = tmp_path_factory.mktemp("pipeline")
    nlp.to_disk(path)
    return path


@pytest.fixture(scope="module")
def custom(custom_dir):
    return Extractor(spacy.load(custom_dir))


def test_load_returns_a_pipeline_the_caller_owns():
    before = len(extract(SAID).statements)
    assert before == 1
    nlp = newsfacts.load()
    nlp.remove_pipe("newsfacts_statements")
    assert len(extract(SAID).statements) == before
    assert "newsfacts_statements" in newsfacts.load().pipe_names


def test_extractor_takes_a_language_the_user_built():
    nlp = newsfacts.load()
    assert Extractor(nlp).nlp is nlp
    assert len(Extractor(nlp).extract(SAID).statements) == 1


def test_extractor_names_the_missing_component():
    nlp = newsfacts.load()
    nlp.remove_pipe("newsfacts_casualties")
    with pytest.raises(MissingComponentError, match="'newsfacts_casualties'"):
        Extractor(nlp)
    blank = spacy.blank("en")
    with pytest.raises(MissingComponentError, match="token.dep"):
        Extractor(blank)


def test_extractor_finds_components_under_other_names():
    nlp = newsfacts.load()
    nlp.rename_pipe("newsfacts_statements", "quotes")
    assert len(Extractor(nlp).extract(SAID).statements) == 1


def test_changed_span_keys_survive_to_disk_and_extract(custom_dir):
    facts = extract(SAID, model=custom_dir)
    assert len(facts.statements) == 1
    doc = spacy.load(custom_dir)(SAID)
    assert "quotes" in doc.spans and "nf_statements" not in doc.spans


def test_dateline_key_reaches_every_reader(custom):
    facts = custom.extract("OSLO, Norway (AP) — Officials met on June 1, 2023.")
    assert facts.dateline is not None and facts.dateline.text == "OSLO, Norway"
    assert [d.value for d in facts.dates] == ["2023-06-01"]


def test_extra_speech_verbs_from_config(custom, extractor):
    # an unlisted verb with a that-clause is no speech act until the config lists it
    assert extractor.extract(QUOTE).statements == []
    (statement,) = custom.extract(QUOTE).statements
    assert statement.speaker == "Lena Holm" and statement.cue is not None and statement.cue.text == "gushed"


def test_extra_casualty_words_from_config(custom, extractor):
    assert extractor.extract(SCALDED).casualties == []
    (incident,) = custom.extract(SCALDED).casualties
    assert [(f.kind, f.group, f.count) for f in incident.figures] == [("injured", "villagers", 4)]


def test_extra_units_from_config(custom, extractor):
    assert [q.unit for q in extractor.extract(PALLETS).quantities] == [None]
    assert [q.unit for q in custom.extract(PALLETS).quantities] == ["pallet"]


def test_extra_titles_from_config(custom, extractor):
    assert [e.name for e in extractor.extract(TITLED).entities] == ["Harbourmaster Ivo Rask"]
    assert [e.name for e in custom.extract(TITLED).entities] == ["Ivo Rask"]


def test_extra_words_stay_with_their_pipeline(custom, extractor):
    custom.extract(QUOTE)
    assert extractor.extract(QUOTE).statements == []


def test_unknown_casualty_kind_is_a_clear_error():
    nlp = spacy.blank("en")
    with pytest.raises(ValueError, match="unknown kind 'hurt'"):
        nlp.add_pipe("newsfacts_casualties", config={"extra_casualty_words": {"hurt": {"verbs": ["x"]}}})


def test_analyze_pipes_reports_a_missing_entities_component(nlp):
    bare = spacy.blank("en")
    for name in ("parser", "ner"):
        bare.add_pipe(name, source=nlp)
    bare.add_pipe("newsfacts_statements")
    problems = bare.analyze_pipes()["problems"]["newsfacts_statements"]
    assert "span._.nf_name" in problems and "doc._.nf_headline" in problems
    bare.add_pipe("newsfacts_article", before="newsfacts_statements")
    bare.add_pipe("newsfacts_entities", before="newsfacts_statements")
    assert "span._.nf_name" not in bare.analyze_pipes()["problems"]["newsfacts_statements"]
