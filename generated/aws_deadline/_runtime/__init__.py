# Code generated from specs/aws/deadline.yaml by this repository's generator (copied verbatim from templates/runtime/__init__.py). DO NOT EDIT.
# Spec sha256: 8acd119717cb243b0a2422d4b09c09f63a32272064d3f94045f9ef2b0a1b8cf9
"""Runtime shared by every generated client: transport, retries, auth, errors, serialization.

These modules are ordinary Python, tested directly in this repository, and copied verbatim into each
generated package so that a vendored client is self-contained. Only relative imports are used.
"""
