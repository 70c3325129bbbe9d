"""Engines that run the per-document stages elsewhere than in the ingesting process.

``ingest.local_outcomes`` (this process or worker processes) is the default;
``ray_engine.ray_outcomes`` runs on Ray Data. Every engine yields ``ingest.Outcome``
objects in input order, so the store written from them is the same.
"""
