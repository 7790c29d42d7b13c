"""The trail register area: trails, their reports and attributes."""
