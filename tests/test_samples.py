"""The shipped sample files are exactly what their specs build (nobody edits them by hand)."""

import pytest

from klantreis_desktop import storage, templates
from klantreis_desktop.model.invariants import problems


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("name", templates.SAMPLES)
def test_shipped_sample_matches_its_spec(name, lang):
    path = templates.sample_path(name, lang)
    built = templates.build_sample(name, lang)
    assert path.read_bytes() == storage.dumps(built), "run scripts/make-samples"
    loaded = storage.read(path)
    assert loaded.warnings == []
    assert problems(loaded.document) == []
