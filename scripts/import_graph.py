"""The import graph between Onward's packages: cycles and imports that go up the layers.

Prints figures for docs/architecture.md and closing notes; `lint-imports` is what enforces the rule.
Run with the project's src on PYTHONPATH: python scripts/import_graph.py [--detail]
"""

from __future__ import annotations

import sys

import grimp

# Lower number = lower layer. A package may import only from its own layer's lower ones.
LAYERS = {
    "core": 0,
    "tracker": 1,
    **dict.fromkeys(["playbook", "mail", "match", "remind", "insights", "io"], 2),
    **dict.fromkeys(["api", "cli", "web", "work"], 3),
}


def package_of(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 and parts[1] in LAYERS else None


def main() -> None:
    detail = "--detail" in sys.argv
    graph = grimp.build_graph("onward", include_external_packages=False)
    edges: dict[tuple[str, str], list[tuple[str, str]]] = {}
    for importer in graph.modules:
        src = package_of(importer)
        if src is None:
            continue
        for imported in graph.find_modules_directly_imported_by(importer):
            dst = package_of(imported)
            if dst is None or dst == src:
                continue
            edges.setdefault((src, dst), []).append((importer, imported))

    upward = {pair: lines for pair, lines in edges.items() if LAYERS[pair[0]] < LAYERS[pair[1]]}
    sideways_between_features = {
        pair: lines for pair, lines in edges.items() if LAYERS[pair[0]] == LAYERS[pair[1]] == 2
    }
    cycles = sorted({tuple(sorted(pair)) for pair in edges if (pair[1], pair[0]) in edges})

    # Module-level cycles inside one package (e.g. classifier <-> model).
    module_cycles = []
    for a in graph.modules:
        for b in graph.find_modules_directly_imported_by(a):
            if a < b and a in graph.find_modules_directly_imported_by(b):
                module_cycles.append((a, b))

    print(f"package pairs with imports: {len(edges)}")
    print(f"package cycles (A imports B and B imports A): {len(cycles)}")
    for a, b in cycles:
        print(f"  {a} <-> {b}")
    for title, found in (("upward imports (lower layer imports higher)", upward),
                         ("feature-to-feature imports", sideways_between_features)):
        print(f"{title}: {sum(len(v) for v in found.values())} import lines in {len(found)} package pairs")
        for (a, b), lines in sorted(found.items()):
            print(f"  {a} -> {b}: {len(lines)}")
            if detail:
                for importer, imported in sorted(lines):
                    print(f"      {importer} -> {imported}")
    print(f"direct module cycles (two modules importing each other): {len(module_cycles)}")
    for a, b in module_cycles:
        print(f"  {a} <-> {b}")


if __name__ == "__main__":
    main()
