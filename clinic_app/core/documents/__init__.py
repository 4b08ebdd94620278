"""Filled court forms and client letters: contexts, rendering, PDF conversion, packets."""
