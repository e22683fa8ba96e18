"""Onward: a private, local-first companion for the job search."""

__version__ = "0.1.0"
