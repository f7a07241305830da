"""Jianbao's desktop editor (PySide6). Holds no business logic: it calls digest.* for that.

Importing this package imports no Qt, so the render worker process (ui.render_service) stays light.
"""
