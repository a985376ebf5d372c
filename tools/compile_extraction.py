"""Compile the extraction modules to C with mypyc, into build/mypyc/ (see kg.extract.compiled).

    python tools/compile_extraction.py

Needs mypy (the `native` extra) and a C compiler with the Python headers; `make setup` runs it
and carries on without it when either is missing: the modules then run as Python. The modules
must type-check ([tool.mypy] in pyproject.toml): mypyc compiles from the types mypy infers.
The build goes to a temporary folder and replaces build/mypyc/ only once it has succeeded.
"""

import contextlib
import io
import json
import os
import shutil
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "src"))
os.environ["KG_PURE_PYTHON"] = "1"  # read the sources, not an earlier build of them

from kg.extract import compiled  # noqa: E402

# All the compiled modules in one shared library, so they call each other's functions directly.
GROUP = "kg.extract.native"
OPT_LEVEL = "2"  # -O3 compiles longer for no faster extraction


def build(work: Path) -> Path:
    """Compile into `work`; the folder that holds kg/extract/*.so and the shared library."""
    from mypyc.build import mypycify
    from setuptools import setup

    sources = [p.relative_to(ROOT / "src").as_posix() for p in compiled.compiled_modules()]
    config = ["--config-file", str(ROOT / "pyproject.toml")]
    os.chdir(ROOT / "src")  # module names come from the paths: kg/extract/agencies.py
    messages = io.StringIO()  # mypy's errors, and mypyc's notes on code it compiles as it can
    try:
        with contextlib.redirect_stdout(messages):
            extensions = mypycify(
                [*config, *sources],
                opt_level=OPT_LEVEL,
                debug_level="0",
                separate=[(sources, GROUP)],
                multi_file=True,  # one C file per module: compiled side by side, not slower
                target_dir=str(work / "c"),
            )
    except SystemExit:
        print(messages.getvalue(), end="")
        raise RuntimeError("the modules do not type-check") from None
    for extension in extensions:  # the group's headers are written under its dotted name
        extension.include_dirs.append(str(work / "c" / Path(*GROUP.split(".")[:-1])))
    out = work / "lib"
    setup(
        name="kg-extract-compiled",
        ext_modules=extensions,
        cmdclass={"build_ext": parallel_build_ext()},
        script_args=["--quiet", "build_ext", "--build-lib", str(out), "--build-temp", str(work)],
    )
    return out


def parallel_build_ext() -> type:
    """setuptools' build_ext, compiling an extension's C files side by side: the shared library
    has one per module, which the compiler would otherwise take one after another."""
    from setuptools.command.build_ext import build_ext

    class ParallelBuildExt(build_ext):
        def build_extension(self, ext) -> None:
            compile_one = self.compiler.compile

            def compile_all(sources, *args, **kwargs):
                with ThreadPoolExecutor(os.cpu_count()) as pool:
                    done = pool.map(lambda source: compile_one([source], *args, **kwargs), sources)
                    return [obj for objects in done for obj in objects]

            self.compiler.compile = compile_all
            try:
                super().build_extension(ext)
            finally:
                self.compiler.compile = compile_one

    return ParallelBuildExt


def install(built: Path, digests: dict) -> None:
    """Replace build/mypyc/ with the modules just built and the manifest of their sources."""
    staging = compiled.BUILD.with_name("mypyc.new")
    shutil.rmtree(staging, ignore_errors=True)
    (staging / "kg" / "extract").mkdir(parents=True)
    for module in (built / "kg" / "extract").glob(f"*{compiled.extension_suffix()}"):
        shutil.copy2(module, staging / "kg" / "extract" / module.name)
    (staging / "manifest.json").write_text(json.dumps(digests, indent=1), encoding="utf-8")
    shutil.rmtree(compiled.BUILD, ignore_errors=True)
    staging.rename(compiled.BUILD)


def main() -> int:
    started = time.monotonic()
    digests = compiled.manifest()  # the sources as they are before the build reads them
    with tempfile.TemporaryDirectory() as work:
        try:
            built = build(Path(work))
        except (Exception, SystemExit) as error:  # a type error; no compiler (setup exits)
            print(f"extraction modules not compiled ({error}): they run as Python")
            return 1
        install(built, digests)
    count = len(compiled.compiled_modules())
    print(f"compiled {count} extraction modules in {time.monotonic() - started:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
