"""`generator audit`: compare each spec with the vendor's published machine-readable model.

AWS specs are read against botocore's service model (service-2, paginators-1, waiters-2, offline through
`botocore.loaders.Loader`); Datadog specs against the model and API classes of `datadog-api-client`, the vendor's
own client generated from its OpenAPI spec. Both readers produce the same vendor-neutral shapes
(`shapes.py`), which one set of rules compares with the spec's schemas as the SpecView reads them
(`compare.py`); operation bindings have one rules module per vendor. Findings are `Problem`s with pointer and
line, printed like lint's; `--fix` writes what the model has and the spec lacks (`fix.py`).
"""
