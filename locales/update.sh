#!/bin/sh
# Re-extract the message ids from bot/ and merge them into every catalog (new ids arrive
# untranslated, changed ones fuzzy: translate them, then run tests/bot/test_catalogs.py and
# tests/bot/test_i18n.py). Run from anywhere; uses the pybabel on PATH (or PYBABEL=...).
set -eu
cd "$(dirname "$0")/.."
PYBABEL="${PYBABEL:-pybabel}"
"$PYBABEL" extract -F babel.cfg -k N_ -k N_plural:1,2 --no-default-keywords \
    --project tipline --copyright-holder "Tipline contributors" -o locales/messages.pot .
"$PYBABEL" update -w 100 -i locales/messages.pot -d locales
