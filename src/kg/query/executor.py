"""A pool of query worker processes, with a timeout that kills runaway work.

Each worker is a fresh interpreter (`python -m kg.query.worker`) that imports only what a query
needs, so one that was killed is replaced in a fraction of a second; requests and answers
travel as pickles over two pipes of its own.
"""

import atexit
import os
import pickle
import queue
import select
import subprocess
import sys
import threading
from dataclasses import dataclass
from multiprocessing.connection import Connection


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
    def __init__(self, store_path: str):
        request_read, request_write = os.pipe()
        answer_read, answer_write = os.pipe()
        command = [sys.executable, "-m", "kg.query.worker", store_path]
        self.process = subprocess.Popen(
            [*command, str(request_read), str(answer_write)],
            pass_fds=(request_read, answer_write),
        )
        os.close(request_read)
        os.close(answer_write)
        self.requests = Connection(request_write, readable=False)
        self.answers = Connection(answer_read, writable=False)
        self.readable = select.poll()  # made once: waiting is then a single system call
        self.readable.register(answer_read, select.POLLIN)

    def ask(self, request: dict, timeout: float):
        self.requests.send_bytes(pickle.dumps(request, pickle.HIGHEST_PROTOCOL))
        if not self.readable.poll(timeout * 1000):
            raise QueryTimeout(f"the query ran past {timeout:g} s and was stopped")
        return pickle.loads(self.answers.recv_bytes())

    def stop(self) -> None:
        self.process.kill()
        self.process.wait(timeout=5)
        self.requests.close()
        self.answers.close()


class QueryExecutor:
    def __init__(self, store_path: str, size: int, timeout: float):
        self.store_path, self.size, self.timeout = store_path, max(1, size), timeout
        self.idle: queue.Queue[_Worker] = queue.Queue()
        self.running: set[_Worker] = set()  # every live worker, busy or idle
        self.started = 0
        self.lock = threading.Lock()
        atexit.register(self.close)

    def run(self, request: dict) -> Answer:
        current = self._acquire()
        try:
            reply = current.ask(request, self.timeout)
        except (QueryTimeout, OSError, EOFError) as error:
            self._retire(current)
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
                started = _Worker(self.store_path)
                self.running.add(started)
                return started
        return self.idle.get()

    def _retire(self, current: _Worker) -> None:
        current.stop()
        with self.lock:
            self.started -= 1
            self.running.discard(current)

    def close(self) -> None:
        """Stop every worker, busy ones too: a runaway query must not outlive the server."""
        for current in list(self.running):
            self._retire(current)
