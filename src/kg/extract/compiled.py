"""The extraction modules compiled to C (tools/compile_extraction.py), used only while they are
what the sources say.

The build puts the compiled modules in build/mypyc/kg/extract/ with a manifest: a digest of every
source file of the package (lexicon included) as it was compiled, and the interpreter's extension
suffix. When the manifest matches the sources here, that folder goes first on the package's
search path and each compiled module is imported instead of its .py file; after any edit, or
under another interpreter, the .py files are imported as they are, until the next build. Setting
KG_PURE_PYTHON=1 imports the .py files in any case.
"""

import hashlib
import importlib.machinery
import json
import os
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent
BUILD = PACKAGE.parents[2] / "build" / "mypyc"
MANIFEST = BUILD / "manifest.json"

# Modules never compiled: the extractor and its pipeline, whose stages and methods callers may
# replace (kg.extract.pipeline), this module and the package's own.
NOT_COMPILED = {"__init__", "compiled", "pipeline"}


def compiled_modules(package: Path = PACKAGE) -> list[Path]:
    """The sources the build compiles: the package's modules, not its lexicon."""
    return sorted(p for p in package.glob("*.py") if p.stem not in NOT_COMPILED)


def source_digests(package: Path = PACKAGE) -> dict[str, str]:
    """Each source file of the package, by its path in it, and the SHA-256 of its content."""
    return {
        path.relative_to(package).as_posix(): hashlib.sha256(path.read_bytes()).hexdigest()
        for path in sorted(package.rglob("*.py"))
    }


def extension_suffix() -> str:
    return importlib.machinery.EXTENSION_SUFFIXES[0]


def manifest(package: Path = PACKAGE) -> dict:
    """What a build records: the sources it compiled and the interpreter it compiled for."""
    return {"suffix": extension_suffix(), "sources": source_digests(package)}


def fresh(build: Path = BUILD, package: Path = PACKAGE) -> bool:
    """Whether the compiled modules in `build` were compiled from the sources as they are."""
    try:
        recorded = json.loads((build / "manifest.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return False
    return recorded == manifest(package)


def use(search_path: list[str], build: Path = BUILD, package: Path = PACKAGE) -> bool:
    """Put the compiled modules first on the package's search path when they are fresh."""
    if os.environ.get("KG_PURE_PYTHON") or not fresh(build, package):
        return False
    search_path.insert(0, str(build / "kg" / "extract"))
    return True
