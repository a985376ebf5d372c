"""Apply the protocol's using-graph-uri / using-named-graph-uri to an update's WHERE clauses."""

from kg.query.guard import TOKEN


class DatasetConflict(ValueError):
    """The request gives a dataset and the update names its own (USING or WITH)."""


def with_using(text: str, default: list[str], named: list[str]) -> str:
    """The update with `USING <g>` and `USING NAMED <g>` before each WHERE of a modify."""
    tokens = [m for m in TOKEN.finditer(text) if m.lastgroup != "comment"]
    words = [m.group().upper() if m.lastgroup == "word" else "" for m in tokens]
    if "USING" in words or "WITH" in words:
        raise DatasetConflict("the update has USING or WITH; leave out using-graph-uri")
    clause = " ".join([f"USING <{g}>" for g in default] + [f"USING NAMED <{g}>" for g in named])
    pieces, last = [], 0
    for index, match in enumerate(tokens):
        if words[index] == "WHERE" and index and words[index - 1] != "DELETE":
            pieces += [text[last : match.start()], clause, " "]
            last = match.start()
    return "".join([*pieces, text[last:]])
