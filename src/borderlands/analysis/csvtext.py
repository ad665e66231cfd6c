"""An analysis table as CSV for people: numbers as they are read (335513, not 335513.0;
21.44, not 21.437968717752444), the same in `borderlands analysis` and the report's tables."""

from __future__ import annotations

import pandas as pd
from pandas.api.types import is_float_dtype, is_object_dtype

from borderlands.kb.labels import plain_number


def plain_csv(frame: pd.DataFrame) -> str:
    """The frame as CSV with its floating-point numbers (in number columns, or among the
    values of a mixed column) written by :func:`plain_number`."""
    shown = frame.copy()
    for column in shown.columns:
        if is_float_dtype(shown[column]):
            shown[column] = shown[column].map(plain_number)
        elif is_object_dtype(shown[column]):
            shown[column] = shown[column].map(
                lambda v: plain_number(v) if isinstance(v, float) else v)
    return str(shown.to_csv(index=False))
