"""Run the web application under a production WSGI server, or Flask's server (--debug).

granian (the default) parses HTTP and keeps connections alive in Rust and calls the WSGI app
from a pool of Python threads: per request it costs about half of what a pure-Python server
does, which is most of the time a small query takes end to end. gunicorn (`server=gunicorn`)
is there for deployments that standardize on it.
"""

from functools import partial

from granian import Granian
from granian.constants import HTTPModes, Interfaces

from kg.settings import Config
from kg.web import create_app


def granian_server(config: Config) -> Granian:
    # One process owns the embedded store (RocksDB allows one writer); its threads share it
    # while queries run in their own killable worker processes, so a thread mostly waits.
    return Granian(
        "kg.web:create_app",  # shown in granian's logs; the app comes from the loader below
        address=config.host,
        port=config.port,
        interface=Interfaces.WSGI,
        http=HTTPModes.http1,
        websockets=False,
        workers=1,
        blocking_threads=max(2, config.workers * 2),
        log_access=True,
    )


def gunicorn_server(config: Config):
    from gunicorn.app.base import BaseApplication

    class GunicornServer(BaseApplication):
        def load_config(self) -> None:
            # The same shape as under granian: one process owns the store, threads share it.
            self.cfg.set("bind", f"{config.host}:{config.port}")
            self.cfg.set("workers", 1)
            self.cfg.set("threads", max(2, config.workers * 2))
            self.cfg.set("worker_class", "gthread")
            self.cfg.set("accesslog", "-")

        def load(self):
            return create_app(config)

    return GunicornServer()


def serve(config: Config, debug: bool = False) -> None:
    if debug:
        create_app(config).run(host=config.host, port=config.port, debug=True)
    elif config.server == "gunicorn":
        gunicorn_server(config).run()
    elif config.server == "granian":
        granian_server(config).serve(target_loader=partial(create_app, config), wrap_loader=False)
    else:
        raise SystemExit(f"unknown server {config.server!r}: use granian or gunicorn")
