"""Runtime shared by every generated client: transport, retries, auth, errors, serialization.

These modules are ordinary Python, tested directly in this repository, and copied verbatim into each
generated package so that a vendored client is self-contained. Only relative imports are used.
"""
