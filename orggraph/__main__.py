"""``python -m orggraph`` runs the command line."""

from .cli import main

main()
