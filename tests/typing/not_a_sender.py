"""An object without send() is not a Sender: mypy --strict must say so (the check of the
examples beside this file can fail)."""

import smskit

x: smskit.Sender = object()
