"""Whether a phrase of a table (a title, a role, a cue, a kind of body) starts in the few words
before a token: ending right at it ("اللواء" before a name) or running over it ("اللواء شرطة"
around "شرطة"). Tables only know where phrases start, so the words before are tried in turn.
"""

from kg.extract.phrases import PhraseMatch, PhraseTable
from kg.extract.tokens import Token


def phrase_ends_at(table: PhraseTable, tokens: list[Token], index: int, within: int) -> bool:
    """A phrase of `table` starting at most `within` words before `index` ends just before it."""
    return phrase_ending_at(table, tokens, index, within) is not None


def phrase_ending_at(
    table: PhraseTable, tokens: list[Token], index: int, within: int
) -> PhraseMatch | None:
    """The phrase of `table`, starting at most `within` words before `index`, that ends just
    before it."""
    for back in range(max(0, index - within), index):
        match = table.match_at(tokens, back)
        if match is not None and match.last == index:
            return match
    return None


def phrase_covers(table: PhraseTable, tokens: list[Token], index: int, within: int) -> bool:
    """A phrase of `table` starting at most `within` words before `index` includes it."""
    for back in range(max(0, index - within), index):
        match = table.match_at(tokens, back)
        if match is not None and match.last > index:
            return True
    return False
