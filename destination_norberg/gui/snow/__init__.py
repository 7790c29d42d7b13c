"""The snow area: the snow guarantee, go/no-go, plots and the snow log."""
