"""A department's coverage written in English with the figure between "now" and "covered", or covered by the
communities spelled out ("Mayenne is now 100% covered by territorial professional health communities (CPTS)");
a CPTS's own share stays its own. Invented texts only."""
from __future__ import annotations


def _coverage(record: dict) -> list[tuple[str, float]]:
    return [(c["department"], c["percent"]) for c in record.get("department_coverage") or []]


def test_now_a_figure_covered_by_the_communities(record_of):
    record = record_of("The CPTS Val Fleuri signed its contract. With it, Mayenne is now 100% covered by territorial "
                       "professional health communities (CPTS).")
    assert _coverage(record) == [("53", 100)]
    assert record["cpts"][0]["percentages"] == []


def test_a_cpts_s_own_share(record_of):
    record = record_of("The CPTS Val Fleuri covers 40% of the population of Mayenne.")
    assert _coverage(record) == []
    assert [(p["value"], p["kind"]) for p in record["cpts"][0]["percentages"]] == [(40, "share_of_department_population")]
