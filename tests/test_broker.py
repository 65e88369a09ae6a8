from __future__ import annotations

from pathlib import Path

import pytest
import redis

from edgebatch.broker import EmbeddedBroker


def test_embedded_broker_requires_its_password_and_persists_queued_work(tmp_path: Path) -> None:
    broker = EmbeddedBroker(tmp_path)
    url = broker.start()
    try:
        port = broker.status()["port"]
        with pytest.raises(redis.AuthenticationError):
            redis.Redis(host="127.0.0.1", port=port).ping()
        client = redis.Redis.from_url(url)
        client.rpush("queue", b"shard-1", b"shard-2")
        assert broker.start() == url  # idempotent
        broker.stop()
        assert not broker.status()["running"]
        assert broker.start() == url  # same port, same password: workers reconnect
        assert redis.Redis.from_url(url).lrange("queue", 0, -1) == [b"shard-1", b"shard-2"]  # AOF
    finally:
        broker.stop()


def test_password_file_is_private(tmp_path: Path) -> None:
    broker = EmbeddedBroker(tmp_path)
    broker.start()
    try:
        assert (tmp_path / "broker" / "password").stat().st_mode & 0o077 == 0
        assert (tmp_path / "broker" / "valkey.conf").stat().st_mode & 0o077 == 0
    finally:
        broker.stop()
