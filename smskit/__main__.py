"""``python -m smskit`` is the ``smskit`` command (needs the ``sandbox`` extra)."""

from .cli import main

if __name__ == "__main__":
    main()
