"""The shape of one demo practice."""

import datetime
from typing import NamedTuple


class DemoPractice(NamedTuple):
    network: int
    town: str
    title: str
    tags: tuple
    funding: str  # a FundingSource value
    budget: int | None  # PLN; None when the practice cost nothing beyond staff time
    period: tuple  # ((year, month) started, (year, month) finished)
    situation: str
    solution: str
    results: str
    lessons: str  # shown as "transferability": what another town needs to repeat it
    promoted: bool = False

    @property
    def started(self):
        year, month = self.period[0]
        return datetime.date(year, month, 1)

    @property
    def finished(self):
        year, month = self.period[1]
        return datetime.date(year, month, 28)
