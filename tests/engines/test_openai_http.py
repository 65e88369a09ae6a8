"""OpenAIHTTPEngine against a real OpenAI-compatible server (llama_cpp.server with the default
Gemma 3 model, API key enforced) and, for failures a real server cannot be made to show on
demand, against a scripted stub server that records every request."""

from __future__ import annotations

import logging
import socket
import time

import pytest

from edgebatch.engines.base import Engine, GenerationRequest
from edgebatch.engines.choices import choice_grammar, match_choice
from edgebatch.engines.openai_http import OpenAIHTTPEngine
from edgebatch.errors import DocumentError, EngineRejected, EngineUnavailable, InvalidModelOutput

from ..conftest import LLAMA_SERVER_KEY
from ..helpers.http_stub import Reply, StubOpenAIServer, chat, completion

pytestmark = pytest.mark.model

REPORT = ("Findings: There is a large right pleural effusion with compressive atelectasis. "
          "The heart is enlarged.\nImpression:")
LABEL_PROMPT = ("Classify the radiology report as normal or abnormal.\n\nReport: Clear lungs. Normal heart size.\n"
                "Label: normal\n\nReport: Large right pleural effusion. Enlarged heart.\nLabel:")


@pytest.fixture(scope="module")
def engine(llama_server) -> OpenAIHTTPEngine:
    return OpenAIHTTPEngine(base_url=llama_server.base_url, model=llama_server.model, name="remote-gemma",
                            api_key=LLAMA_SERVER_KEY, api_key_env="TEST_KEY", timeout_s=120,
                            max_concurrency=3, context_size=llama_server.n_ctx)


class Recording(OpenAIHTTPEngine):
    """Keeps every request body it sends (to see retries and constraints)."""

    def __init__(self, *args, **kwargs) -> None:
        super().__init__(*args, **kwargs)
        self.sent: list[tuple[str, dict]] = []

    def _call(self, method, path, body, abort):
        self.sent.append((path, body))
        return super()._call(method, path, body, abort)


# -- against the real server ---------------------------------------------------------------

def test_completion_is_the_servers_greedy_answer_with_its_usage(engine: OpenAIHTTPEngine, llama_server) -> None:
    assert isinstance(engine, Engine)
    [gen] = engine.generate([GenerationRequest(prompt=REPORT, max_tokens=20)])
    raw = llama_server.post("/v1/completions", {"prompt": REPORT, "max_tokens": 20, "temperature": 0})
    assert gen.text == raw["choices"][0]["text"] and gen.text.strip()
    prompt_tokens = llama_server.post("/extras/tokenize", {"input": REPORT})["tokens"]
    assert gen.prompt_tokens == len(prompt_tokens) == raw["usage"]["prompt_tokens"]
    assert 0 < gen.completion_tokens == raw["usage"]["completion_tokens"] <= 20
    assert gen.latency_ms > 0


def test_stop_cuts_before_the_stop_string(engine: OpenAIHTTPEngine) -> None:
    prompt = "Count: one, two, three, four, five,"
    [full] = engine.generate([GenerationRequest(prompt=prompt, max_tokens=12)])
    assert "," in full.text, full.text  # the model goes on counting
    [cut] = engine.generate([GenerationRequest(prompt=prompt, max_tokens=12, stop=(",",))])
    assert "," not in cut.text
    assert cut.text == full.text[: full.text.index(",")]
    assert cut.completion_tokens < full.completion_tokens


def test_max_tokens_bounds_the_completion(engine: OpenAIHTTPEngine) -> None:
    prompt = "Count: one, two, three, four, five,"
    short, longer = engine.generate([GenerationRequest(prompt=prompt, max_tokens=3),
                                     GenerationRequest(prompt=prompt, max_tokens=9)])
    assert short.completion_tokens == 3 and longer.completion_tokens == 9
    assert longer.text.startswith(short.text) and len(longer.text) > len(short.text)


def test_choices_always_return_a_choice_in_one_request_with_the_grammar(llama_server) -> None:
    eng = Recording(base_url=llama_server.base_url, model=llama_server.model, api_key=LLAMA_SERVER_KEY,
                    context_size=llama_server.n_ctx)
    prompts = [LABEL_PROMPT, "The weather today is", "Write a poem about the sea:\n", REPORT]
    choice_sets = [("normal", "abnormal"), ("normal", "abnormal"), ("yes", "no"), ("routine", "priority", "critical")]
    out = eng.generate([GenerationRequest(prompt=p, max_tokens=8, choices=c)
                        for p, c in zip(prompts, choice_sets, strict=True)])
    for gen, choices in zip(out, choice_sets, strict=True):
        assert gen.text in choices
        assert gen.completion_tokens >= 1
    # one request each (no retry was needed): the server's grammar did the constraining
    grammars = {body["prompt"]: body["grammar"] for _, body in eng.sent}
    assert len(eng.sent) == 4 and grammars == {p: choice_grammar(c) for p, c in zip(prompts, choice_sets, strict=True)}


def test_choices_without_a_server_constraint_are_validated(llama_server) -> None:
    """With ``choice_constraint: none`` the free answer is matched to a choice, retried once with
    a hint, and a clear InvalidModelOutput is raised if it still is none of them."""
    eng = Recording(base_url=llama_server.base_url, model=llama_server.model, api_key=LLAMA_SERVER_KEY,
                    context_size=llama_server.n_ctx, choice_constraint="none")
    try:
        [gen] = eng.generate([GenerationRequest(prompt=LABEL_PROMPT, max_tokens=4, choices=("normal", "abnormal"))])
        assert gen.text in ("normal", "abnormal")
    except InvalidModelOutput as exc:
        assert "answered outside the choices" in str(exc) and len(eng.sent) == 2
    assert all("grammar" not in body for _, body in eng.sent)


def test_concurrent_requests_come_back_in_order(engine: OpenAIHTTPEngine) -> None:
    prompts = [f"Count: {n}, {n + 1}, {n + 2}," for n in range(1, 7)]
    one_by_one = [engine.generate([GenerationRequest(prompt=p, max_tokens=6)])[0].text for p in prompts]
    together = engine.generate([GenerationRequest(prompt=p, max_tokens=6) for p in prompts])
    assert [g.text for g in together] == one_by_one


def test_chat_format_uses_chat_completions(llama_server) -> None:
    eng = Recording(base_url=llama_server.base_url, model=llama_server.model, api_key=LLAMA_SERVER_KEY,
                    prompt_format="chat", context_size=llama_server.n_ctx)
    free, label = eng.generate([GenerationRequest(prompt="Name a colour.", max_tokens=8),
                                GenerationRequest(prompt="Is the sky blue?", max_tokens=4, choices=("yes", "no"))])
    assert label.text in ("yes", "no") and free.prompt_tokens > 0
    assert {path for path, _ in eng.sent} == {"/chat/completions"}
    assert all(body["messages"][0]["role"] == "user" for _, body in eng.sent)


def test_the_real_server_refuses_a_missing_or_wrong_key(llama_server) -> None:
    for key in (None, "wrong-key"):
        eng = OpenAIHTTPEngine(base_url=llama_server.base_url, model=llama_server.model, api_key=key,
                               api_key_env="EDGEBATCH_TEST_KEY", max_retries=3)
        started = time.monotonic()
        with pytest.raises(EngineRejected, match=r"HTTP 401.*check the API key in \$EDGEBATCH_TEST_KEY"):
            eng.generate([GenerationRequest(prompt="Hello", max_tokens=2)])
        assert time.monotonic() - started < 5  # a 401 is not retried


# -- against the stub ------------------------------------------------------------------------

def stub_engine(stub: StubOpenAIServer, **kwargs) -> OpenAIHTTPEngine:
    options = {"backoff_s": 0.05, "max_backoff_s": 0.2, "timeout_s": 5.0} | kwargs
    return OpenAIHTTPEngine(base_url=stub.base_url, model="stub-model", name="stubbed", **options)


def test_api_key_is_sent_as_bearer_and_never_logged(caplog: pytest.LogCaptureFixture) -> None:
    key = "sk-very-secret-123"
    with StubOpenAIServer() as stub:
        stub.enqueue(Reply(503), Reply(200, completion("fine")), Reply(401))
        eng = stub_engine(stub, api_key=key, api_key_env="MY_API_KEY")
        with caplog.at_level(logging.DEBUG):
            [gen] = eng.generate([GenerationRequest(prompt="hi", max_tokens=3)])
            with pytest.raises(EngineRejected) as info:
                eng.generate([GenerationRequest(prompt="hi", max_tokens=3)])
    assert gen.text == "fine"
    assert [r.headers.get("Authorization") for r in stub.requests] == [f"Bearer {key}"] * 3
    assert stub.requests[0].path == "/v1/completions"
    assert stub.requests[0].body == {"model": "stub-model", "max_tokens": 3, "temperature": 0, "prompt": "hi"}
    assert "MY_API_KEY" in str(info.value)
    assert key not in caplog.text and key not in str(info.value) and key not in repr(eng)
    assert "attempt 1/4 failed: HTTP 503" in caplog.text


def test_no_key_no_authorization_header() -> None:
    with StubOpenAIServer() as stub:
        stub_engine(stub).generate([GenerationRequest(prompt="hi")])
    assert "Authorization" not in stub.requests[0].headers


def test_unreachable_server_raises_engine_unavailable_after_bounded_retries() -> None:
    with socket.socket() as sock:  # a port nothing listens on
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    eng = OpenAIHTTPEngine(base_url=f"http://127.0.0.1:{port}/v1", model="m", name="down", max_retries=2,
                           backoff_s=0.05, max_backoff_s=0.1)
    started = time.monotonic()
    with pytest.raises(EngineUnavailable, match=r"unavailable after 3 attempts.*Connection refused") as info:
        eng.generate([GenerationRequest(prompt="hi")] * 3)
    assert time.monotonic() - started < 3
    assert isinstance(info.value, DocumentError) and info.value.code == "engine_unavailable"


def test_a_server_slower_than_the_timeout_is_retried_then_unavailable() -> None:
    with StubOpenAIServer(lambda request: Reply(200, completion("late"), delay_s=1.5)) as stub:
        eng = stub_engine(stub, timeout_s=0.3, max_retries=2)
        started = time.monotonic()
        with pytest.raises(EngineUnavailable, match=r"after 3 attempts.*timeout_s=0.3"):
            eng.generate([GenerationRequest(prompt="hi")])
        elapsed = time.monotonic() - started
    assert len(stub.requests) == 3
    assert 0.9 <= elapsed < 3  # 3 x 0.3 s timeouts + short backoffs, never the server's 1.5 s each


def test_5xx_and_429_are_retried_with_backoff_and_retry_after() -> None:
    with StubOpenAIServer() as stub:
        stub.enqueue(Reply(500), Reply(429, headers={"Retry-After": "0.4"}), Reply(200, completion("third time")))
        eng = stub_engine(stub, max_retries=3, max_backoff_s=1.0)  # Retry-After is honoured up to this
        started = time.monotonic()
        [gen] = eng.generate([GenerationRequest(prompt="hi")])
        elapsed = time.monotonic() - started
    assert gen.text == "third time" and len(stub.requests) == 3
    assert elapsed >= 0.4  # the 429's Retry-After was waited for


def test_4xx_is_not_retried_and_names_status_and_error_type_only() -> None:
    body = {"error": {"message": "your prompt 'PATIENT SECRET' is too long", "type": "invalid_request_error",
                      "code": "context_length_exceeded"}}
    with StubOpenAIServer() as stub:
        stub.enqueue(Reply(400, body))
        with pytest.raises(EngineRejected) as info:
            stub_engine(stub).generate([GenerationRequest(prompt="hi")])
    assert len(stub.requests) == 1
    assert "HTTP 400 (invalid_request_error, context_length_exceeded)" in str(info.value)
    assert "SECRET" not in str(info.value)  # server messages may quote the document
    assert info.value.code == "engine_rejected"


def test_one_failed_request_stops_the_others_retrying() -> None:
    def respond(request):
        return Reply(400) if request.body["prompt"] == "bad" else Reply(503, delay_s=0.1)

    with StubOpenAIServer(respond) as stub:
        eng = stub_engine(stub, max_retries=5, backoff_s=0.3, max_backoff_s=0.3, max_concurrency=4)
        started = time.monotonic()
        with pytest.raises(EngineRejected):
            eng.generate([GenerationRequest(prompt=p) for p in ("a", "b", "bad", "c")])
        assert time.monotonic() - started < 1.0
        time.sleep(0.5)  # the others' backoff ends: they must not send again
    assert len(stub.requests) <= 4


def test_requests_of_a_call_are_sent_concurrently_up_to_max_concurrency() -> None:
    with StubOpenAIServer(lambda request: Reply(200, completion(request.body["prompt"].upper()), delay_s=0.3)) as stub:
        eng = stub_engine(stub, max_concurrency=3)
        started = time.monotonic()
        out = eng.generate([GenerationRequest(prompt=f"doc {i}") for i in range(6)])
        elapsed = time.monotonic() - started
    assert [g.text for g in out] == [f"DOC {i}" for i in range(6)]
    assert stub.in_flight_max == 3
    assert 0.6 <= elapsed < 1.5  # two waves of three, not six in a row (1.8 s)


def test_usage_token_counts_are_reported_and_summed_over_a_choice_retry() -> None:
    with StubOpenAIServer() as stub:
        stub.enqueue(Reply(200, completion("maybe", 30, 2)), Reply(200, completion(" Abnormal.", 40, 3)))
        eng = stub_engine(stub, choice_constraint="none")
        [gen] = eng.generate([GenerationRequest(prompt="Label:", max_tokens=4, choices=("normal", "abnormal"))])
    assert (gen.text, gen.prompt_tokens, gen.completion_tokens) == ("abnormal", 70, 5)
    retry_prompt = stub.requests[1].body["prompt"]
    assert retry_prompt.startswith("Label:") and "exactly one of: normal, abnormal" in retry_prompt


def test_two_answers_outside_the_choices_raise_invalid_model_output() -> None:
    with StubOpenAIServer(lambda request: Reply(200, completion("perhaps"))) as stub:
        with pytest.raises(InvalidModelOutput, match=r"outside the choices \['yes', 'no'\] twice") as info:
            stub_engine(stub, choice_constraint="none").generate(
                [GenerationRequest(prompt="Q?", choices=("yes", "no"))])
    assert len(stub.requests) == 2 and info.value.code == "invalid_model_output"


@pytest.mark.parametrize("mode,field,expected", [
    ("grammar", "grammar", 'root ::= " "? ("yes" | "no")'),
    ("guided_choice", "guided_choice", ["yes", "no"]),
    ("structured_outputs", "structured_outputs", {"choice": ["yes", "no"]}),
])
def test_choice_constraint_fields(mode: str, field: str, expected) -> None:
    with StubOpenAIServer() as stub:
        stub.enqueue(Reply(200, completion("yes")))
        stub_engine(stub, choice_constraint=mode).generate([GenerationRequest(prompt="Q?", choices=("yes", "no"))])
    assert stub.requests[0].body[field] == expected
    assert "stop" not in stub.requests[0].body


def test_json_schema_constraint_for_chat_models() -> None:
    with StubOpenAIServer() as stub:
        stub.enqueue(Reply(200, chat('{"answer": "critical"}', 50, 6)))
        eng = stub_engine(stub, prompt_format="chat", choice_constraint="json_schema")
        [gen] = eng.generate([GenerationRequest(prompt="Urgency?", choices=("routine", "critical"))])
    body = stub.requests[0].body
    assert stub.requests[0].path == "/v1/chat/completions"
    assert body["messages"] == [{"role": "user", "content": "Urgency?"}]
    assert body["response_format"]["json_schema"]["schema"]["properties"]["answer"]["enum"] == ["routine", "critical"]
    assert (gen.text, gen.prompt_tokens, gen.completion_tokens) == ("critical", 50, 6)
    with pytest.raises(ValueError, match="json_schema needs prompt_format chat"):
        stub_engine(stub, choice_constraint="json_schema")


def test_more_than_four_stops_are_cut_here() -> None:
    with StubOpenAIServer() as stub:
        stub.enqueue(Reply(200, completion("alpha beta; gamma")))
        [gen] = stub_engine(stub).generate([GenerationRequest(prompt="x", stop=("1", "2", "3", "4", ";"))])
    assert stub.requests[0].body["stop"] == ["1", "2", "3", "4"]
    assert gen.text == "alpha beta"


def test_missing_usage_falls_back_to_estimates_and_bad_answers_are_clear() -> None:
    with StubOpenAIServer() as stub:
        stub.enqueue(Reply(200, {"choices": [{"text": "some words here"}]}), Reply(200, {"unexpected": True}))
        eng = stub_engine(stub)
        [gen] = eng.generate([GenerationRequest(prompt="a prompt of some length")])
        assert gen.prompt_tokens == eng.count_tokens("a prompt of some length") and gen.completion_tokens > 0
        with pytest.raises(EngineRejected, match="not an OpenAI-compatible completion"):
            eng.generate([GenerationRequest(prompt="x")])


def test_redirects_are_not_followed() -> None:
    with StubOpenAIServer() as stub:
        stub.enqueue(Reply(307, {}, headers={"Location": "http://127.0.0.1:9/v1/completions"}))
        with pytest.raises(EngineRejected, match="HTTP 307.*redirects are not followed"):
            stub_engine(stub).generate([GenerationRequest(prompt="x")])
    assert len(stub.requests) == 1


def test_list_models_and_argument_checks() -> None:
    with StubOpenAIServer(models=("a", "b")) as stub:
        assert stub_engine(stub).list_models() == ["a", "b"]
        assert stub.requests[0].method == "GET" and stub.requests[0].path == "/v1/models"
    with pytest.raises(ValueError, match="must not carry credentials"):
        OpenAIHTTPEngine(base_url="http://user:pw@host/v1", model="m")
    with pytest.raises(ValueError, match="http:// or https://"):
        OpenAIHTTPEngine(base_url="ftp://host/v1", model="m")
    eng = OpenAIHTTPEngine(base_url="http://127.0.0.1:9/v1/", model="m", context_size=256)
    assert eng.model_sha256 == "endpoint:http://127.0.0.1:9/v1#m" and eng.name == "m"
    with pytest.raises(ValueError, match="exceeds the 256-token budget"):
        eng.generate([GenerationRequest(prompt="word " * 200)])
    with pytest.raises(ValueError, match="choices must not be empty"):
        eng.generate([GenerationRequest(prompt="x", choices=())])
    assert eng.generate([]) == []


def test_match_choice() -> None:
    choices = ("normal", "abnormal")
    assert match_choice(" Abnormal.", choices) == "abnormal"
    assert match_choice('"normal"', choices) == "normal"
    assert match_choice("abnormal, with effusion", choices) == "abnormal"
    assert match_choice("normally", choices) is None
    assert match_choice("", choices) is None
    assert match_choice("yes, partly", ("yes", "yes, partly", "no")) == "yes, partly"
