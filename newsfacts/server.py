"""The HTTP service (``pip install 'newsfacts[server]'``; run with ``newsfacts serve``).

Endpoints: ``POST /extract`` ({text, published?}), ``POST /extract/batch`` ({items: [...]}),
``POST /extract/html`` ({html, url?, published?}), ``POST /story`` ({articles: [{text,
published?, id?, title?, url?, source?}, ...]}: one merged story), ``GET /health``, ``GET /schema``; the
OpenAPI description at ``/openapi.json`` and ``/docs``. A body over the size limit is
answered with 413, malformed input with 422 naming the field.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from fastapi import FastAPI, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, ConfigDict, Field

from newsfacts import __version__
from newsfacts.errors import InvalidInputError
from newsfacts.extractor import Extractor
from newsfacts.records import Facts
from newsfacts.story import merge
from newsfacts.web import html_to_text

__all__ = ["create_app", "DEFAULT_MAX_BODY_BYTES"]

#: Requests with a larger body are refused with 413.
DEFAULT_MAX_BODY_BYTES = 5_000_000


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


def create_app(model: str | None = None, *, max_body_bytes: int = DEFAULT_MAX_BODY_BYTES) -> FastAPI:
    """The service as a FastAPI app; the pipeline is loaded when the app is made."""
    extractor = Extractor(model)
    app = FastAPI(title="newsfacts", version=__version__,
                  description="Typed, grounded facts from English news text.")

    @app.middleware("http")
    async def limit_body(request: Request, call_next: Any) -> Response:
        length = request.headers.get("content-length")
        if length is not None and length.isdigit() and int(length) > max_body_bytes:
            return JSONResponse({"detail": f"request body over {max_body_bytes} bytes"}, status_code=413)
        if request.method == "POST" and length is None:
            body = await request.body()
            if len(body) > max_body_bytes:
                return JSONResponse({"detail": f"request body over {max_body_bytes} bytes"}, status_code=413)
        response: Response = await call_next(request)
        return response

    def run(text: str, published: dt.date | None) -> dict[str, Any]:
        try:
            return extractor.extract(text, published=published).model_dump(mode="json")
        except InvalidInputError as err:
            raise HTTPException(status_code=422, detail=str(err)) from err

    @app.get("/health")
    async def health() -> dict[str, str]:
        return {"status": "ok", "version": __version__}

    @app.get("/schema")
    async def schema() -> dict[str, Any]:
        return Facts.model_json_schema()

    @app.post("/extract")
    async def extract(request: ExtractRequest) -> dict[str, Any]:
        return await run_in_threadpool(run, request.text, request.published)

    @app.post("/extract/batch")
    async def extract_batch(request: BatchRequest) -> list[dict[str, Any]]:
        def run_all() -> list[dict[str, Any]]:
            return [f.model_dump(mode="json") for f in extractor.extract_many(
                [(item.text, {"published": item.published}) for item in request.items])]
        return await run_in_threadpool(run_all)

    @app.post("/extract/html")
    async def extract_html(request: HtmlRequest) -> dict[str, Any]:
        def run_html() -> dict[str, Any]:
            text, found = html_to_text(request.html, url=request.url)
            return run(text, request.published or found)
        return await run_in_threadpool(run_html)

    @app.post("/story")
    async def story(request: StoryRequest) -> dict[str, Any]:
        def run_story() -> dict[str, Any]:
            items = [(a.text, a.model_dump(exclude={"text"})) for a in request.articles]
            try:
                return merge(extractor.extract_many(items)).model_dump(mode="json")
            except InvalidInputError as err:
                raise HTTPException(status_code=422, detail=str(err)) from err
        return await run_in_threadpool(run_story)

    return app
