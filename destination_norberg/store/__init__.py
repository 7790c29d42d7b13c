"""Persistence: SQLAlchemy 2 models, engine set-up, migrations and repositories.

Repositories hand out core dataclasses, never live ORM objects, so no session crosses a thread.
"""
