"""The package's public names are imported on first use (PEP 562): each one that ``__all__``
promises must resolve, from the module ``vardiff._HOMES`` says it lives in."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import vardiff

ROOT = Path(__file__).resolve().parent.parent


def test_every_public_name_has_a_home_and_resolves() -> None:
    assert set(vardiff._HOME) == set(vardiff.__all__) - {"__version__"}
    for name in vardiff.__all__:
        assert getattr(vardiff, name) is not None, name
    assert set(vardiff.__all__) <= set(dir(vardiff))


def test_importing_the_package_imports_none_of_its_modules() -> None:
    code = (
        "import sys\n"
        "import vardiff\n"
        "print(sorted(m for m in sys.modules if m.startswith('vardiff.') or m == 'numpy'))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True
    )
    assert done.stdout.strip() == "[]"
