"""Model engines: ``base.Engine`` and its implementations."""
