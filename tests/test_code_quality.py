"""Lint, types and function length run with the suite, so CI fails on them like on any test.

ruff and mypy come with the `test` extra and read their settings from pyproject.toml. They run
from this interpreter's environment (`python -m ruff`, `python -m mypy`); mypy keeps its cache in
.mypy_cache, so only a first run on a fresh clone takes a few seconds.
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
LINTED = ["generator", "tests", "benchmarks"]
MAX_FUNCTION_LINES = 60


def _tool(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", *args], cwd=ROOT, capture_output=True, text=True, timeout=300)


def _installed(module: str) -> None:
    probe = _tool(module, "--version")
    if probe.returncode != 0:
        pytest.fail(f"{module} is not installed in {sys.prefix}: install the test extra, pip install -e '.[test]'\n{probe.stderr}")


def test_ruff_check_finds_nothing() -> None:
    _installed("ruff")
    result = _tool("ruff", "check", *LINTED)
    assert result.returncode == 0, f"ruff check {' '.join(LINTED)}:\n{result.stdout}{result.stderr}"


def test_mypy_finds_nothing_in_generator() -> None:
    _installed("mypy")
    result = _tool("mypy")  # pyproject.toml names the files (generator/) and the strictness
    assert result.returncode == 0, f"mypy:\n{result.stdout}{result.stderr}"
    assert "no issues found" in result.stdout


def test_the_configured_rules_are_the_ones_that_run(tmp_path: Path) -> None:
    """Both tools read the project's settings: each fails on what those settings forbid."""
    _installed("ruff")
    _installed("mypy")
    bad = tmp_path / "bad.py"
    bad.write_text("import sys\nimport os\n\n\ndef pairs(a, b):\n    return list(zip(a, b)), os.sep, sys.argv\n", encoding="utf-8")
    ruff = _tool("ruff", "check", "--config", str(ROOT / "pyproject.toml"), "--output-format", "concise", str(bad))
    assert ruff.returncode == 1
    assert "I001" in ruff.stdout and "B905" in ruff.stdout
    mypy = _tool("mypy", "--config-file", str(ROOT / "pyproject.toml"), str(bad))
    assert mypy.returncode == 1
    assert 'Function is missing a type annotation  [no-untyped-def]' in mypy.stdout


# ------------------------------------------------------------------ function length


def long_functions(source: str, file: str, limit: int = MAX_FUNCTION_LINES) -> list[str]:
    """`file:line name: N lines` for each function longer than `limit`, counted from `def` to its last line."""
    found = []
    for node in ast.walk(ast.parse(source, file)):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef):
            assert node.end_lineno is not None
            length = node.end_lineno - node.lineno + 1
            if length > limit:
                found.append(f"{file}:{node.lineno} {node.name}: {length} lines")
    return found


def test_no_function_in_generator_is_longer_than_60_lines() -> None:
    found = []
    for path in sorted((ROOT / "generator").rglob("*.py")):
        found += long_functions(path.read_text(encoding="utf-8"), str(path.relative_to(ROOT)))
    assert not found, f"split these into named steps (at most {MAX_FUNCTION_LINES} lines each):\n" + "\n".join(found)


def _function(name: str, lines: int, decorated: bool = False, indent: str = "") -> str:
    """Source of a function of exactly `lines` lines from `def` to its end."""
    body = "".join(f"{indent}    x{i} = {i}\n" for i in range(lines - 2))
    return (f"{indent}@staticmethod\n" if decorated else "") + f"{indent}def {name}():\n{body}{indent}    return 0\n"


def test_function_length_counts_from_def_to_the_last_line() -> None:
    assert long_functions(_function("fits", 60), "m.py") == []
    assert long_functions(_function("too_long", 61), "m.py") == ["m.py:1 too_long: 61 lines"]
    # A decorator is not counted; a method and a nested function are measured like any other.
    assert long_functions(_function("fits", 60, decorated=True), "m.py") == []
    method = "class C:\n" + _function("method", 62, indent="    ")
    assert long_functions(method, "m.py") == ["m.py:2 method: 62 lines"]
    nested = "def outer():\n" + _function("inner", 61, indent="    ") + "    return inner\n"
    assert long_functions(nested, "m.py") == ["m.py:1 outer: 63 lines", "m.py:2 inner: 61 lines"]
    async_source = _function("job", 61).replace("def job", "async def job")
    assert long_functions(async_source, "m.py") == ["m.py:1 job: 61 lines"]
