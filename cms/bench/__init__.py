"""`make bench` (cms/management/commands/bench.py): its databases, server, pages and load."""
