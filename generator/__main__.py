"""`python -m generator` runs the policygen command."""

from .cli import main

if __name__ == "__main__":
    main()
