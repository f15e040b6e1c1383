"""The access core: who may see what (SPEC §4), decided in one place.

`policy` answers questions (may this user open this page, which of these pages may they see);
`restrictions` writes what Wagtail enforces, from the audiences other rooms register;
`groups` names a network's three groups. This package imports Django and Wagtail only.
"""
