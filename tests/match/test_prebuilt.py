"""What a new data directory would build on its first `onward match` (the skill taxonomy, the occupation index,
the encoder's tokenizer) is shipped prebuilt and current: a change to its data or code without running
scripts/build_prebuilt.py fails here, not silently slow for every new user."""

from onward.core import cache, embeddings
from onward.match import occupations, taxonomy


def test_a_new_data_directory_builds_nothing_the_shipped_files_are_current(tmp_path, monkeypatch):
    monkeypatch.setenv("ONWARD_DATA_DIR", str(tmp_path))
    built = []
    monkeypatch.setattr(cache, "replace_cached", lambda payload, path, family: built.append(family))
    # The functions themselves, past the process's own memory of them (other tests may have loaded them).
    taxonomy.load.__wrapped__()
    occupations._index.__wrapped__()
    embeddings._tokenizer()
    assert built == [], (
        f"{', '.join(built)}: the shipped file is stale against its data or code; run "
        "`python scripts/build_prebuilt.py` and commit src/onward/core/data/prebuilt/"
    )
    assert not (tmp_path / "cache").exists()


def test_the_shipped_taxonomy_is_the_one_built(tmp_path, monkeypatch):
    monkeypatch.setenv("ONWARD_DATA_DIR", str(tmp_path))
    assert taxonomy.load.__wrapped__() == taxonomy._build()
