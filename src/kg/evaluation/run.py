"""Run the extractor over documents that have gold annotations and total the scores."""

from dataclasses import dataclass, field
from pathlib import Path

from kg import resources
from kg.evaluation.gold import load_gold, predicted
from kg.evaluation.score import SLOTS, Count, score, total
from kg.extract.pipeline import Extractor
from kg.namespaces import Vocab


@dataclass
class Evaluation:
    totals: dict[str, Count] = field(default_factory=lambda: {s: Count() for s in SLOTS})
    per_document: dict[str, dict[str, Count]] = field(default_factory=dict)

    @property
    def overall(self) -> Count:
        """All slots together; each event role's row is part of "event roles", counted once."""
        return total(self.totals[slot] for slot in SLOTS)


def evaluate(documents: Path, gold: Path, base: str) -> Evaluation:
    registry = resources.registry(base)
    extractor = Extractor(Vocab(base), registry)
    result = Evaluation()
    for gold_path in sorted(gold.glob("*.json")):
        document = documents / (gold_path.stem + ".txt")
        doc = extractor.pipeline_only(document)
        scores = score(predicted(doc, registry), load_gold(gold_path))
        result.per_document[gold_path.stem] = scores
        for slot, slot_count in scores.items():
            result.totals.setdefault(slot, Count()).add(slot_count)
    return result


def report(evaluation: Evaluation) -> str:
    lines = [f"{'slot':14} {'P':>6} {'R':>6} {'F1':>6} {'tp':>5} {'pred':>5} {'gold':>5}"]
    rows = [*evaluation.totals.items(), ("overall", evaluation.overall)]
    for slot, c in rows:
        lines.append(
            f"{slot:14} {c.precision:6.3f} {c.recall:6.3f} {c.f1:6.3f} "
            f"{c.true_positive:5d} {c.predicted:5d} {c.gold:5d}"
        )
    lines.append(_dates_of_events_found(evaluation))
    return "\n".join(lines)


def _dates_of_events_found(evaluation: Evaluation) -> str:
    """ "dates" above counts an event missed or extra as a wrong date too; of the events both
    sides have, the share dated exactly (start and end) tells how well the days are read."""
    found = evaluation.totals["event kind"].true_positive
    dated = evaluation.totals["dates"].true_positive
    share = dated / found if found else 1.0
    return f"dates exact on the events found: {share:.3f} ({dated} of {found})"
