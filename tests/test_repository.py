"""The repository's own promises: CI runs the README's test command, the seed is byte for byte."""

from __future__ import annotations

import hashlib
import re
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parents[1]
# SHA-256 of the seed article as the project was created from it (../shared/seeds/).
SEED_SHA256 = "15c82ba28bca2a8d87a0651843b50da0a36bb6a93e4656fa970d115a7d748dca"


def _readme_commands() -> list[str]:
    readme = (REPO_ROOT / "README.md").read_text(encoding="utf-8")
    return [block.strip() for block in re.findall(r"```bash\n(.*?)```", readme, flags=re.S)]


def test_ci_runs_the_readme_test_command_verbatim() -> None:
    test_commands = [c for c in _readme_commands() if c.endswith("&& pytest")]
    assert len(test_commands) == 1, test_commands
    assert test_commands[0] in (REPO_ROOT / ".ci" / "run").read_text(encoding="utf-8").splitlines()


def test_readme_has_the_pipeline_command() -> None:
    assert any(c.startswith("python3.11 -m venv") and c.endswith("&& dvc repro") for c in _readme_commands())


def test_seed_article_is_byte_for_byte_and_marked_binary() -> None:
    seed = REPO_ROOT / "seeds" / "000_7e734c075f9faf5b.txt"
    assert hashlib.sha256(seed.read_bytes()).hexdigest() == SEED_SHA256
    assert "seeds/** binary" in (REPO_ROOT / ".gitattributes").read_text(encoding="utf-8")


def test_git_tracked_outputs_survive_a_failed_run() -> None:
    """DVC deletes a stage's outputs before running it; an output git tracks (cache: false, not under
    data/interim) is `persist`, so a run stopped by a bad param leaves the committed file in place."""
    import yaml

    stages = yaml.safe_load((REPO_ROOT / "dvc.yaml").read_text(encoding="utf-8"))["stages"]
    outs = [out for stage in stages.values() for out in stage.get("outs", []) if isinstance(out, dict)]
    tracked = {
        path: options
        for out in outs
        for path, options in out.items()
        if options.get("cache") is False and not path.startswith("data/")
    }
    assert tracked, "dvc.yaml declares no git-tracked outputs"
    assert [path for path, options in tracked.items() if not options.get("persist")] == []
