"""The ``edgebatch`` command: thin click commands over ``edgebatch.api``; parsing and printing only."""

from __future__ import annotations

import csv
import json
import logging
import os
import sys
import time
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from . import __version__
from .api import EdgeBatch
from .batch import BatchStatus
from .broker import EmbeddedBroker
from .config import Settings
from .errors import EdgeBatchError
from .progress import ProgressDisplay, say

if TYPE_CHECKING:
    from .models import ModelEntry


def _settings() -> Settings:
    return Settings.load()


def _set_tenant(ctx: click.Context, param: click.Parameter, value: str | None) -> None:
    if value:  # through the environment, so worker pools started from here inherit it
        os.environ["EDGEBATCH_TENANT"] = value


def _set_token_file(ctx: click.Context, param: click.Parameter, value: Path | None) -> None:
    if value:  # the command line wins over a token in the environment; the file is read (0600 checked) by Settings
        os.environ.pop("EDGEBATCH_TOKEN", None)
        os.environ["EDGEBATCH_TOKEN_FILE"] = str(value.resolve())


def tenant_option(command: Any) -> Any:
    """``--tenant`` and ``--token-file``: who the caller is (see ``identity.py``)."""
    command = click.option("--token-file", type=click.Path(dir_okay=False, path_type=Path), default=None,
                           expose_value=False, callback=_set_token_file, is_eager=True,
                           help="File (mode 0600) holding your API token (default: EDGEBATCH_TOKEN_FILE or "
                                "EDGEBATCH_TOKEN); needed when tenants.yaml has token_sha256 entries.")(command)
    return click.option("--tenant", default=None, expose_value=False, callback=_set_tenant, is_eager=True,
                        help="Tenant to act as (default: EDGEBATCH_TENANT, else `default`; with tokens: "
                             "the token's tenant, and another one is refused).")(command)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="edgebatch")
@tenant_option
def cli() -> None:
    """EdgeBatch: batch-process sensitive documents with local models, redaction first."""
    from .log import configure_logging

    configure_logging(os.environ.get("EDGEBATCH_LOG_FORMAT", "text"), logging.WARNING)


@cli.command()
@tenant_option
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
@tenant_option
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
@click.option("--queues", default=None, help="Comma-separated queues (default: the model and control queues and "
              "every queue a spec in the pipelines folder names).")
@click.option("--name", default=None, help="Worker host name shown in Flower.")
@click.option("--loglevel", default="INFO", show_default=True)
@click.option("--metrics-port", type=int, default=None, help="Serve Prometheus /metrics on this port.")
def worker(procs: int | None, cpus: str | None, queues: str | None, name: str | None, loglevel: str,
           metrics_port: int | None) -> None:
    """Run a Celery worker: prefork children pinned to disjoint cores, model loaded once each."""
    from .worker import start_worker

    logging.getLogger("edgebatch").setLevel(loglevel.upper())
    kwargs: dict[str, Any] = {}
    if queues:
        kwargs["queues"] = tuple(q.strip() for q in queues.split(",") if q.strip())
    start_worker(_settings(), procs=procs, cpus=cpus, name=name, loglevel=loglevel, metrics_port=metrics_port,
                 **kwargs)


@cli.command()
@tenant_option
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
@tenant_option
@click.argument("batch_id")
def cancel(batch_id: str) -> None:
    """Cancel BATCH_ID: shards not yet started end as `cancelled`; finished results are kept."""
    click.echo(EdgeBatch(_settings()).cancel(batch_id).value)


@cli.command()
@tenant_option
@click.argument("batch_id")
@click.option("--json", "as_json", is_flag=True, help="Print what was done as JSON.")
def resume(batch_id: str, as_json: bool) -> None:
    """Re-enqueue the shards of BATCH_ID that nothing will run (queue lost, workers killed)."""
    report = EdgeBatch(_settings()).resume(batch_id)
    if as_json:
        click.echo(json.dumps(report))
        return
    notes = ["state rebuilt from storage"] if report["rebuilt"] else []
    notes += ["finalising"] if report["finalize"] else []
    click.echo("; ".join([f"{batch_id}: {report['status']}", f"requeued shards {report['requeued'] or 'none'}",
                          f"{len(report['queued'])} still queued, {len(report['held'])} held by live workers", *notes]))


@cli.command()
@tenant_option
@click.argument("batch_id")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
@click.option("--dataset", type=click.Choice(["results", "audit", "errors"]), default="results", show_default=True)
@click.option("--text/--no-text", "with_text", default=False, help="Include the redacted text column.")
def results(batch_id: str, fmt: str, dataset: str, with_text: bool) -> None:
    """Read a finished batch's Parquet back as a table, JSONL or CSV."""
    table = EdgeBatch(_settings()).results(batch_id, dataset)
    if not with_text and "redacted_text" in table.column_names:
        table = table.drop_columns(["redacted_text"])
    _print_rows(table.to_pylist(), table.column_names, fmt)


@cli.command()
@tenant_option
@click.argument("batch_id")
@click.option("--out", "out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="HTML file to write (default: report-BATCH.html).")
@click.option("--prices", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Cloud price table YAML (default: EDGEBATCH_PRICE_TABLE or the bundled table).")
@click.option("--hardware-cost", type=float, default=0.0, show_default=True, help="Price of the hardware (USD).")
@click.option("--watts", type=float, default=0.0, show_default=True, help="Average power draw while processing (W).")
@click.option("--kwh-price", type=float, default=0.30, show_default=True, help="Electricity price (USD per kWh).")
def report(batch_id: str, out: Path | None, prices: Path | None, hardware_cost: float, watts: float,
           kwh_price: float) -> None:
    """Write one self-contained HTML page: throughput, latency, outcomes, PII, tokens, cloud cost, payback."""
    from .report import Hardware, write_report

    settings = _settings()
    path = write_report(EdgeBatch(settings), batch_id, out or Path(f"report-{batch_id}.html"),
                        prices_path=prices or settings.price_table,
                        hardware=Hardware(cost_usd=hardware_cost, watts=watts, kwh_price=kwh_price))
    click.echo(str(path))


@cli.group()
def tenants() -> None:
    """Tenant identity: API tokens for tenants.yaml, and who you are."""


@tenants.command("token")
@click.argument("name")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the token to this new file (mode 0600) instead of printing it.")
def tenants_token(name: str, out: Path | None) -> None:
    """Make a random API token for tenant NAME: shown once (or written to --out), never stored;
    tenants.yaml keeps only its sha256."""
    from .identity import new_token

    token, digest = new_token(name)
    if out is not None:
        try:
            fd = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:
            raise click.ClickException(f"{out} exists; choose a new file") from None
        with os.fdopen(fd, "w") as handle:
            handle.write(token + "\n")
        click.echo(f"# the token of tenant {name} is in {out} (mode 0600): give it with --token-file or "
                   "EDGEBATCH_TOKEN_FILE")
    else:
        click.echo(f"# the token of tenant {name}, shown once and stored nowhere: keep it in a 0600 file for "
                   "--token-file / EDGEBATCH_TOKEN_FILE")
        click.echo(token)
    click.echo(f"# add to tenants.yaml (several tokens per tenant may be listed; remove one to revoke it):\n"
               f"tenants:\n  {name}:\n    token_sha256: [{digest}]")


@tenants.command("whoami")
@tenant_option
def tenants_whoami() -> None:
    """The tenant you act as, and whether a token proved it."""
    from .identity import resolve

    identity = resolve(_settings())
    how = "authenticated by token" if identity.authenticated else "claimed: no tenant tokens configured"
    click.echo(f"{identity.tenant} ({how})")


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


@cli.command()
@click.option("--port", type=int, default=None, help="HTTP port (default: EDGEBATCH_FLOWER_PORT, 5555).")
@click.option("--basic-auth", default=None, help="USER:PASSWORD (default: EDGEBATCH_FLOWER_BASIC_AUTH).")
@click.option("--insecure-local", is_flag=True, help="Allow no credentials; binds 127.0.0.1 only.")
def flower(port: int | None, basic_auth: str | None, insecure_local: bool) -> None:
    """Run Flower (workers, queues, tasks; Prometheus /metrics) with basic auth, task contents hidden."""
    from .monitor import run_flower

    run_flower(_settings(), port=port, basic_auth=basic_auth, insecure_local=insecure_local)


@cli.command()
@click.option("--loglevel", default="INFO", show_default=True)
def beat(loglevel: str) -> None:
    """Run Celery beat: send each scheduled pipeline's run (one beat at a time, lock in the broker)."""
    from .log import configure_logging
    from .schedule import run_beat

    settings = _settings()
    configure_logging(settings.log_format, loglevel)
    run_beat(settings, loglevel)


@cli.command()
@click.option("--json", "as_json", is_flag=True, help="Print JSON.")
def schedules(as_json: bool) -> None:
    """Scheduled pipelines: cron line, time zone, source, last and next run."""
    from .schedule import list_schedules

    rows = list_schedules(_settings())
    if as_json:
        click.echo(json.dumps(rows, indent=2))
    elif not rows:
        click.echo("no pipeline has a schedule")
    for row in rows if not as_json else []:
        click.echo(f"{row['pipeline']:<16} {row['cron']:<16} {row['timezone']:<18} next {row['next_run']}  "
                   f"last {row['last_run'] or '-'}  source {row['source']}")


@cli.command("config")
def show_config() -> None:
    """Print the effective settings, secrets masked."""
    click.echo(json.dumps(_settings().masked(), indent=2))


@cli.group()
def models() -> None:
    """The model registry."""


@models.command("list")
def models_list() -> None:
    """Registered models: name, engine, source (file, package or endpoint), context, format, identity."""
    from .models import load_registry

    for entry in load_registry(_settings()).values():
        if entry.is_remote:
            source = f"{entry.base_url} model {entry.remote_model}"
            if entry.api_key_env:
                source += f" key ${entry.api_key_env}"
        else:
            source = str(entry.path or f"package {entry.package}")
        click.echo(f"{entry.name}\t{entry.engine}\t{source}\tctx {entry.context_size}\t{entry.prompt_format}"
                   f"\t{entry.identity}")


@models.command("verify")
@click.argument("name", required=False)
def models_verify(name: str | None) -> None:
    """Assemble (if needed) and sha256-check a model file; for an endpoint, check it is reachable."""
    from .models import get_model, model_path

    settings = _settings()
    entry = get_model(settings, name)
    if entry.is_remote:
        _verify_endpoint(entry)
        return
    say(f"verifying model {entry.name} (assembling it on first use)")
    click.echo(f"{entry.name}: {model_path(settings, entry)} ok (sha256 {entry.sha256})")


def _verify_endpoint(entry: ModelEntry) -> None:
    """An endpoint has no file to hash: list its models instead (exit 1 if it cannot be reached)."""
    from .engines.openai_http import OpenAIHTTPEngine
    from .errors import EngineError

    assert entry.base_url
    engine = OpenAIHTTPEngine(base_url=entry.base_url, model=entry.remote_model, name=entry.name,
                              api_key=entry.api_key(), api_key_env=entry.api_key_env,
                              timeout_s=min(entry.timeout_s, 10.0), max_retries=1)
    say(f"{entry.name}: remote endpoint, nothing to hash; checking {entry.base_url}")
    try:
        served = engine.list_models()
    except EngineError as exc:
        raise click.ClickException(str(exc)) from exc
    if entry.remote_model in served:
        click.echo(f"{entry.name}: {entry.base_url} reachable, serves {entry.remote_model} ok ({entry.identity})")
    else:
        # Not fatal: some servers ignore the model field or list tagged names (Ollama: name:latest).
        listed = ", ".join(served) or "none"
        click.echo(f"{entry.name}: {entry.base_url} reachable, but it does not list model {entry.remote_model!r} "
                   f"(it lists: {listed}); check the entry's `model`")


@cli.group()
def pipelines() -> None:
    """Pipeline specs in EDGEBATCH_PIPELINES_DIR (default: the bundled pipelines/)."""


@pipelines.command("list")
def pipelines_list() -> None:
    """Every spec in the pipelines folder: name, input, stage groups and their queues (or why it is invalid)."""
    from .catalog import list_specs, summarize_groups

    folder = _settings().pipelines_dir
    entries = list_specs(folder)
    if not entries:
        click.echo(f"(no pipeline specs in {folder})")
    for entry in entries:
        if entry.spec is None:
            click.echo(f"{entry.path.stem:<16} INVALID  {entry.error}")
            continue
        spec = entry.spec
        click.echo(f"{spec.name:<16} v{spec.version}  {spec.input:<9} {spec.data_classification.value:<12} "
                   f"{summarize_groups(spec)}")


@pipelines.command("show")
@click.argument("name")
def pipelines_show(name: str) -> None:
    """NAME's spec (a name in the pipelines folder or a file) with every default filled in and its stage groups."""
    from .catalog import check_spec, describe
    from .pipeline import find_spec

    spec = find_spec(_settings().pipelines_dir, name)
    check_spec(spec)
    click.echo(describe(spec), nl=False)


@pipelines.command("validate")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def pipelines_validate(file: Path) -> None:
    """Check FILE: unknown keys, types, stage options and prompts (errors name file, line, key)."""
    from .catalog import validate_file

    spec = validate_file(file)
    click.echo(f"{file}: ok (pipeline {spec.name} v{spec.version}, {len(spec.stages)} stages)")


@cli.group("eval")
def evaluate() -> None:
    """Measure a pipeline's quality on labelled data."""


@evaluate.command("transactions")
@click.option("--data", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Labelled CSV/Parquet with PaySim columns and isFraud (default: the training sample's "
                   "validation split).")
@click.option("--threshold", type=float, default=None, help="Decision threshold (default: the pipeline's).")
@click.option("--pipeline", "-p", default="transactions", show_default=True)
@click.option("--json", "as_json", is_flag=True)
def eval_transactions(data: Path | None, threshold: float | None, pipeline: str, as_json: bool) -> None:
    """PR-AUC, precision and recall of the fraud model next to the two PaySim baselines."""
    from .fraud.evaluate import evaluate_pipeline

    report = evaluate_pipeline(find_spec_for(pipeline), data=data, threshold=threshold)
    if as_json:
        click.echo(json.dumps({k: v for k, v in report.items() if k != "lines"}, indent=2))
        return
    click.echo(f"{report['data']} ({report['split']} rows: {report['rows']}, frauds: {report['frauds']})")
    click.echo("\n".join(report["lines"]))
    click.echo(f"model beats both baselines on PR-AUC: {report['beats_baselines']}")


@cli.group()
def audit() -> None:
    """The audit trail (write-once audit files, hash-chained audit log)."""


@audit.command("verify")
@tenant_option
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def audit_verify(as_json: bool) -> None:
    """Prove the audit chain unbroken and every document of every batch audited (exit 1 if not)."""
    from .audit import verify

    report = verify(_storage())
    if as_json:
        click.echo(json.dumps(report.as_dict(), indent=2))
    else:
        for problem in report.problems:
            click.echo(f"PROBLEM {problem}")
        if report.unchained_batches:
            click.echo(f"{len(report.unchained_batches)} batches were committed before the audit log existed; "
                       "`edgebatch audit adopt` adds their entries")
        click.echo(f"{'ok' if report.ok else 'FAILED'}: {report.entries} audit log entries, {report.batches} batches, "
                   f"{report.documents} documents, {report.erasures} erasures, {report.locked} locked objects")
    if not report.ok:
        sys.exit(1)


@audit.command("adopt")
@tenant_option
def audit_adopt() -> None:
    """Chain the batches committed before the audit log existed (they have no audit log entry)."""
    from .audit import adopt, lock_for

    settings = _settings()
    adopted = adopt(_storage(settings), lock_for(settings.audit_lock_mode, settings.audit_lock_days))
    click.echo(f"{len(adopted)} batches chained" + (": " + ", ".join(adopted) if adopted else ""))


@cli.group()
def retention() -> None:
    """Expiry of results, errors and staged input after EDGEBATCH_RETENTION_DAYS."""


@retention.command("apply")
@tenant_option
@click.option("--days", type=int, default=None, help="Override EDGEBATCH_RETENTION_DAYS.")
def retention_apply(days: int | None) -> None:
    """S3: set bucket lifecycle rules. Local: delete partitions older than the retention (run daily)."""
    from .retention import apply

    settings = _settings()
    click.echo(json.dumps(apply(_storage(settings), days or settings.retention_days), indent=2))


@cli.command()
@tenant_option
@click.option("--doc-sha256", default=None, help="sha256 of the document's original bytes (from the audit).")
@click.option("--doc-id", default=None, help="The document id (custom_id or relative path).")
def erase(doc_sha256: str | None, doc_id: str | None) -> None:
    """Erase a document's rows from every result and error file; record it in the audit log.

    With tenant tokens configured, only the rows of the token's tenant."""
    from .audit import lock_for
    from .identity import authenticate
    from .retention import erase as erase_document

    settings, identity = authenticate(_settings())  # the token's tenant's storage, not the claimed one's
    report = erase_document(_storage(settings), doc_sha256=doc_sha256, doc_id=doc_id,
                            lock=lock_for(settings.audit_lock_mode, settings.audit_lock_days),
                            tenant=identity.tenant if identity.authenticated else None)
    click.echo(json.dumps(report, indent=2))


@cli.command()
@tenant_option
@click.argument("sql")
@click.option("--format", "fmt", type=click.Choice(["table", "jsonl", "csv"]), default="table", show_default=True)
def query(sql: str, fmt: str) -> None:
    """Run SQL (DuckDB) over the views `results`, `audit` and `errors`."""
    from .identity import authenticate
    from .query import run as run_query

    settings, _ = authenticate(_settings())
    table = run_query(_storage(settings), settings, sql)
    _print_rows(table.to_pylist(), table.column_names, fmt)


@cli.group()
def bench() -> None:
    """Throughput benchmarks."""


@bench.command("transactions")
@click.option("--rows", type=int, default=1_000_000, show_default=True)
@click.option("--cpu", type=int, default=None, help="Pin to this CPU (default: the first available).")
@click.option("--pipeline", "-p", default="transactions", show_default=True)
def bench_transactions(rows: int, cpu: int | None, pipeline: str) -> None:
    """Transactions per second per core through the scoring stage (shards as in a worker)."""
    from .fraud.bench import bench as run_bench

    cpu = sorted(os.sched_getaffinity(0))[0] if cpu is None else cpu
    report = run_bench(find_spec_for(pipeline), rows=rows, cpu=cpu)
    click.echo(json.dumps(report))


@bench.command("load")
@click.option("--docs", type=int, default=100_000, show_default=True, help="Documents in the batch (one JSONL).")
@click.option("--shard-size", type=int, default=2000, show_default=True, help="Documents per shard task.")
@click.option("--procs", type=int, default=2, show_default=True, help="Worker processes.")
@click.option("--cpus", default=None, help="CPU list for the worker pool (default: all available).")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the measurements to this file.")
def bench_load(docs: int, shard_size: int, procs: int, cpus: str | None, json_out: Path | None) -> None:
    """A large batch end to end (submit to commit) through a real broker and worker pool: docs/s, memory."""
    from .loadbench import run as run_bench

    say(f"load benchmark: {docs} documents in shards of {shard_size}, {procs} worker processes (scratch data dir)")
    report = run_bench(_settings(), docs=docs, shard_size=shard_size, procs=procs, cpus=cpus)
    text = json.dumps(report, indent=2)
    click.echo(text)
    if json_out:
        json_out.write_text(text + "\n")


def find_spec_for(name: str) -> Any:
    from .pipeline import find_spec

    return find_spec(_settings().pipelines_dir, name)

@evaluate.command("contracts")
@click.option("--data", "data_dir", type=click.Path(exists=True, file_okay=False, path_type=Path), default=None,
              help="Folder with contractnli_test_docs.jsonl and contractnli_test_pairs.jsonl "
                   "(default: ../shared/data/contracts beside the repository).")
@click.option("--limit", type=int, default=None, help="Only the first N contracts.")
@click.option("--skip", type=int, default=0, help="Skip the first N contracts (e.g. to score a held-out part).")
@click.option("--engine", type=click.Choice(["fake", "llamacpp"]), default="fake", show_default=True,
              help="llamacpp also scores retrieval + model verification (slow: ~2 s per candidate); "
                   "fake = retrieval only.")
@click.option("--pipeline", "-p", default="contracts", show_default=True, help="Pipeline name or spec file.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def eval_contracts(data_dir: Path | None, limit: int | None, skip: int, engine: str | None, pipeline: str,
                   as_json: bool) -> None:
    """Clause detection on ContractNLI: per-hypothesis precision/recall, macro F1 vs a keyword baseline."""
    from .evaluation.contracts import DEFAULT_DATA, evaluate, format_report
    from .pipeline import find_spec
    from .runtime import build_engine

    settings = _settings().model_copy(update={"engine": engine})
    spec = find_spec(settings.pipelines_dir, pipeline)
    report = evaluate(spec, data_dir or DEFAULT_DATA, limit=limit, skip=skip, engine_name=settings.engine,
                      engine_factory=lambda: build_engine(settings, n_threads=len(os.sched_getaffinity(0))))
    click.echo(json.dumps(report.to_dict(), indent=1) if as_json else format_report(report))


@evaluate.command("radiology")
@click.option("--gold", "gold_file", type=click.Path(exists=True, dir_okay=False, path_type=Path), required=True,
              help="JSONL, one report a line: {\"text\": ..., \"label\": \"normal\"|\"abnormal\"}.")
@click.option("--pipeline", "-p", default="radiology", show_default=True, help="Pipeline name or spec file.")
@click.option("--stage", default="normal_abnormal", show_default=True, help="The classify stage to score.")
@click.option("--json", "as_json", is_flag=True, help="Print the report as JSON.")
def eval_radiology(gold_file: Path, pipeline: str, stage: str, as_json: bool) -> None:
    """Normal/abnormal on your labelled reports: precision, recall, F1 for abnormal vs a keyword baseline."""
    from .evaluation.radiology import evaluate, format_report
    from .pipeline import find_spec

    spec = find_spec(_settings().pipelines_dir, pipeline)
    report = evaluate(spec, gold_file, stage=stage)
    click.echo(json.dumps(report.to_dict(), indent=1) if as_json else format_report(report))


@bench.command("routing")
@click.option("--n", "n", type=int, default=20_000, show_default=True, help="Routing decisions to time.")
@click.option("--no-broker", is_flag=True, help="Time the pure decision only (no broker round trips).")
def bench_routing(n: int, no_broker: bool) -> None:
    """Milliseconds per routing decision (target: < 1 ms per document), alone and with the broker."""
    from .broker import broker_url, redis_client
    from .routing.bench import run as run_bench
    from .routing.budget import BudgetLedger

    settings = _settings()
    ledger = None if no_broker else BudgetLedger(redis_client(broker_url(settings)))
    click.echo(json.dumps(run_bench(n=n, ledger=ledger), indent=2))


@bench.command("storage")
@click.option("--rows", type=int, default=100_000, show_default=True, help="Documents (one result row each).")
@click.option("--shard-size", type=int, default=1000, show_default=True, help="Documents per shard part.")
def bench_storage(rows: int, shard_size: int) -> None:
    """Result rows/s into Parquet on the configured storage (parts per shard, then compaction)."""
    from .storage.bench import run as run_bench

    say(f"writing {rows} synthetic result rows in shards of {shard_size}, then compacting")
    click.echo(json.dumps(run_bench(_storage(), rows=rows, shard_size=shard_size), indent=2))


@bench.command("inference")
@click.option("--docs", "docs_path", type=click.Path(exists=True, path_type=Path), default=None,
              help="JSONL (id, text) or folder of .txt; default: ../shared MTSamples radiology, else the samples.")
@click.option("--n", type=int, default=16, show_default=True, help="Documents per round.")
@click.option("--repeat", type=int, default=3, show_default=True, help="Rounds (the median round is reported).")
@click.option("--pipeline", default="radiology", show_default=True, help="Pipeline whose prompts are used.")
@click.option("--threads", type=int, default=None, help="Model threads (default: the CPUs this process may use).")
@click.option("--scaling-n", type=int, default=32, show_default=True,
              help="Documents per round of the 1-process vs 2-process pool comparison (0 = skip).")
@click.option("--json", "json_out", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Also write the report to this file.")
def bench_inference(docs_path: Path | None, n: int, repeat: int, pipeline: str, threads: int | None,
                    scaling_n: int, json_out: Path | None) -> None:
    """A plain llama.cpp loop vs EdgeBatch's engine, batched engine and full pipeline (same documents)."""
    from .engines.bench import run as run_bench

    report = run_bench(_settings(), docs_path=docs_path, n=n, repeat=repeat, pipeline=pipeline, threads=threads,
                       scaling_n=scaling_n, progress=say)
    text = json.dumps(report, indent=2)
    if json_out:
        json_out.write_text(text + "\n")
    click.echo(text)


def _storage(settings: Settings | None = None) -> Any:
    """The storage of the caller's tenant (``--tenant``): its own, or the installation's."""
    from .storage.tenant import storage_for

    settings = settings or _settings()
    return storage_for(settings, settings.tenant)


def _print_rows(rows: list[dict[str, Any]], columns: list[str], fmt: str) -> None:
    for row in rows:
        for key, value in row.items():
            if hasattr(value, "isoformat"):
                row[key] = value.isoformat()
    if fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False, default=str))
    elif fmt == "csv":
        writer = csv.DictWriter(sys.stdout, fieldnames=columns)
        writer.writeheader()
        writer.writerows(rows)
    else:
        _print_table(rows, columns)

@cli.command()
@click.option("--input", "input_path", required=True, type=click.Path(dir_okay=False, allow_dash=True),
              help="JSONL, one {\"id\", \"text\"} per line (- for stdin).")
@click.option("--output", "output_path", required=True, type=click.Path(dir_okay=False, allow_dash=True))
@click.option("--policy", default="mask", show_default=True, help="mask, pseudonym or research.")
@click.option("--workers", type=int, default=None, help="Processes (default: all cores given to this process).")
@click.option("--ner/--no-ner", default=None, help="Statistical NER (default: on when installed).")
@click.option("--ages", type=click.Choice(["over_89", "all"]), default=None,
              help="Mask ages over 89 only (HIPAA Safe Harbor, the default) or every age.")
def redact(input_path: str, output_path: str, policy: str, workers: int | None, ner: bool | None,
           ages: str | None) -> None:
    """Redact a JSONL file: each output line keeps `id` and adds `redacted` and `spans`."""
    from .redaction.policy import POLICIES
    from .redaction.stream import redact_stream

    if policy not in POLICIES:
        raise click.BadParameter(f"one of {', '.join(POLICIES)}", param_hint="--policy")
    update: dict[str, Any] = {"ner": ner} if ner is not None else {}
    if ages is not None:
        update["ages"] = ages
    spec = POLICIES[policy].model_copy(update=update)
    procs = workers or len(os.sched_getaffinity(0))
    with click.open_file(input_path, encoding="utf-8") as src, click.open_file(output_path, "w", encoding="utf-8") as dst:
        counts = redact_stream(src, dst, spec, workers=procs)
    click.echo(json.dumps(counts), err=True)


@evaluate.command("redaction")
@click.option("--gold", required=True, type=click.Path(exists=True, dir_okay=False), help="JSONL with text and spans.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--ner/--no-ner", default=None, help="Statistical NER (default: on when installed).")
@click.option("--ages", type=click.Choice(["over_89", "all"]), default="over_89", show_default=True,
              help="Ages policy: over 89 only (HIPAA Safe Harbor) or every age.")
@click.option("--misses", is_flag=True,
              help="Also list each missed gold span as record id, label and offsets (never its text).")
def eval_redaction(gold: str, as_json: bool, ner: bool | None, ages: str, misses: bool) -> None:
    """Per-entity recall, character precision and F2 of the redactor on FILE."""
    from .redaction.evaluate import evaluate, format_misses, format_report, load_gold
    from .redaction.redactor import Redactor

    result = evaluate(Redactor.default(ner=ner, ages=ages), load_gold(gold), misses=misses)  # type: ignore[arg-type]
    if as_json:
        click.echo(json.dumps(result, indent=2))
        return
    click.echo(format_report(result))
    if misses:
        click.echo(format_misses(result))


@bench.command("redaction")
@click.option("--docs", default=None, type=click.Path(exists=True, dir_okay=False),
              help="Gold JSONL (default: ../shared/data/pii/presidio_synth_v2.jsonl beside the repository).")
@click.option("--limit", type=int, default=None, help="Only the first N documents.")
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object.")
@click.option("--ages", type=click.Choice(["over_89", "all"]), default="over_89", show_default=True,
              help="EdgeBatch's ages policy: over 89 only (HIPAA Safe Harbor) or every age.")
def bench_redaction(docs: str | None, limit: int | None, as_json: bool, ages: str) -> None:
    """EdgeBatch vs Presidio on the same documents: recall, precision, docs/s per core."""
    from .redaction.bench import compare, format_comparison
    from .redaction.evaluate import load_gold

    path = Path(docs) if docs else Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "pii" / "presidio_synth_v2.jsonl"
    records = load_gold(path)[:limit]
    systems = compare(records, ages=ages)
    click.echo(json.dumps(systems, indent=2) if as_json else format_comparison(systems))


def _print_summary(record: dict[str, Any], as_json: bool) -> None:
    summary = {
        "batch_id": record["batch_id"], "status": record["status"], "pipeline": record.get("pipeline"),
        "tenant": record.get("tenant", "default"), "total": record.get("total_docs", 0), "succeeded": record.get("succeeded", 0),
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
    code: int | str | None = 0
    try:
        cli(standalone_mode=True)
    except SystemExit as exc:
        code = exc.code
    except EdgeBatchError as exc:
        click.echo(f"edgebatch: error: {exc}", err=True)
        code = 2
    except BrokenPipeError:  # `edgebatch results ... | head`
        sys.stderr.close()
        os._exit(0)
    _exit_now(code)


def _exit_now(code: int | str | None) -> None:
    """Flush and leave without the interpreter's teardown: pyarrow/DuckDB native thread pools
    abort the process at teardown now and then ("terminate called without an active exception",
    SIGABRT) after all output was written, which turned finished commands into failures."""
    if isinstance(code, str):
        click.echo(code, err=True)
        code = 1
    logging.shutdown()
    for stream in (sys.stdout, sys.stderr):
        try:
            stream.flush()
        except (BrokenPipeError, ValueError):
            pass
    os._exit(code or 0)
