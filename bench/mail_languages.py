"""Mail classifier per language, on the mail written for tests/mail/test_classify_kinds.py (self-written, five
languages; not real mail, so these figures show coverage, not accuracy in the wild).

    python bench/mail_languages.py

Prints per language: messages right, rejection precision and recall, macro-F1 over the labels expected.
"""

from __future__ import annotations

import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from tests.mail import test_classify_kinds as kinds  # noqa: E402

from onward.mail.classify import classify  # noqa: E402


def cases():
    for lang, items in kinds.THANKS_FIRST_REJECTIONS.items():
        yield from ((lang, "rejection", s, b) for s, b in items)
    for table, label in ((kinds.ACKS, "application_ack"), (kinds.INTERVIEWS, "interview"),
                         (kinds.ASSESSMENT_RECEIVED, "application_ack")):
        yield from ((lang, label, s, b) for lang, (s, b) in table.items())
    for table in (kinds.BUSINESS, kinds.SHOP_AND_ACCOUNT, kinds.ALERTS_AND_NOREPLY):
        for lang, items in table.items():
            yield from ((lang, "other", s, b) for s, b in items)


def main() -> None:
    by_lang = defaultdict(list)
    for lang, gold, subject, body in cases():
        by_lang[lang].append((gold, classify(subject, body, "someone@example.org").label))
    withdrawals = {lang: classify(s, b).label for lang, (s, b) in kinds.WITHDRAWALS.items()}
    print(f"{'lang':<6}{'n':>4}{'right':>7}{'rej P':>8}{'rej R':>8}{'macroF1':>9}  withdrawal read as")
    for lang, pairs in by_lang.items():
        labels = sorted({g for g, _ in pairs})
        f1s = []
        for label in labels:
            tp = sum(g == p == label for g, p in pairs)
            fp = sum(p == label != g for g, p in pairs)
            fn = sum(g == label != p for g, p in pairs)
            f1s.append(2 * tp / (2 * tp + fp + fn) if tp else 0.0)
        tp = sum(g == p == "rejection" for g, p in pairs)
        given = sum(p == "rejection" for _, p in pairs)
        gold = sum(g == "rejection" for g, _ in pairs)
        print(f"{lang:<6}{len(pairs):>4}{sum(g == p for g, p in pairs):>7}"
              f"{(tp / given if given else float('nan')):>8.2f}{tp / gold:>8.2f}{sum(f1s) / len(f1s):>9.2f}  "
              f"{withdrawals[lang]}")


if __name__ == "__main__":
    main()
