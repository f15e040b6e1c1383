"""Members working together in their network, on the site: discussions (threads and posts)."""
