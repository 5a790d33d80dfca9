"""Notes and a guard for a PySide6 defect: release 6.12.0 loses object references.

PySide6 6.12.0 hands an empty ``QVariant`` to Python as ``None`` without taking a
reference to it (``combo.currentData()`` on an item without data,
``index.data(role)`` for a role a model leaves alone, ``QSettings.value()`` of a
missing key), and every signal emitted from Python loses a reference to
``True``. On Python 3.11 those objects are ordinary, so after enough losses the
interpreter aborts ("deallocating None"). 6.11 and earlier are sound, and
pyproject.toml excludes 6.12.0; ``tests/ui/test_table_model.py`` fails if it is
installed anyway.

:func:`received` gives back the reference an empty read lost, for code that must
run on such a release regardless; it does nothing on a sound release.
"""

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QStringListModel, Qt

_PROBE_READS = 16


def empty_variant_loses_a_reference() -> bool:
    """True when reading an empty QVariant from Qt does not reference ``None``."""
    model = QStringListModel(["probe"])
    index = model.index(0, 0)
    before = sys.getrefcount(None)
    for _ in range(_PROBE_READS):
        index.data(Qt.ItemDataRole.DecorationRole)
    return before - sys.getrefcount(None) >= _PROBE_READS // 2


LOSES_NONE = empty_variant_loses_a_reference()
_incref = ctypes.pythonapi.Py_IncRef
_incref.argtypes = [ctypes.py_object]
_incref.restype = None


def received(value: Any) -> Any:
    """A value just read from Qt; a ``None`` gets back the reference the read lost."""
    if value is None and LOSES_NONE:
        _incref(None)
    return value
