"""Plain text, Markdown and ``.json`` documents (a string, or an object with a ``text`` string)."""

from __future__ import annotations

import json


def json_text(text: str) -> tuple[str | None, str | None, str | None]:
    try:
        value = json.loads(text)
    except json.JSONDecodeError as exc:
        return None, "malformed_json", f"invalid JSON at line {exc.lineno} column {exc.colno}"
    except (ValueError, RecursionError) as exc:  # nesting too deep, integers with too many digits
        return None, "malformed_json", f"the JSON cannot be read ({type(exc).__name__})"
    if isinstance(value, dict) and isinstance(value.get("text"), str):
        value = value["text"]
    if not isinstance(value, str) or not value.strip():
        return None, "malformed_json", 'a .json document must be a string or an object with a "text" string'
    return value, None, None
