"""The Celery application. ``app`` is the only module-level global; ``configure`` sets it up.

JSON only (never pickle), late acks with reject-on-worker-lost (a killed child's shard is
delivered again), prefetch 1, a visibility timeout above the longest shard, events on.
"""

from __future__ import annotations

from celery import Celery

from .config import Settings
from .constants import CONTROL_QUEUE, DEFAULT_QUEUE

app = Celery("edgebatch", include=["edgebatch.tasks"])


def configure(settings: Settings, url: str) -> Celery:
    """Point ``app`` at the broker ``url`` with EdgeBatch's reliability settings."""
    if app.conf.broker_url and app.conf.broker_url != url:
        _drop_connections()  # pointed elsewhere before (tests, long-lived scripts): no stale producers
    app.conf.update(
        broker_url=url,
        result_backend=None,
        task_ignore_result=True,
        task_serializer="json",
        accept_content=["json"],
        result_accept_content=["json"],
        event_serializer="json",
        task_acks_late=True,
        task_reject_on_worker_lost=True,
        worker_prefetch_multiplier=1,
        broker_transport_options={
            "visibility_timeout": settings.visibility_timeout_s,
            # How often a worker looks for messages of dead workers older than the visibility
            # timeout. kombu's default scans every 10 x 10 s: a SIGKILLed worker's shard would wait
            # up to 100 s beyond the timeout.
            "unacked_restore_interval": max(1, min(60, settings.visibility_timeout_s // 10)),
            "unacked_restore_throttle": 1,
        },
        visibility_timeout=settings.visibility_timeout_s,
        # Publishing (a retry, a finalisation) rides out a broker restart instead of failing the task.
        task_publish_retry_policy={"max_retries": 20, "interval_start": 0.2, "interval_step": 0.5,
                                   "interval_max": 3},
        worker_proc_alive_timeout=settings.model_load_timeout_s,
        task_default_queue=DEFAULT_QUEUE,
        task_routes={"edgebatch.finalize_batch": {"queue": CONTROL_QUEUE}},
        worker_send_task_events=True,
        task_send_sent_event=True,
        broker_connection_retry_on_startup=True,
        worker_hijack_root_logger=False,
        worker_redirect_stdouts=False,
    )
    return app


def _drop_connections() -> None:
    if app._pool is not None:  # Celery has no public reset
        app._pool.force_close_all()
        app._pool = None
    app.amqp._producer_pool = None
