"""What one input may demand. An input beyond a limit is refused with an `InputTooLarge`
error (a record with its own code) before the costly work starts, so that a hostile or
absurd file ends quickly on its own instead of waiting to be killed.

The limits are read at each use: a caller may change them before a batch
(`limits.MAX_PAGES = 300`). Worker processes forked afterwards inherit the new values.
"""
from __future__ import annotations

MiB = 1024 * 1024

# Any input file, from its size before it is read: a 100-page colour scan is ~100 MB.
MAX_INPUT_BYTES = 200 * MiB
# A text or HTML file (no PDF, image or DOCX magic number): a communiqué is a few kB.
MAX_TEXT_BYTES = 5 * MiB
# The extracted text of any input. Extraction time grows faster than the text: 100 000
# characters take ~20 s, 300 000 about 3 minutes (and spaCy refuses more than 1 000 000).
MAX_TEXT_CHARS = 200_000
# PDF pages and image frames, counted before any page is read.
MAX_PAGES = 100
# One image, or one image embedded in a PDF page that must be OCRed: a 600 dpi A3 scan is
# ~70 Mpx. Decoded, a 20 000 x 20 000 picture would take 400 MB to 1.6 GB.
MAX_IMAGE_PIXELS = 120_000_000
# A PDF page rendered for OCR: a page may claim to be 200 inches wide; its dpi is lowered
# below 300 so that the picture stays under this (A2 at 300 dpi is 35 Mpx).
MAX_RENDER_PIXELS = 40_000_000
# One tesseract run (one page); a dense 300 dpi page takes a few seconds.
OCR_TIMEOUT_SECONDS = 120
# A part of a DOCX package, unpacked: a zip of a few kB can unpack to gigabytes.
MAX_DOCX_PART_BYTES = 50 * MiB
