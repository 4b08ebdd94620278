"""The DOCX templates and the builders that generate them (see forms/README.md)."""
