"""This endpoint against `oxigraph serve` and `rdflib-endpoint` on the same synthetic graph.

    make bench            # or: python bench/endpoint_speed.py --triples 1000000

Each server gets the same queries from the same client (one keep-alive HTTP connection,
requests one after another, SPARQL JSON): entity lookups of varying events, a join, an
aggregate, a text filter, and one aggregate repeated; a few warm-up requests of other
entities come first, alike for every server. Prints queries/s, p50 and p99 per server and query,
the CPU time the server's processes spent per query (Linux: read from /proc; steadier than wall
time on a busy machine), and the ratios the targets are stated in.
"""

import argparse
import http.client
import os
import random
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.parse
from pathlib import Path

import pyoxigraph as ox

sys.path.insert(0, str(Path(__file__).parent))
import synthetic

PREFIXES = f"PREFIX kg: <{synthetic.KG}> "
QUERIES = {
    "lookup": lambda r, n: "SELECT ?p ?o WHERE { "
    f"<{synthetic.BASE}id/event/e{r.randrange(n)}> ?p ?o }}",
    "join": lambda r, n: PREFIXES + "SELECT ?e ?t WHERE { ?e kg:organizer "
    f"<{synthetic.BASE}id/agency/a{r.randrange(max(10, n // 10))}> ; kg:title ?t }}",
    "aggregate": lambda r, n: PREFIXES + "SELECT ?k (COUNT(?e) AS ?n) WHERE { ?e kg:eventKind ?k } "
    f"GROUP BY ?k ORDER BY ?k # {r.random()}",
    "text filter": lambda r, n: PREFIXES + "SELECT ?e WHERE { ?e kg:title ?t "
    f'FILTER(CONTAINS(?t, "{r.randrange(n)}")) }} LIMIT 5',
    "repeated aggregate": lambda r, n: PREFIXES + "SELECT ?k (COUNT(?e) AS ?n) WHERE "
    "{ ?e kg:eventKind ?k } GROUP BY ?k ORDER BY ?k",
}  # fmt: skip
BUDGET_SECONDS = 20  # per server and query kind
MAX_REQUESTS = 400
WARM_UP_REQUESTS = 5


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait(port: int, path: str, seconds: float = 600) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            connection = http.client.HTTPConnection("127.0.0.1", port, timeout=5)
            connection.request("GET", path + "?query=" + urllib.parse.quote("ASK {}"))
            connection.getresponse().read()
            return
        except OSError:
            time.sleep(0.5)
    raise TimeoutError(f"server on {port} did not start")


def tool(name: str) -> str:
    """A command from this environment (beside the interpreter) or from PATH."""
    beside = Path(sys.executable).parent / name
    found = str(beside) if beside.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} is missing: pip install -e '.[bench]'")
    return found


def start_servers(folder: Path, nq: Path, nt: Path) -> dict:
    ours, theirs = folder / "kg-store", folder / "oxigraph-store"
    store = ox.Store(str(ours))
    store.bulk_load(path=str(nq), format=ox.RdfFormat.N_QUADS)
    store.flush()
    del store
    oxigraph = tool("oxigraph")
    subprocess.run([oxigraph, "load", "--location", str(theirs), "--file", str(nq)], check=True,
                   capture_output=True)  # fmt: skip
    ports = {name: free_port() for name in ("kg", "oxigraph", "rdflib-endpoint")}
    env = os.environ | {"KG_WORKERS": "2", "KG_BASE": synthetic.BASE, "KG_MAX_ROWS": "100000"}
    commands = {
        "kg": [sys.executable, "-m", "kg.cli", "serve", "--store", str(ours),
               "--port", str(ports["kg"])],
        "oxigraph": [oxigraph, "serve-read-only", "--location", str(theirs), "--bind",
                     f"127.0.0.1:{ports['oxigraph']}", "--union-default-graph"],
        "rdflib-endpoint": [tool("rdflib-endpoint"), "serve", str(nt), "--host",
                            "127.0.0.1", "--port", str(ports["rdflib-endpoint"])],
    }  # fmt: skip
    quiet = {"stdout": subprocess.DEVNULL, "stderr": subprocess.DEVNULL}
    processes = {n: subprocess.Popen(c, env=env, **quiet) for n, c in commands.items()}
    paths = {"kg": "/sparql", "oxigraph": "/query", "rdflib-endpoint": "/"}
    for name, port in ports.items():
        started = time.monotonic()
        wait(port, paths[name])
        print(f"{name} ready in {time.monotonic() - started:.0f} s", flush=True)
    return {"ports": ports, "paths": paths, "processes": processes}


def measure(port: int, path: str, kind: str, events: int, seed: int = 11,
            most: int = MAX_REQUESTS) -> list[float]:  # fmt: skip
    rng = random.Random(seed)
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=120)
    timings, started = [], time.monotonic()
    while len(timings) < most and time.monotonic() - started < BUDGET_SECONDS:
        query = QUERIES[kind](rng, events)
        t0 = time.perf_counter()
        connection.request("GET", f"{path}?query={urllib.parse.quote(query)}",
                           headers={"Accept": "application/sparql-results+json"})  # fmt: skip
        response = connection.getresponse()
        response.read()
        timings.append(time.perf_counter() - t0)
        if response.status != 200:
            raise RuntimeError(f"{kind} on port {port}: HTTP {response.status}")
    connection.close()
    return timings


def cpu_seconds(pid: int) -> float:
    """User and system time of a process and all its descendants (threads included)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit() and (fields := _stat(int(entry.name))):
            children.setdefault(int(fields[1]), []).append(int(entry.name))
    total, pending = 0.0, [pid]
    while pending:
        current = pending.pop()
        pending += children.get(current, [])
        if fields := _stat(current):
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _stat(pid: int) -> list[str] | None:
    """The fields of /proc/<pid>/stat after the command name; None if it has gone."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return None


def summary(timings: list[float]) -> tuple[float, float, float]:
    ordered = sorted(timings)
    pick = lambda q: ordered[min(len(ordered) - 1, int(q * len(ordered)))] * 1000  # noqa: E731
    return len(timings) / sum(timings), pick(0.5), pick(0.99)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--triples", type=int, default=1_000_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        nq, nt, events = synthetic.write(folder, args.triples)
        with open(nt) as lines:
            print(f"{sum(1 for _ in lines):,} triples, {events:,} events", flush=True)
        servers = start_servers(folder, nq, nt)
        try:
            report(servers, events)
        finally:
            for process in servers["processes"].values():
                process.terminate()


def report(servers: dict, events: int) -> None:
    results = {}
    print(f"{'query':20} {'server':16} {'q/s':>9} {'p50 ms':>9} {'p99 ms':>9} {'cpu ms/q':>9}")
    for kind in QUERIES:
        for name, port in servers["ports"].items():
            path, pid = servers["paths"][name], servers["processes"][name].pid
            measure(port, path, kind, events, seed=12, most=WARM_UP_REQUESTS)
            used = cpu_seconds(pid)
            timings = measure(port, path, kind, events)
            cpu_ms = (cpu_seconds(pid) - used) * 1000 / len(timings)
            qps, p50, p99 = summary(timings)
            results[kind, name] = qps
            print(f"{kind:20} {name:16} {qps:9.1f} {p50:9.2f} {p99:9.2f} {cpu_ms:9.2f}",
                  flush=True)  # fmt: skip
    print("\nratios (this endpoint / peer, queries per second)")
    for kind in QUERIES:
        ours = results[kind, "kg"]
        print(f"{kind:20} vs oxigraph {ours / results[kind, 'oxigraph']:6.2f}x   "
              f"vs rdflib-endpoint {ours / results[kind, 'rdflib-endpoint']:8.1f}x")  # fmt: skip


if __name__ == "__main__":
    main()
