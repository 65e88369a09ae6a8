"""The ``edgebatch`` command: thin click commands over ``edgebatch.api``; parsing and printing only."""

from __future__ import annotations

import csv
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import Any

import click

from . import __version__
from .api import EdgeBatch
from .batch import BatchStatus
from .broker import EmbeddedBroker
from .config import Settings
from .errors import EdgeBatchError
from .progress import ProgressDisplay, say


def _settings() -> Settings:
    return Settings.load()


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="edgebatch")
def cli() -> None:
    """EdgeBatch: batch-process sensitive documents with local models, redaction first."""
    logging.basicConfig(level=logging.WARNING, format="%(asctime)s %(levelname)s %(name)s: %(message)s")


@cli.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--pipeline", "-p", required=True, help="Pipeline name (pipelines/NAME.yaml) or a spec file.")
@click.option("--procs", type=int, default=None, help="Worker processes (default: EDGEBATCH_WORKER_PROCS).")
@click.option("--cpus", default=None, help="CPU list for the workers, e.g. 0-1.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of a summary.")
def run(folder: Path, pipeline: str, procs: int | None, cpus: str | None, as_json: bool) -> None:
    """Process FOLDER on this machine: broker, pinned workers, submit, wait, summary."""
    client = EdgeBatch(_settings())
    say(f"starting a worker pool (loading the model) and submitting {folder} to pipeline {pipeline}")
    with ProgressDisplay() as progress:
        record = client.run(folder, pipeline, procs=procs, cpus=cpus, on_progress=progress)
    _print_summary(record, as_json)
    if record["status"] != BatchStatus.completed.value:
        sys.exit(1)


@cli.command()
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--pipeline", "-p", required=True, help="Pipeline name (pipelines/NAME.yaml) or a spec file.")
@click.option("--wait", is_flag=True, help="Wait for the batch to finish, with a progress bar.")
@click.option("--json", "as_json", is_flag=True, help="With --wait, print the final status as JSON.")
def submit(folder: Path, pipeline: str, wait: bool, as_json: bool) -> None:
    """Submit FOLDER as a batch to the queue and print its id (workers do the work)."""
    client = EdgeBatch(_settings())
    batch_id = client.submit(folder, pipeline)
    if not wait:
        click.echo(batch_id)
        return
    say(f"submitted {batch_id}; waiting")
    with ProgressDisplay() as progress:
        record = client.wait(batch_id, on_progress=progress)
    _print_summary(record, as_json)


@cli.command()
@click.option("--procs", type=int, default=None, help="Child processes, each pinned to its own cores.")
@click.option("--cpus", default=None, help="CPUs to use, e.g. 0-3 or 0,2 (default: all available).")
@click.option("--queues", default=None, help="Comma-separated queues (default: model and control queues).")
@click.option("--name", default=None, help="Worker host name shown in Flower.")
@click.option("--loglevel", default="INFO", show_default=True)
def worker(procs: int | None, cpus: str | None, queues: str | None, name: str | None, loglevel: str) -> None:
    """Run a Celery worker: prefork children pinned to disjoint cores, model loaded once each."""
    from .worker import start_worker

    logging.getLogger("edgebatch").setLevel(loglevel.upper())
    kwargs: dict[str, Any] = {}
    if queues:
        kwargs["queues"] = tuple(q.strip() for q in queues.split(",") if q.strip())
    start_worker(_settings(), procs=procs, cpus=cpus, name=name, loglevel=loglevel, **kwargs)


@cli.command()
@click.argument("batch_id", required=False)
@click.option("--watch", is_flag=True, help="Follow the batch until it finishes.")
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def status(batch_id: str | None, watch: bool, as_json: bool) -> None:
    """Status and counts of BATCH_ID, or of the recent batches."""
    client = EdgeBatch(_settings())
    if batch_id is None:
        records = client.list()
        if as_json:
            click.echo(json.dumps(records, indent=2))
            return
        for r in records:
            click.echo(f"{r['batch_id']}  {r['pipeline']:<14} {r['status']:<11} {r.get('docs_done', 0)}/"
                       f"{r.get('total_docs', 0)}  ok {r.get('succeeded', 0)} err {r.get('errored', 0)} "
                       f"cancelled {r.get('cancelled', 0)}")
        return
    if watch:
        with ProgressDisplay() as progress:
            record = client.wait(batch_id, on_progress=progress)
    else:
        record = client.status(batch_id)
    _print_summary(record, as_json)


@cli.command()
@click.argument("batch_id")
def cancel(batch_id: str) -> None:
    """Cancel BATCH_ID: shards not yet started end as `cancelled`; finished results are kept."""
    click.echo(EdgeBatch(_settings()).cancel(batch_id).value)


@cli.command()
@click.argument("batch_id")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--dataset", type=click.Choice(["results", "audit", "errors"]), default="results", show_default=True)
@click.option("--text/--no-text", "with_text", default=False, help="Include the redacted text column.")
def results(batch_id: str, fmt: str, dataset: str, with_text: bool) -> None:
    """Read a finished batch's Parquet back as a table, JSONL or CSV."""
    table = EdgeBatch(_settings()).results(batch_id, dataset)
    if not with_text and "redacted_text" in table.column_names:
        table = table.drop_columns(["redacted_text"])
    rows = table.to_pylist()
    for row in rows:
        for key, value in row.items():
            if hasattr(value, "isoformat"):
                row[key] = value.isoformat()
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=table.column_names)
        writer.writeheader()
        writer.writerows(rows)
    else:
        _print_table(rows, table.column_names)


@cli.group()
def broker() -> None:
    """The embedded valkey-server (used when EDGEBATCH_BROKER_URL is unset)."""


@broker.command("start")
def broker_start() -> None:
    """Start the embedded broker (AOF persistence, password) unless it runs."""
    embedded = EmbeddedBroker(_settings().resolved_data_dir)
    embedded.start()
    click.echo(json.dumps(embedded.status()))


@broker.command("stop")
def broker_stop() -> None:
    """Stop the embedded broker; queued work stays in its AOF file."""
    click.echo("stopped" if EmbeddedBroker(_settings().resolved_data_dir).stop() else "not running")


@broker.command("status")
def broker_status() -> None:
    """Whether the embedded broker runs, and where."""
    click.echo(json.dumps(EmbeddedBroker(_settings().resolved_data_dir).status()))


@cli.command("config")
def show_config() -> None:
    """Print the effective settings, secrets masked."""
    click.echo(json.dumps(_settings().masked(), indent=2))


@cli.group()
def models() -> None:
    """The model registry."""


@models.command("list")
def models_list() -> None:
    """Registered models."""
    from .models import load_registry

    for entry in load_registry(_settings()).values():
        source = entry.path or f"package {entry.package}"
        click.echo(f"{entry.name}\t{source}\tctx {entry.context_size}\t{entry.prompt_format}\t{entry.sha256}")


@models.command("verify")
@click.argument("name", required=False)
def models_verify(name: str | None) -> None:
    """Assemble (if needed) and sha256-check a model file."""
    from .models import get_model, model_path

    settings = _settings()
    entry = get_model(settings, name)
    say(f"verifying model {entry.name} (assembling it on first use)")
    click.echo(f"{entry.name}: {model_path(settings, entry)} ok (sha256 {entry.sha256})")


@cli.command()
@click.option("--input", "input_path", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="JSONL, one {\"id\", \"text\"} per line (- for stdin).")
@click.option("--output", "output_path", required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--policy", default="mask", show_default=True, help="mask, pseudonym or research.")
@click.option("--workers", type=int, default=None, help="Processes (default: all cores given to this process).")
@click.option("--ner/--no-ner", default=None, help="Statistical NER (default: on when installed).")
def redact(input_path: str, output_path: str, policy: str, workers: int | None, ner: bool | None) -> None:
    """Redact a JSONL file: each output line keeps `id` and adds `redacted` and `spans`."""
    from .redaction.policy import POLICIES
    from .redaction.stream import redact_stream

    if policy not in POLICIES:
        raise click.BadParameter(f"one of {', '.join(POLICIES)}", param_hint="--policy")
    spec = POLICIES[policy].model_copy(update={"ner": ner} if ner is not None else {})
    procs = workers or len(os.sched_getaffinity(0))
    with click.open_file(input_path, encoding="utf-8") as src, click.open_file(output_path, "w", encoding="utf-8") as dst:
        counts = redact_stream(src, dst, spec, workers=procs)
    click.echo(json.dumps(counts), err=True)


@cli.group("eval")
def eval_group() -> None:
    """Evaluate against gold-labelled data."""


@eval_group.command("redaction")
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False), help="JSONL with text and spans.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--ner/--no-ner", default=None, help="Statistical NER (default: on when installed).")
def eval_redaction(gold: str, as_json: bool, ner: bool | None) -> None:
    """Per-entity recall, character precision and F2 of the redactor on FILE."""
    from .redaction.evaluate import evaluate, format_report, load_jsonl
    from .redaction.redactor import Redactor

    result = evaluate(Redactor.default(ner=ner), load_jsonl(gold))
    click.echo(json.dumps(result, indent=2) if as_json else format_report(result))


@cli.group("bench")
def bench_group() -> None:
    """Benchmarks."""


@bench_group.command("redaction")
@click.option("--docs", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Gold JSONL (default: ../shared/data/pii/presidio_synth_v2.jsonl beside the repository).")
@click.option("--limit", type=int, default=None, help="Only the first N documents.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
def bench_redaction(docs: str | None, limit: int | None, as_json: bool) -> None:
    """EdgeBatch vs Presidio on the same documents: recall, precision, docs/s per core."""
    from .redaction.bench import compare, format_comparison
    from .redaction.evaluate import load_jsonl

    path = Path(docs) if docs else Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "pii" / "presidio_synth_v2.jsonl"
    records = load_jsonl(path)[:limit]
    systems = compare(records)
    click.echo(json.dumps(systems, indent=2) if as_json else format_comparison(systems))


def _print_summary(record: dict[str, Any], as_json: bool) -> None:
    summary = {
        "batch_id": record["batch_id"], "status": record["status"], "pipeline": record.get("pipeline"),
        "total": record.get("total_docs", 0), "succeeded": record.get("succeeded", 0),
        "errored": record.get("errored", 0), "cancelled": record.get("cancelled", 0),
        "docs_per_s": record.get("docs_per_s"),
        "elapsed_s": round((record.get("finished_at") or time.time()) - record["created_at"], 2),
    }
    if as_json:
        click.echo(json.dumps(summary))
    else:
        click.echo(" ".join(f"{k}={v}" for k, v in summary.items()))


def _print_table(rows: list[dict[str, Any]], columns: list[str]) -> None:
    if not rows:
        click.echo("(no rows)")
        return
    widths = {c: min(40, max(len(c), *(len(str(r.get(c, ""))) for r in rows))) for c in columns}
    click.echo("  ".join(c.ljust(widths[c]) for c in columns))
    for row in rows:
        click.echo("  ".join(str(row.get(c, ""))[: widths[c]].ljust(widths[c]) for c in columns))


def main() -> None:
    """Entry point: EdgeBatch errors print as one clear line and exit 2."""
    try:
        cli(standalone_mode=True)
    except EdgeBatchError as exc:
        click.echo(f"edgebatch: error: {exc}", err=True)
        sys.exit(2)
    except BrokenPipeError:  # `edgebatch results ... | head`
        sys.stderr.close()
        os._exit(0)
