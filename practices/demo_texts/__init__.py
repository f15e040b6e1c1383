"""The demo library's sixty practices, written as the towns would describe them.

Each network has its own module (two networks a module), so that a practice can be read and
corrected beside the others of its theme. The texts are invented for the demo – towns are
real, figures plausible, no real document is copied – and each one states its funding in
words that agree with `funding` (tests/demo_content checks it). `promoted` marks the fifteen
practices an editor has made public; they carry no leak-check code.
"""

from .base import DemoPractice
from .business_green import PRACTICES as BUSINESS_GREEN
from .civic_social import PRACTICES as CIVIC_SOCIAL
from .digital_finance import PRACTICES as DIGITAL_FINANCE
from .people_leaders import PRACTICES as PEOPLE_LEADERS

PRACTICES = [*DIGITAL_FINANCE, *CIVIC_SOCIAL, *BUSINESS_GREEN, *PEOPLE_LEADERS]

__all__ = ["PRACTICES", "DemoPractice"]
