"""Hostile and awkward input: cross-file references, remote references, cycles, depth, awkward names.

Every case either generates a client that imports and type-checks, or fails with a clear error; nothing is
ever fetched over the network or read outside the specs tree.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest
import yaml
from conftest import GeneratedPackages
from loopback import LoopbackServer, QuietHandler

from generator.errors import SpecError
from generator.pipeline import generate


def write(path: Path, document: dict | str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(
        document if isinstance(document, str) else yaml.safe_dump(document, sort_keys=False), encoding="utf-8"
    )
    return path


def spec(package: str, schemas: dict, paths: dict | None = None) -> dict:
    return {
        "openapi": "3.1.0",
        "info": {"title": package, "version": "1", "x-codegen": {"package": package, "client": "Api"}},
        "servers": [{"url": "https://api.example"}],
        "paths": paths
        or {
            "/things": {
                "get": {
                    "operationId": "listThings",
                    "responses": {
                        "200": {
                            "description": "OK",
                            "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                        }
                    },
                }
            }
        },
        "components": {"schemas": schemas},
    }


def mypy_strict(path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "."],
        cwd=path,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-3000:]


@pytest.fixture
def listening_server():
    """A loopback server that records any request: proof that nothing was fetched."""
    hits: list[str] = []

    class Handler(QuietHandler):
        def do_GET(self) -> None:
            hits.append(self.path)
            self.reply(200, b"components: {schemas: {Thing: {type: object}}}", "application/yaml")

    with LoopbackServer(Handler) as server:
        yield server.url, hits


def test_cross_file_references_inside_the_tree_are_bundled(
    tmp_path: Path, generated_packages: GeneratedPackages
) -> None:
    write(
        tmp_path / "specs" / "_shared" / "common.yaml",
        {
            "components": {
                "schemas": {
                    "Owner": {
                        "type": "object",
                        "properties": {
                            "name": {"type": "string"},
                            "pets": {"type": "array", "items": {"$ref": "../things.yaml#/components/schemas/Thing"}},
                        },
                    },
                    "Tag": {"type": "string", "enum": ["a", "b"]},
                }
            }
        },
    )
    main = write(
        tmp_path / "specs" / "things.yaml",
        spec(
            "things_pkg",
            {
                "Thing": {
                    "type": "object",
                    "properties": {
                        "owner": {"$ref": "_shared/common.yaml#/components/schemas/Owner"},
                        "tag": {"$ref": "_shared/common.yaml#/components/schemas/Tag"},
                        "next": {"$ref": "#/components/schemas/Thing"},
                    },
                },
            },
        ),
    )
    out = tmp_path / "out"
    with generated_packages.generate(main, out) as package:
        assert package.__name__ == "things_pkg"
        models = package.models
        thing = models.Thing.model_validate(
            {"owner": {"name": "x", "pets": [{"tag": "new-tag"}]}, "tag": "a", "next": {"tag": "b"}}
        )
        assert thing.owner.pets[0].tag == "new-tag"  # cycle across two files, open enum
    mypy_strict(out)


@pytest.mark.parametrize(
    ("reference", "reason"),
    [
        ("{server}/remote.yaml#/components/schemas/Thing", "remote references are refused"),
        ("file:///etc/passwd#/x", "remote references are refused"),
        ("/etc/passwd#/x", "absolute path"),
        ("../../outside.yaml#/components/schemas/Thing", "leaves the specs tree"),
    ],
)
def test_references_outside_the_tree_are_refused_and_nothing_is_fetched(
    tmp_path: Path, listening_server, reference: str, reason: str
) -> None:
    url, hits = listening_server
    write(tmp_path / "outside.yaml", {"components": {"schemas": {"Thing": {"type": "object"}}}})
    main = write(
        tmp_path / "specs" / "api" / "x.yaml",
        spec("x_pkg", {"Thing": {"type": "object", "properties": {"other": {"$ref": reference.format(server=url)}}}}),
    )
    out = tmp_path / "out"
    with pytest.raises(SpecError) as raised:
        generate([main], out)
    problem = raised.value.problems[0]
    assert reason in problem.message
    assert problem.line is not None and problem.file.endswith("x.yaml")
    assert problem.pointer == "/components/schemas/Thing/properties/other"
    assert hits == []
    assert not out.exists()


@pytest.mark.parametrize("keyword", ["default", "example"])
def test_unsafe_references_inside_data_are_refused_too(tmp_path: Path, listening_server, keyword: str) -> None:
    """Data is not followed here, but openapi-spec-validator follows a `$ref` inside a default value (and
    would fetch a URL): such references are refused wherever they stand."""
    url, hits = listening_server
    value = {"$ref": f"{url}/remote.yaml"}
    main = write(
        tmp_path / "specs" / "x.yaml",
        spec("x_pkg", {"Thing": {"type": "object", "properties": {"other": {"type": "object", keyword: value}}}}),
    )
    with pytest.raises(SpecError) as raised:
        generate([main], tmp_path / "out")
    [problem] = raised.value.problems
    assert "remote references are refused" in problem.message
    assert problem.pointer == f"/components/schemas/Thing/properties/other/{keyword}"
    assert hits == []


def test_references_inside_example_data_stay_data(tmp_path: Path, generated_packages: GeneratedPackages) -> None:
    """An API about JSON Schema shows `{"$ref": ...}` payloads; and a property may be *named* `example`."""
    write(tmp_path / "specs" / "common.yaml", {"components": {"schemas": {"Tag": {"type": "string"}}}})
    shown = {"document": {"$ref": "address.json#/definitions/Address"}}
    main = write(
        tmp_path / "specs" / "registry.yaml",
        spec(
            "registry_pkg",
            {
                "Thing": {
                    "type": "object",
                    "properties": {
                        "example": {"$ref": "common.yaml#/components/schemas/Tag"},
                        "document": {
                            "type": "object",
                            "additionalProperties": True,
                            "example": dict(shown["document"]),
                        },
                    },
                    "example": {"document": dict(shown["document"])},  # copies: safe_dump would emit anchors
                }
            },
        ),
    )
    with generated_packages.generate(main, tmp_path / "out") as package:
        assert package.__name__ == "registry_pkg"
        models = package.models
        thing = models.Thing.model_validate({"example": "tag", **shown}, by_alias=True, by_name=False)
        assert thing.to_wire() == {"example": "tag", **shown}
        assert models.Thing.model_fields["document"].examples == [shown["document"]]


def test_a_reference_the_validator_cannot_follow_is_a_clear_error(tmp_path: Path) -> None:
    main = write(
        tmp_path / "specs" / "x.yaml",
        spec("x_pkg", {"Thing": {"type": "object", "default": {"$ref": "elsewhere.json"}}}),
    )
    with pytest.raises(SpecError) as raised:
        generate([main], tmp_path / "out")
    [problem] = raised.value.problems
    assert problem.message == "$ref 'elsewhere.json' cannot be resolved" and problem.file.endswith("x.yaml")
    assert problem.pointer == "/components/schemas/Thing/default" and problem.line is not None
    assert not (tmp_path / "out").exists()


def test_a_missing_referenced_file_is_named_at_the_reference(tmp_path: Path) -> None:
    main = write(
        tmp_path / "specs" / "x.yaml",
        spec("x_pkg", {"Thing": {"type": "object", "properties": {"other": {"$ref": "gone.yaml#/Thing"}}}}),
    )
    with pytest.raises(SpecError) as raised:
        generate([main], tmp_path / "out")
    [problem] = raised.value.problems
    assert problem.file.endswith("x.yaml") and problem.pointer == "/components/schemas/Thing/properties/other"
    assert "gone.yaml does not exist" in problem.message


def test_deep_nesting_is_refused_in_bounded_time(tmp_path: Path) -> None:
    text = "openapi: 3.1.0\ninfo:\n" + "".join("  " * (i + 1) + f"k{i}:\n" for i in range(300)) + "  " * 301 + "x: 1\n"
    started = time.monotonic()
    with pytest.raises(SpecError, match="nesting deeper"):
        generate([write(tmp_path / "deep.yaml", text)], tmp_path / "out")
    assert time.monotonic() - started < 30  # generous: a bound, not a benchmark


def test_awkward_names_generate_valid_typed_code(tmp_path: Path, generated_packages: GeneratedPackages) -> None:
    awkward = [
        "class",
        "def",
        "model_config",
        "schema",
        "json",
        "__init__",
        "2fa",
        "a-b",
        "a_b",
        "A_B",
        "naïve",
        "self",
        "None",
        "copy",
    ]
    schemas = {
        "Thing": {
            "type": "object",
            "description": 'quotes """ and \\ backslash',
            "properties": {name: {"type": "string", "description": f"{name} {{{{ x }}}}"} for name in awkward},
        },
        "Pet.v1": {"type": "object", "properties": {"id": {"type": "integer"}}},
        "pet": {"type": "object", "properties": {"id": {"type": "integer"}}},
        "BaseModel": {"type": "object", "properties": {"x": {"type": "string"}}},
        "Status-Code": {"type": "string", "enum": ["a-b", "A B", "1st", "class", ""]},
    }
    paths = {
        "/things/{class}/{self}": {
            "get": {
                "operationId": "get-thing.v2",
                "parameters": [
                    {"name": "class", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "self", "in": "path", "required": True, "schema": {"type": "string"}},
                    {"name": "timeout", "in": "query", "schema": {"type": "integer"}},
                    {"name": "models", "in": "query", "schema": {"type": "string"}},
                    {"name": "X-Request-ID", "in": "header", "schema": {"type": "string"}},
                    {"name": "session id", "in": "cookie", "schema": {"type": "string"}},
                ],
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                    }
                },
            }
        },
        "/pets": {
            "post": {
                "operationId": "createPet",
                "requestBody": {
                    "required": True,
                    "content": {
                        "application/json": {
                            "schema": {
                                "type": "object",
                                "required": ["pet"],
                                "properties": {
                                    "pet": {"$ref": "#/components/schemas/Pet.v1"},
                                    "kind": {"$ref": "#/components/schemas/Status-Code"},
                                    "base": {"$ref": "#/components/schemas/BaseModel"},
                                    "other": {"$ref": "#/components/schemas/pet"},
                                },
                            }
                        }
                    },
                },
                "responses": {
                    "201": {
                        "description": "Created",
                        "content": {
                            "application/json": {
                                "schema": {"type": "array", "items": {"$ref": "#/components/schemas/Pet.v1"}}
                            }
                        },
                    }
                },
            }
        },
    }
    out = tmp_path / "out"
    with generated_packages.generate(
        write(tmp_path / "awkward.yaml", spec("awkward_pkg", schemas, paths)), out
    ) as package:
        assert package.__name__ == "awkward_pkg"
        thing = package.models.Thing.model_validate({name: name for name in awkward})
        assert thing.to_wire() == {name: name for name in awkward}
        client = package.ApiClient
        assert callable(client.get_thing_v2) and callable(client.create_pet)
    mypy_strict(out)


def test_method_names_that_collide_after_snake_casing_are_a_clear_error(tmp_path: Path) -> None:
    paths = {
        "/a": {"get": {"operationId": "getPet", "responses": {"204": {"description": "none"}}}},
        "/b": {"get": {"operationId": "get_pet", "responses": {"204": {"description": "none"}}}},
    }
    with pytest.raises(SpecError, match="already used"):
        generate(
            [write(tmp_path / "dup.yaml", spec("dup_pkg", {"Thing": {"type": "object"}}, paths))], tmp_path / "out"
        )
