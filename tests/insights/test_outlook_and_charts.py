import json
from collections import Counter
from pathlib import Path

import pytest

from onward.insights import charts, outlook
from onward.insights.funnel import Funnel, breakdown, gather
from onward.tracker.stages import Stage

TAXONOMY = Path(__file__).resolve().parents[2].parent / "shared" / "data" / "taxonomy"


@pytest.mark.parametrize(("title", "code"), [
    ("Registered Nurse", "29-1141"),
    ("Senior Software Engineer", "15-1252"),
    ("Accountant II", "13-2011"),
])
def test_titles_map_to_bls_occupations(title, code):
    assert outlook.match_title(title) == code


def test_unknown_title_has_no_occupation():
    assert outlook.match_title("Zorblax quux") is None


def test_occupation_rows_carry_projection_figures():
    occ = outlook.projection("15-1252")
    assert occ.title == "Software developers"
    assert occ.change_pct == pytest.approx(15.8)
    assert occ.openings == 115200
    assert occ.education == "Bachelor's degree"


def test_outlook_for_the_users_roles(history, alice):
    rows = {r.role: r for r in outlook.outlook_for(alice)}
    assert rows["software engineer"].occupation.code == "15-1252"
    assert rows["software engineer"].related
    assert rows["data analyst"].applications == 4


def test_data_file_ships_its_attribution():
    from importlib import resources

    text = resources.files("onward.insights").joinpath("data/ATTRIBUTION").read_text()
    assert "Employment Projections 2024–34" in text and "CC BY 4.0" in text


@pytest.mark.skipif(not TAXONOMY.is_dir(), reason="needs the taxonomy sources in ../shared/data/taxonomy")
def test_build_script_reproduces_the_shipped_file():
    import gzip
    import importlib.util
    from importlib import resources

    script = Path(__file__).parents[2] / "scripts" / "build_outlook.py"
    spec = importlib.util.spec_from_file_location("build_outlook", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = module.build(TAXONOMY)
    packed = resources.files("onward.insights").joinpath("data/outlook.json.gz").read_bytes()
    shipped = json.loads(gzip.decompress(packed))
    assert built == shipped
    assert len(built["occupations"]) == 832


def test_sankey_layout_conserves_flow():
    links = Counter({(Stage.APPLIED, Stage.INTERVIEWING): 3, (Stage.APPLIED, Stage.REJECTED): 5,
                     (Stage.INTERVIEWING, Stage.REJECTED): 2, (Stage.INTERVIEWING, Stage.OFFER): 1})
    nodes, bands = charts.sankey_layout(links)
    by_name = {n["stage"]: n for n in nodes}
    assert by_name[Stage.APPLIED]["value"] == 8
    assert by_name[Stage.INTERVIEWING]["value"] == 3
    assert by_name[Stage.REJECTED]["value"] == 7
    # Outcomes sit in the last column, right of every pipeline stage, so no band runs backwards.
    assert by_name[Stage.REJECTED]["x"] == max(n["x"] for n in nodes) > by_name[Stage.OFFER]["x"]
    # Every band starts and ends inside its nodes.
    for band in bands:
        src, dst = by_name[band["a"]], by_name[band["b"]]
        assert src["y0"] <= band["sy"] - band["value"] / 2 and band["sy"] + band["value"] / 2 <= src["y1"] + 1e-9
        assert dst["y0"] <= band["ty"] - band["value"] / 2 and band["ty"] + band["value"] / 2 <= dst["y1"] + 1e-9
    # Applications still waiting at a stage make its node taller than the bands leaving it.
    nodes, _ = charts.sankey_layout(links, Counter({Stage.APPLIED: 10}))
    assert next(n for n in nodes if n["stage"] == Stage.APPLIED)["value"] == 10
    chart = charts.sankey_chart(links)
    assert "Applied to Rejected: 5" in chart.description
    assert chart.svg().count("<path") == len(bands)


def test_chart_specs_carry_the_figures(history, alice):
    f = Funnel({"applied": 10, "responded": 4, "interviewed": 2, "offer": 1})
    chart = charts.funnel_chart(f)
    assert "applied 10, any response 4, interview 2, offer 1" in chart.description
    assert chart.svg().startswith("<svg") and 'role="img"' in chart.svg()
    groups = breakdown(gather(alice), "source")
    chart = charts.breakdown_chart(groups, "By source", "chart-source")
    assert "few, read with care" in chart.body and 'class="ch-faint"' in chart.body
    # One fixed-height block per group: a chart of one group is as tall per group as a chart of many.
    assert charts.breakdown_chart(groups[:1], "One", "c1").height == (chart.height - 28) // len(groups) + 28


def test_count_axes_use_whole_numbers_and_weekly_axes_tick_on_weeks():
    assert charts._whole_ticks(3) == [0, 1, 2, 3]
    assert charts._whole_ticks(7) == [0, 2, 4, 6, 8]
    assert all(isinstance(t, int) for t in charts._whole_ticks(0.4))
    rows = [{"week": w, "applications": a, "responses": r} for w, a, r in
            (("2026-03-02", 1, 0), ("2026-03-09", 2, 1), ("2026-03-16", 0, 0))]
    svg = charts.weekly_chart(rows).svg()
    assert [label in svg for label in ("2 Mar", "9 Mar", "16 Mar")] == [True, True, True]
    assert ">0.5<" not in svg and ">1.5<" not in svg
    assert charts.sankey_layout(Counter()) == ([], [])
