"""The document object every pipeline stage reads and enriches."""

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from kg.extract.indexed_lists import MentionList
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

    # The __init__ methods below are written out: the ones dataclasses generate are Python
    # functions even in the compiled build, and these objects are made hundreds of times a
    # document.
    def __init__(
        self,
        key: str,
        kind: str,
        label: str,
        cls: str = "",
        iri: str = "",
        honorifics: tuple[str, ...] = (),
        country: str = "",
        slug_suffix: str = "",
    ) -> None:
        self.key, self.kind, self.label, self.cls, self.iri = key, kind, label, cls, iri
        self.honorifics, self.country, self.slug_suffix = honorifics, country, slug_suffix


@dataclass
class Mention:
    entity: Entity
    start: int  # normalized offsets
    end: int
    nested: bool = (
        False  # inside a longer mention (e.g. the council in "the council's secretariat")
    )

    def __init__(self, entity: Entity, start: int, end: int, nested: bool = False) -> None:
        # written out, as Entity's
        self.entity, self.start, self.end, self.nested = entity, start, end, nested


@dataclass
class DateMention:
    start: int
    end: int
    gregorian: date | None
    hijri: tuple[int, int, int] | None = None
    end_date: date | None = None
    note: str = ""  # e.g. a Hijri/Gregorian mismatch, kept rather than dropped
    calendar: str = "g"  # calendar the text wrote it in: "h" Hijri, "g" Gregorian
    # "start" or "end" when the text says the event began or ended that day; "scheduled" for a
    # day another event was set for
    phase: str = ""


@dataclass
class Fact:
    """One statement the text supports: subject, ontology property, object, evidence."""

    subject: Any  # Entity, Event or Post
    predicate: str  # local name in the kg: namespace
    object: Any  # Entity, Event, Post, or a plain Python value
    start: int  # normalized offsets of the evidence span
    end: int

    def __init__(self, subject: Any, predicate: str, object: Any, start: int, end: int) -> None:
        # written out, as Entity's
        self.subject, self.predicate, self.object = subject, predicate, object
        self.start, self.end = start, end


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


class Document:
    """A document as the stages read and enrich it: its text, then what they find in it."""

    def __init__(self, doc_id: str, raw: str, meta: dict | None = None) -> None:
        self.doc_id, self.raw = doc_id, raw
        self.meta: dict = {} if meta is None else meta
        # The normalized text stages match against: set with `norm`, and a plain attribute
        # rather than a property because stages read it tens of thousands of times a document.
        self.text = ""
        self._norm: NormalizedText | None = None
        self.sentences: list[Sentence] = []
        self.tokens: list[Token] = []
        self.dates: list[DateMention] = []
        self.release_day: date | None = None  # the day "اليوم" means: publication or dateline
        self.head_end = 0  # where the release's head (kicker, headline) ends: see datelines
        self._mentions = MentionList()
        self.posts: list[Post] = []
        self.events: list[Event] = []
        self.facts: list[Fact] = []
        self.agency_kinds: list[tuple[str, int, int]] = []
        # starts of mentions of bodies named for themselves where they take no part ("بدول مجلس
        # التعاون لدول الخليج العربية"): no event role comes from them
        self.bystanders: set[int] = set()
        self.warnings: list[str] = []
        self._token_starts: list[int] = []
        self._sentence_starts: list[int] = []

    def __repr__(self) -> str:
        return f"Document({self.doc_id!r})"

    @property
    def norm(self) -> NormalizedText | None:
        return self._norm

    @norm.setter
    def norm(self, value: NormalizedText | None) -> None:
        self._norm = value
        self.text = value.text if value else ""

    @property
    def mentions(self) -> MentionList:
        return self._mentions

    @mentions.setter
    def mentions(self, value: list[Mention]) -> None:
        # a list a stage assigns keeps the index by start
        self._mentions = value if isinstance(value, MentionList) else MentionList(value)

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

    def line_break(self, first: int, second: int) -> bool:
        """Whether a line ends between two tokens: no name runs over it (a headline's last
        word and the dateline after it, "... برعاية وزير العدل" / "وطنية - برعاية ...")."""
        tokens = self.tokens
        return "\n" in self.text[tokens[first].end : tokens[second].start]

    def in_date(self, offset: int) -> bool:
        """Whether a normalized offset falls inside a date the text writes."""
        return any(d.start <= offset < d.end for d in self.dates)

    def mentions_between(self, start: int, end: int) -> list[Mention]:
        mentions: list[Mention] = self.mentions
        if self.mentions.in_start_order():  # list order is start order: those from start to end
            mentions = self.mentions.starting_from(start, end)
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
        return self.norm.raw_span(start, end)  # type: ignore[union-attr]  # the first stage set it

    def entities(self, kind: str | None = None) -> list[Entity]:
        """Each entity mentioned (the first of each key), in order of first mention."""
        first: dict[str, Entity] = {}
        for mention in self.mentions:
            entity = mention.entity
            if (kind is None or entity.kind == kind) and entity.key not in first:
                first[entity.key] = entity
        return list(first.values())

    def merge(self, duplicate: Entity, entity: Entity) -> None:
        """Every mention of `duplicate`, short forms resolved to it included, names `entity`,
        and every fact stated of it so far, or post in it, is stated of `entity`."""
        for mention in self.mentions:
            if mention.entity is duplicate:
                mention.entity = entity
        for fact in self.facts:
            fact.subject = entity if fact.subject is duplicate else fact.subject
            fact.object = entity if fact.object is duplicate else fact.object
        self.facts = [f for f in self.facts if f.subject is not f.object]
        for post in self.posts:  # a post in the duplicate is in the entity
            post.organization = entity if post.organization is duplicate else post.organization

    def fact(self, subject, predicate: str, obj, start: int, end: int) -> None:
        self.facts.append(Fact(subject, predicate, obj, start, end))
