"""``python -m pipeline.cli`` runs the campusnews command line."""

from pipeline.cli import main

main()
