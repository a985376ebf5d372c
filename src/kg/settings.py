"""Every setting declared once: name, default, environment variable and help.

Values are resolved from (lowest to highest precedence) the defaults, the environment
(`KG_<NAME>`) and explicit overrides such as command-line flags.
"""

import os
from dataclasses import dataclass, fields
from pathlib import Path


@dataclass(frozen=True)
class Setting:
    name: str
    default: object
    help: str

    @property
    def env(self) -> str:
        return f"KG_{self.name.upper()}"

    def parse(self, raw: str) -> object:
        kind = type(self.default)
        if kind is bool:
            return raw.strip().lower() in {"1", "true", "yes", "on"}
        return kind(raw)


DEFAULT_PORT = 8080

SETTINGS: tuple[Setting, ...] = (
    Setting("store", ".kg/store", "Folder of the embedded pyoxigraph store."),
    Setting("documents", "data/documents", "Folder of source documents (*.txt)."),
    Setting(
        "base",
        f"http://127.0.0.1:{DEFAULT_PORT}/",
        "URI base of every minted IRI; the default dereferences on the default server.",
    ),
    Setting("host", "127.0.0.1", "Interface the server listens on."),
    Setting("port", DEFAULT_PORT, "Port the server listens on."),
    Setting("workers", 2, "Query worker processes (requests get twice as many threads)."),
    Setting("server", "granian", "WSGI server: granian (fastest here) or gunicorn."),
    Setting("query_timeout", 30.0, "Seconds a SPARQL query may run."),
    Setting("max_rows", 100_000, "Most result rows returned by one query."),
    Setting(
        "update_token", "", "Bearer token that enables SPARQL Update (updates off when empty)."
    ),
    Setting("max_query_bytes", 100_000, "Longest query or update accepted, in bytes."),
    Setting(
        "outbound_allow",
        "",
        "Comma-separated IRI prefixes SERVICE and LOAD may reach (none by default).",
    ),
)


@dataclass(frozen=True)
class Config:
    store: str
    documents: str
    base: str
    host: str
    port: int
    workers: int
    server: str
    query_timeout: float
    max_rows: int
    update_token: str
    max_query_bytes: int
    outbound_allow: str

    @property
    def store_path(self) -> Path:
        return Path(self.store)

    @property
    def allowed_remotes(self) -> tuple[str, ...]:
        return tuple(p.strip() for p in self.outbound_allow.split(",") if p.strip())


def resolve(overrides: dict | None = None, environ: dict | None = None) -> Config:
    """Build a Config from defaults, then the environment, then non-None overrides."""
    environ = os.environ if environ is None else environ
    values = {}
    for setting in SETTINGS:
        value = setting.default
        if setting.env in environ:
            value = setting.parse(environ[setting.env])
        if overrides and overrides.get(setting.name) is not None:
            value = overrides[setting.name]
        values[setting.name] = value
    values["base"] = normalize_base(str(values["base"]))
    return Config(**values)


def normalize_base(base: str) -> str:
    return base if base.endswith("/") else base + "/"


def describe() -> list[tuple[str, str, object, str]]:
    """(name, env var, default, help) rows for documentation and `kg settings`."""
    return [(s.name, s.env, s.default, s.help) for s in SETTINGS]


assert [f.name for f in fields(Config)] == [s.name for s in SETTINGS]
