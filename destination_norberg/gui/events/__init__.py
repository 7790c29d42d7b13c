"""The events area: calendar, timeline, list, next year's week, and the stråk editor."""
