"""The built-in extractors, each an ordinary plugin registered through an entry point."""
