"""Other programs' formats: Anki packages, CSV, and the teacher's outputs (GIFT, Markdown, worksheets)."""
