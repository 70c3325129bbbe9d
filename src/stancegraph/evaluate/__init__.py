"""Evaluation harnesses behind ``stancegraph eval ...``."""
