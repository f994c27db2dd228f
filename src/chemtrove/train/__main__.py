"""``python -m chemtrove.train train cpt --config recipe.yaml`` or ``python -m chemtrove.train tasks build ...``."""

import sys

from chemtrove.train.cli import main

sys.exit(main())
