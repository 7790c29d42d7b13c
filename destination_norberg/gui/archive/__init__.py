"""The Arkiv (File) menu's own jobs: databases (new, open, recent, leave the demo), backup
and restore, the automatic backup on a schedule, and publishing the public status page.

Not an area: the window builds it (gui.main_window) and nothing here imports the window.
Kept free of Qt at module level, as every package of gui/ the area registry imports.
"""
