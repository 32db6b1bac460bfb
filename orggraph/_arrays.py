"""Integer-array helpers shared by data loading and the query index (numpy only)."""

from __future__ import annotations

import numpy as np
import numpy.typing as npt

__all__ = ["Ints", "sorted_distinct"]

Ints = npt.NDArray[np.int64]


def sorted_distinct(values: Ints) -> Ints:
    """The distinct values, ascending: ``np.unique`` by sorting.

    NumPy 2's ``np.unique`` of integers goes through a hash table, which measured
    one to two orders of magnitude slower than sorting on arrays of a million
    numbers spread over a wide range (the ``start * n + end`` codes of edges).

    >>> sorted_distinct(np.array([3, 1, 3, 2])).tolist()
    [1, 2, 3]
    """
    ordered = np.sort(values)
    if len(ordered) < 2:
        return ordered
    first = np.empty(len(ordered), dtype=np.bool_)
    first[0] = True
    np.not_equal(ordered[1:], ordered[:-1], out=first[1:])
    return ordered[first]
