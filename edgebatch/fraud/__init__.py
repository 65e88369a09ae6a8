"""Fraud scoring for the transactions pipeline: vectorised features, a small logistic model."""
