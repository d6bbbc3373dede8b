#!/usr/bin/env bash
# Makes resources/fonts from the full Noto Sans files (npm package @expo-google-fonts/noto-sans):
# only the scripts Komak's documents use — Latin (Uzbek oʻ gʻ with U+02BB, Latin Extended), Cyrillic
# (Russian and Uzbek ў қ ғ ҳ), Greek (diagnoses), punctuation, currency, №, arrows, ≤ ≥, boxes, ✓ —
# with every OpenType layout feature kept. A full Noto Sans is parsed by pdfmake for every document;
# the subset is a third of the size and keeps a PDF's memory and time down.
# Needs fontTools (Debian: apt-get install python3-fonttools). Usage: scripts/subset-fonts.sh DIR_WITH_FULL_TTFS
set -euo pipefail
src="${1:?the folder with the full NotoSans-*.ttf}"
out="$(dirname "$0")/../resources/fonts"
ranges="U+0020-007E,U+00A0-024F,U+0259,U+02B0-02FF,U+0300-036F,U+0370-03FF,U+0400-052F,U+1E00-1EFF,U+2000-206F,U+20A0-20CF,U+2100-214F,U+2190-21FF,U+2200-22FF,U+2500-25FF,U+2713,U+2714,U+2717,U+FEFF,U+FFFD"
for style in Regular Bold Italic BoldItalic; do
  python3 -m fontTools.subset "$src/NotoSans-$style.ttf" --unicodes="$ranges" --layout-features='*' --no-hinting \
    --output-file="$out/NotoSans-$style.ttf"
done
