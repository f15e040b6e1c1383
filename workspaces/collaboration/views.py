"""The discussions on the site. Each view parses input, calls one service and redirects; pages
the reader may not see are "not found"."""

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from home.feedback import error_text
from workspaces.access import policy as access
from workspaces.notifications import preferences
from workspaces.notifications.models import Cadence
from workspaces.registry.models import Municipality, NetworkPage, WorkspacePage

from . import feedback, rules, search, selectors, services
from .forms import FeedbackRequestForm, PostForm, ThreadForm
from .models import FeedbackRequest, Post, Thread


def _thread_or_404(user, thread_id):
    thread = get_object_or_404(Thread.objects.select_related("network"), pk=thread_id)
    if not rules.may_see_thread(user, thread):
        raise Http404
    return thread


def _thread_url(thread, page=None):
    url = reverse("discussion", args=[thread.pk])
    return f"{url}?page={page}#latest" if page else url


@login_required
def discussions(request, workspace_id):
    workspace = access.visible_page_or_404(request.user, WorkspacePage, workspace_id)
    network = workspace.get_parent().specific
    moderator = rules.may_moderate(request.user, network)
    form = ThreadForm(request.POST or None)
    if request.method == "POST":
        if form.is_valid():
            try:
                thread = services.start_thread(request.user, network, **form.cleaned_data)
            except (PermissionDenied, ValidationError) as error:
                messages.error(request, error_text(error))
            else:
                messages.success(request, _("Your discussion has started."))
                return redirect(_thread_url(thread))
        else:
            messages.error(request, error_text(form))
    query = request.GET.get("q", "").strip()
    page_number = request.GET.get("page")
    if query:
        threads = search.search_threads(
            request.user, network, query, page_number, moderator=moderator
        )
    else:
        threads = selectors.threads(request.user, network, page_number, moderator=moderator)
    context = {
        "workspace": workspace,
        "network": network,
        "thread_query": query,
        "thread_query_string": urlencode({"q": query}) if query else "",
        "threads": threads,
        "form": form if rules.may_write(request.user, network) else None,
        "moderator": moderator,
    }
    return TemplateResponse(request, "collaboration/discussions.html", context)


@login_required
def discussion(request, thread_id):
    thread = _thread_or_404(request.user, thread_id)
    return _discussion_page(request, thread, request.GET.get("page"))


def _discussion_page(request, thread, page_number, form=None):
    """A thread's page of posts with the reply form: empty, or `form` as it was sent back with
    its errors, so a reply that failed is not lost."""
    network = thread.network
    posts = selectors.posts(thread, page_number)
    services.mark_read(request.user, thread)
    may_write = rules.may_write(request.user, network)
    request_for_feedback = FeedbackRequest.objects.filter(thread=thread).first()
    context = {
        "thread": thread,
        "feedback": request_for_feedback,
        "helpful_ids": set(request_for_feedback.helpful_answers.values_list("pk", flat=True))
        if request_for_feedback
        else set(),
        "network": network,
        "workspace": rules.workspace_of(network),
        "posts": posts,
        "form": (form or PostForm()) if may_write and not thread.is_closed else None,
        "moderator": rules.may_moderate(request.user, network),
    }
    return TemplateResponse(request, "collaboration/discussion.html", context)


@login_required
@require_POST
def reply(request, thread_id):
    """A reply that cannot be added comes back in the form with what is wrong, on the thread's
    last page (where it would have gone); one that is added leads there."""
    thread = _thread_or_404(request.user, thread_id)
    form = PostForm(request.POST)
    if form.is_valid():
        try:
            services.reply(request.user, thread, form.cleaned_data["body"])
        except PermissionDenied as error:
            messages.error(request, error_text(error))
            return redirect(_thread_url(thread))
        except ValidationError as error:
            form.add_error(None, error_text(error))
        else:
            messages.success(request, _("Your reply has been added."))
            last_page = selectors.posts(thread, "last").number
            return redirect(_thread_url(thread, last_page))
    return _discussion_page(request, thread, "last", form)


def _post_or_404(user, post_id):
    post = get_object_or_404(Post.objects.select_related("thread__network"), pk=post_id)
    if not rules.may_see_thread(user, post.thread):
        raise Http404
    return post


@login_required
def edit_post(request, post_id):
    post = _post_or_404(request.user, post_id)
    if post.author_id != request.user.pk or post.is_withdrawn:
        raise PermissionDenied
    form = PostForm(request.POST or None, initial={"body": post.body})
    if request.method == "POST":
        if form.is_valid():
            try:
                services.edit_post(request.user, post, form.cleaned_data["body"])
            except (PermissionDenied, ValidationError) as error:
                messages.error(request, error_text(error))
            else:
                messages.success(request, _("Your post has been changed."))
                return redirect(_thread_url(post.thread))
        else:
            messages.error(request, error_text(form))
    context = {"post": post, "thread": post.thread, "network": post.thread.network, "form": form}
    return TemplateResponse(request, "collaboration/edit_post.html", context)


@login_required
@require_POST
def withdraw_post(request, post_id):
    post = _post_or_404(request.user, post_id)
    try:
        services.withdraw_post(request.user, post)
    except (PermissionDenied, ValidationError) as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("Your post has been withdrawn."))
    return redirect(_thread_url(post.thread))


@login_required
@require_POST
def moderate_thread(request, thread_id):
    thread = _thread_or_404(request.user, thread_id)
    try:
        services.moderate_thread(request.user, thread, request.POST.get("action"))
    except (PermissionDenied, ValidationError) as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("Done."))
    return redirect(_thread_url(thread))


@login_required
@require_POST
def moderate_post(request, post_id):
    post = _post_or_404(request.user, post_id)
    try:
        services.hide_post(request.user, post, hidden=request.POST.get("action") != "show")
    except PermissionDenied as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("Done."))
    return redirect(_thread_url(post.thread))


@login_required
def feedback_requests(request, workspace_id):
    workspace = access.visible_page_or_404(request.user, WorkspacePage, workspace_id)
    network = workspace.get_parent().specific
    towns = feedback.towns_for_requests(request.user, network)
    may_ask = bool(towns) and rules.may_write(request.user, network)
    form = FeedbackRequestForm(request.POST or None, towns=towns)
    if request.method == "POST":
        if not may_ask:
            raise PermissionDenied
        if form.is_valid():
            try:
                asked = feedback.request_feedback(request.user, network, **form.cleaned_data)
            except (PermissionDenied, ValidationError) as error:
                messages.error(request, error_text(error))
            else:
                messages.success(request, _("Your request has been sent to the network."))
                return redirect(_thread_url(asked.thread))
        else:
            messages.error(request, error_text(form))
    context = {
        "workspace": workspace,
        "network": network,
        "requests": feedback.readable_requests(request.user, network),
        "form": form if may_ask else None,
    }
    return TemplateResponse(request, "collaboration/feedback_requests.html", context)


def _feedback_or_404(user, request_id):
    asked = get_object_or_404(
        FeedbackRequest.objects.select_related("thread__network"), pk=request_id
    )
    if not rules.may_see_thread(user, asked.thread):
        raise Http404
    return asked


@login_required
@require_POST
def mark_helpful(request, request_id, post_id):
    asked = _feedback_or_404(request.user, request_id)
    post = get_object_or_404(Post, pk=post_id, thread=asked.thread)
    helpful = request.POST.get("helpful") != "no"
    try:
        feedback.mark_helpful(request.user, asked, post, helpful=helpful)
    except (PermissionDenied, ValidationError) as error:
        messages.error(request, error_text(error))
    return redirect(_thread_url(asked.thread))


@login_required
@require_POST
def feedback_status(request, request_id):
    asked = _feedback_or_404(request.user, request_id)
    try:
        feedback.set_status(request.user, asked, request.POST.get("status"))
    except (PermissionDenied, ValidationError) as error:
        messages.error(request, error_text(error))
    else:
        messages.success(request, _("The request's status has been changed."))
    return redirect(_thread_url(asked.thread))


@login_required
def town_projects(request, workspace_id, town_id):
    """A town's projects in the network, each with its consultations (members only)."""
    workspace = access.visible_page_or_404(request.user, WorkspacePage, workspace_id)
    network = workspace.get_parent().specific
    requests = feedback.readable_requests(request.user, network).filter(project__town_id=town_id)
    projects = {}
    for asked in requests:
        projects.setdefault(asked.project, []).append(asked)
    town = get_object_or_404(Municipality, pk=town_id)
    context = {"workspace": workspace, "network": network, "town": town, "projects": projects}
    return TemplateResponse(request, "collaboration/town_projects.html", context)


def _my_networks(user):
    """Networks whose discussions `user` reads (members, coordinators) – where e-mails come from."""
    return [n for n in NetworkPage.objects.live().order_by("number") if rules.may_write(user, n)]


@login_required
def email_preferences(request):
    networks = _my_networks(request.user)
    if request.method == "POST":
        for network in networks:
            cadence = request.POST.get(f"cadence-{network.pk}")
            if cadence in Cadence.values:
                preferences.set_cadence(request.user, network, cadence)
        messages.success(request, _("Your choices have been saved."))
        return redirect("email_preferences")
    rows = [
        {"network": network, "cadence": preferences.cadence_of(request.user, network)}
        for network in networks
    ]
    context = {"rows": rows, "cadences": Cadence.choices}
    return TemplateResponse(request, "collaboration/preferences.html", context)
