"""Layout: bundled fonts, Chinese/English typography and reportlab page building."""
