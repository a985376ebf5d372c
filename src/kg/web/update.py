"""SPARQL Update: off unless a token is configured, and then only with that bearer token."""

import hmac
import threading

from flask import Response, current_app, request

from kg.namespaces import Vocab
from kg.query.dataset import DatasetConflict, with_using
from kg.validation.gate import InvalidWrite
from kg.validation.updates import apply_validated
from kg.web.errors import BadRequest, Forbidden, Unauthorized
from kg.web.protocol import Operation
from kg.web.rejected import RejectedWrite
from kg.web.store import bump_version, get_store

writing = threading.Lock()  # one write at a time: each is validated against the store it changes


def authorize() -> None:
    token = current_app.config["KG"].update_token
    if not token:
        raise Forbidden("updates are disabled on this endpoint (no update token is configured)")
    given = request.headers.get("Authorization", "")
    if not given.startswith("Bearer "):
        raise Unauthorized("send Authorization: Bearer <token>", {"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.removeprefix("Bearer ").encode(), token.encode()):
        raise Forbidden("the update token is not valid")


def run(operation: Operation) -> Response:
    authorize()
    text = operation.text
    if operation.default_graphs or operation.named_graphs:
        try:
            text = with_using(text, operation.default_graphs, operation.named_graphs)
        except DatasetConflict as error:
            raise BadRequest(str(error)) from error
    with writing:
        _apply_validated(text)
    bump_version()
    return Response(status=204)


def _apply_validated(text: str) -> None:
    """Apply the update; the store is not touched when the shapes reject what it changes."""
    base = current_app.config["KG"].base
    try:
        apply_validated(get_store(), text, base, Vocab(base).prefixes(), request.base_url)
    except InvalidWrite as invalid:
        raise RejectedWrite("the update", invalid.report) from invalid
    except SyntaxError as error:
        raise BadRequest(f"SPARQL Update syntax error: {error}") from error
    except OSError as error:
        raise BadRequest(f"update failed: {error}") from error
