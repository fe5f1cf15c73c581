"""The generated-code section of a review: build each side's IR with this checkout's generator and compare what
callers of the generated client see (`client_api`). A side whose IR cannot be built leaves a note, never a
traceback: the wire section of the review still stands."""

from __future__ import annotations

from ..errors import SpecError
from ..ir import Service
from ..loader import LoadedSpec
from .client_api import compare_services
from .model import Change
from .sources import SpecSet


class Skipped(Exception):
    """One package's comparison cannot run; the message says why, for the report's notes."""


def _reason(exc: Exception) -> str:
    if isinstance(exc, SpecError) and exc.problems:
        first = exc.problems[0]
        more = f" (and {len(exc.problems) - 1} more problem(s))" if len(exc.problems) > 1 else ""
        return f"{first}{more}"
    return f"{type(exc).__name__}: {exc}"


def build_side(spec: LoadedSpec, side: str) -> Service:
    """The IR of one side, loaded as `generate` loads it (cross-file `$ref`s bundled from its tree)."""
    from ..pipeline import build_ir, tree_root  # the generator proper loads only when the section runs
    from ..refs import bundle

    try:
        return build_ir(bundle(spec, tree_root(spec.path)))
    except Exception as exc:  # a spec the generator cannot build is a finding of the review, not a crash
        raise Skipped(f"the {side} spec {spec.display_path} does not build a client: {_reason(exc)}") from exc


def generated_changes(
    base: SpecSet,
    head: SpecSet,
    pairs: list[tuple[str | None, str | None]],
    generated_dir: str,
    notes: list[str],
) -> list[Change]:
    """What changes for callers of each generated package, as changes of section "generated".

    Both sides are built by this checkout's generator, so a pair whose spec text is unchanged has nothing to
    report and is not built. Committed generated code is not read: the IR decides the whole caller-visible API."""
    found: list[Change] = []
    for bkey, hkey in pairs:
        bspec = base.specs[bkey] if bkey else None
        hspec = head.specs[hkey] if hkey else None
        if bspec is not None and hspec is not None and bspec.text == hspec.text:
            continue
        shown = head.files[hkey] if hkey else base.files[bkey] if bkey else "?"
        try:
            bservice = build_side(bspec, "base") if bspec is not None else None
            hservice = build_side(hspec, "head") if hspec is not None else None
            found.extend(compare_services(bservice, hservice, generated_dir))
        except Skipped as exc:
            notes.append(f"skipped: generated client of {shown}: {exc}")
        except Exception as exc:  # the comparison must never end the review in a traceback
            notes.append(f"skipped: generated client of {shown}: the comparison failed: {_reason(exc)}")
    return found
