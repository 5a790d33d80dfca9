"""Reusable widgets drawn with QPainter: charts and the status matrix."""
