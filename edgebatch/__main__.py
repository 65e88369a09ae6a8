"""``python -m edgebatch`` is the ``edgebatch`` command."""

from .cli import main

main()
