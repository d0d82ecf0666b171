"""``python -m modsvc`` runs the command line."""

from modsvc.cli import main

raise SystemExit(main())
