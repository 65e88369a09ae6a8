"""What a worker's main process loads before the pool forks, so children share it."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from edgebatch.redaction import ner

_SHARD_AFTER_FORK = """
import json, sys
from datetime import UTC, datetime
from edgebatch.config import Settings
from edgebatch.worker import _share_with_children
settings = Settings.load(engine="fake")
_share_with_children(settings, model=False)
before = set(sys.modules)
from edgebatch.pipeline import DocState, find_spec
from edgebatch.rows import RunInfo, shard_tables
from edgebatch.storage.base import arrow_bytes, parquet_bytes, tables_from_bytes
spec = find_spec(settings.pipelines_dir, "radiology")
doc = DocState(doc_id="d1", source="d1.txt", sha256="0" * 64, text="[NAME] seen [DATE]: no acute findings.",
               redacted=True)
doc.outputs = {"summary": "No acute findings."}
now = datetime.now(UTC)
tables = shard_tables([doc], RunInfo("b1", spec, "s", "m", "0" * 64, 0.0, 0.0, worker="w"), now, now)
for table in tables_from_bytes(bytes(arrow_bytes(tables.tables()))):  # as compaction reads a part
    parquet_bytes(table)
print(json.dumps(sorted(set(sys.modules) - before)))
"""


def test_a_shards_rows_import_no_library_after_the_fork() -> None:
    """Modules a child imports itself are private to it: pandas alone (pulled in by pyarrow at a
    shard's first tz-aware timestamp) cost each child ~30 MB before the main process imported it.
    Run in a fresh interpreter, since this test process has imported everything already."""
    out = subprocess.run([sys.executable, "-c", _SHARD_AFTER_FORK], capture_output=True, text=True, check=True,
                         timeout=120)
    new = json.loads(out.stdout.strip().splitlines()[-1])
    libraries = sorted({name.split(".")[0] for name in new} - {"edgebatch", "pyarrow"})
    assert libraries == [], new
    assert not any(name.startswith("pandas") for name in new)


_NER_WEIGHTS_BEFORE_FORK = """
import gzip, json, os
from edgebatch.config import Settings
from edgebatch.redaction import ner
from edgebatch.worker import _share_with_children
os.environ.pop("EDGEBATCH_NER_WEIGHTS", None)
_share_with_children(Settings.load(engine="fake", ner_weights="clinical"), model=False)
clinical = ner.load_model().get_pipe("ner").to_bytes(exclude=["vocab"])  # the model loaded before the fork
print(json.dumps([os.environ["EDGEBATCH_NER_WEIGHTS"], ner.load_model.cache_info().misses,
                  clinical == gzip.decompress(ner.CLINICAL_WEIGHTS.read_bytes())]))
"""


@pytest.mark.skipif(not ner.installed(), reason="spaCy model not installed")
def test_the_ner_weights_setting_decides_the_model_loaded_before_the_fork() -> None:
    """A settings value (a YAML file's too) reaches ner.load_model, which reads the environment."""
    out = subprocess.run([sys.executable, "-c", _NER_WEIGHTS_BEFORE_FORK], capture_output=True, text=True,
                         check=True, timeout=120)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == ["clinical", 1, True]
