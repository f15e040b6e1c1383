"""Searching a network's discussions, in Polish as people type it.

Threads are in the same search index as pages (`Thread.search_fields`): a query finds a thread
by any form of the words of its title and of the posts readers see, with or without Polish
letters, through the project's search backend (home/search_backend.py). A thread's entry holds
its posts' words, so it is written again whenever one of its posts changes.
"""

from django.db.models.signals import post_delete, post_save

from wagtail.search import index
from wagtail.search.backends import get_search_backend

from home import polish

from . import rules, selectors
from .models import Post, Thread

RESULTS_LIMIT = 100  # a reader refines a query rather than pages through hundreds of threads


def search_threads(user, network, query, page_number=None, moderator=False):
    """A page of the network's threads the query finds, best match first, listed as
    `selectors.threads` lists them (replies, unread marks)."""
    shown = Thread.objects.filter(network=network).filter(
        rules.shown([network] if moderator else [])
    )
    found = get_search_backend().search(query, shown)
    ranked = [thread.pk for thread in found[:RESULTS_LIMIT]]
    page = selectors.threads(user, network, page_number, moderator=moderator, ranked=ranked)
    _attach_matching_posts(page, query)
    return page


def _attach_matching_posts(threads, query):
    """Each listed thread's first shown post that uses a word of the query (its `matching_text`,
    for an excerpt), so readers see why a thread was found; one query for the page."""
    keys = polish.query_keys(query)
    bodies = Post.objects.filter(
        thread__in=[thread.pk for thread in threads], is_hidden=False, is_withdrawn=False
    ).values_list("thread_id", "body")
    matching = {}
    for thread_id, body in bodies:
        if thread_id not in matching and any(polish.matches(w, keys) for w in polish.words(body)):
            matching[thread_id] = body
    for thread in threads:
        thread.matching_text = matching.get(thread.pk, "")


def _reindex_thread(sender, instance, **kwargs):
    """A post written, edited, withdrawn, hidden or deleted changes what its thread is found by."""
    thread = Thread.objects.filter(pk=instance.thread_id).first()
    if thread is not None:
        index.insert_or_update_object(thread)


def connect():
    post_save.connect(_reindex_thread, sender=Post, dispatch_uid="collaboration-reindex-post")
    post_delete.connect(_reindex_thread, sender=Post, dispatch_uid="collaboration-reindex-gone")
