"""The `kg` command: thin click commands calling plain functions."""

import sys
from pathlib import Path

import click

from kg import settings
from kg.commands import (
    build_command,
    export_command,
    extract_command,
    infer_command,
    query_command,
    validate_command,
)


def config_options(command):
    """--store and --base, shared by every command that touches the graph."""
    command = click.option("--base", help="URI base of minted IRIs (KG_BASE).")(command)
    return click.option("--store", help="Folder of the embedded store (KG_STORE).")(command)


@click.group()
@click.version_option(package_name="kg")
def main() -> None:
    """Security-cooperation knowledge graph: build, query and serve it."""


@main.command()
@config_options
@click.option("--documents", help="Folder of *.txt documents (KG_DOCUMENTS).")
@click.option("--strict", is_flag=True, help="Exit non-zero when any document fails.")
def build(store, base, documents, strict) -> None:
    """Build the graph from the documents into the store (incremental)."""
    config = settings.resolve({"store": store, "base": base, "documents": documents})
    report = build_command.run(config)
    if report.failed and strict:
        sys.exit(1)


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(exists=True, dir_okay=False))
@click.option(
    "--format",
    "fmt",
    type=click.Choice(extract_command.FORMATS),
    default="turtle",
    show_default=True,
)
@click.option("--base", help="URI base of minted IRIs (KG_BASE).")
def extract(files, fmt, base) -> None:
    """Print the RDF the documents yield, without touching the store."""
    config = settings.resolve({"base": base})
    failed = extract_command.run(config, [Path(f) for f in files], fmt)
    sys.exit(1 if failed else 0)


@main.command()
@config_options
@click.option("--host", help="Interface to listen on (KG_HOST).")
@click.option("--port", type=int, help="Port to listen on (KG_PORT).")
@click.option("--workers", type=int, help="Server concurrency (KG_WORKERS).")
@click.option(
    "--server", type=click.Choice(["granian", "gunicorn"]), help="WSGI server (KG_SERVER)."
)
@click.option("--debug", is_flag=True, help="Flask's development server with reloading.")
def serve(store, base, host, port, workers, server, debug) -> None:
    """Serve the SPARQL endpoint over the store."""
    from kg.server import serve as run_server

    overrides = {"store": store, "base": base, "host": host, "port": port, "workers": workers}
    overrides["server"] = server
    config = settings.resolve(overrides)
    click.echo(f"Serving {config.store} at http://{config.host}:{config.port}/sparql", err=True)
    run_server(config, debug=debug)


@main.command()
@click.argument("query", required=False)
@click.option("--file", "query_file", type=click.File("r", encoding="utf-8"), help="Query file.")
@click.option("--endpoint", help="Query this SPARQL endpoint instead of the local store.")
@click.option(
    "--format", "fmt", type=click.Choice(query_command.FORMATS), default="table", show_default=True
)
@config_options
def query(query, query_file, endpoint, fmt, store, base) -> None:
    """Run a SPARQL query on the local store or a remote endpoint."""
    text = query_file.read() if query_file else query
    if not text:
        raise click.UsageError("give a QUERY or --file")
    config = settings.resolve({"store": store, "base": base})
    click.echo(query_command.run(config, text, endpoint, fmt))


@main.command()
@click.option(
    "--format", "fmt", type=click.Choice(export_command.FORMATS), default="trig", show_default=True
)
@click.option(
    "-o", "--output", type=click.Path(dir_okay=False), help="File to write (else stdout)."
)
@config_options
def export(fmt, output, store, base) -> None:
    """Dump the whole graph."""
    config = settings.resolve({"store": store, "base": base})
    export_command.run(config, fmt, Path(output) if output else None)


@main.command()
@config_options
def infer(store, base) -> None:
    """Batch step: full OWL 2 RL over the whole graph (slow); exit 1 on an inconsistency."""
    config = settings.resolve({"store": store, "base": base})
    count, problems = infer_command.run(config)
    click.echo(f"{count} triples inferred into {config.base}graph/inferred/batch")
    for problem in problems:
        click.echo(f"INCONSISTENT {problem}", err=True)
    sys.exit(1 if problems else 0)


@main.command(name="eval")
@click.option("--documents", help="Folder of *.txt documents (KG_DOCUMENTS).")
@click.option("--gold", default="data/gold", show_default=True, help="Folder of gold *.json.")
@click.option("--per-document", is_flag=True, help="Also print each document's F1 per slot.")
def evaluate(documents, gold, per_document) -> None:
    """Precision, recall and F1 of the extractor against the gold annotations."""
    from kg.evaluation.run import evaluate as run_evaluation
    from kg.evaluation.run import report

    config = settings.resolve({"documents": documents})
    result = run_evaluation(Path(config.documents), Path(gold), config.base)
    if per_document:
        for name, scores in result.per_document.items():
            cells = " ".join(f"{slot.strip()[:6]}={c.f1:.2f}" for slot, c in scores.items())
            click.echo(f"{name[:3]} {cells}")
    click.echo(report(result))


@main.command()
@click.option("--format", "fmt", type=click.Choice(validate_command.FORMATS), default="text")
@config_options
def validate(fmt, store, base) -> None:
    """The whole graph against the shapes: exit 0 conforms, 1 violations, 2 error."""
    config = settings.resolve({"store": store, "base": base})
    try:
        text, report = validate_command.run(config, fmt)
    except (OSError, ValueError) as error:
        click.echo(f"error: {error}", err=True)
        sys.exit(2)
    click.echo(text, nl=False)
    sys.exit(0 if report.conforms else 1)


@main.command(name="settings")
def show_settings() -> None:
    """List every setting with its environment variable and default."""
    for name, env, default, help_text in settings.describe():
        click.echo(f"{name:14} {env:18} {default!s:28} {help_text}")


if __name__ == "__main__":
    main()
