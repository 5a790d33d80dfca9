"""Entry point of the frozen build: the same ``cisdesk`` command as the installed one."""

import sys

from cisdesk.cli import main

if __name__ == "__main__":
    sys.exit(main())
