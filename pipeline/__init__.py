"""Extract structured, traceable records from CPTS launch communiqués."""

__version__ = "0.1.0"
