# Sourced by run-app and run-tests: makes .venv with everything installed and the .qm built.
# Safe to run again; it only does work when something is missing or changed.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"
PY="${PYTHON:-python3}"

need_apt=()
for pkg in "$@"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || need_apt+=("$pkg")
done
if [ ${#need_apt[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "Installing Debian packages: ${need_apt[*]}"
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else
    echo "Missing Debian packages (install them as root): ${need_apt[*]}" >&2
    exit 1
  fi
fi

if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip >/dev/null
  .venv/bin/python -m pip install -q -e ".[test,package]"
  rm -f .venv/.installed-*; touch "$stamp"
fi
# Translations: .ts in i18n/ are the source of truth; .qm are built, never kept.
for ts in i18n/*.ts; do
  [ -e "$ts" ] || continue
  qm="${ts%.ts}.qm"
  if [ ! -f "$qm" ] || [ "$ts" -nt "$qm" ]; then
    # Built beside and renamed into place: lrelease rewrites a file in place, and a
    # running app has its .qm mapped into memory (Qt reads translations from the map),
    # so an in-place rewrite crashed an app under test in translate() (SIGSEGV).
    .venv/bin/pyside6-lrelease -silent "$ts" -qm "$qm.new" && mv -f "$qm.new" "$qm"
  fi
done
