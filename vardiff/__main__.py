"""``python -m vardiff``: the same command as ``vardiff``, for an environment whose scripts
folder is not on PATH (a virtual environment not activated, ``pip install --user``)."""

from vardiff.cli import main

if __name__ == "__main__":
    main()
