"""The HTTP service (``pip install 'newsfacts[server]'``; run with ``newsfacts serve``).

Endpoints: ``POST /extract`` ({text, published?}), ``POST /extract/batch`` ({items: [...]}),
``POST /extract/html`` ({html, url?, published?}), ``POST /story`` ({articles: [{text,
published?, id?, title?, url?, source?}, ...]}: one merged story), ``GET /health``, ``GET /schema``; the
OpenAPI description at ``/openapi.json`` (with the whole ``Facts`` schema) and ``/docs``
(Swagger UI served from the installed package, no CDN).

Every 4xx and 5xx answer has one shape, FastAPI's: ``{"detail": [{"type", "loc", "msg"}]}``,
never the input echoed back. A body over the size limit is refused with 413 as it streams
(chunked uploads included), before it is read whole; a text over the length limit is 422;
with worker processes, a request that waits too long for a worker is 503, one that runs
too long is 504 (its worker is ended and replaced).
"""

from __future__ import annotations

import contextlib
import datetime as dt
from collections.abc import AsyncIterator, Awaitable, Callable, MutableMapping
from typing import Any

from fastapi import FastAPI, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from fastapi_offline import FastAPIOffline
from pydantic import BaseModel, ConfigDict, Field
from starlette.exceptions import HTTPException as StarletteHTTPException

from newsfacts import __version__
from newsfacts._workers import Busy, TaskFailed, TimedOut, WorkerPool
from newsfacts._workers import _run as run_task
from newsfacts.errors import InputTooLongError
from newsfacts.extractor import Extractor
from newsfacts.records import Facts, facts_schema
from newsfacts.story import Story

__all__ = ["create_app", "DEFAULT_MAX_BODY_BYTES", "DEFAULT_MAX_TEXT_CHARS"]

#: Requests with a larger body are refused with 413.
DEFAULT_MAX_BODY_BYTES = 5_000_000
#: Texts (or a page's main text) with more characters are refused with 422.
DEFAULT_MAX_TEXT_CHARS = 1_000_000

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]


class ExtractRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    """The article text."""
    published: dt.date | None = None
    """Publication date, YYYY-MM-DD."""


class BatchRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    items: list[ExtractRequest] = Field(max_length=1000)


class HtmlRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    html: str
    url: str | None = None
    published: dt.date | None = None


class StoryArticle(BaseModel):
    model_config = ConfigDict(extra="forbid")
    text: str
    """The article text."""
    published: dt.date | None = None
    """Publication date, YYYY-MM-DD."""
    id: str | None = None
    """The article's id, cited by the story's facts (else one is made from the text)."""
    title: str | None = None
    """The title, when it is not the text's first line."""
    url: str | None = None
    source: str | None = None
    """Who published it."""


class StoryRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")
    articles: list[StoryArticle] = Field(min_length=1, max_length=200)
    """The reports of one story."""


class ErrorItem(BaseModel):
    type: str
    """A short code: `missing`, `string_too_long`, `body_too_large`, `busy`, `timeout`, ..."""
    loc: list[str | int]
    """Where: `["body", "text"]`, `["body", "items", 2, "text"]`; `[]` for the request as a whole."""
    msg: str
    """What is wrong, in words."""


class ErrorAnswer(BaseModel):
    detail: list[ErrorItem]


def error(status: int, kind: str, msg: str, loc: list[str | int] | None = None,
          headers: dict[str, str] | None = None) -> JSONResponse:
    """The one error shape: ``{"detail": [{"type", "loc", "msg"}]}``."""
    return JSONResponse({"detail": [{"type": kind, "loc": loc or [], "msg": msg}]}, status_code=status,
                        headers=headers)


class _Refused(Exception):
    """An answer other than 200, raised from inside a route."""

    def __init__(self, response: JSONResponse) -> None:
        super().__init__()
        self.response = response


class BodyLimit:
    """ASGI middleware: refuse a body over ``max_bytes`` with 413 while it arrives.

    A ``Content-Length`` over the limit is refused before a byte is read; a chunked (or
    lying) body is counted as it streams and refused at the chunk that crosses the limit.
    The app then sees the client gone, and nothing it answers is sent.
    """

    def __init__(self, app: Callable[[Scope, Receive, Send], Awaitable[None]], max_bytes: int) -> None:
        self.app = app
        self.max_bytes = max_bytes

    async def _refuse(self, send: Send) -> None:
        response = error(413, "body_too_large", f"request body over {self.max_bytes:,} bytes", ["body"],
                         headers={"connection": "close"})
        await send({"type": "http.response.start", "status": 413, "headers": response.raw_headers})
        await send({"type": "http.response.body", "body": response.body})

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = dict(scope.get("headers") or []).get(b"content-length", b"")
        if length.isdigit() and int(length) > self.max_bytes:
            await self._refuse(send)
            return
        seen = 0
        refused = False

        async def counted() -> Message:
            nonlocal seen, refused
            if refused:
                return {"type": "http.disconnect"}
            message = await receive()
            if message["type"] == "http.request":
                seen += len(message.get("body", b""))
                if seen > self.max_bytes:
                    refused = True
                    await self._refuse(send)
                    return {"type": "http.disconnect"}
            return message

        async def guarded(message: Message) -> None:
            if not refused:
                await send(message)

        await self.app(scope, counted, guarded)


_HTTP_TYPES = {404: "not_found", 405: "method_not_allowed", 413: "body_too_large", 415: "unsupported_media_type"}


def _plain(message: str) -> str:
    """An error's message without its advice to Python callers (what follows '; ')."""
    return message.split("; ", 1)[0]


def create_app(
    model: str | None = None,
    *,
    max_body_bytes: int = DEFAULT_MAX_BODY_BYTES,
    max_text_chars: int = DEFAULT_MAX_TEXT_CHARS,
    workers: int = 0,
    time_limit: float | None = None,
) -> FastAPI:
    """The service as a FastAPI app; the pipeline is loaded when the app is made.

    ``workers=0`` extracts in threads of this process (one pipeline under a lock);
    ``workers=N`` starts N worker processes, each with its own pipeline, and then
    ``time_limit`` (seconds) bounds each request: 503 when no worker comes free in time,
    504 when the extraction runs over (its worker is ended and replaced).
    """
    pool = WorkerPool(workers, model=model, max_chars=max_text_chars, time_limit=time_limit) if workers else None
    extractor = None if pool else Extractor(model, max_chars=max_text_chars)

    @contextlib.asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        if pool is not None:
            pool.close()

    app = FastAPIOffline(title="newsfacts", version=__version__, lifespan=lifespan,
                         description="Typed, grounded facts from English news text.",
                         responses={413: {"model": ErrorAnswer}, 422: {"model": ErrorAnswer}})
    app.add_middleware(BodyLimit, max_bytes=max_body_bytes)

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        # FastAPI's list, without the input it echoes and the links it adds
        detail = [{"type": e.get("type", "invalid"), "loc": list(e.get("loc", [])), "msg": e.get("msg", "")}
                  for e in exc.errors()]
        return JSONResponse({"detail": detail}, status_code=422)

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        return error(exc.status_code, _HTTP_TYPES.get(exc.status_code, "http_error"), str(exc.detail),
                     headers=dict(exc.headers or {}))

    @app.exception_handler(_Refused)
    async def refused(request: Request, exc: _Refused) -> JSONResponse:
        return exc.response

    def check_length(text: str, loc: list[str | int]) -> None:
        if len(text) > max_text_chars:
            raise _Refused(error(422, "string_too_long",
                                 f"text has {len(text):,} characters, over the limit of {max_text_chars:,}", loc))

    async def run(kind: str, args: tuple[Any, ...], loc: list[str | int]) -> Any:
        """One task, in a worker process or a thread; refusals become answers."""
        try:
            if pool is not None:
                return await run_in_threadpool(pool.call, (kind, args))
            return await run_in_threadpool(run_task, extractor, kind, args)
        except Busy:
            raise _Refused(error(503, "busy", "every worker is busy; try again later",
                                 headers={"retry-after": "5"})) from None
        except TimedOut:
            raise _Refused(error(504, "timeout", f"extraction took longer than {time_limit:g} s")) from None
        except TaskFailed as err:
            if err.kind == "InputTooLongError":
                raise _Refused(error(422, "string_too_long", _plain(str(err)), loc)) from None
            raise _Refused(error(422, "value_error", _plain(str(err)), loc)) from None
        except InputTooLongError as err:  # in a thread: the extractor's own limit
            raise _Refused(error(422, "string_too_long", _plain(str(err)), loc)) from None
        except (ValueError, TypeError) as err:  # in a thread: our own refusals of a value
            raise _Refused(error(422, "value_error", _plain(str(err)), loc)) from None

    def facts_json(text: str | list[str]) -> Response:
        body = text if isinstance(text, str) else "[" + ",".join(text) + "]"
        return Response(content=body, media_type="application/json")

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/schema")
    async def schema() -> dict[str, Any]:
        return facts_schema()

    @app.post("/extract", response_model=Facts)
    async def extract(request: ExtractRequest) -> Response:
        check_length(request.text, ["body", "text"])
        return facts_json(await run("text", (request.text, request.published), ["body", "text"]))

    @app.post("/extract/batch", response_model=list[Facts])
    async def extract_batch(request: BatchRequest) -> Response:
        for i, item in enumerate(request.items):
            check_length(item.text, ["body", "items", i, "text"])
        items = [(item.text, item.published) for item in request.items]
        return facts_json(await run("batch", (items,), ["body", "items"]))

    @app.post("/extract/html", response_model=Facts)
    async def extract_html(request: HtmlRequest) -> Response:
        return facts_json(await run("html", (request.html, request.url, request.published), ["body", "html"]))

    @app.post("/story", response_model=Story)
    async def story(request: StoryRequest) -> Response:
        for i, article in enumerate(request.articles):
            check_length(article.text, ["body", "articles", i, "text"])
        items = [(a.text, a.model_dump(exclude={"text"})) for a in request.articles]
        return facts_json(await run("story", (items,), ["body", "articles"]))

    return app
