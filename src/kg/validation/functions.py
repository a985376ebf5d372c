"""fn:ummAlQura, the SPARQL function the Hijri-date constraint calls, for both engines.

pyshacl runs SPARQL constraints through rdflib, which finds custom functions in a global
registry; the compiled checks run on pyoxigraph, which takes them per query.
"""

from datetime import date
from functools import lru_cache

import pyoxigraph as ox
from hijridate import Hijri
from rdflib import Literal, URIRef
from rdflib.namespace import XSD
from rdflib.plugins.sparql.operators import register_custom_function

XSD_DATE = ox.NamedNode(str(XSD.date))


def function_iri(base: str) -> str:
    return f"{base}shapes/function#ummAlQura"


@lru_cache(maxsize=4096)
def umm_al_qura(hijri: str) -> date | None:
    """The Gregorian day of a Hijri date "YYYY-MM-DD" under Umm al-Qura, None if there is none."""
    try:
        year, month, day = (int(part) for part in hijri.split("-"))
        return Hijri(year, month, day).to_gregorian()
    except (ValueError, OverflowError):
        return None


def _for_rdflib(value, *_rest) -> Literal:
    day = umm_al_qura(str(value))
    if day is None:
        raise ValueError(f"{value} is not an Umm al-Qura date")  # leaves the variable unbound
    return Literal(day.isoformat(), datatype=XSD.date)


def _for_oxigraph(value) -> ox.Literal | None:
    day = umm_al_qura(value.value) if isinstance(value, ox.Literal) else None
    return None if day is None else ox.Literal(day.isoformat(), datatype=XSD_DATE)


_registered: set[str] = set()


def register_with_rdflib(base: str) -> None:
    iri = function_iri(base)
    if iri not in _registered:
        register_custom_function(URIRef(iri), _for_rdflib, raw=False)
        _registered.add(iri)


def for_oxigraph(base: str) -> dict:
    return {ox.NamedNode(function_iri(base)): _for_oxigraph}
