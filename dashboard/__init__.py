"""Arms Flow Atlas: evidence-backed maps of arms transfers and export-control decisions."""

__version__ = "0.1.0"
