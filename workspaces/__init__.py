"""The networks' rooms, one Django app each (docs/architecture.md): `access` (the core: who may
see what), `notifications` (the outbox), `registry` (networks, towns, people, memberships),
`sessions` and `outcomes`. Collaboration and applications will take their own rooms here."""
