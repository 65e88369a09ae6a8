"""One routed batch against a real OpenAI-compatible server (``python -m llama_cpp.server`` with the
default model) as the on-prem endpoint: internal documents go there; restricted ones never do (its
access log proves it)."""

from __future__ import annotations

import yaml

from ..conftest import LLAMA_SERVER_KEY, REPO
from .conftest import audit_rows, provider_table


def _posts(server) -> int:
    return server.log.read_text(errors="replace").count("POST /v1/")


def test_real_server_gets_internal_documents_and_never_restricted_ones(installation, llama_server,
                                                                       monkeypatch) -> None:
    models = yaml.safe_load((REPO / "edgebatch" / "models.yaml").read_text())
    models["models"]["gpu-server"] = {"engine": "openai", "base_url": llama_server.base_url,
                                      "model": llama_server.model, "api_key_env": "EB_TEST_LLAMA_KEY",
                                      "context_size": llama_server.n_ctx}
    (installation.root / "models.yaml").write_text(yaml.safe_dump(models))
    monkeypatch.setenv("EB_TEST_LLAMA_KEY", LLAMA_SERVER_KEY)
    installation.configure(providers=provider_table(on_prem=True, allowed=["public", "internal"]))
    table = yaml.safe_load((installation.root / "providers.yaml").read_text())
    table["providers"]["gpu-server"].update(timeout_s=300, context_size=llama_server.n_ctx)
    (installation.root / "providers.yaml").write_text(yaml.safe_dump(table))
    installation.docs(["001-chest-xray.txt", "002-ct-head.txt"])

    before = _posts(llama_server)
    batch_id, client, _ = installation.run("restricted")
    assert _posts(llama_server) == before, "no restricted document reached the server"
    assert {r["provider"] for r in audit_rows(client, batch_id)} == {"local"}

    batch_id, client, _ = installation.run("internal")
    rows = audit_rows(client, batch_id)
    assert _posts(llama_server) > before
    assert {r["provider"] for r in rows} == {"gpu-server"} and {r["outcome"] for r in rows} == {"succeeded"}
    assert all(r["route_reason"].startswith("remote:") for r in rows)
