"""``edgebatch bench load``: a large batch end to end through the real broker and a real worker pool.

N small synthetic reports in one JSONL file (what a user exporting from a system of record
hands over) are submitted to a classify-only pipeline (``data_classification: public``, so no
redact stage; the scripted instant engine makes the constrained choice) and processed by
``edgebatch worker --procs K``. The clock runs from the submit call to the commit manifest.
Everything happens in a scratch data dir (its own embedded valkey-server, local store) that is
removed afterwards; the broker's ``used_memory_peak`` is therefore this batch's alone.
"""

from __future__ import annotations

import json
import os
import random
import resource
import shutil
import tempfile
import time
from pathlib import Path
from typing import Any

from .config import Settings

_FINDINGS = ("The lungs are clear.", "No pleural effusion.", "Heart size is normal.", "Mild bibasilar atelectasis.",
             "Small left pleural effusion.", "No pneumothorax.", "Stable 4 mm nodule in the right upper lobe.",
             "Degenerative changes of the thoracic spine.", "No focal consolidation.", "Trace right effusion.")
_IMPRESSIONS = ("No acute cardiopulmonary abnormality.", "Small effusion, otherwise normal.",
                "Stable appearance since the prior study.", "Findings suggest early pneumonia.")

SPEC = """\
name: bench-load
description: Load benchmark (synthetic public reports; no redaction, instant scripted engine)
data_classification: public
max_document_bytes: 100000
shard_size: {shard_size}
stages:
  - name: label
    kind: classify
    options: {{labels: [normal, abnormal], method: model, prompt: label.txt}}
  - name: urgency
    kind: classify
    options:
      labels: [routine, priority, critical]
      method: rules
      default: routine
      rules:
        - {{label: critical, patterns: [pneumothorax, hemorrhage]}}
        - {{label: priority, patterns: [effusion, pneumonia, nodule]}}
output:
  label: {{type: string, choices: [normal, abnormal]}}
  urgency: {{type: string, choices: [routine, priority, critical]}}
"""
PROMPT = "Label the report below as {labels}.\n<report>\n{document}\n</report>\nLabel of the report above:"


def write_documents(path: Path, count: int, seed: int = 20261126) -> int:
    """``count`` distinct synthetic reports as ``{"custom_id", "text"}`` lines; return the file's bytes."""
    rng = random.Random(seed)
    with open(path, "w", encoding="utf-8") as out:
        for i in range(count):
            text = (f"EXAM: Chest radiograph {i}.\nFINDINGS: " + " ".join(rng.sample(_FINDINGS, 3))
                    + f"\nIMPRESSION: {rng.choice(_IMPRESSIONS)}")
            out.write(json.dumps({"custom_id": f"doc-{i:07d}", "text": text}) + "\n")
    return path.stat().st_size


def run(settings: Settings, *, docs: int = 100_000, shard_size: int = 2000, procs: int = 2,
        cpus: str | None = None, timeout_s: float = 3600) -> dict[str, Any]:
    """Run the benchmark; return the measurements (see README, Reliability)."""
    from .api import EdgeBatch
    from .broker import EmbeddedBroker
    from .constants import CONTROL_QUEUE, DEFAULT_QUEUE

    scratch = Path(tempfile.mkdtemp(prefix="edgebatch-bench-load-"))
    try:
        spec_dir = scratch / "pipeline"
        spec_dir.mkdir()
        (spec_dir / "bench-load.yaml").write_text(SPEC.format(shard_size=shard_size))
        (spec_dir / "label.txt").write_text(PROMPT)
        inputs = scratch / "inputs"
        inputs.mkdir()
        input_bytes = write_documents(inputs / "reports.jsonl", docs)
        bench = settings.model_copy(update={"data_dir": scratch / "data", "engine": "fake", "broker_url": None,
                                            "storage_url": None, "broker_password": None,
                                            "broker_password_file": None, "pipelines_dir": spec_dir,
                                            "metrics_port": None, "tenants_file": None, "token": None,
                                            "token_file": None})
        client = EdgeBatch(bench)
        log = bench.resolved_data_dir / "logs" / "worker.log"
        load_before = os.getloadavg()
        with client.worker_pool(procs=procs, cpus=cpus, queues=(DEFAULT_QUEUE, CONTROL_QUEUE)) as pool:
            _wait_ready(log, pool, procs=procs, timeout_s=180)
            broker_pid = EmbeddedBroker(bench.resolved_data_dir).status()["pid"]
            before = _cpu_split(pool.pid, broker_pid)
            started = time.perf_counter()
            batch_id = client.submit(inputs, "bench-load")
            submitted = time.perf_counter()
            submit_cpu = time.process_time() - before["submitter"]
            commit_key = f"batches/{batch_id}/_manifest.json"
            while not client.storage.exists(commit_key):
                if pool.poll() is not None:
                    raise RuntimeError(f"the worker pool exited; see {log}")
                if time.perf_counter() - started > timeout_s:
                    raise TimeoutError(f"batch {batch_id} not committed after {timeout_s}s")
                time.sleep(0.05)
            elapsed = time.perf_counter() - started
            after = _cpu_split(pool.pid, broker_pid)
            cpu_split = {name: round(after[name] - before[name], 2) for name in after}
            cpu_split["submitter"] = round(submit_cpu, 2)
            cpu = sum(cpu_split.values())
            worker_rss = _peak_rss_kb(pool.pid)
            worker_cpus = _children_cpus(pool.pid)
        record = client.wait(batch_id, timeout_s=60)
        commit = client.commit(batch_id)
        broker = client.state.redis
        memory = broker.info("memory")
        largest = max((broker.memory_usage(key) or 0 for key in broker.scan_iter(count=1000)), default=0)
        load_after = os.getloadavg()
        EmbeddedBroker(bench.resolved_data_dir).stop()
        return {
            "docs": docs, "shard_size": shard_size, "shards": record["total_shards"], "procs": procs,
            "input_bytes": input_bytes, "status": record["status"], "succeeded": record["succeeded"],
            "errored": record["errored"], "result_rows": commit["files"].get("results", {}).get("rows", 0),
            "elapsed_s": round(elapsed, 3), "submit_s": round(submitted - started, 2),
            "docs_per_s": round(docs / elapsed, 1), "cpu_s": round(cpu, 2), "cpu_s_by_process": cpu_split,
            "docs_per_cpu_s": round(docs / cpu, 1) if cpu > 0 else None,
            "broker_used_memory_peak_bytes": int(memory["used_memory_peak"]),
            "broker_used_memory_peak_human": memory["used_memory_peak_human"],
            "broker_largest_key_bytes": int(largest),
            "worker_peak_rss_bytes": max(worker_rss.values(), default=0) * 1024,
            "worker_peak_rss_bytes_per_process": {str(pid): kb * 1024 for pid, kb in sorted(worker_rss.items())},
            "worker_cpus": worker_cpus,
            "submitter_peak_rss_bytes": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024,
            "cpus": len(os.sched_getaffinity(0)), "load_average_before": [round(x, 2) for x in load_before],
            "load_average_after": [round(x, 2) for x in load_after],
        }
    finally:
        EmbeddedBroker(scratch / "data").stop()
        shutil.rmtree(scratch, ignore_errors=True)


def _wait_ready(log: Path, pool: Any, *, procs: int, timeout_s: float) -> None:
    """Until every child has pinned itself and loaded what it needs (after Celery's "ready")."""
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        text = log.read_bytes() if log.exists() else b""
        if b" ready." in text and text.count(b"pinned to CPUs") >= procs:
            return
        if pool.poll() is not None:
            raise RuntimeError(f"the worker pool exited; see {log}")
        time.sleep(0.1)
    raise TimeoutError(f"the worker pool did not start within {timeout_s}s; see {log}")


def _children(pid: int) -> list[int]:
    return [int(child) for task in Path(f"/proc/{pid}/task").iterdir()
            for child in (task / "children").read_text().split()]


def _cpu_split(pool_pid: int, broker_pid: int | None) -> dict[str, float]:
    """CPU seconds so far of the submitter (this process), the worker's main process, its
    children and the broker."""
    return {"submitter": time.process_time(), "worker_main": _cpu_s([pool_pid]),
            "worker_children": _cpu_s(_children(pool_pid)), "broker": _cpu_s([broker_pid] if broker_pid else [])}


def _cpu_s(pids: list[int]) -> float:
    """User + system CPU seconds used so far by ``pids`` (the worker pool and its children)."""
    total = 0.0
    for pid in pids:
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _children_cpus(pid: int) -> list[str]:
    """The CPU list each prefork child is pinned to."""
    out = []
    for child in _children(pid):
        status = Path(f"/proc/{child}/status").read_text()
        out += [line.split()[1] for line in status.splitlines() if line.startswith("Cpus_allowed_list:")]
    return sorted(out)


def _peak_rss_kb(pid: int) -> dict[int, int]:
    """VmHWM (peak resident set, kB) of process ``pid`` and each of its children (the prefork pool)."""
    pids = [pid, *_children(pid)]
    peaks = {}
    for proc in pids:
        try:
            status = Path(f"/proc/{proc}/status").read_text()
        except OSError:
            continue
        peaks[proc] = next(int(line.split()[1]) for line in status.splitlines() if line.startswith("VmHWM:"))
    return peaks
