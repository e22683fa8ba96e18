"""Importers: each turns one kind of file into `Row`s; `onward.io.imports` previews and applies them."""
