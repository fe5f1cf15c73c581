"""Spec review: what a change to the specs (or to the generator) does to callers of the generated clients.

`python -m generator diff BASE HEAD` compares two versions of the specs, operation by operation and schema by
schema (following `$ref`s, through arrays, `allOf`, `oneOf`/`anyOf`, maps), and classifies every change by
what it does to code that calls the generated client, in the manner of oasdiff:

- ERR (breaking): code that works against BASE's client or service stops working. Something callers use
  disappears (operation, parameter, request or response field, enum value, `oneOf` variant, error class,
  waiter, server variable value, constructor keyword), changes type or wire identity (path, method,
  X-Amz-Target, target prefix, signing name, protocol), or becomes mandatory (a new required parameter or
  request field, an optional one made required).
- WARN (risky): nothing disappears, but some callers may break. Request constraints narrowed (pattern changed,
  minimum raised, maximum/maxLength/maxItems lowered); a response field made optional or nullable (typed code
  that relied on it now sees None); response constraints *widened* or a response `oneOf` variant added (the
  generated models validate responses, so an older client rejects values the service may now send); error
  status or retryability changed; an error dropped from one operation while its class still exists.
- INFO (compatible): additions callers can ignore: new operations, optional parameters and request fields,
  response fields, error codes, enum values. An enum value added to a *response* is INFO too, although older
  clients do not know it: our enums are open (`OpenEnum` turns an unknown value into a pseudo-member), so
  parsing never fails because a service added a value. A response field that becomes required is not
  breaking either: callers already handle it being present.

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
