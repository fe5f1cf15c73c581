"""The generator installs as a tool: `pip install .` into a fresh virtual environment gives `openapi-clientgen`,
which works from any folder, ships the templates, and writes nothing into site-packages.

The one slow test (marked `slow`: a fresh venv and a real `pip install`) runs in `make test` too; the fast ones
check the packaging configuration and the outside-a-checkout paths in-process.
"""

from __future__ import annotations

import fnmatch
import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest

from generator import cache, resources
from generator.pipeline import render_tree

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))
SETUPTOOLS = PYPROJECT["tool"]["setuptools"]
#: what a build reads: anything else in the repository is not needed to install the tool
DISTRIBUTION_FILES = ("pyproject.toml", "README.md", "generator", "templates")
SPEC = Path("specs/datadog/agentless_scanning.yaml")
PACKAGE = "datadog_agentless_scanning"


def _folders(root: Path, prefix: str, python_only: bool) -> set[str]:
    """Every folder under root (root included) as a dotted package name; only Python packages if python_only."""
    folders = [root, *(p for p in root.rglob("*") if p.is_dir() and p.name != "__pycache__")]
    return {
        ".".join((prefix, *folder.relative_to(root).parts))
        for folder in folders
        if not python_only or (folder / "__init__.py").is_file()
    }


def test_every_generator_package_and_template_folder_is_installed() -> None:
    # the list is explicit (setuptools cannot discover packages mapped onto templates/): a subpackage missing from
    # it would install a generator that fails with ModuleNotFoundError, a template folder one without templates
    expected = _folders(REPO / "generator", "generator", python_only=True)
    expected |= _folders(REPO / "templates", "generator._templates", python_only=False)
    assert set(SETUPTOOLS["packages"]) == expected
    assert SETUPTOOLS["package-dir"] == {"generator._templates": "templates"}


def test_every_template_file_is_shipped() -> None:
    templates = REPO / "templates"
    files = [p.relative_to(templates) for p in templates.rglob("*") if p.is_file() and "__pycache__" not in p.parts]

    def shipped(file: Path) -> bool:
        package = ".".join(("generator._templates", *file.parent.parts))
        globs = SETUPTOOLS["package-data"].get(package, [])
        return file.suffix == ".py" or any(fnmatch.fnmatch(file.name, glob) for glob in globs)

    assert files and [f.as_posix() for f in files if not shipped(f)] == []


def test_the_console_command_is_the_cli() -> None:
    assert PYPROJECT["project"]["scripts"] == {"openapi-clientgen": "generator.cli:console"}


@pytest.fixture
def outside_a_checkout(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """The generator as installed into site-packages sees: no checkout around it; the current folder is tmp_path."""
    monkeypatch.setattr(resources, "CHECKOUT", None)
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_outside_a_checkout_paths_follow_the_current_folder(outside_a_checkout: Path) -> None:
    assert resources.workspace() == outside_a_checkout
    assert resources.cache_dir() == outside_a_checkout / ".cache"
    assert cache.cache_file() == outside_a_checkout / ".cache" / "codegen.json"
    assert resources.display_path(outside_a_checkout / "specs" / "a.yaml") == "specs/a.yaml"
    assert resources.display_path(Path("/elsewhere/b.yaml")) == "/elsewhere/b.yaml"
    # runtime headers name the template as in the repository, wherever the templates are installed
    assert resources.display_path(resources.RUNTIME / "retry.py") == "templates/runtime/retry.py"


def test_a_spec_beside_the_cache_keeps_its_key(outside_a_checkout: Path) -> None:
    # outside a checkout the cache file lands in the spec's own folder: it must not count as a spec fragment,
    # or every `generate` would see changed inputs and regenerate
    spec = outside_a_checkout / "api.yaml"
    spec.write_text("openapi: 3.1.0\n", encoding="utf-8")
    out = outside_a_checkout / "out"
    out.mkdir()
    key = cache.input_key([spec], {})
    cache.remember(out, key)
    assert cache.cache_file().is_file()
    assert cache.input_key([spec], {}) == key
    assert cache.is_fresh(out, key)


def _tree(root: Path) -> dict[str, bytes]:
    return {
        p.relative_to(root).as_posix(): p.read_bytes()
        for p in root.rglob("*")
        if p.is_file() and "__pycache__" not in p.parts
    }


def _run(command: list[str], cwd: Path, env: dict[str, str]) -> str:
    result = subprocess.run(command, cwd=cwd, env=env, capture_output=True, text=True, check=False, timeout=600)
    assert result.returncode == 0, f"{command} failed:\n{result.stdout}\n{result.stderr}"
    return result.stdout


@pytest.mark.slow
def test_pip_install_gives_a_working_openapi_clientgen(tmp_path: Path) -> None:
    # The build runs on a copy of what it reads: setuptools builds in the source folder (build/), and the
    # repository's work tree is shared. The copy also proves the build needs nothing else from the repository.
    source = tmp_path / "source"
    for name in DISTRIBUTION_FILES:
        origin = REPO / name
        if origin.is_dir():
            shutil.copytree(origin, source / name, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
        else:
            source.mkdir(exist_ok=True)
            shutil.copy2(origin, source / name)
    venv = tmp_path / "venv"
    env = {key: value for key, value in os.environ.items() if key not in ("PYTHONPATH", "VIRTUAL_ENV")}
    # speed: the venv gets no pip of its own (this interpreter's pip installs into it with --python), the build
    # backend is installed once instead of into an isolated build environment, and nothing is byte-compiled
    _run([sys.executable, "-m", "venv", "--without-pip", str(venv)], tmp_path, env)
    python, command = str(venv / "bin" / "python"), str(venv / "bin" / "openapi-clientgen")
    pip = [sys.executable, "-m", "pip", "--python", python, "install", "--quiet", "--no-compile"]
    pip += ["-c", str(REPO / "constraints.txt")]
    _run([*pip, "setuptools>=77"], tmp_path, env)
    _run([*pip, "--no-build-isolation", str(source)], tmp_path, env)

    work = tmp_path / "work"
    (work / SPEC.parent).mkdir(parents=True)
    shutil.copy2(REPO / SPEC, work / SPEC)
    help_text = _run([command, "--help"], work, env)
    assert "usage: openapi-clientgen" in help_text
    assert "{generate,check,lint,audit,diff}" in help_text

    assert f"generated {PACKAGE}" in _run([command, "generate", "--spec", str(SPEC), "--out", "out"], work, env)
    assert "up to date" in _run([command, "generate", "--spec", str(SPEC), "--out", "out"], work, env)
    assert "0 error(s)" in _run([python, "-m", "generator", "lint", str(SPEC)], work, env)
    # with no arguments, the specs and output folders are the current folder's ./specs and ./generated
    assert f"generated {PACKAGE}" in _run([command, "generate"], work, env)
    assert _tree(work / "generated" / PACKAGE) == _tree(work / "out" / PACKAGE)

    # the spec sits at the same relative path as in the repository, so the installed tool's output is the
    # checkout's, byte for byte: the installed templates are the repository's and no header names site-packages
    checkout_output = tmp_path / "checkout-output"
    render_tree([REPO / SPEC], checkout_output)
    assert _tree(work / "out" / PACKAGE) == _tree(checkout_output / PACKAGE)

    # caches went to the current folder, nothing into site-packages
    assert (work / ".cache" / "codegen.json").is_file()
    site_packages = Path(_run([python, "-c", "import generator; print(generator.__file__)"], work, env).strip()).parent
    assert site_packages.is_relative_to(venv) and not (site_packages.parent / ".cache").exists()
    assert not (site_packages / ".cache").exists()

    probe = (
        f"from {PACKAGE} import AgentlessScanningClient\n"
        f"from {PACKAGE}.testing import FakeAgentlessScanningServer\n"
        "with FakeAgentlessScanningServer() as server:\n"
        "    client = AgentlessScanningClient(base_url=server.url, api_key='k', app_key='a')\n"
        "    result = client.get_aws_on_demand_task(task_id='6d09294c-9ad9-42fd-a759-a0c1599b4828')\n"
        "    assert server.requests[-1].problems == []\n"
        "    print(type(result).__name__)\n"
    )
    assert _run([python, "-c", probe], work / "out", env).strip() == "AwsOnDemandResponse"
