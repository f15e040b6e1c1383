"""What the applications room tells the home page (`home.page_context`): for the people who
run a network, how many applications to it wait for their decision (`rules.may_decide`: a
network's coordinators and experts decide on their own network's). The activity room shows it
in "Waiting for you"; the decision itself is made in the admin.

One query, however many applications there are: a count per network.
"""

from django.db.models import Count

from .models import Application


def pending_by_network(reader):
    """[(network, count)] of the pending applications to the networks `reader` runs, in the
    programme's order, leaving out networks with none."""
    run = reader.run_seats
    if not run:
        return []
    counts = dict(
        Application.objects.pending()
        .filter(network_id__in=[seat.network.pk for seat in run])
        .values_list("network_id")
        .annotate(count=Count("pk"))
        .order_by()
    )
    return [(seat.network, counts[seat.network.pk]) for seat in run if seat.network.pk in counts]
