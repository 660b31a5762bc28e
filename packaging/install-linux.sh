#!/usr/bin/env bash
# Installs the Klantreis bundle this script sits in for the current user (no root needed).
#
#   ./install-linux.sh              install or update
#   ./install-linux.sh --uninstall  remove it again (your .klantreis files are not touched)
#
# Puts the bundle in ~/.local/lib/klantreis, a link in ~/.local/bin, and the desktop entry,
# the application/x-klantreis file type, the AppStream metainfo and the icons in
# ~/.local/share, so the app shows in the menu and .klantreis files open in it.
# PREFIX (default ~/.local) moves all of it; XDG_DATA_HOME moves only the share part.
set -euo pipefail
APP_ID=nl.klantreis.Desktop
MIME_TYPE=application/x-klantreis
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
if [ -n "${PREFIX:-}" ]; then
  DATA="$PREFIX/share"
else
  PREFIX="$HOME/.local"
  DATA="${XDG_DATA_HOME:-$PREFIX/share}"
fi
APPDIR="$PREFIX/lib/klantreis"
BINLINK="$PREFIX/bin/klantreis"

say() { printf '%s\n' "$*"; }
fail() { printf 'install-linux.sh: %s\n' "$*" >&2; exit 1; }

refresh_caches() {
  if command -v update-mime-database >/dev/null 2>&1; then
    update-mime-database "$DATA/mime" >/dev/null 2>&1 || say "note: update-mime-database failed"
  fi
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$DATA/applications" 2>/dev/null || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1 && [ -f "$DATA/icons/hicolor/index.theme" ]; then
    gtk-update-icon-cache -q -t -f "$DATA/icons/hicolor" 2>/dev/null || true
  fi
}

icon_files() {  # relative paths of our icons, e.g. 48x48/apps/nl.klantreis.Desktop.png
  (cd "$1" && find . -type f \( -name "$APP_ID.*" -o -name "${MIME_TYPE/\//-}.*" \) | sed 's|^\./||')
}

uninstall() {
  if [ -d "$APPDIR/linux/icons/hicolor" ]; then
    while IFS= read -r icon; do rm -f "$DATA/icons/hicolor/$icon"; done \
      < <(icon_files "$APPDIR/linux/icons/hicolor")
  fi
  rm -f "$DATA/applications/$APP_ID.desktop" "$DATA/mime/packages/$APP_ID.xml" \
        "$DATA/metainfo/$APP_ID.metainfo.xml"
  if [ -L "$BINLINK" ] && [ "$(readlink "$BINLINK")" = "$APPDIR/klantreis" ]; then
    rm -f "$BINLINK"
  fi
  if [ -x "$APPDIR/klantreis" ]; then  # only ever remove a folder that is our bundle
    rm -rf "$APPDIR"
  fi
  refresh_caches
  say "Klantreis removed from $PREFIX."
}

install() {
  [ -x "$HERE/klantreis" ] || fail "no klantreis executable next to this script (run it from the built bundle, dist/klantreis/)"
  [ -f "$HERE/linux/$APP_ID.desktop" ] || fail "linux/$APP_ID.desktop is missing from the bundle"
  [ -d "$HERE/linux/icons/hicolor" ] || fail "linux/icons/ is missing (packaging/render_icons.py makes it)"

  mkdir -p "$PREFIX/lib" "$PREFIX/bin" "$DATA/applications" "$DATA/mime/packages" \
           "$DATA/metainfo" "$DATA/icons/hicolor"
  if [ "$HERE" != "$APPDIR" ]; then  # copy first, then swap: never a half-installed app
    rm -rf "$APPDIR.new"
    cp -R "$HERE" "$APPDIR.new"
    if [ -e "$APPDIR" ]; then
      [ -x "$APPDIR/klantreis" ] || fail "$APPDIR exists and is not a Klantreis bundle; not touching it"
      rm -rf "$APPDIR"
    fi
    mv "$APPDIR.new" "$APPDIR"
  fi
  ln -sfn "$APPDIR/klantreis" "$BINLINK"

  sed -e "s|^Exec=klantreis |Exec=\"$APPDIR/klantreis\" |" \
      -e "s|^TryExec=.*|TryExec=$APPDIR/klantreis|" \
      "$APPDIR/linux/$APP_ID.desktop" > "$DATA/applications/$APP_ID.desktop"
  cp "$APPDIR/linux/$APP_ID.xml" "$DATA/mime/packages/$APP_ID.xml"
  cp "$APPDIR/linux/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
  while IFS= read -r icon; do
    mkdir -p "$(dirname "$DATA/icons/hicolor/$icon")"
    cp "$APPDIR/linux/icons/hicolor/$icon" "$DATA/icons/hicolor/$icon"
  done < <(icon_files "$APPDIR/linux/icons/hicolor")

  refresh_caches
  # make it the default for .klantreis (a user's later choice in the file manager still wins)
  if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default "$APP_ID.desktop" "$MIME_TYPE" 2>/dev/null || true
  elif command -v gio >/dev/null 2>&1; then
    gio mime "$MIME_TYPE" "$APP_ID.desktop" >/dev/null 2>&1 || true
  fi
  say "Klantreis installed in $APPDIR"
  say "  command:  $BINLINK"
  say "  menu:     $DATA/applications/$APP_ID.desktop"
  case ":$PATH:" in
    *":$PREFIX/bin:"*) ;;
    *) say "note: $PREFIX/bin is not on your PATH; the menu entry works regardless." ;;
  esac
}

case "${1:-}" in
  "") install ;;
  --uninstall) uninstall ;;
  -h|--help) sed -n '2,11p' "$0" ;;
  *) fail "unknown option $1 (use --uninstall or nothing)" ;;
esac
