"""The occupation index, the skill taxonomy and the encoder's tokenizer are shipped prebuilt, else (when the shipped
file is stale) built from shipped data once and then read from the user's cache, and the vectors of texts once
embedded are kept there: what is read back reads titles, skills and text exactly as what is built, and a damaged or
stale cache file is built again without a word."""

import json
import pickle
import subprocess
import sys

import numpy as np
import pytest

from onward.core import cache, embeddings
from onward.match import occupations, relevance, taxonomy
from onward.match.occupations import classify

# Titles that go through every table the index holds: the curated table, a typing slip (the word uses), a short
# form O*NET writes, a word written joined (the vocabulary), a rewrite, a one-word sense, and nothing at all.
TITLES = ["Senior Backend Engineer", "Casheir", "Reach Truck Op", "Stockbroker", "Head of People", "Pharmacist",
          "Maintenance Mechanic (Industrial)", "Chief Happiness Ninja", "Zorblax"]


def _afresh() -> None:
    """As in a new process: nothing of the index in memory."""
    for cached_function in (occupations._index, classify, occupations.known_spelling, occupations._headed):
        cached_function.cache_clear()


@pytest.fixture
def data_dir(tmp_path, monkeypatch):
    """A new data directory, nothing shipped prebuilt (as when the shipped files are stale)."""
    monkeypatch.setenv("ONWARD_DATA_DIR", str(tmp_path))
    monkeypatch.setattr(cache, "SHIPPED_DIR", None)
    yield tmp_path
    _afresh()


def _files(data_dir, family):
    return sorted((data_dir / "cache").glob(f"{family}-*.pickle"))


def test_the_occupation_index_is_read_from_the_cache_and_reads_titles_as_the_one_built(data_dir, monkeypatch):
    _afresh()
    built = [classify(t) for t in TITLES]
    assert len(_files(data_dir, "match-occupations")) == 1

    def not_again():
        raise AssertionError("built again although the cache holds it")

    monkeypatch.setattr(occupations, "_build_index", not_again)
    _afresh()
    assert [classify(t) for t in TITLES] == built


def test_a_damaged_occupation_cache_is_built_again_and_reads_the_same(data_dir):
    _afresh()
    built = [classify(t) for t in TITLES]
    [path] = _files(data_dir, "match-occupations")
    path.write_bytes(path.read_bytes()[: len(path.read_bytes()) // 2])
    _afresh()
    assert [classify(t) for t in TITLES] == built
    key, index = pickle.loads(path.read_bytes())
    assert isinstance(index, occupations._Index) and path.name == f"match-occupations-{key}.pickle"


def test_a_stale_occupation_cache_is_not_read_and_goes(data_dir, monkeypatch):
    _afresh()
    built = [classify(t) for t in TITLES]
    [stale] = _files(data_dir, "match-occupations")
    # As after an update of the shipped titles or of the code that reads them: the inputs hash to another key.
    monkeypatch.setattr(occupations, "content_key", lambda *parts: "another-edition")
    calls = []
    build = occupations._build_index
    monkeypatch.setattr(occupations, "_build_index", lambda: calls.append(1) or build())
    _afresh()
    assert [classify(t) for t in TITLES] == built
    assert calls == [1]
    assert _files(data_dir, "match-occupations") == [data_dir / "cache" / "match-occupations-another-edition.pickle"]
    assert not stale.exists()


def test_the_taxonomy_read_from_the_cache_is_the_one_built(data_dir):
    taxonomy.load.cache_clear()
    try:
        first = taxonomy.load()
        assert len(_files(data_dir, "match-taxonomy")) == 1
        taxonomy.load.cache_clear()
        again = taxonomy.load()
        assert again is not first
        assert again == taxonomy._build()
    finally:
        taxonomy.load.cache_clear()


def test_the_encoders_tokenizer_read_from_the_cache_cuts_text_as_the_one_built(data_dir):
    texts = ["Registered Nurse, ICU nights – 12-hour shifts", "Ingénieur logiciel (Python/Django) à Paris", "",
             "Kubernetes, CI/CD & AWS; 5+ years"]
    built = embeddings._tokenizer()
    read = embeddings._tokenizer()
    assert read is not built and len(_files(data_dir, "encoder-tokenizer")) == 1
    assert [read.encode(t, out_type=int) for t in texts] == [built.encode(t, out_type=int) for t in texts]


def test_rank_in_new_processes_gives_the_same_order_with_an_empty_and_a_damaged_cache(tmp_path):
    from tests.processes import fresh_env

    (tmp_path / "cv.txt").write_text("Sam Example\nRegistered Nurse, City Hospital, 2019 – present\n"
                                     "- ICU nursing, patient assessment, medication administration\n")
    (tmp_path / "postings.csv").write_text(
        "id,text\nicu,\"ICU Registered Nurse\nCare for critically ill patients; BLS and ACLS required.\"\n"
        "aide,\"Nursing Assistant\nHelp patients bathe and eat.\"\ncook,\"Line Cook\nGrill and prep.\"\n"
    )
    data = tmp_path / "data"

    def rank():
        result = subprocess.run(
            [sys.executable, "-m", "onward", "match", "rank", str(tmp_path / "cv.txt"), str(tmp_path / "postings.csv"),
             "--json"], env=fresh_env(data), capture_output=True, text=True, timeout=300,
        )
        assert result.returncode == 0 and not result.stderr, result.stderr
        return [json.loads(line) for line in result.stdout.splitlines()]

    first = rank()
    # What the shipped files hold is not built or written again; three postings: no vectors worth keeping.
    assert not list((data / "cache").glob("*"))
    assert rank() == first
    assert cache.SHIPPED_DIR is not None
    (data / "cache").mkdir(parents=True, exist_ok=True)
    for shipped in cache.SHIPPED_DIR.glob("*.pickle.gz"):
        (data / "cache" / shipped.stem).write_bytes(b"damaged")
    assert rank() == first


# Postings and resumes in the languages the ranking reads, one longer than a micro-batch of the encoder.
TEXTS = ["Registered Nurse, ICU nights – 12-hour shifts. BLS and ACLS required.",
         "Ingénieur logiciel (Python/Django) à Paris : 3 ans d'expérience, télétravail partiel.",
         "Sachbearbeiter Buchhaltung (m/w/d) in Teilzeit, Kenntnisse in DATEV erwünscht.",
         "Enfermera de quirófano con experiencia en cirugía cardiaca; turno de mañana.",
         "Verpleegkundige op de intensive care, 32 uur per week, BIG-registratie vereist.",
         "Backend engineer. " + "We build APIs in Go and Python on Kubernetes and PostgreSQL. " * 40, ""]


def test_the_encoders_work_on_several_threads_gives_its_own_numbers_to_the_last_bit():
    spread = embeddings.encode(TEXTS)
    assert spread.dtype == np.float32 and spread.shape == (len(TEXTS), 512)
    assert np.array_equal(spread, embeddings.encoder().encode(TEXTS))


def test_texts_cut_a_word_at_a_time_get_the_tokenizers_own_pieces():
    tokenizer = embeddings._tokenizer()
    cut = embeddings._cutter(tokenizer)
    # Runs of spaces and tabs, line breaks, no-break spaces, full-width letters, accents written apart, emoji and a
    # script the encoder barely knows, a word cut differently alone than inside another.
    odd = ["  Nurse\t\tICU \n\n nights  ", "caf\u00e9 cafe\u0301 \uff26\uff55\uff4c\uff4c",
           "\U0001f642 ok \U0001f642\U0001f642", "\u1780\u17d2\u1798\u17c2\u179a", "data dataset datasets database",
           "a\u00a0b", "\u2581 \u2581\u2581x", "   "]
    for text in [*TEXTS, *odd, *TEXTS]:  # twice: the second time from the words kept
        assert cut(text) == tokenizer.encode(text, out_type=int, add_bos=True, add_eos=True), text


def test_ascii_texts_are_normalized_as_the_package_does():
    normalizer = embeddings._tokenizer()._normalizer
    normalize = embeddings._normalizer(normalizer)
    assert normalize is not normalizer.normalize  # the bundled tokenizer takes the str methods' way
    # Tabs, form feeds and carriage returns are spaces, a vertical tab and NUL are not; spaces at either end.
    odd = ["  Nurse\t\tICU \n\n nights  ", "a\x0bb", "a\x00 b\x0c\rc", "\t \n", "", "x", "A\u0301 caf\u00e9",
           "C++ / C#."]
    for text in [*TEXTS, *odd]:
        assert normalize(text) == normalizer.normalize(text), text


def test_a_tokenizer_with_a_piece_across_words_cuts_whole_texts():
    tokenizer = pickle.loads(pickle.dumps(embeddings._tokenizer()))
    tokenizer._pieces = [*tokenizer._pieces, "data\u2581base"]
    calls = []
    tokenizer.encode = lambda text, **how: calls.append(text) or [1, 2]
    assert embeddings._cutter(tokenizer)("data base") == [1, 2] and calls == ["data base"]


@pytest.fixture
def afresh_vectors():
    """As in a new process: no vectors in memory, the disk not yet read."""
    def clear():
        relevance._vectors.clear()
        relevance._read_from.clear()
    clear()
    yield clear
    clear()


def test_vectors_kept_on_disk_are_read_by_a_new_process_without_running_the_encoder(data_dir, afresh_vectors,
                                                                                      monkeypatch):
    monkeypatch.setattr(relevance, "_KEEP_FROM", 1)
    first = relevance.embed(TEXTS)
    assert len(list((data_dir / "cache").glob("encoder-vectors-*.npz"))) == 1
    afresh_vectors()

    def no_encoder(texts):
        raise AssertionError(f"encoded again: {texts}")

    monkeypatch.setattr(relevance, "encode", no_encoder)
    assert np.array_equal(relevance.embed(list(reversed(TEXTS))), first[::-1])


def test_vectors_of_another_encoder_or_a_damaged_file_are_not_read(data_dir, afresh_vectors, monkeypatch):
    monkeypatch.setattr(relevance, "_KEEP_FROM", 1)
    first = relevance.embed(TEXTS[:2])
    afresh_vectors()
    encoded = []

    def counting(texts):
        encoded.extend(texts)
        return embeddings.encode(texts)

    monkeypatch.setattr(relevance, "encode", counting)
    monkeypatch.setattr(relevance, "encoder_key", lambda: "another-encoder")
    assert np.array_equal(relevance.embed(TEXTS[:2]), first) and encoded == TEXTS[:2]
    afresh_vectors()
    for path in (data_dir / "cache").glob("encoder-vectors-*.npz"):
        path.write_bytes(b"damaged")
    encoded.clear()
    assert np.array_equal(relevance.embed(TEXTS[:2]), first) and encoded == TEXTS[:2]


def test_a_resume_and_postings_ranked_before_do_not_load_the_encoder_again(data_dir, afresh_vectors, monkeypatch):
    resume = "Sam Example\nRegistered Nurse, City Hospital, 2019 – present\n- ICU nursing, patient assessment\n"
    postings = [relevance.Posting(str(i), f"ICU Registered Nurse {i}\nCare for critically ill patients; BLS "
                                          f"and ACLS required. Ward {i}.") for i in range(25)]
    first = relevance.rank(resume, postings)
    assert len(list((data_dir / "cache").glob("encoder-vectors-*.npz"))) == 0  # a short list is not worth a write
    relevance.embed([f"a posting {i}" for i in range(relevance._KEEP_FROM)])  # a longer list writes them all
    afresh_vectors()
    loads = []
    monkeypatch.setattr(relevance, "load_in_background", lambda: loads.append(1))
    monkeypatch.setattr(relevance, "encode", lambda texts: pytest.fail(f"encoded again: {texts}"))
    assert relevance.rank(resume, postings) == first and loads == []


def test_a_few_new_texts_leave_the_kept_vectors_as_they_are(data_dir, afresh_vectors):
    relevance.embed([f"Posting number {i}: warehouse operative, forklift licence" for i in range(relevance._KEEP_FROM)])
    (path,) = (data_dir / "cache").glob("encoder-vectors-*.npz")
    written = path.stat().st_mtime_ns
    relevance.embed(TEXTS[:3])
    assert path.stat().st_mtime_ns == written


def test_a_list_partly_kept_keeps_its_own_vectors_when_the_memory_is_full(data_dir, afresh_vectors, monkeypatch):
    monkeypatch.setattr(relevance, "_KEEP_FROM", 1)
    monkeypatch.setattr(relevance, "_CACHE_SIZE", 4)
    first = relevance.embed(TEXTS[:4])  # kept on disk, as many as are kept
    afresh_vectors()
    # One text kept, three new: the kept ones read from disk are the oldest, and this call's must not go with them.
    again = relevance.embed([TEXTS[0], *TEXTS[4:7]])
    assert np.array_equal(again[0], first[0]) and np.array_equal(again[1:], embeddings.encode(TEXTS[4:7]))
