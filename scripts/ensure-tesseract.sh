#!/usr/bin/env bash
# Make sure tesseract with its French and English data is installed (scanned PDFs and photos
# need it; text, PDF with a text layer, DOCX and HTML do not), and its orientation data (osd),
# which turns pages scanned on their side.
set -u
if command -v tesseract >/dev/null 2>&1; then
    langs=$(tesseract --list-langs 2>/dev/null)  # asked once: this runs before every make target
    have_lang() { printf '%s\n' "$langs" | grep -qx "$1"; }
    if have_lang fra && have_lang eng && have_lang osd; then
        exit 0
    fi
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing tesseract-ocr with French and English data (apt-get)..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng tesseract-ocr-osd >/dev/null \
        && exit 0
    echo "warning: apt-get could not install tesseract-ocr; scanned inputs will get error records." >&2
    exit 0
fi
cat >&2 <<'MSG'
warning: tesseract is missing (or lacks its French, English or orientation data). Scanned PDFs and images will get
error records until it is installed, e.g. on Debian/Ubuntu:
    sudo apt-get install tesseract-ocr tesseract-ocr-fra tesseract-ocr-eng tesseract-ocr-osd
MSG
exit 0
