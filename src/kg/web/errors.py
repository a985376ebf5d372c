"""One error type per HTTP status and one body shape for all of them."""

from flask import Flask, jsonify, request
from werkzeug.exceptions import HTTPException


class ApiError(Exception):
    status = 500
    title = "Internal Server Error"

    def __init__(self, message: str, headers: dict | None = None):
        super().__init__(message)
        self.message = message
        self.headers = headers or {}


class BadRequest(ApiError):
    status, title = 400, "Bad Request"


class Unauthorized(ApiError):
    status, title = 401, "Unauthorized"


class Forbidden(ApiError):
    status, title = 403, "Forbidden"


class NotFound(ApiError):
    status, title = 404, "Not Found"


class MethodNotAllowed(ApiError):
    status, title = 405, "Method Not Allowed"


class NotAcceptable(ApiError):
    status, title = 406, "Not Acceptable"


class PayloadTooLarge(ApiError):
    status, title = 413, "Payload Too Large"


class UnsupportedMediaType(ApiError):
    status, title = 415, "Unsupported Media Type"


class UnprocessableEntity(ApiError):
    status, title = 422, "Unprocessable Entity"


class ServiceUnavailable(ApiError):
    status, title = 503, "Service Unavailable"


def body(status: int, title: str, message: str) -> dict:
    return {"error": {"status": status, "title": title, "message": message}}


def _wants_json() -> bool:
    best = request.accept_mimetypes.best_match(["application/json", "text/plain"])
    return best == "application/json"


def respond(status: int, title: str, message: str, headers: dict | None = None):
    if _wants_json():
        response = jsonify(body(status, title, message))
    else:
        response = (f"{status} {title}: {message}\n", status, {"Content-Type": "text/plain"})
        response = Flask.response_class(*response)
    response.status_code = status
    response.headers.update(headers or {})
    return response


def register(app: Flask) -> None:
    @app.errorhandler(ApiError)
    def _api_error(error: ApiError):
        return respond(error.status, error.title, error.message, error.headers)

    @app.errorhandler(HTTPException)
    def _http_error(error: HTTPException):
        return respond(error.code or 500, error.name, error.description or error.name)
