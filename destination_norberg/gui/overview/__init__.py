"""The overview area: the coordinator's first screen."""
