"""Tests of the generator itself: loading, naming, IR, determinism, atomic writes, drift detection."""

from __future__ import annotations

import ast
import hashlib
import json
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import yaml
from conftest import GeneratedPackages

from generator.build import build_service
from generator.discovery import find_specs
from generator.errors import SpecError
from generator.loader import load_spec
from generator.naming import argument_name, pascal_case, snake_case
from generator.options import Options, Selection
from generator.pipeline import REPO, generate, render_tree, stale_files

SPECS = REPO / "specs"
GENERATED = REPO / "generated"

MINIMAL = """\
openapi: 3.1.0
info:
  title: Pets
  version: "1"
  description: A tiny API.
  x-codegen:
    package: pets
    client: Pets
servers:
  - url: https://{region}.pets.example
    variables:
      region:
        default: eu
        enum: [eu, us]
paths:
  /pets/{petId}:
    get:
      operationId: getPet
      description: Get a pet.
      parameters:
        - name: petId
          in: path
          required: true
          description: The pet.
          schema:
            type: string
            pattern: ^[a-z]+$
          example: rex
      responses:
        "200":
          description: OK
          content:
            application/json:
              schema:
                $ref: "#/components/schemas/Pet"
              examples:
                rex:
                  value: {name: rex}
components:
  schemas:
    Pet:
      type: object
      description: A pet.
      properties:
        name:
          type: string
          description: The name.
"""


def tree_digest(root: Path) -> dict[str, str]:
    return {
        p.relative_to(root).as_posix(): hashlib.sha256(p.read_bytes()).hexdigest()
        for p in sorted(root.rglob("*"))
        if p.is_file() and "__pycache__" not in p.parts
    }


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


# -- naming ----------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("farmId", "farm_id"),
        ("task_id", "task_id"),
        ("DD-API-KEY", "dd_api_key"),
        ("HTTPServerURL", "http_server_url"),
        ("class", "class_"),
        ("match", "match_"),
        ("2fa", "n_2fa"),
        ("naïve name", "naive_name"),
        ("", "value"),
    ],
)
def test_snake_case(name: str, expected: str) -> None:
    assert snake_case(name) == expected


def test_argument_names_are_unique_and_clear_of_options() -> None:
    taken: set[str] = set()
    assert [argument_name(n, taken) for n in ("timeout", "fooBar", "foo_bar", "type", "self")] == [
        "timeout_",
        "foo_bar",
        "foo_bar_2",
        "type_",
        "self_",
    ]
    assert pascal_case("getTask") == "GetTask"
    assert pascal_case("too_many-requests") == "TooManyRequests"


# -- loading ---------------------------------------------------------------------------------------
def test_yaml_errors_name_file_and_line(tmp_path: Path) -> None:
    spec = write(tmp_path / "bad.yaml", "openapi: 3.1.0\ninfo:\n  title: [unclosed\n")
    with pytest.raises(SpecError) as raised:
        load_spec(spec, "bad.yaml")
    problem = raised.value.problems[0]
    assert problem.file == "bad.yaml" and problem.line is not None and problem.line >= 3
    assert "bad.yaml:" in str(problem)


def test_yaml_bomb_is_refused_before_expansion(tmp_path: Path) -> None:
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [*{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}, *{chr(97 + i)}]\n"
        for i in range(20)
    )
    with pytest.raises(SpecError, match="anchors and aliases"):
        load_spec(write(tmp_path / "bomb.yaml", bomb))


def test_duplicate_keys_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match="duplicate key 'title'") as raised:
        load_spec(write(tmp_path / "dup.yaml", "info:\n  title: a\n  title: b\n"))
    assert raised.value.problems[0].line == 3


def test_lines_are_tracked_per_pointer() -> None:
    spec = load_spec(SPECS / "aws" / "deadline.yaml")
    text_lines = spec.text.splitlines()
    line = spec.line_of("/components/schemas/TaskRunStatus")
    assert line is not None and text_lines[line - 1].strip().startswith("TaskRunStatus")


# -- IR --------------------------------------------------------------------------------------------
def test_ecs_ir() -> None:
    service = build_service(load_spec(SPECS / "aws" / "ecs.yaml"))
    operation, list_tasks, run_task, stop_task = service.operations
    assert (operation.method_name, operation.http_method, operation.path) == ("describe_tasks", "POST", "/")
    assert operation.aws_target == "AmazonEC2ContainerServiceV20141113.DescribeTasks"
    tasks = next(p for p in operation.params if p.python_name == "tasks")
    assert tasks.required and tasks.location == "body" and tasks.constraints.max_items == 100
    assert [p.python_name for p in operation.params] == ["tasks", "cluster", "include"]
    assert {e.code for e in service.errors} == {
        "ClientException",
        "ClusterNotFoundException",
        "InvalidParameterException",
        "ServerException",
        "AccessDeniedException",
        "ServiceNotFoundException",
        "ConflictException",
        "PlatformUnknownException",
        "PlatformTaskDefinitionIncompatibilityException",
        "BlockedException",
        "UnsupportedFeatureException",
    }
    assert service.aws is not None and service.aws.signing_name == "ecs"
    assert [w.method_name for w in operation.waiters] == ["wait_until_tasks_running", "wait_until_tasks_stopped"]
    assert [op.method_name for op in (list_tasks, run_task, stop_task)] == ["list_tasks", "run_task", "stop_task"]
    paging = list_tasks.pagination
    assert paging is not None and (paging.wire_input_token, paging.wire_items, paging.wire_page_size) == (
        "nextToken",
        ("taskArns",),
        "maxResults",
    )
    token = next(p for p in run_task.params if p.wire_name == "clientToken")
    assert token.idempotency_token and not token.required


def test_deadline_ir() -> None:
    service = build_service(load_spec(SPECS / "aws" / "deadline.yaml"))
    operation, list_tasks = service.operations
    assert operation.host_prefix == list_tasks.host_prefix == "management."
    assert list_tasks.pagination is not None and list_tasks.pagination.wire_items == ("tasks",)
    assert [p.python_name for p in operation.path_params] == ["farm_id", "queue_id", "job_id", "step_id", "task_id"]
    assert all(p.constraints.pattern for p in operation.path_params)
    assert {e.class_name: e.status for e in service.errors}["ThrottlingException"] == 429
    assert "ThrottlingException" in service.retryable_codes


def test_datadog_ir() -> None:
    service = build_service(load_spec(SPECS / "datadog" / "agentless_scanning.yaml"))
    assert [(c.argument, c.env, c.wire_name) for c in service.credentials] == [
        ("api_key", "DD_API_KEY", "DD-API-KEY"),
        ("app_key", "DD_APP_KEY", "DD-APPLICATION-KEY"),
    ]
    site = next(v for v in service.server.variables if v.name == "site")
    assert site.argument == "site" and site.env == "DD_SITE" and len(site.enum) == 8
    assert dict(site.unsupported).keys() == {"ddog-gov.com", "us2.ddog-gov.com"}
    assert {e.class_name: e.status for e in service.errors} == {
        "BadRequestError": 400,
        "ForbiddenError": 403,
        "NotFoundError": 404,
        "RateLimitError": 429,
    }


# -- output ----------------------------------------------------------------------------------------
def test_generated_is_in_sync_with_the_specs() -> None:
    assert stale_files(find_specs(SPECS), GENERATED) == []


def test_generation_is_byte_for_byte_deterministic(tmp_path: Path) -> None:
    first, second = tmp_path / "one", tmp_path / "two"
    first.mkdir()
    second.mkdir()
    render_tree(find_specs(SPECS), first)
    render_tree(find_specs(SPECS), second)
    assert tree_digest(first) == tree_digest(second)


def test_every_file_carries_the_do_not_edit_header() -> None:
    for spec_path in find_specs(SPECS):
        spec = load_spec(spec_path, spec_path.relative_to(REPO).as_posix())
        package = GENERATED / build_service(spec).package
        for path in package.rglob("*.py"):
            head = path.read_text(encoding="utf-8").splitlines()[:2]
            if path.parent.name == "_runtime":  # a verbatim copy carries the runtime file's hash, not the spec's
                source = REPO / "templates" / "runtime" / path.name
                digest = hashlib.sha256(source.read_bytes()).hexdigest()
                assert "DO NOT EDIT" in head[0] and "templates/runtime/" + path.name in head[0], path
                assert head[1] == f"# Runtime sha256: {digest}", path
                continue
            assert "DO NOT EDIT" in head[0] and spec.display_path in head[0], path
            assert head[1] == f"# Spec sha256: {spec.sha256}", path


def test_a_failed_run_leaves_the_output_untouched(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    good = write(tmp_path / "specs" / "pets.yaml", MINIMAL)
    generate([good], out)
    before = tree_digest(out)
    assert "pets/client.py" in before
    broken = write(
        tmp_path / "specs" / "broken.yaml",
        MINIMAL.replace("pets", "broken").replace("required: true", "required: maybe"),
    )
    with pytest.raises(SpecError) as raised:
        generate([good, broken], out)
    assert any(p.file.endswith("broken.yaml") and p.line for p in raised.value.problems)
    assert tree_digest(out) == before
    assert not list(tmp_path.glob(".generated.*")), "staging directories are cleaned up"


def test_check_reports_drift(tmp_path: Path) -> None:
    out = tmp_path / "generated"
    spec = write(tmp_path / "specs" / "pets.yaml", MINIMAL)
    generate([spec], out)
    assert stale_files([spec], out) == []
    client = out / "pets" / "client.py"
    client.write_text(client.read_text() + "\n# hand edit\n")
    (out / "pets" / "stray.py").write_text("x = 1\n")
    diffs = stale_files([spec], out)
    assert any("pets/client.py" in d and "hand edit" in d for d in diffs)
    assert any("pets/stray.py" in d for d in diffs)


def test_cli_reports_a_broken_spec_with_file_line_and_pointer(tmp_path: Path) -> None:
    spec = write(tmp_path / "pets.yaml", MINIMAL.replace("required: true", "required: maybe"))
    out = tmp_path / "out"
    result = subprocess.run(
        [sys.executable, "-m", "generator", "generate", "--spec", str(spec), "--out", str(out)],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 2
    assert (
        f"{spec.as_posix()}:" in result.stderr and "/paths/~1pets~1{petId}/get/parameters/0/required" in result.stderr
    )
    assert "nothing was written" in result.stderr
    assert not out.exists()


@pytest.mark.parametrize(
    ("old", "new", "pointer", "message"),
    [
        (
            "            type: string\n            pattern",
            "            type: strin\n            pattern",
            "/paths/~1pets~1{petId}/get/parameters/0/schema/type",
            "'strin' is not valid",
        ),
        (
            '$ref: "#/components/schemas/Pet"',
            '$ref: "#/components/schemas/Gone"',
            "/paths/~1pets~1{petId}/get/responses/200/content/application~1json/schema",
            "cannot be resolved",
        ),
    ],
    ids=["inside-a-schema", "dangling-ref"],
)
def test_validator_errors_are_located_even_inside_schemas(
    tmp_path: Path, old: str, new: str, pointer: str, message: str
) -> None:
    """openapi-spec-validator reports errors inside a schema relative to that schema, and an unresolvable
    `$ref` without any place: both are traced back to the document."""
    assert old in MINIMAL
    with pytest.raises(SpecError) as raised:
        generate([write(tmp_path / "pets.yaml", MINIMAL.replace(old, new))], tmp_path / "out")
    [problem] = raised.value.problems
    assert problem.pointer == pointer and message in problem.message and problem.line is not None


def run_cli(*arguments: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "generator", *arguments], capture_output=True, text=True, cwd=REPO, check=False
    )


def test_an_output_directory_holding_other_files_is_refused_and_kept(tmp_path: Path) -> None:
    spec = write(tmp_path / "pets.yaml", MINIMAL)
    project = tmp_path / "project"
    (project / "pets").mkdir(parents=True)
    (project / "main.py").write_text("print('mine')\n")
    result = run_cli("generate", "--spec", str(spec), "--out", str(project))
    assert result.returncode == 2 and "did not write (main.py, pets)" in result.stderr
    assert (project / "main.py").read_text() == "print('mine')\n" and (project / "pets").is_dir()

    a_file = tmp_path / "notes.txt"
    a_file.write_text("keep me")
    result = run_cli("generate", "--spec", str(spec), "--out", str(a_file))
    assert result.returncode == 2 and "is not a directory" in result.stderr and a_file.read_text() == "keep me"

    out = tmp_path / "out"
    for _ in range(2):  # its own output it replaces
        assert run_cli("generate", "--force", "--spec", str(spec), "--out", str(out)).returncode == 0
    assert sorted(entry.name for entry in out.iterdir()) == ["pets"]


def test_bad_arguments_are_clear_errors(tmp_path: Path) -> None:
    missing = run_cli("generate", "--spec", str(tmp_path / "nope.yaml"), "--out", str(tmp_path / "out"))
    assert missing.returncode == 2 and "nope.yaml: error: [io] no such spec file" in missing.stderr
    assert "Traceback" not in missing.stderr
    spec = write(tmp_path / "pets.yaml", MINIMAL)
    keyword_package = run_cli("generate", "--spec", str(spec), "--out", str(tmp_path / "out"), "--package", "class")
    assert keyword_package.returncode == 2 and "'class' is not a valid Python package name" in keyword_package.stderr
    with pytest.raises(SpecError, match="package name 'import' is not a Python identifier"):
        generate([write(tmp_path / "kw.yaml", MINIMAL.replace("package: pets", "package: import"))], tmp_path / "o")
    assert not (tmp_path / "out").exists() and not (tmp_path / "o").exists()


def test_spec_text_never_becomes_code(tmp_path: Path, generated_packages: GeneratedPackages) -> None:
    hostile_api = 'Ends with a quote" and """ triple quotes, a backslash \\ and {{ jinja }} {% raw %}'
    hostile_op = '"""; import os; os.system("boom") #'
    hostile_prop = 'line one\n\nline two """\\'
    text = MINIMAL.replace("description: A tiny API.", f"description: {json.dumps(hostile_api)}")
    text = text.replace("description: Get a pet.", f"description: {json.dumps(hostile_op)}")
    text = text.replace("description: The name.", f"description: {json.dumps(hostile_prop)}")
    spec = write(tmp_path / "pets.yaml", text)
    # the import proves the hostile text stayed inside strings
    with generated_packages.generate(spec, tmp_path / "out"):
        from pets import client

        assert 'import os; os.system("boom")' in (client.PetsClient.get_pet.__doc__ or "")


def test_openapi_30_nullable_fields_accept_null_even_when_required(
    tmp_path: Path, generated_packages: GeneratedPackages
) -> None:
    """GitHub-style 3.0 specs mark always-present fields `nullable: true` (`closed_at`, `milestone`)."""
    text = (
        MINIMAL.replace("openapi: 3.1.0", "openapi: 3.0.3")
        .replace(
            "      properties:\n        name:\n          type: string\n",
            "      required: [name, closed_at]\n      properties:\n        name:\n          type: string\n"
            "          nullable: true\n        closed_at:\n          type: string\n          format: date-time\n"
            "          nullable: true\n        plain:\n          type: string\n",
        )
        .replace("value: {name: rex}", 'value: {name: rex, closed_at: "2024-01-02T03:04:05Z"}')
    )
    assert "closed_at" in text
    with generated_packages.generate(write(tmp_path / "pets.yaml", text), tmp_path / "out"):
        from pets import models

        pet = models.Pet.model_validate({"name": None, "closed_at": None}, by_alias=True, by_name=False)
        assert pet.name is None and pet.closed_at is None and pet.plain is None
        with pytest.raises(ValueError, match="closed_at"):
            models.Pet.model_validate({"name": "rex"}, by_alias=True, by_name=False)  # required: null, not absent


def test_a_credential_is_required_only_when_every_operation_needs_it(tmp_path: Path) -> None:
    secured = MINIMAL.replace("paths:\n", "security:\n  - bearer: []\npaths:\n").replace(
        "components:\n", "components:\n  securitySchemes:\n    bearer: {type: http, scheme: bearer}\n"
    )
    sign_in = secured.replace(
        "components:\n",
        "  /login:\n    post:\n      operationId: login\n      security: []\n"
        '      responses:\n        "204":\n          description: Signed in\ncomponents:\n',
    )
    [bearer] = build_service(load_spec(write(tmp_path / "a.yaml", secured))).credentials
    assert bearer.argument == "bearer" and bearer.required
    service = build_service(load_spec(write(tmp_path / "b.yaml", sign_in)))
    assert [credential.required for credential in service.credentials] == [False]
    assert {op.operation_id: op.anonymous for op in service.operations} == {"getPet": False, "login": True}


def test_credentials_count_only_the_generated_operations(tmp_path: Path) -> None:
    """Generating only getPet from a spec whose excluded login has `security: []`: every generated operation
    needs the token, so it is required (the builder used to walk every operation of the spec again)."""
    secured = MINIMAL.replace("paths:\n", "security:\n  - bearer: []\npaths:\n").replace(
        "components:\n", "components:\n  securitySchemes:\n    bearer: {type: http, scheme: bearer}\n"
    )
    sign_in = write(
        tmp_path / "a.yaml",
        secured.replace(
            "components:\n",
            "  /login:\n    post:\n      operationId: login\n      security: []\n"
            '      responses:\n        "204":\n          description: Signed in\ncomponents:\n',
        ),
    )
    only_get = Options(selection=Selection(include_operations=frozenset({"getPet"})))
    [bearer] = build_service(load_spec(sign_in), only_get).credentials
    assert bearer.required
    [argument] = [
        a for a in build_service(load_spec(sign_in), only_get).constructor_arguments if a.role == "credential"
    ]
    assert argument.name == "bearer" and argument.required
    [everything] = build_service(load_spec(sign_in)).credentials
    assert not everything.required


def test_method_names_stay_clear_of_the_clients_own_attributes(tmp_path: Path) -> None:
    doc = yaml.safe_load(MINIMAL)
    doc["paths"]["/sessions"] = {
        "delete": {"operationId": "close", "responses": {"204": {"description": "closed"}}},
        "get": {"operationId": "withRawResponse", "responses": {"204": {"description": "none"}}},
    }
    service = build_service(load_spec(write(tmp_path / "pets.yaml", yaml.safe_dump(doc, sort_keys=False))))
    assert [op.method_name for op in service.operations] == ["get_pet", "with_raw_response_", "close_"]


def test_openapi_30_exclusive_bounds_become_exclusive_ranges() -> None:
    from generator.build.types import constraints

    old_style = constraints({"minimum": 0, "exclusiveMinimum": True, "maximum": 9, "exclusiveMaximum": False})
    assert (old_style.minimum, old_style.exclusive_minimum, old_style.maximum) == (None, 0, 9)
    new_style = constraints({"exclusiveMaximum": 5, "multipleOf": 0, "uniqueItems": True})
    assert (new_style.exclusive_maximum, new_style.multiple_of, new_style.unique_items) == (5, None, True)


def test_vendored_package_works_under_any_parent_package(tmp_path: Path) -> None:
    vendor = tmp_path / "site" / "acme" / "third_party"
    vendor.mkdir(parents=True)
    (vendor.parent / "__init__.py").write_text("")
    (vendor / "__init__.py").write_text("")
    shutil.copytree(GENERATED / "aws_ecs", vendor / "aws_ecs", ignore=shutil.ignore_patterns("__pycache__"))
    for path in (vendor / "aws_ecs").rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text())):
            if isinstance(node, ast.ImportFrom):
                assert node.level > 0 or not (node.module or "").startswith("aws_ecs"), path
            if isinstance(node, ast.Import):
                assert not any(alias.name.startswith("aws_ecs") for alias in node.names), path
    script = textwrap.dedent(
        """
        from acme.third_party.aws_ecs import EcsClient, ClusterNotFoundException
        from acme.third_party.aws_ecs.testing import FakeEcsServer
        with FakeEcsServer() as server:
            client = EcsClient(endpoint_url=server.url, region="eu-west-1",
                               aws_access_key_id="AKID", aws_secret_access_key="secret")
            result = client.describe_tasks(tasks=["a"])
            assert result.tasks[0].containers[0].last_status == "RUNNING"
            print("ok", type(result).__module__)
        """
    )
    env = {"PYTHONPATH": str(tmp_path / "site"), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok acme.third_party.aws_ecs.models"


def test_generated_code_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "generated/"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:]


def test_unchanged_inputs_make_generate_a_no_op(tmp_path: Path) -> None:
    spec = write(tmp_path / "specs" / "pets.yaml", MINIMAL)
    out = tmp_path / "generated"
    first = run_cli("generate", "--spec", str(spec), "--out", str(out))
    assert first.returncode == 0 and "generated pets" in first.stdout
    again = run_cli("generate", "--spec", str(spec), "--out", str(out))
    assert again.returncode == 0 and "up to date" in again.stdout
    (out / "pets" / "client.py").write_text("# hand edit\n")  # output no longer matches: regenerate
    repaired = run_cli("generate", "--spec", str(spec), "--out", str(out))
    assert "generated pets" in repaired.stdout and "hand edit" not in (out / "pets" / "client.py").read_text()
    write(spec, MINIMAL.replace("A tiny API.", "A tiny API, changed."))  # input changed: regenerate
    changed = run_cli("generate", "--spec", str(spec), "--out", str(out))
    assert "generated pets" in changed.stdout


def test_operations_can_be_selected_by_tag_and_operation_id(tmp_path: Path) -> None:
    text = MINIMAL.replace("      operationId: getPet\n", "      operationId: getPet\n      tags: [pets]\n")
    doc = yaml.safe_load(text)
    doc["paths"]["/toys"] = {
        "get": {"operationId": "listToys", "tags": ["toys"], "responses": {"204": {"description": "none"}}}
    }
    spec = write(tmp_path / "pets.yaml", yaml.safe_dump(doc, sort_keys=False))
    (only_toys,) = generate([spec], tmp_path / "a", Options(selection=Selection(include_tags=frozenset({"toys"}))))
    assert [op.method_name for op in only_toys.operations] == ["list_toys"]
    (no_toys,) = generate(
        [spec], tmp_path / "b", Options(selection=Selection(exclude_operations=frozenset({"listToys"})))
    )
    assert [op.method_name for op in no_toys.operations] == ["get_pet"]


def test_packages_import_lazily() -> None:
    script = textwrap.dedent(
        """
        import sys
        import aws_ecs
        assert "aws_ecs.models" not in sys.modules and "pydantic" not in sys.modules and "httpx" not in sys.modules
        from aws_ecs import EcsClient, ClusterNotFoundException
        assert issubclass(ClusterNotFoundException, aws_ecs.ApiError)
        assert aws_ecs.models.Task.__name__ == "Task" and "botocore" not in sys.modules
        print(sorted(dir(aws_ecs))[:2])
        """
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=GENERATED, check=False)
    assert result.returncode == 0, result.stderr


def test_the_generator_itself_passes_mypy_strict() -> None:
    result = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-incremental", "generator/"],
        capture_output=True,
        text=True,
        cwd=REPO,
        check=False,
    )
    assert result.returncode == 0, result.stdout[-4000:]


@pytest.mark.parametrize("with_helper", [False, True], ids=["in-process", "helper-process"])
@pytest.mark.parametrize("bad_is_largest", [True, False], ids=["largest-bad", "smallest-bad"])
def test_generated_code_that_does_not_compile_is_refused(
    tmp_path: Path, with_helper: bool, bad_is_largest: bool
) -> None:
    """The compile check gives the helper process the largest files and keeps the rest; a failure on either
    side is reported with its file. Duplicate arguments are a symbol-table error that a parse alone misses."""
    from generator import pipeline

    package = tmp_path / "pkg"
    (package / "_runtime").mkdir(parents=True)
    padding = "x = 1\n" * 5000
    (package / "good.py").write_text("" if bad_is_largest else padding)
    (package / "bad.py").write_text("def f(a, a):\n    return a\n" + (padding if bad_is_largest else ""))
    (package / "_runtime" / "verbatim.py").write_text("this runtime copy is not compiled again\n")
    pool = pipeline._helper_pool(with_helper)
    try:
        with pytest.raises(SpecError) as caught:
            pipeline._verify(package, pool)
    finally:
        if pool is not None:
            pool.shutdown()
    assert [Path(p.file).name for p in caught.value.problems] == ["bad.py"]
    assert "duplicate argument" in caught.value.problems[0].message


def test_the_generate_command_does_not_load_what_it_does_not_use() -> None:
    """Start-up is most of a small spec's generation time: building the command line must not import the diff
    machinery, and the main process leaves openapi-spec-validator to the helper process."""
    probe = "import sys; from generator import cli; cli.parser(); print(sorted(m for m in sys.modules if m.startswith(('generator.diff.', 'openapi_spec_validator', 'datamodel_code_generator.config'))))"
    result = subprocess.run([sys.executable, "-c", probe], cwd=REPO, capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "['generator.diff.arguments', 'generator.diff.model', 'generator.diff.report']"
