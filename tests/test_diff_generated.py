"""The generated-code section of `python -m generator diff`: what callers of the generated client see, compared
from the IR of both sides. The disagreements with the generator that the section had when it parsed rendered
code (and re-derived constructor keywords from raw specs), then one table row per IR-level rule on hand-built
services, each change reported once."""

from __future__ import annotations

import copy
import dataclasses
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from generator import cli, ir, pipeline
from generator.diff.client_api import compare_services
from generator.diff.generated import generated_changes
from generator.diff.sources import Git, load_side, pair

REPO = Path(__file__).resolve().parent.parent


def _write(path: Path, document: dict[str, Any]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
    return path


def _generated(tmp_path: Path, base: Path, head: Path) -> tuple[list[tuple[str, str, str]], list[str]]:
    """The generated section for one pair of spec files: (level, rule, pointer) of each change, and the notes."""
    git = Git(tmp_path)
    base_set, head_set = load_side(str(base), git, tmp_path), load_side(str(head), git, tmp_path)
    notes: list[str] = []
    changes = generated_changes(base_set, head_set, pair(base_set, head_set), "generated", notes)
    return [(c.level, c.rule, c.pointer) for c in changes], notes


def _things(server_variable: dict[str, Any]) -> dict[str, Any]:
    return {
        "openapi": "3.1.0",
        "info": {"title": "Things", "version": "1", "x-codegen": {"package": "things", "client": "Things"}},
        "servers": [{"url": "https://{host}/v1", "variables": {"host": server_variable}}],
        "paths": {
            "/things/{id}": {
                "get": {
                    "operationId": "getThing",
                    "parameters": [{"name": "id", "in": "path", "required": True, "schema": {"type": "string"}}],
                    "responses": {
                        "200": {
                            "description": "the thing",
                            "content": {
                                "application/json": {
                                    "schema": {"type": "object", "properties": {"name": {"type": "string"}}}
                                }
                            },
                        }
                    },
                }
            }
        },
    }


# -- the disagreements ---------------------------------------------------------------------------------------


def test_redundant_argument_on_a_free_server_variable_changes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A server variable without enum is a constructor keyword either way: naming it explicitly is no change
    (the wire rules re-derived the keyword with `len(enum) > 1` and reported ERR constructor-argument-renamed)."""
    base = _write(tmp_path / "base" / "things.yaml", _things({"default": "api.example", "x-codegen-argument": "host"}))
    head = _write(tmp_path / "head" / "things.yaml", _things({"default": "api.example"}))
    code = cli.main(["diff", str(base), str(head), "--format", "json", "--fail-on", "WARN"])
    document = json.loads(capsys.readouterr().out)
    assert document["changes"] == [] and document["generated"] == []
    assert code == 0


def _ecs() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((REPO / "specs" / "aws" / "ecs.yaml").read_text(encoding="utf-8"))
    return document


def test_new_required_request_property_is_one_err(tmp_path: Path) -> None:
    """Once, not per client variant and waiter (it was WARN eight times: client, async client, both raw
    variants and the waiters of DescribeTasks)."""
    head = _ecs()
    request = head["components"]["schemas"]["DescribeTasksRequest"]
    request["properties"]["shard"] = {"type": "string"}
    request["required"] = [*request.get("required", []), "shard"]
    for item in head["paths"].values():  # the documented requests carry it too (generate refuses stale examples)
        for media in ((item.get("post") or {}).get("requestBody") or {}).get("content", {}).values():
            if media.get("schema") == {"$ref": "#/components/schemas/DescribeTasksRequest"}:
                for example in (media.get("examples") or {}).values():
                    example["value"]["shard"] = "s1"
    base_file = _write(tmp_path / "base" / "aws" / "ecs.yaml", _ecs())
    head_file = _write(tmp_path / "head" / "aws" / "ecs.yaml", head)
    changes, notes = _generated(tmp_path, base_file, head_file)
    assert changes == [("ERR", "api-required-parameter-added", "client.EcsClient.describe_tasks(shard)")], notes


def test_removed_response_field_is_err(tmp_path: Path) -> None:
    """`task.last_status` fails for a caller once the field is gone (it was WARN api-removed)."""
    head = _ecs()
    head["components"]["schemas"]["Task"]["properties"].pop("lastStatus")
    base_file = _write(tmp_path / "base" / "aws" / "ecs.yaml", _ecs())
    head_file = _write(tmp_path / "head" / "aws" / "ecs.yaml", head)
    changes, notes = _generated(tmp_path, base_file, head_file)
    assert changes == [("ERR", "api-removed", "models.Task.last_status")], notes


def test_a_builder_fault_is_a_note_not_a_traceback(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Spec pairs from oasdiff's test data made the builder raise KeyError: 'responses' inside the generated
    comparison, and the review ended in a traceback; the section now says it skipped the package, and why."""

    def fault(*args: object, **kwargs: object) -> ir.Service:
        raise KeyError("responses")

    monkeypatch.setattr(pipeline, "build_service", fault)
    base_file = _write(tmp_path / "base" / "things.yaml", _things({"default": "api.example"}))
    head_file = _write(tmp_path / "head" / "things.yaml", _things({"default": "api.example", "description": "x"}))
    changes, notes = _generated(tmp_path, base_file, head_file)
    assert changes == []
    assert len(notes) == 1 and notes[0].startswith("skipped: ") and "KeyError: 'responses'" in notes[0], notes


def test_a_spec_that_does_not_build_is_a_note(tmp_path: Path) -> None:
    head = _things({"default": "api.example"})
    head["paths"]["/things/{id}"]["get"]["responses"]["200"]["content"]["application/json"]["schema"] = {
        "$ref": "#/components/schemas/Missing"
    }
    base_file = _write(tmp_path / "base" / "things.yaml", _things({"default": "api.example"}))
    head_file = _write(tmp_path / "head" / "things.yaml", head)
    changes, notes = _generated(tmp_path, base_file, head_file)
    assert changes == []
    assert len(notes) == 1 and notes[0].startswith("skipped: ") and "the head spec" in notes[0], notes


# -- IR-level rules, on hand-built services ------------------------------------------------------------------

STR = ir.TypeRef("str")
INT = ir.TypeRef("int")
FLOAT = ir.TypeRef("float")


def _param(name: str, type_: ir.TypeRef = STR, required: bool = False, deprecated: bool = False) -> ir.Param:
    return ir.Param(name, name, "query", type_, required, "", deprecated=deprecated)


def _operation(
    method: str, params: tuple[ir.Param, ...] = (), result: str | None = None, **changes: Any
) -> ir.Operation:
    response = ir.ResponseShape(
        "json" if result else "empty", ir.TypeRef("model", result) if result else None, result, 200
    )
    operation = ir.Operation(method, method, method, "get", f"/{method}", "", "", params, None, response, ())
    return dataclasses.replace(operation, **changes)


def _field(name: str, type_: ir.TypeRef = STR, required: bool = False, nullable: bool = False) -> ir.ModelField:
    return ir.ModelField(name, name, type_, required, nullable)


def _error(name: str, *fields: str) -> ir.ErrorClass:
    return ir.ErrorClass(name, "", name, 400, False, False, None, tuple(ir.ErrorField(f, f, STR) for f in fields))


def _service() -> ir.Service:
    """Shop: `get_item` reads an Item (with a Color and an inherited Base field), `put_order` builds an Order."""
    variable = ir.ServerVariable("region", "region", "SHOP_REGION", "eu", ("eu", "us"), (), (), "")
    credential = ir.Credential("api_key", "SHOP_KEY", "header", "X-Key", "apiKey", "", required=False)
    return ir.Service(
        spec_path="specs/shop.yaml",
        spec_sha256="0",
        package="shop",
        client_stem="Shop",
        title="Shop",
        description="",
        version="1",
        server=ir.Server("https://{region}.shop.example", "", (variable,)),
        credentials=(credential,),
        aws=None,
        operations=(
            _operation("get_item", (_param("item_id", required=True), _param("limit", INT)), "Item"),
            _operation(
                "put_order",
                (_param("order", ir.TypeRef("model", "Order"), required=True), _param("note")),
                waiters=(ir.Waiter("OrderPlaced", "wait_until_order_placed", "", 1, 2, 3, ()),),
            ),
            _operation("old_call", deprecated=True),
        ),
        errors=(_error("NotFoundError", "reason"),),
        constructor_arguments=(
            ir.ConstructorArgument("api_key", "credential", "", env=("SHOP_KEY",), secret=True),
            ir.ConstructorArgument("region", "server_variable", "", env=("SHOP_REGION",), default="eu"),
            ir.ConstructorArgument("base_url", "base_url", ""),
        ),
        models=(
            ir.Model("Base", "Base", "object", fields=(_field("id", required=True),)),
            ir.Model(
                "Item",
                "Item",
                "object",
                bases=("Base",),
                fields=(_field("size", INT, required=True), _field("color", ir.TypeRef("enum", "Color"))),
            ),
            ir.Model("Color", "Color", "enum", enum_values=("red", "blue")),
            ir.Model("Order", "Order", "object", fields=(_field("quantity", INT, required=True), _field("gift"))),
        ),
    )


Mutation = Callable[[ir.Service], ir.Service]


def _ops(service: ir.Service, method: str, change: Callable[[ir.Operation], ir.Operation | None]) -> ir.Service:
    operations = [change(op) if op.method_name == method else op for op in service.operations]
    return dataclasses.replace(service, operations=tuple(op for op in operations if op is not None))


def _waiter(service: ir.Service, **changes: Any) -> ir.Service:
    return _ops(
        service,
        "put_order",
        lambda op: dataclasses.replace(op, waiters=tuple(dataclasses.replace(w, **changes) for w in op.waiters)),
    )


def _params(
    service: ir.Service, method: str, change: Callable[[tuple[ir.Param, ...]], tuple[ir.Param, ...]]
) -> ir.Service:
    return _ops(service, method, lambda op: dataclasses.replace(op, params=change(op.params)))


def _retyped(params: tuple[ir.Param, ...], name: str, **changes: Any) -> tuple[ir.Param, ...]:
    return tuple(dataclasses.replace(p, **changes) if p.python_name == name else p for p in params)


def _model(service: ir.Service, name: str, change: Callable[[ir.Model], ir.Model | None]) -> ir.Service:
    models = [change(m) if m.class_name == name else m for m in service.models]
    return dataclasses.replace(service, models=tuple(m for m in models if m is not None))


def _fields(service: ir.Service, name: str, fields: tuple[ir.ModelField, ...]) -> ir.Service:
    return _model(service, name, lambda m: dataclasses.replace(m, fields=fields))


def _field_changed(service: ir.Service, model: str, field: str, **changes: Any) -> ir.Service:
    found = next(m for m in service.models if m.class_name == model)
    fields = tuple(dataclasses.replace(f, **changes) if f.python_name == field else f for f in found.fields)
    return _fields(service, model, fields)


def _arguments(
    service: ir.Service, change: Callable[[ir.ConstructorArgument], ir.ConstructorArgument | None]
) -> ir.Service:
    arguments = [change(a) for a in service.constructor_arguments]
    return dataclasses.replace(service, constructor_arguments=tuple(a for a in arguments if a is not None))


def _keyword(keyword: str, **changes: Any) -> Callable[[ir.ConstructorArgument], ir.ConstructorArgument | None]:
    def change(argument: ir.ConstructorArgument) -> ir.ConstructorArgument | None:
        if argument.name != keyword:
            return argument
        return None if changes.get("removed") else dataclasses.replace(argument, **changes)

    return change


def _renamed_region(service: ir.Service) -> ir.Service:
    variables = tuple(dataclasses.replace(v, argument="zone") for v in service.server.variables)
    service = dataclasses.replace(service, server=dataclasses.replace(service.server, variables=variables))
    return _arguments(service, _keyword("region", name="zone"))


def _renamed_credential(service: ir.Service) -> ir.Service:
    credentials = tuple(dataclasses.replace(c, argument="key") for c in service.credentials)
    return _arguments(dataclasses.replace(service, credentials=credentials), _keyword("api_key", name="key"))


def _without_credential(service: ir.Service) -> ir.Service:
    return _arguments(dataclasses.replace(service, credentials=()), _keyword("api_key", removed=True))


def _new_keyword(required: bool) -> Mutation:
    def add(service: ir.Service) -> ir.Service:
        argument = ir.ConstructorArgument("tenant", "credential", "", required=required)
        return dataclasses.replace(service, constructor_arguments=(*service.constructor_arguments, argument))

    return add


ITEM_OPTIONAL_SIZE: Mutation = lambda s: _field_changed(s, "Item", "size", required=False)  # noqa: E731

CASES: list[tuple[str, Mutation, str, str, str]] = [
    # the package and its clients
    ("package renamed", lambda s: dataclasses.replace(s, package="shop2"), "ERR", "package-renamed", "shop"),
    (
        "client renamed",
        lambda s: dataclasses.replace(s, client_stem="Store"),
        "ERR",
        "client-renamed",
        "client.ShopClient",
    ),
    # constructor keywords
    (
        "server variable keyword renamed",
        _renamed_region,
        "ERR",
        "constructor-argument-renamed",
        "client.ShopClient.__init__(region)",
    ),
    (
        "credential keyword renamed",
        _renamed_credential,
        "ERR",
        "constructor-argument-renamed",
        "client.ShopClient.__init__(api_key)",
    ),
    (
        "credential keyword removed",
        _without_credential,
        "ERR",
        "credential-removed",
        "client.ShopClient.__init__(api_key)",
    ),
    (
        "base_url keyword removed",
        lambda s: _arguments(s, _keyword("base_url", removed=True)),
        "ERR",
        "constructor-argument-removed",
        "client.ShopClient.__init__(base_url)",
    ),
    (
        "credential became required",
        lambda s: _arguments(s, _keyword("api_key", required=True)),
        "ERR",
        "api-parameter-became-required",
        "client.ShopClient.__init__(api_key)",
    ),
    (
        "new required keyword",
        _new_keyword(True),
        "ERR",
        "api-required-parameter-added",
        "client.ShopClient.__init__(tenant)",
    ),
    ("new optional keyword", _new_keyword(False), "INFO", "api-added", "client.ShopClient.__init__(tenant)"),
    (
        "environment variable renamed",
        lambda s: _arguments(s, _keyword("region", env=("SHOP_ZONE",))),
        "WARN",
        "env-variable-changed",
        "client.ShopClient.__init__(region)",
    ),
    # methods and their arguments
    (
        "method removed",
        lambda s: _ops(s, "get_item", lambda op: None),
        "ERR",
        "api-removed",
        "client.ShopClient.get_item",
    ),
    (
        "deprecated method removed",
        lambda s: _ops(s, "old_call", lambda op: None),
        "WARN",
        "api-removed",
        "client.ShopClient.old_call",
    ),
    (
        "method added",
        lambda s: dataclasses.replace(s, operations=(*s.operations, _operation("list_items"))),
        "INFO",
        "api-added",
        "client.ShopClient.list_items",
    ),
    (
        "required argument added",
        lambda s: _params(s, "get_item", lambda ps: (*ps, _param("shop", required=True))),
        "ERR",
        "api-required-parameter-added",
        "client.ShopClient.get_item(shop)",
    ),
    (
        "optional argument added",
        lambda s: _params(s, "get_item", lambda ps: (*ps, _param("shop"))),
        "INFO",
        "api-added",
        "client.ShopClient.get_item(shop)",
    ),
    (
        "argument removed",
        lambda s: _params(s, "get_item", lambda ps: ps[:1]),
        "ERR",
        "api-removed",
        "client.ShopClient.get_item(limit)",
    ),
    (
        "argument became required",
        lambda s: _params(s, "get_item", lambda ps: _retyped(ps, "limit", required=True)),
        "ERR",
        "api-parameter-became-required",
        "client.ShopClient.get_item(limit)",
    ),
    (
        "argument became optional",
        lambda s: _params(s, "get_item", lambda ps: _retyped(ps, "item_id", required=False)),
        "INFO",
        "api-parameter-became-optional",
        "client.ShopClient.get_item(item_id)",
    ),
    (
        "argument type narrowed (int to str)",
        lambda s: _params(s, "get_item", lambda ps: _retyped(ps, "limit", type=STR)),
        "ERR",
        "api-type-changed",
        "client.ShopClient.get_item(limit)",
    ),
    (
        "argument type loosened (int to float)",
        lambda s: _params(s, "get_item", lambda ps: _retyped(ps, "limit", type=FLOAT)),
        "INFO",
        "api-type-changed",
        "client.ShopClient.get_item(limit)",
    ),
    (
        "argument list items narrowed",
        lambda s: _params(s, "get_item", lambda ps: _retyped(ps, "item_id", type=ir.TypeRef("list", item=STR))),
        "ERR",
        "api-type-changed",
        "client.ShopClient.get_item(item_id)",
    ),
    (
        "argument now an open enum (strings still pass)",
        lambda s: _params(s, "get_item", lambda ps: _retyped(ps, "item_id", type=ir.TypeRef("enum", "Color"))),
        "INFO",
        "api-type-changed",
        "client.ShopClient.get_item(item_id)",
    ),
    (
        "result retyped",
        lambda s: _ops(
            s, "get_item", lambda op: dataclasses.replace(op, response=_operation("x", result="Order").response)
        ),
        "ERR",
        "api-type-changed",
        "client.ShopClient.get_item -> return",
    ),
    (
        "result may now be None",
        lambda s: _ops(
            s, "get_item", lambda op: dataclasses.replace(op, response=dataclasses.replace(op.response, or_empty=True))
        ),
        "ERR",
        "api-type-changed",
        "client.ShopClient.get_item -> return",
    ),
    (
        "waiter removed",
        lambda s: _ops(s, "put_order", lambda op: dataclasses.replace(op, waiters=())),
        "ERR",
        "api-removed",
        "client.ShopClient.wait_until_order_placed",
    ),
    (
        "waiter acceptors changed",
        lambda s: _waiter(s, acceptors=(ir.Acceptor("success", "path", "status", "PLACED"),)),
        "WARN",
        "waiter-changed",
        "client.ShopClient.wait_until_order_placed",
    ),
    (
        "waiter timing changed",
        lambda s: _waiter(s, max_wait=60.0),
        "INFO",
        "waiter-timing-changed",
        "client.ShopClient.wait_until_order_placed",
    ),
    # model classes and fields
    ("model removed", lambda s: _model(s, "Order", lambda m: None), "ERR", "api-removed", "models.Order"),
    (
        "model added",
        lambda s: dataclasses.replace(s, models=(*s.models, ir.Model("Extra", "Extra", "object"))),
        "INFO",
        "api-added",
        "models.Extra",
    ),
    (
        "read field removed",
        lambda s: _fields(s, "Item", (_field("color", ir.TypeRef("enum", "Color")),)),
        "ERR",
        "api-removed",
        "models.Item.size",
    ),
    (
        "field retyped",
        lambda s: _field_changed(s, "Item", "size", type=FLOAT),
        "ERR",
        "api-type-changed",
        "models.Item.size",
    ),
    ("read field may now be None", ITEM_OPTIONAL_SIZE, "ERR", "api-field-became-optional", "models.Item.size"),
    (
        "read field nullable",
        lambda s: _field_changed(s, "Item", "size", nullable=True),
        "ERR",
        "api-field-became-optional",
        "models.Item.size",
    ),
    (
        "built field may now be None (callers only set it)",
        lambda s: _field_changed(s, "Order", "quantity", required=False),
        "INFO",
        "api-field-became-optional",
        "models.Order.quantity",
    ),
    (
        "built field became required",
        lambda s: _field_changed(s, "Order", "gift", required=True),
        "ERR",
        "api-field-became-required",
        "models.Order.gift",
    ),
    (
        "read field became required (callers only read it)",
        lambda s: _field_changed(s, "Item", "color", required=True),
        "INFO",
        "api-field-became-required",
        "models.Item.color",
    ),
    (
        "required field added to a built model",
        lambda s: _fields(s, "Order", (*s.models[3].fields, _field("shop", required=True))),
        "ERR",
        "api-required-field-added",
        "models.Order.shop",
    ),
    (
        "required field added to a read model",
        lambda s: _fields(s, "Item", (*s.models[1].fields, _field("shop", required=True))),
        "INFO",
        "api-added",
        "models.Item.shop",
    ),
    (
        "enum value removed",
        lambda s: _model(s, "Color", lambda m: dataclasses.replace(m, enum_values=("blue",))),
        "ERR",
        "api-removed",
        "models.Color('red')",
    ),
    (
        "enum value added",
        lambda s: _model(s, "Color", lambda m: dataclasses.replace(m, enum_values=(*m.enum_values, "green"))),
        "INFO",
        "api-added",
        "models.Color('green')",
    ),
    (
        "base class removed (its field kept)",
        lambda s: _model(
            s, "Item", lambda m: dataclasses.replace(m, bases=(), fields=(*s.models[0].fields, *m.fields))
        ),
        "ERR",
        "api-base-removed",
        "models.Item",
    ),
    # exception classes
    ("error class removed", lambda s: dataclasses.replace(s, errors=()), "ERR", "api-removed", "errors.NotFoundError"),
    (
        "error attribute removed",
        lambda s: dataclasses.replace(s, errors=(_error("NotFoundError"),)),
        "ERR",
        "api-removed",
        "errors.NotFoundError.reason",
    ),
    (
        "error class added",
        lambda s: dataclasses.replace(s, errors=(*s.errors, _error("ConflictError"))),
        "INFO",
        "api-added",
        "errors.ConflictError",
    ),
]


@pytest.mark.parametrize(("mutate", "level", "rule", "pointer"), [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_rule(mutate: Mutation, level: str, rule: str, pointer: str) -> None:
    changes = compare_services(_service(), mutate(_service()))
    assert [(c.level, c.rule, c.pointer) for c in changes] == [(level, rule, pointer)]
    assert all(c.section == "generated" and c.message for c in changes)


def test_identical_services_have_no_changes() -> None:
    assert compare_services(_service(), copy.deepcopy(_service())) == []


def test_a_field_moved_into_a_base_class_is_no_change() -> None:
    head = _model(_service(), "Base", lambda m: dataclasses.replace(m, fields=(*m.fields, _field("size", INT, True))))
    head = _fields(head, "Item", (_field("color", ir.TypeRef("enum", "Color")),))
    changes = compare_services(_service(), head)
    assert [(c.level, c.rule, c.pointer) for c in changes] == [("INFO", "api-added", "models.Base.size")]


def test_files_name_the_generated_modules() -> None:
    head = dataclasses.replace(_service(), errors=(), operations=_service().operations[1:])
    head = _model(head, "Order", lambda m: None)
    changes = compare_services(_service(), head, "out/")
    assert {(c.pointer, c.file) for c in changes} == {
        ("errors.NotFoundError", "out/shop/errors.py"),
        ("client.ShopClient.get_item", "out/shop/client.py"),
        ("models.Order", "out/shop/models.py"),
    }


def test_package_added_and_removed() -> None:
    assert [(c.level, c.rule, c.file) for c in compare_services(None, _service())] == [
        ("INFO", "api-package-added", "generated/shop/__init__.py")
    ]
    assert [(c.level, c.rule) for c in compare_services(_service(), None)] == [("ERR", "api-package-removed")]


def test_a_flattened_request_model_is_reported_as_the_method_arguments() -> None:
    """The request body model of a method whose keyword arguments are its properties mirrors them: a new
    required property is one change, on the method, not a second one on the model."""
    request = ir.RequestBody("json", "application/json", "CreateItemRequest", True)
    create = _operation("create_item", (dataclasses.replace(_param("name"), location="body"),), request=request)
    model = ir.Model("CreateItemRequest", "CreateItemRequest", "object", fields=(_field("name"),))
    base = dataclasses.replace(_service(), operations=(create,), models=(model,))
    shard = ir.Param("shard", "shard", "body", STR, True, "")
    head = _params(base, "create_item", lambda ps: (*ps, shard))
    head = _fields(head, "CreateItemRequest", (*model.fields, _field("shard", required=True)))
    assert [(c.level, c.rule, c.pointer) for c in compare_services(base, head)] == [
        ("ERR", "api-required-parameter-added", "client.ShopClient.create_item(shard)")
    ]


def test_removing_a_deprecated_argument_is_a_warning() -> None:
    """Callers were told: like the wire rules, a deprecated name that goes is WARN, not ERR."""
    base = _params(_service(), "get_item", lambda ps: _retyped(ps, "limit", deprecated=True))
    head = _params(base, "get_item", lambda ps: ps[:1])
    assert [(c.level, c.rule, c.pointer) for c in compare_services(base, head)] == [
        ("WARN", "api-removed", "client.ShopClient.get_item(limit)")
    ]


def test_credential_keyword_renamed_in_the_spec(tmp_path: Path) -> None:
    """From the builder's IR: the keyword of one security scheme renamed is one rename, on the constructor."""

    def secured(argument: str) -> dict[str, Any]:
        document = _things({"default": "api.example"})
        document["security"] = [{"apiKey": []}]
        scheme = {"type": "apiKey", "in": "header", "name": "X-Key", "x-codegen-argument": argument}
        document["components"] = {"securitySchemes": {"apiKey": scheme}}
        return document

    base_file = _write(tmp_path / "base" / "things.yaml", secured("api_key"))
    head_file = _write(tmp_path / "head" / "things.yaml", secured("key"))
    changes, notes = _generated(tmp_path, base_file, head_file)
    assert changes == [("ERR", "constructor-argument-renamed", "client.ThingsClient.__init__(api_key)")], notes
