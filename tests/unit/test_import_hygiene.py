"""The core never imports the UI: `quizgen validate` never pays for Textual."""

from __future__ import annotations

import pkgutil
import subprocess
import sys

import pytest

import quizgen

CORE = sorted(m.name for m in pkgutil.walk_packages(quizgen.__path__, "quizgen.") if ".__main__" not in m.name)


@pytest.mark.parametrize("module", CORE)
def test_core_module_does_not_import_textual(module: str) -> None:
    code = f"import sys, {module}; sys.exit(1 if 'textual' in sys.modules or 'tui' in sys.modules else 0)"
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert result.returncode == 0, f"{module} imports textual: {result.stderr}"
