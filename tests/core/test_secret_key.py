import stat
from concurrent.futures import ThreadPoolExecutor

from onward.paths import local_secret_key


def test_processes_starting_at_once_on_a_new_directory_share_one_key(tmp_path):
    with ThreadPoolExecutor(8) as pool:
        keys = set(pool.map(lambda _: local_secret_key(tmp_path), range(32)))
    assert len(keys) == 1 and len(keys.pop()) > 40
    assert [p.name for p in tmp_path.iterdir()] == ["secret_key"]  # no temporary file left behind
    assert stat.S_IMODE((tmp_path / "secret_key").stat().st_mode) == 0o600
    assert local_secret_key(tmp_path) == (tmp_path / "secret_key").read_text()
