"""`python -m pipeline COMMAND`: the command line of `pipeline.run.cli`."""
import logging
import os
import sys

from .run.cli import main

code = int(main())
# By now every file is written and closed. A run leaves a heap of a few hundred MB (the spaCy
# model, the gazetteer) that the interpreter would free object by object on its way out, a
# tenth of a second nobody waits for: flush what is buffered and leave at once instead.
logging.shutdown()
for stream in (sys.stdout, sys.stderr):
    try:
        stream.flush()
    except OSError:  # a closed pipe (`| head`): nothing more can be said there
        pass
os._exit(code)
