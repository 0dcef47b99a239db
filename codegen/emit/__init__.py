"""Stage 4: emitters. Each turns named IR into source text; decisions were made in naming.py."""
