"""Generated from ui/ and resources/ by tools/build_forms.py: do not edit."""
