"""Allow ``python -m cisdesk``."""

import sys

from cisdesk.cli import main

sys.exit(main())
