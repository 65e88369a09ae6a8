"""After a worker death a shard's documents run one at a time; the one that keeps killing it is
dead-lettered alone."""

from __future__ import annotations

from edgebatch.batch import Deaths
from edgebatch.isolation import run_documents
from edgebatch.pipeline import DocState, run_stages


class RecordingStage:
    name = "echo"
    needs_redacted_text = False

    def __init__(self) -> None:
        self.calls: list[list[str]] = []

    def run(self, docs: list[DocState]) -> None:
        self.calls.append([d.doc_id for d in docs])
        for doc in docs:
            doc.outputs["echo"] = doc.doc_id


def _run(deaths: Deaths, n: int = 4, *, max_deaths: int = 3, cancelled: bool = False):
    docs = [DocState(doc_id=f"d{i}", source="", sha256="") for i in range(n)]
    stage, marks = RecordingStage(), []
    run_documents(lambda some: run_stages([stage], some), docs, deaths, max_deaths=max_deaths,
                  mark=marks.append, cancelled=lambda: cancelled)
    return docs, stage.calls, marks


def test_a_first_delivery_runs_the_documents_together() -> None:
    docs, calls, marks = _run(Deaths(0, [0, 0, 0, 0]))
    assert calls == [["d0", "d1", "d2", "d3"]] and marks == [None]
    assert all(d.error is None for d in docs)


def test_after_a_death_each_document_runs_alone_and_is_marked_first() -> None:
    docs, calls, marks = _run(Deaths(1, [0, 0, 0, 0]))
    assert calls == [["d0"], ["d1"], ["d2"], ["d3"]] and marks == [0, 1, 2, 3, None]


def test_the_document_that_killed_its_worker_alone_twice_is_dead_lettered_and_the_rest_run() -> None:
    docs, calls, marks = _run(Deaths(1, [0, 2, 1, 0]))
    assert calls == [["d0"], ["d2"], ["d3"]]
    assert docs[1].error is not None and docs[1].error.code == "dead_letter"
    assert "2 times" in docs[1].error.message


def test_deaths_no_document_explains_dead_letter_the_shard_after_the_cap() -> None:
    docs, calls, _ = _run(Deaths(3, [0, 0, 0, 0]))
    assert calls == [] and {d.error.code for d in docs if d.error} == {"dead_letter"}


def test_a_lone_document_is_marked_as_itself_so_its_death_is_its_own() -> None:
    _, calls, marks = _run(Deaths(0, [0]), n=1)
    assert calls == [["d0"]] and marks == [0, None]


def test_with_one_attempt_allowed_the_first_death_dead_letters() -> None:
    docs, calls, _ = _run(Deaths(1, [0, 0]), n=2, max_deaths=1)
    assert calls == [] and all(d.error and d.error.code == "dead_letter" for d in docs)


def test_a_cancelled_batch_stops_between_documents_run_alone() -> None:
    docs, calls, _ = _run(Deaths(1, [0, 0, 0, 0]), cancelled=True)
    assert calls == [] and {d.error.code for d in docs if d.error} == {"cancelled"}
