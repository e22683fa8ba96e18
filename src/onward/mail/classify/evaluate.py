"""The evaluation contract: classify a JSONL file line by line, and score predictions against gold labels."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field

from onward.mail.classify.classifier import FLAGS, LABELS, classify_many

BATCH = 1000


@dataclass
class Line:
    """One input line: its number, the parsed object (None when unusable) and why it is unusable."""

    number: int
    data: dict | None
    error: str | None = None

    @property
    def id(self):
        return self.data.get("id") if isinstance(self.data, dict) else None


def read_lines(stream: Iterable[bytes | str]) -> Iterator[Line]:
    for number, raw in enumerate(stream, 1):
        if isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8-sig" if number == 1 else "utf-8")
            except UnicodeDecodeError:
                yield Line(number, None, f"line {number}: not valid UTF-8 text")
                continue
        if not raw.strip():
            continue
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            yield Line(number, None, f"line {number}: not valid JSON ({exc.msg} at column {exc.colno})")
            continue
        if not isinstance(data, dict):
            yield Line(number, None, f"line {number}: expected a JSON object, found {type(data).__name__}")
            continue
        problem = _field_problem(data)
        yield Line(number, data, f"line {number}: {problem}" if problem else None)


def _field_problem(data: dict) -> str | None:
    if "body" not in data:
        return 'the "body" field is missing'
    for name in ("body", "subject", "sender"):
        if data.get(name) is not None and not isinstance(data[name], str):
            return f'"{name}" must be a string or null'
    return None


def classify_stream(lines: Iterable[Line], *, explain: bool = False) -> Iterator[tuple[Line, dict]]:
    """For each line, the contract output: id plus the classification, or id plus an error.
    With `explain`, each output also carries the evidence and the confidence of every field."""
    batch: list[Line] = []
    for line in lines:
        batch.append(line)
        if len(batch) >= BATCH:
            yield from _classify_batch(batch, explain)
            batch = []
    if batch:
        yield from _classify_batch(batch, explain)


def _classify_batch(batch: list[Line], explain: bool) -> Iterator[tuple[Line, dict]]:
    good = [line for line in batch if line.error is None]
    results = iter(classify_many([line.data for line in good]))
    for line in batch:
        if line.error is not None:
            yield line, {"id": line.id, "error": line.error}
            continue
        result = next(results)
        out = {"id": line.id, **result.to_dict()}
        if explain:
            out["field_confidence"] = {k: round(v, 4) for k, v in result.detail_confidence.items()}
            out["evidence"] = result.evidence
        yield line, out


@dataclass
class Report:
    n: int = 0
    skipped: list[str] = field(default_factory=list)
    labels: list[str] = field(default_factory=list)
    per_label: dict[str, dict[str, float]] = field(default_factory=dict)
    confusion: dict[str, dict[str, int]] = field(default_factory=dict)
    macro_f1: float = 0.0
    accuracy: float = 0.0
    rejection_fields: dict[str, dict[str, float]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "n": self.n, "skipped": self.skipped, "macro_f1": self.macro_f1, "accuracy": self.accuracy,
            "per_label": self.per_label, "confusion": self.confusion, "rejection_fields": self.rejection_fields,
        }


def evaluate(pairs: Iterable[tuple[Line, dict]]) -> Report:
    """Score predictions against the gold fields on the same lines (label; for rejections, subtype and flags)."""
    report = Report()
    gold, pred = [], []
    field_hits: Counter = Counter()
    field_totals: Counter = Counter()
    for line, out in pairs:
        if "error" in out:
            report.skipped.append(out["error"])
            continue
        gold_label = line.data.get("label")
        if gold_label not in LABELS:
            report.skipped.append(f"line {line.number}: no gold label (expected one of {', '.join(LABELS)})")
            continue
        gold.append(gold_label)
        pred.append(out["label"])
        if gold_label == "rejection":
            for name in ("rejection_subtype", *FLAGS):
                if name in line.data and line.data[name] is not None:
                    field_totals[name] += 1
                    field_hits[name] += out.get(name) == line.data[name]
    report.n = len(gold)
    present = [label for label in LABELS if label in gold]
    report.labels = [label for label in LABELS if label in gold or label in pred]
    for label in report.labels:
        tp = sum(g == p == label for g, p in zip(gold, pred, strict=True))
        n_pred, n_gold = pred.count(label), gold.count(label)
        precision = tp / n_pred if n_pred else 0.0
        recall = tp / n_gold if n_gold else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        report.per_label[label] = {"precision": precision, "recall": recall, "f1": f1, "support": n_gold}
    report.confusion = {g: {p: sum(1 for a, b in zip(gold, pred, strict=True) if a == g and b == p)
                            for p in report.labels} for g in report.labels}
    report.macro_f1 = sum(report.per_label[label]["f1"] for label in present) / len(present) if present else 0.0
    report.accuracy = sum(g == p for g, p in zip(gold, pred, strict=True)) / len(gold) if gold else 0.0
    report.rejection_fields = {
        name: {"accuracy": field_hits[name] / field_totals[name], "n": field_totals[name]} for name in field_totals
    }
    return report


def format_report(report: Report) -> str:
    if not report.n:
        return "No lines with a gold label to score."
    width = max(len(label) for label in report.labels) + 2
    out = [f"Scored {report.n} messages; accuracy {report.accuracy:.3f}.", ""]
    out.append(f"{'label':<{width}}{'precision':>10}{'recall':>10}{'f1':>10}{'support':>10}")
    for label in report.labels:
        m = report.per_label[label]
        out.append(f"{label:<{width}}{m['precision']:>10.3f}{m['recall']:>10.3f}{m['f1']:>10.3f}{m['support']:>10}")
    present = [label for label in report.labels if report.per_label[label]["support"]]
    out += ["", f"macro-F1 over the {len(present)} labels present: {report.macro_f1:.3f}", ""]
    out.append("Confusion matrix (rows: gold, columns: predicted)")
    short = {label: label[:10] for label in report.labels}
    out.append(" " * width + "".join(f"{short[p]:>12}" for p in report.labels))
    for g in report.labels:
        out.append(f"{g:<{width}}" + "".join(f"{report.confusion[g][p]:>12}" for p in report.labels))
    if report.rejection_fields:
        out += ["", "On gold rejections:"]
        for name, m in report.rejection_fields.items():
            out.append(f"  {name:<20} accuracy {m['accuracy']:.3f} (n={m['n']})")
    if report.skipped:
        out += ["", f"{len(report.skipped)} lines not scored:"] + [f"  {s}" for s in report.skipped[:20]]
    return "\n".join(out)
