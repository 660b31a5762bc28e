# Sourced: the Debian packages the app and its tests need (scripts/bootstrap.sh installs
# them when run as root; otherwise it names the missing ones).
# A real Qt window (xcb platform): the libraries DESIGN.md lists.
WINDOW_PACKAGES=(libxcb-cursor0 libxkbcommon-x11-0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libegl1 libgl1
  libfontconfig1 libdbus-1-3)
# The tests: PDF rendering, and for the real-window day a virtual screen, a window manager,
# X11 input, screenshots and OCR; for room mode's browser test Debian's chromium (Playwright
# drives it) and iproute2 (its private network in two namespaces).
TEST_PACKAGES=(poppler-utils xvfb openbox xdotool x11-utils imagemagick tesseract-ocr
  chromium chromium-driver iproute2
  "${WINDOW_PACKAGES[@]}")
