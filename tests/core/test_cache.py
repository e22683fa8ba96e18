"""What is built from shipped data is cached on disk: read back when the file is sound, built again when it is
damaged, foreign or stale, never an error."""

import gzip
import pickle

import pytest

from onward.core import cache
from onward.core.cache import cached, content_key


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    monkeypatch.setenv("ONWARD_DATA_DIR", str(tmp_path))
    return tmp_path


def counting(value):
    calls = []

    def build():
        calls.append(1)
        return value

    return build, calls


def test_a_thing_is_built_once_and_then_read_from_the_cache(data_dir):
    key = content_key(b"shipped data", "code")
    build, calls = counting({"built": True})
    assert cached("thing", key, build, dict) == {"built": True}
    assert cached("thing", key, build, dict) == {"built": True}
    assert calls == [1]
    assert [p.name for p in (data_dir / "cache").iterdir()] == [f"thing-{key}.pickle"]


@pytest.mark.parametrize("damage", ["garbage", "cut short", "another key", "another kind"])
def test_a_damaged_or_foreign_cache_file_is_built_again_and_replaced(data_dir, damage):
    key = content_key(b"shipped data")
    path = data_dir / "cache" / f"thing-{key}.pickle"
    path.parent.mkdir()
    path.write_bytes({
        "garbage": b"\x80\x05 not a pickle at all",
        "cut short": pickle.dumps((key, {"built": True}))[:12],
        "another key": pickle.dumps(("0" * 24, {"built": False})),
        "another kind": pickle.dumps((key, ["a list, not a dict"])),
    }[damage])
    build, calls = counting({"built": True})
    assert cached("thing", key, build, dict) == {"built": True}
    assert calls == [1]
    assert pickle.loads(path.read_bytes()) == (key, {"built": True})


def test_a_change_to_what_it_is_built_from_is_never_read_from_the_stale_file_which_goes(data_dir):
    old, new = content_key(b"data, first edition", "code"), content_key(b"data, second edition", "code")
    cached("thing", old, lambda: {"edition": 1}, dict)
    build, calls = counting({"edition": 2})
    assert cached("thing", new, build, dict) == {"edition": 2}
    assert calls == [1]
    assert [p.name for p in (data_dir / "cache").glob("thing-*")] == [f"thing-{new}.pickle"]


def test_the_key_tells_apart_parts_that_join_to_the_same_bytes():
    assert content_key(b"ab", b"c") != content_key(b"a", b"bc")
    assert content_key("text") == content_key(b"text")


def test_without_a_data_directory_it_is_built_every_time(monkeypatch):
    monkeypatch.setattr(cache, "cache_dir", lambda data_root=None: None)
    build, calls = counting({"built": True})
    assert cached("thing", "key", build, dict) == cached("thing", "key", build, dict)
    assert calls == [1, 1]


@pytest.fixture
def shipped(tmp_path, monkeypatch):
    folder = tmp_path / "shipped"
    folder.mkdir()
    monkeypatch.setattr(cache, "SHIPPED_DIR", folder)
    return folder


def ship(folder, family, key, value):
    (folder / f"{family}-{key}.pickle.gz").write_bytes(gzip.compress(pickle.dumps((key, value))))


def test_a_new_data_directory_reads_what_is_shipped_without_building_or_writing(data_dir, shipped):
    key = content_key(b"shipped data", "code")
    ship(shipped, "thing", key, {"shipped": True})
    build, calls = counting({"built": True})
    assert cached("thing", key, build, dict) == {"shipped": True}
    assert calls == []
    assert not (data_dir / "cache").exists()


@pytest.mark.parametrize("damage", ["another key in its name", "another key inside", "another kind", "garbage"])
def test_a_shipped_file_of_other_data_or_damaged_is_passed_by_and_built(data_dir, shipped, damage):
    key = content_key(b"data, second edition", "code")
    old = content_key(b"data, first edition", "code")
    if damage == "another key in its name":
        ship(shipped, "thing", old, {"edition": 1})
    elif damage == "another key inside":
        (shipped / f"thing-{key}.pickle.gz").write_bytes(gzip.compress(pickle.dumps((old, {"edition": 1}))))
    elif damage == "another kind":
        ship(shipped, "thing", key, ["a list, not a dict"])
    else:
        (shipped / f"thing-{key}.pickle.gz").write_bytes(b"not gzip at all")
    build, calls = counting({"edition": 2})
    assert cached("thing", key, build, dict) == {"edition": 2}
    assert cached("thing", key, build, dict) == {"edition": 2}
    assert calls == [1]
    assert [p.name for p in (data_dir / "cache").iterdir()] == [f"thing-{key}.pickle"]
