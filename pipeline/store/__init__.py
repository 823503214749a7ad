"""Records loaded into SQLite or PostgreSQL, and the registry of communities built
from them."""
