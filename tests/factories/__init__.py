"""Factories for tests, one module per room (`tests.factories.registry`, `.sessions`,
`.outcomes`, `.practices`, `.home`): one place that knows how to make a valid record.

Page factories are wagtail-factories' `PageFactory`: give the parent page as `parent=`.
The demo is built by `cms.demo`, never from here; factory users have their own password
(`tests.factories.registry.TEST_PASSWORD`), not the demo's.
"""
