"""How good the records are: scoring against golden records, confidence calibration and
OCR character error rates."""
