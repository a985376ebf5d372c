"""The linked-data areas besides /id and /data: pages for people, search, the dataset
description, the sitemap and the dumps."""

from flask import Flask

from kg.web import dumps, pages, search, sitemap, void


def register(app: Flask) -> None:
    for area in (pages, search, void, sitemap, dumps):
        app.register_blueprint(area.blueprint)
