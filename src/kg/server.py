"""Run the web application under granian (production) or Flask's server (--debug).

granian parses HTTP and keeps connections alive in Rust and calls the WSGI app from a pool of
Python threads: per request it costs about half of what a pure-Python server does, which is
most of the time a small query takes end to end.
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


def serve(config: Config, debug: bool = False) -> None:
    if debug:
        create_app(config).run(host=config.host, port=config.port, debug=True)
    else:
        granian_server(config).serve(target_loader=partial(create_app, config), wrap_loader=False)
