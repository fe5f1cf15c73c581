"""Spec review: what a change to the specs (or to the generator) does to callers of the generated clients.

`python -m generator diff BASE HEAD` compares two versions of the specs, operation by operation and schema by
schema (following `$ref`s, through arrays, `allOf`, `oneOf`/`anyOf`, maps, every media type), and classifies
every change in its `changes` section by what it does to an existing caller's HTTP traffic, with oasdiff's
checks as the reference:

- ERR (breaking): a request that was valid is now refused (a new required parameter or field, a bound raised or
  added, a pattern or enum added, null no longer accepted, a request `oneOf` variant or media type removed, a
  parameter default changed), a response carries what callers do not handle (a field now optional or nullable,
  a bound widened, a `oneOf` variant added, a success status or media type gone), or the wire identity changes
  (path shape, method, X-Amz-Target, signing, protocol, a string's encoding such as `format: byte`).
- WARN (risky): some callers may break: a request field or parameter removed (the service may ignore it), an
  optional response field removed, a pattern changed, error status or retryability changed.
- INFO (compatible): what callers can ignore: additions, a request accepting more, a response sending less
  (an error response, a variant, an enum value no longer sent), names that never travel (operationId, path
  parameter names, readOnly fields in requests, writeOnly fields in responses, components by themselves).

Two spec annotations lower the level. Removing something that was `deprecated: true` is WARN, not ERR:
callers were told. Changes under an operation or schema marked `x-stability: draft|beta` are reported at INFO:
those parts make no compatibility promise (moving a part *to* beta is itself reported as WARN).

The generated-code half (`generated`, `client_api`) builds the IR of both sides with this checkout's generator
and compares what callers of the generated client see: constructor keywords, methods and their arguments, result
types, model classes and fields, exception classes, waiters. Each change is reported once (not once per client
variant), ERR when caller code stops working; a side the generator cannot build is a note, not a crash.

Import from the modules (`spec`, `generated`, `client_api`, `report`, `sources`, `cli`, `arguments`): this
package imports nothing itself, so that building the command line for `generate` does not load the diff machinery.
"""
