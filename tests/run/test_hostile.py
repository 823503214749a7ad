"""Hostile inputs through the real command line: each ends quickly, on its own, in a record
(an error record with a specific code, or a normal record), and the batch goes on.

Every file is made here, in tmp_path: binary garbage, broken and abusive PDFs (truncated,
encrypted, no pages, 500 pages, a giant embedded image, a giant page), a 50 MB text, texts
in UTF-16 and with mixed line endings, decompression-bomb images, a DOCX zip bomb, a file
deleted after the listing, one that cannot be opened, a FIFO and symlink loops.
"""
from __future__ import annotations

import io
import json
import os
import random
import shutil
import struct
import subprocess
import sys
import zipfile
import zlib
from pathlib import Path

import pytest
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from pipeline.run import cli
from pipeline.run.cli import main
from pipeline.readers import limits

ROOT = Path(__file__).resolve().parents[2]
GOOD = ROOT / "corpus" / "inbox" / "004_3424cefa53f8ce02.txt"
SHORT = "Le 3 mai 2024\n\nLa CPTS du Pays d'Aire couvre 30 000 habitants et compte 80 professionnels de santé."
NO_CPTS = ("Le 3 mai 2024\n\nLa maison de santé de Saint-Fargeau accueille deux nouveaux médecins "
           "généralistes. Ils consultent du lundi au vendredi, sur rendez-vous.")


# --- making the files ----------------------------------------------------------------------

def text_pdf(pages: int = 1, encrypt: str | None = None) -> bytes:
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=A4, encrypt=encrypt)
    for number in range(1, pages + 1):
        c.drawString(72, 750, f"La CPTS du Pays d'Aire couvre 30 000 habitants. Page {number}.")
        c.showPage()
    c.save()
    return buffer.getvalue()


def raw_pdf(objects: list[bytes]) -> bytes:
    """A PDF written by hand from its objects' bodies (object 1 is the catalog), with its xref."""
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


def pdf_stream(header: bytes, data: bytes) -> bytes:
    return b"<< %s /Length %d >>\nstream\n%s\nendstream" % (header, len(data), data)


def one_page_pdf(media: tuple[int, int], image_px: tuple[int, int] | None) -> bytes:
    """A page with no text: the image declared `image_px` pixels (with a few bytes of data)
    drawn over it, or nothing."""
    page = (b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d %d] /Resources << /XObject << /Im1 4 0 R >> >>"
            b" /Contents 5 0 R >>" % media)
    image = pdf_stream(b"/Type /XObject /Subtype /Image /Width %d /Height %d /ColorSpace /DeviceGray"
                       b" /BitsPerComponent 1 /Filter /FlateDecode" % (image_px or (1, 1)), zlib.compress(bytes(1000)))
    content = b"q %d 0 0 %d 0 0 cm /Im1 Do Q" % media if image_px else b""
    return raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                    page, image, pdf_stream(b"", content)])


def png(width: int, height: int, full: bool = True) -> bytes:
    """A 1-bit PNG: all its rows (a few kB compressed, since they are alike), or a header
    declaring the size followed by a few bytes of data, as a decompression bomb is."""
    def chunk(kind: bytes, body: bytes) -> bytes:
        return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body))
    rows = (b"\x00" + b"\xff" * ((width + 7) // 8)) * height if full else bytes(100)
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 1, 0, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(rows, 1)) + chunk(b"IEND", b""))


def many_frames_tiff(frames: int) -> bytes:
    buffer = io.BytesIO()
    pages = [Image.new("1", (8, 8), 1) for _ in range(frames)]
    pages[0].save(buffer, format="TIFF", save_all=True, append_images=pages[1:])
    return buffer.getvalue()


def docx_bomb() -> bytes:
    """A DOCX whose document part unpacks to more than the limit (from a few kB)."""
    body = b"<w:p/>" * ((limits.MAX_DOCX_PART_BYTES + 100) // 6)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as archive:
        archive.writestr("word/document.xml", body)
    return buffer.getvalue()


def garbage(size: int, seed: int, no_nul: bool = False) -> bytes:
    rng = random.Random(seed)
    # Without NUL and without the five bytes cp1252 leaves undefined, it decodes as cp1252.
    alphabet = [b for b in range(256) if b not in {0, 0x81, 0x8D, 0x8F, 0x90, 0x9D}] if no_nul else range(256)
    return bytes(rng.choice(alphabet) for _ in range(size))


def mixed_line_endings(text: str) -> str:
    """The lines ended by "\\r\\n", "\\n" and "\\r" in turn. In this order a "\\r" is never
    followed by an empty line's "\\n", which would make one "\\r\\n" of two line ends."""
    endings = ["\r\n", "\n", "\r"]
    lines = text.split("\n")
    return "".join(line + endings[i % 3] for i, line in enumerate(lines[:-1])) + lines[-1]


# What each file of the batch must get: an error code, or None for a normal record.
EXPECTED = {
    "good": None,
    "empty": "empty_input",
    "garbage_txt": "not_text",
    "garbage_no_nul": "not_text",
    "garbage_pdf": "unreadable_pdf",
    "truncated": "unreadable_pdf",
    "encrypted": "encrypted_pdf",
    "zero_pages": "no_pages",
    "500_pages": "too_many_pages",
    "giant_image_in_pdf": "image_too_large",
    "giant_page": "empty_input",  # rendered under the pixel limit; the OCR finds a blank page
    "50mb": "input_too_large",
    "utf16le": None,
    "utf16be": None,
    "utf8bom": None,
    "mixed_endings": None,
    "no_cpts": None,
    "vanished": "unreadable_input",
    "locked": "unreadable_input",
    "20000px": "image_too_large",
    "bomb": "image_too_large",
    "compressible": "image_too_large",  # 144 Mpx: Pillow only warns
    "101_frames": "too_many_pages",
    "docx_bomb": "input_too_large",
}


def write_inbox(inbox: Path) -> None:
    (inbox / "sub").mkdir(parents=True)
    shutil.copy(GOOD, inbox / "good.txt")
    files = {
        "empty.txt": b"",
        "garbage_txt.txt": garbage(3000, seed=1),
        "garbage_no_nul.txt": garbage(3000, seed=2, no_nul=True),
        "garbage_pdf.pdf": garbage(3000, seed=3),
        "truncated.pdf": (whole := text_pdf(2))[:len(whole) // 2],
        "encrypted.pdf": text_pdf(encrypt="secret"),
        "zero_pages.pdf": raw_pdf([b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [] /Count 0 >>"]),
        "500_pages.pdf": text_pdf(500),
        "giant_image_in_pdf.pdf": one_page_pdf((612, 792), image_px=(100_000, 100_000)),
        "giant_page.pdf": one_page_pdf((14_400, 14_400), image_px=None),  # 200 x 200 inches
        "utf16le.txt": SHORT.encode("utf-16"),  # BOM and little-endian
        "utf16be.txt": b"\xfe\xff" + SHORT.encode("utf-16-be"),
        "utf8bom.txt": SHORT.encode("utf-8-sig"),
        "mixed_endings.txt": mixed_line_endings(GOOD.read_text(encoding="utf-8")).encode("utf-8"),
        "sub/no_cpts.txt": NO_CPTS.encode("utf-8"),
        "vanished.txt": SHORT.encode("utf-8"),
        "locked.txt": SHORT.encode("utf-8"),
        "20000px.png": png(20_000, 20_000),
        "bomb.png": png(100_000, 100_000, full=False),
        "compressible.png": png(12_000, 12_000),
        "101_frames.tiff": many_frames_tiff(101),
        "docx_bomb.docx": docx_bomb(),
    }
    for name, data in files.items():
        (inbox / name).write_bytes(data)
    with open(inbox / "50mb.txt", "wb") as handle:
        line = (SHORT.replace("\n", " ") + "\n").encode("utf-8")
        handle.write(line * (50 * 1024 * 1024 // len(line) + 1))
    # Symlink loops, and a FIFO, which the folder listing leaves out (not a regular file).
    (inbox / "sub" / "up").symlink_to("..", target_is_directory=True)
    (inbox / "self.txt").symlink_to("self.txt")
    os.mkfifo(inbox / "pipe.txt")


def deny_reading(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    """Opening `path` fails as a file without read permission would (we may run as root, for
    whom chmod 000 changes nothing), whichever way the pipeline opens it."""
    real_open, real_read_bytes = os.open, Path.read_bytes

    def os_open(file, flags, *args, **kwargs):
        if os.fspath(file) == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(file, flags, *args, **kwargs)

    def read_bytes(self):
        if str(self) == str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_read_bytes(self)

    monkeypatch.setattr(os, "open", os_open)
    monkeypatch.setattr(Path, "read_bytes", read_bytes)


def delete_after_listing(monkeypatch: pytest.MonkeyPatch, path: Path) -> None:
    real = cli.list_inputs

    def list_then_delete(paths):
        found = real(paths)
        path.unlink()
        return found

    monkeypatch.setattr(cli, "list_inputs", list_then_delete)


class FifoWatchdog:
    """Opens the FIFO for writing, again and again, once `after` seconds have passed: a reader
    stuck on it gets end of file, so that a test fails instead of hanging. A process, not a
    thread: the batch forks its workers."""

    SCRIPT = ("import os, sys, time\ntime.sleep(float(sys.argv[2]))\nwhile True:\n"
              "    try: os.close(os.open(sys.argv[1], os.O_WRONLY | os.O_NONBLOCK))\n"
              "    except OSError: pass\n    time.sleep(0.1)\n")

    def __init__(self, fifo: Path, after: float = 10.0):
        self.process = subprocess.Popen([sys.executable, "-c", self.SCRIPT, str(fifo), str(after)])

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.process.kill()
        self.process.wait()


# --- the batch -----------------------------------------------------------------------------

@pytest.fixture(scope="module")
def batch(tmp_path_factory):
    """One run of `extract` over the folder of hostile files and the good communiqué."""
    tmp = tmp_path_factory.mktemp("hostile")
    inbox, out = tmp / "in", tmp / "out"
    write_inbox(inbox)
    with pytest.MonkeyPatch.context() as monkeypatch, FifoWatchdog(inbox / "pipe.txt"):
        deny_reading(monkeypatch, inbox / "locked.txt")
        delete_after_listing(monkeypatch, inbox / "vanished.txt")
        status = main(["extract", str(inbox), "--out", str(out)])
    records = {path.stem: json.loads(path.read_text(encoding="utf-8")) for path in out.glob("*.json")}
    return status, inbox, out, records


def test_every_input_gets_its_record_and_the_batch_goes_on(batch):
    status, _, out, records = batch
    assert status == 1  # some inputs failed
    # Each real file once: the symlink loops are not followed, the FIFO and the link to
    # itself are not regular files; nothing else was written.
    assert sorted(records) == sorted(EXPECTED)
    got = {stem: record.get("error", {}).get("code") for stem, record in records.items()}
    assert got == EXPECTED
    for stem, record in records.items():
        if "error" in record:
            assert record["cpts"] == [] and record["error"]["message"], stem
            assert not (out / f"{stem}.txt").exists(), stem
        else:
            assert (out / f"{stem}.txt").exists(), stem
    assert not [p.name for p in out.iterdir() if p.suffix not in {".json", ".txt"} and p.name != ".extract-state"]
    assert main(["validate", *map(str, sorted(out.glob("*.json")))]) == 0


def test_good_communique_is_still_right(batch):
    _, inbox, out, records = batch
    assert records["good"]["cpts"][0]["key"] == "grand-auxerrois-et-armance"
    assert (out / "good.txt").read_text(encoding="utf-8") == (inbox / "good.txt").read_text(encoding="utf-8")


@pytest.mark.parametrize("stem", ["utf16le", "utf16be", "utf8bom"])
def test_text_encodings_with_a_byte_order_mark(batch, stem):
    _, _, out, records = batch
    assert (out / f"{stem}.txt").read_text(encoding="utf-8") == SHORT
    cpts = records[stem]["cpts"][0]
    assert cpts["professionals_count"]["value"] == 80 and cpts["population"]["value"] == 30000


def evidences(value):
    if isinstance(value, dict):
        if {"quote", "start", "end"} <= value.keys():
            yield value
        for item in value.values():
            yield from evidences(item)
    elif isinstance(value, list):
        for item in value:
            yield from evidences(item)


def test_mixed_line_endings_give_the_same_record(batch):
    _, _, out, records = batch
    mixed, plain = records["mixed_endings"], records["good"]
    assert mixed["cpts"] == plain["cpts"] and mixed["warnings"] == plain["warnings"]
    assert mixed["document"]["text_sha256"] == plain["document"]["text_sha256"]
    text = (out / "mixed_endings.txt").read_bytes().decode("utf-8")
    assert text == (out / "good.txt").read_bytes().decode("utf-8")
    found = list(evidences(mixed))
    assert found and all(text[e["start"]:e["end"]] == e["quote"] for e in found)


def test_a_communique_without_a_cpts_is_a_record_with_a_warning(batch):
    record = batch[3]["no_cpts"]
    assert record["cpts"] == []
    assert [w["code"] for w in record["warnings"]] == ["no_cpts_found"]


@pytest.mark.parametrize("stem, words", [
    ("50mb", ["bytes", "the limit for this kind of file is 5,242,880"]),
    ("500_pages", ["500 pages", "limit is 100"]),
    ("101_frames", ["101 frames"]),
    ("20000px", ["400,000,000 pixels"]),
    ("bomb", ["10,000,000,000 pixels"]),
    ("compressible", ["12,000 x 12,000"]),
    ("giant_image_in_pdf", ["page 1", "100,000 x 100,000"]),
    ("encrypted", ["password"]),
    ("garbage_pdf", ["not a PDF"]),
    ("vanished", ["gone"]),
    ("locked", ["ermission denied"]),
])
def test_messages_say_what_is_wrong(batch, stem, words):
    message = batch[3][stem]["error"]["message"]
    assert all(word in message for word in words), message


def test_a_fifo_named_on_the_command_line_is_refused_without_blocking(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    (tmp_path / "short.txt").write_text(SHORT, encoding="utf-8")
    out = tmp_path / "out"
    with FifoWatchdog(fifo):
        assert main(["extract", str(fifo), str(tmp_path / "short.txt"), "--out", str(out)]) == 1
    record = json.loads((out / "pipe.json").read_text(encoding="utf-8"))
    assert record["error"]["code"] == "not_a_regular_file", record["error"]
    assert "FIFO" in record["error"]["message"]
    assert "error" not in json.loads((out / "short.json").read_text(encoding="utf-8"))


# --- the readers' limits, below the command line ---------------------------------------------

def test_a_giant_page_is_rendered_under_the_pixel_limit():
    import pypdfium2 as pdfium

    from pipeline.readers.pdf import render_page

    document = pdfium.PdfDocument(one_page_pdf((14_400, 14_400), image_px=None))
    try:
        picture = render_page(document, 0)
    finally:
        document.close()
    assert picture.width * picture.height <= limits.MAX_RENDER_PIXELS
    assert picture.info["dpi"][0] < 300


def test_a_tesseract_timeout_is_an_ocr_timeout(monkeypatch):
    import pytesseract

    from pipeline.errors import OcrTimeout
    from pipeline.readers import ocr

    def too_slow(*args, **kwargs):
        assert kwargs["timeout"] == limits.OCR_TIMEOUT_SECONDS
        raise RuntimeError("Tesseract process timeout")

    monkeypatch.setattr(pytesseract, "image_to_data", too_slow)
    with pytest.raises(OcrTimeout, match="past the limit"):
        ocr.run_tesseract("page.bmp", 300)
