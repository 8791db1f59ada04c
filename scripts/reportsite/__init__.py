"""Shared, importable logic for the report site: reading pages, checking them,
building the editions. The command-line scripts in scripts/ and the MkDocs
hook in scripts/hooks/ are thin wrappers around this package."""
