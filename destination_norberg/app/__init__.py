"""Use cases shared by the command line and the window: each opens its own unit of work
and returns core types."""
