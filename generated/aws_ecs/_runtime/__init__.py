# Code generated from specs/aws/ecs.yaml by this repository's generator (copied verbatim from templates/runtime/__init__.py). DO NOT EDIT.
# Spec sha256: 94a23f38c2605a051b13413dfb52041bfa9bdb27624586ed1017c532f4c9f02b
"""Runtime shared by every generated client: transport, retries, auth, errors, serialization.

These modules are ordinary Python, tested directly in this repository, and copied verbatim into each
generated package so that a vendored client is self-contained. Only relative imports are used.
"""
