"""A real `kg serve` (gunicorn) on a free port of 127.0.0.1, over a store built from the seed
document with the server's own address as base, so every minted IRI dereferences on it."""

import contextlib
import os
import subprocess
import sys

from conftest import SEED
from test_server import free_port, wait_until_up


@contextlib.contextmanager
def serve_seed(root):
    documents = root / "documents"
    documents.mkdir()
    (documents / SEED.name).write_bytes(SEED.read_bytes())
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    env = os.environ | {"KG_STORE": str(root / "store"), "KG_BASE": base, "KG_WORKERS": "1"}
    kg = [sys.executable, "-m", "kg.cli"]
    subprocess.run([*kg, "build", "--documents", documents], check=True, env=env)
    log = open(root / "server.log", "w")  # noqa: SIM115 - closed in the finally below
    process = subprocess.Popen(
        [*kg, "serve", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    try:
        wait_until_up(f"{base}ontology", process, root / "server.log")
        yield base
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()
