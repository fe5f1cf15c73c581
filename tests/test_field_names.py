"""Model field names that cannot mix up fields, and schemas handed to datamodel-code-generator intact.

With `populate_by_name`, an attribute name that is also another field's wire name fills both fields
(`Thing(a_b=1)` set `a-b` and `a_b`); an allOf child could hide an inherited field; a property named
`to_wire` hid the method. And the schemas must reach datamodel-code-generator as written: a property
*named* `x-request-id` is data, not an extension, and a discriminator mapping follows renamed schemas.
"""

from __future__ import annotations

import inspect
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest
import yaml
from conftest import GeneratedPackages
from test_hostile import mypy_strict

from generator.model_fields import ClassFields, naming_conflicts, unambiguous_names

# -- the naming rules, on tables of classes -----------------------------------------------------------


def test_a_wire_name_keeps_its_exact_attribute_name_and_the_other_field_moves() -> None:
    classes = {"Thing": ClassFields((), {"a-b": "a_b", "a_b": "a_b_1", "c": "c"})}
    [conflict] = naming_conflicts(classes)
    assert (conflict.class_name, conflict.wire_name, conflict.claimant) == ("Thing", "a-b", ("Thing", "a_b"))
    assert unambiguous_names(classes) == {"Thing.a-b": "a_b_1", "Thing.a_b": "a_b", "Thing.c": "c"}


def test_no_conflict_pins_nothing() -> None:
    classes = {"Thing": ClassFields((), {"fooBar": "foo_bar", "class": "class_"}), "Child": ClassFields(("Thing",))}
    assert naming_conflicts(classes) == []
    assert unambiguous_names(classes) == {}


def test_a_child_field_that_hides_an_inherited_one_is_renamed() -> None:
    classes = {
        "Parent": ClassFields(("ApiModel",), {"a_b": "a_b"}),
        "Child": ClassFields(("Parent",), {"a-b": "a_b"}),
    }
    assert [(c.class_name, c.wire_name) for c in naming_conflicts(classes)] == [("Child", "a-b")]
    assert unambiguous_names(classes) == {"Child.a-b": "a_b_1"}


def test_an_inherited_field_loses_a_name_that_is_exactly_a_childs_wire_name() -> None:
    classes = {
        "Parent": ClassFields((), {"a-b": "a_b", "a_b": "a_b_1"}),
        "Child": ClassFields(("Parent",), {"a_b_1": "a_b_1"}),
    }
    pins = unambiguous_names(classes)
    assert pins == {"Parent.a-b": "a_b_2", "Parent.a_b": "a_b"}
    renamed = {"Parent": ClassFields((), {"a-b": "a_b_2", "a_b": "a_b"}), "Child": classes["Child"]}
    assert naming_conflicts(renamed) == []


def test_a_field_named_like_an_api_model_method_is_renamed() -> None:
    assert unambiguous_names({"Thing": ClassFields((), {"to_wire": "to_wire"})}) == {"Thing.to_wire": "to_wire_1"}


def test_cyclic_bases_do_not_loop() -> None:
    classes = {"A": ClassFields(("B",), {"x": "x"}), "B": ClassFields(("A",), {"y": "y"})}
    assert naming_conflicts(classes) == []


# -- end to end: generate, import, construct, send -------------------------------------------------

SPEC: dict[str, Any] = {
    "openapi": "3.1.0",
    "info": {"title": "Names", "version": "1", "x-codegen": {"package": "field_names_pkg", "client": "Names"}},
    "servers": [{"url": "https://names.example"}],
    "paths": {
        "/pets": {
            "post": {
                "operationId": "putPet",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                },
                "responses": {
                    "200": {
                        "description": "OK",
                        "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Pet"}}},
                    }
                },
            }
        },
        "/flat-things": {
            "post": {
                "operationId": "putFlatThing",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Thing"}}},
                },
                "responses": {"204": {"description": "stored"}},
            }
        },
        "/things": {
            "post": {
                "operationId": "putThing",
                "requestBody": {
                    "required": True,
                    "content": {"application/json": {"schema": {"$ref": "#/components/schemas/Child"}}},
                },
                "responses": {"204": {"description": "stored"}},
            }
        },
    },
    "components": {
        "schemas": {
            "Thing": {
                "type": "object",
                "properties": {
                    "a-b": {"type": "integer"},
                    "a_b": {"type": "integer"},
                    "fooBar": {"type": "string"},
                    "foo_bar": {"type": "string"},
                    "to_wire": {"type": "string"},
                    "x-request-id": {"type": "string"},
                    "meta": {"type": "object", "additionalProperties": True, "default": {"x-a": 1}},
                    "blob": {"type": "string", "format": "byte"},
                },
            },
            "Child": {
                "allOf": [
                    {"$ref": "#/components/schemas/Thing"},
                    {"type": "object", "properties": {"a_b_1": {"type": "integer"}, "x-y": {"type": "string"}}},
                ]
            },
            "Pet": {
                "oneOf": [{"$ref": "#/components/schemas/Cat.v1"}, {"$ref": "#/components/schemas/Dog-v1"}],
                "discriminator": {
                    "propertyName": "kind",
                    "mapping": {"cat": "#/components/schemas/Cat.v1", "dog": "#/components/schemas/Dog-v1"},
                },
            },
            "Cat.v1": {"type": "object", "required": ["kind"], "properties": {"kind": {"type": "string"}}},
            "Dog-v1": {
                "type": "object",
                "required": ["kind"],
                "properties": {"kind": {"type": "string"}, "bark": {"type": "boolean"}},
            },
        }
    },
}


@pytest.fixture(scope="module")
def package(tmp_path_factory: pytest.TempPathFactory, generated_packages: GeneratedPackages) -> Any:
    root = tmp_path_factory.mktemp("field_names")
    spec = root / "names.yaml"
    spec.write_text(yaml.safe_dump(SPEC, sort_keys=False), encoding="utf-8")
    with generated_packages.generate(spec, root / "out") as generated:
        assert generated.__name__ == "field_names_pkg"
        yield generated


def models(package: ModuleType) -> Any:
    return package.models


def test_constructing_by_attribute_name_sets_exactly_that_field(package: Any) -> None:
    thing = models(package).Thing(a_b=1, foo_bar="snake")
    assert thing.to_wire() == {"a_b": 1, "foo_bar": "snake"}
    renamed = {name: info.alias for name, info in models(package).Thing.model_fields.items()}
    assert renamed["a_b_2"] == "a-b" and renamed["foo_bar_1"] == "fooBar"
    assert models(package).Thing(a_b_2=2, foo_bar_1="camel").to_wire() == {"a-b": 2, "fooBar": "camel"}


def test_wire_data_round_trips_with_every_property(package: Any) -> None:
    wire = {"a-b": 1, "a_b": 2, "fooBar": "c", "foo_bar": "s", "to_wire": "t", "x-request-id": "r", "a_b_1": 3}
    child = models(package).Child.model_validate(wire, by_alias=True, by_name=False)
    assert child.to_wire() == wire  # to_wire() is still the method, and x-request-id was not dropped
    assert child.to_wire_1 == "t" and child.x_request_id == "r" and child.a_b_1 == 3
    assert models(package).Thing().meta == {"x-a": 1}  # a default value is data: its x- key stays


def test_format_byte_is_bytes_in_python_and_base64_on_the_wire(package: Any) -> None:
    png = b"\x89PNG\r\n\x1a\n\x00\xff"  # not UTF-8: pydantic's Base64Str could not hold it
    thing = models(package).Thing.model_validate({"blob": "iVBORw0KGgoA/w=="}, by_alias=True, by_name=False)
    assert thing.blob == png and thing.to_wire() == {"blob": "iVBORw0KGgoA/w=="}
    assert models(package).Thing(blob=png).to_wire() == {"blob": "iVBORw0KGgoA/w=="}
    with pytest.raises(ValueError, match="blob"):
        models(package).Thing.model_validate({"blob": "not base64!"}, by_alias=True, by_name=False)


def test_a_discriminator_mapping_follows_renamed_schemas(package: Any) -> None:
    pet = models(package).Pet.model_validate({"kind": "cat"}, by_alias=True, by_name=False)
    assert type(pet.root).__name__ == "CatV1"
    dog = models(package).Pet.model_validate({"kind": "dog", "bark": True}, by_alias=True, by_name=False)
    assert type(dog.root).__name__ == "DogV1" and dog.root.bark is True


def test_the_client_sends_what_the_caller_named(package: Any) -> None:
    from field_names_pkg.testing import FakeNamesServer

    with FakeNamesServer() as server, package.NamesClient(base_url=server.url, max_retries=0) as client:
        server.respond("putThing", status=204)
        client.put_thing(body=models(package).Child(a_b=1, a_b_1=3, x_y="dash"))
        server.respond("putPet", body={"kind": "dog", "bark": True})
        answer = client.put_pet(body={"kind": "cat"})
        [thing, pet] = server.requests
    assert type(answer.root).__name__ == "DogV1" and answer.root.bark is True
    assert thing.json() == {"a_b": 1, "a_b_1": 3, "x-y": "dash"} and thing.problems == []
    assert pet.json() == {"kind": "cat"} and pet.problems == []


def test_flattened_body_arguments_are_the_models_attribute_names(package: Any) -> None:
    from field_names_pkg.testing import FakeNamesServer

    arguments = inspect.signature(package.NamesClient.put_flat_thing).parameters
    attributes = set(models(package).Thing.model_fields)
    assert {"a_b", "a_b_2", "foo_bar", "foo_bar_1", "x_request_id"} <= set(arguments) & attributes
    with FakeNamesServer() as server, package.NamesClient(base_url=server.url, max_retries=0) as client:
        server.respond("putFlatThing", status=204)
        client.put_flat_thing(a_b=1, a_b_2=2, foo_bar_1="camel")
        [sent] = server.requests
    assert sent.json() == {"a_b": 1, "a-b": 2, "fooBar": "camel"}
    assert models(package).Thing(a_b=1, a_b_2=2, foo_bar_1="camel").to_wire() == sent.json()


def test_the_package_passes_mypy_strict(package: Any) -> None:
    mypy_strict(Path(package.__file__).parent.parent)
