"""newsfacts on a Dask LocalCluster: the same Facts as one process, article by article."""

import json
import os
import pickle
import signal

import pytest

from .conftest import FIXTURES, ROOT

db = pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")

from newsfacts.dask import extract_bag, extract_on_cluster, to_dataframes  # noqa: E402
from newsfacts.outputs import open_output  # noqa: E402
from newsfacts.parquet import KINDS, article_rows, facts_from_dict  # noqa: E402

#: The shared gold corpus, beside the checkout or beside the worktrees' directory.
SHARED = next((p for p in (ROOT.parent / "shared" / "corpus", ROOT.parent.parent / "shared" / "corpus")
               if p.is_dir()), None)
CORPORA = [pytest.param(FIXTURES, id="fixtures"),
           pytest.param(SHARED, id="shared-corpus",
                        marks=pytest.mark.skipif(SHARED is None, reason="shared corpus not beside the checkout"))]


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                       dashboard_address=":0")
    client = distributed.Client(cluster)
    yield client
    client.close()
    cluster.close()


def _articles(directory):
    return [(p.stem, p.read_text(encoding="utf-8")) for p in sorted(directory.glob("*.txt"))]


_sequential_cache: dict = {}


def _sequential(extractor, directory):
    if directory not in _sequential_cache:
        articles = _articles(directory)
        items = [(t, {"id": i}) for i, t in articles]
        _sequential_cache[directory] = {f.id: f.model_dump(mode="json") for f in extractor.extract_many(items)}
    return _sequential_cache[directory]


@pytest.mark.parametrize("corpus", CORPORA)
def test_cluster_gives_the_sequential_facts_article_by_article(client, extractor, corpus):
    articles = _articles(corpus)
    bag = db.from_sequence([(text, {"id": i}) for i, text in articles], partition_size=3)
    results = extract_bag(bag).compute()
    want = _sequential(extractor, corpus)
    assert [r["id"] for r in results] == [i for i, _ in articles]
    for result in results:
        assert result == want[result["id"]], result["id"]


def test_pipeline_is_loaded_once_per_worker_and_never_sent(client):
    articles = _articles(FIXTURES)
    bag = extract_bag(db.from_sequence([(t, {"id": i}) for i, t in articles], partition_size=1))
    # the task graph carries texts and a model name: far smaller than any spaCy model
    import cloudpickle

    graph_bytes = len(cloudpickle.dumps(dict(bag.__dask_graph__())))
    assert graph_bytes < sum(len(t) for _, t in articles) + 200_000
    bag.compute()

    def pipelines():
        from newsfacts import extractor, pipeline

        return os.getpid(), len(pipeline._cache), id(extractor._extractor(None).nlp)

    before = client.run(pipelines)
    bag.compute()
    after = client.run(pipelines)
    assert len(before) == 2 and before == after
    assert all(count == 1 for _, count, _ in after.values())
    assert len({pid for pid, _, _ in after.values()}) == 2 and os.getpid() not in {pid for pid, _, _ in after.values()}


def test_tables_have_a_row_per_record_with_its_article(client):
    articles = _articles(FIXTURES)
    facts = extract_bag(db.from_sequence([(t, {"id": i}) for i, t in articles], partition_size=2))
    computed = facts.compute()
    tables = {kind: frame.compute() for kind, frame in to_dataframes(facts).items()}
    for kind in KINDS:
        want = sum(len(article_rows(f["id"], facts_from_dict(f))[kind]) for f in computed)
        assert len(tables[kind]) == want, kind
        assert set(tables[kind]["article_id"]) <= {i for i, _ in articles}
    assert sorted(tables["articles"]["article_id"]) == sorted(i for i, _ in articles)


@pytest.mark.parametrize("corpus", CORPORA)
def test_a_worker_killed_mid_run_still_yields_every_article_once(client, extractor, corpus, tmp_path):
    articles = _articles(corpus)
    pids = list(client.run(os.getpid).values())
    killed = []

    def kill_one_worker(_article_id):
        if not killed:
            os.kill(pids[0], signal.SIGKILL)
            killed.append(pids[0])

    output = open_output(tmp_path, "jsonl")
    written = extract_on_cluster(client, output, articles, batch_size=2, on_written=kill_one_worker)
    assert killed and written == len(articles)
    lines = [json.loads(line) for p in sorted(tmp_path.glob("*.jsonl")) for line in p.read_text().splitlines()]
    assert sorted(line["id"] for line in lines) == sorted(i for i, _ in articles)  # each once
    want = _sequential(extractor, corpus)
    for line in lines:
        assert line == want[line["id"]], line["id"]
    # the nanny restarts the killed worker, which loads the pipeline again: slow on a busy machine
    client.wait_for_workers(2, timeout=600)


def test_local_cluster_from_the_command_line(tmp_path):
    from click.testing import CliRunner

    from newsfacts.cli import main

    result = CliRunner().invoke(main, ["extract", str(FIXTURES), "--output-dir", str(tmp_path), "--format", "parquet",
                                       "--dask", "local:1", "--batch-size", "4"])
    assert result.exit_code == 0, result.output
    import pandas as pd

    assert sorted(pd.read_parquet(tmp_path / "articles").article_id) == sorted(p.stem for p in FIXTURES.glob("*.txt"))


def test_a_bad_dask_address_is_a_clear_error(tmp_path):
    from click.testing import CliRunner

    from newsfacts.cli import main

    result = CliRunner().invoke(main, ["extract", str(FIXTURES), "--output-dir", str(tmp_path), "--dask", "local:x"])
    assert result.exit_code == 1 and "local:N" in result.output


def test_loaded_pipelines_do_not_travel_with_the_plugin():
    from newsfacts.dask import LoadPipeline

    assert len(pickle.dumps(LoadPipeline("en_core_web_sm"))) < 1_000


def test_local_workers_keep_glibcs_sliding_mmap_threshold(monkeypatch):
    # Dask's nanny sets MALLOC_TRIM_THRESHOLD_, which turns it off and costs each article
    # about 20 ms of system time; `--dask local:N` starts its workers without it
    from newsfacts.dask import connect

    monkeypatch.delenv("MALLOC_TRIM_THRESHOLD_", raising=False)
    client, close = connect("local:1")
    try:
        assert set(client.run(lambda: os.environ.get("MALLOC_TRIM_THRESHOLD_")).values()) == {None}
        assert set(client.run(lambda: os.environ.get("OMP_NUM_THREADS")).values()) == {"1"}
    finally:
        close()
