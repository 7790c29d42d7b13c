"""Destination Norberg: the coordinator program for Norberg's visitor economy."""

__version__ = "0.1.0"
APP_NAME = "Destination Norberg"
APP_ID = "destination-norberg"
