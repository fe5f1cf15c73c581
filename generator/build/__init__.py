"""Spec view → IR, one concern per module, over a small build context (`context.BuildContext`):

- `types`: schemas → Python types and constraints; `model_classes`: the model classes and their field names;
- `parameters`, `bodies`, `responses` (success result, errors, examples), `waiters`: one operation's parts,
  put together by `operations`;
- `security` (credentials), `servers` (AWS traits, server variables, constructor keywords);
- `service`: the whole `ir.Service`, every Python name decided before any code is generated.

Templates read only the IR; inline body and response schemas are hoisted into named models here, so that
datamodel-code-generator models them like component schemas.
"""

from __future__ import annotations

from .service import build_service

__all__ = ["build_service"]
