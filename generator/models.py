"""Models through datamodel-code-generator, called as a library.

We hand it the spec's `components/schemas`, with each `x-timestamp-format` property turned into the
runtime's wire timestamp type, our base model and our open-enum template. Its imports of the runtime
use a sentinel top-level module name, which we point at the package's own `_runtime` (datamodel-code-
generator accepts only absolute import paths; the generated package must use relative ones).
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from typing import Any

from datamodel_code_generator import generate
from datamodel_code_generator.enums import DataModelType, InputFileType
from datamodel_code_generator.format import PythonVersion

from . import ir, resources
from .errors import Problem, SpecError
from .loader import LoadedSpec
from .model_fields import ClassFields, class_fields, naming_conflicts
from .schema_keywords import SCHEMA_LISTS, SCHEMA_MAPS, SCHEMA_VALUED
from .view import SCHEMA_REF, schema_ref_name

SENTINEL = "_codegen_runtime"
TIMESTAMP_TYPES = {"epoch-seconds": "EpochSeconds", "date-time": "DateTime", "http-date": "HttpDate"}
DMCG_TEMPLATES = resources.DMCG_TEMPLATES


def _renamed_ref(ref: str, renames: dict[str, str]) -> str:
    name = schema_ref_name(ref)
    return ref if name is None else SCHEMA_REF + renames.get(name, name)


def _nullable_enum(node: dict[str, Any]) -> dict[str, Any]:
    """A nullable enum (`type: [string, "null"]`, or `nullable: true`, with or without `null` among the
    values) as `nullable` over a plain enum: datamodel-code-generator makes a closed `Enum` of a type list,
    and our open enums (unknown values parse) need a single-typed one."""
    kind, values = node.get("type"), node.get("enum")
    if not isinstance(values, list):
        return node
    kinds = [k for k in kind if k != "null"] if isinstance(kind, list) else [kind]
    nullable = None in values or node.get("nullable") is True or (isinstance(kind, list) and "null" in kind)
    if not nullable or len(kinds) != 1 or kinds[0] not in ("string", "integer"):
        return node
    return {**node, "type": kinds[0], "enum": [v for v in values if v is not None], "nullable": True}


def _one_way(prop: Any) -> bool:
    """A readOnly or writeOnly property is required in one direction only; one model serves both, so there
    it is optional (the client never sends a readOnly one, and checks a required writeOnly argument itself)."""
    return isinstance(prop, dict) and (prop.get("readOnly") is True or prop.get("writeOnly") is True)


def _prepare(node: Any, renames: dict[str, str]) -> Any:
    """A copy of a schema for datamodel-code-generator: timestamp properties point at the runtime's wire
    types, `$ref`s (and discriminator mappings) follow renamed schemas, our `x-` keys are dropped."""
    if not isinstance(node, dict):
        return node  # a boolean schema
    custom = None
    if "x-timestamp-format" in node:
        custom = f"{SENTINEL}.models.{TIMESTAMP_TYPES[node['x-timestamp-format']]}"
    elif node.get("type") == "string" and node.get("format") == "byte":
        # base64 on the wire, bytes in Python (datamodel-code-generator's Base64Str fails on binary content)
        custom = f"{SENTINEL}.models.Base64Bytes"
    if custom is not None:
        replaced: dict[str, Any] = {"customTypePath": custom}
        for key in ("description", "deprecated", "title", "nullable"):
            if key in node:
                replaced[key] = node[key]
        return replaced
    node = _nullable_enum(node)
    result: dict[str, Any] = {}
    for key, value in node.items():
        if key.startswith("x-"):
            continue
        if key == "required" and isinstance(value, list) and isinstance(node.get("properties"), dict):
            value = [name for name in value if not _one_way(node["properties"].get(name))]
        if key == "$ref" and isinstance(value, str):
            result[key] = _renamed_ref(value, renames)
        elif key in SCHEMA_VALUED:
            result[key] = (
                [_prepare(item, renames) for item in value] if isinstance(value, list) else _prepare(value, renames)
            )
        elif key in SCHEMA_LISTS and isinstance(value, list):
            result[key] = [_prepare(item, renames) for item in value]
        elif key in SCHEMA_MAPS and isinstance(value, dict):
            result[key] = {name: _prepare(schema, renames) for name, schema in value.items()}
        elif key == "discriminator" and isinstance(value, dict) and isinstance(value.get("mapping"), dict):
            mapping = {
                tag: _renamed_ref(ref, renames) if isinstance(ref, str) else ref
                for tag, ref in value["mapping"].items()
            }
            result[key] = {**value, "mapping": mapping}
        else:
            result[key] = value  # data (enum, default, examples, ...) or a scalar keyword: as written
    return result


@dataclass(frozen=True)
class Models:
    """A generated models module and what its classes declare (read once, used by the rest of the pipeline)."""

    source: str
    classes: dict[str, ClassFields]

    @classmethod
    def of(cls, source: str) -> Models:
        return cls(source, class_fields(source))


def generate_models(spec: LoadedSpec, header: str, service: ir.Service | None = None) -> Models:
    schemas = (spec.document.get("components") or {}).get("schemas") or {}
    for name, schema in schemas.items():
        fmt = schema.get("x-timestamp-format") if isinstance(schema, dict) else None
        if fmt is not None and fmt not in TIMESTAMP_TYPES:
            raise SpecError(
                [spec.problem(f"/components/schemas/{name}/x-timestamp-format", f"unknown timestamp format {fmt!r}")]
            )
    renames = dict(service.class_names) if service is not None else {name: name for name in schemas}
    prepared = {renames.get(name, name): _prepare(schema, renames) for name, schema in schemas.items()}
    for name, schema in service.hoisted_schemas if service is not None else ():
        prepared[name] = _prepare(copy.deepcopy(schema), renames)
    variants = _union_variants(service, prepared)
    document = {
        "openapi": spec.document.get("openapi", "3.1.0"),
        "info": {"title": "models", "version": "1"},
        "paths": {},
        "components": {"schemas": prepared},
    }
    source = _run(spec, document, header, aliases=_field_aliases(service), variants=variants)
    classes = class_fields(source)
    problems = _disagreements(spec, service, classes)
    left = naming_conflicts(classes)
    if left:
        details = "; ".join(f"{c.class_name}.{c.wire_name}: {c.reason}" for c in left)
        problems.append(_problem(spec, f"ambiguous field names in the generated models: {details}"))
    if problems:
        raise SpecError(problems)
    source = source.replace(f"from {SENTINEL}.", "from ._runtime.")
    if SENTINEL in source:
        raise SpecError([_problem(spec, "a runtime import could not be made relative")])
    return Models(source, classes)  # the import rewrite changes no class or field


def _union_variants(service: ir.Service | None, prepared: dict[str, Any]) -> tuple[str, ...]:
    """Unions by our convention: the union's `oneOf` refers to its variants (hoisted under their names by the
    builder), so each branch is one named class, then to the runtime's UnknownUnionMember (a member the service
    added later); the variant classes are returned (their base refuses a second member)."""
    found: list[str] = []
    for model in service.models if service is not None else ():
        if model.variants and isinstance(prepared.get(model.class_name), dict):
            prepared[model.class_name]["oneOf"] = [{"$ref": SCHEMA_REF + name} for name in model.variants] + [
                {"customTypePath": f"{SENTINEL}.models.UnknownUnionMember"}  # last: known members win
            ]
            found.extend(model.variants)
    return tuple(found)


def _field_aliases(service: ir.Service | None) -> dict[str, str]:
    """The field names the IR decided, as datamodel-code-generator's scoped aliases (`Class.wire` → name). A name
    equal to its wire name needs none (an alias would only add `Field(alias=...)`); the check after the run
    confirms that datamodel-code-generator chose it too."""
    if service is None:
        return {}
    return {
        f"{m.class_name}.{f.wire_name}": f.python_name
        for m in service.models
        for f in m.fields
        if f.python_name != f.wire_name
    }


def _disagreements(spec: LoadedSpec, service: ir.Service | None, classes: dict[str, ClassFields]) -> list[Problem]:
    """Names in the generated models that differ from the IR's: the IR decides, so any difference is a defect of
    the generator (a schema construct the IR reads differently), reported rather than shipped."""
    problems = []
    for model in service.models if service is not None else ():
        generated = classes.get(model.class_name)
        if generated is None:
            continue
        for field in model.fields:
            name = generated.fields.get(field.wire_name)
            if name is not None and name != field.python_name:
                problems.append(
                    _problem(
                        spec,
                        f"internal: {model.class_name}.{field.wire_name} was generated as {name!r},"
                        f" the IR named it {field.python_name!r}",
                    )
                )
    return problems


def _problem(spec: LoadedSpec, message: str) -> Problem:
    return Problem(spec.display_path, "/components/schemas", message, rule="models")


def _run(
    spec: LoadedSpec, document: dict[str, Any], header: str, aliases: dict[str, str], variants: tuple[str, ...] = ()
) -> str:
    """One datamodel-code-generator run; `aliases` pins attribute names (`Class.wire-name` → name); union
    `variants` are based on the runtime's UnionMember (exactly one member)."""
    try:
        source = generate(
            json.dumps(document, sort_keys=False),
            input_file_type=InputFileType.OpenAPI,
            output_model_type=DataModelType.PydanticV2BaseModel,
            target_python_version=PythonVersion.PY_311,
            base_class=f"{SENTINEL}.models.ApiModel",
            base_class_map={name: f"{SENTINEL}.models.UnionMember" for name in variants} or None,
            additional_imports=[f"{SENTINEL}.models.OpenEnum", f"{SENTINEL}.models.OpenIntEnum"],
            custom_template_dir=DMCG_TEMPLATES,
            custom_file_header=header,
            snake_case_field=True,
            strict_nullable=True,  # OpenAPI 3.0: `nullable: true` makes even a required field accept null
            aliases=aliases or None,
            capitalise_enum_members=True,
            set_default_enum_member=True,
            # generated clients depend on httpx and pydantic only: no email-validator for EmailStr
            type_mappings=["string+email=string", "string+idn-email=string"],
            use_annotated=True,
            field_constraints=True,
            use_standard_collections=True,
            use_union_operator=True,
            use_schema_description=True,
            use_field_description=True,
            use_double_quotes=True,
            disable_timestamp=True,
            formatters=[],
            # evaluated annotations: pydantic resolves string ones one by one, ~15 % of ECS's models' first use
            # (forward references stay quoted, with a model_rebuild() at the end)
            disable_future_imports=True,
        )
    except SpecError:
        raise
    except Exception as exc:  # datamodel-code-generator raises assorted types on schemas it cannot model
        raise SpecError([_problem(spec, f"datamodel-code-generator failed: {exc}")]) from None
    if not isinstance(source, str):
        raise SpecError([_problem(spec, "datamodel-code-generator returned no module")])
    return source
