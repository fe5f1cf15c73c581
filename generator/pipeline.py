"""The whole flow for a set of specs: load → validate → IR → render → format → verify → write atomically."""

from __future__ import annotations

import dataclasses
import difflib
import hashlib
import multiprocessing
import os
import shutil
import subprocess
import sys
import tempfile
from collections.abc import Callable, Collection, Iterable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from . import ir, resources
from .build import build_service
from .errors import Problem, SpecError
from .loader import LoadedSpec, load_spec
from .models import Models, generate_models
from .options import Options
from .refs import bundle
from .render import environment, render
from .tolerated import tolerant_spec
from .validate import openapi_problems, validate_spec, warnings_or_raise
from .view import SpecView

#: the repository root (outside a checkout: the current folder); see generator/resources.py
REPO = resources.workspace()
RUNTIME = resources.RUNTIME
#: where the runtime modules go inside each generated package
RUNTIME_PACKAGE = "_runtime"
PACKAGE_TEMPLATES = {
    "__init__.py": "package/__init__.py.jinja",
    "client.py": "package/client.py.jinja",
    "errors.py": "package/errors.py.jinja",
    "_operations.py": "package/_operations.py.jinja",
    "testing.py": "package/testing.py.jinja",
    "README.md": "package/README.md.jinja",
}
#: ruff 0.17 also formats the Python blocks inside Markdown; the READMEs are rendered exactly as the template says.
#: allOf subclasses may narrow an inherited field's type (pydantic supports it); mypy reports that as an
#: incompatible override, so models modules switch off exactly that error code.
MODELS_MYPY_NOTE = '\n# mypy: disable-error-code="assignment"'
#: isort may wrap a long import (adding a trailing comma) before F401 drops its unused names; without this
#: option that comma would keep the short remainder wrapped over several lines.
ISORT_OPTIONS = ["--config", "lint.isort.split-on-trailing-comma = false"]
RUFF_OPTIONS = [
    "--isolated",
    "--no-cache",
    "--target-version",
    "py311",
    "--line-length",
    "120",
    "--extend-exclude",
    "*.md",
]


display_path = resources.display_path


def tree_root(spec_path: Path) -> Path:
    """The tree a spec's `$ref`s may reach: specs/ for the specs under the workspace's specs/ (the repository's,
    or the current folder's when installed), else the spec's own folder."""
    specs = (resources.workspace() / "specs").resolve()
    resolved = spec_path.resolve()
    return specs if resolved.is_relative_to(specs) else resolved.parent


def load_bundled(spec_path: Path) -> LoadedSpec:
    """Load a spec safely and bundle its cross-file references (inside its tree only)."""
    return bundle(load_spec(spec_path, display_path(spec_path)), tree_root(spec_path))


def header(spec: LoadedSpec) -> str:
    return (
        f"# Code generated from {spec.display_path} by this repository's generator. DO NOT EDIT.\n"
        f"# Spec sha256: {spec.sha256}"
    )


def runtime_header(runtime_file: Path, content: str) -> str:
    """The header of a runtime module's verbatim copy: the runtime's own hash, not the spec's, so that a spec
    edit leaves the copies untouched."""
    return (
        f"# Code generated from {display_path(runtime_file)} by this repository's generator (copied verbatim)."
        f" DO NOT EDIT.\n# Runtime sha256: {hashlib.sha256(content.encode('utf-8')).hexdigest()}"
    )


def _check_model_references(spec: LoadedSpec, service: ir.Service, defined: Collection[str]) -> None:
    problems = []
    for op in service.operations:
        for name in (
            op.request.model if op.request else None,
            op.response_model,
            *(m for e in op.errors for m in e.body_models),
        ):
            if name and name not in defined:
                problems.append(
                    Problem(
                        spec.display_path,
                        f"/components/schemas/{name}",
                        f"no model class {name!r} was generated for this schema",
                        rule="models",
                    )
                )
    if problems:
        raise SpecError(problems)


@dataclass(frozen=True)
class Package:
    """One generated package: its IR and its files (unformatted, keyed by path inside the package)."""

    service: ir.Service
    files: dict[str, str]


def _models(spec: LoadedSpec, service: ir.Service) -> Models:
    if service.class_names or service.hoisted_schemas:
        return generate_models(spec, header(spec) + MODELS_MYPY_NOTE, service)
    # datamodel-code-generator refuses an empty schema set
    return Models.of(render(environment(), "package/models_empty.py.jinja", service, header(spec)))


def example_problems(view: SpecView) -> list[Problem]:
    """Examples that do not match their schema, by the linter's `example-valid` rule: the package would render
    them into its README and serve them from its fake."""
    from .lint import Linter

    linter = Linter(view)
    linter.rule_examples()
    return [finding for finding in linter.findings if finding.severity == "error"]


def build_ir(
    spec: LoadedSpec, options: Options | None = None, validation: Callable[[], list[Problem]] | None = None
) -> ir.Service:
    """The complete IR of one spec (validated first; see `build_package` for `validation`)."""
    return _build(spec, options or Options(), validation)[0]


def _build(
    spec: LoadedSpec, options: Options, validation: Callable[[], list[Problem]] | None
) -> tuple[ir.Service, Models | None, LoadedSpec]:
    """`spec` is validated as written; the IR and the models are built from the document without what we generate
    correct code despite (patterns we cannot compile, repeated enum values), unless `--strict`."""
    if validation is None:
        warnings = validate_spec(spec, options.strict)
    spec = spec if options.strict else tolerant_spec(spec)  # the document the IR and the models read
    view = SpecView(spec)
    try:
        service = build_service(view, options)
        models = _models(spec, service) if validation is not None else None
    except Exception:
        if validation is not None:
            warnings_or_raise(validation())  # an invalid document explains the failure better
        raise
    if validation is not None:
        warnings = warnings_or_raise(validation())
    wrong_examples = example_problems(view)
    if wrong_examples:
        raise SpecError(wrong_examples)
    return dataclasses.replace(service, warnings=(*warnings, *service.warnings)), models, spec


def build_package(
    spec: LoadedSpec, options: Options | None = None, validation: Callable[[], list[Problem]] | None = None
) -> Package:
    """Every file of one generated package.

    `validation`, when given, returns the validator's findings computed elsewhere (in parallel); the IR and the
    models are built meanwhile, and an invalid spec still fails with the validator's problems, not the builder's.
    """
    options = options or Options()
    service, models, read = _build(spec, options, validation)
    if models is None:
        models = _models(read, service)
    _check_model_references(spec, service, models.classes.keys())
    env = environment()
    files = {name: render(env, template, service, header(spec)) for name, template in PACKAGE_TEMPLATES.items()}
    files["models.py"] = models.source
    files["py.typed"] = ""
    for runtime_file in sorted(RUNTIME.glob("*.py")):
        content = runtime_file.read_text(encoding="utf-8")
        files[f"{RUNTIME_PACKAGE}/{runtime_file.name}"] = runtime_header(runtime_file, content) + "\n" + content
    return Package(service, files)


def _ruff() -> list[str]:
    """The ruff binary beside this interpreter (as pip installs it), else `python -m ruff`: calling the binary
    directly saves starting an interpreter per formatting step."""
    binary = Path(sys.executable).with_name("ruff.exe" if os.name == "nt" else "ruff")
    return [str(binary)] if binary.is_file() else [sys.executable, "-m", "ruff"]


def _format(directory: Path) -> None:
    ruff = _ruff()
    steps = (
        [*ruff, "check", *RUFF_OPTIONS, *ISORT_OPTIONS, "--select", "F401,I", "--fix", "--quiet", str(directory)],
        [*ruff, "format", *RUFF_OPTIONS, "--quiet", str(directory)],
    )
    for command in steps:
        result = subprocess.run(command, capture_output=True, text=True, check=False)
        if result.returncode != 0:
            raise SpecError(
                [
                    Problem(
                        display_path(directory),
                        "",
                        f"ruff failed: {(result.stdout + result.stderr).strip()[:2000]}",
                        rule="format",
                    )
                ]
            )


def compile_problems(paths: list[Path]) -> list[Problem]:
    """Compile each file (parser and symbol table: a parse alone misses duplicate arguments or a misplaced
    `nonlocal`); a problem per file that does not compile."""
    problems = []
    for path in paths:
        try:
            compile(path.read_text(encoding="utf-8"), str(path), "exec", dont_inherit=True)
        except SyntaxError as exc:
            problems.append(
                Problem(
                    display_path(path),
                    "",
                    f"generated code does not compile: {exc.msg} (line {exc.lineno})",
                    rule="render",
                )
            )
    return problems


def _verify(directory: Path, pool: ProcessPoolExecutor | None = None) -> None:
    """Every rendered module compiles. The runtime modules are verbatim copies of tested code and are not
    compiled again. With a helper process, compiling is shared: it takes the largest files (compiling a
    1,000-operation client takes longer than formatting it), this process the rest."""
    sizes = {
        p: p.stat().st_size for p in directory.rglob("*.py") if RUNTIME_PACKAGE not in p.relative_to(directory).parts
    }
    mine: list[Path] = []
    theirs: list[Path] = []
    mine_bytes = theirs_bytes = 0
    for path in sorted(sizes, key=lambda p: (-sizes[p], p.as_posix())):  # largest first, to the lighter side
        if pool is not None and theirs_bytes <= mine_bytes:
            theirs.append(path)
            theirs_bytes += sizes[path]
        else:
            mine.append(path)
            mine_bytes += sizes[path]
    remote = pool.submit(compile_problems, theirs) if pool is not None and theirs else None
    problems = compile_problems(mine) + (remote.result() if remote is not None else [])
    if problems:
        raise SpecError(sorted(problems, key=lambda p: p.file))


def _helper_pool(wanted: bool) -> ProcessPoolExecutor | None:
    """A forked helper process that validates while this one builds (2 cores: validation of a large spec
    takes as long as modelling it), then shares the compile check. Only where fork exists, and only when
    asked: the CLI asks; library callers (tests that run servers in threads) get the sequential path."""
    if not wanted or "fork" not in multiprocessing.get_all_start_methods():
        return None
    return ProcessPoolExecutor(max_workers=1, mp_context=multiprocessing.get_context("fork"))


def render_tree(
    specs: Iterable[Path],
    destination: Path,
    options: Options | None = None,
) -> list[ir.Service]:
    """Generate every spec's package into `destination` (which must be empty), formatted and verified."""
    options = options or Options()
    services: list[ir.Service] = []
    seen: dict[str, str] = {}
    problems: list[Problem] = []
    pool = _helper_pool(options.helper_process)
    try:
        for spec_path in specs:
            try:
                spec = load_bundled(spec_path)
                validation = pool.submit(openapi_problems, spec, options.strict).result if pool is not None else None
                built = build_package(spec, options, validation)
            except SpecError as exc:
                problems.extend(exc.problems)
                continue
            service, package = built.service, built.service.package
            if package in seen:
                problems.append(
                    Problem(
                        spec.display_path,
                        "/info/x-codegen/package",
                        f"package {package!r} is also generated from {seen[package]}",
                        rule="generate",
                    )
                )
                continue
            seen[package] = spec.display_path
            for relative, content in built.files.items():
                target = destination / package / relative
                target.parent.mkdir(parents=True, exist_ok=True)
                target.write_text(content, encoding="utf-8", newline="\n")
            services.append(service)
        if problems:
            raise SpecError(problems)
        _format(destination)
        _verify(destination, pool)
    finally:
        if pool is not None:
            pool.shutdown(cancel_futures=True)
    return services


def _swap_in(staging: Path, out_dir: Path) -> None:
    """Replace out_dir by staging with two renames; a failure before this point leaves out_dir untouched."""
    if out_dir.exists():
        retired = out_dir.with_name(f".{out_dir.name}.old-{os.getpid()}")
        os.replace(out_dir, retired)
        os.replace(staging, out_dir)
        shutil.rmtree(retired, ignore_errors=True)
    else:
        os.replace(staging, out_dir)


def _is_generated_package(entry: Path) -> bool:
    marker = entry / "__init__.py"
    if not (entry.is_dir() and marker.is_file()):
        return False
    with marker.open(encoding="utf-8", errors="replace") as handle:
        return handle.readline().startswith("# Code generated from ")


def _refuse_foreign_output(out_dir: Path) -> None:
    """The output directory is replaced as a whole, so it may hold only packages this generator wrote: a
    mistyped `--out` (a project folder, a file) must fail, not delete what is there."""
    if not out_dir.exists():
        return
    if not out_dir.is_dir():
        reason = "exists and is not a directory; refusing to replace it"
        raise SpecError([Problem(display_path(out_dir), "", reason, rule="output")])
    foreign = sorted(entry.name for entry in out_dir.iterdir() if not _is_generated_package(entry))
    if foreign:
        listed = ", ".join(foreign[:5]) + (f" and {len(foreign) - 5} more" if len(foreign) > 5 else "")
        reason = (
            f"holds entries this generator did not write ({listed}); it replaces its output directory as a whole,"
            " so choose an empty directory or one that `generate` wrote"
        )
        raise SpecError([Problem(display_path(out_dir), "", reason, rule="output")])


@dataclass(frozen=True)
class Generated:
    """What a `generate` run wrote: every package's IR, and which packages came out byte-identical to before."""

    services: list[ir.Service]
    unchanged: frozenset[str]


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def _unchanged(services: list[ir.Service], staging: Path, out_dir: Path) -> frozenset[str]:
    """The packages whose files are all the same as in `out_dir` (none added or removed)."""
    return frozenset(
        s.package
        for s in services
        if (out_dir / s.package).is_dir() and _tree(staging / s.package) == _tree(out_dir / s.package)
    )


def generate(
    specs: list[Path],
    out_dir: Path,
    options: Options | None = None,
) -> list[ir.Service]:
    return generate_tree(specs, out_dir, options).services


def generate_tree(
    specs: list[Path],
    out_dir: Path,
    options: Options | None = None,
) -> Generated:
    """Generate every spec into `out_dir` (replaced as a whole), saying which packages did not change."""
    _refuse_foreign_output(out_dir)
    out_dir.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out_dir.name}.staging-", dir=out_dir.parent))
    try:
        services = render_tree(specs, staging, options)
        unchanged = _unchanged(services, staging, out_dir)
        _swap_in(staging, out_dir)
        return Generated(services, unchanged)
    finally:
        if staging.exists():
            shutil.rmtree(staging, ignore_errors=True)


def stale_files(specs: list[Path], out_dir: Path) -> list[str]:
    """Unified diffs of what differs between `out_dir` and a fresh generation (empty when in sync)."""
    with tempfile.TemporaryDirectory(prefix="codegen-check-") as scratch:
        fresh = Path(scratch) / "generated"
        fresh.mkdir()
        render_tree(specs, fresh)
        expected = {p.relative_to(fresh).as_posix(): p for p in fresh.rglob("*") if p.is_file()}
        actual = (
            {
                p.relative_to(out_dir).as_posix(): p
                for p in out_dir.rglob("*")
                if p.is_file() and "__pycache__" not in p.parts
            }
            if out_dir.exists()
            else {}
        )
        diffs: list[str] = []
        for name in sorted(expected.keys() | actual.keys()):
            old = actual[name].read_text(encoding="utf-8").splitlines(keepends=True) if name in actual else []
            new = expected[name].read_text(encoding="utf-8").splitlines(keepends=True) if name in expected else []
            if old != new:
                diff = list(
                    difflib.unified_diff(
                        old, new, f"{out_dir.name}/{name} (committed)", f"{out_dir.name}/{name} (from specs)", n=1
                    )
                )
                diffs.append("".join(diff[:40]) + ("...\n" if len(diff) > 40 else "") if diff else f"{name}: differs\n")
        return diffs
