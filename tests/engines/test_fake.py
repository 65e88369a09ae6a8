"""The scripted FakeEngine used by pipeline tests."""

from __future__ import annotations

import pytest

from edgebatch.engines.base import Engine, Generation, GenerationRequest
from edgebatch.engines.fake import FakeEngine


def test_is_an_engine_and_empty_call() -> None:
    eng = FakeEngine()
    assert isinstance(eng, Engine)
    assert eng.generate([]) == []
    assert eng.calls == [[]]


def test_list_outputs_consumed_in_order_and_history() -> None:
    eng = FakeEngine(["first answer", "second answer"], default="fallback")
    reqs = [GenerationRequest(prompt=f"p{i} words here") for i in range(3)]
    out = eng.generate(reqs[:2]) + eng.generate(reqs[2:])
    assert [g.text for g in out] == ["first answer", "second answer", "fallback"]
    assert eng.history == reqs
    assert [len(c) for c in eng.calls] == [2, 1]
    assert eng.remaining == 0
    assert all(isinstance(g, Generation) and g.latency_ms == 0.0 for g in out)
    assert out[0].prompt_tokens == 3 and out[0].completion_tokens == 2


def test_function_outputs() -> None:
    eng = FakeEngine(lambda prompt: prompt.upper())
    (g,) = eng.generate([GenerationRequest(prompt="abc def")])
    assert g.text == "ABC DEF"


def test_stop_and_max_tokens_applied() -> None:
    eng = FakeEngine(["one two three\nfour five", "a  b c d e"])
    g1, g2 = eng.generate([GenerationRequest(prompt="x", stop=("\n",)),
                           GenerationRequest(prompt="x", max_tokens=2)])
    assert g1.text == "one two three"
    assert g2.text == "a  b" and g2.completion_tokens == 2


def test_choices_always_valid() -> None:
    eng = FakeEngine([" Abnormal ", "urgent: yes", "nonsense"])
    labels = ("normal", "abnormal", "urgent")
    out = eng.generate([GenerationRequest(prompt="q", choices=labels) for _ in range(4)])
    assert [g.text for g in out] == ["abnormal", "urgent", "normal", "normal"]
    assert all(g.text in labels for g in out)


def test_count_tokens_and_context_check() -> None:
    eng = FakeEngine(context_size=10)
    assert eng.count_tokens("a b  c\nd") == 4
    assert eng.max_prompt_tokens == 10
    eng.generate([GenerationRequest(prompt="a b c d e f", max_tokens=4)])
    with pytest.raises(ValueError, match="budget"):
        eng.generate([GenerationRequest(prompt="a b c d e f g", max_tokens=4)])
    assert FakeEngine(context_size=3, strict_context=False).generate(
        [GenerationRequest(prompt="a b c d e f g")])[0].text == ""


def test_close() -> None:
    eng = FakeEngine()
    eng.close()
    with pytest.raises(RuntimeError):
        eng.generate([GenerationRequest(prompt="x")])


def test_follow_ups_run_as_further_calls() -> None:
    """Engines that cannot run ``then`` follow-ups in flight run them in one more call per round."""
    eng = FakeEngine(lambda prompt: "again" if prompt.endswith("retry") else "first")

    def then(depth: int):
        def follow(gen: Generation) -> GenerationRequest | None:
            return GenerationRequest(prompt="p retry", then=then(depth - 1) if depth > 1 else None)
        return follow

    reqs = [GenerationRequest(prompt="p0"), GenerationRequest(prompt="p1", then=then(2)),
            GenerationRequest(prompt="p2", then=lambda gen: None)]
    gens = eng.generate(reqs)
    assert [len(call) for call in eng.calls] == [3, 1, 1]
    assert [g.text for g in gens] == ["first", "again", "first"]
    assert gens[0].previous is None and gens[2].previous is None
    assert gens[1].previous.text == "again" and gens[1].previous.previous.text == "first"
