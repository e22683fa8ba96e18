"""Build what every new data directory would otherwise build on its first `onward match`: the skill taxonomy, the
occupation index and the sentence encoder's tokenizer, into src/onward/core/data/prebuilt/ (shipped with the
package; core.cache reads them). Each file is named by the same content key as the user's cache, so one left
stale by a change to its data or code is never read; tests/match/test_prebuilt.py fails until this is run again.
Usage: python scripts/build_prebuilt.py
"""

from __future__ import annotations

import gzip
import os
import subprocess
import sys
import tempfile
from pathlib import Path


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        # Sets are pickled in their iteration order, which follows the hash seed: a fixed one gives the same bytes.
        env = {**os.environ, "PYTHONHASHSEED": "0"}
        raise SystemExit(subprocess.run([sys.executable, *sys.argv], env=env, check=False).returncode)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))
    with tempfile.TemporaryDirectory() as folder:
        os.environ["ONWARD_DATA_DIR"] = folder
        from onward.core import cache, embeddings
        from onward.match import occupations, taxonomy

        target = cache.SHIPPED_DIR
        assert target is not None
        cache.SHIPPED_DIR = None  # build them all, whatever is shipped now
        taxonomy.load()
        occupations.classify("nurse")  # builds the occupation index
        embeddings.encoder()  # builds the tokenizer
        target.mkdir(parents=True, exist_ok=True)
        for built in sorted((Path(folder) / "cache").glob("*.pickle")):
            family = built.name.rsplit("-", 1)[0]
            path = target / f"{built.name}.gz"
            packed = gzip.compress(built.read_bytes(), compresslevel=9, mtime=0)
            if not path.exists() or path.read_bytes() != packed:
                path.write_bytes(packed)
            for stale in target.glob(f"{family}-*.pickle.gz"):
                if stale != path:
                    stale.unlink()
            print(f"{path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path}: "
                  f"{len(packed) / 1e6:.2f} MB")


if __name__ == "__main__":
    main()
