"""The official gazetteer and the word lists every stage reads.
Built from pinned registry packages; nothing is downloaded at run time."""
