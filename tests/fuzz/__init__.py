"""Property-based fuzzing of every importer (issue 8): see docs/fuzzing.md."""
