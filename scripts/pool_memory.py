"""Memory of each child of a real ``edgebatch worker --procs 2 --cpus 0,1`` after a batch.

    python scripts/pool_memory.py [--engine llamacpp|fake] [--docs N]

Starts the worker in a scratch data folder (embedded broker, local store), submits the first N
sample radiology reports, waits for the batch, then prints RSS / PSS / USS (MB, from
``/proc/PID/smaps_rollup``) of the main process and of each pool child, before and after the
batch. USS is what a child holds privately: what one more child adds. Any extra environment
(``EDGEBATCH_N_BATCH``, ``EDGEBATCH_MODELS_FILE`` with a ``kv_cache_type``) passes through.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from edgebatch.memory import child_pids, process_memory

REPO = Path(__file__).resolve().parent.parent


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--engine", default="llamacpp", choices=["llamacpp", "fake"])
    ap.add_argument("--docs", type=int, default=16)
    args = ap.parse_args()
    scratch = Path(tempfile.mkdtemp(prefix="edgebatch-pool-memory-"))
    env = {**os.environ, "EDGEBATCH_DATA_DIR": str(scratch / "data"), "EDGEBATCH_ENGINE": args.engine}
    docs = scratch / "docs"
    docs.mkdir()
    for path in sorted((REPO / "samples" / "radiology").glob("*.txt"))[:args.docs]:
        (docs / path.name).write_bytes(path.read_bytes())
    log_path = scratch / "worker.log"
    with open(log_path, "wb") as log:
        worker = subprocess.Popen([sys.executable, "-m", "edgebatch", "worker", "--procs", "2", "--cpus", "0,1"],
                                  env=env, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        deadline = time.monotonic() + 600
        while b" ready." not in log_path.read_bytes():
            if worker.poll() is not None or time.monotonic() > deadline:
                sys.exit(f"the worker did not start; see {log_path}")
            time.sleep(0.5)
        time.sleep(3)  # both children have built their engines
        before = [process_memory(pid) for pid in child_pids(worker.pid)]
        subprocess.run([sys.executable, "-m", "edgebatch", "submit", str(docs), "--pipeline", "radiology", "--wait"],
                       env=env, check=True, timeout=1800, stdout=subprocess.DEVNULL)
        print(json.dumps({"engine": args.engine, "main": process_memory(worker.pid), "children_before": before,
                          "children_after": [process_memory(pid) for pid in child_pids(worker.pid)]}, indent=1))
    finally:
        os.killpg(worker.pid, 15)
        worker.wait(30)
        subprocess.run([sys.executable, "-m", "edgebatch", "broker", "stop"], env=env, capture_output=True)


if __name__ == "__main__":
    main()
