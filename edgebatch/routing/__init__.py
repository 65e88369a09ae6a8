"""Hybrid routing: which provider (local model or remote endpoint) runs a document's model stages.

``providers.py`` reads the provider table, ``policy.py`` decides where a document may go,
``router.py`` picks where it goes, ``budget.py`` keeps tenants' monthly spend in the broker and
``breaker.py`` stops sending to an endpoint that keeps failing.
"""
