"""The architecture rules (scripts/check_architecture.py) hold on the repository, and each rule fires."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "check_architecture", REPO_ROOT / "scripts" / "check_architecture.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up by name
    spec.loader.exec_module(module)
    return module


arch = _load_script()


def _function(n_lines: int, name: str = "f") -> str:
    """A function whose def spans exactly ``n_lines`` lines."""
    body = "".join(f"    x{i} = {i}\n" for i in range(n_lines - 2))
    return f"def {name}():\n{body}    return 0\n"


def _rules(source: str, path: str = "dipnews/example.py") -> list[tuple[str, str, int | None]]:
    return [(v.rule, v.name, v.size) for v in arch.module_violations(source, path)]


def test_the_repository_passes_its_architecture_check() -> None:
    problems = arch.check(verbose=False)
    assert problems == [], "\n".join(problems)


def test_a_function_may_have_80_lines_not_81() -> None:
    assert _rules(_function(80)) == []
    assert _rules(_function(81)) == [("long-function", "f", 81)]
    method = "class C:\n" + "".join(f"    {line}\n" for line in _function(81, "m").splitlines())
    assert _rules(method, "stages/example.py") == [("long-function", "C.m", 81)]


def test_a_literal_may_hold_20_strings_not_21() -> None:
    def words(n: int) -> str:
        return ", ".join(f'"w{i}"' for i in range(n))

    assert _rules(f"WORDS = [{words(20)}]\n") == []
    assert _rules(f"WORDS = [{words(21)}]\n") == [("lexicon-literal", "WORDS", 21)]
    assert _rules(f"WORDS = frozenset({{{words(21)}}})\n") == [("lexicon-literal", "WORDS", 21)]
    assert _rules(f"MAP = {{{': 1, '.join(words(21).split(', '))}: 1}}\n") == [("lexicon-literal", "MAP", 21)]
    # The same list, unpacked in parts or written as one string split into words, is the same list.
    assert _rules(f"WORDS = {{*({words(10)}), *({words(11)})}}\n") == [("lexicon-literal", "WORDS", 21)]
    split = " ".join(f"w{i}" for i in range(21))
    assert _rules(f'WORDS = "{split}".split()\n') == [("lexicon-literal", "WORDS", 21)]
    # Not code of the library, or a lexicon loader: allowed.
    assert _rules(f"WORDS = [{words(21)}]\n", "stages/example.py") == []
    assert _rules(f"WORDS = [{words(21)}]\n", "dipnews/extract/lexicons/loader.py") == []


def test_the_library_may_not_import_stages() -> None:
    assert _rules("from stages.x import y\n") == [("stages-import", "stages.x", None)]
    assert _rules("import stages.ingest\n") == [("stages-import", "stages.ingest", None)]
    assert _rules("def f():\n    from stages import evaluate\n") == [("stages-import", "stages", None)]
    assert _rules("from stages.x import y\n", "stages/other.py") == []
    assert _rules("import stagestwo\nfrom dipnews import stages\n") == []


def test_the_baseline_is_a_ratchet(tmp_path: Path) -> None:
    library = tmp_path / "dipnews"
    library.mkdir()
    (tmp_path / "stages").mkdir()
    (library / "long.py").write_text(_function(90, "long_one"), encoding="utf-8")
    baseline = tmp_path / "baseline.txt"

    assert arch.check(tmp_path, baseline, verbose=False) == [
        "new violation: dipnews/long.py:1: long-function long_one: 90 lines (max 80)"
    ]
    baseline.write_text(arch.format_baseline(arch.repository_violations(tmp_path)), encoding="utf-8")
    assert "long-function dipnews/long.py::long_one 90\n" in baseline.read_text(encoding="utf-8")
    assert arch.check(tmp_path, baseline, verbose=False) == []

    (library / "long.py").write_text(_function(85, "long_one"), encoding="utf-8")
    assert arch.check(tmp_path, baseline, verbose=False) == []  # shorter is fine
    (library / "long.py").write_text(_function(91, "long_one"), encoding="utf-8")
    assert arch.check(tmp_path, baseline, verbose=False) == [
        "grew: dipnews/long.py:1: long-function long_one: 91 lines (max 80) (baseline 90)"
    ]
    (library / "long.py").write_text(_function(80, "long_one"), encoding="utf-8")
    assert arch.check(tmp_path, baseline, verbose=False) == [
        "remove from baseline: long-function dipnews/long.py::long_one (it no longer occurs)"
    ]


def test_the_command_prints_one_line_per_violation(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    # A repository with violations (the real one has none left): one long function, one word list.
    library = tmp_path / "dipnews"
    library.mkdir()
    (library / "long.py").write_text(_function(90, "long_one"), encoding="utf-8")
    words = ", ".join(f'"w{i}"' for i in range(25))
    (library / "words.py").write_text(f"WORDS = ({words})\n", encoding="utf-8")
    in_repository = arch.repository_violations
    monkeypatch.setattr(arch, "repository_violations", lambda root=tmp_path: in_repository(tmp_path))
    baseline = tmp_path / "baseline.txt"
    baseline.write_text("# nothing is known\n", encoding="utf-8")
    assert arch.main(["--baseline", str(baseline)]) == 1
    lines = capsys.readouterr().out.splitlines()
    new = [line for line in lines if line.startswith("NEW ")]
    assert len(new) == len(arch.repository_violations()) == 2
    assert all(" lines (max 80)" in line or " strings (max 20)" in line for line in new), new
    assert lines[-1].startswith("architecture check failed")
