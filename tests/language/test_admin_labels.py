"""The project's admin screens speak the reader's language (issue 13): every label the admin
shows for our models – field names, list columns, filter titles, menu entries – is a lazy
translation of an English msgid, looked up when the page is drawn, never a plain string
frozen in whichever language (or none) the code was loaded in."""

from django.apps import apps
from django.contrib.admin import SimpleListFilter
from django.contrib.contenttypes.fields import GenericRelation
from django.core.exceptions import FieldDoesNotExist
from django.utils.functional import Promise

from wagtail_modeladmin.options import ModelAdmin

import pytest

PROJECT_PACKAGES = {"home", "workspaces", "practices", "cms"}

# Models whose labels are still plain strings, in files of another room's owner; each entry
# is a strict xfail: when the labels are fixed the test passes, fails as XPASS, and the entry
# must go (practices/models.py: Transfer.recorded_by, Transfer.updated_at, PracticeTag).
PENDING = set()  # models whose labels are not translated yet


def ours(cls):
    return cls.__module__.split(".")[0] in PROJECT_PACKAGES


def declaring_class(model, name):
    """The class that wrote the field: an abstract parent of ours, or Wagtail's Page."""
    writers = [
        cls
        for cls in model.__mro__
        if hasattr(cls, "_meta")
        and name in {f.name for f in [*cls._meta.local_fields, *cls._meta.local_many_to_many]}
    ]
    return writers[-1] if writers else model


def shown_fields(model):
    """The fields an editor can meet in the admin (forms, lists, inspect views), that our
    code declared: no automatic id or parent link, no generic relation (never displayed)."""
    for field in model._meta.get_fields():
        if field.auto_created or isinstance(field, GenericRelation):
            continue
        if not (field.concrete or field.many_to_many):
            continue
        if ours(declaring_class(model, field.name)):
            yield field


def project_models():
    return sorted(
        (m for m in apps.get_models() if ours(m)),
        key=lambda m: m._meta.label,
    )


def as_param(model):
    marks = ()
    if model._meta.label in PENDING:
        marks = pytest.mark.xfail(strict=True, reason="labels in a file of another room")
    return pytest.param(model, id=model._meta.label, marks=marks)


def untranslated_labels(model):
    labels = {
        "Meta.verbose_name": model._meta.verbose_name,
        "Meta.verbose_name_plural": model._meta.verbose_name_plural,
    }
    for field in shown_fields(model):
        labels[field.name] = field.verbose_name
        if field.help_text:
            labels[f"{field.name}.help_text"] = field.help_text
    return {name: label for name, label in labels.items() if not isinstance(label, Promise)}


@pytest.mark.parametrize("model", [as_param(m) for m in project_models()])
def test_every_label_of_our_models_is_translated(model):
    assert untranslated_labels(model) == {}


def test_the_walk_sees_our_models_and_their_fields():
    """The test above checks something: it meets the models and fields an editor meets."""
    labels = {m._meta.label for m in project_models()}
    assert {"registry.Membership", "practices.Transfer", "access.Promotion"} <= labels
    promotion = {f.name for f in shown_fields(apps.get_model("access", "Promotion"))}
    assert promotion == {"page", "promoted_by", "promoted_at"}
    network = {f.name for f in shown_fields(apps.get_model("registry", "NetworkPage"))}
    assert "title" not in network  # Wagtail's own field, translated by Wagtail
    assert "number" in network


def model_admins():
    """Every list of ours in the admin (wagtail-modeladmin), found by its class."""
    found, todo = [], [ModelAdmin]
    while todo:
        cls = todo.pop()
        todo.extend(cls.__subclasses__())
        if ours(cls) and getattr(cls, "model", None) is not None:
            found.append(cls)
    return sorted(found, key=lambda cls: cls.__qualname__)


def column_label(model_admin, model, name):
    """What heads a list column, as Django's admin finds it (field, admin method, model
    attribute)."""
    try:
        return model._meta.get_field(name).verbose_name
    except FieldDoesNotExist:
        pass
    for owner in (model_admin, model):
        attribute = getattr(owner, name, None)
        if attribute is not None:
            return getattr(attribute, "short_description", None)
    raise AssertionError(f"{model.__name__}: no column {name!r}")


def filter_label(model, spec):
    if isinstance(spec, (tuple, list)):
        spec = spec[0]
    if isinstance(spec, type) and issubclass(spec, SimpleListFilter):
        return spec.title
    for part in spec.split("__"):
        field = model._meta.get_field(part)
        model = field.related_model or model
    return field.verbose_name


@pytest.mark.parametrize("admin_class", model_admins(), ids=lambda cls: cls.__qualname__)
def test_every_column_filter_and_menu_label_of_our_lists_is_translated(admin_class):
    model_admin = admin_class()
    model = admin_class.model
    labels = {"menu": model_admin.get_menu_label()}
    for name in model_admin.list_display:
        if name != "__str__":
            labels[f"column {name}"] = column_label(model_admin, model, name)
    for spec in model_admin.list_filter:
        labels[f"filter {spec}"] = filter_label(model, spec)
    pending = model._meta.label in PENDING
    untranslated = {k: v for k, v in labels.items() if not isinstance(v, Promise)}
    if pending and untranslated:
        pytest.xfail("field labels in a file of another room (practices/models.py)")
    assert untranslated == {}


def test_the_admins_are_found():
    names = {cls.__name__ for cls in model_admins()}
    assert {"MembershipAdmin", "TransferAdmin", "ApplicationAdmin", "EvaluationAdmin"} <= names
