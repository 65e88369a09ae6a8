"""Test helpers shared by several test packages (servers the tests talk to)."""
