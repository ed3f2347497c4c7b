"""How the suite runs pytest as a user would (pytester, in a subprocess): without the
cache, and without the schemathesis and hypothesis plugins this suite installs but no
recipe uses (they cost 2 to 3 s of start-up per run)."""

USERS_PYTEST = ("-p", "no:cacheprovider", "-p", "no:schemathesis", "-p", "no:hypothesispytest")
