#!/bin/sh
# Renders the bundled sample's report.html with headless Chromium to a PNG, to look at the page
# as a reader would. Run it from anywhere after `mvn -B -q -DskipTests package`:
#
#   examples/screenshot.sh [OUT.png [WIDTH [HEIGHT]]]
#
# OUT.png defaults to examples/target/report.png, WIDTH to 1280 (390 shows it as on a phone) and
# HEIGHT to 7000 pixels from the top of the page. Needs the Debian package `chromium`; exits 3
# with a message when it or the built tool is missing. Nothing is fetched: the page is
# self-contained and Chromium runs with its background networking off.
set -eu

here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
out=${1:-$root/examples/target/report.png}
width=${2:-1280}
height=${3:-7000}

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "screenshot.sh: headless Chromium is not installed; on Debian: apt-get install chromium" >&2
  exit 3
fi
convoca=$root/examples/target/convoca/bin/convoca
if [ ! -x "$convoca" ]; then
  echo "screenshot.sh: $convoca is not built; run: mvn -B -q -DskipTests package" >&2
  exit 3
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT INT TERM
"$convoca" assess "$root/examples/src/main/resources/org/convoca/examples/federal-call-2021.json" \
  --out "$work/outcome" --format html >/dev/null
# --no-sandbox: Chromium's sandbox refuses to run as root, as in CI containers.
"$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --window-size="$width,$height" --screenshot="$out" "file://$work/outcome/report.html" >/dev/null 2>&1
echo "wrote $out"
