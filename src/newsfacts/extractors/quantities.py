"""The quantities stage: numbers that count or measure something.

A quantity's span covers what states it: the qualifier, the currency sign, the number,
its scale and its unit ("more than 2,000", "$2.5 billion", "3 percent", "between 100
and 150 km"). The counted noun is given separately in ``noun`` ("soldiers" for "more
than 2,000 soldiers") and is not in the span; for a measure it is what is measured, when
the text says ("rice" for "2,000 tonnes of rice", "contract" for "a $50 million
contract", "aid" for "$2.5 billion in aid", "prices" for "prices rose 18%", "rate" for "raised
its key rate to 5.25%"), and None when nothing names it ("the court fined him $5m").
After a change word "from X to Y" is two quantities, the old value and the new ("cut
the fine from 1.21 billion euros to 1.1 billion euros"); a range stays one ("prices
ranged from $5 to $8"). Unit names are the full names of
the units ("tonne", "brake horsepower", "Russian ruble"); a count per period is a rate
("2 million visitors a year" has the unit "visitor per year"). Numbers inside the time
expressions found by the times stage are left to it; a bare year or date is never
reported even when no times plugin ran.
"""

from __future__ import annotations

from newsfacts.document import Document
from newsfacts.extractors._quantfind import find_quantities
from newsfacts.hookspecs import hookimpl
from newsfacts.models import Facts, Quantity

__all__ = ["newsfacts_quantities"]


@hookimpl
def newsfacts_quantities(document: Document, facts: Facts) -> list[Quantity]:
    """Find the quantities of the article, outside its time expressions and boilerplate."""
    owned = [time.span for time in facts.times]
    article = facts.article
    return [q for q in find_quantities(document, owned) if article.in_bounds(q.span)]
