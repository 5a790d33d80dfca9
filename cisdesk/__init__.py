"""cisdesk: the offline record of the CIS specialised committees' work."""

__version__ = "0.1.0"
