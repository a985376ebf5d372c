"""Run the web application under gunicorn (production) or Flask's server (--debug)."""

from gunicorn.app.base import BaseApplication

from kg.settings import Config
from kg.web import create_app


class GunicornServer(BaseApplication):
    def __init__(self, config: Config):
        self.kg_config = config
        super().__init__()

    def load_config(self) -> None:
        # One process owns the embedded store (RocksDB allows one writer); threads share it,
        # and pyoxigraph releases the GIL while it evaluates a query.
        self.cfg.set("bind", f"{self.kg_config.host}:{self.kg_config.port}")
        self.cfg.set("workers", 1)
        self.cfg.set("threads", max(2, self.kg_config.workers * 2))
        self.cfg.set("worker_class", "gthread")
        self.cfg.set("accesslog", "-")

    def load(self):
        return create_app(self.kg_config)


def serve(config: Config, debug: bool = False) -> None:
    if debug:
        create_app(config).run(host=config.host, port=config.port, debug=True)
    else:
        GunicornServer(config).run()
