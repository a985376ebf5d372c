"""Precision, recall and F1 per slot, summed over documents (micro-averaged)."""

from collections.abc import Iterable
from dataclasses import dataclass

from kg.evaluation.gold import ROLES, Annotation, Event, Item, Post

SLOTS = ("agencies", "people", "posts", "places", "event kind", "dates", "event roles")


@dataclass
class Count:
    true_positive: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: "Count") -> None:
        self.true_positive += other.true_positive
        self.predicted += other.predicted
        self.gold += other.gold

    @property
    def precision(self) -> float:
        return self.true_positive / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        return self.true_positive / self.gold if self.gold else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


def same(a: Item, b: Item) -> bool:
    return bool(a.names & b.names)


def match_items(predicted: list, gold: list, equal) -> list[tuple]:
    """Greedy one-to-one pairs of (predicted, gold) that are equal."""
    pairs, used = [], set()
    for p in predicted:
        for index, g in enumerate(gold):
            if index not in used and equal(p, g):
                pairs.append((p, g))
                used.add(index)
                break
    return pairs


def count(predicted: list, gold: list, equal) -> Count:
    return Count(len(match_items(predicted, gold, equal)), len(predicted), len(gold))


def post_equal(p: Post, g: Post) -> bool:
    if not same(p.person, g.person) or p.role != g.role:
        return False
    return g.organization is None or (
        p.organization is not None and same(p.organization, g.organization)
    )


def event_pairs(predicted: list[Event], gold: list[Event]) -> list[tuple[Event, Event]]:
    exact = match_items(predicted, gold, lambda p, g: p.kind == g.kind and p.start == g.start)
    rest_p = [p for p in predicted if all(p is not q for q, _ in exact)]
    rest_g = [g for g in gold if all(g is not h for _, h in exact)]
    return exact + match_items(rest_p, rest_g, lambda p, g: p.kind == g.kind)


def role_counts(pairs, predicted: list[Event], gold: list[Event]) -> dict[str, Count]:
    """Each event role's count: "speaker" is right when a paired event has that speaker."""
    counts = {role: Count() for role in ROLES}
    for event in predicted:
        for role, _ in event.roles:
            counts.setdefault(role, Count()).predicted += 1
    for event in gold:
        for role, _ in event.roles:
            counts.setdefault(role, Count()).gold += 1
    for p, g in pairs:
        # in a fixed order: greedy matching over sets would vary with the hash seed
        matched = match_items(
            _ordered(p.roles), _ordered(g.roles), lambda a, b: a[0] == b[0] and bool(a[1] & b[1])
        )
        for (role, _), _ in matched:
            counts[role].true_positive += 1
    return counts


def total(counts: Iterable[Count]) -> Count:
    summed = Count()
    for one in counts:
        summed.add(one)
    return summed


def _ordered(roles) -> list:
    return sorted(roles, key=lambda role: (role[0], sorted(role[1])))


def score(predicted: Annotation, gold: Annotation) -> dict[str, Count]:
    pairs = event_pairs(predicted.events, gold.events)
    dated = sum(1 for p, g in pairs if (p.start, p.end) == (g.start, g.end))
    roles = role_counts(pairs, predicted.events, gold.events)
    return {
        "agencies": count(predicted.agencies, gold.agencies, same),
        "people": count(predicted.people, gold.people, same),
        "posts": count(predicted.posts, gold.posts, post_equal),
        "places": count(predicted.places, gold.places, same),
        "event kind": Count(len(pairs), len(predicted.events), len(gold.events)),
        "dates": Count(dated, len(predicted.events), len(gold.events)),
        "event roles": total(roles.values()),
        **{f"  {role}": one for role, one in roles.items()},
    }
