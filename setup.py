"""The de-identifier's rule stages compiled with mypyc: the same typed Python, about 1.6 times
faster (the rule stages' target of 5,000 notes/s is out of reach for the interpreter). The build
needs a C compiler; KINE_RELAY_PURE_PYTHON=1 installs the plain modules instead. Everything
else is declared in pyproject.toml."""

import os

from setuptools import setup

# The modules the rule stages spend their time in (the model's and the directory's wrap C
# libraries already).
COMPILED = [f"handlers/deid/{name}.py" for name in (
    "addresses", "dates", "emails", "eponyms", "identity", "institutions", "names", "nir",
    "normalise", "numbers", "phones", "pipeline", "tables")]

if os.environ.get("KINE_RELAY_PURE_PYTHON"):
    setup()
else:
    from mypyc.build import mypycify

    setup(ext_modules=mypycify(COMPILED, opt_level="3", group_name="kine_relay_deid"))
