"""Images (PNG, JPEG, TIFF, multi-page TIFF): every frame is a page, read by OCR.

Phone photos carry their orientation in EXIF; pages are turned upright before OCR.
An image of more frames than `limits.MAX_PAGES`, or a frame of more pixels than
`limits.MAX_IMAGE_PIXELS`, is refused from its header, before it is decoded.
"""
from __future__ import annotations

import io
import re
import warnings

from PIL import Image, ImageOps, ImageSequence, UnidentifiedImageError

from ..errors import ImageTooLarge, TooManyPages, UnreadableInput
from ..model import Ingested
from . import limits
from .ocr import ocr_images, ocr_info

# Every frame's size is checked against limits.MAX_IMAGE_PIXELS before it is decoded, so
# Pillow's own warning (between one and two times its limit) says nothing new; its error,
# raised while the file is opened, becomes ImageTooLarge.
warnings.simplefilter("ignore", Image.DecompressionBombWarning)


def load_frames(data: bytes) -> list[Image.Image]:
    Image.MAX_IMAGE_PIXELS = limits.MAX_IMAGE_PIXELS
    try:
        image = Image.open(io.BytesIO(data))
        check_frame_count(image)
        frames = []
        for frame in ImageSequence.Iterator(image):
            check_pixels(frame)
            frames.append(ImageOps.exif_transpose(frame.copy()))
        for frame in frames:
            frame.load()
    except Image.DecompressionBombError as exc:
        pixels = re.search(r"\((\d+) pixels\)", str(exc))
        size = f"{int(pixels.group(1)):,} pixels" if pixels else "too many pixels"
        raise ImageTooLarge(f"the image has {size}; the limit is {limits.MAX_IMAGE_PIXELS:,}") from exc
    except (UnidentifiedImageError, OSError, ValueError, SyntaxError) as exc:
        raise UnreadableInput(f"corrupt or truncated image: {exc}") from exc
    return frames


def check_frame_count(image: Image.Image) -> None:
    frames = getattr(image, "n_frames", 1)
    if frames > limits.MAX_PAGES:
        raise TooManyPages(f"the image has {frames} frames (pages); the limit is {limits.MAX_PAGES}")


def check_pixels(frame: Image.Image) -> None:
    """Refuse a frame larger than the limit from its header, before it is decoded."""
    width, height = frame.size
    if width * height > limits.MAX_IMAGE_PIXELS:
        raise ImageTooLarge(f"the image is {width:,} x {height:,} pixels ({width * height:,}); "
                            f"the limit is {limits.MAX_IMAGE_PIXELS:,}")


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
