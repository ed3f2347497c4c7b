import subprocess
import sys


def test_demo_sends_through_the_real_client() -> None:
    done = subprocess.run(
        [sys.executable, "-m", "smskit", "demo"], capture_output=True, text=True, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert '"recipient": "+491701234567"' in done.stdout
    assert "AuthenticationError" in done.stdout
    assert "sandbox" not in done.stdout  # the demo secret is never printed
