"""The document object every pipeline stage reads and enriches."""

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from operator import attrgetter

from kg.extract.normalize import NormalizedText
from kg.extract.tokens import Token


@dataclass(frozen=True)
class Sentence:
    index: int
    start: int  # normalized offsets
    end: int


@dataclass
class Entity:
    """Something the document names: an agency, person, place or concept."""

    key: str  # stable identity: registry IRI or "<kind>:<normalized name>"
    kind: str  # agency | person | place
    label: str  # as first written in the text (raw spelling)
    cls: str = ""  # ontology class local name, e.g. "Council"
    iri: str = ""  # registry IRI when known
    honorifics: tuple[str, ...] = ()
    country: str = ""  # registry key of the state it belongs to, when known
    slug_suffix: str = ""  # for bodies named generically: the state's code ("النيابة العامة" om)


@dataclass
class Mention:
    entity: Entity
    start: int  # normalized offsets
    end: int
    nested: bool = (
        False  # inside a longer mention (e.g. the council in "the council's secretariat")
    )


class MentionList(list):
    """A document's mentions, with an index in start order for the stages that ask which
    mention starts at a token, or covers an offset, many times a document. Stages append,
    extend, sort and remove mentions as they go: appending keeps the index up to date, any other
    change drops it, and the next question builds it anew. A mention's `nested` flag is read
    when asked, not indexed.
    """

    # Every mention and its start in start order (mentions of one start in list order), the
    # longest mention's length (which mentions cover an offset is a short look back from it),
    # and whether the list itself is in start order.
    _starts: list[int] | None = None
    _ordered: list[Mention] | None = None
    _longest = 0
    _in_order = True

    def starting_at(self, start: int) -> list[Mention]:
        """The mentions starting at `start`, in list order."""
        return self.starting_from(start, start)

    def starting_from(self, start: int, end: int) -> list[Mention]:
        """The mentions starting from `start` to `end` (both included), in start order."""
        starts = self._index()
        return self._ordered[bisect_left(starts, start) : bisect_right(starts, end)]

    def in_start_order(self) -> bool:
        self._index()
        return self._in_order

    def covering(self, offset: int) -> list[Mention]:
        """The mentions with start <= offset < end."""
        starts, ordered, found = self._index(), self._ordered, []
        index, lowest = bisect_right(starts, offset) - 1, offset - self._longest
        while index >= 0 and starts[index] > lowest:
            if ordered[index].end > offset:
                found.append(ordered[index])
            index -= 1
        return found

    def within(self, start: int, end: int) -> list[Mention]:
        """The mentions inside [start, end), in start order."""
        return [m for m in self.starting_from(start, end) if m.end <= end]

    def _index(self) -> list[int]:
        if self._starts is None:
            self._starts, self._ordered, self._longest, self._in_order = [], [], 0, True
            for mention in self:
                self._add(mention)
        return self._starts

    def _add(self, mention: Mention) -> None:
        place = bisect_right(self._starts, mention.start)
        self._in_order = self._in_order and place == len(self._starts)
        self._starts.insert(place, mention.start)
        self._ordered.insert(place, mention)
        self._longest = max(self._longest, mention.end - mention.start)

    def _dropped(self) -> None:
        self._starts = self._ordered = None

    def append(self, mention: Mention) -> None:
        super().append(mention)
        if self._starts is not None:
            self._add(mention)

    def extend(self, mentions) -> None:
        start = len(self)
        super().extend(mentions)
        if self._starts is not None:
            for mention in self[start:]:
                self._add(mention)

    def __iadd__(self, mentions):
        self.extend(mentions)
        return self


def _drop_index_on(*names: str) -> None:
    """The list's other changes drop the index (a sort reorders mentions of one start)."""
    for name in names:
        change = getattr(list, name)

        def changed(self, *args, change=change, **kwargs):
            self._dropped()
            return change(self, *args, **kwargs)

        changed.__name__ = name
        setattr(MentionList, name, changed)


_drop_index_on(
    "insert", "remove", "pop", "clear", "sort", "reverse", "__setitem__", "__delitem__", "__imul__"
)


ENTITY, KEY = attrgetter("entity"), attrgetter("key")


@dataclass
class DateMention:
    start: int
    end: int
    gregorian: date | None
    hijri: tuple[int, int, int] | None = None
    end_date: date | None = None
    note: str = ""  # e.g. a Hijri/Gregorian mismatch, kept rather than dropped
    calendar: str = "g"  # calendar the text wrote it in: "h" Hijri, "g" Gregorian
    phase: str = ""  # "start" or "end" when the text says the event began or ended that day


@dataclass
class Fact:
    """One statement the text supports: subject, ontology property, object, evidence."""

    subject: object  # Entity, Event or Post
    predicate: str  # local name in the kg: namespace
    object: object  # Entity, Event, Post, or a plain Python value
    start: int  # normalized offsets of the evidence span
    end: int


@dataclass
class Post:
    holder: Entity
    role: str  # concept slug, e.g. "assistant-secretary-general"
    organization: Entity | None
    start: int
    end: int


@dataclass
class Event:
    kind: str  # concept slug, e.g. "workshop"
    start: int  # trigger offsets (normalized)
    end: int
    sentences: list[int] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)


@dataclass
class Document:
    doc_id: str
    raw: str
    meta: dict = field(default_factory=dict)
    norm: NormalizedText | None = None
    sentences: list[Sentence] = field(default_factory=list)
    tokens: list[Token] = field(default_factory=list)
    dates: list[DateMention] = field(default_factory=list)
    release_day: date | None = None  # the day "اليوم" means: publication date or dateline
    mentions: list[Mention] = field(default_factory=MentionList)
    posts: list[Post] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    facts: list[Fact] = field(default_factory=list)
    agency_kinds: list[tuple[str, int, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    _token_starts: list[int] = field(default_factory=list, repr=False)
    _sentence_starts: list[int] = field(default_factory=list, repr=False)

    # The normalized text stages match against: set with `norm`, and a plain attribute rather
    # than a property because stages read it tens of thousands of times a document.
    text = ""

    def __setattr__(self, name: str, value) -> None:
        if name == "mentions" and not isinstance(value, MentionList):
            value = MentionList(value)  # a list a stage assigns keeps the index by start
        elif name == "norm":
            super().__setattr__("text", value.text if value else "")
        super().__setattr__(name, value)

    @property
    def publication_date(self) -> date | None:
        value = self.meta.get("publication_date")
        return date.fromisoformat(value) if value else None

    def sentence_at(self, offset: int) -> Sentence:
        starts = self._sentence_starts
        if len(starts) != len(self.sentences):
            starts = self._sentence_starts = [s.start for s in self.sentences]
        index = bisect_right(starts, offset) - 1
        return self.sentences[index if index > 0 else 0]

    def token_index(self, offset: int) -> int:
        """Index of the first token starting at or after a normalized offset."""
        starts = self._token_starts
        if len(starts) != len(self.tokens):
            starts = self._token_starts = [t.start for t in self.tokens]
        return bisect_left(starts, offset)

    def gap(self, first: int, second: int) -> str:
        """Normalized text between two tokens (punctuation tells where names end)."""
        tokens = self.tokens
        return self.text[tokens[first].end : tokens[second].start]

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        mentions = self.mentions
        if mentions.in_start_order():  # list order is start order: only those from start to end
            mentions = mentions.starting_from(start, end)
        return [m for m in mentions if start <= m.start and m.end <= end and not m.nested]

    def mention_starting(self, index: int) -> "Mention | None":
        """The mention (not nested in another) that starts at token `index`."""
        for mention in self.mentions.starting_at(self.tokens[index].start):
            if not mention.nested:
                return mention
        return None

    def raw_text(self, start: int, end: int) -> str:
        """The raw text behind a normalized span: labels keep the source's spelling."""
        raw_start, raw_end = self.raw_span(start, end)
        return self.raw[raw_start:raw_end]

    def raw_span(self, start: int, end: int) -> tuple[int, int]:
        """Raw offsets of a normalized span, without the whitespace a pattern took at its ends."""
        text = self.text
        while end > start and text[end - 1].isspace():
            end -= 1
        while start < end and text[start].isspace():
            start += 1
        return self.norm.raw_span(start, end)

    def entities(self, kind: str | None = None) -> list[Entity]:
        """Each entity mentioned (the first of each key), in order of first mention."""
        # Asked for a score of times a document: built with C-level maps, not a step per mention.
        entities = list(map(ENTITY, self.mentions))
        if kind is not None:
            entities = [entity for entity in entities if entity.kind == kind]
        keys = list(map(KEY, entities))
        first = dict(zip(reversed(keys), reversed(entities), strict=True))  # the earliest wins
        return [first[key] for key in dict.fromkeys(keys)]

    def fact(self, subject, predicate: str, obj, start: int, end: int) -> None:
        self.facts.append(Fact(subject, predicate, obj, start, end))
