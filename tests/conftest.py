"""Test set-up: Qt offscreen, and a private home so no test touches the user's folders."""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_HOME = Path(tempfile.mkdtemp(prefix="klantreis-test-home-"))
for var, sub in (("HOME", ""), ("XDG_CONFIG_HOME", ".config"), ("XDG_DATA_HOME", ".local/share"),
                 ("XDG_CACHE_HOME", ".cache"), ("XDG_STATE_HOME", ".local/state")):
    os.environ[var] = str(_HOME / sub)

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import pytest  # noqa: E402
from hypothesis import settings as hypothesis_settings  # noqa: E402

from klantreis_desktop import i18n  # noqa: E402

# Property tests draw the same examples on every run (a seed from each test's name), so the
# suite passes or fails the same way each time; a case they once found is kept as an
# explicit test. HYPOTHESIS_PROFILE=explore draws fresh examples to look for new ones.
hypothesis_settings.register_profile("ci", derandomize=True, database=None)
hypothesis_settings.register_profile("explore", max_examples=500)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


def pytest_collection_modifyitems(config, items):
    """Tests marked ``posix`` need POSIX-only calls (geteuid, fork, SIGKILL, resource):
    they are skipped on Windows (the GitHub workflow runs the suite there too)."""
    if os.name == "posix":
        return
    skip = pytest.mark.skip(reason="needs POSIX (geteuid, fork, SIGKILL or resource)")
    for item in items:
        if "posix" in item.keywords:
            item.add_marker(skip)


@pytest.fixture(autouse=True)
def _english_by_default():
    """Tests run in English unless they choose Dutch; the language is reset afterwards."""
    i18n.set_language("en")
    yield
    i18n.set_language("en")


@pytest.fixture(scope="session", autouse=True)
def _no_lock_files_in_the_shipped_folder():
    """A test that opens a shipped sample must not leave a lock file (``.~lock.NAME#``)
    inside resources/: the samples are read-only originals (see FileActions)."""
    from klantreis_desktop.shipped_files import resources_dir

    before = set(resources_dir().rglob(".~lock.*#"))
    yield
    left = sorted(set(resources_dir().rglob(".~lock.*#")) - before)
    assert not left, f"lock files left in the shipped folder: {left}"


@pytest.fixture(scope="session", autouse=True)
def _clear_clipboard_before_qt_exits():
    """Qt's offscreen clipboard crashes at interpreter exit while it still owns data a
    test copied (exit code 139 after "passed"); empty it while Qt is still alive."""
    yield
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance()
    if app is not None:
        app.clipboard().clear()
        _delete_qt_objects_while_qt_lives(app)


def _delete_qt_objects_while_qt_lives(app) -> None:
    """Scenes and views that tests left behind must go before QApplication does; left to
    interpreter shutdown they are destroyed in random order and segfault (exit 139)."""
    import gc

    from PySide6.QtCore import QCoreApplication, QEvent

    for widget in app.topLevelWidgets():
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    gc.collect()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
