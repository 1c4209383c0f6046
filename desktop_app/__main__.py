"""`python -m desktop_app`: the same entry as the `property-desk` command."""

from desktop_app.cli import main

raise SystemExit(main())
