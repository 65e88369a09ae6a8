"""JSONL: one document per line, either ``{"custom_id", "text"}`` or an OpenAI batch request
``{"custom_id", "method", "url", "body": {"messages": [...]}}`` (text = the user messages)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from .base import InputDocument, decode_text, error_document, sha256_bytes


def jsonl_documents(rel: str, data: bytes, *, max_bytes: int) -> Iterator[InputDocument]:
    text, code, message = decode_text(data)
    if text is None:
        yield error_document(rel, data, code or "unreadable", message or "unreadable")
        return
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        raw = line.encode()
        source = f"{rel}:{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as exc:
            yield error_document(source, raw, "malformed_jsonl",
                                 f"line {number} is not valid JSON (column {exc.colno})")
            continue
        if not isinstance(record, dict):
            yield error_document(source, raw, "malformed_jsonl", f"line {number} is not a JSON object")
            continue
        custom_id = record.get("custom_id")
        if not isinstance(custom_id, str) or not custom_id.strip():
            yield error_document(source, raw, "missing_custom_id", f'line {number} has no "custom_id" string')
            continue
        body, problem = _body_text(record)
        if body is None:
            yield error_document(custom_id, raw, problem[0], f"line {number} {problem[1]}", source=source)
            continue
        if len(raw) > max_bytes:
            yield error_document(custom_id, raw, "too_large",
                                 f"line {number} has {len(raw)} bytes; the limit is {max_bytes}", source=source)
            continue
        yield InputDocument(custom_id, source, sha256_bytes(body.encode()), len(raw), text=body)


def _body_text(record: dict[str, Any]) -> tuple[str | None, tuple[str, str]]:
    """The text of a line: ``text``, or the user messages of an OpenAI batch request body."""
    if "body" in record and "text" not in record:
        body = record["body"]
        messages = body.get("messages") if isinstance(body, dict) else None
        if not isinstance(messages, list):
            return None, ("malformed_batch_request", 'has a "body" without a "messages" list')
        parts = [_content_text(m.get("content")) for m in messages if isinstance(m, dict) and m.get("role") == "user"]
        text = "\n\n".join(p for p in parts if p)
        if not text.strip():
            return None, ("empty", "has no user message text")
        return text, ("", "")
    body_text = record.get("text")
    if not isinstance(body_text, str) or not body_text.strip():
        return None, ("empty", 'has no non-empty "text" string')
    return body_text, ("", "")


def _content_text(content: Any) -> str:
    """A message's content: a string, or a list of parts of which the ``text`` ones count."""
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "\n".join(p["text"] for p in content
                         if isinstance(p, dict) and p.get("type") == "text" and isinstance(p.get("text"), str))
    return ""
