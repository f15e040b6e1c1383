"""What a page's template receives, contributed by the rooms that know the page's content.

A page model stays thin: it does not import the services that fill its template (the roster of
a network, the minutes of a session, the evaluations of an outcome). Instead each room
registers, when it starts, a function that returns the extra context for a page type:

    @contributes_to(SessionPage)
    def minutes_of_the_session(page, request): ...

`BilingualPage.get_context` merges every contribution registered for the page's type and its
bases, the bases' first, so the site shell renders pages without knowing any feature.
"""

from collections import defaultdict

_CONTRIBUTORS = defaultdict(list)


def contributes_to(*page_models):
    """Register the decorated `function(page, request) -> dict` for these page types."""

    def register(function):
        for model in page_models:
            if function not in _CONTRIBUTORS[model]:
                _CONTRIBUTORS[model].append(function)
        return function

    return register


def contributions(page, request, **route):
    """Everything registered for the page's type and its bases. `route` holds what a routable
    page's route captured (the practice library's tag), passed on to the contributors."""
    context = {}
    for model in reversed(type(page).__mro__):
        for function in _CONTRIBUTORS.get(model, ()):
            context.update(function(page, request, **route))
    return context
