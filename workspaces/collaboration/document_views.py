"""A network's shared documents on the site: the list (filters, upload) and one document (its
versions, replacing it). Files are downloaded only through Wagtail's serve view (each private
document's `.url`), which asks the access core; what a reader may not see is "not found"."""

from urllib.parse import urlencode

from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.template.defaultfilters import filesizeformat
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from home.feedback import error_text
from workspaces.access import policy as access
from workspaces.registry.models import WorkspacePage

from . import documents, rules, uploads
from .models import DOCUMENT_TITLE_MAX_LENGTH

# --- forms (the services check everything again and decide) ----------------------------------


class ReplaceForm(forms.Form):
    file = forms.FileField(
        label=gettext_lazy("File"),
        error_messages={
            "required": gettext_lazy("Choose a file to upload."),
            "empty": gettext_lazy("The file is empty."),
        },
        widget=forms.FileInput(attrs={"accept": uploads.ACCEPT}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["file"].help_text = _("Accepted: %(types)s; at most %(limit)s.") % {
            "types": uploads.accepted_types(),
            "limit": filesizeformat(settings.WAGTAILDOCS_MAX_UPLOAD_SIZE),
        }


class UploadForm(ReplaceForm):
    title = forms.CharField(
        label=gettext_lazy("Title"),
        required=False,
        max_length=DOCUMENT_TITLE_MAX_LENGTH,
        help_text=gettext_lazy("Left empty, the file's name is the title."),
    )
    session = forms.TypedChoiceField(
        label=gettext_lazy("Session"), required=False, coerce=int, empty_value=None
    )
    thread = forms.TypedChoiceField(
        label=gettext_lazy("Discussion"), required=False, coerce=int, empty_value=None
    )

    def __init__(self, *args, sessions, threads, **kwargs):
        super().__init__(*args, **kwargs)
        self.sessions = {session.pk: session for session in sessions}
        self.threads = {thread.pk: thread for thread in threads}
        none = [("", _("None"))]
        self.fields["session"].choices = none + [
            (session.pk, session.display_title) for session in sessions
        ]
        self.fields["thread"].choices = none + [(thread.pk, thread.title) for thread in threads]

    def clean_session(self):
        return self.sessions.get(self.cleaned_data["session"])

    def clean_thread(self):
        return self.threads.get(self.cleaned_data["thread"])


# --- views -------------------------------------------------------------------------------------


def _person(user):
    return user.get_full_name() or user.get_username()


def _chosen(value, options):
    """The option whose key `value` names (a GET parameter), or None."""
    try:
        return options.get(int(value)) if value else None
    except (TypeError, ValueError):
        return None


def _filters(query, choices):
    kind = query.get("type")
    return {
        "session": _chosen(query.get("session"), choices["sessions"]),
        "thread": _chosen(query.get("thread"), choices["threads"]),
        "uploader": _chosen(query.get("uploader"), choices["uploaders"]),
        "kind": kind if kind in {option.key for option in choices["kinds"]} else None,
    }


def _query_string(filters):
    names = {"session": "session", "thread": "thread", "uploader": "uploader", "kind": "type"}
    pairs = []
    for key, name in names.items():
        value = filters.get(key)
        if value:
            pairs.append((name, value if isinstance(value, str) else value.pk))
    return urlencode(pairs)


def _failed(form, error):
    """A service's refusal shown where it belongs: on a field of the form, or above it."""
    if isinstance(error, ValidationError) and hasattr(error, "error_dict"):
        for field, field_errors in error.error_dict.items():
            form.add_error(field if field in form.fields else None, field_errors)
    else:
        form.add_error(None, error_text(error))


@login_required
def document_list(request, workspace_id):
    workspace = access.visible_page_or_404(request.user, WorkspacePage, workspace_id)
    network = workspace.get_parent().specific
    user = request.user
    moderator = rules.may_moderate(user, network)
    sessions = list(documents.sessions_for(user, network))
    threads = list(documents.threads_for(network, moderator))
    choices = {
        "sessions": {session.pk: session for session in sessions},
        "threads": {thread.pk: thread for thread in threads},
        "uploaders": {person.pk: person for person in documents.uploaders(network)},
        "kinds": documents.kinds_in(network),
    }
    may_upload = rules.may_write(user, network)
    form = UploadForm(
        request.POST or None, request.FILES or None, sessions=sessions, threads=threads
    )
    if request.method == "POST":
        if not may_upload:
            raise PermissionDenied
        if form.is_valid():
            data = form.cleaned_data
            try:
                shared = documents.upload(
                    user,
                    network,
                    data["file"],
                    title=data["title"],
                    session=data["session"],
                    thread=data["thread"],
                )
            except (PermissionDenied, ValidationError) as error:
                _failed(form, error)
            else:
                messages.success(request, _("The document has been shared with the network."))
                return redirect("shared_document", shared.pk)
        if form.errors:
            messages.error(request, error_text(form))
    filters = _filters(request.GET, choices)
    context = {
        "workspace": workspace,
        "network": network,
        "documents": documents.listed(
            user, network, filters, request.GET.get("page"), moderator=moderator
        ),
        "choices": choices,
        "uploaders": [(pk, _person(person)) for pk, person in choices["uploaders"].items()],
        "filters": filters,
        "query_string": _query_string(filters),
        "moderator": moderator,
        "form": form if may_upload else None,
    }
    return TemplateResponse(request, "collaboration/documents.html", context)


@login_required
def shared_document(request, document_id):
    user = request.user
    shared = documents.document_for(user, document_id)
    if shared is None:
        raise Http404
    network = shared.network
    moderator = rules.may_moderate(user, network)
    may_replace = documents.may_replace(user, shared, moderator=moderator)
    form = ReplaceForm(request.POST or None, request.FILES or None)
    if request.method == "POST":
        if not may_replace:
            raise PermissionDenied
        if form.is_valid():
            try:
                documents.replace(user, shared, form.cleaned_data["file"])
            except (PermissionDenied, ValidationError) as error:
                _failed(form, error)
            else:
                messages.success(request, _("The new version has been saved."))
                return redirect(reverse("shared_document", args=[shared.pk]))
        if form.errors:
            messages.error(request, error_text(form))
    context = {
        "shared": shared,
        "network": network,
        "workspace": rules.workspace_of(network),
        "document_versions": documents.versions(user, shared),
        "moderator": moderator,
        "show_thread": shared.thread is not None and rules.thread_shown(shared.thread, moderator),
        "form": form if may_replace else None,
    }
    return TemplateResponse(request, "collaboration/shared_document.html", context)
