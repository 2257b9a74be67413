"""Give memory freed by a large index build back to the operating system.

A build allocates and frees big numpy temporaries; glibc then raises its mmap threshold and keeps
later ones on its heap, so ~2/3 of what a build touched stayed resident after it was freed
(measured at 10^5 texts: 226 MB resident for 66 MB of live data). malloc_trim(0) hands the free
heap back. Elsewhere than glibc this does nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
from functools import cache
from typing import Any


@cache
def _libc() -> Any:
    name = ctypes.util.find_library("c")
    try:
        libc = ctypes.CDLL(name)
        return libc if hasattr(libc, "malloc_trim") else None
    except OSError:
        return None


def return_freed_memory() -> None:
    """Ask the C allocator to return free heap pages to the system (glibc only; else no-op)."""
    libc = _libc()
    if libc is not None:
        libc.malloc_trim(0)
