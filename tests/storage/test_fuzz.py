"""Fuzzing every loader: 1,000 seeded mutations of valid files, only typed errors allowed.

The same code runs 10,000+ cases by hand: ``scripts/fuzz.py --cases 10000``.
"""

from __future__ import annotations

import pytest

from klantreis_desktop.model.document import Document

from . import fuzzing
from .helpers import sample_doc

CI_CASES = 1_000


def test_a_thousand_mutated_files_give_only_typed_errors(qapp, tmp_path):
    report = fuzzing.run(CI_CASES, seed=20261125, folder=tmp_path,
                         scene_factory=fuzzing.qt_scene_factory())
    print(f"\nfuzz: {report.cases} cases, {report.opened} opened ({report.scenes} scenes), "
          f"{report.rejected} refused {report.codes}, mutations {report.by_mutation}")
    assert report.cases == CI_CASES
    details = [f"{f['name']} ({f['stage']}): {f['detail'][-800:]}" for f in report.findings]
    assert details == []
    # The mutations really exercise both paths: some files still open, most are refused.
    assert report.opened > 50 and report.rejected > 500
    assert {"truncate", "flip", "json-document", "json-manifest", "json-v1"} <= set(
        report.by_mutation)
    assert list(tmp_path.iterdir()) == []


def test_the_fuzzer_reports_a_loader_that_breaks(tmp_path):
    """The harness itself can fail: a crashing stage becomes a finding, not a pass."""
    def broken_scene(_doc: Document) -> None:
        raise ZeroDivisionError("the canvas fell over")

    report = fuzzing.FuzzReport()
    from klantreis_desktop.storage import dumps

    fuzzing.check_case(dumps(sample_doc()), "goed.klantreis", tmp_path, report, broken_scene)
    assert report.opened == 1
    assert [f["stage"] for f in report.findings] == ["scene"]
    assert "ZeroDivisionError" in report.findings[0]["detail"]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_mutations_are_reproducible_from_their_seed(seed):
    import random

    base = fuzzing.base_files()[0][1]
    first = fuzzing.mutate(base, random.Random(seed))
    assert fuzzing.mutate(base, random.Random(seed)) == first
