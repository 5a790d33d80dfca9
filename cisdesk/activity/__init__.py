"""Activity on the record that the UI shows and edits, written without Qt.

Statistics, edit rules and workflows live here so the CLI, the tests and the
desktop application share them; ``cisdesk/ui`` only calls these functions.
"""
