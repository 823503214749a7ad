"""The record of SPEC.md: assembly with evidence, checks against itself, and the
JSON Schema and evidence checks that every written record passes."""
