"""``python -m glossary`` runs the CLI."""

import sys

from glossary.cli import main

sys.exit(main())
