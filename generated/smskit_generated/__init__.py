"""Low-level clients generated from smskit's OpenAPI specs. Do not edit: run scripts/regenerate."""
