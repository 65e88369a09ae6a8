"""Evaluations users run on labelled data: ``edgebatch eval contracts|radiology``."""
