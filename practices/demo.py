"""Demo content for the practice library (its index for now)."""

from home.demo import ensure_child

from .models import PracticeIndexPage


def seed_practice_library(home):
    return ensure_child(
        home,
        PracticeIndexPage,
        "dobre-praktyki",
        title="Dobre praktyki",
        title_en="Good practices",
        intro="<p>Sprawdzone rozwiązania miast uczestniczących w sieciach.</p>",
        intro_en="<p>Proven solutions from the towns taking part in the networks.</p>",
        show_in_menus=True,
    )
