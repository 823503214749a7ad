"""Static HTML pages for reviewing a folder of records.
One index page for the batch and one page per document with its evidence."""
