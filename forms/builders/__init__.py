"""python-docx builders of the templates in forms/: each module defines `TEMPLATES`."""
