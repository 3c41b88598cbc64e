"""The package layout: imports only go down the pipeline, writers see only the Document, and no
modules import each other in a cycle.

Stages, lowest first (STAGES below): the base modules < answers < library < compose < writers <
accessibility < pipeline (and batch) < versions < generator/__init__ < serve < the CLI and the interview. A module may import from its
own stage or an earlier one. Every import counts, wherever it is written: inside a function, under
`if TYPE_CHECKING:`, or as `importlib.import_module("generator....")` with the name written out.
Each failure names the file, line, module and import. Last, no test names a folder of the machine
it was written on.
"""

from __future__ import annotations

import ast
import functools
import re
from dataclasses import dataclass
from pathlib import Path

import pytest

from helpers import ROOT, build_file_tree

STAGES: list[tuple[str, tuple[str, ...]]] = [
    # (stage, the modules in it: a name stands for that module and, if a package, everything in it)
    ("base", ("errors", "files", "yamlfile", "templating", "document", "version", "record")),
    ("answers", ("answers",)),
    ("library", ("library",)),
    ("compose", ("compose",)),
    ("writers", ("writers",)),
    ("accessibility", ("accessibility",)),  # policygen lint reads what the writers write
    ("pipeline", ("pipeline", "batch")),  # batch: many policies at once, over the pipeline
    ("versions", ("versions",)),
    ("the public API", ("",)),  # generator/__init__.py itself
    ("serve", ("serve",)),  # policygen serve: a web front end over the API and the stages below it
    ("the command line", ("cli", "interview", "__main__")),
]


@dataclass(frozen=True)
class Import:
    importer: str  # the module that imports, e.g. generator.compose.select
    target: str  # the module it imports
    file: str  # the importer's file, relative to the repository
    line: int
    statement: str  # as written

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.importer} imports {self.target} (`{self.statement}`)"


def modules(package_dir: Path) -> dict[str, Path]:
    """Every module of the package under package_dir, by dotted name."""
    found = {}
    for path in sorted(package_dir.rglob("*.py")):
        parts = (package_dir.name, *path.relative_to(package_dir).with_suffix("").parts)
        found[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return found


def _resolve(name: str, known: dict[str, Path]) -> str:
    """The module an imported name lives in: the longest known module that is it or holds it."""
    while name not in known and "." in name:
        name = name.rsplit(".", 1)[0]
    return name


@functools.cache  # each package is walked once per run
def imports(package_dir: Path) -> tuple[Import, ...]:
    """Every import of one of the package's own modules, by every module of the package."""
    package = package_dir.name
    known = modules(package_dir)
    found = []
    for importer, path in known.items():
        source = path.read_text(encoding="utf-8")
        shown = path.relative_to(package_dir.parent).as_posix()
        for node in ast.walk(ast.parse(source, filename=str(path))):
            for target in dict.fromkeys(_targets(node, importer, path.name == "__init__.py", known)):
                if target == package or target.startswith(package + "."):
                    statement = " ".join(ast.get_source_segment(source, node).split())
                    found.append(Import(importer, _resolve(target, known), shown, node.lineno, statement))
    return tuple(found)


def _targets(node: ast.AST, importer: str, in_package_init: bool, known: dict[str, Path]) -> list[str]:
    """The dotted names one statement or call imports (any name: the caller keeps the package's own)."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    if isinstance(node, ast.ImportFrom):
        base = node.module or ""
        if node.level:  # relative: from the importer's own package, one level up per extra dot
            parts = importer.split(".")
            parts = parts[: len(parts) - node.level + (1 if in_package_init else 0)]
            base = ".".join(parts + ([node.module] if node.module else []))
        # `from . import cache` imports the module library.cache; `from .model import Clause` imports library.model
        return [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base for alias in node.names]
    is_call = isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute) and node.func.attr == "import_module"
    if is_call and node.args and isinstance(node.args[0], ast.Constant) and isinstance(node.args[0].value, str):
        return [node.args[0].value]
    return []


def stage_of(module: str, package: str = "generator") -> int | None:
    """The index in STAGES of a module's stage, or None if it is in none."""
    name = module[len(package) + 1 :] if module != package else ""
    for index, (_, members) in enumerate(STAGES):
        for member in members:
            if name == member or (member and name.startswith(member + ".")):
                return index
    return None


def unstaged(package_dir: Path) -> list[str]:
    return [f"{path.relative_to(package_dir.parent).as_posix()}: {module} is in no stage; add it to STAGES in tests/test_layout.py"
            for module, path in modules(package_dir).items() if stage_of(module, package_dir.name) is None]


def upward_imports(package_dir: Path) -> list[str]:
    """Each import of a module from a later stage, as a message naming the module and the import."""
    found = []
    for imp in imports(package_dir):
        mine, theirs = stage_of(imp.importer, package_dir.name), stage_of(imp.target, package_dir.name)
        if mine is not None and theirs is not None and theirs > mine:
            found.append(f"{imp}: {STAGES[mine][0]} imports from {STAGES[theirs][0]}, a later stage")
    return found


def writers_beyond_the_base(package_dir: Path) -> list[str]:
    """Each import by a writer of anything but the base modules: a writer draws the Document, nothing else."""
    allowed = {_stage("base"), _stage("writers")}
    return [f"{imp}: a writer imports only the base modules" for imp in imports(package_dir)
            if stage_of(imp.importer, package_dir.name) == _stage("writers") and stage_of(imp.target, package_dir.name) not in allowed]


def _stage(name: str) -> int:
    return [stage for stage, _ in STAGES].index(name)


def cycles(package_dir: Path) -> list[str]:
    """Each group of modules that import each other in a cycle, as the chain of imports round it."""
    edges: dict[str, dict[str, Import]] = {}
    for imp in imports(package_dir):
        if imp.target != imp.importer:
            edges.setdefault(imp.importer, {}).setdefault(imp.target, imp)
    reported: set[frozenset[str]] = set()
    found = []

    def walk(module: str, path: list[Import], on_path: list[str]) -> None:
        for target, imp in sorted(edges.get(module, {}).items()):
            if target in on_path:
                loop = path[on_path.index(target):] + [imp]
                members = frozenset(i.importer for i in loop)
                if members not in reported:
                    reported.add(members)
                    found.append("import cycle:\n" + "\n".join(f"  {i}" for i in loop))
            elif target not in done:
                walk(target, path + [imp], on_path + [target])
        done.add(module)

    done: set[str] = set()
    for module in sorted(edges):
        if module not in done:
            walk(module, [], [module])
    return found


# ------------------------------------------------------------------ policygen's own package

GENERATOR = ROOT / "generator"


def test_every_module_is_in_a_stage():
    assert unstaged(GENERATOR) == []


def test_no_module_imports_from_a_later_stage():
    found = upward_imports(GENERATOR)
    assert not found, "imports go down the pipeline only:\n" + "\n".join(found)


def test_writers_see_only_the_document():
    found = writers_beyond_the_base(GENERATOR)
    assert not found, "\n".join(found)


def test_no_import_cycle():
    found = cycles(GENERATOR)
    assert not found, "\n".join(found)


def test_the_walk_sees_the_imports_the_layout_is_made_of():
    """Relative, absolute, function-level and TYPE_CHECKING imports are all found and resolved."""
    found = {(imp.importer, imp.target) for imp in imports(GENERATOR)}
    assert ("generator.library", "generator.library.cache") in found  # from . import cache
    assert ("generator.compose.select", "generator.answers") in found  # from ..answers import Answers
    assert ("generator", "generator.pipeline") in found  # inside __getattr__, and under TYPE_CHECKING
    assert ("generator.__main__", "generator.cli") in found


def test_no_test_names_a_folder_of_a_developers_machine():
    """Tests run on any machine: they find files from ROOT or tmp_path, never from where someone keeps them."""
    machine_path = re.compile(r"(?<![\w.])/(?:" + "|".join(["work", "home", "tmp", "Users", "root"]) + r")/")
    found = [f"{path.relative_to(ROOT)}:{number}: {line.strip()}"
             for path in sorted((ROOT / "tests").rglob("*.py")) if not any(part.startswith(".") for part in path.relative_to(ROOT).parts)
             for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1) if machine_path.search(line)]
    assert found == []


# ------------------------------------------------------------------ the check itself, on made-up packages

STAGED = {
    "__init__.py": "",
    "errors.py": "",
    "version.py": "from .errors import Problem\n",
    "answers/__init__.py": "from .model import Answers\n",
    "answers/model.py": "from ..errors import Problem\n",
    "cli.py": "import generator.answers.model\n",
}


def test_a_tidy_package_passes(tmp_path):
    package = build_file_tree(tmp_path / "generator", STAGED)
    assert (unstaged(package), upward_imports(package), cycles(package)) == ([], [], [])


def test_an_upward_import_inside_a_function_is_named_with_its_file_and_line(tmp_path):
    package = build_file_tree(tmp_path / "generator", {**STAGED, "errors.py": "def explain():\n    from .answers import model\n"})
    assert upward_imports(package) == [
        "generator/errors.py:2: generator.errors imports generator.answers.model (`from .answers import model`): "
        "base imports from answers, a later stage"
    ]


def test_an_upward_import_by_import_module_or_type_checking_is_found(tmp_path):
    spec = {
        **STAGED,
        "version.py": "import importlib\nmodule = importlib.import_module('generator.cli')\n",
        "answers/model.py": "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from generator.cli import main\n",
    }
    package = build_file_tree(tmp_path / "generator", spec)
    assert upward_imports(package) == [
        "generator/answers/model.py:3: generator.answers.model imports generator.cli (`from generator.cli import main`): "
        "answers imports from the command line, a later stage",
        "generator/version.py:2: generator.version imports generator.cli (`importlib.import_module('generator.cli')`): "
        "base imports from the command line, a later stage",
    ]


def test_a_writer_that_reads_the_answers_is_named(tmp_path):
    spec = {**STAGED, "document.py": "", "writers/__init__.py": "", "writers/text.py": "from ..document import Document\nfrom ..answers import Answers\n"}
    package = build_file_tree(tmp_path / "generator", spec)
    assert writers_beyond_the_base(package) == [
        "generator/writers/text.py:2: generator.writers.text imports generator.answers (`from ..answers import Answers`): "
        "a writer imports only the base modules"
    ]
    assert upward_imports(package) == []  # answers come before writers: the stages allow it, a writer may not


def test_a_cycle_is_shown_import_by_import(tmp_path):
    spec = {**STAGED, "errors.py": "from . import version\n", "answers/model.py": "from . import model\nfrom .. import errors\n"}
    package = build_file_tree(tmp_path / "generator", spec)
    assert cycles(package) == [
        "import cycle:\n"
        "  generator/errors.py:1: generator.errors imports generator.version (`from . import version`)\n"
        "  generator/version.py:1: generator.version imports generator.errors (`from .errors import Problem`)"
    ]


def test_a_module_in_no_stage_is_named(tmp_path):
    package = build_file_tree(tmp_path / "generator", {**STAGED, "helpers/__init__.py": "", "helpers/text.py": ""})
    assert unstaged(package) == [
        "generator/helpers/__init__.py: generator.helpers is in no stage; add it to STAGES in tests/test_layout.py",
        "generator/helpers/text.py: generator.helpers.text is in no stage; add it to STAGES in tests/test_layout.py",
    ]


@pytest.mark.parametrize(
    "module, stage",
    [("generator.errors", "base"), ("generator.answers.model", "answers"), ("generator", "the public API"),
     ("generator.versions", "versions"), ("generator.interview", "the command line"), ("generator.errorsx", None)],
)
def test_stage_of(module, stage):
    index = stage_of(module)
    assert (STAGES[index][0] if index is not None else None) == stage
