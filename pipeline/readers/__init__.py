"""Readers of the input formats other than plain text, one module per kind of input."""
