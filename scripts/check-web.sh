#!/usr/bin/env bash
# Drives the web review page in headless Chromium (scripts/check-web.py):
# needs Debian's chromium and chromium-driver; installs Selenium from PyPI
# into .build/web-venv once. Arguments go to check-web.py.
set -euo pipefail
cd "$(dirname "$0")/.."
venv=.build/web-venv
if [ ! -x "$venv/bin/python" ] || ! "$venv/bin/python" -c "import selenium" 2>/dev/null; then
    python3 -m venv "$venv"
    "$venv/bin/pip" install -q "selenium==4.51.0"
fi
swift build --product recall-server
"$venv/bin/python" scripts/check-web.py "$@"
