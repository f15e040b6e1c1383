"""What a page's template receives, contributed by the rooms that know the page's content.

A page model stays thin: it does not import the services that fill its template (the roster of
a network, the minutes of a session, the evaluations of an outcome). Instead each room
registers, when it starts, a function that returns the extra context for a page type:

    @contributes_to(SessionPage)
    def minutes_of_the_session(page, request): ...

`BilingualPage.get_context` merges every contribution registered for the page's type and its
bases, the bases' first, so the site shell renders pages without knowing any feature.

A contribution may also bring a panel of its own to the page: `{"panels": [Panel(order,
template)]}`. The page's template renders `panels` in order (`{% for panel in panels %}{% include
panel.template %}`), so a page of one room shows another room's section without naming its
template – the include would be a dependency upwards, written in a template where no import
check sees it.
"""

from collections import defaultdict
from typing import NamedTuple

_CONTRIBUTORS = defaultdict(list)


def contributes_to(*page_models):
    """Register the decorated `function(page, request) -> dict` for these page types."""

    def register(function):
        for model in page_models:
            if function not in _CONTRIBUTORS[model]:
                _CONTRIBUTORS[model].append(function)
        return function

    return register


class Panel(NamedTuple):
    """A section a room adds to another room's page: where it goes (lower first) and which
    template draws it from the page's context."""

    order: int
    template: str


def contributions(page, request, **route):
    """Everything registered for the page's type and its bases, with the panels of all of them
    gathered in order. `route` holds what a routable page's route captured (the practice
    library's tag), passed on to the contributors."""
    context, panels = {}, []
    for model in reversed(type(page).__mro__):
        for function in _CONTRIBUTORS.get(model, ()):
            contributed = dict(function(page, request, **route))
            panels.extend(contributed.pop("panels", ()))
            context.update(contributed)
    context["panels"] = sorted(panels)
    return context
