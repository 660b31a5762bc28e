"""Measured data on touchpoints and phases: one undo step, checked, kept through save/load."""

from __future__ import annotations

import uuid

import pytest

from klantreis_desktop import storage
from klantreis_desktop.model import builder
from klantreis_desktop.model import measures as m
from klantreis_desktop.model.invariants import problems
from klantreis_desktop.model.model_error import ModelError

SPEC = {
    "title": "Meten",
    "personas": [{"id": "esther", "name": "Esther"}],
    "journeys": [{
        "id": "j", "title": "Reis", "personas": ["esther"],
        "phases": [{"id": "a", "title": "Oriëntatie"}, {"id": "b", "title": "Aankoop"}],
        "lanes": [{"id": "tp", "title": "Contactmomenten", "lane_type": "touchpoints"}],
        "cards": [{"id": "t1", "kind": "touchpoint", "phase": "a", "lane": "tp", "title": "Zoekt"},
                  {"id": "t2", "kind": "touchpoint", "phase": "b", "lane": "tp", "title": "Boekt"},
                  {"id": "n1", "kind": "note", "phase": "b", "lane": "tp", "title": "Notitie"}],
    }],
}


def _id(local: str) -> str:
    return uuid.uuid5(builder._NAMESPACE, f"Meten/{local}").hex


J, A, B, T1, T2, N1, ESTHER = map(_id, ("j", "a", "b", "t1", "t2", "n1", "esther"))


def _doc():
    return builder.build(SPEC)


def test_metrics_are_one_undo_step_and_undo_leaves_no_trace():
    doc = _doc()
    before = {n: dict(d) for n, d in doc.graph.nodes(data=True)}
    change = m.update_metrics(doc, J, {
        T1: [m.MetricValue("nps", 32.0, source="Enquête Q3", date="2026-09-30")],
        A: [m.MetricValue("conversion", 12.5)]})
    doc.apply(change)
    assert m.metric_value(doc, T1, "nps").value == 32.0
    assert m.metric_value(doc, T1, "nps").source == "Enquête Q3"
    assert [d.name for d in m.metric_defs(doc, J)] == ["nps", "conversion"]
    assert m.metric_def_of(doc, J, "conversion").unit == "%"
    assert problems(doc) == []
    doc.apply(change.inverse())
    assert {n: dict(d) for n, d in doc.graph.nodes(data=True)} == before


def test_a_figure_outside_its_bounds_refuses_the_whole_change():
    doc = _doc()
    with pytest.raises(ModelError, match="percentage"):
        m.update_metrics(doc, J, {T1: [m.MetricValue("csat", 80.0)],
                                    T2: [m.MetricValue("csat", 1e9)]})
    with pytest.raises(ModelError):
        m.update_metrics(doc, J, {N1: [m.MetricValue("nps", 1.0)]})
    assert m.metrics_of(doc, T1) == []


def test_a_later_figure_replaces_the_same_metric_and_segment():
    doc = _doc()
    doc.apply(m.update_metrics(doc, J, {T1: [m.MetricValue("nps", 10.0),
                                                 m.MetricValue("nps", 5.0, segment="zakelijk")]}))
    doc.apply(m.update_metrics(doc, J, {T1: [m.MetricValue("nps", 20.0)]}))
    assert sorted((v.segment, v.value) for v in m.metrics_of(doc, T1)) == [
        ("", 20.0), ("zakelijk", 5.0)]


def test_free_metrics_get_a_key_and_percent_bounds():
    d = m.metric_def("Wacht-tijd bij de balie", unit="%")
    assert d.name == "wacht_tijd_bij_de_balie" and (d.minimum, d.maximum) == (0.0, 100.0)
    assert m.metric_def("ces").maximum == 7.0
    assert m.metric_def("drop_off").higher_is_better is False


def test_heat_puts_the_best_touchpoint_at_one():
    doc = _doc()
    doc.apply(m.update_metrics(doc, J, {T1: [m.MetricValue("waiting_time", 10.0)],
                                          T2: [m.MetricValue("waiting_time", 2.0)]}))
    assert m.metric_heat(doc, J, "waiting_time") == {T1: 0.0, T2: 1.0}


def test_measured_scores_validate_and_rescale():
    doc = _doc()
    score = m.MeasuredScore("Esther", 7.0, 5.0, 8.0, 40, 1, 10, persona=ESTHER)
    doc.apply(m.update_measured(doc, {T1: [score]}))
    assert m.measured_of(doc, T1) == [score]
    median, q1, q3 = score.on_scale((-2, 2))
    assert q1 < median < q3 and round(median, 3) == round(-2 + 6 / 9 * 4, 3)
    with pytest.raises(ModelError):
        m.update_measured(doc, {T2: [m.MeasuredScore("x", 7.0, 8.0, 9.0, 3, 1, 10)]})
    doc.apply(m.clear_measured(doc, J))
    assert "measured_scores" not in doc.graph.nodes[T1]


def test_broken_measured_data_in_a_file_is_a_problem():
    doc = _doc()
    doc.graph.nodes[T1]["metrics"] = [{"metric": "nps", "value": "veel"}]
    doc.graph.nodes[N1]["measured_scores"] = []
    doc.invalidate()
    found = problems(doc)
    assert any(T1 in line for line in found) and any(N1 in line for line in found)


def test_measured_data_survives_save_and_load(tmp_path):
    doc = _doc()
    doc.apply(m.update_metrics(doc, J, {T1: [m.MetricValue("nps", -12.5, n=120)]}))
    doc.apply(m.update_measured(doc, {A: [m.MeasuredScore("B2B", 1.0, 0.0, 1.5, 9, -2, 2)]}))
    path = tmp_path / "meten.klantreis"
    storage.save(doc, path)
    again = storage.read(path).document
    assert m.metrics_of(again, T1) == m.metrics_of(doc, T1)
    assert m.measured_of(again, A) == m.measured_of(doc, A)
    assert m.metric_defs(again, J) == m.metric_defs(doc, J)
