# Code generated from specs/datadog/agentless_scanning.yaml by this repository's generator (copied verbatim from templates/runtime/__init__.py). DO NOT EDIT.
# Spec sha256: 863ea50f10dc48d18312d30a6404b6fae2cd25b8b9825a149e9560f0135ef7a9
"""Runtime shared by every generated client: transport, retries, auth, errors, serialization.

These modules are ordinary Python, tested directly in this repository, and copied verbatim into each
generated package so that a vendored client is self-contained. Only relative imports are used.
"""
