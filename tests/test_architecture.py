"""The house's rules (docs/architecture.md), checked rather than hoped for.

The layer contracts themselves are import-linter's (pyproject.toml, `make lint`); these tests
add what it cannot see: imports hidden inside functions, templates that include a higher room's
templates, the access core's external imports, and that every page type has said who reads it.
"""

import ast
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

from django.contrib.auth.models import AnonymousUser

from wagtail.models import PageViewRestriction, get_page_models

import grimp
import pytest

from home.models import ContentPage
from workspaces.access import policy, restrictions

ROOT = Path(__file__).resolve().parent.parent
APPLICATION = ("cms", "home", "workspaces", "practices")
# An import inside a function is allowed where it is not dodging a cycle:
ALLOWED_LATE_IMPORTS = {
    # The SQLite-only half of the search backend, imported only on SQLite with FTS5.
    ("home/search_backend.py", "SearchBackend"),
}


def _application_modules():
    for package in APPLICATION:
        for path in sorted((ROOT / package).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path


def _late_imports(path):
    """(function, line) of every import inside a function, except in `AppConfig.ready`: Django
    loads models after the app configs, so `ready` is where an app connects its handlers."""
    tree = ast.parse(path.read_text(), filename=str(path))
    found = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        if node.name == "ready":
            continue
        for inner in ast.walk(node):
            if isinstance(inner, ast.Import | ast.ImportFrom):
                found.append((node.name, inner.lineno))
    return found


def test_no_import_hides_inside_a_function():
    late = []
    for path in _application_modules():
        relative = path.relative_to(ROOT).as_posix()
        for function, line in _late_imports(path):
            if (relative, function) not in ALLOWED_LATE_IMPORTS:
                late.append(f"{relative}:{line} in {function}()")
    assert late == []


def test_the_late_import_check_finds_one(tmp_path):
    """The check above can fail: a module with an import in a plain function is reported."""
    module = tmp_path / "example.py"
    module.write_text("def f():\n    import os\n    return os\n\n\ndef ready():\n    import os\n")
    assert _late_imports(module) == [("f", 2)]


def test_the_access_core_imports_django_and_wagtail_only():
    graph = grimp.build_graph("workspaces", include_external_packages=True)
    external = set()
    for module in graph.find_descendants("workspaces.access") | {"workspaces.access"}:
        if ".migrations" in module:
            continue
        for imported in graph.find_modules_directly_imported_by(module):
            if not imported.startswith("workspaces."):
                external.add(imported.split(".")[0])
    # wagtail_modeladmin is Wagtail's own admin for plain models.
    allowed = {"django", "wagtail", "wagtail_modeladmin", *sys.stdlib_module_names}
    assert external - allowed == set()
    # Nothing else of ours: not the shell, not a room.
    inside = {
        imported
        for module in graph.find_descendants("workspaces.access")
        for imported in graph.find_modules_directly_imported_by(module)
        if imported.startswith("workspaces.")
    }
    assert all(name.startswith("workspaces.access") for name in inside), inside


@pytest.mark.skipif(shutil.which("lint-imports", path=Path(sys.executable).parent) is None,
                    reason="import-linter is not installed")  # fmt: skip
def test_the_layer_contracts_hold():
    lint = Path(sys.executable).parent / "lint-imports"
    result = subprocess.run([lint], cwd=ROOT, capture_output=True, text=True, check=False)  # noqa: S603
    assert result.returncode == 0, result.stdout[-3000:]


TEMPLATE_REFERENCE = re.compile(r"{%\s*(?:include|extends)\s+[\"']([^\"'/]+)/")


def _layer_ranks():
    """{package: rank} from the layers contract; a lower rank is a higher layer."""
    config = tomllib.loads((ROOT / "pyproject.toml").read_text())
    contracts = config["tool"]["importlinter"]["contracts"]
    layers = next(c["layers"] for c in contracts if c["type"] == "layers")
    return {
        package.strip(): rank for rank, line in enumerate(layers) for package in line.split("|")
    }


def _room_of(path, ranks):
    dotted = ".".join(path.relative_to(ROOT).parts)
    owners = [package for package in ranks if dotted.startswith(f"{package}.")]
    return max(owners, key=len) if owners else None


def _template_namespaces(ranks):
    """{namespace: room}: `sessions/…` templates live in workspaces/sessions/templates/sessions."""
    namespaces = {}
    for package in APPLICATION:
        for directory in (ROOT / package).rglob("templates/*"):
            if directory.is_dir():
                namespaces[directory.name] = _room_of(directory, ranks)
    return namespaces


def _upward_references(room, text, ranks, namespaces):
    """The template namespaces `text`, a template of `room`, names above its own layer."""
    found = []
    for namespace in TEMPLATE_REFERENCE.findall(text):
        target = namespaces.get(namespace)
        if room is None or target is None or target == room:
            continue
        # The same rank is a sibling on one line (a | b): as forbidden as a higher room.
        if ranks[target] <= ranks[room]:
            found.append(namespace)
    return found


def test_no_template_includes_a_higher_rooms_template():
    """A page shows another room's section through a panel that room contributes
    (home/page_context.py), never by naming its template: the reference would point upwards
    where import-linter does not look."""
    ranks = _layer_ranks()
    namespaces = _template_namespaces(ranks)
    found = [
        (str(template.relative_to(ROOT)), namespace)
        for package in APPLICATION
        for template in sorted((ROOT / package).rglob("templates/**/*.html"))
        for namespace in _upward_references(
            _room_of(template, ranks), template.read_text(), ranks, namespaces
        )
    ]
    assert found == []


def test_the_template_check_finds_an_upward_include():
    ranks = _layer_ranks()
    namespaces = _template_namespaces(ranks)
    upward = '{% include "collaboration/includes/workspace_discussions.html" %}'
    downward = '{% include "registry/includes/workspace_roster.html" %}'
    assert _upward_references("workspaces.registry", upward, ranks, namespaces) == ["collaboration"]
    assert _upward_references("workspaces.activity", downward, ranks, namespaces) == []
    assert _upward_references("practices", upward, ranks, namespaces) == ["collaboration"]


def test_every_page_type_of_ours_says_who_reads_it():
    ours = [m for m in get_page_models() if m.__module__.startswith(APPLICATION)]
    undecided = [
        m.__name__ for m in ours if restrictions.audience_of(m) is restrictions.editors_only
    ]
    assert ours and undecided == []


def test_a_page_type_nobody_registered_is_for_editors_only(demo, monkeypatch):
    """A new kind of page is private until its room says otherwise, never public by accident."""
    monkeypatch.delitem(restrictions._AUDIENCES, ContentPage)
    page = ContentPage.objects.first()
    page.save()
    restriction = PageViewRestriction.objects.get(page=page)
    assert set(restriction.groups.values_list("name", flat=True)) == {"Editors", "Moderators"}
    assert not policy.can_view_page(AnonymousUser(), page)
    assert not policy.can_view_page(demo.user("member"), page)
    assert policy.can_view_page(demo.user("editor"), page)
