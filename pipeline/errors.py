"""Errors of the pipeline. Each carries the code written in the error record; the CLI turns
them into an exit status in one place."""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    INPUT_FAILED = 1
    BAD_USAGE = 2


class PipelineError(Exception):
    """An input that cannot be turned into a record."""

    code = "pipeline_error"


class EmptyInput(PipelineError):
    code = "empty_input"


class UnsupportedFormat(PipelineError):
    code = "unsupported_format"


class UnreadableInput(PipelineError):
    code = "unreadable_input"


class InvalidRecord(PipelineError):
    code = "invalid_record"
