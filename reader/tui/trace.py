"""Where the app's own process spends its time, for benchmarks: on only with ``READER_TRACE=<file>``.

Written to the file (JSON) when the process exits:

- ``marks``: named moments (``import`` of the app's module, ``first_frame``, ``background``, ...);
- ``frames``: every frame written to the terminal (start and end of `App._display`, and the main thread's CPU
  time at its end);
- ``keys``: when the driver's input thread handed a key to the app (and the main thread's CPU time then): the
  CPU the main thread spent from a key to its frame does not depend on how busy the machine is;
- ``stalls``: the event loop late by more than STALL seconds, with what the main thread was doing
  then (stacks sampled every SAMPLE seconds by a thread of its own);
- ``gc``: every garbage collection (time, generation, duration, objects collected, CPU of the collecting
  thread: on a busy machine the duration is mostly waiting for a core).

Times are ``time.time()``, so a benchmark outside the process can line them up with its own.
"""

from __future__ import annotations

import asyncio
import atexit
import gc
import os
import sys
import threading
import time
from collections import Counter, deque
from typing import Any

STALL = 0.03
SAMPLE = 0.004
TICK = 0.005

_state: dict[str, Any] | None = None
_at_finish: list[Any] = []  # more to write at the end (the profile)


def main_cpu() -> float:
    """CPU seconds of the main thread so far (read from any thread)."""
    return time.clock_gettime(time.pthread_getcpuclockid(threading.main_thread().ident or 0))


def enabled() -> bool:
    return bool(os.environ.get("READER_TRACE"))


def mark(name: str) -> None:
    """Note a named moment (no-op unless tracing)."""
    if _state is not None:
        _state["marks"].append((name, time.time(), time.process_time()))


def start(first_mark: str = "import") -> None:
    """Begin tracing this process (idempotent); the file is written at exit."""
    global _state
    path = os.environ.get("READER_TRACE")
    if not path or _state is not None:
        return
    _state = {"path": path, "marks": [], "frames": [], "keys": [], "stalls": [], "gc": [], "samples": deque(maxlen=20_000)}
    gc_start: list[float] = [0.0, 0.0]

    def on_gc(phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            gc_start[:] = time.perf_counter(), time.thread_time()
        elif _state is not None:
            wall, cpu = time.perf_counter() - gc_start[0], time.thread_time() - gc_start[1]
            _state["gc"].append((time.time(), info["generation"], wall, info["collected"], cpu))

    gc.callbacks.append(on_gc)
    main = threading.main_thread().ident
    threading.Thread(target=_sampler, args=(main,), daemon=True, name="reader-trace").start()
    atexit.register(finish)
    mark(first_mark)


def _sampler(main: int | None) -> None:
    samples = _state["samples"] if _state is not None else None
    while _state is not None and samples is not None:
        frame = sys._current_frames().get(main or 0)
        stack = []
        while frame is not None and len(stack) < 60:
            code = frame.f_code
            stack.append(f"{code.co_filename.rsplit('/', 2)[-1]}:{code.co_name}:{frame.f_lineno}")
            frame = frame.f_back
        samples.append((time.time(), tuple(stack)))
        time.sleep(SAMPLE)


def install(app: Any) -> None:
    """Watch ``app``: its frames, its keys, and how late its event loop runs."""
    if _state is None:
        return
    display = app._display

    def traced_display(screen: Any, renderable: Any) -> None:
        began = time.time()
        display(screen, renderable)
        if renderable is not None and _state is not None:
            _state["frames"].append((began, time.time(), main_cpu()))
            if len(_state["frames"]) == 1:
                mark("first_frame")

    app._display = traced_display
    install_driver(app._driver)
    asyncio.get_running_loop().create_task(_watch_loop())
    profile_path = os.environ.get("READER_PROFILE")
    if profile_path:  # cProfile of the main thread from here on (``pstats`` reads the file)
        import cProfile

        profiler = cProfile.Profile()
        profiler.enable()
        _at_finish.append(lambda: (profiler.disable(), profiler.dump_stats(profile_path)))


def install_driver(driver: Any) -> None:
    if _state is None or driver is None:
        return
    process = driver.process_message

    def traced(message: Any) -> None:
        key = getattr(message, "key", None)
        if key is not None and _state is not None:
            _state["keys"].append((time.time(), key, main_cpu()))
        process(message)

    driver.process_message = traced


async def _watch_loop() -> None:
    state = _state
    while state is not None and _state is state:
        before = time.time()
        await asyncio.sleep(TICK)
        late = time.time() - before - TICK
        if late > STALL:
            state["stalls"].append((before, late))


def finish() -> None:
    """Write the trace (and the profile) now, once: at exit, or before the app ends the process itself."""
    global _state
    state, _state = _state, None
    if state is None:
        return
    while _at_finish:
        _at_finish.pop()()
    _write(state.pop("path"), state)


def _write(path: str, state: dict[str, Any]) -> None:
    samples = list(state.pop("samples"))
    stalls = []
    for began, late in state["stalls"]:
        inside = Counter(stack for at, stack in samples if began <= at <= began + late + TICK)
        stalls.append({"at": began, "late": late, "stacks": [[list(stack), n] for stack, n in inside.most_common(8)]})
    state["stalls"] = stalls
    state["cpu"] = time.process_time()
    import json

    with open(path, "w", encoding="utf-8") as out:
        json.dump(state, out)


start()  # at import (of the app's module): the earliest the app can note
