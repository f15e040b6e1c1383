"""The whole demo site, room by room: the public pages, the networks and who takes part, each
network's sessions, outcomes, discussions, feedback requests and documents, and the practice
library. Each room seeds its own content;
this module only knows the order. Every step is idempotent, so loading twice adds nothing."""

from django.contrib.auth import get_user_model

from home.demo import seed_home
from practices.demo import seed_practice_library, seed_practices, seed_transfers
from workspaces.applications.demo import seed_applications, seed_join_page
from workspaces.collaboration.demo import seed_discussions
from workspaces.collaboration.demo_consultations import seed_consultations
from workspaces.outcomes.demo import seed_outcomes
from workspaces.registry.demo import seed_networks
from workspaces.sessions.demo import seed_sessions


def seed_demo_site():
    """Returns (the home page, {number: NetworkPage})."""
    home = seed_home()
    networks = seed_networks(home)
    editor = get_user_model().objects.get(username="editor")
    for network in networks.values():
        seed_sessions(network)
        seed_outcomes(network, editor)
        seed_discussions(network)
        seed_consultations(network)
    seed_practices(seed_practice_library(home))
    seed_transfers()
    seed_join_page(home)
    seed_applications(networks, editor)
    return home, networks
