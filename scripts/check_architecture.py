"""Architecture rules a newcomer can see, checked with ``ast`` (no imports of the checked code).

    python scripts/check_architecture.py                    # exit 1 on a new violation
    python scripts/check_architecture.py --update-baseline  # record today's violations as known

Rules:

* ``stages-import``: nothing under ``dipnews/`` imports ``stages`` (``import stages...`` or
  ``from stages... import``). The library is what the stages call, never the other way round.
* ``long-function``: no function or method under ``dipnews/`` or ``stages/`` is longer than
  :data:`MAX_FUNCTION_LINES` lines (``end_lineno - lineno + 1`` of the ``def``).
* ``lexicon-literal``: no list, tuple, set or dict literal in Python code under ``dipnews/`` holds
  more than :data:`MAX_LITERAL_STRINGS` string constants (direct elements, or keys of a dict;
  elements of a ``*(...)`` literal unpacked into it count as its own, and so do the words of a
  ``"...".split()`` on a string constant), outside the lexicon loaders
  (:data:`LEXICON_DIRS`). Word lists belong in lexicon files, not in code.

It is a ratchet. ``scripts/architecture_baseline.txt`` lists the violations the code had when the
rules were introduced, one per line, as ``<rule> <file>::<name> [<size>]`` (the name is the
function's qualified name, or for a literal the name it is assigned to, so the key does not move
with line numbers). The check fails on a violation that is not in the baseline, on a baselined
function or literal that grew, and on a baseline entry that no longer occurs (the baseline must
shrink as the code is fixed: ``--update-baseline`` rewrites it).
"""

from __future__ import annotations

import argparse
import ast
import sys
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
BASELINE_PATH = REPO_ROOT / "scripts" / "architecture_baseline.txt"
LIBRARY_DIR = "dipnews"
CHECKED_DIRS = ("dipnews", "stages")
# The modules that load lexicons may hold word lists.
LEXICON_DIRS = ("dipnews/extract/lexicons/",)
MAX_FUNCTION_LINES = 80
MAX_LITERAL_STRINGS = 20

STAGES_IMPORT = "stages-import"
LONG_FUNCTION = "long-function"
LEXICON_LITERAL = "lexicon-literal"
BASELINE_HEADER = """\
# Known violations of scripts/check_architecture.py, one per line: <rule> <file>::<name> [<size>].
# The list may only shrink: fix an entry, then run `python scripts/check_architecture.py --update-baseline`.
"""


@dataclass(frozen=True, slots=True)
class Violation:
    rule: str
    path: str  # relative to the repository root, with forward slashes
    name: str  # qualified function name, assigned name of a literal, or the imported module
    size: int | None  # lines of a function, strings of a literal; None for an import
    line: int

    @property
    def key(self) -> str:
        return f"{self.rule} {self.path}::{self.name}"

    def baseline_line(self) -> str:
        return self.key if self.size is None else f"{self.key} {self.size}"

    def describe(self) -> str:
        what = {
            STAGES_IMPORT: "imports stages",
            LONG_FUNCTION: f"{self.size} lines (max {MAX_FUNCTION_LINES})",
            LEXICON_LITERAL: f"{self.size} strings (max {MAX_LITERAL_STRINGS})",
        }[self.rule]
        return f"{self.path}:{self.line}: {self.rule} {self.name}: {what}"


# --------------------------------------------------------------------------------------------------
# finding violations in one module


def _is_stages(module: str | None) -> bool:
    return module is not None and (module == "stages" or module.startswith("stages."))


def _imports_stages(node: ast.AST) -> str | None:
    if isinstance(node, ast.Import):
        for alias in node.names:
            if _is_stages(alias.name):
                return alias.name
    elif isinstance(node, ast.ImportFrom) and node.level == 0 and _is_stages(node.module):
        return node.module
    return None


def _split_words(node: ast.AST) -> int | None:
    """Words of ``"a b c".split()`` / ``.split(" ")`` on a string constant; None for anything else."""
    if not (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr == "split"
        and isinstance(node.func.value, ast.Constant)
        and isinstance(node.func.value.value, str)
        and not node.keywords
        and len(node.args) <= 1
    ):
        return None
    text = node.func.value.value
    if node.args:
        separator = node.args[0]
        if not (isinstance(separator, ast.Constant) and isinstance(separator.value, str | None)):
            return None
        return len(text.split(separator.value))
    return len(text.split())


def _literal_strings(node: ast.AST) -> int | None:
    """String constants a literal holds directly; None when ``node`` is no such literal."""
    if isinstance(node, ast.Dict):
        return sum(isinstance(k, ast.Constant) and isinstance(k.value, str) for k in node.keys)
    if isinstance(node, ast.List | ast.Tuple | ast.Set):
        count = 0
        for element in node.elts:
            if isinstance(element, ast.Constant) and isinstance(element.value, str):
                count += 1
            elif isinstance(element, ast.Starred):
                count += _literal_strings(element.value) or 0
        return count
    return _split_words(node)


def _target_name(target: ast.AST) -> str | None:
    if isinstance(target, ast.Name):
        return target.id
    if isinstance(target, ast.Attribute):
        return target.attr
    if isinstance(target, ast.Subscript):
        return _target_name(target.value)
    if isinstance(target, ast.Tuple | ast.List):
        names = [n for n in (_target_name(t) for t in target.elts) if n]
        return ",".join(names) or None
    return None


class _ModuleVisitor(ast.NodeVisitor):
    def __init__(self, path: str) -> None:
        self.path = path
        self.check_library = path.startswith(f"{LIBRARY_DIR}/")
        self.check_literals = self.check_library and not path.startswith(LEXICON_DIRS)
        self.scopes: list[str] = []  # enclosing classes and functions
        self.assigned: list[str] = []  # names of the enclosing assignments
        self.counted: set[int] = set()  # literals already counted as part of an enclosing one
        self.found: list[Violation] = []

    def _add(self, rule: str, name: str, size: int | None, line: int) -> None:
        self.found.append(Violation(rule, self.path, name.replace(" ", "_"), size, line))

    def _scoped(self, node: ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        self.scopes.append(node.name)
        self.generic_visit(node)
        self.scopes.pop()

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self._scoped(node)

    def visit_FunctionDef(self, node: ast.FunctionDef | ast.AsyncFunctionDef) -> None:
        length = (node.end_lineno or node.lineno) - node.lineno + 1
        if length > MAX_FUNCTION_LINES:
            self._add(LONG_FUNCTION, ".".join([*self.scopes, node.name]), length, node.lineno)
        self._scoped(node)

    visit_AsyncFunctionDef = visit_FunctionDef

    def _assignment(
        self, node: ast.Assign | ast.AnnAssign | ast.AugAssign, targets: Sequence[ast.AST]
    ) -> None:
        names = [n for n in (_target_name(t) for t in targets) if n]
        self.assigned.append(",".join(names) or "<assignment>")
        self.generic_visit(node)
        self.assigned.pop()

    def visit_Assign(self, node: ast.Assign) -> None:
        self._assignment(node, node.targets)

    def visit_AnnAssign(self, node: ast.AnnAssign) -> None:
        self._assignment(node, [node.target])

    def visit_AugAssign(self, node: ast.AugAssign) -> None:
        self._assignment(node, [node.target])

    def visit_Import(self, node: ast.Import) -> None:
        self._check_import(node)

    def visit_ImportFrom(self, node: ast.ImportFrom) -> None:
        self._check_import(node)

    def _check_import(self, node: ast.Import | ast.ImportFrom) -> None:
        module = _imports_stages(node)
        if module is not None and self.check_library:
            self._add(STAGES_IMPORT, module, None, node.lineno)

    def generic_visit(self, node: ast.AST) -> None:
        if self.check_literals and id(node) not in self.counted:
            strings = _literal_strings(node)
            if strings is not None and strings > MAX_LITERAL_STRINGS:
                self._add(LEXICON_LITERAL, self._literal_name(), strings, node.lineno)
            if isinstance(node, ast.List | ast.Tuple | ast.Set):
                # A literal unpacked into this one was counted with it.
                self.counted.update(id(e.value) for e in node.elts if isinstance(e, ast.Starred))
        super().generic_visit(node)

    def _literal_name(self) -> str:
        if self.assigned:
            return ".".join([*self.scopes, self.assigned[-1]])
        return ".".join(self.scopes) or "<module>"


def _numbered(violations: Iterable[Violation]) -> list[Violation]:
    """Two violations with one key (two literals in one assignment) get #2, #3 ... in source order."""
    seen: Counter[str] = Counter()
    result = []
    for v in violations:
        seen[v.key] += 1
        n = seen[v.key]
        result.append(v if n == 1 else Violation(v.rule, v.path, f"{v.name}#{n}", v.size, v.line))
    return result


def module_violations(source: str, path: str) -> list[Violation]:
    """The violations of one module's source; ``path`` (e.g. ``dipnews/x.py``) decides which rules apply."""
    visitor = _ModuleVisitor(path)
    visitor.visit(ast.parse(source, filename=path))
    return _numbered(visitor.found)


def _python_files(root: Path) -> Iterator[Path]:
    for folder in CHECKED_DIRS:
        for path in sorted((root / folder).rglob("*.py")):
            if "__pycache__" not in path.parts:
                yield path


def repository_violations(root: Path = REPO_ROOT) -> list[Violation]:
    violations: list[Violation] = []
    for path in _python_files(root):
        relative = path.relative_to(root).as_posix()
        violations += module_violations(path.read_text(encoding="utf-8"), relative)
    return violations


# --------------------------------------------------------------------------------------------------
# the ratchet


def read_baseline(path: Path) -> dict[str, int | None]:
    """{key: size} of a baseline file; a missing file is an empty baseline."""
    if not path.exists():
        return {}
    baseline: dict[str, int | None] = {}
    for raw in path.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, _, last = line.rpartition(" ")
        if last.isdigit() and "::" in key:
            baseline[key] = int(last)
        else:
            baseline[line] = None
    return baseline


def format_baseline(violations: Iterable[Violation]) -> str:
    return BASELINE_HEADER + "".join(f"{line}\n" for line in sorted(v.baseline_line() for v in violations))


def compare(violations: Sequence[Violation], baseline: dict[str, int | None]) -> tuple[list[str], list[str]]:
    """(one line per violation, the problems that fail the check)."""
    lines: list[str] = []
    problems: list[str] = []
    for v in sorted(violations, key=lambda v: (v.path, v.line)):
        if v.key not in baseline:
            lines.append(f"NEW    {v.describe()}")
            problems.append(f"new violation: {v.describe()}")
            continue
        known = baseline[v.key]
        if v.size is not None and known is not None and v.size > known:
            lines.append(f"GREW   {v.describe()} (baseline {known})")
            problems.append(f"grew: {v.describe()} (baseline {known})")
        else:
            lines.append(f"known  {v.describe()}")
    current = {v.key for v in violations}
    for key in sorted(set(baseline) - current):
        problems.append(f"remove from baseline: {key} (it no longer occurs)")
    return lines, problems


def check(root: Path = REPO_ROOT, baseline_path: Path = BASELINE_PATH, verbose: bool = True) -> list[str]:
    """Run the rules on the repository against the baseline; the problems (empty when it passes)."""
    lines, problems = compare(repository_violations(root), read_baseline(baseline_path))
    if verbose:
        for line in lines:
            print(line)
    return problems


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--update-baseline", action="store_true", help="record today's violations as known")
    parser.add_argument("--baseline", type=Path, default=BASELINE_PATH)
    parser.add_argument("--quiet", action="store_true", help="print only what fails the check")
    args = parser.parse_args(argv)
    if args.update_baseline:
        violations = repository_violations()
        args.baseline.write_text(format_baseline(violations), encoding="utf-8")
        print(f"wrote {len(violations)} known violation(s) to {args.baseline}")
        return 0
    problems = check(baseline_path=args.baseline, verbose=not args.quiet)
    for problem in problems:
        print(problem)
    if problems:
        print(
            f"architecture check failed: {len(problems)} problem(s); fix them, or (only to remove fixed "
            "entries) run: python scripts/check_architecture.py --update-baseline"
        )
        return 1
    print("architecture check passed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
