"""Letter readers: one module per kind of file, looked up in :mod:`.registry`."""
