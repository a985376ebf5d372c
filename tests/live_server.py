"""A real `kg serve` on a free port of 127.0.0.1, over a store built from the seed document.

By default the store's base is the server's own address, so every minted IRI dereferences on
it; the endpoint tests pass the suite's fixed base instead.
"""

import contextlib
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

from conftest import SEED


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_up(url: str, process: subprocess.Popen, log: Path, seconds: float = 30) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"server exited: {log.read_text()}")
        try:
            with urllib.request.urlopen(url, timeout=1):
                return
        except OSError:
            time.sleep(0.2)
    raise TimeoutError(url)


@contextlib.contextmanager
def serve_seed(root: Path, base: str | None = None, **settings: str):
    """Yield the server's root URL; `settings` are extra KG_* values (server="gunicorn")."""
    documents = root / "documents"
    documents.mkdir()
    (documents / SEED.name).write_bytes(SEED.read_bytes())
    port = free_port()
    env = os.environ | {"KG_STORE": str(root / "store"), "KG_WORKERS": "1"}
    env |= {"KG_BASE": base or f"http://127.0.0.1:{port}/"}
    env |= {f"KG_{name.upper()}": value for name, value in settings.items()}
    kg = [sys.executable, "-m", "kg.cli"]
    subprocess.run([*kg, "build", "--documents", documents], check=True, env=env)
    log = open(root / "server.log", "w")  # noqa: SIM115 - closed in the finally below
    process = subprocess.Popen(
        [*kg, "serve", "--port", str(port)], env=env, stdout=log, stderr=subprocess.STDOUT
    )
    root_url = f"http://127.0.0.1:{port}/"
    try:
        wait_until_up(f"{root_url}sparql?query=ASK%7B%7D", process, root / "server.log")
        yield root_url
    finally:
        process.terminate()
        process.wait(timeout=10)
        log.close()
