# Code generated from specs/aws/deadline.yaml by this repository's generator (copied verbatim from templates/runtime/__init__.py). DO NOT EDIT.
# Spec sha256: 51c6669d842a64a155b8faed003565abc9f109cb86f83b85464d00c69fa8b4a5
"""Runtime shared by every generated client: transport, retries, auth, errors, serialization.

These modules are ordinary Python, tested directly in this repository, and copied verbatim into each
generated package so that a vendored client is self-contained. Only relative imports are used.
"""
