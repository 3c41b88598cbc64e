"""What the tests share: the repository's places and the outside tools some tests need.

Test files import it by name (`from helpers import ...`): pyproject.toml puts tests/ on the path.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = sorted((ROOT / "examples").glob("*.yaml"))

MINIMAL_ANSWERS = """\
organisation:
  name: Northshire County Council
  short_name: the Council
  type: local_authority
  nation: england
"""


def require_tool(name: str) -> str:
    """The path of an outside program a test needs: skipped locally if missing, a failure under CI."""
    path = shutil.which(name)
    if path is None:
        message = f"{name} is not installed (.ci/run installs it)"
        if os.environ.get("CI") == "true":
            pytest.fail(message)
        pytest.skip(message)
    return path
