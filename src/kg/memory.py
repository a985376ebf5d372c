"""Garbage collection around work that makes many short-lived objects.

A full collection walks every tracked object in the process: the ontology and shapes graphs,
the registry, a server's caches (hundreds of thousands of objects). Validating one document
makes enough tuples and sets to trigger several, about a fifth of its time. Freezing what is
alive before such work (gc.freeze: those objects move to a permanent generation, an O(1) move)
leaves the collections only the new objects to walk; unfreezing after lets the old ones be
collected again.
"""

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_frozen = threading.local()  # whether an enclosing block of this thread froze them


@contextmanager
def older_objects_frozen() -> Iterator[None]:
    # gc.get_freeze_count() would tell, but it walks the frozen objects (milliseconds)
    if getattr(_frozen, "active", False):
        yield
        return
    _frozen.active = True
    gc.freeze()
    try:
        yield
    finally:
        gc.unfreeze()
        _frozen.active = False


class collections_paused:  # used as a function: with collections_paused():
    """No collection during a short piece of work that makes many objects but no cycles to
    speak of (a write's validation: tuples and sets of terms): its young-generation collections
    would only walk objects that are about to be freed by reference counting anyway.

    A class, not a @contextmanager generator: leaving a generator's block makes an exception
    object to stop it, after collections are enabled again, and that allocation would trigger a
    collection over the objects the work made and has not freed yet."""

    def __enter__(self) -> None:
        self.enabled = gc.isenabled()
        gc.disable()

    def __exit__(self, *exc_info: object) -> None:
        if getattr(_frozen, "active", False):
            # The work's objects still alive join the frozen ones (an O(1) move): the first
            # allocation after enabling would otherwise start a collection that walks them all,
            # just before reference counting frees most of them. Thawed with the others.
            gc.freeze()
        if self.enabled:
            gc.enable()
