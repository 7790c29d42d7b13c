"""The packages area: the package builder, the export bundle, the status page."""
