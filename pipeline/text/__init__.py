"""From an input file to the repaired text: ingestion, language, OCR repair, spaCy.
Every change to the text is recorded so offsets map back to what was read."""
