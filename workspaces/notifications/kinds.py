"""The kinds of e-mail the outbox sends, registered by the features when they start."""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class Kind:
    """A kind of e-mail the outbox sends.

    `template` names two templates, `<template>_subject.txt` and `<template>.txt`, rendered in
    the recipient's language with `user` and what `context(target, event)` returns. `is_due`
    (notification, target) answers, when the e-mail is about to go, whether it still should; the
    recipient's being active and having an address is checked for every kind.

    A kind with a `scope` (target → the network it belongs to, say) follows each recipient's
    choice for that scope – never, immediately, or in a daily or weekly digest – and its e-mails
    carry a one-click unsubscribe link; a kind without one is always sent at once.
    """

    name: str
    label: Any  # a lazy translation, shown in the admin
    template: str
    is_due: Callable
    context: Callable
    scope: Callable | None = None


_REGISTERED = {}


def register_kind(kind):
    """Called by a feature at start-up (its AppConfig.ready) for each e-mail it sends."""
    _REGISTERED[kind.name] = kind
    return kind


def kind_choices():
    return [(kind.name, kind.label) for kind in _REGISTERED.values()]


def registered_kind(name):
    return _REGISTERED.get(name)
