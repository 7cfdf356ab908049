"""``glossary fetch``: the Kamerstukken of a dossier from the official publication services."""
