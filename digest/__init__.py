"""Jianbao core: model, import, language desk, layout and PDF export. Never imports Qt."""

__version__ = "0.1.0"
