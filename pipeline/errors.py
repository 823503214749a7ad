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


# --- what an input may be refused for (docs/operations.md: "Hostile inputs and limits") ---------------------------

class NotARegularFile(UnreadableInput):
    """A FIFO, socket, device or folder: opening a FIFO would wait for a writer forever."""

    code = "not_a_regular_file"


class NotText(UnsupportedFormat):
    """Binary content of no known format, or text in no encoding the pipeline reads."""

    code = "not_text"


class UnreadablePdf(UnreadableInput):
    """A corrupt or truncated PDF, or a file named .pdf that is not one."""

    code = "unreadable_pdf"


class EncryptedPdf(UnreadablePdf):
    code = "encrypted_pdf"


class NoPages(UnreadablePdf):
    code = "no_pages"


class InputTooLarge(PipelineError):
    """Beyond one of the limits of `pipeline.readers.limits`: refused before the costly work."""

    code = "input_too_large"


class TooManyPages(InputTooLarge):
    code = "too_many_pages"


class ImageTooLarge(InputTooLarge):
    code = "image_too_large"


class TextTooLong(InputTooLarge):
    code = "text_too_long"


class OcrFailed(PipelineError):
    code = "ocr_failed"


class OcrTimeout(OcrFailed):
    code = "ocr_timeout"
