"""helpers: turn a folder of news articles about one event into tidy, validated tables and comparisons."""
__version__ = "0.1.0"
