# Code generated from specs/datadog/agentless_scanning.yaml by this repository's generator (copied verbatim from templates/runtime/__init__.py). DO NOT EDIT.
# Spec sha256: 4b2e0722ab8103c701321e86ee72198788f27d5349f05fed9d9a1cae877fe56a
"""Runtime shared by every generated client: transport, retries, auth, errors, serialization.

These modules are ordinary Python, tested directly in this repository, and copied verbatim into each
generated package so that a vendored client is self-contained. Only relative imports are used.
"""
