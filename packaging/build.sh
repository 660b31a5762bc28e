#!/usr/bin/env bash
# Builds the one-folder bundle dist/klantreis/ and checks it with its own smoke test.
#
#   packaging/build.sh              wheel, icons, PyInstaller, desktop files, smoke test
#   packaging/build.sh --tar        also pack dist/klantreis-<version>-linux-<arch>.tar.gz
#   packaging/build.sh --no-smoke   skip running the bundle (e.g. on a machine without Qt libs)
#   packaging/build.sh --clean      throw away PyInstaller's cache first
#
# Environment: PYTHON (default .venv/bin/python, with PyInstaller installed),
# DIST (default dist), WORK (default build/pyinstaller), QT_QPA_PLATFORM (default offscreen
# for the smoke test). Exit code: 0 only when the bundle was built and its smoke test passed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-$ROOT/.venv/bin/python}"
DIST="${DIST:-$ROOT/dist}"
WORK="${WORK:-$ROOT/build/pyinstaller}"
TAR=0 SMOKE=1 CLEAN=()
for arg in "$@"; do
  case "$arg" in
    --tar) TAR=1 ;;
    --no-smoke) SMOKE=0 ;;
    --clean) CLEAN=(--clean) ;;
    -h|--help) sed -n '2,12p' "$0"; exit 0 ;;
    *) echo "build.sh: unknown option $arg" >&2; exit 2 ;;
  esac
done
if ! "$PY" -c "import PyInstaller" 2>/dev/null; then
  echo "build.sh: PyInstaller is missing; install it with: $PY -m pip install pyinstaller" >&2
  exit 1
fi
started=$SECONDS
VERSION="$("$PY" -c 'import klantreis_desktop as k; print(k.__version__)')"

echo "== 1/5 the wheel, installed into a folder of its own"
# The bundle is made from the installed package, so it finds its files the one way every
# installation does (klantreis_desktop/shipped_files.py): the wheel's klantreis_desktop/shipped/.
rm -rf "$WORK/wheel" "$WORK/site"
mkdir -p "$WORK"  # a fresh clone has no build/ yet (the log below goes beside $WORK)
"$PY" -m build --wheel --outdir "$WORK/wheel" "$ROOT" >"$WORK-wheel.log" 2>&1 || {
  tail -30 "$WORK-wheel.log" >&2; echo "build.sh: building the wheel failed" >&2; exit 1; }
"$PY" -m pip install --quiet --no-deps --target "$WORK/site" "$WORK"/wheel/*.whl
export KLANTREIS_SITE="$WORK/site"

echo "== 2/5 icons (SVG -> PNG, .ico, .icns)"
"$PY" packaging/render_icons.py --ico build/icons/klantreis.ico --icns build/icons/klantreis.icns

echo "== 3/5 PyInstaller"
"$PY" -m PyInstaller --noconfirm --log-level WARN "${CLEAN[@]}" \
  --distpath "$DIST" --workpath "$WORK" packaging/klantreis.spec
BUNDLE="$DIST/klantreis"

echo "== 4/5 desktop integration files"
rm -rf "$BUNDLE/linux"
cp -R packaging/linux "$BUNDLE/linux"
cp packaging/install-linux.sh "$BUNDLE/install-linux.sh"
chmod +x "$BUNDLE/install-linux.sh"
echo "bundle: $BUNDLE ($(du -sh "$BUNDLE" | cut -f1)), built in $((SECONDS - started)) s"

if [ "$SMOKE" = 1 ]; then
  echo "== 5/5 smoke test of the bundle"
  QT_QPA_PLATFORM="${QT_QPA_PLATFORM:-offscreen}" "$BUNDLE/klantreis" --smoke-test
else
  echo "== 5/5 smoke test skipped"
fi

if [ "$TAR" = 1 ]; then
  archive="$DIST/klantreis-$VERSION-linux-$(uname -m).tar.gz"
  tar -C "$DIST" -czf "$archive" klantreis
  echo "archive: $archive ($(du -h "$archive" | cut -f1))"
fi
echo "build.sh: done in $((SECONDS - started)) s"
