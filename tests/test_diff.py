"""`python -m generator diff`: one table row per rule (tiny base/head specs, expected level and rule id), the
false negatives and false positives other tools are known for, the output formats, --fail-on and git revisions.
The generated-code section has its own tests, in test_diff_generated.py."""

from __future__ import annotations

import copy
import json
import os
import re
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import cli
from generator.diff.model import RANK, Change
from generator.diff.report import Report, format_github, format_json, format_markdown, format_text
from generator.diff.spec import diff_specs
from generator.loader import load_spec

REPO = Path(__file__).resolve().parent.parent


class _NoAliases(yaml.SafeDumper):
    """The loader refuses anchors; never emit them for shared sub-objects."""

    def ignore_aliases(self, data: Any) -> bool:
        return True


def dump(document: dict[str, Any]) -> str:
    return yaml.dump(document, Dumper=_NoAliases, sort_keys=False)


def ref(name: str) -> dict[str, str]:
    return {"$ref": f"#/components/schemas/{name}"}


def json_content(schema: dict[str, Any], media: str = "application/json") -> dict[str, Any]:
    return {media: {"schema": schema}}


def pets() -> dict[str, Any]:
    """A small non-AWS API touching every construct the rules look at."""
    return {
        "openapi": "3.1.0",
        "info": {"title": "Pets", "version": "1", "x-codegen": {"package": "pets", "client": "Pets"}},
        "servers": [
            {
                "url": "https://{region}.pets.example",
                "variables": {"region": {"default": "eu", "enum": ["eu", "us"], "x-codegen-env": "PETS_REGION"}},
            }
        ],
        "security": [{"apiKey": []}],
        "paths": {
            "/pets/{petId}": {
                "get": {
                    "operationId": "getPet",
                    "parameters": [
                        {
                            "name": "petId",
                            "in": "path",
                            "required": True,
                            "schema": {"type": "string", "pattern": "^p-[0-9]+$"},
                        },
                        {"name": "view", "in": "query", "schema": {"type": "string", "enum": ["full", "short"]}},
                        {"name": "limit", "in": "query", "schema": {"type": "integer"}},
                    ],
                    "responses": {
                        "200": {"description": "ok", "content": json_content(ref("Pet"))},
                        "404": {"description": "not found", "content": json_content(ref("Error"))},
                        "429": {"description": "slow down", "content": json_content(ref("Error"))},
                    },
                    "x-waiters": {
                        "PetSold": {
                            "minDelay": 1,
                            "maxDelay": 5,
                            "maxWait": 30,
                            "acceptors": [
                                {"state": "success", "matcher": "path", "argument": "status", "expected": "sold"}
                            ],
                        }
                    },
                }
            },
            "/pets": {
                "post": {
                    "operationId": "createPet",
                    "requestBody": {"required": True, "content": json_content(ref("CreatePetRequest"))},
                    "responses": {
                        "200": {"description": "ok", "content": json_content(ref("Pet"))},
                        "429": {"description": "slow down", "content": json_content(ref("Error"))},
                    },
                },
            },
            "/pets/{petId}/legacy": {
                "get": {
                    "operationId": "getLegacyPet",
                    "deprecated": True,
                    "parameters": [{"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": {"200": {"description": "ok", "content": json_content(ref("Pet"))}},
                }
            },
            "/experiments": {
                "get": {
                    "operationId": "listExperiments",
                    "x-stability": "beta",
                    "responses": {"200": {"description": "ok", "content": json_content(ref("Experiment"))}},
                }
            },
        },
        "components": {
            "securitySchemes": {
                "apiKey": {
                    "type": "apiKey",
                    "in": "header",
                    "name": "X-Api-Key",
                    "x-codegen-argument": "api_key",
                    "x-codegen-env": "PETS_API_KEY",
                }
            },
            "schemas": {
                "Pet": {
                    "type": "object",
                    "required": ["id", "name"],
                    "properties": {
                        "id": {"type": "string"},
                        "name": {"type": "string"},
                        "nickname": {"type": "string"},
                        "status": ref("PetStatus"),
                        "age": {"type": "integer", "minimum": 0, "maximum": 100},
                        "tags": {"type": "array", "items": ref("Tag")},
                        "owner": {"oneOf": [ref("Person"), ref("Company")]},
                        "details": {"allOf": [ref("Details")]},
                        "tree": ref("Node"),
                        "born": {"type": "string"},
                        "legacyCode": {"type": "string", "deprecated": True},
                        "preview": ref("Preview"),
                    },
                },
                "PetStatus": {"type": "string", "enum": ["available", "sold"]},
                "Tag": {"type": "object", "properties": {"kind": ref("TagKind"), "label": {"type": "string"}}},
                "TagKind": {"type": "string", "enum": ["color", "size"]},
                "Person": {"type": "object", "title": "Person", "properties": {"name": {"type": "string"}}},
                "Company": {"type": "object", "title": "Company", "properties": {"vat": {"type": "string"}}},
                "Details": {"type": "object", "properties": {"color": {"type": "string", "enum": ["red", "blue"]}}},
                "Node": {
                    "type": "object",
                    "properties": {"label": {"type": "string"}, "children": {"type": "array", "items": ref("Node")}},
                },
                "Preview": {"type": "object", "x-stability": "beta", "properties": {"score": {"type": "number"}}},
                "CreatePetRequest": {
                    "type": "object",
                    "required": ["name"],
                    "properties": {
                        "name": {"type": "string", "maxLength": 50},
                        "nickname": {"type": "string"},
                        "tags": {"type": "array", "maxItems": 10, "items": ref("Tag")},
                        "status": ref("PetStatus"),
                        "weight": {"type": "integer"},
                        "hint": {"type": "string", "deprecated": True},
                    },
                },
                "Experiment": {
                    "type": "object",
                    "properties": {"name": {"type": "string"}, "stage": {"type": "string", "enum": ["alpha", "beta"]}},
                },
                "Error": {"type": "object", "properties": {"message": {"type": "string"}}},
                "Unused": {"type": "object", "properties": {"x": {"type": "string"}}},
            },
        },
    }


def mini_aws() -> dict[str, Any]:
    """A small awsJson1_1 service with error codes."""
    media = "application/x-amz-json-1.1"
    return {
        "openapi": "3.1.0",
        "info": {"title": "Mini", "version": "2020-01-01", "x-codegen": {"package": "aws_mini", "client": "Mini"}},
        "x-aws": {
            "protocol": "awsJson1_1",
            "signingName": "mini",
            "endpointPrefix": "mini",
            "targetPrefix": "Mini_20200101",
        },
        "servers": [{"url": "https://mini.{region}.amazonaws.com", "variables": {"region": {"default": "us-east-1"}}}],
        "security": [{"sigv4": []}],
        "paths": {
            "/#X-Amz-Target=Mini_20200101.GetThing": {
                "post": {
                    "operationId": "getThing",
                    "x-aws-operation": "GetThing",
                    "requestBody": {"required": True, "content": json_content(ref("GetThingRequest"), media)},
                    "responses": {
                        "200": {"description": "ok", "content": json_content(ref("GetThingResponse"), media)},
                        "400": {
                            "description": "client error",
                            "content": json_content({"anyOf": [ref("NotFound"), ref("Invalid")]}, media),
                        },
                        "500": {"description": "server error", "content": json_content(ref("ServerError"), media)},
                    },
                }
            }
        },
        "components": {
            "securitySchemes": {
                "sigv4": {"type": "apiKey", "in": "header", "name": "Authorization", "x-aws-auth": "sigv4"}
            },
            "schemas": {
                "GetThingRequest": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
                "GetThingResponse": {"type": "object", "properties": {"name": {"type": "string"}}},
                "NotFound": {
                    "type": "object",
                    "x-aws-error": {"code": "NotFound", "retryable": False},
                    "properties": {"message": {"type": "string"}},
                },
                "Invalid": {
                    "type": "object",
                    "x-aws-error": {"code": "Invalid", "retryable": False},
                    "properties": {"message": {"type": "string"}},
                },
                "ServerError": {
                    "type": "object",
                    "x-aws-error": {"code": "ServerError", "retryable": True},
                    "properties": {"message": {"type": "string"}},
                },
            },
        },
    }


Doc = dict[str, Any]


def _schemas(d: Doc) -> Doc:
    return d["components"]["schemas"]  # type: ignore[no-any-return]


def _get_pet(d: Doc, path: str = "/pets/{petId}") -> Doc:
    return d["paths"][path]["get"]  # type: ignore[no-any-return]


def _without_operation_ids(d: Doc) -> Doc:
    for item in d["paths"].values():
        for operation in item.values():
            operation.pop("operationId", None)
    return d


def _param(d: Doc, name: str) -> Doc:
    return next(p for p in _get_pet(d)["parameters"] if p["name"] == name)


def pets_view_required() -> Doc:
    document = pets()
    _param(document, "view")["required"] = True
    return document


def _move_404_to_other_op(d: Doc) -> None:
    d["paths"]["/pets"]["post"]["responses"]["404"] = _get_pet(d)["responses"].pop("404")


def wire_pets() -> Doc:
    """pets() with the constructs the wire rules look at: bounds to raise, a nullable request field, read-only
    and write-only fields, an extensible enum, a parameter default, a bodiless success, an inline `*/*`
    response, a request `allOf`, inline response variants, a base64 field."""
    d = pets()
    request = _schemas(d)["CreatePetRequest"]
    request["properties"]["weight"]["minimum"] = 0
    request["properties"]["name"]["minLength"] = 1
    request["properties"]["tags"]["minItems"] = 0
    request["properties"]["nickname"] = {"type": ["string", "null"]}
    request["properties"]["color"] = {"type": "string", "x-extensible-enum": ["red", "blue"]}
    request["properties"]["id"] = {"type": "string", "readOnly": True}
    request["allOf"] = [ref("Tag")]
    pet = _schemas(d)["Pet"]["properties"]
    pet["password"] = {"type": "string", "writeOnly": True}
    pet["avatar"] = {"type": "string", "format": "byte"}
    pet["origin"] = {
        "anyOf": [
            {"title": "Bred", "type": "object", "properties": {"breeder": {"type": "string"}}},
            {"title": "Found", "type": "object", "properties": {"place": {"type": "string"}}},
        ]
    }
    _param(d, "limit")["schema"]["default"] = 10
    d["paths"]["/pets"]["post"]["responses"]["409"] = {"description": "taken", "content": json_content(ref("Error"))}
    d["paths"]["/pets/{petId}"]["delete"] = {
        "operationId": "deletePet",
        "parameters": [{"name": "petId", "in": "path", "required": True, "schema": {"type": "string"}}],
        "responses": {"200": {"description": "deleted"}},
    }
    d["paths"]["/pets/{petId}/legacy"]["get"]["responses"]["200"]["content"] = {
        "*/*": {
            "schema": {"type": "object", "required": ["id"], "properties": {"id": {"type": "string"}}},
        }
    }
    d["webhooks"] = {"petSold": {"post": {"requestBody": {"content": json_content(ref("Pet"))}, "responses": {}}}}
    return d


def _request(d: Doc) -> Doc:
    return _schemas(d)["CreatePetRequest"]  # type: ignore[no-any-return]


def paged() -> Doc:
    """pets with a cursor-paginated list operation (x-pagination, Datadog's vocabulary)."""
    d = pets()
    page = {
        "type": "object",
        "properties": {
            "data": {"type": "array", "items": ref("Pet")},
            "meta": {"type": "object", "properties": {"after": {"type": "string"}, "next": {"type": "string"}}},
        },
    }
    d["paths"]["/owners"] = {
        "get": {
            "operationId": "listOwners",
            "parameters": [
                {"name": "cursor", "in": "query", "schema": {"type": "string"}},
                {"name": "page[cursor]", "in": "query", "schema": {"type": "string"}},
                {"name": "limit", "in": "query", "schema": {"type": "integer"}},
            ],
            "x-pagination": {"cursorParam": "cursor", "cursorPath": "meta.after", "resultsPath": "data"},
            "responses": {"200": {"description": "ok", "content": json_content(page)}},
        }
    }
    return d


def _paging(d: Doc) -> Doc:
    return d["paths"]["/owners"]["get"]["x-pagination"]  # type: ignore[no-any-return]


# (id, base factory, mutation of a copy, expected highest level, a rule that must be reported at that level)
CASES: list[tuple[str, Callable[[], Doc], Callable[[Doc], object], str, str]] = [
    # pagination: the token, output token and items paths are what a paginator follows
    (
        "pagination token renamed",
        paged,
        lambda d: _paging(d).update(cursorParam="page[cursor]"),
        "ERR",
        "pagination-changed",
    ),
    (
        "pagination output token moved",
        paged,
        lambda d: _paging(d).update(cursorPath="meta.next"),
        "ERR",
        "pagination-changed",
    ),
    ("pagination items moved", paged, lambda d: _paging(d).update(resultsPath="meta"), "ERR", "pagination-changed"),
    (
        "pagination page size named",
        paged,
        lambda d: _paging(d).update(limitParam="limit"),
        "WARN",
        "pagination-changed",
    ),
    (
        "pagination trait removed",
        paged,
        lambda d: d["paths"]["/owners"]["get"].pop("x-pagination"),
        "WARN",
        "pagination-changed",
    ),
    # operations
    ("operation removed", pets, lambda d: d["paths"].pop("/pets"), "ERR", "operation-removed"),
    (
        "operation added",
        pets,
        lambda d: d["paths"].__setitem__(
            "/owners",
            {
                "get": {
                    "operationId": "listOwners",
                    "responses": {"200": {"description": "ok", "content": json_content(ref("Error"))}},
                }
            },
        ),
        "INFO",
        "operation-added",
    ),
    (
        "deprecated operation removed",
        pets,
        lambda d: d["paths"].pop("/pets/{petId}/legacy"),
        "WARN",
        "operation-removed",
    ),
    (
        "operationId renamed",
        pets,
        lambda d: d["paths"]["/pets"]["post"].__setitem__("operationId", "addPet"),
        "INFO",  # not sent on the wire: the method rename is the generated section's
        "operation-id-changed",
    ),
    (
        "method changed",
        pets,
        lambda d: d["paths"]["/pets"].__setitem__("put", d["paths"]["/pets"].pop("post")),
        "ERR",
        "operation-method-changed",
    ),
    (
        "path changed",
        pets,
        lambda d: d["paths"].__setitem__("/animals", d["paths"].pop("/pets")),
        "ERR",
        "operation-path-changed",
    ),
    (
        "path parameter renamed only",
        pets,
        lambda d: (
            d["paths"].__setitem__("/pets/{id}/legacy", d["paths"].pop("/pets/{petId}/legacy")),
            d["paths"]["/pets/{id}/legacy"]["get"]["parameters"][0].__setitem__("name", "id"),
        ),
        "NONE",  # the same URL is sent: the keyword rename is the generated section's
        "none",
    ),
    (
        "path parameter renamed in an operation without operationId",
        lambda: _without_operation_ids(pets()),
        lambda d: (
            d["paths"].__setitem__("/pets/{id}", d["paths"].pop("/pets/{petId}")),
            _get_pet(d, "/pets/{id}")["parameters"][0].__setitem__("name", "id"),
        ),
        "NONE",
        "none",
    ),
    (
        "operation deprecated",
        pets,
        lambda d: d["paths"]["/pets"]["post"].__setitem__("deprecated", True),
        "INFO",
        "operation-deprecated",
    ),
    # parameters
    ("query parameter removed", pets, lambda d: _get_pet(d)["parameters"].pop(1), "WARN", "request-parameter-removed"),
    (
        "new required parameter",
        pets,
        lambda d: _get_pet(d)["parameters"].append(
            {"name": "shop", "in": "query", "required": True, "schema": {"type": "string"}}
        ),
        "ERR",
        "request-parameter-added-required",
    ),
    (
        "new optional parameter",
        pets,
        lambda d: _get_pet(d)["parameters"].append({"name": "shop", "in": "query", "schema": {"type": "string"}}),
        "INFO",
        "request-parameter-added",
    ),
    (
        "parameter became required",
        pets,
        lambda d: _param(d, "view").__setitem__("required", True),
        "ERR",
        "request-parameter-became-required",
    ),
    (
        "parameter became optional",
        pets_view_required,
        lambda d: _param(d, "view").pop("required"),
        "INFO",
        "request-parameter-became-optional",
    ),
    (
        "parameter type changed",
        pets,
        lambda d: _param(d, "view").__setitem__("schema", {"type": "integer"}),
        "ERR",
        "type-changed",
    ),
    (
        "parameter integer widened to number",
        pets,
        lambda d: _param(d, "limit")["schema"].__setitem__("type", "number"),
        "INFO",
        "type-widened",
    ),
    (
        "request enum value removed",
        pets,
        lambda d: _param(d, "view")["schema"]["enum"].remove("short"),
        "ERR",
        "enum-value-removed",
    ),
    (
        "request enum value added",
        pets,
        lambda d: _param(d, "view")["schema"]["enum"].append("tiny"),
        "INFO",
        "enum-value-added",
    ),
    (
        "path pattern changed",
        pets,
        lambda d: _param(d, "petId")["schema"].__setitem__("pattern", "^p-[0-9]{1,5}$"),
        "WARN",
        "pattern-changed",
    ),
    ("path pattern removed", pets, lambda d: _param(d, "petId")["schema"].pop("pattern"), "INFO", "pattern-removed"),
    (
        "parameter style changed",
        pets,
        lambda d: _param(d, "view").__setitem__("style", "spaceDelimited"),
        "WARN",
        "parameter-serialization-changed",
    ),
    # request body
    (
        "request field removed",
        pets,
        lambda d: _schemas(d)["CreatePetRequest"]["properties"].pop("nickname"),
        "WARN",  # the service may ignore it
        "request-property-removed",
    ),
    (
        "request field removed from a closed object",
        pets,
        lambda d: (
            _schemas(d)["CreatePetRequest"]["properties"].pop("nickname"),
            _schemas(d)["CreatePetRequest"].__setitem__("additionalProperties", False),
        ),
        "ERR",
        "request-property-removed",
    ),
    (
        "request field became required",
        pets,
        lambda d: _schemas(d)["CreatePetRequest"]["required"].append("nickname"),
        "ERR",
        "request-property-became-required",
    ),
    (
        "new required request field",
        pets,
        lambda d: (
            _schemas(d)["CreatePetRequest"]["properties"].__setitem__("species", {"type": "string"}),
            _schemas(d)["CreatePetRequest"]["required"].append("species"),
        ),
        "ERR",
        "request-property-added-required",
    ),
    (
        "new optional request field",
        pets,
        lambda d: _schemas(d)["CreatePetRequest"]["properties"].__setitem__("species", {"type": "string"}),
        "INFO",
        "request-property-added",
    ),
    (
        "request field became optional",
        pets,
        lambda d: _schemas(d)["CreatePetRequest"].__setitem__("required", []),
        "INFO",
        "request-property-became-optional",
    ),
    (
        "deprecated request field removed",
        pets,
        lambda d: _schemas(d)["CreatePetRequest"]["properties"].pop("hint"),
        "WARN",
        "request-property-removed",
    ),
    (
        "request maxLength lowered",
        pets,
        lambda d: _schemas(d)["CreatePetRequest"]["properties"]["name"].__setitem__("maxLength", 20),
        "ERR",
        "length-narrowed",
    ),
    (
        "request maxLength raised",
        pets,
        lambda d: _schemas(d)["CreatePetRequest"]["properties"]["name"].__setitem__("maxLength", 80),
        "INFO",
        "length-widened",
    ),
    (
        "request maxItems lowered",
        pets,
        lambda d: _schemas(d)["CreatePetRequest"]["properties"]["tags"].__setitem__("maxItems", 5),
        "ERR",
        "items-narrowed",
    ),
    (
        "request minimum added",
        pets,
        lambda d: _schemas(d)["CreatePetRequest"]["properties"]["weight"].__setitem__("minimum", 1),
        "ERR",
        "range-narrowed",
    ),
    (
        "request body media type changed",
        pets,
        lambda d: d["paths"]["/pets"]["post"]["requestBody"].__setitem__(
            "content", json_content(ref("CreatePetRequest"), "application/merge-patch+json")
        ),
        "ERR",  # bodies sent as application/json are refused
        "request-media-type-changed",
    ),
    # responses
    (
        "response field removed",
        pets,
        lambda d: _schemas(d)["Pet"]["properties"].pop("nickname"),
        "WARN",  # it was optional: callers handle its absence
        "response-property-removed",
    ),
    (
        "required response field removed",
        pets,
        lambda d: (_schemas(d)["Pet"]["properties"].pop("name"), _schemas(d)["Pet"]["required"].remove("name")),
        "ERR",
        "response-property-removed",
    ),
    (
        "optional response field added (not breaking)",
        pets,
        lambda d: _schemas(d)["Pet"]["properties"].__setitem__("color", {"type": "string"}),
        "INFO",
        "response-property-added",
    ),
    (
        "response field newly required (not breaking)",
        pets,
        lambda d: _schemas(d)["Pet"]["required"].append("nickname"),
        "INFO",
        "response-property-became-required",
    ),
    (
        "response field became optional",
        pets,
        lambda d: _schemas(d)["Pet"]["required"].remove("name"),
        "ERR",
        "response-property-became-optional",
    ),
    (
        "deprecated response field removed",
        pets,
        lambda d: _schemas(d)["Pet"]["properties"].pop("legacyCode"),
        "WARN",
        "response-property-removed",
    ),
    (
        "response enum value removed",
        pets,
        lambda d: _schemas(d)["PetStatus"]["enum"].remove("sold"),
        "ERR",  # createPet sends it: refused
        "enum-value-removed",
    ),
    (
        "response enum value added (open enums)",
        pets,
        lambda d: _schemas(d)["PetStatus"]["enum"].append("reserved"),
        "INFO",
        "enum-value-added",
    ),
    (
        "nested enum value removed through $ref in array items",
        pets,
        lambda d: _schemas(d)["TagKind"]["enum"].remove("size"),
        "ERR",
        "enum-value-removed",
    ),
    (
        "enum value removed inside allOf",
        pets,
        lambda d: _schemas(d)["Details"]["properties"]["color"]["enum"].remove("blue"),
        "INFO",  # a response: the service sends less
        "enum-value-removed",
    ),
    (
        "oneOf variant removed",
        pets,
        lambda d: _schemas(d)["Pet"]["properties"]["owner"]["oneOf"].pop(1),
        "INFO",  # from a response: the service sends less
        "variant-removed",
    ),
    (
        "oneOf variant added to a response",
        pets,
        lambda d: (
            _schemas(d).__setitem__("Shelter", {"type": "object", "properties": {"city": {"type": "string"}}}),
            _schemas(d)["Pet"]["properties"]["owner"]["oneOf"].append(ref("Shelter")),
        ),
        "ERR",
        "variant-added",
    ),
    (
        "field inside a oneOf variant removed",
        pets,
        lambda d: _schemas(d)["Company"]["properties"].pop("vat"),
        "WARN",
        "response-property-removed",
    ),
    (
        "response type changed",
        pets,
        lambda d: _schemas(d)["Pet"]["properties"]["age"].__setitem__("type", "string"),
        "ERR",
        "type-changed",
    ),
    (
        "response became nullable",
        pets,
        lambda d: _schemas(d)["Pet"]["properties"]["nickname"].__setitem__("type", ["string", "null"]),
        "ERR",
        "response-became-nullable",
    ),
    (
        "format date-time added (Python type changes)",
        pets,
        lambda d: _schemas(d)["Pet"]["properties"]["born"].__setitem__("format", "date-time"),
        "ERR",
        "format-changed",
    ),
    (
        "response maximum raised",
        pets,
        lambda d: _schemas(d)["Pet"]["properties"]["age"].__setitem__("maximum", 200),
        "ERR",
        "range-widened",
    ),
    (
        "response minimum raised",
        pets,
        lambda d: _schemas(d)["Pet"]["properties"]["age"].__setitem__("minimum", 1),
        "INFO",
        "range-narrowed",
    ),
    (
        "change deep in a recursive schema",
        pets,
        lambda d: _schemas(d)["Node"]["properties"]["label"].__setitem__("type", "integer"),
        "ERR",
        "type-changed",
    ),
    (
        "response schema swapped",
        pets,
        lambda d: _get_pet(d)["responses"]["200"]["content"]["application/json"].__setitem__("schema", ref("Error")),
        "ERR",
        "response-property-removed",
    ),
    # the wire: requests that were valid are refused now, responses carry what callers do not handle
    (
        "request minimum raised",
        wire_pets,
        lambda d: _request(d)["properties"]["weight"].__setitem__("minimum", 1),
        "ERR",
        "range-narrowed",
    ),
    (
        "request minLength raised",
        wire_pets,
        lambda d: _request(d)["properties"]["name"].__setitem__("minLength", 3),
        "ERR",
        "length-narrowed",
    ),
    (
        "request minItems raised",
        wire_pets,
        lambda d: _request(d)["properties"]["tags"].__setitem__("minItems", 1),
        "ERR",
        "items-narrowed",
    ),
    (
        "request maxLength added",
        wire_pets,
        lambda d: _request(d)["properties"]["color"].__setitem__("maxLength", 10),
        "ERR",
        "length-narrowed",
    ),
    (
        "request field no longer nullable",
        wire_pets,
        lambda d: _request(d)["properties"]["nickname"].__setitem__("type", "string"),
        "ERR",
        "request-null-removed",
    ),
    (
        "request x-extensible-enum value removed",
        wire_pets,
        lambda d: _request(d)["properties"]["color"]["x-extensible-enum"].remove("blue"),
        "ERR",
        "enum-value-removed",
    ),
    (
        "request pattern added",
        pets,
        lambda d: _schemas(d)["CreatePetRequest"]["properties"]["nickname"].__setitem__("pattern", "^[a-z]+$"),
        "ERR",
        "pattern-added",
    ),
    (
        "request value limited to an enum",
        pets,
        lambda d: _schemas(d)["CreatePetRequest"]["properties"]["nickname"].__setitem__("enum", ["rex"]),
        "ERR",
        "enum-added",
    ),
    (
        "request JSON Schema keyword added",
        pets,
        lambda d: _schemas(d)["CreatePetRequest"].__setitem__("not", {"required": ["hint"]}),
        "ERR",
        "schema-keyword-added",
    ),
    (
        "request allOf member added",
        pets,
        lambda d: _schemas(d)["CreatePetRequest"].__setitem__("allOf", [{"required": ["weight"]}]),
        "ERR",
        "all-of-added",
    ),
    (
        "request allOf member that only annotates added",
        pets,
        lambda d: _schemas(d)["CreatePetRequest"].__setitem__("allOf", [{"title": "Named", "description": "doc"}]),
        "INFO",
        "all-of-added",
    ),
    (
        "parameter default changed",
        wire_pets,
        lambda d: _param(d, "limit")["schema"].__setitem__("default", 20),
        "ERR",
        "parameter-default-changed",
    ),
    (
        "success status of a bodiless response changed",
        wire_pets,
        lambda d: d["paths"]["/pets/{petId}"]["delete"]["responses"].__setitem__(
            "201", d["paths"]["/pets/{petId}"]["delete"]["responses"].pop("200")
        ),
        "ERR",
        "response-status-changed",
    ),
    (
        "required field of an inline */* response became optional",
        wire_pets,
        lambda d: d["paths"]["/pets/{petId}/legacy"]["get"]["responses"]["200"]["content"]["*/*"]["schema"].pop(
            "required"
        ),
        "ERR",
        "response-property-became-optional",
    ),
    (
        "response media type removed",
        wire_pets,
        lambda d: d["paths"]["/pets/{petId}/legacy"]["get"]["responses"]["200"].__setitem__(
            "content", {"text/plain": {"schema": {"type": "string"}}}
        ),
        "ERR",
        "response-media-type-changed",
    ),
    (
        "response format byte dropped (base64 is no longer decoded)",
        wire_pets,
        lambda d: _schemas(d)["Pet"]["properties"]["avatar"].pop("format"),
        "ERR",
        "format-changed",
    ),
    (
        "response format byte became binary",
        wire_pets,
        lambda d: _schemas(d)["Pet"]["properties"]["avatar"].__setitem__("format", "binary"),
        "ERR",
        "format-changed",
    ),
    (
        "response anyOf variant added (it may match a known one)",
        wire_pets,
        lambda d: _schemas(d)["Pet"]["properties"]["origin"]["anyOf"].append({"title": "Adopted", "type": "object"}),
        "WARN",
        "variant-added",
    ),
    (
        "webhook removed",
        wire_pets,
        lambda d: d.pop("webhooks"),
        "ERR",
        "webhook-removed",
    ),
    # the wire: not breaking
    ("readOnly request field made required", wire_pets, lambda d: _request(d)["required"].append("id"), "NONE", "none"),
    (
        "writeOnly response field removed",
        wire_pets,
        lambda d: _schemas(d)["Pet"]["properties"].pop("password"),
        "NONE",
        "none",
    ),
    (
        "error response removed (409)",
        wire_pets,
        lambda d: d["paths"]["/pets"]["post"]["responses"].pop("409"),
        "INFO",
        "error-removed",
    ),
    (
        "component dropped from a response oneOf",
        pets,
        lambda d: (_schemas(d)["Pet"]["properties"]["owner"]["oneOf"].pop(1), _schemas(d).pop("Company")),
        "INFO",
        "variant-removed",
    ),
    (
        "inline variant dropped from a response anyOf",
        wire_pets,
        lambda d: _schemas(d)["Pet"]["properties"]["origin"]["anyOf"].pop(1),
        "INFO",
        "variant-removed",
    ),
    (
        "allOf removed from a request (it accepts more)",
        wire_pets,
        lambda d: _request(d).pop("allOf"),
        "WARN",
        "request-property-removed",
    ),
    (
        "inline variant title changed",
        wire_pets,
        lambda d: _schemas(d)["Pet"]["properties"]["origin"]["anyOf"][0].__setitem__("title", "Breeder"),
        "NONE",
        "none",
    ),
    # errors
    (
        "error status removed from the service",
        pets,
        lambda d: _get_pet(d)["responses"].pop("404"),
        "INFO",  # the service answers so no more; the exception class is the generated section's
        "error-removed",
    ),
    (
        "error status removed from one operation only",
        pets,
        lambda d: _get_pet(d)["responses"].pop("429"),
        "INFO",
        "error-removed",
    ),
    (
        "error status added",
        pets,
        lambda d: _get_pet(d)["responses"].__setitem__(
            "409", {"description": "conflict", "content": json_content(ref("Error"))}
        ),
        "INFO",
        "error-added",
    ),
    ("error status moved to another operation", pets, _move_404_to_other_op, "INFO", "error-removed"),
    # service
    (
        "server variable value removed",
        pets,
        lambda d: d["servers"][0]["variables"]["region"]["enum"].remove("us"),
        "ERR",
        "server-variable-value-removed",
    ),
    (
        "server variable value added",
        pets,
        lambda d: d["servers"][0]["variables"]["region"]["enum"].append("ap"),
        "INFO",
        "server-variable-value-added",
    ),
    (
        "server variable default changed",
        pets,
        lambda d: d["servers"][0]["variables"]["region"].__setitem__("default", "us"),
        "WARN",
        "server-variable-default-changed",
    ),
    (
        "server URL changed",
        pets,
        lambda d: d["servers"][0].__setitem__("url", "https://{region}.api.pets.example"),
        "ERR",
        "server-url-changed",
    ),
    (
        "credential header renamed",
        pets,
        lambda d: d["components"]["securitySchemes"]["apiKey"].__setitem__("name", "X-Key"),
        "ERR",
        "security-scheme-changed",
    ),
    ("version changed", pets, lambda d: d["info"].__setitem__("version", "2"), "INFO", "version-changed"),
    (
        "unused schema removed",
        pets,
        lambda d: _schemas(d).pop("Unused"),
        "INFO",  # nothing on the wire; the model class is the generated section's
        "schema-removed",
    ),
    # x-stability
    (
        "beta operation: response field removed",
        pets,
        lambda d: _schemas(d)["Experiment"]["properties"].pop("name"),
        "INFO",
        "response-property-removed",
    ),
    (
        "beta operation: enum value removed",
        pets,
        lambda d: _schemas(d)["Experiment"]["properties"]["stage"]["enum"].remove("beta"),
        "INFO",
        "enum-value-removed",
    ),
    ("beta operation removed", pets, lambda d: d["paths"].pop("/experiments"), "INFO", "operation-removed"),
    (
        "beta schema inside a stable operation: field removed",
        pets,
        lambda d: _schemas(d)["Preview"]["properties"].pop("score"),
        "INFO",
        "response-property-removed",
    ),
    (
        "operation moved to beta",
        pets,
        lambda d: d["paths"]["/pets"]["post"].__setitem__("x-stability", "beta"),
        "WARN",
        "stability-changed",
    ),
    # AWS
    (
        "X-Amz-Target operation changed",
        mini_aws,
        lambda d: d["paths"]["/#X-Amz-Target=Mini_20200101.GetThing"]["post"].__setitem__(
            "x-aws-operation", "FetchThing"
        ),
        "ERR",
        "aws-operation-changed",
    ),
    (
        "target prefix changed",
        mini_aws,
        lambda d: d["x-aws"].__setitem__("targetPrefix", "Mini_20210101"),
        "ERR",
        "aws-target-prefix-changed",
    ),
    (
        "signing name changed",
        mini_aws,
        lambda d: d["x-aws"].__setitem__("signingName", "mini2"),
        "ERR",
        "aws-signing-name-changed",
    ),
    (
        "protocol changed",
        mini_aws,
        lambda d: d["x-aws"].__setitem__("protocol", "awsJson1_0"),
        "ERR",
        "aws-protocol-changed",
    ),
    (
        "AWS error code removed",
        mini_aws,
        lambda d: d["paths"]["/#X-Amz-Target=Mini_20200101.GetThing"]["post"]["responses"]["400"]["content"][
            "application/x-amz-json-1.1"
        ]["schema"]["anyOf"].pop(1),
        "INFO",
        "error-removed",
    ),
    (
        "AWS error code changed",
        mini_aws,
        lambda d: _schemas(d)["NotFound"]["x-aws-error"].__setitem__("code", "ThingNotFound"),
        "INFO",
        "error-removed",
    ),
    (
        "AWS error retryable changed",
        mini_aws,
        lambda d: _schemas(d)["ServerError"]["x-aws-error"].__setitem__("retryable", False),
        "WARN",
        "error-retry-changed",
    ),
    (
        "AWS error field removed",
        mini_aws,
        lambda d: _schemas(d)["Invalid"]["properties"].pop("message"),
        "WARN",
        "response-property-removed",
    ),
    (
        "AWS server URL changed (not used by AWS clients)",
        mini_aws,
        lambda d: d["servers"][0].__setitem__("url", "https://mini2.{region}.amazonaws.com"),
        "INFO",
        "server-url-changed",
    ),
    (
        "AWS awsJson path fragment only",
        mini_aws,
        lambda d: d["paths"].__setitem__(
            "/#X-Amz-Target=Other.GetThing", d["paths"].pop("/#X-Amz-Target=Mini_20200101.GetThing")
        ),
        "NONE",
        "none",
    ),
]


def run_case(tmp_path: Path, base: Doc, head: Doc, suffix: str = ".yaml") -> list[Change]:
    """Diff two documents written as spec files (YAML gives lines; JSON is quicker to load)."""
    (tmp_path / "base").mkdir(exist_ok=True)
    (tmp_path / "head").mkdir(exist_ok=True)
    base_file, head_file = tmp_path / "base" / f"api{suffix}", tmp_path / "head" / f"api{suffix}"
    text = dump if suffix == ".yaml" else json.dumps
    base_file.write_text(text(base), encoding="utf-8")
    head_file.write_text(text(head), encoding="utf-8")
    return diff_specs(load_spec(base_file, f"base/api{suffix}"), load_spec(head_file, f"head/api{suffix}"))


@pytest.mark.parametrize(("factory", "mutate", "level", "rule"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rule(
    tmp_path: Path, factory: Callable[[], Doc], mutate: Callable[[Doc], object], level: str, rule: str
) -> None:
    base = factory()
    head = copy.deepcopy(base)
    mutate(head)
    changes = run_case(tmp_path, base, head, ".json")
    if level == "NONE":
        assert changes == []
        return
    highest = max((c.level for c in changes), key=RANK.__getitem__, default="NONE")
    assert highest == level, "\n".join(f"{c.level} {c.rule} {c.message}" for c in changes)
    if rule != "none":
        assert any(c.rule == rule and c.level == level for c in changes), "\n".join(
            f"{c.level} {c.rule} {c.message}" for c in changes
        )


def test_identical_specs_have_no_changes(tmp_path: Path) -> None:
    assert run_case(tmp_path, pets(), pets()) == []


def test_shared_schema_change_is_reported_once_per_direction(tmp_path: Path) -> None:
    head = pets()
    _schemas(head)["TagKind"]["enum"].remove("size")  # reached from three operations, request and response
    changes = [c for c in run_case(tmp_path, pets(), head) if c.rule == "enum-value-removed"]
    assert len(changes) == 2  # what it means to senders, and to readers
    assert {c.pointer for c in changes} == {"/components/schemas/TagKind/enum"}
    assert sorted(c.message.split(":", 1)[0] for c in changes) == ["createPet request", "getPet response"]


def test_location_is_the_head_line_when_the_change_is_visible_there(tmp_path: Path) -> None:
    head = pets()
    _schemas(head)["PetStatus"]["enum"].remove("sold")
    _schemas(head)["Pet"]["properties"].pop("nickname")
    changes = {c.rule: c for c in run_case(tmp_path, pets(), head)}
    head_lines = (tmp_path / "head" / "api.yaml").read_text().splitlines()
    enum_change = changes["enum-value-removed"]
    assert enum_change.file == "head/api.yaml"
    assert head_lines[enum_change.line - 1].strip() == "enum:"  # type: ignore[operator]
    removed = changes["response-property-removed"]
    assert removed.file == "head/api.yaml" and head_lines[removed.line - 1].strip() == "properties:"  # type: ignore[operator]


def test_removed_operation_without_head_location_uses_the_base_line(tmp_path: Path) -> None:
    head = pets()
    head["paths"].pop("/pets")
    change = next(c for c in run_case(tmp_path, pets(), head) if c.rule == "operation-removed")
    assert change.file == "base/api.yaml"
    base_lines = (tmp_path / "base" / "api.yaml").read_text().splitlines()
    assert base_lines[change.line - 1].strip() == "post:"  # type: ignore[operator]


# -- output formats and --fail-on ----------------------------------------------------------------------


def _write_pair(tmp_path: Path, mutate: Callable[[Doc], None]) -> tuple[Path, Path]:
    base, head = pets(), pets()
    mutate(head)
    (tmp_path / "specs_base").mkdir()
    (tmp_path / "specs_head").mkdir()
    base_file, head_file = tmp_path / "specs_base" / "pets.yaml", tmp_path / "specs_head" / "pets.yaml"
    base_file.write_text(dump(base), encoding="utf-8")
    head_file.write_text(dump(head), encoding="utf-8")
    return base_file, head_file


def _breaking_and_risky(d: Doc) -> None:
    _schemas(d)["PetStatus"]["enum"].remove("sold")  # ERR for senders (createPet), INFO for readers (Pet)
    _get_pet(d)["parameters"].pop(2)  # WARN: the limit query parameter
    _schemas(d)["Pet"]["properties"]["description"] = {
        "type": "string",
        "description": "a | pipe, and a comma: here",
    }  # INFO


def _cli(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str]:
    code = cli.main(["diff", *argv])
    return code, capsys.readouterr().out


@pytest.fixture()
def report(tmp_path: Path) -> Report:
    base_file, head_file = _write_pair(tmp_path, _breaking_and_risky)
    changes = diff_specs(load_spec(base_file, "specs/pets.yaml"), load_spec(head_file, "specs/pets.yaml"))
    generated = [
        Change(
            "ERR",
            "api-removed",
            "generated/pets/models.py",
            "models.PetStatus.SOLD",
            12,
            "enum member pets.models.PetStatus.SOLD removed",
            "generated",
        )
    ]
    return Report("main:specs", "specs/ (working tree)", changes + generated, ["a note"])


def test_json_format_parses(report: Report) -> None:
    document = json.loads(format_json(report))
    assert document["summary"] == {"ERR": 2, "WARN": 1, "INFO": 2}
    assert {c["rule"] for c in document["changes"]} == {
        "enum-value-removed",
        "request-parameter-removed",
        "response-property-added",
    }
    assert document["generated_skipped"] is False
    for change in document["changes"] + document["generated"]:
        assert set(change) == {"level", "rule", "file", "pointer", "line", "message"}
        assert change["level"] in ("ERR", "WARN", "INFO") and isinstance(change["line"], int)
    assert document["generated"][0]["pointer"] == "models.PetStatus.SOLD"


def test_github_format_is_annotations(report: Report) -> None:
    lines = format_github(report).splitlines()
    annotation = re.compile(r"^::(error|warning|notice) file=[^,:]+(,line=\d+)?,title=[^,:]+::[^\n]+$")
    annotations = [line for line in lines if line.startswith("::")]
    assert len(annotations) == 5
    assert all(annotation.match(line) for line in annotations), annotations
    assert {line.split(" ", 1)[0] for line in annotations} == {"::error", "::warning", "::notice"}
    enum_line = next(line for line in annotations if "enum-value-removed" in line)
    assert enum_line.startswith("::error file=specs/pets.yaml,line=")
    assert lines[-1] == "2 breaking (ERR), 1 risky (WARN), 2 compatible (INFO)"


def test_github_format_escapes_properties_and_data() -> None:
    change = Change("WARN", "rule", "dir,with:odd.yaml", "/x", 3, "first line\nsecond 100%")
    line = format_github(Report("a", "b", [change])).splitlines()[0]
    assert line == "::warning file=dir%2Cwith%3Aodd.yaml,line=3,title=WARN rule::first line%0Asecond 100%25"


def test_markdown_format_has_tables(report: Report) -> None:
    text = format_markdown(report)
    assert "### Spec changes" in text and "### Generated client changes" in text
    assert text.count("| Level | Rule |") == 2
    rows = [
        line
        for line in text.splitlines()
        if line.startswith("| ERR") or line.startswith("| WARN") or line.startswith("| INFO")
    ]
    assert len(rows) == 5
    for row in rows:  # a `|` inside a cell must not add a column
        assert len(re.findall(r"(?<!\\)\|", row)) == 5, row
    assert "> a note" in text


def test_text_format_lists_every_change(report: Report) -> None:
    text = format_text(report)
    assert "ERR [enum-value-removed]" in text and "WARN [request-parameter-removed]" in text
    assert "generated client changes:" in text and "api-removed" in text


def test_fail_on(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    base_file, head_file = _write_pair(tmp_path, _breaking_and_risky)
    assert _cli(capsys, str(base_file), str(head_file), "--no-generated")[0] == 0  # reporting alone never fails
    assert _cli(capsys, str(base_file), str(head_file), "--no-generated", "--fail-on", "ERR")[0] == 1
    warn_dir = tmp_path / "warn"
    warn_dir.mkdir()
    warn_head = warn_dir / "pets.yaml"
    only_warn = pets()
    _get_pet(only_warn)["parameters"].pop(2)
    warn_head.write_text(dump(only_warn), encoding="utf-8")
    assert _cli(capsys, str(base_file), str(warn_head), "--no-generated", "--fail-on", "ERR")[0] == 0
    assert _cli(capsys, str(base_file), str(warn_head), "--no-generated", "--fail-on", "WARN")[0] == 1
    code, out = _cli(capsys, str(base_file), str(base_file), "--no-generated", "--fail-on", "WARN", "--format", "json")
    assert code == 0 and json.loads(out)["changes"] == []


def test_skipped_generated_comparison_says_skipped(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    base_file, head_file = _write_pair(tmp_path, _breaking_and_risky)
    text = _cli(capsys, str(base_file), str(head_file), "--no-generated")[1]
    assert "generated client changes: skipped (--no-generated)" in text and "changes: none" not in text
    markdown = _cli(capsys, str(base_file), str(head_file), "--no-generated", "--format", "markdown")[1]
    assert "Skipped (--no-generated)." in markdown and "None." not in markdown
    document = json.loads(_cli(capsys, str(base_file), str(head_file), "--no-generated", "--format", "json")[1])
    assert document["generated_skipped"] is True and document["generated"] == []


def test_a_failing_generated_comparison_is_a_note_not_a_traceback(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from generator.diff import cli as diff_cli

    def broken(*_: object) -> list[Change]:
        raise KeyError("responses")  # what rendering an unusual spec raised inside the generated comparison

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(diff_cli, "generated_changes", broken)
    base_file, head_file = _write_pair(tmp_path, _breaking_and_risky)
    code, out = _cli(capsys, str(base_file), str(head_file), "--format", "json", "--fail-on", "ERR")
    document = json.loads(out)
    assert code == 1  # the wire section still decides
    assert {c["rule"] for c in document["changes"]} >= {"enum-value-removed"}
    assert document["generated_skipped"] is True
    assert any("generated-code comparison failed" in note and "KeyError" in note for note in document["notes"])


def test_directories_pair_by_path_then_by_package(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    base_dir, head_dir = tmp_path / "a", tmp_path / "b"
    (base_dir / "aws").mkdir(parents=True)
    (head_dir / "aws").mkdir(parents=True)
    (base_dir / "pets.yaml").write_text(dump(pets()), encoding="utf-8")
    (head_dir / "animals.yaml").write_text(dump(pets()), encoding="utf-8")  # renamed file, same package
    (base_dir / "aws" / "mini.yaml").write_text(dump(mini_aws()), encoding="utf-8")  # removed
    code, out = _cli(capsys, str(base_dir), str(head_dir), "--no-generated", "--format", "json")
    document = json.loads(out)
    assert code == 0
    assert [(c["rule"], c["level"]) for c in document["changes"]] == [("spec-removed", "ERR")]
    assert document["changes"][0]["file"] == "a/aws/mini.yaml"


def test_markdown_summary_is_appended(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    base_file, head_file = _write_pair(tmp_path, _breaking_and_risky)
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", encoding="utf-8")
    code, out = _cli(
        capsys,
        str(base_file),
        str(head_file),
        "--no-generated",
        "--format",
        "github",
        "--markdown-summary",
        str(summary),
    )
    assert code == 0 and out.startswith("::error ")
    text = summary.read_text(encoding="utf-8")
    assert text.startswith("earlier step\n## Spec review")
    assert "`enum-value-removed`" in text


# -- git revisions ----------------------------------------------------------------------------------------


def _git(cwd: Path, *args: str) -> str:
    env = {
        **os.environ,
        "GIT_AUTHOR_NAME": "t",
        "GIT_AUTHOR_EMAIL": "t@example.invalid",
        "GIT_COMMITTER_NAME": "t",
        "GIT_COMMITTER_EMAIL": "t@example.invalid",
        "GIT_CONFIG_GLOBAL": os.devnull,
        "GIT_CONFIG_NOSYSTEM": "1",
    }
    return subprocess.run(["git", *args], cwd=cwd, env=env, check=True, capture_output=True, text=True).stdout.strip()


def _generator(cwd: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.run(
        [sys.executable, "-m", "generator", "diff", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


@pytest.fixture()
def scratch_repo(tmp_path: Path) -> tuple[Path, str, str]:
    repo = tmp_path / "repo"
    (repo / "specs").mkdir(parents=True)
    _git(repo, "init", "-q", "-b", "main")
    spec = repo / "specs" / "x.yaml"
    spec.write_text(dump(pets()), encoding="utf-8")
    _git(repo, "add", "specs/x.yaml")
    _git(repo, "commit", "-q", "-m", "first")
    first = _git(repo, "rev-parse", "HEAD")
    head = pets()
    _schemas(head)["TagKind"]["enum"].remove("size")  # ERR, nested through $ref in array items
    _get_pet(head)["parameters"].append({"name": "shop", "in": "query", "schema": {"type": "string"}})  # INFO
    spec.write_text(dump(head), encoding="utf-8")
    _git(repo, "commit", "-q", "-am", "second")
    second = _git(repo, "rev-parse", "HEAD")
    return repo, first, second


def test_diff_between_two_git_revisions(scratch_repo: tuple[Path, str, str]) -> None:
    repo, first, second = scratch_repo
    result = _generator(repo, f"{first}:specs/x.yaml", f"{second}:specs/x.yaml", "--format", "json", "--fail-on", "ERR")
    assert result.returncode == 1, result.stderr
    document = json.loads(result.stdout)
    rules = {(c["rule"], c["level"]) for c in document["changes"]}
    assert rules == {  # TagKind is sent (refused now) and received (the service sends less)
        ("enum-value-removed", "ERR"),
        ("enum-value-removed", "INFO"),
        ("request-parameter-added", "INFO"),
    }
    assert {c["file"] for c in document["changes"]} == {"specs/x.yaml"}  # repository paths, for annotations
    generated = {(c["rule"], c["pointer"]) for c in document["generated"]}
    assert generated == {("api-removed", "models.TagKind('size')"), ("api-added", "client.PetsClient.get_pet(shop)")}


def test_diff_base_ref_against_the_working_tree(scratch_repo: tuple[Path, str, str]) -> None:
    repo, first, _ = scratch_repo
    spec = repo / "specs" / "x.yaml"
    work = yaml.safe_load(spec.read_text(encoding="utf-8"))
    work["paths"].pop("/pets")  # uncommitted: createPet removed
    spec.write_text(dump(work), encoding="utf-8")
    (repo / "sub").mkdir()
    result = _generator(repo / "sub", "--base-ref", first, "--format", "github", "--no-generated")
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert any(line.startswith("::error file=specs/x.yaml,line=") and "operation-removed" in line for line in lines), (
        lines
    )
    assert any("enum-value-removed" in line for line in lines)
    result = _generator(repo, "--base-ref", "HEAD", "--format", "json", "--no-generated", "--fail-on", "WARN")
    assert result.returncode == 1
    assert [c["rule"] for c in json.loads(result.stdout)["changes"] if c["level"] == "ERR"] == ["operation-removed"]


def test_unknown_revision_is_a_clear_error(scratch_repo: tuple[Path, str, str]) -> None:
    repo, first, _ = scratch_repo
    result = _generator(repo, f"{first}:specs/missing.yaml", "specs/x.yaml")
    assert result.returncode == 2
    assert "does not exist" in result.stderr
    result = _generator(repo, "--output=/tmp/x:specs/x.yaml", "specs/x.yaml")
    assert result.returncode == 2
    result = _generator(repo, "--base-ref", "no-such-branch")
    assert result.returncode == 2 and "unknown git revision" in result.stderr


def test_base_ref_without_specs_at_the_base_is_all_new(scratch_repo: tuple[Path, str, str]) -> None:
    repo, first, _ = scratch_repo
    (repo / "more").mkdir()
    (repo / "more" / "mini.yaml").write_text(dump(mini_aws()), encoding="utf-8")
    result = _generator(
        repo, "--base-ref", first, "--specs-dir", "more", "--format", "json", "--no-generated", "--fail-on", "ERR"
    )
    assert result.returncode == 0, result.stderr
    assert [(c["rule"], c["level"], c["file"]) for c in json.loads(result.stdout)["changes"]] == [
        ("spec-added", "INFO", "more/mini.yaml")
    ]
