"""``python -m newsfacts``: the command line (see ``newsfacts --help``)."""

from newsfacts.cli import main

if __name__ == "__main__":
    main()
