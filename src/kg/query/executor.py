"""A pool of query worker processes, with a timeout that kills runaway work."""

import atexit
import multiprocessing
import pickle
import queue
import select
import threading
from dataclasses import dataclass

from kg.query import worker


class QueryTimeout(Exception):
    """The query ran past the time limit and its worker was stopped."""


class WorkerLost(Exception):
    """The worker process died while answering (it is replaced for the next query)."""


class QueryFailed(Exception):
    def __init__(self, kind: str, message: str):
        super().__init__(message)
        self.kind = kind  # "syntax" or "error"


@dataclass
class Answer:
    kind: str  # "solutions", "boolean" or "triples"
    format: str | None  # the format name it was serialized in, None if none was acceptable
    payload: bytes
    truncated_at: int | None = None  # rows kept when the result was longer than max_rows


class _Worker:
    def __init__(self, context, store_path: str):
        self.connection, child = context.Pipe()
        self.process = context.Process(target=worker.serve, args=(child, store_path), daemon=True)
        self.process.start()
        child.close()
        self.readable = select.poll()  # made once: waiting is then a single system call
        self.readable.register(self.connection.fileno(), select.POLLIN)

    def ask(self, request: dict, timeout: float):
        self.connection.send_bytes(pickle.dumps(request, pickle.HIGHEST_PROTOCOL))
        if not self.readable.poll(timeout * 1000):
            raise QueryTimeout(f"the query ran past {timeout:g} s and was stopped")
        return pickle.loads(self.connection.recv_bytes())

    def stop(self) -> None:
        self.process.kill()
        self.process.join(timeout=5)
        self.connection.close()


class QueryExecutor:
    def __init__(self, store_path: str, size: int, timeout: float):
        self.store_path, self.size, self.timeout = store_path, max(1, size), timeout
        self.context = multiprocessing.get_context("spawn")  # no inherited store handles
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.started = 0
        self.lock = threading.Lock()
        atexit.register(self.close)

    def run(self, request: dict) -> Answer:
        current = self._acquire()
        try:
            reply = current.ask(request, self.timeout)
        except (QueryTimeout, OSError, EOFError) as error:
            current.stop()
            with self.lock:
                self.started -= 1
            if isinstance(error, QueryTimeout):
                raise
            raise WorkerLost(f"the query worker stopped unexpectedly ({error})") from error
        self.idle.put(current)
        if reply[0] == "unavailable":
            raise WorkerLost(reply[1])
        if reply[0] != "ok":
            raise QueryFailed(reply[0], reply[1])
        return Answer(*reply[1:])

    def _acquire(self) -> _Worker:
        with self.lock:
            if self.idle.empty() and self.started < self.size:
                self.started += 1
                return _Worker(self.context, self.store_path)
        return self.idle.get()

    def close(self) -> None:
        while not self.idle.empty():
            self.idle.get_nowait().stop()
