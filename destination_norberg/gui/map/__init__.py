"""The map area: trail map and snow map in SWEREF 99 TM, layers, geodata in and out."""
