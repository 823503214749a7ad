"""Images (PNG, JPEG, TIFF, multi-page TIFF): every frame is a page, read by OCR.

Phone photos carry their orientation in EXIF; pages are turned upright before OCR.
"""
from __future__ import annotations

import io

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from ..errors import UnreadableInput
from ..model import Ingested
from .ocr import ocr_images, ocr_info

# Pillow refuses larger images as a "decompression bomb"; a 600 dpi A3 scan is ~70 Mpx.
Image.MAX_IMAGE_PIXELS = 120_000_000


def load_frames(data: bytes) -> list[Image.Image]:
    try:
        image = Image.open(io.BytesIO(data))
        frames = [ImageOps.exif_transpose(frame.copy()) for frame in ImageSequence.Iterator(image)]
        for frame in frames:
            frame.load()
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError, Image.DecompressionBombError) as exc:
        raise UnreadableInput(f"corrupt or truncated image: {exc}") from exc
    return frames


def read_image(data: bytes) -> Ingested:
    frames = load_frames(data)
    pages = ocr_images(frames)
    return joined_pages([p.text for p in pages], fmt="image", ocr=ocr_info(pages, list(range(1, len(pages) + 1))))


def joined_pages(texts: list[str], fmt: str, ocr=None) -> Ingested:
    """One text for all pages, separated by form feeds; `page_starts` records where each begins."""
    starts, pieces, pos = [], [], 0
    for text in texts:
        starts.append(pos)
        pieces.append(text)
        pos += len(text) + 1  # the "\f" that follows
    return Ingested(raw="\f".join(pieces), format=fmt, pages=len(texts), ocr=ocr, page_starts=starts)
