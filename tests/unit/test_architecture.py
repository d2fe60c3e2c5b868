"""The layering rules in pyproject.toml hold, and `lint-imports` fails when one of them is broken."""

from __future__ import annotations

import pkgutil
import shutil
import subprocess
import sys
from pathlib import Path

import grimp
import pytest
from repo_paths import REPO

import quizgen

CORE = sorted(m.name for m in pkgutil.walk_packages(quizgen.__path__, "quizgen.") if ".__main__" not in m.name)
LINT_IMPORTS = Path(sys.executable).parent / "lint-imports"


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("quizgen", "tui", include_external_packages=True, cache_dir=None)


@pytest.mark.parametrize("module", CORE)
def test_core_module_has_no_path_to_textual(graph: grimp.ImportGraph, module: str) -> None:
    # the lazy imports of the apps, inside their commands
    door = {"quizgen.cli.study": "tui.app", "quizgen.cli.review": "tui.review_app"}.get(module)
    for ui in ("textual", "tui"):
        chain = graph.find_shortest_chain(importer=module, imported=ui)
        if chain and not (door and chain[:2] == (module, door)):
            pytest.fail(f"{module} reaches {ui}: {' -> '.join(chain)}")


def test_importing_the_whole_core_loads_no_textual() -> None:
    """Imports that static analysis cannot see (importlib) are caught at run time."""
    code = "import importlib, sys\n"
    code += "".join(f"importlib.import_module({m!r})\n" for m in CORE)
    code += "sys.exit(1 if {'textual', 'tui'} & set(sys.modules) else 0)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO)
    assert result.returncode == 0, result.stderr


def _lint(root: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(LINT_IMPORTS), "--no-cache"],
        capture_output=True,
        text=True,
        cwd=root,
        env={"PYTHONPATH": str(root), "PATH": "/usr/bin:/bin"},
    )


@pytest.fixture
def checkout(tmp_path: Path) -> Path:
    """A copy of the packages and their contracts, free to be broken."""
    for package in ("quizgen", "tui"):
        shutil.copytree(REPO / package, tmp_path / package, ignore=shutil.ignore_patterns("__pycache__"))
    shutil.copy(REPO / "pyproject.toml", tmp_path / "pyproject.toml")
    return tmp_path


def test_contracts_are_kept(checkout: Path) -> None:
    result = _lint(checkout)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "4 kept, 0 broken" in result.stdout


@pytest.mark.parametrize(
    ("module", "bad_import", "contract"),
    [
        ("quizgen/model/cloze.py", "import quizgen.deckio.yamlio", "Layers"),
        ("quizgen/study/queue.py", "import quizgen.generate.tokens", "never import each other"),
        ("quizgen/model/rules.py", "import quizgen.atomic", "imports no other part"),
        ("quizgen/deckio/loader.py", "import textual.app", "Only tui imports Textual"),
        ("quizgen/cli/validate.py", "import tui.app", "Only tui imports Textual"),
    ],
)
def test_a_wrong_import_breaks_its_contract(checkout: Path, module: str, bad_import: str, contract: str) -> None:
    path = checkout / module
    path.write_text(path.read_text() + f"\n{bad_import}  # deliberately wrong\n")
    result = _lint(checkout)
    assert result.returncode == 1, result.stdout
    broken = [line for line in result.stdout.splitlines() if " BROKEN" in line]
    assert any(contract in line for line in broken), result.stdout
