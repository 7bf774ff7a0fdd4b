"""The de-identifier's compiled modules (setup.py) are built from their sources as they are now:
a compiled copy older than its source would shadow the edited module, and the suite would test
the old one. `make test` rebuilds them when a source changes."""

from pathlib import Path

import handlers.deid

DEID = Path(handlers.deid.__file__).parent


def test_no_compiled_module_is_older_than_its_source():
    stale = [so.name for so in DEID.glob("*.so")
             if so.stat().st_mtime < (DEID / f"{so.name.split('.')[0]}.py").stat().st_mtime]
    assert not stale, f"rebuild them with `make test`: {stale}"
