"""The code style is part of the build: ruff's lint rules and formatter (pyproject.toml) must pass."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

REPO_ROOT = Path(__file__).resolve().parents[1]


def _ruff(*args: str) -> subprocess.CompletedProcess[str]:
    ruff = shutil.which("ruff", path=str(Path(sys.executable).parent)) or shutil.which("ruff")
    if ruff is None:
        pytest.fail("ruff is not installed (it is in the test extra)")
    return subprocess.run([ruff, *args], cwd=REPO_ROOT, capture_output=True, text=True, timeout=120)


def test_ruff_lint_passes() -> None:
    result = _ruff("check", ".")
    assert result.returncode == 0, result.stdout[-4000:]


def test_ruff_format_is_applied() -> None:
    result = _ruff("format", "--check", ".")
    assert result.returncode == 0, result.stdout[-4000:]
