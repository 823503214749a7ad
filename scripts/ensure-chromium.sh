#!/usr/bin/env bash
# Make sure Debian's chromium is installed (the test of the HTML review renders its pages in a
# headless browser through playwright; extraction and `make review` do not need it).
set -u
if command -v chromium >/dev/null 2>&1; then
    exit 0
fi
if [ "$(id -u)" = "0" ] && command -v apt-get >/dev/null 2>&1; then
    echo "Installing chromium (apt-get)..."
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq >/dev/null && apt-get install -y -qq chromium >/dev/null \
        && exit 0
    echo "warning: apt-get could not install chromium; the browser test of the review will fail." >&2
    exit 0
fi
cat >&2 <<'MSG'
warning: chromium is missing. The browser test of the HTML review (tests/test_review.py) will
fail until it is installed, e.g. on Debian/Ubuntu:
    sudo apt-get install chromium
MSG
exit 0
