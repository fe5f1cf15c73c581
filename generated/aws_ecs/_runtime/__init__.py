# Code generated from templates/runtime/__init__.py by this repository's generator (copied verbatim). DO NOT EDIT.
# Runtime sha256: d9d1941d32946fb5d506f4a746212b5cf33fe62beb20a58a492bfe9ad5e3f7d3
"""Runtime shared by every generated client: transport, retries, auth, errors, serialization.

These modules are ordinary Python, tested directly in this repository, and copied verbatim into each
generated package so that a vendored client is self-contained. Only relative imports are used.
"""
