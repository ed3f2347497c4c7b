"""One module per provider: its rules once, and a sync and an async client over them."""
