"""Demo content for the practice library (its index for now)."""

from .models import PracticeIndexPage


def seed_practice_library(home):
    index = PracticeIndexPage.objects.child_of(home).first()
    if index is None:
        index = PracticeIndexPage(
            title="Dobre praktyki",
            title_en="Good practices",
            slug="dobre-praktyki",
            intro="<p>Sprawdzone rozwiązania miast uczestniczących w sieciach.</p>",
            intro_en="<p>Proven solutions from the towns taking part in the networks.</p>",
            show_in_menus=True,
        )
        home.add_child(instance=index)
    return index
