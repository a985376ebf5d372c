"""`kg build`: documents → store, with a progress bar and a report."""

from pathlib import Path

import click

from kg.settings import Config
from kg.store.build import Builder, BuildReport
from kg.store.oxstore import open_store

PROGRESS_THRESHOLD = 20  # documents; fewer build too fast for a bar to help


def run(config: Config, echo=click.echo) -> BuildReport:
    folder = Path(config.documents)
    if not folder.is_dir():
        raise click.UsageError(f"no documents folder at {folder}")
    builder = Builder(open_store(config.store_path), config.base)
    report = builder.build(folder, progress=_progress(folder))
    for name, why in report.failed:
        echo(f"FAILED {name}: {why}", err=True)
    echo(f"{report.summary()} → {config.store}")
    return report


def _progress(folder: Path):
    count = sum(1 for _ in folder.glob("*.txt"))
    if count < PROGRESS_THRESHOLD:
        return iter

    def bar(items):
        with click.progressbar(
            list(items), label="Building", file=click.get_text_stream("stderr")
        ) as b:
            yield from b

    return bar
