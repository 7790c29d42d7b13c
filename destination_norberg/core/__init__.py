"""Plain-Python domain: types, vocabularies and rules. No Qt, no SQL (tests/test_layers.py)."""
