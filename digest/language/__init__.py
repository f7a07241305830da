"""The language desk: names in pinyin, key figures in English, dates and numbers per locale.

Importing this package is cheap: pypinyin is loaded on the first name, babel only when
``digest.language.formats`` is imported, jieba never.
"""

from digest.language.figures import Figure, find_figures
from digest.language.names import english_byline, english_name

__all__ = ["Figure", "english_byline", "english_name", "find_figures"]
