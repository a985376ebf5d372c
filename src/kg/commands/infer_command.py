"""`kg infer`: the batch step, full OWL 2 RL over the whole graph, and its inconsistencies."""

from kg.namespaces import Vocab
from kg.settings import Config
from kg.store.convert import union_graph
from kg.store.oxstore import open_store, replace_graphs
from kg.store.reasoning import owl_rl_closure


def run(config: Config) -> tuple[int, list[str]]:
    """Write what the OWL RL rules add into <base>graph/inferred/batch; return (count, problems)."""
    vocab = Vocab(config.base)
    store = open_store(config.store_path)
    target = str(vocab.inferred_graph("batch"))
    graph = union_graph(store, [g.value for g in store.named_graphs() if g.value != target])
    added, problems = owl_rl_closure(graph)
    replace_graphs(store, {target: added})
    return len(added), problems
