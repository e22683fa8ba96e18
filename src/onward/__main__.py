"""`python -m onward` runs the `onward` command."""

from onward.cli.main import main

main()
