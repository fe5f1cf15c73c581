"""OpenAPI → typed Python clients. Flow: load → validate → build IR → render → format → write."""
